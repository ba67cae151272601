"""Reading predicate-argument structure off spaCy's dependency parse (ClearNLP labels of en_core_web_sm).

Pure functions over tokens: voice, logical subject and object, pattern constraints and the slot paths of the
lexicon (``subj``, ``obj``, ``prep:X``, ``poss``, ``mod``, ``dative``, ``comp`` and paths like ``obj/poss``).
"""

from __future__ import annotations

import bisect
import calendar
import weakref
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from spacy.attrs import HEAD, IDX, LEMMA, LENGTH, LOWER, POS, SENT_START
from spacy.tokens import Doc, Token

from dragoman.nlp.lexicon import Pattern, PrepConstraint

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
        "sign",  # a text signed is its signatories' own: "signed a communique restoring ties"
        "initial",
        "ink",
        # a charge or complaint laid is its complainant's: "unsealed an indictment charging ...", "filed a
        # complaint accusing ..."
        "unseal",
        "file",
        "lodge",
    }
)

# Verbs that name their object with a predicate ("called the raid a violation"): not the act of the verb.
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "deem", "pronounce", "dub", "declare"})

# Nouns that measure what follows their "of": "a round of talks", "a new package of sanctions".
# spans of time a measure of an act may be: "held two days of talks"
_SPANS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"})
PARTITIVES = frozenset(
    {"round", "series", "set", "wave", "package", "batch", "raft", "string", "slew", "spate"}
    # ("lifted a broad range of sanctions", "fired a volley of rockets", "a new tranche of aid")
    | {"range", "host", "array", "tranche", "suite", "swathe", "flurry", "barrage", "volley", "salvo"}
    # measures and parts: "provided 25,000 tons of food aid", "suspended part of its aid"
    | {"ton", "tons", "tonne", "tonnes", "kg", "kilogram", "kilograms", "barrel", "barrels", "litre"}
    | {"litres", "liter", "liters", "consignment", "consignments", "part", "portion", "bulk", "worth"}
    # shares: "agreed to write off 90 percent of North Korea's debt"
    | {"percent", "pct", "half", "third", "quarter", "fraction"}
    # spans of time: "held two days of talks", "after a week of fighting"
    | _SPANS
)
# Subjects that count people: "thousands of protesters", "a group of Moroccan diplomats" act as the people
# (as objects the number may matter: "deported thousands of children" is a mass expulsion).
QUANTITIES = PARTITIVES | frozenset(
    {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million"}
    | {"millions", "tens", "group", "handful", "crowd", "crowds", "number", "delegation", "team"}
)
# numbers and quantifiers read as the thing they pick out when their "of" names it: "rammed one of its patrol
# vessels", "seized two of the boats"
_SOME = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "several", "many"}
    | {"all", "both", "each", "most", "few"}
)
# participles of where what is sent is bound: "gas destined for Ukrainian consumers"
_BOUND = frozenset({"destine", "destined", "bind", "bound", "intend", "intended", "earmark", "earmarked"})
# counts of things: "dozens of cruise missiles"
# (and groups: "would deploy a joint regional group of troops")
_COUNTS = QUANTITIES - PARTITIVES - {"crowd", "crowds", "delegation", "team"}
# counts and sums of money whose "of" names what they count: "dozens of missiles", "$300 billion of assets"
_SUMS = _COUNTS | {"billion", "trillion", "dollar", "dollars", "euro", "euros", "yen", "$", "€", "£"}

# nouns that carry what their compound modifier names: "aid trucks", "weapons shipments"
_CARRIERS = frozenset(
    {"truck", "trucks", "convoy", "convoys", "shipment", "shipments", "delivery", "deliveries", "flight"}
    | {"flights", "plane", "planes", "consignment", "consignments", "package", "packages", "cargo"}
    | {"line", "lines", "service", "services"}  # "extended a credit line", "suspended visa services"
)
# people whose kind is their compound modifier: "allowed UN aid workers into Rakhine", "peacekeeping mission"
_STAFF = frozenset({"worker", "staff", "personnel", "mission", "missions", "force", "forces"})
# nouns of conveying a thing, read through to the thing: "approved the transfer of its MiG-29 jets to Ukraine"
_CONVEYANCES = frozenset(
    {"transfer", "transfers", "delivery", "deliveries", "shipment", "shipments", "handover", "dispatch"}
    # (and the imposing of measures: "ordered the reimposition of sanctions")
    | {"imposition", "reimposition", "re-imposition"}
)
# measures of goods a prepositional object may go through: "tariffs on $34 billion worth of imports"
_MEASURES = frozenset(
    {"worth", "ton", "tons", "tonne", "tonnes", "barrel", "barrels", "consignment", "billion"}
)

# rates of a duty, listed one per good: "tariffs of 25 percent on steel and 10 percent on aluminium"
_RATES = frozenset({"percent", "%"})
# Prepositions of an occasion the clause's subject takes part in: "during a visit to", "on a trip to".
OCCASION_PREPS = frozenset({"during", "on", "after", "following", "at"})
# Occasions whose other party a cooperative act is aimed at ("during talks with Zelensky").
OCCASIONS = frozenset({"talk", "talks", "meeting", "call", "visit", "trip", "tour", "summit", "conversation"})
# nouns of an exchange whose "in" is an occasion too: "apologised in a telephone call with Erdogan"
_EXCHANGES = frozenset({"call", "conversation"})
_TALKS = frozenset({"talk", "talks", "negotiation", "negotiations"})

# Nouns of an accord: "the agreement", "the deal" name the same accord.
ACCORDS = frozenset({"agreement", "deal", "accord", "treaty", "pact"})
# Nouns for claims whose participle states them: "allegations linking X to the killing".
CLAIMS = frozenset({"allegation", "allegations", "accusation", "accusations", "evidence", "intelligence"})


class DocColumns:
    """The part of speech, lemma and lower-case form (string ids) of every token of a doc, read off its
    array once for the whole coding of the doc: ``Doc.to_array(...).tolist()`` builds a Python int for
    every id on every call. Not to be changed."""

    __slots__ = ("_lemma_set", "_lower_set", "lemmas", "lowers", "poses")

    def __init__(self, doc: Doc) -> None:
        poses, lemmas, lowers = doc.to_array([POS, LEMMA, LOWER]).T.tolist()
        self.poses: list[int] = poses
        self.lemmas: list[int] = lemmas
        self.lowers: list[int] = lowers
        self._lemma_set: frozenset[int] | None = None
        self._lower_set: frozenset[int] | None = None

    @property
    def lemma_set(self) -> frozenset[int]:
        """The doc's lemma ids."""
        if self._lemma_set is None:
            self._lemma_set = frozenset(self.lemmas)
        return self._lemma_set

    @property
    def lower_set(self) -> frozenset[int]:
        """The doc's lower-case form ids."""
        if self._lower_set is None:
            self._lower_set = frozenset(self.lowers)
        return self._lower_set

    def with_lemma(self, ids: AbstractSet[int]) -> list[int]:
        """The positions of the tokens whose lemma id is one of ``ids``, in text order (none looked at when
        the doc has none of them)."""
        return _positions(self.lemmas, ids & self.lemma_set)

    def with_either(self, ids: AbstractSet[int]) -> list[int]:
        """The positions of the tokens whose lemma id or lower-case form id is one of ``ids``, in text
        order."""
        found = _positions(self.lemmas, ids & self.lemma_set)
        found += _positions(self.lowers, ids & self.lower_set)
        return sorted(set(found))

    def with_lower(self, ids: AbstractSet[int]) -> list[int]:
        """The positions of the tokens whose lower-case form id is one of ``ids``, in text order."""
        return _positions(self.lowers, ids & self.lower_set)


def _positions(values: list[int], present: AbstractSet[int]) -> list[int]:
    """The positions in ``values`` of the values of ``present`` (all of which it holds), in order: found by
    the list's own search, one value at a time (the doc holds few of the words looked for)."""
    found: list[int] = []
    for value in present:
        i = values.index(value)
        while True:
            found.append(i)
            try:
                i = values.index(value, i + 1)
            except ValueError:
                break
    if len(present) > 1:
        found.sort()
    return found


# Is this token the head of a phrase naming an actor? (supplied by the caller: the resolver)
IsActor = Callable[[Token], bool]


class _Tree:
    """The children of the tokens of one doc: ``Token.children`` walks the token's subtree edges and builds
    a new ``Token`` for every position it passes, on every call. Here the child positions are read once
    from the head array, and a token's children are built once, when first asked for."""

    __slots__ = ("doc", "ends", "kids", "objects", "positions", "sentence_starts", "size", "starts")

    def __init__(self, doc: Doc) -> None:
        self.doc = weakref.ref(doc)
        self.size = len(doc)
        positions: dict[int, list[int]] = {}
        for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
            if offset:
                positions.setdefault(i + offset, []).append(i)
        self.positions = positions
        self.kids: dict[int, tuple[Token, ...]] = {}
        self.objects: dict[int, tuple[Token, ...]] = {}  # see ``objects``
        self.starts: list[int] | None = None  # see ``char_offsets``
        self.ends: list[int] = []
        self.sentence_starts: list[int] | None = None  # see ``sentence_bounds``

    def children(self, token: Token) -> tuple[Token, ...]:
        kids = self.kids.get(token.i)
        if kids is None:
            doc = token.doc
            kids = tuple(map(doc.__getitem__, self.positions.get(token.i, ())))
            self.kids[token.i] = kids
        return kids


_tree: _Tree | None = None


def _tree_of(token: Token) -> _Tree:
    """The tree of the token's doc. One doc's tree is kept at a time (coding reads one doc after another;
    the last doc read stays alive until another is read). A doc whose length changed since (retokenised)
    is read afresh."""
    global _tree
    doc = token.doc
    tree = _tree
    if tree is None or tree.doc() is not doc or tree.size != len(doc):
        tree = _Tree(doc)
        _tree = tree
    return tree


def _tree_of_doc(doc: Doc) -> _Tree:
    """The tree of a doc (see ``_tree_of``)."""
    global _tree
    tree = _tree
    if tree is None or tree.doc() is not doc or tree.size != len(doc):
        tree = _Tree(doc)
        _tree = tree
    return tree


def children(token: Token) -> tuple[Token, ...]:
    """``token.children`` (the same tokens, in the same order), from a tree built once per doc."""
    # (``_tree_of`` and ``_Tree.children`` inlined: this is called for nearly every token the coder reads)
    global _tree
    doc = token.doc
    tree = _tree
    if tree is None or tree.doc() is not doc or tree.size != len(doc):
        tree = _Tree(doc)
        _tree = tree
    i = token.i
    kids = tree.kids.get(i)
    if kids is None:
        kids = tuple(map(doc.__getitem__, tree.positions.get(i, ())))
        tree.kids[i] = kids
    return kids


def child_positions(token: Token) -> dict[int, list[int]]:
    """The positions of the children of every token of the token's doc (those of :func:`children`, in the
    same order; a token without children has no entry), from the same tree. Not to be changed."""
    return _tree_of(token).positions


def char_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each token of the doc starts and ends in its text (``token.idx`` and ``token.idx + len(token)``),
    read once per doc (with its tree): ``doc[i:j]`` builds a ``Span`` and its text a ``Token`` per word,
    while its characters are ``text[starts[i] : ends[j - 1]]``. Not to be changed."""
    # (``_tree_of_doc`` inlined: this is called for every stretch of text an actor is given)
    global _tree
    tree = _tree
    if tree is None or tree.doc() is not doc or tree.size != len(doc):
        tree = _Tree(doc)
        _tree = tree
    if tree.starts is None:
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
        tree.ends = [start + length for start, length in zip(starts, lengths, strict=True)]
        tree.starts = starts
    return tree.starts, tree.ends


def sentence_bounds(token: Token) -> tuple[int, int]:
    """``(token.sent.start, token.sent.end)``, read off the doc's sentence starts (read once per doc):
    ``Token.sent`` builds spans and walks the doc's tokens on every call."""
    doc = token.doc
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        sentence = token.sent
        return sentence.start, sentence.end
    tree = _tree_of_doc(doc)
    starts = tree.sentence_starts
    if starts is None:
        if not doc.has_annotation("SENT_START"):
            sentence = token.sent  # (raises spaCy's error)
            return sentence.start, sentence.end
        starts = _sentence_starts(doc, tree)
    k = bisect.bisect_right(starts, token.i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


def _sentence_starts(doc: Doc, tree: _Tree) -> list[int]:
    """The doc's sentence starts off its sentence-start array, read once per doc (kept with its tree)."""
    starts = tree.sentence_starts
    if starts is None:
        flags = doc.to_array(SENT_START).astype("int64").tolist()
        starts = tree.sentence_starts = [0, *(i for i in range(1, len(flags)) if flags[i] == 1)]
    return starts


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, as ``[s.start for s in doc.sents]`` (a new list), read off the
    doc's sentence-start array once per doc: iterating ``doc.sents`` builds a ``Token`` for every token."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START") or len(doc) == 0:
        return [s.start for s in doc.sents]
    return list(_sentence_starts(doc, _tree_of_doc(doc)))


def is_verbal(token: Token) -> bool:
    return token.pos_ in VERBAL


# participles of a state of custody rather than an act: "five Iranians detained in the United States"
_HELD = frozenset({"hold", "detain", "jail", "imprison", "intern", "keep", "incarcerate"})


def is_passive(verb: Token) -> bool:
    kids = children(verb)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return True
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in SUBJECT_DEPS for c in kids):
        # "were flown to Doha and freed": a bare participle coordinated with a passive shares its voice
        head = children(verb.head)
        if any(c.dep_ == "auxpass" for c in head) and not any(c.dep_ in ("dobj", "obj") for c in kids):
            return True
    return (
        verb.tag_ == "VBN"
        and (
            verb.dep_ in ("acl", "relcl")
            or (verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in kids))
        )
        and (
            any(c.dep_ == "agent" for c in kids)
            # ("the American student sentenced to 15 years": a participle after its noun with no object;
            # but "five Iranians detained in the United States" tells where they are, not an act)
            or (
                verb.dep_ == "acl"
                and verb.i == verb.head.i + 1
                and verb.lemma_.lower() not in _HELD
                and not any(c.dep_ in ("dobj", "obj") for c in kids)
                and not _relative_compound(verb)
            )
        )
    )


