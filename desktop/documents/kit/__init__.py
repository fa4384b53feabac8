"""The layout kit every document of the app is built with (DOMAIN.md §9). See `builder.py`."""

from desktop.documents.kit.blocks import Column, Signature
from desktop.documents.kit.builder import DocumentBuilder
from desktop.documents.kit.letterhead import Letterhead
from desktop.documents.kit.setup import DocumentMeta, PageSetup
from desktop.documents.kit.text import Markup, b, date_words, esc, i, number, percent

__all__ = [
    "Column",
    "DocumentBuilder",
    "DocumentMeta",
    "Letterhead",
    "Markup",
    "PageSetup",
    "Signature",
    "b",
    "date_words",
    "esc",
    "i",
    "number",
    "percent",
]
