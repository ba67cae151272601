"""Reading predicate-argument structure off spaCy's dependency parse (ClearNLP labels of en_core_web_sm).

Pure functions over tokens: voice, logical subject and object, pattern constraints and the slot paths of the
lexicon (``subj``, ``obj``, ``prep:X``, ``poss``, ``mod``, ``dative``, ``comp`` and paths like ``obj/poss``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dragoman.nlp.lexicon import Pattern

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
VERBAL = frozenset({"VERB", "AUX"})
# Verbs whose object is a text its subject wrote: the text's claims are the subject's ("published a draft
# demanding ...").
AUTHORING = frozenset(
    {
        "publish",
        "issue",
        "release",
        "send",
        "submit",
        "present",
        "unveil",
        "adopt",
        "propose",
        "draft",
        "circulate",
    }
)

# Is this token the head of a phrase naming an actor? (supplied by the caller: the resolver)
IsActor = Callable[[Token], bool]


def is_verbal(token: Token) -> bool:
    return token.pos_ in VERBAL


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and any(c.dep_ == "agent" for c in verb.children)
    )


def antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies: "Glas, who had been granted asylum"."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def objects(trigger: Token) -> list[Token]:
    """The logical object: direct object, or the passive subject; for a noun, its ``of`` complement."""
    if is_verbal(trigger):
        if is_passive(trigger):
            subj = [c for c in trigger.children if c.dep_ == "nsubjpass"]
            if subj:
                return [antecedent(s) for s in subj]
            if trigger.dep_ == "acl":
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


def clause_verb(token: Token) -> Token:
    """The verb of the clause a token belongs to (the token itself for a verb; the root at worst)."""
    t = token
    while not is_verbal(t) and t.dep_ != "ROOT" and t.head.i != t.i:
        t = t.head
    return t


def subjects(trigger: Token, is_actor: IsActor | None = None) -> list[Token]:
    """The logical subject: active subject, passive agent, or the subject a non-finite or coordinated verb
    inherits. For a noun, the subject of the verb it is the object of ("Biden made a visit")."""
    if not is_verbal(trigger):
        if trigger.dep_ in ("dobj", "obj") and is_verbal(trigger.head):
            return subjects(trigger.head, is_actor)
        return []
    if is_passive(trigger):
        return [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subj = [antecedent(c) for c in trigger.children if c.dep_ in SUBJECT_DEPS]
    if subj:
        return subj
    head = trigger.head
    if head.i == trigger.i:
        return []
    if trigger.dep_ == "xcomp":
        controller = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        return controller or subjects(head, is_actor)
    if trigger.dep_ in ("conj", "advcl"):
        return subjects(head, is_actor)
    if trigger.dep_ == "pcomp" and head.dep_ == "prep":
        return subjects(head.head, is_actor)
    if trigger.dep_ in ("acl", "relcl") and trigger.tag_ != "VBN":
        # "Russia became the first country to recognise ...": the subject of the copula
        if head.dep_ == "attr" and is_verbal(head.head):
            return subjects(head.head, is_actor)
        # "Russia published draft agreements demanding that ...": a document acts for its author
        if (
            is_actor is not None
            and head.dep_ in ("dobj", "obj")
            and head.head.lemma_.lower() in AUTHORING
            and not is_actor(head)
        ):
            return subjects(head.head, is_actor)
        return [head]
    return []


def lemma_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def matches(pattern: Pattern, trigger: Token) -> bool:
    """Whether a trigger satisfies a pattern's particle, object and preposition constraints."""
    if pattern.particle and not any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == pattern.particle for c in trigger.children
    ):
        return False  # the parser often labels a particle as an adverb: "stepped down", "pulled back"
    objs = objects(trigger)
    if pattern.objects:
        if pattern.objects == frozenset({"*"}):
            if not objs:
                return False
        else:
            # a measure phrase can stand where the object is expected: "gave them 72 hours to leave"
            measures = [c for c in trigger.children if c.dep_ == "npadvmod"] if pattern.pos == "V" else []
            if not any(lemma_in(o, pattern.objects) for o in [*objs, *measures]):
                return False
    if pattern.prep is not None:
        ok = False
        for host in (trigger, *objs, *_particles(trigger)):
            for prep in host.children:
                if prep.dep_ not in ("prep", "agent", "dative") or prep.lower_ not in pattern.prep.preps:
                    continue
                pobjs = [g for g in prep.children if g.dep_ == "pobj"]
                if not pattern.prep.objects or any(lemma_in(p, pattern.prep.objects) for p in pobjs):
                    ok = True
        if not ok:
            return False
    return True


def _particles(verb: Token) -> list[Token]:
    """Particles that carry their own preposition: "pulled its troops out of Syria"."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away", "off", "back")
    ]


def slot_tokens(slot: str, trigger: Token, is_actor: IsActor | None = None) -> list[Token]:
    """Follow a slot path (``obj/poss``) from the trigger to the tokens that should name an actor."""
    tokens = [trigger]
    for step in slot.split("/"):
        tokens = [t for tok in tokens for t in _step(tok, step, trigger, is_actor)]
        if not tokens:
            break
    return tokens


def _step(tok: Token, step: str, trigger: Token, is_actor: IsActor | None) -> list[Token]:
    if step == "subj":
        return subjects(tok, is_actor)
    if step == "obj":
        return objects(tok)
    if step == "poss":
        return [c for c in tok.children if c.dep_ == "poss"]
    if step == "mod":
        # only modifiers that are themselves names or adjectives of actors: "the Israeli seizure",
        # not "a US-brokered agreement"
        return [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "VERB"]
    if step == "dative":
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ == "dative":
                out.extend([g for g in c.children if g.dep_ == "pobj"] or [c])
        return out
    if step == "comp":
        # "demanded that NATO withdraw": the subject of the complement clause
        return [s for c in tok.children if c.dep_ in ("ccomp", "xcomp") for s in subjects(c, is_actor)]
    if step.startswith("prep:"):
        word = step[5:]
        hosts = [tok, *(objects(tok) + _particles(tok) if tok.i == trigger.i and is_verbal(tok) else [])]
        return [
            g
            for host in hosts
            for c in host.children
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return []
