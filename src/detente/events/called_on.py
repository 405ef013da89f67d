"""Requests named by a noun, whose parties come from the verb that governs the noun or from
the noun's own prepositions.

"The president ignored calls from opposition leaders to resign": the opposition leaders
asked the president to resign (REQUEST), whatever he did with the call; the resignation asked
for is not told as done. The same for "defied", "rejected", "dismissed", "brushed aside" or
"faced" a call, demand, appeal or plea: the subject of the governing verb is the party called
on, unless the call names its own ("calls from church leaders for the government to free
jailed protesters", "a call on Israel to allow aid"). A document's verb carries the request
of the body whose document it is ("the resolution includes a call for the RSF to withdraw").
When the governing verb tells that the call was heeded ("heeded calls to step down"), the act
asked for stays an event of its own. A call that asks nothing ("a call from Putin", "the call
lasted an hour") is a phone call and is left alone; a call made with a light verb ("renewed
his call for ...") is read by the light-verb pass. Word lists in data/lexicon/reactions.yaml.
"""

from __future__ import annotations

from .. import knowledge
from .phrases import subject_of
from .triggers import lem

_FILE = "lexicon/reactions.yaml"
REQUEST_NOUNS = knowledge.words(_FILE, "request_nouns")
CONTENT_NEEDED = knowledge.words(_FILE, "content_needing_requests")
CALL_PURPOSES = knowledge.words(_FILE, "call_purposes")
ADDRESSED = knowledge.words(_FILE, "addressed_verbs")
HEEDING = knowledge.words(_FILE, "heeding_verbs")
CARRYING = knowledge.words(_FILE, "carrying_verbs")
ASKER_PREPS = knowledge.words(_FILE, "asker_preps")
ASKED_PREPS = knowledge.words(_FILE, "asked_preps")
#: Links by which the parser hangs what is asked on the noun or on its verb.
CLAUSE_DEPS = frozenset({"acl", "advcl", "ccomp", "xcomp", "relcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
TIME_ENTS = frozenset({"DATE", "TIME"})


def requests(by_token: dict) -> None:
    """Read every request noun governed by a verb of heeding, refusing, facing or carrying,
    or naming its maker and the party it asks: the noun's candidate becomes a request with
    explicit parties; a noun merged into a refusal ("rejected demands from X") stays the
    refusal's content."""
    held = {id(c.content) for c in by_token.values() if not c.dropped and c.content is not None}
    for cand in sorted(by_token.values(), key=lambda c: c.head.i):
        noun = cand.noun
        if noun is None or lem(noun) not in REQUEST_NOUNS or cand.dropped and not (
                cand.negated or id(cand) in held):
            continue  # a call defied is the refusal's content: read it all the same
        if cand.kind == "light" and cand.event == "REQUEST":
            continue  # "renewed his call for ...": the light verb's own request
        found = _parties(cand.anchor or noun)
        if found is None:
            continue
        gov, asker, asked, clause = found
        if cand.kind != "noun":
            continue  # "rejected calls by X to ...": the refusal is the event, the call its
            # content (as the PLOVER gold sentences code it)
        target = cand
        target.event, target.kind, target.weak = "REQUEST", "obligation", False
        target.dropped = target.negated = False
        target.predicate, target.anchor, target.asker = gov, asked, asker
        if clause is not None:
            _absorb(target, clause, by_token, heeded=_verb_keys(gov) & HEEDING)


def _parties(noun):
    """(predicate, asker, asked, clause asked for) of a request noun, or None when it names
    no maker, no one asked, or (a call) nothing asked."""
    gov = _governor(noun)
    if gov is None:
        return None
    keys = _verb_keys(gov)
    clause = _asked_clause(noun, gov)
    asker = _asker(noun, gov, keys)
    if asker is None:
        return None
    asked = _asked(noun, clause)
    if asked is None and keys & ADDRESSED and noun.dep_ in ("dobj", "pobj"):
        asked = subject_of(gov)[0]
    if asked is None or asked.i == asker.i:
        return None
    if lem(noun) in CONTENT_NEEDED and (clause is None or lem(clause) in CALL_PURPOSES):
        return None  # "a call from Putin", "a call from X to discuss trade": a phone call
    return gov, asker, asked, clause


def _governor(noun):
    """The verb whose object or subject the noun is ("ignored calls", "bowed to demands",
    "calls ... grew louder", "there have been calls"), else None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if noun.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _verb_keys(verb) -> set:
    """The lemma of ``verb`` and its phrasal forms ("brush aside", "bow to")."""
    base = lem(verb)
    keys = {base}
    keys.update(f"{base} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "prep", "advmod"))
    return keys


def _asker(noun, gov, keys: set):
    """Who makes the request: the "from/by" phrase of the noun (or of its verb, just after
    the noun: "brushed aside a plea from rights groups"), the noun's possessor, or the
    subject of a verb carrying its own request ("the resolution includes a call")."""
    for head in (noun, gov):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ASKER_PREPS and prep.i > noun.i and (
                    head.i == noun.i or prep.i == noun.right_edge.i + 1):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":
        return owner
    if keys & CARRYING and lem(gov) != "follow" and noun.dep_ == "dobj":
        return subject_of(gov)[0]
    return None


def _asked_clause(noun, gov):
    """The clause that says what is asked: an infinitive or "that" clause on the noun, or
    one the parser hung on the noun's verb after the noun ("ignored calls ... to resign")."""
    for head in (noun, gov):
        for c in head.children:
            if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and c.i > noun.i and (
                    any(m.dep_ in ("aux", "mark") and m.lower_ in ("to", "that", "for")
                        for m in c.children)):
                return c
    return None


def _asked(noun, clause):
    """The party asked, named by the request itself: the subject of what is asked ("for
    Israel to allow", "that he leave office"), or the object of "for/on" before it."""
    if clause is not None:
        subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ASKED_PREPS and clause is not None \
                and prep.i < clause.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") \
                    and obj.ent_type_ not in TIME_ENTS:
                return obj  # not "calls on Monday to release"
    return None


def _absorb(cand, clause, by_token: dict, heeded) -> None:
    """What the request asks for is its content, not told as done, unless the governing verb
    says it was heeded."""
    span = range(clause.left_edge.i, clause.right_edge.i + 1)
    inner = [c for c in by_token.values() if c.head.i in span and c.head.i != cand.head.i
             and not c.dropped]
    if not inner:
        return
    cand.content = min(inner, key=lambda c: c.head.i)
    if heeded:
        return
    for c in inner:
        c.dropped = True


def also_asked(cand) -> list:
    """The further parties a request read here asks, each in a clause of its own joined to
    the first one ("a call for Hezbollah to withdraw ... and for Israel to withdraw")."""
    first = cand.anchor
    if cand.asker is None or first is None or first.dep_ not in SUBJECT_DEPS:
        return []
    out = []
    for clause in first.head.children:
        if clause.dep_ in ("conj", "advcl") and clause.pos_ in ("VERB", "AUX") and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.i != cand.asker.i:
                out.append(subj)
    return out
