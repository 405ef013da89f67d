"""Parties an act's own clause leaves to a clause joined to it.

- "appreciated the gesture and thanked the Indian Army": two verbs of one category sharing a
  subject are one event (the second is folded into the first when candidates are read); when
  the first names no party, the party the second one names is its recipient
  (``joined_object``);
- "accepted Xi's invitation to visit China", "accepted an invitation from Lula to visit
  Brasilia": the visit an invitation is for is made by whoever accepts (or declines) it, not
  by whoever invites (``invited_visitor``).
"""

from __future__ import annotations

from .counterparts import coded, side_of
from .lexicon import events_words, load_lexicon
from .phrases import subject_of

#: Nouns of an invitation whose infinitive says what the invitee would do.
INVITATIONS = events_words("invitation_nouns")
#: Verbs by which the invitee answers an invitation ("accepted", "declined").
ANSWERS = events_words("invitation_answer_verbs")


def _category(lex, verb) -> str | None:
    entry = lex.verbs.get(lex.lemma(verb))
    return entry.event if entry is not None else None


def joined_object(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """``recipient``, or when it has no country, the parties a verb of the same category
    joined to the candidate's verb (sharing its subject) names as its object."""
    if any(r.code for r in recipient) or cand.kind != "verb":
        return recipient
    own = {a.code for a in actor if a.code}
    lex = load_lexicon()
    for c in cand.head.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue  # "X praised Y and Z thanked W": two events
        if _category(lex, c) != event:
            continue
        for o in c.children:
            if o.dep_ not in ("dobj", "dative") or o.pos_ not in ("PROPN", "NOUN"):
                continue
            found = coded(side_of(ctx, o), own)
            if found:
                return found
    return recipient


def invited_visitor(ctx, cand, actor: tuple) -> tuple:
    """``actor``, or for an act that is what an accepted (declined) invitation is for, the
    subject who answers the invitation, when it names a side."""
    head = cand.head
    if cand.kind != "verb" or head.dep_ not in ("acl", "xcomp", "relcl") \
            or head.head.lemma_.lower() not in INVITATIONS:
        return actor
    noun = head.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ANSWERS:
        return actor
    subj, passive = subject_of(noun.head)
    if subj is None or passive:
        return actor
    found = coded(side_of(ctx, subj), set())
    return found or actor
