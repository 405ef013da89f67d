"""Criticism told without an accusing verb: a speaker calls another party's act by a
condemning name ("X said Israel's cruel attacks must stop", "they face discrimination by the
government", "said Iran poses a threat to the region"), says the party does a wrong ("said
Iran is defying the council", "said the army committed atrocities"), or pins a harm on it
("said the bombing was orchestrated by X", "said X was behind the attack"); the blaming
constructions themselves are in ``blame``.

Only reported speech counts (the clause under a reporting verb, which is also where a direct
quote hangs): the narrator's own adjectives are no one's accusation. The party blamed is the
one the condemned act belongs to: its possessor or its "by" phrase. A possessor that suffers
the act ("Lai's unjust detention") is the victim, not the one blamed, so it does not count.
"""

from __future__ import annotations

import itertools

from .. import knowledge, tree
from . import blame
from .lexicon import Lexicon, events_words
from .phrases import participle_agent
from .possessors import possessor_suffers

#: "X poses a threat to Y": verbs (lemmas) and the dangers (lemmas) they say a party is.
MENACE_VERBS = events_words("menace_verbs")
MENACE_NOUNS = events_words("menace_nouns")
#: "an attack on press freedom": a harm noun, done to a value, is a wrong named, not force
VALUE_HARM_NOUNS = events_words("value_harm_nouns")
HARMED_VALUES = events_words("harmed_values")
VALUE_HARM_PREPS = events_words("value_harm_preps")
#: "a rejection of Syria's identity": harms whose "of" phrase names the value harmed.
VALUE_DENIAL_NOUNS = events_words("value_denial_nouns")
#: How far after its noun the value's preposition may stand ("an attack by the junta on
#: press freedom": the parser may hang "on" on the doer)
_VALUE_REACH = 8
#: Prefixes that make a wrong the thing fought ("counter-terrorism efforts").
AGAINST_PREFIXES = knowledge.words("lexicon/criticism.yaml", "against_prefixes")
#: "said the report was based on prejudice", "filled with lies": passive verbs (lemmas) whose
#: phrase tells what a text is made of (data/lexicon/criticism.yaml).
_MADE_OF = {verb: frozenset(preps) for verb, preps in
            knowledge.table("lexicon/criticism.yaml", "made_of_verbs").items()}
#: Words of a noun phrase that name what it is made of beside its head.
_STUFF_DEPS = frozenset({"conj", "nmod", "amod", "compound"})
#: Dependencies that open a clause inside a noun phrase.
CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl"})
#: "the brutality of the regime", "the vile nature of the group": nouns (lemmas) of a trait,
#: whose "of" phrase names who has it (an act's "of" phrase names whom it is done to).
TRAIT_NOUNS = knowledge.words("lexicon/criticism.yaml", "trait_nouns")
#: Words (lemmas) for any act of a party ("the decision", "the move"), and its conduct.
ACT_NOUNS = knowledge.words("lexicon/criticism.yaml", "general_act_nouns") \
    | knowledge.words("lexicon/criticism.yaml", "conduct_nouns")


def condemned_act(lex: Lexicon, clause) -> tuple | None:
    """(the condemning word, the blamed party's token) for the first act of a named party that
    the reported ``clause`` condemns, else None."""
    if clause.dep_ == "ccomp" and blame.evidential(clause.head) \
            and clause.head.dep_ in ("ccomp", "parataxis"):
        return None  # "X said reports confirmed that ...": X's charge, read from X's verb
    menace = _menace(lex, clause) or blame.blamed_in(lex, clause)
    if menace is not None:
        return menace
    for tok in itertools.islice(clause.subtree, blame.MAX_TOKENS):
        if tok.pos_ != "NOUN":
            continue
        word = next((c for c in tok.children if c.dep_ == "amod"
                     and c.lemma_.lower() in lex.condemnatory and not _fought(c)), None)
        if word is None and (tok.lemma_.lower() in blame.WRONGS and not _fought(tok)
                             or value_harm(tok)):  # "X's assault on fundamental freedoms"
            word = tok
        if word is None:
            continue
        party = _blamed(lex, tok)
        if party is not None:
            return word, party
    return None


