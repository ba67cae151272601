"""A table of hand-written newswire sentences, one row per phenomenon the coder must handle.

Each row names the phenomenon, the sentence, its publication date and the exact set of events a careful
CAMEO coder would extract: (source country id, code, target id or None). A code cell may allow a family:
``"19"`` accepts any code under root 19, ``"112+"`` accepts 112 and its sub-codes (1121 ... 1125),
``"057|03"`` accepts either alternative; sources and targets stay
exact, and an extra or missing event fails the row. Rows the coder gets wrong today carry a ``gap`` and
run as strict xfail, so a fix shows up as an XPASS to promote.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dragoman import Dragoman

pytestmark = pytest.mark.slow

D = "2024-05-10"  # a Friday

Triple = tuple[str, str, str | None]


@dataclass(frozen=True, slots=True)
class Case:
    phenomenon: str
    text: str
    expected: frozenset[Triple]
    published: str = D
    gap: str = ""  # what the coder misses today (the row runs as strict xfail)


def case(phenomenon: str, text: str, *expected: Triple, published: str = D, gap: str = "") -> Case:
    return Case(phenomenon, text, frozenset(expected), published, gap)


def code_allowed(spec: str, code: str) -> bool:
    """``spec`` is one code, a two-digit root, a code with ``+`` (itself or any code under it), or
    alternatives joined by ``|``."""
    return any(
        code == alt or ((len(alt) == 2 or alt.endswith("+")) and code.startswith(alt.rstrip("+")))
        for alt in spec.split("|")
    )


def as_expected(actual: set[Triple], expected: frozenset[Triple]) -> set[Triple]:
    """Each actual triple rewritten to the expected spec it satisfies (same source and target), if any."""
    out: set[Triple] = set()
    for source, code, target in actual:
        spec = next(
            (s for src, s, tgt in expected if src == source and tgt == target and code_allowed(s, code)),
            code,
        )
        out.add((source, spec, target))
    return out


CASES: list[Case] = [
    # --- voice: active baseline, passive with agent, agentless passive (no source, no event) ---
    case("voice", "Latvia expelled two Russian diplomats on Tuesday.", ("LVA", "174", "RUS")),
    case("voice", "Two Russian diplomats were expelled by Latvia on Tuesday.", ("LVA", "174", "RUS")),
    case("voice", "The Chinese ambassador was expelled by Lithuania.", ("LTU", "174", "CHN")),
    case("voice", "New sanctions were imposed on Iran by the European Union.", ("EU", "163", "IRN")),
    case("voice", "Venezuela was hit with fresh sanctions by the United States.", ("USA", "163", "VEN")),
    case("voice", "Jordan condemned Israel over the raid.", ("JOR", "111", "ISR")),
    case("voice", "Israel was condemned by Jordan over the raid.", ("JOR", "111", "ISR")),
    case("voice", "Armenia was accused by Azerbaijan of violating the truce.", ("AZE", "112+", "ARM")),
    case("voice", "Three Estonian citizens were arrested by Russia.", ("RUS", "173", "EST")),
    case("voice", "Ukraine was praised by Poland for its reforms.", ("POL", "051", "UKR")),
    case("voice", "Humanitarian aid was sent to Sudan by Egypt.", ("EGY", "07", "SDN")),
    case("voice", "Mali's military government was criticised by France.", ("FRA", "111", "MLI")),
    case("voice", "A Russian journalist was detained by Georgian police.", ("GEO", "173", "RUS")),
    case("voice", "Kharkiv was shelled by Russian forces overnight.", ("RUS", "19", "UKR")),
    case(
        "voice",
        "The peace treaty was signed by Egypt and Jordan.",
        ("EGY", "057", "JOR"),
        ("JOR", "057", "EGY"),
    ),
    case("voice", "Emmanuel Macron criticised Vladimir Putin.", ("FRA", "111", "RUS")),
    case("voice", "Vladimir Putin was praised by Xi Jinping.", ("CHN", "051", "RUS")),
    case("voice", "The Chinese ambassador was expelled on Tuesday."),
    case("voice", "New sanctions were imposed on Iran on Monday."),
    case("voice", "Two Estonian citizens were arrested last week."),
    case("voice", "Israel was attacked with drones overnight."),
    case("voice", "Ukraine was praised for its reforms."),
    case("voice", "Humanitarian aid was sent to Sudan."),
    case("voice", "Armenia was accused of violating the truce."),
    case("voice", "Two Venezuelan opposition politicians were arrested on Monday."),
    # --- chains: intent (03), threat (13), appeal (02), demand (10), refusal (12) ---
    case(
        "chain",
        "Turkey and Egypt agreed to restore diplomatic ties.",
        ("TUR", "03", "EGY"),
        ("EGY", "03", "TUR"),
    ),
    case(
        "chain",
        "Ethiopia and Eritrea agreed to reopen their shared border.",
        ("ETH", "03", "ERI"),
        ("ERI", "03", "ETH"),
    ),
    case("chain", "Iran agreed to release two detained French citizens.", ("IRN", "03", "FRA")),
    case("chain", "Japan agreed to provide emergency aid to the Philippines.", ("JPN", "03", "PHL")),
    case("chain", "Spain agreed to hold talks with Morocco on migration.", ("ESP", "03", "MAR")),
    case("chain", "Brazil promised to send food aid to Haiti.", ("BRA", "03", "HTI")),
    # readiness for talks, and wanting them, is an intent to meet (036)
    case("chain", "Tehran said it was ready for talks with the European Union.", ("IRN", "036", "EU")),
    case("chain", "Caracas said it remained open to talks with Bogota.", ("VEN", "036", "COL")),
    case("chain", "Moscow wants talks with Washington on strategic stability.", ("RUS", "036", "USA")),
    case("chain", "Seoul is not ready for talks with Pyongyang."),
    case(
        "chain",
        "The Saudi kingdom was ready to keep mediating between Moscow and Kyiv.",
        ("SAU", "039", "RUS"),
        ("SAU", "039", "UKR"),
    ),
    case("chain", "Russia threatened to cut gas supplies to Moldova.", ("RUS", "13", "MDA")),
    # an act of force an actor says it weighs or readies is a threat; someone else's forecast is none
    case(
        "chain", "Pyongyang said it was examining a plan to fire missiles at Okinawa.", ("PRK", "138", "JPN")
    ),
    case("chain", "Pyongyang said it was considering firing missiles at Okinawa.", ("PRK", "138", "JPN")),
    case("chain", "Analysts said Pyongyang was preparing to fire missiles at Okinawa."),
    # a measure to come a speaker tells in the passive with no agent is the speaker's own
    case(
        "chain",
        "Imran Khan told parliament that the Indian pilot would be freed on Friday.",
        ("PAK", "03+", "IND"),
        published="2019-02-28",
    ),
    case("chain", "Tehran said the British tanker would be released soon.", ("IRN", "03+", "GBR")),
    case("chain", "Analysts said sanctions would be imposed on Iran."),
    case(
        "a measure told in the passive by a state's official is that state's",
        "The Dutch defence minister said four Russian intelligence officers had been expelled in April.",
        ("NLD", "174", "RUS"),
    ),
    case(
        "a measure told in the passive on the speaker's own side",
        "Moscow said two of its diplomats had been expelled.",
    ),
    case("chain", "Moscow said its diplomats would be expelled."),
    # a measure announced in answer to another's act is a threat of it
    case(
        "chain",
        "Tokyo struck Seoul off its export whitelist. Seoul responded that it would drop Tokyo from its own"
        " list of trusted trade partners.",
        ("JPN", "163", "KOR"),
        ("KOR", "1312", "JPN"),
    ),
    case(
        "chain", "Japan removed South Korea from its list of trusted trading partners.", ("JPN", "163", "KOR")
    ),
    case("chain", "China vowed to take resolute measures against the United States.", ("CHN", "131", "USA")),
    case(
        "measures taken against",
        "Beijing took countermeasures against Lithuania on Friday.",
        ("CHN", "160", "LTU"),
    ),
    case(
        "measures taken against craft are force, unnamed",
        "Kigali took defensive measures against a Congolese jet.",
    ),
    case(
        "similar steps: the measure told before, by another",
        "Bahrain cut ties with Iran on Monday. Sudan took similar steps on Tuesday.",
        ("BHR", "161", "IRN"),
        ("SDN", "161", "IRN"),
    ),
    case(
        "chain",
        "The United States removed Cuba from its list of state sponsors of terrorism.",
        ("USA", "081", "CUB"),
    ),
    case("chain", "Algeria threatened to cut gas supplies to Spain.", ("DZA", "13", "ESP")),
    case("chain", "North Korea threatened to attack South Korea.", ("PRK", "13", "KOR")),
    case("chain", "The United States threatened to impose sanctions on Turkey.", ("USA", "13", "TUR")),
    case("chain", "Russia threatened to expel Finnish diplomats.", ("RUS", "13", "FIN")),
    case("chain", "France urged Iran to release the detained aid workers.", ("FRA", "02", "IRN")),
    case("chain", "The United Nations urged Sudan to allow aid convoys into Darfur.", ("UN", "02", "SDN")),
    case("chain", "Germany urged Serbia to recognise Kosovo.", ("DEU", "02", "SRB")),
    case("chain", "The EU called on Georgia to withdraw the law.", ("EU", "02", "GEO")),
    case("chain", "Egypt appealed to Ethiopia to halt the filling of the dam.", ("EGY", "02", "ETH")),
    case(
        "membership applied for", "Kyiv responded by applying for membership of NATO.", ("UKR", "022", "NATO")
    ),
    case(
        "membership applied for", "Finland applied for NATO membership on Wednesday.", ("FIN", "022", "NATO")
    ),
    case("chain", "Kenya asked Uganda to extradite the suspects.", ("KEN", "02", "UGA")),
    case("chain", "China demanded that Japan withdraw its warships.", ("CHN", "10", "JPN")),
    case(
        "chain",
        "India demanded that Pakistan hand over the suspects.",
        ("IND", "10", "PAK"),
    ),
    case("chain", "Ukraine demanded that Russia withdraw its forces from the plant.", ("UKR", "10", "RUS")),
    case("chain", "Washington demanded that Beijing release the detained Americans.", ("USA", "10", "CHN")),
    case("chain", "Russia ordered Estonia to close its consulate in Pskov.", ("RUS", "10", "EST")),
    case("chain", "Hungary refused to approve military aid to Ukraine.", ("HUN", "12", "UKR")),
    case("chain", "Turkey refused to recognise Cyprus.", ("TUR", "12", "CYP")),
    case("chain", "Poland refused to extradite the suspect to Germany.", ("POL", "12", "DEU")),
    case("chain", "Armenia refused to sign the peace agreement with Azerbaijan.", ("ARM", "12", "AZE")),
    case(
        "chain",
        "Mali refused to extend the mandate of the UN mission.",
        ("MLI", "12", "UN"),
    ),
    # --- negation and non-assertion: no event, except intent/threat/appeal/demand codes ---
    case("negation", "Brazil did not recognise the new government of Niger."),
    case("negation", "Turkey has not expelled any Swedish diplomats."),
    case("negation", "India never attacked Pakistan's nuclear sites."),
    case("negation", "Peru has yet to recognise Palestine."),
    case("negation", "Russia did not sign the grain deal with Ukraine."),
    case("negation", "Chile failed to sign the trade agreement with Peru."),
    case("negation", "Norway refrained from criticising China."),
    case("negation", "Mexico could not reach an agreement with the United States."),
    case("hypothetical", "Latvia may expel Russian diplomats."),
    case("hypothetical", "Greece might impose sanctions on Turkey."),
    case("hypothetical", "Vietnam could host talks with China next month."),
    case("expected", "Serbia is expected to recognise Kosovo."),
    case("expected", "Egypt is likely to sign a gas deal with Israel."),
    case("expected", "Analysts expect Iran to attack Israel."),
    case("expected", "Iran is reported to be planning an attack on Israel."),
    case("conditional", "If Iran attacks Israel, the United States will respond."),
    case("conditional", "Should China invade Taiwan, Japan would support the island."),
    case("conditional", "Unless Kenya pays its debts, China will halt the railway project."),
    case("question", "Did Russia attack Finland?"),
    case("question", "Will Argentina sign the agreement with Chile?"),
    case("question", "Would Poland send troops to Ukraine?"),
    case(
        "non-assertion kept",
        "China warned that it would attack Taiwan if Taipei declared independence.",
        ("CHN", "13", "TWN"),
    ),
    case(
        "non-assertion kept",
        "Iran threatened to strike Israel if it attacked Iranian nuclear sites.",
        ("IRN", "13", "ISR"),
    ),
    case(
        "non-assertion kept", "Egypt urged Israel not to launch an offensive in Rafah.", ("EGY", "02", "ISR")
    ),
    case(
        "non-assertion kept", "The United States demanded that Iran not attack Israel.", ("USA", "10", "IRN")
    ),
    case(
        "non-assertion kept",
        "Turkey pledged to send aid to Syria if the border crossings reopened.",
        ("TUR", "03", "SYR"),
    ),
    case("non-assertion kept", "France warned that it would expel Algerian diplomats.", ("FRA", "13", "DZA")),
    case(
        "non-assertion kept", "Japan promised to provide reconstruction aid to Ukraine.", ("JPN", "03", "UKR")
    ),
    # --- reported speech: the event is the reported act; the speaker is not its source ---
    case(
        "reported speech",
        "The Ukrainian foreign ministry said Russia attacked Kharkiv.",
        ("RUS", "19", "UKR"),
    ),
    case("reported speech", "Lebanon said Israel bombed villages in southern Lebanon.", ("ISR", "19", "LBN")),
    case(
        "reported speech",
        "Pakistan said India had shelled its border posts.",
        ("IND", "19", "PAK"),
        ("PAK", "112", "IND"),  # (force the victim says another had used: also its charge)
    ),
    case("reported speech", "Azerbaijan said Armenian forces fired on its positions.", ("ARM", "19", "AZE")),
    case(
        "reported speech",
        "South Korea said North Korea fired artillery shells at its islands.",
        ("PRK", "19", "KOR"),
    ),
    case("reported speech", "A Russian spokesman said Ukraine attacked Belgorod.", ("UKR", "19", "RUS")),
    case(
        "reported speech",
        "Tehran said Washington imposed new sanctions on Iranian banks.",
        ("USA", "163", "IRN"),
    ),
    case(
        "reported speech",
        "According to Venezuela, Guyana expelled two Venezuelan diplomats.",
        ("GUY", "174", "VEN"),
    ),
    case(
        "reported speech",
        "The Polish prime minister said Belarus expelled Polish diplomats.",
        ("BLR", "174", "POL"),
    ),
    case(
        "reported speech",
        "Ethiopia said Sudan had attacked its border posts.",
        ("SDN", "19", "ETH"),
        ("ETH", "112", "SDN"),
    ),
    case("reported speech", "Lithuania says Belarus arrested a Lithuanian citizen.", ("BLR", "173", "LTU")),
    case(
        "reported speech",
        "Thailand said Cambodian troops fired rockets at Thai villages.",
        ("KHM", "19", "THA"),
    ),
    case("reported speech", "Kenya said Somalia expelled the Kenyan ambassador.", ("SOM", "174", "KEN")),
    case(
        "reported speech",
        "The minister said Chile signed a trade deal with Argentina.",
        ("CHL", "057", "ARG"),
        ("ARG", "057", "CHL"),
    ),
    case(
        "reported speech", "Officials in Kyiv said Moscow launched missiles at Odesa.", ("RUS", "19", "UKR")
    ),
    case("reported speech", "Egypt said that Qatar had praised Jordan.", ("QAT", "051", "JOR")),
    case(
        "reported speech",
        "The Indian army said Chinese troops detained two Indian shepherds.",
        ("CHN", "173", "IND"),
    ),
    case(
        "reported speech",
        "Mali said Algeria had shot down a Malian drone.",
        ("DZA", "19", "MLI"),
        ("MLI", "112", "DZA"),
    ),
    # --- symmetric acts: talks, agreements, clashes, exchanges give both directions ---
    case(
        "symmetric",
        "Russia and Ukraine exchanged prisoners on Friday.",
        ("RUS", "08", "UKR"),
        ("UKR", "08", "RUS"),
    ),
    case(
        "symmetric",
        "Armenia and Azerbaijan exchanged prisoners of war.",
        ("ARM", "08", "AZE"),
        ("AZE", "08", "ARM"),
    ),
    case(
        "symmetric",
        "Ukraine and Russia swapped 90 prisoners each.",
        ("UKR", "08", "RUS"),
        ("RUS", "08", "UKR"),
    ),
    case("symmetric", "Russia exchanged prisoners with Ukraine.", ("RUS", "08", "UKR"), ("UKR", "08", "RUS")),
    case("symmetric", "India and China held border talks.", ("IND", "04", "CHN"), ("CHN", "04", "IND")),
    case("symmetric", "Egypt held talks with Qatar on Monday.", ("EGY", "04", "QAT"), ("QAT", "04", "EGY")),
    case(
        "symmetric",
        "Japan agreed on Monday to give Laos $50 million in aid. The agreement was signed on Tuesday.",
        ("JPN", "03+", "LAO"),
        ("JPN", "057", "LAO"),
        ("LAO", "057", "JPN"),
    ),
    case(
        "symmetric",
        "Greece and Turkey held a round of exploratory talks.",
        ("GRC", "04", "TUR"),
        ("TUR", "04", "GRC"),
    ),
    case(
        "symmetric",
        "Thailand and Malaysia held talks in Bangkok.",
        ("THA", "04", "MYS"),
        ("MYS", "04", "THA"),
    ),
    case(
        "symmetric",
        "The Colombian president met the Venezuelan president.",
        ("COL", "04", "VEN"),
        ("VEN", "04", "COL"),
    ),
    case(
        "symmetric",
        "The Indian prime minister held talks with the Japanese prime minister.",
        ("IND", "04", "JPN"),
        ("JPN", "04", "IND"),
    ),
    case(
        "symmetric",
        "Japan signed a defence agreement with the Philippines.",
        ("JPN", "057", "PHL"),
        ("PHL", "057", "JPN"),
    ),
    case(
        "symmetric", "Chile and Argentina signed a trade deal.", ("CHL", "057", "ARG"), ("ARG", "057", "CHL")
    ),
    case(
        "symmetric",
        "Qatar and the United States signed a defence pact.",
        ("QAT", "057", "USA"),
        ("USA", "057", "QAT"),
    ),
    case(
        "symmetric",
        "Ethiopia and Somalia signed a memorandum of understanding.",
        ("ETH", "057", "SOM"),
        ("SOM", "057", "ETH"),
    ),
    case(
        "symmetric",
        "Kenya and Tanzania reached an agreement on trade.",
        ("KEN", "057|03", "TZA"),
        ("TZA", "057|03", "KEN"),
    ),
    case(
        "symmetric",
        "Indian and Chinese troops clashed along the border.",
        ("IND", "19", "CHN"),
        ("CHN", "19", "IND"),
    ),
    case(
        "symmetric",
        "Thai and Cambodian soldiers clashed near the temple.",
        ("THA", "19", "KHM"),
        ("KHM", "19", "THA"),
    ),
    case(
        "symmetric",
        "Sudan and South Sudan clashed over the disputed region.",
        ("SDN", "19", "SSD"),
        ("SSD", "19", "SDN"),
    ),
    case(
        "symmetric",
        "Pakistani forces clashed with Afghan forces on the border.",
        ("PAK", "19", "AFG"),
        ("AFG", "19", "PAK"),
    ),
    case(
        "symmetric",
        "Iran and Saudi Arabia restored diplomatic relations.",
        ("IRN", "05", "SAU"),
        ("SAU", "05", "IRN"),
    ),
    case(
        "symmetric",
        "Russia and Belarus held joint military exercises.",
        ("RUS", "06", "BLR"),
        ("BLR", "06", "RUS"),
    ),
    case(
        "symmetric",
        "Armenia and Azerbaijan accused each other of violating the ceasefire.",
        ("ARM", "112+", "AZE"),
        ("AZE", "112+", "ARM"),
    ),
    case(
        "symmetric",
        "Joe Biden met Xi Jinping in California.",
        ("USA", "04", "CHN"),
        ("CHN", "04", "USA"),
        published="2023-11-16",
    ),
    # --- compound actors: one event per actor ---
    case(
        "compound",
        "Egypt, Jordan and Saudi Arabia condemned Israel.",
        ("EGY", "111", "ISR"),
        ("JOR", "111", "ISR"),
        ("SAU", "111", "ISR"),
    ),
    case(
        "compound",
        "France and Britain imposed sanctions on Iran.",
        ("FRA", "163", "IRN"),
        ("GBR", "163", "IRN"),
    ),
    case(
        "compound",
        "Canada and Australia expelled Chinese diplomats.",
        ("CAN", "174", "CHN"),
        ("AUS", "174", "CHN"),
    ),
    case(
        "compound",
        "The United States imposed sanctions on Russia and Belarus.",
        ("USA", "163", "RUS"),
        ("USA", "163", "BLR"),
    ),
    case(
        "compound",
        "China criticised Japan and the Philippines.",
        ("CHN", "111", "JPN"),
        ("CHN", "111", "PHL"),
    ),
    case(
        "compound",
        "Norway, Spain and Ireland recognised Palestine.",
        ("NOR", "054", "PSE"),
        ("ESP", "054", "PSE"),
        ("IRL", "054", "PSE"),
    ),
    case("compound", "Kenya and Uganda sent aid to Somalia.", ("KEN", "07", "SOM"), ("UGA", "07", "SOM")),
    case(
        "compound",
        "Germany and the Netherlands praised Ukraine.",
        ("DEU", "051", "UKR"),
        ("NLD", "051", "UKR"),
    ),
    case("compound", "NATO and the EU condemned Russia.", ("NATO", "111", "RUS"), ("EU", "111", "RUS")),
    case(
        "compound",
        "The UN and the EU urged Sudan to accept a truce.",
        ("UN", "02", "SDN"),
        ("EU", "02", "SDN"),
    ),
    case(
        "compound",
        "Britain imposed sanctions on Iran and Syria.",
        ("GBR", "163", "IRN"),
        ("GBR", "163", "SYR"),
    ),
    case(
        "compound",
        "Mali, Burkina Faso and Niger expelled French diplomats.",
        ("MLI", "174", "FRA"),
        ("BFA", "174", "FRA"),
        ("NER", "174", "FRA"),
    ),
    case(
        "compound",
        "Russia expelled diplomats from Estonia, Latvia and Lithuania.",
        ("RUS", "174", "EST"),
        ("RUS", "174", "LVA"),
        ("RUS", "174", "LTU"),
    ),
    case(
        "compound",
        "Japan and South Korea condemned North Korea.",
        ("JPN", "111", "PRK"),
        ("KOR", "111", "PRK"),
    ),
    case(
        "compound",
        "Poland and Lithuania accused Belarus of provoking the crisis.",
        ("POL", "112+", "BLR"),
        ("LTU", "112+", "BLR"),
    ),
    case(
        "compound",
        "The French and German foreign ministers criticised Iran.",
        ("FRA", "111", "IRN"),
        ("DEU", "111", "IRN"),
    ),
    case(
        "compound",
        "Sweden and Denmark sent humanitarian aid to Gaza.",
        ("SWE", "07", "PSE"),
        ("DNK", "07", "PSE"),
    ),
    case(
        "compound", "Ukraine praised both Poland and Lithuania.", ("UKR", "051", "POL"), ("UKR", "051", "LTU")
    ),
    # --- several events per sentence ---
    case(
        "several events",
        "Latvia expelled a Russian diplomat after Russia expelled two Latvian diplomats.",
        ("LVA", "174", "RUS"),
        ("RUS", "174", "LVA"),
    ),
    case(
        "several events",
        "Iran condemned Israel, while Syria praised Iran.",
        ("IRN", "111", "ISR"),
        ("SYR", "051", "IRN"),
    ),
    case(
        "several events",
        "Chad severed ties with Israel, and Niger expelled the Israeli ambassador.",
        ("TCD", "161", "ISR"),
        ("NER", "174", "ISR"),
    ),
    case(
        "several events",
        "China condemned Japan after Japan detained a Chinese captain.",
        ("CHN", "111", "JPN"),
        ("JPN", "173", "CHN"),
    ),
    case(
        "several events",
        "Ukraine attacked Russian oil refineries as Russia shelled Kharkiv.",
        ("UKR", "19", "RUS"),
        ("RUS", "19", "UKR"),
    ),
    case(
        "several events",
        "Thailand arrested two Cambodian soldiers and Cambodia accused Thailand of kidnapping.",
        ("THA", "173", "KHM"),
        ("KHM", "112+", "THA"),
    ),
    case(
        "several events",
        "North Korea fired missiles at South Korea, and Japan condemned North Korea.",
        ("PRK", "19", "KOR"),
        ("JPN", "111", "PRK"),
    ),
    case(
        "several events",
        "Turkey criticised Sweden; Hungary praised Sweden.",
        ("TUR", "111", "SWE"),
        ("HUN", "051", "SWE"),
    ),
    case(
        "several events",
        "The EU imposed sanctions on Belarus, which then expelled Polish diplomats.",
        ("EU", "163", "BLR"),
        ("BLR", "174", "POL"),
    ),
    case(
        "several events",
        "Egypt praised Qatar after Qatar sent aid to Gaza.",
        ("EGY", "051", "QAT"),
        ("QAT", "07", "PSE"),
    ),
    case(
        "several events",
        "Armenia accused Azerbaijan of shelling, and Azerbaijan denounced Armenia.",
        ("ARM", "112+", "AZE"),
        ("AZE", "111", "ARM"),
    ),
    case(
        "several events",
        "Russia arrested an Estonian citizen, and Estonia summoned the Russian envoy in protest.",
        ("RUS", "173", "EST"),
        ("EST", "114|14|04", "RUS"),
    ),
    case(
        "several events",
        "Serbia praised China while Kosovo criticised Serbia.",
        ("SRB", "051", "CHN"),
        ("XKX", "111", "SRB"),
    ),
    # --- coordinated verbs share their subject ---
    case(
        "coordinated verbs",
        "Qatar praised Egypt and criticised Israel.",
        ("QAT", "051", "EGY"),
        ("QAT", "111", "ISR"),
    ),
    case(
        "coordinated verbs",
        "Russia expelled two Estonian diplomats and arrested an Estonian citizen.",
        ("RUS", "174", "EST"),
        ("RUS", "173", "EST"),
    ),
    case(
        "coordinated verbs",
        "The EU condemned Belarus and imposed sanctions on Minsk.",
        ("EU", "111", "BLR"),
        ("EU", "163", "BLR"),
    ),
    case(
        "coordinated verbs",
        "Poland criticised Belarus and expelled a Belarusian diplomat.",
        ("POL", "111", "BLR"),
        ("POL", "174", "BLR"),
    ),
    case(
        "coordinated verbs",
        "France praised Morocco but criticised Algeria.",
        ("FRA", "051", "MAR"),
        ("FRA", "111", "DZA"),
    ),
    case(
        "coordinated verbs",
        "Israel struck targets in Lebanon and threatened Iran.",
        ("ISR", "19", "LBN"),
        ("ISR", "13", "IRN"),
    ),
    case(
        "coordinated verbs",
        "Germany thanked Qatar and praised Egypt for their mediation.",
        ("DEU", "051", "QAT"),
        ("DEU", "051", "EGY"),
    ),
    case(
        "coordinated verbs",
        "The United States accused Iran of the attack and imposed sanctions on Tehran.",
        ("USA", "112+", "IRN"),
        ("USA", "163", "IRN"),
    ),
    case(
        "coordinated verbs",
        "Turkey arrested and deported three Syrian nationals.",
        ("TUR", "173", "SYR"),
        ("TUR", "174", "SYR"),
    ),
    case(
        "coordinated verbs",
        "Venezuela expelled the Peruvian ambassador and broke off relations with Peru.",
        ("VEN", "174", "PER"),
        ("VEN", "161", "PER"),
    ),
    case(
        "coordinated verbs",
        "India condemned Pakistan and suspended trade with Islamabad.",
        ("IND", "111", "PAK"),
        ("IND", "16", "PAK"),
    ),
    case(
        "coordinated verbs",
        "China criticised the Philippines, then detained Filipino fishermen.",
        ("CHN", "111", "PHL"),
        ("CHN", "173", "PHL"),
    ),
    case(
        "coordinated verbs",
        "Spain recognised Palestine and urged Israel to halt the offensive.",
        ("ESP", "054", "PSE"),
        ("ESP", "02", "ISR"),
    ),
    case(
        "coordinated verbs",
        "Russia condemned NATO and threatened to deploy missiles against Poland.",
        ("RUS", "111", "NATO"),
        ("RUS", "13", "POL"),
    ),
    case(
        "answer to the context",
        "Lithuania expelled two Belarusian diplomats on Monday. Minsk rejected the accusations as baseless.",
        ("LTU", "174", "BLR"),
        ("BLR", "016|12", "LTU"),
    ),
    case(
        "answer to the context",
        "A drone launched by Hezbollah hit a base in northern Israel. Hezbollah claimed responsibility.",
        ("LBN", "19", "ISR"),
        ("LBN", "015", "ISR"),
    ),
    case(
        "answer to the context",
        "Azerbaijani troops shelled Armenian positions on Sunday. Yerevan mobilised reservists in response.",
        ("AZE", "19", "ARM"),
        ("ARM", "15", "AZE"),
    ),
    case(
        "answer to the context",
        "Poland rejected the plan on Tuesday.",
    ),
    case(
        "answer to the context",
        "Ghana welcomed the decision. Ghana rejected the report on Tuesday.",
    ),
    case(
        "participle on an event noun",
        "Ethiopia and Eritrea signed an accord brokered by Saudi Arabia.",
        ("ETH", "057", "ERI"),
        ("ERI", "057", "ETH"),
        ("SAU", "045", "ETH"),
        ("SAU", "045", "ERI"),
    ),
    case(
        "participle on an event noun",
        "A ceasefire mediated by Turkey between Russia and Ukraine held for a week.",
        ("TUR", "045", "RUS"),
        ("TUR", "045", "UKR"),
    ),
    case(
        "participle on an event noun: a third party hosting the parties' talks mediates (045)",
        "Serbia and Kosovo held talks hosted by Belgium.",
        ("SRB", "046", "XKX"),
        ("XKX", "046", "SRB"),
        ("BEL", "045", "SRB"),
        ("BEL", "045", "XKX"),
        # (no visits to the mediator: the talks name no place; a ceremony hosted is still visited by its
        # guests, as in dev d-019)
    ),
    case(
        "compound actors",
        "Envoys from Bahrain and Qatar signed a statement restoring diplomatic ties on Monday.",
        ("BHR", "054|057", "QAT"),
        ("QAT", "054|057", "BHR"),
    ),
    case(
        "compound actors",
        "Delegates from Sudan and Chad held talks in Addis Ababa.",
        ("SDN", "046", "TCD"),
        ("TCD", "046", "SDN"),
    ),
    case(
        "nominal",
        "Lavrov urged Serbia to resist Western pressure over Kosovo, during his visit to the country.",
        ("RUS", "02", "SRB"),
        ("RUS", "042", "SRB"),
    ),
    case(
        "nominal",
        "Erdogan wants to join the BRICS bloc, after his talks with Putin on Friday.",
        ("TUR", "046", "RUS"),
        ("RUS", "046", "TUR"),
        ("TUR", "030", "BRICS"),
    ),
    case(
        "occasion",
        "Scholz promised more military aid during talks with Zelensky in Berlin.",
        ("DEU", "03", "UKR"),
    ),
    case(
        "occasion",
        "Lula pledged new investment during a visit to Luanda.",
        ("BRA", "03", "AGO"),
        ("BRA", "042", "AGO"),
    ),
    case(
        "announced plan",
        "Norway will give Malawi a grant of 40 million dollars over the next three years.",
        ("NOR", "03", "MWI"),
    ),
    case(
        "announced plan",
        "Iran will attack Israel.",
    ),
    case(
        "announced plan",
        "If Russia withdraws, Ukraine will hold talks with Moscow.",
    ),
    case(
        "obligation",
        "Japan said on Monday that China must release the detained businessman.",
        ("JPN", "10", "CHN"),
    ),
    case(
        "obligation",
        "Egypt said Ethiopia should resume talks on the dam.",
        ("EGY", "02", "ETH"),
    ),
    case(
        "obligation",
        "Chad said it must protect its borders.",
    ),
    case(
        "threat",
        "Kenya announced that it will withdraw its troops from Somalia unless the African Union pays them.",
        ("KEN", "13", "SOM"),
    ),
    case(
        "threat",
        "Turkey threatened to close the Bosphorus if Greece armed the islands.",
        ("TUR", "13", "GRC"),
    ),
    case(
        "led body",
        "The Saudi-led coalition bombed the port of Aden.",
        ("SAU", "19", "YEM"),
    ),
    case(
        "place of the target",
        "Israeli tanks fired shells at targets in Jenin.",
        ("ISR", "19", "PSE"),
    ),
    case(
        "compound actors",
        "Ruto hosted his Tanzanian counterpart in Nairobi, where the two leaders signed trade agreements.",
        ("KEN", "043", "TZA"),
        ("TZA", "042", "KEN"),
        ("KEN", "057", "TZA"),
        ("TZA", "057", "KEN"),
        published="2025-03-12",
    ),
    case(
        "place of what is asked",
        "The African Union adopted a resolution demanding an immediate ceasefire in Sudan.",
        ("AU", "1056", "SDN"),
    ),
    case(
        "coordinated verbs",
        "The Japanese prime minister visited Manila on Friday and pledged more maritime aid.",
        ("JPN", "042", "PHL"),
        ("JPN", "03", "PHL"),
    ),
    case(
        "quantity of people",
        "Thousands of protesters rallied outside the French embassy in Dakar.",
        ("SEN", "141", "FRA"),
    ),
    case(
        "quantity of people",
        "A group of Ghanaian diplomats visited Togo on Monday.",
        ("GHA", "042", "TGO"),
    ),
    case(
        "non-factive over coordinated clauses",
        "Damascus claimed Turkey attacked Aleppo and seized Afrin.",
    ),
    case(
        "answer to the context",
        "EU leaders agreed on a new aid package for Moldova after Slovakia dropped its objections.",
        ("EU", "03|07", "MDA"),
        ("SVK", "08", "EU"),
    ),
    case(
        "judgement",
        "Seoul resumed loudspeaker broadcasts at the border, a move Pyongyang called provocative.",
        ("PRK", "111", "KOR"),
    ),
    case(
        "answer to the context",
        "Morocco and Israel signed a water deal, but Algeria rejected the arrangement.",
        ("MAR", "057", "ISR"),
        ("ISR", "057", "MAR"),
        ("DZA", "12", "MAR"),
        ("DZA", "12", "ISR"),
    ),
    case(
        "nominal",
        "The expulsions followed Norway's arrest on March 3 of a Russian diplomat.",
        ("NOR", "173", "RUS"),
    ),
    case(
        "answer to the context",
        "Armenian troops shelled Azerbaijani positions, and Baku vowed to respond.",
        ("ARM", "19", "AZE"),
        ("AZE", "138", "ARM"),
    ),
    case(
        "answer to the context",
        "India responded angrily to the report.",
    ),
    case(
        "commitment",
        "Qatar pledged to expel the exiled Egyptian dissidents.",
        ("QAT", "174", "EGY"),
    ),
    case(
        "meeting place",
        "Iraq's national security adviser met the Syrian president on Tuesday.",
        ("IRQ", "040", "SYR"),
        ("SYR", "040", "IRQ"),
    ),
    case(
        "condition not yet met",
        "Hungary said it would not approve the budget until Brussels released frozen funds.",
    ),
    case(
        "readiness",
        "Canada is ready to impose new sanctions on Iran.",
        ("CAN", "13", "IRN"),
    ),
    case(
        "readiness",
        "Qatar is willing to mediate between Sudan and Chad.",
        ("QAT", "03", "SDN"),
        ("QAT", "03", "TCD"),
    ),
    case(
        "readiness",
        "Brazil is likely to sign a trade deal with Mexico.",
    ),
    case(
        "appeal",
        "Paris wants Algiers to take back its nationals.",
        ("FRA", "02", "DZA"),
    ),
    case(
        "answer to the context",
        "Iranian drones struck an American base in Iraq on Sunday. Washington retaliated on Monday.",
        ("IRN", "19", "USA"),
        ("USA", "19", "IRN"),
    ),
    case(
        "answer to the context",
        "Ukraine accused Belarus of shelling its border. Minsk denied firing any shells.",
        ("UKR", "112+", "BLR"),
        ("BLR", "016", "UKR"),
    ),
    case(
        "intent chain",
        "Armenia and Turkey agreed to send their ambassadors back.",
        ("ARM", "03", "TUR"),
        ("TUR", "03", "ARM"),
    ),
    case(
        "shifted object",
        "Armenia denounced as a grave provocation Azerbaijan's closure of the Lachin corridor.",
        ("ARM", "111", "AZE"),
    ),
    case(
        "claim of responsibility",
        "Turkey confirmed that it had struck Kurdish militants in northern Iraq.",
        ("TUR", "015", "IRQ"),
        ("TUR", "19", "IRQ"),
    ),
    case(
        "claim of responsibility",
        "Pakistan denied that it had shelled Afghan border posts.",
    ),
    case(
        "agentless force",
        "Two rockets were fired at Israel from Lebanon on Sunday.",
        ("LBN", "19", "ISR"),
    ),
    case("agentless force", "A drone was launched at Israel from Lebanon on Sunday.", ("LBN", "195", "ISR")),
    case(
        "agentless force",
        "A drone launched from Iraq struck a base in Jordan.",
        ("IRQ", "19", "JOR"),
    ),
    case(
        "agent hung on a noun",
        "Cuba was hit with new sanctions by the United States.",
        ("USA", "163", "CUB"),
    ),
    case(
        "meeting place",
        "The Greek prime minister met the Turkish president in Ankara on Thursday.",
        ("GRC", "042", "TUR"),
        ("GRC", "040", "TUR"),
        ("TUR", "040", "GRC"),
    ),
    case(
        "meeting place",
        "The Greek prime minister met the Turkish president on Thursday.",
        ("GRC", "040", "TUR"),
        ("TUR", "040", "GRC"),
    ),
    case(
        "meeting place",
        "The Greek prime minister met the Turkish president in Brussels on Thursday.",
        ("GRC", "044", "TUR"),
        ("TUR", "044", "GRC"),
    ),
    case(
        "located body",
        "A court in Novosibirsk sentenced a Lithuanian citizen to ten years for spying.",
        ("RUS", "116|17", "LTU"),
    ),
    case(
        "located body",
        "Protesters stormed the Danish embassy in Baghdad on Thursday.",
        ("IRQ", "14", "DNK"),
    ),
    case(
        "located body",
        "Police in Minsk detained a Polish journalist.",
        ("BLR", "173", "POL"),
    ),
    case(
        "domestic protest",
        "Georgian students staged a protest in Tbilisi on Sunday.",
        ("GEO", "14", "GEO"),
    ),
    case(
        "refusal",
        "Austria said it would not send weapons to Ukraine.",
        ("AUT", "12", "UKR"),
    ),
    case(
        "refusal",
        "Morocco will not restore diplomatic ties with Algeria.",
        ("MAR", "12", "DZA"),
    ),
    case(
        "refusal",
        "Experts said Egypt would not sign the water deal with Ethiopia.",
    ),
    case(
        "refusal",
        "Egypt will not attack Ethiopia.",
    ),
    case(
        "judgement",
        "Algeria's foreign ministry said the French-led operation was illegal.",
        ("DZA", "111", "FRA"),
    ),
    case(
        "judgement",
        "Estonia described the Russian incursion as a provocation.",
        ("EST", "111", "RUS"),
    ),
    case(
        "judgement",
        "Canada said India was responsible for the killing.",
        ("CAN", "112", "IND"),
    ),
    case(
        "judgement",
        "Ghana said Togo was not responsible for the attack.",
    ),
    case(
        "judgement",
        "Kenya said the Ugandan decision was regrettable but legal.",
    ),
    case(
        "judgement",
        "Peru called the Chilean vote a mistake.",
        ("PER", "111", "CHL"),
    ),
    case(
        "coordinated verbs",
        "Hungary denied blocking the package and blamed the delay on Poland.",
        ("HUN", "112", "POL"),
    ),
    case(
        "disposition of a pronoun",
        "Morocco says it is ready to resume talks with Algeria.",
        ("MAR", "036", "DZA"),
    ),
    case("stative passive", "Poland is opposed to German plans for joint borrowing.", ("POL", "110", "DEU")),
    case(
        "copula complement",
        "Slovakia is strongly opposed to Ukraine's bid for membership.",
        ("SVK", "110", "UKR"),
    ),
    case(
        "instrument is not the actor",
        "Georgian police used water cannon to disperse protesters in Tbilisi.",
        ("GEO", "175", "GEO"),
    ),
    case(
        "announced by the side visited",
        "The Indian prime minister will visit Egypt next month, the Egyptian foreign ministry said.",
        ("IND", "036", "EGY"),
    ),
    case(
        "announced by a statement",
        "Japan will give Kenya a loan of 300 million dollars, a statement said.",
        ("JPN", "0331", "KEN"),
    ),
    case("hostile forecast by another", "Kyiv said Russia would attack the city again."),
    case("cooperative forecast by others", "Analysts said China will give Kenya a loan."),
    case("measured object", "Turkey delivered 500 tons of humanitarian aid to Syria.", ("TUR", "07", "SYR")),
    case("people placed in a state", "Qatar sent food aid to refugees in Chad.", ("QAT", "07", "TCD")),
    case(
        "intent to an uncoded act", "Serbia offered to open its archives to Croatia.", ("SRB", "030", "HRV")
    ),
    case(
        "a joint pledge of an uncoded act is each side's to the other",
        "Serbia and Kosovo pledged to address the fate of the missing.",
        ("SRB", "030", "XKX"),
        ("XKX", "030", "SRB"),
    ),
    case("rejected appeal from", "Rebels in Mali dismissed an appeal from Algeria.", ("MLI", "120", "DZA")),
    case(
        "announced force is a threat",
        "The Houthis said they would attack Israeli ships in the Red Sea.",
        ("YEM", "13", "ISR"),
    ),
    case(
        "demand noun with a clause",
        "Egypt renewed its call that Ethiopia halt the filling of the dam.",
        ("EGY", "10", "ETH"),
    ),
    case(
        "obligation told to an addressee",
        "Germany sent a reminder to Poland that it must respect the court's ruling.",
        ("DEU", "10", "POL"),
    ),
    case(
        "purpose of a gathering",
        "Serbian students held a rally in Belgrade to demand the resignation of the government.",
        ("SRB", "141", "SRB"),
        ("SRB", "1041", "SRB"),
    ),
    case(
        "span of time before the act",
        "India and Japan began a week of joint naval exercises on Monday.",
        ("IND", "062", "JPN"),
        ("JPN", "062", "IND"),
    ),
    case(
        "evidence against",
        "Britain presented evidence against Russia at the Security Council.",
        ("GBR", "112", "RUS"),
    ),
    case(
        "refusal of an uncoded act", "Turkey refused to hand the suspects to Sweden.", ("TUR", "120", "SWE")
    ),
    case(
        "a person keeps the state the story gave him",
        "Venezuelan police arrested the opposition politician Maria Lopez,"
        " who had been granted asylum by Spain.",
        ("VEN", "173", "VEN"),
        ("ESP", "075", "VEN"),
    ),
    case("negated accord", "India does not share China's view on the border.", ("IND", "120", "CHN")),
    case(
        "negative response",
        "China threatened Japan with sanctions, and Japan responded that the islands were not for sale.",
        ("CHN", "1312", "JPN"),
        ("JPN", "120", "CHN"),
    ),
    case(
        "judging adverb",
        "Ukraine said Russia had illegally annexed Crimea.",
        ("UKR", "111", "RUS"),
        ("RUS", "192", "UKR"),
    ),
    case(
        "judging adverb on an agentless passive",
        "Iran detained two British aid workers on Monday. London said they were being held arbitrarily.",
        ("IRN", "173", "GBR"),
        ("GBR", "111", "IRN"),
    ),
    case(
        "coordinated participle",
        "The talks took place at a summit hosted by Egypt and attended by the Jordanian king.",
        ("JOR", "042", "EGY"),
    ),
    case(
        "ordered to leave",
        "Israel ordered Lebanese villagers to evacuate their homes.",
        ("ISR", "174", "LBN"),
    ),
    case("a belief is not a fact", "Analysts believe Russia attacked Poland."),
    case("no reason to believe", "Analysts said there was no reason to believe Russia attacked Poland."),
    case(
        "grounds to believe",
        "Investigators from the United Nations concluded that there were reasonable grounds to believe"
        " the Syrian air force dropped a chlorine cylinder on the town of Douma.",
        ("UN", "112", "SYR"),
        ("SYR", "2041", "SYR"),
    ),
    case(
        "envoys from a body",
        "Experts from the International Atomic Energy Agency visited Iran on Monday.",
        ("IAEA", "042", "IRN"),
    ),
    case(
        "conditional threat", "Israel said it would strike Iran if Tehran built a bomb.", ("ISR", "13", "IRN")
    ),
    case(
        "someone else's conditional forecast",
        "Israel would strike Iran if Tehran built a bomb, analysts said.",
    ),
    case(
        "conjoined objects",
        "Vietnamese forces launched artillery, mortar and rocket fire against Cambodian camps.",
        ("VNM", "194", "KHM"),
    ),
    case(
        "rebels oblige their government",
        "Rwandan rebels announced that President Kagame must agree to constitutional changes.",
        ("RWA", "10", "RWA"),
    ),
    case("no obligation on oneself", "Russia said it must respond to the attack."),
    case(
        "allegation hung on the accused",
        "The Philippines accused Chinese coast guard vessels of firing water cannon at a Philippine boat.",
        ("PHL", "112", "CHN"),
    ),
    case(
        "demand made with an act",
        "Turkey blocked Sweden's accession to NATO, demanding a crackdown on Kurdish militants.",
        ("TUR", "129", "SWE"),
        ("TUR", "10", "SWE"),
    ),
    case("stopping aid", "Poland said it would stop supplying weapons to Ukraine.", ("POL", "1622", "UKR")),
    case(
        "stopping cooperation", "Hungary stopped cooperating with the European Union.", ("HUN", "160", "EU")
    ),
    case("approving a bid", "Turkey's parliament ratified Sweden's bid to join NATO.", ("TUR", "051", "SWE")),
    case("suspending a member", "The African Union suspended Gabon after the coup.", ("AU", "160", "GAB")),
    case("nominal veto", "Hungary's veto of the EU aid package angered Kyiv.", ("HUN", "129", "EU")),
    case(
        "police storming an embassy",
        "Ecuadorian police stormed the Mexican embassy in Quito.",
        ("ECU", "170", "MEX"),
    ),
    case(
        "protesters storming an embassy",
        "Protesters stormed the French embassy in Niamey.",
        ("NER", "145", "FRA"),
    ),
    case(
        "agentless order to leave",
        "Two Russian diplomats were ordered to leave Moldova.",
        ("MDA", "174", "RUS"),
    ),
    case("threatened force on a nationality", "Iran threatened to shell Iraqi towns.", ("IRN", "138", "IRQ")),
    case(
        "threat aimed where the act is",
        "Hamas threatened on Monday to resume its activities in Israel.",
        ("PSE", "130", "ISR"),
    ),
    case(
        "peacekeepers arriving",
        "A first contingent of Bangladeshi peacekeepers arrived in Sierra Leone on Tuesday.",
        ("BGD", "074", "SLE"),
    ),
    case(
        "a noun sums up its clause",
        "The Venezuelan government accused the United States of plotting a coup,"
        " an allegation Washington rejected.",
        ("VEN", "112", "USA"),
        ("USA", "016", "VEN"),
    ),
    case(
        "a move denounced",
        "Washington imposed fresh sanctions on Iranian oil exports,"
        " a move Tehran denounced as economic terrorism.",
        ("USA", "163", "IRN"),
        ("IRN", "111", "USA"),
    ),
    case(
        "exchanging ambassadors",
        "Saudi Arabia and Iran exchanged ambassadors for the first time in seven years.",
        ("SAU", "054", "IRN"),
        ("IRN", "054", "SAU"),
    ),
    case(
        "deepening ties",
        "Kenya and Ethiopia strengthened their ties on Monday.",
        ("KEN", "050", "ETH"),
        ("ETH", "050", "KEN"),
    ),
    case(
        "a welcome that is no hosting",
        "Sweden's accession to NATO was welcomed by Finland's president.",
        ("FIN", "051", "SWE"),
    ),
    case(
        "nominal arrival",
        "The arrival of the Chinese foreign minister in Canberra marked a thaw in relations.",
        ("CHN", "042", "AUS"),
    ),
    case("nominal seizure", "Iran's seizure of two Greek tankers angered Athens.", ("IRN", "1711", "GRC")),
    case(
        "nominal ban",
        "China's ban on Japanese seafood imports took effect on Thursday.",
        ("CHN", "163", "JPN"),
    ),
    case(
        "condemnation drawn",
        "Moscow's decision to expel the diplomats drew condemnation from Washington.",
        ("USA", "111", "RUS"),
    ),
    case(
        "a delegation received (it came: a visit)",
        "The Kenyan president received a delegation from Somalia.",
        ("KEN", "043", "SOM"),
        ("SOM", "042", "KEN"),
    ),
    case(
        "the two",
        "Putin met Xi Jinping in Beijing on Thursday and the two pledged to deepen their partnership.",
        ("RUS", "042", "CHN"),
        ("RUS", "040", "CHN"),
        ("CHN", "040", "RUS"),
        ("RUS", "031", "CHN"),
        ("CHN", "031", "RUS"),
    ),
    case("the Pope", "The Pope called for a ceasefire in Ukraine.", ("VAT", "02", "UKR")),
    case(
        "an unlisted person keeps a nationality",
        "A Moscow court jailed the French researcher Laurent Vinatier for three years."
        " Paris said he was being held unjustly.",
        ("RUS", "173", "FRA"),
        ("FRA", "111", "RUS"),
    ),
    case(
        "a preposition of the object is the object's",
        "Beijing firmly opposed the US arms sale to Taiwan.",
        ("CHN", "110", "USA"),
    ),
    case(
        "a rejected call's act",
        "Scholz rejected calls to send Taurus missiles to Kyiv.",
        ("DEU", "12", "UKR"),
    ),
    case("vowed revenge", "Hezbollah vowed revenge against Israel.", ("LBN", "13", "ISR")),
    case(
        "promised a response",
        "The Houthis promised a response to the American strikes.",
        ("YEM", "13", "USA"),
    ),
    case(
        "a demand with its clause on the verb",
        "The ILO reiterated its demand today that Israel ease restrictions on Palestinian workers.",
        ("UN", "10", "ISR"),
    ),
    case("an attack acts for its author", "Israeli strikes killed 20 people in Gaza.", ("ISR", "19", "PSE")),
    case(
        "an alert against a disease",
        "Sweden has been on high alert since the virus was found on a German island.",
    ),
    case("a refusal towards oneself", "A US embassy official in Nairobi refused to identify himself."),
    case(
        "migrants arriving",
        "More than 52,000 Venezuelans have arrived in Brazil since the beginning of 2017.",
    ),
    case(
        "a labour strike by its strikers",
        "Teachers went on striking in West Virginia for higher pay.",
        ("USA", "143", "USA"),
    ),
    case(
        "advice to the public",
        "The Canadian Food Inspection Agency is warning people not to eat a frozen chicken product.",
    ),
    case(
        "an elided clause: 'as did X'",
        "Saudi Arabia recognised Kosovo in 2009, as did Jordan.",
        ("SAU", "054", "XKX"),
        ("JOR", "054", "XKX"),
    ),
    case(
        "an elided clause: 'and so did X'",
        "France expelled two Russian diplomats, and so did Germany.",
        ("FRA", "174", "RUS"),
        ("DEU", "174", "RUS"),
    ),
    case(
        "an apology accepted, from whoever made it",
        "Netanyahu apologised to Turkey on Friday. Erdogan accepted the apology, his office said.",
        ("ISR", "055", "TUR"),
        ("TUR", "056", "ISR"),
        published="2013-03-23",
    ),
    case(
        "a charge rejected, from whoever made it",
        "Pompeo said on Thursday that Iran was responsible for the attacks. Tehran rejected the charge as"
        " baseless.",
        ("USA", "112", "IRN"),
        ("IRN", "016", "USA"),
        published="2019-06-14",
    ),
    case(
        "reports dismissed: a denial aimed at whoever reported, not at whom the reports accuse",
        "Tokyo said on Monday that Chinese vessels had entered its waters. Beijing dismissed the reports.",
        ("CHN", "016", "JPN"),
        published="2023-05-08",
    ),
    case(
        "a claim rejected, from who made it, not who reported it",
        "Ukraine has filed a case at the International Court of Justice accusing Russia of planning"
        " genocide, the court said on Saturday. Moscow rejected the claim.",
        ("UKR", "112+", "RUS"),
        ("RUS", "016", "UKR"),
        published="2022-02-27",
    ),
    case(
        "regrets expressed in a letter to the other side's leader",
        "King Philippe of Belgium expressed his deepest regrets for the violence of colonial rule, in a"
        " letter to President Felix Tshisekedi.",
        ("BEL", "055|018", "COD"),
        published="2020-06-30",
    ),
    case(
        "an announcement welcomed, from a speaker the parser made a noun phrase",
        "The UN envoy for Yemen, Hans Grundberg, announced on Friday that the warring parties had accepted a"
        " two-month truce across the country, the first since 2016. Riyadh welcomed the announcement.",
        ("SAU", "051", "UN"),
        published="2022-04-02",
    ),
    case(
        "among the first to act: the subject of the copula",
        "Modi and Netanyahu were among the first to congratulate Donald Trump on his victory.",
        ("IND", "051", "USA"),
        ("ISR", "051", "USA"),
        published="2024-11-06",
    ),
    case(
        "a call for a resignation, by a speaker the parser made a noun phrase, dated by the call",
        "Israel's ambassador to the United Nations, Gilad Erdan, called on Secretary-General Antonio Guterres"
        " to resign on Tuesday.",
        ("ISR", "0241", "UN"),
        published="2023-10-25",
    ),
    case(
        "the authorities named by their seat, the place hung on the verb",
        "The European Union called on the authorities in Tbilisi to withdraw the law.",
        ("EU", "024+", "GEO"),
    ),
    case(
        "an act told with the telephone call it was made in",
        "Netanyahu apologised to Turkey on Friday in a telephone call with Tayyip Erdogan.",
        ("ISR", "055", "TUR"),
        ("ISR", "041", "TUR"),
        ("TUR", "041", "ISR"),
        published="2013-03-23",
    ),
    case(
        "a call with a partner that is an appeal, not a telephone call",
        "Canada joined the call with France for a ceasefire in Gaza.",
        gap="",
    ),
    case(
        "people of several states named in a list of appositions",
        "Myanmar's military government freed Australian economist Sean Turnell, former British ambassador"
        " Vicky Bowman, Japanese filmmaker Toru Kubota and American Kyaw Htay Oo on Thursday.",
        ("MMR", "0841", "AUS"),
        ("MMR", "0841", "GBR"),
        ("MMR", "0841", "JPN"),
        ("MMR", "0841", "USA"),
        published="2022-11-17",
    ),
    case(
        "goods flown to a state are aid, not a visit",
        "India flew 150,000 doses of Covid-19 vaccine to Bhutan on Wednesday.",
        ("IND", "073", "BTN"),
        published="2021-01-20",
    ),
    case(
        "the transfer of arms approved: the arms conveyed",
        "Slovakia's government approved on Friday the transfer of its 13 retired MiG-29 fighter jets to"
        " Ukraine.",
        ("SVK", "072", "UKR"),
        published="2023-03-17",
    ),
    case(
        "people detained on arrival at a city's airport are held by its state",
        "The 49 Ivorian soldiers were detained on arrival at Bamako airport on Sunday.",
        ("MLI", "173", "CIV"),
        published="2022-07-13",
    ),
    case(
        "the release of one's own people is asked of who holds them",
        "Ivory Coast demanded on Tuesday the immediate release of 49 of its soldiers who were detained on"
        " arrival at Bamako airport on Sunday.",
        ("CIV", "1053", "MLI"),
        ("MLI", "173", "CIV"),
        published="2022-07-13",
    ),
    case(
        "a visit by someone, named after the noun",
        "The Taliban freed George Glezmann on Thursday during a rare visit to Kabul by the US hostage envoy,"
        " Adam Boehler.",
        ("USA", "042", "AFG"),
        published="2025-03-21",
    ),
    case(
        "a visit that remains a prospect is no visit",
        "A visit by Pope Francis to Moscow remains a distant prospect, Vatican diplomats said on Wednesday.",
    ),
    case(
        "the date a record is counted from dates nothing",
        "The visit to Kabul by the US envoy was the first since 2021.",
        ("USA", "042", "AFG"),
        published="2025-03-21",
    ),
    case(
        "people of one's own told to leave another state are advised, not expelled",
        "The White House told Americans in Russia to leave the country immediately.",
    ),
    case(
        "the detention of one's own national condemned: said to the holder",
        "The White House on Thursday condemned the detention of American reporter Evan Gershkovich, held in"
        " Yekaterinburg by Russia's FSB.",
        ("USA", "111", "RUS"),
        published="2023-03-31",
    ),
    case(
        "an arrest condemned, the agent hung on the person arrested (the arrest itself is told as done)",
        "France condemned the arrest of a French journalist by Iranian police.",
        ("FRA", "111", "IRN"),
        ("IRN", "173", "FRA"),
    ),
    case(
        "backing that a delegation would have to win is not given",
        "Sweden and Finland need not bother sending delegations to Ankara to convince it to back their NATO"
        " bids, Tayyip Erdogan said on Monday, accusing both Nordic countries of sheltering Kurdish"
        " militants.",
        ("TUR", "112", "SWE"),
        ("TUR", "112", "FIN"),
        published="2022-05-16",
    ),
    case(
        "a name in apposition to the description before it, then a relative clause",
        "The Taliban freed Glezmann during a visit by the US hostage envoy, Adam Boehler, who met the"
        " Taliban's foreign minister, Amir Khan Muttaqi.",
        ("USA", "04", "AFG"),
        ("AFG", "04", "USA"),
        published="2025-03-21",
    ),
    case(
        "joint exercises called off",
        "Cambodia has called off its annual joint military exercises with the United States, a defence"
        " ministry spokesman said on Monday.",
        ("KHM", "1212", "USA"),
        published="2017-01-17",
    ),
    case(
        "calling up reservists is no telephone call",
        "Russia called up 300,000 reservists.",
        ("RUS", "154", None),
    ),
    case(
        "sanctions lifted, named by the participle that imposed them",
        "The EU lifted the sanctions imposed on Belarus in 2004.",
        ("EU", "085", "BLR"),
    ),
    case(
        "drills named again and judged",
        "Russia and Belarus began joint military drills on Thursday. Ukraine's foreign minister called the"
        " exercises psychological pressure.",
        ("RUS", "062", "BLR"),
        ("BLR", "062", "RUS"),
        ("UKR", "111", "RUS"),
        ("UKR", "111", "BLR"),
        published="2022-02-10",
    ),
    case(
        "an intent whose infinitive the parser hung as a clause after a date",
        "The UAE and Israel agreed on Thursday to normalise relations.",
        ("ARE", "032", "ISR"),
        ("ISR", "032", "ARE"),
        published="2020-08-14",
    ),
    case(
        "an agreement between two states welcomed, then the deal denounced, by 'the leadership'",
        "Egyptian President Abdel Fattah al-Sisi on Thursday welcomed the agreement between the United Arab"
        " Emirates and Israel to normalise relations. The Palestinian leadership denounced the deal as a"
        " betrayal and recalled its ambassador from Abu Dhabi the same day.",
        ("EGY", "051", "ARE"),
        ("EGY", "051", "ISR"),
        ("PSE", "111", "ARE"),
        ("PSE", "111", "ISR"),
        ("PSE", "161", "ARE"),
        ("ARE", "057", "ISR"),
        ("ISR", "057", "ARE"),
        published="2020-08-14",
    ),
    case(
        "a contract scrapped",
        "Australia scrapped a submarine contract with France on Wednesday.",
        ("AUS", "16", "FRA"),
    ),
    case(
        "a trip postponed",
        "Donald Trump said on Tuesday he was postponing a trip to Denmark planned for early September.",
        ("USA", "160", "DNK"),
        published="2019-08-21",
    ),
    case(
        "an accusation framed as a likelihood",
        "Theresa May said on Monday it was highly likely that Russia was responsible for the poisoning.",
        ("GBR", "112", "RUS"),
        published="2018-03-13",
    ),
    case(
        "executions judged: the killing told before",
        "Australia said on Wednesday it would withdraw its ambassador from Jakarta after Indonesia executed"
        " two Australian drug smugglers overnight. Prime Minister Tony Abbott called the executions cruel"
        " and unnecessary.",
        ("AUS", "161", "IDN"),
        ("IDN", "18+", "AUS"),
        ("AUS", "111", "IDN"),
        published="2015-04-29",
    ),
    case(
        "an act named as the one not chosen",
        "The UN Security Council demanded on Friday that Israel halt all settlement activity, after the"
        " United States abstained instead of casting its veto.",
        ("UN", "10", "ISR"),
        published="2016-12-24",
    ),
    case("an act forgone for another", "Germany chose dialogue rather than imposing sanctions on China."),
    case(
        "a resolution judged: the body that adopted it",
        "The UN Security Council demanded on Friday that Israel halt all settlement activity. Netanyahu's"
        " office called the resolution shameful.",
        ("UN", "10", "ISR"),
        ("ISR", "111", "UN"),
        published="2016-12-24",
    ),
    case(
        "a ruling a state will not abide by",
        "Russia said it would not abide by the ICJ's ruling.",
        ("RUS", "124", "ICJ"),
    ),
    case(
        "a visitor welcomed in a second passive conjunct without its own subject",
        "S. Jaishankar arrived in Islamabad on Tuesday for a Shanghai Cooperation Organisation meeting and"
        " was welcomed by Prime Minister Shehbaz Sharif at a dinner that evening.",
        ("IND", "042", "PAK"),
        ("PAK", "043", "IND"),
        published="2024-10-15",
    ),
    case(
        "a riot named 'the attack' and judged",
        "Protesters stormed the Swedish embassy in Baghdad before dawn on Thursday and set part of it on"
        " fire. Swedish Foreign Minister Tobias Billstrom called the attack completely unacceptable.",
        ("IRQ", "145", "SWE"),
        ("SWE", "111", "IRQ"),
        published="2023-07-20",
    ),
    case(
        "people stopped from leaving",
        "Kuala Lumpur responded within hours by stopping North Korean embassy staff from leaving Malaysia.",
        ("MYS", "172", "PRK"),
    ),
    case(
        "an armed group prevented from operating is no travel ban",
        "In return, the Taliban committed to preventing al Qaeda from operating in areas under their"
        " control.",
    ),
    case(
        "communication lines cut, announced by their own side",
        "North Korea said it would cut all communication lines with South Korea from noon on Tuesday.",
        ("PRK", "16", "KOR"),
        published="2020-06-09",
    ),
    case(
        "a visit by someone else cancelled",
        "Iraq cancelled a planned visit by Turkish Defence Minister Hulusi Akar on Wednesday.",
        ("IRQ", "160|125", "TUR"),
        published="2020-08-12",
    ),
    case(
        "diplomats pulled out of a country are recalled, not forces withdrawn",
        "Israel had pulled its diplomats out of Turkey a week earlier.",
        ("ISR", "161", "TUR"),
    ),
    case(
        "a finite verb the parser coordinated with a participle on the object",
        "Three Chinese coast guard ships blocked two Philippine boats carrying supplies to troops at Second"
        " Thomas Shoal and fired water cannon at them on Tuesday.",
        ("CHN", "175", None),
        ("CHN", "191", "PHL"),
        published="2021-11-18",
    ),
    case(
        "a possessor that names the party asked is no place of the act",
        "The judges rejected New Delhi's request to annul the verdict and order his release.",
    ),
    case(
        "soldiers gunned down",
        "Taliban fighters gunned down two Pakistani soldiers on Friday.",
        ("AFG", "18+", "PAK"),
    ),
    case(
        "a quote before its verb of saying that the parser coordinated with it, then a denial naming no one",
        "Britain will expel 23 Russian diplomats, Prime Minister Theresa May said on Wednesday. Russia denied"
        " any involvement and said it would retaliate.",
        ("GBR", "174", "RUS"),
        ("RUS", "016", "GBR"),
        ("RUS", "13", "GBR"),
        published="2018-03-14",
    ),
    case(
        "a denial answering an accusation",
        "Ukraine accused Russia of shelling Kharkiv. Moscow denied any involvement.",
        ("UKR", "112", "RUS"),
        ("RUS", "016", "UKR"),
    ),
    case("aid sent into a country", "Armenia sent aid trucks into Turkey on Saturday.", ("ARM", "07", "TUR")),
    case(
        "forces moving in at the request of the host protect it",
        "About 1,000 Saudi troops and 500 police from the United Arab Emirates crossed into Bahrain on Monday"
        " at the request of its Sunni rulers.",
        ("SAU", "074", "BHR"),
        ("ARE", "074", "BHR"),
        published="2011-03-15",
    ),
    case("troops crossing into a country", "Russian troops crossed into Ukraine.", ("RUS", "192", "UKR")),
    case(
        "troops crossing out of a country withdraw from it",
        "The last French soldiers of Operation Barkhane crossed out of Mali into Niger on Monday.",
        ("FRA", "0874", "MLI"),
        published="2022-08-16",
    ),
    case(
        "craft carrying aid that arrive deliver it",
        "A Turkish ship carrying aid arrived in Gaza on Monday.",
        ("TUR", "070", "PSE"),
    ),
    case("warplanes that land deliver nothing", "Russian warplanes landed in Damascus."),
    case(
        "an intent of the act another did, aimed at the same side",
        "Japan sent aid to Turkey on Monday. South Korea also pledged to send aid.",
        ("JPN", "070", "TUR"),
        ("KOR", "033", "TUR"),
    ),
    case(
        "a speaker's own concern about another's act",
        "China said on Tuesday it was strongly concerned about India's ban on 59 Chinese mobile apps.",
        ("CHN", "012", "IND"),
        ("IND", "163", "CHN"),
        published="2020-06-30",
    ),
    case(
        "a speaker's disappointment at whoever just acted against it",
        "The White House on Wednesday called off a summit between Barack Obama and Vladimir Putin. A Kremlin"
        " aide said Moscow was disappointed.",
        ("USA", "16+", "RUS"),
        ("RUS", "111", "USA"),
        published="2013-08-07",
    ),
    case(
        "a speaker remaining sceptical about another's offer",
        "Washington said it remained sceptical about Iran's offer.",
        ("USA", "012", "IRN"),
    ),
    case(
        "another's worry is not the speaker's",
        "Serbia said the Kosovo Serbs were worried about the police raid.",
    ),
    case("a concern denied", "Greece's prime minister said he was not worried about Turkey's drills."),
    case(
        "a deadline that is no expulsion",
        "Washington gave Beijing 60 days to finalize the trade deal.",
        ("USA", "139", "CHN"),
    ),
    case(
        "a deadline given until a day, dated by the act, not the day it runs out",
        "Britain gave Russia until Tuesday to explain the attack.",
        ("GBR", "139", "RUS"),
        published="2023-03-22",
    ),
    case(
        "a deadline to a state's forces, named with their state",
        "ECOWAS gave Mali's junta a month to release the soldiers.",
        ("ECOWAS", "139", "MLI"),
    ),
    case(
        "time given to leave one's own country is an ultimatum, not an expulsion",
        "Bush gave Saddam Hussein 48 hours to leave Iraq.",
        ("USA", "139", "IRQ"),
        published="2003-03-18",
    ),
    case("time given to do nothing named is no event", "The court gave the lawyers two weeks."),
    case(
        "a body does not condemn its own act",
        "The African Union's Peace and Security Council gave Niger's military 15 days on Friday to return to"
        " barracks, two days after soldiers detained President Mohamed Bazoum. The council said it condemned"
        " the seizure of power.",
        ("NER", "173", "NER"),
        ("AU", "139", "NER"),
        ("AU", "111", "NER"),
        published="2023-07-29",
    ),
    case(
        "invited to act",
        "Poland and Hungary were named. NATO decided to invite the two countries to start accession talks.",
    ),
    case(
        "received a thing, not a visitor",
        "British troops who received blood transfusions from American donors face a risk of infection.",
    ),
    case(
        "a grant received at home", "The mayor said the city had received a grant from the state government."
    ),
    case(
        "a vow of an uncoded hostile act",
        "Israel vowed to destroy Hamas.",
        ("ISR", "13", "PSE"),
        gap="'destroy' an actor is not in the lexicon, so the vow is not read as a threat",
    ),
    case("declining a hostile act", "Pakistan refused to condemn Russia."),
    case("declining to attack", "Germany refused to attack Iran."),
    case("stopping force", "Russia stopped attacking Ukraine.", ("RUS", "087", "UKR")),
    case("halting strikes on a country", "Israel halted strikes on Lebanon.", ("ISR", "087", "LBN")),
    case("ending a labour strike", "Kenyan doctors ended their strike on Monday.", ("KEN", "082", None)),
    case("the writer's speculation", "Israel could strike Iran if Tehran builds a bomb."),
    case(
        "a conditional threat said",
        "Israel said it could strike Iran if Tehran builds a bomb.",
        ("ISR", "13", "IRN"),
    ),
    case("aid received from", "Ukraine received the first tanks from Germany.", ("DEU", "072", "UKR")),
    case("assurances received from", "Kyiv received security guarantees from London.", ("GBR", "030", "UKR")),
    case(
        "weapons handed over",
        "The Netherlands handed over the first fighter jets to Ukraine.",
        ("NLD", "072", "UKR"),
    ),
    case(
        "nominal strikes in a country",
        "Iranian strikes in Pakistan killed two children.",
        ("IRN", "195", "PAK"),
    ),
    case("a labour strike somewhere", "Kenyan doctors' strike in Nairobi entered its second week."),
    case(
        "nominal killing",
        "Israel's killing of a Hamas commander in Beirut drew condemnation.",
        ("ISR", "19", "PSE"),
    ),
    case(
        "a killing without a named killer",
        "The killing of the Sikh leader Hardeep Singh Nijjar in British Columbia strained ties.",
    ),
    case(
        "an embargo on trade with a country",
        "The United States lifted its embargo on arms sales to Vietnam.",
        ("USA", "085", "VNM"),
    ),
    case(
        "an embargo on sales to a country",
        "Washington imposed an embargo on arms sales to Venezuela.",
        ("USA", "163", "VEN"),
    ),
    case("a ban on trade with a country", "The EU eased its ban on trade with Iran.", ("EU", "081", "IRN")),
    case(
        "an act named as the means of a response",
        "Hezbollah fired rockets at northern Israel, and the Israeli military responded with air strikes"
        " in southern Lebanon.",
        ("LBN", "19", "ISR"),
        ("ISR", "195", "LBN"),
    ),
    case(
        "retaliating with sanctions",
        "Washington retaliated with sanctions against Moscow.",
        ("USA", "163", "RUS"),
    ),
    case(
        "banning transit of a country's goods",
        "Kazakhstan halted the transit of Russian coal.",
        ("KAZ", "163", "RUS"),
    ),
    case(
        "designating a group as terrorist",
        "The United States designated the Houthis as a foreign terrorist organization.",
        ("USA", "172", "YEM"),
    ),
    case(
        "designating without 'as'",
        "The United Kingdom designated Hamas a terrorist organisation.",
        ("GBR", "172", "PSE"),
    ),
    case(
        "adding to a list",
        "Washington put Cuba back on its list of state sponsors of terrorism.",
        ("USA", "172", "CUB"),
    ),
    case(
        "welcoming a visitor at a place",
        "Macron welcomed Xi in Paris on Monday.",
        ("FRA", "043", "CHN"),
        ("CHN", "042", "FRA"),
    ),
    case(
        "welcoming a decision at a place",
        "India welcomed Japan's decision at a news conference in Delhi.",
        ("IND", "051", "JPN"),
    ),
    case(
        "a swap carried out (light verb)",
        "Ukraine carried out a prisoner swap with Russia on Friday.",
        ("UKR", "0841", "RUS"),
        ("RUS", "0841", "UKR"),
    ),
    case(
        "the two sides a mediator stands between",
        "Israel and Hamas fought for weeks. Qatar, which hosts Hamas's political bureau, has been mediating"
        " between the two sides.",
        ("ISR", "19", "PSE"),
        ("PSE", "19", "ISR"),
        ("QAT", "045", "ISR"),
        ("QAT", "045", "PSE"),
    ),
    case(
        "ready to develop relations",
        "China said it was ready to develop friendly relations with the Taliban.",
        ("CHN", "03", "AFG"),
    ),
    case(
        "nominal bombardment of a place",
        "Israel stepped up its bombardment of Gaza on Monday.",
        ("ISR", "195", "PSE"),
    ),
    case(
        "nominal shelling of a city",
        "Russian shelling of Kharkiv killed three people.",
        ("RUS", "194", "UKR"),
    ),
    case(
        "an act noun judged after its act",
        "Ecuadorian police stormed the Mexican embassy in Quito. Mexico's president called the raid a"
        " flagrant violation of international law.",
        ("ECU", "170", "MEX"),
        ("MEX", "111", "ECU"),
    ),
    case(
        "described as an adjective",
        "Russian missiles struck a hospital in Kyiv. Zelensky described the attack as barbaric.",
        ("RUS", "19", "UKR"),
        ("UKR", "111", "RUS"),
    ),
    case(
        "a noun naming the act a verb told",
        "US and British warplanes struck Houthi targets across Yemen. Oman condemned the strikes.",
        ("USA", "19", "YEM"),
        ("GBR", "19", "YEM"),
        ("OMN", "111", "USA"),
        ("OMN", "111", "GBR"),
    ),
    case(
        "a toll participle of the act before it",
        "Thailand sent jets to bomb Cambodian targets after Cambodian troops fired rockets into Thai"
        " territory, killing 11 civilians.",
        ("THA", "195", "KHM"),
        ("KHM", "19", "THA"),
    ),
    case(
        "a toll participle adds no act",
        "Russia struck Kyiv with missiles, killing five people.",
        ("RUS", "19", "UKR"),
    ),
    case(
        "a particle stranded before a coordinated verb",
        "Russian border guards fired on and seized three Ukrainian navy vessels.",
        ("RUS", "19", "UKR"),
        ("RUS", "1711", "UKR"),
    ),
    case(
        "a second subject hung on a date",
        "Russia attacked Ukraine on Monday and Georgia condemned the attack.",
        ("RUS", "19", "UKR"),
        ("GEO", "111", "RUS"),
    ),
    case(
        "a title the parser took for the object",
        "German Chancellor Angela Merkel had called President Barack Obama on Wednesday to demand an"
        " explanation.",
        ("DEU", "041", "USA"),
        ("USA", "041", "DEU"),
        ("DEU", "10", "USA"),
    ),
    case(
        "parties to a deal brokered (participle)",
        "Morocco agreed to normalise relations with Israel in a deal brokered by the United States.",
        ("MAR", "03", "ISR"),
        ("USA", "045", "MAR"),
        ("USA", "045", "ISR"),
    ),
    case(
        "talks mediated by several",
        "Israel and Hamas agreed to a ceasefire after negotiations mediated by Qatar and Egypt.",
        ("ISR", "087+", "PSE"),
        ("PSE", "087+", "ISR"),
        # (the negotiations were theirs, as "after several days of talks in Beijing" in dev d-002)
        ("ISR", "046", "PSE"),
        ("PSE", "046", "ISR"),
        ("QAT", "045", "ISR"),
        ("QAT", "045", "PSE"),
        ("EGY", "045", "ISR"),
        ("EGY", "045", "PSE"),
    ),
    case(
        "a like act by others leaves out its target",
        "Bolivia severed diplomatic ties with Israel, while Chile and Colombia recalled their ambassadors.",
        ("BOL", "161", "ISR"),
        ("CHL", "161", "ISR"),
        ("COL", "161", "ISR"),
    ),
    case(
        "the counterpart of the story's latest act",
        "Mali expelled France's ambassador on Monday. Paris said it would recall its envoy.",
        ("MLI", "174", "FRA"),
        ("FRA", "161", "MLI"),
    ),
    case(
        "calling an act a name is no phone call",
        "Peru expelled Mexico's ambassador. Mexico's foreign minister responded, calling the expulsion"
        " unjustified.",
        ("PER", "174", "MEX"),
        ("MEX", "111", "PER"),
    ),
    case(
        "declining to comment: no comment to whoever made the charge",
        "Hezbollah blamed Israel. The Israeli military declined to comment.",
        ("LBN", "112", "ISR"),
        ("ISR", "011", "LBN"),
    ),
    case(
        "an offer of forces to help",
        "Kenya offered to send 1,000 police officers to Haiti.",
        ("KEN", "0334", "HTI"),
    ),
    case(
        "an order to one's own forces is the act",
        "Russia's defence minister ordered his troops to withdraw from the city of Kherson.",
        ("RUS", "0874", "UKR"),
    ),
    case("ordering the army to strike", "Netanyahu ordered the army to strike Gaza.", ("ISR", "19", "PSE")),
    case(
        "an act ordered by its doer",
        "Tehran ordered the release of two detained French citizens.",
        ("IRN", "0841", "FRA"),
    ),
    case(
        "an act ordered by its doer",
        "Biden ordered the withdrawal of US troops from Somalia.",
        ("USA", "0874", "SOM"),
    ),
    case(
        "an act ordered by another is no act",
        "The Security Council ordered the withdrawal of Ethiopian troops from Somalia.",
    ),
    case(
        "ordering another state",
        "The Kremlin ordered Ukraine to withdraw its forces.",
        ("RUS", "105+", "UKR"),
    ),
    case(
        "killed in a clash with the other side",
        "Twenty Indian soldiers were killed in a clash with Chinese troops on Monday night.",
        ("CHN", "19", "IND"),
    ),
    case(
        "following another's act",
        "France recognised Palestine on Monday. Britain followed suit.",
        ("FRA", "054", "PSE"),
        ("GBR", "054", "PSE"),
    ),
    case("events that follow", "The US imposed sanctions on Iran. Protests followed.", ("USA", "163", "IRN")),
    case(
        "a second object conjunct of another kind",
        "Armenia and Azerbaijan agreed to a ceasefire and a prisoner swap.",
        ("ARM", "0871", "AZE"),
        ("AZE", "0871", "ARM"),
        ("ARM", "0353", "AZE"),
        ("AZE", "0353", "ARM"),
    ),
    case(
        "a plural subject's mutual act",
        "Ethiopia and Eritrea agreed to reopen embassies and resume flights.",
        ("ETH", "03", "ERI"),
        ("ERI", "03", "ETH"),
    ),
    case("a plural subject pledging aid", "Germany and France pledged more aid."),
    case(
        "an arrival with the place of the act it goes with",
        "Kim Jong Un held talks with Putin in Vladivostok, a day after arriving by train.",
        ("PRK", "046", "RUS"),
        ("RUS", "046", "PRK"),
        ("PRK", "042", "RUS"),
    ),
    case(
        "a state's air strike on its own territory",
        "A Myanmar military air strike on a village in the central Sagaing region killed about 100 people.",
        ("MMR", "195", "MMR"),
    ),
    case(
        "government troops against rebels",
        "Ethiopian troops attacked Tigrayan rebels in Mekelle.",
        ("ETH", "19", "ETH"),
    ),
    case(
        "a state's people using force on its government",
        "Georgian demonstrators fired rockets at the Georgian government's headquarters.",
        ("GEO", "19", "GEO"),
    ),
    case(
        "a place among conjoined targets",
        "Georgia said Russian warplanes had bombed military bases and the town of Gori.",
        ("RUS", "195", "GEO"),
        ("GEO", "112", "RUS"),
    ),
    case(
        "a list after 'including'",
        "Protesters set fire to several embassies in Kinshasa, including those of Rwanda, France and"
        " Belgium.",
        ("COD", "145|17", "RWA"),
        ("COD", "145|17", "FRA"),
        ("COD", "145|17", "BEL"),
    ),
    case(
        "envoy appointed as",
        "Chile named a former foreign minister as its ambassador to Argentina.",
        ("CHL", "050", "ARG"),
    ),
    case(
        "charge d'affaires as envoy",
        "Lithuania summoned Belarus's chargé d'affaires on Thursday.",
        ("LTU", "114", "BLR"),
    ),
    case(
        "high commissioner as envoy",
        "New Zealand recalled its high commissioner from Fiji.",
        ("NZL", "161", "FJI"),
    ),
    case(
        "recognition switched",
        "Nicaragua switched its diplomatic recognition from Taipei to Beijing.",
        ("NIC", "054", "CHN"),
        ("NIC", "161", "TWN"),
    ),
    case(
        "sovereignty recognised",
        "France recognised Moroccan sovereignty over the disputed territory.",
        ("FRA", "054", "MAR"),
    ),
    case(
        "leaving an organisation",
        "Burkina Faso withdrew from the International Criminal Court.",
        ("BFA", "160", "ICC"),
    ),
    case(
        "taking a state out of an organisation",
        "Argentina's president withdrew the country from the World Health Organization.",
        ("ARG", "160", "WHO"),
    ),
    case(
        "loan programme", "The IMF approved a $1 billion loan programme for Sri Lanka.", ("IMF", "071", "LKA")
    ),
    case("a loan made", "The World Bank made a $500 million loan to Egypt on Monday.", ("WB", "071", "EGY")),
    case(
        "central bank deposit",
        "The UAE deposited $1 billion with Egypt's central bank.",
        ("ARE", "071", "EGY"),
    ),
    case("rescue teams", "Spain sent rescue teams to Morocco after the earthquake.", ("ESP", "073", "MAR")),
    case(
        "supplies to troops named by no one: one's own",
        "Chinese coast guard personnel boarded Philippine navy boats delivering supplies to troops at the"
        " shoal.",
        ("CHN", "171+", "PHL"),
    ),
    case("clemency", "Belarus granted clemency to two Lithuanian citizens.", ("BLR", "0841", "LTU")),
    case(
        "briefing another state",
        "The Turkish foreign minister briefed Russia on the talks.",
        ("TUR", "064", "RUS"),
    ),
    case("regret of another's decision", "Italy regretted Hungary's decision.", ("ITA", "111", "HUN")),
    case("price cap", "Canada imposed a price cap on Russian oil.", ("CAN", "163", "RUS")),
    case("ramming", "Iran's navy rammed a Kuwaiti fishing boat.", ("IRN", "171", "KWT")),
    case(
        "moving into territory",
        "Turkish troops moved into northern Syria on Wednesday.",
        ("TUR", "192", "SYR"),
    ),
    case("asked for help", "Mali asked Russia for military help.", ("MLI", "023", "RUS")),
    case(
        "ordered offensive",
        "Azerbaijan's president ordered an offensive against Armenian positions.",
        ("AZE", "190", "ARM"),
    ),
    case(
        "troops to a neighbour's border",
        "Guyana sent troops to its border with Venezuela.",
        ("GUY", "154", "VEN"),
    ),
    case("troops deploying", "Chinese troops deployed to the border with Bhutan.", ("CHN", "154", "BTN")),
    case(
        "a deployment ordered",
        "Erdogan ordered the deployment of Turkish troops to Libya.",
        ("TUR", "154", "LBY"),
    ),
    case(
        "mobilisation against",
        "Armenia declared a general mobilisation against Azerbaijan.",
        ("ARM", "154", "AZE"),
    ),
    case(
        "taken to court", "Ukraine took Russia to the International Court of Justice.", ("UKR", "115", "RUS")
    ),
    case(
        "tour begun in a place",
        "The Japanese prime minister began an African tour in Kenya on Monday.",
        ("JPN", "042", "KEN"),
    ),
    case(
        "landing is no strike: a president landing abroad visits",
        "The Chinese president landed in Moscow on Monday.",
        ("CHN", "042", "RUS"),
    ),
    case(
        "credentials accepted",
        "The Indian president accepted the credentials of Chile's new ambassador.",
        ("CHL", "050", "IND"),
    ),
    case(
        "missile into the sea",
        "North Korea fired two missiles into the sea off South Korea.",
        ("PRK", "150", "KOR"),
    ),
    case(
        "border closure ordered",
        "Algeria ordered the closure of its border with Morocco.",
        ("DZA", "191", "MAR"),
    ),
    case(
        "halting all firing",
        "Armenia and Azerbaijan halted all firing along the border.",
        ("ARM", "087+", "AZE"),
        ("AZE", "087+", "ARM"),
    ),
    case(
        "a judging word through a neutral noun",
        "Armenian forces attacked Azerbaijani towns. Baku called the attack an act of war.",
        ("ARM", "19", "AZE"),
        ("AZE", "111", "ARM"),
    ),
    case(
        "a claim judged absurd answers its author",
        "Canada expelled an Indian diplomat on Monday. India called the accusations absurd.",
        ("CAN", "174", "IND"),
        ("IND", "111", "CAN"),
    ),
    case(
        "likening to what judges", "Manila likened the Chinese coast guard to pirates.", ("PHL", "111", "CHN")
    ),
    case(
        "praise by naming",
        "Xi Jinping visited Hanoi on Tuesday. Vietnam called the visit historic.",
        ("CHN", "042", "VNM"),
        ("VNM", "051", "CHN"),
    ),
    case(
        "praise through a neutral noun",
        "Egypt hailed Sudan's decision as a historic step.",
        ("EGY", "051", "SDN"),
    ),
    case(
        "a threat: would not go unanswered",
        "Israeli jets struck Syrian army positions on Monday. Damascus said the strikes would not go"
        " unanswered.",
        ("ISR", "19", "SYR"),
        ("SYR", "138", "ISR"),
    ),
    case(
        "a threat whose subject is its target",
        "Tehran said Israel would pay a heavy price.",
        ("IRN", "130", "ISR"),
    ),
    case(
        "a warning of what one will do in response is aimed at whom it answers",
        "Russia sent troops to Belarus on Monday. Lithuania warned on Tuesday that it would reconsider its"
        " transit rules in response.",
        ("RUS", "154", "BLR"),
        ("LTU", "130", "RUS"),
    ),
    case(
        "a pronoun of a threat is the actor just named",
        "Tehran blamed Israel and said it would pay a heavy price.",
        ("IRN", "112", "ISR"),
        ("IRN", "130", "ISR"),
    ),
    case(
        "a threat aimed at its condition's subject",
        "China warned that it would not sit idly by if Japan sent troops.",
        ("CHN", "138", "JPN"),
    ),
    case(
        "a threat of countermeasures",
        "The Kremlin said it would take countermeasures against Finland.",
        ("RUS", "131", "FIN"),
    ),
    case("a vow to punish", "Iran vowed to punish Israel.", ("IRN", "138", "ISR")),
    case(
        "a pledge not to act against a party",
        "Kenya pledged not to let its territory be used against Somalia.",
        ("KEN", "030", "SOM"),
    ),
    case("a pledge not to do something else is no event", "Chile promised not to raise tariffs."),
    case(
        "a stated refusal to join", "Brazil will not join OPEC, President Lula said.", ("BRA", "120", "OPEC")
    ),
    case(
        "an act said to harm what is valued",
        "Jordan said the Israeli raid would sabotage the truce.",
        ("JOR", "111", "ISR"),
    ),
    case(
        "a violation of the speaker's airspace said accuses",
        "Tallinn said Russian jets had violated its airspace.",
        ("EST", "112", "RUS"),
    ),
    case(
        "disregard said to be shown accuses",
        "Ottawa said Tehran had consistently shown disregard for human rights.",
        ("CAN", "112", "IRN"),
    ),
    case(
        "a right to respond answers the act against the speaker",
        "Armenian forces shelled Azerbaijani villages overnight. Baku said it had every right to respond.",
        ("ARM", "19", "AZE"),
        ("AZE", "138", "ARM"),
    ),
    case(
        "defiance answers the act against the speaker",
        "Russian forces shelled Kharkiv on Sunday. Kyiv said its soldiers would fight to the end.",
        ("RUS", "19", "UKR"),
        ("UKR", "1246", "RUS"),
    ),
    case(
        "praise of talks goes to the other party",
        "Tokyo held talks with Seoul on Monday. Seoul described the talks as constructive.",
        ("JPN", "046", "KOR"),
        ("KOR", "046", "JPN"),
        ("KOR", "051", "JPN"),
    ),
    case(
        "a charge judged stands for the accusation told",
        "South Africa accused Israel of genocide. Israel said the charge was absurd.",
        ("ZAF", "112+", "ISR"),
        ("ISR", "111", "ZAF"),
    ),
    case(
        "an object complement parsed as a clause",
        "Peru declared Mexico's ambassador persona non grata on Tuesday.",
        ("PER", "174", "MEX"),
    ),
    case(
        "parties to what a mediator brokered, from the story",
        "Azerbaijani forces shelled several towns inside Armenia overnight. Moscow said it had brokered a"
        " ceasefire.",
        ("AZE", "19", "ARM"),
        ("RUS", "045", "AZE"),
        ("RUS", "045", "ARM"),
    ),
    case(
        "a border closure aimed at the story's counterpart",
        "Thailand expelled Cambodia's ambassador on Wednesday. Bangkok closed all land crossings on the"
        " border on Thursday.",
        ("THA", "174", "KHM"),
        ("THA", "191", "KHM"),
    ),
    case(
        "force against one's own group across a border",
        "Turkish jets struck PKK targets in northern Iraq.",
        ("TUR", "19", "IRQ"),
    ),
    case(
        "a raid inside another state's territory",
        "A Colombian military raid on a FARC camp inside Ecuadorian territory killed a rebel commander.",
        ("COL", "17", "ECU"),
    ),
    case(
        "judging an act by its author",
        "Germany condemned the arrest of a German journalist by Turkish police.",
        ("DEU", "111", "TUR"),
        ("TUR", "173", "DEU"),
    ),
    case(
        "organ named by its body's possessive",
        "The African Union's Peace and Security Council suspended Gabon on Thursday.",
        ("AU", "160", "GAB"),
    ),
    case(
        "organ after the bloc's",
        "The African Union met on Thursday. The bloc's Peace and Security Council suspended Gabon.",
        ("AU", "160", "GAB"),
    ),
    case(
        "UN agency named by its field",
        "Burkina Faso expelled the UN health agency's representative on Thursday.",
        ("BFA", "174", "WHO"),
    ),
    case(
        "UN agency without an id of its own",
        "The UN migration agency praised Italy on Thursday.",
        ("UN", "051", "ITA"),
    ),
    case(
        "description repeating an actor's head noun",
        "The Saudi-led coalition struck Sanaa on Thursday. The coalition accused Iran of arming the rebels.",
        ("SAU", "19", "YEM"),
        ("SAU", "112", "IRN"),
    ),
    case(
        "bare state organ of the story's state",
        "Norway recognised Palestine on Thursday, and the foreign ministry summoned Israel's envoy.",
        ("NOR", "054", "PSE"),
        ("NOR", "114", "ISR"),
    ),
    case(
        "bare state organ past an act noun",
        "Iraq's army said the raids would be avenged, and the foreign ministry summoned Turkey's"
        " envoy on Thursday.",
        ("IRQ", "114", "TUR"),
    ),
    case(
        "the Foreign Office after its minister",
        "Foreign Secretary David Cameron warned Tehran on Thursday, and the Foreign Office summoned"
        " Iran's ambassador.",
        ("GBR", "13", "IRN"),
        ("GBR", "114", "IRN"),
    ),
    case(
        "the South after the two Koreas",
        "North Korea shelled a South Korean island on Thursday. The South accused Pyongyang of a"
        " grave provocation.",
        ("PRK", "19", "KOR"),
        ("KOR", "112+", "PRK"),
    ),
    case(
        "each side accused the other",
        "Armenian and Azerbaijani troops clashed on Thursday. Each side accused the other of"
        " starting the fight.",
        ("ARM", "19", "AZE"),
        ("AZE", "19", "ARM"),
        ("ARM", "112", "AZE"),
        ("AZE", "112", "ARM"),
    ),
    case(
        "embassy staff of a state",
        "Warsaw expelled 45 Russian embassy staff on Thursday.",
        ("POL", "174", "RUS"),
    ),
    case(
        "its: the other party of a protest",
        "Belize severed diplomatic ties with Israel on Thursday in protest at its bombing of Gaza.",
        ("BLZ", "161", "ISR"),
        ("ISR", "19", "PSE"),
    ),
    case(
        "office holders of a bloc by a regional adjective",
        "Southeast Asian foreign ministers criticised Myanmar on Thursday.",
        ("ASEAN", "111", "MMR"),
    ),
    case(
        "group at home in several states, placed by the text",
        "US aircraft struck Islamic State fighters in eastern Syria on Thursday.",
        ("USA", "19", "SYR"),
    ),
    case(
        "the family of a person",
        "Mexico granted asylum to the family of ousted Peruvian President Pedro Castillo on Tuesday.",
        ("MEX", "075", "PER"),
        published="2023-10-19",
    ),
    case(
        "an order stands for who issued it",
        "President Donald Trump signed an order against the International Criminal Court on"
        " Thursday. The court condemned the order on Friday.",
        ("ICC", "111", "USA"),
        published="2025-02-07",
    ),
    case(
        "a toll participle after a coercive act",
        "Chinese coast guard personnel rammed Philippine boats near the shoal, injuring several sailors.",
        ("CHN", "171", "PHL"),
    ),
    case(
        "a promise of force is a threat",
        "Germany expelled two Russian diplomats, and Moscow promised to retaliate.",
        ("DEU", "174", "RUS"),
        ("RUS", "138", "DEU"),
    ),
    case(
        "retaliating by another act",
        "Canada expelled a Chinese diplomat on Monday. Beijing retaliated on Tuesday by expelling a Canadian"
        " consul.",
        ("CAN", "174", "CHN"),
        ("CHN", "174", "CAN"),
    ),
    case(
        "freed by those who held them, in exchange",
        "Five Americans held in Iran were flown to Doha and freed in exchange for five Iranians detained in"
        " the United States.",
        ("IRN", "0841", "USA"),
        ("USA", "0841", "IRN"),
    ),
    case(
        "freeing a national named by a nationality word",
        "Iran released a French tourist.",
        ("IRN", "0841", "FRA"),
    ),
    case(
        "a truce between a state's army and its rebels, and its mediator",
        "The Sudanese army and the RSF agreed to a truce after talks in Jeddah mediated by Saudi Arabia.",
        ("SDN", "0871", "SDN"),
        ("SAU", "045", "SDN"),
        published="2023-11-02",
    ),
    case(
        "a venue is no party to talks",
        "Ethiopia's government and Tigrayan rebels agreed on Wednesday to a permanent cessation of"
        " hostilities after talks in South Africa brokered by the African Union.",
        ("ETH", "0871", "ETH"),
        ("AU", "045", "ETH"),
        published="2022-11-02",
    ),
    case(
        "a list after 'including' on the noun of an origin",
        "Venezuela ordered diplomats from seven Latin American countries, including Argentina, Chile and"
        " Peru, to leave.",
        ("VEN", "174", "ARG"),
        ("VEN", "174", "CHL"),
        ("VEN", "174", "PER"),
    ),
    case(
        "a measure of goods in a prepositional object",
        "The United States imposed 25 percent tariffs on $34 billion worth of Chinese imports.",
        ("USA", "163", "CHN"),
    ),
    case(
        "confirming one's own side's strike",
        "Israeli jets struck Damascus airport. Israel's military confirmed the strike.",
        ("ISR", "19", "SYR"),
        ("ISR", "015", "SYR"),
    ),
    case(
        "confirming another's strike claims nothing",
        "Israeli jets struck Damascus airport. Syria confirmed the strike.",
        ("ISR", "19", "SYR"),
    ),
    case(
        "calling an act a name is no call to its author",
        "Russia cut off gas supplies to Poland on Wednesday. Poland's prime minister called the cut-off a"
        " direct attack on Poland.",
        ("RUS", "163", "POL"),
    ),
    case(
        "hitting back with duties",
        "The United States imposed tariffs on Chinese imports, and Beijing hit back within hours with duties"
        " on American goods.",
        ("USA", "163", "CHN"),
        ("CHN", "163", "USA"),
    ),
    case(
        "freed by the group that kidnapped them, placed",
        "A French journalist who was kidnapped by an armed group in Mali was freed on Monday.",
        ("MLI", "0841", "FRA"),
        ("MLI", "181", "FRA"),
    ),
    case(
        "troops sent to a border the story's counterpart shares",
        "Poland accused Belarus of herding migrants towards the border, and sent 12,000 soldiers to the"
        " frontier.",
        ("POL", "112", "BLR"),
        ("POL", "154", "BLR"),
    ),
    case("joining an organisation", "Sweden formally joined NATO on Thursday.", ("SWE", "057", "NATO")),
    case("joining a group", "Indonesia joined the BRICS group in January.", ("IDN", "057", "BRICS")),
    case("becoming a member", "Finland became the 31st member of NATO on Tuesday.", ("FIN", "057", "NATO")),
    case("being a member is no act", "Hungary is a member of NATO."),
    case(
        "join only sought: noun of intent",
        "Hungary vetoed Ukraine's bid to join NATO.",
        ("HUN", "129", "UKR"),
    ),
    case("join only sought: an effort", "Georgia abandoned its effort to join the European Union."),
    case("join only sought: hoping", "Ukraine hopes to join the European Union by 2030."),
    case("nominal act undone", "Togo revoked its recognition of Kosovo.", ("TGO", "161", "XKX")),
    case(
        "infinitive clause under a negated governor",
        "Israel did not allow foreign journalists to enter Gaza.",
    ),
    case(
        "refused to allow: a refusal of international involvement (1245), not the visit",
        "Russia refused to allow UN inspectors to visit the plant.",
        ("RUS", "1245", "UN"),
    ),
    case("noun of refusal", "Israel's refusal to release the bodies angered Hezbollah."),
    case(
        "peacekeeping mandate extended",
        "The Security Council renewed the mandate of the peacekeeping mission in Lebanon.",
        ("UN", "0334", "LBN"),
    ),
    case(
        "asylum sought", "A Belarusian opposition activist sought asylum in Lithuania.", ("BLR", "023", "LTU")
    ),
    case("call for sanctions", "Poland called for new sanctions against Belarus.", ("POL", "113", "BLR")),
    case(
        "put under investigation",
        "French prosecutors put two Algerian officials under investigation.",
        ("FRA", "090", "DZA"),
    ),
    case(
        "put under arrest",
        "Georgian police placed two Ukrainian activists under house arrest.",
        ("GEO", "173", "UKR"),
    ),
    case("reneging on a commitment", "Moscow reneged on its commitments to Kyiv.", ("RUS", "120", "UKR")),
    case("war games", "China staged war games around Taiwan.", ("CHN", "150", "TWN")),
    case(
        "call for peacekeepers rejected",
        "Mali rejected calls for Moroccan peacekeepers.",
        ("MLI", "1224", "MAR"),
    ),
    case(
        "announced act in a second conjunct",
        "Britain said it had summoned the Russian ambassador and would expel two Russian diplomats.",
        ("GBR", "114", "RUS"),
        ("GBR", "174", "RUS"),
    ),
    case(
        "money released is aid",
        "The World Bank released a $400 million tranche to Kenya.",
        ("WB", "071", "KEN"),
    ),
    case(
        "a cancelled visit", "The Indian prime minister called off his trip to Canada.", ("IND", "160", "CAN")
    ),
    case(
        "agreeing to stop firing is a ceasefire",
        "India and Pakistan agreed on Saturday to stop all firing.",
        ("IND", "0871", "PAK"),
        ("PAK", "0871", "IND"),
    ),
    case(
        "a thing received names no one",
        "Hezbollah blamed Israel and said it would receive its just punishment.",
        ("LBN", "112", "ISR"),
        ("LBN", "138", "ISR"),
    ),
    case(
        "a substance released names no one",
        "China banned all imports of Japanese seafood as Tokyo began releasing treated water.",
        ("CHN", "163", "JPN"),
    ),
    case(
        "a conjunct with a subject of its own escapes the first clause's negation",
        "Kabul said the raids would not go unanswered, and the foreign ministry summoned Pakistan's envoy.",
        ("AFG", "114", "PAK"),
    ),
    case(
        "body short name",
        "The International Monetary Fund approved a loan for Sri Lanka on Monday. President Ranil"
        " Wickremesinghe thanked the Fund on Tuesday.",
        ("IMF", "071", "LKA"),
        ("LKA", "051", "IMF"),
    ),
    case(
        "body short name",
        "The Asian Development Bank approved a loan for Pakistan on Monday. Islamabad thanked the"
        " bank on Tuesday.",
        ("ADB", "071", "PAK"),
        ("PAK", "051", "ADB"),
    ),
    case(
        "body short name",
        "The International Atomic Energy Agency criticised Iran on Monday. Tehran accused the agency"
        " of bias on Tuesday.",
        ("IAEA", "111", "IRN"),
        ("IRN", "112", "IAEA"),
    ),
    case(
        "body short name",
        "The European Commission froze funds for Hungary on Monday. Budapest criticised the"
        " Commission on Tuesday.",
        ("EU", "1621", "HUN"),
        ("HUN", "111", "EU"),
    ),
    case(
        "igo organ",
        "The 35-nation Board of Governors of the International Atomic Energy Agency criticised Iran"
        " on Wednesday.",
        ("IAEA", "111", "IRN"),
    ),
    case("igo organ", "The IAEA board criticised Iran on Wednesday.", ("IAEA", "111", "IRN")),
    case(
        "person's office",
        "The International Criminal Court issued an arrest warrant for Benjamin Netanyahu on"
        " Thursday. Netanyahu's office denounced the decision.",
        ("ICC", "173", "ISR"),
        ("ISR", "111", "ICC"),
    ),
    case(
        "vessel agent",
        "Chinese coast guard ships fired water cannon at Philippine boats on Saturday.",
        ("CHN", "190", "PHL"),
    ),
    case(
        "vessel agent",
        "Iranian speedboats harassed a US destroyer in the Gulf on Monday.",
        ("IRN", "170", "USA"),
    ),
    case(
        "vessel agent",
        "A Russian Su-27 fighter struck a US drone over the Black Sea on Tuesday.",
        ("RUS", "190", "USA"),
    ),
    case(
        "listed states",
        "European countries such as France and Germany condemned Iran on Monday.",
        ("FRA", "111", "IRN"),
        ("DEU", "111", "IRN"),
    ),
    case(
        "demonym spelling",
        "Ecuadorean police arrested a Colombian rebel commander on Monday.",
        ("ECU", "173", "COL"),
    ),
    case(
        "unlisted minister of the story state",
        "South Korea filed a complaint against Japan on Wednesday. Trade Minister Yoo Myung-hee"
        " criticised Japan's curbs.",
        ("KOR", "115", "JPN"),
        ("KOR", "111", "JPN"),
    ),
    # what is said of a hostile act, a vote or a claim (judgements.py: author, act, manner, voted, denial)
    case(
        "attribution of a hostile act",
        "Poland said Russian military intelligence was behind the fire at a Warsaw shopping centre.",
        ("POL", "112", "RUS"),
    ),
    case(
        "attribution of a hostile act",
        "Israel said the bombing was the work of Hezbollah.",
        ("ISR", "112", "LBN"),
    ),
    case(
        "attribution of a hostile act",
        "Kyiv said Moscow was to blame for the attack on the dam.",
        ("UKR", "112", "RUS"),
    ),
    case(
        "act said to be unlawful",
        "Manila said China had entered Philippine waters without permission.",
        ("PHL", "112", "CHN"),
    ),
    case(
        "act said to be unlawful",
        "London said Iran had seized the tanker in contravention of international law.",
        ("GBR", "112", "IRN"),
    ),
    case(
        "spreading falsehoods",
        "Washington said Lula was parroting Russian propaganda.",
        ("USA", "111", "BRA"),
    ),
    case(
        "vote judged unfair",
        "The European Union said the vote in Venezuela was neither free nor fair.",
        ("EU", "111", "VEN"),
    ),
    case(
        "vote judged unfair",
        "The EU said Russia's parliamentary election had been rigged.",
        ("EU", "111", "RUS"),
    ),
    case("vote judged unfair", "The EU said the Venezuelan election was free and fair."),
    case(
        "vote judged unfair: what it lacked",
        "OSCE observers said Belarus's presidential vote had lacked genuine competition.",
        ("OSCE", "111", "BLR"),
    ),
    case("vote judged unfair: what its holder lacked is no vote's", "The EU said Minsk lacked legitimacy."),
    case(
        "non-recognition of a vote",
        "Britain said it did not recognise the results of Venezuela's presidential election.",
        ("GBR", "111", "VEN"),
    ),
    case("non-recognition of a vote", "Britain does not recognise Abkhazia."),
    case(
        "denial of a reported act",
        "A US drone crashed into the Black Sea on Tuesday. Moscow denied that its jets had made contact"
        " with the American drone.",
        ("RUS", "016", "USA"),
    ),
    case(
        "conjoined judging words",
        "Chinese coast guard ships fired water cannon at Philippine boats on Saturday. Manila called the"
        " action excessive and illegal.",
        ("CHN", "190", "PHL"),
        ("PHL", "111", "CHN"),
    ),
    case(
        "suspected involvement",
        "Britain expelled two Russian diplomats over Moscow's alleged role in the poisoning.",
        ("GBR", "174", "RUS"),
        ("GBR", "112", "RUS"),
    ),
    case("who fired first", "Pyongyang said Seoul had fired first.", ("PRK", "112", "KOR")),
    case(
        "judging noun with its author",
        "Baku said it had responded to provocations by Armenian troops.",
        ("AZE", "111", "ARM"),
    ),
    case(
        "a complaint lodged with a venue over another's act",
        "Australia lodged a complaint with the WTO over Chinese tariffs on barley.",
        ("AUS", "115", "CHN"),
        ("CHN", "163", "AUS"),
    ),
    case(
        "a list does not override a target it contradicts",
        "Serbia is resisting the deployment of NATO-led troops, including 4,000 US soldiers.",
        ("SRB", "110", "NATO"),
    ),
    case(
        "calling for an act to be developed",
        "Russia and Ukraine called for developing relations between the members of the Commonwealth.",
    ),
    case(
        "a quoted imperative is no act", 'Saddam Hussein spoke on Sunday. "Fight them," he told his soldiers.'
    ),
    case(
        "a mayor is not placed by the story's state",
        "Cuba demanded the boy's return. The Miami mayor, Alex Penelas, flew to Washington to plead with the"
        " Attorney General.",
        ("CUB", "1053", None),
    ),
    case("a wish for oneself appeals to no one", "Cubans want to know what the Americans will decide."),
    case(
        "a legal appeal is no appeal to a party",
        "Elian's relatives said they would appeal the US court's decision.",
    ),
    case(
        "an act a noun holds in view",
        "The Russian minister said Russia places importance on developing the strategic partnership with"
        " Vietnam.",
    ),
    case(
        "conditions for an act", "Erdogan has always set two conditions for restoring relations with Israel."
    ),
    case(
        "a plural subject praising a thing praises no one",
        "China and Russia welcome the improvement on the peninsula.",
    ),
    case("needing money to act", "The UN health body needs $2.4 million to support Angola."),
    case(
        "people arriving, no visit",
        "Aid agencies stepped up their response in Brazil as Venezuelan arrivals grow.",
    ),
    case("a bare organ is not the accuser's own", "Turkey accused the regime of heavy shelling."),
    case(
        "detained in a state",
        "Former Canadian diplomat Michael Kovrig has been detained in China.",
        ("CHN", "173", "CAN"),
    ),
    case(
        "a nominal ceasefire between two sides",
        "A ceasefire between Israel and Hamas brokered by Egypt took effect on Friday.",
        ("ISR", "0871", "PSE"),
        ("PSE", "0871", "ISR"),
        ("EGY", "045", "ISR"),
        ("EGY", "045", "PSE"),
    ),
    case(
        "an order to one's own forces of no coded act",
        "Nigeria's president ordered security forces to find the girls.",
    ),
    case(
        "returning fire answers the attack",
        "North Korea shelled a South Korean island, and Seoul returned fire.",
        ("PRK", "19", "KOR"),
        ("KOR", "190", "PRK"),
    ),
    case(
        "a threat naming no adversary answers the act against its speaker",
        "A US drone strike killed an Iranian general in Baghdad on Friday. Iran's supreme leader vowed severe"
        " revenge against those responsible.",
        ("USA", "195", "IRN"),
        ("IRN", "13", "USA"),
    ),
    case(
        "an aid package announced",
        "Australia announced a one-billion-dollar aid package for Indonesia.",
        ("AUS", "07", "IDN"),
    ),
    case(
        "a quote before its verb of saying, its object taken for the speaker",
        "Britain will expel 23 Russian diplomats, Prime Minister Theresa May said on Wednesday.",
        ("GBR", "174", "RUS"),
    ),
    case(
        "an announced release, quote first",
        "Iran will release two French citizens, its foreign minister said.",
        ("IRN", "0353", "FRA"),
    ),
    case(
        "becoming a body's member (possessive)",
        "Sweden formally became NATO's 32nd member on Thursday.",
        ("SWE", "057", "NATO"),
    ),
    case(
        "an act as a topic",
        "Russia summoned the French ambassador over remarks by Macron about sending troops to Ukraine.",
        ("RUS", "114", "FRA"),
    ),
    case(
        "a participle of another act after a toll",
        "Hamas gunmen stormed into southern Israel on Saturday, killing hundreds of people and taking more"
        " than 200 hostages.",
        ("PSE", "19", "ISR"),
        ("PSE", "181", "ISR"),
    ),
    case(
        "taken prisoner, in the passive",
        "Two Ukrainian soldiers were taken prisoner by Russian forces.",
        ("RUS", "181", "UKR"),
    ),
    case(
        "a warning of another's attack is no threat", "Egypt said it had warned Israel of a possible attack."
    ),
    case("a warning of one's retaliation", "Russia warned Finland of retaliation.", ("RUS", "13", "FIN")),
    case(
        "a preposition stranded before a clause that took its object as subject",
        "Peru granted diplomatic asylum to five Panamanian army officers holed up in its embassy.",
        ("PER", "075", "PAN"),
    ),
    case(
        "a noun of report taken for a verb",
        "The Kremlin denied US claims that Russia hacked official emails.",
        ("RUS", "016", "USA"),
    ),
    case("the content of a denied report", "Beijing rejected reports that it was arming Russia."),
    case(
        "the content of a denied allegation, the denial kept",
        "Tehran denied Israeli allegations that it had supplied drones to Russia.",
        ("IRN", "016", "ISR"),
    ),
    case(
        "an arms sale approved",
        "Washington approved a $1.3 billion sale of artillery to Saudi Arabia.",
        ("USA", "062", "SAU"),
    ),
    case("arms sold", "France sold 36 Rafale fighter jets to India.", ("FRA", "062", "IND")),
    case(
        "a subject the parser took into a fronted phrase without a comma",
        "On Monday Russia expelled two Estonian diplomats.",
        ("RUS", "174", "EST"),
    ),
    case(
        "a subject after a fronted phrase with a date",
        "During a visit to Tunis on Thursday Macron criticised NATO's intervention in Libya.",
        ("FRA", "042", "TUN"),
        ("FRA", "111", "NATO"),
    ),
    case(
        "troops pulling out of a country (no object)",
        "The last Syrian troops pulled out of Lebanon on Tuesday.",
        ("SYR", "0874", "LBN"),
    ),
    case(
        "two objects, the first the indirect one",
        "India handed Pakistan's high commissioner a formal protest on Monday.",
        ("IND", "114", "PAK"),
    ),
    case(
        "a purpose infinitive of summoning is the summoner's, and no rally",
        "Beijing summoned Japan's ambassador to protest.",
        ("CHN", "114", "JPN"),
    ),
    case(
        "an arrest of the crew member of a foreign vessel",
        "Japanese coast guard officers arrested the captain of a Chinese fishing trawler.",
        ("JPN", "173", "CHN"),
    ),
    case(
        "a stake seized from a foreign company",
        "Argentina moved to seize a 51 percent stake in YPF from Spain's Repsol.",
        ("ARG", "1711", "ESP"),
    ),
    case(
        "a clause the parser read as a noun, its subject a compound",
        "Beijing demanded that Islamabad hunt down and punish those responsible.",
        ("CHN", "10", "PAK"),
    ),
    case(
        "protesters storming a residence riot, troops raid",
        "Thousands of Sri Lankan protesters stormed the president's official residence in Colombo.",
        ("LKA", "145", "LKA"),
    ),
    case(
        "an intent to resign is an intent to change leadership",
        "The Sri Lankan president agreed to resign.",
        ("LKA", "0341", None),
    ),
    case(
        "following with an act of one's own",
        "Washington congratulated Taiwan's new president, and Tokyo followed with a statement of its own.",
        ("USA", "051", "TWN"),
        ("JPN", "051", "TWN"),
    ),
    case(
        "a march on an embassy",
        "Thousands of Nigerien protesters marched on the French embassy in Niamey.",
        ("NER", "14", "FRA"),
    ),
    case(
        "a junta is not the state its own verb accuses",
        "Niger's junta expelled the French ambassador. France said its envoy would stay. On Monday the junta"
        " accused Paris of seeking to intervene militarily.",
        ("NER", "174", "FRA"),
        ("NER", "112", "FRA"),
    ),
    case(
        "a leader hitting back in words",
        "The World Bank halted new financing to Uganda. President Yoweri Museveni hit back on Wednesday,"
        " accusing the bank of coercion.",
        ("WB", "16", "UGA"),
        ("UGA", "112", "WB"),
    ),
    case(
        "forces turning back from an advance",
        "Russian troops pulled back from their positions near Kyiv.",
        ("RUS", "0874", "UKR"),
    ),
    case(
        "martial law declared on one's own people",
        "South Korean President Yoon Suk Yeol declared emergency martial law late on Tuesday.",
        ("KOR", "1724", "KOR"),
    ),
    case(
        "tariffs ordered in a participle of retaliation",
        "Donald Trump retaliated within hours, ordering 25 percent tariffs on Colombian imports.",
        ("USA", "163", "COL"),
    ),
    case("agreeing to another's terms", "Colombia agreed to Washington's terms.", ("COL", "080", "USA")),
    case(
        "agreeing to a share of the terms",
        "Colombia agreed to all of Washington's terms.",
        ("COL", "080", "USA"),
    ),
    case(
        "tariffs of a rate on imports from states, as a noun",
        "US tariffs of 25 percent on imports from Canada and Mexico took effect on Tuesday.",
        ("USA", "163", "CAN"),
        ("USA", "163", "MEX"),
    ),
    case(
        "aircraft turned back",
        "Colombia turned back two US military aircraft carrying deported migrants.",
        ("COL", "120", "USA"),
    ),
    case(
        "an act noun in apposition sums up the clause",
        "Israel killed a Hamas commander in Beirut, a move Iran condemned as a crime.",
        ("ISR", "19", "PSE"),
        ("IRN", "111", "ISR"),
    ),
    case(
        "an appeal for an extradition, the infinitive hung as an adverbial clause",
        "President Tayyip Erdogan called on the United States on Saturday to extradite Fethullah Gulen.",
        ("TUR", "0213", "USA"),
    ),
    case(
        "a refusal to extradite",
        "Sweden refused to extradite the two suspects to Turkey.",
        ("SWE", "1213", "TUR"),
    ),
    case(
        "a phone call made to demand",
        "Merkel called Barack Obama on Wednesday to demand an explanation.",
        ("DEU", "041", "USA"),
        ("USA", "041", "DEU"),
        ("DEU", "10", "USA"),
        published="2013-10-24",
    ),
    case(
        "welcoming an act named by a noun welcomes its doer",
        "The last Syrian troops pulled out of Lebanon on Tuesday. The United States welcomed the pullout.",
        ("SYR", "0874", "LBN"),
        ("USA", "051", "SYR"),
    ),
    case(
        "welcoming a release praises no captors",
        "Gunmen in Mali freed a French journalist on Monday. Macron welcomed the release.",
        ("MLI", "0841", "FRA"),
    ),
    case(
        "a halt demanded to an act named before, and the act called names by a pronoun",
        "Saudi Arabia began bombing Houthi positions in Yemen on Thursday. Iran demanded an immediate halt"
        " to the strikes and called them a dangerous step.",
        ("SAU", "195", "YEM"),
        ("IRN", "1056", "SAU"),
        ("IRN", "111", "SAU"),
    ),
    case(
        "'it' after a rejected claim is the claim",
        "South Africa accused Israel of genocide. Israel rejected the claim, calling it baseless.",
        ("ZAF", "112+", "ISR"),
        ("ISR", "016", "ZAF"),
        ("ISR", "111", "ZAF"),
    ),
    case("welcoming talks with another is not holding them", "The United States welcomed talks with Iran."),
    case(
        "an act done by its light verb's subject", "Joe Biden made a visit to Vietnam.", ("USA", "042", "VNM")
    ),
    case(
        "a border closure a government announces is decided; its unnamed minister is the story's",
        "Poland will close its border with Belarus, the interior minister said on Thursday.",
        ("POL", "191", "BLR"),
    ),
    case(
        "a blockade protesters announce is a threat",
        "French farmers said on Friday they would blockade Paris.",
        ("FRA", "13", "FRA"),
    ),
    case(
        "a bare ministry speaking for the reported clause's subject, not the nearest name",
        "Poland will expel two Russian diplomats, the foreign ministry said on Thursday.",
        ("POL", "174", "RUS"),
    ),
    case(
        "protesters setting fire to a building riot",
        "Sri Lankan protesters set fire to the prime minister's private home.",
        ("LKA", "145", "LKA"),
    ),
    case(
        "a past tense with an object taken for a participle on its subject",
        "Israeli air strikes killed at least 20 people in Gaza overnight, Palestinian health officials said.",
        ("ISR", "19", "PSE"),
    ),
    case(
        "an attack claimed",
        "The Houthis claimed an attack on a British tanker in the Red Sea.",
        ("YEM", "015", "GBR"),
    ),
    case(
        "a peacekeeping mission extended",
        "The Security Council extended its peacekeeping mission in Mali for another year.",
        ("UN", "0334", "MLI"),
    ),
    case("a suspension lifted", "The African Union lifted Mali's suspension.", ("AU", "081", "MLI")),
    case(
        "a deal suspended by vote",
        "The European Parliament voted to suspend the trade deal with Israel.",
        ("EU", "160", "ISR"),
    ),
    case(
        "a host's guest visited",
        "Macron hosted Xi Jinping in Paris on Monday.",
        ("FRA", "043", "CHN"),
        ("CHN", "042", "FRA"),
    ),
    case("an envoy received is no visit", "Putin received the Iranian ambassador.", ("RUS", "043", "IRN")),
    case(
        "discussing with a counterpart",
        "Lavrov discussed the Syrian crisis with his Turkish counterpart.",
        ("RUS", "040", "TUR"),
        ("TUR", "040", "RUS"),
        published="2016-12-20",
    ),
    case(
        "two sides discussing",
        "Russia and Turkey discussed a new round of peace talks.",
        ("RUS", "040", "TUR"),
        ("TUR", "040", "RUS"),
    ),
    case("discussing alone consults no one", "The Kenyan president discussed the crisis."),
    case(
        "a nation's people",
        "India said on Sunday that it stood with the people of Sri Lanka.",
        ("IND", "018", "LKA"),
    ),
    case(
        "a strike's toll is no second act",
        "A Myanmar military air strike on a village in the Sagaing region killed about 100 people.",
        ("MMR", "195", "MMR"),
    ),
    case(
        "a strike's toll on another side is",
        "An Israeli strike on a Hamas tunnel killed five Egyptian soldiers.",
        ("ISR", "19", "PSE"),
        ("ISR", "19", "EGY"),
    ),
    case(
        "a surname after the full name in apposition to a title",
        "Chinese Foreign Minister Wang Yi held talks with his Australian counterpart Penny Wong. Wong urged"
        " China to lift its trade restrictions.",
        ("CHN", "046", "AUS"),
        ("AUS", "046", "CHN"),
        ("AUS", "0251", "CHN"),
    ),
    case(
        "a welcome after a visit told adds no second visit",
        "Kenya's president William Ruto flew to Washington on Tuesday for a state visit. Biden welcomed him"
        " at the White House.",
        ("KEN", "042", "USA"),
        ("USA", "043", "KEN"),
    ),
    case(
        "a partnership forged",
        "China and Brazil forged a strategic partnership.",
        ("CHN", "060", "BRA"),
        ("BRA", "060", "CHN"),
    ),
    case(
        "a predicate noun the parser hangs on the object as its apposition",
        "Brazil's Lula called Israel's war in Gaza a genocide.",
        ("BRA", "111", "ISR"),
    ),
    case(
        "genocide as a judging noun", "Lula called the Israeli offensive a genocide.", ("BRA", "111", "ISR")
    ),
    case(
        "air defence systems sent",
        "Germany delivered a Patriot air defence system to Ukraine.",
        ("DEU", "072", "UKR"),
    ),
    case(
        "an order to one's own office with no act coded is no event",
        "Trump said he had instructed the State Department to begin preparations for the move.",
        published="2017-12-07",
    ),
    case(
        "an order to one's own office to act is the act",
        "Trump ordered the Pentagon to strike Syria.",
        ("USA", "19", "SYR"),
        published="2017-12-07",
    ),
    case(
        "a person's place of residence is not their nationality",
        "Turkey blamed the US-based cleric for the failed coup.",
    ),
    case(
        "'the two leaders' after a name and a pronoun",
        "Kenya's president William Ruto flew to Washington on Tuesday for a state visit. Biden welcomed him"
        " at the White House and the two leaders announced a new partnership.",
        ("KEN", "042", "USA"),
        ("USA", "043", "KEN"),
        ("USA", "060", "KEN"),
        ("KEN", "060", "USA"),
    ),
    case(
        "observers sent to monitor a state's election",
        "The OSCE sent observers to monitor Georgia's parliamentary election.",
        ("OSCE", "090", "GEO"),
    ),
    case("troops sent to fight in a country", "Russia sent troops to fight in Syria.", ("RUS", "154", "SYR")),
    case(
        "a tank standing for its army",
        "An Israeli tank fired on a UN position in Lebanon.",
        ("ISR", "19", "UN"),
    ),
    case(
        "victims killed in an attack named with its author",
        "Two Ukrainian soldiers were killed in a Russian drone attack.",
        ("RUS", "19", "UKR"),
    ),
    case(
        "victims killed in a strike coded as a noun: one act",
        "Three Palestinians were killed in an Israeli air strike in Gaza.",
        ("ISR", "195", "PSE"),
    ),
    case(
        "an election body barring a candidate of its own country",
        "Venezuela's electoral council barred the opposition leader from the presidential election.",
        ("VEN", "1722", "VEN"),
    ),
    case(
        "a name the tagger took for an adverb before its verb",
        "Baerbock criticised Nigeria on Monday.",
        ("DEU", "111", "NGA"),
    ),
    case(
        "a decision by someone to act, and the condemnation it drew",
        "The decision by Niger's junta to expel the French ambassador drew condemnation from the European"
        " Union.",
        ("NER", "174", "FRA"),
        ("EU", "111", "NER"),
    ),
    case(
        "talks held before an intent, by the intent's two sides",
        "Azerbaijan and Armenia agreed to draft a treaty after talks in Brussels.",
        ("AZE", "030", "ARM"),
        ("ARM", "030", "AZE"),
        ("AZE", "046", "ARM"),
        ("ARM", "046", "AZE"),
    ),
    case(
        "a summing-up apposition the parser hangs on the subject",
        "Niger's junta ordered French troops to leave the country, a decision Paris called unacceptable.",
        ("NER", "174", "FRA"),
        ("FRA", "111", "NER"),
    ),
    case(
        "a mediator hyphened to its participle",
        "Armenia and Azerbaijan signed a Russian-brokered agreement on Tuesday.",
        ("ARM", "057", "AZE"),
        ("AZE", "057", "ARM"),
        ("RUS", "045", "ARM"),
        ("RUS", "045", "AZE"),
    ),
    case(
        "a vow told in a clause: what the speaker says it will do",
        "Iran vowed on Friday that it would retaliate against Israel.",
        ("IRN", "138+", "ISR"),
    ),
    case(
        "a vow in a clause to respond: the target is who acted against the speaker",
        "Israeli jets struck an air base near Isfahan on Thursday. Iran's president vowed on Friday that"
        " Tehran would respond at a time of its choosing.",
        ("ISR", "19", "IRN"),
        ("IRN", "138+", "ISR"),
    ),
    case(
        "a warning in a clause to respond to any attack, after an attack",
        "Protesters attacked the French embassy in Niamey on Thursday, and France warned the same day that it"
        " would respond firmly to any attack on its diplomats.",
        ("NER", "145", "FRA"),
        ("FRA", "138+", "NER"),
    ),
    case(
        "a promise in a clause of an act that is no threat is an intent",
        "Japan promised on Friday that it would send emergency aid to Nepal.",
        ("JPN", "033", "NPL"),
    ),
    case(
        "measures promised in response are a threat aimed at whom the speaker answers",
        "China raised tariffs on Spanish olives, and Madrid promised forceful measures in response.",
        ("CHN", "163", "ESP"),
        ("ESP", "131", "CHN"),
    ),
    case(
        "unnamed steps announced in response are a threat",
        "The United States imposed sanctions on Turkey's arms agency on Monday, and Ankara said it would take"
        " the necessary steps in response.",
        ("USA", "163", "TUR"),
        ("TUR", "131", "USA"),
    ),
    case(
        "countermeasures taken in response are an act, not a threat",
        "China halted imports of Lithuanian beef, and Lithuania took countermeasures in response.",
        ("CHN", "163", "LTU"),
        ("LTU", "160", "CHN"),
    ),
    case(
        "demonstrators attacking an embassy riot; they wage no war",
        "Demonstrators attacked the Danish embassy in Tehran on Thursday.",
        ("IRN", "145", "DNK"),
    ),
    case(
        "a call by telephone: the partner's phrase hangs on the means",
        "Modi spoke by telephone with Nepal's prime minister on Friday.",
        ("IND", "041", "NPL"),
        ("NPL", "041", "IND"),
    ),
    case(
        "the purpose of a call is aimed at its partner",
        "India's prime minister telephoned Nepal's president on Friday to offer his condolences.",
        ("IND", "041", "NPL"),
        ("NPL", "041", "IND"),
        ("IND", "018", "NPL"),
    ),
    case(
        "a deal announced by two governments is an agreement between them",
        "Washington and Berlin announced a deal on Friday over the disputed gas pipeline.",
        ("USA", "057", "DEU"),
        ("DEU", "057", "USA"),
    ),
    case(
        "a summit between the two leaders called off",
        "The White House on Friday called off a summit between the US president and Vladimir Putin.",
        ("USA", "164|125|160", "RUS"),
    ),
    case(
        "police officers landing abroad are a deployment, not a visit",
        "The first 400 Kenyan police officers landed in Port-au-Prince on Friday to help Haiti's police.",
        ("KEN", "074", "HTI"),
    ),
    case(
        "a minister landing abroad visits",
        "The US secretary of state landed in Tel Aviv on Friday.",
        ("USA", "042", "ISR"),
    ),
    case(
        "aircraft landing abroad are no visit: the relief they carry is aid",
        "Indian air force planes carrying relief supplies landed in Kathmandu on Friday.",
        ("IND", "073", "NPL"),
    ),
    case(
        "a foreign boat sunk by a coast guard",
        "Argentina's coast guard sank a Chinese fishing trawler off Patagonia on Friday.",
        ("ARG", "190", "CHN"),
    ),
    case(
        "'it' bearing a feeling is the speaker, and the speaker of the coordinated appeal",
        "Beijing said it was seriously concerned and asked Buenos Aires to investigate the sinking.",
        ("CHN", "020", "ARG"),
    ),
    case(
        "persona non grata, which the tagger takes for a verb",
        "Belgium declared the Rwandan ambassador persona non grata on Friday.",
        ("BEL", "174", "RWA"),
    ),
    case(
        "a decision called disproportionate, the object hung on the predicate",
        "Belgium called Rwanda's decision disproportionate on Friday.",
        ("BEL", "111", "RWA"),
    ),
    case(
        "'the decision' judged names the act just told, whatever its kind",
        "Argentina seized a stake in an oil company from Spain's Repsol on Thursday. Madrid called the"
        " decision hostile on Friday.",
        ("ARG", "1711", "ESP"),
        ("ESP", "111", "ARG"),
    ),
    case(
        "'the designation' denounced names the listing just told",
        "Washington put Cuba back on its list of state sponsors of terrorism on Monday. Havana denounced the"
        " designation as political opportunism.",
        ("USA", "172", "CUB"),
        ("CUB", "111", "USA"),
    ),
    case(
        "'the suspension' condemned names the measure just told",
        "Turkey suspended all trade with Israel on Thursday. Israel condemned the suspension.",
        ("TUR", "16+", "ISR"),
        ("ISR", "111", "TUR"),
    ),
    case(
        "no state expels its own envoys: 'its diplomats' are the other side's",
        "Rwanda broke off relations with Belgium on Friday and gave its diplomats 48 hours to leave.",
        ("RWA", "161", "BEL"),
        ("RWA", "174", "BEL"),
    ),
    case(
        "Brussels is Belgium's government when the story names Belgium and not the EU",
        "Rwanda broke off relations with Belgium on Friday, accusing Brussels of taking sides in Congo.",
        ("RWA", "161", "BEL"),
        ("RWA", "112", "BEL"),
    ),
    case(
        "Brussels is the EU when the story names no Belgium",
        "Hungary accused Brussels of blackmail on Friday.",
        ("HUN", "112", "EU"),
    ),
    case(
        "two parties agreeing to ease measures on each other: the easing decided, each to the other",
        "The United States and the European Union agreed on Friday to suspend their tariffs for five years.",
        ("USA", "085|0354", "EU"),
        ("EU", "085|0354", "USA"),
    ),
    case(
        "a telegram of congratulations sent",
        "Putin sent the US president-elect a telegram of congratulations on Friday.",
        ("RUS", "051", "USA"),
    ),
    case(
        "a message of condolence sent",
        "Xi sent the Turkish president a message of condolence on Friday.",
        ("CHN", "018", "TUR"),
    ),
    case(
        "recognition switched from one capital to another: ties with the first are cut",
        "Kiribati switched diplomatic recognition from Taipei to Beijing on Friday.",
        ("KIR", "054", "CHN"),
        ("KIR", "161", "TWN"),
    ),
    case(
        "on a state visit: the visitor is whom the phrase describes",
        "The Chinese premier, on a state visit to Germany, met the German chancellor on Friday.",
        ("CHN", "042", "DEU"),
        ("CHN", "040|046", "DEU"),
        ("DEU", "040|046", "CHN"),
    ),
    case(
        "on the first day of a state visit: the visitor is the clause's subject, the place its host",
        "The Dutch king apologised on Friday, speaking in Jakarta on the first day of a state visit.",
        ("NLD", "042", "IDN"),
    ),
    case(
        "a resignation at home answers no foreign act told before it",
        "Mexico granted asylum to the former Bolivian president on Friday, a day after he resigned under"
        " pressure from the army.",
        ("MEX", "075", "BOL"),
        ("BOL", "0831", None),
    ),
    case(
        "a guest received at the airport by the host came: a visit",
        "The Indian prime minister was received at Kigali airport by President Paul Kagame on Friday.",
        ("RWA", "043", "IND"),
        ("IND", "042", "RWA"),
    ),
    case(
        "a pipeline two leaders inaugurate in one's country: cooperation, and the other's visit",
        "Vladimir Putin and Recep Tayyip Erdogan inaugurated a gas pipeline at a ceremony in Istanbul on"
        " Friday.",
        ("RUS", "061", "TUR"),
        ("TUR", "061", "RUS"),
        ("RUS", "042", "TUR"),
    ),
    case(
        "a deal signed in one side's capital: the other side came",
        "The Chinese president signed a gas deal with Vladimir Putin in Moscow on Friday.",
        ("CHN", "057", "RUS"),
        ("RUS", "057", "CHN"),
        ("CHN", "042", "RUS"),
    ),
    case(
        "a deal signed in a third country implies no visit to either side",
        "Armenia and Azerbaijan signed a peace deal in Washington on Friday.",
        ("ARM", "057", "AZE"),
        ("AZE", "057", "ARM"),
    ),
    case(
        "a guest welcomed with an honour guard: the host acts, the guest visits",
        "Vladimir Putin was welcomed with an honour guard in Ulaanbaatar on Friday by the Mongolian"
        " president.",
        ("MNG", "043", "RUS"),
        ("RUS", "042", "MNG"),
    ),
    case(
        "saying a state shares responsibility for crimes accuses it",
        "Ukraine's foreign ministry said Mongolia shared responsibility for the war crimes.",
        ("UKR", "112", "MNG"),
    ),
    case(
        "saying an accord threatens one's security criticises both its parties",
        "Washington and Berlin announced a deal on the pipeline on Thursday. Ukraine said on Friday that the"
        " agreement threatened its security.",
        ("USA", "057", "DEU"),
        ("DEU", "057", "USA"),
        ("UKR", "111", "USA"),
        ("UKR", "111", "DEU"),
    ),
    case(
        "a deal announced by one side, in a sentence whose place is another clause's: no visit",
        "Armenia and Azerbaijan signed a peace deal on Thursday. Protesters stormed the parliament in Yerevan"
        " after the Armenian prime minister announced the deal.",
        ("ARM", "057", "AZE"),
        ("AZE", "057", "ARM"),
        ("ARM", "145", "ARM"),
    ),
    case(
        "taking issue with a leader criticises him; two names with possessives coordinated",
        "Chile's Gabriel Boric and Uruguay's Luis Lacalle Pou took issue on Friday with Lula.",
        ("CHL", "111", "BRA"),
        ("URY", "111", "BRA"),
    ),
    case(
        "the Security Council ending a peacekeeping mission withdraws the peacekeepers",
        "The UN Security Council voted on Friday to end its peacekeeping mission in Mali.",
        ("UN", "1661", "MLI"),
    ),
    case(
        "a host asking a mission out of its own land expels it",
        "Mali asked the UN Security Council to withdraw its peacekeeping mission from the country.",
        ("MLI", "1661", "UN"),
    ),
    case(
        "a peacekeeping mission withdrawn withdraws peacekeepers",
        "The UN withdrew its peacekeeping mission from Mali.",
        ("UN", "1661", "MLI"),
    ),
    case(
        "an observer mission withdrawn",
        "The UN withdrew its observer mission from Syria.",
        ("UN", "1662", "SYR"),
    ),
    case(
        "a ruling one cannot accept is rejected, aimed at its author",
        "A South Korean court on Thursday ordered Japan to pay compensation to 12 women. Japan said on Friday"
        " it could not accept the ruling.",
        ("KOR", "100", "JPN"),
        ("JPN", "120", "KOR"),
    ),
    case(
        "a ruling accepted is accord",
        "Japan accepted the South Korean court's ruling on Friday.",
        ("JPN", "019", "KOR"),
    ),
    case(
        "quitting a UN body",
        "Russia quit the UN Human Rights Council on Friday.",
        ("RUS", "160", "UN"),
    ),
    case(
        "an accord named after a city names no party: leaving it has no target",
        "The United States left the Paris climate agreement on Friday.",
    ),
    case(
        "asylum granted with no agent named is the host state's",
        "The deposed Syrian president was granted asylum in Moscow on Friday.",
        ("RUS", "075", "SYR"),
    ),
    case(
        "forces leaving a country withdraw",
        "The last French soldiers left Mali on Friday.",
        ("FRA", "0874", "MLI"),
    ),
    case(
        "a leader leaving a country only departs",
        "The French president left Mali on Friday.",
    ),
    case(
        "talks 'with' a party that the reporter tells are the reporter's own",
        "Egypt said on Friday that the talks with Ethiopia had ended without agreement.",
        ("EGY", "046", "ETH"),
        ("ETH", "046", "EGY"),
    ),
    case(
        "a participle of speech after a reported clause with no actor for subject is the speaker's",
        "Egypt said on Friday that three days of talks had ended without agreement, accusing Ethiopia of"
        " rejecting every proposal.",
        ("EGY", "112", "ETH"),
    ),
    case(
        "a participle of force after a report stays its clause's",
        "Insurgents shelled the city overnight, killing eight people, Syrian state media reported on Friday.",
    ),
    case(
        "a minister sent to a capital visits",
        "Mexico's president sent his foreign minister to Washington on Friday to negotiate.",
        ("MEX", "042", "USA"),
    ),
    case(
        "asylum granted where a leader fled: the state of that place",
        "The deposed Syrian president fled to Moscow, where he and his family were granted asylum on Friday.",
        ("RUS", "075", "SYR"),
    ),
    case(
        "sanctions that 'target' exports are sanctions, not an attack",
        "The sanctions, announced by Washington on Friday, target Iranian oil exports.",
        ("USA", "163", "IRN"),
    ),
    case(
        "force a state reports, its clause naming no target, was used against that state",
        "Pakistan's army said on Friday that Indian troops opened fire along the border.",
        ("IND", "193", "PAK"),
    ),
    case(
        "rockets a state says were fired from a neighbour: the neighbour's attack on it",
        "Israel said rockets were fired from Lebanon on Friday.",
        ("LBN", "194", "ISR"),
    ),
    case(
        "a place captured near a border, a neighbour's police reporting: no attack on the neighbour",
        "Burmese troops captured part of a Karen rebel stronghold on the Thai border on Friday, Thai police"
        " said.",
        ("MMR", "192", "MMR"),
        gap="the Karen rebels' stronghold is not placed in Myanmar, so the capture gets no target",
    ),
    case(
        "force reported with a pronoun for its object names no victim",
        "The United States said on Friday that the militias had attacked themselves.",
    ),
    case(
        "an ambassador summoned to a foreign ministry, no agent named: the ministry's state summons",
        "The US ambassador to Moscow was summoned to the Russian foreign ministry on Friday.",
        ("RUS", "114", "USA"),
    ),
    case(
        "a hospital funded abroad is economic aid",
        "Norway funded a new hospital in Gaza on Friday.",
        ("NOR", "071", "PSE"),
    ),
    case(
        "a pledge to help fund: the pledge governs the act helped",
        "Germany pledged on Friday to help fund green energy projects in Ukraine.",
        ("DEU", "0331", "UKR"),
    ),
    case(
        "a dual national freed by one of its states: the other nationality",
        "Iran freed a British-Iranian aid worker on Friday.",
        ("IRN", "0841", "GBR"),
    ),
    case(
        "a dual national detained: the nationality that is not the detaining state's",
        "China detained an Australian-Chinese writer on Friday.",
        ("CHN", "173", "AUS"),
    ),
    case(
        "regretting one's remarks about a leader",
        "The Philippine president said on Friday he regretted his remarks about the US president.",
        ("PHL", "055", "USA"),
    ),
    case(
        "warplanes landing abroad are no visit",
        "Two Russian strategic bombers landed in Venezuela on Friday.",
    ),
    case(
        "a meeting that 'no' denies took place is no event",
        "No formal meeting between the defence chiefs of China and the United States has taken place on the"
        " sidelines of the forum, officials said on Friday.",
    ),
    case(
        "what a treaty never signed would have done is no event",
        "Japan and Russia have never signed a peace treaty formally ending their wartime hostilities.",
    ),
    case(
        "a clause after 'a day after' keeps its subject, which the parser took for the preposition's object",
        "Israeli jets struck the port of Hodeidah in Yemen on Friday, a day after a Houthi drone hit Tel"
        " Aviv.",
        ("ISR", "19", "YEM"),
        ("YEM", "19", "ISR"),
    ),
    case(
        "a decision to recognise a state is the recognition",
        "Jamaica has decided to recognise the State of Palestine, its foreign minister said on Friday.",
        ("JAM", "054", "PSE"),
    ),
    case(
        "a decision to restore ties is one side's: an intent, not the other side's act",
        "Bahrain decided on Friday to restore relations with Qatar.",
        ("BHR", "032", "QAT"),
    ),
    case(
        "a state admitted as a member of a body, no agent named: the body admits it",
        "East Timor was admitted on Friday as the eleventh member of ASEAN.",
        ("ASEAN", "057", "TLS"),
    ),
    case(
        "a stand-by arrangement approved by the IMF is economic aid",
        "The International Monetary Fund approved a $3 billion stand-by arrangement for Pakistan on Friday.",
        ("IMF", "071", "PAK"),
    ),
    case(
        "ties a state says it will lower: the act announced",
        "Latvia said on Friday it would lower ties with Moscow in solidarity.",
        ("LVA", "161", "RUS"),
    ),
    case(
        "a complaint to the Security Council, no accused named: whoever just acted against the complainant",
        "Iranian missiles hit Erbil on Thursday. Baghdad said on Friday it would file a complaint with the UN"
        " Security Council.",
        ("IRN", "19", "IRQ"),
        ("IRQ", "115", "IRN"),
    ),
    case(
        "duties challenged at the WTO",
        "The European Commission challenged China's brandy duties at the World Trade Organization on Friday.",
        ("EU", "115", "CHN"),
    ),
    case(
        "an order to cut a foreign embassy's staff is an expulsion",
        "Moldova ordered Russia on Friday to cut its embassy staff in Chisinau by 45 people.",
        ("MDA", "174", "RUS"),
    ),
    case(
        "a national of a state serving a body: the state",
        "Iran freed a Swedish EU diplomat on Friday.",
        ("IRN", "0841", "SWE"),
    ),
    case(
        "a state's envoy to a body is the state's",
        "Russia's UN envoy criticised Britain on Friday.",
        ("RUS", "111", "GBR"),
    ),
    case(
        "a national envoy to a body is the state's",
        "The Russian UN ambassador criticised Britain on Friday.",
        ("RUS", "111", "GBR"),
    ),
    case(
        "an envoy of a body, no state named, is the body's",
        "A UN envoy visited Kabul on Friday.",
        ("UN", "042", "AFG"),
    ),
    case(
        "'unfriendly' the tagger takes for an adverb still judges what is called so",
        "Moldova expelled 45 Russian diplomats on Thursday. The Russian foreign ministry called the decision"
        " unfriendly on Friday.",
        ("MDA", "174", "RUS"),
        ("RUS", "111", "MDA"),
    ),
    case(
        "'them' accused after sanctions on officials: the officials, not the sanctions",
        "The US imposed sanctions on two Cambodian officials on Friday, accusing them of corruption.",
        ("USA", "163", "KHM"),
        ("USA", "112+", "KHM"),
    ),
    case(
        "an agreement welcomed: the ceasefire two sides agreed to",
        "Thailand and Cambodia agreed to a ceasefire on Thursday. Malaysia welcomed the agreement on Friday.",
        ("THA", "0871", "KHM"),
        ("KHM", "0871", "THA"),
        ("MYS", "051", "THA"),
        ("MYS", "051", "KHM"),
    ),
    case(
        "'the deal' after sanctions eased names no easing of sanctions",
        "Washington eased sanctions on Venezuela on Friday, a day after President Nicolas Maduro's government"
        " and the opposition signed a deal in Barbados.",
        ("USA", "085", "VEN"),
        ("VEN", "057", "VEN"),
    ),
    case(
        "who is sentenced may be named by nationality alone",
        "A British court sentenced a Russian spy to ten years in prison on Friday.",
        ("GBR", "116", "RUS"),
    ),
    case(
        "measures promised with no one answered are no event",
        "The government promised new measures to help farmers hit by the drought.",
    ),
    # --- ninth session: sets R and S read for misses ---
    case(
        "an act done 'without' is not done",
        "The two leaders cut short their summit in Hanoi on Thursday without reaching an agreement.",
    ),
    case(
        "'agreed a deal': agreeing an accord is concluding it",
        "Britain and the European Union agreed a new Brexit deal on Thursday.",
        ("GBR", "057", "EU"),
        ("EU", "057", "GBR"),
    ),
    case(
        "'the two sides signed documents': accords signed",
        "The Uzbek president held talks with the Tajik president in Dushanbe on Friday, after which the two"
        " sides signed two dozen documents.",
        ("UZB", "04+", "TJK"),
        ("TJK", "04+", "UZB"),
        ("UZB", "057", "TJK"),
        ("TJK", "057", "UZB"),
    ),
    case(
        "a telephone call received from another is a call between both",
        "The Saudi crown prince received a telephone call on Wednesday from the Iranian president.",
        ("SAU", "041", "IRN"),
        ("IRN", "041", "SAU"),
    ),
    case(
        "'sat down with': a meeting",
        "The Colombian president sat down with the Venezuelan president in Caracas on Tuesday.",
        ("COL", "042", "VEN"),
        ("COL", "040", "VEN"),
        ("VEN", "040", "COL"),
    ),
    case(
        "a meeting that only tells when an expected act would happen is not told as done",
        "The US and Russian presidents are expected to discuss arms control when they meet in Geneva"
        " this week.",
    ),
    case(
        "'its eighth veto': an act in apposition is owned by its clause's subject",
        "Russia vetoed a Security Council draft on Wednesday that would have required Syria to cooperate with"
        " an inquiry, its eighth veto to shield Damascus since 2011.",
        ("RUS", "129", "UN"),
    ),
    case(
        "warnings defied are aimed at whoever gave them",
        "North Korea carried out a nuclear test on Monday, defying warnings from the UN Security Council.",
        ("PRK", "128", "UN"),
    ),
    case(
        "a deadline ignored is a refusal to yield",
        "Russia ignored Britain's deadline on Wednesday.",
        ("RUS", "124", "GBR"),
    ),
    case(
        "an official shot dead by a policeman is assassinated",
        "Russia's ambassador to Turkey was shot dead by a Turkish policeman in Ankara on Monday.",
        ("TUR", "186", "RUS"),
    ),
    case(
        "those shot dead who hold no office are fought with small arms",
        "Turkish border guards shot dead two Syrian migrants on Monday.",
        ("TUR", "193", "SYR"),
    ),
    case(
        "a noun after an infinitive is no object of the verb: the intent stands",
        "Qatar agreed on Tuesday to supply Germany with liquefied natural gas for 15 years, Berlin's first"
        " long-term deal of the kind.",
        ("QAT", "03+", "DEU"),
    ),
    case(
        "a conjunct hung on a reported clause that would act on its own side is the reporter's",
        "Washington imposed sanctions on the Sudanese army chief on Thursday, nine days after it determined"
        " that the Rapid Support Forces had committed genocide and blacklisted their commander.",
        ("USA", "163", "SDN"),
        ("USA", "112+", "SDN"),
    ),
    case(
        "a minister unknown to the knowledge base is of the state its words say is disappointed",
        "China imposed duties on Australian barley on Monday. Trade Minister Simon Birmingham said Canberra"
        " was deeply disappointed.",
        ("CHN", "163", "AUS"),
        ("AUS", "111", "CHN"),
    ),
    case(
        "an ambassador asking her own government is no appeal between actors",
        "The Russian ambassador said she would ask Moscow to consider shutting the embassy in Sofia.",
    ),
    case(
        "people seized by an armed group are abducted; an appeal for their release is aimed at the captors",
        "Taliban fighters seized 23 South Korean volunteers in Ghazni province on Thursday. The South Korean"
        " government appealed for their safe release.",
        ("AFG", "181", "KOR"),
        ("KOR", "0253", "AFG"),
    ),
    case(
        "declining to comment answers whoever just acted against the one who declines",
        "President Hassan Rouhani blamed Israel on Saturday for the killing of the scientist. Israel's"
        " government declined to comment.",
        ("IRN", "112+", "ISR"),
        ("ISR", "011", "IRN"),
    ),
    case(
        "an act made by telephone is told with the call between the two",
        "Chancellor Angela Merkel complained to President Barack Obama by telephone on Wednesday.",
        ("DEU", "11+", "USA"),
        ("DEU", "041", "USA"),
        ("USA", "041", "DEU"),
    ),
    case(
        "a body's vote judged is judged in the body",
        "The UN General Assembly demanded on Wednesday that Israel withdraw. Israel's envoy called the vote a"
        " disgraceful decision.",
        ("UN", "10+", "ISR"),
        ("ISR", "111", "UN"),
    ),
    case(
        "forces sent 'to respond' are deployed against whoever the response answers",
        "China began large-scale drills around Taiwan on Thursday. Taipei condemned the exercises and sent"
        " naval, air and ground forces to respond.",
        ("CHN", "15+", "TWN"),
        ("TWN", "111", "CHN"),
        ("TWN", "154", "CHN"),
    ),
    case(
        "force used after crossing into a land is used on its state",
        "Hezbollah guerrillas crossed into northern Israel on Wednesday and captured two soldiers.",
        ("LBN", "181", "ISR"),
    ),
    case(
        "a pilot's nationality carries to 'his' jet",
        "An Indian air force pilot was captured on Wednesday. The pilot was taken prisoner after Pakistan"
        " shot down his fighter jet over Kashmir.",
        ("PAK", "190", "IND"),
    ),
    case(
        "a visit to a city is a visit to its state; a wreath laid there honours the host",
        "Barack Obama on Friday became the first sitting U.S. president to visit Hiroshima, laying a wreath"
        " at the memorial to the victims of the atomic bomb.",
        ("USA", "042", "JPN"),
        ("USA", "017", "JPN"),
    ),
    case(
        "'warned that the group would pay': a threat to the group",
        "Israeli Prime Minister Benjamin Netanyahu said on Sunday that Hamas gunmen had abducted three"
        " Israeli teenagers, and warned that the group would pay.",
        ("PSE", "181", "ISR"),
        ("ISR", "112", "PSE"),
        ("ISR", "138", "PSE"),
    ),
    case(
        "paying something is no threat",
        "The Israeli prime minister said Germany would pay compensation to the families.",
    ),
    case(
        "a demand naming no one is made of whoever just acted against the one demanding",
        "Iran admitted on Saturday that its military had shot down a Ukrainian airliner. Ukraine's president"
        " demanded a full admission of guilt and compensation.",
        ("IRN", "015", "UKR"),
        ("IRN", "19+", "UKR"),
        ("UKR", "10+", "IRN"),
    ),
    case(
        "a gerund stopped is the act: 'agreed to stop firing' is a ceasefire",
        "India and Pakistan agreed on Saturday to stop firing.",
        ("IND", "0871", "PAK"),
        ("PAK", "0871", "IND"),
    ),
    case(
        "a modifier coordinated with another is a noun of its own: 'all firing and military action'",
        "India and Pakistan agreed on Saturday to stop all firing and military action on land and at sea.",
        ("IND", "0871", "PAK"),
        ("PAK", "0871", "IND"),
    ),
    case(
        "'the leaders' after two named are the two",
        "Erdogan met Sisi in Cairo on Wednesday. The leaders discussed the war in Gaza.",
        ("TUR", "042", "EGY"),
        ("TUR", "040", "EGY"),
        ("EGY", "040", "TUR"),
    ),
    case(
        "an ambassador reprimanded is summoned",
        "The Israeli foreign minister reprimanded Brazil's ambassador on Monday.",
        ("ISR", "114", "BRA"),
    ),
    case(
        "an order or medal awarded honours its holder",
        "The Kazakh president awarded the Chinese president the country's highest order on Wednesday.",
        ("KAZ", "051", "CHN"),
    ),
    case(
        "an order awarded to 'his guest': whom the host received",
        "Xi arrived in Astana and was met by Tokayev, who later awarded his guest the country's highest"
        " order.",
        ("CHN", "042", "KAZ"),
        ("KAZ", "043", "CHN"),
        ("KAZ", "051", "CHN"),
    ),
    case(
        "an order awarded, the two-word name the parser hangs on it",
        "Tokayev awarded Xi Jinping the country's highest order.",
        ("KAZ", "051", "CHN"),
    ),
    case(
        "'a charge Kigali denied': the accusation summed up is told, and the denial answers it",
        "Kinshasa accused neighbouring Rwanda of backing the insurgents, a charge Kigali denied.",
        ("COD", "112", "RWA"),
        ("RWA", "016", "COD"),
    ),
    case(
        "an agreement revoked is aimed at the party the agreement's participle names",
        "Niger's military government revoked on Saturday an agreement allowing U.S. troops on its soil.",
        ("NER", "16+", "USA"),
    ),
    case(
        "the owner of a spokesman who speaks after the words is the subject of the words",
        "Niger's government revoked the agreement on Saturday, its spokesman said, accusing a visiting"
        " American delegation of a condescending attitude.",
        ("NER", "112", "USA"),
    ),
    case(
        "'told the council in New York': a body where it met is the body named before",
        "The UN Security Council voted on Friday to end its mission in Mali, two weeks after the Malian"
        " foreign minister told the council in New York to withdraw the force.",
        ("UN", "16+", "MLI"),
        ("MLI", "10+", "UN"),
    ),
    case(
        "'the heads of the two countries' services' act for the two",
        "Kyrgyzstan accused Tajikistan of attacking its villages. The heads of the two countries' security"
        " services signed a ceasefire later in the day.",
        ("KGZ", "112", "TJK"),
        ("KGZ", "0871", "TJK"),
        ("TJK", "0871", "KGZ"),
    ),
    case(
        "a truce two sides observe is each one's",
        "India and Pakistan agreed to strictly observe the ceasefire along the Line of Control.",
        ("IND", "0871", "PAK"),
        ("PAK", "0871", "IND"),
    ),
    case(
        "a verb of saying coordinated inside the reported clause is the speaker's",
        "North Korea blew up the liaison office on Tuesday. Seoul said the North would bear full"
        " responsibility and warned that it would respond strongly.",
        ("KOR", "11+", "PRK"),
        ("KOR", "138", "PRK"),
    ),
    case(
        "warplanes strike from the air; a retaliation with weapons is force against whom it names",
        "Pakistani warplanes struck hideouts in Afghanistan's Khost province on Monday, and Afghan forces"
        " retaliated with heavy weapons against Pakistani military posts.",
        ("PAK", "195", "AFG"),
        ("AFG", "19+", "PAK"),
    ),
    case(
        "a missile fired over a country is a show of force against it",
        "North Korea fired a ballistic missile over Japan on Tuesday, prompting Tokyo to tell residents in"
        " the north to take cover.",
        ("PRK", "150", "JPN"),
    ),
    case(
        "'placed under sanctions'",
        "The Bosnian Serb leader Milorad Dodik was placed under U.S. sanctions on Wednesday.",
        ("USA", "163", "BIH"),
    ),
    case(
        "agreeing not to use force against each other is a pledge to each other",
        "Venezuela's Nicolas Maduro and Guyana's Irfaan Ali agreed on Thursday not to threaten or use force"
        " against each other, after a meeting on the island of St Vincent.",
        ("VEN", "03+", "GUY"),
        ("GUY", "03+", "VEN"),
        ("VEN", "04+", "GUY"),
        ("GUY", "04+", "VEN"),
    ),
    case(
        "what a court sentences someone for is a charge, not an act told",
        "Two Russian officers were sentenced in absentia on Thursday by a court in Montenegro for plotting to"
        " overthrow the government to stop the country joining NATO.",
        ("MNE", "116", "RUS"),
    ),
    case(
        "wars counted are a history, not an act",
        "Armenia and Azerbaijan, which fought two wars over Nagorno-Karabakh, still have no diplomatic"
        " relations.",
    ),
    case(
        "troops flown into a country are deployed there",
        "Russia began flying paratroopers into Kazakhstan on Thursday.",
        ("RUS", "154", "KAZ"),
    ),
    case(
        "a summit still ahead is not told as held",
        "Guyana and Venezuela traded accusations ahead of a meeting in St Vincent.",
        ("GUY", "112", "VEN"),
        ("VEN", "112", "GUY"),
    ),
    case(
        "a group linked to a named one is of the state where the phrase places it",
        "A French aid worker held by an al Qaeda-linked group in northern Mali was freed on Thursday. Her"
        " captors handed her over in Kidal.",
        ("MLI", "0841", "FRA"),
    ),
    case(
        "an aid worker's arrival is no state visit",
        "A French aid worker arrived in Bamako on Thursday.",
    ),
    case(
        "force a state says another had used against it is also its charge against that other",
        "Vietnam said on Wednesday that Chinese ships had rammed and fired water cannon at its vessels near"
        " the Paracel Islands.",
        ("CHN", "17+|19+", "VNM"),
        ("VNM", "112", "CHN"),
    ),
    case(
        "a report of fact ('..., the U.S. military said') is no charge",
        "Al Shabaab militants stormed an airstrip at Manda Bay on Sunday, killing a U.S. soldier, the U.S."
        " military said.",
        ("SOM", "19+|18+", "USA"),
    ),
    case(
        "'military rulers' govern; hours given to an envoy named in apposition are an expulsion",
        "Niger's military rulers on Friday gave the French ambassador, Sylvain Itte, 48 hours to leave the"
        " country.",
        ("NER", "174", "FRA"),
    ),
    case(
        "what a participle says of a thing an act only due is about is not told",
        "Israel and the United Arab Emirates are due to sign an accord normalising their relations at a White"
        " House ceremony on Tuesday hosted by President Donald Trump.",
    ),
    case(
        "pulling a state out of a body is leaving the body",
        "President Donald Trump signed an executive order on Monday to pull the United States out of the"
        " World Health Organization.",
        ("USA", "160", "WHO"),
    ),
    case(
        "a terrorist designation a government says it will revoke is revoked by the decision told",
        "Secretary of State Antony Blinken said on Friday that Washington would revoke the designation of"
        " Yemen's Houthi movement as a foreign terrorist organisation.",
        ("USA", "081", "YEM"),
    ),
    case(
        "what an alleged act is for is alleged with it",
        "Morocco cut ties with Iran on Tuesday, accusing Tehran of using Hezbollah to train and arm the"
        " Polisario Front.",
        ("MAR", "161", "IRN"),
        ("MAR", "112+", "IRN"),
    ),
    case(
        "a body's decision to lift sanctions is the lifting; the sanctions lifted are not imposed",
        "European Union foreign ministers agreed on Tuesday to lift the bloc's remaining economic sanctions"
        " on Syria.",
        ("EU", "085", "SYR"),
    ),
    case(
        "a refusal to apologise for one's own raid is made to whoever asked",
        "Turkey demanded that Israel apologise for the raid. Israel refused to apologise for its deadly"
        " raid.",
        ("TUR", "10+", "ISR"),
        ("ISR", "12+", "TUR"),
    ),
    case(
        "a parliament votes to ratify a court's statute",
        "Armenia's parliament voted on Tuesday to ratify the founding statute of the International Criminal"
        " Court.",
        ("ARM", "057", "ICC"),
    ),
    case(
        "'warned of a reciprocal response': a threat to whoever acted against the speaker",
        "Australia expelled Iran's ambassador on Tuesday, and Iran's foreign ministry warned of a reciprocal"
        " response.",
        ("AUS", "174", "IRN"),
        ("IRN", "13+", "AUS"),
    ),
    case(
        "banks cut off SWIFT and assets paralysed are sanctions, decided when agreed",
        "The United States, Britain and Canada agreed on Saturday to cut selected Russian banks off the SWIFT"
        " payments system and to paralyse the assets of Russia's central bank.",
        ("USA", "163", "RUS"),
        ("GBR", "163", "RUS"),
        ("CAN", "163", "RUS"),
    ),
    case(
        "an exchange coordinated is mediated",
        "Russia freed U.S. reporter Evan Gershkovich on Thursday in a prisoner swap. Turkey's intelligence"
        " agency said it had coordinated the exchange at Ankara airport.",
        ("RUS", "0841", "USA"),
        ("TUR", "045", "RUS"),
        ("TUR", "045", "USA"),
    ),
    case(
        "strikes called off are not used, and no strike of workers is called off",
        "Trump said on Friday he had called off strikes on three Iranian sites.",
    ),
    case(
        "pulling a state out of a deal with another is leaving the deal",
        "President Donald Trump pulled the United States out of the nuclear deal with Iran on Tuesday.",
        ("USA", "160", "IRN"),
    ),
    case(
        "a verb coordinated inside a reported clause whose subject there is no actor is the speaker's",
        "China fired missiles around Taiwan on Thursday. Japan said five of the missiles had landed in its"
        " exclusive economic zone and lodged a protest with Beijing.",
        ("JPN", "114", "CHN"),
    ),
    case(
        "quitting a deal with another is leaving it",
        "Russia said on Monday it was quitting the Black Sea grain deal with Ukraine.",
        ("RUS", "160", "UKR"),
    ),
    case(
        "'warned that it would have everlasting consequences' is a threat",
        "U.S. bombers struck Iran's nuclear sites overnight. Iran's foreign minister called the attack"
        " outrageous and warned that it would have everlasting consequences.",
        ("USA", "195", "IRN"),
        ("IRN", "111", "USA"),
        ("IRN", "13+", "USA"),
    ),
    case(
        "an act judged before the sentence tells who did it is judged in its doer",
        "China expressed strong dissatisfaction on Sunday over the downing of its airship, a day after an"
        " American fighter shot it down.",
        ("CHN", "11+", "USA"),
        ("USA", "19+", "CHN"),
    ),
    case(
        "what an air strike destroys, the strike does: force, not seizure",
        "An Israeli air strike destroyed Iran's consular building in Damascus on Monday.",
        ("ISR", "195", "IRN"),
    ),
    case(
        "a military operation announced is launched",
        "Russian President Vladimir Putin announced a military operation in Ukraine before dawn on Thursday.",
        ("RUS", "190", "UKR"),
    ),
    case(
        "'rallied behind': support",
        "France rallied behind Ukraine on Friday.",
        ("FRA", "051", "UKR"),
    ),
    case(
        "'their summit' is a meeting of the two; 'the bloc's summit' names no other party",
        "Donald Trump and Kim Jong Un cut short their summit in Hanoi on Thursday.",
        ("USA", "044", "PRK"),
        ("PRK", "044", "USA"),
    ),
    case(
        "one party's own summit names no other",
        "Southeast Asian foreign ministers decided on Friday to exclude Myanmar's junta chief from the bloc's"
        " summit later this month.",
        ("ASEAN", "16+", "MMR"),
    ),
    case(
        "'had been the first to open fire': force said to be used against the speaker is its charge",
        "Dushanbe said Kyrgyz troops had been the first to open fire on its border posts.",
        ("KGZ", "19+", "TJK"),
        ("TJK", "112", "KGZ"),
    ),
    case(
        "'after ten hours of talks': the talks were held, by the clause's subject",
        "Armenia and Azerbaijan agreed to a humanitarian ceasefire on Saturday after more than ten hours of"
        " talks in Moscow.",
        ("ARM", "0871", "AZE"),
        ("AZE", "0871", "ARM"),
        ("ARM", "04+", "AZE"),
        ("AZE", "04+", "ARM"),
    ),
    case(
        "a state's organ after a state and a body named together is the state's",
        "Britain and the European Union imposed new sanctions on Russia on Monday. The foreign ministry also"
        " summoned the Russian ambassador.",
        ("GBR", "163", "RUS"),
        ("EU", "163", "RUS"),
        ("GBR", "114", "RUS"),
    ),
    case(
        "an armed group storming a base assaults whoever uses it",
        "Al Shabaab militants stormed a military airstrip used by U.S. and Kenyan forces at Manda Bay on"
        " Sunday.",
        ("SOM", "190", "USA"),
        ("SOM", "190", "KEN"),
    ),
    case(
        "a body authorising a force protects the state it is to help; the force's task is not done",
        "The UN Security Council on Monday authorised a Kenyan-led multinational force to help Haiti's police"
        " fight armed gangs.",
        ("UN", "074", "HTI"),
    ),
    case(
        "a video call held by two named together is a call between both",
        "Joe Biden and Vladimir Putin held a two-hour video call on Tuesday.",
        ("USA", "041", "RUS"),
        ("RUS", "041", "USA"),
        published="2021-12-08",
    ),
    case(
        "what one leader tells another in a phone call: the call",
        "In a phone call on Friday, the Japanese prime minister told the Indian prime minister that Tokyo"
        " backed the plan.",
        ("JPN", "041", "IND"),
        ("IND", "041", "JPN"),
    ),
    case(
        "a warning given during a video call is the warning and the call",
        "The American president warned the Chinese president during a video call on Monday that there would"
        " be consequences.",
        ("USA", "13+", "CHN"),
        ("USA", "041", "CHN"),
        ("CHN", "041", "USA"),
    ),
    case(
        "two leaders speaking by video link",
        "The French and Indian presidents spoke by video link on Thursday.",
        ("FRA", "041", "IND"),
        ("IND", "041", "FRA"),
    ),
    case(
        "tariffs at a rate on goods from a state",
        "The United States imposed tariffs of 25 percent on steel from Canada and Mexico on Thursday.",
        ("USA", "163", "CAN"),
        ("USA", "163", "MEX"),
    ),
    case(
        "duties at a rate on a state's goods named by its demonym",
        "China slapped anti-dumping duties of 80 percent on Australian barley on Monday.",
        ("CHN", "163", "AUS"),
    ),
    case(
        "a plural office with the two office holders in apposition",
        "The two prime ministers, Vladimir Putin and Yulia Tymoshenko, signed a gas supply contract in Moscow"
        " on Monday.",
        ("RUS", "057", "UKR"),
        ("UKR", "057", "RUS"),
        ("UKR", "042", "RUS"),
        published="2009-01-20",
    ),
    case(
        "naming an act just told, parsed as one noun phrase with its name",
        "Russia cut off gas supplies to Ukraine on Sunday. Kiev called the move political blackmail.",
        ("RUS", "16+", "UKR"),
        ("UKR", "111", "RUS"),
    ),
    case(
        "naming an act just told a theft",
        "The United States seized Afghan central bank reserves on Friday. A Taliban spokesman called it"
        " theft.",
        ("USA", "16+|171", "AFG"),
        ("AFG", "111", "USA"),
    ),
    case(
        "stopping oil supplies to a state is an embargo",
        "Russia has stopped supplying oil to Poland through the Druzhba pipeline, Polish officials said.",
        ("RUS", "163", "POL"),
    ),
    case(
        "lending: an intent when agreed, the euro zone's ministers as the European Union",
        "Euro zone finance ministers and the IMF agreed on Sunday to lend Greece 110 billion euros.",
        ("EU", "0331|071", "GRC"),
        ("IMF", "0331|071", "GRC"),
        published="2010-05-02",
    ),
    case(
        "a share of a state's debt written off is economic aid",
        "Russia agreed on Monday to write off 90 percent of North Korea's Soviet-era debt.",
        ("RUS", "0331|071", "PRK"),
    ),
    case(
        "a programme approved to refinance a state's debt",
        "The IMF board approved on Friday a 44 billion dollar programme to refinance Argentina's debt.",
        ("IMF", "071", "ARG"),
    ),
    case(
        "a hyphenated surname is not a known person of the second name",
        "Iran released British-Iranian aid worker Nazanin Zaghari-Ratcliffe on Wednesday.",
        ("IRN", "0841", "GBR"),
        published="2022-03-16",
    ),
    case(
        "a sentence handed to a foreigner",
        "A Beijing court handed Australian writer Yang Hengjun a suspended death sentence for espionage on"
        " Monday.",
        ("CHN", "116", "AUS"),
    ),
    case(
        "a finite verb the parser coordinates with an infinitive is the main verb's",
        "Iraq ordered the Swedish ambassador to leave and recalled its charge d'affaires from Stockholm.",
        ("IRQ", "174", "SWE"),
        ("IRQ", "161", "SWE"),
    ),
    case(
        "following suit repeats the main clause's first act, not a clause inside it",
        "Saudi Arabia cut diplomatic ties with Iran on Sunday and gave its diplomats 48 hours to leave, after"
        " protesters stormed the Saudi embassy in Tehran. Bahrain followed suit on Monday.",
        ("SAU", "161", "IRN"),
        ("SAU", "174", "IRN"),
        ("IRN", "145|171", "SAU"),
        ("BHR", "161", "IRN"),
    ),
    case(
        "asylum granted to a person the parser reads as a modifier of it",
        "Russia granted an American contractor asylum on Thursday.",
        ("RUS", "075", "USA"),
    ),
    case(
        "an ambassador called home is recalled",
        "Venezuela called its ambassador home from Bogota on Thursday.",
        ("VEN", "161", "COL"),
    ),
    case(
        "an execution called callous",
        "Iran hanged a British-Iranian former official on Saturday. The British prime minister called the"
        " execution callous and cowardly.",
        ("IRN", "18+", "GBR"),
        ("GBR", "111", "IRN"),
    ),
    case(
        "an administration named after its head is the pronoun 'it' of its announcement",
        "The Trump administration said it would impose tariffs on steel from Canada.",
        ("USA", "163", "CAN"),
        published="2018-05-31",
    ),
    case(
        "a credit line extended",
        "India extended a 1 billion dollar credit line to Sri Lanka on Thursday.",
        ("IND", "071", "LKA"),
    ),
    case(
        "aid worth a sum suspended to a state",
        "The United States suspended security assistance worth around 900 million dollars to Pakistan on"
        " Thursday.",
        ("USA", "162|1622", "PAK"),
    ),
    case(
        "duties totalling a rate on a state's goods",
        "China slapped anti-dumping duties totalling 80.5 percent on Australian barley.",
        ("CHN", "163", "AUS"),
    ),
    case(
        "visa services suspended for each other's citizens",
        "The United States and Turkey suspended visa services for each other's citizens on Sunday.",
        ("USA", "172", "TUR"),
        ("TUR", "172", "USA"),
    ),
    case(
        "flying someone to a city is no visit by the one who flies him",
        "Mexico extradited a drug lord to the United States on Thursday, flying him to New York to face"
        " charges.",
        ("MEX", "063", "USA"),
    ),
    case(
        "a speaker's outrage at an act just told condemns its author",
        "China sentenced an Australian writer to death on Monday. The Australian foreign minister said"
        " Canberra was appalled.",
        ("CHN", "116", "AUS"),
        ("AUS", "111", "CHN"),
    ),
    case(
        "shock at acts named by the parser's passive agent",
        "Thailand deported 100 Uighurs to China on Thursday. The UN refugee agency said it was shocked by the"
        " expulsions.",
        ("THA", "174", "CHN"),
        ("UN", "111", "THA"),
    ),
    case(
        "what an act is said to constitute judges it",
        "Ukraine said the Russian strike constituted a war crime.",
        ("UKR", "111", "RUS"),
    ),
    case(
        "a participle of retaliation names the act told, not a second one",
        "China recalled its ambassador to Lithuania on Tuesday, retaliating against the Baltic state's"
        " decision to let Taiwan open an office.",
        ("CHN", "161", "LTU"),
    ),
    case(
        "two who brokered a deal together mediate between its parties, not between each other",
        "The truce, which Qatar and Egypt brokered, took effect on Sunday.",
    ),
    case(
        "troops a state has hosted for years are stationed there, not visiting",
        "Transnistria has hosted a contingent of Russian troops ever since the Soviet Union collapsed.",
    ),
    case(
        "a habit a relative clause describes in the present is no act told",
        "Trump said he would halt the war games Washington holds with South Korea.",
    ),
    case(
        "an object the parser hangs on the particle of a verb",
        "A US fighter jet shot down the suspected Chinese spy balloon off the coast of South Carolina on"
        " Saturday.",
        ("USA", "19+", "CHN"),
    ),
    case(
        "an attack its author says answers another is also its claim of it",
        "Iran launched more than 300 drones and missiles at Israel late on Saturday, saying it was"
        " retaliating for a strike on its consulate in Damascus.",
        ("IRN", "19+", "ISR"),
        ("IRN", "015", "ISR"),
    ),
    case(
        "strikes told 'in what' their author 'called retaliation'",
        "Russia fired dozens of missiles at Kyiv on Monday, killing at least 11 people, in what Putin called"
        " retaliation for the weekend blast on the Crimean bridge.",
        ("RUS", "19+", "UKR"),
        ("RUS", "015", "UKR"),
    ),
    case(
        "an agreement ended whose relative clause names the other party's troops",
        "Niger's junta said on Saturday it was ending an agreement that allowed US troops to operate on its"
        " soil.",
        ("NER", "16+|12+", "USA"),
    ),
    case(
        "condemning what one calls an attempt: the attempt's author",
        "Putin signed treaties on Friday annexing four regions of Ukraine. Biden condemned what he called a"
        " fraudulent attempt to annex sovereign Ukrainian territory.",
        ("RUS", "192", "UKR"),
        ("USA", "111", "RUS"),
        published="2022-09-30",
    ),
    case(
        "hiding weapons said of a state is an accusation; brushing the charges aside denies them",
        "Colin Powell told the Security Council on Wednesday that Baghdad was hiding banned weapons from UN"
        " inspectors. Iraq's UN ambassador brushed the charges aside the same day as fabrications.",
        ("USA", "112", "IRQ"),
        ("IRQ", "016", "USA"),
        published="2003-02-06",
    ),
    case(
        "two feelings coordinated, one of dismay",
        "Putin lambasted the United States on Saturday. A White House spokesman said the administration was"
        " surprised and disappointed by the Russian leader's accusations.",
        ("RUS", "111", "USA"),
        ("USA", "012|111", "RUS"),
        published="2007-02-10",
    ),
    case(
        "calling a leader the devil",
        "The Venezuelan president called the American president the devil on Wednesday.",
        ("VEN", "111", "USA"),
    ),
    case(
        "a demand with a time limit and a price is an ultimatum, and rejecting it answers its author",
        "Saddam Hussein and his sons must leave Iraq within 48 hours or face military action, the American"
        " president said on Monday. Baghdad rejected the ultimatum on Tuesday.",
        ("USA", "139", "IRQ"),
        ("IRQ", "12+", "USA"),
        published="2003-03-18",
    ),
    case(
        "a demand with a price but no time limit stays a demand",
        "The American trade representative said on Tuesday that China must drop its barriers to American"
        " exports or face penalties.",
        ("USA", "10+", "CHN"),
    ),
    case(
        "'their summit' after one leader praises the other",
        "Donald Trump hailed Kim Jong Un as a very talented man after their summit in Singapore on Tuesday.",
        ("USA", "051", "PRK"),
        ("USA", "04+", "PRK"),
        ("PRK", "04+", "USA"),
        published="2018-06-12",
    ),
    case(
        "a participle the parser hangs on the subject it describes",
        "Trump, hosting Pakistan's Imran Khan at the White House, said he would love to be a mediator.",
        ("USA", "043", "PAK"),
        ("PAK", "042", "USA"),
        published="2019-07-23",
    ),
    case(
        "a wreath laid with a companion at one's side: the place, not the companion",
        "Barack Obama laid a wreath at the Peace Memorial in Hiroshima on Friday, with the Japanese prime"
        " minister at his side.",
        ("USA", "017", "JPN"),
        published="2016-05-27",
    ),
    case(
        "a warplane downed",
        "Turkish fighter jets downed a Russian bomber close to the frontier with Syria on Tuesday.",
        ("TUR", "19+", "RUS"),
    ),
    case(
        "telling a state one is sorry is an apology",
        "The United States told China it was very sorry for the loss of a Chinese pilot.",
        ("USA", "055", "CHN"),
    ),
    case(
        "a cut announced together with an expulsion shares its verb of saying",
        "Pakistan said on Wednesday it would expel India's high commissioner and suspend bilateral trade.",
        ("PAK", "174", "IND"),
        ("PAK", "16+", "IND"),
    ),
    case(
        "an order taken back is no act told",
        "Erdogan backed away on Monday from his order to declare ten Western ambassadors persona non grata,"
        " including those of the United States, Germany and France.",
        published="2021-10-25",
    ),
    case(
        "who speaks after a quote is not someone named in what he says",
        "Vladimir Putin said on Friday that Moscow would not expel American diplomats. Russia would decide"
        " its next steps once Donald Trump took office, he said, and invited the children of US diplomats to"
        " a party at the Kremlin.",
        ("RUS", "036", "USA"),
        published="2016-12-30",
    ),
    case(
        "talks held in one side's capital are the other side's visit",
        "The Hungarian prime minister held talks with the Russian president in Moscow on Friday.",
        ("HUN", "046", "RUS"),
        ("RUS", "046", "HUN"),
        ("HUN", "042", "RUS"),
    ),
    case(
        "trucks carrying aid from one state into another",
        "Trucks carrying food and water from Armenia crossed into Turkey on Saturday.",
        ("ARM", "07+", "TUR"),
    ),
    case(
        "a convoy named by its aid and its nationality",
        "An Armenian aid convoy crossed into Turkey on Saturday.",
        ("ARM", "07+", "TUR"),
    ),
    case(
        "troops crossing into a state are no aid",
        "Russian troops crossed into Ukraine on Thursday.",
        ("RUS", "19+", "UKR"),
    ),
    case(
        "a state's sovereign wealth fund named after its capital",
        "Egypt signed a deal on Friday with the sovereign wealth fund of Abu Dhabi.",
        ("EGY", "057", "ARE"),
        ("ARE", "057", "EGY"),
    ),
    case(
        "a threat answering an act its sentence tells after it",
        "Iran's supreme leader vowed severe revenge after Qassem Soleimani was killed in a U.S. drone strike"
        " at Baghdad airport on Friday.",
        ("IRN", "13+", "USA"),
        ("USA", "18+|19+", "IRN"),
        published="2020-01-03",
    ),
    case(
        "an object read through a measure ('a broad range of') is the thing measured",
        "Britain lifted a broad range of sanctions on Libya on Friday.",
        ("GBR", "085", "LBY"),
    ),
    case(
        "a phrase the parser hangs on the measure of the object belongs to the verb",
        "Hamas fired a barrage of rockets at Israel on Saturday.",
        ("PSE", "19", "ISR"),
    ),
    case(
        "a place name glued to the time word after it is still a place",
        "Russia fired missiles at Odesa overnight.",
        ("RUS", "19", "UKR"),
    ),
    case(
        "a captive handed back is released",
        "Iran handed the detained sailors back to Britain on Wednesday.",
        ("IRN", "0841", "GBR"),
    ),
    case(
        "a named captive's title says what the object is",
        "Russia handed American journalist Evan Gershkovich back to the United States on Thursday.",
        ("RUS", "0841", "USA"),
    ),
    case(
        "an appeal's phrase hung on the last of two addressees is the verb's",
        "Moldova asked the European Union and the United Nations for help on Monday.",
        ("MDA", "023", "EU"),
        ("MDA", "023", "UN"),
    ),
    case(
        "the relative pronoun object of a relative clause stands for the noun",
        "Kenya rejected an accord that Somalia signed with Turkey a week earlier.",
        ("SOM", "057", "TUR"),
        ("TUR", "057", "SOM"),
        ("KEN", "12+", "SOM"),
        ("KEN", "12+", "TUR"),
    ),
    case(
        "a territory named in the 'of' phrase of 'the region of' is the entity the name stands for",
        "Ethiopia signed a memorandum with the breakaway region of Somaliland on Monday.",
        ("ETH", "057", "SOM"),
        ("SOM", "057", "ETH"),
    ),
    case(
        "'the move' judged names the act of the main clause, not one in a clause of time",
        "Algeria recalled its ambassador to France on Tuesday, days after Paris backed Morocco's plan for"
        " Western Sahara. Paris said it regretted the move.",
        ("DZA", "161", "FRA"),
        ("FRA", "051", "MAR"),
        ("FRA", "11", "DZA"),
    ),
    case(
        "a clause before a semicolon is no complement of the verb after it",
        "Hezbollah blamed Israel for the blasts; the Israeli army declined to comment.",
        ("LBN", "112+", "ISR"),
        ("ISR", "011", "LBN"),
    ),
    case(
        "a deal announced by a third party is not signed by it",
        "A truce between Armenia and Azerbaijan took effect on Friday, a day after Putin announced the deal.",
        ("ARM", "0871", "AZE"),
        ("AZE", "0871", "ARM"),
    ),
    case(
        "striking with no object, warned of on a condition, is a threat aimed at the condition's subject",
        "Erdogan warned that Turkey would strike hard if the PKK attacked again.",
        ("TUR", "13", "TUR"),
    ),
    case(
        "vetoing the renewal of a body's mission",
        "China vetoed the renewal of the UN mission in South Sudan on Tuesday.",
        ("CHN", "129", "UN"),
    ),
    case(
        "two sides agreeing on what shall be done express an intent to cooperate",
        "Modi and Xi agreed on Monday that the border should remain calm.",
        ("IND", "030", "CHN"),
        ("CHN", "030", "IND"),
    ),
    case(
        "agreeing that a fact is so is no intent",
        "Poland and Lithuania agreed that Russia posed a growing threat.",
    ),
    case(
        "a future 'bear the consequences' a speaker says is a threat",
        "China said Japan would bear all the consequences of the visit.",
        ("CHN", "130", "JPN"),
    ),
    case(
        "an act taken up again ('resume sharing') is what an agreement governs",
        "Britain agreed to resume sharing intelligence with Kenya.",
        ("GBR", "031+", "KEN"),
    ),
    case(
        "aid restarted",
        "Japan restarted economic aid to Myanmar on Monday.",
        ("JPN", "07+", "MMR"),
    ),
    case(
        "force at a place the clause naming its object tells",
        "Turkey struck what it called terrorist camps in Iraq on Sunday.",
        ("TUR", "19", "IRQ"),
    ),
    case(
        "'the day before' sentence-initial dates the act a day before the day named",
        "Ethiopian jets bombed Eritrean positions on Thursday. The day before, Addis Ababa had expelled"
        " Eritrea's ambassador.",
        ("ETH", "19", "ERI"),
        ("ETH", "174", "ERI"),
    ),
    case(
        "'called home its own envoy' is a recall, not a naming",
        "Peru expelled Mexico's ambassador and called home its own envoy on Tuesday.",
        ("PER", "174", "MEX"),
        ("PER", "161", "MEX"),
    ),
    case(
        "a participle of speech hung on the infinitive of an order is said by who gave the order",
        "Mali's junta ordered the French ambassador to leave within 72 hours, accusing Paris of hostile"
        " remarks.",
        ("MLI", "174", "FRA"),
        ("MLI", "112", "FRA"),
    ),
    case(
        "a verb coordinated with a 'persona non grata' the parser makes a clause is the declarer's",
        "Eritrea declared four UN officials persona non grata, and accused the UN of spying.",
        ("ERI", "174", "UN"),
        ("ERI", "112+", "UN"),
    ),
    case(
        "after a comma, a verb the parser coordinates with a clause of time is the main clause's",
        "Zelensky arrived in Warsaw on Tuesday, a day after Poland pledged new tanks to Ukraine, and thanked"
        " Duda for the support.",
        ("UKR", "042", "POL"),
        ("POL", "0332|033|07", "UKR"),
        ("UKR", "051", "POL"),
    ),
    case(
        "the thing struck named by a clause, with its own 'of' phrase",
        "Turkish jets struck what Ankara called hideouts of militants in the Iraqi province of Dohuk.",
        ("TUR", "19", "IRQ"),
    ),
    case(
        "attacking a report or an inquiry is criticism, not force",
        "Belgrade attacked the Dutch report on the massacre on Tuesday.",
        ("SRB", "111", "NLD"),
    ),
    case(
        "a person named by the first word of a full name after it",
        "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Nairobi. Ruto welcomed"
        " Abiy at State House.",
        ("ETH", "04+", "KEN"),
        ("KEN", "04+", "ETH"),
    ),
    case(
        "the dispatch of forces named by its 'of' phrase, judged",
        "Caracas described the dispatch of a British warship to Guyana as a provocation.",
        ("VEN", "111", "GBR"),
    ),
    case(
        "'a threat' predicated by a naming verb is criticism",
        "Beijing called the deployment of American missiles in the Philippines a threat.",
        ("CHN", "111", "USA"),
    ),
    case(
        "a person the knowledge base names over two words is no place ('To Lam' after a comma)",
        "Putin held talks in Hanoi on Thursday with Vietnam's new president, To Lam.",
        ("RUS", "042", "VNM"),
        ("RUS", "046", "VNM"),
        ("VNM", "046", "RUS"),
    ),
    case(
        "a subject pronoun in a clause of time on a participle is the clause's subject, not its object",
        "Nicaragua established diplomatic relations with China on Friday, signing a communique in Tianjin"
        " hours after it cut its ties with Taiwan.",
        ("NIC", "054", "CHN"),
        ("CHN", "054", "NIC"),
        ("NIC", "161", "TWN"),
    ),
    case(
        "a participle's object before the subject it shares, for a pronoun in a clause below it",
        "Ecuador expelled Mexico's ambassador on Friday, accusing the Mexican government of interference"
        " after it granted asylum to a former Ecuadorian vice president.",
        ("ECU", "174", "MEX"),
        ("ECU", "112+", "MEX"),
        ("MEX", "075", "ECU"),
    ),
    case(
        "an accusation in the past coordinated with a negated future is the speaker's",
        "Seoul said it would not retaliate and accused Pyongyang of provocation.",
        ("KOR", "112+", "PRK"),
    ),
    case(
        "'corrupt' predicated by a naming verb is criticism",
        "Caracas called the Guyanese government corrupt.",
        ("VEN", "111", "GUY"),
    ),
    case(
        "'X-bound' names where a thing goes, not whose it is",
        "Israeli commandos boarded a Gaza-bound aid ship on Monday.",
    ),
    case(
        "a call by telephone the parser hangs on the time after it",
        "Macron and Scholz spoke by telephone hours later.",
        ("FRA", "041", "DEU"),
        ("DEU", "041", "FRA"),
    ),
    case(
        "a retaliation whose participle tells its means is that means, not force",
        "Washington imposed sanctions on Chinese officials on Monday. Beijing retaliated within hours,"
        " imposing sanctions on American lawmakers.",
        ("USA", "163", "CHN"),
        ("CHN", "163", "USA"),
    ),
    case(
        "a judging adjective on a noun the tagger takes for a verb after its article",
        "Riyadh executed a Pakistani national on Monday. Islamabad called the execution a callous and"
        " cowardly act by a barbaric regime.",
        ("SAU", "1823", "PAK"),
        ("PAK", "111", "SAU"),
    ),
    case(
        "the subject pronoun of a clause of time the parser coordinates with another clause",
        "Egypt called off a visit by Israel's defence minister on Sunday, hours before protesters were due to"
        " march on the embassy and a day after it summoned the Israeli ambassador.",
        ("EGY", "16+|125", "ISR"),
        ("EGY", "114", "ISR"),
    ),
    case(
        "a tour of a place in a country is a visit to it",
        "The Japanese foreign minister toured the flooded districts in eastern Libya on Tuesday.",
        ("JPN", "042", "LBY"),
    ),
    case(
        "curbs lifted are restrictions eased",
        "Japan lifted curbs on exports of chemicals to South Korea on Thursday.",
        ("JPN", "081", "KOR"),
    ),
    case(
        "crossing points shut on a border with a state named by its 'on' phrase",
        "Estonia will shut two crossing points on its border with Russia, the government said on Thursday.",
        ("EST", "191", "RUS"),
    ),
    case(
        "military aircraft told to violate a state's airspace show force",
        "A Russian military surveillance plane violated Finnish airspace on Friday.",
        ("RUS", "150", "FIN"),
    ),
    case(
        "a violation of airspace a speaker reports is no show of force told by the text",
        "Iran shot down a US drone on Thursday, saying it had violated Iranian airspace.",
        ("IRN", "19", "USA"),
    ),
    case(
        "denying any violation answers the act against the denier",
        "Russian jets violated Estonian airspace on Friday, and Tallinn summoned Moscow's envoy in protest."
        " The Russian defence ministry denied any violation.",
        ("RUS", "150", "EST"),
        ("EST", "114", "RUS"),
        ("RUS", "016", "EST"),
    ),
    case(
        "a visiting envoy received is a visit",
        "Maduro received US envoy Richard Grenell in Caracas on Friday.",
        ("VEN", "043", "USA"),
        ("USA", "042", "VEN"),
    ),
    case(
        "a resident ambassador received is no visit",
        "Lavrov received the Iranian ambassador on Monday.",
        ("RUS", "043", "IRN"),
    ),
    case(
        "citizens advised to avoid travel to a state",
        "Beijing advised its citizens on Friday to avoid travel to Lithuania.",
        ("CHN", "160", "LTU"),
    ),
    case(
        "'neither X nor Y' as the subject negates the act",
        "Neither Greece nor Cyprus has recognised Kosovo.",
    ),
    case(
        "'no' on the subject negates the act",
        "No Gulf state has expelled an Iranian diplomat since the deal.",
    ),
    case(
        "'no' on the object negates the act",
        "Austria sent no weapons to Ukraine.",
    ),
    case(
        "'regrettable' predicated by a naming verb is criticism",
        "Paris expelled two Algerian diplomats on Monday. Algiers called the expulsions regrettable.",
        ("FRA", "174", "DZA"),
        ("DZA", "111", "FRA"),
    ),
    # --- twelfth session: a neighbour by land borders, avoided travel, refused accords, "neither ... nor" ---
    case(
        "descriptions",
        "Floods hit Bangladesh on Monday. India sent relief supplies to its neighbour on Tuesday.",
        ("IND", "07", "BGD"),
    ),
    case(
        "descriptions",
        "Thailand and Cambodia clashed on their border last year. "
        "Vietnam urged its neighbour to show restraint.",
        ("THA", "19", "KHM"),
        ("KHM", "19", "THA"),
        ("VNM", "02", "KHM"),
    ),
    case(
        "travel advisory",
        "South Korea advised its citizens on Monday to avoid travelling to Israel.",
        ("KOR", "160", "ISR"),
    ),
    case(
        "refusal",
        "Seoul lodged a protest with Tokyo over the textbooks on Friday. "
        "Tokyo said it did not accept the protest.",
        ("KOR", "114|111", "JPN"),
        ("JPN", "120", "KOR"),
    ),
    case(
        "refusal",
        "Moscow said it would neither accept nor respect the ruling of the Ukrainian court.",
        ("RUS", "120", "UKR"),
    ),
    case("negation", "Hungary neither sent weapons to Ukraine nor allowed their transit."),
    case("negation", "Hungary neither condemned Russia nor praised Ukraine."),
    case("summons", "Kenya called in the Ugandan envoy over the remarks.", ("KEN", "114", "UGA")),
    case(
        "voice",
        "A Japanese diplomat was shot dead at a restaurant in Lagos on Friday by a Nigerian soldier.",
        ("NGA", "18|19", "JPN"),
    ),
    case(
        "descriptions",
        "Envoys of Myanmar's army and the Arakan Army met in Kunming on Monday for talks hosted by China and "
        "Thailand. Beijing and Bangkok urged both sides to extend the truce.",
        ("MMR", "04", "MMR"),
        # (the hosts of the two sides' talks mediate them: no guests' visits, as the gold sets code talks
        # held in a third country)
        ("CHN", "045", "MMR"),
        ("THA", "045", "MMR"),
        ("CHN", "02", "MMR"),
        ("THA", "02", "MMR"),
    ),
    case(
        "nominal",
        "Ruto spoke to reporters in Addis Ababa on Friday after talks with Abiy.",
        ("KEN", "04", "ETH"),
        ("ETH", "04", "KEN"),
    ),
    case("nominal", "Macron pledged more aid during talks with Zelensky in Kyiv.", ("FRA", "033", "UKR")),
    case(
        "descriptions",
        "Scholz flew to Brasilia on Monday for talks with Lula. "
        "The chancellor thanked his host for the welcome.",
        ("DEU", "042", "BRA"),
        ("DEU", "051", "BRA"),
    ),
    case(
        "reported speech",
        "Tajikistan said two of its border guards had been killed by Kyrgyz troops "
        "and asked the CSTO for help.",
        ("TJK", "112", "KGZ"),
        ("KGZ", "19", "TJK"),
        ("TJK", "023", "CSTO"),
    ),
    case(
        "border",
        "Norway said it would close its last crossing point on the Russian border.",
        ("NOR", "191", "RUS"),
    ),
    case(
        "appeal",
        "Lithuania asked the European Union for urgent consultations on the blockade.",
        ("LTU", "026", "EU"),
    ),
    case(
        "judgement",
        "India banned rice exports on Thursday. The European Union criticised the decision.",
        ("EU", "111", "IND"),
    ),
    case(
        "judgement",
        "Niger suspended its uranium exports on Monday. France said it deeply regretted the move.",
        ("FRA", "11", "NER"),
    ),
    case(
        "mediation",
        "Sudan's army and the Rapid Support Forces agreed on Saturday to a week-long truce after talks in "
        "Jeddah brokered by Saudi Arabia.",
        ("SDN", "0871", "SDN"),
        ("SAU", "045", "SDN"),
    ),
    case(
        "actors",
        "Baku expelled three Iranian diplomats on Monday. Tehran answered by ordering four staff of the "
        "Azerbaijani embassy to leave.",
        ("AZE", "174", "IRN"),
        ("IRN", "174", "AZE"),
    ),
    case("voice", "Two Kenyan diplomats were ordered out of Uganda on Friday.", ("UGA", "174", "KEN")),
    case(
        "particle", "Mali ordered the French ambassador out of the country on Monday.", ("MLI", "174", "FRA")
    ),
    case(
        "exchange",
        "Belarus freed a Polish journalist on Friday in exchange for Pavel Rubtsov.",
        ("BLR", "0841", "POL"),
        ("POL", "0841", "BLR"),
    ),
    case(
        "exchange",
        "Venezuela freed three Colombians in exchange for a Venezuelan pilot serving a sentence in Colombia.",
        ("VEN", "0841", "COL"),
        ("COL", "0841", "VEN"),
    ),
    case("exchange", "Iran freed a French aid worker in exchange for a ransom.", ("IRN", "0841", "FRA")),
    case(
        "nominal",
        "The restoration of diplomatic relations between Chile and Venezuela took effect on Friday.",
        ("CHL", "054", "VEN"),
        ("VEN", "054", "CHL"),
    ),
    case("topic", "The envoys held talks on the normalisation of relations between Israel and Oman."),
    case("topic", "Negotiations over a prisoner exchange between Armenia and Azerbaijan stalled on Monday."),
    case(
        "nominal",
        "Two rockets fell near a fishing boat during Russian naval drills off Norway on Monday.",
        ("RUS", "150", "NOR"),
    ),
    case(
        "coreference",
        "Warsaw met Belarus's ambassador on Friday. Poland accused the diplomat of spreading lies.",
        ("POL", "04", "BLR"),
        ("BLR", "04", "POL"),
        ("POL", "112", "BLR"),
    ),
    case(
        "coreference",
        "Canberra summoned Iran's ambassador on Monday. Australia accused the envoy of running a spy ring.",
        ("AUS", "114", "IRN"),
        ("AUS", "112", "IRN"),
    ),
    case(
        "reciprocal",
        "Lithuania and Russia expelled four of each other's diplomats on Friday.",
        ("LTU", "174", "RUS"),
        ("RUS", "174", "LTU"),
    ),
    case("judgement", "Berlin said a Russian diplomat was a suspect in the killing.", ("DEU", "112", "RUS")),
    case(
        "descriptions",
        "Armenia and Azerbaijan agreed on a text on Friday after talks mediated by Russia and France. "
        "The two sides also agreed to meet again.",
        ("ARM", "057", "AZE"),
        ("AZE", "057", "ARM"),
        ("ARM", "04", "AZE"),
        ("AZE", "04", "ARM"),
        ("RUS", "045", "ARM"),
        ("RUS", "045", "AZE"),
        ("FRA", "045", "ARM"),
        ("FRA", "045", "AZE"),
        ("ARM", "036", "AZE"),
        ("AZE", "036", "ARM"),
    ),
    case(
        "places",
        "Rioters torched shops in Suva's Chinatown on Friday, and Australia sent police to Fiji on Saturday.",
        ("FJI", "145", "FJI"),
        ("AUS", "15", "FJI"),
    ),
    case(
        "nominal", "Belarus announced the arrest of two Lithuanian citizens on Monday.", ("BLR", "173", "LTU")
    ),
    case(
        "judgement",
        "Kenya's president flew to Khartoum on Monday. "
        "Sudan's army chief said Ruto had no mandate to mediate.",
        ("KEN", "042", "SDN"),
        ("SDN", "111", "KEN"),
    ),
    case("judgement", "Macron said France had no mandate to intervene."),
    case(
        "announced",
        "Lithuania said on Monday it would bar six Belarusian officials from entering the country.",
        ("LTU", "172", "BLR"),
    ),
    case(
        "announced",
        "Washington said it would revoke the visa of Colombia's president.",
        ("USA", "172", "COL"),
    ),
]


# rows from the constructions of conflict copy (armed groups, strikes, claims, ceasefires, hostages)
CASES += [
    case(
        "a claim of responsibility for an attack on a foreign base",
        "Al-Shabaab fighters attacked a Kenyan military base in Lamu on Sunday, and the group claimed"
        " responsibility the same day.",
        ("SOM", "19", "KEN"),
        ("SOM", "015", "KEN"),
    ),
    case(
        "an act in a scenario of what would happen is not coded",
        "A Russian blockade of the Baltic states would probably fail, but NATO would lose hundreds of"
        " aircraft in breaking it, a study said.",
    ),
    case(
        "acts in the coordinated gerunds of an accusation are alleged, not told",
        "Manila accused Chinese vessels of blocking and ramming a Philippine supply boat.",
        ("PHL", "112", "CHN"),
    ),
    case(
        "holding a state responsible for an act accuses it",
        "Ukraine held Russia responsible on Monday for the blast at the dam.",
        ("UKR", "112", "RUS"),
    ),
    case(
        "a vow to hold a state accountable is no accusation",
        "Washington vowed to hold Tehran accountable for the attack.",
    ),
    case(
        "rejecting the findings answers each state that made them",
        "Britain and France held Syria responsible for the chemical attack, and Damascus rejected the"
        " findings.",
        ("GBR", "112", "SYR"),
        ("FRA", "112", "SYR"),
        ("SYR", "120|016", "GBR"),
        ("SYR", "120|016", "FRA"),
    ),
    case(
        "the exercises judged stand for the drills told before",
        "Russia began naval drills near Japan's northern islands on Tuesday, and Tokyo condemned the"
        " exercises.",
        ("RUS", "150", "JPN"),
        ("JPN", "111", "RUS"),
    ),
    case(
        "a denial by relative 'which' answers the act the clause told",
        "Kyiv said Russian troops had shelled its positions, which Moscow denied.",
        ("RUS", "194", "UKR"),
        ("UKR", "112", "RUS"),
        ("RUS", "016", "UKR"),
    ),
    case(
        "an accusation summed up by 'a charge X denied' is told, and the denial answers the accuser",
        "Russia accused Ukraine of attacking the Zaporizhzhia nuclear plant, a charge Kyiv denied.",
        ("RUS", "112", "UKR"),
        ("UKR", "016|12", "RUS"),
    ),
    case(
        "a clause a verb of denial reports is denied, not told",
        "Moscow denied that its troops had shelled Ukrainian villages near Kharkiv.",
        published="2022-08-20",
    ),
    case(
        "aircraft named by a model designator and a nationality act for their state",
        "Israeli F-35s struck targets in Syria on Sunday.",
        ("ISR", "19", "SYR"),
    ),
    case(
        "the downing of an aircraft is an attack",
        "Iran's downing of an American drone angered Washington.",
        ("IRN", "190", "USA"),
    ),
    case(
        "a warning that an adversary will be met with a response is a threat",
        "Seoul warned that North Korea would be met with a strong response if it fired another missile.",
        ("KOR", "138", "PRK"),
    ),
    case(
        "being met with something that is no response threatens no one",
        "The president said the country's hospitals would be met with a surge of patients.",
    ),
    case(
        "a warning that an adversary will be met with force is a threat",
        "The Philippine president warned on Friday that China would be met with force if its coast guard"
        " rammed another supply boat.",
        ("PHL", "138", "CHN"),
    ),
    case(
        "warning that provocations would draw retaliation threatens whoever just provoked",
        "Azerbaijani troops shelled Armenian border villages on Monday. Yerevan warned that further attacks"
        " would draw a harsh response.",
        ("AZE", "194", "ARM"),
        ("ARM", "138", "AZE"),
    ),
    case(
        "saying an act would provoke retaliation forecasts, it threatens no one",
        "The US said Israel's strike would provoke a response from Iran.",
    ),
    case(
        "being met with fire, told as past, threatens no one",
        "Protesters in Caracas were met with fire from security forces on Monday.",
    ),
    case(
        "a state threatening a strike threatens force",
        "North Korea threatened a nuclear strike against South Korea on Friday.",
        ("PRK", "138+", "KOR"),
    ),
    case(
        "workers threatening a strike threaten a walkout",
        "Kenyan teachers threatened a strike over pay on Monday.",
        ("KEN", "133", None),
    ),
    case(
        "a vow to retaliate after an attack threatens its author",
        "Turkey vowed to retaliate after Syrian shelling killed five Turkish civilians.",
        ("SYR", "19", "TUR"),
        ("TUR", "138", "SYR"),
    ),
    case(
        "saying one does not recognise a decision criticises whoever took it",
        "Mali cut diplomatic relations with Algeria on Monday. Algiers said it did not recognise the"
        " decision.",
        ("MLI", "161", "DZA"),
        ("DZA", "111|12", "MLI"),
    ),
    case(
        "recognising a ruling criticises no one",
        "Kenya said it recognised the ruling of the court.",
    ),
    case(
        "storming a land is an armed assault",
        "Hamas fighters stormed southern Israel on Saturday and killed hundreds of people.",
        ("PSE", "190", "ISR"),
        published="2023-10-08",
    ),
    case(
        "storming a building is a raid",
        "Ecuadorian police stormed the Mexican embassy in Quito on Friday.",
        ("ECU", "170", "MEX"),
    ),
    case(
        "an arrest on suspicion of spying for a state is aimed at that state and accuses it",
        "Polish police arrested two men on suspicion of spying for Russia.",
        ("POL", "173", "RUS"),
        ("POL", "1125", "RUS"),
    ),
    case(
        "an arrest on suspicion of espionage for no one named keeps the detainee's state",
        "Chinese police detained a Japanese businessman on suspicion of espionage.",
        ("CHN", "173", "JPN"),
    ),
    case(
        "ending a military presence in a country withdraws from it",
        "France ended its military presence in Mali on Monday.",
        ("FRA", "0874", "MLI"),
    ),
    case(
        "a business ending its presence withdraws no forces",
        "McDonald's ended its presence in Russia in May.",
    ),
    case(
        "forces withdrawn by no one named are withdrawn by their state",
        "Syrian troops were withdrawn from Lebanon in April.",
        ("SYR", "0874", "LBN"),
    ),
    case(
        "capturing soldiers across a frontier takes them",
        "Hezbollah fighters crossed the border and captured two Israeli soldiers.",
        ("LBN", "181", "ISR"),
    ),
    case(
        "a compass word owning forces names the state described, and firing back with a weapon is the act",
        "North Korean troops fired on a South Korean guard post on Monday, and the South's army fired back"
        " with machine guns.",
        ("PRK", "19", "KOR"),
        ("KOR", "19", "PRK"),
    ),
    case(
        "hitting back with a measure codes the measure, not force",
        "China fired missiles into the sea near Taiwan, and Taiwan hit back with sanctions on Chinese firms.",
        ("TWN", "163", "CHN"),
    ),
    case(
        "responding with weapons is force, aimed at whom the story's act came from",
        "Pakistani aircraft struck targets in Afghanistan's Khost province. The Taliban government said its"
        " border forces responded with heavy weapons.",
        ("PAK", "19+", "AFG"),
        ("AFG", "190", "PAK"),
    ),
    case(
        "a lower-case compass word owns nothing",
        "Heavy floods in Korea hit the south's farms on Monday.",
    ),
    case(
        "ordering or laying a siege is the siege",
        "Israel's defence minister ordered a complete siege of the Gaza Strip on Monday.",
        ("ISR", "191", "PSE"),
    ),
    case(
        "laying siege to a city of a state besieges the state",
        "Russian forces laid siege to the Ukrainian city of Mariupol in March.",
        ("RUS", "191", "UKR"),
        published="2022-04-01",
    ),
    case(
        "people seized, told in a participle with its agent, are taken",
        "Iran said it had freed the 15 British sailors seized by its Revolutionary Guards in the Gulf on"
        " March 23.",
        ("IRN", "0841", "GBR"),
        ("IRN", "181|173", "GBR"),
        published="2007-04-05",
    ),
    case(
        "pardoning detained foreigners releases them",
        "Belarus pardoned two Lithuanian citizens jailed for spying on Thursday.",
        ("BLR", "0841", "LTU"),
    ),
    case(
        "pardoning a state forgives it",
        "Rwanda pardoned Burundi for the border incident.",
        ("RWA", "056", "BDI"),
    ),
    case(
        "'their release' frees them: the captors release, not the captives",
        "Venezuelan police arrested three Colombian journalists in May. Caracas called their release in June"
        " a goodwill gesture.",
        ("VEN", "173", "COL"),
    ),
    case(
        "a state's release, by name, is its own act",
        "Iran's release of a French tourist eased tensions with Paris.",
        ("IRN", "0841", "FRA"),
    ),
    case(
        "the raid judged names the violent act told before, whatever its code",
        "Hamas gunmen crossed into Israel and abducted two Israeli soldiers on Sunday. The Israeli prime"
        " minister called the raid an act of war.",
        ("PSE", "181", "ISR"),
        ("ISR", "111|112+", "PSE"),
    ),
    case(
        "a government judging its own forces' strikes judges no other side",
        "Russian jets struck Kharkiv on Monday, and the Kremlin called the strikes a legitimate response to"
        " terrorism.",
        ("RUS", "19", "UKR"),
    ),
    case(
        "a judging noun with a nationality ascribes the act to that state",
        "Kyiv called the explosion at the dam a Russian provocation.",
        ("UKR", "112", "RUS"),
    ),
    case(
        "a judging noun with no nationality ascribes nothing",
        "Seoul called the launch a grave provocation.",
    ),
    case(
        "two sides accepting a proposal for a truce agree to it, each towards the other",
        "Armenia and Azerbaijan accepted a Russian proposal for a humanitarian truce on Saturday.",
        ("ARM", "0871", "AZE"),
        ("AZE", "0871", "ARM"),
    ),
    case(
        "rejecting a proposal for a ceasefire agrees to nothing",
        "Ukraine rejected a Chinese proposal for a ceasefire.",
        ("UKR", "12", "CHN"),
    ),
    case(
        "the host of talks between two others mediates between them",
        "Saudi Arabia hosted talks between Russian and American officials in Riyadh on Tuesday.",
        ("SAU", "045", "RUS"),
        ("SAU", "045", "USA"),
        ("RUS", "046|04", "USA"),
        ("USA", "046|04", "RUS"),
    ),
    case(
        "force aimed at places in two prepositions conjoined is aimed at both states",
        "Israeli jets struck targets in Gaza and in southern Lebanon on Friday.",
        ("ISR", "19", "PSE"),
        ("ISR", "19", "LBN"),
    ),
    case(
        "force used at a city is used on its state",
        "Eritrean jets bombed the airport at Mekelle on Friday.",
        ("ERI", "195", "ETH"),
    ),
    case(
        "a count of missiles fired is missiles",
        "Eritrean jets fired dozens of missiles at the airport in Mekelle on Friday.",
        ("ERI", "195", "ETH"),
    ),
    case(
        "a count of shells is shelling",
        "Russian artillery fired hundreds of shells at Kharkiv overnight.",
        ("RUS", "194", "UKR"),
    ),
    case(
        "a body finding that a state committed violence accuses it, and rejecting its report answers it",
        "Investigators from the OPCW concluded on Tuesday that the Syrian army had used chlorine in an attack"
        " on Douma. Damascus dismissed the report as fabricated.",
        ("OPCW", "112", "SYR"),
        ("SYR", "20", "SYR"),
        ("SYR", "12|016|111", "OPCW"),
    ),
    case(
        "a finding that violence was not committed accuses no one",
        "Investigators from the OPCW concluded that the Syrian army had not used chlorine in Douma.",
    ),
    case(
        "calling an attack a stab in the back or a betrayal criticises its author",
        "Azerbaijani troops shelled Armenian villages on Sunday. Yerevan called the attack a stab in the"
        " back.",
        ("AZE", "194", "ARM"),
        ("ARM", "111", "AZE"),
    ),
    case(
        "a stab in the back of no actor criticises no one",
        "The coach called the defeat a stab in the heart.",
    ),
    case(
        "an attack on a place on a state's coast, with a toll of another state's people, hits both",
        "Al-Shabaab fighters attacked a military airfield on Kenya's coast on Sunday, killing a US soldier.",
        ("SOM", "19", "KEN"),
        ("SOM", "19", "USA"),
    ),
    case(
        "force with no target answers a hostile act, never a telephone call",
        "The US president telephoned the Ethiopian prime minister on Sunday. Ethiopian jets bombed a town"
        " near the border on Monday.",
        ("USA", "041", "ETH"),
        ("ETH", "041", "USA"),
    ),
    case(
        "forces entering a city a foe withdrew from answer the withdrawal",
        "Russian troops withdrew from Kherson on Friday, and Ukrainian forces entered the city.",
        ("RUS", "0874", "UKR"),
        ("UKR", "192", "RUS"),
        published="2022-11-12",
    ),
    case(
        "force with no target answers the hostile act done to its author",
        "Eritrean troops shelled Ethiopian positions on Sunday, and Ethiopia struck back on Monday.",
        ("ERI", "194", "ETH"),
        ("ETH", "19", "ERI"),
    ),
    case(
        "a hostile act of another told in the 'saying' that justifies one's own act is a charge",
        "Israel struck targets in Lebanon on Monday, saying Hezbollah had fired rockets at Haifa.",
        ("ISR", "19", "LBN"),
        ("ISR", "112", "LBN"),
    ),
    case(
        "one's own act told in the 'saying' that justifies it charges no one",
        "India fired missiles at nine sites in Pakistan on Wednesday, saying it had hit infrastructure used"
        " by militants.",
        ("IND", "195", "PAK"),
    ),
    case(
        "a toll of the state attacked is the same act of force",
        "Russian missiles struck Kyiv on Monday, killing five Ukrainian civilians.",
        ("RUS", "19", "UKR"),
    ),
    case(
        "a participle after a comma is the clause's, however deep the parser hangs it",
        "Mali said on Monday it was leaving a defence pact that let French troops operate in the country,"
        " accusing a visiting French delegation of arrogance.",
        ("MLI", "11", "FRA"),
    ),
    case(
        "a possessive hung on the predicate names the author of the act called so",
        "Kenya called Uganda's demand blatant interference.",
        ("KEN", "111", "UGA"),
    ),
    case(
        "a plain adjective of contempt judges what a speaker says of another's remark",
        "Peru withdrew its envoy from Mexico on Monday. On Tuesday Lima said Lopez Obrador's comments had"
        " been offensive.",
        ("PER", "16", "MEX"),
        ("PER", "111", "MEX"),
    ),
    case(
        "a protest act takes the target of the purpose clause that protests",
        "Hundreds of Chadian students began a hunger strike on Tuesday to protest against France's decision"
        " to close its base.",
        ("TCD", "14", "FRA"),
    ),
    case(
        "a protest act made to show displeasure at another is aimed at it",
        "Farmers in Dhaka blocked a highway to show their anger at India's export ban.",
        ("BGD", "14", "IND"),
    ),
    case(
        "an intrusion into another state's networks is coercion",
        "Chinese state hackers hacked into the networks of the Dutch defence ministry last year.",
        ("CHN", "170", "NLD"),
    ),
    case(
        "a cyberattack launched on another state is coercion",
        "North Korean hackers launched a cyberattack on South Korean banks on Wednesday.",
        ("PRK", "170", "KOR"),
    ),
    case(
        "what someone is charged with is the prosecution's claim, not an act told",
        "The United States charged three Iranian officers on Monday with attacking American water utilities.",
        ("USA", "173", "IRN"),
    ),
    case(
        "a speaker saying another meddled in its affairs accuses it",
        "Beijing said Washington had meddled in its internal affairs.",
        ("CHN", "112", "USA"),
    ),
    case(
        "an unlisted minister is the story's state's, even when the state is named as the one wronged",
        "Guyana recalled its ambassador from Caracas on Monday. Foreign Minister Hugh Todd said Venezuela had"
        " interfered in Guyana's internal affairs.",
        ("GUY", "161", "VEN"),
        ("GUY", "112", "VEN"),
        published="2023-12-05",
    ),
    case(
        "a person's name the tagger ends one word early is still a person's",
        "Chile summoned the Bolivian ambassador on Monday. Interior Minister Carolina Toha Morales said"
        " Bolivia had interfered in Chile's internal affairs.",
        ("CHL", "114", "BOL"),
        ("CHL", "112", "BOL"),
    ),
    case(
        "a criticism in the 'saying' of a rejection is its grounds, not another act",
        "Mali's junta ordered the French ambassador to leave on Friday. Paris rejected the demand within"
        " hours, saying the junta had no authority to make it.",
        ("MLI", "17|16", "FRA"),
        ("FRA", "12", "MLI"),
        published="2023-08-26",
    ),
    case(
        "a state's agents are its intelligence officers, named by their nationality",
        "Britain was investigating allegations linking Russian agents to the poisoning of a former spy.",
        ("GBR", "112+", "RUS"),
        published="2018-03-10",
    ),
    case(
        "'the juntas of' several states are each state's government",
        "The juntas of Guinea and Mali signed a defence pact on Saturday.",
        ("GIN", "057|03", "MLI"),
        ("MLI", "057|03", "GIN"),
        published="2023-09-16",
    ),
    case(
        "a plain adjective of haste judges the act it is said of",
        "Chad ended its defence agreement with France on Thursday. Paris called the move hasty.",
        ("TCD", "16", "FRA"),
        ("FRA", "111", "TCD"),
        published="2024-11-29",
    ),
    case(
        "closing another state's military bases on one's soil rejects military cooperation",
        "Chad closed the French military bases on its soil on Friday.",
        ("TCD", "1212", "FRA"),
    ),
    case(
        "an act noun judged names the author of an earlier act of its kind, even one aimed at no one named",
        "Somali pirates seized a cargo ship off the Horn of Africa on Sunday. India condemned the hijacking.",
        ("IND", "111", "SOM"),
        published="2023-11-20",
    ),
    case(
        "withdrawing the trade status granted to a state sanctions it; the grant in the relative clause is"
        " background",
        "Turkey withdrew the preferential trade status it had granted Israel on Thursday.",
        ("TUR", "163", "ISR"),
        published="2024-05-03",
    ),
    case(
        "revoking a region's special status is no act towards another state",
        "India revoked the special status of Kashmir on Monday, angering Pakistan.",
        published="2019-08-06",
    ),
    case(
        "craft landing with relief supplies bring aid",
        "Japanese military aircraft landed in Tonga on Thursday with water, tents and generators.",
        ("JPN", "07", "TON"),
        published="2022-01-21",
    ),
    case(
        "'the comments' are the remarks attributed before to their author",
        "Ghana summoned the British envoy on Friday over remarks attributed to Prime Minister Boris Johnson."
        " The African Union said it was outraged by the comments.",
        ("GHA", "11", "GBR"),
        ("AU", "111", "GBR"),
        published="2021-06-12",
    ),
    case(
        "a government saying another's diplomat is no longer welcome expels him",
        "Baku said on Monday that France's ambassador was no longer welcome in the country. Paris called the"
        " expulsion unjustified.",
        ("AZE", "174", "FRA"),
        ("FRA", "111", "AZE"),
        published="2024-05-14",
    ),
    case(
        "a welcome that is not negated expels no one",
        "Moscow said the British ambassador was welcome to visit the region.",
        published="2024-05-14",
    ),
    case(
        "a person the knowledge base lacks, described after his name by a nationality, is of that nation",
        "A court in Minsk sentenced Daniel Harrow to six years on Tuesday after finding the Canadian engineer"
        " guilty of spying.",
        ("BLR", "116", "CAN"),
        published="2024-05-15",
    ),
    case(
        "a nationality alone in the next sentence describes the person just named",
        "Iranian authorities arrested Marta Lindqvist in Tehran on Tuesday. The 34-year-old Swede is being"
        " held in Evin prison.",
        ("IRN", "173", "SWE"),
        published="2024-05-15",
    ),
    case(
        "an office after a name may be another person's: it does not describe the person named",
        "Police in Caracas detained Tomas Reyes on Tuesday. The Spanish ambassador declined to comment.",
        ("VEN", "173", "VEN"),
        published="2024-05-15",
    ),
    case(
        "the verdict judged is the conviction told before it",
        "A Chinese court sentenced Australian writer Yang Hengjun to death on Monday. Canberra called the"
        " verdict appalling.",
        ("CHN", "116", "AUS"),
        ("AUS", "111", "CHN"),
        published="2024-02-06",
    ),
    case(
        "a proposal's 'from' phrase that the parser hangs on the verb still names the proposer",
        "Iran rejected a proposal from France.",
        ("IRN", "120", "FRA"),
        published="2024-05-15",
    ),
    case(
        "an apology's 'from' phrase that the parser hangs on the verb still names who apologised",
        "Canada accepted the apology from China.",
        ("CAN", "056", "CHN"),
        published="2024-05-15",
    ),
    case(
        "a preposition stranded before a coordinated noun takes the object of that noun's preposition",
        "Ankara has stopped all exports to and imports from Israel, its trade ministry said on Thursday.",
        ("TUR", "163", "ISR"),
        published="2024-05-02",
    ),
    case(
        "an infinitive of purpose names whom a pledge of money benefits",
        "Japan pledged $500 million on Monday to help Pakistan rebuild after the floods.",
        ("JPN", "0331", "PAK"),
        published="2023-01-09",
    ),
    case(
        "an infinitive of purpose names whom a loan benefits",
        "The IMF approved a $3 billion loan on Wednesday to help Egypt avoid default.",
        ("IMF", "071", "EGY"),
        published="2023-01-09",
    ),
    case(
        "an infinitive that helps no one names no recipient of aid",
        "Japan pledged $500 million on Monday to counter China's influence in the Pacific.",
        published="2023-01-09",
    ),
    case(
        "a reflexive object is its clause's own subject: no act on another actor of the story",
        "Washington sent more weapons on Monday to help Taiwan defend itself.",
        ("USA", "072", "TWN"),
        published="2023-01-09",
    ),
    case(
        "an act of aid done 'no longer' is aid stopped",
        "Berlin said on Friday it would no longer supply weapons to Turkey.",
        ("DEU", "1622", "TUR"),
        published="2024-05-10",
    ),
    case(
        "cooperation stopped 'no longer' is stopped by one side only",
        "Tehran said on Friday that it would no longer cooperate with the IAEA.",
        ("IRN", "16", "IAEA"),
        published="2024-05-10",
    ),
    case(
        "a recognition held 'no longer' reduces relations",
        "Nauru said on Monday that it no longer recognised Taiwan.",
        ("NRU", "16", "TWN"),
        published="2024-01-15",
    ),
    case(
        "funding an actor is economic aid, and funding stopped is aid cut",
        "Doha funds the government in Gaza. Washington said it would no longer fund the UN agency for"
        " Palestinian refugees.",
        ("QAT", "071", "PSE"),
        ("USA", "162+", "UN"),
        published="2018-09-01",
    ),
    case(
        "funding a study names no actor aided",
        "The EU funded a study of Turkish migration.",
        published="2018-09-01",
    ),
    case(
        "a measure called an assault on a people is criticised in its author",
        "Washington cut its funding for the UN agency on Friday. A spokesman for Mahmoud Abbas said the"
        " decision was a flagrant assault on the Palestinian people.",
        ("USA", "162+", "UN"),
        ("PSE", "111", "USA"),
        published="2018-09-01",
    ),
    case(
        "a gapped clause's subject is no second object: it does the same act",
        "Tokyo pledged $500 million to Ukraine on Monday. Riyadh promised $1 billion, the World Bank $2"
        " billion.",
        ("JPN", "0331", "UKR"),
        ("SAU", "0331", "UKR"),
        ("WB", "0331", "UKR"),
        published="2023-01-09",
    ),
    case(
        "'the ministers' after two states named together stands for the two states",
        "Japan and the Philippines signed a defence pact in Manila on Monday. The ministers pledged to deepen"
        " economic cooperation.",
        ("JPN", "057", "PHL"),
        ("PHL", "057", "JPN"),
        ("JPN", "04", "PHL"),
        ("JPN", "03", "PHL"),
        ("PHL", "03", "JPN"),
        published="2024-07-08",
    ),
    case(
        "'the leaders' after a state and a body not named together is no pair of them",
        "Timor-Leste was admitted on Sunday as the eleventh member of ASEAN at the bloc's summit. The leaders"
        " signed a declaration on its accession.",
        ("ASEAN", "05", "TLS"),
        published="2025-10-26",
    ),
    case(
        "a noun of relation ('its neighbour') is the other side, not its possessor",
        "Greece and North Macedonia signed an accord on Sunday. In return, Athens will drop its objections to"
        " its neighbour's membership of NATO.",
        ("GRC", "057", "MKD"),
        ("MKD", "057", "GRC"),
        ("GRC", "08+|035", "MKD"),
        published="2018-06-17",
    ),
    case(
        "police or troops sent after a host's request protect it: announced, an intent to protect",
        "Canberra will send police and troops to Honiara after a request from the Solomon Islands government,"
        " the prime minister said on Thursday.",
        ("AUS", "0334", "SLB"),
        published="2021-11-25",
    ),
    case(
        "police sent after a request, told as done, are protection given",
        "Australia sent police to Honiara on Thursday following a request from the Solomon Islands.",
        ("AUS", "074", "SLB"),
        published="2021-11-25",
    ),
    case(
        "an act that only appears or seems done is not told as done",
        "Dakar summoned the Ukrainian ambassador on Monday over a video in which he appeared to back the"
        " attack in Mali.",
        ("SEN", "114", "UKR"),
        published="2024-08-06",
    ),
    case(
        "a cooperative act of a general code glossed by a specific participle of its root is one act",
        "Bogota and Caracas named ambassadors to each other's capitals on Thursday, restoring diplomatic ties"
        " that had been broken since 2019.",
        ("COL", "054", "VEN"),
        ("VEN", "054", "COL"),
        published="2022-08-12",
    ),
    case(
        "a hostile measure glossed by a participle is a further measure",
        "Turkey suspended all military agreements with Israel on Friday, downgrading relations to the level"
        " of second secretary.",
        ("TUR", "160", "ISR"),
        ("TUR", "161", "ISR"),
        published="2011-09-02",
    ),
    case(
        "companies added to an export or entity list are restricted in trade (163), not sanctioned as people",
        "Washington added 140 Chinese companies to its export blacklist on Monday. Beijing added 11 American"
        " companies to its unreliable entity list on Friday.",
        ("USA", "163", "CHN"),
        ("CHN", "163", "USA"),
        published="2024-12-07",
    ),
    case(
        "a group added to a list of terrorist organisations is still a designation (172)",
        "Washington added the Houthis to its list of terrorist organisations on Friday.",
        ("USA", "172", "YEM"),
        published="2024-12-07",
    ),
    case(
        "forces sent into a country to help it are protection (074), and announced an intent (0334)",
        "Kenya deployed 400 police officers to Haiti on Tuesday to help restore order. Rwanda will send"
        " 1,000 soldiers to Mozambique to help fight an insurgency.",
        ("KEN", "074", "HTI"),
        ("RWA", "0334", "MOZ"),
        published="2024-06-27",
    ),
    case(
        "forces sent to a border to help stop crossings still face the neighbour (154)",
        "Poland deployed 5,000 troops to its border with Belarus on Monday to help stop migrants.",
        ("POL", "154", "BLR"),
        published="2024-06-27",
    ),
    case(
        "sanctions whose target is told by a participle: 'targeting', 'aimed at' (163)",
        "The European Union adopted new sanctions targeting Russia's oil exports on Friday. Washington"
        " unveiled sanctions aimed at Iran's drone programme on Monday.",
        ("EU", "163", "RUS"),
        ("USA", "163", "IRN"),
        published="2024-06-27",
    ),
    case(
        "nominal sanctions described by 'targeting' (163)",
        "New British sanctions targeting Russian banks took effect on Friday.",
        ("GBR", "163", "RUS"),
        published="2024-06-27",
    ),
    case(
        "sanctions with no target told get none from the story",
        "Russia invaded Ukraine in February 2022. The European Union adopted sanctions weeks later.",
        ("RUS", "19", "UKR"),
        published="2024-06-27",
    ),
    case(
        "a coup condemned is judged in the state it happens in (111)",
        "The African Union condemned the coup in Niger on Thursday. Washington condemned Myanmar's military"
        " takeover. Paris said the coup in Gabon was illegitimate.",
        ("AU", "111", "NER"),
        ("USA", "111", "MMR"),
        ("FRA", "111", "GAB"),
        published="2023-08-31",
    ),
    case(
        "an attack condemned is not judged in the place it happens in",
        "France condemned the coup in Niger and the attack on the French embassy in Niamey.",
        ("FRA", "111", "NER"),
        published="2023-08-31",
    ),
    case(
        "a meeting held at a seat of power is in its state (a visit, 042, and the meeting, 040, each way),"
        " the noun with its verb",
        "Modi held a meeting with Biden at the White House on Thursday.",
        ("IND", "042", "USA"),
        ("IND", "040", "USA"),
        ("USA", "040", "IND"),
        published="2023-06-23",
    ),
    case(
        "an offer to mediate or to host talks between two parties is an intent to mediate (039)",
        "Qatar offered on Tuesday to mediate between Israel and Hamas. Turkey offered to host peace talks"
        " between Russia and Ukraine.",
        ("QAT", "039", "ISR"),
        ("QAT", "039", "PSE"),
        ("TUR", "039", "RUS"),
        ("TUR", "039", "UKR"),
        published="2024-05-01",
    ),
    case(
        "hosting a meeting between two parties is mediation (045); the meeting is theirs (040)",
        "Morocco hosted a meeting between Israel and the PLO on Monday.",
        ("MAR", "045", "ISR"),
        ("MAR", "045", "PSE"),
        ("ISR", "040", "PSE"),
        ("PSE", "040", "ISR"),
        published="2024-05-01",
    ),
    case(
        "agreeing to talks or a meeting with another is an intent to meet (036)",
        "Iran agreed on Monday to a new round of talks with the United States. Armenia agreed to a meeting"
        " with Azerbaijan.",
        ("IRN", "036", "USA"),
        ("ARM", "036", "AZE"),
        published="2024-05-01",
    ),
    case(
        "a government protesting against another's act complains (114)",
        "Manila protested against the Chinese coast guard's use of water cannon on Sunday.",
        ("PHL", "114", "CHN"),
        published="2024-05-01",
    ),
    case(
        "a government protesting against a visit complains to the visitor's state (114)",
        "China protested against the visit to Taipei by the US speaker.",
        ("CHN", "114", "USA"),
        ("USA", "042", "TWN"),
        published="2024-05-01",
    ),
    case(
        "people protesting against their government rally (141)",
        "Thousands of people protested against the government in Tbilisi.",
        ("GEO", "141", "GEO"),
        published="2024-05-01",
    ),
    case(
        "regret expressed over another's decision is criticism (111)",
        "Japan expressed regret on Friday over China's decision to suspend imports of Japanese seafood."
        " Seoul voiced strong regret over Tokyo's decision.",
        ("JPN", "111", "CHN"),
        ("KOR", "111", "JPN"),
        ("CHN", "163", "JPN"),
        published="2023-08-25",
    ),
    case(
        "a protest or complaint answers the act against its speaker told before it",
        "A Chinese coast guard ship used water cannon against a Philippine boat on Saturday. Manila lodged a"
        " protest on Sunday.",
        ("CHN", "190", "PHL"),
        ("PHL", "114", "CHN"),
        published="2023-08-08",
    ),
    case(
        "a protest answers the act against its speaker told after it, in a clause of time",
        "Manila protested on Sunday after a Chinese coast guard ship used water cannon against a Philippine"
        " boat.",
        ("CHN", "190", "PHL"),
        ("PHL", "114", "CHN"),
        published="2023-08-08",
    ),
    case(
        "entry or visas banned or denied to another state's people is an administrative sanction (172)",
        "Moscow banned entry to 500 Americans on Friday. Israel denied entry to two US congresswomen."
        " The Taliban denied visas to two British journalists.",
        ("RUS", "172", "USA"),
        ("ISR", "172", "USA"),
        ("AFG", "172", "GBR"),
        published="2024-05-01",
    ),
    case(
        "strikes or an offensive 'inside' a state are aimed at it (195, 190), not a labour strike",
        "Pakistan carried out air strikes inside Iran on Thursday. Israel launched strikes inside Iran."
        " Turkey launched an offensive inside Syria.",
        ("PAK", "195", "IRN"),
        ("ISR", "195", "IRN"),
        ("TUR", "190", "SYR"),
        published="2024-01-19",
    ),
    case(
        "'warning shots' the parser reads as a verb of warning are no threat",
        "North Korean soldiers crossed the border briefly before retreating after warning shots from the"
        " South.",
        published="2024-06-11",
    ),
    case(
        "concessions or a compromise ruled out or rejected are a refusal to yield (124)",
        "Kyiv ruled out any territorial concessions to Moscow on Tuesday. Ukraine rejected any compromise"
        " with Russia over Crimea.",
        ("UKR", "124", "RUS"),
        published="2024-05-01",
    ),
    case(
        "a sum given or pledged 'in' a kind of aid is that kind (072, 073; pledged 0332, 0333)",
        "Japan provided $500 million in humanitarian aid to Ukraine on Tuesday. Washington sent $2 billion"
        " in military aid to Kyiv. Germany pledged $1 billion in military aid to Ukraine. Britain pledged"
        " $100 million in aid to Sudan.",
        ("JPN", "073", "UKR"),
        ("USA", "072", "UKR"),
        ("DEU", "0332", "UKR"),
        ("GBR", "033", "SDN"),
        published="2024-05-01",
    ),
    case(
        "letting aid in: the one let in is the subject the parser gives the infinitive (0863)",
        "Israel allowed aid trucks to enter Gaza through the Kerem Shalom crossing on Sunday.",
        ("ISR", "0863", "PSE"),
        published="2024-03-11",
    ),
    case(
        "letting aid in with a bare infinitive after 'let' (0863)",
        "Egypt let aid convoys cross into Gaza from Rafah on Monday.",
        ("EGY", "0863", "PSE"),
        published="2024-03-11",
    ),
    case(
        "a worker's kind is its compound: aid workers let in (0863)",
        "Myanmar's junta allowed UN aid workers into Rakhine state.",
        ("MMR", "0863", "UN"),
        published="2024-03-11",
    ),
    case(
        "inspectors let in to visit a site (0862)",
        "Iran allowed IAEA inspectors to visit the Fordow site on Saturday.",
        ("IRN", "0862", "IAEA"),
        published="2023-03-04",
    ),
    case(
        "an act a letting still to come governs is not told as done: only the intent to let",
        "Lithuania agreed to let Taiwan open a representative office in Vilnius.",
        ("LTU", "030", "TWN"),
        published="2021-08-10",
    ),
    case(
        "an act a letting told as done governs is done (050)",
        "Lithuania allowed Taiwan to open a representative office in Vilnius.",
        ("TWN", "050", "LTU"),
        published="2021-11-18",
    ),
    case(
        "a phrase's possessor the parser hangs on a noun of its compound is still the phrase's (051)",
        "Turkey's parliament ratified Sweden's NATO membership bid on Tuesday.",
        ("TUR", "051", "SWE"),
        published="2024-01-24",
    ),
    case(
        "a bid a state possesses is that state's, not the body's it bids to join (129)",
        "Hungary blocked Ukraine's EU membership bid on Thursday.",
        ("HUN", "129", "UKR"),
        published="2023-12-14",
    ),
    case(
        "a body known by name that another actor leads is that body ('Russian-led CSTO')",
        "Armenia froze its participation in the Russian-led CSTO military alliance.",
        ("ARM", "160", "CSTO"),
        published="2024-02-23",
    ),
    case(
        "a body known by name that another actor leads is that body ('US-led NATO')",
        "Russia condemned the US-led NATO alliance on Friday.",
        ("RUS", "111", "NATO"),
        published="2024-02-23",
    ),
    case(
        "a coalition with no name of its own acts as its leader ('Saudi-led')",
        "The Saudi-led coalition struck Houthi positions in Yemen on Friday.",
        ("SAU", "190", "YEM"),
        published="2024-02-23",
    ),
    case(
        "a designation whose object the parser takes for an indirect one, its complement an apposition (172)",
        "Washington designated the Houthis a terrorist organisation on Wednesday.",
        ("USA", "172", "YEM"),
        published="2024-01-17",
    ),
    case(
        "a nominal act's agent the parser hangs on its 'of' object: 'the expulsion of X by Y' (174)",
        "The expulsion of two Russian diplomats by Norway angered Moscow.",
        ("NOR", "174", "RUS"),
        published="2024-06-10",
    ),
    case(
        "the same for an arrest, the complaint against it answering the arrest's agent (173, 111)",
        "The arrest of a French citizen by Iranian authorities was condemned by Paris.",
        ("IRN", "173", "FRA"),
        ("FRA", "111", "IRN"),
        published="2024-06-10",
    ),
    case(
        "a speaker's displeasure at another's act is dismay (012)",
        "Trump said he was very unhappy about the Israeli strike.",
        ("USA", "012", "ISR"),
        published="2025-09-09",
    ),
    case(
        "a speaker's fury at another's act is outrage (111)",
        "Erdogan said he was furious about Sweden's decision.",
        ("TUR", "111", "SWE"),
        published="2023-01-23",
    ),
    case(
        "displeasure at 'the way' another acted is aimed at who acted",
        "Trump said he was unhappy about the way Beijing handled the outbreak.",
        ("USA", "012", "CHN"),
        published="2020-03-18",
    ),
    case(
        "mediation with no 'between' is between the parties of the act it led to (045)",
        "Ukraine and Russia swapped 200 prisoners after mediation by the United Arab Emirates.",
        ("UKR", "0841", "RUS"),
        ("RUS", "0841", "UKR"),
        ("ARE", "045", "UKR"),
        ("ARE", "045", "RUS"),
        published="2024-01-03",
    ),
    case(
        "a mediator named by its adjective: 'following Egyptian mediation' (045)",
        "Israel and Hamas agreed to a truce following Egyptian mediation.",
        ("ISR", "0871", "PSE"),
        ("PSE", "0871", "ISR"),
        ("EGY", "045", "ISR"),
        ("EGY", "045", "PSE"),
        published="2024-01-03",
    ),
    case(
        "a mediation with no parties named anywhere is no event",
        "Egypt said its mediation efforts were continuing.",
        published="2024-01-03",
    ),
    case(
        "talks a third party hosts, with no 'between', are between the parties they were coded with (045)",
        "Armenia and Azerbaijan agreed to a ceasefire after talks in Moscow hosted by Russian Foreign"
        " Minister Sergei Lavrov.",
        ("ARM", "0871", "AZE"),
        ("AZE", "0871", "ARM"),
        ("ARM", "046", "AZE"),
        ("AZE", "046", "ARM"),
        ("RUS", "045", "ARM"),
        ("RUS", "045", "AZE"),
        published="2020-10-10",
    ),
    case(
        "the same with the talks held by the parties and hosted by a third (045, no visit to the host)",
        "Iran and the United States held talks in Muscat hosted by Oman on Saturday.",
        ("IRN", "046", "USA"),
        ("USA", "046", "IRN"),
        ("OMN", "045", "IRN"),
        ("OMN", "045", "USA"),
        published="2025-04-12",
    ),
    case(
        "an act on a named agreement whose parties the clause leaves out is aimed at its other side (160)",
        "Russia pulled out of the Black Sea grain deal on Monday.",
        ("RUS", "160", "UKR"),
        published="2023-07-17",
    ),
    case(
        "the same for a suspended treaty ('its participation' is no target of its own)",
        "Putin said Russia was suspending its participation in New START.",
        ("RUS", "160", "USA"),
        published="2023-02-21",
    ),
    case(
        "the same for a treaty suspended by its name",
        "India suspended the Indus Waters Treaty on Wednesday.",
        ("IND", "160", "PAK"),
        published="2025-04-24",
    ),
    case(
        "one of the six powers leaving the Iran deal acts on Iran, the other side",
        "The United States formally withdrew from the Iran nuclear deal on Tuesday.",
        ("USA", "160", "IRN"),
        published="2018-05-08",
    ),
    case(
        "a party with more than a few parties on the other side names no target",
        "Iran said it was suspending its commitments under the Iran nuclear deal.",
        published="2019-05-08",
    ),
    case(
        "troops sent 'to support' a state are military cooperation (062), not a word of support",
        "North Korea sent 1,500 soldiers to support Russia's war against Ukraine.",
        ("PRK", "062", "RUS"),
        published="2024-10-21",
    ),
    case(
        "weapons supplied 'to back' a state are military cooperation (062)",
        "Iran supplied drones to back Russia's invasion.",
        ("IRN", "062", "RUS"),
        published="2023-01-10",
    ),
    case(
        "aid sent 'to support' a state is the aid alone (070), no word of support (051)",
        "Japan sent aid to support Turkey on Tuesday.",
        ("JPN", "070", "TUR"),
        published="2023-02-07",
    ),
    case(
        "a sum pledged 'to support' a state, the parser's relative clause on the sum (0331)",
        "Germany pledged $1 billion to support Ukraine.",
        ("DEU", "0331", "UKR"),
        published="2024-06-11",
    ),
    case(
        "support asked for is no support given: the appeal alone",
        "Britain urged Germany to support Ukraine.",
        ("GBR", "02", "DEU"),
        published="2024-06-11",
    ),
    case(
        "a claim of responsibility for attacks told by a clause is aimed at the state they struck (015)",
        "Al-Shabaab claimed responsibility for the attack that killed 15 people in Nairobi.",
        ("SOM", "015", "KEN"),
        published="2019-01-16",
    ),
    case(
        "a claim of responsibility for an attack placed by its own phrase (015)",
        "The Taliban claimed responsibility for the bombing in Islamabad.",
        ("AFG", "015", "PAK"),
        published="2023-12-20",
    ),
    case(
        "a threat of countermeasures naming no adversary answers the act another told just before (131)",
        "Finland joined NATO on Tuesday. The Kremlin said Russia would take countermeasures.",
        ("FIN", "057", "NATO"),
        ("RUS", "131", "FIN"),
        published="2023-04-04",
    ),
    case(
        "a warning of a price paid by others is no threat aimed at the last actor",
        "Russia quit the grain deal, which Turkey brokered. Guterres warned that people in need would pay the"
        " price.",
        ("RUS", "160", "UKR"),
        ("TUR", "045", "RUS"),
        ("TUR", "045", "UKR"),
        published="2023-07-17",
    ),
    case(
        "a show of force made on one's own ground has no target: its 'its' is the doer's, not the reporter's",
        "China staged military drills near its coast, Taiwan's defence ministry said. North Korea fired two"
        " ballistic missiles into the sea off its east coast, South Korea's military said.",
        published="2025-03-10",
    ),
    case(
        "a visit's place is not read from a participle clause of its consequences",
        "Japan's prime minister paid a visit to the Yasukuni shrine in Tokyo on Thursday, drawing criticism"
        " from Beijing.",
        ("CHN", "111", "JPN"),
        published="2024-08-15",
    ),
    case(
        "'came under attack/shelling from X' is X's force against the subject (190, 194)",
        "A Ukrainian patrol boat came under attack from Russian forces near Kherson. The town of Sumy came"
        " under heavy shelling by Russian troops overnight.",
        ("RUS", "190", "UKR"),
        ("RUS", "194", "UKR"),
        published="2025-03-10",
    ),
    case(
        "clashes or fighting between two sides, the 'between' phrase on the verb the noun is subject of",
        "Clashes broke out between Tajik and Kyrgyz troops along the disputed border. Talks resumed"
        " between Serbia and Kosovo in Brussels. Fighting between Thailand and Cambodia killed 30 people.",
        ("TJK", "190", "KGZ"),
        ("KGZ", "190", "TJK"),
        ("SRB", "046", "XKX"),
        ("XKX", "046", "SRB"),
        ("THA", "190", "KHM"),
        ("KHM", "190", "THA"),
        published="2025-03-10",
    ),
    case(
        "'cut off talks with' halts negotiations (164)",
        "Beijing cut off military talks with Washington after the visit.",
        ("CHN", "164", "USA"),
        published="2025-03-10",
    ),
    case(
        "returning captives or children is a release (0841)",
        "Russia returned 20 Ukrainian children to their families. North Korea returned the crew of the"
        " seized vessel to South Korea.",
        ("RUS", "0841", "UKR"),
        ("PRK", "0841", "KOR"),
        published="2025-03-10",
    ),
    case(
        "a state that storms an embassy raids it (170); protesters riot (145)",
        "Ecuador stormed the Mexican embassy in Quito. Iranian protesters stormed the Saudi embassy in"
        " Tehran.",
        ("ECU", "170", "MEX"),
        ("IRN", "145", "SAU"),
        published="2025-03-10",
    ),
    case(
        "forces leaving a region a state's possessive names leave that state (0874)",
        "Eritrean forces left Ethiopia's Tigray region.",
        ("ERI", "0874", "ETH"),
        published="2025-03-10",
    ),
    case(
        "charged or arrested 'with/for spying for' a state: aimed at that state, and an accusation of spying",
        "Germany charged three men with spying for China. Poland arrested a man for spying for Russia.",
        ("DEU", "173", "CHN"),
        ("DEU", "1125", "CHN"),
        ("POL", "173", "RUS"),
        ("POL", "1125", "RUS"),
        published="2025-03-10",
    ),
    case(
        "'provide/supply X with' aid, loans, weapons or food: X receives (070-073)",
        "Iran supplied Russia with drones. The IMF provided Sri Lanka with a $3 billion loan. Egypt provided"
        " Gaza with food and medicine. Washington provided Kyiv with $2 billion in military aid.",
        ("IRN", "072", "RUS"),
        ("IMF", "071", "LKA"),
        ("EGY", "073", "PSE"),
        ("USA", "072", "UKR"),
        published="2025-03-10",
    ),
    case(
        "handing over or ceding land is returning property (0842); refusing to, 1243",
        "Armenia handed over four border villages to Azerbaijan. Moscow will not cede any territory to Kyiv.",
        ("ARM", "0842", "AZE"),
        ("RUS", "1243", "UKR"),
        published="2025-03-10",
    ),
    case(
        "suspending lending cuts economic aid (1621)",
        "The World Bank suspended new lending to Uganda.",
        ("WB", "1621", "UGA"),
        published="2025-03-10",
    ),
    case(
        "'called for peace in X' appeals for a settlement there (027)",
        "Pope Francis called for peace in Ukraine during his Easter address.",
        ("VAT", "027", "UKR"),
        published="2025-03-10",
    ),
    case(
        "'neutralised' militants is killing them (190)",
        "Turkish forces neutralised 15 PKK militants in northern Iraq.",
        ("TUR", "190", "IRQ"),
        published="2025-03-10",
    ),
    case(
        "a sum 'of' assets frozen is the assets' (163)",
        "The EU froze 200 billion euros of Russian assets.",
        ("EU", "163", "RUS"),
        published="2025-03-10",
    ),
    case(
        "a compound modifier stands for an 'of' phrase: an arms sale, weapons deliveries (not an arms deal)",
        "The US approved an arms sale to Taiwan. Germany suspended weapons deliveries to Turkey.",
        ("USA", "062", "TWN"),
        ("DEU", "1622", "TUR"),
        published="2025-03-10",
    ),
    case(
        "a nominal delivery or transfer of weapons is military aid (072)",
        "Germany's delivery of Leopard tanks to Ukraine angered Moscow. The transfer of US weapons to Israel"
        " continued despite the protests.",
        ("DEU", "072", "UKR"),
        ("USA", "072", "ISR"),
        published="2025-03-10",
    ),
    case(
        "'blasted/thanked X for V-ing': X did what the gerund tells",
        "Kiev blasted Budapest for blocking aid to Ukraine. Zelensky thanked Poland for supporting Ukraine.",
        ("UKR", "111", "HUN"),
        ("HUN", "162", "UKR"),
        ("UKR", "051", "POL"),
        ("POL", "051", "UKR"),
        published="2025-03-10",
    ),
    case(
        "'hit back at' and 'took aim at' criticise (111); 'hit back with' leaves the act to its means",
        "Beijing hit back at Washington's new chip restrictions. Macron took aim at Trump's tariff policy in"
        " a speech. Beijing hit back with duties on US goods.",
        ("CHN", "111", "USA"),
        ("FRA", "111", "USA"),
        ("CHN", "163", "USA"),
        published="2025-03-10",
    ),
    case(
        "'ramped up' or 'stepped up' aid gives it (070)",
        "The United States ramped up aid to Israel.",
        ("USA", "070", "ISR"),
        published="2025-03-10",
    ),
    case(
        "capturing a named town is taking its state's territory (192); not a named ship",
        "Syrian rebels captured Aleppo from government forces. Israeli troops seized Rafah. Houthi rebels"
        " captured the Galaxy Leader.",
        ("SYR", "192", "SYR"),
        ("ISR", "192", "PSE"),
        published="2025-03-10",
    ),
    case(
        "an act warned 'against' is not done; the warning is the event",
        "Moscow warned Washington against supplying long-range missiles to Kyiv.",
        ("RUS", "130", "USA"),
        published="2025-03-10",
    ),
    case(
        "ordering or announcing the closure of an embassy reduces relations (161)",
        "Venezuela ordered the closure of the Argentine embassy. Kyiv announced the closure of its embassy"
        " in Minsk.",
        ("VEN", "161", "ARG"),
        ("UKR", "161", "BLR"),
        published="2025-03-10",
    ),
    case(
        "resuming, continuing or expanding strikes or attacks on X is carrying them out (195, 190)",
        "Israel resumed strikes on Gaza, ending the ceasefire. Russia resumed attacks on Kyiv.",
        ("ISR", "195", "PSE"),
        ("RUS", "190", "UKR"),
        published="2025-03-10",
    ),
    case(
        "'spoke with' another leader consults (040, both ways); not with reporters",
        "Marco Rubio spoke with Benjamin Netanyahu about the hostages. Macron spoke with reporters in Paris.",
        ("USA", "040", "ISR"),
        ("ISR", "040", "USA"),
        published="2025-03-10",
    ),
    case(
        "blocking a bid aims at the bid's owner before the body it is made to",
        "Recep Tayyip Erdogan threatened to block Sweden's NATO bid.",
        ("TUR", "130", "SWE"),
        published="2025-03-10",
    ),
    case(
        "force whose subject is an air strike or aircraft is an air strike (195); not a bombing",
        "Pakistani airstrikes killed 46 people in Afghanistan's Paktika province. Israeli drones struck a car"
        " in southern Lebanon.",
        ("PAK", "195", "AFG"),
        ("ISR", "195", "LBN"),
        published="2025-03-10",
    ),
    case(
        "a named object's capitalised title is what the object is: summoning an envoy by title and name",
        "The State Department summoned Russian Ambassador Anatoly Antonov on Tuesday evening. Poland expelled"
        " Belarusian Consul Ivan Petrov.",
        ("USA", "114", "RUS"),
        ("POL", "174", "BLR"),
        published="2023-03-15",
    ),
    case(
        "the national modifier of the judging noun itself accuses that state: an act of Iranian terrorism",
        "Israel called the hijacking an act of Iranian terrorism. Kyiv said the strike was Russian"
        " aggression.",
        ("ISR", "112", "IRN"),
        ("UKR", "112", "RUS"),
        published="2023-11-20",
    ),
    case(
        "a speaker saying another violated its sovereignty or the law accuses it",
        "Beijing said Manila had seriously violated its sovereignty. China said the United States had"
        " infringed on its sovereignty. Russia violated international law, Kyiv said.",
        ("CHN", "112", "PHL"),
        ("CHN", "112", "USA"),
        ("UKR", "112", "RUS"),
        published="2024-05-01",
    ),
    case(
        "applying to join an organisation is an intent to cooperate (030); not when negated",
        "Finland applied to join NATO on Wednesday. Austria did not apply to join the alliance.",
        ("FIN", "030", "NATO"),
        published="2022-05-18",
    ),
    case(
        "a capital compounded with an attack tells where it was, not who made it",
        "The Kabul bombing killed 20 people, including Afghan soldiers. US Predator attacks have killed eight"
        " militant commanders in Pakistan.",
        ("USA", "190", "PAK"),
        published="2024-05-01",
    ),
    case(
        "a threat of force whose kind is not blockade or occupation is 138",
        "North Korea threatened to strike Guam. Israel threatened Lebanon with airstrikes. Iran threatened an"
        " attack on Israel.",
        ("PRK", "138", "USA"),
        ("ISR", "138", "LBN"),
        ("IRN", "138", "ISR"),
        published="2024-05-01",
    ),
    case(
        "a response said to come on a condition is a threat aimed at whom the condition names",
        "Washington said it would respond decisively if Beijing attacked Taiwan. Israel said it would respond"
        " to the proposal on Monday.",
        ("USA", "138", "CHN"),
        published="2024-05-01",
    ),
    case(
        "regret is criticism (111) answering whoever had just acted against the regretter",
        "Argentina announced on Monday that it would leave the WHO, accusing the agency of mishandling the"
        " pandemic. The WHO said on Tuesday it regretted the announcement.",
        ("ARG", "160", "WHO"),
        ("ARG", "112", "WHO"),
        ("WHO", "111", "ARG"),
        published="2025-01-21",
    ),
    case(
        "accusations of aggression, of spying and of rights abuses are 112, as the gold sets code them",
        "Armenia accused Azerbaijan of aggression. Pakistan blamed India for the attack. Poland accused"
        " Russia of espionage. Washington accused Beijing of human rights abuses.",
        ("ARM", "112", "AZE"),
        ("PAK", "112", "IND"),
        ("POL", "112", "RUS"),
        ("USA", "112", "CHN"),
        published="2024-05-01",
    ),
    case(
        "an invitation is coded by what it invites to: to join, an intent to cooperate (030); to visit, 036",
        "BRICS leaders invited Argentina and Egypt to become members. Xi invited Putin to visit Beijing.",
        ("BRICS", "030", "ARG"),
        ("BRICS", "030", "EGY"),
        ("CHN", "036", "RUS"),
        published="2023-08-24",
    ),
    case(
        "fire and gunfire act for whoever the national modifier names, as an attack does",
        "Three Indian soldiers were killed by Pakistani fire along the Line of Control. Israeli fire killed"
        " two Palestinians in the West Bank. A fire killed ten people in Delhi.",
        ("PAK", "190", "IND"),
        ("ISR", "190", "PSE"),
        published="2024-05-01",
    ),
    case(
        "water cannon fired at a state's vessels is force (190); fired at protesters, repression (175)",
        "Chinese coast guard ships fired water cannon at Philippine boats near the Second Thomas Shoal."
        " Georgian police fired water cannon at protesters in Tbilisi.",
        ("CHN", "190", "PHL"),
        ("GEO", "175", "GEO"),
        published="2024-05-01",
    ),
    case(
        "an expulsion coordinated with an announced cut shares its future and its verb of saying",
        "Morocco said it would close its embassy in Tehran and expel the Iranian ambassador.",
        ("MAR", "161", "IRN"),
        ("MAR", "174", "IRN"),
        published="2018-05-02",
    ),
    case(
        "people counted by a demonym are nationals: not coded by the state the text places them in",
        "Iran detained two Britons in Tehran. Two Britons in Iran were detained by the Revolutionary Guards.",
        ("IRN", "173", "GBR"),
        published="2024-05-01",
    ),
    case(
        "shelling or pounding by aircraft is an air strike (195); by an army, artillery (194)",
        "Israeli jets pounded Hezbollah positions in southern Lebanon. The Pakistani army shelled Afghan"
        " border posts.",
        ("ISR", "195", "LBN"),
        ("PAK", "194", "AFG"),
        published="2024-05-01",
    ),
    case(
        "an emperor or a grand duke is a head of state, named by title alone",
        "King Charles hosted Japan's emperor at Buckingham Palace. Biden met Luxembourg's grand duke.",
        ("GBR", "043", "JPN"),
        ("JPN", "042", "GBR"),
        ("USA", "040", "LUX"),
        ("LUX", "040", "USA"),
        published="2024-05-01",
    ),
    case(
        "holding prisoners is no hostage-taking; holding people hostage is",
        "Israel holds thousands of Palestinian prisoners. Hamas is holding two Israeli soldiers hostage.",
        ("PSE", "181", "ISR"),
        published="2024-05-01",
    ),
    case(
        "people freed of no named state are freed to the other side of the swap",
        "Hamas freed 24 hostages in exchange for 39 Palestinian prisoners held by Israel.",
        ("PSE", "0841", "ISR"),
        ("ISR", "0841", "PSE"),
        published="2023-11-24",
    ),
    case(
        "talks hung on the verb's object are still held by the verb's subject",
        "Armenia and Azerbaijan agreed to a prisoner exchange at talks hosted by Germany in Berlin on "
        "Tuesday.",
        ("ARM", "046", "AZE"),
        ("AZE", "046", "ARM"),
        ("DEU", "045", "ARM"),
        ("DEU", "045", "AZE"),
        published="2024-03-01",
    ),
    case(
        "talks at which a future agreement is to be reached are only intended",
        "Sudan and South Sudan will agree to a border deal at talks in Addis Ababa next week.",
        ("SDN", "036", "SSD"),
        ("SSD", "036", "SDN"),
        published="2024-03-01",
    ),
    case(
        "a government saying the charge against it did not happen denies it",
        "Lithuania accused Belarus of sending migrants across the border. Minsk said none of its border "
        "guards had been involved.",
        ("LTU", "112", "BLR"),
        ("BLR", "016", "LTU"),
        published="2024-03-01",
    ),
    case(
        "having nothing to do with the act charged is a denial",
        "Poland blamed Russia for the sabotage. The Kremlin insisted it had nothing to do with the fires.",
        ("POL", "112", "RUS"),
        ("RUS", "016", "POL"),
        published="2024-03-01",
    ),
    case(
        "a stance refused in answer is a rejection, not a denial",
        "Manila protested to Beijing over the collision. Beijing said it did not accept the protest.",
        ("PHL", "114", "CHN"),
        ("CHN", "120", "PHL"),
        published="2024-03-01",
    ),
    case(
        "an aide acts for the state of the one he serves",
        "Estonia accused Russia of jamming GPS signals. A senior aide to Putin said Moscow had not jammed "
        "anything.",
        ("EST", "112", "RUS"),
        ("RUS", "016", "EST"),
        published="2024-03-01",
    ),
    case(
        "a warning of what will come on a condition is a threat aimed at whom the condition names",
        "Egypt's foreign minister warned that Cairo would review the deal if Israel kept its troops on the "
        "border.",
        ("EGY", "130", "ISR"),
        published="2024-03-01",
    ),
    case(
        "a warning that another's attack will be met with force is a threat of force",
        "Israel's defence minister warned that any attack from Lebanon would be met with a harsh response.",
        ("ISR", "138", "LBN"),
        published="2024-03-01",
    ),
    case(
        "a warning of what an act will bring answers whoever acted",
        "Lithuania expelled two Russian diplomats. The Kremlin warned that the move would damage relations.",
        ("LTU", "174", "RUS"),
        ("RUS", "130", "LTU"),
        published="2024-03-01",
    ),
    case(
        "a warning of a forecast with no actor on the other side is no threat",
        "The World Bank warned that food prices would rise sharply next year. Beijing banned imports of "
        "Japanese seafood. Tokyo said the ban was regrettable, warning that fishermen everywhere would "
        "suffer.",
        ("CHN", "163", "JPN"),
        ("JPN", "111", "CHN"),
        published="2024-03-01",
    ),
    case(
        "cutting another's imports is an embargo",
        "Beijing cut imports of Japanese seafood.",
        ("CHN", "163", "JPN"),
        published="2024-03-01",
    ),
    case(
        "the names of a state's military rulers refer back to one another",
        "Niger's military rulers ordered the French ambassador to leave. France said the putschists had no "
        "authority to make such a request.",
        ("NER", "174", "FRA"),
        ("FRA", "111", "NER"),
        published="2023-08-26",
    ),
    case(
        "a reply is a verb of saying: what it says of another judges it",
        "Moscow ordered the Estonian envoy to leave. Tallinn replied that the order was unjustified.",
        ("RUS", "174", "EST"),
        ("EST", "111", "RUS"),
        published="2023-08-26",
    ),
    case(
        "a show of force naming no target answers whoever just acted against its actor",
        "A Russian warplane violated Finnish airspace on Monday. Finland scrambled fighter jets.",
        ("RUS", "150", "FIN"),
        ("FIN", "150", "RUS"),
        published="2024-03-01",
    ),
    case(
        "forces put on alert after an attack are on alert against the attacker",
        "North Korean artillery shelled a South Korean island on Tuesday. Seoul put its forces on the "
        "highest alert.",
        ("PRK", "194", "KOR"),
        ("KOR", "152", "PRK"),
        published="2024-03-01",
    ),
    case(
        "drills announced in waters near another state are a show of force against it",
        "Taiwan announced naval drills in waters near the Philippines.",
        ("TWN", "150", "PHL"),
        published="2024-03-01",
    ),
    case(
        "a show of force told as what came before its sentence answers none of its acts",
        "The EU banned Belarusian airlines from its airspace, a day after Belarus scrambled a fighter jet to "
        "force a Ryanair flight to land.",
        ("EU", "163", "BLR"),
        published="2024-03-01",
    ),
    case(
        "a demand for the release of people seized by another is made of their captor",
        "Britain demanded the immediate release of 15 sailors and marines seized by Iranian naval forces in "
        "the northern Gulf.",
        ("GBR", "1053", "IRN"),
        ("IRN", "18+|17+", "GBR"),
        published="2024-03-01",
    ),
    case(
        "a call for the release of people of no named state is made of whoever just seized people",
        "Myanmar's military detained civilian leaders. Ardern called for the release of detained civilian "
        "leaders.",
        ("MMR", "173", "MMR"),
        ("NZL", "0253", "MMR"),
        published="2024-03-01",
    ),
    case(
        "people taken in return for those freed are freed by each state that held them",
        "Russia freed reporter Evan Gershkovich on Thursday in a prisoner swap, receiving in return eight "
        "Russians held in the United States, Germany and Norway.",
        ("RUS", "0841", "USA"),
        ("USA", "0841", "RUS"),
        ("DEU", "0841", "RUS"),
        ("NOR", "0841", "RUS"),
        published="2024-08-01",
    ),
    case(
        "two coordinated names the parser hangs one on the other are both objects",
        "The International Criminal Court issued warrants for Benjamin Netanyahu and Hamas military chief "
        "Mohammed Deif.",
        ("ICC", "173", "ISR"),
        ("ICC", "173", "PSE"),
        published="2024-11-21",
    ),
    case(
        "a clause said after a phrase of time is what was said, not a relative clause on the time",
        "Beijing said the same day that Manila had made a grave mistake.",
        ("CHN", "111", "PHL"),
    ),
    case(
        "a clause said after a phrase of time: the same with a verb of writing",
        "Iran seized a British tanker on Friday. The British foreign secretary wrote the same day that "
        "Tehran had made a serious mistake.",
        ("IRN", "17+|19+|20+", "GBR"),
        ("GBR", "111", "IRN"),
    ),
    case(
        "a shooting judged names the act of fire told before it",
        "Indian troops fired on a Pakistani patrol boat on Monday, and Islamabad called the shooting a "
        "provocation.",
        ("IND", "190", "PAK"),
        ("PAK", "111", "IND"),
    ),
    case(
        "the shooting of someone by a named force",
        "Turkish police's shooting of a Syrian migrant drew a protest from Damascus.",
        ("TUR", "190", "SYR"),
    ),
    case(
        "a description of a state after its official names the official's state",
        "Recep Tayyip Erdogan said the country would send troops to Libya.",
        ("TUR", "03+|130", "LBY"),
        published="2020-01-02",
    ),
    case(
        "a bare claim of responsibility is aimed at the state struck by an act told with no author",
        "A bomb exploded in a market in Kabul on Monday. The Islamic State claimed responsibility.",
        ("IRQ", "015", "AFG"),
        published="2019-09-10",
    ),
    case(
        "a bare claim of responsibility in the sentence of the act told with no author",
        "Drones struck an oil plant in Saudi Arabia on Saturday, and Yemen's Houthi movement claimed "
        "responsibility.",
        ("YEM", "015", "SAU"),
        published="2019-09-15",
    ),
    case(
        "a threat naming no adversary is aimed at whom its speaker has just blamed in the sentence",
        "A senior Iraqi commander was killed in a drone strike on Friday, and Baghdad blamed Turkey, vowing "
        "that Iraq would respond.",
        ("IRQ", "112", "TUR"),
        ("IRQ", "13+", "TUR"),
        published="2024-03-02",
    ),
    case(
        "a span of time the parser reads as a phrase of when is the measure of what was granted",
        "Moscow granted the former American soldier a year of temporary asylum.",
        ("RUS", "075", "USA"),
    ),
    case(
        "sentences called draconian judge the court's act",
        "An Iranian court jailed two French tourists on Monday. Macron, who had spoken to Raisi the previous "
        "day, called the sentences draconian.",
        ("IRN", "17+", "FRA"),
        ("FRA", "111", "IRN"),
    ),
    case(
        "a government's disappointment at another's act condemns it",
        "Beijing expelled two Canadian diplomats on Monday. Ottawa said it was deeply disappointed.",
        ("CHN", "174", "CAN"),
        ("CAN", "111", "CHN"),
    ),
    case(
        "a coup condemned with no place is in the state the story is about",
        "Mutinous soldiers detained Gabon's president Ali Bongo on Wednesday. The African Union condemned "
        "the coup.",
        ("GAB", "173", "GAB"),
        ("AU", "111", "GAB"),
        published="2023-08-31",
    ),
    case(
        "a seizure of power condemned is a coup",
        "Special forces detained Guinea's president Alpha Conde on Sunday. ECOWAS condemned the seizure of "
        "power.",
        ("GIN", "173", "GIN"),
        ("ECOWAS", "111", "GIN"),
        published="2021-09-06",
    ),
    case(
        "a refusal to comply whose pronoun the parser gives the refuser answers whoever demanded",
        "The Security Council demanded on Monday that Russia withdraw its forces from Georgia. The Kremlin "
        "called the resolution biased and said Russia would not comply with it.",
        ("UN", "10+", "RUS"),
        ("RUS", "111", "UN"),
        ("RUS", "12+", "UN"),
        published="2008-08-19",
    ),
    case(
        "an accord judged is its parties' when its own phrase names them",
        "Baghdad said the deal between Turkey and the Kurdistan region was invalid.",
        ("IRQ", "111", "TUR"),
        published="2022-02-16",
    ),
    case(
        "evidence of a nation's role said to exist accuses that nation",
        "Britain said there was evidence of Russian involvement in the poisoning.",
        ("GBR", "112", "RUS"),
        published="2018-03-12",
    ),
    case(
        "a threat answers whom a judgement of its sentence blamed, coded after the triggers",
        "A senior Iraqi commander was killed near Baghdad on Friday. The foreign minister said there were "
        "clear indications of a Turkish role, and the prime minister vowed that Iraq would respond.",
        ("IRQ", "112", "TUR"),
        ("IRQ", "13+", "TUR"),
        published="2024-03-02",
    ),
    case(
        "armed men of no named state who seize a state's leader are that state's own (a coup)",
        "Soldiers of the presidential guard detained President Alpha Conde in Conakry on Sunday. Army"
        " officers placed President Ali Bongo under house arrest.",
        ("GIN", "173", "GIN"),
        ("GAB", "173", "GAB"),
        published="2021-09-06",
    ),
    case(
        "a foreign force named as such keeps its own state when it seizes a leader",
        "Russian soldiers detained President Alpha Conde in Conakry on Sunday.",
        ("RUS", "173", "GIN"),
        published="2021-09-06",
    ),
    case(
        "pilots, officers and diplomats captured are people seized (181)",
        "Pakistan said it had captured an Indian pilot after shooting down his jet over Kashmir.",
        ("PAK", "181", "IND"),
        ("PAK", "190", "IND"),
        published="2019-02-27",
    ),
    case(
        "an intent announced for the future is an intent ('would apply to join')",
        "Sweden announced on Monday that it would apply to join NATO.",
        ("SWE", "03", "NATO"),
        published="2022-05-16",
    ),
    case(
        "an instrument an actor enacts does what its relative clause says, in the enacter's name",
        "Japan approved a budget on Friday that provides $500 million in humanitarian aid to Ukraine. The"
        " Security Council adopted a resolution on Monday that imposes an arms embargo on South Sudan.",
        ("JPN", "073", "UKR"),
        ("UN", "163", "SSD"),
        published="2024-04-24",
    ),
    case(
        "an instrument an actor only judges does nothing in that actor's name",
        "Washington condemned the law that bans Uyghur groups in China.",
        published="2024-04-24",
    ),
    case(
        "'set X free' releases X, and captives set free with no agent were freed by whoever held them",
        "Iran set two French nationals free on Friday. Ten Thai farm workers held in Gaza were also set"
        " free.",
        ("IRN", "0841", "FRA"),
        ("PSE", "0841", "THA"),
        published="2025-01-18",
    ),
    case(
        "a claim of an act its claimant was told doing is aimed at all that act struck",
        "Al Shabaab fighters stormed an airstrip used by Kenyan and Ugandan troops. The Somali group"
        " claimed the attack on Monday.",
        ("SOM", "19", "KEN"),
        ("SOM", "19", "UGA"),
        ("SOM", "015", "KEN"),
        ("SOM", "015", "UGA"),
        published="2024-03-12",
    ),
    case(
        "force used on a place is used on whoever the place serves ('a camp used by X')",
        "Al Shabaab fighters attacked a camp used by Ugandan soldiers.",
        ("SOM", "190", "UGA"),
        published="2024-05-10",
    ),
    case(
        "'the report' rejected stands for whoever stated its findings",
        "The UN human rights office said on Wednesday that Beijing had detained a million Uyghurs in"
        " Xinjiang. China's foreign ministry rejected the report.",
        ("CHN", "173", "CHN"),
        ("CHN", "120", "UN"),
        published="2022-09-01",
    ),
    case(
        "a ruling rejected that names no party is aimed at whoever brought the case",
        "A panel of arbitrators ruled on Monday against Baku in a case brought by Armenia. Azerbaijan said"
        " it would not accept the award.",
        ("AZE", "12", "ARM"),
        published="2025-03-04",
    ),
    case(
        "an imposition or reimposition of a measure is the measure, its target on the thing imposed",
        "Washington ordered the reimposition of sanctions on Iran. The EU announced the imposition of tariffs"
        " on Chinese steel.",
        ("USA", "163", "IRN"),
        ("EU", "163", "CHN"),
        published="2018-05-09",
    ),
    case(
        "force launched from a territory, with the launch parsed as the main verb, comes from there",
        "Rockets fired from Lebanon struck northern Israel on Saturday.",
        ("LBN", "190", "ISR"),
        published="2024-05-12",
    ),
    case(
        "force launched from a region is from the state its name places it in",
        "Drones launched from Syria's Idlib province struck a Turkish border post on Tuesday.",
        ("SYR", "19", "TUR"),
        published="2024-05-15",
    ),
    case(
        "legal action a prosecutor asks judges for is the prosecutor's own (173), not an appeal",
        "The ICC prosecutor asked judges on Wednesday to issue an arrest warrant for Myanmar's military"
        " ruler.",
        ("ICC", "173", "MMR"),
        published="2024-11-28",
    ),
    case(
        "a request for an arrest warrant is legal action against whom it names (nominal 173)",
        "The ICC prosecutor's request for an arrest warrant for the Russian president angered Moscow.",
        ("ICC", "173", "RUS"),
        published="2024-11-28",
    ),
    case(
        "a pronoun accused after a case brought against a state is that state, not the court it went to",
        "Sudan filed a case against the United Arab Emirates at the International Court of Justice,"
        " accusing it of arming the RSF.",
        ("SDN", "115", "ARE"),
        ("SDN", "112", "ARE"),
        published="2025-03-06",
    ),
    case(
        "a claim after strikes of no named author that set fire to a place is aimed at the place's state",
        "Drones set fire to an oil refinery in eastern Saudi Arabia on Saturday, and Yemen's Houthi movement"
        " claimed responsibility.",
        ("YEM", "015", "SAU"),
        published="2019-09-15",
    ),
    case(
        "a case judged stands for the lawsuit told before, judged in whoever brought it",
        "Sudan filed a case against the UAE on Monday. The UAE called the case politically motivated.",
        ("SDN", "115", "ARE"),
        ("ARE", "111", "SDN"),
        published="2025-03-06",
    ),
    case(
        "a guest received (met, passive) at the airport by the host is hosted (043), no meeting of the two",
        "Xi arrived in Kazakhstan on Wednesday and was met at the airport in Nur-Sultan by President"
        " Tokayev.",
        ("CHN", "042", "KAZ"),
        ("KAZ", "043", "CHN"),
        published="2022-09-14",
    ),
    case(
        "a state that would seek to restore relations intends to (032), announced",
        "Nauru said on Monday it was cutting diplomatic ties with Taiwan and would seek to restore relations"
        " with China.",
        ("NRU", "161", "TWN"),
        ("NRU", "032", "CHN"),
        published="2024-01-15",
    ),
    case(
        "a wish to cooperate is an intent (03x), a wish to use force is nothing",
        "Russia wants to restore ties with Georgia. Russia wants to capture Kyiv.",
        ("RUS", "032", "GEO"),
        published="2024-01-15",
    ),
    case(
        "an attempt is no intent",
        "Pyongyang tried to restore ties with Seoul.",
        published="2024-01-15",
    ),
    case(
        "a gerund the tagger takes for a noun, kept up by its subject (045)",
        "Saudi Arabia kept mediating between Moscow and Kyiv.",
        ("SAU", "045", "RUS"),
        ("SAU", "045", "UKR"),
        published="2023-05-19",
    ),
    case(
        "an accord declared null and void is judged (111) in its party other than the judge",
        "Somalia declared null and void a port deal between Addis Ababa and the breakaway region of"
        " Somaliland.",
        ("SOM", "111", "ETH"),
        published="2024-01-02",
    ),
    case(
        "an accord judged is judged in the subject of the clause describing it",
        "Somalia declared null and void a deal under which Addis Ababa would gain access to the sea.",
        ("SOM", "111", "ETH"),
        published="2024-01-02",
    ),
    case(
        "a court that throws out a case rejects (120) whoever brought it",
        "The International Court of Justice on Monday threw out a case in which Sudan accused the United Arab"
        " Emirates of complicity in genocide.",
        ("ICJ", "120", "SDN"),
        ("SDN", "112", "ARE"),
        published="2025-05-05",
    ),
    case(
        "what an accord is to do is its aim, not an act done (and a treaty never signed is nothing)",
        "Tokyo and Moscow have never signed a peace treaty to formally end their Second World War"
        " hostilities.",
        published="2019-09-04",
    ),
    case(
        "an accord signed to end fighting is the signing (057), not a ceasefire besides",
        "Armenia and Azerbaijan signed an agreement on Tuesday to end six weeks of fighting.",
        ("ARM", "057", "AZE"),
        ("AZE", "057", "ARM"),
        published="2020-11-10",
    ),
    case(
        "a criticism and the rejection of its grounds in one sentence are one reaction (111)",
        "Algeria cut diplomatic ties with Morocco on Tuesday. Morocco said it regretted the completely"
        " unjustified decision and rejected what it called absurd pretexts.",
        ("DZA", "161", "MAR"),
        ("MAR", "111", "DZA"),
        published="2021-08-24",
    ),
    case(
        "an appeal or a demand that only may be made is none",
        "The trade minister said he was deeply disappointed and that Australia might appeal to the World"
        " Trade Organization. Canberra could also demand compensation from Beijing.",
        published="2020-05-19",
    ),
    case(
        "people 'meeting' somewhere, read as a compound noun, are the clause's subject",
        "EU foreign ministers meeting in Luxembourg on Monday agreed to impose sanctions on Iran.",
        ("EU", "163", "IRN"),
        published="2018-11-26",
    ),
    case(
        "people 'meeting' somewhere, read as a clause of their own, are the subject of the verb after it",
        "Kyiv condemned the attack, and NATO ambassadors meeting in emergency session on Monday urged Moscow"
        " to free the crews.",
        ("NATO", "0253", "RUS"),
        published="2018-11-26",
    ),
    case(
        "blame the parser hangs on a relative clause inside the reported clause is the speaker's",
        "The Greek foreign minister said there was no proof the rockets had come from Lebanon and blamed "
        "Syria for them.",
        ("GRC", "112", "SYR"),
        published="2024-03-04",
    ),
    case(
        "a verb of blame the parser hangs on a participle inside the reported clause is the speaker's",
        "The Kenyan president said there was little hope left and blamed Somalia for the collapse of the "
        "talks.",
        ("KEN", "112", "SOM"),
        published="2024-03-04",
    ),
    case(
        "sitting down with a leader in the leader's country is a visit and a meeting each way",
        "The Kenyan president sat down with Ethiopia's prime minister in Addis Ababa on Monday.",
        ("KEN", "042", "ETH"),
        ("KEN", "040", "ETH"),
        ("ETH", "040", "KEN"),
        published="2024-03-04",
    ),
    case(
        "sitting down together in a third country is a meeting there",
        "The Kenyan president sat down with Ethiopia's prime minister in Geneva on Monday.",
        ("KEN", "044", "ETH"),
        ("ETH", "044", "KEN"),
        published="2024-03-04",
    ),
    case(
        "fighter planes handed over are military aid",
        "Norway handed over six fighter planes to Ukraine on Monday.",
        ("NOR", "072", "UKR"),
        published="2024-03-04",
    ),
    case(
        "a pledge of an act no pattern codes is an intent to cooperate with the state it concerns",
        "In return, Serbia pledged to address Albania's concerns about the border.",
        ("SRB", "030", "ALB"),
        published="2024-03-04",
    ),
    case(
        "a pledge to do harm is no intent to cooperate",
        "Iran pledged to punish those behind the attack on Pakistan's border post.",
        published="2024-03-04",
    ),
    case(
        "a pledge coded by its act is that act's intent only",
        "Turkey pledged to send aid to Syria on Monday.",
        ("TUR", "033", "SYR"),
        published="2024-03-04",
    ),
    case(
        "a pronoun after an office's words stands for the office's owner",
        "The Moroccan king apologised to Spain on Monday for the remarks. Pedro Sanchez's office said he had "
        "accepted the apology.",
        ("MAR", "055", "ESP"),
        ("ESP", "056", "MAR"),
        published="2024-03-04",
    ),
    case(
        "an order conferred on a guest is an honour, however the parser hangs its name",
        "The Ethiopian president conferred the Order of the Star on Narendra Modi in Addis Ababa on Tuesday.",
        ("ETH", "051", "IND"),
        published="2024-03-04",
    ),
    case(
        "leaders a list names act as the states of those it names",
        "African leaders including Kenya's William Ruto and Nigeria's Bola Tinubu rallied behind Sudan's "
        "government.",
        ("KEN", "051", "SDN"),
        ("NGA", "051", "SDN"),
        published="2024-03-04",
    ),
    case(
        "what an actor is too weak to do is not done",
        "Nepal's prime minister said his country was too small to retaliate against China's trade curbs.",
        published="2024-03-04",
    ),
    case(
        "force at home told as what came before a measure answers none of its sentence's acts",
        "The African Union suspended Mali on Thursday, two days after Malian soldiers killed dozens of "
        "protesters at a rally in Bamako.",
        ("AU", "160", "MLI"),
        published="2024-03-04",
    ),
    case(
        "a quarter of a state's capital is in that state, not its namesake abroad",
        "Rioters torched shops in the Papua New Guinea capital's Chinatown on Wednesday.",
        ("PNG", "145", "PNG"),
        published="2024-01-10",
    ),
    case(
        'a rejection that "could" happen, in others\' words, is not told as done',
        "Hungary could defy a ruling from the European Court of Justice, analysts in Budapest said on "
        "Monday.",
        published="2024-03-04",
    ),
    case(
        "an aid agency forced out is an expulsion of aid agencies",
        "Eritrea forced the UN children's agency out of the country on Monday.",
        ("ERI", "1663", "UN"),
        published="2024-03-04",
    ),
    case(
        "an office of a body ordered out is the body expelled",
        "Burundi ordered out the UN human rights office on Friday.",
        ("BDI", "166", "UN"),
        published="2024-03-04",
    ),
    case(
        "a threat that names no one is aimed at the story's counterpart",
        "Washington imposed new tariffs on Brazilian steel on Friday, two days after Trump threatened to "
        "raise duties substantially.",
        ("USA", "163", "BRA"),
        ("USA", "130", "BRA"),
        published="2025-08-08",
    ),
    case(
        "police sent to help restore order somewhere protect that state",
        "Ghana sent 300 police officers to help restore order in Sierra Leone on Monday.",
        ("GHA", "074", "SLE"),
        published="2024-03-04",
    ),
    case(
        "a speaker saying an adversary would be punished threatens it",
        "Iraq's prime minister said Turkey would be punished.",
        ("IRQ", "138", "TUR"),
        published="2024-03-04",
    ),
    case(
        "a vow to punish names its object, not a passive of punishment",
        "The Iraqi prime minister vowed to punish Turkey for the strike.",
        ("IRQ", "138", "TUR"),
        published="2024-03-04",
    ),
    case(
        "a speaker saying an act would be met with reciprocity threatens its author",
        "China said on Monday it would raise tariffs on Indian steel. New Delhi replied that any such "
        "increase would be met with reciprocity.",
        ("CHN", "163", "IND"),
        ("IND", "130", "CHN"),
        published="2024-03-04",
    ),
    case(
        "counter-measures a speaker says its state will take threaten whoever just acted",
        "Sweden joined NATO on Thursday. The Kremlin said Russia would be forced to take counter-measures.",
        ("SWE", "057", "NATO"),
        ("RUS", "13", "SWE"),
        published="2024-03-08",
    ),
    case(
        "retaliatory measures against a state are a threat to it",
        "China said it would take retaliatory measures against Lithuania.",
        ("CHN", "13", "LTU"),
        published="2024-03-08",
    ),
    case(
        "a threat answers the main act before it, not an act told as what came before that",
        "Sweden joined NATO on Thursday, days after the Hungarian parliament became the last to ratify "
        "Sweden's membership. The Kremlin said Russia would take countermeasures.",
        ("SWE", "057", "NATO"),
        ("HUN", "051", "SWE"),
        ("RUS", "13", "SWE"),
        published="2024-03-08",
    ),
    case(
        "troops ordered to a border facing a state are a show of force against it",
        "Nicaragua ordered troops to the border with Costa Rica on Monday.",
        ("NIC", "154", "CRI"),
        published="2024-03-04",
    ),
    case(
        "troops ordered to withdraw are not troops sent",
        "Nicaragua ordered its troops to withdraw from the Costa Rican border on Monday.",
        ("NIC", "0874", "CRI"),
        published="2024-03-04",
    ),
    case(
        "a free relative of naming is the verb's object: 'launched what it described as an operation'",
        "Russia launched what it described as a special military operation in Ukraine.",
        ("RUS", "19", "UKR"),
    ),
    case(
        "a free relative of naming is the verb's object, after 'began'",
        "Turkey began what it described as a military operation in northern Syria on Wednesday.",
        ("TUR", "19", "SYR"),
    ),
    case(
        "condemning a nation's act on another's land judges the nation named by the adjective",
        "Syria condemned the Turkish occupation of Syrian land on Monday.",
        ("SYR", "111", "TUR"),
    ),
    case(
        "whom a condemned act is done to is not judged when the story told who did it",
        "Israeli troops moved into the buffer zone on the Syrian side of the Golan Heights on Sunday. Egypt"
        " condemned the occupation of Syrian land on Monday.",
        ("ISR", "19", "SYR"),
        ("EGY", "111", "ISR"),
    ),
    case(
        "an arrest of one's own citizen condemned is judged in the arresting state",
        "Chinese police arrested a Japanese journalist in Beijing on Sunday. Japan condemned the arrest of"
        " its citizen.",
        ("CHN", "173", "JPN"),
        ("JPN", "111", "CHN"),
    ),
    case(
        "troops entering a named foreign land occupy it (192)",
        "Senegalese troops entered Gambia on Thursday.",
        ("SEN", "192", "GMB"),
    ),
    case(
        "tanks crossing into a land are an incursion like troops",
        "Turkish tanks crossed into Syria on Thursday.",
        ("TUR", "192", "SYR"),
    ),
    case(
        "a leader entering a land is no incursion",
        "The French president entered Mali on Thursday.",
    ),
    case(
        "vessels blocking another nation's boats restrict their movement (191)",
        "Chinese coast guard ships blocked two Philippine supply boats on Tuesday.",
        ("CHN", "191", "PHL"),
    ),
    case(
        "a list the parser hangs on the first name's title still names each",
        "Ukraine imposed sanctions on Monday on Russian President Vladimir Putin, his foreign minister Sergei"
        " Lavrov and Belarusian leader Alexander Lukashenko.",
        ("UKR", "163", "RUS"),
        ("UKR", "163", "BLR"),
    ),
    case(
        "'called it' after another clause: the act that clause named, not its subject nor its complement",
        "China imposed tariffs on Australian wine on Monday. Canberra denounced the move as coercion, and US"
        " President Joe Biden called it outrageous.",
        ("CHN", "163", "AUS"),
        ("AUS", "111", "CHN"),
        ("USA", "111", "CHN"),
    ),
    case(
        "'the vessel' is the nation's whose craft the text named before, by any word for a ship",
        "A Greek-owned tanker was sailing off Yemen on Sunday. Houthi fighters seized the vessel in the Red"
        " Sea.",
        ("YEM", "171+", "GRC"),
    ),
    case(
        "a crew with no nation of its own is the nation's whose craft was named before",
        "Russian border guards seized three Ukrainian navy vessels on Sunday and detained the crew.",
        ("RUS", "171+", "UKR"),
        ("RUS", "173", "UKR"),
    ),
    case(
        "'called on X to free the sailors it had detained': it is X, whom the appeal is made to",
        "Chinese coast guard ships seized two Vietnamese fishing boats on Tuesday. The European Union called"
        " on Beijing to free the sailors it had detained.",
        ("CHN", "171+", "VNM"),
        ("EU", "025+", "CHN"),
        ("CHN", "173", "VNM"),
    ),
    case(
        "who is said to be among the people a participle acts on is whom it acts on",
        "Two Thai nationals were among the hostages released by Hamas on Friday.",
        ("PSE", "0841", "THA"),
    ),
    case(
        "'among those killed by' names the victims' nation",
        "Two Britons were among the people killed by Israeli strikes in Gaza.",
        ("ISR", "19", "GBR"),
    ),
    case(
        "'among them' names the nations of the people an act reached",
        "Somali pirates freed the 20 sailors of a cargo ship, among them six Indians, on Monday.",
        ("SOM", "0841", "IND"),
    ),
    case(
        "ending two days of talks is holding them to their end, not breaking them off",
        "Serbia and Kosovo ended two days of talks in Brussels on Friday.",
        ("SRB", "046", "XKX"),
        ("XKX", "046", "SRB"),
    ),
    case(
        "a request rejected was made: the request for a warrant is still legal action",
        "Myanmar's junta rejected the ICC prosecutor's request for an arrest warrant against Min Aung"
        " Hlaing.",
        ("MMR", "120", "ICC"),
        ("ICC", "173", "MMR"),
    ),
    case(
        "a pronoun inside a noun's phrase may stand for its clause's subject",
        "Rodrigo Duterte condemned the ICC prosecutor's request for an arrest warrant against him.",
        ("PHL", "111", "ICC"),
        ("ICC", "173", "PHL"),
    ),
    case(
        "a sentence the parser heads with its subject noun still has its verb",
        "Kenyan police officers of a security mission landed in Port-au-Prince on Tuesday.",
        ("KEN", "074", "HTI"),
    ),
    case(
        "the object of prepositions joined by 'and' is each one's: flights to and from a state",
        "Algeria closed its airspace to flights to and from Mali on Monday.",
        ("DZA", "191", "MLI"),
    ),
    case(
        "a ban on flights to and from a state is aimed at it",
        "Russia banned flights to and from Georgia on Friday.",
        ("RUS", "163", "GEO"),
    ),
    case(
        "the two sides of a joint act who judge it judge it in each other",
        "Armenia and Azerbaijan held talks in Washington on Monday. Both sides called the talks"
        " constructive.",
        ("ARM", "046", "AZE"),
        ("AZE", "046", "ARM"),
        ("ARM", "051", "AZE"),
        ("AZE", "051", "ARM"),
    ),
    case(
        "talks held through a nation's mediators are mediated by that nation",
        "Israeli and Hamas negotiators held indirect talks in Cairo on Monday through Egyptian mediators.",
        ("ISR", "046", "PSE"),
        ("PSE", "046", "ISR"),
        ("EGY", "045", "ISR"),
        ("EGY", "045", "PSE"),
    ),
    case(
        "what a decision is said to mean is a reading of it, not an act told",
        "Trump recognised Jerusalem as Israel's capital on Wednesday. Abbas said the decision meant"
        " Washington had withdrawn from its role in the peace process.",
        ("USA", "054", "ISR"),
    ),
    case(
        "an act in what a speaker said, summed up as a claim another denies, is only the speaker's claim",
        "Erdogan said on Monday that Putin had asked him to host peace talks, a claim the Kremlin denied on"
        " Tuesday.",
        ("RUS", "016", "TUR"),
    ),
    case(
        "an act a speaker tells, summed up as an accusation denied, is still told",
        "Russia's security service said on Thursday it had detained an American reporter on suspicion of"
        " spying, an accusation his newspaper denied.",
        ("RUS", "173", "USA"),
        ("USA", "016", "RUS"),
    ),
    case(
        "drills near the border with a state are a show of force against it",
        "China held military drills near the border with India on Friday.",
        ("CHN", "150", "IND"),
    ),
    case(
        "concern about the conduct of a state's election is aimed at that state",
        "Hillary Clinton voiced serious concern about the conduct of Russia's election.",
        ("USA", "012", "RUS"),
    ),
    case(
        "'the election' refers back to the state's election named before",
        "Belarus's presidential election took place on Sunday. The European Union voiced deep concern about"
        " the conduct of the election on Monday.",
        ("EU", "012", "BLR"),
    ),
    case(
        "a ship seized is the nation's whose cargo it carries, when nothing else names one",
        "Iran seized a tanker carrying Emirati oil on Friday.",
        ("IRN", "171+", "ARE"),
    ),
    case(
        "'the ruling' is the act its participle told before ('..., ruling that'), judged in its doer",
        "The International Court of Justice threw out a case brought by Iran against Canada on Monday, ruling"
        " that it lacked jurisdiction. Tehran accuses Ottawa of seizing its property. Canada welcomed the"
        " ruling.",
        ("ICJ", "120", "IRN"),
        ("IRN", "115", "CAN"),
        ("IRN", "112", "CAN"),
        ("CAN", "051", "ICJ"),
    ),
    case(
        "a noun naming an act ('the demolition') refers back to the act the sentence before told",
        "Azerbaijani troops blew up a bridge near the Armenian border on Monday. Armenia's foreign ministry"
        " condemned the demolition.",
        ("ARM", "111", "AZE"),
    ),
    case(
        "'the killing' is the act of the passive 'was killed in an X strike', whose author the means names",
        "A senior Hezbollah commander was killed in an Israeli air strike in Beirut on Tuesday. Lebanon's"
        " prime minister condemned the killing.",
        ("ISR", "19", "LBN"),
        ("LBN", "111", "ISR"),
    ),
    case(
        "a decision the target calls 'disappointing' is criticised",
        "Canada imposed new sanctions on Iranian officials on Monday. Tehran said the decision was deeply"
        " disappointing.",
        ("CAN", "163", "IRN"),
        ("IRN", "111", "CAN"),
    ),
    case(
        "'called it a disappointment to see X embrace Y': the doer of the clause 'it' stands for is judged",
        "Kyiv called it a great disappointment to see the Hungarian prime minister embrace Vladimir Putin in"
        " Moscow on Friday.",
        ("UKR", "111", "HUN"),
    ),
    case(
        "'after their talks' in the sentence after a visit: the visitor and the host talked",
        "Brazil's president flew to Buenos Aires on Monday. After their talks, Javier Milei told reporters"
        " the meeting had been cordial.",
        ("BRA", "042", "ARG"),
        ("BRA", "046", "ARG"),
        ("ARG", "046", "BRA"),
    ),
    case(
        "a double object the parser reads as a compound: 'sent Ukraine fighter jets' (Ukraine the recipient)",
        "Poland sent Ukraine fighter jets on Friday.",
        ("POL", "072", "UKR"),
    ),
    case(
        "a pledge of ventilators and oxygen is one of humanitarian aid, to the state named before the thing",
        "Washington said on Friday it would send India ventilators and oxygen.",
        ("USA", "0333|073", "IND"),
    ),
    case(
        "duties listed one rate per good: the origin hangs on the last rate ('10 percent on X from')",
        "Canada said on Monday it would impose tariffs of 25 percent on steel and 10 percent on aluminium"
        " from China and Vietnam.",
        ("CAN", "163", "CHN"),
        ("CAN", "163", "VNM"),
    ),
    case(
        "'declare X persona non grata' when the parser reads the predicate as a clause of its own",
        "Mali's junta ordered the foreign ministry to declare the ambassadors of Sweden and Denmark persona"
        " non grata.",
        ("MLI", "174", "SWE"),
        ("MLI", "174", "DNK"),
    ),
    case(
        "an agentless participle after its noun is passive; the sentence is the state's the story has freeing"
        " them",
        "Iran has released Olivier Grondeau, the French tourist sentenced in 2023 to five years in prison.",
        ("IRN", "0841", "FRA"),
        ("IRN", "116", "FRA"),
    ),
    case(
        "an agentless passive sentence is passed by the state it is passed in",
        "A British aid worker was sentenced to ten years in prison in Iran on Monday.",
        ("IRN", "116", "GBR"),
    ),
    case(
        "a charge unsealed accuses for whoever laid it ('unsealed an indictment accusing')",
        "Prosecutors in New York unsealed an indictment on Monday accusing Iran of plotting to kill a"
        " dissident.",
        ("USA", "112+", "IRN"),
    ),
    case(
        "activity suspended under a dialogue or deal with a state reduces relations with it",
        "Japan suspended all activities under its security dialogue with South Korea on Friday.",
        ("JPN", "160", "KOR"),
    ),
    case(
        "a number or quantifier with 'of' is the thing it picks out: 'rammed one of its fishing boats'",
        "Vietnam said Chinese coast guard ships rammed one of its fishing boats near the Paracel Islands on"
        " Sunday.",
        ("CHN", "171", "VNM"),
    ),
    case(
        "a number with 'of' is the thing it counts: 'seized two of the British tankers'",
        "Iran's navy seized two of the British tankers in the Gulf on Friday.",
        ("IRN", "1711", "GBR"),
    ),
    case(
        "the subject of an active relative clause on an act noun is its author: 'rejected the demands Beijing"
        " made'",
        "Tokyo rejected the demands Beijing made on Monday.",
        ("JPN", "124|120", "CHN"),
    ),
    case(
        "a relative clause whose noun the parser takes for a compound of its subject: 'the ban Canberra"
        " imposed'",
        "Beijing criticised the ban Canberra imposed on Chinese telecom firms.",
        ("CHN", "111", "AUS"),
        ("AUS", "172|163", "CHN"),
    ),
    case(
        "a ban coordinated with an announced expulsion shares its future and its verb of saying: decided",
        "Moscow will expel five Polish diplomats and bar ten Polish officials from entering the country, the"
        " foreign ministry said on Monday.",
        ("RUS", "174", "POL"),
        ("RUS", "172", "POL"),
    ),
    case(
        "an agentless passive expulsion is done by the state the people are expelled from",
        "The Danish ambassador was expelled from Tehran on Monday.",
        ("IRN", "174", "DNK"),
    ),
    case(
        "an expulsion named by a noun with no author is done by the state the people are expelled from",
        "The expulsion of two Dutch diplomats from Caracas on Monday was the first in a decade.",
        ("VEN", "174", "NLD"),
    ),
    case(
        "a denial that an act took place answers the act's author ('denied that any such attack had taken"
        " place')",
        "Thailand said on Monday its jets had bombed rebel camps near the border. Myanmar denied that any"
        " such attack had taken place.",
        ("MMR", "016", "THA"),
    ),
    case(
        "a gerund completing a stance noun is what the stance is about, not an act: 'opposition to Ukraine"
        " joining the EU'",
        "Hungary ended its opposition to Ukraine joining the EU.",
        ("HUN", "080", "UKR"),
    ),
    case(
        "'objection to X and Y joining NATO': the gerund hangs on the clause, its subjects on 'to'",
        "Greece withdrew its objection to North Macedonia and Albania joining NATO on Monday.",
        ("GRC", "080", "MKD"),
        ("GRC", "080", "ALB"),
    ),
    case(
        "a veto dropped is no new veto",
        "Greece dropped its veto on North Macedonia.",
        ("GRC", "080", "MKD"),
    ),
    case(
        "what is sent goes where it is bound, wherever the parser hangs the participle: 'gas destined for"
        " Moldovan consumers'",
        "Gazprom stopped pumping gas destined for Moldovan consumers on Saturday.",
        ("RUS", "163|1211|160", "MDA"),
    ),
    case(
        "a supply bound for a state is a supply to it",
        "Qatar shipped LNG destined for Germany on Monday.",
        ("QAT", "061", "DEU"),
    ),
    case(
        "troops pushed back (passive with agent) are fought: force by the agent's state",
        "Armenian troops were pushed back by Azerbaijani forces near the border on Tuesday.",
        ("AZE", "190", "ARM"),
    ),
    case(
        "an incursion fended off is fought",
        "Thai soldiers fended off a Cambodian incursion near the temple on Monday.",
        ("THA", "190", "KHM"),
    ),
    case(
        "a killing done by a suicide bomber is a suicide bombing (1831), not an air strike",
        "A suicide bomber from the Islamic State killed 20 Afghan soldiers in Kabul on Monday.",
        ("IRQ", "1831", "AFG"),
    ),
    case(
        "a killing done by a car bomb is a vehicle bombing (1832)",
        "A car bomb planted by the Taliban killed 20 Afghan soldiers in Kabul on Monday.",
        ("AFG", "1832", "AFG"),
    ),
    case(
        "a craft shot down that came in during a state's attack is that state's",
        "Romania shot down a drone that crossed into its territory during Russia's strikes on Odesa.",
        ("ROU", "190", "RUS"),
        ("RUS", "195", "UKR"),
    ),
    case(
        "a verb the parser joins to a relative clause about a thing is the main clause subject's",
        "Lithuania seized balloons that crossed its border from Belarus and summoned the Belarusian charge"
        " d'affaires on Monday.",
        ("LTU", "114", "BLR"),
    ),
    case(
        "a promise to stop blocking is an intent to yield (035), not the yielding",
        "Ankara promised on Monday to stop blocking Sweden's bid to join NATO.",
        ("TUR", "035", "SWE"),
    ),
    case(
        "people held elsewhere that a state receives are freed to it by their holders, not visitors hosted",
        "Ukraine received 90 soldiers held in Russia in a swap on Friday.",
        ("RUS", "0841", "UKR"),
    ),
    case(
        "a response a speaker says its side will make to any act of a kind is a threat to the act's author",
        "Seoul replied that it would respond to any attack by North Korea.",
        ("KOR", "138|130", "PRK"),
    ),
    case(
        "'the foreign ministry in Riyadh' is the state's whose capital it is in ('foreign' names the office)",
        "The foreign ministry in Riyadh summoned the Dutch ambassador on Monday.",
        ("SAU", "114", "NLD"),
    ),
    case(
        "a state's measure at home told with no place (martial law, curfew, emergency) is aimed at itself",
        "Sri Lanka lifted the state of emergency on Monday.",
        ("LKA", "0814", "LKA"),
    ),
    case(
        "'the mutiny', 'the rebellion', 'the uprising' refer back to the act told before, for its author",
        "Wagner fighters seized Rostov-on-Don on Saturday. Putin called the mutiny a betrayal.",
        ("RUS", "192", "RUS"),
        ("RUS", "111", "RUS"),
    ),
    case(
        "what a decision 'demonstrated' (passive) is shown, not a protest",
        "Slovenia's resolve was demonstrated by its decision, Prime Minister Miro Cerar stressed.",
    ),
    case(
        "people moving into a home are no incursion ('move into' is one only for troops, police or tanks)",
        "The family moved into a Connecticut home in the 1980s.",
    ),
    case(
        "a club named after a capital is no government ('Real Madrid')",
        "Ronaldo missed the ceremony in Paris as Real Madrid had traveled to Japan.",
    ),
    case(
        "a trade mission that visits makes a visit, not a deployment",
        "A Ukrainian trade mission visited Nigeria on Monday.",
        ("UKR", "042", "NGA"),
    ),
    case(
        "a visit looked forward to is still to come: no visit",
        "US Secretary of State Madeleine Albright said she looked forward to visiting Kenya and Tanzania.",
    ),
    case(
        "weapons 'eliminated' are no one killed",
        "Inspectors must certify that Baghdad has eliminated its weapons of mass destruction, Washington"
        " said.",
    ),
    case(
        "'the president' after two presidents named in one sentence is the one its clause is about",
        "Obama met Putin in Lima on Sunday. The president later criticised Moscow's role in Syria.",
        ("USA", "044|040", "RUS"),
        ("RUS", "044|040", "USA"),
        ("USA", "111", "RUS"),
    ),
    case(
        "'tried to' is an attempt, not a trial",
        "Romania and Slovenia, which had tried hard to meet the standards, were turned away.",
    ),
    case(
        "'charged with verifying' gives a task, not a charge",
        "The UN Security Council charged the inspectors with verifying that Iraq had destroyed its missiles.",
    ),
    case(
        "an object shifted past a phrase of manner ('rejected with disgust the ...') is still the object",
        "The Serbian president rejected with disgust the Kosovo government's demand for compensation.",
        ("SRB", "12+", "XKX"),
    ),
    case(
        "an object shifted past 'in the strongest possible terms' is still the object",
        "Japan condemned in the strongest possible terms North Korea's missile launch.",
        ("JPN", "111", "PRK"),
    ),
    case(
        "an attack named inside a condemnation is what is judged, not an answer aimed at the judge",
        "Jordan condemned the Israeli strike on the convoy.",
        ("JOR", "111", "ISR"),
    ),
    case(
        "a donation is aid whatever is given ('donated 20,000 tonnes of wheat to')",
        "Norway donated 20,000 tonnes of wheat to Sudan.",
        ("NOR", "07+", "SDN"),
    ),
    case(
        "a border a state shuts is its own: the closure is aimed at the state named after it, not at itself",
        "Kenya recalled its envoys to Somalia and Ethiopia on Monday and shut its border to trucks to and"
        " from Somalia, a day after Mogadishu and its two allies withdrew their envoys from Nairobi over the"
        " seizure of a Somali ship.",
        ("KEN", "161", "SOM"),
        ("KEN", "161", "ETH"),
        ("KEN", "19+", "SOM"),
        ("SOM", "161", "KEN"),
    ),
    case(
        "the subject of a clause of time the parser took for the object of 'after' acts in that clause",
        "The IMF approved a loan for Ghana, unlocking a payment of $600 million after China, France and Japan"
        " gave the debt assurances the fund had required.",
        ("IMF", "071", "GHA"),
    ),
    case(
        "what coordinated givers give goes to a recipient, never to each other",
        "After Kenya, Uganda and Rwanda gave the security guarantees the bank had required, the loan was"
        " approved.",
    ),
    case(
        "people of no named state seized, whose release a state demands, are taken from that state",
        "Australia demanded the immediate release of six fishermen seized by Indonesian patrol boats.",
        ("AUS", "1053|0253|10+", "IDN"),
        ("IDN", "18+|17+", "AUS"),
    ),
    case(
        "a name the parser joins to a day ('on Thursday and Baghdad recalled') opens the next clause",
        "The Dutch ambassador was ordered out of Iraq on Thursday and Baghdad recalled its charge d'affaires"
        " from The Hague.",
        ("IRQ", "174", "NLD"),
        ("IRQ", "161", "NLD"),
    ),
    case(
        "the subject of 'after' the parser takes for a preposition acts in its clause ('after troops of ...'"
        " attacked')",
        "Kenya recalled its ambassador after troops of the Somali army attacked a Kenyan border post.",
        ("SOM", "19+", "KEN"),
    ),
    case(
        "a refusal with no target answers no cooperation told before it ('praised ... refused to step down')",
        "The African Union praised Gabon's election on Monday. Gabon's president has refused to step down.",
        ("AU", "051", "GAB"),
    ),
    case(
        "an accord named by its parties ('a deal between X and Y') is their agreement",
        "A deal between Ghana and Togo, mediated by Nigeria, ended the border standoff on Friday.",
        ("GHA", "057", "TGO"),
        ("TGO", "057", "GHA"),
        ("NGA", "045", "GHA"),
        ("NGA", "045", "TGO"),
    ),
    case(
        "an accord a state voids is no agreement of that state's, though a region of it is named a party",
        "Georgia declared null and void a trade deal between Russia and the breakaway region of Abkhazia.",
        ("GEO", "111", "RUS"),
    ),
    case(
        "a deal with prosecutors is a plea bargain, no accord between states",
        "The charges were dropped under a deal between Chinese businessman Li Wei and US prosecutors.",
    ),
    case(
        "an attack of no named author called a crime is judged in the state it struck, as when condemned",
        "The Indian prime minister called the bombing in Kabul a cowardly crime.",
        ("IND", "111", "AFG"),
    ),
    case(
        "what a relative pronoun stands for is judged ('its offensive in Gaza, which he called genocide')",
        "South Africa cut ties with Israel over its offensive in Gaza, which Cyril Ramaphosa called"
        " genocide.",
        ("ZAF", "161", "ISR"),
        ("ZAF", "111", "ISR"),
        ("ISR", "19+", "PSE"),
    ),
    case(
        "a plural noun of asking after a name, which the parser reads as a verb ('rejected US calls for a"
        " truce'), is still the object",
        "Azerbaijan rejected US calls for a ceasefire in Karabakh.",
        ("AZE", "12+", "USA"),
    ),
    case(
        "a state taken to the World Trade Organization by its full name is sued there",
        "Japan took South Korea to the World Trade Organization over its subsidies to shipbuilders.",
        ("JPN", "115", "KOR"),
    ),
    case(
        "a step back coordinated with another is taken from the same state",
        "Belgium recalled its ambassador to Mali and withdrew its troops.",
        ("BEL", "161", "MLI"),
        ("BEL", "087+", "MLI"),
    ),
    case(
        "a measure named alongside another of its kind, with no author of its own, is the same author's",
        "Indian tariffs on Chinese steel took effect on Monday, along with a levy on Vietnamese rice.",
        ("IND", "163", "CHN"),
        ("IND", "163", "VNM"),
    ),
    case(
        "'null and void' the parser takes for a noun in the phrase after the object judges the object (111)",
        "Guyana called an oil deal that Venezuela signed with a Chinese company null and void.",
        ("GUY", "111", "VEN"),
        ("VEN", "057", "CHN"),
        ("CHN", "057", "VEN"),
    ),
    case(
        "sanctions on people of no named state over a state's act are aimed at that state (163)",
        "Canada imposed sanctions on nine officials over Belarus's forced landing of a Ryanair jet.",
        ("CAN", "163", "BLR"),
    ),
    case(
        "blame put 'on' the policy of an actor accuses that actor (112)",
        "Tehran blamed the unrest on the meddling of the British government.",
        ("IRN", "112", "GBR"),
    ),
    case(
        "a claim for an attack named again is aimed at those the attack struck, not at its author (015)",
        "Boko Haram fighters stormed a Cameroonian army post on Sunday. The Nigeria-based group claimed"
        " responsibility for the night raid.",
        ("NGA", "190", "CMR"),
        ("NGA", "015", "CMR"),
    ),
    case(
        "an 'it' judged that would name the judge's own state is the act of the main clause before (111)",
        "Russian President Vladimir Putin recognised Ukraine's regions of Donetsk and Luhansk as independent"
        " states on Monday. Kyiv denounced it as a violation of international law.",
        ("RUS", "054", "UKR"),
        ("UKR", "111", "RUS"),
    ),
    case(
        "a state told it will bear responsibility for the consequences is warned (130), not accused",
        "Moscow said Warsaw would bear full responsibility for any consequences of the decision.",
        ("RUS", "130", "POL"),
    ),
    case(
        "an ambassador brought 'to X home' that the parser reads as one noun is recalled (161)",
        "Paris said it would bring its ambassador to Chad home within hours.",
        ("FRA", "161", "TCD"),
    ),
    case(
        "a bare verb coordinated with a modal one a speaker reports shares its modal (161, 0356)",
        "Rutte said the Netherlands would recall its ambassador to Mali and pull out its troops from Gao.",
        ("NLD", "161", "MLI"),
        ("NLD", "0356|087", "MLI"),
    ),
    case(
        "a bare verb coordinated with a negated modal one is negated with it",
        "Tokyo said it would not recall its ambassador to Beijing or close its consulate in Shanghai.",
    ),
    case(
        "a withdrawal announced with a recall, naming no place, is taken from the recall's state (0356)",
        "Sweden said it would call its ambassador to Mali home and pull out its troops by June.",
        ("SWE", "161", "MLI"),
        ("SWE", "0356", "MLI"),
    ),
    case(
        "a verb the parser hangs on the noun of a participle's phrase on the subject is the sentence's (073)",
        "Ten Jordanian trucks loaded with medicine crossed into Syria on Sunday.",
        ("JOR", "073", "SYR"),
    ),
    case(
        "curbs on sales or exports to a state are economic sanctions on it (163)",
        "Tokyo announced new curbs on exports of chipmaking equipment to Chinese firms.",
        ("JPN", "163", "CHN"),
    ),
    case(
        "ties raised or elevated to a partnership are restored relations, both ways (054)",
        "India and Saudi Arabia elevated their relations to a strategic partnership on Monday.",
        ("IND", "054", "SAU"),
        ("SAU", "054", "IND"),
    ),
    case(
        "what a participle says an accord signed does is done by the signing (057), no second act",
        "Egypt and India signed an agreement raising ties to a strategic partnership.",
        ("EGY", "057", "IND"),
        ("IND", "057", "EGY"),
    ),
    case(
        "an active verb with its own auxiliary after a passive shares the passive's subject, not its agent",
        "The foreign minister said Ottawa was shocked by the ruling and would summon Iran's ambassador.",
        ("CAN", "114", "IRN"),
    ),
    case(
        "an act told 'also' in the passive with no agent is done by whoever did the same act just before",
        "Latvia expelled two Russian diplomats on Monday. A Belarusian diplomat was also expelled.",
        ("LVA", "174", "RUS"),
        ("LVA", "174", "BLR"),
    ),
    case(
        "people freed with no agent, described in an apposition as held in a state, are freed by that state",
        "Brittney Griner, a basketball star held in Russia for months, was freed on Thursday.",
        ("RUS", "0841", "USA"),
    ),
    case(
        "a call for the release of one's own citizen is aimed at the state that sentenced him",
        "A court in Tehran sentenced Jason Rezaian to prison on Sunday. Washington called for his release.",
        ("IRN", "116", "USA"),
        ("USA", "0253|1053", "IRN"),
    ),
    case(
        "a first name the parser takes for an owner coordinated with the second's is a second subject (057)",
        "Fumio Kishida and South Korea's President Yoon Suk Yeol signed a declaration in Tokyo on Friday.",
        ("JPN", "057", "KOR"),
        ("KOR", "057", "JPN"),
        ("KOR", "042", "JPN"),
    ),
    case(
        "an act the parser coordinates with another by 'rather than' is the one not chosen",
        "The Security Council demanded a truce in Sudan after Russia abstained rather than vetoing the text.",
        ("UN", "1056", None),
    ),
    case(
        "military equipment or positions destroyed are force used on their state (190)",
        "Ukrainian forces destroyed several Russian tanks near Kharkiv on Tuesday.",
        ("UKR", "190", "RUS"),
    ),
    case(
        "a state found in breach of its obligations is accused (112)",
        "The OPCW executive council found Syria in breach of the Chemical Weapons Convention on Friday.",
        ("OPCW", "112", "SYR"),
    ),
    case(
        "an intent whose infinitive acts on another state's thing is aimed at that state (030)",
        "Budapest agreed on Monday to put Finland's membership bid to a vote in parliament.",
        ("HUN", "030", "FIN"),
    ),
    case(
        "a body's headquarters visited is the body visited (042)",
        "Georgia's prime minister visited NATO headquarters in Brussels on Tuesday.",
        ("GEO", "042", "NATO"),
    ),
    case(
        "a medium told something by phone or in an interview is no consultation",
        "Kremlin spokesman Dmitry Peskov told Reuters by phone that Moscow had no such plans.",
    ),
    case(
        "a medium's title of common words names it only capitalised as written ('Russia today' is Russia)",
        "Kazakhstan's foreign minister visited Russia today, the ministry said.",
        ("KAZ", "042", "RUS"),
    ),
    case(
        "an office of no named state that summons a state's envoy is not of that state",
        "Iranian guards seized eight British sailors on Monday. The Foreign Office summoned Iran's"
        " ambassador.",
        ("IRN", "181|173|171", "GBR"),
        ("GBR", "114", "IRN"),
    ),
    case(
        "a state said to have provoked a clash or a crisis is accused (112)",
        "Baku said Yerevan had provoked the clashes on the border.",
        ("AZE", "112", "ARM"),
    ),
    case(
        "money released or disbursed to a state is economic aid (071)",
        "The World Bank released $500 million to Kenya on Tuesday.",
        ("WB", "071", "KEN"),
    ),
    case(
        "force on a state's own armed group inside another state is used on that state's territory (195)",
        "Pakistani jets bombed suspected hideouts of the Pakistani Taliban in Afghanistan on Monday.",
        ("PAK", "195|190", "AFG"),
    ),
    case(
        "a pledge forswearing force is an intent to de-escalate (0356)",
        "Armenia and Azerbaijan agreed on Friday not to use force against each other.",
        ("ARM", "0356", "AZE"),
        ("AZE", "0356", "ARM"),
    ),
    case(
        "a tariff put on a state's goods is a sanction (163)",
        "Washington said it would put a 30% tariff on imports from Vietnam.",
        ("USA", "163", "VNM"),
    ),
    case(
        "a pronoun object of a verb coordinated with another stands for that one's object in the lexicon",
        "Iranian gunboats fired on two British tankers in the Gulf and seized them on Friday.",
        ("IRN", "190", "GBR"),
        ("IRN", "1711|171", "GBR"),
    ),
    case(
        "an accord a state declares void is judged (111) in its author",
        "Baghdad declared Ankara's oil deal with the Kurdish region void.",
        ("IRQ", "111", "TUR"),
    ),
    case(
        "force on a state's own armed group at a place inside another state is used on that state (190)",
        "A Turkish raid killed PKK commander Murat Karayilan at a camp just inside Iraq.",
        ("TUR", "190", "IRQ"),
    ),
    case(
        "hours given to several people the parser takes for an apposition are still an ultimatum (139)",
        "Bush gave Saddam Hussein and his two sons 48 hours to leave Iraq or face military action.",
        ("USA", "139", "IRQ"),
    ),
    case(
        "protesters of no named state act where the parser hangs the place on a state named for its rulers",
        "Protesters stormed the embassies of Sweden, Denmark and Norway in Baghdad on Friday.",
        ("IRQ", "145|170|171", "SWE"),
        ("IRQ", "145|170|171", "DNK"),
        ("IRQ", "145|170|171", "NOR"),
    ),
    case(
        "a call for the release of one's own citizen held by no one the text names is aimed at no one",
        "The United States pressed on Tuesday for the release of American pastor Andrew Brunson.",
    ),
    case(
        "a verb of saying tagged on after coordinated modal acts, read as their conjunct, reports them",
        "Spain will expel 15 Venezuelan diplomats and shut the consulate in Seville, Albares announced.",
        ("ESP", "174", "VEN"),
        ("ESP", "161", "VEN"),
    ),
    case(
        "a bare verb whose past is its base form shares the modal of the verb it is coordinated with",
        "Britain would not expel the envoys or cut its aid to Kenya, a spokesman said.",
    ),
    case(
        "a group led by states stands for them wherever it stands (a partner of a deal)",
        "Ghana reached a deal with official creditors led by China and France on Thursday.",
        ("GHA", "057", "CHN"),
        ("GHA", "057", "FRA"),
        ("CHN", "057", "GHA"),
        ("FRA", "057", "GHA"),
    ),
    case(
        "retaliation for tariffs, naming no act of its own, is an economic measure (163)",
        "Washington raised tariffs on Indian steel on Monday. India retaliated on Wednesday.",
        ("USA", "163", "IND"),
        ("IND", "163", "USA"),
    ),
    case(
        "a vow to retaliate against economic measures is a threat of them (1312)",
        "Brazil vowed to retaliate against the American tariffs on its coffee.",
        ("BRA", "1312", "USA"),
    ),
    case(
        "a vow to retaliate after force stays a threat of force (138)",
        "Israeli jets struck Iran on Friday. Tehran vowed to retaliate.",
        ("ISR", "19", "IRN"),
        ("IRN", "138", "ISR"),
    ),
    case(
        "responding with unnamed countermeasures reduces relations with whoever acted (a threat when said)",
        "Beijing put duties on Canadian canola, and Ottawa said it would respond with countermeasures.",
        ("CHN", "163", "CAN"),
        ("CAN", "13", "CHN"),
    ),
    case(
        "condolences over the death of a state's leader are offered to that state",
        "Japan offered its condolences on Monday over the death of Iranian President Ebrahim Raisi.",
        ("JPN", "018", "IRN"),
    ),
    case(
        "regret for a mistake of one's own, told just before, is an apology to its victims' state (055)",
        "Iran shot down a Ukrainian airliner on Wednesday. On Saturday Iran said it deeply regretted the "
        "disastrous mistake.",
        ("IRN", "19", "UKR"),
        ("IRN", "055", "UKR"),
    ),
    case(
        "the 'of' phrase of a phrasal gerund, hung on its particle, names what is acted on",
        "Putin described Turkey's shooting down of a Russian bomber on Tuesday as a stab in the back.",
        ("TUR", "19", "RUS"),
        ("RUS", "11", "TUR"),
    ),
    case(
        "a warning of consequences for ties with a state is a threat to that state",
        "Beijing warned on Monday of serious consequences for its ties with Manila.",
        ("CHN", "130", "PHL"),
    ),
    case(
        "a host of a gathering named just before receives its parties (and they visit)",
        "Armenia and Azerbaijan held talks in Geneva on Monday. The meeting was hosted by Switzerland's "
        "foreign minister.",
        ("ARM", "04", "AZE"),
        ("AZE", "04", "ARM"),
        ("CHE", "043", "ARM"),
        ("CHE", "043", "AZE"),
        ("ARM", "042", "CHE"),
        ("AZE", "042", "CHE"),
    ),
    case(
        "a hosting thanked for is the ground of the thanks, no gathering told again",
        "Kenya and Ethiopia held talks in Doha on Monday. Kenya thanked Qatar for hosting the meeting.",
        ("KEN", "04", "ETH"),
        ("ETH", "04", "KEN"),
        ("KEN", "051", "QAT"),
    ),
    case(
        "a go-between in a clause of circumstance after a comma is no partner of the talks; carrying "
        "messages between sides mediates (045)",
        "Iranian and American envoys held talks in Muscat on Saturday, with Oman's foreign minister carrying "
        "messages between the two delegations.",
        ("IRN", "046", "USA"),
        ("USA", "046", "IRN"),
        ("OMN", "045", "IRN"),
        ("OMN", "045", "USA"),
    ),
    case(
        "a known surname after another given name is another person (here named for his state's post)",
        "Serbia expelled Montenegro's ambassador, Tarzan Milosevic, on Saturday.",
        ("SRB", "174", "MNE"),
    ),
    case(
        "an extradition named again stands for the state that made it (a judgement of it is aimed there)",
        "Spain extradited Hervé Falciani's associate to the United States on Tuesday. Moscow called the "
        "extradition unlawful.",
        ("ESP", "063", "USA"),
        ("RUS", "111", "ESP"),
    ),
    case(
        "euro zone ministers act for the EU; the phrase of a sum's worth names the recipient",
        "Euro zone finance ministers approved a rescue package worth 110 billion euros for Greece on Sunday.",
        ("EU", "07", "GRC"),
    ),
    case(
        "a round of something other than talks is no round of talks",
        "Athens agreed on Sunday to another round of spending cuts demanded by its European lenders.",
    ),
    case(
        "an attack on a state's economy is a figure of speech, no force",
        "Ankara said the tariffs were a deliberate attack by Washington on the Turkish economy.",
    ),
    case(
        "a former office holder named as a body's mediator acts for the body; a speaker set off by a comma "
        "after a reported clause is not its object",
        "Sudan's army and the Rapid Support Forces agreed on Wednesday to a truce in Jeddah, the African "
        "Union's mediator, Olusegun Obasanjo, announced.",
        ("SDN", "08", "SDN"),
    ),
    case(
        "a branch of an armed group named for a state is of that state; a killing told with a suicide "
        "bombing and claimed in its sentence is the claimant's",
        "Two Chinese engineers were killed on Tuesday when a man blew himself up beside their bus, in an "
        "attack claimed by Islamic State's Afghan branch.",
        ("AFG", "1831", "CHN"),
        ("AFG", "015", "CHN"),
    ),
    case(
        "a title of address before a known surname is no other given name",
        "Mrs Haley strongly condemned Iran's missile test on Tuesday.",
        ("USA", "111", "IRN"),
    ),
    case(
        "a leader who was in a capital for a summit visited its state",
        "Abe, who was in Seoul for a summit with Roh, condemned North Korea's nuclear test on Monday.",
        ("JPN", "042", "KOR"),
        ("JPN", "111", "PRK"),
    ),
    case(
        "an arbitration tribunal is no state's court, wherever it sits",
        "China rejected a ruling by an arbitration tribunal in The Hague on Tuesday.",
    ),
    case(
        "what a verb of bidding bids its object do, after a phrase of time, is its complement (the parser's "
        "purpose clause)",
        "The EU urged Tehran on Tuesday to release the French tourists.",
        ("EU", "0253", "IRN"),
    ),
    case(
        "a verb told next with 'then', which the parser leaves unlabelled, shares the subject before it",
        "Iranian guards fired on a British tanker on Friday, then boarded and seized it.",
        ("IRN", "19", "GBR"),
        ("IRN", "171|1711", "GBR"),
    ),
]


def params() -> list[object]:
    out: list[object] = []
    for number, c in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=c.gap)] if c.gap else []
        ident = f"{c.phenomenon}-{number:03d}"
        out.append(pytest.param(c.text, c.published, c.expected, marks=marks, id=ident))
    return out


def test_the_table_is_large_and_well_formed() -> None:
    assert len(CASES) >= 150
    assert len({c.text for c in CASES}) == len(CASES)
    for c in CASES:
        for _source, spec, _target in c.expected:
            alts = [alt.rstrip("+") for alt in spec.split("|")]
            assert all(alt.isdigit() and 2 <= len(alt) <= 4 for alt in alts), (c.text, spec)


def test_code_spec_is_strict_on_actors() -> None:
    expected = frozenset({("RUS", "19", "UKR")})
    assert as_expected({("RUS", "195", "UKR")}, expected) == {("RUS", "19", "UKR")}
    assert as_expected({("RUS", "195", "POL")}, expected) == {("RUS", "195", "POL")}
    assert as_expected({("RUS", "173", "UKR")}, expected) == {("RUS", "173", "UKR")}
    assert not code_allowed("057|03", "051")
    assert code_allowed("112+", "1123") and code_allowed("112+", "112") and not code_allowed("112", "1123")


@pytest.mark.parametrize(("text", "published", "expected"), params())
def test_phenomenon(
    dm: Dragoman, dm_one_sided: Dragoman, text: str, published: str, expected: frozenset[Triple]
) -> None:
    # (a row that expects an event naming no target reads the text with the coder that keeps such events;
    # the others with the default one, which keeps only dyads)
    coder = dm_one_sided if any(target is None for _, _, target in expected) else dm
    actual = {
        (e.source.code, e.code, e.target.code if e.target else None) for e in coder.code(text, published)
    }
    assert as_expected(actual, expected) == set(expected), sorted(actual, key=str)
