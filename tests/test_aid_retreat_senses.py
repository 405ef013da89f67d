"""AID and RETREAT read by what is given, freed or left (issue 9, round 8b): doses handed
over are aid, a suspect handed over is judicial cooperation, a sum released is money given,
people who go home or take shelter are handed back or sheltered by no one, a truce or a
partnership left is no force pulled back. Made-up sentences; each case has a twin where the
category stays. The particle test builds its parse by hand (no model)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from detente import tree
from event_helpers import told

PUBLISHED = dt.date(2024, 5, 2)


def _told(analyzer, text) -> set[str]:
    return told(analyzer, text, PUBLISHED)


def test_particle_hung_on_the_number_is_the_verbs():
    # "handed over 10,000 doses": the parser reads "over" as "more than" 10,000
    words = ["Japan", "handed", "over", "10,000", "doses", "to", "Fiji"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 4, 1, 1, 5],
              deps=["nsubj", "ROOT", "quantmod", "nummod", "dobj", "prep", "pobj"],
              pos=["PROPN", "VERB", "ADP", "NUM", "NOUN", "ADP", "PROPN"])
    assert [t.i for t in tree.stray_particles(doc[1])] == [2]
    # the number is not the verb's object's: "more than" stays what it says
    doc = Doc(spacy.blank("en").vocab, words=["They", "waited", "over", "10", "hours"],
              heads=[1, 1, 3, 4, 4], deps=["nsubj", "ROOT", "quantmod", "nummod", "ROOT"],
              pos=["PRON", "VERB", "ADP", "NUM", "NOUN"])
    assert tree.stray_particles(doc[1]) == ()
    assert tree.stray_particles(doc[3]) == ()  # too close to the end for a particle


@pytest.mark.model
@pytest.mark.parametrize("text, event, told", [
    # vaccine doses handed over are aid, not a return
    ("India's ambassador handed over 100,000 doses of vaccines to the Nepalese army chief "
     "on Tuesday.", "AID", True),
    ("India's ambassador handed over 100,000 doses of vaccines to the Nepalese army chief "
     "on Tuesday.", "RETREAT", False),
    # a suspect handed to the police or a foreign state is judicial cooperation
    ("Police handed over the suspects to Pakistani authorities on Monday.", "RETREAT", False),
    ("Police handed over the suspects to Pakistani authorities on Monday.", "COOPERATE", True),
    ("Hamas handed over three hostages to the Red Cross on Saturday.", "RETREAT", True),
    # a sum released is money given
    ("The United States sent aid and released $1 million to assist Nepal on Monday.",
     "RETREAT", False),
    ("The United States sent aid and released $1 million to assist Nepal on Monday.",
     "AID", True),
    # taking shelter helps no one
    ("Militant leaders are sheltering in Afghanistan, Pakistani officials said on Monday.",
     "AID", False),
    # people who go home themselves are handed back by no one; bodies given back are
    ("Thousands of refugees returned to their villages in Kivu on Monday.", "RETREAT", False),
    ("Israel returned the bodies of 45 Palestinians to Gaza on Monday.", "RETREAT", True),
    # leaving a truce or a partnership is no force pulled back; leaving a town is
    ("The group withdrew from the truce with the government on Monday.", "RETREAT", False),
    ("President Trump pulled the United States out of the Trans-Pacific Partnership on "
     "Monday.", "RETREAT", False),
    ("Israeli troops withdrew from the ceasefire line in southern Lebanon on Monday.",
     "RETREAT", True),
    ("The opposition leader withdrew his candidacy on Monday.", "RETREAT", False),
    ("The government and the rebels agreed on Monday to cease hostilities and pull the "
     "country back from the brink.", "RETREAT", False),
    ("Russian forces pulled back from the outskirts of Kyiv on Monday.", "RETREAT", True),
    # helping parties settle a dispute is mediation; a crime charged is no aid given
    ("China will work to help the two countries settle their territorial dispute, the "
     "minister said on Monday.", "AID", False),
    ("The soldiers were charged with aiding the enemy on Monday.", "AID", False),
    # backing told in a field's name or given in words is support, not aid
    ("China supports economic cooperation with African countries, the minister said on "
     "Monday.", "AID", False),
    ("The United States provided diplomatic support to Israel at the United Nations on "
     "Monday.", "AID", False),
    ("The United States provided diplomatic support to Israel at the United Nations on "
     "Monday.", "SUPPORT", True),
    ("The United States is providing logistical support to Kenya's mission in Haiti.",
     "AID", True),
    # a surrender sought is a demand; a cartel dismantled is a police act
    ("Russia seeks the surrender of Ukraine, Zelensky said on Monday.", "RETREAT", False),
    ("Russia seeks the surrender of Ukraine, Zelensky said on Monday.", "REQUEST", True),
    ('"We are dismantling an armed wing of one of the drug cartels," the interior minister '
     "said on Monday.", "RETREAT", False),
])
def test_aid_and_retreat_senses(analyzer, text, event, told):
    assert (event in _told(analyzer, text)) is told


@pytest.mark.model
@pytest.mark.parametrize("text, recipient", [
    # who is helped is the subject of the clause the help governs
    ("Japan provided a loan to help Sri Lanka repay its debts on Monday.", ["LKA"]),
    ("China donated vaccines to help Cambodia fight the pandemic on Monday.", ["KHM"]),
    # the help's own object stays the receiver
    ("Japan provided $5 million to assist Pakistan after the floods.", ["PAK"]),
])
def test_aid_goes_to_whom_its_purpose_helps(analyzer, text, recipient):
    from event_helpers import codes, events_in

    (aid,) = events_in(analyzer, text, "AID", PUBLISHED)
    assert codes(aid.recipient) == recipient
