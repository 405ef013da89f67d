"""When "X warned ..." is a threat by X, a criticism, or no event at all.

A warning threatens when the warner tells what it (or its side) will do: "warned that it
would retaliate", "warned that its forces would strike", "warned of consequences". Much of
what news calls a warning is a forecast of a danger, which PLOVER codes as nothing:

- "warned of N" where N is no act of the warner ("warned of a possible resurgence");
- a warned clause with nothing future or conditional about it: it tells what is so ("warning
  that internet use is hurting children");
- a warned clause whose subject is a common noun that names no side and is no doer of acts
  ("warned that countries could become targets", "warned that such measures could be read as
  weakness");
- a passive clause whose doer is named and is not the warner ("could be interpreted by
  Erdogan as a weakness").

When the clause is about another party's act ("X's actions would divide the country") the
warning is a criticism (ACCUSE). A warning that tells its addressee what to do or not to do
("cautioned the militia to disarm", "warned them not to cross", "warned the council against
lifting the curfew", "issued a warning for the boats to leave") asks for an act: a REQUEST
(``addressee``). A move its own doer announces ("will send troops") is a threat only under
a condition or a verb of threat (``announced_move``). A thing that "threatens" something
("the dam threatens Egypt's water supply") is a danger named, not a threat made. Word
lists live in ``data/lexicon/cautions.yaml``.
"""

from __future__ import annotations

from .. import knowledge, tree
from .lexicon import COPULAS, category_set, conditioned, load_lexicon

_FILE = "lexicon/cautions.yaml"
#: "warned of consequences": what the warner will do
CONSEQUENCES = knowledge.words(_FILE, "warned_consequences")
#: "would", "will", "could": a warned clause about what is to come
FORETELLING = knowledge.words(_FILE, "foretelling_aux")
#: "ready", "prepared": "warned that it is ready to respond"
READINESS = knowledge.words(_FILE, "readiness_words")
#: "dam", "law", "drought": things that endanger ("the dam threatens Egypt's water supply")
DANGERS = knowledge.words(_FILE, "danger_nouns")
#: "peace", "stability": goods whose endangering threatens no party.
GOODS = knowledge.words(_FILE, "endangered_goods")
#: Prepositions by which a warning names what it warns of.
_OF = ("of", "about")
#: "warned the council against lifting the curfew": what the addressee is told not to do
ADVICE_PREPS = knowledge.words(_FILE, "advice_preps")
#: Moves that their doer's announcement only foretells ("will send troops": MOBILIZE)
ANNOUNCED_MOVES = category_set("announced_moves")
#: "caution": warnings that only advise; they never threaten
ADVISING = knowledge.words(_FILE, "advising_verbs")
#: how a told act hangs on the warning ("cautioned them to leave")
_TOLD_DEPS = ("xcomp", "ccomp", "advcl", "acl", "relcl")
#: "issued a warning for the boats to leave": nouns of a warning that can tell what to do
ADVICE_NOUNS = knowledge.words(_FILE, "advice_nouns")
#: "rebels", "gunmen": armed parties of no state, whose act a state's warning only foretells
IRREGULAR = frozenset(w.upper() for w in knowledge.words(_FILE, "irregular_sectors"))


