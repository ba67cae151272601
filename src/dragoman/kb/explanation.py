"""Why a name resolves as it does: the knowledge-base candidates of a name and the spell valid at a date.

``describe_form`` answers for one surface form of the knowledge base (what entity it names, with which code
and sector on the date, from which dated role or status); :func:`dragoman.nlp.explain.explain_actor` gathers
the candidates of a whole phrase and adds what the resolver chose; ``dragoman actors NAME --date D`` prints
it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dragoman.kb.base import KnowledgeBase
from dragoman.kb.records import FormKind, GroupStatus, PersonRole, SurfaceForm
from dragoman.model import ActorKind, ActorRef


@dataclass(frozen=True, slots=True)
class Spell:
    """One dated role of a person or status of a group, as the explanation shows it."""

    label: str  # "Foreign Minister", "insurgency against the Afghan government ..."
    code: str
    sector: str
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class ActorCandidate:
    """One knowledge-base entity that a piece of the name may mean, as it stands on the date asked."""

    text: str  # the text that matched: "Lavrov"
    entity_id: str  # "sergey-lavrov", "RUS", "NATO", "taliban", or the role phrase
    kind: ActorKind
    form: FormKind  # which column matched: name, alias, capital, seat or adjective
    name: str  # canonical name
    code: str  # country-level code on the date ("" for a role word)
    sector: str  # sector on the date
    spell: Spell | None  # the role or status chosen for the date (people and groups)
    current: bool  # whether that spell covers the date (False: the latest before it, or the first after)
    spells: tuple[Spell, ...]  # every dated role or status, earliest first


@dataclass(frozen=True, slots=True)
class ActorExplanation:
    """How ``name`` resolves on ``on``: its candidates, the actors chosen, and the reasons in words."""

    name: str
    on: date | None
    candidates: tuple[ActorCandidate, ...]
    chosen: tuple[ActorRef, ...]
    reasons: tuple[str, ...]


def _person_spell(spell: PersonRole) -> Spell:
    return Spell(spell.role, spell.country, spell.sector, spell.start, spell.end)


def _group_spell(spell: GroupStatus) -> Spell:
    label = spell.note or spell.sector
    return Spell(label, spell.country, spell.sector, spell.valid_from, spell.valid_to)


def describe_form(kb: KnowledgeBase, form: SurfaceForm, on: date | None) -> ActorCandidate:
    """The candidate a surface form stands for on ``on`` (``None``: the latest role or status)."""
    if form.kind == ActorKind.PERSON:
        spells = tuple(_person_spell(s) for s in kb.people.get(form.entity_id, ()))
        found = kb.person_role(form.entity_id, on)
        if found is None:
            return ActorCandidate(
                form.text, form.entity_id, form.kind, form.form, form.text, "", "", None, False, ()
            )
        role, current = found
        sector = role.sector if current else "ELI"
        spell = _person_spell(role)
        return ActorCandidate(
            form.text,
            form.entity_id,
            form.kind,
            form.form,
            role.name,
            role.country,
            sector,
            spell,
            current,
            spells,
        )
    if form.kind == ActorKind.GROUP:
        status = kb.group_status(form.entity_id, on)
        current = on is None or status.valid_on(on)
        spells = tuple(_group_spell(s) for s in kb.groups[form.entity_id])
        return ActorCandidate(
            form.text,
            form.entity_id,
            form.kind,
            form.form,
            status.name,
            status.country,
            status.sector,
            _group_spell(status),
            current,
            spells,
        )
    if form.kind == ActorKind.IGO:
        igo = kb.igos[form.entity_id]
        code = kb.country_level(form.entity_id)
        return ActorCandidate(
            form.text, form.entity_id, form.kind, form.form, igo.name, code, "", None, True, ()
        )
    if form.kind == ActorKind.STATE:
        state = kb.states[form.entity_id]
        sector = "GOV" if form.form in (FormKind.CAPITAL, FormKind.SEAT) else ""
        return ActorCandidate(
            form.text, form.entity_id, form.kind, form.form, state.name, state.iso3, sector, None, True, ()
        )
    sector = next((r.sector for r in kb.roles if r.phrase == form.entity_id), "")
    return ActorCandidate(
        form.text, form.entity_id, form.kind, form.form, form.text, "", sector, None, True, ()
    )
