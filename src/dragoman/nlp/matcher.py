"""Finding knowledge-base surface forms in a doc: names, aliases, capitals, seats, adjectives, role phrases.

``ActorMatcher`` is built once per (vocab, knowledge base) with spaCy phrase matchers; ``hits(doc)`` maps
every covered token to its longest match; :mod:`dragoman.nlp.actors` resolves what they denote.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.kb import KnowledgeBase, PersonRole, SurfaceForm
from dragoman.nlp.syntax import char_offsets

KIND_RANK = {"person": 0, "group": 1, "igo": 2, "state": 3, "role": 9}
FORM_RANK = {"name": 0, "alias": 1, "seat": 2, "capital": 3, "adjective": 4}


def role_key(text: str) -> str:
    """A role phrase as compared with the knowledge base's role names: lower case, US spelling folded."""
    key = text.lower().replace("-", " ").replace("defense", "defence")
    return key.removeprefix("acting ").strip()


def _best(forms: tuple[SurfaceForm, ...]) -> SurfaceForm:
    return min(forms, key=lambda f: (KIND_RANK.get(f.kind, 5), FORM_RANK.get(f.form, 5)))


class KbHit(NamedTuple):
    """A knowledge-base surface form found at tokens [start, end) of a doc; ``best`` is the form that
    names it first (a person before a group, an IGO, a state, a role; a name before an alias ...)."""

    start: int
    end: int
    forms: tuple[SurfaceForm, ...]
    best: SurfaceForm


@dataclass(frozen=True, slots=True)
class _Entry:
    """What one phrase-matcher key stands for, precomputed: its forms and their best."""

    forms: tuple[SurfaceForm, ...]
    best: SurfaceForm
    roles: tuple[SurfaceForm, ...]  # the role forms among them (for lower-case text)
    roles_only: bool


def _entry(forms: list[SurfaceForm]) -> _Entry:
    roles = tuple(f for f in forms if f.kind == "role")
    return _Entry(tuple(forms), _best(tuple(forms)), roles, len(roles) == len(forms))


