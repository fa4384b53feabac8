"""Reading a rulebook file: TOML → JSON-schema check → domain checks, every problem listed with
the file, the key path and what is wrong (in Vietnamese). No database: `chibo rulebook check`
uses this alone.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from desktop.domain.rulebook import Rulebook, RulebookInvalid, parse_rulebook
from desktop.paths import resource_path
from desktop.services.errors import UserError
from desktop.services.file_limits import MB, depth_exceeds, read_bounded, size_text
from desktop.wording import say

DEFAULT_RULEBOOK = "chi_bo_4_tot_mau.toml"
# Limits of a rulebook file (issue 14). The shipped rulebooks are ~10 KB and nest 6 levels
# (rulebook → criteria → component → auto → bands → band).
MAX_RULEBOOK_BYTES = MB // 4  # 25× a real rulebook; parsed and checked in about a second here
MAX_RULEBOOK_DEPTH = 16  # well past a real rulebook, far below Python's recursion limit
SHOWN_PROBLEMS = 50  # listed in the message; a file with more is not worth listing in full


@dataclass(frozen=True)
class FileProblem:
    file: str
    path: str  # key path, "" for the whole file
    message: str

    def line(self) -> str:
        where = f", khóa «{self.path}»" if self.path else ""
        return f"{self.file}{where}: {self.message}"


class RulebookFileError(UserError):
    """A rulebook file with problems; `problems` lists every one of them."""

    def __init__(self, problems: list[FileProblem]):
        self.problems = problems
        head = f"Bộ tiêu chí không hợp lệ ({len(problems)} lỗi):"
        lines = [f"  - {p.line()}" for p in problems[:SHOWN_PROBLEMS]]
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(f"  … và {len(problems) - SHOWN_PROBLEMS} lỗi khác")
        super().__init__("\n".join([head, *lines]), field="rulebook")


@dataclass(frozen=True)
class LoadedRulebook:
    rulebook: Rulebook
    sha256: str  # of the exact bytes of the file
    text: str


def shipped_rulebooks() -> list[Path]:
    return sorted(resource_path("rulebooks").glob("*.toml"))


def default_rulebook_path() -> Path:
    return resource_path("rulebooks", DEFAULT_RULEBOOK)


def load_rulebook_file(path: Path) -> LoadedRulebook:
    path = Path(path)
    try:
        data = read_bounded(path, MAX_RULEBOOK_BYTES)
    except UserError as exc:
        raise RulebookFileError([FileProblem(path.name, "", exc.message)]) from exc
    return read_rulebook_bytes(data, path.name)


def read_rulebook_bytes(data: bytes, name: str) -> LoadedRulebook:
    if len(data) > MAX_RULEBOOK_BYTES:
        raise RulebookFileError([FileProblem(name, "", str(say(
            "reading.too_large", file=name, size=size_text(len(data)), limit=size_text(MAX_RULEBOOK_BYTES))))])
    sha = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RulebookFileError([FileProblem(name, "", f"không phải văn bản UTF-8 (byte {exc.start})")]) from exc
    return LoadedRulebook(parse_rulebook_text(text, name), sha, text)


def parse_rulebook_text(text: str, name: str) -> Rulebook:
    return _parse_cached(text, name)


@lru_cache(maxsize=16)
def _parse_cached(text: str, name: str) -> Rulebook:
    # Rulebooks are immutable once stored (keyed by their bytes), so parsing once is enough.
    too_deep = FileProblem(name, "", str(say("reading.too_deep", file=name, limit=MAX_RULEBOOK_DEPTH,
                                             kind="bộ tiêu chí")))
    try:
        raw = tomllib.loads(text.lstrip("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise RulebookFileError([FileProblem(name, "", _toml_message(exc))]) from exc
    except RecursionError as exc:  # tomllib recurses once per nested array or inline table
        raise RulebookFileError([too_deep]) from exc
    except ValueError as exc:  # an integer of thousands of digits (Python's int limit)
        raise RulebookFileError([FileProblem(name, "", "sai cú pháp TOML: có một số quá dài")]) from exc
    if depth_exceeds(raw, MAX_RULEBOOK_DEPTH):
        raise RulebookFileError([too_deep])
    doc = _jsonable(raw)
    problems = [FileProblem(name, _key_path(e), _schema_message(e)) for e in _validator().iter_errors(doc)]
    try:
        rulebook = parse_rulebook(raw)
    except RulebookInvalid as exc:
        # Where the domain names a fault, its message is the more specific one: keep it alone.
        domain_paths = {p.path for p in exc.problems}
        problems = [p for p in problems if p.path not in domain_paths]
        problems += [FileProblem(name, p.path, p.message) for p in exc.problems]
        rulebook = None
    if problems:
        problems.sort(key=lambda p: p.path)
        raise RulebookFileError(problems)
    assert rulebook is not None
    return rulebook


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = json.loads(resource_path("schemas", "rulebook.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _key_path(error: ValidationError) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    if error.validator == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        if missing:
            out = f"{out}.{missing.group(1)}" if out else missing.group(1)
    return out


_TYPES = {"string": "chuỗi chữ", "number": "số", "integer": "số nguyên", "boolean": "true/false",
          "object": "bảng", "array": "danh sách"}


def _schema_message(e: ValidationError) -> str:
    v, expected = e.validator, e.validator_value
    if v == "required":
        return "thiếu giá trị bắt buộc"
    if v == "type":
        return f"phải là {_TYPES.get(expected, expected)}, đang là {e.instance!r}"
    if v == "enum":
        return f"giá trị «{e.instance}» không hợp lệ; chọn một trong: {', '.join(map(str, expected))}"
    if v == "additionalProperties":
        extra = sorted(set(e.instance) - set(e.schema.get("properties", {})))
        shown = ", ".join(extra[:10]) + (f" … (và {len(extra) - 10} khóa khác)" if len(extra) > 10 else "")
        return f"khóa không được dùng ở đây: {shown} (kiểm tra chính tả)"
    if v in ("minimum", "exclusiveMinimum"):
        sign = "≥" if v == "minimum" else ">"
        return f"phải {sign} {expected}, đang là {e.instance}"
    if v in ("maximum", "exclusiveMaximum"):
        sign = "≤" if v == "maximum" else "<"
        return f"phải {sign} {expected}, đang là {e.instance}"
    if v == "minItems":
        return f"cần ít nhất {expected} mục"
    if v == "minLength":
        return "không được để trống"
    if v == "pattern":
        return f"«{e.instance}» không đúng dạng yêu cầu ({expected})"
    return f"không hợp lệ ({v})"


def _toml_message(exc: tomllib.TOMLDecodeError) -> str:
    where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    detail = str(exc).split(" (at line")[0].replace(" (at end of document)", " ở cuối tệp")
    if where:
        return f"sai cú pháp TOML ở dòng {where.group(1)}, cột {where.group(2)} ({detail})"
    return f"sai cú pháp TOML ({detail})"
