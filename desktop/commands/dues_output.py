"""What `chibo dues` prints: plain lines in the chosen language, or JSON whose field names are
the issue's (`member_id`, `name`, `due`, `paid`, `via`, `status` for each member of a month)."""

from __future__ import annotations

from typing import Any

from desktop.domain.dues import Line
from desktop.domain.dues_ledger import MonthTotals, YearArrears
from desktop.domain.money import format_dong
from desktop.services.dues_model import BasisPreview, MonthView, ScheduleState
from desktop.wording import render, say


def _p(lang: str, message: str, **values: Any) -> None:
    print(say(message, **values).render(lang))


def _decimal(value) -> int | float | None:  # noqa: ANN001 - a Decimal or None
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


# --- schedule -----------------------------------------------------------------------------------
def schedule_json(state: ScheduleState) -> dict:
    in_force = state.in_force
    return {
        "month": str(state.month),
        "schedules": [
            {"id": i.id, "name": i.name, "version": i.version, "issuer": i.issuer,
             "document_number": i.document_number, "effective_from": i.effective_from.isoformat(),
             "first_month": str(i.schedule.first_month), "sample": i.sample, "sha256": i.sha256}
            for i in state.schedules
        ],
        "in_force": None if in_force is None else {
            "id": in_force.id,
            "categories": [
                {"code": c.code, "title": c.title, "kind": c.kind.value,
                 "rate_percent": _decimal(c.rate_percent), "amount": c.amount,
                 "reference": c.reference or None, "base": c.base_label or None}
                for c in in_force.schedule.categories
            ],
            "rounding": {"step": in_force.schedule.rounding_step,
                         "mode": in_force.schedule.rounding_mode.value},
            "removal_unpaid_months": in_force.schedule.removal_unpaid_months,
        },
        "figures": [
            {"key": f.key, "title": render(f.title), "unit": f.unit, "to_be_set": f.to_be_set,
             "value": _decimal(f.current), "in_use": f.in_use,
             "entered": [{"from": str(m), "value": _decimal(v)} for m, v in f.entered]}
            for f in state.figures
        ],
    }


def print_schedule(state: ScheduleState, lang: str) -> None:
    _p(lang, "dues.cli_schedules_head")
    for i in state.schedules:
        mark = say("dues.cli_sample") if i.sample else ""
        _p(lang, "dues.cli_schedule_line", id=i.id, name=i.name, version=i.version,
           first=i.schedule.first_month.label(), sample=mark)
    if state.in_force is None:
        _p(lang, "dues.no_schedule", month=state.month.label())
        return
    sch = state.in_force.schedule
    _p(lang, "dues.cli_in_force", month=state.month.label(), name=sch.name, version=sch.version)
    for c in sch.categories:
        if c.kind.value == "fixed":
            rule = format_dong(c.amount) if c.amount is not None else say("dues.cli_to_set")
        elif c.kind.value == "percent_of_reference":
            rule = say("dues.cli_rate_of", rate=_percent(c.rate_percent), what=c.reference)
        else:
            rule = say("dues.cli_rate_of", rate=_percent(c.rate_percent), what=c.base_label)
        _p(lang, "dues.cli_category_line", code=c.code, title=c.title, rule=rule)
    _p(lang, "dues.cli_figures_head")
    for f in state.figures:
        value = say("dues.cli_to_set") if f.current is None else (
            f"{_percent(f.current)}" if f.unit == "%" else format_dong(int(f.current)))
        used = say("dues.cli_in_use", count=f.in_use) if f.in_use else ""
        _p(lang, "dues.cli_figure_line", figure=f.key, title=f.title, value=value, used=used)


def _percent(value) -> str:  # noqa: ANN001 - a Decimal
    text = format(value.normalize(), "f") if value is not None else "—"
    return text.replace(".", ",") + "%"


# --- basis ----------------------------------------------------------------------------------------
def print_preview(preview: BasisPreview, lang: str, *, saved: bool) -> None:
    key = "dues.cli_basis_saved" if saved else "dues.cli_basis_preview"
    _p(lang, key, name=preview.name, start=preview.start.label())
    if not preview.changes:
        _p(lang, "dues.cli_basis_no_change")
    for c in preview.changes:
        status = say(f"dues.status_{c.new_status.value}")
        if c.paid is None:
            _p(lang, "dues.cli_basis_change", month=c.month.label(), old=format_dong(c.old_due),
               new=format_dong(c.new_due), status=status)
        else:
            _p(lang, "dues.cli_basis_change_paid", month=c.month.label(), old=format_dong(c.old_due),
               new=format_dong(c.new_due), paid=format_dong(c.paid), status=status)


