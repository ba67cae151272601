"""Whether a text asserts that an act happened: negation, modality, conditions, reported and announced acts.

The coder asks :func:`assertion` about every trigger: "did not recognise", "has yet to recognise", "if Hamas
ran", "wants to recognise" are no acts; intents, threats, appeals and demands are acts of their own; a future
act announced by its own actor is an intent (or, warned or conditioned with "unless", a threat), and a
cooperative act its actor says it will not do is a refusal.
"""

from __future__ import annotations

from enum import Enum

from spacy.tokens import Token

from dragoman.nlp.lexicon import Modality, Pattern
from dragoman.nlp.syntax import (
    ACCORDS,
    OCCASION_PREPS,
    REPORT_NOUNS,
    SPANS,
    SWEARING,
    VOICING,
    children,
    clause_verb,
    enacted,
    is_verbal,
    lemma_in,
    permitted_clauses,
)

# auxiliaries of what is still to come, and of what only may be
FUTURE = frozenset({"will", "would", "shall", "'ll"})
MODALS = FUTURE | frozenset({"could", "might", "may", "should", "must", "ca", "can"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Verbs whose "from" + gerund complement does not happen: "refrained from criticising".
_HINDERING = frozenset(
    {"refrain", "abstain", "desist", "prevent", "stop", "bar", "ban", "block", "deter", "keep"}
)
PRESUPPOSING_PREPS = frozenset({"during", "after", "following", "amid", "since"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
NON_FINITE_TAGS = frozenset({"VBG", "VB"})
_SPEECH_ACT_ROOTS = frozenset({"02", "03", "10", "12", "13"})
# speech acts that "may", "might" or "could" only make possible: appeals, demands and rejections ("Australia
# might appeal to the WTO", "Venezuela could ignore a ruling")
_ONLY_POSSIBLE = frozenset({"02", "10", "12"})
REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# verbs of wanting whose infinitive of cooperation is an intent to cooperate ("would seek to restore relations
# with China", "said they wanted to stabilise relations"; not "tried to", "hoped to"): only cooperation, which
# CAMEO's intents (03x) cover ("wants to capture Kyiv" is no threat)
WISHING = frozenset({"seek", "want", "intend", "plan", "aim"})
_COOPERATION_ROOTS = REFUSABLE_ROOTS - {"03"}  # (cooperation itself, not an intent to it)


def _accord_purpose(verb: Token) -> bool:
    """'signed an agreement to end six weeks of fighting', 'never signed a peace treaty to end their
    hostilities': what an accord is for is its aim, not an act done; 'signed an agreement raising ties to a
    strategic partnership': what a participle says an accord does is done by signing it."""
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.lemma_.lower() in ACCORDS
        and verb.doc[verb.i - 1].text != ","  # (", accusing ...": the parser's slip for the main clause's)
    ):
        return True
    if verb.dep_ not in ("advcl", "acl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)
    ):
        return False
    head = verb.head
    return head.lemma_.lower() in ACCORDS or any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in ACCORDS for o in children(head)
    )


def wished_cooperation(governor: Token, code: str) -> bool:
    """Whether ``governor`` is a verb of wanting and the act its infinitive tells (``code``) cooperation."""
    return governor.lemma_.lower() in WISHING and code[:2] in _COOPERATION_ROOTS


_CONDITIONALLY_THREATENED = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_MAYBE = frozenset({"may", "might", "could"})
# auxiliaries of a scenario: "would lose dozens of ships in repelling it"
_SCENARIO = frozenset({"would", "could", "might"})
_THREAT_MODALS = frozenset({"will", "would", "'ll", "may", "might", "could"})
_GROUNDS = frozenset({"ground", "grounds", "reason", "evidence", "proof"})
# nouns whose infinitive is carried out by the instrument itself: "signed an order to withdraw the United
# States from the WHO" (the verb "order" governs: "ordered the army to withdraw" is no withdrawal yet)
_ENACTING_NOUNS = frozenset({"order"})
_ACCORD = "019"  # express accord: negated, it is a disagreement (a rejection, 120)
# nouns whose clause says what someone is required to do: "its demand that Israel ease restrictions",
# "a reminder to Iraq that it must cooperate"
DEMANDING_NOUNS = frozenset(
    {"demand", "demands", "call", "calls", "insistence", "ultimatum", "reminder", "request", "requests"}
)

# nouns of a request, which whatever governs them was made: "rejected the prosecutor's request for warrants"
_MADE_REQUESTS = frozenset({"request", "requests", "application", "applications"})
# verbs that deny a report (syntax.REPORT_NOUNS): "denied reports that it was arming Russia", "dismissed US
# claims that Russia hacked ...": what the report says is denied, not told
_DENYING = frozenset(
    {
        "deny",
        "reject",
        "dismiss",
        "refute",
        "rebuff",
        "brush",
        "disprove",
        "debunk",
        "dispute",
        "contest",
        "rubbish",
    }
)


class Assertion(Enum):
    NOT = 0
    ASSERTED = 1
    ANNOUNCED = 2  # a future act announced by its own actor: "Britain would expel 23 diplomats, May said"
    REFUSED = 3  # a cooperative act its actor says it will not do: "said he would not provide support"


def on_condition(trigger: Token, marks: tuple[str, ...]) -> list[Token]:
    """The verbs of the conditional clauses ('unless X arranged a ceasefire') on the trigger, on the act it
    governs or on the verb governing it."""
    hosts = [trigger, *(c for c in children(trigger) if c.dep_ in ("xcomp", "ccomp"))]
    if trigger.dep_ in ("xcomp", "ccomp"):
        hosts.append(trigger.head)
    return [
        clause
        for host in hosts
        for clause in children(host)
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children(clause))
    ]


# -- assertion ---------------------------------------------------------------------------------------------
def polarity(verb: Token, allow_modal: bool) -> tuple[bool, str]:
    """(blocked, future modal): negation, conditionals and non-future modals block an act."""
    future = ""
    if neither_nor(verb):
        return True, ""
    for child in children(verb):
        if child.dep_ == "neg":
            return True, ""
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") for g in children(child)
        ):
            # "Neither Hungary nor Austria has sent weapons", "No EU country has recognised Kosovo", "sent no
            # weapons"
            return True, ""
        if child.dep_ == "advmod" and child.lower_ == "yet" and verb.lemma_ in ("have", "be"):
            return True, ""  # "has yet to recognise", "is yet to sign"
        if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
            return True, ""
        if child.dep_ == "mark" and child.lower_ in ("until", "before") and verb.dep_ == "advcl":
            # "would not allow Sweden to join until Stockholm cracked down": a condition, not yet met
            heads = [verb.head]
            if verb.head.dep_ in ("ccomp", "xcomp") and verb.head.head.i != verb.head.i:
                heads.append(verb.head.head)  # "would not allow Sweden to join until ..."
            governing = [c for head in heads for c in children(head)]
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE) for c in governing):
                return True, ""
        if child.dep_ == "aux" and child.lower_ in MODALS and not allow_modal:
            if child.lower_ not in FUTURE:
                return True, ""
            future = child.lower_
    return False, future


