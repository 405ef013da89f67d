"""Session 14, a battery of made-up sentences that tell no political event (or one): the
constructions it found coded as events, and what the code now reads in them.

- A war fought, told in a relative clause on a party or in the simple past with no
  date of its own ("the rebels, who fought a decade-long civil war against the crown"): a
  campaign of years, background, no attack (events/wars.py waged; events.yaml fighting_verbs,
  waged_nouns). With its own date it stays, as history; told as the main clause in the
  perfect ("has been fighting a 40-year war") it stays.
- A war to be ended ("granted him asylum to end Togo's civil war"), or the subject of a
  copula ("the war is now in its third year"): the war is named, not an attack (events/wars.py
  ended).
- "Officials suspect Moscow of planning an offensive": the act suspected is only alleged
  (candidates._allegation_contents; events.yaml suspecting_verbs).
- "Neither country has declared war": a subject with "neither" is nobody, as "no country"
  is (modality._no_subject; events.yaml negative_subject_determiners).
- "The militia, which is backed by Iran": help in a present passive relative clause
  describes its noun, as the active "which Iran backs" does (nonevents._standing).
- "The force was created to fight jihadists": an act of force a body was made for is its
  purpose (nonevents._founded_for; cautions.yaml founding_verbs); an inquiry a panel is set
  up for is the inquiry begun and stays.
- Events counted as many with no date of their own ("several rounds of talks failed to
  produce a truce", "dozens of rounds of talks have been held"): a tally over time, no event
  (nonevents._counted; cautions.yaml many_words). Dated, they stay.
- "Students blocked roads and occupied university buildings", "students led the protests,
  blocking roads and occupying buildings": a joined verb or a participle with no subject of
  its own reads its senses with the subject of the verb it hangs on, so the occupation is
  the students' protest, not a confiscation (phrases.borrowed_subject, read by senses.cue_words).
- "The coalition organizes marches every year": a material act told in the simple present
  by habit is a routine, as a meeting "every Tuesday" was (asides._routine); a stance held by
  habit ("routinely deny the charge") is still said.
- "Under a 2016 deal, Turkey agreed to take back migrants": a commitment told under a
  document dated by its own words is one of its terms, history of the document's date
  (linked_dates._term_date; time.yaml term_verbs); an arrest "under a 2018 law" is news.
- "Moscow has repeatedly targeted the power grid": a material act in the present perfect
  under an adverb of repetition, with no date of its own, is a pattern, not an event
  (material._what_usually_happens; material.yaml repetition_adverbs). Dated or in the past
  ("repeatedly shelled the city on Sunday") it is one occasion.
- An act in the past perfect right after a sentence dated to history ("... was removed from
  office in 2022. Bolivia's leaders had backed the ousted president") is history too
  (history.carry_history, _past_perfect); after a sentence of the news it stays.
- An act told as done in a relative clause on a noun dated by its own words ("the 1994
  genocide, in which extremists killed 800,000 people", "the 2016 coup attempt, which Ankara
  blamed on a cleric") happened then: history of that date, not news of the publication day
  (linked_dates._antecedent_date).

Made-up sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in, told

DAY = dt.date(2025, 3, 4)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a relative clause on the subject describes the party
    "The insurgents, who fought a decade-long civil war against the crown, rejected the offer "
    "on Monday.",
    # a relative clause in the perfect
    "The Kurdish rebels, who have fought a long war against Turkey, rejected the offer.",
    # the simple past with no date of its own
    "The rebels fought a long war against the government.",
])
def test_a_war_fought_as_description_is_no_attack(analyzer, text):
    assert events_in(analyzer, text, "ASSAULT", DAY) == []


@pytest.mark.model
def test_a_war_fought_with_its_own_date_stays_as_history(analyzer):
    text = "Ethiopia and Eritrea fought a border war in 1998."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert found.modality == "historical"


@pytest.mark.model
def test_a_war_fought_as_the_main_report_in_the_perfect_stays(analyzer):
    text = "The rebel group has been fighting a 40-year war against the Peruvian government."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert found.modality == "asserted"


@pytest.mark.model
def test_a_battle_fought_stays(analyzer):
    text = "Government troops fought rebels near the town of Goma on Sunday."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert found.modality == "asserted"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana granted the rebel leader asylum in 2001 to end Togo's civil war.",
    "The talks aim to end Sudan's civil war.",
    # what the war is
    "Sudan's war between the army and paramilitary forces is now in its third year.",
])
def test_a_war_to_be_ended_is_no_attack(analyzer, text):
    assert events_in(analyzer, text, "ASSAULT", DAY) == []


@pytest.mark.model
def test_the_asylum_given_to_end_a_war_stays(analyzer):
    text = "Ghana granted the rebel leader asylum in 2001 to end Togo's civil war."
    (found,) = events_in(analyzer, text, "AID", DAY)
    assert codes(found.actor) == ["GHA"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Neither country has formally declared war.",
    # the preconjunct of "neither ... nor"
    "Neither Russia nor Ukraine has declared war.",
])
def test_neither_as_subject_negates(analyzer, text):
    assert told(analyzer, text, DAY) == set()


@pytest.mark.model
def test_a_present_passive_relative_of_help_describes_its_noun(analyzer):
    text = "The militia, which is backed by Iran, controls much of the border area."
    assert events_in(analyzer, text, "SUPPORT", DAY) == []


@pytest.mark.model
def test_help_in_a_past_passive_relative_stays(analyzer):
    text = "The militia, which was backed by Iran in 2015, controls much of the border area."
    (found,) = events_in(analyzer, text, "SUPPORT", DAY)
    assert codes(found.actor) == ["IRN"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The force was created to fight jihadist groups in the Sahel.",
    "The group was founded in the 1980s to fight Israeli forces in southern Lebanon.",
])
def test_force_a_body_was_made_for_is_its_purpose(analyzer, text):
    assert events_in(analyzer, text, "ASSAULT", DAY) == []


@pytest.mark.model
def test_an_inquiry_a_panel_is_set_up_for_stays(analyzer):
    text = "Kenya's interior minister said two commissions have been created to investigate " \
           "the killings."
    (found,) = events_in(analyzer, text, "ACCUSE", DAY)
    assert found.mode == "investigate"


@pytest.mark.model
def test_a_war_that_killed_stays(analyzer):
    text = "Russia's war against Ukraine killed thousands of civilians in 2023."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert codes(found.actor) == ["RUS"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Western officials suspect Moscow of planning a new offensive in the spring.",
    "Police suspect the gang of kidnapping two foreign engineers in Lagos.",
])
def test_the_act_a_party_is_suspected_of_is_not_asserted(analyzer, text):
    assert told(analyzer, text, DAY) == set()


@pytest.mark.model
def test_an_arrest_of_suspects_stays(analyzer):
    text = "Nigerian police arrested two men suspected of bombing the station on Monday."
    (found,) = events_in(analyzer, text, "COERCE", DAY)
    assert found.mode == "arrest"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Dozens of rounds of talks between India and China have been held to ease tensions.",
    "Several rounds of talks between Sudan's army and the RSF failed to produce a truce.",
])
def test_meetings_counted_as_many_with_no_date_are_a_tally(analyzer, text):
    assert events_in(analyzer, text, "CONSULT", DAY) == []


@pytest.mark.model
def test_meetings_counted_as_many_with_a_date_stay(analyzer):
    text = "Several rounds of talks between India and China were held in Beijing last week."
    (found,) = events_in(analyzer, text, "CONSULT", DAY)
    assert codes(found.actor) == ["CHN", "IND"]


@pytest.mark.model
def test_a_joined_verb_reads_its_sense_with_the_first_verbs_subject(analyzer):
    text = "Serbian students blocked roads and occupied university buildings on Monday."
    assert events_in(analyzer, text, "COERCE", DAY) == []
    assert events_in(analyzer, text, "PROTEST", DAY)


@pytest.mark.model
@pytest.mark.parametrize("text, year", [
    ("Under a 2016 deal, Turkey agreed to take back migrants who reach the Greek islands.",
     "2016"),
    ("Under the 2015 accord, Iran agreed to limit its enrichment of uranium.", "2015"),
])
def test_a_commitment_under_a_dated_document_is_its_term(analyzer, text, year):
    (found,) = events_in(analyzer, text, "AGREE", DAY)
    assert found.modality == "historical"
    assert found.date == year


@pytest.mark.model
def test_an_act_under_an_old_law_is_news(analyzer):
    text = "Under a 2018 law, Turkish police detained the journalist on Monday."
    (found,) = events_in(analyzer, text, "COERCE", DAY)
    assert found.modality == "asserted"
    assert found.date == "2025-03-03"


@pytest.mark.model
def test_an_attack_repeated_up_to_now_is_a_pattern(analyzer):
    text = "Moscow has repeatedly targeted Ukraine's power grid, causing blackouts."
    assert events_in(analyzer, text, "ASSAULT", DAY) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russian forces repeatedly shelled Kharkiv on Sunday.",
    "Israeli troops have repeatedly raided the Jenin camp this week.",
])
def test_a_repeated_attack_on_an_occasion_stays(analyzer, text):
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert found.modality == "asserted"


@pytest.mark.model
def test_the_past_perfect_after_a_sentence_of_history_is_history(analyzer):
    text = ("Bolivia expelled a Peruvian diplomat on Thursday. The neighbors have had tense "
            "relations since Peru's former president was removed from office in 2022. "
            "Bolivia's leaders had backed the ousted president, who is now on trial.")
    (found,) = events_in(analyzer, text, "SUPPORT", DAY)
    assert found.modality == "historical"


@pytest.mark.model
def test_the_past_perfect_after_a_sentence_of_news_stays(analyzer):
    text = ("Kenyan police arrested the opposition leader on Monday. Officers had detained "
            "two of his aides on Sunday.")
    found = events_in(analyzer, text, "COERCE", DAY)
    assert {e.modality for e in found} == {"asserted"}


@pytest.mark.model
def test_a_participle_reads_its_sense_with_the_main_verbs_subject(analyzer):
    text = ("Serbian students have led the protests for months, blocking roads and occupying "
            "university buildings.")
    assert events_in(analyzer, text, "COERCE", DAY) == []


@pytest.mark.model
def test_a_material_act_in_the_present_by_habit_is_a_routine(analyzer):
    text = "The Stop the War Coalition in Britain organizes marches every year."
    assert events_in(analyzer, text, "PROTEST", DAY) == []


@pytest.mark.model
def test_a_stance_held_by_habit_is_still_said(analyzer):
    text = "Afghan Taliban routinely deny providing sanctuary to Pakistani militants."
    (found,) = events_in(analyzer, text, "REJECT", DAY)
    assert codes(found.actor) == ["AFG"]


@pytest.mark.model
@pytest.mark.parametrize("text, category, year", [
    ("Rwanda marked the anniversary of the 1994 genocide, in which Hutu extremists killed "
     "some 800,000 people.", "ASSAULT", "1994"),
    ("Relations soured after the 2016 coup attempt, which Ankara blamed on a U.S.-based "
     "cleric.", "ACCUSE", "2016"),
])
def test_an_act_in_a_relative_clause_on_a_dated_noun_is_of_its_date(analyzer, text, category,
                                                                     year):
    (found,) = events_in(analyzer, text, category, DAY)
    assert found.modality == "historical"
    assert found.date == year


@pytest.mark.model
def test_an_act_in_a_relative_clause_on_an_undated_noun_stays_news(analyzer):
    text = "Israel struck the camp, which Hamas fighters had used on Monday."
    found = events_in(analyzer, text, "ASSAULT", DAY)
    assert found and all(e.modality == "asserted" for e in found)
