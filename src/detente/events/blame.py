"""Blame inside reported speech: the clause a named speaker reports says a named party does a
wrong ("said Iran is defying the council", "said the army committed atrocities"), is
culpable for a harm ("said Hamas was behind the attack"), had a harm pinned on it ("said the
bombing was orchestrated by militants based in X"), directs it from a place ("said the
handlers of the attack are in X"), or the speaker voices concern about the party's own
conduct ("we are deeply concerned about the actions of X"). The same feelings and blame told
by the narrator of a named party are in ``grievances``.

``blamed_in`` reads one reported clause; ``criticism`` turns what it finds into a criticism
(ACCUSE) of the speaker against the blamed party. Negated or modal clauses ("did not
violate", "could undermine") blame no one. The word lists are data/lexicon/criticism.yaml.
"""

from __future__ import annotations

import itertools

from .. import knowledge, tree
from .lexicon import PARTY_ENTS, Lexicon, events_words, particle_keys
from .phrases import agent_of

_FILE = "lexicon/criticism.yaml"
WRONG_VERBS = knowledge.words(_FILE, "wrongdoing_verbs")
COMMIT_VERBS = knowledge.words(_FILE, "commit_verbs")
CRIME_NOUNS = knowledge.words(_FILE, "crime_nouns")
INNOCENT = knowledge.words(_FILE, "innocent_objects")
LOCATIVE = knowledge.words(_FILE, "locative_verbs")
LOCATED_OK = knowledge.words(_FILE, "located_ok_preps")
#: predicate -> "any" (blames whatever follows) or "harm" (only a harm or a crime)
CULPABLE = {str(k).lower(): str(v)
            for k, v in knowledge.table(_FILE, "culpable_predicates").items()}
CULPRIT_PREPS = knowledge.words(_FILE, "culprit_preps")
BEARING = knowledge.words(_FILE, "bearing_verbs")
RESPONSIBILITY = knowledge.words(_FILE, "responsibility_nouns")
BLAME_VERBS = knowledge.words(_FILE, "blame_verbs")
HARM_NOUNS = knowledge.words(_FILE, "harm_nouns")
PLOTTERS = knowledge.words(_FILE, "plotter_nouns")
BASE_VERBS = knowledge.words(_FILE, "base_verbs")
LOCATED_PREPS = knowledge.words(_FILE, "located_preps")
CONCERN = knowledge.words(_FILE, "concern_words")
CONCERN_PREPS = knowledge.words(_FILE, "concern_preps")
CONDUCT = knowledge.words(_FILE, "conduct_nouns")
REPORTS = knowledge.words(_FILE, "report_nouns")
WRONG_PHRASAL = knowledge.words(_FILE, "wrongdoing_phrasal_verbs")
EVIDENCE = knowledge.words(_FILE, "evidence_nouns")
CONTACT = knowledge.words(_FILE, "contact_nouns")
CONTACT_PLOTTERS = knowledge.words(_FILE, "contact_plotter_nouns")
HOSTILE_DOERS = knowledge.words(_FILE, "hostile_doer_nouns")
REASON_MARKS = knowledge.words(_FILE, "reason_marks")
OWED = knowledge.words(_FILE, "owed_nouns")
#: Wrongs done to others (events.yaml's wrong_nouns): "behind the provocations" is a harm.
WRONGS = events_words("wrong_nouns")
#: "said Rwanda supported the coup attempt": backing that is a wrong when what is backed is
#: a harm or its doers.
BACKING = knowledge.words(_FILE, "harm_backing_verbs")
INSTRUMENTS = knowledge.words(_FILE, "instrument_nouns")
#: Entity types of a place a plotter acts from.
PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})
#: Tokens of a reported clause read at most, and coordinated verbs followed at most.
MAX_TOKENS = 120
MAX_CONJ = 4
#: Links from a copula to the predicate that may tie its subject to a harm.
PREDICATE_DEPS = frozenset({"acomp", "attr", "prep", "xcomp"})