def _relative_compound(verb: Token) -> list[Token]:
    """'the duty Ottawa imposed on Chinese vehicles': the parser may take the noun for a compound of the
    relative clause's subject, and the clause for a participle describing that name; the noun is then the
    clause's object (a determiner before it, a name between it and the verb)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.pos_ != "PROPN" or verb.i != head.i + 1:
        return []
    if any(c.dep_ in ("dobj", "obj", "agent") for c in children(verb)):
        return []
    return [
        c
        for c in children(head)
        if c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.i == head.i - 1
        and any(
            d.dep_ in ("det", "nummod", "amod", "compound") and d.i < c.i
            for d in (*children(c), *children(head))
        )
    ]


def antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies: "Glas, who had been granted asylum"."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl"):
        return token.head.head
    return token


def objects(trigger: Token) -> list[Token]:
    """The logical object: direct object, or the passive subject; for a noun, its ``of`` complement."""
    memo = _tree_of(trigger).objects
    found = memo.get(trigger.i)
    if found is None:
        found = tuple(_objects(trigger))
        memo[trigger.i] = found
    return list(found)


# verbs of letting: what they let do is the subject the parser gives the infinitive ("allowed aid trucks to
# enter Gaza")
_PERMITTING = frozenset({"allow", "permit", "let"})


def permitted_clauses(verb: Token) -> list[Token]:
    """The infinitive a verb of letting governs with its own subject, the one let in: "allowed aid trucks to
    enter Gaza" (the parser's clause complement, which it labels as no infinitive of the verb's own)."""
    if verb.lemma_.lower() not in _PERMITTING or not is_verbal(verb):
        return []
    return [
        c
        for c in children(verb)
        if c.dep_ == "ccomp"
        and is_verbal(c)
        # (a bare infinitive after "let": "let aid convoys cross into Gaza")
        and (
            c.tag_ == "VB"
            if verb.lemma_.lower() == "let"
            else any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
        )
        and any(s.dep_ == "nsubj" for s in children(c))
    ]


# verbs by which a free relative names what the clause's verb acts on: "launched what it called anti-terrorist
# operations", "began what was described as an exercise"
_FREE_RELATIVE_NAMING = NAMING_VERBS | {"describe", "characterize", "characterise"}


def _among_members(noun: Token) -> list[Token]:
    """'Evan Gershkovich and Paul Whelan were among 16 prisoners freed by Russia': who is said to be among
    the people a participle acts on is whom it acts on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_.lower() != "be":
        return []
    return [s for s in children(prep.head) if s.dep_ in ("nsubj", "nsubjpass")]


def _named_free_relative(trigger: Token) -> list[Token]:
    """'Azerbaijan launched what it called anti-terrorist operations': the object of a verb whose object is a
    free relative of naming is the noun the relative names (its object complement, its second object, or its
    "as" complement)."""
    for clause in children(trigger):
        if (
            clause.dep_ != "ccomp"
            or clause.i <= trigger.i
            or clause.lemma_.lower() not in _FREE_RELATIVE_NAMING
        ):
            continue
        kids = children(clause)
        if not any(k.lower_ == "what" and k.dep_ in ("dobj", "nsubjpass") and k.i < clause.i for k in kids):
            continue
        named = [
            k
            for k in kids
            if k.i > clause.i and (k.dep_ == "oprd" or (k.dep_ == "dobj" and k.pos_ == "NOUN"))
        ]
        named += [
            g for k in kids if k.dep_ == "prep" and k.lower_ == "as" for g in children(k) if g.dep_ == "pobj"
        ]
        if named:
            return named[:1]
    return []


def _shifted_past_manner(verb: Token) -> list[Token]:
    """'rejected with disgust the prosecutor's request', 'condemned in the strongest possible terms North
    Korea's launch': an object shifted after a phrase of manner right after its verb, which the parser hangs
    on that phrase (a second object of its preposition, or an object or apposition of its noun)."""
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "in") or prep.i != verb.i + 1:
            continue
        nouns = [g for g in children(prep) if g.dep_ == "pobj"]
        if not nouns:
            continue
        manner = nouns[0]
        shifted = nouns[1:] + [g for g in children(manner) if g.dep_ in ("dobj", "appos") and g.i > manner.i]
        for g in shifted:
            between = verb.doc[manner.i + 1 : g.left_edge.i]
            if g.pos_ in ("NOUN", "PROPN") and not any(t.is_punct or t.pos_ == "ADP" for t in between):
                return [g]
    return []


def _objects(trigger: Token) -> list[Token]:
    if is_verbal(trigger):
        if trigger.lemma_.lower() in _HYPHENED_AGENTS and hyphened_agent(trigger):
            return [trigger.head]  # "a US-brokered deal": the deal is what was brokered
        if is_passive(trigger):
            subj = [c for c in children(trigger) if c.dep_ == "nsubjpass"]
            if subj:
                return [antecedent(s) for s in subj]
            if trigger.dep_ == "acl":
                return _among_members(trigger.head) or [trigger.head]
            if trigger.dep_ == "conj":
                # "a ceremony hosted by Trump and attended by Pashinyan": the parser hangs the second
                # participle on the clause's verb; it describes what the first one does
                for left in reversed(trigger.doc[max(trigger.i - 12, 0) : trigger.i]):
                    if left.dep_ == "acl" and left.tag_ == "VBN":
                        return [left.head]
                if is_passive(trigger.head):
                    # "five Americans were flown to Doha and freed": the first passive's subject
                    shared = [c for c in children(trigger.head) if c.dep_ == "nsubjpass"]
                    if shared:
                        return [antecedent(s) for s in shared]
                elif is_verbal(trigger.head) and not any(c.dep_ in SUBJECT_DEPS for c in children(trigger)):
                    # "Jaishankar arrived in Islamabad ... and was welcomed by Sharif": the first verb's
                    # subject
                    shared = [c for c in children(trigger.head) if c.dep_ in ("nsubj",)]
                    if shared:
                        return [antecedent(s) for s in shared]
            return []
        # ("a port deal that Addis Ababa signed": the relative pronoun stands for the noun; after a comma it
        # may stand for the whole clause: "said Cambodian troops had fired on its positions, which Phnom Penh
        # denied")
        found = [
            c if c.i == 0 or c.doc[c.i - 1].text == "," else antecedent(c)
            for c in children(trigger)
            if c.dep_ in ("dobj", "obj")
        ]
        if not found:
            found = _named_free_relative(trigger)
        if not found:
            # "designated the Houthis a terrorist organisation": the parser may take the object for an
            # indirect one, and its complement for an apposition to it (as it reads both as objects elsewhere)
            found = [
                o
                for c in children(trigger)
                if c.dep_ == "dative" and c.i > trigger.i
                for a in children(c)
                if a.dep_ == "appos" and a.pos_ == "NOUN"
                for o in (c, a)
            ]
        if not found:
            # "denounced as an ugly crime Serbia's suppression of ...": the object shifted after "as X"
            found = [
                a
                for prep in children(trigger)
                if prep.dep_ == "prep" and prep.lower_ == "as"
                for g in children(prep)
                if g.dep_ == "pobj"
                for a in children(g)
                if a.dep_ == "appos"
            ]
        if not found:
            found = _shifted_past_manner(trigger)
        if not found:
            # "arrested and deported three nationals": verbs coordinated before a shared object
            for conj in children(trigger):
                if conj.dep_ == "conj" and is_verbal(conj) and conj.i == trigger.i + 2:
                    kids = children(conj)
                    if not any(k.dep_ in SUBJECT_DEPS or k.dep_ == "nsubjpass" for k in kids):
                        found = [k for k in kids if k.dep_ in ("dobj", "obj")]
        if not found and trigger.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS for c in children(trigger)):
            found = [trigger.head]  # "an allegation Washington rejected": the noun is the gap's object
        if not found:
            found = _relative_compound(trigger)
        if not found:
            # "declared Mexico's ambassador persona non grata": the parser takes the object complement
            # for a clause whose head is a noun
            # (the tagger may even take it for a verb: "declared the Rwandan ambassador persona/VB non grata")
            found = [
                c
                for c in children(trigger)
                if c.dep_ == "ccomp"
                and (
                    c.pos_ in ("NOUN", "PROPN")
                    or c.lower_ in ("persona", "personae")
                    # ("blocked Ukraine's EU membership bid on Thursday": a noun taken for a participle, its
                    # compound and possessor still a noun's)
                    or (
                        c.tag_ == "VBN"
                        and any(k.dep_ == "compound" and k.pos_ == "NOUN" for k in children(c))
                        and not any(k.dep_ in SUBJECT_DEPS or k.dep_ == "nsubjpass" for k in children(c))
                    )
                )
            ]
        if not found and trigger.lemma_.lower() == "avoid":
            # "advised its citizens to avoid travelling to Japan": the gerund is what is avoided
            found = [c for c in children(trigger) if c.dep_ == "xcomp" and c.tag_ == "VBG"]
        if not found:
            # "agreed to stop all firing": a gerund with a determiner is a noun taken for a complement
            found = [
                c
                for c in children(trigger)
                if c.dep_ in ("xcomp", "ccomp")
                and c.tag_ == "VBG"
                and any(k.dep_ == "det" for k in children(c))
            ]
        if not found and trigger.dep_ == "ccomp":
            # "Britain will expel 23 Russian diplomats, Prime Minister Theresa May said": the parser makes
            # the reported verb's object the subject of the verb of saying after it (its nationality word
            # names it: the phrase itself now holds the speaker in apposition)
            stolen = _quoted_object(trigger.head)
            if stolen is not None and stolen.i > trigger.i:
                found = [c for c in children(stolen) if c.dep_ == "amod" and c.pos_ in ("ADJ", "PROPN")] or [
                    stolen
                ]
        if not found:
            # "denies US claims that Russia hacked ...": a plural noun of report after a name, taken for a
            # verb with the name as its subject
            found = [c for c in children(trigger) if c.dep_ == "ccomp" and noun_read_as_verb(c)]
        if not found:
            # "condemned what he called a fraudulent attempt to annex ...": the thing named
            found = [
                o
                for c in naming_clauses(trigger)
                for o in children(c)
                # (the parser may take the name for a second object: "what Ankara called hideouts")
                if (o.dep_ == "oprd" or (o.dep_ in ("dobj", "obj") and o.lower_ != "what"))
                and o.pos_ == "NOUN"
                # (not "condemned what it called an occupation of Syrian land": the land is no target; the
                # judgement read off the name finds the occupier; "struck what it called hideouts of
                # militants" stays)
                and not any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(_names_a_state(g) for g in children(p))
                    for p in children(o)
                )
            ]
        if not found:
            # "allowed aid trucks to enter Gaza": the parser makes the one let in the infinitive's subject
            found = [s for c in permitted_clauses(trigger) for s in children(c) if s.dep_ == "nsubj"]
        if not found and _called_home(trigger):
            found = [c for c in children(trigger) if c.dep_ == "oprd"]  # "called home its own envoy"
        if not found and trigger.lemma_.lower() == "become":
            found = [c for c in children(trigger) if c.dep_ == "attr"]  # "became the 31st member of NATO"
        if not found:
            # "shot down the suspected Chinese spy balloon": the parser may hang the object on the particle
            found = [
                g
                for p in children(trigger)
                if p.dep_ == "prt" and p.i == trigger.i + 1
                for g in children(p)
                if g.dep_ == "pobj"
            ]
        if not found:
            # ("granted the contractor a year of temporary asylum": the parser reads the span of time as
            # a phrase of when, its "of" naming what was done)
            found = [
                c
                for c in children(trigger)
                if c.dep_ == "npadvmod"
                and c.i > trigger.i
                and c.lemma_.lower() in _SPANS
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in children(c))
            ]
        return [_through_partitive(_through_partitive(o), _SOME) for o in found]
    return [
        g
        for c in children(trigger)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children(c)
        if g.dep_ == "pobj"
    ]


# nouns of report ("claims", "reports", "allegations"); their plurals are what the tagger may take for a verb
REPORT_NOUNS = frozenset(
    {
        "report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations",
        "rumour", "rumours", "rumor", "rumors", "suggestion", "suggestions", "charge", "charges",
        "assertion", "assertions", "speculation", "story", "stories",
    }
)  # fmt: skip


# plural nouns of asking and offering the parser may read as verbs after a name: "rejected US calls for a
# ceasefire", "dismissed UN demands to withdraw"
_ASKING_PLURALS = frozenset(
    {"calls", "demands", "appeals", "requests", "offers", "proposals", "pleas", "warnings", "threats"}
)


def noun_read_as_verb(token: Token) -> bool:
    """'US claims that Russia hacked ...': the parser reads a plural noun of report as a verb whose subject
    is the name before it and whose complement is the "that" clause. So with a plural noun of asking and what
    it asks for ("rejected US calls for a ceasefire", "US calls to halt the offensive")."""
    if token.tag_ != "VBZ":
        return False
    kids = children(token)
    if not any(k.dep_ == "nsubj" and k.i == token.i - 1 for k in kids):
        return False
    if token.lower_ in REPORT_NOUNS:
        return any(
            k.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(k))
            for k in kids
        )
    return (
        token.lower_ in _ASKING_PLURALS
        and token.dep_ in ("ccomp", "dobj", "conj")
        and not any(k.dep_ in ("dobj", "obj") for k in kids)
        and any(
            (k.dep_ == "prep" and k.lower_ == "for")
            or (
                k.dep_ in ("xcomp", "ccomp", "advcl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(k))
            )
            for k in kids
        )
    )


def _quoted_object(verb: Token) -> Token | None:
    """For a verb of saying that follows its reported clause ("X will expel 23 diplomats, May said"), the
    subject the parser gave it when that subject is really the reported verb's object: a noun between the
    clause and the verb, with the speaker in apposition to it."""
    clause = [c for c in children(verb) if c.dep_ == "ccomp" and c.i < verb.i]
    if not clause or any(c.dep_ in ("dobj", "obj") for c in children(clause[0])):
        return None
    for c in children(verb):
        if c.dep_ == "nsubj" and clause[0].i < c.i < verb.i and any(a.dep_ == "appos" for a in children(c)):
            # (not a speaker set off from the clause by a comma: "agreed to a cessation of hostilities, the
            # African Union's mediator, Olusegun Obasanjo, announced")
            if c.left_edge.i > 0 and verb.doc[c.left_edge.i - 1].text == ",":
                return None
            return c
    return None


def _names_a_state(noun: Token) -> bool:
    """Whether a noun names a state or its people by itself or by a modifier ("Syrian land", "Ukraine")."""
    return noun.pos_ == "PROPN" or any(
        t.ent_type_ in ("GPE", "NORP") for t in (noun, *children(noun)) if t.dep_ != "prep"
    )


def _called_home(verb: Token) -> bool:
    """'called home its own envoy': the parser takes the envoy for what the verb names him."""
    return any(c.dep_ in ("advmod", "prt") and c.lower_ == "home" for c in children(verb))


def naming_clauses(verb: Token) -> list[Token]:
    """The clauses by which a verb's object is named ("struck what it called terrorist infrastructure at nine
    sites in Pakistan": "called", on which the parser hangs the phrases that follow)."""
    return [
        c
        for c in children(verb)
        if c.dep_ == "ccomp"
        and c.lemma_.lower() in NAMING_VERBS
        and any(w.dep_ in ("dobj", "obj") and w.lower_ == "what" for w in children(c))
    ]


