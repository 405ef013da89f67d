"""Whom a criticism of an act named by a definite noun is aimed at: "Russia expelled three
Estonian diplomats. Estonia said the decision was unacceptable." The decision is Russia's
expulsion, told before; the criticism is Estonia's of Russia, not of no one, nor of Estonia
(the country the parse finds nearest).

Only criticisms whose recipient is missing or is the critic itself are re-aimed, only at the
doer of an earlier act of the article a few sentences back, and only when the noun names that
act ("the strikes" a strike, "the expulsion" an expulsion) or is a general word for any act
("the move", "the decision"). Word lists are data/lexicon/criticism.yaml.

A ruling, verdict or sentence is the court's: "A Peruvian judge ordered Castillo held in
pretrial detention. Mexico's president criticized the ruling" aims at the judge (PER/JUD),
not at Peru's government, the story's country the parse stands in for a missing recipient.
Any answer to a court's word (rejecting, welcoming, criticising it) that names no other
country's party in its own words (none, the critic's own, or one only implied) is aimed at
the court, judge or prosecutors of an act told a few sentences back (``aim_at_court``); a
general word ("the decision") only when that act is the latest one. With no court's act
told, or a critic that is the court itself, nothing changes. The court's words and sectors
are those ``rulings`` reads (events.yaml ruling_nouns).
"""

from __future__ import annotations

from .. import coref, knowledge
from .answers import answering
from .disapproval import misparsed_objects
from .lexicon import Lexicon
from .rulings import ANSWERING as RULING_ANSWERS, JUDICIAL, RULINGS as JUDICIAL_ACTS

_FILE = "lexicon/criticism.yaml"
#: Nouns (lemmas) that name any act of a party: "the move", "the decision", "this step".
GENERAL_ACTS = knowledge.words(_FILE, "general_act_nouns")
#: Determiners by which a noun points back at an act told before.
POINTING = knowledge.words(_FILE, "pointing_determiners")
#: Categories that are no act a later criticism is aimed at (a criticism of a criticism is
#: read by ``answers``).
NOT_AIMED_AT = frozenset({"ACCUSE"})
#: Sectors of a state's organs and its politics: as a recipient beside a foreign party, a
#: critic's own of these stay.
STATE_SECTORS = frozenset(s.upper() for s in knowledge.words(_FILE, "political_sectors"))
#: Sectors of armed challengers of a state: their acts are not the state's own side's.
CHALLENGERS = frozenset(s.upper() for s in knowledge.words(_FILE, "challenger_sectors"))
#: How many sentences back the act may be told.
REACH = 3
#: Links of a label to its verb ("called the move hostile"): disapproval's, without "attr".
_LABEL_DEPS = frozenset({"oprd", "xcomp", "ccomp"})


def aim_criticisms(kept: list, lex: Lexicon, ctx) -> None:
    """Give each criticism of a pointed-at act the doer of that act as its recipient."""
    for n, d in enumerate(kept):
        if d.event in RULING_ANSWERS and aim_at_court(lex, d, kept[:n], ctx):
            continue
        if d.event != "ACCUSE":
            continue
        own = {a.code for a in d.actor if a.code}
        d.recipient = _without_own_people(d.recipient, own)
        got = {r.code for r in d.recipient if r.code}
        if not own or (got and not got <= own):
            continue  # no critic named, or the criticism names another party already
        noun = criticized_noun(lex, d.cand)
        if noun is None:
            continue
        # a critic named as its own target may be criticising its own side ("the
        # opposition called the government's plan a disaster"): re-aimed only at an act
        # done to the critic
        act = _act_pointed_at(lex, noun, d, kept[:n], own, to_critic=bool(got))
        if act is not None:
            d.recipient = act.actor
            d.extra["aimed"] = True
            continue
        # "China denounced the G7's statements ... 'The statements were filled with
        # prejudice,' he added": the critic goes on about what it criticised just before
        before = _criticised_before(d, kept[:n]) if _self_aimed(d) else None
        if before is not None:
            d.recipient = before.recipient
            d.extra["aimed"] = True


