"""The actor knowledge base: typed tables and the questions the pipeline asks of them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from types import MappingProxyType

from dragoman.errors import KnowledgeBaseError
from dragoman.kb.records import FormKind, GroupStatus, Igo, PersonRole, RoleWord, State, SurfaceForm
from dragoman.model import ActorKind

_WS = re.compile(r"\s+")
# The Arabic article before a capitalised word, however it is written: "al-Bashir", "El Bashir", "Al-Assad".
_ARTICLE = re.compile(r"(?<![\w-])([Aa]l|[Ee]l)[- ](?=[A-Z])")
_ARTICLE_SPELLINGS = ("al-", "el-", "Al-", "El-", "al ", "el ", "Al ", "El ")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_FOLD_MIN = 4  # shortest form that a different-case text may match


def _text_key(text: str) -> str:
    """Text as compared by ``lookup``: typographic apostrophes made straight, whitespace runs collapsed."""
    return _WS.sub(" ", text.translate(_QUOTES)).strip()


def article_spellings(text: str) -> tuple[str, ...]:
    """A name and its other spellings of the Arabic article, the name first: "Omar al-Bashir" is also written
    "Omar El Bashir", "Omar el-Bashir" ... (every article of the name takes the same spelling)."""
    if not _ARTICLE.search(text):
        return (text,)
    spellings = [text]
    for article in _ARTICLE_SPELLINGS:
        spelling = _ARTICLE.sub(article, text)
        if spelling not in spellings:
            spellings.append(spelling)
    return tuple(spellings)


def _folds(form: SurfaceForm) -> bool:
    """Whether a form may match text in another case: 4+ characters and not an all-caps abbreviation."""
    return len(form.text) >= _FOLD_MIN and not form.text.isupper()


def _start_key(day: date | None) -> date:
    return date.min if day is None else day


class KnowledgeBase:
    """States, international bodies, groups with dated statuses, role words and people with dated roles.

    Build one with :func:`dragoman.kb.load_kb`; the constructor takes already validated records.
    Groups and people are held as tuples of spells sorted by start date.
    """

    def __init__(
        self,
        *,
        states: Mapping[str, State],
        igos: Mapping[str, Igo],
        groups: Mapping[str, Iterable[GroupStatus]],
        roles: Iterable[RoleWord],
        people: Mapping[str, Iterable[PersonRole]],
    ) -> None:
        self._states = MappingProxyType(dict(states))
        self._igos = MappingProxyType(dict(igos))
        self._groups = MappingProxyType(
            {
                gid: tuple(sorted(rows, key=lambda row: _start_key(row.valid_from)))
                for gid, rows in groups.items()
            }
        )
        self._roles = tuple(roles)
        self._people = MappingProxyType(
            {pid: tuple(sorted(rows, key=lambda row: _start_key(row.start))) for pid, rows in people.items()}
        )
        self._forms: tuple[SurfaceForm, ...] | None = None
        self._exact: dict[str, tuple[SurfaceForm, ...]] = {}
        self._folded: dict[str, tuple[SurfaceForm, ...]] = {}

    def __repr__(self) -> str:
        return (
            f"KnowledgeBase(states={len(self._states)}, igos={len(self._igos)}, groups={len(self._groups)}, "
            f"roles={len(self._roles)}, people={len(self._people)})"
        )

    @property
    def states(self) -> Mapping[str, State]:
        """States by iso3."""
        return self._states

    @property
    def igos(self) -> Mapping[str, Igo]:
        """International bodies by id."""
        return self._igos

    @property
    def groups(self) -> Mapping[str, tuple[GroupStatus, ...]]:
        """Groups by id: their status spells, earliest first."""
        return self._groups

    @property
    def roles(self) -> tuple[RoleWord, ...]:
        return self._roles

    @property
    def people(self) -> Mapping[str, tuple[PersonRole, ...]]:
        """People by id: their role spells, earliest first."""
        return self._people

    def country_level(self, igo_id: str) -> str:
        """The country-level code of an IGO: the top of its parent chain (``UNSC`` -> ``UN``).

        A state's iso3 is returned as it is; an unknown id raises ``KeyError``.
        """
        if igo_id in self._states:
            return igo_id
        if igo_id not in self._igos:
            raise KeyError(f"unknown IGO id {igo_id!r}")
        seen = [igo_id]
        current = self._igos[igo_id]
        while current.parent:
            if current.parent in seen or current.parent not in self._igos:
                raise KnowledgeBaseError(f"broken parent chain for IGO {igo_id!r}: {' -> '.join(seen)}")
            seen.append(current.parent)
            current = self._igos[current.parent]
        return current.id

    def group_status(self, group_id: str, on: date | None = None) -> GroupStatus:
        """The group's status valid on ``on``; ``None`` gives the latest status.

        A date no spell covers gives the spell that ended last before it, else (a date before every spell)
        the earliest spell.
        """
        if group_id not in self._groups:
            raise KeyError(f"unknown group id {group_id!r}")
        spells = self._groups[group_id]
        if on is None:
            return spells[-1]
        for spell in reversed(spells):
            if spell.valid_on(on):
                return spell
        ended = [spell for spell in spells if spell.valid_to is not None and spell.valid_to < on]
        if ended:
            return max(ended, key=lambda spell: _start_key(spell.valid_to))
        return spells[0]

    def person_role(self, person_id: str, on: date | None = None) -> tuple[PersonRole, bool] | None:
        """The person's role on ``on`` and whether it is current then; ``None`` for an unknown person.

        The role valid on the date (the latest begun, if several) is current. Otherwise the most recent role
        that ended before the date is returned as former (``False``), else the earliest role that starts after
        it, also ``False``. With no date: the latest open-ended role (current), else the last role to end.
        """
        spells = self._people.get(person_id, ())
        if not spells:
            return None
        if on is None:
            open_ended = [spell for spell in spells if spell.end is None]
            if open_ended:
                return open_ended[-1], True
            return max(spells, key=lambda spell: _start_key(spell.end)), False
        valid = [spell for spell in spells if spell.valid_on(on)]
        if valid:
            return valid[-1], True
        ended = [spell for spell in spells if spell.end is not None and spell.end < on]
        if ended:
            return max(ended, key=lambda spell: _start_key(spell.end)), False
        return spells[0], False

    def surface_forms(self) -> tuple[SurfaceForm, ...]:
        """Every name, alias, capital, seat and adjective of every entity, and every role phrase (as a name).

        A state's official name counts as an alias. A text listed twice for one entity is kept once, with
        the first of name, alias, capital, seat, adjective. Computed once, then cached.
        """
        if self._forms is None:
            unique: dict[tuple[str, ActorKind, str], SurfaceForm] = {}
            for form in self._iter_forms():
                unique.setdefault((form.text, form.kind, form.entity_id), form)
            self._forms = tuple(unique.values())
            exact: dict[str, list[SurfaceForm]] = {}
            folded: dict[str, list[SurfaceForm]] = {}
            for form in self._forms:
                key = _text_key(form.text)
                exact.setdefault(key, []).append(form)
                if _folds(form):
                    folded.setdefault(key.casefold(), []).append(form)
            self._exact = {key: tuple(forms) for key, forms in exact.items()}
            self._folded = {key: tuple(forms) for key, forms in folded.items()}
        return self._forms

    def lookup(self, text: str) -> tuple[SurfaceForm, ...]:
        """The surface forms written exactly as ``text``, else those equal to it in another case.

        Both sides are compared with curly apostrophes made straight and whitespace collapsed. The
        case-insensitive fallback covers only forms of 4+ characters that are not all-caps abbreviations
        (``NATO`` matches only ``NATO``), and a text written all in lower case does not match a capitalised
        form (``turkey`` and ``polish`` are not states; ``Foreign Minister`` finds ``foreign minister``).
        """
        self.surface_forms()
        key = _text_key(text)
        exact = self._exact.get(key)
        if exact:
            return exact
        lower_text = key.islower()
        return tuple(
            form for form in self._folded.get(key.casefold(), ()) if not lower_text or form.text.islower()
        )

    def _iter_forms(self) -> Iterator[SurfaceForm]:
        for iso3, state in self._states.items():
            yield from _forms(ActorKind.STATE, iso3, FormKind.NAME, (state.name,))
            official = (state.official_name,) if state.official_name else ()
            yield from _forms(ActorKind.STATE, iso3, FormKind.ALIAS, official + state.aliases)
            yield from _forms(ActorKind.STATE, iso3, FormKind.CAPITAL, state.capitals)
            yield from _forms(ActorKind.STATE, iso3, FormKind.SEAT, state.seats)
            yield from _forms(ActorKind.STATE, iso3, FormKind.ADJECTIVE, state.adjectives)
        for igo_id, igo in self._igos.items():
            yield from _forms(ActorKind.IGO, igo_id, FormKind.NAME, (igo.name,))
            yield from _forms(ActorKind.IGO, igo_id, FormKind.ALIAS, igo.aliases)
            yield from _forms(ActorKind.IGO, igo_id, FormKind.ADJECTIVE, igo.adjectives)
        for group_id, spells in self._groups.items():
            for spell in spells:
                yield from _forms(ActorKind.GROUP, group_id, FormKind.NAME, article_spellings(spell.name))
            for spell in spells:
                yield from _forms(ActorKind.GROUP, group_id, FormKind.ALIAS, _spelled(spell.aliases))
            for spell in spells:
                yield from _forms(ActorKind.GROUP, group_id, FormKind.ADJECTIVE, spell.adjectives)
        for person_id, roles in self._people.items():
            for role in roles:
                yield from _forms(ActorKind.PERSON, person_id, FormKind.NAME, article_spellings(role.name))
            for role in roles:
                yield from _forms(ActorKind.PERSON, person_id, FormKind.ALIAS, _spelled(role.aliases))
        for word in self._roles:
            yield SurfaceForm(word.phrase, ActorKind.ROLE, word.phrase, FormKind.NAME)


def _forms(kind: ActorKind, entity_id: str, form: FormKind, texts: Iterable[str]) -> Iterator[SurfaceForm]:
    for text in texts:
        yield SurfaceForm(text, kind, entity_id, form)


def _spelled(names: Iterable[str]) -> Iterator[str]:
    for name in names:
        yield from article_spellings(name)
