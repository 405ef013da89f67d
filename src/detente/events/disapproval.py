"""Criticism told through a label a named speaker puts on a party's act, where the parser
hides the usual shape of a characterization ("called the ruling \"arbitrary\"", with the
object read as a modifier of the label), the label is the object of a relative "what"
("citing what he called the president's failure to govern"), or a dismissal names who is
behind what it dismisses ("dismissed the findings as dictated by the West").

The plain characterizations ("called the move shameful") are triggers; these are read after
them (``candidates`` runs ``labels`` after the feelings) and never replace one. Word lists are
data/lexicon/criticism.yaml.
"""

from __future__ import annotations

import itertools

from .. import knowledge, tree
from . import blame, criticism, quoted
from .lexicon import Lexicon
from .phrases import agent_of
from .triggers import Candidate, classed, lem

_FILE = "lexicon/criticism.yaml"
#: Nouns that, owned by a named party, name its fault: "the president's failure to govern".
FAULT_NOUNS = knowledge.words(_FILE, "fault_nouns")
#: Verbs of dismissing a claim, and the participles by which the dismissal names who is
#: behind it ("dismissed the report as fabricated by X").
DISMISSING = knowledge.words(_FILE, "dismissing_verbs")
BEHIND_VERBS = knowledge.words(_FILE, "dismissal_blame_verbs") | blame.BLAME_VERBS
#: Verbs (lemmas) of stopping, and the parties asked no one in particular.
STOPPING = knowledge.words(_FILE, "stopping_verbs")
#: Links from a request's verb to the party asked: "urged China to", "called on China to".
ASKED_PREPS = knowledge.words(_FILE, "asked_preps")
#: Pronouns that point at an act told around them: "this is an act of aggression by X".
POINTERS = knowledge.words("lexicon/cautions.yaml", "demonstratives")
#: Verbs by which a speaker claims an act of a named party, and the acts that make it a charge.
CLAIMING = knowledge.words(_FILE, "claiming_verbs")
CLAIMED_HARMS = frozenset(w.upper() for w in knowledge.words(_FILE, "claimed_harms"))
#: Links from a characterizing verb to its label.
LABEL_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr"})
#: Links by which the parser hangs a characterization's object on its label.
MISPARSED_OBJECT = frozenset({"amod", "compound", "nsubj"})


def labels(lex: Lexicon, sent, by_token: dict) -> None:
    """Add the criticisms of the three shapes above to ``by_token`` (keyed by the word that
    carries them); a token already holding a candidate is left alone."""
    quoted.quoted_blame(lex, sent, by_token)
    quoted.according_blame(lex, sent, by_token)
    for tok in itertools.islice(sent, blame.MAX_TOKENS):
        if tok.pos_ != "VERB" or blame.unasserted(tok):
            continue
        lemma = lem(tok)
        if lemma in lex.characterizing and tok.i not in by_token:
            cand = _hidden_object(lex, tok) or _what_called(lex, tok)
            if cand is not None:
                _take_over(cand, tok, by_token)
                by_token[tok.i] = cand
        if lemma in DISMISSING:
            _dismissed_as(lex, tok, by_token)
        cand = by_token.get(tok.i)
        if cand is not None and cand.event == "REQUEST" and not cand.dropped:
            _stop_demanded(lex, tok, by_token)
        if lemma in lex.reporting:
            _claimed_wrong(lex, tok, by_token)
            _pointed_judgment(lex, tok, by_token)


def _hidden_object(lex: Lexicon, verb) -> Candidate | None:
    """'called the ruling "arbitrary"' parsed with no object: the noun before the label hangs
    on it. Only a condemning label counts."""
    if any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in verb.children):
        return None  # a plain characterization: the triggers read it
    for label, words in misparsed_objects(verb):
        if classed(verb, label):
            continue  # "considers the rebels a terrorist group": a status held
        hidden = any(c.i < label.i and (c.pos_ == "NOUN" or _after_determiner(c, label))
                     for c in words)
        if hidden and criticism.judged(lex, label):
            return Candidate(verb, "ACCUSE", "disapprove", False, "verb",
                             words=[verb, label], key=lem(verb))
    return None


