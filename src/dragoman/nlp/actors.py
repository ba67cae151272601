"""Actor recognition and resolution on the dependency parse.

``ActorMatcher`` finds every knowledge-base surface form in a doc (names, aliases, capitals, seats of power,
adjectives, role phrases). ``ActorResolver`` turns the head token of a noun phrase into the actors it denotes,
combining the cues inside the phrase ("the Russian Supreme Court" = Russia + court = ``RUS JUD``), with dated
roles and group statuses taken at the article's date. What the phrase itself cannot name (pronouns, surnames,
"the envoy", "the two countries", "the alliance") goes to :mod:`dragoman.nlp.coref`, transparently: a pronoun
token resolves to its antecedent's actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from dragoman.kb import RoleKind, SurfaceForm
from dragoman.kb.records import FormKind
from dragoman.kb.regions import load_regions
from dragoman.model import ActorKind, ActorRef, CharSpan
from dragoman.nlp.actor_phrases import BODY_PARTS, ENTITY_NOUNS, MEMBERSHIP, RELATIONS, ActorPhrases
from dragoman.nlp.coref import PRONOUNS, DocCoref, stative
from dragoman.nlp.dateline import dateline_end
from dragoman.nlp.matcher import FORM_RANK, KIND_RANK, ActorMatcher, KbHit
from dragoman.nlp.syntax import char_offsets, children, is_relation, sentence_bounds

__all__ = ["INNER_DEPS", "RELATIONS", "ActorMatcher", "ActorResolver", "KbHit"]

# Dependencies that stay inside a noun phrase when we collect its cues.
INNER_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "flat", "nummod", "det", "case", "npadvmod"}
)
# Words that make a title a past one: "former President", "ex-minister", "ousted President".
_FORMER = frozenset({"former", "ex", "ousted", "deposed", "exiled", "erstwhile"})
# A name after these prefixes is not a nationality: "anti-Syria journalist", "pro-Russian separatists".
_STANCE_PREFIXES = frozenset({"anti", "pro"})
_TITLE_DEPS = frozenset({"compound", "amod", "flat"})
# "Iran-backed militias", "Russian-funded media": the name is the sponsor, not the nationality.
_SPONSOR_SUFFIXES = frozenset({"backed", "sponsored", "funded", "supported", "armed", "trained", "allied"})
_PLACED_SUFFIXES = frozenset({"based", "born"})


# modifiers that make a group an affiliate of the one they name: "an al Qaeda-linked group"
_AFFILIATED = frozenset({"linked", "affiliated", "aligned", "inspired", "connected"})


@dataclass(frozen=True, slots=True)
class _Cue:
    hit: KbHit
    form: SurfaceForm
    depth: int  # 0: the head itself; higher: further inside the phrase


# offices whose unlisted holders the story's state places: a government's ministers ("Trade Minister X")
_MINISTERS = frozenset({"minister", "secretary", "ministers"})
# what a state owns that another may be said to wrong: "interfered in Peru's internal affairs"
_OWN_GOODS = frozenset(
    {
        "affair",
        "affairs",
        "sovereignty",
        "integrity",
        "territory",
        "airspace",
        "waters",
        "soil",
        "independence",
    }
)
# nouns of a territory its "of" phrase names: "the breakaway region of Somaliland", "the island of Taiwan"
_REGIONS = frozenset(
    {"region", "province", "territory", "enclave", "island", "republic", "entity", "statelet"}
)
# A weapon's model designator, which a nationality makes its forces' ("Turkish F-16s shot down a Russian
# bomber", "Russian Su-25s", "two Israeli F-35s"): letters, a hyphen and a number.
_DESIGNATOR = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?s?")


@dataclass(frozen=True, slots=True)
class _Role:
    """The role word of a phrase that decides its sector: "foreign ministry" over "foreign"."""

    phrase: str
    sector: str
    kind: RoleKind | None
    on_head: bool  # the role word is the head of the phrase ("the Afghan foreign minister")


class ActorResolver:
    """Resolves noun-phrase heads to actors, for one doc at one date. Build one per doc."""

    def __init__(self, doc: Doc, matcher: ActorMatcher, on: date | None, text: str | None = None) -> None:
        """``text``: the doc's text, when the caller has already read it (``Doc.text`` rebuilds it)."""
        self.doc = doc
        self.text = doc.text if text is None else text
        self.matcher = matcher
        self.kb = matcher.kb
        self.role_sectors = matcher.role_sectors
        self.on = on
        self.hits = _by_story(
            _without_named_accords(
                doc,
                _without_dateline(
                    doc, _without_regions(doc, matcher.hits(doc, self.text), self.text), self.text
                ),
            )
        )
        self._phrases: dict[int, tuple[ActorRef, ...]] = {}
        self._coref: DocCoref | None = None
        self._named_people: frozenset[str] | None = None
        self._entities: dict[tuple[str, str, str], tuple[str, str, str, ActorKind, str]] = {}
        self._mentions: tuple[tuple[Span, ActorRef], ...] | None = None
        self._ents: tuple[Span, ...] | None = None
        self._placing: set[int] = set()  # officials whose story state is being looked for
        self.structure = ActorPhrases(self)

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
            for actor in self._affiliate(head) or self._head_actors(head, agentive):
                if actor.code and all(a.code != actor.code or a.span != actor.span for a in out):
                    out.append(actor)
        return out

    def _affiliate(self, head: Token) -> tuple[ActorRef, ...]:
        """'an al Qaeda-linked group in northern Mali': a group linked to a named one is not that group; it is
        of the state where the phrase places it (nothing when no state is named there)."""
        if not any(c.dep_ == "amod" and c.lower_ in _AFFILIATED for c in children(head)):
            return ()
        refs = self.phrase(head)
        if not refs or not all(r.kind is ActorKind.GROUP for r in refs):
            return ()
        for prep in children(head):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
                continue
            for place in children(prep):
                states = (
                    [r for r in self.phrase(place) if r.kind is ActorKind.STATE]
                    if place.dep_ == "pobj"
                    else []
                )
                if states:
                    span = self.char_span([head.left_edge, head, place])
                    return tuple(
                        ActorRef(span.text, span, s.code, refs[0].sector, "", ActorKind.GROUP, "")
                        for s in states[:1]
                    )
        return ()

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
                chars = self.text_span(hit.start, hit.end)
                # (``doc[start:end]`` without its slice reading: the hit's bounds are the doc's)
                yield Span(doc, hit.start, hit.end), ActorRef(chars.text, chars, *entity)

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
        return self.text_span(first.i, last.i + 1)

    def text_span(self, start: int, end: int) -> CharSpan:
        """The characters of tokens ``start:end`` (as ``doc[start:end]`` has them, read off the offsets)."""
        starts, ends = char_offsets(self.doc)
        if 0 <= start < end <= len(starts):
            first, last = starts[start], ends[end - 1]
            return CharSpan(first, last, self.text[first:last])
        span = self.doc[start:end]
        return CharSpan(span.start_char, span.end_char, span.text)

    def capitals_placing(self, act: Token) -> frozenset[str]:
        """The states whose capitals the compound modifiers of a noun of an act name: "the Paris attacks",
        "the Kabul bombing" tell where the act was, not who did it (as "US Predator attacks" does)."""
        hits = self.hits
        return frozenset(
            hit.best.entity_id
            for c in children(act)
            if c.dep_ == "compound"
            and c.i < act.i
            and (hit := hits.get(c.i)) is not None
            and hit.best.form is FormKind.CAPITAL
        )

    def role_only(self, token: Token) -> bool:
        """Whether the token is covered by a role phrase and by nothing that names an entity."""
        hit = self.hits.get(token.i)
        return hit is not None and hit.best.kind == "role"

    # -- one head ---------------------------------------------------------------------------------------
    def _head_actors(self, head: Token, agentive: bool) -> tuple[ActorRef, ...]:
        hit = self.hits.get(head.i)
        if hit is not None and hit.best.kind == "role":
            # ("European leaders including France's Emmanuel Macron": a role the text lists the holders of)
            listed = self.structure.listed(head)
            if listed:
                return listed
        if hit is None:
            led = (
                self.structure.led_by(head)
                or self.structure.through_collective(head, agentive)
                or self.structure.sides_of(head)
                or self.structure.listed(head)
                or self.structure.office_of(head)
                or self.structure.organ_of(head)
                or self._region_of(head)
            )
            if led:
                return led
        if hit is None:
            # a name, a noun for a state or body with a national cue ("the Russian side", "the Chinese
            # state"), a part of a body it names ("the APEC forum") or a noun with a name in apposition
            # ("Moscow's ally, Damascus") is an agent by its head; other nouns are agents only through
            # coreference
            named = (
                head.pos_ == "PROPN"
                or head.lower_ in ENTITY_NOUNS
                or (head.lower_ in BODY_PARTS and self.structure.names_body(head))
                # ("the Palestinian leadership", "Iran's leadership": those who lead the state)
                or (head.lower_ == "leadership" and self.structure.names_body(head, ("state",)))
                or (head.lower_ in MEMBERSHIP and self.structure.names_staffer(head))
                or any(c.dep_ == "appos" and c.i in self.hits for c in children(head))
                or self.structure.unlisted_name(head) is not None
                or _DESIGNATOR.fullmatch(head.text) is not None
            )
            refs = self.phrase(head) if (named or not agentive) else ()
            if any(r.code for r in refs):
                return refs
            if head.pos_ == "PROPN":
                apposed = self.structure.by_apposition(head)
                if apposed:
                    return apposed
            found = self.coref.resolve(head)
            if not found and head.pos_ == "PROPN":
                found = self.structure.redescribed(head) or found
            if not found and refs:
                found = self.structure.domestic(head, refs[0]) or self._story_official(head, refs[0]) or found
            return found if found is not None else refs
        refs = self.phrase(head)
        if hit.best.kind != "role" or any(r.code for r in refs):
            return refs
        # a role without a country in its own words: "its forces", "officials of the two countries",
        # "the envoy", "the court"
        listed = self._listed_people(head)
        if listed:
            return listed
        sector = refs[0].sector if refs else ""
        role_kind = self.matcher.role_kinds.get(hit.best.text.lower())
        if sector == "JUD" and supranational(head):
            return refs  # ("an arbitration tribunal in The Hague": the city where it sits is no party of it)
        found = self.structure.possessed(head, sector, role_kind) or tuple(
            self.structure.country_of(head, sector, role_kind, self.actors)
        )
        if found:
            return found
        found = self.structure.beside_government(head, sector) or self._of_state_organ(head)
        if found:
            return found
        described = self.coref.resolve(head)
        if not described and refs:
            described = self.structure.domestic(head, refs[0]) or described
        return described if described is not None else refs

    def _region_of(self, head: Token) -> tuple[ActorRef, ...]:
        """'signed a deal with the breakaway region of Somaliland': a territory named in its "of" phrase is
        the state the name stands for (as "Somaliland" alone)."""
        if head.lower_ not in _REGIONS:
            return ()
        for prep in children(head):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for name in children(prep):
                    if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.i in self.hits:
                        return tuple(r for r in self.phrase(name) if r.code and r.kind == ActorKind.STATE)
        return ()

    def _listed_people(self, head: Token) -> tuple[ActorRef, ...]:
        """The people a plural role lists in apposition: "the prime ministers of the two countries, Vladimir
        Putin and Yulia Tymoshenko" are the two named (one name alone after a plural is often the speaker
        of a report, and is left out)."""
        if head.tag_ not in ("NNS", "NNPS"):
            return ()
        out: list[ActorRef] = []
        for appos in children(head):
            if appos.dep_ != "appos" or appos.ent_type_ != "PERSON":
                continue
            people = [appos, *(c for c in appos.conjuncts if c.i > appos.i and c.ent_type_ == "PERSON")]
            if len(people) < 2:
                continue
            for person in people:
                out.extend(r for r in self._head_actors(person, True) if r.code)
        return tuple(out)

    def named(self, token: Token) -> list[ActorRef]:
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
        for child in children(token):
            if child.dep_ == "appos" and self._listed(token, child):
                yield child
                yield from (c for c in child.conjuncts if c.i > child.i)
            elif child.dep_ == "appos" and child.pos_ == "NOUN" and token.pos_ == "PROPN":
                # ("warrants for Benjamin Netanyahu, his former defence minister Yoav Gallant and Hamas
                # commander Mohammed Deif": the parser hangs the second name on the first's apposition,
                # its title, and the rest of the list on the second)
                for name in children(child):
                    if name.dep_ == "appos" and self._listed(token, name):
                        yield name
                        yield from (c for c in name.conjuncts if c.i > name.i)

    def _listed(self, token: Token, appos: Token) -> bool:
        """Whether a name in apposition to another is the next of a list: names of states and bodies, or
        names of people followed by more names ("freed economist Sean Turnell, ambassador Vicky Bowman,
        filmmaker Toru Kubota and American Kyaw Htay Oo")."""
        if self.names_entity(token):
            return self.names_entity(appos)
        return (
            token.pos_ == "PROPN"
            and appos.pos_ == "PROPN"
            and any(c.pos_ == "PROPN" and c.i > appos.i for c in appos.conjuncts)
        )

    def _phrase_tokens(self, head: Token) -> list[tuple[Token, int]]:
        """Tokens of the noun phrase headed by ``head`` with their depth (conjuncts, clauses and most
        prepositional phrases excluded; the possessor of a relation is not a member: "Israel's ally")."""
        out: list[tuple[Token, int]] = [(head, 0)]
        stack: list[tuple[Token, int]] = [(head, 0)]
        relation = is_relation(head)
        while stack:
            tok, depth = stack.pop()
            for child in children(tok):
                if relation and child.dep_ == "poss":
                    continue
                if child.dep_ == "appos" and self._listed(tok, child):
                    continue  # a list, handled by _conjuncts
                if child.dep_ == "appos" and tok.tag_ in ("NNS", "NNPS") and child.ent_type_ == "PERSON":
                    # ("will expel 23 Russian diplomats, Prime Minister Theresa May said": one person is no
                    # apposition to a plural; the parser took the speaker for one)
                    continue
                if child.dep_ in INNER_DEPS:
                    out.append((child, depth + 1))
                    stack.append((child, depth + 1))
        return out

    def _cues(self, tokens: Iterable[tuple[Token, int]], one_person: bool = False) -> list[_Cue]:
        """``one_person``: the phrase names one person ("the US-based cleric": where he lives, not his
        nationality)."""
        cues: list[_Cue] = []
        seen: set[int] = set()
        doc, text = self.doc, self.text
        starts, ends = char_offsets(doc)  # (a word's text is ``text[starts[i] : ends[i]]``)
        for tok, depth in tokens:
            hit = self.hits.get(tok.i)
            if hit is None or hit.start in seen:
                continue
            seen.add(hit.start)
            before, after = hit.start - 1, hit.end
            stance = hit.start >= 2 and text[starts[before] : ends[before]] == "-"
            if stance and doc[hit.start - 2].lower_ in _STANCE_PREFIXES:
                continue  # "anti-Syria", "pro-Russian": a stance, not a nationality
            if self._inside_name(hit):
                continue  # "Real Madrid had traveled to Japan": a club named after a capital is no government
            sponsor = hit.end + 1 < len(doc) and text[starts[after] : ends[after]] == "-"
            if sponsor and doc[hit.end + 1].lower_ in _SPONSOR_SUFFIXES:
                continue  # "Iran-backed militias": a sponsor, not the nationality of the militias
            if sponsor and doc[hit.end + 1].lower_ == "bound":
                continue  # "a Gaza-bound aid ship": where it goes, not whose it is
            if sponsor and one_person and doc[hit.end + 1].lower_ in _PLACED_SUFFIXES:
                continue  # "the US-based cleric": where one person lives, not whose national he is
            if depth and self._bracketed(hit) and all(f.kind == "person" for f in hit.forms):
                continue  # "Municipality Association (AKK)": an acronym glossing the name before it
            for form in hit.forms:
                cues.append(_Cue(hit, form, depth))
        return cues

    def _inside_name(self, hit: KbHit) -> bool:
        """Whether a capital's name is one word of an organisation's longer name the parser's entities give
        ("Real Madrid", "Atletico Madrid"): only when every form of the hit is a capital's and a capitalised
        word of the name comes before it."""
        if not all(f.form == FormKind.CAPITAL for f in hit.forms):
            return False
        doc = self.doc
        first = doc[hit.start]
        if first.ent_type_ != "ORG" or first.ent_iob_ != "I":
            return False
        before = doc[hit.start - 1]
        return before.ent_type_ == "ORG" and before.text[:1].isupper() and before.i not in self.hits

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
        one_person = head.tag_ == "NN" and self.matcher.role_kinds.get(head.lower_) == RoleKind.OFFICE
        cues = self._cues(tokens, one_person)
        ref = self._from_cues(head, cues)
        if ref is not None and ref.code:
            ref = self.structure.unlisted(head, self.structure.located(head, ref))
            return [ref, *self._coordinated_modifiers(head, tokens, cues)]
        roles = [c for c in cues if c.form.kind == "role"]
        if ref is None or not (ref.sector or roles):
            # an organisation the knowledge base lacks, by the word that closes its name: "the Umma party"
            ref = self.structure.unlisted_body(head)
            if ref is None:
                return []
        role_kind = self.matcher.role_kinds.get(roles[0].form.text.lower()) if roles else None
        if ref.sector == "JUD" and supranational(head):
            return [ref]  # ("an arbitration tribunal in The Hague": the city where it sits is no party of it)
        # the role alone, without a country, stays as a codeless ref: coreference may find one
        return list(self.structure.country_of(head, ref.sector, role_kind, self.named)) or [ref]

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
                if conj.i in inside:
                    continue
                if conj.i not in self.hits or all(f.kind == "role" for f in self.hits[conj.i].forms):
                    # ("13 Israelis as well as 10 Thai nationals": a conjunct noun named by its national cue)
                    named = [c for c in children(conj) if c.dep_ in ("compound", "amod") and c.i in self.hits]
                    if conj.pos_ != "NOUN" or not named:
                        continue
                    conj = named[0]
                hit = self.hits[conj.i]
                if hit.start == own.start:
                    continue  # "Peace and Security Council": a coordination inside one name
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
        best = min(who, key=rank)
        if best.form.kind == "igo":
            # "a Swedish EU diplomat", "the Russian UN ambassador": a person's state, not the body it serves
            # (but "the Russian-led CSTO alliance" is the body: the adjective tells who leads it)
            states = [
                c
                for c in who
                if c.form.kind == "state"
                and c.form.form == FormKind.ADJECTIVE
                and c.hit.start < best.hit.start
                and not _leading(self.doc[c.hit.end - 1])
            ]
            if states:
                return min(states, key=rank)
        return best

    def _of_state_organ(self, head: Token) -> tuple[ActorRef, ...]:
        """'a junta spokesman', 'a government spokeswoman', 'the ministry spokesman': an office of a state
        organ the phrase does not place is of the state the story is about, as the organ alone would be."""
        for child in children(head):
            hit = self.hits.get(child.i)
            if child.dep_ not in ("compound", "amod") or hit is None or hit.best.kind != "role":
                continue
            if hit.start <= head.i < hit.end:
                continue  # a word of the head's own role phrase ("foreign" in "the foreign ministry")
            phrase = hit.best.text.lower()
            if (
                self.role_sectors.get(phrase) != "GOV"
                or self.matcher.role_kinds.get(phrase) != RoleKind.INSTITUTION
            ):
                continue
            span = self.char_span([self.doc[hit.start], child, head])
            return tuple(
                ActorRef(span.text, span, r.code, "GOV", self.kb.states[r.code].name, ActorKind.ROLE, r.code)
                for r in self.coref.government(head)
            )
        return ()

    def _story_official(self, head: Token, ref: ActorRef) -> tuple[ActorRef, ...]:
        """'Trade Minister Yoo Myung-hee', a minister the knowledge base lacks named without a country, is an
        official of the state the story is about, found as for "the foreign ministry" (see
        :meth:`DocCoref.government`)."""
        if ref.code or ref.sector != "GOV" or self.structure.unlisted_person(head) is None:
            return ()
        role = self._role(head, self._cues(self._phrase_tokens(head)))
        if role is None or role.kind != RoleKind.OFFICE or not set(role.phrase.split()) & _MINISTERS:
            return ()  # (a mayor is of the place; "President Hussein" may be anyone's president)
        # (not a state its own clause names after it, the other party: "Japan imposed curbs on South Korea.
        # Trade Minister X criticised Japan" makes X South Korea's, not Japan's; "rebels in the Ivory Coast
        # dismissed an appeal from President X" places X there)
        if head.i in self._placing:
            return ()  # (the story's state is being looked for through this very official)
        end = sentence_bounds(head)[1]
        # (a state named as the owner of its affairs or its sovereignty is the one wronged, and may be the
        # official's own: "Foreign Minister X said Mexico had interfered in Peru's internal affairs")
        own = {
            r.code
            for span, r in self.mentions()
            if head.i < span.start < end and r.kind == ActorKind.STATE and not _wronged_owner(span[-1])
        }
        # (but the state its words say is or feels something is its own: "Trade Minister X said Canberra
        # was deeply disappointed")
        voiced = (
            {
                subj.idx
                for clause in children(head.head)
                if clause.dep_ == "ccomp" and clause.i > head.i and stative(clause)
                for subj in self.coref.subjects(clause)
            }
            if head.dep_ == "nsubj"
            else set()
        )
        self._placing.add(head.i)
        try:
            return tuple(
                ActorRef(
                    ref.text, ref.span, r.code, "GOV", self.kb.states[r.code].name, ActorKind.ROLE, r.code
                )
                for r in self.coref.government(head)
                if r.code not in own or (r.span is not None and r.span.start in voiced)
            )
        finally:
            self._placing.discard(head.i)

    @staticmethod
    def _body_cue(cue: _Cue, role: _Role | None) -> bool:
        """A body's regional adjective names it only for its office holders: "Southeast Asian foreign
        ministers" meet as ASEAN's; "Southeast Asian nations", "a Southeast Asian diplomat" are not ASEAN."""
        if cue.form.form != FormKind.ADJECTIVE:
            return True
        return (
            role is not None
            and role.on_head
            and role.sector == "GOV"
            and role.kind in (RoleKind.OFFICE, RoleKind.COLLECTIVE)
            and role.phrase not in ("official", "officials", "diplomat", "diplomats")
        )

    def _home(self, homes: tuple[str, ...], head: Token) -> str:
        """Of the states a group is at home in, the one its sentence names alone ("Islamic State fighters
        attacked a prison in the Syrian city of Hasakah": Syria); else none."""
        if not homes:
            return ""
        start, end = sentence_bounds(head)
        named = {
            ref.code
            for span, ref in self.mentions()
            if start <= span.start < end and ref.code in homes and ref.kind == ActorKind.STATE
        }
        return named.pop() if len(named) == 1 else ""

    def _organ_owner(self, head: Token, best: _Cue, who: list[_Cue]) -> _Cue | None:
        """'Russia's Security Council', 'ECOWAS's Mediation and Security Council': an organ named by a common
        organ name belongs to the state or body that possesses it, not to the body the bare name stands for
        ("Security Council" alone is the UN's); so does a state's mission to a body ("China's UN mission")."""
        if best.form.kind != "igo":
            return None
        organ = best.depth == 0 and bool(self.kb.igos[best.form.entity_id].parent)
        # "China's UN mission": a state's mission to a body is the state's
        mission = best.depth == 1 and head.lower_ in ("mission", "missions")
        if not (organ or mission):
            return None
        code = self.kb.country_level(best.form.entity_id)
        owners = {c.i for c in children(head) if c.dep_ == "poss"}
        for cue in who:
            if cue.hit.start not in owners and not any(cue.hit.start <= i < cue.hit.end for i in owners):
                continue
            if cue.form.kind == "state" and cue.form.form != FormKind.ADJECTIVE:
                return cue
            if cue.form.kind == "igo" and self.kb.country_level(cue.form.entity_id) != code:
                return cue
        return None

    def _from_cues(self, head: Token, cues: list[_Cue]) -> ActorRef | None:
        """Combine the cues of one phrase: who (person, group, state, IGO) and which sector (role words)."""
        if not cues:
            return None
        role = self._role(head, cues)
        sector = role.sector if role else ""
        if sector and self._former(head):
            sector = "ELI"
        who = [c for c in cues if c.form.kind != "role" and (c.form.kind != "igo" or self._body_cue(c, role))]
        if not who:
            return ActorRef(
                text=head.text, span=self.char_span([head]), code="", sector=sector, kind=ActorKind.ROLE
            )
        best = self._choose(who)
        if best.form.kind == "igo" and role is not None and role.on_head and role.kind == RoleKind.OFFICE:
            # ("Iraq's UN ambassador": the state whose envoy to the body he is)
            best = next(
                (
                    c
                    for c in who
                    if c.form.kind == "state"
                    and c.hit.start < best.hit.start
                    and self.doc[c.hit.end - 1].dep_ == "poss"
                ),
                best,
            )
        owner = self._organ_owner(head, best, who)
        if owner is not None:
            best = owner
            if owner.form.kind == "state" and not sector:
                sector = "GOV"
        elif best.form.kind == "igo" and best.depth > 0 and role is None:
            # ("Ukraine's EU membership bid", "Sweden's NATO application": the possessor's, not the body's)
            best = next(
                (
                    c
                    for c in who
                    if c.form.kind == "state"
                    and c.form.form != FormKind.ADJECTIVE
                    and c.hit.start < best.hit.start
                    and self.doc[c.hit.end - 1].dep_ == "poss"
                ),
                best,
            )
        if best.form.kind == "person" and role is not None and role.on_head:
            held = self.kb.person_role(best.form.entity_id, self.on)
            if held is not None and not held[1]:
                # ("the African Union's mediator, Olusegun Obasanjo": a former office holder acting for the
                # body or state whose office the phrase names acts for it)
                best = next(
                    (
                        c
                        for c in who
                        if c.form.kind in ("igo", "state")
                        and c.depth > 0
                        and (
                            self.kb.country_level(c.form.entity_id)
                            if c.form.kind == "igo"
                            else c.form.entity_id
                        )
                        != held[0].country
                        and self.doc[c.hit.end - 1].dep_ in ("poss", "compound")
                        and self.doc[c.hit.end - 1].head.i == head.i
                    ),
                    best,
                )
        form = best.form
        # (the stretch from the head to the words of the name: ``char_span`` of those tokens)
        span = self.text_span(min(head.i, best.hit.start), max(head.i + 1, best.hit.end))
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
            country = self._home(status.homes, head) or status.country
            if head.lower_ in _BRANCHES:
                # ("Islamic State's Afghan branch": a branch named for a state is of that state)
                country = next(
                    (
                        c.form.entity_id
                        for c in who
                        if c.form.kind == "state"
                        and self.doc[c.hit.end - 1].head.i == head.i
                        and self.doc[c.hit.end - 1].dep_ in ("amod", "compound")
                    ),
                    country,
                )
            return ActorRef(
                span.text, span, country, group_sector, status.name, ActorKind.GROUP, form.entity_id
            )
        if form.kind == "igo":
            igo = self.kb.igos[form.entity_id]
            code = self.kb.country_level(form.entity_id)
            if sector == "GOV" and role is not None and role.kind == RoleKind.INSTITUTION:
                sector = ""  # ("the UN mission in Mali", "the EU's embassy": a body has no government)
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


