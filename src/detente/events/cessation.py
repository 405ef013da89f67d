"""A promise to stop harm is no threat.

``build_drafts`` reads a promise whose content is an act of force ("vowed to keep attacking
the town") as a threat (``promised_harm``). When the promise is to stop that act ("agreed to halt attacks on the
bases", "pledged to end its airstrikes", "promised to stop trying to revoke visas"), a verb of
stopping stands between the promise and the act: the promise stays a promise (AGREE).

The verbs live in ``data/lexicon/events.yaml`` (``cessation_verbs``).
"""

from __future__ import annotations

from .. import tree
from .lexicon import events_words

#: Lemmas of stopping: "stop", "halt", "end", "cease", "refrain".
CESSATION = events_words("cessation_verbs")
#: How many heads up from the act the promise is looked for.
_STEPS = 6


def promised_harm(lex, promise, content) -> bool:
    """A promise whose content is an act of force or a threat, not a promise to stop it:
    "vowed to keep attacking" (a threat), not "agreed to halt attacks" nor "pledged not to
    attack"."""
    if content is None or not (lex.is_material_conflict(content.event)
                               or content.event == "THREATEN"):
        return False
    return not ceased(promise, content) and not _forsworn(content)


def _forsworn(content) -> bool:
    """"pledged not to attack", "vowed never to use force": a promise to refrain, no threat."""
    verb = content.head
    return tree.is_verb(verb) and any(c.dep_ == "neg" for c in verb.children)


def ceased(promise, content) -> bool:
    """Whether ``content`` (an act) is what ``promise`` undertakes to stop."""
    if content.head.lemma_.lower() in CESSATION:
        return True
    return tree.word_between(content.anchor or content.noun or content.head, promise.head,
                             CESSATION, limit=_STEPS)
