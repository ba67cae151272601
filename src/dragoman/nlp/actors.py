"""Actor recognition and resolution on the dependency parse.

Two steps: ``ActorMatcher`` finds every knowledge-base surface form in a doc (names, aliases, capitals, seats
of power, adjectives, role phrases); ``ActorResolver`` turns the head token of a noun phrase into the actors
it denotes, combining the cues inside the phrase ("the Russian Supreme Court" = Russia + court =
``RUS JUD``), with dated roles and group statuses taken at the article's date.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dragoman.kb import KnowledgeBase, SurfaceForm
from dragoman.model import ActorKind, ActorRef, CharSpan

# Dependencies that stay inside a noun phrase when we collect its cues.
_INNER_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "flat", "nummod", "det", "case", "npadvmod"}
)
# Prepositions whose object names the country of an office or body: "officials from China".
_OF_PREPS = frozenset({"of", "from"})
_IN_PREPS = frozenset({"in"})
_KIND_RANK = {"person": 0, "group": 1, "igo": 2, "state": 3, "role": 9}
_FORM_RANK = {"name": 0, "alias": 1, "seat": 2, "capital": 3, "adjective": 4}
_PRONOUNS = frozenset(
    {"i", "we", "you", "it", "they", "he", "she", "its", "their", "his", "her", "them", "us"}
)


@dataclass(frozen=True, slots=True)
class KbHit:
    """A knowledge-base surface form found at tokens [start, end) of a doc."""

    start: int
    end: int
    forms: tuple[SurfaceForm, ...]

    @property
    def best(self) -> SurfaceForm:
        return min(self.forms, key=lambda f: (_KIND_RANK.get(f.kind, 5), _FORM_RANK.get(f.form, 5)))


class ActorMatcher:
    """Finds knowledge-base surface forms in docs. Built once per (vocab, knowledge base)."""

    def __init__(self, vocab: Vocab, kb: KnowledgeBase, make_doc: object) -> None:
        self.kb = kb
        self.role_sectors = {r.phrase.lower(): r.sector for r in kb.roles}
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._folded = PhraseMatcher(vocab, attr="LOWER")
        self._forms: dict[str, list[SurfaceForm]] = {}
        self._folded_forms: dict[str, list[SurfaceForm]] = {}
        tokenize = make_doc  # a callable str -> Doc (nlp.make_doc)
        exact_docs: dict[str, Doc] = {}
        folded_docs: dict[str, Doc] = {}
        for form in kb.surface_forms():
            text = form.text.strip()
            if not text:
                continue
            if form.kind == "role":
                key = text.lower()
                self._folded_forms.setdefault(key, []).append(form)
                if key not in folded_docs:
                    folded_docs[key] = tokenize(key)  # type: ignore[operator]
                continue
            self._forms.setdefault(text, []).append(form)
            if text not in exact_docs:
                exact_docs[text] = tokenize(text)  # type: ignore[operator]
            if len(text) >= 4 and not text.isupper() and form.kind != "person":
                key = text.lower()
                self._folded_forms.setdefault(key, []).append(form)
                if key not in folded_docs:
                    folded_docs[key] = tokenize(key)  # type: ignore[operator]
        for text, doc in exact_docs.items():
            self._exact.add(text, [doc])
        for key, doc in folded_docs.items():
            self._folded.add("~" + key, [doc])

    def hits(self, doc: Doc) -> dict[int, KbHit]:
        """Every token covered by a knowledge-base form, mapped to its hit; longest match wins."""
        found: list[KbHit] = []
        strings = doc.vocab.strings
        for match_id, start, end in self._exact(doc):
            found.append(KbHit(start, end, tuple(self._forms[strings[match_id]])))
        for match_id, start, end in self._folded(doc):
            key = strings[match_id][1:]
            forms = self._folded_forms[key]
            if doc[start:end].text.islower():
                # lower-case text only names roles: "turkey" and "china" are not states
                forms = [f for f in forms if f.kind == "role"]
            if forms:
                found.append(KbHit(start, end, tuple(forms)))
        found.sort(key=lambda h: (-(h.end - h.start), h.start, _KIND_RANK.get(h.best.kind, 5)))
        taken: dict[int, KbHit] = {}
        for hit in found:
            if any(i in taken for i in range(hit.start, hit.end)):
                continue
            for i in range(hit.start, hit.end):
                taken[i] = hit
        return taken


@dataclass(frozen=True, slots=True)
class _Cue:
    hit: KbHit
    form: SurfaceForm
    depth: int  # 0: the head itself; higher: further inside the phrase


class ActorResolver:
    """Resolves noun-phrase heads to actors, for one doc at one date."""

    def __init__(self, doc: Doc, matcher: ActorMatcher, on: date | None) -> None:
        self.doc = doc
        self.hits = matcher.hits(doc)
        self.kb = matcher.kb
        self.role_sectors = matcher.role_sectors
        self.on = on

    # -- public -----------------------------------------------------------------------------------------
    def actors(self, token: Token, *, agentive: bool = False) -> list[ActorRef]:
        """The actors a noun-phrase head denotes; several for coordinations ("Russia and China").

        ``agentive``: the phrase must name an actor by its head ("Russian diplomats", "the Kremlin"), not
        merely carry a national modifier ("a Russian proposal", "the UN resolution").
        """
        out: list[ActorRef] = []
        for head in (token, *self._conjuncts(token)):
            if agentive and head.i not in self.hits:
                continue
            for actor in self._resolve_head(head):
                if all(a.code != actor.code or a.span != actor.span for a in out):
                    out.append(actor)
        return out

    def mentions(self) -> Iterator[tuple[Span, ActorRef]]:
        """Every resolvable actor mention in the doc (for the mentions table), by KB hit."""
        seen: set[int] = set()
        for hit in sorted({id(h): h for h in self.hits.values()}.values(), key=lambda h: h.start):
            if hit.start in seen:
                continue
            seen.add(hit.start)
            span = self.doc[hit.start : hit.end]
            ref = self._from_cues(span.root, [_Cue(hit, hit.best, 0)], span.root)
            if ref is not None:
                yield span, ref

    # -- internals --------------------------------------------------------------------------------------
    def _conjuncts(self, token: Token) -> Iterable[Token]:
        for conj in token.conjuncts:
            if conj.i > token.i:
                yield conj
                yield from self._listed_appositions(conj)
        yield from self._listed_appositions(token)

    def _names_entity(self, token: Token) -> bool:
        hit = self.hits.get(token.i)
        return hit is not None and hit.best.kind in ("state", "igo", "group")

    def _listed_appositions(self, token: Token) -> Iterable[Token]:
        """'Saudi Arabia, the United Arab Emirates, Bahrain and Egypt' is often parsed as an apposition
        followed by conjuncts: a name in apposition to another name is a list, not a description."""
        if not self._names_entity(token):
            return
        for child in token.children:
            if child.dep_ == "appos" and self._names_entity(child):
                yield child
                for conj in child.conjuncts:
                    if conj.i > child.i:
                        yield conj

    def _phrase_tokens(self, head: Token) -> list[tuple[Token, int]]:
        """Tokens of the noun phrase headed by ``head`` with their depth (conjuncts, clauses and most
        prepositional phrases excluded)."""
        out: list[tuple[Token, int]] = [(head, 0)]
        stack: list[tuple[Token, int]] = [(head, 0)]
        while stack:
            tok, depth = stack.pop()
            for child in tok.children:
                if child.dep_ == "appos" and self._names_entity(child) and self._names_entity(tok):
                    continue  # a list, handled by _conjuncts
                if child.dep_ in _INNER_DEPS:
                    out.append((child, depth + 1))
                    stack.append((child, depth + 1))
        return out

    def _cues(self, tokens: Iterable[tuple[Token, int]]) -> list[_Cue]:
        cues: list[_Cue] = []
        seen: set[int] = set()
        for tok, depth in tokens:
            hit = self.hits.get(tok.i)
            if hit is None or hit.start in seen:
                continue
            seen.add(hit.start)
            for form in hit.forms:
                cues.append(_Cue(hit, form, depth))
        return cues

    def _resolve_head(self, head: Token) -> list[ActorRef]:
        if head.lower_ in _PRONOUNS:
            return []
        tokens = self._phrase_tokens(head)
        cues = self._cues(tokens)
        ref = self._from_cues(head, cues, head)
        if ref is not None and ref.code:
            return [ref, *self._coordinated_modifiers(head, tokens, cues)]
        # An office or body whose country is given by a prepositional phrase: "officials from Nicaragua
        # and China", "the government in Kabul", "representatives of the Taliban".
        sector = ref.sector if ref is not None else ""
        is_role = sector != "" or any(c.form.kind == "role" for c in cues)
        if not is_role:
            return []
        out: list[ActorRef] = []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in (_OF_PREPS | _IN_PREPS):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for inner in self.actors(pobj):
                    out.append(
                        ActorRef(
                            text=self._span_text(head, [head]),
                            span=self._char_span([head]),
                            code=inner.code,
                            sector=sector or inner.sector,
                            entity=inner.entity,
                            kind=ActorKind.ROLE,
                            entity_id=inner.entity_id,
                        )
                    )
        return out

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
                ref = self._from_cues(head, swapped, head)
                if ref is not None and ref.code:
                    out.append(ref)
        return out

    def _from_cues(self, head: Token, cues: list[_Cue], anchor: Token) -> ActorRef | None:
        """Combine the cues of one phrase: who (person, group, state, IGO) and which sector (role words)."""
        if not cues:
            return None
        sector = ""
        role_cues = [c for c in cues if c.form.kind == "role"]
        if role_cues:
            # the role word nearest the head decides the sector: "foreign ministry" over "foreign"
            best_role = min(role_cues, key=lambda c: (c.depth, -(c.hit.end - c.hit.start)))
            sector = self.role_sectors.get(best_role.form.text.lower(), "")
        who = [c for c in cues if c.form.kind != "role"]
        if not who:
            return ActorRef(
                text=head.text, span=self._char_span([head]), code="", sector=sector, kind=ActorKind.ROLE
            )
        best = min(
            who, key=lambda c: (_KIND_RANK.get(c.form.kind, 5), c.depth, _FORM_RANK.get(c.form.form, 5))
        )
        form = best.form
        tokens = [anchor, *(self.doc[i] for i in range(best.hit.start, best.hit.end))]
        span = self._char_span(tokens)
        text = self.doc.text[span.start : span.end]
        if form.kind == "person":
            found = self.kb.person_role(form.entity_id, self.on)
            if found is None:
                return None
            role, current = found
            return ActorRef(
                text=text,
                span=span,
                code=role.country,
                sector=role.sector if current else (sector or "ELI"),
                entity=role.name,
                kind=ActorKind.PERSON,
                entity_id=form.entity_id,
            )
        if form.kind == "group":
            status = self.kb.group_status(form.entity_id, self.on)
            return ActorRef(
                text=text,
                span=span,
                code=status.country,
                sector=sector or status.sector,
                entity=status.name,
                kind=ActorKind.GROUP,
                entity_id=form.entity_id,
            )
        if form.kind == "igo":
            igo = self.kb.igos[form.entity_id]
            return ActorRef(
                text=text,
                span=span,
                code=self.kb.country_level(form.entity_id),
                sector=sector,
                entity=igo.name,
                kind=ActorKind.IGO,
                entity_id=form.entity_id,
            )
        state = self.kb.states[form.entity_id]
        if form.form in ("capital", "seat") and not sector:
            sector = "GOV"
        kind = ActorKind.ROLE if (sector and form.form == "adjective") else ActorKind.STATE
        return ActorRef(
            text=text,
            span=span,
            code=state.iso3,
            sector=sector,
            entity=state.name,
            kind=kind,
            entity_id=state.iso3,
        )

    def _char_span(self, tokens: Iterable[Token]) -> CharSpan:
        toks = list(tokens)
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t.text) for t in toks)
        return CharSpan(start, end, self.doc.text[start:end])

    def _span_text(self, head: Token, tokens: list[Token]) -> str:
        return self._char_span(tokens).text
