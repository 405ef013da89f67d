"""Speakers the actor stage lists no actor for: a witness or a private person described only
by a word ("a witness said", "the owner told reporters") takes the story's setting, as a
resident does; a name or a word that says she is not local, or another state named in her
sentence, keeps her unplaced. A prosecutor
general written with a hyphen is a judicial office, not a military one.

Every sentence is made up; each case pins one construction with the real model.
"""

from __future__ import annotations

import pytest

from quote_helpers import said

pytestmark = pytest.mark.model

_SETTING = ("KABUL — Gunmen attacked a market in the Afghan city of Jalalabad on Monday, "
            "Afghan officials said. Afghanistan's interior ministry said five people were "
            "killed in the attack in eastern Afghanistan.\n\n")


def test_a_witness_takes_the_setting_of_the_story(analyzer):
    q = said(analyzer, _SETTING + "The gunmen fired into the crowd for ten minutes, a witness "
                                  "said.", "The gunmen fired into the crowd for ten minutes")
    assert (q.speaker.text, q.speaker.code, q.speaker.sector) == ("a witness", "AFG", "CVL")


def test_an_owner_takes_the_setting_with_the_business_sector(analyzer):
    q = said(analyzer, _SETTING + "“We lost everything in one hour,” one shop owner said.",
             "We lost everything in one hour")
    assert (q.speaker.code, q.speaker.sector) == ("AFG", "BUS")


def test_a_witness_of_a_news_agency_is_not_placed(analyzer):
    q = said(analyzer, _SETTING + "The gunmen fired into the crowd for ten minutes, an Acme "
                                  "witness said.", "The gunmen fired into the crowd for ten "
                                                   "minutes")
    assert q.speaker.code is None


def test_a_foreign_witness_is_not_placed(analyzer):
    q = said(analyzer, _SETTING + "The gunmen fired into the crowd for ten minutes, a foreign "
                                  "witness said.", "The gunmen fired into the crowd for ten "
                                                   "minutes")
    assert q.speaker.code is None


def test_a_witness_telling_of_another_states_people_is_not_placed(analyzer):
    # she may be of either state: the sentence names the other one
    q = said(analyzer, _SETTING + "Pakistani border guards questioned the travellers for hours, "
                                  "a witness said.", "Pakistani border guards questioned the "
                                                     "travellers for hours")
    assert q.speaker.code is None


def test_a_witness_in_a_story_of_no_one_setting_is_not_placed(analyzer):
    text = ("Ruritanian and Kastrian delegations met in Geneva on Monday. Ruritania and "
            "Kastria accused each other of shelling. Kastria said Ruritania broke the truce.\n\n"
            "The shells fell all night, a witness said.")
    q = said(analyzer, text, "The shells fell all night")
    assert q.speaker.code is None


def test_a_hyphenated_prosecutor_general_is_judicial(analyzer):
    q = said(analyzer, _SETTING + "Afghanistan's prosecutor-general said the suspects had been "
                                  "arrested.", "the suspects had been arrested")
    assert (q.speaker.code, q.speaker.sector) == ("AFG", "JUD")