def warning_event(cand, lex, actor, resolve) -> str | None:
    """THREATEN, ACCUSE or None (no event) for a THREATEN candidate. ``actor``: the warner's
    actors; ``resolve(tokens)``: the actors a list of tokens names."""
    if addressee(cand) is not None:
        return "REQUEST"  # "cautioned the government to protect civilians"
    if cand.kind != "verb" or cand.head.lemma_.lower() not in lex.warning_verbs:
        return None if cand.kind == "verb" and _danger(lex, cand.head) else "THREATEN"
    if cand.head.lemma_.lower() in ADVISING:
        return None  # "cautioned that the plan could fail": advice or a forecast, no threat
    clause = tree.child(cand.head, ("ccomp",))
    if clause is None:
        return "THREATEN" if _warned_of_own_act(cand.head) else None
    subj = tree.subject(clause)
    if subj is not None and _expletive(subj):
        return None  # "warned it is important to stress the situation could worsen"
    if _condemned(lex, clause):
        return "ACCUSE"  # "warned that the two states' cooperation is dangerous and illegal"
    if not _foretold(clause) or _done_by_another(clause):
        return None
    if clause.lemma_.lower() in COPULAS and not _readiness(clause):
        # "would be a mistake", "could become targets": a judgment or a forecast; "there
        # will be consequences" names what the warner will do
        return "THREATEN" if _consequences_ahead(clause) else None
    if subj is None or subj.pos_ == "PRON" or _patient(clause):
        return "THREATEN"  # "warned that it would respond", "will not be spared"
    if any(c.dep_ in ("amod", "det") and c.lower_ == "other" for c in subj.children):
        return None  # "warned that other states could quit": not the warner's side
    poss = [c for c in subj.children if c.dep_ == "poss"]
    if poss and poss[0].pos_ == "PRON":
        return "THREATEN"  # "warned that its forces would strike"
    own = {a.code for a in actor if a.code}
    theirs = {a.code for a in resolve(poss or [subj]) if a.code}
    if own & theirs:
        return "THREATEN"
    if not theirs:
        if _irregular_other(actor, resolve(poss or [subj])):
            return None  # "warned that rebels could attack the capital": a forecast
        # a doer we cannot tell apart from the warner ("troops would be sent"), or a thing
        # the warner would act on under a condition ("the corridor could close again if the
        # attacks resumed"); not a thing or a crowd of no side ("countries could become
        # targets")
        return "THREATEN" if _doer_word(lex, subj) or _conditional(clause) else None
    return "ACCUSE" if poss else None


def _irregular_other(actor, theirs) -> bool:
    """Whether the warned clause's doers are all armed parties of no state (``IRREGULAR``)
    and the warner is of none of their sectors: another side's act foretold."""
    sectors = {a.sector for a in theirs}
    return bool(sectors) and sectors <= IRREGULAR and not sectors & {a.sector for a in actor}


def addressee(cand):
    """The party a warning tells what to do or not to do (``_advice``), or None when it tells
    no one: the object of the verb ("cautioned the government to protect civilians", "warned
    them not to cross", "warned the council against lifting the curfew"), or, for a noun of
    warning, the subject of its infinitive or the party it is given to ("issued a warning for
    the boats to leave", "a warning to the militia to disarm")."""
    if cand.kind == "verb" and cand.head.lemma_.lower() in ADVISING | load_lexicon().warning_verbs:
        party = tree.child(cand.head, ("dobj", "dative"))
        return party if party is not None and _advice(cand.head) else None
    noun = cand.noun
    if cand.kind == "obligation" or noun is None or noun.lemma_.lower() not in ADVICE_NOUNS:
        return None
    told = next((c for c in noun.children if _infinitive(c)), None)
    if told is not None:
        party = tree.child(told, ("nsubj",))  # "for them to leave"
        if party is not None:
            return party
    given = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"), None)
    if given is not None and (told is not None or any(
            _infinitive(c) for c in cand.head.children)):
        return given  # "issued a warning to the militia to disarm"
    return None


def _infinitive(tok) -> bool:
    """A bare verb with its "to": the act a warning tells someone to do."""
    return tok.tag_ == "VB" and tok.dep_ in _TOLD_DEPS and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _advice(verb) -> bool:
    """A warning verb that tells its object what to do or not to do: an infinitive
    ("cautioned the government to protect civilians", "warned them not to cross the line")
    or a gerund after "against" ("warned the council against lifting the curfew")."""
    for c in verb.children:
        if _infinitive(c) and c.dep_ != "advcl":
            return True
        if c.dep_ == "prep" and c.lower_ in ADVICE_PREPS and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            return True
    return False


def announced_move(lex, event: str, verb) -> bool:
    """Whether an act of ``event`` its doer announces ahead (``verb``, told as future or
    with "would") is a move of forces, no threat: a category of ``announced_moves``
    (ontology.yaml) with its forces named ("will send 500 troops", "plans to deploy
    warships"; not "would mobilize public anger"), no condition put on the move and no verb
    of threat above it (``_threatened_move``)."""
    if event not in ANNOUNCED_MOVES:
        return False
    forces = {w for _, words in lex.mode_cues.get("MOBILIZE", ()) for w in words}
    named = any(t.lower_ in forces or t.lemma_.lower() in forces
                for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)
    return named and not _threatened_move(lex, verb)


def _threatened_move(lex, verb) -> bool:
    """A move announced as a threat: under a condition ("would deploy tanks if the protests
    go on") or governed by a verb of threat or warning ("threatened to send troops", "warned
    it would deploy missiles")."""
    if _conditional(verb):
        return True
    for child, head in tree.steps_up(verb, limit=3):
        if child.dep_ not in ("xcomp", "ccomp", "conj"):
            break
        entry = lex.verbs.get(head.lemma_.lower())
        if head.lemma_.lower() in lex.warning_verbs or (
                entry is not None and entry.event == "THREATEN"):
            return True
    return False


