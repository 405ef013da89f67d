"""The thing asked for or given is no party when the party is named beside it.

"demanded from X the withdrawal of troops from Y": X is asked; the withdrawal is what is asked.
"delivered the first batch of fighter jets to its ally Syria", "gave Ukraine air defence
systems": Syria and Ukraine receive; the jets and systems are what is given. Read once the
roles are found: when a party is named through a preposition on the verb (or as its
dative), the direct object leaves the recipients (for a request, only one that names no
party); a receiver the parser hung on the goods ("donated vaccines to X") takes its place.
"""

from __future__ import annotations

from .relatives import party_noun

#: Categories whose direct object is the thing asked for or given.
_THING_CATEGORIES = frozenset({"REQUEST", "AID"})


def _names_party(tok, verb, lex) -> bool:
    """A recipient named beside the thing: "from X", "to Syria", or a dative ("gave X")."""
    on_verb = tok.dep_ == "pobj" and tok.head.head.i == verb.i or (
        tok.dep_ == "dative" and tok.head.i == verb.i)
    named = tok.pos_ == "PROPN" or any(  # "to its ally Syria"
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
    return on_verb and (named or party_noun(tok, lex))


def _receivers(thing) -> list:
    """"shipped vaccines to Malawi": the parser may hang the receiver on the goods."""
    return [g for p in thing.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
            for g in p.children if g.dep_ == "pobj"]


def drop_things(cand, roles, verb, lex) -> None:
    """Leave out of ``roles.recipient`` the object that is only the thing asked or given."""
    if cand.event not in _THING_CATEGORIES:
        return
    # with no receiver named, the object may be it ("rescued the hostages") or stand for
    # it ("sending helicopters" to a disaster's country): it stays
    if not any(_names_party(t, verb, lex) for t in roles.recipient):
        return
    kept = []
    for t in roles.recipient:
        # beside a named receiver, aid's object is the goods, whatever they are ("jets",
        # "troops"); a request's object may be a party asked with another
        if t.dep_ == "dobj" and t.pos_ == "NOUN" and (
                cand.event == "AID" or not party_noun(t, lex)):
            if cand.event == "AID":
                kept.extend(r for r in _receivers(t) if r.i not in {k.i for k in kept})
            continue
        kept.append(t)
    roles.recipient = kept
