"""Import a member list from .xlsx/.csv, and export the register to .xlsx (DOMAIN.md §11).

Lists come from the member database (CSDL đảng viên) or a colleague's spreadsheet and carry
duplicates and errors, so: read → preview (column mapping guessed from the headers, every bad row
with its row number as the user sees it and the field) → import only when the file is valid, or
when the user chooses to skip the bad rows. One transaction, after a backup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from sqlalchemy import select

from desktop.clock import Clock
from desktop.domain import members as rules
from desktop.domain.collation import fold
from desktop.domain.enums import Sex
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.services.member_import_sheet import (
    FIELD_LABELS,
    FIELDS,
    SheetData,
    guess_mapping,
    parse_date,
    parse_sex,
    read_sheet,
    text_of,
)
from desktop.services.members import (
    MemberDraft,
    MembersService,
    apply_draft,
    normalised,
)
from desktop.services.output_file import write_output
from desktop.services.sheet_cells import append_row
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Member
from desktop.wording import DEFAULT_LANGUAGE, Text, say

__all__ = ["FIELDS", "FIELD_LABELS", "ImportPreview", "ImportResult", "MemberImportService",
           "PreviewRow", "RowProblem"]


@dataclass(frozen=True)
class RowProblem:
    row: int  # as numbered in the spreadsheet (header is usually row 1)
    field: str  # a key of FIELDS, or "" for the whole row
    text: Text
    duplicate: bool = False

    @property
    def message(self) -> str:
        """In Vietnamese, for callers that show no other language."""
        return self.text.render(DEFAULT_LANGUAGE)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.text.render(lang)


@dataclass(frozen=True)
class PreviewRow:
    row: int
    cells: tuple[str, ...]  # the raw cells as text, for the preview table
    draft: MemberDraft | None  # None when the row has a problem


@dataclass(frozen=True)
class ImportPreview:
    source: str
    headers: tuple[str, ...]
    mapping: dict[str, int | None]  # field -> column index
    rows: tuple[PreviewRow, ...]
    problems: tuple[RowProblem, ...]

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.problems}))

    @property
    def to_import(self) -> int:
        return sum(1 for r in self.rows if r.draft is not None)

    @property
    def duplicates(self) -> tuple[RowProblem, ...]:
        return tuple(p for p in self.problems if p.duplicate)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped_rows: tuple[int, ...]
    backup: str


class MemberImportService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock

    def preview(self, path: Path, mapping: dict[str, int | None] | None = None) -> ImportPreview:
        sheet = read_sheet(Path(path))
        mapping = dict(mapping) if mapping is not None else guess_mapping(sheet.headers)
        _check_mapping(mapping, sheet)
        with unit_of_work(self._db) as s:
            existing = s.execute(select(Member.full_name, Member.birth_date, Member.card_number)).all()
        return _build_preview(sheet, mapping, existing, self._clock.today())

    def import_file(
        self, path: Path, mapping: dict[str, int | None] | None = None, *,
        skip_bad_rows: bool = False,
    ) -> tuple[ImportResult, ChangeNotice]:
        preview = self.preview(path, mapping)
        if preview.problems and not skip_bad_rows:
            first = preview.problems[0]
            raise UserError(say("members.import_bad_rows", file=preview.source,
                                count=len(preview.bad_rows), row=first.row,
                                field=_label(first.field), problem=first.text), field=first.field)
        drafts = [r.draft for r in preview.rows if r.draft is not None]
        if not drafts:
            raise UserError(say("members.import_nothing", file=preview.source))
        backup = self._db.backup("before-import", when=self._clock.now())
        with unit_of_work(self._db) as s:
            ids = []
            for d in drafts:
                member = Member()
                s.add(member)
                apply_draft(member, d)
                s.flush()
                ids.append(member.id)
        result = ImportResult(len(drafts), preview.bad_rows, str(backup))
        return result, ChangeNotice.of(Changed.MEMBERS, ids=tuple(ids))

    def export_xlsx(self, path: Path) -> int:
        """Export the whole register, sorted by given name, to an .xlsx file."""
        rows = MembersService(self._db, clock=self._clock).list_members()
        return export_register(rows, Path(path))


def _label(field: str) -> Text:
    return FIELD_LABELS.get(field) or say("members.whole_row")


def _check_mapping(mapping: dict[str, int | None], sheet: SheetData) -> None:
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise UserError(say("members.unknown_fields", fields=", ".join(sorted(unknown))))
    if mapping.get("full_name") is None:
        raise UserError(say("members.no_name_column", file=sheet.source), field="full_name")
    used: dict[int, str] = {}
    for field, col in mapping.items():
        if col is None:
            continue
        if not 0 <= col < len(sheet.headers):
            raise UserError(say("members.no_column", column=col + 1, file=sheet.source), field=field)
        if col in used:
            raise UserError(say("members.column_twice", header=sheet.headers[col],
                                first=_label(used[col]), second=_label(field)), field=field)
        used[col] = field


def _build_preview(sheet: SheetData, mapping, existing, today: date) -> ImportPreview:
    by_card = {card: name for name, _, card in existing if card}
    by_person = {(fold(name), born): name for name, born, _ in existing}
    seen_card: dict[str, int] = {}
    seen_person: dict[tuple, int] = {}
    rows: list[PreviewRow] = []
    problems: list[RowProblem] = []
    for number, cells in sheet.rows:
        row_problems: list[RowProblem] = []
        draft = _row_draft(number, cells, mapping, today, row_problems)
        if draft is not None:
            row_problems += _duplicates(number, draft, by_card, by_person, seen_card, seen_person)
        problems += row_problems
        rows.append(PreviewRow(number, tuple(text_of(c) for c in cells),
                               None if row_problems else draft))
    return ImportPreview(sheet.source, sheet.headers, mapping, tuple(rows), tuple(problems))


def _row_draft(number: int, cells, mapping, today: date, out: list[RowProblem]) -> MemberDraft | None:
    def cell(field: str):
        col = mapping.get(field)
        return cells[col] if col is not None and col < len(cells) else None

    values: dict[str, object] = {}
    for field in ("birth_date", "admitted_on", "official_on"):
        parsed, error = parse_date(cell(field))
        if error:
            out.append(RowProblem(number, field, error))
        values[field] = parsed
    sex, error = parse_sex(cell("sex"))
    if error:
        out.append(RowProblem(number, "sex", error))
    phone = text_of(cell("phone"), phone=True)
    draft = normalised(MemberDraft(
        full_name=text_of(cell("full_name")), birth_date=values["birth_date"], sex=sex,
        admitted_on=values["admitted_on"], official_on=values["official_on"],
        card_number=text_of(cell("card_number")), phone=phone, notes=text_of(cell("notes"))))
    found = rules.check_profile(draft.full_name, draft.birth_date, draft.admitted_on,
                                draft.official_on, draft.card_number, draft.phone, today, draft.notes)
    if draft.notes.startswith(rules.FORMULA_STARTS):  # typed notes may; a sheet's cell may not
        found.append(rules.formula_problem("notes", draft.notes))
    for p in found:
        if not any(o.field == p.field for o in out):  # a date that did not parse: said once
            out.append(RowProblem(number, p.field, p.text))
    return None if out else draft


def _duplicates(number, d: MemberDraft, by_card, by_person, seen_card, seen_person):
    found = []
    if d.card_number:
        if d.card_number in by_card:
            found.append(RowProblem(number, "card_number",
                                    say("members.row_card_taken", card=d.card_number,
                                        name=by_card[d.card_number]),
                                    duplicate=True))
        elif d.card_number in seen_card:
            found.append(RowProblem(number, "card_number",
                                    say("members.row_card_repeated", card=d.card_number,
                                        row=seen_card[d.card_number]),
                                    duplicate=True))
        else:
            seen_card[d.card_number] = number
    person = (fold(d.full_name), d.birth_date)
    who = (say("members.person_born", name=d.full_name, birth=rules.dmy(d.birth_date))
           if d.birth_date else d.full_name)
    if person in by_person:
        found.append(RowProblem(number, "full_name", say("members.row_person_taken", person=who),
                                duplicate=True))
    elif person in seen_person:
        found.append(RowProblem(number, "full_name",
                                say("members.row_person_repeated", person=who, row=seen_person[person]),
                                duplicate=True))
    else:
        seen_person[person] = number
    return found


def export_register(rows, path: Path) -> int:
    """Write the register (rows from MembersService.list_members) to .xlsx; returns the count.

    The headers are those the importer recognises, so an exported list imports back.
    """
    # openpyxl (~250 ms to import): only for a workbook
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = say("members.sheet_title").render()
    headers = [say("members.column_number").render(), *(FIELD_LABELS[f].render() for f in FIELDS),
               say("members.column_situation").render(), say("members.column_positions").render()]
    append_row(ws, headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for n, r in enumerate(rows, start=1):
        sit = r.situation
        append_row(ws, [
            n, r.full_name, r.birth_date, _SEX_WORDS[r.sex].render() if r.sex else "", r.admitted_on, r.official_on,
            r.card_number, r.phone, r.notes,
            rules.situation_label(sit.standing, sit.exempt, sit.attached_elsewhere,
                                  sit.suspended, sit.special_duty, sit.left_by),
            ", ".join(rules.POSITION_LABELS[p].render() for p in r.positions),
        ])
    for col in ("C", "E", "F"):
        for cell in ws[col][1:]:
            cell.number_format = "DD/MM/YYYY"
    for col, width in zip("ABCDEFGHIJK", (5, 28, 12, 9, 14, 14, 16, 14, 24, 22, 18)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(say("members.export_not_xlsx", file=path.name))
    data = BytesIO()
    wb.save(data)
    write_output(path, data.getvalue(), suffix=".xlsx")
    return len(rows)


# The words the importer reads back (the list is a Vietnamese document).
_SEX_WORDS = {Sex.MALE: say("members.sex_male"), Sex.FEMALE: say("members.sex_female")}