def _danger(lex, verb) -> bool:
    """"Ethiopia's dam threatens Egypt's water supply", "the feud threatened to pull the country
    apart": a thing that endangers another, with no doer for subject."""
    subj = tree.subject(verb)
    first = verb.head if verb.dep_ == "conj" else verb
    if subj is None:
        # "the feud bubbled over and threatened to ...", "a feud bubbling over and
        # threatening to ..." (a participle hangs on its noun)
        subj = first.head if first.dep_ == "acl" else tree.subject(first)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in GOODS for c in verb.children):
        return True  # "threatened regional peace and stability": a good endangered, no party
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in DANGERS:
        return False
    # "the violence threatens to derail the talks": what a thing threatens to do is a risk
    # too; "threatened them with" and a reported clause are a party's words
    return not any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "with")
                   for c in verb.children)


def _warned_of_own_act(verb) -> bool:
    """No warned clause: "warned Russia", "warned against escalation" threaten; "warned of
    N" threatens only when N is what the warner will do ("of consequences"). The parser
    may hang the "of" on a date before it ("warned in July of a resurgence")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for c in preps for g in c.children if g.dep_ == "pobj" and g.ent_type_ in (
        "DATE", "TIME") for p in g.children if p.dep_ == "prep"]
    about = [g for c in preps if c.lower_ in _OF for g in c.children if g.dep_ == "pobj"]
    if not about:
        return True
    return any(n.lemma_.lower() in CONSEQUENCES for n in about)


def _foretold(clause) -> bool:
    """The warned clause tells what will or would be: a future or modal auxiliary, "going
    to", a condition, or a readiness ("is ready to respond"), on it or a verb joined to it."""
    verbs = [clause] + [c for c in clause.children if c.dep_ == "conj"]
    for verb in verbs:
        kids = list(verb.children)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FORETELLING for c in kids):
            return True
        if verb.lemma_.lower() in READINESS or _readiness(verb):
            return True
        if _conditional(verb):
            return True
    return False


def _conditional(verb) -> bool:
    """"... if the attacks resume", "unless it withdraws": a condition on the verb."""
    return any(c.dep_ == "advcl" and conditioned(c) for c in verb.children)


def _readiness(clause) -> bool:
    return any(c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in READINESS
               for c in clause.children)


def _consequences_ahead(clause) -> bool:
    """"there will be consequences": the warner's own answer, told as what is to come."""
    if tree.child(clause, ("expl",)) is None:
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in CONSEQUENCES for c in clause.children)


def _patient(clause) -> bool:
    """A passive clause with no doer named: its subject suffers the act, whose doer is the
    warner's to be ("terrorists will not be spared")."""
    return any(c.dep_ == "auxpass" for c in clause.children) and \
        tree.child(clause, ("agent",)) is None


def _done_by_another(clause) -> bool:
    """A passive clause whose named doer is not a pronoun: "could be interpreted by Erdogan
    as a weakness" tells what another party would make of it."""
    agent = tree.child(clause, ("agent",))
    if agent is None:
        return False
    doer = tree.child(agent, ("pobj",))
    return doer is not None and doer.pos_ != "PRON"


def _doer_word(lex, subj) -> bool:
    """A subject that can carry out a threatened act: a name, or a word for people who act
    ("troops", "the government")."""
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return subj.lower_ in lex.agent_nouns or subj.lemma_.lower() in lex.agent_nouns


def _condemned(lex, clause) -> bool:
    """A copular clause whose predicate condemns its subject: "X is dangerous, illegal and a
    threat"."""
    if clause.lemma_.lower() not in COPULAS:
        return False
    preds = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    preds += [g for p in preds for g in p.children if g.dep_ == "conj"]
    return any(p.lemma_.lower() in lex.condemnatory or p.lower_ in lex.condemnatory
               for p in preds)


def _expletive(subj) -> bool:
    """An "it" that stands for the clause after it ("it is important to ..."), not a party."""
    verb = subj.head
    if subj.lower_ != "it" or verb.lemma_.lower() not in COPULAS:
        return False
    preds = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return bool(preds) and any(c.dep_ in ("xcomp", "ccomp") for p in preds + [verb]
                               for c in p.children)
