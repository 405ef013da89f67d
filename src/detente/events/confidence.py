"""How likely an output event is one a careful coder would also code: a small logistic model.

Each event is described by general features of how it was found (the kind of trigger, its
place in the parse and the article, which participants, date and place were found, whether
it was inherited or retold) — never its words, names or places. The weights live in
``data/confidence_model.json``; ``scripts/train_confidence.py`` fits them on the development
gold stories (never the held-out sets) and prints the cross-validated figures it reached.

``confidence`` on every event is this probability, for sorting and filtering. It does not
decide what is output: on the development stories no threshold raised cross-validated F1
(the rules already drop what these features can tell apart), so every event is kept.
"""

from __future__ import annotations

import json
import math
from importlib import resources

from .. import knowledge

#: dependency labels kept as their own feature value; others fall into "other"
_DEPS = frozenset({"ROOT", "conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp",
                   "dobj", "nsubj", "nsubjpass", "pobj", "compound", "amod", "appos",
                   "attr", "npadvmod", "parataxis", "dep"})
_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "VB", "VBG", "NN", "NNS", "NNP", "JJ"})
_QUOTE_MARKS = frozenset('"\u201c\u201d')


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _dep(tok) -> str:
    return tok.dep_ if tok.dep_ in _DEPS else "other"


def _coded(actors) -> bool:
    return any(a.code for a in actors)


def _participants(ctx, d, lex) -> dict[str, float]:
    out: dict[str, float] = {}
    out["actor:none" if not d.actor else "actor:coded" if _coded(d.actor) else "actor:uncoded"] = 1
    if d.actor and all(ctx.actors.from_setting(a) for a in d.actor if a.code):
        out["actor:setting"] = 1.0
    if d.actor and not any(a.sector for a in d.actor):
        out["actor:no_sector"] = 1.0
    if any(a.start < 0 for a in d.actor):
        out["actor:inferred"] = 1.0
    out["recipient:none" if not d.recipient else
        "recipient:coded" if _coded(d.recipient) else "recipient:uncoded"] = 1.0
    needs = lex.categories[d.event].get("requires_recipient")
    if needs and not d.recipient:
        out["recipient:missing_needed"] = 1.0
    if d.inherited:
        out["inherited"] = 1.0
    if d.extra.get("placed"):
        out["placed_doer"] = 1.0
    if d.actor and d.recipient and {a.code for a in d.actor if a.code} == \
            {a.code for a in d.recipient if a.code}:
        out["same_country_sides"] = 1.0
    return out


def _position(d, index: int, n_same_sentence: int, seen_before: bool) -> dict[str, float]:
    out = {f"sentence:{_bucket(index, (0, 2, 5, 10))}": 1.0,
           f"in_sentence:{_bucket(n_same_sentence, (1, 2))}": 1.0}
    if seen_before:
        out["category_seen_before"] = 1.0
    if any(ch in _QUOTE_MARKS for ch in d.sent.text):
        out["quote_marks"] = 1.0
    if len(d.sent) > 40:
        out["long_sentence"] = 1.0
    return out


def features(ctx, d, lex, n_same_sentence: int = 1, seen_before: bool = False,
             index: int = 0) -> dict[str, float]:
    """The feature values of one draft, by name (absent names are 0); ``index``: the number
    of its sentence in the article."""
    head = d.cand.head
    out: dict[str, float] = {"bias": 1.0, f"event:{d.event}": 1.0, f"kind:{d.cand.kind}": 1.0,
                             f"modality:{d.modality}": 1.0,
                             f"dep:{_dep(head)}": 1.0,
                             f"tag:{head.tag_ if head.tag_ in _TAGS else 'other'}": 1.0}
    if head.dep_ != "ROOT":
        out[f"dep_up:{_dep(head.head)}"] = 1.0
    if d.cand.weak:
        out["weak"] = 1.0
    if d.hedged:
        out["hedged"] = 1.0
    if d.cand.negated:
        out["negated_content"] = 1.0
    if d.cand.content is not None:
        out["has_content"] = 1.0
    if d.date is not None and getattr(d.date, "value", None):
        out["dated"] = 1.0
    if d.location is not None:
        out["placed"] = 1.0
    if d.extra.get("retold"):
        out["retold"] = 1.0
    out.update(_participants(ctx, d, lex))
    out.update(_position(d, index, n_same_sentence, seen_before))
    return out


@knowledge.build_once(maxsize=1)
def load_model() -> dict:
    """The fitted weights (``data/confidence_model.json``)."""
    text = resources.files("detente").joinpath("data/confidence_model.json").read_text("utf-8")
    return json.loads(text)


def probability(feats: dict[str, float], model: dict | None = None) -> float:
    """The logistic model's probability for these feature values."""
    weights = (model or load_model())["weights"]
    z = sum(weights.get(name, 0.0) * value for name, value in feats.items())
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def score_all(ctx, kept: list, lex) -> None:
    """Set ``confidence`` (and ``extra["features"]``) on every kept draft, in article order."""
    per_sentence: dict[int, int] = {}
    for d in kept:
        per_sentence[d.sent.start] = per_sentence.get(d.sent.start, 0) + 1
    seen: set[str] = set()
    index = {s.start: n for n, s in enumerate(ctx.doc.sents)} if kept else {}
    for d in sorted(kept, key=lambda x: (x.sent.start, x.cand.head.i)):
        feats = features(ctx, d, lex, per_sentence[d.sent.start], d.event in seen,
                         index.get(d.sent.start, 0))
        seen.add(d.event)
        d.extra["features"] = feats
        d.confidence = probability(feats)
