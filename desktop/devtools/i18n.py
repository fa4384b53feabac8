"""Translation catalogue tool: `python -m desktop.devtools.i18n update|missing|fill FILE.json|release`.

- update   re-scan every desktop/**/*.py with PySide6's lupdate into translations/desktop_vi.ts and
           desktop_en.ts, keeping existing translations and dropping obsolete ones; the English
           catalogue is then completed with translation = source.
- missing  print the Vietnamese entries still unfinished or empty (one source string a line, or a
           JSON template with --json); exit 1 if there is any.
- fill     apply a JSON object {"English source": "Vietnamese"} to every matching unfinished entry
           of desktop_vi.ts (--overwrite also replaces finished ones). A translation whose
           placeholders (%1, %n, {name}) differ from its source is refused and reported.
- release  compile both catalogues with lrelease into .qm files beside them (or into --out DIR).

Several engineers run this at the same time, so every subcommand holds an exclusive lock on
translations/.lock while it reads and writes the catalogues.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.devtools import source_root, translations_dir
from desktop.paths import qt_tool

LANGUAGES = ("vi", "en")
_PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def catalogue_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"desktop_{lang}.ts"


def placeholders(text: str) -> Counter[str]:
    """The placeholders a string carries; a translation must carry exactly the same ones."""
    return Counter(_PLACEHOLDER.findall(text or ""))


@contextmanager
def catalogue_lock(folder: Path | None = None) -> Iterator[None]:
    """Exclusive lock so concurrent runs never interleave their read-modify-write of the .ts."""
    folder = folder or translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a+b") as fh:
        if sys.platform == "win32":  # pragma: no cover - developers use Linux; kept for symmetry
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        yield  # the lock goes with the file handle


# --- reading and writing .ts -------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str  # first form for plurals
    unfinished: bool
    numerus: bool


def _is_live(translation: ET.Element) -> bool:
    return translation.get("type") not in ("obsolete", "vanished")


def _forms(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def _set_translation(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        if not forms:
            forms = [ET.SubElement(translation, "numerusform")]
        for form in forms:
            form.text = text
        translation.text = None
    else:
        translation.text = text
    translation.attrib.pop("type", None)


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            yield name, message


def read_entries(path: Path) -> list[Entry]:
    """Every live message of a catalogue (obsolete/vanished ones are not part of it)."""
    root = ET.parse(path).getroot()
    entries = []
    for context, message in _messages(root):
        translation = message.find("translation")
        if translation is not None and not _is_live(translation):
            continue
        forms = _forms(translation) if translation is not None else [""]
        entries.append(
            Entry(
                context=context,
                source=message.findtext("source") or "",
                translation=forms[0],
                unfinished=translation is None
                or translation.get("type") == "unfinished"
                or any(not f.strip() for f in forms),
                numerus=message.get("numerus") == "yes",
            )
        )
    return entries


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def _element(el: ET.Element, depth: int) -> str:
    """Serialise the way lupdate does, so its rewrites and ours give the same bytes (quiet diffs)."""
    pad = "    " * depth
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in el.attrib.items())
    children = list(el)
    if not children:
        return f"{pad}<{el.tag}{attrs}>{_escape(el.text or '')}</{el.tag}>\n"
    inner = "".join(_element(child, depth + 1) for child in children)
    return f"{pad}<{el.tag}{attrs}>\n{inner}{pad}</{el.tag}>\n"


def _write(tree: ET.ElementTree, path: Path) -> None:
    root = tree.getroot()
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in root.attrib.items())
    contexts = "".join(_element(context, 0) for context in root)
    text = f"{_HEADER}<TS{attrs}>\n{contexts}</TS>\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the catalogue is an ordinary source file
    os.replace(tmp, path)  # readers never see a half-written catalogue


# --- subcommands -------------------------------------------------------------------------------


def source_files(root: Path | None = None) -> list[Path]:
    package = (root or source_root()) / "desktop"
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def update(folder: Path | None = None, sources: list[Path] | None = None) -> None:
    folder = folder or translations_dir()
    files = sources if sources is not None else source_files()
    lupdate = qt_tool("lupdate")
    # Long file lists go through an @list file to stay under command-line limits.
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(map(str, files)), encoding="utf-8")
        for lang in LANGUAGES:
            cmd = [str(lupdate), f"@{listing}", "-ts", str(catalogue_path(lang, folder)),
                   "-locations", "none", "-no-obsolete", "-silent",
                   "-source-language", "en", "-target-language", lang]
            subprocess.run(cmd, check=True, capture_output=True, text=True)
    complete_english(catalogue_path("en", folder))


def complete_english(path: Path) -> None:
    """English is the source language: each translation is its source, never unfinished."""
    tree = ET.parse(path)
    for _, message in _messages(tree.getroot()):
        translation = message.find("translation")
        if translation is None or _is_live(translation):
            _set_translation(message, message.findtext("source") or "")
    _write(tree, path)


def missing(folder: Path | None = None) -> list[Entry]:
    return [e for e in read_entries(catalogue_path("vi", folder)) if e.unfinished]


@dataclass(frozen=True)
class FillResult:
    applied: int
    refused: list[str]  # sources whose translation's placeholders differ
    unmatched: list[str]  # keys of the JSON not found among the catalogue's sources


def fill(mapping: dict[str, str], folder: Path | None = None, overwrite: bool = False) -> FillResult:
    norm = {unicodedata.normalize("NFC", k): unicodedata.normalize("NFC", v).strip()
            for k, v in mapping.items()}
    path = catalogue_path("vi", folder)
    tree = ET.parse(path)
    applied, refused, seen = 0, [], set()
    for _, message in _messages(tree.getroot()):
        source = unicodedata.normalize("NFC", message.findtext("source") or "")
        if source not in norm:
            continue
        seen.add(source)
        translation = message.find("translation")
        if translation is not None and not _is_live(translation):
            continue
        unfinished = (translation is None or translation.get("type") == "unfinished"
                      or any(not f.strip() for f in _forms(translation)))
        if not (unfinished or overwrite):
            continue
        value = norm[source]
        if not value or placeholders(value) != placeholders(source):
            refused.append(source)
            continue
        _set_translation(message, value)
        applied += 1
    _write(tree, path)
    unmatched = sorted(set(norm) - seen)
    return FillResult(applied, sorted(set(refused)), unmatched)


def release(folder: Path | None = None, out_dir: Path | None = None) -> list[Path]:
    lrelease = qt_tool("lrelease")
    written = []
    for lang in LANGUAGES:
        ts = catalogue_path(lang, folder)
        qm = (out_dir or ts.parent) / (ts.stem + ".qm")
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                       check=True, capture_output=True, text=True)
        written.append(qm)
    return written


# --- command line ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.devtools.i18n", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="re-scan sources into both catalogues")
    m = sub.add_parser("missing", help="list unfinished Vietnamese entries (exit 1 if any)")
    m.add_argument("--json", action="store_true", help="print a JSON template to fill in")
    f = sub.add_parser("fill", help="apply a JSON {source: Vietnamese} file")
    f.add_argument("file", type=Path)
    f.add_argument("--overwrite", action="store_true", help="also replace finished translations")
    r = sub.add_parser("release", help="compile .qm files beside the catalogues (or into --out)")
    r.add_argument("--out", type=Path, help="folder for the .qm files (a build's work folder)")
    args = parser.parse_args(argv)

    with catalogue_lock():
        if args.command == "update":
            update()
            todo = missing()
            print(f"Updated {len(LANGUAGES)} catalogues; {len(todo)} Vietnamese entries unfinished.")
            return 0
        if args.command == "missing":
            todo = missing()
            sources = list(dict.fromkeys(e.source for e in todo))  # one line per distinct text
            if args.json:
                print(json.dumps(dict.fromkeys(sources, ""), ensure_ascii=False, indent=2))
            else:
                for source in sources:
                    print(source.replace("\n", "\\n"))
            return 1 if todo else 0
        if args.command == "fill":
            mapping = json.loads(args.file.read_text(encoding="utf-8"))
            if not isinstance(mapping, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
            ):
                print(f"{args.file}: expected a JSON object of strings", file=sys.stderr)
                return 2
            result = fill(mapping, overwrite=args.overwrite)
            print(f"Applied {result.applied} translations.")
            for source in result.unmatched:
                print(f"not in catalogue (run update first?): {source}", file=sys.stderr)
            for source in result.refused:
                print(f"refused, empty or placeholder mismatch: {source}", file=sys.stderr)
            return 1 if result.refused else 0
        for qm in release(out_dir=args.out):
            print(f"Wrote {qm}")
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
