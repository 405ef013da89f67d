"""An event's mode and contexts, read from the words of its trigger's clause.

Mode is the PLOVER subtype of a category ("car bomb" for ASSAULT, "visit" for CONSULT);
contexts are the topics the ontology tags an event with. Both come from cue words listed in
the lexicon: the trigger's own clause is read first, the whole sentence when that names none.
"""

from __future__ import annotations

from .. import docview, knowledge
from ..ranges import Cache
from .lexicon import Lexicon, category_set


def _descendants(root):
    """``root`` and every token below it, in no particular order (callers make a set or sort).
    spaCy's ``Token.subtree`` nests one generator per level, so one walk of a deep parse costs
    its size times its depth: quadratic in a long chained sentence; this one is linear."""
    doc = root.doc
    tokens, children = docview.tokens(doc), docview.children(doc)
    stack = [root.i]
    while stack:
        i = stack.pop()
        yield tokens[i]
        stack.extend(children[i])


def contexts(lex: Lexicon, sent, cand, cache: Cache) -> tuple[str, ...]:
    """Contexts cued in the trigger's own clause; the whole sentence if that names none."""
    seen, toks = set(), []
    for root in (cand.head, cand.noun):
        if root is not None:
            for t in _descendants(root):
                if t.i not in seen:
                    seen.add(t.i)
                    toks.append(t)
    toks.sort(key=lambda t: t.i)
    # the sentence's own cues are the same for every trigger in it: worked out once
    return _cued(lex, toks) or cache(("events.contexts", sent.start),
                                     lambda: _cued(lex, sent))


def _cued(lex: Lexicon, toks) -> tuple[str, ...]:
    """Contexts whose cues are among the words (forms, lemmas, neighbour pairs) of ``toks``."""
    words: set[str] = set()
    prev = ""
    for t in toks:
        low = t.lower_
        words.update((t.lemma_.lower(), low))
        if prev:
            words.add(f"{prev} {low}")
        prev = low
    return tuple(c for c, cues in lex.context_cues if cues & words)


def _mode_words(cand, cache: Cache) -> set[str]:
    words: set[str] = set()
    for root in (cand.head, cand.noun):
        if root is None:
            continue
        for t in _descendants(root):
            words.add(t.lemma_.lower())
            words.add(t.lower_)
        for c in root.children:
            if c.dep_ in ("compound", "amod"):
                words.add(f"{c.lower_} {root.lower_}")
    return words | _bigrams(cand.head.sent, cache)


def _bigrams(sent, cache: Cache) -> set[str]:
    """Two-word cues of a sentence ("car bomb"), computed once per sentence."""
    def build():
        low = [t.lower_ for t in sent]
        return frozenset(f"{a} {b}" for a, b in zip(low, low[1:]))
    return cache(("events.bigrams", sent.start), build)


#: Categories whose mode is that of their content event ("demanded a withdrawal").
MODE_FROM_CONTENT = category_set("mode_from_content")


def choose_mode(lex: Lexicon, cand, event: str, content, cache: Cache) -> str | None:
    modes = lex.categories[event].get("modes") or {}
    if event == "THREATEN" and content is not None:
        m = lex.threat_mode(content.event, content.mode)
        if m:
            return m
    if event in MODE_FROM_CONTENT and content is not None:
        return lex.content_mode(content.event)
    if cand.mode and (cand.mode in modes or not modes):
        return cand.mode if modes else None
    if not modes:
        return None
    m = lex.mode_from_cues(event, _mode_words(cand, cache))
    if m is None and event in MODE_FROM_CONTENT:
        return lex.content_mode("_")
    return m



#: Codes that stand for many states at once: an international body or a region.
GATHERINGS = frozenset(knowledge.ordered("lexicon/events.yaml", "gathering_codes"))
#: Nouns and verbs (lemmas) of a journey: a tour of several capitals is visits, not one meeting.
TOURING = knowledge.words("lexicon/events.yaml", "touring_words")
#: So many states on one side make a meeting a gathering rather than a pair's talks.
MANY_STATES = 3


def consult_mode(actor, recipient, location, trigger=None) -> str | None:
    """Where a meeting happens says who travelled: a third country, the recipient's (a visit)
    or the actor's own (the actor hosts). A meeting of many parties is multilateral wherever
    it is held (``gathering``)."""
    if gathering(actor, recipient, trigger):
        return "multilateral"
    if location is None or not location.country:
        return None
    codes = {a.code for a in actor + recipient if a.code}
    if codes and location.country not in codes:
        return "third-party"
    hosts = {r.code for r in recipient if r.code}
    if location.country in hosts:
        return "visit"
    if hosts and location.country in codes:
        return "host"  # "X met Y in X's capital": the actor receives the visiting recipient
    return None


def gathering(actor, recipient, trigger=None) -> bool:
    """A meeting of many parties, the manual's multilateral context: three states or more on one
    side ("talks among the foreign ministers of A, B, C and D", "will meet the ministers of A,
    B and C"); a body or a region with two others ("the bloc's envoy met the presidents of A
    and B"); or a body or region alone, meeting as itself ("a meeting of the regional bloc",
    "European defence chiefs held talks"). Not a tour ("will visit A, B and C", "an Asian
    tour"): each stop is a visit. ``trigger``: the meeting word's token, when known."""
    if trigger is not None and trigger.lemma_.lower() in TOURING:
        return False
    sides = [{a.code for a in side if a.code} for side in (actor, recipient)]
    if any(len(side) >= MANY_STATES for side in sides):
        return True
    everyone = sides[0] | sides[1]
    bodies = everyone & GATHERINGS
    if not bodies:
        return False
    others = everyone - bodies
    return len(others) >= 2 or (not others and not recipient)