def _through_partitive(obj: Token, words: frozenset[str] = PARTITIVES) -> Token:
    """'held a round of talks', 'imposed a fresh package of sanctions': the thing, not its measure."""
    if obj.lemma_.lower() not in words:
        return obj
    for prep in children(obj):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in children(prep):
                if g.dep_ == "pobj":
                    return g
    return obj


def measures_of(verb: Token) -> list[Token]:
    """The measure a verb's object is read through, on which the parser may hang the verb's phrases: "fired a
    barrage of rockets at Israel" (the "at" phrase hangs on "barrage")."""
    return [c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in PARTITIVES]


def main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence's main clause, or a verb coordinated with it, or the clause a verb of
    saying at the root reports ("France recalled its ambassadors on Friday, the minister said")."""
    return verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "ccomp") and verb.head.dep_ == "ROOT")


# Adjectives of readiness and the prepositions they take an occasion with: "ready for talks", "open to
# negotiations", "keen on a summit".
READINESS = {"ready": "for", "open": "to", "keen": "on", "eager": "for"}


def readiness(trigger: Token) -> Token | None:
    """The adjective of readiness a noun is the object of, predicated of a clause's subject: "said it was
    ready for talks with Washington", "remained open to talks" (the adjective's verb has a subject)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    ready = prep.head
    if (
        READINESS.get(ready.lower_) != prep.lower_
        or ready.pos_ != "ADJ"
        or ready.dep_ not in ("acomp", "oprd")
    ):
        return None
    return ready if is_verbal(ready.head) else None


def clause_verb(token: Token) -> Token:
    """The verb of the clause a token belongs to (the token itself for a verb; the root at worst)."""
    t = token
    while not is_verbal(t) and t.dep_ != "ROOT" and t.head.i != t.i:
        t = t.head
    return t


def participle_conjuncts(verb: Token) -> list[Token]:
    """'ships blocked two boats carrying supplies and fired water cannon at them': the finite verbs the parser
    coordinated with a participle on the verb's object, which are coordinated with the verb itself."""
    return [
        c
        for o in children(verb)
        if o.dep_ in ("dobj", "obj")
        for a in children(o)
        if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN")
        for c in children(a)
        if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP")
    ]


def _reported_clause(verb: Token) -> Token | None:
    """The clause a verb of speech reports that a verb belongs to, through the clauses on the reported
    clause's nouns ("said there was no evidence [the attacks had come from Yemen]"), else None."""
    t = verb
    for _ in range(3):
        if t.dep_ == "ccomp" and t.head.i != t.i and t.head.lemma_.lower() in VOICING:
            return t
        if t.dep_ not in ("relcl", "acl") or t.head.head.i == t.head.i:
            return None
        t = clause_verb(t.head)
    return None


def _said_by_governor(trigger: Token, head: Token) -> bool:
    """Whether a verb the parser hangs below another clause is done by that clause's governor (its subject is
    the governor's): the cases below, each a construction the parser misreads."""
    if (
        trigger.dep_ == "conj"
        and trigger.tag_ in ("VBD", "VBZ")
        and head.dep_ == "xcomp"
        and head.tag_ == "VB"
        and head.head.i != head.i
        and is_verbal(head.head)
    ):
        # "ordered the Swedish ambassador to leave and recalled its charge d'affaires": a finite verb the
        # parser coordinates with an infinitive is coordinated with the verb that governs the infinitive
        return True
    if (
        trigger.dep_ == "conj"
        and head.dep_ == "ccomp"
        and trigger.lemma_.lower() in VOICING
        and head.head.lemma_.lower() in VOICING
        and head.head.i != head.i
        and any(c.dep_ == "ccomp" for c in children(trigger))
    ):
        # "Seoul said the North would bear full responsibility and warned that it would respond": a verb of
        # saying the parser coordinates inside the reported clause is the speaker's
        return True
    if (
        trigger.dep_ == "conj"
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in children(head))
        and is_verbal(head.head)
        and head.head.i < head.i
        and not any(c.dep_ in SUBJECT_DEPS for c in children(trigger))
        and any(
            c.dep_ == "cc" and c.i > 0 and trigger.doc[c.i - 1].text == ","
            for c in children(head)
            if c.i < trigger.i
        )
    ):
        # "Morales flew into Mexico City on Tuesday, a day after Mexico granted him asylum, and thanked his
        # hosts": after a comma, a verb the parser coordinates with the clause of time is the main clause's
        return True
    if (
        trigger.dep_ == "conj"
        and head.dep_ == "ccomp"
        and (head.pos_ in ("NOUN", "PROPN") or head.lower_ in ("persona", "personae"))
        and is_verbal(head.head)
    ):
        # "declared seven UN officials persona non grata ... and accused them of meddling": the parser makes
        # the object complement a clause with the officials as its subject; the verb coordinated with it is
        # the declarer's
        return True
    # "ordered the French ambassador to leave within 48 hours, accusing Paris of ...": a participle of speech
    # the parser hangs on the infinitive is said by the one who gave the order
    return (
        trigger.dep_ == "advcl"
        and trigger.tag_ == "VBG"
        and trigger.lemma_.lower() in VOICING
        and head.dep_ == "xcomp"
        and head.head.i != head.i
        and trigger.i > 0
        and trigger.doc[trigger.i - 1].text == ","
    )


def coordinated_modifiers(tokens: list[Token], named: bool = False) -> list[Token]:
    """The first of two coordinated names the parser hung on the second as a modifier, with the "and" on it:
    "Chile's Gabriel Boric and Uruguay's Luis Lacalle Pou took issue", "warrants for Benjamin Netanyahu and
    Hamas military chief Mohammed Deif"; ``named``: the second must be a person's name too (not "between
    Tajik and Kyrgyz troops", a national modifier the tagger took for a name)."""
    return [
        m
        for t in tokens
        if not named or t.ent_type_ == "PERSON"
        for m in children(t)
        if m.dep_ == "nmod"
        and m.ent_type_ == "PERSON"
        and m.i < t.i
        and any(c.dep_ == "cc" for c in children(m))
    ] + [
        # ("Anthony Albanese and Papua New Guinea's Prime Minister James Marape signed": the parser may take
        # the first name for an owner coordinated with the second's, of the title)
        m
        for t in tokens
        for h in (t, *(c for c in children(t) if c.dep_ == "compound"))
        for m in children(h)
        if m.dep_ == "poss"
        and m.ent_type_ == "PERSON"
        and m.i < t.i
        and not any(c.dep_ == "case" for c in children(m))
        and any(c.dep_ == "cc" for c in children(m))
        and any(c.dep_ == "conj" and any(g.dep_ == "case" for g in children(c)) for c in children(m))
    ]


# Instruments an actor enacts, which do what their relative clause says in its name ("signed a bill
# that provides $61 billion in aid to Ukraine", "adopted a resolution that imposes sanctions on ..."), and
# the verbs that enact them (not "condemned the law that bans ...")
INSTRUMENTS = frozenset(
    {"bill", "package", "law", "budget", "legislation", "decree", "order", "resolution", "measure", "act"}
)
_ENACTING = frozenset({"sign", "approve", "pass", "adopt", "enact", "unveil", "announce", "issue"})


def enacted(noun: Token) -> bool:
    """Whether a noun is an instrument its clause's subject enacts ("Biden signed a package")."""
    return (
        noun.lemma_.lower() in INSTRUMENTS
        and noun.dep_ in ("dobj", "obj")
        and noun.head.lemma_.lower() in _ENACTING
        and is_verbal(noun.head)
    )


# participles of people gathered somewhere, which the parser may read as a noun or a clause of their own:
# "EU foreign ministers meeting in Luxembourg agreed ..."
_GATHERING = frozenset({"meeting", "gathered", "assembled", "convening"})


def _gathered(subject: Token) -> Token:
    """'EU foreign ministers meeting in Luxembourg on Monday agreed ...': the parser may read "ministers
    meeting" as a compound noun, the meeting the subject; the people before it are."""
    if subject.lower_ != "meeting" or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return subject
    if any(c.dep_ == "det" for c in children(subject)):
        return subject  # ("the meeting in Geneva agreed ...")
    people = [
        c
        for c in children(subject)
        if c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") and c.i == subject.i - 1
    ]
    return people[0] if people else subject