def _take_over(cand: Candidate, verb, by_token: dict) -> None:
    """'denounced what it called Israel's aggression': the condemning verb above names no
    one (its object is "what"); the label's criticism, which names Israel, stands for both,
    told by the condemner."""
    outer = by_token.get(verb.head.i) if verb.dep_ == "ccomp" else None
    if outer is None or outer.event != "ACCUSE" or cand.kind != "obligation" or any(
            c.dep_ == "dobj" and c.tag_ != "WP" for c in verb.head.children):
        return
    outer.dropped = True
    cand.predicate = verb.head
    cand.words = [verb.head] + cand.words


def misparsed_objects(verb, deps=LABEL_DEPS):
    """(label, words) for each label after ``verb`` hanging on it by one of ``deps``
    ('called the move hostile'), with the words after the verb the parser hung on the label
    where the verb's object may hide ("the move hostile" read as a compound)."""
    for label in verb.children:
        if label.dep_ in deps and label.i > verb.i:
            yield label, [c for c in label.children
                          if c.dep_ in MISPARSED_OBJECT and c.i > verb.i]


def _after_determiner(word, label) -> bool:
    """'the ruling "arbitrary"' with "ruling" tagged an adjective: a determiner opens the
    phrase before it, so it is the object's noun, not the label's modifier."""
    return word.pos_ in ("ADJ", "PROPN") and any(
        c.dep_ == "det" and c.i < word.i for c in list(label.children) + list(word.children))


def _what_called(lex: Lexicon, verb) -> Candidate | None:
    """'citing what he called the president's failure to govern': the label's owner is the
    one criticised, when the label names a fault."""
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "WP" and c.lower_ == "what"
               for c in verb.children):
        return None
    for label in verb.children:
        if label.dep_ not in LABEL_DEPS or label.pos_ != "NOUN":
            continue
        faulty = lem(label) in FAULT_NOUNS or lem(label) in blame.WRONGS \
            or criticism.judged(lex, label)
        owner = next((c for c in label.children if c.dep_ == "poss"
                      and blame.named(lex, c) and c.pos_ != "PRON"), None)
        if faulty and owner is not None:
            return Candidate(verb, "ACCUSE", "disapprove", False, "obligation",
                             words=[verb, label], key="condemned", predicate=verb,
                             anchor=owner)
    return None


def _dismissed_as(lex: Lexicon, verb, by_token: dict) -> None:
    """'dismissed the findings as controlled and directed by the West': the dismisser accuses
    whom the participle's "by" phrase names (the dismissal stays a rejection)."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i in by_token or not any(
                g.dep_ == "mark" and g.lower_ == "as" for g in clause.children):
            continue
        for part in [clause] + [c for c in clause.children if c.dep_ == "conj"]:
            if lem(part) not in BEHIND_VERBS or part.tag_ != "VBN":
                continue
            party = agent_of(part)
            if party is not None and blame.named(lex, party) and party.pos_ != "PRON":
                by_token[clause.i] = Candidate(clause, "ACCUSE", "allege", False,
                                               "obligation", words=[part], key="condemned",
                                               predicate=verb, anchor=party)
                return


def _stop_demanded(lex: Lexicon, verb, by_token: dict) -> None:
    """'urged China to stop its aggressive actions', 'called on Russia to end its attacks',
    'demanded that North Korea halt its missile launches': asking a named party to stop a
    wrong or a hostile act of its own also criticises it (ACCUSE beside the REQUEST). The
    candidate sits on the asker: the request absorbs whatever its content holds, the asked
    party and the act included."""
    for stop in verb.children:
        if stop.dep_ not in ("xcomp", "ccomp") or lem(stop) not in STOPPING \
                or blame.unasserted(stop):
            continue
        party = blame.subject(stop) if stop.dep_ == "ccomp" else _asked(verb)
        if party is None or party.pos_ == "PRON" or not blame.named(lex, party) \
                or party.i in by_token or party.dep_ in ("conj",) or any(
                    c.dep_ == "conj" for c in party.children):
            continue  # "urged both sides to stop": no one party is blamed
        wrong = next((c for c in stop.children if _wrongful(lex, c)), None)
        asker = blame.subject(verb)
        if wrong is not None and asker is not None and asker.i not in by_token:
            by_token[asker.i] = Candidate(asker, "ACCUSE", "disapprove", False, "obligation",
                                          words=[stop, wrong], key="condemned",
                                          predicate=verb, anchor=party)
            return


def _asked(verb):
    """The party a request is made of: its object, or the object of "on/upon"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative"):
            return c
        if c.dep_ == "prep" and c.lower_ in ASKED_PREPS:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _wrongful(lex: Lexicon, tok) -> bool:
    """What is to be stopped is a wrong or a hostile act: a material-conflict act or harm
    ("its attacks", "the blockade"), a wrong ("its provocations"), a condemned act ("its
    aggressive actions"), or the same as a verb ("to stop shelling")."""
    if tok.dep_ == "dobj":
        return blame.harm(lex, tok) or lem(tok) in blame.WRONGS \
            or criticism.judged(lex, tok)
    if tok.dep_ == "xcomp" and tok.pos_ == "VERB":
        entry = lex.verbs.get(lem(tok))
        return entry is not None and entry.event is not None and \
            lex.is_material_conflict(entry.event)
    return False