class ActorMatcher:
    """Finds knowledge-base surface forms in docs. Built once per (vocab, knowledge base)."""

    def __init__(self, vocab: Vocab, kb: KnowledgeBase, make_doc: Callable[[str], Doc]) -> None:
        self.kb = kb
        self.role_sectors = {r.phrase.lower(): r.sector for r in kb.roles}
        self.role_kinds = {r.phrase.lower(): r.kind for r in kb.roles}
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._folded = PhraseMatcher(vocab, attr="LOWER")
        self._holders: dict[tuple[str, str], list[PersonRole]] | None = None
        self._name_words: dict[str, set[str]] | None = None  # see ``_other_given_name``
        exact: dict[str, list[SurfaceForm]] = {}
        folded: dict[str, list[SurfaceForm]] = {}
        for form in kb.surface_forms():
            text = form.text.strip()
            if not text:
                continue
            if form.kind == "role":
                folded.setdefault(text.lower(), []).append(form)
                continue
            exact.setdefault(text, []).append(form)
            if len(text) >= 4 and not text.isupper() and form.kind != "person" and not _titled(kb, form):
                folded.setdefault(text.lower(), []).append(form)
        strings = vocab.strings
        self._exact_entries: dict[int, _Entry] = {}
        self._folded_entries: dict[int, _Entry] = {}
        for text, forms in exact.items():
            self._exact.add(text, [make_doc(text)])
            self._exact_entries[strings.add(text)] = _entry(forms)
        for key, forms in folded.items():
            self._folded.add("~" + key, [make_doc(key)])
            self._folded_entries[strings.add("~" + key)] = _entry(forms)

    def hits(self, doc: Doc, text: str | None = None) -> dict[int, KbHit]:
        """Every token covered by a knowledge-base form, mapped to its hit; longest match wins. ``text``: the
        doc's text, when the caller has already read it."""
        found: list[KbHit] = []
        for match_id, start, end in self._exact(doc):
            entry = self._exact_entries[match_id]
            found.append(KbHit(start, end, entry.forms, entry.best))
        starts, ends = char_offsets(doc) if text is not None else ([], [])
        for match_id, start, end in self._folded(doc):
            entry = self._folded_entries[match_id]
            # the text of the span is lower-case (whitespace between its words is uncased)
            words = doc[start:end].text if text is None else text[starts[start] : ends[end - 1]]
            if entry.roles_only or not words.islower():
                found.append(KbHit(start, end, entry.forms, entry.best))
            elif entry.roles:
                # lower-case text only names roles: "turkey" and "china" are not states
                found.append(KbHit(start, end, entry.roles, _best(entry.roles)))
        if not found:
            return {}
        found.sort(key=lambda h: (h.start - h.end, h.start, KIND_RANK.get(h.best.kind, 5)))
        taken: dict[int, KbHit] = {}
        for hit in found:
            if hit.start in taken or (
                hit.end - hit.start > 1 and any(i in taken for i in range(hit.start, hit.end))
            ):
                continue
            if hit.start >= 2 and all(f.kind == "person" for f in hit.forms) and _hyphenated(doc, hit.start):
                continue  # ("Nazanin Zaghari-Ratcliffe" is not John Ratcliffe)
            if hit.end - hit.start == 1 and self._other_given_name(doc, hit):
                continue  # ("Montenegro's envoy, Tarzan Milosevic" is not Slobodan Milosevic)
            for i in range(hit.start, hit.end):
                taken[i] = hit
        return taken

    def _other_given_name(self, doc: Doc, hit: KbHit) -> bool:
        """Whether a surname the knowledge base knows comes after given names that are none of its
        people's, in one name the model found: another person of that surname ("Tarzan Milosevic",
        "Hunter Biden"). Given names are compared by their first three letters ("Mohammed", "Mohammad")."""
        start = hit.start
        if start == 0 or doc[start].ent_iob_ != "I" or doc[start].ent_type_ != "PERSON":
            return False
        if not all(f.kind == "person" and f.form == "alias" for f in hit.forms):
            return False
        given: list[str] = []
        i = start - 1
        while i >= 0 and doc[i].ent_type_ == "PERSON":
            word = doc[i]
            if (
                word.is_alpha
                and word.is_title
                and word.lower_ not in self.role_sectors
                and word.lower_ not in _HONORIFICS
            ):
                given.append(_fold(word.text)[:3])
            if doc[i].ent_iob_ == "B":
                break
            i -= 1
        if not given:
            return False
        if self._name_words is None:
            words: dict[str, set[str]] = {}
            for form in self.kb.surface_forms():
                if form.kind == "person":
                    words.setdefault(form.entity_id, set()).update(
                        _fold(w)[:3] for w in form.text.split() if w[:1].isalpha()
                    )
            self._name_words = words
        known = set().union(*(self._name_words.get(f.entity_id, set()) for f in hit.forms))
        return not any(g in known for g in given)

    def office_holders(self, country: str, role: str, on: date) -> list[PersonRole]:
        """The people holding the office ``role`` ("foreign minister") of ``country`` on ``on``."""
        if self._holders is None:
            holders: dict[tuple[str, str], list[PersonRole]] = {}
            for spells in self.kb.people.values():
                for spell in spells:
                    holders.setdefault((spell.country, role_key(spell.role)), []).append(spell)
            self._holders = holders
        return [s for s in self._holders.get((country, role_key(role)), ()) if s.valid_on(on)]


# words of address before a name, no given names ("Mrs Haley", "Mr. Trump", "Sheikh Tamim")
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "madam", "monsieur", "madame"}
    | {"sheikh", "sheik", "emir", "prince", "princess", "king", "queen", "general", "gen", "col", "mullah"}
)


def _fold(word: str) -> str:
    """A word lower-cased without its accents: "Erdoğan" -> "erdogan"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _titled(kb: KnowledgeBase, form: SurfaceForm) -> bool:
    """Whether a form is the title of a medium, made of common words that name it only capitalised as it is
    written: "Russia Today", not "visited Russia today"; "The Times", "Voice of America"."""
    spells = kb.groups.get(form.entity_id, ()) if form.kind == "group" else ()
    return bool(spells) and all(spell.sector == "MED" for spell in spells)


def _hyphenated(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a hyphenated name: "Zaghari-Ratcliffe" (the tokenizer splits it in three)."""
    hyphen, before = doc[i - 1], doc[i - 2]
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and not before.whitespace_
        and before.is_alpha
        and before.is_title
        and before.lower_ not in _NAME_PARTICLES  # ("al-Sisi", "Abu-Mazen": one person's name)
    )


_NAME_PARTICLES = frozenset(
    {"al", "el", "abu", "bin", "ibn", "ben", "bint", "ould", "ag", "ul", "ad", "ash", "ar"}
)