def clause_subject_taken_for_object(verb: Token, is_actor: IsActor | None) -> Token | None:
    """'..., a day after Bamako and its two Sahel allies withdrew their envoys': the parser may take the
    opener of a clause of time for a preposition, the clause's subject for its object, and the clause's verb
    for a conjunct of the main one; the phrase right before the verb is its subject. So is a name it joins by
    "and" to the noun before it ("on Thursday and Baghdad withdrew ..."). Tried only for a verb with no
    subject of its own."""
    prev = verb.doc[verb.i - 1] if verb.i else verb
    left = prev
    while left.right_edge.i == prev.i:
        if (
            left.dep_ == "pobj"
            and left.head.lower_ in _CLAUSE_OPENERS
            and (is_actor is None or is_actor(left))
        ):
            return left
        if left.head.i == left.i or left.head.i > verb.i:
            break
        left = left.head
    left = prev
    while left.right_edge.i == prev.i and left.head.i < verb.i and left.head.i != left.i:
        if (
            left.dep_ == "conj"
            and left.pos_ in ("PROPN", "NOUN")
            and verb.doc[left.left_edge.i - 1].lower_ == "and"
            and (is_actor is None or is_actor(left))
        ):
            # ("... was ordered out of Iraq on Thursday and Baghdad withdrew its charge d'affaires", "the
            # killing of Hardeep Singh Nijjar and Ottawa expelled ...": a name the parser joined to the
            # noun before "and" opens the next clause)
            return left
        left = left.head
    return None


