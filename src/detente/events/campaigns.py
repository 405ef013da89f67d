"""A rally of an election campaign is no protest; markets and investors are no parties.

Election news calls a candidate's meeting with voters a rally ("addressed an election
rally in Bihar", "held a campaign rally ahead of the runoff", "held a rally in Kisumu after
the electoral board cleared his candidacy"). PLOVER's PROTEST is a demonstration for or
against something; a campaign stop is neither, so such a rally yields no event. A rally
whose clause also says what it protests ("held a rally to protest the election results",
"a rally against the vote count") stays a protest.

Business news tells what markets do in the words of parties: "investors rejected the bond
sale", "shareholders rejected the merger", "markets welcomed the ceasefire". The doer is a
crowd of holders of shares and bonds, no party of politics, so the sentence yields no event (a
party's act toward markets, "the minister reassured investors", is read elsewhere).
Word lists: data/lexicon/cautions.yaml.
"""

from __future__ import annotations

from .. import knowledge, tree

_FILE = "lexicon/cautions.yaml"
#: the trigger words of a rally (lemmas)
RALLY_WORDS = knowledge.words(_FILE, "rally_words")
#: modifiers that make a rally an election meeting ("an election rally", "a campaign rally")
CAMPAIGN_MODIFIERS = knowledge.words(_FILE, "campaign_rally_modifiers")
#: words of the rally's clause that place it in an election campaign ("his candidacy")
CAMPAIGN_WORDS = knowledge.words(_FILE, "campaign_words")
#: words of the rally's clause that say what it protests ("to protest", "against")
PROTEST_CUES = knowledge.words(_FILE, "rally_protest_cues")
#: doers that hold or trade shares and bonds ("investors", "shareholders", "markets")
MARKET_DOERS = knowledge.words(_FILE, "market_doers")
#: how many heads up from the rally its clause's verb is looked for
_CLAUSE_REACH = 3


def campaign_rally(cand) -> bool:
    """True when the candidate is a rally told as a stop of an election campaign."""
    if cand.event != "PROTEST":
        return False
    rally = next((w for w in cand.words if w.lemma_.lower() in RALLY_WORDS), None)
    if rally is None:
        return False
    clause = _clause(rally)
    lemmas = {t.lemma_.lower() for t in clause} | {t.lower_ for t in clause}
    if lemmas & PROTEST_CUES:
        return False
    named = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in CAMPAIGN_MODIFIERS
                for c in rally.children)
    return named or bool(lemmas & CAMPAIGN_WORDS)


def _clause(rally) -> list:
    """The tokens of the clause the rally is told in: the subtree of the nearest verb above
    it (the rally's own, for "supporters rallied")."""
    verb = tree.climb(rally, while_=lambda t: not tree.is_verb(t), limit=_CLAUSE_REACH)
    return list(verb.subtree)


def market_doer(cand) -> bool:
    """True when the act's verb has holders of shares or bonds, or a market, as its active
    subject."""
    if cand.kind not in ("verb", "light"):
        return False  # a noun's clause may tell what markets did about it ("after the war")
    subj = tree.subject(cand.head, ("nsubj",))
    return subj is not None and subj.lemma_.lower() in MARKET_DOERS
