"""Session 11, recall: events the pipeline used to lose entirely.

- a party wanting another party's act asks for it (events/wants.py): "want X to do",
  "want the embargo lifted", "want assurances" are REQUESTs; wanting one's own act, a
  wish about what befalls someone, and a bare or generic wanter ask nothing;
- fighting told as having broken out at a known place, with no doer named, is kept
  (events/__init__.py ``_occurred_here``): the place's state stands for the doers;
- "scuffles" are an ASSAULT noun whose parties are its "between" phrase;
- a reported clause denying that a party honoured what it owes criticises it (ACCUSE);
- "the sides" after a domestic pair (a government and its rebels) are that pair;
- "called for X to do": the parser's "for" as the clause's mark still makes "call for".

Every sentence is made up for these tests (places and names are real countries only where
the actor files need them to code the parties).
"""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

PUBLISHED = dt.date(2024, 3, 8)


@pytest.mark.model
def test_wanting_another_partys_act_is_a_request_of_that_party(analyzer):
    text = ("The foreign ministers of France and Germany met on Thursday in Paris. "
            "France and Germany want Serbia to open its border crossings before the summer.")
    (req,) = events_in(analyzer, text, "REQUEST", PUBLISHED)
    assert "FRA" in codes(req.actor)
    assert codes(req.recipient) == ["SRB"]
    assert req.modality == "asserted"
    assert "want Serbia to open" in req.evidence.sentence


@pytest.mark.model
def test_wanting_a_thing_undone_is_a_request(analyzer):
    text = ("Talks on the trade dispute resumed in Geneva on Tuesday. "
            "Venezuela wants the American embargo on its oil exports lifted.")
    (req,) = events_in(analyzer, text, "REQUEST", PUBLISHED)
    assert codes(req.actor) == ["VEN"]
    assert "embargo" in req.evidence.sentence


@pytest.mark.model
def test_wanting_assurances_is_a_request(analyzer):
    text = ("Japan wants assurances that North Korea will not test another missile this "
            "year.")
    (req,) = events_in(analyzer, text, "REQUEST", PUBLISHED)
    assert codes(req.actor) == ["JPN"]
    assert "wants assurances" in req.evidence.sentence


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # one's own act: an aim, nobody is asked
    "Chile wants to reopen its consulate in La Paz next year.",
    # a wish about what befalls a party asks it for no act
    "Peru does not want Bolivia to be isolated by its neighbours.",
    # a bare plural wanter tells an opinion
    "Voters in Ecuador want their government to lower fuel prices.",
    # a generic wanter names no party
    "All parties in Kenya want guarantees of a fair count.",
])
def test_wanting_without_a_party_asked_is_no_request(analyzer, text):
    assert events_in(analyzer, text, "REQUEST", PUBLISHED) == []


@pytest.mark.model
def test_clashes_that_broke_out_at_a_place_are_kept_with_its_state(analyzer):
    text = ("Heavy fighting has gripped the north of the country for a week. "
            "Fierce clashes erupted overnight near the port of Misrata.")
    found = [e for e in events_in(analyzer, text, "ASSAULT", PUBLISHED)
             if "clashes erupted" in e.evidence.sentence]
    (clash,) = found
    assert codes(clash.actor) == ["LBY"]
    assert clash.location is not None and clash.location.country == "LBY"


@pytest.mark.model
def test_generic_violence_that_erupted_with_no_date_of_its_own_is_not_kept(analyzer):
    text = "Thousands have fled their homes since violence erupted in the region of Tigray."
    found = [e for e in events_in(analyzer, text, "ASSAULT", PUBLISHED)
             if "violence erupted" in e.evidence.sentence and not e.recipient]
    assert found == []


@pytest.mark.model
def test_scuffles_between_two_crowds_are_an_assault(analyzer):
    text = ("Scuffles broke out on Monday in Lima between striking miners and police "
            "officers.")
    (fight,) = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    assert codes(fight.actor) == ["PER"]
    assert fight.date == "2024-03-04"


@pytest.mark.model
def test_said_a_party_did_not_honour_its_commitments_is_criticism(analyzer):
    text = ("Bolivia's foreign minister said on Tuesday that Chile had not abided by its "
            "pledges on the shared river.")
    (blame,) = events_in(analyzer, text, "ACCUSE", PUBLISHED)
    assert codes(blame.actor) == ["BOL"]
    assert codes(blame.recipient) == ["CHL"]
    assert blame.mode == "disapprove"


@pytest.mark.model
def test_said_a_party_honoured_its_commitments_blames_no_one(analyzer):
    text = ("Bolivia's foreign minister said on Tuesday that Chile had abided by its pledges "
            "on the shared river.")
    assert events_in(analyzer, text, "ACCUSE", PUBLISHED) == []


@pytest.mark.model
def test_the_sides_are_a_domestic_pair_told_before(analyzer):
    text = ("Mozambique and the country's main armed opposition movement signed a truce on "
            "Monday in Maputo. The sides agreed to its terms in January.")
    found = [e for e in events_in(analyzer, text, "AGREE", PUBLISHED)
             if "The sides agreed" in e.evidence.sentence]
    (deal,) = found
    assert codes(deal.actor) == ["MOZ"]


@pytest.mark.model
def test_called_for_a_party_to_act_is_a_request_of_it(analyzer):
    text = ("Hundreds of students marched in La Paz on Monday. "
            "They called for Chile to return the coastal strip.")
    reqs = [e for e in events_in(analyzer, text, "REQUEST", PUBLISHED)
            if "called for Chile" in e.evidence.sentence]
    (req,) = reqs
    assert codes(req.recipient) == ["CHL"]
