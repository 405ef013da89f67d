"""Whole-article place and date rules: regions, datelines, venues versus destinations,
topics and parties; dates owned by their clause, inherited by conjuncts and "after" clauses.
Made-up sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.places import default_gazetteer
from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _events(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return {e.event: e for e in result.events}


def _where(ev):
    return (ev.location.name, ev.location.country, ev.location.feature) if ev.location else None


@pytest.mark.parametrize("name, expected", [
    ("Koshi", ("Koshi", "NPL", "region")),
    ("Nangarhar", ("Nangarhār", "AFG", "region")),  # the plain spelling of a name with marks
    ("White House", ("White House", "USA", "site")),
])
def test_regions_and_sites_are_in_the_gazetteer(name, expected):
    entry = default_gazetteer().lookup(name)
    assert (entry.name, entry.country, entry.feature) == expected


def test_a_direction_is_not_a_region():
    assert default_gazetteer().lookup("North West") is None


@pytest.mark.model
@pytest.mark.parametrize("text, event, place", [
    ("Police arrested 20 people Tuesday in the central Bolivian city of Santa Cruz.",
     "COERCE", ("Santa Cruz de la Sierra", "BOL", "city")),
    ("Rebels attacked an army post in Nepal's Koshi province on Friday.",
     "ASSAULT", ("Koshi", "NPL", "region")),
    ("KATHMANDU — Protesters clashed with police, officials said.",
     "ASSAULT", ("Kathmandu", "NPL", "city")),
    ("The president met his French counterpart at the White House on Jan. 9.",
     "CONSULT", ("White House", "USA", "site")),
])
def test_the_place_of_the_event(analyzer, text, event, place):
    assert _where(_events(analyzer, text)[event]) == place


@pytest.mark.model
def test_a_destination_is_not_the_place_of_the_act(analyzer):
    events = _events(analyzer, "The minister warned Russia of consequences if it deported "
                               "refugees to Georgia.")
    assert all(ev.location is None for ev in events.values())


@pytest.mark.model
def test_a_place_of_another_clause_is_not_the_venue(analyzer):
    events = _events(analyzer, "The envoy condemned the junta, as soldiers killed five "
                               "protesters in the town of Aungban.")
    assert events["ACCUSE"].location is None


@pytest.mark.model
def test_since_starts_a_state_and_is_no_event_date(analyzer):
    ev = _events(analyzer, "Security forces have arrested 300 protesters since February 1.")
    # not dated February 1: undated by its words, it takes the report date and says so
    assert (ev["COERCE"].date, ev["COERCE"].date_basis) == (PUBLISHED.isoformat(), "publication")


@pytest.mark.model
def test_a_clause_of_after_takes_the_date_of_its_main_clause(analyzer):
    ev = _events(analyzer, "Ties collapsed in 2010 after troops stormed a ship.")
    assert ev["ASSAULT"].date == "2010"


@pytest.mark.model
def test_a_date_heading_a_coordination_dates_the_later_conjunct(nlp_sm):
    from detente.dates import date_for, resolve_dates

    doc = nlp_sm("Last week, a court convicted the editor and fined his newspaper.")
    refs = resolve_dates(doc, PUBLISHED)

    class Ctx:
        def dates_in(self, start, end):
            return [r for r in refs if start <= r.start < end]

    fined = next(t for t in doc if t.lower_ == "fined")
    assert fined.dep_ == "conj"
    assert date_for(Ctx(), fined).text == "Last week"


@pytest.mark.model
def test_a_venue_inside_a_venue_passes_its_place_on(analyzer):
    ev = _events(analyzer, "He said he was arrested in July 2022 in his car in Brooklyn.")
    assert ev["COERCE"].location.name == "Brooklyn"


@pytest.mark.model
def test_days_after_count_back_from_the_publication_day(analyzer):
    ev = _events(analyzer, "His remarks come two days after the president denounced Israel.")
    assert (ev["ACCUSE"].date, ev["ACCUSE"].date_precision) == ("2025-03-12", "day")


@pytest.mark.model
def test_a_participle_takes_the_date_heading_its_clause(analyzer):
    ev = _events(analyzer, "On Tuesday, lawmakers passed a resolution, decrying the foreign "
                           "move as interference.")
    assert ev["ACCUSE"].date == "2025-03-11"


@pytest.mark.model
def test_the_place_of_a_coordinated_object_is_the_act(analyzer):
    ev = _events(analyzer, "The gunman said he tried to kill the mayor and her aide in Lyon.")
    assert ev["ASSAULT"].location.name == "Lyon"


@pytest.mark.model
def test_a_chain_of_participles_takes_the_heading_date(analyzer):
    events = next(analyzer.analyze([Article.make(
        # the last conjunct is another kind of act: killing and injuring in one attack are
        # one event (test_material_events), an arrest after it is a second one
        "Last week, troops stormed a village near the border, killing two men and "
        "arresting four others.", published=PUBLISHED)])).events
    arresting = [e for e in events if e.evidence.trigger == "arresting"]
    assert [e.date for e in arresting] == ["2025-03"]


@pytest.mark.model
def test_an_object_inside_the_object_puts_the_act_there(analyzer):
    ev = _events(analyzer, "Gunmen ambushed a truck carrying a police unit in Kandahar.")
    assert _where(ev["ASSAULT"]) == ("Kandahār", "AFG", "city")


@pytest.mark.model
def test_a_topic_object_is_not_a_venue(analyzer):
    ev = _events(analyzer, "The party also opposes foreign mining in Katanga.")
    assert all(e.location is None for e in ev.values())


@pytest.mark.model
def test_an_infinitive_of_purpose_on_a_past_verb_takes_its_heading_date(nlp_sm):
    from detente.dates import date_for, resolve_dates

    doc = nlp_sm("Last week, troops moved north to attack the rebel town.")
    refs = resolve_dates(doc, PUBLISHED)

    class Ctx:
        def dates_in(self, start, end):
            return [r for r in refs if start <= r.start < end]

    attack = next(t for t in doc if t.lower_ == "attack")
    assert (attack.dep_, date_for(Ctx(), attack).text) == ("advcl", "Last week")
