"""An alert that is no military move.

MOBILIZE is a show of armed or police readiness. Countries, provinces and hospitals also go
"on high alert" against an outbreak or a storm ("Ghana went on high alert after an Ebola
case was confirmed", "coastal provinces were put on alert as the cyclone neared"): such an
alert, told with a hazard of that kind and no armed or police force in its sentence, is no
act of force.
"""

from __future__ import annotations

from .lexicon import events_words
from .triggers import lem

#: Lemmas of the alert triggers (data/lexicon/events.yaml).
ALERTS = events_words("civil_alert_triggers")
#: Lemmas of diseases and natural hazards that an alert may be raised against.
HAZARDS = events_words("civil_hazards")
#: Lemmas of armed or police forces: with one of them an alert stays a mobilization.
FORCES = events_words("alert_forces")


def civil_alert(d) -> bool:
    """True when draft ``d`` is a MOBILIZE read from an alert against a disease or hazard."""
    tokens = d.cand.tokens
    if d.event != "MOBILIZE" or not any(lem(t) in ALERTS for t in tokens):
        return False
    sent = tokens[0].sent
    words = {lem(t) for t in sent} | {t.lower_ for t in sent}
    return bool(words & HAZARDS) and not words & FORCES
