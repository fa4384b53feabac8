"""The branch profile: created at first run, edited in Settings."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select

from desktop.services.branch_profile import BranchProfile
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Branch, Term
from desktop.wording import say


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


class BranchService:
    def __init__(self, db: Database):
        self._db = db

    def profile(self) -> BranchProfile | None:
        with unit_of_work(self._db) as s:
            branch = s.scalars(select(Branch)).first()
            if branch is None:
                return None
            term = s.scalars(select(Term).order_by(Term.start_date.desc())).first()
            return BranchProfile(
                branch.name,
                branch.code,
                branch.superior_committee,
                branch.place_name,
                term.start_date if term else None,  # a file without a term (the form
                term.end_date if term else None,  # suggests one)
                branch.mode,
            )

    def save_profile(self, profile: BranchProfile) -> ChangeNotice:
        checked = _validate(profile)
        with unit_of_work(self._db) as s:
            branch = s.scalars(select(Branch)).first() or Branch()
            branch.name = checked.name
            branch.code = checked.code
            branch.superior_committee = checked.superior_committee
            branch.place_name = checked.place_name
            branch.mode = checked.mode
            s.add(branch)
            term = s.scalars(select(Term).order_by(Term.start_date.desc())).first()
            if term is None:
                term = Term(label=f"{checked.term_start.year}–{checked.term_end.year}")
                s.add(term)
            term.start_date, term.end_date = checked.term_start, checked.term_end
        return ChangeNotice.of(Changed.BRANCH)


PROFILE_FIELDS = ("name", "code", "superior_committee", "place_name")


def missing_fields(p: BranchProfile | Branch) -> list[str]:
    """The profile's required fields left empty, in the form's order (of a profile being
    saved, or of the branch row already stored)."""
    return [key for key in PROFILE_FIELDS if not nfc(getattr(p, key) or "")]


def missing_error(fields: list[str]) -> UserError:
    """One refusal naming every empty field (not one message box per field), focused on the
    first. `fields` may include "path", the new file's place."""
    labels = tuple(say(f"profile.field_{key}") for key in fields)
    return UserError(say("profile.missing", fields=labels), field=fields[0])


def _validate(p: BranchProfile) -> BranchProfile:
    missing = missing_fields(p)
    if missing:
        raise missing_error(missing)
    if p.term_start is None or p.term_end is None:
        raise UserError(say("term.dates_missing"), field="term_start" if p.term_start is None else "term_end")
    if p.term_end <= p.term_start:
        raise UserError(say("profile.term_order"), field="term_end")
    if p.mode not in ("branch", "inbox"):
        raise UserError(say("profile.bad_mode", mode=p.mode), field="mode")
    return BranchProfile(
        nfc(p.name),
        nfc(p.code),
        nfc(p.superior_committee),
        nfc(p.place_name),
        p.term_start,
        p.term_end,
        p.mode,
    )