# words that make a court or tribunal no state's own ("an arbitration tribunal", "an international court")
_SUPRANATIONAL = frozenset({"arbitration", "arbitral", "international", "supranational", "un", "u.n."})


def supranational(head: Token) -> bool:
    """Whether a noun of a court is qualified as no state's own: "an arbitration tribunal in The Hague"."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _SUPRANATIONAL for c in children(head))


# parts of an armed group a state's name may qualify ("Islamic State's Afghan branch")
_BRANCHES = frozenset({"branch", "affiliate", "wing", "franchise", "offshoot", "chapter", "cell", "arm"})
# nouns of accords named after the city where they were made: "the Paris climate agreement", "the Minsk
# agreements", "the Oslo Accords"
_ACCORD_NAMES = frozenset(
    {
        "agreement",
        "agreements",
        "accord",
        "accords",
        "treaty",
        "protocol",
        "convention",
        "declaration",
        "format",
    }
)


def _without_named_accords(doc: Doc, hits: dict[int, KbHit]) -> dict[int, KbHit]:
    """The hits less capitals that name an accord ("the Paris climate agreement", "the Minsk agreements"):
    where it was made, no party to it (two names joined by a hyphen stay: "the Moscow-Beijing pact")."""
    dropped: set[int] = set()
    for hit in {h.start: h for h in hits.values()}.values():
        if hit.best.form is not FormKind.CAPITAL or hit.end - hit.start != 1:
            continue
        tok = doc[hit.start]
        head = tok.head
        while head.dep_ == "compound" and head.i != head.head.i:
            head = head.head  # ("the Paris climate agreement")
        hyphened = any(doc[i].text == "-" for i in (hit.start - 1, hit.end) if 0 <= i < len(doc))
        if tok.dep_ in ("compound", "nmod") and head.lower_ in _ACCORD_NAMES and not hyphened:
            dropped.add(hit.start)
    if not dropped:
        return hits
    return {i: hit for i, hit in hits.items() if i not in dropped}


def _by_story(hits: dict[int, KbHit]) -> dict[int, KbHit]:
    """A capital that is also the seat of an international body names the state when the story names that
    state and names the body no other way: "Rwanda broke off relations with Belgium ..., accusing Brussels
    of taking sides" (Belgium's government, not the EU)."""
    shared = [h for h in hits.values() if h.best.kind is not ActorKind.STATE and _state_form(h) is not None]
    if not shared:
        return hits
    named = {h.best.entity_id for h in hits.values() if h.start not in {s.start for s in shared}}
    chosen: dict[int, KbHit] = {}
    for hit in shared:
        state = _state_form(hit)
        if state is not None and state.entity_id in named and hit.best.entity_id not in named:
            chosen[hit.start] = hit._replace(forms=(state,), best=state)
    return {i: chosen.get(hit.start, hit) for i, hit in hits.items()}


