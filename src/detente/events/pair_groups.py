"""A group named as the people of "both countries": the pair the story is about.

"The leaders of both countries have since met", "Local border officials from the two
countries held talks", "skirmishes between security forces of the two countries", "each side
blamed the other", "each country exchanged 195 prisoners": the
phrase names people of two states without naming the states. The actor stage reads only its
head ("leaders", "officials", "security forces") and gives it the story's setting, one of the
two, or nothing at all; the events then go to one side alone or to nobody.

Such a phrase stands for the two states the story has been about: of the states named before
its sentence (by name, seat, people or a body of theirs; not a place named in passing, not a
country only guessed from the setting), the two named most often, the earlier named first
where counts tie. Each member of the group keeps the
phrase's own words and sector ("security forces": MIL) and takes one of the two countries.
A broker's act has the same pair for its sides when its words name none ("Velonia helped
broker the exchange": the two states the story is about, when the broker is not one of
them; ``brokered_sides``). The words that mark such a phrase are data: ``pair_group_preps``
("of", "from"), the pair words of ``collective_pair`` ("both", "two"), ``pair_each``
("each", "either") with ``pair_each_nouns`` ("side", "country") and the group
nouns of ``collective`` ("countries", "sides", "nations").
"""

from __future__ import annotations

import bisect
import collections
import dataclasses

from .. import coref, tree
from ..ranges import starting_in
from ..records import Actor
from .lexicon import events_words

#: prepositions by which a group noun hangs on the people it counts ("leaders of both
#: countries", "officials from the two countries")
PAIR_GROUP_PREPS = events_words("pair_group_preps")
#: the nouns of a collective reference ("countries", "sides") and its pair words ("both")
COLLECTIVE = events_words("collective")
COLLECTIVE_PAIR = events_words("collective_pair")
#: determiners that take the pair one side at a time ("each side blamed the other")
PAIR_EACH = events_words("pair_each")
PAIR_EACH_NOUNS = events_words("pair_each_nouns")
#: "between X and Y": every object is a party to the act
BETWEEN_PREPS = events_words("between_preps")
#: verbs by which a third party brings two sides to a deal ("brokered", "mediated")
BROKERING_VERBS = events_words("brokering_verbs")
#: how a brokered deal hangs on the verb whose subject made it ("signed a deal brokered by
#: X", "agreed to a truce mediated by X")
_DEAL_DEPS = ("dobj", "pobj", "prep", "attr")


def spread(ctx, parties: tuple) -> tuple:
    """``parties`` (an actor or recipient list) with each member whose phrase is a group "of
    both countries" replaced by one member per state of the story's pair (``pair_of``);
    unchanged when no member is such a phrase or the pair is not clear."""
    if not parties:
        return parties
    out: list = []
    changed = False
    for a in parties:
        pair = _pair_for(ctx, a)
        if pair and (a.code is None or ctx.actors.kind_of(a) is None
                     or ctx.actors.from_setting(a)):
            out.extend(dataclasses.replace(a, code=p.code, name=ctx.actors.kb.country_name(p.code))
                       for p in pair)  # the state, not the person last naming it
            changed = True
        else:
            out.append(a)
    if not changed:
        return parties
    seen: set = set()
    unique = []
    for a in out:  # the same state named twice in one list is one party
        key = (a.code, a.start, a.end)
        if key not in seen:
            seen.add(key)
            unique.append(a)
    return tuple(unique)


def subject_pair(ctx, verb) -> tuple:
    """The pair as the doers of ``verb`` when its subject is a group of it that the actor
    stage left without a party ("for which each side has blamed the other"); else ()."""
    subj = tree.child(verb, ("nsubj",))
    if subj is None or not (_of_pair(subj) or _each_side(subj)):
        return ()
    pair = pair_of(ctx, subj.sent.start_char)
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    text = subj.doc.text[start:end]
    return tuple(Actor(text, p.code, None, ctx.actors.kb.country_name(p.code), None, None,
                       start, end) for p in pair)


def between_sides(ctx, actor: tuple, recipient: tuple) -> tuple[tuple, tuple]:
    """(actor, recipient) with the pair moved to the doers' side when no doer has a country
    and the pair stands in a "between" phrase ("skirmishes between security forces of the
    two countries": both fought, neither was only hit)."""
    if any(a.code for a in actor):
        return actor, recipient
    sides = tuple(r for r in recipient if r.code and _between(ctx, r) and _pair_for(ctx, r))
    if len({r.code for r in sides}) < 2:
        return actor, recipient
    return sides, tuple(r for r in recipient if r not in sides)


