"""The diplomatic act done to an envoy, read from the verb and the envoy it is done to.

A state shows its displeasure through the other state's envoy: it summons the ambassador to
its foreign ministry (a formal protest: PLOVER codes "summoned Niger's ambassador to
complain" as ACCUSE, the summoning state the actor and the envoy's state the recipient), it
gives a diplomat hours to leave or declares him persona non grata (SANCTION/expel), and it
calls its own envoy home (SANCTION/withdraw). The verbs say little by themselves ("summoned
to court", "called back later", "gave them time"); the envoy named as what the act is done to
decides. A state that "protests" a decision does so by note and statement, not in the street.

The words are in data/lexicon/events.yaml (``envoy_nouns`` and the lists after it).
"""

from __future__ import annotations

from .. import tree
from .lexicon import Entry, events_words

ENVOYS = events_words("envoy_nouns")
SUMMONING = events_words("summoning_verbs")
RECALLING = events_words("recalling_verbs")
OWN = events_words("own_envoy_words")
SENDING_OFF = events_words("sending_off_verbs")
LEAVING = events_words("leaving_verbs")
UNWELCOME = events_words("unwelcome_words")
MISSIONS = events_words("mission_nouns")
DECLARING = events_words("envoy_declaring_verbs")
STATE_PROTESTS = events_words("state_protest_verbs")
#: Every lexicon key this module reads; any other verb keeps its entry untouched.
_KEYS = SUMMONING | RECALLING | SENDING_OFF | DECLARING | STATE_PROTESTS
#: Dependencies by which an envoy is what the verb is done to.
_DONE_TO = frozenset({"dobj", "nsubjpass", "dative", "oprd"})
_RELATIVES = frozenset({"who", "whom", "that"})
#: Dependencies of the name words before a name that can carry the envoy's title
#: ("Ambassador Jane Roe", "India's Deputy High Commissioner J P Singh").
_TITLE_DEPS = frozenset({"compound", "amod"})


def _word(tok) -> str:
    return tok.lemma_.lower()


def _is_envoy(tok) -> bool:
    if tok.lower_ in ENVOYS or _word(tok) in ENVOYS:
        return True
    # the title may sit anywhere in the name words before it ("Deputy High Commissioner J P
    # Singh") or in an apposition ("Hideo Tarumi, Japan's ambassador")
    titles = [t for t in tok.lefts for t in t.subtree if t.dep_ in _TITLE_DEPS] + [
        c for c in tok.children if c.dep_ == "appos"]
    if tok.pos_ == "PROPN" and any(t.lower_ in ENVOYS or _word(t) in ENVOYS for t in titles):
        return True
    # "an employee of the Ukrainian embassy", "two staff members at the consulate"
    return tok.pos_ == "NOUN" and any(
        p.dep_ == "prep" and p.lower_ in ("of", "at") and _word(g) in MISSIONS
        for p in tok.children for g in p.children if g.dep_ == "pobj")


def envoy_of(verb):
    """The envoy the verb is done to (its object, passive subject or, for "the ambassador,
    who was summoned", the noun its relative clause tells of), else None."""
    for c in verb.children:
        if c.dep_ not in _DONE_TO:
            continue
        if c.lower_ in _RELATIVES and verb.dep_ == "relcl":
            c = verb.head
        if _is_envoy(c):
            return c
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _is_envoy(verb.head):
        return verb.head  # "the envoy summoned to the ministry"
    return None


def _own(verb, envoy) -> bool:
    """"its ambassador", "summoned her envoy home", "for consultations": the state's own."""
    if any(c.dep_ == "poss" and c.lower_ in OWN for c in envoy.children):
        return True
    for c in verb.children:
        if c.dep_ in ("advmod", "prt") and c.lower_ in OWN:
            return True
        if c.dep_ == "prep" and any(g.lower_ in OWN for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _told_to_leave(verb) -> bool:
    """"gave the envoy 72 hours to leave", "ordered two diplomats to leave the country"."""
    return any(t.pos_ == "VERB" and _word(t) in LEAVING and tree.to_infinitive(t)
               for t in verb.subtree if t.i > verb.i)


def reading(key: str, entry: Entry | None, verb) -> Entry | None:
    """The entry of ``verb`` (lexicon key ``key``) once the envoy it is done to is read."""
    deported = entry is not None and entry.mode == "deport"
    if verb.pos_ != "VERB" or not (key in _KEYS or deported):
        return entry
    if key in STATE_PROTESTS and entry is not None and entry.event == "PROTEST":
        subj = tree.subject(verb, ("nsubj",))
        return Entry("ACCUSE", "disapprove", False) if subj is not None and \
            subj.ent_type_ == "GPE" else entry
    envoy = envoy_of(verb)
    if envoy is None:
        if key in RECALLING:
            return None
        return _unwelcome(verb, entry) if key in DECLARING else entry
    if key in RECALLING or key in SUMMONING and _own(verb, envoy):
        return Entry("SANCTION", "withdraw", False)
    if key in SUMMONING:
        return Entry("ACCUSE", "disapprove", False)
    if deported:
        return Entry("SANCTION", "expel", False)  # "expelled X, the charge d'affaires"
    if _word(verb) in SENDING_OFF and _told_to_leave(verb):
        return Entry("SANCTION", "expel", False)
    return _unwelcome(verb, entry) if key in DECLARING else entry


def _unwelcome(verb, entry: Entry | None) -> Entry | None:
    """"declared the attache persona non grata": an expulsion (``declared_envoy``)."""
    return Entry("SANCTION", "expel", False) if declared_envoy(verb) is not None else entry


def declared_envoy(verb):
    """The envoy a declaring verb declares unwelcome ("declared a Russian attache persona non
    grata"), else None. The parser may hang the envoy anywhere in the clause (as the subject
    of "persona"), so any envoy after the verb with the words of the declaration will do."""
    if _word(verb) not in DECLARING:
        return None
    after = [t for t in verb.subtree if t.i > verb.i]
    if not any(t.lower_ in UNWELCOME for t in after):
        return None
    return next((t for t in after if _is_envoy(t)), None)


def passive_doer(verb):
    """Who did an act to an envoy told in the passive with no "by": the ministry or capital
    the envoy was summoned to ("was summoned to the Russian Foreign Ministry"), the state
    the envoy was told to leave ("were ordered to leave Albania"); else None."""
    if (_word(verb) not in SENDING_OFF and _word(verb) not in SUMMONING) \
            or envoy_of(verb) is None:
        return None  # the cheap test first: most passive verbs are neither
    if _word(verb) in SENDING_OFF:
        return next((o for t in verb.subtree if t.i > verb.i and _word(t) in LEAVING
                     for o in t.children if o.dep_ == "dobj" and o.ent_type_ == "GPE"), None)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "in"):
            place = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if place is None or place.ent_type_ in ("DATE", "TIME"):
                continue
            # "to the foreign ministry in Abuja": the capital names the state
            city = next((o for p in place.children if p.dep_ == "prep" and p.lower_ == "in"
                         for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"),
                        None)
            return city if city is not None else place
    return None
