"""Recipients a clause names only indirectly (session 13): the "with" partner of an agreement
or a talk the parser hangs on a complement verb or on an adjunct of means
(events/reactions.with_party), the state of a place an act is done to, left or given to
(events/object_places.py), and a state's own institution named by a capitalised bare word
("the Senate", events/recipients.home_recipients), and a denial told on a charge word that
sums up the clause before it (events/reactions._summed_teller), and "the claims" a party
only said just before (events/claim_tellers.py). Made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

DAY = dt.date(2025, 3, 4)


def _recipients(analyzer, text, category):
    found = events_in(analyzer, text, category, DAY)
    assert found, f"no {category} event in {text!r}"
    return codes(found[0].recipient)


# --- "with" partners ----------------------------------------------------------------------

WITH_PARTNERS = [
    # the "with" phrase hangs on "telephone", the noun of the verb's "by" adjunct
    ("British Foreign Secretary John Harlow on Monday held talks on the matter by telephone "
     "with Chilean Foreign Minister Ana Lopez, and both stressed the need for calm.",
     "CONSULT", ["CHL"]),
    # the "with" phrase hangs on the infinitive the readiness takes ("ready to work with")
    ("The Peruvian government says it is ready to work with Bolivia's new leadership to help "
     "restore calm.", "AGREE", ["BOL"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, category, expected", WITH_PARTNERS)
def test_a_with_partner_off_the_trigger_is_the_recipient(analyzer, text, category, expected):
    assert _recipients(analyzer, text, category) == expected


# --- the place an act is done to ----------------------------------------------------------

PLACE_OBJECTS = [
    # left: the state of the place withdrawn from, past "most of the ... part of"
    ("Armenia has withdrawn its troops from most of the northern part of Azerbaijan, "
     "officials said.", "RETREAT", ["AZE"]),
    # given: the place the aid goes toward, inside the object ("efforts in X")
    ("Japan has given more than 50 million dollars toward relief efforts in Haiti.", "AID",
     ["HTI"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, category, expected", PLACE_OBJECTS)
def test_the_state_of_the_place_acted_on_is_the_recipient(analyzer, text, category, expected):
    assert _recipients(analyzer, text, category) == expected


@pytest.mark.model
def test_a_place_naming_the_doer_is_no_recipient(analyzer):
    # "the U.S. withdrawal": the place modifies the act's noun as its doer, not its object
    found = events_in(analyzer, "Ministers voiced anger at the U.S. withdrawal.",
                      "RETREAT", DAY)
    assert found and codes(found[0].actor) == ["USA"]
    assert "USA" not in codes(found[0].recipient)


def test_the_object_path_stops_at_an_act_noun_and_at_a_venue():
    import spacy
    from spacy.tokens import Doc

    from detente.events.lexicon import load_lexicon
    from detente.events.object_places import _object_of

    # "withdrew from the talks in Geneva": the talks are what was left, not Geneva
    words = ["Brazil", "withdrew", "from", "the", "talks", "in", "Geneva"]
    heads = [1, 1, 1, 4, 2, 4, 5]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=["Brazil", "withdraw", "from", "the", "talk", "in", "Geneva"])
    lex = load_lexicon()
    assert not _object_of(doc[6], {1}, lex)
    # "withdrew from part of Chad": the place is the object's own
    words = ["Brazil", "withdrew", "from", "part", "of", "Chad"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 4],
              deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
              pos=["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN"],
              lemmas=["Brazil", "withdraw", "from", "part", "of", "Chad"])
    assert _object_of(doc[5], {1}, lex)
    # "killed ten people in Chad": "in" on the trigger itself says where, not to what
    words = ["Gunmen", "killed", "ten", "people", "in", "Chad"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 4],
              deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"],
              pos=["NOUN", "VERB", "NUM", "NOUN", "ADP", "PROPN"],
              lemmas=["gunman", "kill", "ten", "people", "in", "Chad"])
    assert not _object_of(doc[5], {1}, lex)


# --- a state's own institution, capitalised -------------------------------------------------

@pytest.mark.model
def test_a_bare_institution_word_takes_the_doers_country(analyzer):
    # "the Senate" is a sector word the parser tags as a proper noun: no named body, so a
    # state organ's repression at home is aimed at its own country's Senate
    text = ("Mali's army commander seized power on Monday. On Tuesday the military council "
            "dissolved the Senate and suspended the constitution.")
    assert _recipients(analyzer, text, "COERCE") == ["MLI"]


@pytest.mark.model
def test_a_body_named_at_length_takes_no_guessed_country(analyzer):
    # a body's full name the actor list does not know stays a named body, with no country
    text = ("China's ambassador said the Commission on the Limits of Ocean Borders should act "
            "with caution when handling the claims.")
    assert _recipients(analyzer, text, "REQUEST") == []


# --- a denial in a clause on a charge word that sums up the clause before --------------------

SUMMED = ("Opposition leaders in Kenya have alleged that the army was behind the rigging on "
          "polling day, charges the election commission denied.")


@pytest.mark.model
def test_a_denial_on_a_summing_charge_answers_the_one_who_charged(analyzer):
    # "..., charges X denied": the denial answers the subject of the clause the charges sum up
    assert _recipients(analyzer, SUMMED, "REJECT") == ["KEN"]


@pytest.mark.model
def test_the_charge_itself_keeps_its_own_target(analyzer):
    # the allegation, the clause the charge word sums up, is no reaction to itself
    found = events_in(analyzer, SUMMED, "ACCUSE", DAY)
    assert found and [r.sector for r in found[0].recipient] == ["MIL"]


# --- "the claims" told only as what another party said -------------------------------------

@pytest.mark.model
def test_the_claims_denied_are_what_another_party_said_just_before(analyzer):
    # "They said ...": a statement with no accusation word; "the claims" refers back to it
    text = ("Chilean officials apologized for the incident on Monday. They said their patrol "
            "killed 12 smugglers near the border. Peru's president rejected the claims and "
            "recalled his ambassador.")
    assert _recipients(analyzer, text, "REJECT") == ["CHL"]


@pytest.mark.model
def test_a_sentence_telling_something_else_stops_the_walk_back(analyzer):
    # the sentence just before is no statement: what "the claims" are is not known
    text = ("Chilean officials said their patrol killed 12 smugglers near the border. Heavy "
            "rain flooded several towns in the south on Tuesday. Peru's president rejected "
            "the claims and recalled his ambassador.")
    assert _recipients(analyzer, text, "REJECT") == []