def aim_at_court(lex: Lexicon, d, earlier: list, ctx) -> bool:
    """Aim an answer to a court's word ("rejected the verdict", "criticized the ruling") at
    the court of the act it names, or (a court's own word: "the verdict", not "the
    decision") at the court or judge named shortly before when no act of it was read (see
    the module's doc); whether it was aimed."""
    own = {a.code for a in d.actor if a.code}
    if not own or any(r.code and r.code not in own and r.start >= 0 for r in d.recipient):
        return False  # no critic named, or another party written as the recipient
    noun = criticized_noun(lex, d.cand)
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    if lemma not in JUDICIAL_ACTS and lemma not in GENERAL_ACTS:
        return False
    mine = {(a.code, a.sector) for a in d.actor if a.code}
    here = d.extra.get("sent_index")
    for e in reversed(earlier):
        there = e.extra.get("sent_index")
        if here is None or there is None or here - there > REACH:
            break
        court = tuple(a for a in e.actor if a.code and (a.sector or "").upper() in JUDICIAL
                      and (a.code, a.sector) not in mine)
        if court:  # a prosecutor's indictment (ACCUSE) is a court's word too
            d.recipient = court
            d.extra["aimed"] = True
            return True
        if e.event in NOT_AIMED_AT or answering(e):
            continue  # others' answers to the ruling are not the ruling
        if lemma not in JUDICIAL_ACTS:
            return False  # "the decision": the latest act's, which is no court's
    court = coref.sector_named_before(ctx, noun, JUDICIAL, frozenset(mine), REACH) \
        if lemma in JUDICIAL_ACTS else ()
    if court:
        d.recipient = court
        d.extra["aimed"] = True
    return bool(court)


def _without_own_people(recipient: tuple, own: set) -> tuple:
    """"Japan expressed outrage over China's detention of a Japanese businessman",
    "Islamabad blamed the attacks on militants on Afghan soil": beside a foreign party, the
    critic's own people (no state sector) are the act's victims or the parse's guess, not
    whom the critic blames. The critic's own state stays ("the opposition criticised the
    government's deal with China")."""
    foreign = any(r.code and r.code not in own for r in recipient)
    if not foreign:
        return recipient
    return tuple(r for r in recipient if r.code not in own or r.sector in STATE_SECTORS)


def criticized_noun(lex: Lexicon, cand):
    """The definite noun a criticism judges, when it names no party: the object of a label
    or of a condemning verb ("called the move shameful", "condemned the decision"), or the
    subject of a reported judgment ("said the decision was unacceptable")."""
    head = cand.head
    if cand.kind == "obligation":
        if cand.anchor is not None or cand.key != "condemned":
            return None
        noun = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif cand.kind == "verb" and head.pos_ == "VERB":
        noun = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None) \
            or _hidden_object(head)
    else:
        return None
    if noun is None or noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
        return None
    dets = list(noun.children) + (list(noun.head.children) if noun.head.i > noun.i else [])
    if not any(c.dep_ == "det" and c.lower_ in POINTING and c.i < noun.i for c in dets):
        return None
    return noun


def _hidden_object(verb):
    """'called the move hostile' parsed as "the move hostile" (a compound): the noun the
    parser hung on the first label."""
    for _label, words in misparsed_objects(verb, _LABEL_DEPS):
        return next((c for c in words if c.pos_ == "NOUN"), None)
    return None


def _act_pointed_at(lex: Lexicon, noun, d, earlier: list, own: set, to_critic: bool):
    """The latest earlier act, within REACH sentences, that ``noun`` names, done by someone
    other than the critic (``to_critic``: and done to the critic); force told as the answer
    to force ("the troops fired back") is not the attack a critic condemns."""
    here = d.extra.get("sent_index")
    lemma = noun.lemma_.lower()
    entry = lex.nouns.get(lemma)
    for e in reversed(earlier):
        there = e.extra.get("sent_index")
        if here is None or there is None or here - there > REACH:
            break
        doers = {a.code for a in e.actor if a.code}
        if not doers or _own_side(e, d, own) or e.event in NOT_AIMED_AT or answering(e) or (
                to_critic and not own & {r.code for r in e.recipient if r.code}):
            continue
        if lemma in GENERAL_ACTS or _names(e, lemma) or (
                entry is not None and entry.event == e.event):
            return e
    return None


