"""An answer a speaker announces to another party's act is a threat (PLOVER THREATEN):
"Moscow will respond to new sanctions should Washington impose them, the minister said",
'"If they opt for sanctions, Iran will reciprocate," the spokesman said', "He added that
Russia would retaliate".

Only reported speech counts, so the saying is what is asserted (the candidate is read like an
obligation: the speaker acts, the party the answer is aimed at receives). A verb that is a
hostile answer by itself ("retaliate") needs only the announcing auxiliary; a plain answer
("respond", "react") or a taken action ("take retaliatory action") also needs a condition or
a hostile act of another party that it answers. "Warned that ..." is read by ``cautions``.
Word lists are data/lexicon/cautions.yaml.
"""

from __future__ import annotations

import itertools

from .. import knowledge, tree
from . import blame
from .lexicon import Lexicon, conditioned
from .triggers import Candidate, lem

_FILE = "lexicon/cautions.yaml"
RETALIATING = knowledge.words(_FILE, "retaliation_verbs")
ANSWERING = knowledge.words(_FILE, "answering_verbs")
TAKING = knowledge.words(_FILE, "taking_verbs")
RETALIATORY = knowledge.words(_FILE, "retaliatory_words")
ACTION_NOUNS = knowledge.words(_FILE, "action_nouns")
ANNOUNCING = knowledge.words(_FILE, "announcing_aux")
ANSWERED = knowledge.words(_FILE, "answered_nouns")
IMPOSING = knowledge.words(_FILE, "imposing_verbs")
#: Auxiliaries that open an inverted condition: "should the US decide", "were it to".
INVERTED = knowledge.words(_FILE, "inverted_condition_aux")
#: Prepositions by which an answer names whom it is aimed at ("hit back at X").
AIMED_PREPS = knowledge.words(_FILE, "answer_target_preps")
#: Steps from the answer up to the verb that reports it.
REPORT_REACH = 3


def announced(lex: Lexicon, sent, by_token: dict) -> None:
    """Add a THREATEN candidate for each announced answer in a reported clause of ``sent``."""
    for verb in itertools.islice(sent, blame.MAX_TOKENS):
        if verb.pos_ != "VERB" or not _announcing(verb):
            continue
        kind, held = _answer_kind(lex, verb), by_token.get(verb.i)
        if kind is None or (held is not None and not (
                kind == "hostile" and lex.is_material_conflict(held.event))):
            continue  # "would hit back at X" is a threat, not a strike yet
        report = _reporting_verb(lex, verb, by_token)
        if report is None:
            continue  # no speaker
        condition = _condition(verb)
        answered = _answered(lex, verb)
        if kind != "hostile" and answered is None and not _hostile(lex, condition):
            continue  # "will respond to questions", "if summoned I would respond"
        target = _party_in(lex, condition) if condition is not None else None
        target = target or (_owner(lex, answered) if answered is not None else None) \
            or _aimed_at(lex, verb)
        warning = by_token.get(report.i)
        if warning is not None and warning.event == "THREATEN":
            if target is None:
                continue  # "warned that it would retaliate": the warning as read
            # "warned Moscow will react if the EU imposes sanctions against Russia": the
            # threat is aimed at whom the condition names, not at the one sanctioned
            warning.dropped = True
        by_token[verb.i] = Candidate(verb, "THREATEN", None, False, "obligation", words=[verb],
                                     key="retaliation", predicate=report, anchor=target)


def _announcing(verb) -> bool:
    """An answer announced: "will/would ...", not negated ("will not retaliate")."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return any(a.lower_ in ANNOUNCING for a in aux) and not any(
        c.dep_ == "neg" for c in verb.children)


def _answer_kind(lex: Lexicon, verb) -> str | None:
    """"hostile" for a verb that is a hostile answer itself, "answer" for one that needs a
    condition or an answered act, None for any other verb."""
    lemma = lem(verb)
    # "hit back hard": the parser may hang the particle on an adverb
    near = [c for c in verb.children if c.dep_ in ("prt", "advmod")]
    near += [g for c in near if c.dep_ == "advmod" for g in c.children if g.dep_ == "advmod"]
    particles = {f"{lemma} {c.lower_}" for c in near}
    if lemma in RETALIATING or particles & RETALIATING:
        return "hostile"
    if lemma in ANSWERING:
        return "answer"
    if lemma in TAKING:
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            mods = {lem(c) for c in obj.children if c.dep_ in ("amod", "compound")}
            if lem(obj) in RETALIATORY or (lem(obj) in ACTION_NOUNS and mods & RETALIATORY):
                return "hostile"
    return None


def _reporting_verb(lex: Lexicon, verb, by_token: dict):
    """The verb of saying or warning whose reported clause the answer is (a few steps up),
    else None."""
    for child, head in tree.steps_up(verb, limit=REPORT_REACH):
        if child.dep_ not in ("ccomp", "parataxis", "conj", "xcomp"):
            return None
        held = by_token.get(head.i)
        if lem(head) in lex.reporting or (held is not None and held.event == "THREATEN"):
            return head
    return None


def _condition(verb):
    """The condition clause put on the answer: "if/unless ...", or inverted ("should the
    US decide")."""
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        if conditioned(clause):
            return clause
        first = next(iter(clause.subtree))
        if tree.child(clause, ("mark",)) is None and first.dep_ == "aux" \
                and first.lower_ in INVERTED:
            return clause
    return None


def _hostile(lex: Lexicon, clause) -> bool:
    """A condition that supposes a hostile act: "if the EU imposes sanctions", "should
    Washington decide to impose them" (the verb of imposing), "if attacked"."""
    if clause is None:
        return False
    for tok in itertools.islice(clause.subtree, blame.MAX_TOKENS):
        if lem(tok) in ANSWERED or blame.harm(lex, tok):
            return True
        entry = lex.verbs.get(lem(tok)) if tok.pos_ == "VERB" else None
        if lem(tok) in IMPOSING or (entry is not None and entry.event is not None
                                    and lex.is_material_conflict(entry.event)):
            return True
    return False


def _answered(lex: Lexicon, verb):
    """The hostile act of another party the answer is to: "respond to new sanctions"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (lem(obj) in ANSWERED or blame.harm(lex, obj)):
                return obj
    return None


def _party_in(lex: Lexicon, clause):
    """The named party a condition supposes acting: its subject ("if the EU imposes ..."),
    else a party named inside it ("if sanctions are imposed by the EU")."""
    subj = blame.subject(clause)
    if subj is not None and subj.pos_ != "PRON" and blame.named(lex, subj):
        return subj
    for tok in itertools.islice(clause.subtree, blame.MAX_TOKENS):
        if tok.dep_ == "pobj" and tok.head.lower_ == "by" and blame.named(lex, tok):
            return tok
    return None


def _aimed_at(lex: Lexicon, verb):
    """The named party an answer is aimed at: "would hit back at Hezbollah", "retaliate
    against Israel"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in AIMED_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ != "PRON" and blame.named(lex, obj):
                return obj
    return None


def _owner(lex: Lexicon, noun):
    """The named party whose act the answered noun is: "U.S. sanctions", "Israel's move"."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod") and c.pos_ != "PRON" and c.ent_type_ in (
                "GPE", "NORP", "ORG") and blame.named(lex, c):
            return c
    return None