def _claimed_wrong(lex: Lexicon, verb, by_token: dict) -> None:
    """'Russia has violated the truce, Ukraine's military said': a wrong a speaker says a
    named party did, whose verb is an event of its own (a ceasefire violation), is also
    the speaker's accusation; the criticism of reported speech skips a word that already
    holds an event. The candidate sits on the speaker, outside the reported clause."""
    clauses = tree.reported_clauses(verb)
    speaker = blame.subject(verb)
    if speaker is None or speaker.i in by_token:
        return
    for clause in clauses:
        hit = blame.blamed_in(lex, clause)
        if hit is None:
            continue
        word, party = hit
        held = by_token.get(word.i)
        if held is not None and held.event != "ACCUSE" and (
                lem(word) in blame.WRONG_VERBS or lem(word) in blame.BACKING) \
                and party.pos_ != "PRON":
            by_token[speaker.i] = Candidate(speaker, "ACCUSE", "allege", False, "obligation",
                                            words=[word], key="condemned", predicate=verb,
                                            anchor=party)
            return
    if lem(verb) not in CLAIMING:
        return
    for clause in clauses:
        hit = _claimed_harm(clause, by_token)
        if hit is not None:
            word, party = hit
            by_token[speaker.i] = Candidate(speaker, "ACCUSE", "allege", False, "obligation",
                                            words=[word], key="condemned", predicate=verb,
                                            anchor=party)
            return


def _claimed_harm(clause, by_token: dict) -> tuple | None:
    """(the act, its doer) of a claimed clause whose verb holds an act of force done by a
    named party: its active subject or its "by" phrase; not a pronoun or a party told by
    its owner ("its fighters killed ...": a claim of one's own act), else None."""
    held = by_token.get(clause.i)
    if held is None or held.dropped or held.event not in CLAIMED_HARMS \
            or blame.unasserted(clause):
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    party = agent_of(clause) if passive else blame.subject(clause)
    if party is None or party.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in party.children):
        return None
    return clause, party


def _pointed_judgment(lex: Lexicon, verb, by_token: dict) -> None:
    """'"This is an act of aggression by Russia," the minister said': a reported judgment of
    "this" or "it" that names the party whose act it is ("by Russia", "Russia's")."""
    clauses = tree.reported_clauses(verb)
    for clause in clauses:
        subj = blame.subject(clause)
        if lem(clause) != "be" or subj is None or subj.pos_ != "PRON" \
                or subj.lower_ not in POINTERS or blame.unasserted(clause):
            continue
        for pred in clause.children:
            if pred.dep_ != "attr" or pred.i in by_token or not criticism.judged(lex, pred):
                continue
            party = _judged_party(lex, pred)
            if party is not None:
                by_token[pred.i] = Candidate(clause, "ACCUSE", "disapprove", False,
                                             "obligation", words=[pred], key="condemned",
                                             predicate=verb, anchor=party)
                return


def _judged_party(lex: Lexicon, pred):
    """The named party a judged noun names as the doer: its own possessor or "by" phrase,
    or those of its "of" phrase ("an act of aggression by Russia")."""
    for noun in [pred] + [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"]:
        for c in noun.children:
            if c.dep_ == "poss" and c.pos_ != "PRON" and blame.named(lex, c):
                return c
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ != "PRON" and blame.named(lex, obj):
                    return obj
    return None
