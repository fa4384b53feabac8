"""Page set-up and document metadata: the parameters every document takes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm


@dataclass(frozen=True)
class PageSetup:
    """Paper A4; margins in millimetres and the body font size in points (DOMAIN.md §9 defaults).

    The app's Settings pass their own values; every document builder accepts a PageSetup.
    """

    top_mm: float = 20.0
    bottom_mm: float = 20.0
    left_mm: float = 30.0
    right_mm: float = 15.0
    font_size: float = 14.0

    def __post_init__(self) -> None:
        for name in ("top_mm", "bottom_mm", "left_mm", "right_mm"):
            value = getattr(self, name)
            if not 5.0 <= value <= 60.0:
                raise ValueError(f"Lề trang ({name}) phải từ 5 đến 60 mm, đang là {value}.")
        if not 10.0 <= self.font_size <= 20.0:
            raise ValueError(f"Cỡ chữ văn bản phải từ 10 đến 20, đang là {self.font_size}.")

    @classmethod
    def from_settings(cls, settings: object) -> PageSetup:
        """From the app's Settings (`margin_*_mm`, `body_font_size`), defaults where absent."""
        d = cls()
        return cls(
            top_mm=float(getattr(settings, "margin_top_mm", d.top_mm)),
            bottom_mm=float(getattr(settings, "margin_bottom_mm", d.bottom_mm)),
            left_mm=float(getattr(settings, "margin_left_mm", d.left_mm)),
            right_mm=float(getattr(settings, "margin_right_mm", d.right_mm)),
            font_size=float(getattr(settings, "body_font_size", d.font_size)),
        )

    @property
    def page_size(self) -> tuple[float, float]:
        return A4

    @property
    def frame_width(self) -> float:
        return A4[0] - (self.left_mm + self.right_mm) * mm

    @property
    def table_font_size(self) -> float:
        """Tables run one point smaller than the body so that names fit on one line."""
        return self.font_size - 1


@dataclass(frozen=True)
class DocumentMeta:
    """What goes in the PDF's properties. `created_on` comes from the record (e.g. the meeting
    date), never from the clock, so that the same record gives the same bytes."""

    title: str
    created_on: date
    author: str = ""
    subject: str = ""
    creator: str = "Sổ Chi bộ"