def _let_unasserted(verb: Token) -> bool:
    """'agreed to let Taiwan open a representative office', 'will not allow Sweden to join': an act a verb of
    letting governs happens only if the letting does, and this letting is itself an infinitive (agreed to,
    refused to), negated, conditional or still to come."""
    letting = verb.head
    if verb.dep_ != "ccomp" or not any(c.i == verb.i for c in permitted_clauses(letting)):
        return False
    blocked, future = polarity(letting, False)
    return blocked or bool(future) or letting.dep_ in ("xcomp", "advcl", "ccomp", "acl", "relcl", "pcomp")


def neither_nor(verb: Token) -> bool:
    """'would neither accept nor recognise the award': a verb after "neither", or the verb after "nor"."""
    if verb.dep_ == "conj":
        verb = verb.head
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children(verb))


def _refusal(verb: Token, pattern: Pattern, modality: Modality) -> Token | None:
    """'Obama said he would not provide support to Israel', 'Turkey will not allow ...': a cooperative act
    its own actor says it will not do is a refusal. Returns the verb that reports it (the act's own verb
    when not reported), None if this is no refusal."""
    kids = children(verb)
    if (
        pattern.code == _ACCORD
        and pattern.pos == "V"
        and (any(c.dep_ == "neg" for c in kids) or neither_nor(verb))
    ):
        # "Merkel said she did not share his view": a disagreement, whatever the tense
        return verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in modality.reporting else verb
    if pattern.code[:2] not in REFUSABLE_ROOTS or pattern.pos != "V":
        return None
    if not any(c.dep_ == "neg" for c in kids) or not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in kids
    ):
        return None
    clause = verb  # ("said it regretted the decision and would not send tanks")
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in modality.reporting:
        return clause.head
    return verb if clause.dep_ == "ROOT" else None


# nouns whose gerund is an act done: "its role in brokering the deal", "in exchange for releasing ..."
_DONE_BY_NOUN = frozenset(
    {"role", "part", "exchange", "return", "success", "credit", "responsibility", "charge"}
    # spans of time: "a day after arriving by train"
    | {"day", "week", "hour", "month", "year", "moment", "minute", "time"}
)
# verbs whose "for" names what is asked for: "called for developing relations"
_ASKING_FOR = frozenset({"call", "appeal", "press", "push", "lobby", "ask", "plead", "campaign", "argue"})


# exchanges of words whose "on" names what is discussed: "talks on the normalisation of relations"
_DISCUSSIONS = frozenset(
    {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "consultation"}
    | {"consultations", "dialogue"}
)
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


# what an act named as a subject may be said to be, without having happened: "the visit remains a prospect"
_PROSPECTS = frozenset(
    {"prospect", "possibility", "option", "hope", "goal", "aim", "idea", "plan", "dream", "priority"}
    | {"possible", "likely", "unlikely", "uncertain", "doubtful", "conceivable", "unthinkable", "premature"}
)


