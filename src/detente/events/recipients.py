"""Recipients a clause leaves open, read from the rest of the article or from who acts.

- "Lawmakers denounced the extension": the recipient is whoever extended, as an earlier
  sentence told it (``earlier_doers``);
- "urged the president to", "arrested 300 people", "three men in Karachi": an unnamed
  recipient takes a country from the place named with it, from the place of a local act, or
  from a doer who is a person or body of one state (``home_recipients``).
"""

from __future__ import annotations

import dataclasses

from ..records import Actor
from .arguments import LOCATIVE_PREPS, agent_of, phrase, subject_of
from .lexicon import category_set, events_words

DEFINITE = events_words("definite")
#: Events whose unnamed targets belong to the country where they happen.
LOCAL_EVENTS = category_set("recipient_from_place")
#: Acts whose unnamed recipient is on the doer's side by default ("urged the president to").
HOME_TARGETS = category_set("recipient_from_actor")
#: Unnamed parties that are other countries, not the doer's own people ("the parties concerned").
OUTWARD = events_words("outward_nouns")
#: Actor codes that are no country: their doers have no home to aim at.
NOT_HOME = events_words("not_home_codes")


#: How many sentences back, and how many words in all, "the extension" may look for the act
#: it names: references to an act reach a few sentences, and the walk stays bounded.
BACK_SENTENCES = 4
BACK_TOKENS = 400


def _same_act(noun, tok) -> bool:
    """Whether ``tok`` names the act the noun ``noun`` refers back to: the same noun, or a verb
    of the same stem ("extended" for "the extension", "decided" for "the decision")."""
    lemma, other = noun.lemma_.lower(), tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        return other == lemma
    if tok.pos_ != "VERB" or len(other) < 4:
        return False
    common = 0
    for a, b in zip(lemma, other):
        if a != b:
            break
        common += 1
    return common >= max(4, len(other) - 2)


def _doer_of(tok):
    """Who did the act ``tok`` names: a verb's subject or "by" agent; a noun's possessor, its
    "by" phrase, or the subject of the verb it is the object of."""
    if tok.pos_ == "VERB":
        subj, passive = subject_of(tok)
        return agent_of(tok) if passive else subj
    for c in tok.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        subj, passive = subject_of(tok.head)
        return None if passive else subj
    return None


def earlier_doers(obj):
    """For a definite object naming an act ("denounced the extension"), the doers of that act
    where an earlier sentence told it ("parliament voted to extend ..."), nearest first.
    Tokens heading noun phrases; the caller keeps the ones it can name."""
    if obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE
                                    for c in obj.children):
        return []
    doc, start = obj.doc, obj.sent.start
    first = start
    for _ in range(BACK_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    first = max(first, start - BACK_TOKENS)
    out = []
    for i in range(start - 1, first - 1, -1):
        tok = doc[i]
        if _same_act(obj, tok):
            doer = _doer_of(tok)
            if doer is not None and doer.pos_ in ("PROPN", "NOUN"):
                out.append(doer)
    return out


def home_recipients(ctx, roles, recipient: tuple, actor: tuple, event: str,
                     location) -> tuple:
    """Countries for recipients the text names without a side ("three men", "the president").

    A place named in the recipient's own phrase comes first; then, for violence, repression
    or relief, the place where it happened (PLOVER practice); then, for acts aimed at home
    (``recipient_from_actor``), the doer's one country when the doer is a person or body of
    that state ("the Kenyan president", not "Kenya": a country acting as a whole is as likely
    to address foreigners). A named person or body keeps no guessed country; with no
    recipient at all, a local act's victim is its place's country.
    """
    if any(r.code for r in recipient):
        return recipient
    tokens = roles.recipient
    if location is None:  # "attacked a train in X": the place set aside from the recipients
        location = next((p for t in roles.places for p in ctx.places_in(
            t.idx, t.idx + len(t.text)) if p.country), None)
    local = event in LOCAL_EVENTS and location is not None and location.country
    if not recipient:
        if local:
            return (Actor(location.text, location.country, None, location.name, None,
                          None, location.start, location.end),)
        return recipient
    spans = [phrase(t) for t in tokens]
    spans = [p for p in spans if any(p.start_char <= r.start < p.end_char for r in recipient)]
    if not spans or any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
                        for p in spans for t in p):
        # a named victim of local violence is still coded by where it happened
        return tuple(dataclasses.replace(r, code=location.country) for r in recipient) \
            if local else recipient
    country = None
    for tok in tokens:
        # "three men in Karachi" (not "deported women to Turkey")
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS and country is None:
                end = c.right_edge.idx + len(c.right_edge)
                inside = [p for p in ctx.places_in(c.idx, end) if p.country]
                country = inside[0].country if inside else None
    if country is None and local:
        country = location.country
    homes = {a.code for a in actor if a.code}
    if not actor or any(a.sector is None or (a.code or "").lower() in NOT_HOME
                        or _is_place(ctx, a) for a in actor):
        homes = set()  # "Washington alleges the group ...": a state as a whole
    outward = any(t.lemma_.lower() in OUTWARD or t.lower_ in OUTWARD for p in spans for t in p)
    if country is None and event in HOME_TARGETS and len(homes) == 1 and not outward:
        country = next(iter(homes))
    if country is None:
        return recipient
    return tuple(dataclasses.replace(r, code=country) for r in recipient)


def _is_place(ctx, actor: Actor) -> bool:
    """Whether the actor's mention is a place name standing for its state ("Washington")."""
    return actor.start >= 0 and any(p.start <= actor.start and actor.end <= p.end
                                    for p in ctx.places_in(actor.start, actor.end))
