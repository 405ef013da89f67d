"""Who did an act of force to whom (events/force_roles.py, force_parties.py, the reduced
passive of phrases.py): a victim told in a bare participle clause, the doer of an act named
through a verb of naming, people deported to their country, a clash of words between persons.
Every story is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 11, 4)


def _events(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(sorted({a.code for a in e.actor if a.code}),
             sorted({r.code for r in e.recipient if r.code}))
            for e in analysis.events if e.event == category]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the subject of "is dead" is the one killed, not the killer
    ("A senior Hamas commander is dead, killed in an Israeli airstrike in Gaza.",
     [(["ISR"], ["PSE"])]),
    # the describers of a joint operation are its partners; the member's group is harmed
    ("One of the Boko Haram group's senior commanders is dead, killed in what Nigerian and "
     "Chadian officials called a joint operation.", [(["NGA", "TCD"], ["NGA"])]),
    # the nationality of the act named through "said was" is its doer's
    ("A Hamas commander was killed in what Palestinian officials said was an Israeli "
     "airstrike.", [(["ISR"], ["PSE"])]),
])
def test_a_victim_in_a_participle_clause_is_no_doer(analyzer, text, expected):
    assert _events(analyzer, text, "ASSAULT") == expected


@pytest.mark.model
def test_the_describers_of_an_act_that_is_not_joint_are_not_its_doers(analyzer):
    text = ("A Hamas commander was killed in what Turkish officials called a cowardly "
            "attack.")
    assert all("TUR" not in actor for actor, _ in _events(analyzer, text, "ASSAULT"))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Last month, Malaysia deported 120 men to Myanmar.", [(["MYS"], ["MMR"])]),
    ("Germany deported 28 men to Afghanistan on Friday, the interior ministry said.",
     [(["DEU"], ["AFG"])]),
    # a side the text names stays
    ("Pakistan deported 300 Afghans to Iran on Monday.", [(["PAK"], ["AFG"])]),
])
def test_people_deported_to_a_country_are_its_side(analyzer, text, expected):
    assert _events(analyzer, text, "COERCE") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The aid freeze followed the Oval Office clash between Brazilian President Lula da Silva "
    "and Argentine President Javier Milei on Feb. 28.",
    "Brazilian President Lula da Silva clashed with Argentine President Javier Milei over "
    "tariffs on Monday.",
])
def test_a_clash_between_named_persons_is_no_violence(analyzer, text):
    assert _events(analyzer, text, "ASSAULT") == []


@pytest.mark.model
def test_a_clash_between_forces_is_still_violence(analyzer):
    text = "Indian troops clashed with Chinese soldiers in the Galwan valley on Monday."
    assert [actor for actor, _ in _events(analyzer, text, "ASSAULT")] == [["IND"]]


@pytest.mark.model
def test_people_expelled_to_a_country_are_not_made_its_side(analyzer):
    # exiled nationals: the destination is no side of theirs
    text = "Nicaragua stripped 94 critics of their citizenship and expelled them to Spain."
    assert all("ESP" not in recipient for _, recipient in _events(analyzer, text, "COERCE"))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Iran executed a man convicted of spying on Monday.", [(["IRN"], ["IRN"])]),
    ("Tunisia's counterterrorism agency broke up a terrorist cell on Monday.",
     [(["TUN"], ["TUN"])]),
])
def test_a_state_arrests_or_executes_its_own_people_unless_told_otherwise(
        analyzer, text, expected):
    category = "ASSAULT" if "executed" in text else "COERCE"
    assert _events(analyzer, text, category) == expected


@pytest.mark.model
def test_a_foreigner_arrested_keeps_no_guessed_country(analyzer):
    text = "Iran arrested a foreign tourist in Tehran on Monday."
    assert all(recipient != ["IRN"] for _, recipient in _events(analyzer, text, "COERCE"))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Authorities in Tanzania put the opposition leader under house arrest on Monday.",
     [(["TZA"], ["TZA"])]),
    ("Police in Lima placed the former president under arrest on Friday.",
     [(["PER"], ["PER"])]),
])
def test_an_arrest_told_through_a_light_verb(analyzer, text, expected):
    assert _events(analyzer, text, "COERCE") == expected


@pytest.mark.model
def test_the_one_who_remains_in_detention_is_held_not_holding(analyzer):
    text = "The journalist remains in detention in Addis Ababa, his lawyer said on Monday."
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    (event,) = [e for e in analysis.events if e.event == "COERCE"]
    assert [a.code for a in event.actor] == ["ETH"]
    assert [r.text for r in event.recipient] == ["journalist"]


@pytest.mark.model
def test_the_toll_of_a_whole_war_is_no_act(analyzer):
    text = ("FREETOWN, Sierra Leone — Sierra Leonean prosecutors on Wednesday ordered the "
            "arrest of a former rebel commander. Sierra Leone's high court had summoned him "
            "last week. The 2002 peace deal ended a civil war in Sierra Leone that lasted 11 "
            "years and killed 50,000 people.")
    assert _events(analyzer, text, "ASSAULT") == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # deportees with no side named are not the deporter's own people
    ("Germany deported 28 men on Friday, the interior ministry said.", [(["DEU"], [])]),
    ("Pakistan deported 300 Afghans on Monday.", [(["PAK"], ["AFG"])]),
])
def test_deportees_are_foreigners(analyzer, text, expected):
    assert _events(analyzer, text, "COERCE") == expected


@pytest.mark.model
def test_the_doers_own_country_as_a_place_kept_out_of_is_no_target(analyzer):
    text = ("Under the sanctions, a former Guatemalan minister is barred from travel to the "
            "United States, the State Department said.")
    recipients = [r for _, r in _events(analyzer, text, "COERCE")]
    assert recipients and all("USA" not in r for r in recipients)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("As neither citizens nor visitors, the refugees occupied a gray area in the law.", []),
    # ground taken by force is ASSAULT (tests/test_s11_territory.py), no COERCE
    ("Russian troops occupied the town of Kupiansk in 2022.", []),
])
def test_occupying_a_standing_is_no_seizure(analyzer, text, expected):
    assert _events(analyzer, text, "COERCE") == expected


@pytest.mark.model
def test_militants_killed_with_no_doer_named_are_the_states_dead(analyzer):
    text = ("QUETTA, Pakistan — Pakistani troops raided a militant hideout in Balochistan on "
            "Wednesday. Security sources said 16 militants had been killed in the operation. "
            "Pakistan's army said the operation was over.")
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    killed = [e for e in analysis.events if e.evidence.trigger == "killed"]
    assert [[a.code for a in e.actor] for e in killed] == [["PAK"]]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Armenian forces fought with Azerbaijani troops along the border overnight.",
     [(["ARM"], ["AZE"])]),
    ("Protesters clashed with police in Nairobi on Tuesday.", [(["KEN"], ["KEN"])]),
    # a weapon fought with is no side; since the act's place is found ("near Goma", round
    # 8), its victim is the place's country as for any local violence with no one named
    ("The rebels fought with rifles and machetes near Goma.", [(["COD"], ["COD"])]),
    ("The rebels fought with rifles and machetes.", [([], [])]),
])
def test_whom_a_side_clashes_with_is_the_other_side(analyzer, text, expected):
    assert _events(analyzer, text, "ASSAULT") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("MOGADISHU, Somalia — Somalia's army said the airstrikes killed 30 al-Shabab fighters "
     "near Jowhar.", [(["SOM"], ["SOM"])]),
    # civilians killed by a weapon are nobody's by the reporter's word
    ("KYIV, Ukraine — Ukraine's military said a missile killed three civilians in Odesa.",
     [([], ["UKR"])]),
])
def test_a_strike_a_state_force_reports_on_its_foes_is_its_own(analyzer, text, expected):
    assert _events(analyzer, text, "ASSAULT") == expected
