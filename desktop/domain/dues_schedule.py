"""The dues schedule (mức đóng đảng phí): versioned data like a rulebook (DOMAIN.md §12).

A schedule names its source document and the date it takes effect, and lists the member
categories with what each pays a month: a percent of the member's declared base (salary,
allowance, pension), a percent of a reference amount the schedule names (the regional minimum
wage), or a fixed amount. It also says how amounts are rounded, the share of what is collected
that the branch keeps (the rest goes to the superior committee), who does not owe dues (exempt
members, members attached to another branch) and after how many unpaid months in a year a
member is proposed for removal.

A figure the sources do not give is written `"to_be_set"`: the branch enters the value given by
its superior committee (a `FigureValue`, dated by the month it applies from), and until then the
amounts that need it are "unknown" and the app asks for it. Nothing here is a constant of the
code: every rate comes from the file.

This module turns a plain dict (parsed from TOML by the service) into a `Schedule`, collecting
every problem with its key path.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from desktop.domain.money import MAX_AMOUNT
from desktop.domain.months import Month
from desktop.wording import Text, say

TO_BE_SET = "to_be_set"
SHARE_KEY = "branch_keeps_percent"  # the figure key of the branch's share


class CategoryKind(StrEnum):
    PERCENT_OF_BASE = "percent_of_base"  # rate × the member's declared base
    PERCENT_OF_REFERENCE = "percent_of_reference"  # rate × a reference amount of the schedule
    FIXED = "fixed"  # a fixed monthly amount


class RoundingMode(StrEnum):
    HALF_UP = "half_up"
    UP = "up"
    DOWN = "down"


_ROUNDING = {RoundingMode.HALF_UP: ROUND_HALF_UP, RoundingMode.UP: ROUND_CEILING,
             RoundingMode.DOWN: ROUND_FLOOR}


@dataclass(frozen=True)
class Category:
    code: str
    title: str
    kind: CategoryKind
    rate_percent: Decimal | None = None  # percent kinds: 1 means 1 %
    amount: int | None = None  # fixed: đồng a month; None while to be set
    reference: str = ""  # percent_of_reference: the reference's code
    base_label: str = ""  # what the declared base is ("Tiền lương làm căn cứ đóng BHXH")
    source: str = ""
    short: str = ""  # a few words for narrow columns ("BHXH bắt buộc"); the title when absent

    @property
    def label(self) -> str:
        return self.short or self.title

    @property
    def needs_base(self) -> bool:
        return self.kind is CategoryKind.PERCENT_OF_BASE


@dataclass(frozen=True)
class Reference:
    code: str
    title: str
    amount: int | None  # None while to be set
    source: str = ""


@dataclass(frozen=True)
class Figure:
    """A value of the schedule the branch may have to enter: a reference amount, a fixed amount
    or the branch's share. `value` is the schedule's own (None when "to be set")."""

    key: str
    title: str | Text  # the file's own title, or the catalogue's for the branch's share
    unit: str  # "đồng" or "%"
    value: Decimal | None
    source: str = ""

    @property
    def to_be_set(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Problem:
    path: str  # "categories[2].rate_percent"
    text: Text


class ScheduleInvalid(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.path}: {p.text}" for p in problems))


@dataclass(frozen=True)
class Due:
    """What a category asks for a month: `amount`, or why it cannot be computed yet."""

    amount: int | None
    missing: str = ""  # the figure key to enter, when that is why
    problem: str = ""  # "no_basis" | "no_base" | "unknown_category" | "figure" | "no_schedule"

    @property
    def known(self) -> bool:
        return self.amount is not None


@dataclass(frozen=True)
class Schedule:
    name: str
    version: str
    issuer: str
    document_number: str
    effective_from: date
    source: str
    sample: bool
    rounding_step: int
    rounding_mode: RoundingMode
    rounding_source: str
    branch_keeps_percent: Decimal | None
    shares_source: str
    exempt_members_pay: bool
    attached_elsewhere_pay_here: bool
    removal_unpaid_months: int
    owing_source: str
    categories: tuple[Category, ...]
    references: tuple[Reference, ...] = ()

    @property
    def first_month(self) -> Month:
        """The first month whose dues the schedule governs: the month it takes effect in."""
        return Month.of(self.effective_from)

    def category(self, code: str) -> Category | None:
        return next((c for c in self.categories if c.code == code), None)

    def reference(self, code: str) -> Reference | None:
        return next((r for r in self.references if r.code == code), None)

    def figures(self) -> tuple[Figure, ...]:
        """Every value a branch may enter or check: references, fixed amounts, the share."""
        out = [Figure(r.code, r.title, "đồng", _dec(r.amount), r.source) for r in self.references]
        out += [Figure(c.code, c.title, "đồng", _dec(c.amount), c.source)
                for c in self.categories if c.kind is CategoryKind.FIXED]
        out.append(Figure(SHARE_KEY, say("dues.share_title"), "%",
                          self.branch_keeps_percent, self.shares_source))
        return tuple(out)

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.figures() if f.key == key), None)

    def figure_keys_for(self, category: Category) -> tuple[str, ...]:
        if category.kind is CategoryKind.FIXED:
            return (category.code,)
        if category.kind is CategoryKind.PERCENT_OF_REFERENCE:
            return (category.reference,)
        return ()

    def due(self, code: str, base: int | None, values: Mapping[str, Decimal]) -> Due:
        """The monthly amount of category `code` on `base`, with the branch's entered figures
        `values` (key → value) filling what the schedule leaves to be set."""
        category = self.category(code)
        if category is None:
            return Due(None, problem="unknown_category")
        if category.kind is CategoryKind.FIXED:
            amount = _dec(category.amount) if category.amount is not None else values.get(category.code)
            if amount is None:
                return Due(None, missing=category.code, problem="figure")
            return Due(int(amount))
        if category.kind is CategoryKind.PERCENT_OF_REFERENCE:
            ref = self.reference(category.reference)
            amount = _dec(ref.amount) if ref and ref.amount is not None else values.get(category.reference)
            if amount is None:
                return Due(None, missing=category.reference, problem="figure")
            return Due(self.rounded(amount * category.rate_percent / 100))
        if base is None:
            return Due(None, problem="no_base")
        return Due(self.rounded(Decimal(base) * category.rate_percent / 100))

    def rounded(self, value: Decimal) -> int:
        """`value` to a multiple of the rounding step, as the schedule says."""
        step = Decimal(self.rounding_step)
        units = (value / step).to_integral_value(rounding=_ROUNDING[self.rounding_mode])
        return int(units * step)

    def keeps_percent(self, values: Mapping[str, Decimal]) -> Decimal | None:
        return self.branch_keeps_percent if self.branch_keeps_percent is not None else values.get(SHARE_KEY)


def _dec(value: int | Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value)


# --- reading a schedule ----------------------------------------------------------------------
class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, text: Text) -> None:
        self.problems.append(Problem(path, text))

    def table(self, data: Any, key: str) -> Mapping[str, Any]:
        value = data.get(key) if isinstance(data, Mapping) else None
        if not isinstance(value, Mapping):
            self.problem(key, say("dues.sched_missing_table", table=key))
            return {}
        return value

    def text(self, data: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.problem(f"{path}.{key}", say("dues.sched_required"))
            return ""
        if not isinstance(value, str):
            self.problem(f"{path}.{key}", say("dues.sched_not_text", value=repr(value)))
            return ""
        if required and not value.strip():
            self.problem(f"{path}.{key}", say("dues.sched_empty"))
        return value.strip()

    def flag(self, data: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.problem(f"{path}.{key}", say("dues.sched_not_bool", value=repr(value)))
            return default
        return value

    def number(self, data: Mapping[str, Any], key: str, path: str, *, to_be_set: bool = False,
               required: bool = True) -> Decimal | None:
        """A finite number (None for "to_be_set" where allowed, or when absent and optional)."""
        value = data.get(key)
        where = f"{path}.{key}"
        if value is None:
            if required:
                self.problem(where, say("dues.sched_required"))
            return None
        if to_be_set and value == TO_BE_SET:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            word = "dues.sched_not_number_or_tbs" if to_be_set else "dues.sched_not_number"
            self.problem(where, say(word, value=repr(value)))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problem(where, say("dues.sched_not_finite", value=repr(value)))
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.problem(where, say("dues.sched_not_number", value=repr(value)))
            return None
        if number < 0:
            self.problem(where, say("dues.sched_negative", value=str(value)))
            return None
        return number

    def amount(self, data: Mapping[str, Any], key: str, path: str, *, to_be_set: bool) -> int | None:
        number = self.number(data, key, path, to_be_set=to_be_set)
        if number is None:
            return None
        if number != number.to_integral_value() or number > MAX_AMOUNT:
            self.problem(f"{path}.{key}", say("dues.sched_amount_whole", value=str(data.get(key))))
            return None
        return int(number)

    def percent(self, data: Mapping[str, Any], key: str, path: str, *, to_be_set: bool = False,
                allow_zero: bool = False) -> Decimal | None:
        number = self.number(data, key, path, to_be_set=to_be_set)
        if number is None:
            return None
        if number > 100 or (number == 0 and not allow_zero):
            self.problem(f"{path}.{key}", say("dues.sched_percent_range", value=str(data.get(key))))
            return None
        return number

    def day(self, data: Mapping[str, Any], key: str, path: str) -> date:
        value = data.get(key)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(f"{path}.{key}", say("dues.sched_not_date", value=repr(value)))
        return date(2000, 1, 1)


def parse_schedule(data: Mapping[str, Any]) -> Schedule:
    """Build a Schedule from a plain dict; raise ScheduleInvalid listing every problem."""
    r = _Reader()
    head = r.table(data, "schedule")
    name = r.text(head, "name", "schedule")
    version = r.text(head, "version", "schedule")
    issuer = r.text(head, "issuer", "schedule")
    number = r.text(head, "document_number", "schedule", required=False)
    effective = r.day(head, "effective_from", "schedule")
    source = r.text(head, "source", "schedule")
    sample = r.flag(head, "sample", "schedule", False)

    rounding = r.table(data, "rounding")
    step = r.amount(rounding, "step", "rounding", to_be_set=False)
    mode_text = r.text(rounding, "mode", "rounding")
    if mode_text and mode_text not in {m.value for m in RoundingMode}:
        r.problem("rounding.mode", say("dues.sched_rounding_mode", mode=mode_text))
        mode_text = ""
    rounding_source = r.text(rounding, "source", "rounding", required=False)

    shares = r.table(data, "shares")
    keeps = r.percent(shares, SHARE_KEY, "shares", to_be_set=True, allow_zero=True)
    shares_source = r.text(shares, "source", "shares", required=False)

    owing = r.table(data, "owing")
    exempt_pay = r.flag(owing, "exempt_members_pay", "owing", False)
    attached_pay = r.flag(owing, "attached_elsewhere_pay_here", "owing", False)
    removal = r.amount(owing, "removal_unpaid_months", "owing", to_be_set=False)
    if removal is not None and removal > 12:
        r.problem("owing.removal_unpaid_months", say("dues.sched_months_range", value=removal))
    owing_source = r.text(owing, "source", "owing", required=False)

    references = _references(r, data.get("references", []))
    categories = _categories(r, data.get("categories"), {ref.code for ref in references})
    codes = [ref.code for ref in references] + [c.code for c in categories]
    for code in sorted({c for c in codes if c and (codes.count(c) > 1 or c == SHARE_KEY)}):
        r.problem("categories", say("dues.sched_duplicate_code", code=code))

    if r.problems:
        raise ScheduleInvalid(r.problems)
    return Schedule(
        name=name, version=version, issuer=issuer, document_number=number,
        effective_from=effective, source=source, sample=sample,
        rounding_step=step or 1, rounding_mode=RoundingMode(mode_text or RoundingMode.HALF_UP),
        rounding_source=rounding_source, branch_keeps_percent=keeps, shares_source=shares_source,
        exempt_members_pay=exempt_pay, attached_elsewhere_pay_here=attached_pay,
        removal_unpaid_months=removal or 3, owing_source=owing_source,
        categories=categories, references=references,
    )


def _references(r: _Reader, raw: Any) -> tuple[Reference, ...]:
    if not isinstance(raw, list):
        r.problem("references", say("dues.sched_not_list"))
        return ()
    out = []
    for i, item in enumerate(raw):
        path = f"references[{i}]"
        if not isinstance(item, Mapping):
            r.problem(path, say("dues.sched_not_table"))
            continue
        out.append(Reference(r.text(item, "code", path), r.text(item, "title", path),
                             r.amount(item, "amount", path, to_be_set=True),
                             r.text(item, "source", path, required=False)))
    return tuple(out)


def _categories(r: _Reader, raw: Any, references: set[str]) -> tuple[Category, ...]:
    if not isinstance(raw, list) or not raw:
        r.problem("categories", say("dues.sched_no_categories"))
        return ()
    out = []
    for i, item in enumerate(raw):
        path = f"categories[{i}]"
        if not isinstance(item, Mapping):
            r.problem(path, say("dues.sched_not_table"))
            continue
        code = r.text(item, "code", path)
        title = r.text(item, "title", path)
        kind_text = r.text(item, "kind", path)
        if kind_text and kind_text not in {k.value for k in CategoryKind}:
            r.problem(f"{path}.kind", say("dues.sched_kind", kind=kind_text))
            continue
        if not kind_text:
            continue
        kind = CategoryKind(kind_text)
        rate = amount = None
        reference = ""
        if kind is CategoryKind.FIXED:
            amount = r.amount(item, "amount", path, to_be_set=True)
            if "rate_percent" in item:
                r.problem(f"{path}.rate_percent", say("dues.sched_key_not_for_kind", kind=kind.value))
        else:
            rate = r.percent(item, "rate_percent", path)
            if "amount" in item:
                r.problem(f"{path}.amount", say("dues.sched_key_not_for_kind", kind=kind.value))
        if kind is CategoryKind.PERCENT_OF_REFERENCE:
            reference = r.text(item, "reference", path)
            if reference and reference not in references:
                r.problem(f"{path}.reference", say("dues.sched_unknown_reference", code=reference))
        elif "reference" in item:
            r.problem(f"{path}.reference", say("dues.sched_key_not_for_kind", kind=kind.value))
        base_label = r.text(item, "base", path, required=kind is CategoryKind.PERCENT_OF_BASE)
        out.append(Category(code, title, kind, rate, amount, reference, base_label,
                            r.text(item, "source", path, required=False),
                            r.text(item, "short", path, required=False)))
    return tuple(out)