def subjects(trigger: Token, is_actor: IsActor | None = None) -> list[Token]:
    """The logical subject: active subject, passive agent, or the subject a non-finite or coordinated verb
    inherits. For a noun, the subject of the verb it is the object of ("Biden made a visit")."""
    if not is_verbal(trigger):
        if (
            trigger.dep_ in ("dobj", "obj")
            and is_verbal(trigger.head)
            and trigger.head.lemma_.lower() in _DOING
        ):
            return subjects(trigger.head, is_actor)  # "Biden made a visit", not "Washington welcomed talks"
        spell = trigger.head.head
        if (
            trigger.dep_ == "pobj"
            and trigger.head.lower_ == "of"
            and spell.lemma_.lower() in SPANS
            and spell.dep_ in ("dobj", "obj")
            and is_verbal(spell.head)
            and spell.head.lemma_.lower() in _DOING
        ):
            return subjects(spell.head, is_actor)  # "ended two days of talks": the talks are the subject's
        # "promised investment during a visit to Nairobi", "spoke on a trip to Kyiv": the clause's subject
        prep = trigger.head
        if (
            trigger.dep_ == "pobj"
            and prep.lower_ == "of"
            and prep.head.lemma_.lower() in SPANS
            and prep.head.dep_ == "pobj"
            and prep.head.head.i != prep.head.i
        ):
            # ("agreed to a ceasefire after ten hours of talks in Moscow": the span's phrase is the talks')
            trigger, prep = prep.head, prep.head.head
        ready = readiness(trigger)
        if ready is not None:
            return subjects(ready.head, is_actor)  # "said it was ready for talks with Washington"
        if trigger.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS and not is_verbal(prep.head):
            # ("agreed to an immediate ceasefire at talks hosted by Malaysia": the parser may hang the
            # occasion on the verb's object; the talks are still the verb's subject's)
            held = prep.head
            if held.dep_ == "pobj" and held.head.dep_ == "prep":
                held = held.head
            if held.dep_ in ("dobj", "obj", "prep") and is_verbal(held.head):
                return subjects(held.head, is_actor)
        if (
            trigger.dep_ == "pobj"
            and (
                prep.lower_ in OCCASION_PREPS
                or (prep.lower_ == "in" and trigger.lemma_.lower() in _EXCHANGES)
            )
            and is_verbal(prep.head)
            # ("pledged aid during talks with Zelensky": talks the act is told within are its occasion, not an
            # act of their own; "said after talks with Modi" tells the talks)
            and not (prep.lower_ == "during" and trigger.lemma_.lower() in _TALKS)
        ):
            return subjects(prep.head, is_actor)
        return []
    if is_passive(trigger):
        agents = [g for c in children(trigger) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
        if not agents:
            # "was hit with fresh sanctions by the United States": the parser hangs the agent on the noun
            agents = [
                g
                for prep in children(trigger)
                if prep.dep_ == "prep"
                for pobj in children(prep)
                if pobj.dep_ == "pobj"
                for by in children(pobj)
                if by.dep_ == "prep" and by.lower_ == "by"
                for g in children(by)
                if g.dep_ == "pobj" and (is_actor is None or is_actor(g))
            ]
        if not agents:
            # "soldiers were killed in a clash with Chinese troops": the other side of the fighting
            agents = [
                g
                for prep in children(trigger)
                if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
                for fight in children(prep)
                if fight.dep_ == "pobj" and fight.lemma_.lower() in _FIGHTS
                for with_ in children(fight)
                if with_.dep_ == "prep" and with_.lower_ == "with"
                for g in children(with_)
                if g.dep_ == "pobj" and (is_actor is None or is_actor(g))
            ]
        if not agents:
            # "were killed in Israeli tank shelling", "wounded in a Russian missile strike": the author of the
            # attack the victims fell in, by its national modifier
            agents = [
                m
                for prep in children(trigger)
                if prep.dep_ == "prep" and prep.lower_ in ("in", "by")
                for attack in children(prep)
                if attack.dep_ == "pobj" and attack.lemma_.lower() in _ATTACKS | _WEAPONS
                for m in children(attack)
                if m.dep_ in ("amod", "compound", "poss", "nmod") and (is_actor is None or is_actor(m))
            ][:1]
        if not agents and trigger.lower_ in _STATIVE_PARTICIPLES:
            # "Israel is opposed to French mediation": a state of its subject, not an act done to it
            return [antecedent(c) for c in children(trigger) if c.dep_ == "nsubjpass"]
        return agents
    if trigger.dep_ == "amod" and trigger.lemma_.lower() in _HYPHENED_AGENTS:
        return hyphened_agent(trigger)
    stolen = _quoted_object(trigger)
    if stolen is not None:
        # "Britain will expel 23 diplomats, Prime Minister Theresa May said": the speaker is the apposition
        return [c for c in children(stolen) if c.dep_ == "appos"]
    subj = [
        _gathered(_through_partitive(antecedent(c), QUANTITIES))
        for c in children(trigger)
        if c.dep_ in SUBJECT_DEPS
    ]
    if (
        len(subj) == 1
        and is_actor is not None
        and enacted(subj[0])
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in children(trigger))
        and not is_actor(subj[0])
    ):
        # "Biden signed a package that includes $61 billion for Ukraine": who enacts a bill does what it does
        return subjects(subj[0].head, is_actor)
    if subj:
        # ("Chile's Gabriel Boric and Uruguay's Luis Lacalle Pou took issue": the parser may hang the first of
        # two coordinated names on the second as a modifier, with the "and" on it)
        return subj + coordinated_modifiers(subj)
    absorbed = _fronted_subject(trigger, is_actor)
    if absorbed is not None:
        return [absorbed]
    if trigger.tag_ in ("VBD", "VBZ", "VBP") and is_actor is not None:
        # "Baerbock criticised Nigeria": a name the tagger took for an adverb before a verb with no subject
        misread = [
            c
            for c in children(trigger)
            if c.dep_ in ("advmod", "npadvmod", "dep")
            and c.i < trigger.i
            and c.text[:1].isupper()
            and is_actor(c)
        ]
        if misread:
            return misread[:1]
    if trigger.dep_ in ("conj", "dep", "ccomp", "advcl") and trigger.tag_ in ("VBD", "VBZ", "VBP"):
        taken = clause_subject_taken_for_object(trigger, is_actor)
        if taken is not None:
            return [taken]
    head = trigger.head
    if head.i == trigger.i:
        return []
    if trigger.dep_ == "xcomp":
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and is_verbal(head.head):
            return subjects(head.head, is_actor)  # "Norway is willing to send troops"
        if head.lemma_.lower() in _SUBJECT_PURPOSE:
            return subjects(head, is_actor)  # "summoned Japan's ambassador to protest": the summoner protests
        controller = [c for c in children(head) if c.dep_ in ("dobj", "obj")]
        if (
            controller
            and is_actor is not None
            and head.lemma_.lower() not in OBJECT_CONTROL
            and not any(is_actor(c) for c in controller)
        ):
            # "police used tear gas to disperse the crowd": an instrument is not who acts
            return subjects(head, is_actor)
        return controller or subjects(head, is_actor)
    if trigger.dep_ == "acomp":
        return subjects(head, is_actor)  # "Hungary is strongly opposed to ...": the copula's subject
    if trigger.dep_ == "conj" and trigger.tag_ in ("VBD", "VBZ", "VBP"):
        # ("and NATO ambassadors meeting in emergency session on Monday urged Moscow to ...": the parser makes
        # the participle a conjunct clause with the ambassadors its subject, and the verb another conjunct)
        met = [
            g
            for c in children(head)
            if c.dep_ == "conj" and c.i < trigger.i and c.lower_ in _GATHERING
            for g in children(c)
            if g.dep_ in ("nsubj",) and (is_actor is None or is_actor(g))
        ]
        if met:
            return met[-1:]
    if (
        trigger.dep_ == "conj"
        and head.dep_ == "relcl"
        and is_actor is not None
        and is_verbal(head.head.head)
        and head.head.dep_ in ("dobj", "obj")
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in children(head))
        and not is_actor(head.head)
    ):
        # ("Poland shot down drones that entered its airspace ... and asked its NATO allies for
        # consultations": a verb the parser joins to a relative clause about a thing is the main clause's)
        return subjects(head.head.head, is_actor)
    if trigger.dep_ == "conj" and trigger.i > 0:
        # "Thailand arrested two soldiers and Cambodia accused ...": the parser takes the second subject
        # for a conjunct of the first object
        before = trigger.doc[trigger.i - 1]
        if before.dep_ == "conj" and before.pos_ in ("PROPN", "NOUN") and before.head.dep_ in ("dobj", "obj"):
            return [before]
        if (
            before.dep_ == "conj"
            and before.pos_ == "PROPN"
            and before.head.dep_ == "pobj"
            and (is_actor is None or is_actor(before))
        ):
            return [before]  # ("attacked Ukraine on Monday and Georgia condemned ...": hung on the date)
    if (
        trigger.dep_ == "advcl"
        and trigger.tag_ == "VBG"
        and (head.pos_ in ("PROPN", "NOUN") or head.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"))
        and head.i < trigger.i
    ):
        # ("Trump, hosting Pakistan's Imran Khan at the White House, said": hung on the subject)
        return [head]
    if trigger.dep_ == "advcl":
        # "struck the port, a day after a drone launched by the group hit Tel Aviv": the parser may take the
        # clause's subject for the object of the conjunction before it
        stranded = [
            g
            for prep in trigger.subtree
            if prep.dep_ == "prep" and prep.lower_ in _CONJUNCTIONS_AS_PREPS and prep.i < trigger.i
            for g in children(prep)
            if g.dep_ == "pobj" and g.right_edge.i == trigger.i - 1 and g.pos_ in ("NOUN", "PROPN")
        ]
        if stranded:
            return stranded
    if (
        trigger.dep_ == "conj"
        and trigger.tag_ in ("VBD", "VBZ", "VBP")
        and head.dep_ in ("acl", "relcl")
        and head.tag_ in ("VBG", "VBN")
        and head.head.i != head.i
        and not (trigger.lemma_.lower() in VOICING and _reported_clause(head) is not None)
    ):
        # "ships blocked two boats carrying supplies and fired water cannon at them": a finite verb the
        # parser coordinated with a participle on the object is coordinated with the clause's verb
        return subjects(clause_verb(head.head), is_actor)
    if _said_by_governor(trigger, head):
        return subjects(head.head, is_actor)
    if trigger.dep_ in ("conj", "advcl") or (trigger.dep_ == "dep" and trigger.tag_ in ("VBD", "VBZ")):
        # (the parser leaves "criticised X, then detained Y" as an unlabelled dependent)
        if trigger.dep_ == "conj" and is_passive(head) and any(c.dep_ == "aux" for c in children(trigger)):
            # ("Canberra was appalled by the verdict and would summon China's ambassador": an active verb with
            # an auxiliary of its own shares the passive's grammatical subject, not its agent)
            borne = [antecedent(c) for c in children(head) if c.dep_ == "nsubjpass"]
            if borne:
                return borne
        found = subjects(head, is_actor)
        reported = _reported_clause(head) if trigger.lemma_.lower() in VOICING else None
        if (
            trigger.dep_ == "conj"
            and trigger.tag_ == "VBD"
            and reported is not None
            and reported is not head
            and is_actor is not None
            and not any(is_actor(f) for f in found)
        ):
            # "Pompeo said there was no evidence the attacks had come from Yemen and blamed Iran for them": a
            # verb of speech the parser coordinates with a verb deeper in the reported clause (a relative
            # clause, or a clause with an expletive subject) is the speaker's
            return subjects(reported.head, is_actor)
        if (
            trigger.dep_ == "conj"
            and trigger.tag_ == "VBD"
            and head.dep_ == "ccomp"
            and head.head.i != head.i
            and head.head.lemma_.lower() in VOICING
            and is_actor is not None
            and (found or any(c.dep_ == "expl" for c in children(head)))
            and (not any(is_actor(f) for f in found) or (is_passive(head) and not is_passive(trigger)))
        ):
            # "Japan said five of the missiles had landed in its zone and lodged a protest with Beijing": a
            # verb the parser coordinates inside the reported clause, whose subject there is no actor, is the
            # speaker's (so is an active one after a passive there: "said 49 of its soldiers had been killed
            # by Azerbaijani forces and asked Russia for help")
            return subjects(head.head, is_actor)
        if (
            trigger.dep_ == "advcl"
            and trigger.tag_ == "VBG"
            and trigger.lemma_.lower() in VOICING
            and head.dep_ == "ccomp"
            and is_actor is not None
            and not any(is_actor(f) for f in found)
        ):
            # "Egypt said three days of talks had ended without agreement, accusing Ethiopia of ...": a
            # participle of speech after a clause whose subject is no actor is the speaker's
            return subjects(head.head, is_actor)
        return found
    if trigger.dep_ == "pcomp" and head.dep_ == "prep":
        if head.head.dep_ == "npadvmod" and is_verbal(head.head.head):
            return subjects(head.head.head, is_actor)  # "held talks, a day after arriving by train"
        if head.lower_ == "for" and trigger.tag_ == "VBG" and is_verbal(head.head) and is_actor is not None:
            # "blasted Budapest for blocking the aid", "thanked Poland for hosting the talks": the one the
            # verb is done to did what the gerund tells (not "accused Kyiv of ...", an allegation)
            done_to = [c for c in children(head.head) if c.dep_ in ("dobj", "obj") and is_actor(c)]
            if done_to:
                return done_to[:1]
        return subjects(head.head, is_actor)
    if _relative_compound(trigger):
        return [head]  # "the duty Ottawa imposed": the name the parser hangs the clause on is its subject
    if (
        trigger.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and trigger.i > head.i
        and trigger.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and any(c.dep_ == "punct" and c.i < trigger.i for c in children(head))
    ):
        # "Israel's ambassador to the UN, Gilad Erdan, called on Guterres to resign": the parser made the
        # sentence a noun phrase and its verb a modifier of the subject
        return [head]
    if (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and any(c.dep_ in ("dobj", "obj") for c in children(trigger))
    ):
        # "Israeli air strikes killed 20 people in Gaza, officials said": a past tense with an object the
        # parser took for a participle on its subject
        return [head]
    if (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBG"
        and trigger.i > 0
        and trigger.doc[trigger.i - 1].text == ","
        and is_actor is not None
        and head.dep_ in ("dobj", "obj", "pobj")
        and not is_actor(head)
    ):
        # "said it was ending an agreement that allowed US troops on its soil, accusing a visiting US
        # delegation of ...": a participle after a comma is a free adjunct of the clause, done by its subject,
        # however far down the object before the comma the parser hangs it
        found = subjects(clause_verb(head), is_actor)
        if any(is_actor(f) for f in found):
            return found
    if trigger.dep_ in ("acl", "relcl") and trigger.tag_ != "VBN":
        # "Russia became the first country to recognise ...": the subject of the copula
        if head.dep_ == "attr" and is_verbal(head.head):
            return subjects(head.head, is_actor)
        # "Modi was among the first to congratulate Trump", "was one of the first leaders to call": the same
        ranked = head
        while ranked.dep_ == "pobj" and ranked.head.lower_ in ("among", "of"):
            ranked = ranked.head.head  # (up through "among the first", "one of the first")
        if ranked is not head and ranked.pos_ == "AUX":
            return subjects(ranked, is_actor)
        if ranked is not head and ranked.dep_ == "attr" and is_verbal(ranked.head):
            return subjects(ranked.head, is_actor)
        # "Russia published draft agreements demanding that ...": a document acts for its author
        if (
            is_actor is not None
            and head.dep_ in ("dobj", "obj")
            and (head.head.lemma_.lower() in AUTHORING or head.lemma_.lower() in CLAIMS)
            and not is_actor(head)
        ):
            # ("Ottawa was investigating allegations linking Indian agents to the killing": the claims
            # are pressed by the subject that pursues them)
            return subjects(head.head, is_actor)
        if head.lemma_.lower() in _RESOLUTIONS:
            # "Moscow's decision to suspend its participation", "the decision by Niger's junta to expel":
            # its owner does it
            owners = [c for c in children(head) if c.dep_ == "poss"] or [
                g
                for p in children(head)
                if p.dep_ == "prep" and p.lower_ == "by"
                for g in children(p)
                if g.dep_ == "pobj"
            ]
            if owners:
                return owners
        if is_actor is not None and head.lemma_.lower() in _GATHERINGS and not is_actor(head):
            # "converged for a rally in Lagos to protest ...", "started a hunger strike to protest ...":
            # who holds the rally or the strike
            if head.dep_ in ("dobj", "obj") and is_verbal(head.head):
                return subjects(head.head, is_actor)
            if head.dep_ == "pobj" and is_verbal(head.head.head):
                return subjects(head.head.head, is_actor)
        return [head]
    return []


def hyphened_agent(participle: Token) -> list[Token]:
    """'a Russian-brokered agreement', 'a Qatari-mediated truce': the name hyphened to a participle that
    modifies a noun is its agent."""
    i = participle.i
    if participle.dep_ != "amod" or participle.tag_ != "VBN" or i < 2 or participle.doc[i - 1].text != "-":
        return []
    return [
        c for c in children(participle) if c.i == i - 2 and c.dep_ in ("npadvmod", "compound", "amod", "nmod")
    ]


def _fronted_subject(verb: Token, is_actor: IsActor | None) -> Token | None:
    """'In a visit to Tunis on 1 February Macron criticised ...': with no comma after a fronted phrase, the
    parser takes the subject for the last object of its preposition and leaves the finite verb without one."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    last = verb.doc[verb.i - 1]
    if last.dep_ not in ("pobj", "conj", "appos") or last.pos_ not in ("PROPN", "NOUN"):
        return None
    if is_actor is not None and not is_actor(last):
        return None
    t = last
    while t.head.i != t.i and t.head.i < verb.i:
        t = t.head
    if not (t.dep_ == "prep" and t.head.i == verb.i and t.i == verb.sent.start):
        return None  # (only a phrase that opens the sentence)
    return last


# fighting in which someone is killed or wounded by the other side
_FIGHTS = frozenset(
    {
        "clash",
        "clashes",
        "fighting",
        "battle",
        "skirmish",
        "confrontation",
        "firefight",
        "gunfight",
        "shootout",
    }
)
# attacks and weapons in which people are killed or wounded: "killed in an Israeli air strike"
_ATTACKS = frozenset(
    {
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "attack",
        "attacks",
        "shelling",
        "bombing",
        "bombardment",
    }
    | {"raid", "raids", "ambush", "offensive", "assault", "fire", "gunfire", "barrage", "operation"}
)
_WEAPONS = frozenset(
    {"tank", "drone", "missile", "rocket", "shell", "artillery", "helicopter", "jet", "warplane"}
)
# nouns of a resolve whose infinitive their owner carries out: "Moscow's decision to suspend ..."
_RESOLUTIONS = frozenset(
    {"decision", "move", "plan", "bid", "attempt", "effort", "order", "vote", "pledge", "promise", "offer"}
    | {"refusal", "threat", "readiness", "willingness", "determination", "failure"}
)
# occasions people hold to do something: "a rally to protest", "a hunger strike to demand"
_GATHERINGS = frozenset(
    {"rally", "protest", "demonstration", "strike", "march", "campaign", "sit-in", "vigil", "drive"}
    | {"boycott"}
)
# passive forms that state their subject's own position: "is opposed to", "is committed to"
_STATIVE_PARTICIPLES = frozenset({"opposed", "committed", "determined", "prepared", "resolved", "dedicated"})
# verbs whose subject does the act their object names: "made a visit", "held talks", "launched an invasion"
_DOING = frozenset(
    {
        "make",
        "pay",
        "hold",
        "have",
        "conduct",
        "carry",
        "begin",
        "start",
        "launch",
        "resume",
        "continue",
        "keep",
        "open",
    }
    | {"undertake", "complete", "end", "conclude", "finish", "wrap", "stage", "stag", "mount", "wage", "give"}
    | {"deliver", "issue", "announce", "order", "step", "intensify", "escalate", "expand", "pursue", "host"}
    | {"take", "do", "perform", "commit", "carry", "unleash", "embark", "lead", "join", "enter", "sign"}
    | {"reiterate", "renew", "repeat", "voice", "express", "extend", "offer", "press", "file", "lodge"}
    | {"send", "claim"}
    # (and verbs whose subject undergoes it: "Moscow's decision drew condemnation from Washington")
    | {"draw", "attract", "earn", "receive", "face", "provoke", "spark", "trigger", "win", "get", "suffer"}
)
# participles whose agent may be hyphened before them: "a US-brokered deal"
_HYPHENED_AGENTS = frozenset({"broker", "mediate", "facilitate"})
# verbs whose infinitive is their subject's purpose, not their object's act: "summoned the envoy to protest"
_SUBJECT_PURPOSE = frozenset({"summon", "meet", "visit", "phone", "telephone", "receive", "host", "convene"})
# verbs whose object is who does what their infinitive says: "urged Iran to", "allowed the rebels to"
OBJECT_CONTROL = frozenset(
    {"urge", "ask", "call", "press", "tell", "order", "force", "allow", "help", "invite", "encourage"}
    | {"persuade", "warn", "want", "request", "authorize", "authorise", "permit", "compel", "push"}
    | {"pressure", "advise", "instruct", "direct", "require", "enable", "lead", "prompt", "expect", "get"}
    | {"need", "beg", "implore", "exhort", "appeal", "oblige", "convince", "challenge", "dare", "forbid"}
    | {"bar"}
)


# what aid a vehicle carries: "aid trucks", "a humanitarian convoy", "trucks carrying food and water"
_AID_WORDS = frozenset(
    {"aid", "humanitarian", "relief", "food", "water", "medicine", "medicines", "supplies", "fuel", "flour"}
    | {"tents", "blankets", "vaccines", "help", "assistance", "grain", "wheat"}
)


# plural nouns of armed or police bodies whose arrival is a deployment, whose crossing an incursion
_FORCE_BODIES = frozenset(
    {"troop", "soldier", "policeman", "marine", "paratrooper", "force", "gendarme", "tank"}
)


# missions of civil business, which visit: "a trade mission", "a diplomatic mission"
_CIVIL_MISSIONS = frozenset(
    {"trade", "business", "diplomatic", "economic", "investment", "commercial", "parliamentary"}
    | {"fact-finding", "cultural", "goodwill", "observer", "election", "monitoring", "medical"}
)


def forces_move(trigger: Token) -> bool:
    """Whether the subject of an arrival, visit or departure is a peacekeeping force or mission, or a body
    of troops or police ("the first 400 Kenyan police officers landed in Port-au-Prince", "the last French
    soldiers left Mali")."""
    return any(
        t.lower_.startswith("peacekeep")
        or (
            t.lemma_.lower() in ("mission", "contingent")
            # (not a mission of business or talks: "a Ukrainian trade mission visited Nigeria")
            and not any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CIVIL_MISSIONS for c in children(t)
            )
        )
        for subject in subjects(trigger)
        for t in subject.subtree
    ) or any(
        subject.tag_ == "NNS"
        and (
            subject.lemma_.lower() in _FORCE_BODIES
            or (subject.lemma_.lower() == "officer" and any(c.lower_ == "police" for c in children(subject)))
        )
        for subject in subjects(trigger)
    )


def _carries_aid(vehicle: Token) -> bool:
    """Whether a subject is a vehicle carrying aid ("aid trucks", "trucks carrying food and water")."""
    if vehicle.lemma_.lower() not in _CARRIERS:
        return False
    kids = children(vehicle)
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _AID_WORDS for c in kids):
        return True
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in ("carry", "bring", "deliver", "transport", "load", "laden")
        for c in kids
        if any(o.lemma_.lower() in _AID_WORDS for o in c.subtree)
    )


def _landed_with_aid(trigger: Token) -> bool:
    """'military aircraft landed in Tonga with water, shelters and generators': a craft arriving with aid
    (the first of the things it brings, or any of them, an aid word)."""
    if not any(s.lemma_.lower() in _AID_CRAFT for s in subjects(trigger)):
        return False
    return any(
        w.lemma_.lower() in _AID_WORDS
        for g in prep_objects(trigger, ("with",))
        for w in (g, *(c for c in g.subtree if c.dep_ == "conj"))
    )