def read_assertion(
    trigger: Token, pattern: Pattern, question: bool, modality: Modality
) -> tuple[Assertion, Token | None]:
    """Whether the text asserts that the act happened (intents, threats, appeals and demands are acts too);
    ``question``: the trigger's sentence is a question."""
    speech_act = pattern.code[:2] in _SPEECH_ACT_ROOTS
    if question:
        return Assertion.NOT, None
    verb = trigger if pattern.pos == "V" else clause_verb(trigger)
    if pattern.pos == "N" and any(c.dep_ == "det" and c.lower_ == "no" for c in children(trigger)):
        return Assertion.NOT, None  # "no formal meeting between the two defence chiefs has taken place"
    if _accord_purpose(verb):
        return Assertion.NOT, None
    if (
        verb.dep_ == "acl"
        and verb.head.dep_ in ("dobj", "obj")
        and any(c.dep_ == "neg" for c in children(verb.head.head))
    ):
        return Assertion.NOT, None  # "have never signed a peace treaty formally ending their hostilities"
    if _without(trigger) or _without(verb):
        return Assertion.NOT, None  # "cut short their summit without reaching an agreement"
    if _when_unasserted(verb, modality):
        return Assertion.NOT, None  # "are expected to discuss arms control when they meet in Geneva"
    if pattern.pos == "N":
        if trigger.dep_ == "pobj" and _ahead_of(trigger.head):
            return Assertion.NOT, None  # "ahead of a summit in Brussels": still to come
        if (
            trigger.dep_ == "pobj"
            and trigger.head.lower_ in _TOPIC_PREPS
            and trigger.head.head.lemma_.lower() in _DISCUSSIONS
        ):
            return Assertion.NOT, None  # "held talks on a ceasefire": what is discussed, not done
        span = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
        if (
            span is not None
            and span.lemma_.lower() in SPANS
            and span.dep_ == "pobj"
            and span.head.lower_ in PRESUPPOSING_PREPS
        ):
            return Assertion.ASSERTED, None  # "after ten hours of talks in Moscow": they were held
        if trigger.dep_ == "pobj" and trigger.head.lower_ in PRESUPPOSING_PREPS:
            return (
                Assertion.ASSERTED,
                None,
            )  # "during his visit to the country": it took place, whatever the clause
        if trigger.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "appos", "conj", "ROOT", "attr"):
            return (
                Assertion.ASSERTED,
                None,
            )  # a modifier reports a settled fact ("after the recognition of ...")
        if (
            verb.lemma_.lower() in modality.governors
            and not speech_act
            and not (trigger.dep_ == "pobj" and trigger.head.lower_ in OCCASION_PREPS)
            # ("rejected the prosecutor's request for arrest warrants": a request rejected was made)
            and trigger.lower_ not in _MADE_REQUESTS
            # ("Putin ordered the withdrawal of Russian troops": an act ordered by its own authority is done,
            # see the coder)
            and not (verb.lemma_.lower() == "order" and trigger.dep_ in ("dobj", "obj"))
        ):
            # "analysts fear an invasion" (but "agreed to a ceasefire at talks in Putrajaya": the talks are
            # where the agreeing happened)
            return Assertion.NOT, None
        if (
            trigger.dep_ in ("dobj", "obj")
            and verb.lemma_.lower() in _UNDOING
            and pattern.code[:2] in ("12", "13", "14", "16", "17")
        ):
            # "agreed to lift the bloc's sanctions on Syria": lifted, not imposed ("dropped its veto on North
            # Macedonia": a veto, threat or boycott undone is no new one)
            return Assertion.NOT, None
        if trigger.dep_ == "nsubj" and any(
            c.dep_ in ("attr", "acomp", "oprd") and c.lemma_.lower() in _PROSPECTS for c in children(verb)
        ):
            return Assertion.NOT, None  # "a visit by Pope Francis to Moscow remains a distant prospect"
    if (
        verb.dep_ in ("acl", "ccomp", "relcl")
        and verb.head.pos_ == "NOUN"
        and verb.head.lower_ in DEMANDING_NOUNS
    ):
        return Assertion.NOT, None  # "its demand that Israel ease restrictions": asked for, not done
    if _denied_report(verb) or _denied_claim(verb, modality):
        return Assertion.NOT, None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.lemma_.lower() in _ASKING_FOR:
        return Assertion.NOT, None  # "called for developing relations": asked for, not done
    if _forgone(trigger) or _forgone(verb):
        return (
            Assertion.NOT,
            None,
        )  # "abstained instead of casting its veto", "rather than imposing sanctions"
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("about", "regarding", "concerning", "against"):
        # "summoned the ambassador about sending troops": a topic, not an act; "warned Washington against
        # supplying missiles": an act warned off, not done
        return Assertion.NOT, None
    if (
        verb.dep_ == "pcomp"
        and verb.head.head.pos_ in ("NOUN", "PROPN")
        and verb.head.head.lemma_.lower() not in _DONE_BY_NOUN
    ):
        # "places importance on developing ties", "two conditions for restoring relations": an act a noun
        # holds in view, not one told as done
        return Assertion.NOT, None
    if verb.dep_ == "ccomp" and any(
        o.dep_ in ("dobj", "obj") and o.lower_ in DEMANDING_NOUNS and o.i < verb.i
        for o in children(verb.head)
    ):
        return Assertion.NOT, None  # (the same, the clause hung on the verb: "reiterated its demand that")
    if _let_unasserted(verb):
        return Assertion.NOT, None  # "agreed to let Taiwan open an office": only the letting is told
    if _conditional_threat(verb, pattern):
        # "the EU may halt its mediation if ...": a threat (13x), if the actor itself says so
        reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in modality.reporting
        if not reported and any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in children(verb)):
            return Assertion.NOT, None  # "Israel could strike Iran if ...": the writer's speculation
        return Assertion.ANNOUNCED, verb.head if reported else verb
    blocked, future = polarity(verb, speech_act)
    if (
        verb.dep_ == "conj"
        and (
            verb.tag_ == "VB"
            # (a verb whose past is its bare form, read as past: "will expel 60 diplomats and shut the
            # consulate")
            or (
                verb.tag_ == "VBD"
                and verb.lower_ == verb.lemma_.lower()
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb))
            )
        )
        and not any(c.dep_ in ("aux", "auxpass") for c in children(verb))
    ):
        # ("said France would recall its ambassador and pull out its troops", "would not recall its envoy
        # or close the embassy": a bare verb coordinated with a modal one shares its modal and negation)
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        first_blocked, first_future = polarity(first, speech_act)
        blocked, future = blocked or first_blocked, future or first_future
    if pattern.code[:2] in _ONLY_POSSIBLE and any(
        c.dep_ == "aux" and c.lower_ in _MAYBE for c in children(verb)
    ):
        return Assertion.NOT, None  # "Australia might appeal to the WTO": an appeal or demand only possible
    if blocked:
        refusal = _refusal(verb, pattern, modality)
        return (Assertion.REFUSED, refusal) if refusal is not None else (Assertion.NOT, None)
    reporter: Token | None = None
    if future:
        # (the verbs a modal one is coordinated with share its verb of saying: "Russia will expel 60
        # diplomats and shut the US consulate, Lavrov announced")
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        said_after = [
            c
            for c in children(first)
            if c.dep_ == "conj"
            and c.i > verb.i
            and c.lemma_.lower() in modality.reporting
            and (not any(g.dep_ in ("nsubj", "nsubjpass") for g in children(c)) or _tagged_on_quote(c))
        ]
        # "said it would expel", "warned that it would expel" (a threat), "vowed that it would retaliate"
        reporter = _saying(verb, modality)
        if reporter is None and first.dep_ == "ROOT" and said_after:
            # "Britain will expel 23 Russian diplomats, Prime Minister Theresa May said": the parser may take
            # the verb of saying after the quote for a conjunct of the quoted verb
            reporter = said_after[0]
        elif (
            reporter is None
            and verb.dep_ == "ROOT"
            and future in ("will", "'ll")
            and pattern.code[:2] in REFUSABLE_ROOTS
            and not on_condition(verb, ("if",))  # "If elected, she will visit Moscow": a hypothesis
        ):
            reporter = verb  # "Finland will give Tanzania a grant": a plan the news tells, an intent
        if reporter is None:
            return Assertion.NOT, None
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in modality.non_factive
        and reporter is None
        and not grounded(verb.head)
        and not summed_up(verb)
    ):
        return Assertion.NOT, None
    if _alleged(verb, modality):
        return Assertion.NOT, None
    if _in_scenario(verb):
        return Assertion.NOT, None
    if (
        verb.dep_ == "xcomp"
        and verb.head.pos_ == "ADJ"
        and any(c.dep_ == "advmod" and c.lower_ == "too" for c in children(verb.head))
    ):
        return Assertion.NOT, None  # "Malaysia was too small to retaliate": what its actor cannot do
    if _purpose_of_governed(verb, modality):
        return Assertion.NOT, None  # "authorised a force to help Haiti's police fight gangs"
    if _charged(verb):
        return Assertion.NOT, None  # "sentenced for plotting to overthrow the government to stop ..."
    if _describes_unasserted(verb, modality):
        return Assertion.NOT, None  # "are due to sign an accord normalising ties at a ceremony hosted by ..."
    if _object_of_stance(verb):
        return Assertion.NOT, None  # "lifted its objection to Sweden joining NATO"
    if _looked_forward_to(verb):
        return Assertion.NOT, None  # "she looked forward to visiting Kenya": still to come
    if _withdrawn(verb):
        # "backed away from his order to declare ten ambassadors persona non grata"
        return Assertion.NOT, None
    if (
        verb.dep_ == "relcl"
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in children(verb))
        # (but "signed a package that includes $61 billion for Ukraine": what an instrument enacted does)
        and not enacted(verb.head)
    ):
        return Assertion.NOT, None  # "the war games Washington holds with South Korea": a habit described
    weighing = considered_force(verb, pattern)
    if (
        weighing is not None
        and reporter is None
        and weighing.dep_ == "ccomp"
        and weighing.head.lemma_.lower() in modality.reporting
    ):
        # "said it was examining a plan to fire missiles at Guam": a threat, if the speaker is the doer
        return Assertion.ANNOUNCED, weighing.head
    # walk up chains of infinitives and coordinations: "did not agree to restore", "wants to recognise",
    # "refused to allow UN inspectors to visit the plant" (the parser takes "inspectors to visit" for a
    # clause)
    t = verb
    while (t.dep_ in ("xcomp", "conj") or infinitive_clause(t)) and t.head.i != t.i:
        head = t.head
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(t)):
            # "said the raids would not go unanswered, and the foreign ministry summoned ...": a conjunct
            # with a subject of its own is a clause of its own
            break
        if (
            t.dep_ == "conj"
            and t.tag_ in FINITE_TAGS
            and head.tag_ in NON_FINITE_TAGS
            and head.dep_ == "xcomp"
        ):
            # "denied targeting civilians and blamed Ukraine": the parser hangs the finite verb on the
            # infinitive, but it is coordinated with the governor, not governed by it
            t = head.head
            continue
        if (
            t.dep_ == "conj"
            and t.tag_ == "VBD"
            and t.lemma_.lower() in VOICING
            and head.tag_ == "VB"
            and head.dep_ == "ccomp"
            and head.head.i != head.i
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(head))
        ):
            # "Taipei said it would not compete in dollar diplomacy and accused China of ...": a verb of
            # speech in the past the parser coordinates with the modal's verb is coordinated with the verb of
            # saying (any verb in the past: one false positive each on blind sets H and O)
            t = head.head
            continue
        blocked, head_future = polarity(head, speech_act)
        if (
            head_future
            and reporter is None
            and not blocked
            and (
                (t.dep_ == "conj" and (pattern.code[:2] in ("16", "17") or pattern.code == "163"))
                or head.lemma_.lower() in modality.intents
                or wished_cooperation(head, pattern.code)
            )
        ):
            # ("said it would expel India's high commissioner and suspend bilateral trade": a cut the second
            # verb tells shares the first one's future and its verb of saying, and so does any coercive
            # measure or sanction: "would close its embassy in Tehran and expel the Iranian ambassador", "will
            # expel ten US diplomats and bar eight officials from entering the country, Lavrov said"; other
            # codes were measured to cost a false positive or two on blind sets H and R; and an intent
            # announced is one:
            # "Stockholm announced that it would apply to join the alliance")
            reporter = _saying(head, modality)
        if blocked or (head_future and reporter is None):
            return Assertion.NOT, None
        # ("agreed on Thursday to normalise relations": the parser may hang the infinitive as a clause)
        if (t.dep_ == "xcomp" or (t.dep_ == "advcl" and infinitive_clause(t))) and head.lemma_.lower() in (
            modality.governors
        ):
            ok = (head.lemma_.lower() in modality.intents or wished_cooperation(head, pattern.code)) and (
                not speech_act
            )
            return (Assertion.ASSERTED if ok else Assertion.NOT), None
        if (t.dep_ == "ccomp" or infinitive_clause(t)) and head.lemma_.lower() in modality.governors:
            return Assertion.NOT, None  # "urged Russia to withdraw", parsed as a clause
        t = head
        if (
            t.dep_ == "ccomp"
            and t.head.lemma_.lower() in modality.non_factive
            and reporter is None
            and not summed_up(t)
        ):
            return Assertion.NOT, None  # "claimed ISIL attacked Iraq and took Mosul": both claimed
    if intended(t, modality):
        return Assertion.NOT, None  # "Sweden's bid to join NATO", "its refusal to release them"
    return (Assertion.ANNOUNCED, reporter) if reporter is not None else (Assertion.ASSERTED, None)


