"""The coder on hand-made sentences (loads the spaCy model once per session)."""

from __future__ import annotations

import pytest

from dragoman import Dragoman
from dragoman.nlp.lexicon import load_lexicon

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-10"  # a Friday


def triples(dm: Dragoman, text: str, published: str = PUBLISHED) -> set[tuple[str, str, str | None]]:
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in dm.code(text, published)}


@pytest.mark.parametrize("pattern", load_lexicon().patterns, ids=lambda p: p.id)
def test_every_lexicon_example_codes_with_its_pattern(dm_one_sided: Dragoman, pattern: object) -> None:
    from dragoman.nlp.lexicon import Pattern

    assert isinstance(pattern, Pattern)
    # (with the events that name no target: a pattern flagged ``notarget`` makes only those)
    events = dm_one_sided.code(pattern.example, PUBLISHED)
    used = {ev.pattern_id for e in events for ev in e.evidence}
    assert pattern.id in used, [(e.code, e.source.code, e.target) for e in events]


CASES = [
    # phenomenon, sentence, expected (source, code, target) triples (exactly these)
    ("active", "Chad severed diplomatic ties with Israel on Tuesday.", {("TCD", "161", "ISR")}),
    ("passive with agent", "Two Estonian diplomats were expelled by Latvia.", {("LVA", "174", "EST")}),
    ("negation", "Brazil has not imposed sanctions on Russia.", set()),
    ("negation of recognition", "Spain does not recognise Kosovo as a state.", set()),
    ("modal", "Peru could sever ties with Chile.", set()),
    ("conditional", "If Peru severs ties with Chile, trade will suffer.", set()),
    (
        "compound source",
        "Egypt and Bahrain cut diplomatic ties with Qatar.",
        {("EGY", "161", "QAT"), ("BHR", "161", "QAT")},
    ),
    ("capital as actor", "Moscow recognised the Taliban government.", {("RUS", "054", "AFG")}),
    (
        "demonym with role",
        "The Russian Supreme Court removed the Taliban from its list of terrorist organizations.",
        {("RUS", "081", "AFG")},
    ),
    (
        "possessive target",
        "Afghan Foreign Minister Amir Khan Muttaqi welcomed Moscow's move.",
        {("AFG", "051", "RUS")},
    ),
    (
        "reported speech",
        "The ministry said that Nicaragua broke off diplomatic relations with Taiwan.",
        {("NIC", "161", "TWN")},
    ),
    (
        "intent chain",
        "Saudi Arabia agreed to restore diplomatic relations with Iran.",
        {("SAU", "032", "IRN")},  # only Saudi Arabia expressed the intent
    ),
    (
        "symmetric meeting",
        "The Greek prime minister met with the Turkish president.",
        {("GRC", "040", "TUR"), ("TUR", "040", "GRC")},  # no place named: a consultation, not 044
    ),
    ("no actors", "The recognition is a significant step toward engagement.", set()),
    ("question", "Will Peru sever diplomatic ties with Chile?", set()),
    (
        "appeal chained to its act",
        "Egypt urged Israel to withdraw its troops from Gaza.",
        {("EGY", "0256", "ISR")},
    ),
    (
        "future act announced by its actor",
        "Britain would expel 23 Russian diplomats, the British prime minister said.",
        {("GBR", "174", "RUS")},
    ),
    ("someone else's forecast", "Britain would expel Russian diplomats, Chinese analysts said.", set()),
    ("feared act", "Analysts fear a Russian invasion of Moldova.", set()),
    (
        "allegation is not a fact",
        "Armenia accused Azerbaijan of shelling its villages.",
        {("ARM", "112", "AZE")},
    ),
    (
        "cancelled visit",
        "The French foreign minister cancelled a planned visit to Haiti.",
        {("FRA", "160", "HTI")},
    ),
    ("scheduled meeting", "The Greek prime minister is scheduled to meet the Turkish president.", set()),
    ("vow to strike is a threat", "Israel vowed to attack Iran.", {("ISR", "138", "IRN")}),
    ("particle read as adverb", "Russia pulled its troops out of Syria.", {("RUS", "0874", "SYR")}),
    (
        "order with an infinitive",
        "The American president told Iran to end its attacks.",
        {("USA", "100", "IRN")},
    ),
    ("telling is not ordering", "The American president told Iran that talks were over.", set()),
    (
        "one appeal per coordinated act",
        "Germany urged Russia to withdraw its troops from Ukraine and to open negotiations with Kyiv.",
        {("DEU", "0256", "RUS"), ("DEU", "026", "RUS")},
    ),
    ("naming is not acting on", "Mexico called the raid a flagrant violation of international law.", set()),
    (
        "ellipsis with also",
        "Spain recognised Palestine on Tuesday. Ireland also announced its recognition.",
        {("ESP", "054", "PSE"), ("IRL", "054", "PSE")},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomena(dm: Dragoman, name: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert triples(dm, text) == expected


def test_repeated_act_is_one_event_with_two_pieces_of_evidence(dm: Dragoman) -> None:
    text = (
        "Russia recognised the Taliban government.\n\n"
        "Officials confirmed that Moscow recognised the Taliban government."
    )
    events = [e for e in dm.code(text, "2025-07-04") if e.code == "054"]
    assert len(events) == 1
    assert [ev.sentence_index for ev in events[0].evidence] == [0, 1]


def test_date_from_the_clause_and_precision(dm: Dragoman) -> None:
    (event,) = dm.code(
        "In April, the Russian Supreme Court removed the Taliban from its terrorist list.", "2025-07-04"
    )
    assert event.date.value == "2025-04"
    assert event.date.span is not None and event.date.span.text == "April"


def test_evidence_spans_point_into_the_text(dm: Dragoman) -> None:
    text = "Chad severed diplomatic ties with Israel on Tuesday."
    (event,) = dm.code(text, PUBLISHED)
    ev = event.evidence[0]
    assert text[ev.predicate.start : ev.predicate.end] == "severed"
    assert ev.source is not None and text[ev.source.start : ev.source.end] == "Chad"
    assert ev.target is not None and text[ev.target.start : ev.target.end] == "Israel"
    assert event.date.value == "2024-05-07"


def dated(dm: Dragoman, text: str) -> dict[tuple[str, str, str | None], str]:
    return {
        (e.source.code, e.code, e.target.code if e.target else None): e.date.value
        for e in dm.code(text, PUBLISHED)
    }


def test_a_day_after_dates_the_subordinate_clause_from_the_main_one(dm: Dragoman) -> None:
    text = "Latvia expelled a Russian diplomat on Tuesday, a day after Russia expelled two Latvian diplomats."
    assert dated(dm, text) == {("LVA", "174", "RUS"): "2024-05-07", ("RUS", "174", "LVA"): "2024-05-06"}


def test_a_day_after_a_clause_subject_taken_for_the_object_of_after_dates_its_clause(dm: Dragoman) -> None:
    # (the parser takes "after" for a preposition, "Bamako and its allies" for its object, the verb for a
    # conjunct of the main clause)
    text = (
        "Algeria recalled its ambassadors to Mali and Niger on Monday and closed its airspace to flights to"
        " and from Mali, a day after Bamako and its two Sahel allies withdrew their envoys from Algiers over"
        " the downing of a Malian drone."
    )
    assert dated(dm, text)[("MLI", "161", "DZA")] == "2024-05-05"


def test_a_second_conjunct_takes_the_day_hung_on_the_first_ones_infinitive(dm: Dragoman) -> None:
    text = (
        "Chinese troops tried to cross the border last Friday but were pushed back by Indian soldiers, the"
        " minister told parliament on Thursday."
    )
    assert dated(dm, text)[("IND", "190", "CHN")] == "2024-05-03"


def test_a_visit_told_in_words_is_not_implied_again_by_a_joint_act_in_the_hosts_country(dm: Dragoman) -> None:
    text = (
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed a trade deal in Addis"
        " Ababa on Tuesday. Ruto had been welcomed at the airport by Abiy on Monday, the first visit by a"
        " Kenyan leader in a decade."
    )
    visits = [e.date.value for e in dm.code(text, PUBLISHED) if e.code == "042"]
    assert visits == ["2024-05-06"]


def test_an_act_done_at_an_occasion_takes_the_day_its_clause_names(dm: Dragoman) -> None:
    text = (
        "Armenia and Azerbaijan agreed to an immediate ceasefire at talks hosted by the Russian foreign"
        " minister in Moscow on Tuesday."
    )
    assert dated(dm, text)[("ARM", "0871", "AZE")] == "2024-05-07"


def test_days_after_hung_on_the_conjunction_date_its_clause(dm: Dragoman) -> None:
    # (the parser hangs "three days" on "after" when a long subject follows it)
    text = (
        "Latvia expelled a Russian diplomat on Thursday, three days after members of the Russian security"
        " service expelled two Latvian diplomats."
    )
    assert dated(dm, text) == {("LVA", "174", "RUS"): "2024-05-09", ("RUS", "174", "LVA"): "2024-05-06"}


def test_a_weekday_hung_on_a_place_s_standing_use_dates_the_act(dm: Dragoman) -> None:
    # (the parser hangs "on Thursday" on "used"; the camp's use has no day)
    text = "Al Shabaab fighters attacked a camp used by Kenyan troops near the border on Thursday."
    assert dated(dm, text) == {("SOM", "190", "KEN"): "2024-05-09"}


def test_the_same_day_is_the_day_named_before(dm: Dragoman) -> None:
    text = (
        "Chad severed diplomatic ties with Israel on Tuesday. "
        "Niger expelled the Israeli ambassador the same day."
    )
    assert dated(dm, text) == {("TCD", "161", "ISR"): "2024-05-07", ("NER", "174", "ISR"): "2024-05-07"}


def test_background_year_in_a_prepositional_phrase_is_not_the_event_date(dm: Dragoman) -> None:
    text = "The Greek prime minister met with the Turkish president on Tuesday, after a quarrel in 2019."
    assert set(dated(dm, text).values()) == {"2024-05-07"}


def test_a_year_modifying_the_object_dates_that_act_not_the_clause(dm: Dragoman) -> None:
    # ("NATO's 2011 intervention" was in 2011; the criticism, undated, is of the publication day)
    text = "Macron criticised NATO's 2011 intervention in Libya."
    assert dated(dm, text) == {("FRA", "111", "NATO"): "2024-05-10"}


def test_the_start_of_an_act_to_come_dates_nothing(dm: Dragoman) -> None:
    text = "The American president said on Thursday he would impose tariffs on Mexico from June 10."
    assert set(dated(dm, text).values()) == {"2024-05-09"}


@pytest.mark.parametrize(
    "text",
    [
        # a weekday on a verb of what will be done is a day to come, not the last such day
        "Finland will close its border with Russia on Saturday, the government said on Thursday.",
        # and the time a limit starts from, named with its day
        "Finland will close its border with Russia from midnight on Saturday, the government said on"
        " Thursday.",
        # and so is one on what a speaker said would be done (the day before the clause is the saying's)
        "Finland said on Thursday it would close its border with Russia on Saturday.",
        "Finland said on Thursday it will close its border with Russia on Saturday.",
    ],
)
def test_the_day_of_an_act_to_come_dates_nothing(dm: Dragoman, text: str) -> None:
    assert dated(dm, text) == {("FIN", "191", "RUS"): "2024-05-09"}


def test_a_weekday_the_parser_hangs_on_an_object_dates_the_clause(dm: Dragoman) -> None:
    assert dated(dm, "China threatened Japan with sanctions on Monday.") == {
        ("CHN", "1312", "JPN"): "2024-05-06"
    }


def test_that_evening_is_the_day_of_the_act_before(dm: Dragoman) -> None:
    text = (
        "China threatened Japan with sanctions on Monday, and Japan responded that evening"
        " that it was not for sale."
    )
    assert set(dated(dm, text).values()) == {"2024-05-06"}


@pytest.mark.parametrize(
    ("later", "day"),
    [("two days later", "2024-05-08"), ("the following day", "2024-05-07"), ("The next day", "2024-05-07")],
)
def test_days_later_count_from_the_day_named_before(dm: Dragoman, later: str, day: str) -> None:
    opening = later[0].upper() + later[1:]
    text = f"Canada expelled an Indian diplomat on Monday. {opening}, India expelled a Canadian one."
    assert dated(dm, text) == {("CAN", "174", "IND"): "2024-05-06", ("IND", "174", "CAN"): day}


@pytest.mark.parametrize(
    ("earlier", "day"),
    [
        ("a day earlier", "2024-05-08"),
        ("two days earlier", "2024-05-07"),
        ("the previous day", "2024-05-08"),
        ("the day before", "2024-05-08"),  # (the tagger's entity is "The day" before the comma)
    ],
)
def test_days_earlier_count_back_from_the_day_named_before(dm: Dragoman, earlier: str, day: str) -> None:
    opening = earlier[0].upper() + earlier[1:]
    text = f"Canada expelled an Indian diplomat on Thursday. {opening}, India had expelled a Canadian one."
    assert dated(dm, text) == {("CAN", "174", "IND"): "2024-05-09", ("IND", "174", "CAN"): day}


def test_days_earlier_count_from_the_main_clause_not_a_clause_inside_it(dm: Dragoman) -> None:
    text = (
        "France recalled its ambassador to Australia on Friday, after a pact announced on Wednesday. A day"
        " earlier the French foreign minister had criticised Australia."
    )
    assert dated(dm, text)[("FRA", "111", "AUS")] == "2024-05-09"


def test_two_acts_told_a_day_earlier_share_the_day(dm: Dragoman) -> None:
    text = (
        "Thai jets struck Cambodian targets on Thursday. Bangkok had recalled its ambassador from Phnom Penh"
        " and expelled Cambodia's envoy a day earlier."
    )
    dates = dated(dm, text)
    assert dates[("THA", "161", "KHM")] == dates[("THA", "174", "KHM")] == "2024-05-08"


def test_a_verb_the_parser_coordinates_with_a_participle_shares_the_later_verbs_day(dm: Dragoman) -> None:
    # (the parser hangs "fired" on "carrying": the day it carries is the blockade's too)
    text = (
        "Chinese ships blocked two Vietnamese trawlers carrying fish from the Paracel Islands and fired water"
        " cannon at them on Tuesday, Hanoi said on Thursday."
    )
    assert dated(dm, text)[("CHN", "191", "VNM")] == "2024-05-07"


def test_a_day_the_parser_hangs_on_a_present_participle_on_the_object_dates_the_act(dm: Dragoman) -> None:
    # ("on Monday" hangs on "delivering", which describes the boats the act was done to)
    text = (
        "Chinese coast guard personnel boarded Philippine navy boats delivering supplies to the shoal"
        " on Monday, Manila said on Tuesday."
    )
    assert dated(dm, text)[("CHN", "1711", "PHL")] == "2024-05-06"


def test_a_feast_day_of_fixed_date_dates_the_act(dm: Dragoman) -> None:
    # (the tagger calls "New Year's Day" an event, not a date)
    text = "On New Year's Day, the American president had accused Pakistan of lies and deceit."
    assert dated(dm, text) == {("USA", "112", "PAK"): "2024-01-01"}


def test_hours_earlier_without_a_comma_are_the_day_named_before(dm: Dragoman) -> None:
    # (the tagger tags "Hours" alone as a time when no comma follows "earlier")
    text = "Washington lifted sanctions on Iran on Saturday. Hours earlier Iran released four Americans."
    assert set(dated(dm, text).values()) == {"2024-05-04"}


def test_the_day_of_an_ultimatum_the_parser_hangs_on_its_infinitive(dm: Dragoman) -> None:
    text = "Niger's military rulers gave the French ambassador 48 hours to leave the country on Thursday."
    assert dated(dm, text) == {("NER", "174", "FRA"): "2024-05-09"}


def test_a_day_earlier_in_a_clause_of_time_counts_back_from_its_governing_verb(dm: Dragoman) -> None:
    # ("a day earlier" is no date entity here: the parser hangs "a day" on "earlier")
    text = (
        "Manila protested on Thursday after a Chinese coast guard ship used water cannon a day earlier"
        " against a Philippine boat."
    )
    assert dated(dm, text)[("CHN", "190", "PHL")] == "2024-05-08"


def test_a_weekday_run_on_into_a_vague_span_dates_the_act(dm: Dragoman) -> None:
    # (the tagger reads "Wednesday, days" as one date)
    text = "Turkey launched an offensive in Syria on Wednesday, days after US troops pulled back."
    assert dated(dm, text) == {("TUR", "190", "SYR"): "2024-05-08"}


def test_hours_later_are_the_day_named_before(dm: Dragoman) -> None:
    text = "Canada expelled an Indian diplomat on Monday. Hours later, India expelled a Canadian one."
    assert dated(dm, text) == {("CAN", "174", "IND"): "2024-05-06", ("IND", "174", "CAN"): "2024-05-06"}


def test_within_hours_is_the_day_named_before(dm: Dragoman) -> None:
    text = "Canada expelled an Indian diplomat on Monday. India expelled a Canadian one within hours."
    assert dated(dm, text) == {("CAN", "174", "IND"): "2024-05-06", ("IND", "174", "CAN"): "2024-05-06"}


def test_a_day_after_an_undated_main_clause_counts_from_publication(dm: Dragoman) -> None:
    text = "Thailand closed its border crossings, a day after it expelled Cambodia's ambassador."
    assert dated(dm, text)[("THA", "174", "KHM")] == "2024-05-09"


def test_a_day_after_arriving_dates_the_arrival_a_day_before(dm: Dragoman) -> None:
    text = "Kim Jong Un held talks with Putin in Vladivostok on Thursday, a day after arriving by train."
    assert dated(dm, text)[("PRK", "042", "RUS")] == "2024-05-08"


def test_hours_earlier_are_the_last_day_named_not_a_month(dm: Dragoman) -> None:
    text = (
        "The United States lifted sanctions on Iran on Saturday under a deal reached last July. Hours"
        " earlier, Iran freed four Americans."
    )
    assert set(dated(dm, text).values()) == {"2024-05-04"}


def test_a_date_before_a_reported_clause_is_the_report_s(dm: Dragoman) -> None:
    text = "Russia said on Thursday it had expelled two Estonian diplomats in April."
    assert dated(dm, text) == {("RUS", "174", "EST"): "2024-04"}


def test_an_act_of_a_background_clause_does_not_date_the_next_sentence(dm: Dragoman) -> None:
    text = (
        "Iran seized a British tanker on Wednesday, two weeks after British marines helped detain an"
        " Iranian tanker. Britain's foreign secretary warned of serious consequences if the ship was not"
        " released."
    )
    assert dated(dm, text)[("GBR", "130", "IRN")] == PUBLISHED


def test_a_deadline_to_come_dates_nothing(dm: Dragoman) -> None:
    text = "Russia expelled two Czech diplomats, who must leave by the end of Monday."
    assert dated(dm, text) == {("RUS", "174", "CZE"): PUBLISHED}


def test_a_day_in_what_is_called_for_dates_the_call(dm: Dragoman) -> None:
    text = "The Czech foreign minister called on Moscow to release the journalist on Tuesday."
    assert dated(dm, text) == {("CZE", "0253", "RUS"): "2024-05-07"}


def test_the_year_a_record_is_counted_from_dates_nothing(dm: Dragoman) -> None:
    text = "The visit to Kabul by the US envoy was the first since 2021."
    assert dated(dm, text) == {("USA", "042", "AFG"): PUBLISHED}


def test_since_on_an_act_done_once_dates_nothing(dm: Dragoman) -> None:
    # ("since October" counts the trips; the arrival is not dated by it) ...
    text = "Blinken arrived in Israel on his ninth trip to the region since October."
    assert dated(dm, text) == {("USA", "042", "ISR"): PUBLISHED}
    # ... while a state that lasts is dated by its start
    assert dated(dm, "Russia has detained the journalist since March.") == {("RUS", "173", "RUS"): "2024-03"}


def test_the_day_a_deadline_given_runs_out_dates_nothing(dm: Dragoman) -> None:
    text = "Britain gave Russia until Tuesday to explain the attack."
    assert dated(dm, text) == {("GBR", "139", "RUS"): PUBLISHED}


def test_a_weekday_run_on_into_a_prepositional_phrase_dates_the_act(dm: Dragoman) -> None:
    # (the tagger reads "Saturday to a week-long" as one date)
    text = "India and Pakistan agreed on Saturday to a week-long ceasefire."
    assert set(dated(dm, text).values()) == {"2024-05-04"}


def test_at_the_same_session_is_the_day_of_the_act_before(dm: Dragoman) -> None:
    text = (
        "The Security Council voted on Monday to condemn North Korea. At the same session, China's envoy"
        " urged Washington to show restraint."
    )
    assert set(dated(dm, text).values()) == {"2024-05-06"}


def test_days_later_with_no_day_named_before_keep_the_publication_date(dm: Dragoman) -> None:
    assert set(dated(dm, "India expelled a Canadian diplomat two days later.").values()) == {PUBLISHED}


def test_days_later_are_no_date_on_their_own() -> None:
    from datetime import date

    from dragoman.nlp.dates import resolve_date

    assert resolve_date("two days later", date(2023, 9, 25)) is None  # (dateparser read it as a year before)


def test_a_date_on_a_noun_dates_that_noun_not_the_clause(dm: Dragoman) -> None:
    text = (
        "Georgia apologised to Armenia for the detention of Armenian truck drivers last March, "
        "the Georgian foreign ministry said on Tuesday."
    )
    assert dated(dm, text) == {("GEO", "055", "ARM"): "2024-05-07"}


def test_a_date_does_not_satisfy_a_preposition_of_the_pattern(dm: Dragoman) -> None:
    from dragoman.nlp.pipeline import load_nlp

    doc = load_nlp()("Ghana called on Monday for talks with Togo.")
    pattern = dm.coder.pattern_for(doc[1])
    assert pattern is not None and pattern.id != "callon.v"


def test_an_undated_act_of_the_same_actor_goes_on_the_day_just_named(dm: Dragoman) -> None:
    text = (
        "Japan expelled two Chinese diplomats on Tuesday. Tokyo also told Beijing to close a police "
        "station in Osaka. China condemned the expulsions."
    )
    dates = {(e.source.code, e.code[:2]): e.date.value for e in dm.code(text, "2024-05-10")}
    assert dates[("JPN", "17")] == "2024-05-07"
    assert dates[("JPN", "10")] == "2024-05-07"  # the same actor, the next sentence: the same day
    assert dates[("CHN", "11")] == "2024-05-10"  # another actor's undated answer: the publication date


def test_late_that_night_is_the_day_named_before(dm: Dragoman) -> None:
    text = (
        "The International Court of Justice on Tuesday drew a new maritime boundary between Somalia and "
        "Kenya. Kenya's president said late that night that Kenya rejected the ruling."
    )
    dates = {(e.source.code, e.code[:2]): e.date.value for e in dm.code(text, "2021-10-13")}
    assert dates[("KEN", "12")] == "2021-10-12"


def test_a_decision_dated_by_its_noun_dates_the_act_decided(dm: Dragoman) -> None:
    text = (
        "China suspended an economic dialogue with Australia on Thursday. The move follows Australia's "
        "decision last month to cancel two agreements signed with Beijing."
    )
    dates = {(e.source.code, e.code): e.date.value for e in dm.code(text, "2021-05-06")}
    assert dates[("AUS", "160")] == "2021-04"


def test_a_month_does_not_date_what_follows(dm: Dragoman) -> None:
    text = "In April, Russia removed the Taliban from its list of terrorist groups. Russia recognised them."
    dates = {e.code: e.date.value for e in dm.code(text, "2025-07-04")}
    assert dates["054"] == "2025-07-04"


def test_dates_of_the_states_compared_with_do_not_date_the_act(dm: Dragoman) -> None:
    text = (
        "Sudan became the fourth Arab state to normalise relations with Israel, after Egypt in 1979 and "
        "Jordan in 1994."
    )
    assert {e.date.value for e in dm.code(text, "2020-10-23")} == {"2020-10-23"}


def test_the_doc_text_is_the_article_text_only_when_the_doc_was_made_from_it() -> None:
    from dragoman.nlp.coder import _doc_text
    from dragoman.nlp.pipeline import load_nlp

    doc = load_nlp().make_doc("Chad severed ties with Israel.")
    assert _doc_text(doc, "Chad severed ties with Israel.") == "Chad severed ties with Israel."
    assert _doc_text(doc, "Chad severed ties with Israel!") == "Chad severed ties with Israel."  # doc.text
    assert _doc_text(doc, "Mali severed ties with France.") == "Chad severed ties with Israel."


def test_an_unlisted_official_whose_story_state_is_looked_for_through_himself_does_not_loop(
    dm: Dragoman,
) -> None:
    # (the story-state search went back through the official's own appositive and recursed without end)
    text = (
        "President-General of the group, Chief John Okafor, said it was wrong for the Federal Government"
        " to act."
    )
    assert triples(dm, text) == set()


def test_triggers_skip_only_patterns_a_doc_cannot_satisfy(dm: Dragoman) -> None:
    """``EventCoder.triggers`` leaves out the patterns whose particle, object or preposition words the doc
    lacks: it finds the triggers and patterns that trying every candidate of every token finds."""
    from dragoman.nlp import load_nlp
    from dragoman.nlp.coder import _first_fitting

    coder = dm.coder
    examples = sorted({p.example for p in coder.lexicon.patterns})
    texts = [" ".join(examples[i : i + 20]) for i in range(0, len(examples), 20)]
    found = 0
    docs = list(load_nlp().pipe(texts))
    for doc in docs:
        every = [(t.i, p.id) for t in doc if (p := _first_fitting(coder.candidates(t), t)) is not None]
        assert [(t.i, p.id) for t, p in coder.triggers(doc)] == every
        # (again, with the patterns that fit kept from the first time)
        assert [(t.i, p.id) for t, p in coder.triggers(doc)] == every
        found += len(every)
    assert found >= len(examples)  # (every example holds its trigger)
    fresh = Dragoman().coder  # (a coder of its own, reading the docs in the other order)
    for doc in reversed(docs):
        every = [(t.i, p.id) for t in doc if (p := _first_fitting(fresh.candidates(t), t)) is not None]
        assert [(t.i, p.id) for t, p in fresh.triggers(doc)] == every


def test_an_event_naming_no_target_is_kept_only_when_one_sided(dm: Dragoman, dm_one_sided: Dragoman) -> None:
    # a relation needs two sides: by default an act whose target the text does not name is read (it may
    # answer or explain others) but not returned
    text = "Kenyan teachers threatened a strike over pay on Monday. Bolivia's president resigned on Sunday."
    assert triples(dm, text) == set()
    assert triples(dm_one_sided, text) >= {("KEN", "133", None)}
    assert all(e.target is None for e in dm_one_sided.code(text, PUBLISHED))
