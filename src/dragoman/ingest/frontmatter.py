"""The simple front matter block that may open a .txt or .md input.

The block is a ``---`` line, then ``key: value`` lines, then a closing ``---`` line::

    ---
    title: Russia recognises the Taliban government
    published: 2025-07-04
    url: https://example.org/news/1
    source: Example News
    id: example-001
    ---
    Russia has officially recognised ...

Keys are ``title``, ``published``, ``url``, ``source`` and ``id``; other keys, blank lines and ``#`` comment
lines are ignored, and a value may be wrapped in single or double quotes. The block is removed from the text,
together with any blank lines right after it. If the opening ``---`` is not followed by well-formed
``key: value`` lines and a closing ``---`` within the first 50 lines, the input has no front matter and its
whole content is the text (a Markdown horizontal rule at the top stays a horizontal rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FRONT_MATTER_KEYS = ("title", "published", "url", "source", "id")
_FENCE = "---"
_MAX_LINES = 50
_FIELD = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\r?\n)+")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The fields a front matter block sets; empty string = not given."""

    title: str = ""
    published: str = ""
    url: str = ""
    source: str = ""
    id: str = ""


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """Split ``text`` into its front matter (None when it has none) and the text after it."""
    fields: dict[str, str] = {}
    pos = 0
    for number in range(_MAX_LINES + 1):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        stripped = line.strip()
        pos = len(text) if end < 0 else end + 1
        if number == 0:
            if stripped != _FENCE:
                return None, text
        elif stripped == _FENCE:
            body = _LEADING_BLANK_LINES.sub("", text[pos:])
            known = {key: fields[key] for key in FRONT_MATTER_KEYS if key in fields}
            return FrontMatter(**known), body
        elif stripped and not stripped.startswith("#"):
            match = _FIELD.fullmatch(stripped)
            if match is None:
                return None, text
            fields[match.group(1).lower()] = _unquote(match.group(2))
        if end < 0:
            break
    return None, text
