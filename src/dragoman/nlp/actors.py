"""Actor recognition and resolution on the dependency parse.

``ActorMatcher`` finds every knowledge-base surface form in a doc (names, aliases, capitals, seats of power,
adjectives, role phrases). ``ActorResolver`` turns the head token of a noun phrase into the actors it denotes,
combining the cues inside the phrase ("the Russian Supreme Court" = Russia + court = ``RUS JUD``), with dated
roles and group statuses taken at the article's date. What the phrase itself cannot name (pronouns, surnames,
"the envoy", "the two countries", "the alliance") goes to :mod:`dragoman.nlp.coref`, transparently: a pronoun
token resolves to its antecedent's actors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from dragoman.kb import RoleKind, SurfaceForm
from dragoman.kb.records import FormKind
from dragoman.model import ActorKind, ActorRef, CharSpan
from dragoman.nlp.coref import PRONOUNS, DocCoref
from dragoman.nlp.descriptors import load_descriptors
from dragoman.nlp.gazetteer import FeatureClass, load_gazetteer
from dragoman.nlp.matcher import FORM_RANK, KIND_RANK, ActorMatcher, KbHit
from dragoman.nlp.syntax import children, is_verbal, subjects

__all__ = ["INNER_DEPS", "ActorMatcher", "ActorResolver", "KbHit"]

# Dependencies that stay inside a noun phrase when we collect its cues.
INNER_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "flat", "nummod", "det", "case", "npadvmod"}
)
# Prepositions whose object names the country of an office or body: "officials from China", "the
# government in Kabul", "students throughout Indonesia".
_TOWN_POPULATION = 50_000  # a town smaller than this does not tell the country of an office in it
# Roles that take the body they speak or act for: "a spokesman for the Kremlin".
_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "lawyer", "negotiator"})
_COUNTRY_PREPS = frozenset({"of", "from", "in", "at", "throughout", "across", "inside", "within"})
# Words that make a title a past one: "former President", "ex-minister", "ousted President".
_FORMER = frozenset({"former", "ex", "ousted", "deposed", "exiled", "erstwhile"})
# A name after these prefixes is not a nationality: "anti-Syria journalist", "pro-Russian separatists".
_STANCE_PREFIXES = frozenset({"anti", "pro"})
_TITLE_DEPS = frozenset({"compound", "amod", "flat"})
# "Iran-backed militias", "Russian-funded media": the name is the sponsor, not the nationality.
_SPONSOR_SUFFIXES = frozenset({"backed", "sponsored", "funded", "supported", "armed", "trained", "allied"})
# Nouns for a relation between actors: the possessor is the other side ("Israel's ally", "his counterpart").
RELATIONS = frozenset(
    {"ally", "allies", "partner", "partners", "proxy", "proxies", "client", "enemy", "enemies", "rival"}
    | {"rivals", "counterpart", "counterparts", "opponent", "opponents", "foe", "foes", "adversary"}
    | {"adversaries", "backer", "backers", "patron", "critic", "critics", "neighbour", "neighbours"}
    | {"neighbor", "neighbors"}
)
# Nouns for a state or body that head a phrase naming it by a national cue: "the Russian side".
_ENTITY_NOUNS = frozenset(d.noun for d in load_descriptors().values() if not d.act)
# Nouns for a part or gathering of a body that act as the body when it names them: "the APEC forum", "the
# UNITA militarist wing", "the Hamas leadership" (not "the UN resolution": that is a text, not an agent).
_BODY_PARTS = frozenset(
    {"forum", "wing", "faction", "leadership", "network", "grouping", "summit", "secretariat", "command"}
    | {"branch", "arm", "cell", "cells", "affiliate", "offshoot", "splinter", "factions", "wings"}
)
# Heads that count or gather the people of their "of": "a group of Moroccan diplomats", "members of the
# Syrian parliament", "tens of thousands of students", "the first deployment of NATO troops", "one third of
# the guerrillas" act as those people.
_COLLECTIVE_HEADS = frozenset(
    {"group", "groups", "member", "members", "handful", "crowd", "crowds", "number", "team", "teams"}
    | {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million"}
    | {"millions", "tens", "deployment", "contingent", "contingents", "detachment", "batch", "patch", "unit"}
    | {"units", "column", "convoy", "wave", "busload", "planeload", "half", "third", "quarter", "majority"}
    | {"minority", "most", "many", "some", "several", "few", "all", "rest", "bulk", "part", "remnants"}
    | {"remainder", "each", "one", "both"}
)
# Modifiers that place an office or body at home: "a newspaper based in Beirut", "militants operating in
# Pakistan" (not "stationed", "deployed" or "held in": troops and hostages are often foreigners there).
_PLACED = frozenset({"based", "headquartered", "located", "living", "residing", "operating"})
_PLACE_PREPS = frozenset({"in", "at", "inside", "within", "throughout", "across"})
# Modifiers of forces that are foreign where they are: "the withdrawal of invasion forces from Panama".
_FOREIGN = frozenset(
    {"invasion", "invading", "occupation", "occupying", "foreign", "expeditionary", "intervention"}
)
# "parties to the conflict in Iraq", "both sides in the Yemeni war": the sides of a war are of its country.
_SIDES = frozenset({"party", "parties", "side", "sides", "belligerents", "combatants"})
_CONFLICTS = frozenset({"conflict", "war", "fighting", "civil war", "crisis", "hostilities", "dispute"})
# Modifiers of allegiance: "forces loyal to Assad", "workers affiliated with the Serbian union".
_ALLEGIANT = frozenset(
    {"loyal", "affiliated", "linked", "tied", "attached", "belonging", "aligned", "answering", "answerable"}
    | {"close", "connected", "faithful"}
)
_ALLEGIANCE_PREPS = frozenset({"to", "with"})
# Sectors of people and bodies of a state's own society, and of the state's bodies that act on them: the
# protesters a police force disperses, the newspaper a government closes are of that state ("Egyptian police
# dispersed fundamentalist demonstrators", "Nicaragua's government ordered the opposition newspaper La Prensa
# to suspend publication").
_DOMESTIC = frozenset({"OPP", "EDU", "LAB", "MED", "CVL", "RAD", "REL", "HRI", "CRM"})
_AUTHORITIES = frozenset({"COP", "GOV", "JUD"})
# Office holders on the receiving end of a coercive act of a state's police, government or courts are of that
# state too: "Ecuadorian police arrested former Vice President Jorge Glas".
_OFFICES = frozenset({"GOV", "ELI", "LEG", "JUD", "MIL"})
_COERCIONS = frozenset(
    {"arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "indict", "prosecute", "try"}
    | {"dismiss", "sack", "fire", "suspend", "ban", "impeach", "remove", "oust", "depose", "execute"}
    | {"release", "free", "pardon", "investigate", "question", "raid", "search", "disqualify", "bar"}
)
_DONE_TO = frozenset({"dobj", "obj", "nsubjpass"})
# Acts a state does to foreigners rather than to its own people: "China expelled journalists".
_TO_FOREIGNERS = frozenset(
    {"expel", "deport", "extradite", "repatriate", "accredit", "host", "receive", "welcome", "invite", "meet"}
)


@dataclass(frozen=True, slots=True)
class _Cue:
    hit: KbHit
    form: SurfaceForm
    depth: int  # 0: the head itself; higher: further inside the phrase


@dataclass(frozen=True, slots=True)
class _Role:
    """The role word of a phrase that decides its sector: "foreign ministry" over "foreign"."""

    phrase: str
    sector: str
    kind: RoleKind | None
    on_head: bool  # the role word is the head of the phrase ("the Afghan foreign minister")


class ActorResolver:
    """Resolves noun-phrase heads to actors, for one doc at one date. Build one per doc."""

    def __init__(self, doc: Doc, matcher: ActorMatcher, on: date | None) -> None:
        self.doc = doc
        self.matcher = matcher
        self.kb = matcher.kb
        self.role_sectors = matcher.role_sectors
        self.on = on
        self.hits = matcher.hits(doc)
        self._phrases: dict[int, tuple[ActorRef, ...]] = {}
        self._coref: DocCoref | None = None
        self._named_people: frozenset[str] | None = None
        self._entities: dict[tuple[str, str, str], tuple[str, str, str, ActorKind, str]] = {}
        self._mentions: tuple[tuple[Span, ActorRef], ...] | None = None
        self._ents: tuple[Span, ...] | None = None
        self._asking: set[int] = set()  # heads whose domestic authority is being looked for

    @property
    def ents(self) -> tuple[Span, ...]:
        """The doc's named entities, read once (``Doc.ents`` builds a new span for each on every access)."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    @property
    def coref(self) -> DocCoref:
        """The doc's coreference index, built on first use."""
        if self._coref is None:
            self._coref = DocCoref(self)
        return self._coref

    # -- public -----------------------------------------------------------------------------------------
    def actors(self, token: Token, *, agentive: bool = False) -> list[ActorRef]:
        """The actors a noun-phrase head denotes; several for coordinations ("Russia and China").

        ``agentive``: the phrase must name an actor by its head ("Russian diplomats", "the Kremlin", a
        person's name, a pronoun or description with an antecedent), not merely carry a national modifier
        ("a Russian proposal", "the UN resolution").
        """
        out: list[ActorRef] = []
        for head in (token, *self._conjuncts(token)):
            for actor in self._head_actors(head, agentive):
                if actor.code and all(a.code != actor.code or a.span != actor.span for a in out):
                    out.append(actor)
        return out

    def mentions(self) -> Iterator[tuple[Span, ActorRef]]:
        """Every name of a person, group, body or state in the doc, in text order, as the entity it names
        on the date (for the mentions table; without phrase context: "Russian diplomats" mentions Russia)."""
        if self._mentions is None:
            self._mentions = tuple(self._find_mentions())
        return iter(self._mentions)

    def _find_mentions(self) -> Iterator[tuple[Span, ActorRef]]:
        doc = self.doc
        for hit in sorted({h.start: h for h in self.hits.values()}.values(), key=lambda h: h.start):
            form = hit.best
            if form.kind == "role":
                continue
            key = (form.kind, form.entity_id, form.form)
            entity = self._entities.get(key)
            if entity is None:
                entity = self._entity(form)
                self._entities[key] = entity
            if entity[0]:
                span = doc[hit.start : hit.end]
                chars = CharSpan(span.start_char, span.end_char, span.text)
                yield span, ActorRef(chars.text, chars, *entity)

    def _entity(self, form: SurfaceForm) -> tuple[str, str, str, ActorKind, str]:
        """(code, sector, canonical name, kind, id) of what a surface form names on the resolver's date."""
        if form.kind == "person":
            found = self.kb.person_role(form.entity_id, self.on)
            if found is None:
                return ("", "", "", ActorKind.PERSON, form.entity_id)
            spell, current = found
            sector = spell.sector if current else "ELI"
            return (spell.country, sector, spell.name, ActorKind.PERSON, form.entity_id)
        if form.kind == "group":
            status = self.kb.group_status(form.entity_id, self.on)
            return (status.country, status.sector, status.name, ActorKind.GROUP, form.entity_id)
        if form.kind == "igo":
            igo = self.kb.igos[form.entity_id]
            return (self.kb.country_level(form.entity_id), "", igo.name, ActorKind.IGO, form.entity_id)
        state = self.kb.states[form.entity_id]
        sector = "GOV" if form.form in ("capital", "seat") else ""
        return (state.iso3, sector, state.name, ActorKind.STATE, state.iso3)

    def phrase(self, head: Token) -> tuple[ActorRef, ...]:
        """What the noun phrase headed by ``head`` names by its own words (no coreference); cached."""
        cached = self._phrases.get(head.i)
        if cached is None:
            self._phrases[head.i] = ()  # guards against cycles through appositions
            cached = tuple(self._resolve_head(head))
            self._phrases[head.i] = cached
        return cached

    def char_span(self, tokens: Iterable[Token]) -> CharSpan:
        """The stretch of text from the first to the last of ``tokens``."""
        toks = list(tokens)
        first = min(toks, key=lambda t: t.i)
        last = max(toks, key=lambda t: t.i)
        return self._text_span(first.i, last.i + 1)

    def _text_span(self, start: int, end: int) -> CharSpan:
        # Doc.text rebuilds the whole text on each access: take the text of the tokens instead
        span = self.doc[start:end]
        return CharSpan(span.start_char, span.end_char, span.text)

    def role_only(self, token: Token) -> bool:
        """Whether the token is covered by a role phrase and by nothing that names an entity."""
        hit = self.hits.get(token.i)
        return hit is not None and hit.best.kind == "role"

    # -- one head ---------------------------------------------------------------------------------------
    def _head_actors(self, head: Token, agentive: bool) -> tuple[ActorRef, ...]:
        hit = self.hits.get(head.i)
        if hit is None:
            led = self._led_by(head) or self._through_collective(head, agentive) or self._sides_of(head)
            if led:
                return led
        if hit is None:
            # a name, a noun for a state or body with a national cue ("the Russian side", "the Chinese
            # state"), a part of a body it names ("the APEC forum") or a noun with a name in apposition
            # ("Moscow's ally, Damascus") is an agent by its head; other nouns are agents only through
            # coreference
            named = (
                head.pos_ == "PROPN"
                or head.lower_ in _ENTITY_NOUNS
                or (head.lower_ in _BODY_PARTS and self._names_body(head))
                or any(c.dep_ == "appos" and c.i in self.hits for c in children(head))
            )
            refs = self.phrase(head) if (named or not agentive) else ()
            if any(r.code for r in refs):
                return refs
            if head.pos_ == "PROPN":
                apposed = self._by_apposition(head)
                if apposed:
                    return apposed
            found = self.coref.resolve(head)
            if not found and refs:
                found = self._domestic(head, refs[0]) or found
            return found if found is not None else refs
        refs = self.phrase(head)
        if hit.best.kind != "role" or any(r.code for r in refs):
            return refs
        # a role without a country in its own words: "its forces", "officials of the two countries",
        # "the envoy", "the court"
        sector = refs[0].sector if refs else ""
        role_kind = self.matcher.role_kinds.get(hit.best.text.lower())
        found = self._possessed(head, sector, role_kind) or tuple(
            self._country_of(head, sector, role_kind, self.actors)
        )
        if found:
            return found
        described = self.coref.resolve(head)
        if not described and refs:
            described = self._domestic(head, refs[0]) or described
        return described if described is not None else refs

    def _domestic(self, head: Token, ref: ActorRef) -> tuple[ActorRef, ...]:
        """A people or body of a state's own society without a country, on the receiving end of an act of
        that state's police, government or courts, is of that state: "Egyptian police opened fire to
        disperse fundamentalist demonstrators", "the government closed the opposition newspaper"; so is an
        office holder it arrests, tries or dismisses ("police arrested former Vice President Jorge Glas")."""
        if ref.code or head.dep_ not in _DONE_TO:
            return ()
        verb = head.head
        if not is_verbal(verb) or verb.lemma_.lower() in _TO_FOREIGNERS or head.i in self._asking:
            return ()
        if ref.sector not in _DOMESTIC and not (ref.sector in _OFFICES and verb.lemma_.lower() in _COERCIONS):
            return ()
        self._asking.add(head.i)
        try:
            agents = [a for s in subjects(verb) if s.i != head.i for a in self.actors(s, agentive=True)]
        finally:
            self._asking.discard(head.i)
        states = {a.code for a in agents if a.sector in _AUTHORITIES and a.code in self.kb.states}
        if len(states) != 1 or len(agents) != 1:
            return ()
        code = states.pop()
        return (
            ActorRef(ref.text, ref.span, code, ref.sector, self.kb.states[code].name, ActorKind.ROLE, code),
        )

    def _led_by(self, head: Token) -> tuple[ActorRef, ...]:
        """'the Saudi-led coalition', 'US-led forces': a body led by an actor acts as that actor."""
        for amod in children(head):
            if amod.dep_ != "amod" or amod.lower_ != "led":
                continue
            leaders = [c for c in children(amod) if c.i < amod.i and c.i in self.hits]
            if leaders:
                span = self.char_span([leaders[0], head])
                return tuple(
                    ActorRef(span.text, span, ref.code, ref.sector, ref.entity, ref.kind, ref.entity_id)
                    for ref in self.phrase(leaders[0])
                    if ref.code
                )
        return ()

    def _by_apposition(self, head: Token) -> tuple[ActorRef, ...]:
        """A name the knowledge base does not know, described by an apposition that names a country: "Ahmed
        Yusuf, a spokesman for the Somali government", "Omar Haddad, a member of the Syrian parliament"."""
        for appos in children(head):
            if appos.dep_ != "appos" or appos.i < head.i:
                continue
            span = self.char_span([head, appos])
            return tuple(
                ActorRef(span.text, span, ref.code, ref.sector, ref.entity, ActorKind.ROLE, ref.entity_id)
                for ref in self.actors(appos, agentive=True)
                if ref.code
            )
        return ()

    def _through_collective(self, head: Token, agentive: bool) -> tuple[ActorRef, ...]:
        """'a group of Moroccan diplomats', 'members of the Syrian parliament', 'tens of thousands of
        students throughout Indonesia': the people counted or gathered, each with its own span."""
        counted = head.lemma_.lower() in _COLLECTIVE_HEADS or head.lower_ in _COLLECTIVE_HEADS
        if not counted and head.pos_ != "NUM":
            return ()
        for prep in children(head):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in children(prep):
                if pobj.dep_ != "pobj":
                    continue
                found = tuple(ref for ref in self.actors(pobj, agentive=agentive) if ref.code)
                if found:
                    return found
                # "thousands of students throughout Chile": the place may hang on the count
                people = self.phrase(pobj)
                if people and people[0].sector:
                    role_kind = self.matcher.role_kinds.get(people[0].text.lower())
                    return tuple(self._country_of(head, people[0].sector, role_kind, self.actors))
        return ()

    def _sides_of(self, head: Token) -> tuple[ActorRef, ...]:
        """'the parties to the conflict in Iraq', 'both sides in the Yemeni war': the state of the war."""
        if head.lower_ not in _SIDES:
            return ()
        preps = list(children(head))
        if head.i + 1 < len(self.doc) and self.doc[head.i + 1].dep_ == "prep":
            preps.append(self.doc[head.i + 1])  # the parser often hangs "to the conflict" on the verb
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "in", "of"):
                continue
            for war in children(prep):
                if war.dep_ != "pobj" or war.lower_ not in _CONFLICTS:
                    continue
                states = [r for r in self._named(war) if r.kind == ActorKind.STATE]
                if not states:
                    states = [
                        r
                        for p in children(war)
                        if p.dep_ == "prep" and p.lower_ in ("in", "of")
                        for g in children(p)
                        if g.dep_ == "pobj"
                        for r in (self._named(g) or self._town_country(g))
                        if r.kind == ActorKind.STATE
                    ]
                if len({r.code for r in states}) == 1:
                    span = self.char_span([head, war])
                    state = states[0]
                    return (
                        ActorRef(span.text, span, state.code, "", state.entity, ActorKind.ROLE, state.code),
                    )
        return ()

    def _names_body(self, head: Token) -> bool:
        """Whether a modifier of the head names an international body or a group ("the APEC forum")."""
        for child in children(head):
            if child.dep_ not in ("compound", "nmod", "amod", "poss"):
                continue
            hit = self.hits.get(child.i)
            if hit is not None and hit.best.kind in ("igo", "group"):
                return True
        return False

    def _modifier_preps(self, head: Token) -> Iterator[tuple[Token, frozenset[str]]]:
        """The prepositions that may give an office or body its country, with the prepositions allowed: its
        own ("officials from China"), and those of a placing or allegiance modifier ("a newspaper based in
        Beirut", "forces loyal to Assad")."""
        for child in children(head):
            if child.dep_ == "prep":
                yield child, _COUNTRY_PREPS
            elif child.dep_ in ("acl", "amod", "relcl") and child.i > head.i:
                word = child.lower_
                allowed = (
                    _PLACE_PREPS
                    if word in _PLACED
                    else _ALLEGIANCE_PREPS
                    if word in _ALLEGIANT
                    else frozenset[str]()
                )
                if allowed:
                    for prep in children(child):
                        if prep.dep_ == "prep" and prep.lower_ in allowed:
                            yield prep, allowed

    def _possessed(self, head: Token, sector: str, role_kind: RoleKind | None) -> tuple[ActorRef, ...]:
        """'its forces', 'their embassies', 'his government', 'the country's foreign minister': the owner's
        country with the role's sector (not for a relation: "his counterpart" is of another country)."""
        if head.lemma_.lower() in RELATIONS or head.lower_ in RELATIONS:
            return ()
        for child in children(head):
            described = child.pos_ == "NOUN" and child.i not in self.hits and child.lower_ in _ENTITY_NOUNS
            if child.dep_ != "poss" or (child.lower_ not in PRONOUNS and not described):
                continue
            span = self.char_span([child, head])
            owners = self.coref.resolve(child) or ()
            return tuple(
                ActorRef(
                    span.text,
                    span,
                    owner.code,
                    _member_sector(sector, role_kind, owner),
                    owner.entity,
                    ActorKind.ROLE,
                    owner.entity_id,
                )
                for owner in owners
                if owner.code
            )
        return ()

    def _country_of(
        self,
        head: Token,
        sector: str,
        role_kind: RoleKind | None,
        resolve: Callable[[Token], Iterable[ActorRef]],
    ) -> Iterator[ActorRef]:
        """An office or body whose country is given by a prepositional phrase: "officials from Nicaragua
        and China", "the government in Kabul", "representatives of the Taliban"."""
        foreign = any(c.dep_ in ("amod", "compound") and c.lower_ in _FOREIGN for c in children(head))
        for prep, allowed in self._modifier_preps(head):
            if foreign and prep.lower_ != "of":
                continue  # "invasion forces in Panama", "foreign troops from Iraq": not Panama's, not Iraq's
            speaks_for = (
                prep.lower_ == "for" and head.lemma_.lower() in _SPEAKERS
            )  # "a spokesman for the Kremlin"
            if prep.lower_ not in allowed and not speaks_for:
                continue
            for pobj in children(prep):
                if pobj.dep_ != "pobj":
                    continue
                inners = list(resolve(pobj))
                if not any(inner.code for inner in inners) and prep.lower_ in ("in", "from", "at"):
                    inners = self._town_country(pobj)  # "a court in Yekaterinburg"
                for inner in inners:
                    if inner.code:
                        # "officials from Nicaragua and China": one actor each, spanning up to its own name
                        named = self.doc.char_span(inner.span.start, inner.span.end, alignment_mode="expand")
                        end = named.end if named is not None and named.end > head.i else head.i + 1
                        span = self._text_span(head.i, end)
                        yield ActorRef(
                            span.text,
                            span,
                            inner.code,
                            _member_sector(sector, role_kind, inner),
                            inner.entity,
                            ActorKind.ROLE,
                            inner.entity_id,
                        )

    def _town_country(self, name: Token) -> list[ActorRef]:
        """The state of a town named by a proper noun, when the gazetteer knows one clearly larger than any
        namesake: 'a court in Yekaterinburg' is a Russian court, 'protesters in Tehran' Iranian."""
        if name.pos_ != "PROPN" or name.ent_type_ not in ("GPE", "LOC", ""):
            return []
        tokens = [name, *(c for c in children(name) if c.dep_ in ("compound", "flat") and c.i < name.i)]
        span = self.char_span(tokens)
        candidates = sorted(
            (e for e in load_gazetteer().lookup(span.text) if e.feature_class == FeatureClass.PLACE),
            key=lambda e: -e.population,
        )
        if not candidates or candidates[0].population < _TOWN_POPULATION:
            return []
        first = candidates[0]
        if any(c.country != first.country and c.population * 5 > first.population for c in candidates[1:]):
            return []  # two towns of that name, neither clearly the one meant
        state = self.kb.states.get(first.country)
        if state is None:
            return []
        return [ActorRef(span.text, span, first.country, "", state.name, ActorKind.STATE, first.country)]

    def _named(self, token: Token) -> list[ActorRef]:
        """What a phrase and its conjuncts name by their own words (no coreference)."""
        return [ref for t in (token, *self._conjuncts(token)) for ref in self.phrase(t) if ref.code]

    def _conjuncts(self, token: Token) -> Iterable[Token]:
        for conj in token.conjuncts:
            if conj.i > token.i:
                yield conj
                yield from self._listed_appositions(conj)
        yield from self._listed_appositions(token)

    def names_entity(self, token: Token) -> bool:
        hit = self.hits.get(token.i)
        return hit is not None and hit.best.kind in ("state", "igo", "group")

    def _listed_appositions(self, token: Token) -> Iterable[Token]:
        """'Saudi Arabia, the United Arab Emirates, Bahrain and Egypt' is often parsed as an apposition
        followed by conjuncts: a name in apposition to another name is a list, not a description."""
        if not self.names_entity(token):
            return
        for child in children(token):
            if child.dep_ == "appos" and self.names_entity(child):
                yield child
                for conj in child.conjuncts:
                    if conj.i > child.i:
                        yield conj

    def _phrase_tokens(self, head: Token) -> list[tuple[Token, int]]:
        """Tokens of the noun phrase headed by ``head`` with their depth (conjuncts, clauses and most
        prepositional phrases excluded; the possessor of a relation is not a member: "Israel's ally")."""
        out: list[tuple[Token, int]] = [(head, 0)]
        stack: list[tuple[Token, int]] = [(head, 0)]
        relation = head.lemma_.lower() in RELATIONS or head.lower_ in RELATIONS
        while stack:
            tok, depth = stack.pop()
            for child in children(tok):
                if relation and child.dep_ == "poss":
                    continue
                if child.dep_ == "appos" and self.names_entity(child) and self.names_entity(tok):
                    continue  # a list, handled by _conjuncts
                if child.dep_ in INNER_DEPS:
                    out.append((child, depth + 1))
                    stack.append((child, depth + 1))
        return out

    def _cues(self, tokens: Iterable[tuple[Token, int]]) -> list[_Cue]:
        cues: list[_Cue] = []
        seen: set[int] = set()
        doc = self.doc
        for tok, depth in tokens:
            hit = self.hits.get(tok.i)
            if hit is None or hit.start in seen:
                continue
            seen.add(hit.start)
            stance = hit.start >= 2 and doc[hit.start - 1].text == "-"
            if stance and doc[hit.start - 2].lower_ in _STANCE_PREFIXES:
                continue  # "anti-Syria", "pro-Russian": a stance, not a nationality
            sponsor = hit.end + 1 < len(doc) and doc[hit.end].text == "-"
            if sponsor and doc[hit.end + 1].lower_ in _SPONSOR_SUFFIXES:
                continue  # "Iran-backed militias": a sponsor, not the nationality of the militias
            if depth and self._bracketed(hit) and all(f.kind == "person" for f in hit.forms):
                continue  # "Municipality Association (AKK)": an acronym glossing the name before it
            for form in hit.forms:
                cues.append(_Cue(hit, form, depth))
        return cues

    def _bracketed(self, hit: KbHit) -> bool:
        doc = self.doc
        return (
            hit.start > 0
            and hit.end < len(doc)
            and doc[hit.start - 1].text == "("
            and doc[hit.end].text == ")"
        )

    def _resolve_head(self, head: Token) -> list[ActorRef]:
        if head.lower_ in PRONOUNS and head.i not in self.hits:
            return []
        tokens = self._phrase_tokens(head)
        cues = self._cues(tokens)
        ref = self._from_cues(head, cues)
        if ref is not None and ref.code:
            return [self._located(head, ref), *self._coordinated_modifiers(head, tokens, cues)]
        roles = [c for c in cues if c.form.kind == "role"]
        if ref is None or not (ref.sector or roles):
            return []
        role_kind = self.matcher.role_kinds.get(roles[0].form.text.lower()) if roles else None
        # the role alone, without a country, stays as a codeless ref: coreference may find one
        return list(self._country_of(head, ref.sector, role_kind, self._named)) or [ref]

    def _located(self, head: Token, ref: ActorRef) -> ActorRef:
        """'Albanians in southern Serbia', 'ethnic Turks demonstrated in Sweden', 'ethnic Albanian guerrillas
        operating in Macedonia': a people named by a demonym, or a group named by an "ethnic" one, is coded by
        the state where the text places it: in the phrase, or for an "ethnic" people also in its clause."""
        hit = self.hits.get(head.i)
        people = hit is not None and hit.best.form == FormKind.ADJECTIVE and head.tag_ in ("NNS", "NNPS")
        ethnic = self._ethnic(head)
        if not (people or ethnic) or ref.kind not in (ActorKind.STATE, ActorKind.ROLE):
            return ref
        preps = [
            prep
            for prep, allowed in self._modifier_preps(head)
            if prep.lower_ in ("in", "of") or (allowed is _PLACE_PREPS and prep.lower_ in allowed)
        ]
        if ethnic and head.head.i != head.i:
            clause = [p for p in children(head.head) if p.dep_ == "prep" and p.lower_ in ("in", "at")]
            # "killed three ethnic Albanians in a gunbattle in southern Serbia"
            nested = [
                p
                for prep in clause
                for pobj in children(prep)
                if pobj.dep_ == "pobj"
                for p in children(pobj)
                if p.dep_ == "prep" and p.lower_ == "in"
            ]
            preps.extend(clause + nested)
        for prep in preps:
            for pobj in children(prep):
                place = [a for a in self.phrase(pobj) if a.kind == ActorKind.STATE and a.code != ref.code]
                if pobj.dep_ == "pobj" and place:
                    return ActorRef(
                        ref.text,
                        ref.span,
                        place[0].code,
                        ref.sector,
                        place[0].entity,
                        ref.kind,
                        place[0].entity_id,
                    )
        return ref

    def _ethnic(self, head: Token) -> bool:
        """'ethnic Albanians', 'ethnic Serb civilians': the demonym names a people, not a nationality."""
        for child in children(head):
            if child.dep_ == "amod" and child.lower_ == "ethnic":
                return True
            if child.dep_ in ("amod", "compound") and child.i in self.hits:
                if any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in children(child)):
                    return True
                if child.i > 0 and self.doc[child.i - 1].lower_ == "ethnic":
                    return True
        return False

    def _coordinated_modifiers(
        self, head: Token, tokens: list[tuple[Token, int]], cues: list[_Cue]
    ) -> list[ActorRef]:
        """'Russian and Ukrainian delegations', 'US and NATO forces': one actor per coordinated modifier."""
        out: list[ActorRef] = []
        inside = {t.i for t, _ in tokens}
        for tok, depth in tokens:
            if depth == 0 or tok.i not in self.hits:
                continue
            own = self.hits[tok.i]
            for conj in tok.conjuncts:
                if conj.i in inside or conj.i not in self.hits:
                    continue
                hit = self.hits[conj.i]
                swapped = [c for c in cues if c.hit is not own]
                swapped.extend(_Cue(hit, form, depth) for form in hit.forms)
                ref = self._from_cues(head, swapped)
                if ref is not None and ref.code:
                    out.append(ref)
        return out

    # -- combining the cues of one phrase ---------------------------------------------------------------
    def _role(self, head: Token, cues: list[_Cue]) -> _Role | None:
        role_cues = [c for c in cues if c.form.kind == "role"]
        if not role_cues:
            return None
        best = min(role_cues, key=lambda c: (c.depth, -(c.hit.end - c.hit.start)))
        phrase = best.form.text.lower()
        return _Role(
            phrase=phrase,
            sector=self.role_sectors.get(phrase, ""),
            kind=self.matcher.role_kinds.get(phrase),
            on_head=best.hit.start <= head.i < best.hit.end,
        )

    def _former(self, head: Token) -> bool:
        """'former President X', 'the ex-minister': a title the person no longer holds."""
        stack = [head]
        while stack:
            tok = stack.pop()
            for child in children(tok):
                if child.dep_ in _TITLE_DEPS:
                    if child.lower_ in _FORMER:
                        return True
                    stack.append(child)
        return False

    def _named_person_ids(self) -> frozenset[str]:
        """People named in the doc by a full name (to choose among people sharing a surname)."""
        if self._named_people is None:
            self._named_people = frozenset(
                f.entity_id
                for hit in self.hits.values()
                for f in hit.forms
                if f.kind == "person" and f.form == FormKind.NAME
            )
        return self._named_people

    def _choose(self, who: list[_Cue]) -> _Cue:
        """The cue that names the actor: the head's own name ("NATO-member Norway" is Norway), except
        that a demonym head takes the state of a national modifier ("Bosnian Serbs"); else by rank."""
        named = self._named_person_ids()

        def rank(c: _Cue) -> tuple[int, int, int, int]:
            unnamed = int(c.form.kind == "person" and len(c.hit.forms) > 1 and c.form.entity_id not in named)
            return (KIND_RANK.get(c.form.kind, 5), c.depth, FORM_RANK.get(c.form.form, 5), unnamed)

        own = [c for c in who if c.depth == 0]
        if own:
            best = min(own, key=rank)
            if best.form.kind == "state" and best.form.form == FormKind.ADJECTIVE:
                states = [c for c in who if c.depth > 0 and c.form.kind == "state"]
                if states:
                    return min(states, key=rank)
            return best
        return min(who, key=rank)

    def _from_cues(self, head: Token, cues: list[_Cue]) -> ActorRef | None:
        """Combine the cues of one phrase: who (person, group, state, IGO) and which sector (role words)."""
        if not cues:
            return None
        role = self._role(head, cues)
        sector = role.sector if role else ""
        if sector and self._former(head):
            sector = "ELI"
        who = [c for c in cues if c.form.kind != "role"]
        if not who:
            return ActorRef(
                text=head.text, span=self.char_span([head]), code="", sector=sector, kind=ActorKind.ROLE
            )
        best = self._choose(who)
        form = best.form
        span = self.char_span([head, *(self.doc[i] for i in range(best.hit.start, best.hit.end))])
        if form.kind == "person":
            found = self.kb.person_role(form.entity_id, self.on)
            if found is None:
                return None
            spell, current = found
            person_sector = spell.sector if current else (sector or "ELI")
            if self._former(head):
                person_sector = "ELI"
            return ActorRef(
                span.text, span, spell.country, person_sector, spell.name, ActorKind.PERSON, form.entity_id
            )
        if form.kind == "group":
            status = self.kb.group_status(form.entity_id, self.on)
            group_sector = sector if role and role.kind == RoleKind.INSTITUTION else status.sector
            return ActorRef(
                span.text, span, status.country, group_sector, status.name, ActorKind.GROUP, form.entity_id
            )
        if form.kind == "igo":
            igo = self.kb.igos[form.entity_id]
            code = self.kb.country_level(form.entity_id)
            return ActorRef(span.text, span, code, sector, igo.name, ActorKind.IGO, form.entity_id)
        state = self.kb.states[form.entity_id]
        if form.form in ("capital", "seat") and not sector:
            sector = "GOV"
        if role is not None and role.on_head and role.kind == RoleKind.OFFICE and self.on is not None:
            holders = self.matcher.office_holders(state.iso3, role.phrase, self.on)
            if len(holders) == 1 and sector != "ELI":
                holder = holders[0]
                return ActorRef(
                    span.text, span, state.iso3, sector, holder.name, ActorKind.PERSON, holder.person_id
                )
        kind = ActorKind.ROLE if (sector and form.form == "adjective") else ActorKind.STATE
        return ActorRef(span.text, span, state.iso3, sector, state.name, kind, state.iso3)


def _member_sector(sector: str, role_kind: RoleKind | None, owner: ActorRef) -> str:
    """The sector of a role held in or for ``owner``: a group's members and offices take the group's own
    sector ("Hamas fighters", "Taliban representatives"); its institutions keep theirs ("Taliban
    government")."""
    if owner.kind == ActorKind.GROUP and role_kind != RoleKind.INSTITUTION:
        return owner.sector
    return sector or owner.sector
