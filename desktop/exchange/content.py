"""Content rules: every entry is what its name says, and the JSON says one thing only.

- An entry is one of the three JSON documents or a PDF report under reports/; nothing else.
- No entry is an archive (zip, gzip, 7z, rar, bzip2, xz, zstd, cab), whatever its name, and no
  PDF has a zip glued to its end (pdfcheck.zip_attached).
- A PDF is a whole PDF (pdfcheck.pdf_problem).
- JSON has no key twice in one object (the reader would keep the last and hide the first), no
  non-finite number (orjson refuses NaN, Infinity and 1e999), and the whole numbers the code
  relies on are integers, not 2026.0 or 1.2e21 (JSON Schema's "integer" lets those through).
- A score never exceeds its maximum; the three documents agree on the year, the branch, the
  receiving committee and the rulebook.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from desktop.exchange import layout
from desktop.exchange.pdfcheck import pdf_problem
from desktop.exchange.problems import Problem
from desktop.exchange.speed import JsonError, read_json, written_canonically
from desktop.wording import say

ARCHIVE_MAGIC = (
    b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08",  # zip (also docx, xlsx, jar, apk…)
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf\x27\x1c",  # 7-Zip
    b"Rar!\x1a\x07",  # RAR 1.5–5
    b"BZh",  # bzip2
    b"\xfd7zXZ\x00",  # xz
    b"\x28\xb5\x2f\xfd",  # zstd
    b"MSCF",  # Windows cabinet
)
REPORTS = "reports/"
SCORE_EPS = 1e-9


def entry_problem(name: str, content: bytes | memoryview) -> Problem | None:
    """The first content rule `name` breaks (not its JSON: see load_json), or None."""
    if bytes(content[:8]).startswith(ARCHIVE_MAGIC):
        return Problem("archive_inside", name)
    if name in layout.REQUIRED_PAYLOAD:
        return None
    if not (name.startswith(REPORTS) and name.endswith(".pdf")):
        return Problem("entry_type_unknown", name)
    reason = pdf_problem(content)
    return None if reason is None else Problem.of("pdf_invalid", name, reason=say(f"exchange.{reason}"))


def load_json(name: str, content: bytes | memoryview) -> Any:
    """The document; JsonRefused (holding the Problem) when it is not JSON or a key is given
    twice in one object. A document not written as the builder writes it is read again, slowly,
    by a reader that sees every key."""
    try:
        document = read_json(content)
    except (JsonError, RecursionError) as exc:
        raise JsonRefused(Problem("json_invalid", name)) from exc
    if not written_canonically(document, content):
        duplicate = _first_duplicate(bytes(content))
        if duplicate is not None:
            key, path = duplicate
            raise JsonRefused(Problem.of("json_duplicate_key", name, field=key, path=path))
    return document


class JsonRefused(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.code)


class _Pairs(dict):
    """A JSON object read with the stdlib reader; `twice` is its first key seen twice."""

    twice: str | None = None


def _object(pairs: list[tuple[str, Any]]) -> _Pairs:
    out = _Pairs(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        out.twice = next(k for k, _ in pairs if k in seen or seen.add(k))
    return out


def _no_constant(name: str) -> None:
    raise ValueError(f"non-finite number {name}")


def _first_duplicate(raw: bytes) -> tuple[str, str] | None:
    """(key, JSON path of its object) of the first key given twice, in document order."""
    try:
        document = json.loads(raw.decode("utf-8"), object_pairs_hook=_object, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return None  # orjson read it; what json cannot read holds no duplicate it could name
    for path, node in _walk(document, "$"):
        if isinstance(node, _Pairs) and node.twice is not None:
            return node.twice, path
    return None


def _walk(node: Any, path: str, depth: int = 0) -> Iterator[tuple[str, Any]]:
    yield path, node
    if depth > 200:  # deeper than any document of this format; orjson refuses past 1024
        return
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}", depth + 1)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}[{index}]", depth + 1)


def number_problems(manifest: Mapping, evaluation: Mapping, records: Mapping) -> list[Problem]:
    """Whole numbers that are floats, and scores above their maximum (schema-valid documents)."""
    found: list[Problem] = []
    for entry, path, value in _whole_numbers(manifest, evaluation, records):
        if type(value) is not int:
            found.append(Problem.of("not_integer", entry, path=path(), value=repr(value)))
    for path, score, maximum in _scores(evaluation):
        if score > maximum + SCORE_EPS:
            found.append(Problem.of("score_out_of_range", layout.EVALUATION, path=path(),
                                    score=f"{score:g}", max=f"{maximum:g}"))
    return found


def _whole_numbers(manifest: Mapping, evaluation: Mapping, records: Mapping) -> Iterator[tuple]:
    """(entry, path maker, value) of every number the code takes as a whole number; the path is
    worded only for a refusal."""
    yield layout.MANIFEST, lambda: "$.year", manifest.get("year")
    yield layout.MANIFEST, lambda: "$.sequence", manifest.get("sequence")
    yield layout.EVALUATION, lambda: "$.year", evaluation.get("year")
    yield layout.RECORDS, lambda: "$.year", records.get("year")
    for i, criterion in enumerate(evaluation.get("criteria", ())):
        yield layout.EVALUATION, lambda i=i: f"$.criteria[{i}].number", criterion.get("number")
    for i, veto in enumerate(evaluation.get("vetoes", ())):
        yield layout.EVALUATION, lambda i=i: f"$.vetoes[{i}].criterion", veto.get("criterion")


def _scores(evaluation: Mapping) -> Iterator[tuple]:
    if "score" in evaluation and "max" in evaluation:
        yield lambda: "$.score", evaluation["score"], evaluation["max"]
    for i, criterion in enumerate(evaluation.get("criteria", ())):
        yield lambda i=i: f"$.criteria[{i}].score", criterion["score"], criterion["max"]
        for j, component in enumerate(criterion.get("components", ())):
            yield lambda i=i, j=j: f"$.criteria[{i}].components[{j}].score", component["score"], component["max"]


def disagreements(manifest: Mapping, evaluation: Mapping, records: Mapping) -> list[Problem]:
    """Where evaluation.json or records.json say otherwise than package.json."""
    branch = records.get("branch", {})
    pairs = [
        ("year", manifest.get("year"), layout.EVALUATION, evaluation.get("year")),
        ("year", manifest.get("year"), layout.RECORDS, records.get("year")),
        ("branch_code", manifest["branch"]["code"], layout.RECORDS, branch.get("code")),
        ("branch_name", manifest["branch"]["name"], layout.RECORDS, branch.get("name")),
        ("superior", manifest["superior_committee"], layout.RECORDS, branch.get("superior_committee")),
        ("rulebook_hash", manifest["rulebook"]["sha256"], layout.EVALUATION,
         evaluation.get("rulebook", {}).get("sha256")),
    ]
    return [Problem.of("documents_disagree", entry, what=say(f"exchange.{what}"), stated=stated, found=found)
            for what, stated, entry, found in pairs if stated != found]
