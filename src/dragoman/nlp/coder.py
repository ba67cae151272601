"""The event coder: CAMEO events from spaCy's dependency parse and the pattern lexicon.

For every verb or noun whose lemma triggers a pattern, the coder checks the pattern's constraints (particle,
object, preposition), asks whether the act is asserted (not negated, hypothetical, conditional or merely
wanted), finds the source and target through the pattern's slots (voice-aware: "were expelled by Latvia"),
dates the event from the date expression that governs its clause, and merges repeats of the same act within
the article into one event with several pieces of evidence.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from dragoman.model import (
    ActorRef,
    Article,
    CharSpan,
    CodingResult,
    DateSource,
    Event,
    EventDate,
    Evidence,
    Mention,
    event_id,
)
from dragoman.model.cameo import CameoTable
from dragoman.nlp.actors import ActorMatcher, ActorResolver
from dragoman.nlp.dates import ResolvedDate, resolve_date
from dragoman.nlp.lexicon import Lexicon, Pattern

_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "will", "shall", "ca", "can"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Verbs under which an act is not (yet) performed: "wants to recognise", "failed to expel".
_NON_ASSERTING = frozenset(
    {
        "want",
        "hope",
        "seek",
        "try",
        "attempt",
        "fail",
        "refuse",
        "decline",
        "plan",
        "consider",
        "intend",
        "threaten",
        "urge",
        "ask",
        "call",
        "demand",
        "press",
        "expect",
        "aim",
        "propose",
        "prepare",
        "weigh",
        "mull",
        "vow",
        "pledge",
        "promise",
        "offer",
        "agree",
        "decide",
        "deny",
        "rule",
    }
)
# Root -> intent code when the act is the complement of "agree to", "pledge to", "promise to" ...
_INTENT_GOVERNORS = frozenset({"agree", "pledge", "promise", "vow", "offer", "decide", "commit"})
_INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "16": "030"}
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


@dataclass(frozen=True, slots=True)
class _DateCue:
    span: Span
    resolved: ResolvedDate


@dataclass(frozen=True, slots=True)
class _Found:
    """One act found in a sentence, before merging repeats."""

    pattern: Pattern
    code: str
    trigger: Token
    source: ActorRef
    target: ActorRef | None
    date: EventDate
    sentence_index: int


class EventCoder:
    """Codes parsed docs into events. Holds no per-document state; safe to reuse across documents."""

    def __init__(self, lexicon: Lexicon, cameo: CameoTable, matcher: ActorMatcher) -> None:
        self.lexicon = lexicon
        self.cameo = cameo
        self.matcher = matcher

    def code(self, doc: Doc, article: Article) -> CodingResult:
        resolver = ActorResolver(doc, self.matcher, article.published)
        sentences = list(doc.sents)
        starts = [s.start for s in sentences]
        dates = _date_cues(doc, article.published)
        found: list[_Found] = []
        for token in doc:
            pos = "V" if token.pos_ in ("VERB", "AUX") else "N" if token.pos_ in ("NOUN", "PROPN") else ""
            if not pos:
                continue
            patterns = self.lexicon.candidates(pos, token.lemma_.lower())
            if not patterns and pos == "N":
                patterns = self.lexicon.candidates(pos, token.lower_)
            if not patterns:
                continue
            pattern = next((p for p in patterns if _matches(p, token)), None)
            if pattern is None or not _asserted(token, pattern):
                continue
            sentence_index = bisect.bisect_right(starts, token.i) - 1
            found.extend(self._acts(token, pattern, resolver, dates, article, sentence_index))
        events = self._merge(found, article, sentences)
        mentions = tuple(
            Mention(article.id, bisect.bisect_right(starts, span.start) - 1, ref)
            for span, ref in resolver.mentions()
        )
        return CodingResult(article=article, events=events, mentions=mentions)

    # -- one trigger ------------------------------------------------------------------------------------
    def _acts(
        self,
        trigger: Token,
        pattern: Pattern,
        resolver: ActorResolver,
        dates: dict[int, list[_DateCue]],
        article: Article,
        sentence_index: int,
    ) -> Iterable[_Found]:
        sources = _first_filled(pattern.source, trigger, resolver)
        if not sources:
            return
        targets = _first_filled(pattern.target, trigger, resolver)
        code = _chain_code(trigger, pattern.code)
        event_date = _event_date(trigger, dates, article.published)
        pairs: list[tuple[ActorRef, ActorRef | None]] = []
        if targets:
            for s in sources:
                for t in targets:
                    pairs.append((s, t))
                    if pattern.symmetric:
                        pairs.append((t, s))
        elif pattern.symmetric and len(sources) > 1:
            pairs.extend((s, t) for s in sources for t in sources if s.span != t.span)
        elif "notarget" in pattern.flags:
            pairs.extend((s, None) for s in sources)
        for source, target in pairs:
            if target is not None and source.code == target.code and "internal" not in pattern.flags:
                continue
            if target is not None and source.span == target.span:
                continue
            yield _Found(pattern, code, trigger, source, target, event_date, sentence_index)

    # -- merging repeats ------------------------------------------------------------------------------------
    def _merge(
        self, found: Sequence[_Found], article: Article, sentences: Sequence[Span]
    ) -> tuple[Event, ...]:
        merged: dict[tuple[str, str, str, str], list[_Found]] = {}
        for act in found:
            key = (act.source.code, act.target.code if act.target else "", act.code, act.date.value)
            merged.setdefault(key, []).append(act)
        events: list[Event] = []
        for (src, tgt, code, when), acts in merged.items():
            first = acts[0]
            entry = self.cameo.get(code)
            evidence: list[Evidence] = []
            seen_sentences: set[int] = set()
            for act in acts:
                if act.sentence_index in seen_sentences:
                    continue
                seen_sentences.add(act.sentence_index)
                evidence.append(_evidence(act, sentences[act.sentence_index]))
            events.append(
                Event(
                    id=event_id(article.id, src, tgt or None, code, when),
                    article_id=article.id,
                    code=code,
                    root=code[:2],
                    name=entry.name,
                    quad_class=entry.quad_class,
                    goldstein=entry.goldstein,
                    plover_type=entry.plover_type,
                    plover_mode=entry.plover_mode,
                    source=first.source,
                    target=first.target,
                    date=first.date,
                    evidence=tuple(evidence),
                )
            )
        events.sort(
            key=lambda e: (
                e.sentence_index,
                e.evidence[0].predicate.start,
                e.source.span.start,
                e.target.span.start if e.target else -1,
                e.code,
            )
        )
        return tuple(events)


# -- pattern constraints -----------------------------------------------------------------------------------
def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and any(c.dep_ == "agent" for c in verb.children)
    )


def _objects(trigger: Token) -> list[Token]:
    if trigger.pos_ in ("VERB", "AUX"):
        if _is_passive(trigger):
            subj = [c for c in trigger.children if c.dep_ == "nsubjpass"]
            if subj:
                return [_antecedent(s) for s in subj]
            if trigger.dep_ in ("acl",):
                return [trigger.head]
            return []
        return [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    return [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _lemma_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _matches(pattern: Pattern, trigger: Token) -> bool:
    if pattern.particle and not any(
        c.dep_ == "prt" and c.lower_ == pattern.particle for c in trigger.children
    ):
        return False
    objects = _objects(trigger)
    if pattern.objects:
        if pattern.objects == frozenset({"*"}):
            if not objects:
                return False
        else:
            # a measure phrase can stand where the object is expected: "gave them 72 hours to leave"
            measures = [c for c in trigger.children if c.dep_ == "npadvmod"] if pattern.pos == "V" else []
            if not any(_lemma_in(o, pattern.objects) for o in [*objects, *measures]):
                return False
    if pattern.prep is not None:
        hosts = [trigger, *objects]
        ok = False
        for host in hosts:
            for prep in host.children:
                if prep.dep_ not in ("prep", "agent", "dative") or prep.lower_ not in pattern.prep.preps:
                    continue
                pobjs = [g for g in prep.children if g.dep_ == "pobj"]
                if not pattern.prep.objects or any(_lemma_in(p, pattern.prep.objects) for p in pobjs):
                    ok = True
        if not ok:
            return False
    return True


# -- assertion ---------------------------------------------------------------------------------------------
def _clause_verb(token: Token) -> Token:
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.dep_ != "ROOT" and t.head.i != t.i:
        t = t.head
    return t


def _negated_or_modal(verb: Token, allow_modal: bool) -> bool:
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if not allow_modal and child.dep_ == "aux" and child.lower_ in _MODALS:
            return True
        if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
            return True
    return False


def _asserted(trigger: Token, pattern: Pattern) -> bool:
    """Whether the text asserts that the act happened (intents, threats, appeals and demands are acts too)."""
    speech_act = pattern.code[:2] in ("02", "03", "10", "13")
    verb = trigger if pattern.pos == "V" else _clause_verb(trigger)
    if pattern.pos == "N" and trigger.dep_ not in (
        "dobj",
        "nsubj",
        "nsubjpass",
        "pobj",
        "appos",
        "conj",
        "ROOT",
    ):
        return True  # a noun in a modifier position reports a settled fact ("after the recognition of ...")
    if _negated_or_modal(verb, allow_modal=speech_act):
        return False
    # walk up chains of infinitives and coordinations: "did not agree to restore", "wants to recognise"
    t = verb
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
        head = t.head
        if _negated_or_modal(head, allow_modal=speech_act):
            return False
        if t.dep_ == "xcomp" and head.lemma_.lower() in _NON_ASSERTING:
            return head.lemma_.lower() in _INTENT_GOVERNORS and not speech_act
        t = head
    return True


def _chain_code(trigger: Token, code: str) -> str:
    """'agreed to restore ties' is an intent (03x), not the restoration itself."""
    t = trigger
    while t.dep_ in ("conj",) and t.head.i != t.i:
        t = t.head
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in _INTENT_GOVERNORS:
        return _INTENT_CODES.get(code[:2], code)
    return code


# -- slots -------------------------------------------------------------------------------------------------
def _antecedent(token: Token) -> Token:
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _subjects(trigger: Token) -> list[Token]:
    if trigger.pos_ not in ("VERB", "AUX"):
        # a noun's subject is the subject of the verb it is the object of ("Biden made a visit")
        if trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ in ("VERB", "AUX"):
            return _subjects(trigger.head)
        return []
    if _is_passive(trigger):
        return [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subj = [_antecedent(c) for c in trigger.children if c.dep_ in _SUBJECT_DEPS]
    if subj:
        return subj
    head = trigger.head
    if head.i == trigger.i:
        return []
    if trigger.dep_ == "xcomp":
        controller = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        return controller or _subjects(head)
    if trigger.dep_ in ("conj", "advcl"):
        return _subjects(head)
    if trigger.dep_ == "pcomp" and head.dep_ == "prep":
        return _subjects(head.head)
    if trigger.dep_ in ("acl", "relcl") and trigger.tag_ != "VBN":
        # "Russia became the first country to recognise ...": the subject of the copula
        if head.dep_ == "attr" and head.head.pos_ in ("VERB", "AUX"):
            return _subjects(head.head)
        return [head]
    return []


def _step(tokens: list[Token], step: str, trigger: Token) -> list[Token]:
    out: list[Token] = []
    for tok in tokens:
        if step == "subj":
            out.extend(_subjects(tok))
        elif step == "obj":
            out.extend(_objects(tok))
        elif step == "poss":
            out.extend(c for c in tok.children if c.dep_ == "poss")
        elif step == "mod":
            # only modifiers that are themselves names or adjectives of actors: "the Israeli seizure",
            # not "a US-brokered agreement"
            out.extend(c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "VERB")
        elif step == "dative":
            for c in tok.children:
                if c.dep_ == "dative":
                    out.extend([g for g in c.children if g.dep_ == "pobj"] or [c])
        elif step.startswith("prep:"):
            word = step[5:]
            hosts = [tok, *(_objects(tok) if tok.i == trigger.i and tok.pos_ in ("VERB", "AUX") else [])]
            for host in hosts:
                for c in host.children:
                    if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word:
                        out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _first_filled(slots: Sequence[str], trigger: Token, resolver: ActorResolver) -> list[ActorRef]:
    for slot in slots:
        tokens = [trigger]
        for step in slot.split("/"):
            tokens = _step(tokens, step, trigger)
            if not tokens:
                break
        actors: list[ActorRef] = []
        # a subject or object must name an actor by its head; a possessor, modifier or prepositional
        # object may be a place or a national cue ("Kyiv's hospital", "the Israeli seizure")
        agentive = slot.split("/")[-1] in ("subj", "obj")
        for tok in tokens:
            for actor in resolver.actors(tok, agentive=agentive):
                if actor.code and all(a.code != actor.code for a in actors):
                    actors.append(actor)
        if actors:
            return actors
    return []


# -- dates -------------------------------------------------------------------------------------------------
def _date_cues(doc: Doc, published: date | None) -> dict[int, list[_DateCue]]:
    cues: dict[int, list[_DateCue]] = {}
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        resolved = resolve_date(ent.text, published)
        if resolved is None:
            continue
        if published is not None and resolved.day > published:
            continue  # the future is not when a reported act happened
        anchor = _date_anchor(ent.root)
        if anchor is not None:
            cues.setdefault(anchor.i, []).append(_DateCue(ent, resolved))
    return cues


def _date_anchor(root: Token) -> Token | None:
    """The verb a date expression modifies, if it modifies one directly: "In April, X removed ...",
    "X on Friday blocked ...". A date inside a further prepositional phrase describes something else
    ("normalise relations, after Egypt in 1979"): no anchor."""
    preps = 0
    t = root
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        if t.dep_ in ("prep", "agent"):
            preps += 1
            if preps > 1:
                return None
        t = t.head
    if t.pos_ not in ("VERB", "AUX") and t.dep_ != "ROOT":
        return None
    return t


def _event_date(trigger: Token, cues: dict[int, list[_DateCue]], published: date | None) -> EventDate:
    t = _clause_verb(trigger)
    seen: set[int] = set()
    while t.i not in seen:
        seen.add(t.i)
        if t.i in cues:
            cue = cues[t.i][0]
            span = CharSpan(cue.span.start_char, cue.span.end_char, cue.span.text)
            return EventDate.at_precision(cue.resolved.day, cue.resolved.precision, DateSource.TEXT, span)
        if t.head.i == t.i:
            break
        t = _clause_verb(t.head)
    if published is None:
        return EventDate.unknown()
    return EventDate.from_day(published, DateSource.PUBLISHED)


# -- evidence ----------------------------------------------------------------------------------------------
def _evidence(act: _Found, sentence: Span) -> Evidence:
    text = sentence.text
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    start = sentence.start_char + lead
    end = sentence.start_char + trail
    doc_text = sentence.doc.text
    trigger = act.trigger
    return Evidence(
        sentence_index=act.sentence_index,
        sentence=CharSpan(start, end, doc_text[start:end]),
        predicate=CharSpan(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
        source=act.source.span,
        target=act.target.span if act.target else None,
        date=act.date.span,
        pattern_id=act.pattern.id,
    )