def named(lex: Lexicon, tok) -> bool:
    """A party by name or by what it is ("the government", "Iran's rulers"), not a pronoun."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTS \
        or tok.lemma_.lower() in lex.agent_nouns


def blamed_in(lex: Lexicon, clause) -> tuple | None:
    """(the blaming word, the blamed party's token) of a reported ``clause``, else None;
    "said intelligence reports confirmed that the attack was directed from X" is read through
    the evidence to what it shows."""
    hit = _blamed_here(lex, clause)
    if hit is None and evidential(clause):
        shown = (c for c in clause.children if c.dep_ == "ccomp")
        hit = next((h for h in (_blamed_here(lex, c) for c in shown) if h is not None), None)
    return hit


def evidential(verb) -> bool:
    """A verb whose subject is evidence, not a speaker ("reports confirmed that ...",
    "the footage shows ..."): what it shows is told by whoever reports the evidence."""
    subj = subject(verb)
    return subj is not None and (subj.lemma_.lower() in EVIDENCE or subj.lower_ in EVIDENCE)


def _blamed_here(lex: Lexicon, clause) -> tuple | None:
    subj = subject(clause)
    for verb in _coordinated(clause):
        if unasserted(verb) or unasserted(clause):
            continue
        own = subject(verb) or subj
        hit = _wrongdoer(lex, verb, own) or _culprit(lex, verb, own) or _pinned(lex, verb, own) \
            or _concern(lex, verb)
        if hit is not None:
            return hit
    return _plotters(lex, clause)


def _coordinated(clause) -> list:
    """The clause's verb and the verbs coordinated with it that share its subject ("is
    defying X and ignoring Y"); a conjunct with a subject of its own is another statement,
    perhaps no longer the speaker's ("China says X, and here, Russia has violated Y")."""
    out = [clause]
    for c in clause.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and subject(c) is None \
                and len(out) <= MAX_CONJ:
            out.append(c)
        # the reason a speaker gives is theirs too: "said it raised tariffs because X has
        # been cheating"
        elif c.dep_ == "advcl" and len(out) <= MAX_CONJ and any(
                g.dep_ == "mark" and g.lower_ in REASON_MARKS for g in c.children):
            out.append(c)
    return out


def subject(verb):
    """The verb's subject, also when the parser hung it on the auxiliary ("Iran is
    \"flagrantly\" defying": the quotes split the verb group)."""
    for holder in [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]:
        found = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    return None


def _word(tok) -> str:
    """The key a predicate is listed under: its form ("involved"), else its lemma."""
    return tok.lower_ if tok.lower_ in CULPABLE else tok.lemma_.lower()


def unasserted(verb) -> bool:
    """"did not violate", "could undermine": no wrong is said to be done."""
    return any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.tag_ == "MD")
               for c in verb.children)


passive = tree.is_passive


def _wrongdoer(lex: Lexicon, verb, subj) -> tuple | None:
    """"Iran is defying the council", "the army committed atrocities", "the ceasefire was
    breached by X": the doer of a wrong."""
    lemma = verb.lemma_.lower()
    phrasal = set(particle_keys(verb, lemma))
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.lemma_.lower() in INNOCENT or any(g.lower_ == "no" for g in c.children)
           for c in objs):
        return None  # "defied expectations", "committed no abuses"
    if lemma in COMMIT_VERBS:
        if not any(_crime(c) for c in objs):
            return None
    elif lemma in BACKING:
        if not any(_harmful(lex, c) for c in objs):
            return None  # "supported the peace plan"; "backed a coup attempt" blames
    elif phrasal & WRONG_PHRASAL:
        pass  # "has been ripping off its neighbours"
    elif lemma not in WRONG_VERBS or lemma in LOCATIVE and any(
            c.dep_ == "prep" and c.lower_ not in LOCATED_OK for c in verb.children):
        return None
    doer = agent_of(verb) if passive(verb) else subj
    if doer is None or not named(lex, doer) or doer.pos_ == "PRON":
        # "it violates Thailand's obligations", "Washington's policies are destabilizing"
        doer = _bound_party(lex, objs) or _owner(lex, doer) or doer
    if doer is None or not named(lex, doer):
        return None
    return verb, doer


def _harmful(lex: Lexicon, noun) -> bool:
    """A listed harm, a wrong or their doers as the thing backed: "a coup attempt",
    "terrorism", "the militants" (an act of force is no wrong by itself: "supported the
    strikes")."""
    words = [noun] + [c for c in noun.children if c.dep_ == "compound"]
    return any(_crime(w) or w.lemma_.lower() in HARM_NOUNS or w.lemma_.lower() in WRONGS
               or w.lemma_.lower() in HOSTILE_DOERS for w in words)


def _owner(lex: Lexicon, noun):
    """The named party a conduct or an instrument belongs to: "Washington's policies",
    "China's survey ship", "the Russian drones" (not "the government's critics")."""
    if noun is None or not (noun.lemma_.lower() in CONDUCT or noun.lower_ in CONDUCT
                            or noun.lemma_.lower() in INSTRUMENTS):
        return None
    return next((c for c in noun.children if c.pos_ != "PRON" and (
        c.dep_ == "poss" and named(lex, c)
        or c.dep_ in ("amod", "compound") and c.ent_type_ in PARTY_ENTS)), None)


