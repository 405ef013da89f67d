"""Actor stage: the state or body a mention without a country of its own goes back to.

Three readings of a sector word or an unplaced official that the story ties to a body named
nearby: "a judge in Peru" (a locative right after the word), "the council" (the body named
before whose name ends in that word), and "the foreign ministry spokesperson X" (the state
whose foreign ministry the story named just before: a ministry serves one state, and news
names it once with its state and then drops the state).

Functions take the ``actors.ArticleActors`` being built (its mentions, text and document).
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from . import knowledge, setting
from .actors_kb import norm

__all__ = ["bloc_named_before", "group_before", "ministry_named_before", "named_body",
           "tied_code"]

_LEXICON = "lexicon/actors.yaml"
#: locative prepositions that tie a sector noun to a place inside one noun phrase
_LOCATIVE = knowledge.words(_LEXICON, "locative")
#: words that may stand between a sector word and the place it is tied to ("a judge in the")
_ARTICLES = knowledge.words(_LEXICON, "articles")
#: a determiner that makes "the council" refer back to a named council
_DEFINITE = knowledge.words("lexicon/coref.yaml", "definite_determiners")
#: mentions "the council" looks back over for the council it refers to
_BODY_LOOKBACK = 40
#: kinds of mention a sector word tied to them takes the country of
_TIED_KINDS = frozenset({"country", "demonym", "org", "body"})
#: sentences a back-reference looks back over for what it refers to
_LOOKBACK = setting.LOOKBACK
#: words naming a state's ministry, and the words around one that say nothing of which
#: ministry it is ("the", "of", "affairs")
_MINISTRY = knowledge.words(_LEXICON, "ministry_words")
_PORTFOLIO_FILLERS = knowledge.words(_LEXICON, "ministry_name_fillers")
#: nouns by which news refers back to a group it has named ("the group", "the movement")
_GROUP_WORDS = knowledge.words(_LEXICON, "group_back_words")
#: words by which news refers back to an international body it has named ("the bloc")
_BLOC_WORDS = knowledge.words(_LEXICON, "bloc_words")
#: nouns counting a bloc's members ("the 28-nation bloc")
_BLOC_MEMBERS = knowledge.words(_LEXICON, "bloc_member_nouns")


def bloc_named_before(aa, k: int) -> str | None:
    """"The European Union ... the 28-nation bloc's foreign ministers", "NATO ... the
    alliance": a definite mention made of such a word (and its members or officials) goes
    back to the international body named last, a few sentences back at most; else None."""
    m = aa._mentions[k]
    words = [norm(w) for w in aa._text[m.start_char:m.end_char].replace("’", "'").split()]
    if not any(w.split("'")[0] in _BLOC_WORDS for w in words) or not _definite_before(aa, m):
        return None
    for other in reversed(aa._mentions[max(0, k - _BODY_LOOKBACK):k]):
        if m.sent - other.sent > _LOOKBACK:
            break
        a = other.actors[0]
        if len(other.actors) == 1 and other.kinds[0] in ("org", "body") and a.code == "IGO":
            return a.code
    return None


def group_before(aa, start: int, end: int) -> list:
    """"The ELN accuses the government ... The group is also demanding": "the group" (or
    "the movement", "the armed group": one bare group noun after "the", with plain
    adjectives at most) stands for the organisation named last, a few sentences back at
    most, with its country; [] when the span is no such phrase or no organisation was named.
    Not "that group" or "the groups", which as often count people or several groups."""
    span = aa.doc.char_span(start, end, alignment_mode="expand")
    # "accused the group of stalling": the group word's own "of" phrase says what of it
    cut = next((t.i for t in span or () if t.dep_ == "prep" and t.head.i < t.i
                and t.head.lemma_.lower() in _GROUP_WORDS), None)
    span = span.doc[span.start:cut] if span is not None and cut is not None else span
    if (span is None or not 2 <= len(span) <= 4 or norm(span[0].text) != "the"
            or span[-1].lemma_.lower() not in _GROUP_WORDS or span[-1].tag_ != "NN"
            or any(t.pos_ != "ADJ" for t in span[1:-1])):
        return ()
    sent = aa._sent_of[span.start]
    before = bisect.bisect_left(aa._mentions, span.start_char, key=lambda m: m.start_char)
    for other in reversed(aa._mentions[max(0, before - _BODY_LOOKBACK):before]):
        if sent - other.sent > _LOOKBACK:
            break
        a = other.actors[0]
        if (len(other.actors) == 1 and other.kinds[0] == "org" and a.code is not None
                and a.code != "IGO"):
            return [replace(a, text=span.text, start=-1, end=-1)]
    return []


def _definite_before(aa, m) -> bool:
    """Whether a definite determiner opens mention ``m`` or stands right before it ("The
    28-nation bloc's", "the bloc")."""
    span = aa.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return False
    first = span.start
    while first > 0 and (aa.doc[first - 1].like_num or aa.doc[first - 1].text == "-"
                         or aa.doc[first - 1].pos_ == "ADJ"
                         or aa.doc[first - 1].lower_ in _BLOC_MEMBERS):
        first -= 1  # "the 28-nation bloc", "the 27-member alliance"
    return norm(aa.doc[first].text) in _DEFINITE or (
        first > 0 and norm(aa.doc[first - 1].text) in _DEFINITE)


def named_body(aa, k: int) -> str | None:
    """The code of the body "the council" or "the party" (mention ``k``) goes back to: the
    nearest body named before, a few sentences back at most, whose name ends in that word
    ("the U.N. Security Council", "the ruling Zanu PF party") or has it before its "of"
    ("the International Court of Justice")."""
    m = aa._mentions[k]
    span = aa.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or len(span) != 1 or span.start == 0 or norm(
            aa.doc[span.start - 1].text) not in _DEFINITE:
        return None
    for other in reversed(aa._mentions[max(0, k - _BODY_LOOKBACK):k]):
        if m.sent - other.sent > _LOOKBACK:
            break
        a = other.actors[0]
        # the name as written, or the full name a short form stands for ("the PCA")
        names = (aa._text[other.start_char:other.end_char], a.name or "")
        if other.kinds[0] in ("org", "body") and a.code and any(
                m.head in _name_heads(name.split()) for name in names):
            return a.code
    return None


def _name_heads(words: list) -> set:
    """The words a body's name may be referred back by: its last word ("the Security
    Council", "the ruling party") and the word before its first "of" ("the Permanent Court
    of Arbitration", "the Council of Europe": "the court", "the council")."""
    heads = {norm(words[-1])} if words else set()
    low = [norm(w) for w in words]
    if "of" in low[1:]:
        heads.add(low[low.index("of", 1) - 1])
    return heads


def tied_code(aa, m, nxt) -> str | None:
    """The code of a state or body a sector word is tied to by a locative word right
    after it ("diplomats from the Group of Seven", "a judge in Peru"), or None."""
    if nxt.sent != m.sent or len(nxt.actors) != 1 or nxt.kinds[0] not in _TIED_KINDS:
        return None  # a state or body, not a town: "insurgents in Doha" are no Qataris
    place = nxt.actors[0]
    if place.code is None or place.sector or place.start < 0:
        return None
    words = aa._text[m.end_char:nxt.start_char].split()
    if not words or len(words) > 3 or words[0].lower() not in _LOCATIVE or any(
            norm(w) not in _LOCATIVE | _ARTICLES for w in words):
        return None
    return place.code


def ministry_named_before(aa, k: int) -> str | None:
    """The state of the ministry mention ``k`` (no state of its own: "the foreign ministry
    spokesperson X", "the ministry") names: the nearest ministry named before with its state,
    a few sentences back at most, of the same portfolio when ``k`` says which ("foreign
    ministry" goes back to "Ruritania's Ministry of Foreign Affairs", not to its interior
    ministry). None when the mention names no ministry or none fits."""
    m = aa._mentions[k]
    own = _portfolio(aa.kb, aa._text[m.start_char:m.end_char])
    if own is None:
        return None
    countries = aa.kb.countries
    for other in reversed(aa._mentions[:k]):
        if m.sent - other.sent > _LOOKBACK:
            break
        code = other.actors[0].code
        if len(other.actors) != 1 or code not in countries:
            continue
        theirs = _portfolio(aa.kb, aa._text[other.start_char:other.end_char])
        if theirs is not None and (not own or own & theirs):
            return code
    return None


def _portfolio(kb, text: str) -> frozenset[str] | None:
    """The words saying which ministry ``text`` names ("foreign" in "the foreign ministry",
    "defense" in "Ministry of Defense"); empty for a bare "the ministry" or "the Peruvian
    ministry" (a state's or group's name says whose, not which); None when ``text`` names
    no ministry."""
    words = [norm(w) for w in text.replace("’", "'").replace("'s", " 's").split()]
    at = next((i for i, w in enumerate(words) if w in _MINISTRY), None)
    if at is None:
        return None
    out = set()
    words = [w if kb.phrases.get((w,)) is None or kb.phrases[(w,)].entity is None else ""
             for w in words]
    if at > 0 and words[at - 1].isalpha() and words[at - 1] not in _PORTFOLIO_FILLERS:
        out.add(words[at - 1])  # "foreign ministry", "Defense Ministry"
    if words[at + 1:at + 2] == ["of"]:
        for w in words[at + 2:at + 5]:  # "Ministry of Foreign Affairs"
            if not w.isalpha():
                break
            if w not in _PORTFOLIO_FILLERS:
                out.add(w)
    return frozenset(out)
