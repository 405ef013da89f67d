"""A captive freed in the passive with no freer named: the state that held them let them go.

"was released on bail", "were freed from prison on Friday", "were arrested and later
released": bail, a prison, custody or detention named by the release, or an arrest it is
coordinated with, say the captive was the state's, so the state of the place the sentence
names, else of the story's setting, freed them (as an arrest told with no doer is the
state's). Hostages and captives, whose keepers may be anyone, are left unnamed.
"""

from __future__ import annotations

from .. import tree
from .lexicon import events_words, load_lexicon
from .parties import state_actor

#: Nouns of state custody a release is "on" or "from" ("on bail", "from prison"); lemmas.
CUSTODY_NOUNS = events_words("custody_nouns")
#: Captives whose keepers need not be the state ("the hostages were freed"); word forms.
NOT_STATE_CAPTIVES = events_words("not_state_captives")
#: Tokens of a clause read for a custody noun: a release clause is short.
MAX_CLAUSE = 40


def _arrest_verb(tok) -> bool:
    entry = load_lexicon().verbs.get(tok.lemma_.lower())
    return entry is not None and entry.event == "COERCE" and entry.mode == "arrest"


def _after_arrest(verb) -> bool:
    """"were arrested and later released": a bare participle joined to a passive arrest."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and head.i != verb.i and \
        _arrest_verb(head) and tree.is_passive(head)


def _custody_named(verb) -> bool:
    """The release's own clause names state custody: "on bail", "from jail"."""
    for tok in list(verb.subtree)[:MAX_CLAUSE]:
        if tok.dep_ == "pobj" and tok.lemma_.lower() in CUSTODY_NOUNS:
            governing = tree.governing_verb(tok)
            if governing is not None and governing.i == verb.i:
                return True
    return False


def freed(cand, roles) -> bool:
    """A passive release with no doer whose captive the clause shows was the state's."""
    if cand.event != "RETREAT" or cand.mode != "release" or cand.kind != "verb" or roles.actor:
        return False
    if any(t.lower_ in NOT_STATE_CAPTIVES for t in roles.recipient):
        return False
    verb = cand.head
    if _after_arrest(verb):
        return True
    return tree.is_passive(verb) and _custody_named(verb)


def keeper(ctx, cand, roles) -> tuple:
    """The story's state as the freer of a captive ``freed``; else nothing."""
    setting = ctx.actors.setting
    if setting is None or not freed(cand, roles):
        return ()
    return (state_actor(ctx, setting, "GOV"),)


#: Adverbs that make a detention participle a lasting state ("still held", "currently
#: jailed"); word forms.
STATE_ADVERBS = events_words("ongoing_custody_adverbs")


def still_held(cand) -> bool:
    """"the hundreds currently held in prisons", "he is still detained": a detention told as
    a state that goes on, not as the arrest that began it (told elsewhere, if at all)."""
    verb = cand.head
    if cand.event != "COERCE" or cand.mode != "arrest" or cand.kind != "verb":
        return False
    if verb.tag_ != "VBN" or not (verb.dep_ == "acl" or tree.is_passive(verb)):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in STATE_ADVERBS for c in verb.children)
