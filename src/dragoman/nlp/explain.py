"""Explaining a resolution: how a name or phrase ("Lavrov", "the Afghan foreign minister") resolves on a date.

The phrase is parsed alone; its knowledge-base hits are the candidates (each described at the date by
:func:`dragoman.kb.explanation.describe_form`), and the resolver's answer for the head of the phrase is the
choice. The reasons are short sentences a user can check against the knowledge-base rows.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dragoman.kb import PersonRole
from dragoman.kb.explanation import ActorCandidate, ActorExplanation, Spell, describe_form
from dragoman.model import ActorKind, ActorRef
from dragoman.nlp.actors import ActorMatcher, ActorResolver


def explain_actor(name: str, on: date | None, nlp: Language, matcher: ActorMatcher) -> ActorExplanation:
    """How ``name`` resolves on ``on`` (``None``: the latest roles), with its candidates and reasons."""
    doc = nlp(name.strip())
    resolver = ActorResolver(doc, matcher, on)
    hits = sorted({h.start: h for h in resolver.hits.values()}.values(), key=lambda h: h.start)
    candidates = tuple(describe_form(matcher.kb, form, on) for hit in hits for form in hit.forms)
    chosen: tuple[ActorRef, ...] = ()
    if len(doc):
        chosen = tuple(resolver.actors(doc[:].root))
    reasons = [_candidate_reason(c, on) for c in candidates]
    if not candidates:
        reasons.append(
            f"no name, alias, capital, seat, adjective or role phrase of the knowledge base in {name!r}"
        )
    if len(chosen) > 1:
        reasons.append("a coordination or a list: one actor for each member")
    named = {c.entity_id for c in candidates}
    reasons.extend(_choice_reason(ref, matcher, named, on) for ref in chosen)
    if candidates and not chosen:
        reasons.append("no country-level actor: a role word alone names no state or body")
    return ActorExplanation(name=name, on=on, candidates=candidates, chosen=chosen, reasons=tuple(reasons))


def spell_dates(spell: Spell) -> str:
    start = spell.start.isoformat() if spell.start else "…"
    end = spell.end.isoformat() if spell.end else "…"
    return f"{start} to {end}"


def _candidate_reason(c: ActorCandidate, on: date | None) -> str:
    what = f"{c.text!r} ({c.form.value}) names {c.name} ({c.kind.value} {c.entity_id})"
    if c.kind == ActorKind.ROLE:
        return f"{c.text!r} is a role phrase: sector {c.sector or '-'}"
    when = on.isoformat() if on else "the latest date known"
    if c.spell is None:
        return f"{what}: code {c.code}" + (
            f", sector {c.sector} (a capital or seat stands for the government)" if c.sector else ""
        )
    if c.current:
        return f"{what}; on {when}: {c.spell.label} ({spell_dates(c.spell)}) -> {c.code} {c.sector or '-'}"
    return (
        f"{what}; no spell covers {when}: the nearest is {c.spell.label} ({spell_dates(c.spell)}), "
        f"so {c.code} {c.sector or '-'}"
    )


def _choice_reason(ref: ActorRef, matcher: ActorMatcher, named: set[str], on: date | None) -> str:
    label = f"chosen {ref.code} {ref.sector or '-'} ({ref.entity or ref.text}) for {ref.text!r}"
    if ref.kind == ActorKind.PERSON and ref.entity_id in named:
        return f"{label}: a person, coded by the role valid on the date"
    if ref.kind == ActorKind.PERSON:
        when = on.isoformat() if on else "the date"
        spells = [s for s in matcher.kb.people.get(ref.entity_id, ()) if on is not None and s.valid_on(on)]
        held = f" ({spells[-1].role}, {spell_dates(_spell(spells[-1]))})" if spells else ""
        return f"{label}: a title without a name; on {when} its holder is {ref.entity}{held}"
    if ref.kind == ActorKind.ROLE:
        return f"{label}: the role word gives the sector, the name or adjective the country"
    if ref.kind == ActorKind.GROUP:
        return f"{label}: a group, coded by its status on the date"
    return label


def _spell(role: PersonRole) -> Spell:
    return Spell(role.role, role.country, role.sector, role.start, role.end)