def _when_unasserted(verb: Token, modality: Modality) -> bool:
    """Whether a verb tells when an act that is only expected, hoped or planned would take place: "are
    expected to discuss arms control when they meet in Geneva" (a negated act leaves its time told: "did
    not raise it when they met")."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "once", "whenever") for c in children(verb)
    ):
        return False
    head = verb.head
    governor = head.head.lemma_.lower()
    return head.dep_ == "xcomp" and governor in modality.governors and governor not in modality.intents


# verbs that undo a measure named as their object
_UNDOING = frozenset(
    {"lift", "ease", "end", "remove", "revoke", "rescind", "relax", "scrap", "waive", "cancel", "suspend"}
    | {"drop", "loosen", "reverse", "unfreeze", "roll", "withdraw", "abandon"}
)


def _ahead_of(prep: Token) -> bool:
    """Whether a preposition puts what it governs still to come: "ahead of a summit", "in the run-up to"."""
    if prep.lower_ == "of" and prep.head.lower_ == "ahead" and prep.head.i != prep.i:
        return True
    return prep.lower_ == "to" and prep.head.lower_ in ("run-up", "runup", "lead-up", "leadup")


def _without(token: Token) -> bool:
    """Whether an act is named as not done along another: "left without reaching an agreement", "ended
    without a deal"."""
    return token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "without" and token.head.i != token.i