# craft that may carry aid to a place
_AID_CRAFT = _CARRIERS | {"aircraft", "plane", "planes", "jet", "jets", "ship", "ships", "vessel", "vessels"}


def _beside(pobj: Token) -> bool:
    """'with Prime Minister Shinzo Abe at his side': who stands at one's side is company, not a place;
    'held talks in Muscat, with Oman's foreign minister carrying messages between them': a clause of
    circumstance set off by a comma names no partner of the act."""
    if pobj.lemma_.lower() == "side" and any(c.dep_ == "poss" for c in children(pobj)):
        return True
    prep = pobj.head
    return (
        prep.lower_ == "with"
        and prep.i > 0
        and prep.doc[prep.i - 1].text == ","
        and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in children(pobj))
    )


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositional phrases headed by one of ``preps``: "the agreement between
    the UAE and Israel" (between: the UAE), "talks with Zelensky" (with: Zelensky)."""
    return [
        g
        for prep in children(token)
        if prep.dep_ == "prep" and prep.lower_ in preps
        for g in children(prep)
        if g.dep_ == "pobj"
    ]


def lemma_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _forms(token: Token) -> tuple[str, str]:
    """The forms ``lemma_in`` compares: the lower-cased lemma and the lower-case form."""
    return token.lemma_.lower(), token.lower_


def matches(pattern: Pattern, trigger: Token) -> bool:
    """Whether a trigger satisfies a pattern's particle, object and preposition constraints."""
    return first_match((pattern,), trigger) is not None


_ANY_OBJECT = frozenset({"*"})
# spans of time or rounds an exchange is counted in: "ten hours of talks", "two rounds of negotiations"
SPANS = frozenset({"hour", "day", "week", "month", "round", "year", "session"})
# verbs whose gerund is what they start or stop: "agreed to stop firing", "resumed shelling"
_PHASING = frozenset({"stop", "halt", "cease", "end", "suspend", "resume", "begin", "start"})
# what an act leaves its object as, which names nothing: "shot the ambassador dead"
_RESULTS = frozenset({"dead", "unconscious", "free"})
_TIME_PREPS = frozenset({"on", "in", "at", "since", "by", "during", "until"})
# the auxiliaries of a clause that says what shall be done: "agreed that humans should keep control"
_RESOLVING = frozenset({"should", "would", "will", "must", "shall", "'ll"})
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_HITTING_ROOTS = frozenset({"18", "19", "20"})  # acts of force, aimed at whom they hit


def needed_words(pattern: Pattern) -> tuple[frozenset[str], ...]:
    """The sets of words of which a doc must hold one each (as a lower-cased lemma or lower-case form) for
    :func:`first_match` to take the pattern anywhere in it: its particle, its object words and its
    preposition with its objects' words. Every test of ``first_match`` compares such forms of the doc's
    own tokens, so a doc that lacks one set can skip the pattern unread."""
    groups: list[frozenset[str]] = []
    if pattern.particle:
        groups.append(frozenset({pattern.particle}))
    if pattern.objects and pattern.objects != _ANY_OBJECT:
        groups.append(pattern.objects)
    if pattern.prep is not None:
        if not ("of" in pattern.prep.preps and pattern.prep.objects):
            groups.append(pattern.prep.preps)  # (an "of" phrase may be a compound: "an arms sale")
        if pattern.prep.objects:
            groups.append(pattern.prep.objects)
    return tuple(groups)


def first_match(patterns: Sequence[Pattern], trigger: Token) -> Pattern | None:
    """The first of ``patterns`` whose particle, object and preposition constraints the trigger satisfies.

    The trigger's children and object are read once for all the patterns."""
    kids = children(trigger)
    labels = [(c.dep_, c.lower_) for c in kids]
    deps = {dep for dep, _ in labels}
    if (
        trigger.lemma_.lower() in NAMING_VERBS
        and ("oprd" in deps or named_after(trigger) or ("dobj", "what") in labels)
        and not _called_home(trigger)
    ):
        return None  # "called the vote a mistake" names the vote, it does not call one
    # the parser often labels a particle as an adverb: "stepped down", "pulled back"
    particles = {lower for dep, lower in labels if dep in _PARTICLE_DEPS}
    # (and an adjective of the object's state after the act: "set ten Thai workers free")
    particles |= {c.lower_ for c in kids if c.dep_ in ("oprd", "advcl") and c.pos_ == "ADJ"}
    objs: list[Token] | None = None
    forms: set[str] | None = None  # the lemmas and lower-case forms of the objects
    measures: set[str] = set()  # those of measure phrases
    stranded: set[str] | None = None  # particles the parser hangs on the object: "ordered X out of Y"
    for pattern in patterns:
        if pattern.particle and pattern.particle not in particles:
            if stranded is None:
                stranded = {
                    c.lower_
                    for o in objects(trigger)
                    for c in children(o)
                    if c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ == "of" for g in children(c))
                } | {
                    # ("bring its ambassador to Niger home": the parser may read the place and "home" as one
                    # noun after the object's "to")
                    g.lower_
                    for o in objects(trigger)
                    for c in children(o)
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for g in children(c)
                    if g.dep_ == "pobj"
                    and g.lower_ == "home"
                    and any(k.dep_ == "compound" for k in children(g))
                }
            if pattern.particle not in stranded:
                continue
        if objs is None:
            # ("agreed on Tuesday to supply Germany with gas ..., Berlin's first deal of the kind": a noun
            # after the verb's infinitive sums up the clause, the parser's object notwithstanding)
            infinitive = min((c.i for c in kids if c.dep_ == "xcomp" and c.i > trigger.i), default=None)
            objs = [o for o in objects(trigger) if infinitive is None or o.i <= infinitive]
        if pattern.objects:
            if pattern.objects == _ANY_OBJECT:
                if not objs:
                    continue
            else:
                if forms is None:  # (read once for all patterns)
                    # ("launched artillery, mortar and rocket fire against ...": any conjunct of the object)
                    read = [_forms(o) for o in [*objs, *(c for o in objs for c in o.conjuncts)]]
                    # ("sent aid trucks into Turkey": a carrier's kind is its compound modifier; "observe all
                    # ceasefire agreements": so is an accord's, and "aid workers": a worker's)
                    read += [
                        _forms(c)
                        for o in objs
                        if o.lemma_.lower() in _CARRIERS
                        or o.lemma_.lower() in ACCORDS
                        or o.lemma_.lower() in _STAFF
                        for c in children(o)
                        if c.dep_ == "compound"
                    ]
                    # ("handed Indian pilot Abhinandan Varthaman back", "summoned Russian Ambassador Anatoly
                    # Antonov": a name's title is what the object is)
                    read += [
                        _forms(c)
                        for o in objs
                        if o.pos_ == "PROPN"
                        for c in children(o)
                        if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                    ]
                    # ("fired dozens of cruise missiles": the thing a count counts, as well as the count;
                    # "froze $300 billion of Russian assets": the thing a sum is of)
                    read += [
                        _forms(_through_partitive(o, _SUMS))
                        for o in objs
                        if o.lemma_.lower() in _SUMS or o.lower_ in _SUMS
                    ]
                    # ("were taken prisoner by Russian forces": the noun of the state the passive leaves)
                    read += [_forms(c) for c in kids if c.dep_ == "oprd" and c.pos_ == "NOUN"]
                    # ("gave Saddam Hussein and his two sons 48 hours to leave": the parser may hang the
                    # second object on the first's last conjunct as its apposition)
                    read += [
                        _forms(a)
                        for o in [*objs, *(c for o in objs for c in o.conjuncts)]
                        for a in children(o)
                        if a.dep_ == "appos" and a.i == a.head.right_edge.i and a.tag_ == "NNS"
                    ]
                    # ("fired on three Ukrainian navy vessels and seized them": a pronoun object of a verb
                    # coordinated with another stands for that one's object)
                    if trigger.dep_ == "conj" and any(o.lower_ in ("them", "it") for o in objs):
                        read += [
                            _forms(g)
                            for c in children(trigger.head)
                            if c.i < trigger.i
                            for g in (
                                [c] if c.dep_ in ("dobj", "obj") else children(c) if c.dep_ == "prep" else []
                            )
                            if g.dep_ in ("dobj", "obj", "pobj") and g.pos_ == "NOUN"
                        ]
                    # ("approved the transfer of 13 jets": the thing conveyed, as well as the conveying)
                    read += [
                        _forms(_through_partitive(_through_partitive(o, _CONVEYANCES), _COUNTS))
                        for o in objs
                        if o.lemma_.lower() in _CONVEYANCES
                    ]
                    # ("stop all firing and military action": a modifier coordinated with another is a noun
                    # of its own; "agreed to stop firing": a gerund stopped or begun)
                    read += [
                        _forms(c)
                        for o in objs
                        for c in children(o)
                        if c.dep_ == "amod" and any(k.dep_ == "conj" for k in children(c))
                    ]
                    read += [
                        _forms(c)
                        for c in kids
                        if c.dep_ == "xcomp" and c.tag_ == "VBG" and trigger.lemma_.lower() in _PHASING
                    ]
                    # ("declare the ambassadors of ten countries persona non grata": the parser may read the
                    # object's predicate as a clause of its own)
                    read += [_forms(c) for c in kids if c.dep_ == "ccomp" and objs and c.i > objs[0].i]
                    forms = {word for pair in read for word in pair}
                    # a measure phrase can stand where the object is expected: "gave them 72 hours to leave"
                    measures = {
                        word
                        for c, (dep, _) in zip(kids, labels, strict=True)
                        if dep == "npadvmod"
                        for word in _forms(c)
                    }
                    # ("gave the French ambassador, Sylvain Itte, 48 hours to leave": the parser may hang the
                    # measure on the object as an apposition)
                    measures |= {
                        word
                        for o in objs
                        for c in children(o)
                        if c.dep_ == "appos" and any(n.dep_ == "nummod" for n in children(c))
                        for word in _forms(c)
                    }
                words = pattern.objects
                if words.isdisjoint(forms) and not (pattern.pos == "V" and not words.isdisjoint(measures)):
                    continue
        # (a verb with no object in its pattern takes its preposition itself: "is opposed to X", not
        # "opposed the arms sale to Taiwan"; but the parser hangs the verb's phrase on the last of the
        # addressees its object names: "asked the Security Council and the CSTO for help")
        if pattern.prep is not None and not _prep_found(
            pattern.prep,
            trigger,
            objs
            if pattern.objects or pattern.pos == "N"
            else [o.conjuncts[-1] for o in objs if o.conjuncts]
            if "obj" in pattern.target
            else [],
        ):
            continue
        if (
            pattern.prep is not None
            and "nsubjpass" in deps
            and pattern.code[:2] in _HITTING_ROOTS
            and not any(slot.startswith("obj") for slot in pattern.target)
            # (a weapon fired is no one hit: "a missile was fired at Israel from Gaza")
            and not (pattern.objects and pattern.objects != _ANY_OBJECT)
        ):
            # "was shot dead at an art gallery": the passive's subject is hit, the phrase is a place (but
            # "were pulled out of Estonia", "is opposed to mediation" are aimed at the phrase)
            continue
        if "xcomp" in pattern.flags and "xcomp" not in deps:
            continue  # "told Iran to end its support": only with an infinitive or clause
        if "clause" in pattern.flags and "xcomp" not in deps and "ccomp" not in deps:
            continue  # "denied targeting civilians", "denied that it struck"
        if "resolved" in pattern.flags and not any(
            c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _RESOLVING for a in children(c))
            for c in kids
        ):
            continue  # "agreed that humans should keep control", not "agreed that Russia posed a threat"
        if "told" in pattern.flags and trigger.dep_ == "ccomp":
            continue  # "jets violated Estonian airspace", not "Tallinn said the jets had violated it"
        if "negated" in pattern.flags and not _negated_clause(trigger):
            continue  # "responded that Greenland was not for sale", not "responded that it agreed"
        if (
            "carrier" in pattern.flags
            and not any(_carries_aid(s) for s in subjects(trigger))
            and not _landed_with_aid(trigger)
        ):
            continue  # "aid trucks entered Gaza", "aircraft landed with water", not "Russian tanks entered"
        if "forces" in pattern.flags and not forces_move(trigger):
            continue  # "Senegalese troops entered Gambia", not "Macron entered Gambia"
        if "governed" in pattern.flags and not _governed(trigger):
            continue  # "vowed to respond", not "responded angrily"
        if "intransitive" in pattern.flags and any(dep in ("dobj", "obj") for dep, _ in labels):
            continue  # "flew to Kyiv", not "flying him to New York"
        if "passive" in pattern.flags and not is_passive(trigger):
            continue  # "had been granted asylum", not "the trade status it had granted Pakistan"
        if "place" in pattern.flags and not any(
            o.dep_ in ("dobj", "obj", "nsubjpass")
            and o.pos_ == "PROPN"
            and not any(c.dep_ == "det" for c in children(o))
            for o in kids
        ):
            continue  # "captured Aleppo", not "captured the Galaxy Leader" (the coder keeps only a state)
        if pattern.objects == _ANY_OBJECT and any(
            dep == "oprd" and lower not in _RESULTS for dep, lower in labels
        ):
            continue  # "calling the raid a violation" names the object, it does not act on it
        return pattern
    return None