def _bound_party(lex: Lexicon, objs):
    """The named owner of an obligation a wrong breaks: "(the deportation) violates
    Thailand's treaty obligations" blames Thailand, whose obligation it was (not so
    "violates Bosnia's constitution", which binds others too)."""
    for obj in objs:
        if obj.lemma_.lower() not in OWED:
            continue
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON" and named(lex, owner):
            return owner
    return None


def _crime(noun) -> bool:
    """A crime named by the noun, a compound of it ("war crimes") or an adjective on it
    ("corrupt acts")."""
    words = {noun.lemma_.lower()}
    for c in noun.children:
        if c.dep_ in ("amod", "compound"):
            words |= {c.lemma_.lower(), f"{c.lemma_.lower()} {noun.lemma_.lower()}"}
    return bool(words & CRIME_NOUNS)


def harm(lex: Lexicon, noun) -> bool:
    """A harm: a crime, a listed harm, or a trigger noun of material conflict ("attack")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if _crime(noun) or noun.lemma_.lower() in HARM_NOUNS or noun.lemma_.lower() in WRONGS:
        return True
    entry = lex.nouns.get(noun.lemma_.lower())
    return entry is not None and entry.event is not None and \
        lex.is_material_conflict(entry.event)


def _culprit(lex: Lexicon, verb, subj) -> tuple | None:
    """"X was behind the attack", "X is responsible for the killings", "X was involved in
    corrupt acts", "X is complicit in them": the subject tied to a harm."""
    if subj is None or not named(lex, subj) or subj.dep_ == "nsubjpass" and \
            _word(verb) not in CULPABLE:
        return None
    if verb.lemma_.lower() in BEARING and any(
            c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY for c in verb.children):
        return verb, subj  # "bears full responsibility for"
    # the verb itself only as a participle ("was involved in"): "X blamed Y" is X's own act
    preds = [verb] if _word(verb) in CULPABLE and passive(verb) else \
        [c for c in verb.children if c.dep_ in PREDICATE_DEPS]
    for pred in preds:
        if pred.dep_ == "xcomp" and verb.lemma_.lower() != "be":
            continue  # "was to blame", not "wants to blame"
        kind = CULPABLE.get(_word(pred))
        if kind is None:
            continue
        if kind == "any" and pred.dep_ != "prep":
            return pred, subj  # "said X was complicit", "... was to blame"
        objs = [pred] if pred.dep_ == "prep" else [
            c for c in pred.children if c.dep_ == "prep" and c.lower_ in CULPRIT_PREPS]
        for prep in objs:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and (kind == "any" or harm(lex, obj)):
                return pred, subj
    return None


def _pinned(lex: Lexicon, verb, subj) -> tuple | None:
    """"the attack was orchestrated by militants", "... was planned and directed from Afghan
    soil": a harm's planner (a named party, else the place the planner acts from)."""
    if verb.lemma_.lower() not in BLAME_VERBS or not passive(verb) or subj is None \
            or not harm(lex, subj):
        return None
    # the word is the "by"/"from" preposition, not the verb: the verb may merge with the harm
    # as its doer's act ("the bombing was orchestrated by X" is also X's bombing)
    for v in _coordinated(verb):
        by = next((c for c in v.children if c.dep_ == "agent"), None)
        agent = agent_of(v)
        if agent is not None:
            party = agent if named(lex, agent) and agent.pos_ != "NOUN" else _place_of(agent)
            if party is None and named(lex, agent):
                party = agent
            if party is not None:
                return by, party
        place = _place_of(v)
        if place is not None:
            prep = next((t for t in (place.head, place.head.head) if t.dep_ == "prep"), v)
            return prep, place
    return None


def _plotters(lex: Lexicon, clause) -> tuple | None:
    """"the handlers of the attack are based in X", "were in touch with masterminds in X":
    the place a harm's directors are in."""
    for tok in itertools.islice(clause.subtree, MAX_TOKENS):
        if tok.pos_ != "NOUN" or _nested(tok, clause) or not (
                tok.lemma_.lower() in PLOTTERS or _contacted_planner(tok)):
            continue
        place = _place_of(tok)
        if place is None and tok.dep_ == "conj":
            place = _place_of(tok.head)  # "their supporters and masterminds in X"
        contact = _contact_of(tok)
        if place is None and contact is not None:
            place = _place_of(contact)  # "in contact with their masterminds in X"
        if place is None and tok.dep_ in ("nsubj", "nsubjpass") and \
                tok.head.lemma_.lower() in BASE_VERBS | {"be"}:
            place = _place_of(tok.head)
        if place is not None:
            return tok, place
    return None


