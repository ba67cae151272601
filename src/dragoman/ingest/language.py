"""Which language an article is written in (py3langid, offline: its model ships inside the package).

Dragoman codes English text only. An article whose text is confidently detected as another language is
not coded: it becomes a ``Failure`` at stage ``language`` with code ``E109`` naming the language found.
Texts too short to judge (fewer than ``MIN_LETTERS`` letters) are kept, and so are texts where no language
reaches ``MIN_CONFIDENCE`` or a kept language keeps at least ``KEEP_FLOOR``: English news full of foreign
names scores low for every language and must not be lost.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from typing import Protocol, cast

from dragoman.errors import NotEnglish
from dragoman.ingest.common import input_failure
from dragoman.model import Article, Failure

log = logging.getLogger(__name__)

ENGLISH = frozenset({"en"})
MIN_LETTERS = 40  # below this, detection is a guess: keep the text
MIN_CONFIDENCE = 0.50  # skip only when another language is at least this likely
KEEP_FLOOR = 0.01  # ... and the kept languages together are less likely than this
SAMPLE_CHARS = 4000  # detection reads this much from the start, the middle and the end of a long text


@dataclass(frozen=True, slots=True)
class Language:
    """A detected language: ISO 639-1 code (``und`` when undecided) and the probability given to it."""

    code: str
    confidence: float

    @property
    def name(self) -> str:
        return language_name(self.code)


class _Identifier(Protocol):
    def rank(self, text: str) -> list[tuple[str, float]]: ...


@cache
def _identifier() -> _Identifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    log.debug("loading the py3langid model")
    return cast(_Identifier, LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))


@cache
def language_name(code: str) -> str:
    """The English name of an ISO 639-1 code (``fr`` -> ``French``), or the code when unknown."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found is not None else code


def _sample(text: str) -> str:
    if len(text) <= 3 * SAMPLE_CHARS:
        return text
    middle = len(text) // 2 - SAMPLE_CHARS // 2
    return " ".join((text[:SAMPLE_CHARS], text[middle : middle + SAMPLE_CHARS], text[-SAMPLE_CHARS:]))


def rank_languages(text: str) -> list[Language]:
    """Every language with its probability for ``text``, best first; empty when it has too few letters."""
    sample = _sample(text)
    if sum(1 for char in sample if char.isalpha()) < MIN_LETTERS:
        return []
    return [Language(str(code), float(score)) for code, score in _identifier().rank(sample)]


def detect_language(text: str) -> Language:
    """The most likely language of ``text``; ``und`` with confidence 0 when it has too few letters."""
    ranked = rank_languages(text)
    return ranked[0] if ranked else Language("und", 0.0)


def check_language(article: Article, keep: Collection[str] = ENGLISH) -> Article | Failure:
    """``article``, or a ``language`` failure when its text is clearly in a language not in ``keep``."""
    ranked = rank_languages(article.text)
    if not ranked:
        return article
    found = ranked[0]
    kept = sum(language.confidence for language in ranked if language.code in keep)
    if found.code in keep or found.confidence < MIN_CONFIDENCE or kept >= KEEP_FLOOR:
        return article
    wanted = ", ".join(language_name(code) for code in sorted(keep)) or "none"
    reason = (
        f"{article.label}: the text is in {found.name} ({found.code}, confidence {found.confidence:.2f}); "
        f"skipped: only {wanted} is coded"
    )
    return input_failure(article.label, NotEnglish(reason), article.id)
