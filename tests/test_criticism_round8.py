"""Criticism and charges of the eighth session: charges a person faces or is arraigned on
(the state's accusation), a judgment read through "appear to be", a court's or an inquiry's
finding of a wrong, a text said to be made of prejudice or lies, condemning labels
("politically motivated", "a crackdown"), a labelling participle hung on what
was said, and a critic's echo in one sentence (events/candidates.py, criticism.py, aims.py,
recipients.py, phrases.py). Made-up sentences, the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 5, 10)


def accusations(analyzer, text):
    """(actor codes, recipient codes) of each asserted ACCUSE event, sorted within."""
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}))
            for e in analysis.events if e.event == "ACCUSE" and e.modality == "asserted"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a charge faced is the state's charge, told from the side of the one charged (a story
    # set in one country: the dateline says which)
    ("LUSAKA — A former Zambian minister faced new corruption charges on Thursday.",
     [(["ZMB"], ["ZMB"])]),
    ("LA PAZ — Bolivia's former energy minister is facing fresh fraud charges.",
     [(["BOL"], ["BOL"])]),
    # arraigned on charges: the state's accusation
    ("NAIROBI — Former Kenyan minister John Mwangi was arraigned in court on charges of "
     "abuse of office.", [(["KEN"], ["KEN"])]),
])
def test_charges_faced_or_arraigned_are_the_states(analyzer, text, expected):
    assert accusations(analyzer, text) == expected


@pytest.mark.model
def test_facing_a_threat_or_prison_is_no_charge(analyzer):
    assert accusations(analyzer, "LIMA — Peru's former president faces ten years in prison "
                                 "if convicted.") == []
    assert accusations(analyzer, "SANTIAGO — Chile's northern towns face a growing threat "
                                 "of floods.") == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the judgment read through a raising verb, aimed at the doer of the act told before
    ("Police in Uganda arrested six opposition activists on Monday. Uganda's opposition "
     "leaders said the arrests appear to be politically motivated.", (["UGA"], ["UGA"])),
    ("Serbia's police detained a Croatian editor on Friday. Croatia's foreign ministry said "
     "the detention seemed to be illegal.", (["HRV"], ["SRB"])),
])
def test_a_judgment_through_appear_to_be(analyzer, text, expected):
    assert expected in accusations(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a tribunal's finding of a wrong is its accusation
    ("The International Court of Justice found that Albania breached its obligations under "
     "the treaty.", (["IGO"], ["ALB"])),
    ("The European Court of Human Rights ruled that Turkey violated the journalist's rights.",
     (["IGO"], ["TUR"])),
])
def test_a_finding_of_a_wrong_blames_the_party(analyzer, text, expected):
    assert accusations(analyzer, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a finding of no wrong, or of a fact, blames no one
    "The International Court of Justice found that Albania had not breached the treaty.",
    "A Kenyan study found that rainfall in the region fell by a third.",
])
def test_a_finding_without_a_wrong_blames_no_one(analyzer, text):
    assert accusations(analyzer, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a text said to be made of prejudice or lies: its author is blamed
    ("Peru's foreign ministry said Chile's report was filled with prejudice and "
     "groundless accusations.", (["PER"], ["CHL"])),
    ("The Ghanaian government said Togo's statement was based on lies and distortions.",
     (["GHA"], ["TGO"])),
])
def test_a_text_made_of_prejudice_blames_its_author(analyzer, text, expected):
    assert accusations(analyzer, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana's finance minister said Togo's budget was based on sound data.",
    # the wrong the report documents is not the report's: its author is not blamed
    "Ghana's foreign minister said Togo's report was based on evidence of Burkinabe "
    "aggression.",
])
def test_a_text_made_of_sound_stuff_blames_no_one(analyzer, text):
    assert [a for a in accusations(analyzer, text) if "TGO" in a[1]] == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # condemning labels of this session
    ("Amnesty International called the arrests by Egyptian police politically motivated.",
     (["NGO"], ["EGY"])),
    ("Amnesty International labelled the raids by Ethiopian police a crackdown on dissent.",
     (["NGO"], ["ETH"])),
    # a labelling participle hung by the parser on what was said is the speaker's
    ("Serbia's president said the vote in Kosovo was rigged, calling it a farce.",
     (["SRB"], ["XKX"])),
])
def test_condemning_labels(analyzer, text, expected):
    assert expected in accusations(analyzer, text)


@pytest.mark.model
def test_a_critics_echo_in_one_sentence_is_one_criticism(analyzer):
    # the relative clause's label finds only the group raided; the criticism names Egypt
    found = accusations(analyzer, "Human Rights Watch denounced the arrest of an activist "
                                  "by Egyptian police during a raid on a rights group, which "
                                  "it described as a crackdown on dissent.")
    assert found == [(["NGO"], ["EGY"])]


@pytest.mark.model
def test_a_critic_going_on_keeps_its_target(analyzer):
    # the second criticism finds only the critic in its own words: it goes on about the
    # statements the critic denounced just before
    found = accusations(analyzer, "Japan denounced statements made by the G7 foreign "
                                  "ministers on Tuesday. \"The statements were filled with "
                                  "arrogance and prejudice,\" the Japanese foreign ministry "
                                  "spokesman said.")
    assert found == [(["JPN"], ["IGO"]), (["JPN"], ["IGO"])]


@pytest.mark.model
def test_another_critic_of_the_same_state_is_not_re_aimed(analyzer):
    # the opposition is not the government going on: its criticism stays at home
    found = accusations(analyzer, "Pakistan's government condemned the U.S. resolution on "
                                  "Friday. Pakistan's opposition said the decision was "
                                  "shameful.")
    assert found == [(["PAK"], ["USA"]), (["PAK"], ["PAK"])]


@pytest.mark.model
def test_what_a_figure_has_yet_to_face_does_not_negate_what_he_says(analyzer):
    (analysis,) = analyzer.analyze([Article.make(
        "KUALA LUMPUR — Malaysia's former trade minister is the highest-profile figure yet "
        "to face a criminal probe, and says the case against him is politically motivated.",
        published=PUBLISHED)])
    said = [e for e in analysis.events if e.evidence.trigger == "motivated"]
    assert [e.modality for e in said] == ["asserted"]


@pytest.mark.model
def test_the_court_goes_back_to_the_court_named_before(analyzer):
    # "the court" is the Permanent Court of Arbitration (named before, then by its short
    # form), not a court of the dateline's country
    text = ("THE HAGUE, Netherlands — The Permanent Court of Arbitration (PCA) ordered "
            "Albania to pay damages to Greece over the seizure of a ferry. Albanian police "
            "seized the ferry in 2021. The PCA hears disputes between states. Albania signed "
            "its founding treaty. The court found that Albania breached its obligations under "
            "the treaty.")
    assert (["IGO"], ["ALB"]) in accusations(analyzer, text)
