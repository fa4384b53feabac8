"""A dues story several tests tell: two pensioners keep the dues book from February 2026; An pays
every month to November, Bình stops after August (three months unpaid by December)."""

from __future__ import annotations

from datetime import date


def an_pays_binh_stops_after_august(dues, branch: dict[str, int]) -> tuple[int, int]:  # noqa: ANN001 - DuesService
    an, binh = branch["Nguyễn Văn An"], branch["Lê Thị Bình"]
    for member in (an, binh):
        dues.set_basis(member, "pensioner", 4_000_000, "2026-02")
    for month in range(2, 12):
        dues.pay(an, f"2026-{month:02d}", 20_000, on=date(2026, month, 5))
        if month < 9:
            dues.pay(binh, f"2026-{month:02d}", 20_000, on=date(2026, month, 5))
    return an, binh
