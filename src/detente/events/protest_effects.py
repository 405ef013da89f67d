"""What a strike or a protest shuts is no coercion.

"Opposition parties organized a general strike that shut down Nairobi", "a protest by
farmers closed the main highway": the shut-down is the protest's own effect, told with the
protest noun as subject (directly or through a relative pronoun). Read as COERCE it would be
a restriction imposed by the strikers' country on itself. The protest itself is the event.
"""

from __future__ import annotations

from .lexicon import events_words
from .phrases import subject_of
from .triggers import lem

#: Verbs (lemmas) of shutting (data/lexicon/events.yaml).
SHUTTING = events_words("protest_effect_verbs")
#: Nouns (lemmas) of protests.
PROTESTS = events_words("protest_nouns")


def is_protest_effect(d) -> bool:
    """True when COERCE draft ``d`` is a shutting verb whose subject is a protest noun."""
    if d.event != "COERCE" or d.cand.kind != "verb" or lem(d.cand.head) not in SHUTTING:
        return False
    subj, passive = subject_of(d.cand.head)
    if subj is None or passive:
        return False
    return lem(subj) in PROTESTS
