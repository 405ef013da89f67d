"""Actor stage: words that refer back to parties named before ("the two sides", "the three
nations", "the country").

Split from ``actors.py``: these read the mentions an ``ArticleActors`` has gathered so far
(``aa._mentions``, in text order) and return the actors a back-reference stands for.

* A counted plural ("the two sides", "both countries") takes the last distinct parties
  named before; one of states ("the three nations") first looks for a run of states named
  together ("Mali, Burkina Faso and Niger"). A state written only as a town's country
  ("talks in Port Vale, Zorvania") is no party it counts (``actor_landmarks.place_country``)
  unless the story has named too few parties without it.
* "the country" takes the last state named a sentence or two before, a state only passed
  through ("fled to Zorvania") being the last resort.
* "the world powers" takes the members of the state group ("the P5+1") named last.
* A bare title ("the secretary", "the general", "the envoy") stands for the person named
  before with a title of that head ("U.S. Secretary of State X", "army chief Gen. X", "U.N.
  envoy X"), the nearest such person; a title with more words ("the defense secretary")
  only for one of that very title. Not a title with an owner or a remit of its own ("the
  minister's secretary", "the secretary of the union"), one in apposition to a name ("X, the
  envoy,"), nor one whose nearest match was named in one breath with another ("X and Y, the
  U.S. and British secretaries"): those stay as the rest of the actor stage reads them.

Public API:
    pair(aa, seg, span, sent) -> tuple[Actor, ...]          a counted plural's parties
    country_ref(aa, seg, span, sent) -> tuple[Actor, ...]   "the country"'s state
    named_group(aa, span, sent) -> tuple[Actor, ...]       "the world powers"' members
    titled_person(aa, group, span) -> (actors, titles)     "the secretary"'s person
    title_head(title) -> str                               "secretary of state" -> secretary
    plain_title(title) -> str                              "Secretary-General" -> secretary general
"""

from __future__ import annotations

from dataclasses import replace

from . import actor_landmarks as landmarks
from . import actor_refs as refs
from . import knowledge, setting
from .actors_kb import COUNTRY_KINDS, norm
from .records import Actor

__all__ = ["country_ref", "named_group", "pair", "plain_title", "title_head", "titled_person",
           "unplaced_ref"]

#: words that join the names of a list ("and", "or")
_COORD = knowledge.words("lexicon/actors.yaml", "coordinators")


def plain_title(title: str) -> str:
    """A title in lower case with hyphens read as spaces ("secretary general")."""
    return norm(str(title)).replace("-", " ")


#: words before a bare title that refers back ("the secretary"); head words of titles whose
#: head is not their last word ("gen." -> general, "secretary general" -> secretary)
_TITLE_DETS = knowledge.words("lexicon/actors.yaml", "title_back_determiners")
_TITLE_HEADS = {plain_title(k): str(v).lower() for k, v in knowledge.table(
    "lexicon/actors.yaml", "title_heads").items()}
#: words after a bare title that give it an owner of its own ("the secretary of X")
_TITLE_OWNERS = knowledge.words("lexicon/actors.yaml", "title_owner_words")
#: sentences a counted plural ("the three nations") looks back for the states it counts
_COUNTED_LOOKBACK = setting.LOOKBACK


def pair(aa, seg, span, sent: int) -> tuple[Actor, ...]:
    """The parties a counted plural (``seg``, written as ``span`` in sentence ``sent``)
    refers back to, one actor each; () when fewer were named."""
    states_only = seg.lex.ref[2]
    picked = _named_together(aa, seg.count, sent) if states_only else []
    # a town's country counts only when the story has not named enough parties without it
    picked = picked or _last_parties(aa, seg.count, states_only, sent) or _last_parties(
        aa, seg.count, states_only, sent, towns=True)
    if len(picked) < seg.count:
        return ()
    sector = seg.lex.ref[1]
    out = []
    for a in reversed(picked[:seg.count]):
        base = aa.kb.country_name(a.code) if states_only else a.name
        out.append(Actor(text=span.text, code=a.code, sector=sector, name=base,
                         start=-1, end=-1, org=a.org if not states_only else None))
    return tuple(out)


def _last_parties(aa, count: int, states_only: bool, sent: int, towns: bool = False
                  ) -> list[Actor]:
    """The last ``count`` distinct parties named before (newest first), [] when there are
    fewer; a counted plural beyond two looks back only a few sentences. ``towns``: whether
    a state written only as a town's country ("met in Port Vale, Zorvania") counts."""
    picked: list[Actor] = []
    countries = aa.kb.countries
    for m in reversed(aa._mentions):
        if count > 2 and sent - m.sent > _COUNTED_LOOKBACK:
            break
        for a, kind in zip(reversed(m.actors), reversed(m.kinds)):
            if kind == "place":
                continue  # a city named in passing is not one of "the two nations"
            if a.code is None or (states_only and a.code not in countries):
                continue
            if a.code not in countries and a.code != "IMG":
                continue  # the UN, an NGO or a region is not one of "both sides"
            if a.code in ("IGO", "NGO") and states_only:
                continue
            if not towns and kind == "country" and landmarks.place_country(
                    aa.doc, aa.kb, a.start, a.end, a.code):
                continue  # "talks in Port Vale, Zorvania": where, not who
            key = a.code if states_only else (a.code, a.name)
            if key not in [(p.code if states_only else (p.code, p.name)) for p in picked]:
                picked.append(a)
        if len(picked) >= count:
            break
    return picked if len(picked) >= count else []


