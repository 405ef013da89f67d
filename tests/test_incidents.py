"""How news tells incidents and measures: an incident's date and place for the acts of its course
told after it (events/scene.py); two attacks in one sentence on other victims; people named by a
relative pronoun doing their own act, a passive's doer on its "as" phrase and a party "under"
sanctions (events/clauses.py). Made-up sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday
LEAD = "Gunmen attacked a police station Wednesday in the northern town of Kaduna. "


def _assaults(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [(e.evidence.sentence.split()[0], e.date if e.date_basis == "text" else None,
             e.location.name if e.location else None)
            for e in result.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_an_act_told_in_the_past_after_the_incident_takes_its_date_and_place(analyzer):
    got = _assaults(analyzer, LEAD + "Officials said the attackers had killed four officers.")
    assert got == [("Gunmen", "2025-03-12", "Kaduna"), ("Officials", "2025-03-12", "Kaduna")]


@pytest.mark.model
def test_a_tally_in_the_present_perfect_keeps_no_scene(analyzer):
    got = _assaults(analyzer, LEAD + "Gunmen have killed hundreds of villagers across the region.")
    assert got == [("Gunmen", "2025-03-12", "Kaduna"), ("Gunmen", None, None)]


@pytest.mark.model
def test_a_new_date_between_ends_the_scene(analyzer):
    got = _assaults(analyzer, LEAD + "Last year, the group ambushed a convoy. "
                                     "Officials said the attackers had killed four officers.")
    assert [g for g in got if g[0] == "Officials"] == [("Officials", None, None)]


@pytest.mark.model
def test_two_attacks_in_one_sentence_on_other_victims_stay_two(analyzer):
    # civilians in one clause, the army in the other: two acts, not one fight
    text = ("On Monday, a roadside bomb planted by Baloch separatists killed 11 coal miners in "
            "Quetta, while the separatists also attacked a Pakistani army convoy in Quetta.")
    got = _assaults(analyzer, text)
    assert [g[1:] for g in got] == [("2025-03-10", "Quetta"), ("2025-03-10", "Quetta")]


@pytest.mark.model
def test_an_incident_with_no_date_gives_its_place_through_the_days_news(analyzer):
    # "Also Friday" is the publication day: the same day's news, no new occasion; the
    # storming retold is the attack told first (one record, in Goma)
    text = ("Rebels attacked an army base in Goma. Also Friday, Congolese lawmakers met in "
            "Kinshasa. The rebels had stormed the base before dawn.")
    got = _assaults(analyzer, text)
    assert got == [("Rebels", None, "Goma")]


@pytest.mark.model
def test_people_named_by_a_relative_pronoun_do_their_own_act(analyzer):
    text = ("Witnesses said Kenyan police fired tear gas at Somali demonstrators, some of whom "
            "threw stones at officers.")
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    got = [(e.event, e.evidence.trigger, [a.code for a in e.actor]) for e in result.events
           if e.event in ("ASSAULT", "COERCE")]  # tear gas at a crowd is repression
    assert got == [("COERCE", "fired", ["KEN"]), ("ASSAULT", "threw", ["SOM"])]


@pytest.mark.model
def test_the_doer_hung_on_the_as_phrase_of_a_passive_designation(analyzer):
    text = "Al-Shabab is designated as a terrorist organization by the United States."
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    got = [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
           for e in result.events]
    assert got == [("SANCTION", ["USA"], ["SOM"])]


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran remains under U.S. sanctions.", ["USA"], ["IRN"]),
    ("Many senior Taliban leaders remain under international sanctions.", [], ["AFG"]),
])
def test_a_party_under_sanctions_is_their_target(analyzer, text, actor, recipient):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    got = [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
           for e in result.events]
    assert got == [("SANCTION", actor, recipient)]


@pytest.mark.model
def test_coming_under_scrutiny_is_no_measure(analyzer):
    result = next(analyzer.analyze([Article.make("The exports came under scrutiny.",
                                                 published=PUBLISHED)]))
    assert list(result.events) == []


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Syrian officials said their forces in the coastal region near the port city of Latakia "
     "came under attack from Assad loyalists.", "Latakia"),
    ("The raid led to the arrest of five Iraqi men in the northern city of Mosul.", "Mosul"),
])
def test_a_harm_with_no_place_of_its_own_is_where_its_victims_are(analyzer, text, place):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    assert [e.location.name if e.location else None for e in result.events
            if e.event in ("ASSAULT", "COERCE")] == [place]


@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    ("Police in Lagos arrested 20 protesters on Monday.", [("COERCE", "Lagos")]),
    ("Troops in the eastern region of Donetsk shelled the village overnight.",
     [("ASSAULT", "Donetsk")]),
    # a statement is not done where the speaker's body governs
    ("The council in northern Somalia rejected the new charter.", [("REJECT", None)]),
])
def test_an_act_with_no_place_of_its_own_is_where_its_doers_are(analyzer, text, found):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    assert [(e.event, e.location.name if e.location else None) for e in result.events] == found


@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    ("Kenyan President William Ruto and Japanese Prime Minister Fumio Kishida spoke by phone "
     "on Tuesday.", [("CONSULT", "phone", "2025-03-11")]),
    ("Kenyan President William Ruto spoke at the rally on Tuesday.", []),
])
def test_speaking_by_phone_is_a_call(analyzer, text, found):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    assert [(e.event, e.mode, e.date) for e in result.events] == found


def _acts(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [(e.event, e.evidence.trigger, e.date, e.location.name if e.location else None)
            for e in result.events]


@pytest.mark.model
def test_the_arrests_and_force_told_after_a_protest_are_its_course(analyzer):
    got = _acts(analyzer, "Hundreds of Kenyan students marched through the streets of Nairobi on "
                          "Wednesday demanding lower fees. Riot police arrested 30 students. "
                          "Kenya's education minister said the fees would stay.")
    assert ("COERCE", "arrested", "2025-03-12", "Nairobi") in got


@pytest.mark.model
def test_police_elsewhere_after_a_protest_are_not_at_the_protest(analyzer):
    got = _acts(analyzer, "Armenian protesters gathered in Yerevan on Wednesday against the "
                          "government. Separately, police in Gyumri arrested two activists.")
    assert [g for g in got if g[0] == "COERCE"] == [("COERCE", "arrested", "2025-03-12", "Gyumri")]
