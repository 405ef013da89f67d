"""Verbal candidates whose construction says the text mentions, asks or recalls something
without anyone doing a political act. ``nonevents.idle`` asks ``aside``; each rule is for
the categories of talk and deeds short of force (acts of force keep their own rules):

- a question, not a request: "ask" with a direct or indirect question as its clause and
  nothing asked for ("asked aloud: 'Who is dead?'", "asked reporters why the talks failed");
- the advice of an anonymous member of the public: a reported "should"/"must" whose speaker
  is a reader, a user or a viewer ("'Schools should give less homework,' wrote one user"):
  an opinion posted, not a demand made of a party;
- an event noun that only counts or characterises something already told, with a
  demonstrative for subject ("This marks her second visit to Kenya", "It was the third
  round of talks this year"), or that a thing is called ("the absence of any reference to
  the Kurds is a clear rejection of ..."): the visit was told before, the rejection is a
  judgment of the thing;
- what people at large do or think: "People are discussing the future without us",
  "everyone agrees that ...": no party acts (a crowd that protests does, and stays);
- a journalist's question: "did not respond to a VOA inquiry", "declined to answer
  questions": the inquiry is a request for comment, not an investigation;
- what a thing is for: "a plane used to help troops share intelligence", "a fund designed to
  support farmers": a function, not a deed;
- a measure or a pact kept or broken: "transfers that violate a U.N. arms embargo", "ships
  evading sanctions", "failed to comply with the agreement": the embargo, the sanctions and
  the agreement are standing things named, not imposed or agreed in the sentence;
- a standing flow of help depended on: "Kenya relies heavily on Chinese loans", "one of the
  largest recipients of U.S. aid": a state of things, not aid given in the story;
- talk to an audience of customers or fans: "Kenya Airways apologized to passengers for the
  delay", "congratulated the runners on their victory": no party is addressed;
- a meeting with the press or of the press: "in a phone call with reporters", "met with
  journalists", "journalists met in Mogadishu": a briefing or a gathering, not a meeting of
  parties; a meeting held every week is a routine ("the cabinet meets every Tuesday");
- a degree asked about: "depends on how well the neighbours accepted them", "how quickly
  the parties agree": no act is told as done.

Word lists live in ``data/lexicon/cautions.yaml``. Every climb is bounded.
"""

from __future__ import annotations

from .. import knowledge, tree
from .lexicon import category_set, events_words
from .material import GENERIC_ADVERBS
from .triggers import lem

_FILE = "lexicon/cautions.yaml"
#: ASSAULT, COERCE, MOBILIZE: acts of force, read by rules of their own
FORCE = category_set("force_categories", _FILE)
#: "ask": verbs whose clause may be a question rather than what is asked for
QUESTION_VERBS = knowledge.words(_FILE, "question_verbs")
#: "whether", "if": marks of an indirect yes/no question
QUESTION_MARKS = knowledge.words(_FILE, "question_marks")
#: "user", "reader": anonymous members of the public whose advice is an opinion
PUBLIC_SPEAKERS = knowledge.words(_FILE, "public_speakers")
#: "this", "that", "it": subjects that stand for something already told
DEMONSTRATIVES = knowledge.words(_FILE, "demonstratives")
#: "mark", "be": verbs by which a demonstrative is counted or characterised
RESTATING_VERBS = knowledge.words(_FILE, "restating_verbs")
#: "people", "everyone": subjects that name no party
GENERIC_PEOPLE = knowledge.words(_FILE, "generic_people")
#: PROTEST: acts that a crowd with no name does
CROWD_ACTS = category_set("crowd_acts", _FILE)
#: Entity types by which "people" are a party ("Syrian people", "the people of Gaza")
_PARTY_ENTS = frozenset({"NORP", "GPE", "ORG", "LOC"})
#: "inquiry", "question": what a journalist sends
PRESS_QUERIES = knowledge.words(_FILE, "press_queries")
#: "respond", "answer": verbs by which a query is (not) answered
ANSWER_VERBS = knowledge.words(_FILE, "answer_verbs")
#: "use", "design": participles by which a thing's infinitive is its function
FUNCTION_VERBS = knowledge.words(_FILE, "function_verbs")
#: "violate", "comply": verbs whose object is a standing measure or pact
OBSERVING_VERBS = knowledge.words(_FILE, "observing_verbs")
#: "passenger", "fan": an audience that is no party
AUDIENCES = knowledge.words(_FILE, "private_audiences")
#: Categories of words and gestures addressed to someone
ADDRESSED = category_set("addressed_categories", _FILE)
#: "reporter", "media": the press, to whom a briefing is given (data/lexicon/events.yaml)
PRESS = events_words("press_addressees")
#: "regularly", "often": adverbs of habit (data/lexicon/material.yaml)
HABIT = GENERIC_ADVERBS
#: "every", "each": determiners of a recurring time ("every Tuesday")
_RECURRING = frozenset({"every", "each"})
#: "rely", "recipient": words by which a party depends on a standing flow of help
DEPENDENCE_WORDS = knowledge.words(_FILE, "dependence_words")
#: "well", "quickly": adverbs a "how" turns into a question of degree
DEGREE_ADVERBS = knowledge.words(_FILE, "degree_adverbs")
#: Wh-words (fine-grained tags) that open a question.
_WH_TAGS = frozenset({"WP", "WRB", "WP$", "WDT"})
#: How many complement links up the function participle is looked for.
_REACH = 4