def _fought(tok) -> bool:
    """'counter-terrorism', 'anti-corruption': the wrong is what the phrase fights."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        return doc[tok.i - 2].lower_ in AGAINST_PREFIXES
    # joined ("counterterrorism"): only where the rest is itself a wrong, so that a condemning
    # word that merely starts so ("counterproductive") still condemns
    return any(tok.lower_.startswith(p) and tok.lower_[len(p):] in blame.WRONGS
               for p in AGAINST_PREFIXES)


def gives_way(cand) -> bool:
    """Whether the event of a blamed word yields to the criticism read around it: "said Iran
    poses a threat" names a danger, not a threat made; "said Iran is defying the council"
    is the speaker's charge more than a refusal the text asserts; "said Russia was to blame"
    is the speaker's criticism, not Russia's; "said the ban is a rejection of X's identity"
    names a wrong, not a refusal."""
    return cand.event == "THREATEN" or cand.event == "ACCUSE" or (
        cand.event == "REJECT" and cand.kind == "verb" and cand.key in blame.WRONG_VERBS) or (
        # "said the ban is a rejection of Syria's identity": a wrong named, no refusal made
        cand.event == "REJECT" and cand.noun is not None and value_harm(cand.noun))


def phrase_words(noun) -> list:
    """The words of a noun phrase without the clauses inside it: "our allies and we" is all
    words, "the announcement that they will no longer grant me access" stops at "that"."""
    out = []
    for tok in itertools.islice(noun.subtree, blame.MAX_TOKENS):
        inside = False
        for child, head in tree.steps_up(tok):
            if child.i == noun.i:
                break
            inside = inside or child.dep_ in CLAUSE_DEPS
        if not inside:
            out.append(tok)
    return out


def value_harm(noun) -> bool:
    """Whether ``noun`` is a harm done to a value: "an attack on press freedom", "an affront
    to democracy", "a reprehensible attack by the government on freedom of speech"."""
    denial = noun.lemma_.lower() in VALUE_DENIAL_NOUNS
    if noun.lemma_.lower() not in VALUE_HARM_NOUNS and not denial:
        return False
    preps = VALUE_HARM_PREPS if not denial else frozenset({"of"})
    for t in noun.subtree:
        if t.i > noun.i + _VALUE_REACH:
            break
        if t.i > noun.i and t.dep_ == "prep" and t.lower_ in preps and any(
                g.dep_ == "pobj" and g.lemma_.lower() in HARMED_VALUES for g in t.children):
            return True
    return False


def harm_doer(noun):
    """The doer a harm to a value names by "by" ("an attack by the junta on press
    freedom"), else None."""
    if not value_harm(noun):
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"), None)


def judged(lex: Lexicon, pred) -> bool:
    """Whether a predicate condemns what it is said of: a condemning word ("illegal", "a
    crime"), one that a modifier or an "of" phrase makes condemning ("a cowardly act", "a
    step backwards", "an act of terrorism")."""
    if pred.lemma_.lower() in lex.condemnatory or value_harm(pred):
        return True
    mods = [c for c in pred.children if c.dep_ in ("amod", "advmod")]
    said = {c.lemma_.lower() for c in mods if c.dep_ == "amod"}
    said |= {f"{c.lemma_.lower()} {pred.lemma_.lower()}" for c in mods}
    said |= {f"{pred.lemma_.lower()} {c.lemma_.lower()}" for c in mods if c.i > pred.i}
    # "an act of aggression", "a campaign of intimidation": the "of" phrase names it
    said |= {g.lemma_.lower() for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"}
    return bool(said & lex.condemnatory)


def wronged_passive(lex: Lexicon, clause):
    """'contend the election was rigged', 'said the vote had been rigged': a reported clause
    that is the passive of a condemning word tells a wrong done by someone (named in its
    "by" phrase or not), which the speaker alleges; the participle, else None. Not a guess
    about what may come ("feared the vote would be rigged") or a denial ("was not rigged")."""
    if clause.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in clause.children) \
            or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() != "have")
                   for c in clause.children):
        return None
    said = {clause.lower_, clause.lemma_.lower()}
    return clause if said & lex.condemnatory else None


