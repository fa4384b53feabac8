"""UI test helpers shared by every screen's tests."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _vietnamese_for_screenshots(qapp):
    """Screenshots (CHIBO_SHOTS set) are taken in Vietnamese, as the user sees the window."""
    translator = None
    if os.environ.get("CHIBO_SHOTS"):
        from desktop.ui.i18n import install_language

        translator = install_language(qapp, "vi")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