# verbs whose "that" clause says what is asked for: "demanded that Sweden extradite two suspects"
_ASKING_THAT = frozenset({"demand", "insist", "urge", "ask", "request", "call", "press"})
# verbs of speech a speaker adds as a participle to what it reports: "..., accusing Ethiopia of ..."
VOICING = frozenset(
    {"accuse", "blame", "call", "describe", "say", "warn", "urge", "demand", "condemn", "criticise"}
    | {"criticize", "denounce", "threaten", "reject", "deny", "praise", "welcome", "insist", "charge"}
)
# conjunctions the parser takes for prepositions before a clause: "a day after a drone ... hit Tel Aviv"
_CONJUNCTIONS_AS_PREPS = frozenset({"after", "before", "since", "until", "as"})
# those of them that open a clause of time, whose subject the parser may take for their object
_CLAUSE_OPENERS = _CONJUNCTIONS_AS_PREPS - {"as"}
# verbs of vowing: what their clause says will be done is the speaker's own commitment ("vowed that Iran
# would respond"); with warnings, the verbs whose future clause says what the speaker will do
VOWING = frozenset({"vow", "pledge", "promise", "swear"})
WARNING = frozenset({"warn", "threaten"})
SWEARING = VOWING | WARNING  # every verb by which a speaker says what it will do


_TELLING = frozenset({"say", "tell", "state", "declare", "announce", "reply", "respond", "add"})


def _governed(verb: Token) -> bool:
    """Whether a verb is the infinitive of another ("vowed to respond", "called on Washington on Saturday to
    extradite him", which the parser may hang as an adverbial clause) or what a demand's clause asks for."""
    if verb.dep_ == "xcomp":
        return True
    if verb.dep_ == "advcl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))
    if verb.dep_ != "ccomp":
        return False
    kids = children(verb)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in kids)
    if verb.head.lemma_.lower() in SWEARING:
        return future  # "vowed that Iran would respond": what a vow's clause says will be done
    if verb.head.lemma_.lower() in _TELLING and future:
        # ("said it would respond decisively if Beijing attacked Taiwan": what a speaker says will be done
        # on a condition)
        # (or to any act of a kind: "replied that it would respond to any attack by North Korea")
        answered = [c for c in kids if c.dep_ in ("dobj", "obj")]
        answered += [
            g for c in kids if c.dep_ == "prep" and c.lower_ == "to" for g in children(c) if g.dep_ == "pobj"
        ]
        return any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(c))
            for c in kids
        ) or any(d.dep_ == "det" and d.lower_ in ("any", "every") for a in answered for d in children(a))
    return verb.head.lemma_.lower() in _ASKING_THAT


def conjoined_matches(patterns: Sequence[Pattern], trigger: Token, chosen: Pattern) -> list[Pattern]:
    """'agreed to a ceasefire and a prisoner swap': the patterns, other than the one chosen, whose
    preposition's object only a later conjunct of the trigger's prepositional object satisfies."""
    later = [
        (prep.lower_, c)
        for prep in children(trigger)
        if prep.dep_ in _PREP_DEPS
        for g in children(prep)
        if g.dep_ == "pobj"
        for c in g.conjuncts
        if c.i > g.i
    ]
    if not later:
        return []
    return [
        p
        for p in patterns
        if p is not chosen
        and p.code != chosen.code
        and not p.objects
        and not p.particle
        and p.prep is not None
        and p.prep.objects
        and not p.flags & {"xcomp", "clause", "negated", "governed"}
        and any(word in p.prep.preps and lemma_in(c, p.prep.objects) for word, c in later)
    ]


def named_after(verb: Token) -> bool:
    """'calling the expulsion unjustified': the parser hangs the predicate on the object as a modifier
    after it (not checked: whether the verb is one of naming)."""
    return any(
        c.dep_ in ("amod", "acomp") and c.i > obj.i
        for obj in children(verb)
        if obj.dep_ in ("dobj", "obj")
        for c in children(obj)
    )


def _negated_clause(trigger: Token) -> bool:
    """Whether a complement clause of the trigger (or a clause coordinated with it) is negated."""
    for clause in children(trigger):
        if clause.dep_ == "ccomp":
            for verb in (clause, *clause.conjuncts):
                if any(c.dep_ == "neg" for c in children(verb)):
                    return True
    return False


def _event_verb(noun: Token) -> list[Token]:
    """The verb an event noun is the subject of, which may carry the noun's "between" phrase: "clashes broke
    out between India and China", "talks resumed between Serbia and Kosovo" (none for a verb)."""
    if noun.dep_ in ("nsubj", "nsubjpass") and not is_verbal(noun) and is_verbal(noun.head):
        return [noun.head]
    return []


def _prep_found(constraint: PrepConstraint, trigger: Token, objs: list[Token]) -> bool:
    """A preposition of the constraint (with an object of its lemmas, if it names any) on the trigger,
    its object or a particle of it."""
    conjoined = [c for o in objs for c in o.conjuncts if c.i > o.i]  # "artillery and rocket fire against"
    rated = [r for o in objs for r in rates(o)]
    if "of" in constraint.preps and constraint.objects:
        # a compound modifier is an "of" phrase: "an arms sale" (a sale of arms), "weapons deliveries" (not
        # of an accord: "signed arms deals" signs agreements)
        for o in objs:
            if o.lemma_.lower() not in ACCORDS and any(
                c.dep_ == "compound" and lemma_in(c, constraint.objects) for c in children(o)
            ):
                return True
    carriers = _event_verb(trigger) if "between" in constraint.preps else []
    # ("ordered the reimposition of sanctions on Iran": the phrase of the thing conveyed or imposed)
    conveyed = [_through_partitive(o, _CONVEYANCES) for o in objs if o.lemma_.lower() in _CONVEYANCES]
    hosts = (
        trigger,
        *objs,
        *conjoined,
        *_particles(trigger),
        *rated,
        *measures_of(trigger),
        *carriers,
        *conveyed,
        *_dates_after(trigger),  # ("warned on Monday of serious consequences": hung on the date)
    )
    for host in hosts:
        for prep in children(host):
            if prep.lower_ not in constraint.preps or (host in carriers and prep.lower_ != "between"):
                continue
            if prep.dep_ not in _PREP_DEPS and not (
                prep.dep_ == "prt"
                and host.i == trigger.i
                and (_shared_object(trigger, prep.lower_) or any(g.dep_ == "pobj" for g in children(prep)))
            ):
                continue  # (a particle stranded before a coordinated verb: "fired on and seized ...")
            if (
                prep.lower_ in _TIME_PREPS
                and prep.lower_ != "until"
                and any(
                    g.ent_type_ in ("DATE", "TIME") and not _glued_name(g)
                    for g in children(prep)
                    if g.dep_ == "pobj"
                )
            ):
                # "called on Monday for talks" is no "call on" ("sentenced to 16 years" stays; "gave
                # Russia until Tuesday" names a deadline)
                continue
            if not constraint.objects:
                return True
            pobjs = [g for g in children(prep) if g.dep_ == "pobj"]
            # ("spoke by telephone hours later": the parser makes the means a modifier of the time after it)
            pobjs += [
                c
                for g in pobjs
                if g.lemma_.lower() in ("hour", "minute", "day", "week")
                for c in children(g)
                if c.dep_ == "compound"
            ]
            # ("agreed to all of his terms", "to some of the demands": the thing a share is of)
            pobjs += [_through_partitive(g, _SOME) for g in pobjs if g.lower_ in _SOME]
            if any(lemma_in(g, constraint.objects) and not _round_of_other(g, constraint) for g in pobjs):
                return True
    return False


def _round_of_other(word: Token, constraint: PrepConstraint) -> bool:
    """'agreed to another round of spending cuts': a round of something the constraint does not name is
    no round of talks."""
    return word.lemma_.lower() == "round" and any(
        not lemma_in(g, constraint.objects)
        for p in children(word)
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in children(p)
        if g.dep_ == "pobj"
    )


_RATES = frozenset({"percent", "per", "%", "pct", "point", "points"})
# names of days and months, which open time entities of their own ("Monday night"); read from the calendar
# module, as dates reads them
CALENDAR_NAMES = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)


def _glued_name(word: Token) -> bool:
    """A name the entity recogniser glued to the time word after it ("fired missiles at Kyiv overnight": one
    TIME entity "Kyiv overnight"), which is no time itself."""
    if word.ent_iob_ != "B":
        return False
    doc = word.doc
    end = word.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return time_words_start(doc, word.i, end) > word.i


def time_words_start(doc: Doc, start: int, end: int) -> int:
    """Where the time words of a DATE or TIME entity [start, end) begin after the names the recogniser glued
    before them ("Odesa overnight": at "overnight"); ``start`` when it opens with no such name."""
    cut = start
    while cut < end and doc[cut].tag_ in ("NNP", "NNPS") and doc[cut].lower_ not in CALENDAR_NAMES:
        cut += 1
    return cut if start < cut < end and doc[cut].is_lower else start


def rates(noun: Token) -> list[Token]:
    """The rate in a noun's "of" phrase, on which the parser hangs what follows: "duties of 80 percent on
    Australian barley" (the "on" phrase hangs on "percent")."""
    out = [
        g
        for prep in children(noun)
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in children(prep)
        if g.dep_ == "pobj" and (g.lower_ in _RATES or any(c.dep_ == "nummod" for c in children(g)))
    ]
    # ("duties totalling 80.5 percent on Australian barley": the phrase hangs on the participle)
    out += [c for c in children(noun) if c.dep_ == "acl" and c.lemma_.lower() in _TOTALLING]
    return out


_TOTALLING = frozenset({"total", "totalling", "totaling", "amount", "reach", "exceed"})


