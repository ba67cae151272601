"""Places: whether a toponym is used literally (a location) or stands for an actor (metonymy).

A toponym is *literal* ("shelled Kharkiv", "met in Doha", "the Syrian-Turkish border", "Toronto schools",
"left for Washington") or *metonymic*: the place stands for its people or government ("Moscow said",
"Russia's minister", "US officials", "talks with Iran", "accused Syria", "ordered Britain to reduce",
"Russia is concerned", "the interests of China", "pressure on Georgia", "sold jets to Saudi Arabia",
"blamed on Russia"). The decision reads the toponym's role in the parse and the words around it; the word
lists here are the knowledge it uses. An institution's name ("Cornell University"), a legislator's party tag
("R-Neb.") and a state's university ("Mississippi State won") are not locations either.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dragoman.nlp.gazetteer import GazetteerEntry
from dragoman.nlp.places_tokens import _Tokens
from dragoman.nlp.syntax import children

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions after which a toponym is a party or a topic, not a place ("talks with Iran", "a deal for
# Ukraine", "worried about Russia").
PARTY_PREPS = frozenset({"with", "against", "for", "by", "toward", "towards", "than", "like", "about"})
# Verbs whose active subject is a place, not an agent ("Kharkiv lies", "the city is").
PLACE_SUBJECT_VERBS = frozenset(
    {"be", "lie", "sit", "border", "remain", "become", "stretch", "experience", "witness"}
)
# Verbs of phase whose subject is that of the verb they govern ("Britain used to be", "China began to see").
PHASE_VERBS = frozenset({"use", "continue", "begin", "start", "keep", "cease", "stop"})

# Last words of the names of institutions, which stand for the body rather than its site ("Cornell
# University", "St. Louis Police", "London Guildhall School"): such a name is not a literal toponym.
INSTITUTION_HEADS = frozenset(
    {
        "university",
        "college",
        "school",
        "institute",
        "academy",
        "police",
        "society",
        "service",
        "council",
        "ministry",
        "department",
        "commission",
        "committee",
        "association",
        "club",
        "company",
        "bank",
        "agency",
    }
)
# Legislatures, which stand for the body rather than its building ("the Verkhovna Rada", "the Duma").
LEGISLATURES = frozenset(
    {"parliament", "congress", "senate", "duma", "rada", "knesset", "bundestag", "sejm", "majlis", "storting"}
)
# Nouns that a place name modifies as their location ("the Syrian border", "Toronto schools", "Russia's
# economy"): with these a modifier or possessor is literal; with any other noun ("US officials", "Russia's
# decision", "Canadian troops") it stands for the people or the government.
LOCATED_NOUNS = frozenset(
    {
        "area",
        "border",
        "frontier",
        "boundary",
        "city",
        "town",
        "village",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "district",
        "county",
        "province",
        "state",
        "region",
        "governorate",
        "municipality",
        "capital",
        "downtown",
        "outskirts",
        "countryside",
        "mainland",
        "territory",
        "soil",
        "waters",
        "airspace",
        "coast",
        "coastline",
        "shore",
        "beach",
        "island",
        "valley",
        "desert",
        "forest",
        "mountain",
        "foothill",
        "river",
        "lake",
        "landscape",
        "skyline",
        "street",
        "road",
        "highway",
        "bridge",
        "station",
        "airport",
        "port",
        "harbor",
        "harbour",
        "base",
        "airbase",
        "camp",
        "enclave",
        "site",
        "section",
        "community",
        "metro",
        "school",
        "college",
        "campus",
        "court",
        "courthouse",
        "jail",
        "prison",
        "hospital",
        "clinic",
        "hotel",
        "restaurant",
        "resort",
        "stadium",
        "venue",
        "cinema",
        "facility",
        "plant",
        "factory",
        "farm",
        "market",
        "industry",
        "economy",
        "job",
        "population",
        "history",
        "heritage",
        "sector",
        "growth",
        "tourism",
        "housing",
        "infrastructure",
        "weather",
        "climate",
        "airline",
        "country",
        "leg",
        "tour",
        "flight",
        "trip",
        "journey",
        "route",
        "appearance",
        "foreshore",
        "waterfront",
        "resident",
        "pollution",
        "center",
        "centre",
        "office",
        "headquarters",
        "home",
        "sewage",
        "set",
        "carriageway",
        "junction",
        "roundabout",
        "interchange",
        # measures of what happens in a place ("Hawaii's growth rate", "London's murder tally")
        "rate",
        "production",
        "output",
        "activity",
        "total",
        "tally",
        "unemployment",
        "inflation",
        "crime",
        "emission",
        # what happens somewhere without an agent the place could stand for ("the Birmingham festival",
        # "the U.S. midterm elections", "the New York City police shooting")
        "festival",
        "election",
        "season",
        "shooting",
        "outbreak",
        "crash",
        "explosion",
        "flood",
        "earthquake",
        "hotspot",
    }
)
# Nouns whose "of" phrase names a polity rather than a place ("the government of Iraq", "the people of X").
POLITY_NOUNS = frozenset(
    {
        "government",
        "people",
        "president",
        "minister",
        "leader",
        "king",
        "queen",
        "prince",
        "citizen",
        "authority",
        "army",
        "military",
        "ambassador",
        "embassy",
        "ministry",
        "governor",
        "parliament",
        "delegation",
        "envoy",
        "consul",
        "consulate",
        "independence",
        "sovereignty",
        "recognition",
        "service",
        "agency",
        "force",
        "troop",
        "navy",
        # what a polity has or does as an actor ("the interests of China", "the image of Russia")
        "interest",
        "image",
        "reputation",
        "success",
        "failure",
        "future",
        "dignity",
        "security",
        "law",
        "policy",
        "position",
        "stance",
        "role",
        "influence",
        "power",
        "story",
        "plenipotentiary",
        "archduke",
    }
)
# Complements of "be" that describe an actor's stance or part, not a place ("Russia is concerned", "Tunis is
# reliant on", "Europe was an ally").
STANCE_WORDS = frozenset(
    {
        "concerned",
        "responsible",
        "reliant",
        "dependent",
        "alone",
        "willing",
        "unwilling",
        "ready",
        "determined",
        "eager",
        "keen",
        "reluctant",
        "prepared",
        "committed",
        "aware",
        "worried",
        "confident",
        "opposed",
        "interested",
        "guilty",
        "able",
        "unable",
        "involved",
        "engaged",
        "ally",
        "partner",
        "member",
        "enemy",
        "rival",
        "party",
        "signatory",
    }
)
# Nouns of what one party does to or asks of another, whose "from", "to", "on" or "of" phrase names a
# party, not a place ("permission from Georgia", "pressure on Georgia", "questions to Britain").
PARTY_ACT_NOUNS = frozenset(
    {
        "backing",
        "support",
        "permission",
        "approval",
        "pressure",
        "request",
        "aid",
        "assistance",
        "independence",
        "response",
        "reaction",
        "demand",
        "criticism",
        "threat",
        "sanction",
        "offer",
        "invitation",
        "message",
        "letter",
        "question",
        "apology",
        "warning",
        "complaint",
        "commitment",
        "loss",
        "defeat",
        "victory",
        "win",
        "loan",
    }
)
# Nouns of parties, whose examples after "including" are parties too ("countries, including Germany").
PARTY_NOUNS = frozenset({"country", "nation", "state", "party", "member", "ally", "government", "power"})
# Nouns of relations between parties ("relations between Russia and NATO"): the parties are not places.
RELATION_NOUNS = frozenset(
    {
        "relation",
        "relationship",
        "tie",
        "talk",
        "agreement",
        "deal",
        "treaty",
        "cooperation",
        "partnership",
        "friendship",
        "alliance",
        "dialogue",
        "rivalry",
        "tension",
        "summit",
        "negotiation",
        "trade",
        "dispute",
        "comparison",
        "difference",
        "contrast",
        "row",
        "feud",
    }
)
# Verbs of setting off, after which "for" or "toward" names a destination ("left for Washington").
DEPARTURE_VERBS = frozenset({"leave", "depart", "head", "sail", "fly", "set", "bind", "board", "flee"})
# Verbs whose object is someone acting or judged, not a place ("accused Russia", "urged Iran").
AGENT_OBJECT_VERBS = frozenset(
    {
        "accuse",
        "charge",
        "blame",
        "urge",
        "support",
        "punish",
        "defend",
        "woo",
        "recruit",
        "beat",
        "defeat",
        "face",
        "ask",
        "warn",
        "criticize",
        "criticise",
        "condemn",
        "sanction",
        "praise",
        "thank",
        "persuade",
        "invite",
        "help",
        "back",
        "pressure",
        "sue",
        "threaten",
        "convince",
        "tell",
        "inform",
        "lobby",
        "congratulate",
        "trust",
        "recognize",
        "recognise",
        "oppose",
        "expel",
        "deter",
        "provoke",
        "isolate",
        "betray",
        "reward",
        "fight",
        "outlast",
        "outplay",
        "outscore",
        "overcome",
        "thrash",
        "rout",
    }
)
# Verbs whose "to" names the party that receives or is addressed ("sold jets to Saudi Arabia", "explained
# to Rome", "wrote to the Centre"), not a destination ("sent to Japan", "moved to Texas").
RECIPIENT_VERBS = frozenset(
    {
        "sell",
        "supply",
        "lend",
        "donate",
        "give",
        "pay",
        "grant",
        "award",
        "provide",
        "explain",
        "write",
        "speak",
        "talk",
        "say",
        "report",
        "appeal",
        "complain",
        "apologize",
        "apologise",
        "reply",
        "respond",
        "propose",
        "recommend",
        "submit",
        "owe",
    }
)
# Verbs that judge their object as something ("sees Russia as a partner", "regards China as a threat").
JUDGING_VERBS = frozenset({"see", "regard", "view", "consider", "treat", "describe", "brand", "label"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _located_head(span: Span, governor: Token) -> bool:
    """Whether the noun a place name modifies or possesses is located by it: a noun of place or of
    something that happens somewhere ("the Syrian-Turkish border", "the Delft police station", "the
    Amsterdam-London leg"; the chain of modifiers is followed to its head), or the name of a place or
    facility ("London's Heathrow", "Brooklyn's Barclays Center")."""
    noun = governor
    for _ in range(4):
        # a capitalised word inside a longer title is not the noun located ("Chinese State Councilor")
        inner = noun.is_title and noun.dep_ == "compound" and noun.head.is_title
        if noun.lemma_.lower() in LOCATED_NOUNS and not inner:
            return True
        if noun.ent_type_ in PLACE_LABELS and noun.i >= span.end and not noun.is_lower:
            return True
        if noun.dep_ not in ("compound", "amod", "nmod") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _in_long_organisation(token: Token) -> bool:
    """Whether a token is part of an organisation's name of two words or more."""
    if token.ent_type_ != "ORG":
        return False
    doc = token.doc
    return token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def _after_parties(including: Token) -> bool:
    """Whether "including" follows a noun of parties and a comma ("the parties, including ...")."""
    doc = including.doc
    i = including.i - 1
    if i < 1 or doc[i].text != ",":
        return False
    return doc[i - 1].lemma_.lower() in PARTY_NOUNS


def is_literal(span: Span, label: str) -> bool:
    """Whether a toponym (of entity ``label``) names a location here rather than standing for an actor."""
    head = span.root
    role = head  # the toponym's function in the clause: that of the first conjunct of a coordination
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    doc = span.doc
    if role.dep_ in ("compound", "nmod") and span.end < len(doc) and doc[span.end].lower_ in ("and", "or"):
        role = role.head  # a conjunct parsed as a modifier ("between Coggeshall and Marks Tey")
    governor = role.head
    possessive = head.i + 1 < len(span.doc) and head.nbor().tag_ == "POS"
    if possessive or role.dep_ in MODIFIER_DEPS:
        return role.dep_ != "ROOT" and _located_head(span, governor)
    if label == "NORP":
        return False
    verb = governor
    if role.dep_ == "nsubj" and governor.lemma_ in PHASE_VERBS:
        verb = next((kid for kid in children(governor) if kid.dep_ == "xcomp"), governor)
    if role.dep_ in ("nsubj", "csubj") and verb.lemma_ not in PLACE_SUBJECT_VERBS and label != "FAC":
        return False  # (a building or street does not act: "the museum is opening", "the road closed")
    if role.dep_ in ("nsubj", "nsubjpass") and any(
        kid.dep_ in ("acomp", "attr") and kid.lemma_.lower() in STANCE_WORDS for kid in children(governor)
    ):
        return False  # "Russia is concerned", "Europe was a reliable ally"
    if role.dep_ == "pobj":
        owner = governor.head.lemma_.lower()
        if governor.lower_ in ("for", "toward", "towards") and owner in DEPARTURE_VERBS:
            return True  # "left for Washington", "heading toward Syria"
        if governor.lower_ in PARTY_PREPS:
            return owner in LOCATED_NOUNS
        if governor.lower_ in ("of", "from") and owner in POLITY_NOUNS:
            return False  # "the government of Iraq", "the delegation from Ukraine"
        if governor.lower_ == "including" and (owner in PARTY_NOUNS or _after_parties(governor)):
            return False  # "other countries, including Germany", "efforts by the parties, including Iran"
        if governor.lower_ in ("from", "to", "on", "of") and owner in PARTY_ACT_NOUNS:
            return False  # "backing from the United States", "pressure on Georgia", "questions to Britain"
        if governor.lower_ in ("between", "among") and owner in RELATION_NOUNS:
            return False
        if governor.lower_ == "to" and owner in RECIPIENT_VERBS:
            return False  # "sold artillery to Saudi Arabia", "explained to Rome"
        if governor.lower_ in ("on", "upon") and owner in AGENT_OBJECT_VERBS:
            return False  # "blamed on Russia"
    if role.dep_ == "dative":  # "sold Germany the jets"
        return False
    if role.dep_ == "appos" and (governor.lower_ in INSTITUTION_HEADS or _in_long_organisation(governor)):
        return False  # the seat that completes an institution's name ("the Federal University, Owerri")
    if role.dep_ == "dobj" and any(
        kid.dep_ in ("xcomp", "oprd") and kid.i > role.i for kid in children(governor)
    ):  # the object of a control verb acts ("ordered Britain to reduce", "called China a pillar")
        return False
    if role.dep_ == "dobj" and governor.lemma_ in JUDGING_VERBS:
        return not any(
            kid.dep_ == "prep" and kid.lower_ == "as" and kid.i > role.i for kid in children(governor)
        )
    return not (role.dep_ in ("dobj", "nsubjpass") and governor.lemma_ in AGENT_OBJECT_VERBS)


# Prepositions before "<US state> State" that make it the state ("moved to Washington State").
STATE_PREPS = frozenset({"in", "to", "from", "into", "across", "throughout", "of"})


def _college(toks: _Tokens, start: int, end: int, best: GazetteerEntry | None) -> bool:
    """Whether "<US state> State" names a university or its team ("Mississippi State won"), not the state."""
    return (
        toks.text[end - 1] == "State"
        and best is not None
        and best.country == "USA"
        and best.feature_code == "ADM1"
        and not (start > 0 and toks.lower[start - 1] in STATE_PREPS)
    )


# Initials of US parties in a legislator's tag ("Sen. Ben Sasse, R-Neb.", "(D-Calif.)").
PARTY_INITIALS = frozenset({"R", "D", "I"})


def _party_tag(toks: _Tokens, start: int) -> bool:
    """Whether a state names a legislator's seat in a party tag ("R-Neb."): the seat, not a location."""
    return start >= 2 and toks.text[start - 1] == "-" and toks.text[start - 2] in PARTY_INITIALS