def aside(cand, lex) -> bool:
    """The candidate mentions, asks or recalls; nobody acts (see the module docstring)."""
    if cand.event in FORCE:
        return False
    return (_question(cand) or _public_advice(cand) or _restated(cand)
            or _press_query(cand) or _function(cand) or _kept_or_broken(cand)
            or _degree(cand) or _people_at_large(cand) or _depended_on(cand)
            or _to_an_audience(cand) or _press_meeting(cand) or _routine(cand, lex))


def _question(cand) -> bool:
    """"asked aloud: 'Who is dead?'", "asked whether the talks would resume"."""
    verb = cand.head
    if cand.event != "REQUEST" or cand.kind != "verb" or lem(verb) not in QUESTION_VERBS:
        return False
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for")
           for c in verb.children):
        return False  # "asked Kenya to free them", "asked for talks"
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(_is_question(c) for c in clauses)


def _is_question(clause) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
        return True
    words = [t for t in clause.subtree if not t.is_punct]
    if words and words[0].tag_ in _WH_TAGS:
        return True  # "asked why the talks failed", "'Who is dead?'"
    doc = clause.doc
    end = min(clause.right_edge.i + 3, clause.sent.end)
    return any(doc[i].text == "?" for i in range(clause.right_edge.i, end))


def _public_advice(cand) -> bool:
    """"'Schools should assign less homework,' wrote one user": an opinion posted."""
    if cand.kind != "obligation" or cand.predicate is None:
        return False
    speaker = tree.subject(cand.predicate)
    if speaker is None or lem(speaker) not in PUBLIC_SPEAKERS:
        return False
    return not any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN"
                   for c in speaker.children)  # "user Li Wei": named, a person to code


def _restated(cand) -> bool:
    """"This marks Rubio's second visit to Saudi Arabia": the visit told before, counted;
    "the absence of a reference is a rejection of ...": a thing judged."""
    if cand.kind != "noun":
        return False
    noun = cand.anchor or cand.noun
    verb = noun.head
    if noun.dep_ not in ("dobj", "attr") or lem(verb) not in RESTATING_VERBS \
            or _since_a_date(noun):
        return False  # "the first meeting since 2019": ``modality`` tells the 2019 meeting
    # the parser may take "This" as the verb's determiner ("This/det marks")
    if any(c.dep_ in ("nsubj", "det") and c.i < verb.i and c.lower_ in DEMONSTRATIVES
           for c in verb.children):
        return True
    subj = tree.subject(verb)
    return noun.dep_ == "attr" and subj is not None and subj.pos_ == "NOUN" \
        and not subj.ent_type_ and not any(t.ent_type_ == "PERSON" for t in subj.subtree)


def _since_a_date(noun) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "since" and any(
        g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.like_num) for g in c.children)
        for c in noun.children)


#: what makes "people" a group of its own: "people in Gaza", "local people", "the people"
_GROUP_MODIFIERS = frozenset({"amod", "compound", "det", "poss", "prep", "nmod", "acl",
                              "relcl", "appos"})


