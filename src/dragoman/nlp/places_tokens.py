"""Places: the token attributes places reads, as plain lists read once per doc.

``doc[i]`` builds a new ``Token`` on every access and each of its attributes is looked up again; the
recognisers of :mod:`dragoman.nlp.places` read these lists instead.
"""

from __future__ import annotations

import bisect

from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_TITLE, IS_UPPER, LOWER, ORTH, SPACY, TAG
from spacy.tokens import Doc


class _Tokens:
    """The attributes of every token of one doc as plain lists, read once per doc (``doc[i]`` builds a new
    ``Token`` on every access, and each attribute of it is looked up again): the token's text, lower-case
    form, tag, whether it is title-case, all-capital, alphabetic, lower-case or punctuation, whether
    whitespace follows it, and its character offset."""

    __slots__ = (
        "alpha",
        "doc",
        "idx",
        "is_lower",
        "lower",
        "punct",
        "size",
        "space",
        "tag",
        "text",
        "title",
        "upper",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.size = len(doc)
        array = doc.to_array(_TOKEN_ATTRS)
        orth, lower, tag = array[:, :3].T.tolist()
        self.title, self.upper, self.alpha, self.is_lower, self.punct, self.space = (
            array[:, 3:9].T.astype(bool).tolist()
        )
        self.idx: list[int] = array[:, 9].tolist()
        self.text = _strings(doc, orth)
        self.lower = _strings(doc, lower)
        self.tag = _strings(doc, tag)


def _char_span(toks: _Tokens, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The tokens ``start:end`` of ``doc.char_span(start_char, end_char)`` (``None`` when the characters do
    not start and end at token boundaries), found in the offsets read once."""
    idx = toks.idx
    start = bisect.bisect_left(idx, start_char)
    if start == toks.size or idx[start] != start_char:
        return None
    last = bisect.bisect_right(idx, end_char - 1) - 1
    if last < start or idx[last] + len(toks.text[last]) != end_char:
        return None
    return start, last + 1


_TOKEN_ATTRS = [ORTH, LOWER, TAG, IS_TITLE, IS_UPPER, IS_ALPHA, IS_LOWER, IS_PUNCT, SPACY, IDX]
# The strings of the string ids read so far (the same for every vocab: an id is a hash of its string); a
# dict is read faster than the vocab's string store. Emptied when it grows past ``_STRINGS_KEPT``.
_STRING_OF: dict[int, str] = {}
_STRINGS_KEPT = 500_000


def _strings(doc: Doc, ids: list[int]) -> list[str]:
    """The strings of string ids of the doc's vocab."""
    known = _STRING_OF
    try:
        return list(map(known.__getitem__, ids))
    except KeyError:
        if len(known) > _STRINGS_KEPT:
            known.clear()
        strings = doc.vocab.strings
        for key in ids:
            if key not in known:
                known[key] = strings[key]
        return list(map(known.__getitem__, ids))
