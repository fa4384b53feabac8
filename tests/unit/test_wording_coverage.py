"""The core words its messages through the catalogues: no Vietnamese sentence is written inline.

Every string literal with a Vietnamese letter in the core (outside docstrings and comments) is
refused unless it is content that is Vietnamese by nature, listed below with the reason: what
goes into a PDF, sample data, the letters and words read from Vietnamese input, the command
line's own help and report lines. A literal inside a `raise`, a `UserError(...)` or a line printed
to stderr is a message to the user and is refused even there.

`NOT_YET` lists the files whose messages a later change moves to the catalogues (the meeting
editor, the exchange and inbox, the store, the evaluation page); it shrinks to nothing.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
                        re.IGNORECASE)
# The core: everything a front end calls. Not the window (Qt translation), the wording itself,
# the PDF builders (documents are Vietnamese) nor the developer tools.
CORE = ("domain", "services", "store", "exchange", "commands")
OUTSIDE = ("ui", "wording", "documents", "devtools")

CLI_REPORT = "the command line's own report lines stay Vietnamese (README: --lang translates errors)"
PDF = "data for a PDF (documents are Vietnamese)"
ALLOWED: dict[str, dict[str, str]] = {
    "domain/collation.py": {"*": "Vietnamese letters and tone marks: how names sort and fold"},
    "domain/money.py": {"format_dong": "the currency sign of an amount written the Vietnamese way",
                        "parse_amount": "the currency words typed after an amount, read from input"},
    "domain/numbering.py": {"number_text": "a document number as printed: «Số 03-BB/CB»"},
    "domain/dues_schedule.py": {"Schedule.figures": "a figure's unit, a code the dues screens compare"},
    "domain/rating.py": {"RATING_TITLES_VI": "rating names for PDFs and command-line reports",
                         "CapCheck.message_vi": "the cap line of the rating summary PDF and its CLI report"},
    "domain/review_forms.py": {"_QD144": "the document the headings come from, by its name",
                               "_HD43": "the document the headings come from, by its name"},
    "domain/party_age.py": {"PartyAge.words": "party age as printed on the member card and badge list"},
    "services/demo": {"*": "sample data of the demo branch (content, not messages)"},
    "services/documents_load.py": {"*": PDF},
    "services/lifecycle_documents.py": {"*": PDF},
    "services/evaluation_pdf.py": {"*": PDF},
    "services/records_spec.py": {"*": "the section titles and descriptions of the records schema"},
    "services/candidates.py": {"_admission_note": "a note stored in the member's history"},
    "services/meetings.py": {"_allocate_number": "the subject kept in the register of numbers (content)"},
    "services/meeting_detail.py": {"load_detail": "the number as printed: «Số 03-BB/CB»"},
    "services/evaluation.py": {"evaluate_in_session": "meetings named as the minutes title them (PDF, JSON)"},
    "services/inbox_checks.py": {"DEFAULT_MODEL": "the evaluation model's name, as the rulebooks spell it",
                                 "committee_key": "words of committee names, read from Vietnamese input"},
    "services/package_payload.py": {"REPORT_TITLES": "the titles of the package's documents (Vietnamese)",
                                    "report_title": "the titles of the package's documents (Vietnamese)",
                                    "_WORDS": "the titles of the package's documents (Vietnamese)"},
    "services/resolution_load.py": {"resolution_number_text": "the number as printed: «Số 03-NQ/CB»"},
    "services/transfers.py": {"_note": "a note stored in the member's history"},
    "commands": {"*": CLI_REPORT},
}
# Part 2: files whose user messages are still written inline, moved by a later change.
NOT_YET = {
    "domain/agenda.py", "domain/quality.py",  # the meeting editor: agenda and quality-sheet wording
    "domain/measures.py", "domain/shortfalls.py",  # the evaluation page's explanations
    "services/inbox_reports.py",  # the superior's summary
}
# Keyword arguments whose text is the command line's own help, not a message.
HELP_KEYWORDS = {"help", "description", "metavar"}
MESSAGE_CALLS = {"UserError", "NotFound"}


def core_files() -> list[Path]:
    top = [p for p in PACKAGE.glob("*.py") if p.name != "__main__.py"]
    return sorted(top + [p for area in CORE for p in (PACKAGE / area).rglob("*.py")])


def rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _inside(nodes) -> set[int]:  # noqa: ANN001 - AST nodes
    return {id(n) for node in nodes for n in ast.walk(node)}


def _is_message(node: ast.AST) -> bool:
    """A raise, a UserError(...) or a print to stderr: a message to the user, never content."""
    if isinstance(node, ast.Raise):
        return True
    if isinstance(node, ast.Call):
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        return name in MESSAGE_CALLS or (name == "print" and any(k.arg == "file" for k in node.keywords))
    return False


def vietnamese_literals(path: Path) -> list[tuple[int, str, str, bool]]:
    """(line, scope, text, is a message) of every Vietnamese string literal outside docstrings
    and help texts; `scope` is the enclosing "Class.function" or the module-level name assigned."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _docstrings(tree) | _inside(k.value for n in ast.walk(tree) if isinstance(n, ast.Call)
                                          for k in n.keywords if k.arg in HELP_KEYWORDS)
    messages = _inside(n for n in ast.walk(tree) if _is_message(n))
    found = []

    def visit(node: ast.AST, scope: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = scope
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                inner = f"{scope}.{child.name}" if scope else child.name
            elif not scope and isinstance(child, (ast.Assign, ast.AnnAssign)):
                targets = child.targets if isinstance(child, ast.Assign) else [child.target]
                inner = ",".join(t.id for t in targets if isinstance(t, ast.Name))
            if (isinstance(child, ast.Constant) and isinstance(child.value, str)
                    and id(child) not in skipped and VIETNAMESE.search(child.value)):
                found.append((child.lineno, scope, child.value, id(child) in messages))
            visit(child, inner)

    visit(tree, "")
    return found


def _allowed(path: str, scope: str) -> bool:
    rules = next((r for prefix, r in ALLOWED.items() if path == prefix or path.startswith(prefix + "/")), {})
    return "*" in rules or any(scope == s or scope.startswith(s + ".") for s in rules)


def test_the_scan_sees_an_inline_message(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""Mô-đun."""\n\ndef check(x):\n    """Kiểm tra."""\n'
                      '    # chú thích\n    if x:\n        raise UserError(f"Năm {x} không hợp lệ.")\n'
                      '    return parser.add_argument("--năm", help="năm kiểm điểm")\n', encoding="utf-8")
    assert [(line, scope, message) for line, scope, _, message in vietnamese_literals(sample)] == [
        (7, "check", True), (7, "check", True),  # both parts of the f-string
        (8, "check", False)]  # the help text is skipped, "--năm" is not


@pytest.mark.parametrize("path", [p for p in core_files() if rel(p) not in NOT_YET], ids=rel)
def test_no_inline_vietnamese_message_in_the_core(path):
    wrong = [f"{rel(path)}:{line} ({scope or 'module'}) {text!r}"
             for line, scope, text, message in vietnamese_literals(path)
             if message or not _allowed(rel(path), scope)]
    assert not wrong, "say it through desktop/wording (or list legitimate content in ALLOWED):\n" + "\n".join(wrong)


def test_not_yet_covered_files_still_hold_inline_messages():
    """A file moved to the catalogues leaves NOT_YET, so the scan covers it from then on."""
    done = [name for name in sorted(NOT_YET) if not vietnamese_literals(PACKAGE / name)]
    assert not done, f"no inline Vietnamese left: remove from NOT_YET: {done}"


def test_every_allowance_is_still_needed():
    used = {(prefix, scope) for path in core_files() for _, found_scope, _, _ in vietnamese_literals(path)
            for prefix, rules in ALLOWED.items()
            if rel(path) == prefix or rel(path).startswith(prefix + "/")
            for scope in rules if scope == "*" or found_scope == scope or found_scope.startswith(scope + ".")}
    stale = [(prefix, scope) for prefix, rules in ALLOWED.items() for scope in rules
             if (prefix, scope) not in used]
    assert not stale, f"allowances for text that is no longer there: {stale}"


def test_the_core_is_what_the_scan_reads():
    """Every package of desktop/ is either scanned or named as outside the core."""
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == set(CORE) | set(OUTSIDE)
