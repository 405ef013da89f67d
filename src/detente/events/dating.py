"""Which events a speaker's statement dates.

An act made by saying it (an accusation, a demand, a refusal, backing, a threat, a pledge)
happens when it is said: "X said Friday that it rejects the plan" and "Y issued a statement
Tuesday saying the government is disappointed" date the REJECT and the ACCUSE by the statement.
What a speaker reports is not dated by the report: "X said Friday that rebels attacked a
convoy" gives the attack no date, nor does it date someone else's act ("X said Friday that
the recent agreements between A and B ...").

A speech act outside reported speech with no date in its sentence takes its speaker's
statement date from the same sentence or one next to it ("X disclosed the decision late
Tuesday. X accused the envoy of ..."; "X dismissed the offer. '...,' X wrote Wednesday"), or
from up to three sentences back when no date is named since (the story is still telling that
statement); further away, or past a new date, the article has moved on to another occasion
("In one of his recent reports, X demanded ..."), and a country's name is shared by all its
speakers.

A speech act whose doer is a statement named as told before ("X issued a statement Tuesday
... The statement threatened sanctions") takes the date of that statement's last dated
mention in the sentences just before.
"""

from __future__ import annotations

from typing import Mapping

from .. import docview, knowledge, tree
from ..dates import date_for
from ..grounding import STATEMENT_NOUNS, occasion_date, reporting_verb, statement_date
from ..records import DateRef
from .phrases import PRONOUNS, phrase
from .lexicon import category_set, events_words

__all__ = ["occasion_date", "speaker_date"]

#: Acts made by saying them (data/ontology.yaml).
DATED_BY_STATEMENT = category_set("dated_by_statement")
#: Verbs whose saying puts the act in force ("announced it was cutting ties").
ANNOUNCING = knowledge.words("lexicon/time.yaml", "announcing_verbs")


def speaker_date(ctx, cand, event: str, actor: tuple, speakers: tuple,
                 speech_dates: Mapping[str, DateRef]) -> DateRef | None:
    """The statement date of an undated speech act by its own speaker, else None.
    ``speakers``: the actors of the sentence's speaker (from the roles), may be empty."""
    if not actor:
        return None
    verb = reporting_verb(cand.head)
    if event not in DATED_BY_STATEMENT:
        # an act the speaker announces as under way is done by announcing it ("announced it
        # was cutting ties"); one it reports as done or to come is not ("said it killed 33"),
        # nor one it confirms is going on ("confirmed that it is negotiating a loan")
        if verb is None or verb.lemma_.lower() not in ANNOUNCING or not _under_way(cand.head):
            return None
    if verb is not None:
        subject = tree.subject(verb)
        said_by = tuple(ctx.actors.resolve(phrase(subject)) or ()) if subject is not None \
            else ()
        if not _own(actor, said_by or speakers):
            return None  # a report of someone else's act
        found = statement_date(ctx, verb)
        if found is not None and found.value:
            return found
    # "The statement threatened sanctions", "The statement said it rejects the plan"
    told = _told_statement_date(ctx, verb if verb is not None else cand.head) \
        if event in DATED_BY_STATEMENT else None
    if told is not None:
        return told
    found = _named_date(actor, speakers, speech_dates)
    if found is None or not _near(ctx, cand.head.sent, found):
        return None
    return found


#: auxiliaries of a verb in progress ("is cutting", "were suspending")
_PROGRESSIVE = events_words("progressive_aux")


#: how many sentences back a statement told before is looked for
_STATEMENT_REACH = 3
_DEFINITE = events_words("definite")


def _told_statement_date(ctx, verb) -> DateRef | None:
    """"The statement threatened sanctions": the date of the last earlier mention of that
    statement noun with a date of its own ("issued a statement Tuesday"), else None."""
    subject = tree.subject(verb) if tree.is_verb(verb) else None
    if subject is None or subject.lemma_.lower() not in STATEMENT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
        return None
    doc = verb.doc
    first = _sentences_back(verb.sent, _STATEMENT_REACH)
    for i in range(verb.sent.start - 1, first.start - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() == subject.lemma_.lower() and tok.pos_ == "NOUN":
            ref = date_for(ctx, tok)
            if ref is not None and ref.value and ref.kind == "point":
                return ref
    return None


def _sentences_back(sent, n: int):
    """The sentence ``n`` sentences before ``sent`` (the article's first, if fewer)."""
    before = docview.sentences_before(sent, n)
    return before[-1] if before else sent


def _under_way(verb) -> bool:
    """A verb in the present or in progress, with no other auxiliary: "is cutting", "halts"."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBG" and bool(auxes) and all(a in _PROGRESSIVE for a in auxes)


def _own(actor: tuple, speakers: tuple) -> bool:
    """The act is the speaker's: its actors are of the speaker's countries, or a pronoun
    stands for the speaker ("X said it rejects ...")."""
    said = {(s.start, s.end) for s in speakers}
    if actor and all((a.start, a.end) in said for a in actor):
        return True  # "the ministry said Saturday that it rejects ...": a speaker of no country
    codes = {s.code for s in speakers if s.code}
    if not codes:
        return False
    mine = {a.code for a in actor}
    return mine <= codes or any(a.text.lower() in PRONOUNS for a in actor if a.text)


def _named_date(actor: tuple, speakers: tuple, speech_dates: Mapping[str, DateRef]):
    """The statement date of the last actor named in ``speech_dates`` (its name, else its
    text); failing that, when the actors are all speakers of the sentence, of the last such
    speaker."""
    found = None
    for a in actor:
        for key in (a.name, a.text):
            if key and key in speech_dates:
                found = speech_dates[key]
                break
    if found is None and speakers and {a.code for a in actor} <= {s.code for s in speakers}:
        for s in speakers:
            for key in (s.name, s.text):
                if key and key in speech_dates:
                    found = speech_dates[key]
    return found


def _near(ctx, sent, ref: DateRef) -> bool:
    """Whether the statement dated by ``ref`` is in ``sent`` or a sentence next to it ("X
    dismissed the offer. '...,' X wrote Wednesday"), or a few sentences before with no date
    named since: the story is still telling that statement ("X warned Wednesday that ...
    '...,' X said in a statement. X said Y is defying ...")."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    end = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char
    if start <= ref.start < end:
        return True
    first = _sentences_back(sent, _STATEMENT_REACH)
    return first.start_char <= ref.start < sent.start_char and not any(
        other.start >= ref.end and other.kind != "duration"
        for other in ctx.dates_in(ref.end, sent.end_char))