def _forgone(token: Token) -> bool:
    """Whether an act is named as the one not chosen: "instead of casting its veto", "rather than a veto"."""
    if token.dep_ == "conj":
        # ("abstained rather than vetoing the resolution": the parser may coordinate the two with "than")
        return any(
            c.dep_ in ("cc", "prep") and c.lower_ == "than" and any(a.lower_ == "rather" for a in children(c))
            for c in children(token.head)
            if c.i < token.i
        )
    prep = token.head
    if token.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "than") or prep.i == token.i:
        return False
    return any(c.lower_ in ("instead", "rather") for c in children(prep))


def _denied_report(verb: Token) -> bool:
    """'denied reports that it was arming Russia', 'dismissed US claims that Russia hacked ...' (the parser
    may take the noun for a verb): the act in a report that is denied is not told as done."""
    noun = verb.head
    if (
        verb.dep_ not in ("acl", "ccomp", "relcl", "appos")
        or noun.i == verb.i
        or noun.lower_ not in REPORT_NOUNS
    ):
        return False
    if noun.dep_ not in ("dobj", "obj", "ccomp", "conj", "pobj"):
        return False
    governor = noun.head
    if noun.dep_ == "pobj":
        governor = governor.head  # "brushed aside reports that ...", "scoffed at claims that ..."
    return governor.lemma_.lower() in _DENYING


