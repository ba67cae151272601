"""Events get the place their clause names; a place named as a target stands for its country."""

from __future__ import annotations

import pytest

from dragoman import Dragoman

pytestmark = pytest.mark.slow


def test_meeting_place_is_the_city_its_clause_names(dm: Dragoman) -> None:
    events = dm.code("The Greek prime minister met the Turkish president in Ankara on Tuesday.", "2024-05-10")
    assert events
    for event in events:
        assert event.place is not None
        assert (event.place.name, event.place.country) == ("Ankara", "TUR")
        assert event.place.latitude is not None and event.place.span is not None


def test_a_city_attacked_is_its_country_as_target(dm: Dragoman) -> None:
    events = dm.code("Turkish jets bombed Kirkuk on Tuesday.", "2024-05-10")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [("TUR", "IRQ")]
    assert events[0].place is not None and events[0].place.name == "Kirkuk"


def test_no_place_when_the_clause_names_none(dm: Dragoman) -> None:
    (event,) = dm.code("Chad severed diplomatic ties with Israel on Tuesday.", "2024-05-10")
    assert event.place is None