# --- month ----------------------------------------------------------------------------------------
def _line_json(line: Line) -> dict:
    entry = line.entry
    return {
        "member_id": line.member_id,
        "name": line.name,
        "due": line.due.amount if line.owed else 0,
        "paid": line.paid,
        "via": entry.via.value if entry is not None and entry.via is not None else None,
        "status": line.status.value,
        "paid_on": entry.paid_on.isoformat() if entry is not None and entry.paid_on else None,
        "timing": line.timing.value if line.timing else None,
        "reference": entry.reference if entry is not None and entry.reference else None,
        "reason": entry.reason if entry is not None and entry.reason else None,
        "category": line.basis.category if line.basis else None,
        "problem": line.due.problem or None,
    }


def _totals_json(t: MonthTotals) -> dict:
    return {"owing": t.owing, "paid": t.paid, "due": t.due, "unknown": t.unknown,
            "collected": t.collected, "cash": t.cash, "portal": t.portal, "short": t.short,
            "shortfall": t.shortfall, "over": t.over, "surplus": t.surplus, "unpaid": t.unpaid,
            "excused": t.excused, "kept": t.kept, "to_remit": t.to_remit, "remitted": t.remitted}


def month_json(view: MonthView) -> dict:
    ledger = view.ledger
    version = ledger.schedule
    return {
        "month": str(ledger.month),
        "schedule": None if version is None else {
            "id": version.id, "name": version.schedule.name, "version": version.schedule.version},
        "members": [_line_json(line) | {"behind": view.behind.get(line.member_id, 0)}
                    for line in ledger.lines],
        "totals": _totals_json(ledger.totals),
        "missing_figures": list(ledger.missing_figures),
    }


def print_month(view: MonthView, lang: str) -> None:
    ledger = view.ledger
    if ledger.schedule is None:
        _p(lang, "dues.no_schedule", month=ledger.month.label())
        return
    sch = ledger.schedule.schedule
    _p(lang, "dues.cli_month_head", month=ledger.month.label(), name=sch.name, version=sch.version)
    width = max((len(line.name) for line in ledger.lines), default=10)
    for line in ledger.lines:
        due = format_dong(line.due.amount) if line.owed else "—"
        via = say(f"dues.via_{line.entry.via.value}").render(lang) if line.entry and line.entry.via else ""
        status = say(f"dues.status_{line.status.value}").render(lang)
        print(f"  [{line.member_id:>4}] {line.name.ljust(width)}  {due:>12}  "
              f"{format_dong(line.paid, ''):>12}  {via:<10} {status}")
    t = ledger.totals
    _p(lang, "dues.cli_month_totals", paid=t.paid, owing=t.owing, due=format_dong(t.due),
       collected=format_dong(t.collected))
    if t.kept is not None:
        _p(lang, "dues.cli_month_split", kept=format_dong(t.kept), remit=format_dong(t.to_remit))
    for key in ledger.missing_figures:
        _p(lang, "dues.cli_figure_missing", figure=key)


# --- arrears --------------------------------------------------------------------------------------
def arrears_json(arrears: YearArrears) -> dict:
    return {
        "year": arrears.year,
        "as_of": arrears.as_of.isoformat(),
        "threshold": arrears.threshold,
        "members": [
            {"member_id": r.member_id, "name": r.name,
             "unpaid_months": [str(m) for m in r.unpaid],
             "excused": [{"month": str(m), "reason": why} for m, why in r.excused],
             "short": [{"month": str(m), "shortfall": amount} for m, amount in r.short],
             "owed": r.owed_unpaid, "flagged": r.flagged}
            for r in arrears.rows
        ],
    }


def print_arrears(arrears: YearArrears, lang: str) -> None:
    _p(lang, "dues.cli_arrears_head", year=arrears.year, day=arrears.as_of.strftime("%d/%m/%Y"))
    if not arrears.rows:
        _p(lang, "dues.cli_arrears_none")
    for r in arrears.rows:
        months = ", ".join(m.label() for m in r.unpaid) or "—"
        flag = say("dues.cli_flagged", count=r.threshold) if r.flagged else ""
        owed = say("dues.cli_arrears_owed", amount=format_dong(r.owed_unpaid)) if r.owed_unpaid else ""
        if r.unpaid:
            _p(lang, "dues.cli_arrears_line", member_id=r.member_id, name=r.name, count=len(r.unpaid),
               months=months, owed=owed, flag=flag)
        else:
            _p(lang, "dues.cli_arrears_member", member_id=r.member_id, name=r.name)
        for m, why in r.excused:
            _p(lang, "dues.cli_arrears_excused", month=m.label(), reason=why)
        for m, amount in r.short:
            _p(lang, "dues.cli_arrears_short", month=m.label(), short=format_dong(amount))