def _contacted_planner(tok) -> bool:
    """"were in touch with planners in X": a planner the attackers were in contact with
    (a planner alone may be a city's)."""
    contact = _contact_of(tok) if tok.lemma_.lower() in CONTACT_PLOTTERS else None
    if contact is None:
        return False
    # only attackers' contacts: "the gunmen were in touch with planners in X", not "the
    # president was in touch with planners in X"
    verb = next((h for _, h in tree.steps_up(contact, 3) if h.pos_ in ("VERB", "AUX")), None)
    doer = subject(verb) if verb is not None else None
    return doer is not None and doer.lemma_.lower() in HOSTILE_DOERS


def _contact_of(tok):
    """The contact noun of "in touch/contact with <tok>" (also through a conjunct), else
    None."""
    head = tok.head if tok.dep_ == "conj" else tok
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "with" or prep.head.lemma_.lower() not in CONTACT:
        return None
    return prep.head


def _nested(tok, clause) -> bool:
    """Whether ``tok`` lies in a clause reported inside ``clause`` ("confirmed that ..."),
    which is read on its own."""
    for child, head in tree.steps_up(tok):
        if child.i == clause.i:
            return False
        if child.dep_ == "ccomp":
            return True
    return False


def _place_of(tok):
    """The place a phrase says its head acts from: "in X", "from Afghan soil", "based in X",
    "operating from X", "with bases in X" (two steps down at most)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in LOCATED_PREPS:
            found = _place_in(c)
            if found is not None:
                return found
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in BASE_VERBS or (
                c.dep_ == "prep" and c.lower_ == "with"):
            inner = [c] + [g for g in c.children if g.dep_ == "pobj"
                           and g.lemma_.lower() in ("base", "basis")]
            for step in inner:
                for g in step.children:
                    if g.dep_ == "prep" and g.lower_ in LOCATED_PREPS:
                        found = _place_in(g)
                        if found is not None:
                            return found
    return None


def _place_in(prep):
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    if obj.ent_type_ in PLACE_ENTS:
        return obj
    return next((c for c in obj.children if c.dep_ in ("amod", "compound", "poss")
                 and c.ent_type_ in PLACE_ENTS), None)  # "Afghan soil"


def felt_about(lex: Lexicon, adj, preps):
    """The party whose conduct a feeling word's phrase is about ("concerned about the
    actions of X"), through its own prepositions or an agent ("outraged by X's move")."""
    for prep in adj.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in preps:
            continue
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        party = _conduct_party(lex, obj, 2) if obj is not None else None
        if party is None and obj is not None and obj.lemma_.lower() in REPORTS:
            party = _reported_doer(lex, obj)
        if party is not None:
            return party
    return None


def _reported_doer(lex: Lexicon, noun):
    """"reports that Russian forces executed prisoners": the named doer of the act a report
    tells (its "that" clause's subject, or that subject's people: "Russian forces")."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")), None)
    if clause is None or unasserted(clause):
        return None
    subj = subject(clause)
    if subj is None or subj.pos_ == "PRON":
        return None
    if subj.pos_ == "PROPN" or subj.ent_type_ in PARTY_ENTS:
        return subj
    return next((c for c in subj.children if c.dep_ in ("amod", "compound", "poss")
                 and c.ent_type_ in PARTY_ENTS), None)


def _concern(lex: Lexicon, verb) -> tuple | None:
    """"we are deeply concerned about the actions of X", "concerned about X's production":
    the party whose own conduct the concern is about."""
    adj = verb if verb.lower_ in CONCERN else next(
        (c for c in verb.children if c.dep_ == "acomp" and c.lower_ in CONCERN), None)
    party = felt_about(lex, adj, CONCERN_PREPS) if adj is not None else None
    return (adj, party) if party is not None else None


def _conduct_party(lex: Lexicon, noun, depth: int):
    """The named party whose own conduct ``noun`` is ("X's actions", "the actions of X"),
    following "about/of/on" phrases ``depth`` steps ("a report about Iran's production")."""
    layer = [noun]
    for _ in range(depth + 1):
        below = []
        for tok in layer:
            own = tok.lemma_.lower() in CONDUCT or tok.lower_ in CONDUCT
            for c in tok.children:
                if own and c.dep_ == "poss" and named(lex, c):
                    return c
                if c.dep_ != "prep" or c.lower_ not in ("of", "about", "on", "by"):
                    continue
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is None:
                    continue
                if own and c.lower_ in ("of", "by") and named(lex, obj):
                    return obj
                below.append(obj)
        layer = below
    return None