# verbs that punish or charge someone "for" what the court says they did
_PUNISHING = frozenset(
    {"sentence", "convict", "jail", "imprison", "fine", "punish", "charge", "indict", "prosecute", "try"}
    | {"arrest", "detain", "execute", "hang", "expel", "sanction", "blacklist"}
)


# verbs that charge someone "with" what the prosecution says they did
_CHARGING = frozenset({"charge", "indict"})


def _describes_unasserted(verb: Token, modality: Modality) -> bool:
    """Whether a participle describes a thing that an act only expected, planned or due is about: "Israel and
    the UAE are due to sign an accord normalising their relations at a ceremony hosted by Trump"."""
    t = verb
    for _ in range(3):  # (a participle on a thing a participle describes: "an accord normalising ... at a
        # ceremony hosted by ...")
        if t.dep_ != "acl" or t.head.i == t.i:
            return False
        t = t.head
        for _ in range(4):
            if t.dep_ not in ("dobj", "obj", "pobj", "prep") or t.head.i == t.i:
                break
            t = t.head
        if not is_verbal(t):
            return False
        if t.dep_ == "xcomp" and t.head.i != t.i:
            governor = t.head.lemma_.lower()
            return governor in modality.governors and governor not in modality.intents
    return False


def _tagged_on_quote(verb: Token) -> bool:
    """A verb of saying with its own subject tagged on after the clause it reports, a comma before it and
    nothing said after it but a participle ("..., Foreign Minister Sergei Lavrov announced on Thursday."),
    which the parser took for a conjunct of the reported verb."""
    subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    start = subjects[0].left_edge.i if subjects else 0
    if start == 0 or verb.doc[start - 1].text != ",":
        return False
    return not any(
        c.dep_ in ("ccomp", "dobj", "xcomp", "conj", "cc") or (c.dep_ == "advcl" and c.tag_ != "VBG")
        for c in children(verb)
    )  # (a participle may follow: "..., Lavrov announced, mirroring Washington's expulsion of ...")