def _dates_after(noun: Token) -> list[Token]:
    """The dates the parser hangs a noun's own complements on: "the arrest on December 1 of Meng" (the
    "of" phrase hangs on the date; the date on the noun or on its verb)."""
    doc = noun.doc
    nxt = noun.i + 1
    if nxt >= len(doc) or doc[nxt].dep_ != "prep" or doc[nxt].lower_ not in _TIME_PREPS:
        return []
    return [g for g in children(doc[nxt]) if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")]


def _particles(verb: Token) -> list[Token]:
    """Particles that carry their own preposition: "pulled its troops out of Syria"."""
    return [
        c
        for c in children(verb)
        if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away", "off", "back")
    ]


def _dative_compound(verb: Token, obj: Token) -> list[Token]:
    """'send India ventilators': the parser may read a state's name right after the verb as a compound of
    the direct object; it is the indirect one (not an abbreviation, which names whose the thing is: "send
    US troops")."""
    doc = verb.doc
    i = verb.i + 1
    while i < obj.i and doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound":
        i += 1
    name = doc[i - 1]
    if i == verb.i + 1 or obj.pos_ != "NOUN" or name.head.i != obj.i:
        return []
    if any(t.head.i != obj.i or t.dep_ not in ("compound", "amod") for t in doc[i : obj.i]):
        return []  # ("send Ukraine fighter jets": the thing's own modifiers may follow the name)
    if name.ent_type_ != "GPE" or name.text.isupper() or "." in name.text:
        return []
    return [name]


# particles of a phrasal gerund, on which the parser may hang its "of" phrase ("the shooting down of")
_NOUN_PARTICLES = frozenset({"down", "off", "out", "back", "up"})


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
        if tok.i != trigger.i and not is_verbal(tok):
            # (a noun the parser made a clause head: "declared two diplomats persona non grata")
            return [c for c in children(tok) if c.dep_ in SUBJECT_DEPS]
        return subjects(tok, is_actor)
    if step == "obj":
        return objects(tok)
    if step == "poss":
        if tok.i != trigger.i and is_relation(tok):
            # ("drop its objections to its neighbour joining NATO": the neighbour is the other side, not
            # the possessor)
            return []
        found = [c for c in children(tok) if c.dep_ == "poss"]
        if not found:
            # ("Sweden's NATO membership bid": the parser may hang the phrase's possessor on a noun of its
            # compound)
            found = [
                g
                for c in children(tok)
                if c.dep_ == "compound" and c.pos_ == "NOUN"
                for g in children(c)
                if g.dep_ == "poss"
            ]
        return found
    if step == "mod":
        # only modifiers that are themselves names or adjectives of actors: "the Israeli seizure",
        # not "a US-brokered agreement"
        mods = (
            ("amod", "compound", "nmod", "nsubj") if noun_read_as_verb(tok) else ("amod", "compound", "nmod")
        )
        return [c for c in children(tok) if c.dep_ in mods and c.pos_ != "VERB"]
    if step == "purpose":
        # "pledged $500 million to help Pakistan rebuild", "sent aid to support Ukraine": whom the
        # infinitive of purpose helps
        return [
            o
            for c in purposes(tok, _BENEFITING)
            for o in (
                objects(c)
                or [
                    s
                    for g in children(c)
                    if g.dep_ in ("ccomp", "xcomp")
                    for s in children(g)
                    if s.dep_ == "nsubj"
                ]
            )
        ]
    if step == "acl":
        # "revoked an agreement allowing U.S. troops on its soil": the participle describing the noun (or the
        # relative clause: "ending an agreement that allowed US troops to operate on its soil")
        return [c for c in children(tok) if c.dep_ in ("acl", "relcl")]
    if step == "dative":
        out: list[Token] = []
        for c in children(tok):
            if c.dep_ == "dative" and after_object_comma(tok, c):
                continue  # (a gapped clause's subject, which the parser takes for a second object)
            if c.dep_ == "dative":
                out.extend([g for g in children(c) if g.dep_ == "pobj"] or [c])
        if not out:
            # "handed Pakistan's envoy a formal protest": of two objects the parser gives, the first is
            # the indirect one
            both = [c for c in children(tok) if c.dep_ in ("dobj", "obj")]
            if len(both) == 2:
                out = both[:1]
            elif len(both) == 1:
                out = _dative_compound(tok, both[0])
        return out
    if step == "xcomp":
        # "agreed to reopen its borders to UN peacekeepers": the infinitive the trigger governs (or an
        # infinitive the parser takes for an adverbial clause: "threatened on Monday to resume ..."; or the
        # one a verb of letting governs with its own subject: "allowed aid trucks to enter Gaza")
        return [
            c
            for c in children(tok)
            if is_verbal(c)
            and (
                c.dep_ == "xcomp"
                or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)))
            )
        ] + permitted_clauses(tok)
    if step == "comp":
        # "demanded that NATO withdraw": the subject of the complement clause
        # (a verb the tagger takes for a noun keeps its own subject: "demanded that Pakistan hand over ...")
        return [
            s
            for c in children(tok)
            if c.dep_ in ("ccomp", "xcomp")
            for s in (
                subjects(c, is_actor)
                or [g for g in children(c) if g.dep_ == "nsubj"]
                # ("demanded that Islamabad hunt down ...": the verb taken for a noun, its subject a compound)
                or [g for g in children(c) if g.dep_ == "compound" and g.pos_ == "PROPN" and g.i < c.i]
            )
        ]
    if step.startswith("prep:"):
        word = step[5:]
        hosts = [tok]
        if tok.i == trigger.i and not is_verbal(tok) and tok.dep_ in ("dobj", "obj") and is_verbal(tok.head):
            hosts.append(tok.head)  # "drew condemnation from Washington": the verb carries the noun's phrase
        if word == "between" and tok.i == trigger.i:
            hosts += _event_verb(tok)
        if tok.i == trigger.i and is_verbal(tok):
            objs = objects(tok)
            hosts += objs + [c for o in objs for c in o.conjuncts if c.i > o.i] + _particles(tok)
            # ("approved a rescue package worth 110 billion euros for Greece": the phrase hangs on the sum)
            hosts += [
                g
                for o in objs
                for w in children(o)
                if w.lower_ == "worth"
                for g in (w, *children(w))
                if g.i == w.i or g.dep_ in ("npadvmod", "pobj", "dobj")
            ]
            hosts += measures_of(tok)
            hosts += _dates_after(tok)  # ("warned on Monday of consequences for Manila")
            hosts += _means(tok)  # "spoke by telephone with Nepal's president": the phrase hangs on the means
            # ("stopped pumping gas destined for Ukrainian consumers", "shipped LNG bound for Germany": where
            # what is sent is bound, wherever the parser hangs the participle)
            hosts += [
                c
                for h in (tok, *objs, *([tok.head] if tok.dep_ == "xcomp" else []))
                for c in children(h)
                if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in _BOUND and c.i > tok.i
            ]
        if tok.i == trigger.i and not is_verbal(tok):
            hosts.extend(_dates_after(tok))  # "Canada's arrest on December 1 of Meng Wanzhou"
            # ("Turkey's shooting down of a Russian bomber": the phrase may hang on the gerund's particle)
            hosts += [
                c
                for c in children(tok)
                if c.dep_ in ("advmod", "prt") and c.i == tok.i + 1 and c.lower_ in _NOUN_PARTICLES
            ]
            if word == "by":
                # "the expulsion of two Russian diplomats by Norway": the parser hangs the agent on the
                # noun's "of" object
                hosts += [
                    g
                    for c in children(tok)
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in children(c)
                    if g.dep_ == "pobj"
                ]
        if tok.i != trigger.i and tok.lower_ in _RATES:
            # ("tariffs of 25 percent on steel and 10 percent on aluminium from the EU": the phrase hangs on
            # the last of the rates)
            hosts += [c for c in tok.conjuncts if c.i > tok.i]
        if tok.i != trigger.i and tok.pos_ == "NOUN":
            # "lifted the arms embargo imposed on Eritrea": the phrase of the participle that describes it
            # (or the last of its conjuncts: "the arms embargo, travel bans and asset freezes imposed on")
            hosts += [
                c
                for noun in (tok, *(n for n in tok.conjuncts if n.i > tok.i))
                for c in children(noun)
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1
            ]
            if (
                tok.dep_ in ("dobj", "obj")
                and is_verbal(tok.head)
                and not any(c.dep_ == "prep" and c.lower_ == word for c in children(tok))
                and any(
                    c.dep_ == "prep" and c.lower_ == word and c.i == tok.right_edge.i + 1
                    for c in children(tok.head)
                )
            ):
                # ("rejected a proposal from France": the parser may hang the object's phrase, right after
                # it, on the verb)
                hosts.append(tok.head)
        found = [
            _through_partitive(g, _MEASURES)  # ("tariffs on $34 billion worth of Chinese imports")
            for host in hosts
            for c in children(host)
            # (a particle with an object is a preposition the parser mislabelled: "called on Guterres to")
            if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == word
            for g in children(c)
            if g.dep_ == "pobj" and not _beside(g)
        ]
        if not found:
            # ("closed its airspace to flights to and from Mali": the object of prepositions joined by "and"
            # is each one's)
            found = [
                g
                for host in hosts
                for c in children(host)
                if c.dep_ == "prep"
                for joined in children(c)
                if joined.dep_ == "conj" and joined.pos_ == "ADP" and word in (c.lower_, joined.lower_)
                for g in children(joined)
                if g.dep_ == "pobj" and not _beside(g)
            ]
        if not found and tok.i == trigger.i and is_verbal(tok):
            found = _shared_object(tok, word)
        if not found:
            # ("lifted its objection to Sweden joining NATO": the phrase's object is the subject of the
            # gerund it governs)
            found = [
                s
                for host in hosts
                for c in children(host)
                if c.dep_ == "prep" and c.lower_ == word
                for g in children(c)
                if g.dep_ == "pcomp" and g.tag_ == "VBG"
                for s in children(g)
                if s.dep_ == "nsubj" and s.i < g.i
            ]
        if not found and word == "by" and tok.i != trigger.i and tok.pos_ == "NOUN":
            # ("condemned the sanctions Washington imposed": the subject of an active relative clause is
            # the author its passive would name with "by")
            found = [
                g
                for c in children(tok)
                # (not the trigger's own clause: "a move Israel denounced", where Israel is who judges)
                if c.dep_ == "relcl" and c.i > tok.i and c.i != trigger.i and not is_passive(c)
                for g in children(c)
                if g.dep_ == "nsubj" and g.i < c.i and g.lower_ not in RELATIVE_PRONOUNS
            ]
        return found
    return []


# Nouns for a relation between actors: the possessor is the other side ("Israel's ally", "his counterpart").
RELATIONS = frozenset(
    {"ally", "allies", "partner", "partners", "proxy", "proxies", "client", "enemy", "enemies", "rival"}
    | {"rivals", "counterpart", "counterparts", "opponent", "opponents", "foe", "foes", "adversary"}
    | {"adversaries", "backer", "backers", "patron", "critic", "critics", "neighbour", "neighbours"}
    | {"neighbor", "neighbors"}
)


def is_relation(token: Token) -> bool:
    """Whether the noun names a relation to its possessor ("Israel's ally", "his counterpart")."""
    return token.lemma_.lower() in RELATIONS or token.lower_ in RELATIONS


# verbs of an infinitive of purpose that name whom an act of aid benefits: "pledged $1 billion to help
# Pakistan rebuild", "to support Ukraine", "to rebuild Gaza"
_BENEFITING = frozenset(
    {"help", "assist", "support", "aid", "rebuild", "reconstruct", "bolster", "strengthen", "stabilise"}
    | {"stabilize", "shore", "prop", "feed", "relieve"}
)
# nouns of the means of an exchange: "by telephone", "via video link", "over the phone"
_MEANS = frozenset({"telephone", "phone", "video", "videoconference", "link", "call", "letter", "hotline"})
# arms an act of force is done with: "retaliated with heavy weapons", "fired back with howitzers"
ARMS = (
    _WEAPONS
    | {"weapon", "arm", "gun", "rifle", "cannon", "mortar", "howitzer", "bomb", "grenade"}
    | {
        "fire",
        "gunfire",
        "machine-gun",
    }
)


def _means(verb: Token) -> list[Token]:
    """The means a verb's exchange goes by ("spoke by telephone", "held talks via video link"), or the arms
    it is done with ("retaliated with heavy weapons against Pakistani posts"): the parser hangs the
    partner's phrase on it."""
    return [
        g
        for c in children(verb)
        if c.dep_ == "prep" and c.lower_ in ("by", "via", "over", "with")
        for g in children(c)
        if g.dep_ == "pobj"
        and (g.lemma_.lower() in ARMS if c.lower_ == "with" else g.lemma_.lower() in _MEANS)
    ]


def purposes(verb: Token, lemmas: frozenset[str]) -> list[Token]:
    """The verbs of the verb's infinitives of purpose whose lemma is one of ``lemmas``: "pledged $500 million
    to help Pakistan rebuild", "deployed police to Haiti to help restore order" (or an infinitive the parser
    hangs on the object as a relative clause: "pledged $1 billion to support Ukraine")."""
    own = [c for c in children(verb) if c.dep_ in ("xcomp", "advcl")]
    on_object = [
        k
        for o in children(verb)
        if o.dep_ in ("dobj", "obj")
        for k in children(o)
        if k.dep_ in ("relcl", "acl")
    ]
    return [
        c
        for c in (*own, *on_object)
        if c.lemma_.lower() in lemmas and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
    ]


def after_object_comma(verb: Token, token: Token) -> bool:
    """Whether a dependent of the verb comes after its object and a comma, as the subject of a clause whose
    verb is left out does: "Saudi Arabia promised $1 billion, the World Bank $2 billion"."""
    first = next((c.i for c in children(verb) if c.dep_ in ("dobj", "obj")), None)
    start = token.left_edge.i
    return first is not None and token.i > first and start > 0 and token.doc[start - 1].text == ","


def _shared_object(verb: Token, word: str) -> list[Token]:
    """'fired on and seized three vessels': a preposition left stranded before a coordinated verb takes
    that verb's object. 'granted asylum to five officers holed up in a residence': a preposition left
    stranded before a clause the parser gave that object as its subject takes that subject. 'stopped all
    exports to and imports from Israel': one left stranded before a coordinated noun takes the object of that
    noun's preposition."""
    stranded = [
        c
        for c in children(verb)
        if c.dep_ in ("prep", "prt") and c.lower_ == word and not any(g.dep_ == "pobj" for g in children(c))
    ]
    if not stranded:
        return []
    shared = [o for c in children(verb) if c.dep_ == "conj" and is_verbal(c) for o in objects(c)][:1]
    if shared:
        return shared
    # ("stopped all exports to and imports from Israel": the object of the preposition of the noun coordinated
    # after it, which the parser may coordinate with the verb)
    shared = [
        g
        for c in children(verb)
        if c.dep_ == "conj" and c.pos_ == "NOUN" and any(c.i > s.i for s in stranded)
        for p in children(c)
        if p.dep_ == "prep"
        for g in children(p)
        if g.dep_ == "pobj"
    ][:1]
    if shared:
        return shared
    after = {c.i + 1 for c in stranded}
    return [
        s
        for c in children(verb)
        if c.dep_ in ("advcl", "ccomp", "conj", "xcomp") and is_verbal(c)
        for s in children(c)
        if s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i in after
    ][:1]