def _named_together(aa, count: int, sent: int) -> list[Actor]:
    """The newest run of exactly ``count`` states named together ("Mali, Burkina Faso
    and Niger") in the last few sentences, newest first; [] when there is none."""
    run: list = []
    best: list = []
    for m in reversed(aa._mentions):
        if sent - m.sent > _COUNTED_LOOKBACK:
            break
        state = (len(m.actors) == 1 and m.actors[0].code in aa.kb.countries
                 and m.kinds[0] in COUNTRY_KINDS and m.actors[0].start >= 0)
        joined = bool(run) and state and m.sent == run[-1].sent and norm(
            aa._text[m.end_char:run[-1].start_char].strip(" ,")) in _COORD | {""}
        if state and (joined or not run):
            run.append(m)
            continue
        if len({r.actors[0].code for r in run}) == count == len(run):
            best = run
            break
        run = [m] if state else []
    if not best and len({r.actors[0].code for r in run}) == count == len(run):
        best = run
    return [r.actors[0] for r in best]


def country_ref(aa, seg, span, sent: int) -> tuple[Actor, ...]:
    """The state "the country" (``seg``) refers back to: the last one named in the last
    two sentences that is no place passed through, else the last passed through."""
    passed = None  # a state named only as a place passed through: the last resort
    for m in reversed(aa._mentions):
        if sent - m.sent > 2:
            break
        for a, kind in zip(reversed(m.actors), reversed(m.kinds)):
            if a.code in aa.kb.countries and kind != "place":
                if refs.passing_place(aa.doc, m.start_char, m.end_char):
                    passed = passed or a.code
                    continue
                return _ref_actor(aa, a.code, seg, span)
    return _ref_actor(aa, passed, seg, span) if passed else ()


def unplaced_ref(seg, span) -> tuple[Actor, ...]:
    """A back-reference to a state ("the government", "the regime") with no state named just
    before it: an actor of the reference's own sector and no country, which the act's place
    may still give one ("the government imposed a curfew in X"); () for a reference with no
    sector ("the country")."""
    sector = seg.lex.ref[1]
    if sector is None:
        return ()
    return (Actor(text=span.text, code=None, sector=sector, name=None,
                  start=span.start_char, end=span.end_char),)


def named_group(aa, span, sent: int) -> tuple[Actor, ...]:
    """The members of the state group ("six world powers", "the P5+1") the story named
    last before ``sent``'s phrase ``span`` ("the world powers"), one actor each, written as
    ``span``; () when the story named none."""
    for m in reversed(aa._mentions):
        if m.members and m.sent <= sent:
            return tuple(Actor(text=span.text, code=a.code, sector=a.sector, name=a.name,
                               start=-1, end=-1) for a in m.actors)
    return ()


def _ref_actor(aa, code: str, seg, span) -> tuple[Actor, ...]:
    return (Actor(text=span.text, code=code, sector=seg.lex.ref[1],
                  name=aa.kb.country_name(code), start=-1, end=-1),)


def title_head(title: str) -> str:
    """The head word of a title, lower case: its entry in ``title_heads``, else the word
    before "of" ("secretary of state"), else its last word ("defense secretary", "army
    chief")."""
    low = plain_title(title)
    if low in _TITLE_HEADS:
        return _TITLE_HEADS[low]
    words = low.split()
    if "of" in words[1:]:
        words = words[:words.index("of")]
    return words[-1] if words else low


def titled_person(aa, group, span) -> tuple[tuple[Actor, ...], tuple[str, ...]]:
    """The person a bare title (``group``: one title segment, written as ``span``) refers
    back to, as an actor written there, and that person's titles; ((), ()) when it is no
    bare title or no one fits (see the module's docstring)."""
    seg = group[0]
    doc = aa.doc
    if len(group) != 1 or seg.kind != "title" or seg.role_prefix or not seg.lex.title \
            or seg.start == 0 or norm(doc[seg.start - 1].text) not in _TITLE_DETS:
        return (), ()
    last = doc[seg.end - 1]
    if last.tag_ in ("NNS", "NNPS") or last.dep_ == "appos" or (
            seg.end < len(doc) and norm(doc[seg.end].text) in _TITLE_OWNERS):
        return (), ()  # "the ministers", "X, the envoy,", "the secretary of the union"
    title = plain_title(seg.lex.title)
    bare = title_head(title) == title  # "the secretary", not "the defense secretary"
    found = None
    for m in reversed(aa._mentions):
        if found is not None and m.sent != found.sent:
            break
        a = m.actors[0] if len(m.actors) == 1 else None
        if a is None or not m.titles or a.name is None or not (
                title in m.titles or bare and title in {title_head(t) for t in m.titles}):
            continue
        if found is not None and a.name != found.actors[0].name:
            return (), ()  # two secretaries named together: which one is meant is unsaid
        found = found or m
    if found is None:
        return (), ()
    return (replace(found.actors[0], text=span.text, start=span.start_char,
                    end=span.end_char),), found.titles