def _people_at_large(cand) -> bool:
    """"People are discussing the future of our homeland": no party acts."""
    if cand.kind not in ("verb", "light") or cand.event in CROWD_ACTS:
        return False
    subj = tree.subject(cand.head)
    if subj is None or lem(subj) not in GENERIC_PEOPLE:
        return False
    if subj.pos_ == "NOUN" and any(c.dep_ in _GROUP_MODIFIERS for c in subj.children):
        return False  # "people in Gaza", "local people", "the Syrian people": a party
    return not any(c.ent_type_ in _PARTY_ENTS or (c.dep_ == "prep" and c.lower_ == "of")
                   for c in subj.children)


def _press_query(cand) -> bool:
    """"did not respond to a VOA inquiry", "declined to answer questions"."""
    noun = cand.noun if cand.kind == "noun" else None
    if noun is None or lem(noun) not in PRESS_QUERIES:
        return False
    if noun.dep_ == "dobj":
        return lem(noun.head) in ANSWER_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and lem(noun.head.head) in ANSWER_VERBS


def _function(cand) -> bool:
    """"a plane used to help troops share intelligence": what a thing is for."""
    tok = cand.head
    for child, head in tree.steps_up(tok, limit=_REACH):
        if child.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "advcl"):
            return False
        if child.dep_ in ("xcomp", "advcl") and head.dep_ == "acl" and head.tag_ == "VBN" \
                and lem(head) in FUNCTION_VERBS:
            return True
    return False


def _kept_or_broken(cand) -> bool:
    """"would violate a U.N. arms embargo", "comply with the deal": a standing thing."""
    if cand.kind != "noun":
        return False
    noun = cand.anchor or cand.noun
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "comply with", "abide by"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return tree.is_verb(verb) and lem(verb) in OBSERVING_VERBS


def _degree(cand) -> bool:
    """"how well the neighbourhood accepted them": a degree asked about, no act told."""
    if cand.kind not in ("verb", "light"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS and any(
        g.dep_ == "advmod" and g.lower_ == "how" for g in c.children)
        for c in cand.head.children)


def _depended_on(cand) -> bool:
    """"relies heavily on Chinese loans", "recipients of U.S. aid": a standing flow."""
    if cand.kind != "noun" or cand.event != "AID":
        return False
    noun = cand.anchor or cand.noun
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("of", "on", "upon") \
        and lem(prep.head) in DEPENDENCE_WORDS


def _to_an_audience(cand) -> bool:
    """"apologized to passengers for the delay", "congratulated the runners": an audience."""
    if cand.kind not in ("verb", "light") or cand.event not in ADDRESSED:
        return False
    verb = cand.head
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    told += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
             for g in c.children if g.dep_ == "pobj"]
    return bool(told) and all(lem(t) in AUDIENCES for t in told)


def _press_meeting(cand) -> bool:
    """"In a phone call with reporters", "met with journalists", "journalists met"."""
    if cand.event != "CONSULT":
        return False
    roots = [t for t in (cand.head, cand.noun) if t is not None]
    partners = [c for r in roots for c in r.children if c.dep_ == "dobj"]
    partners += [g for r in roots for c in r.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj"]
    if partners:
        return all(_press(t) for t in partners)
    subj = tree.subject(cand.head) if cand.kind != "noun" else None
    return subj is not None and _press(subj)


def _press(tok) -> bool:
    return lem(tok) in PRESS or tok.lower_ in PRESS


def _routine(cand, lex) -> bool:
    """"The cabinet meets every Tuesday": a meeting held by habit, not one meeting; so is a
    material act told in the simple present by habit ("the coalition organizes marches every
    year"); told in the past, "shelled the town every day last week" is a series of the news,
    and a stance held by habit ("the Taliban routinely deny the charge") is still said."""
    if cand.kind not in ("verb", "light"):
        return False
    if cand.event != "CONSULT" and not (cand.head.tag_ in ("VBZ", "VBP")
                                        and lex.quad(cand.event).startswith("material")):
        return False
    for c in cand.head.children:
        if c.dep_ == "advmod" and c.lower_ in HABIT:
            return True
        if c.dep_ in ("npadvmod", "prep") and any(
                g.dep_ == "det" and g.lower_ in _RECURRING
                and g.head.ent_type_ in ("DATE", "TIME") for g in c.subtree):
            return True  # "every Tuesday", "each month"; not "leaders of each party"
    return False