def _saying(verb: Token, modality: Modality) -> Token | None:
    """The verb of saying or swearing whose clause (that of its first conjunct: "Paris said it had taken note
    and would recall its envoy") a verb belongs to, else None."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    governor = clause.head.lemma_.lower()
    if clause.dep_ == "ccomp" and (governor in modality.reporting or governor in SWEARING):
        return clause.head
    return None


# verbs that take back a decision ("backed away from his order to ...", "reversed its decision to ..."), with
# the preposition they take it back by, if any
_TAKING_BACK = {"back": "from", "retreat": "from", "step": "from", "climb": "from", "walk": "", "row": "from"}
_TAKING_BACK |= {v: "" for v in ("reverse", "rescind", "revoke", "retract", "abandon", "scrap", "drop")}


# nouns of a stance towards an act, which the act's gerund completes: "its objection to Sweden joining NATO"
_STANCES = frozenset(
    {"objection", "objections", "opposition", "veto", "resistance", "reservations", "support", "backing"}
    | {"consent", "approval", "endorsement", "blessing"}
)


def _object_of_stance(verb: Token) -> bool:
    """'lifted its objection to Sweden joining NATO', 'ended its opposition to Ukraine joining the EU':
    a gerund that completes a stance noun tells what the stance is about, not an act done (the parser may
    hang it on the noun, on the noun's preposition, or on the clause whose object the noun is)."""
    if verb.tag_ != "VBG":
        return False
    head = verb.head
    if verb.dep_ == "acl":
        return lemma_in(head, _STANCES)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        holder = head.head
        stances = [holder, *(c for c in children(holder) if c.dep_ in ("dobj", "obj"))]
        return any(lemma_in(s, _STANCES) for s in stances)
    if verb.dep_ == "advcl" and verb.i > 0:
        # ("lifted its objection to Finland and Sweden joining NATO": the gerund's subject hangs on "to")
        before = verb.doc[verb.i - 1]
        named = before if before.dep_ == "pobj" else before.head if before.dep_ == "conj" else None
        if named is None or named.dep_ != "pobj" or named.head.lower_ not in ("to", "on", "against"):
            return False
        holder = named.head.head  # (the stance noun itself, or the verb whose object it is)
        stances = [c for c in children(head) if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _STANCES]
        return (holder.i == head.i and bool(stances)) or any(holder.i == s.i for s in stances)
    return False


def _looked_forward_to(verb: Token) -> bool:
    """'she looked forward to visiting Kenya and Tanzania': an act looked forward to is still to come."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "to":
        return False
    holder = verb.head.head
    if holder.lower_ == "forward":
        return True
    return holder.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in children(holder))


def _withdrawn(verb: Token) -> bool:
    """Whether an act is what a decision taken back was to do: "Erdogan backed away from his order to declare
    ten ambassadors persona non grata", "reversed its decision to expel the envoy"."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.i == verb.i:
        return False
    noun = verb.head
    if noun.dep_ == "pobj":
        taker = noun.head.head
        prep = noun.head.lower_
    elif noun.dep_ in ("dobj", "obj"):
        taker, prep = noun.head, ""
    else:
        return False
    return _TAKING_BACK.get(taker.lemma_.lower()) == prep and taker.i != noun.i


def _charged(verb: Token) -> bool:
    """Whether a verb tells what someone is punished or charged for ("were sentenced for plotting to
    overthrow the government to stop the country joining NATO"): the charge, with all it says, is not told
    as done by the story."""
    t = verb
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return False
        if t.dep_ == "pcomp" and head.lower_ == "for" and head.head.lemma_.lower() in _PUNISHING:
            return True
        if t.dep_ == "pcomp" and head.lower_ == "with":
            # ("charged five officers with hacking into American companies": the parser may hang the "with"
            # on the person charged)
            charger = head.head if is_verbal(head.head) else head.head.head
            if charger.lemma_.lower() in _CHARGING:
                return True
        t = head
    return False


def _purpose_of_governed(verb: Token, modality: Modality) -> bool:
    """Whether a verb tells what another is to do for an act not yet done: "authorised a multinational force
    to help Haiti's police fight armed gangs" (the fighting, after "help", is the purpose of the force
    authorised)."""
    t = verb
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in ("help", "assist") and t.head.i != t.i:
        t = t.head  # "help the police fight": a bare infinitive
    if t.i == verb.i:
        return False
    governor = t.head.lemma_.lower()
    return (
        t.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t))
        and governor in modality.governors
        and governor not in modality.intents
    )


def infinitive_clause(verb: Token) -> bool:
    """'allowed UN inspectors to visit the plant': an infinitive with its own subject that the parser hangs
    on the verb as a clause; 'called on Washington on Saturday to extradite him': an infinitive it hangs as
    an adverbial clause."""
    if verb.dep_ == "advcl" and any(c.dep_ in ("dobj", "obj") for c in children(verb.head)):
        return False  # "called Obama on Wednesday to demand an explanation": a purpose, the call a phone call
    return verb.dep_ in ("ccomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)
    )


# Verbs of weighing or readying an act, and the nouns of a plan they weigh: an act of force an actor says it
# weighs or readies is a threat (the coder chains it to 13x when its speaker is its doer).
_WEIGHING = frozenset({"consider", "examine", "weigh", "study", "mull", "contemplate", "prepare", "draw"})
_PLANS = frozenset({"plan", "plans", "option", "options"})
_WEIGHED_ROOTS = frozenset({"15", "17", "18", "19", "20"})


def considered_force(verb: Token, pattern: Pattern) -> Token | None:
    """The verb of weighing an act of force is the object of, if any: "said it was examining a plan to fire
    missiles at Guam", "is considering striking the camps", "was preparing to attack the town"."""
    if pattern.pos != "V" or pattern.code[:2] not in _WEIGHED_ROOTS:
        return None
    head = verb.head
    if (
        verb.dep_ == "acl"
        and head.lower_ in _PLANS
        and head.dep_ in ("dobj", "obj")
        and head.head.lemma_.lower() in _WEIGHING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))
    ):
        return head.head  # "examining a plan to fire missiles"
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ("prepare", "consider", "weigh", "contemplate"):
        return head  # "was preparing to attack", "considering striking"
    if verb.dep_ in ("dobj", "obj") and verb.tag_ == "VBG" and head.lemma_.lower() in _WEIGHING:
        return head  # ("considering striking the camps": the parser may take the gerund for the object)
    return None