def brokering(verb) -> bool:
    """Whether ``verb`` is a broker's act ("brokered", "mediated")."""
    return verb.lemma_.lower() in BROKERING_VERBS


def brokered_sides(ctx, verb, actor: tuple, recipient: tuple, earlier=()) -> tuple:
    """The recipients of a broker's act (``verb`` a brokering verb): unchanged when its words
    name a side with a country ("brokered a truce between A and B"); else the parties that
    made the deal it brokered ("A and B signed a deal brokered by X"), else the sides of the
    same broker's latest act of brokering among the drafts ``earlier`` ("X is mediating
    talks between A and B ... X helped broker the first deal"), else the story's pair
    (``pair_of``) when the broker is not one of it ("X helped broker the exchange");
    unchanged when none of these is known."""
    if not brokering(verb) or any(r.code for r in recipient):
        return recipient
    own = {a.code for a in actor if a.code}
    pair = pair_of(ctx, verb.sent.start_char)
    if any(p.code in own for p in pair):
        pair = ()  # the broker is one of the pair: the story is not about the sides it brings
    return _deal_makers(ctx, verb, own) or _brokered_before(earlier, own) or pair or recipient


def _brokered_before(earlier, own: set) -> tuple:
    """The coded sides of the latest draft in ``earlier`` in which the broker of the states
    ``own`` brokered."""
    if not own:
        return ()
    for d in reversed(earlier):
        if brokering(d.cand.head) and {a.code for a in d.actor if a.code} == own and any(
                r.code for r in d.recipient):
            return tuple(r for r in d.recipient if r.code)
    return ()


def _deal_makers(ctx, verb, own: set) -> tuple:
    """The coded parties of the subject of the verb that governs the deal a participle of
    brokering hangs on ("Kenya and Uganda signed a deal brokered by X"), other than the
    broker's state; () for any other construction."""
    if verb.dep_ != "acl":
        return ()
    # up from the deal to the first verb above it ("signed a deal brokered by X")
    cur = tree.climb(verb.head, _DEAL_DEPS, while_=lambda t: t.pos_ not in ("VERB", "AUX"))
    subj = tree.child(cur, ("nsubj",)) if cur.pos_ in ("VERB", "AUX") else None
    if subj is None:
        return ()
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    out: list = []
    for m in starting_in(ctx.actors.mentions, start, end, cache=ctx.cache):
        if m.end <= end and m.code and m.code not in own and m.code not in {
                o.code for o in out}:
            out.append(m)
    return tuple(out)


def _between(ctx, actor: Actor) -> bool:
    """Whether ``actor``'s phrase is the object of "between"."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in BETWEEN_PREPS


def _pair_for(ctx, actor: Actor) -> tuple:
    """The story's pair when ``actor``'s phrase is a group of "both countries"; else ()."""
    if actor.start < 0:
        return ()
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return ()
    head = span.root
    if not (_of_pair(head) or _each_side(head)):
        return ()
    return pair_of(ctx, head.sent.start_char)


def _of_pair(head) -> bool:
    """Whether ``head`` carries "of both countries" / "from the two sides"."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in PAIR_GROUP_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in COLLECTIVE and noun.tag_ == "NNS" and any(
                    c.lower_ in COLLECTIVE_PAIR for c in noun.children):
                return True
    return False


def _each_side(head) -> bool:
    """Whether ``head`` is "each side", "either party", "each country": one of the pair,
    taken in turn, so both."""
    return head.lower_ in PAIR_EACH_NOUNS and head.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in PAIR_EACH for c in head.children)


def pair_of(ctx, before: int) -> tuple:
    """The two states named most often in the article before the offset ``before`` (their
    last mentions); between states named as often, the one the story named first (its lead
    names the pair it is about, a mediator or a patron comes in later). () when fewer than
    two states are named. Read once per sentence start (the article's cache)."""
    return ctx.cache(("pair_groups", before), lambda: _most_named(ctx, before))


def _most_named(ctx, before: int) -> tuple:
    starts, mentions = coref.mentions_by_start(ctx)
    countries = ctx.actors.kb.countries
    counts: collections.Counter = collections.Counter()
    first: dict = {}
    last: dict = {}
    for a in mentions[:bisect.bisect_left(starts, before)]:
        if a.code in countries and a.end <= before and ctx.actors.kind_of(a) != "place" \
                and not ctx.actors.from_setting(a):
            counts[a.code] += 1
            first.setdefault(a.code, a.start)
            last[a.code] = a
    ranked = sorted(counts, key=lambda code: (-counts[code], first[code]))
    if len(ranked) < 2:
        return ()
    return last[ranked[0]], last[ranked[1]]
