"""The victim of an act told in a relative clause by its pronoun object.

"The rebels freed 12 Indian aid workers whom they had abducted in May", "police found the
two Italian tourists whom gunmen had kidnapped near the border": the object of the
abduction is the pronoun, whose side is its antecedent's. Without it the recipient is
missing or taken from the place of the act.
"""

from __future__ import annotations

from .phrases import WH, phrase

#: Relative pronouns (data/lexicon/events.yaml).
PRONOUNS = WH
#: Categories whose object is the one the act is done to.
DONE_TO = ("ASSAULT", "COERCE")


def antecedent_victims(ctx, d) -> tuple:
    """The named side(s) of the antecedent of a relative pronoun that is the object of the
    act of draft ``d``; () when the act's object is no relative pronoun."""
    verb = d.cand.head
    if d.event not in DONE_TO or d.cand.kind != "verb" or verb.dep_ != "relcl":
        return ()
    if not any(c.dep_ == "dobj" and c.lower_ in PRONOUNS for c in verb.children):
        return ()
    own = {a.code for a in d.actor if a.code}
    return tuple(a for a in ctx.actors.resolve(phrase(verb.head)) or ()
                 if a.code and a.code not in own)