def _state_form(hit: KbHit) -> SurfaceForm | None:
    """The form by which the hit names a state as its capital, if it has one."""
    return next((f for f in hit.forms if f.kind is ActorKind.STATE and f.form is FormKind.CAPITAL), None)


def _without_dateline(doc: Doc, hits: dict[int, KbHit], text: str) -> dict[int, KbHit]:
    """The hits less those in the dateline the story opens with ("MOSCOW (Reuters) -"): where it was filed
    and by whom, no actor of it."""
    end = dateline_end(text)
    if not end or not hits:
        return hits
    starts, _ = char_offsets(doc)
    return {i: hit for i, hit in hits.items() if starts[hit.start] >= end}


def _without_regions(doc: Doc, hits: dict[int, KbHit], text: str) -> dict[int, KbHit]:
    """The hits less the demonyms that are part of a region's name: "Latin American countries", "Central
    American migrants" name no American; "South American" is no state (while "South African" is one).
    ``text``: the doc's text."""
    regions = load_regions()
    dropped: set[int] = set()
    starts, ends = char_offsets(doc)
    for hit in {h.start: h for h in hits.values()}.values():
        if hit.best.kind != "state" or hit.start == 0:
            continue
        words = f"{doc[hit.start - 1].lower_} {text[starts[hit.start] : ends[hit.end - 1]].lower()}"
        if words in regions:
            dropped.update(range(hit.start, hit.end))
    if not dropped:
        return hits
    return {i: hit for i, hit in hits.items() if i not in dropped}


def _wronged_owner(token: Token) -> bool:
    """Whether a name is the owner of what another may wrong: "Peru's internal affairs", "Guyana's
    sovereignty"."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in _OWN_GOODS


def _leading(word: Token) -> bool:
    """'Russian' in "the Russian-led CSTO", 'Saudi' in "Saudi-backed forces": a word that says who leads or
    backs the phrase's actor (the modifier of a participle), not who the actor is."""
    return word.dep_ == "npadvmod" and word.head.tag_ == "VBN" and word.head.i > word.i
