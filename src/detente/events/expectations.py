"""What one party expects another to do, said as a demand: "Pakistan expects the Interim
Afghan Government to uphold its responsibilities", "Rouhani said he expects European
countries to propose measures". The act expected is not told as done (``unasserted``); the
expecting is a request (REQUEST) of the party expected to act.

A forecast or a plan is no demand, and the verb tells no event then:
- no other party to act: "X is expected to meet Y" (a passive), "X expects to sign";
- no infinitive of an act by the object: "he expects few will follow the trial";
- an act of harm or of a forecast expected (``forecast_acts``): "he is expecting North Korea
  to launch a missile" (nobody asks an adversary for harm) (``forecast``, at the candidate
  stage, so that the act inside is read on its own: "she is expected to press the Russian
  leader");
- and, once the parties are read, an object that is no party with a country, or private
  people ("expects the death toll to rise", "observers expect people to take to the
  streets"), or a doer with no country (``demand``).
"""

from __future__ import annotations

from .lexicon import load_lexicon

#: sectors of private people: expecting them to act is a forecast of a crowd, not a demand
PRIVATE_SECTORS = frozenset({"CVL", "REF"})
#: a bound on the children looked at under one token (parses of long lists)
MAX_CHILDREN = 12


def _expecting(cand) -> bool:
    verbs = load_lexicon().modality.get("expecting_verbs", frozenset())
    return cand.kind == "verb" and cand.head.lemma_.lower() in verbs


def _object_and_act(head) -> tuple:
    """(object, infinitive) of "expects X to do": the object as the verb's own or as the
    subject of its infinitive; (None, None) when the verb has not that shape."""
    children = list(head.children)[:MAX_CHILDREN]
    acts = [c for c in children if c.dep_ in ("xcomp", "ccomp") and c.i > head.i and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in list(c.children)[:MAX_CHILDREN])]
    if not acts:
        return None, None
    act = acts[0]
    obj = next((c for c in children if c.dep_ == "dobj" and c.i < act.i), None)
    obj = obj or next((g for g in list(act.children)[:MAX_CHILDREN] if g.dep_ == "nsubj"), None)
    return (obj, act) if obj is not None else (None, None)


def forecast(cand) -> bool:
    """Whether a candidate of a verb of expecting is a forecast or a plan, not a demand."""
    if not _expecting(cand):
        return False
    head = cand.head
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in list(head.children)[:MAX_CHILDREN]):
        return True  # "is expected to meet": a plan or a forecast of the subject's own
    obj, act = _object_and_act(head)
    if obj is None:
        return True
    lex = load_lexicon()
    if act.lemma_.lower() in lex.modality.get("forecast_acts", frozenset()):
        return True  # "expecting North Korea to launch a missile"
    entry = lex.verbs.get(act.lemma_.lower())
    return entry is not None and entry.event is not None and lex.is_material_conflict(entry.event)


def demand(ctx, d) -> bool:
    """Whether a draft of a verb of expecting (past ``forecast``) is a demand on a party: a
    doer with a country, and an object that is a party with one, not private people."""
    if not _expecting(d.cand):
        return True
    obj, _ = _object_and_act(d.cand.head)
    if obj is None or not any(a.code for a in d.actor):
        return False
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    return any(r.code and r.sector not in PRIVATE_SECTORS and lo <= r.start < hi
               and ctx.actors.kind_of(r) != "place" for r in d.recipient)