def _own_side(e, d, own: set) -> bool:
    """Whether the act ``e`` was done by the critic's own side. A state organ's own country's
    armed challengers are not its side: "Gunmen stormed a police post. The president
    condemned the attack" aims at the gunmen. A doer the story only placed (the place's
    state standing in for an unnamed doer) is nobody's."""
    mine = [a for a in e.actor if a.code in own]
    if not mine:
        return False
    if e.extra.get("placed"):
        return True
    critic_state = all((a.sector or "").upper() in STATE_SECTORS for a in d.actor if a.code)
    return not (critic_state and all((a.sector or "").upper() in CHALLENGERS for a in mine))


def _self_aimed(d) -> bool:
    """Whether a criticism names no one but its own critic, the very same organ ("China ->
    China's government" from the parse), not another organ of its state (the opposition
    criticising the military is aimed at home)."""
    own = {(a.code, a.sector) for a in d.actor if a.code}
    codes = {code for code, _ in own}
    return bool(own) and all(
        (r.code, r.sector) in own or (r.code in codes and r.sector is None)
        or (r.code, None) in own for r in d.recipient if r.code)


def _criticised_before(d, earlier: list):
    """The latest criticism by the same critic, within REACH sentences, that names another
    party, else None."""
    here = d.extra.get("sent_index")
    for e in reversed(earlier):
        there = e.extra.get("sent_index")
        if here is None or there is None or here - there > REACH:
            break
        if e.event == "ACCUSE" and _same_critic(e, d) and _aimed_elsewhere(e):
            return e
    return None


def _same_critic(a, b) -> bool:
    """Whether two criticisms have one critic, as far as codes tell: the same states and
    bodies (two bodies coded IGO, the EU and a UN mission, are two critics) and no two
    sectors told apart (a government and its opposition are two critics; "China" with no
    sector and its spokesman are one)."""
    def who(d):
        return frozenset((x.code, x.org) for x in d.actor if x.code)

    def sectors(d):
        return {x.sector for x in d.actor if x.code and x.sector}

    return who(a) == who(b) and (not sectors(a) or not sectors(b)
                                 or bool(sectors(a) & sectors(b)))


def _names(e, lemma: str) -> bool:
    """Whether the act was told with the same word ("expelled" ... "the expulsion" is not;
    "strikes" ... "the strikes" is)."""
    words = [e.cand.head, e.cand.noun] + list(e.cand.words)
    return any(w is not None and w.lemma_.lower() == lemma for w in words)


def drop_echoes(kept: list) -> list:
    """"X denounced the arrest of an activist in a raid on a rights group, which it
    described as a crackdown": a critic's second criticism in one sentence that finds no
    party but the critic itself (the parse's guess: the group raided, or nobody) echoes the
    one that names whom it criticises, and is dropped. Two criticisms that both name
    another party stay ("accused X of ... and criticised Y for ...")."""
    aimed: dict = {}  # sentence -> the critics of its aimed criticisms
    for d in kept:
        if d.event == "ACCUSE" and _aimed_elsewhere(d):
            aimed.setdefault(d.extra.get("sent_index"), []).append(
                {a.code for a in d.actor if a.code})
    out = []
    for d in kept:
        own = {a.code for a in d.actor if a.code}
        if d.event == "ACCUSE" and not _aimed_elsewhere(d) and any(
                own <= critics for critics in aimed.get(d.extra.get("sent_index"), ())):
            continue  # an aimed one is never dropped, so it is never its own echo
        out.append(d)
    return out


def _aimed_elsewhere(d) -> bool:
    """Whether a criticism names a recipient other than its own critic."""
    own = {a.code for a in d.actor if a.code}
    return any(r.code and r.code not in own for r in d.recipient)
