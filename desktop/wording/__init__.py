"""What the core says to a user (refusals, validation errors), in one catalogue per language.

The core never writes a sentence inline: it says `say("restore.missing", path=p)` and raises
`UserError(that)`. A `Text` keeps the key and its values; each front end renders it in its own
language (the window in the one it runs in, the CLI in `--lang`). Documents (PDFs) are always
Vietnamese, so builders render with "vi".

A key is "area.name": the template lives in `desktop/wording/<lang>/<area>.py`, in a dict named
`MESSAGES`, with `str.format` placeholders. Both languages have the same keys and placeholders
(checked by tests/unit/test_wording.py). Vietnamese is the fallback for a missing English entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import Any

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


@dataclass(frozen=True)
class Text:
    """A sentence not yet put into words: a catalogue key and the values it names."""

    key: str
    values: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        template = catalogue(lang, self.area).get(self.name)
        if template is None:
            template = catalogue(DEFAULT_LANGUAGE, self.area)[self.name]
        return template.format(**{name: render(value, lang) for name, value in self.values})

    @property
    def area(self) -> str:
        return self.key.partition(".")[0]

    @property
    def name(self) -> str:
        return self.key.partition(".")[2]

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class Joined:
    """Several values said as one list ("a; b"), each in the language of the sentence."""

    parts: tuple[Any, ...]
    separator: Any = ", "  # a string, or a Text said in the same language (" hoặc ")

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return str(render(self.separator, lang)).join(str(render(part, lang)) for part in self.parts)

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


def joined(parts: Iterable[Any], separator: Any = ", ") -> Joined:
    return Joined(tuple(parts), separator)


def say(key: str, **values: Any) -> Text:
    """The sentence `key` with `values`; an unknown key fails here, where it is written."""
    text = Text(key, tuple(values.items()))
    if text.name not in catalogue(DEFAULT_LANGUAGE, text.area):
        raise KeyError(f"no wording for {key!r}")
    return text


def render(value: Any, lang: str = DEFAULT_LANGUAGE) -> Any:
    """A Text in `lang`; a tuple of values as a comma-separated list ("Tên chi bộ, Mã chi
    bộ"); any other value as it is (numbers, paths, names)."""
    if isinstance(value, tuple):
        return ", ".join(str(render(item, lang)) for item in value)
    return value.render(lang) if isinstance(value, (Text, Joined)) else value


@cache
def catalogue(lang: str, area: str) -> Mapping[str, str]:
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    try:
        module = import_module(f"desktop.wording.{lang}.{area}")
    except ModuleNotFoundError:
        return {}
    return module.MESSAGES