def denied_claim(lex: Lexicon, clause):
    """'said the allegations were baseless', 'said the claim was a total fabrication': the
    word by which a reported clause calls a claim false (the speaker rejects it), else None."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in lex.claim_nouns \
            or any(c.dep_ == "neg" for c in clause.children):
        return None
    preds = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    preds += [g for p in preds for g in p.children if g.dep_ == "conj"]
    return next((p for p in preds if p.lemma_.lower() in lex.falsity
                 or p.lower_ in lex.falsity), None)


def _menace(lex: Lexicon, clause) -> tuple | None:
    """"said Iran poses a threat to the region": (the danger word, the named party said to be
    one); "poses no threat" is the opposite and does not count."""
    if clause.lemma_.lower() not in MENACE_VERBS or any(c.dep_ == "neg" for c in clause.children):
        return None
    danger = next((c for c in clause.children if c.dep_ in ("dobj", "attr")
                   and c.lemma_.lower() in MENACE_NOUNS), None)
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and not blame.named(lex, subj) and subj.pos_ == "NOUN":
        subj = _blamed(lex, subj)  # "such acts by Rwanda constitute a threat"
    if danger is None or subj is None or not blame.named(lex, subj) \
            or any(c.lower_ == "no" for c in danger.children):
        return None
    return danger, subj


def owner_of(lex: Lexicon, noun):
    """The named party a condemned act or a fault belongs to ("Israel's attacks", "the
    brutality of the regime"), else None."""
    return _blamed(lex, noun)


def _blamed(lex: Lexicon, noun):
    """The named party a condemned act belongs to: "Israel's attacks", "exploitation by the
    government", "the brutality of the regime" (a trait); None when the act names none, or
    only the one it was done to."""
    # "Lai's detention" suffers it, but with an "of" object the possessor does it: "Israel's
    # occupation of the territory", "China's detention of activists"
    patient = possessor_suffers(noun, lex)
    trait = noun.lemma_.lower() in TRAIT_NOUNS
    for c in noun.children:
        if c.dep_ == "poss" and not patient and blame.named(lex, c):
            return c
        if c.dep_ in ("prep", "agent") and (c.lower_ == "by" or trait and c.lower_ == "of"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and blame.named(lex, obj):
                return obj
        doer = participle_agent(c)  # "the decision taken by Pakistan"
        if doer is not None and doer.pos_ != "PRON" and blame.named(lex, doer):
            return doer
    return None


def judged_owner(lex: Lexicon, noun):
    """The named party whose act a reported judgment judges: "(said) the decision taken by
    Pakistan (was unacceptable)"; None for a noun that names no act or no such party."""
    if noun is None or noun.pos_ != "NOUN":
        return None
    return _blamed(lex, noun)


def made_of(lex: Lexicon, clause):
    """'said the report was based on prejudice', 'said the statement was filled with lies
    and slander': the word by which a reported clause says a text is made of condemned or
    false stuff (the speaker's charge against its author), else None."""
    preps = _MADE_OF.get(clause.lemma_.lower())
    if not preps or not any(c.dep_ == "auxpass" for c in clause.children) \
            or any(c.dep_ == "neg" for c in clause.children):
        return None
    stuff = [g for c in clause.children if c.dep_ == "prep" and c.lower_ in preps
             for g in c.children if g.dep_ == "pobj"]
    # "filled with prejudice and groundless accusations" may parse as "accusations" with
    # "prejudice" hung on it: the words of the phrase itself, not of clauses inside it
    stuff += [g for s in stuff for g in s.children if g.dep_ in _STUFF_DEPS]
    stuff += [g for s in stuff for g in s.children if g.dep_ == "conj"]
    # the words themselves: "evidence of aggression" is made of evidence, of no one's wrong
    evaluative = lex.condemnatory | lex.falsity
    return next((w for w in stuff if w.lemma_.lower() in evaluative
                 or w.lower_ in evaluative), None)
