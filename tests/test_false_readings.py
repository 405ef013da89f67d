"""Words that look like events but, in their construction, tell another thing or none (issue 9,
round 6): a strike named by its weapon, a contest won, a fall in numbers, a court appeal, a
non-announcement, a promise to stop harm, a named analyst's view, the charge a sentence was
passed for, roads blocked by the police, a bill pushed through, markets that rally, a trade
reprisal, a filing a court hears, an act feared ahead, aid that is cut, help described in a
relative clause, what a poll shows, figures released, an attack named as a possibility,
police who stood by, markets reassured, a visit to a site, an order to consider an act.
Made-up sentences through the real model; each case has a twin that keeps its event."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)


def _found(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [(e.event, e.modality) for e in result.events]


def _events(analyzer, text):
    return {e for e, _ in _found(analyzer, text)}


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # a contest won is no beating
    ("Luis Vargas, incumbent President of Bolivia, was declared winner of the presidential "
     "election. Vargas received 53% of the vote. Vargas beat out Jorge Arce, 40, leader of "
     "the opposition Movement for Change.", "ASSAULT"),
    # a fall is no refusal
    ("Ties between Chile and Peru have declined sharply since the border dispute.", "REJECT"),
    ("Peru's exports to Chile declined by 8 percent last year.", "REJECT"),
    # an appeal to a court is a step in a trial
    ("The Peruvian opposition leader could file another appeal to the supreme court.",
     "REQUEST"),
    # a view shared by a scholar is no agreement between parties
    ("Professor of politics Jane Arce agreed that tensions between Chile and Peru would "
     "continue.", "AGREE"),
    # the charge a sentence was passed for is no act
    ("The Peruvian general was arrested and sentenced in March for ordering the abduction of "
     "a judge.", "ASSAULT"),
    # a bill pushed through is no demolition
    ("Chile's opposition said the government was bulldozing legislation through parliament.",
     "COERCE"),
    # markets rally and are hit; a trade reprisal is no attack
    ("Asian stocks rallied on Monday after the central bank cut rates.", "PROTEST"),
    ("Global stock markets tumbled on Friday as China struck back against Trump's tariffs.",
     "ASSAULT"),
    # a filing named as what a court hears is no request made now
    ("The Supreme Court of Peru on Thursday adjourned the hearing of the opposition party's "
     "petition against the delimitation of constituencies by the election commission.",
     "REQUEST"),
    # an act feared ahead is no event
    ("Investors fear that the United States will impose new sanctions on Peru.", "SANCTION"),
    # aid named as what is cut is no aid
    ("In February, Chile's president ordered cuts to Chilean overseas aid in order to boost "
     "defence spending.", "AID"),
    # help described in a present-tense relative clause tells no event
    ("They include the Andean Development Foundation, which provides seed money and other "
     "support to Peruvian-owned enterprises in Bolivia.", "AID"),
    ("The cuts are a source of concern for NGOs and international organizations that help "
     "regions in need.", "AID"),
    # figures released are no release of captives
    ("The head of the UN's refugee agency has released some startling statistics on Peru.",
     "RETREAT"),
    # a visit to a site meets no party
    ("Peru's president visited flood-hit areas in the north of the country on Sunday.",
     "CONSULT"),
    ("Chile's prime minister visited a refugee camp near the Peruvian border.", "CONSULT"),
    # reassuring markets is no commitment to a party
    ("Peru's government assured investors that the sol would recover.", "AGREE"),
    # standing by with no one stood by backs no one
    ("Police in Lima stood by while government supporters beat up the student protesters.",
     "SUPPORT"),
    # an act named as a possibility is a danger, not an act
    ("Talks took place amid tensions across the region about a potential Chilean attack "
     "against Peru.", "ASSAULT"),
    # what a poll shows is opinion
    ("A new poll shows that 60 percent of Chileans support a ceasefire with Peru.", "SUPPORT"),
    ("A survey by a research center found that most Chileans oppose sending troops to Peru.",
     "MOBILIZE"),
])
def test_no_such_event(analyzer, text, event):
    assert event not in _events(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Bolivian police beat protesters in La Paz on Sunday.", "ASSAULT"),
    ("Peru declined to join the talks with Chile.", "REJECT"),
    ("The Peruvian opposition leader appealed to the United Nations for help.", "REQUEST"),
    ("Peru's president approved the deal with Chile on Monday.", "SUPPORT"),
    ("The Peruvian prosecutor brought charges against the former president.", "ACCUSE"),
    ("Peruvian forces bulldozed homes in a Chilean border village.", "COERCE"),
    ("Supporters of the Peruvian opposition rallied in Lima on Tuesday.", "PROTEST"),
    ("The Peruvian army struck back against the rebels in Ayacucho.", "ASSAULT"),
    ("Peru's opposition filed a petition with the Supreme Court on Monday.", "REQUEST"),
    ("Chile will impose new sanctions on Peru, officials said.", "SANCTION"),
    ("Chile announced new military aid to Peru on Monday.", "AID"),
    ("Chile provides military aid to Peru, the minister said on Monday.", "AID"),
    ("Chile's president said that he supports a ceasefire with Peru.", "SUPPORT"),
    ("Peruvian rebels released 30 Chilean hostages on Monday.", "RETREAT"),
    ("Chile mobilized army reservists for a possible war against Peru on Tuesday.",
     "MOBILIZE"),
    ("Chile said it stands by its allies in the fight against the rebels in Peru.", "SUPPORT"),
    ("Chile assured Peru that its troops would stay until the end of the year.", "AGREE"),
    ("Chile's defense minister visited Peru on Monday.", "CONSULT"),
])
def test_twin_keeps_its_event(analyzer, text, event):
    assert event in _events(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text, event, absent", [
    # a strike named by its weapon is an attack asked for, not a labour strike
    ("Chilean lawmakers have called for military strikes against Peru.", "REQUEST", "PROTEST"),
    # roads blocked by the police are a restriction, not a protest
    ("Riot police surrounded the opposition's offices in Lima and blocked off nearby streets.",
     "COERCE", "PROTEST"),
    # an order to weigh an act is an order, not the act
    ("Chile's president ordered the trade ministry to consider placing new tariffs on "
     "Peruvian imports.", "REQUEST", "SANCTION"),
    # a promise to stop attacks is a promise, not a threat
    ("The Chilean militia agreed to halt attacks on Peruvian border posts.", "AGREE",
     "THREATEN"),
    ("Chile pledged to end its airstrikes on Peruvian towns.", "AGREE", "THREATEN"),
])
def test_reread(analyzer, text, event, absent):
    found = _events(analyzer, text)
    assert event in found and absent not in found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Union workers called a strike at the port of Callao.", "PROTEST"),
    ("Protesters blocked roads in Lima with burning tires.", "PROTEST"),
    ("Chile vowed to keep attacking the rebels in Peru.", "THREATEN"),
])
def test_twin_keeps_its_reading(analyzer, text, event):
    assert event in _events(analyzer, text)


@pytest.mark.model
def test_deal_not_announced_is_no_refusal(analyzer):
    found = _found(analyzer, "Peru has not announced any new agreements with Chile.")
    assert ("REJECT", "asserted") not in found
    kept = _found(analyzer, "Peru did not attend the talks with Chile in Lima.")
    assert ("REJECT", "asserted") in kept
