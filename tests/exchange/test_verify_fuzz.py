"""10,000 mutations of a real package, each given a verdict and never an exception.

- 4,000 byte mutations (flips, set bytes, insertions, deletions, cuts), half of them aimed at
  the zip headers: none is ever accepted.
- 3,000 structure mutations of the container (entries reordered, dropped, doubled, renamed,
  a header field set to any value, bytes before or after): none is ever accepted.
- 3,000 content mutations signed again with the package's own key (what a signer with a
  self-made or stolen key can send): JSON values replaced by hostile ones, keys given twice,
  documents cut or nested deep, report bytes changed, entries added, removed or renamed. These
  reach every check after the signature; some are accepted (a harmless change), and then the
  inbox's own judgement must not raise either.

Each test runs a fixed, derandomized set of examples so CI runs the same cases every time.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from functools import cache

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange import layout, zipwrite
from desktop.exchange.problems import FAILED, INDETERMINATE, PASSED
from desktop.exchange.verify import Verification, verify_package
from desktop.services.inbox_checks import InboxJudge
from desktop.services.rulebook_files import load_rulebook_file, shipped_rulebooks

FUZZ = settings(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])


def assert_verdict(result: Verification) -> None:
    assert isinstance(result, Verification)
    assert result.indication in (PASSED, FAILED, INDETERMINATE)
    assert not result.internal_error, result.problems
    assert result.valid == (result.indication == PASSED)
    for problem in result.problems:
        assert problem.message and "\n" not in problem.message, problem


@cache
def header_spots(data: bytes) -> tuple[int, ...]:
    """Every byte of every local header, central record and the end record."""
    spots: list[int] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            spots += range(info.header_offset, info.header_offset + 30 + len(info.filename))
    directory = data.rindex(zipwrite.END_MAGIC)
    start = struct.unpack_from("<L", data, directory + 16)[0]
    spots += range(start, len(data))
    return tuple(spots)


# --- 4,000 byte mutations ------------------------------------------------------------------
@settings(FUZZ, max_examples=4000)
@given(data=st.data())
def test_byte_mutations_are_refused_without_an_exception(real_package, data):
    original = real_package.data
    package = bytearray(original)
    spots = header_spots(original)
    for _ in range(data.draw(st.integers(min_value=1, max_value=4), label="count")):
        if not package:
            break
        if data.draw(st.booleans(), label="aim at a header"):
            at = min(data.draw(st.sampled_from(spots), label="header byte"), len(package) - 1)
        else:
            at = data.draw(st.integers(min_value=0, max_value=len(package) - 1), label="byte")
        kind = data.draw(st.sampled_from(["flip", "set", "insert", "delete", "cut"]), label="kind")
        if kind == "flip":
            package[at] ^= data.draw(st.integers(min_value=1, max_value=255))
        elif kind == "set":
            package[at] = data.draw(st.sampled_from([0, 1, 8, 12, 14, 0x7F, 0x80, 0xFF]))
        elif kind == "insert":
            package[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del package[at:at + data.draw(st.integers(min_value=1, max_value=64))]
        else:
            del package[at:]
    result = verify_package(bytes(package), trust=real_package.trust)
    assert_verdict(result)
    assert bytes(package) == original or not result.valid


# --- 3,000 structure mutations -------------------------------------------------------------
@cache
def entries_of(data: bytes) -> tuple[tuple[str, bytes], ...]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return tuple((i.filename, archive.read(i)) for i in archive.infolist())


# (record, offset in the record, struct format) of every field after the magic number.
LOCAL_FIELDS = [(4, "<H"), (6, "<H"), (8, "<H"), (10, "<H"), (12, "<H"), (14, "<L"), (18, "<L"),
                (22, "<L"), (26, "<H"), (28, "<H")]
CENTRAL_FIELDS = [(4, "<B"), (5, "<B"), (6, "<H"), (8, "<H"), (10, "<H"), (12, "<H"), (14, "<H"),
                  (16, "<L"), (20, "<L"), (24, "<L"), (28, "<H"), (30, "<H"), (32, "<H"), (34, "<H"),
                  (36, "<H"), (38, "<L"), (42, "<L")]
END_FIELDS = [(4, "<H"), (6, "<H"), (8, "<H"), (10, "<H"), (12, "<L"), (16, "<L"), (20, "<H")]
HOSTILE_NAMES = ["../x.pdf", "reports/../../x.pdf", "/etc/passwd", "C:/x.pdf", "reports\\x.pdf", "CON",
                 "reports/aux.pdf", "reports/", "MIMETYPE", "package.JSON", "a" * 300, "reports/x.txt",
                 "ten có dấu.pdf", "nul.", ""]


def rebuild(entries: list[tuple[str, bytes]], created) -> bytearray:  # noqa: ANN001
    """A container of `entries` laid out as the builder lays one out (names may be hostile)."""
    import zlib

    plan = zipwrite.layout(
        [zipwrite.Entry(n, len(c), zlib.crc32(c)) for n, c in entries], created)
    return bytearray(zipwrite.join(plan, (c for _, c in entries)))


def record_starts(package: bytes | bytearray) -> tuple[list[int], list[int], int | None]:
    def every(magic: bytes) -> list[int]:
        found, at = [], package.find(magic)
        while at >= 0:
            found.append(at)
            at = package.find(magic, at + 1)
        return found

    end = package.rfind(zipwrite.END_MAGIC)
    return every(zipwrite.LOCAL_MAGIC), every(zipwrite.CENTRAL_MAGIC), end if end >= 0 else None


@settings(FUZZ, max_examples=3000)
@given(data=st.data())
def test_structure_mutations_are_refused_without_an_exception(real_package, data):
    entries = list(entries_of(real_package.data))
    kind = data.draw(st.sampled_from(["reorder", "drop", "double", "rename", "swap_content", "field",
                                      "prefix", "suffix", "cut_at_record"]), label="kind")
    index = data.draw(st.integers(min_value=0, max_value=len(entries) - 1), label="entry")
    package: bytearray | None = None
    if kind == "reorder":
        other = data.draw(st.integers(min_value=0, max_value=len(entries) - 1))
        entries[index], entries[other] = entries[other], entries[index]
    elif kind == "drop":
        del entries[index]
    elif kind == "double":
        entries.insert(data.draw(st.integers(min_value=0, max_value=len(entries))), entries[index])
    elif kind == "rename":
        name = data.draw(st.sampled_from(HOSTILE_NAMES) | st.text(
            alphabet="abcdefghijklmnopqrstuvwxyz./-_CONAUX0123456789", min_size=1, max_size=40))
        entries[index] = (name, entries[index][1])
    elif kind == "swap_content":
        other = data.draw(st.integers(min_value=0, max_value=len(entries) - 1))
        entries[index] = (entries[index][0], entries[other][1])
    try:
        package = rebuild(entries, real_package.created)
    except ValueError:  # a name no zip of this format can carry: the builder refuses it too
        package = bytearray(real_package.data)
    if kind == "field":
        locals_, centrals, end = record_starts(package)
        record = data.draw(st.sampled_from(["local", "central", "end"]))
        if record == "end" and end is not None:
            start, fields = end, END_FIELDS
        elif record == "local" or not centrals:
            start, fields = locals_[index % len(locals_)], LOCAL_FIELDS
        else:
            start, fields = centrals[index % len(centrals)], CENTRAL_FIELDS
        offset, fmt = data.draw(st.sampled_from(fields))
        width = struct.calcsize(fmt)
        struct.pack_into(fmt, package, start + offset,
                         data.draw(st.integers(min_value=0, max_value=256**width - 1)))
    elif kind == "prefix":
        package[0:0] = data.draw(st.binary(min_size=1, max_size=64) | st.just(b"PK\x03\x04"))
    elif kind == "suffix":
        package += data.draw(st.binary(min_size=1, max_size=64) | st.just(zipwrite.END_MAGIC + bytes(18)))
    elif kind == "cut_at_record":
        locals_, centrals, end = record_starts(package)
        cut = data.draw(st.sampled_from(locals_ + centrals + [end or 0]))
        del package[cut + data.draw(st.integers(min_value=0, max_value=46)):]
    result = verify_package(bytes(package), trust=real_package.trust)
    assert_verdict(result)
    assert bytes(package) == real_package.data or not result.valid


# --- 3,000 content mutations, signed again ---------------------------------------------------
EDGE_NUMBERS = [0, -1, 1, 2**31, 2**53 + 1, 2**63, 2**64, 2**70, 10**6, 10**6 + 1, 1e308, -1e308, 5e-324,
                1.5, 2025.0, -0.0, float("nan"), float("inf"), float("-inf")]
EDGE_TEXTS = ["", "\n", "2025-12-31\n", "2026-03-01T09:00:00+07:00\n", "2026-02-30", "9999-12-31T23:59:59Z",
              "CON", "aux.pdf", "../../x", "\x00", "\u202e", "\ud800", "Đảng ủy xã Khác", "a" * 5000,
              "Chi bộ 5 tốt", "each_component", "criterion_total", "HTTNV", "regular", "adopted"]
LEAVES = (st.sampled_from(EDGE_NUMBERS) | st.sampled_from(EDGE_TEXTS) | st.booleans() | st.none()
          | st.integers() | st.floats() | st.text(max_size=30))
VALUES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
NEAR_NUMBERS = (st.booleans() | st.sampled_from(EDGE_NUMBERS) | st.integers(min_value=-2, max_value=2101)
                | st.floats(min_value=-1, max_value=120, allow_nan=False).map(lambda x: round(x, 2)))
REPORT = "reports/tu-danh-gia.pdf"


@cache
def number_paths_of(raw: bytes) -> tuple[tuple, ...]:
    """The paths of every number and boolean (scores, maxima, years, verdicts…)."""
    document = orjson.loads(raw)
    return tuple(path for path in paths_of(raw) if isinstance(_at(document, path), (int, float)))


def _at(document, path: tuple):  # noqa: ANN001, ANN202
    for key in path:
        document = document[key]
    return document


@cache
def paths_of(raw: bytes) -> tuple[tuple, ...]:
    found: list[tuple] = []

    def walk(node, prefix):  # noqa: ANN001
        found.append(prefix)
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            walk(value, (*prefix, key))

    walk(orjson.loads(raw), ())
    return tuple(found)


def replace_at(document, path: tuple, value):  # noqa: ANN001, ANN201
    if not path:
        return value
    target = document
    for key in path[:-1]:
        if isinstance(target, dict) and key in target or isinstance(target, list) and isinstance(key, int) \
                and key < len(target):
            target = target[key]
        else:
            return document
    last = path[-1]
    if isinstance(target, dict) or isinstance(target, list) and isinstance(last, int) and last < len(target):
        target[last] = value
    return document


def mutate_json(data, raw: bytes) -> bytes:  # noqa: ANN001
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError:  # already broken by an earlier change: break it further
        document = None
    kinds = ["cut", "nest", "bom"]
    if isinstance(document, dict):
        kinds += ["values"] * 3 + ["numbers"] * 4 + ["duplicate", "layout"]
    kind = data.draw(st.sampled_from(kinds), label="json mutation")
    if kind == "duplicate":
        key = data.draw(st.sampled_from(sorted(document))).encode()
        return raw.replace(b'"%s": ' % key, b'"%s": 0, "%s": ' % (key, key), 1)
    if kind == "cut":
        return raw[:data.draw(st.integers(min_value=0, max_value=len(raw)))]
    if kind == "nest":
        depth = data.draw(st.sampled_from([10, 500, 1100, 50_000]))
        return b"[" * depth + raw + b"]" * depth
    if kind == "bom":
        return b"\xef\xbb\xbf" + raw
    if kind == "values":
        for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
            path = data.draw(st.sampled_from(paths_of(raw)))
            document = replace_at(document, path, data.draw(VALUES))
    elif kind == "numbers" and number_paths_of(raw):  # near misses: a score, a year, a verdict
        for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
            path = data.draw(st.sampled_from(number_paths_of(raw)))
            document = replace_at(document, path, data.draw(NEAR_NUMBERS))
    indent = data.draw(st.sampled_from([2, None]))
    return (json.dumps(document, ensure_ascii=data.draw(st.booleans()), indent=indent) + "\n").encode(
        "utf-8", "surrogatepass")


@cache
def judge() -> InboxJudge:
    known = {}
    for path in shipped_rulebooks():
        loaded = load_rulebook_file(path)
        known[loaded.sha256] = loaded.rulebook
    return InboxJudge("Đảng ủy phường Ba Đình", known.get)


@settings(FUZZ, max_examples=3000)
@given(data=st.data())
def test_resigned_content_mutations_get_a_verdict_never_an_exception(real_package, data):
    payload = dict(real_package.payload)
    for _ in range(data.draw(st.integers(min_value=1, max_value=2), label="changes")):
        target = data.draw(st.sampled_from([*layout.REQUIRED_PAYLOAD, REPORT, "entries"]), label="target")
        if target in layout.REQUIRED_PAYLOAD and target in payload:
            payload[target] = mutate_json(data, payload[target])
        elif target == REPORT and REPORT in payload:
            pdf = bytearray(payload[REPORT])
            for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
                at = data.draw(st.integers(min_value=0, max_value=len(pdf) - 1)
                               | st.integers(min_value=max(0, len(pdf) - 300), max_value=len(pdf) - 1))
                pdf[at] ^= data.draw(st.integers(min_value=1, max_value=255))
            payload[REPORT] = bytes(pdf)
        else:
            names = sorted(payload)
            action = data.draw(st.sampled_from(["add", "remove", "rename"]))
            name = data.draw(st.sampled_from(names))
            new = data.draw(st.sampled_from(["reports/CON.pdf", "reports/x.txt", "reports/phu-luc.pdf",
                                             "reports/a/b/c.pdf", "notes", "reports/X.PDF"]))
            if action == "add":
                payload[new] = data.draw(st.sampled_from([payload[REPORT] if REPORT in payload else b"",
                                                          b"PK\x03\x04" + bytes(40), b"", b"%PDF-1.4\n"]))
            elif action == "remove":
                del payload[name]
            else:
                payload[new] = payload.pop(name)
    try:
        package = real_package.sign(payload)
    except ValueError:  # a name no zip of this format can carry: nothing to send
        return
    result = verify_package(package, trust=real_package.trust)
    assert_verdict(result)
    if result.valid:
        for problem in judge().problems(result):
            assert problem.message and "\n" not in problem.message