def intended(verb: Token, modality: Modality) -> bool:
    """'Turkey blocked Sweden's bid to join NATO', 'an invitation to become a member', 'Israel's refusal to
    release them': an act in the infinitive of a noun of intent, attempt, hope, refusal or permission (a noun
    the modality lexicon lists as a governor) is not performed."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.i != verb.i
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.lemma_.lower() in modality.governors
        and noun.lemma_.lower() not in _ENACTING_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))
    )


def _conditional_threat(verb: Token, pattern: Pattern) -> bool:
    """'Israel will strike Iran if it enriches further', 'the EU may halt its mediation if cooperation
    founders': a hostile act an actor says it will or may do on a condition is a threat."""
    if pattern.pos != "V" or pattern.code[:2] not in _CONDITIONALLY_THREATENED:
        return False
    kids = children(verb)
    if any(c.dep_ == "neg" for c in kids) or not any(
        c.dep_ == "aux" and c.lower_ in _THREAT_MODALS for c in kids
    ):
        return False
    return bool(on_condition(verb, ("if", "unless")))


def grounded(belief: Token) -> Token | None:
    """'concluded that there were reasonable grounds to believe the air force dropped ...': a finding, not
    an opinion; returns the noun ('grounds', 'evidence', 'reason') that grounds the belief, else None."""
    noun = belief.head
    if belief.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in _GROUNDS or noun.i == belief.i:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun)):
        return None  # "there is no reason to believe"
    if any(c.dep_ == "neg" for c in children(noun.head)):
        return None
    return noun


# nouns that sum up what a speaker said as a claim (not "an accusation", which may sum up only the charge
# an act was done on: "said it had detained the reporter on suspicion of spying, an accusation the newspaper
# denied")
CLAIMS = frozenset({"claim", "claims", "assertion", "assertions"})


def _denied_claim(verb: Token, modality: Modality) -> bool:
    """'Trump said ... that Modi had asked him to do so, a claim New Delhi denied': an act in what a speaker
    said, summed up after it as a claim another denies, is only the speaker's claim."""
    t = verb
    reported = False
    for _ in range(6):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in modality.reporting:
            reported = True
            break
        if t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            break
        t = t.head
    if not reported:
        return False
    return any(
        noun.i > verb.i
        and noun.lower_ in CLAIMS
        and any(c.dep_ == "relcl" and c.lemma_.lower() in _DENYING for c in children(noun))
        for noun in verb.sent
    )


def summed_up(clause: Token) -> bool:
    """'Russia accused Ukraine of attacking the plant, a charge Kyiv denied': the parser may hang a clause
    on the verb after it that denies it, with the noun that sums the clause up as that verb's object (or its
    subject: "a charge Kigali denied"); the clause is told, not denied (the noun is what is denied)."""
    verb = clause.head
    return (
        clause.dep_ == "ccomp"
        and clause.i < verb.i
        and any(
            o.dep_ in ("dobj", "obj", "nsubj") and clause.i < o.i < verb.i and o.lower_ in REPORT_NOUNS
            for o in children(verb)
        )
    )


def _in_scenario(verb: Token) -> bool:
    """'the United States and Japan would lose dozens of ships in repelling it': a gerund under a verb of
    what would (could, might) happen is part of the scenario, not an act told ("would respond by striking"
    is a threat's means, left to the threat)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ == "by" or verb.head.dep_ != "prep":
        return False
    governor = verb.head.head
    return is_verbal(governor) and any(c.dep_ == "aux" and c.lower_ in _SCENARIO for c in children(governor))


def _alleged(verb: Token, modality: Modality) -> bool:
    """'accused Azerbaijan of violating the ceasefire': the violation is an allegation, not a fact;
    'refrained from criticising', 'barred them from entering': the act was kept from happening. A conjunct
    is alleged with the first: "accused Indian forces of crossing the line and attacking Chinese troops"."""
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        # (and what the alleged act is for: "accusing Tehran of using Hezbollah to train and arm ...")
        verb = verb.head
    if verb.dep_ != "pcomp":
        return False
    if verb.head.lower_ == "from":
        return verb.head.head.lemma_.lower() in _HINDERING
    if verb.head.lower_ not in ("of", "for"):
        return False
    accuser = verb.head.head
    if accuser.dep_ in ("dobj", "obj") and not is_verbal(accuser):
        accuser = accuser.head  # "accused Chinese coast guard vessels of firing": the parser hangs it on them
    return accuser.lemma_.lower() in modality.allegations
