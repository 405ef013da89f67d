"""The source of a report and its own side: who the reporter is in what it reports.

Most acts in the news come through a source ("the army said", "the foreign ministry said in
a statement that ...", "'...,' a spokesman said"). The source is no party to the act it
reports: "Kastria's military said two soldiers were killed" names the military as the one
who tells, not as the killer or the dead. Two things in its words do make its own side a
party, and they are worth reading because they are all the text says of that side:

- a possessive pronoun that stands for the source on a victim or a doer: "its soldiers",
  "their forces", "two of its troops", "shelled its territory"; inside the source's direct
  quote, "our positions", "our soldiers" (``claimed``). What such a pronoun names beats the
  story's guessed country (the setting), which is only a guess;
- a pronoun subject that stands for the source itself: "the ministry said it had summoned
  the ambassador". A third-person pronoun inside the source's own quoted words is never the
  source: a speaker calls itself "we" ("'They attacked our forces,' the spokesman said":
  "they" is the other side) (``may_be_speaker``). Nor is a pronoun of the reported words
  that cannot be the speaker: "it" is no person and no plural body ("occupied it, police
  said"), and a noun of its number named before it in what is reported ("the soldiers
  were travelling when they were fired on, said Capt. X") or in the object of the act the
  report explains ("accused the rebels of X, saying that they killed ...") is what it goes
  on about (``not_speaker``, ``pronoun_party``).
"""

from __future__ import annotations

import dataclasses

from .. import coref, tree
from ..records import Actor
from .lexicon import events_words, load_lexicon
from .phrases import phrase
from .quoted import quote_speaker

#: "our soldiers", "my country": inside a direct quote, the speaker's own (not "your")
FIRST_POSSESSIVES = events_words("first_person_possessives") & events_words("first_person")
#: third-person pronouns: inside quoted words, never the one quoted
THIRD_PERSON = frozenset(coref.PERSON | coref.PLURAL | coref.THING)
#: what a side holds that stands for the side as the target of an act ("its territory")
HELD = events_words("held_by_side")
#: dependencies of a noun heading a phrase a pronoun can stand for (not a modifier:
#: "Iranian-designed drones")
_PHRASE_HEADS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos",
                           "conj", "oprd"})
#: parts of speech of a count ("two of its soldiers", "some of their posts") whose "of"
#: phrase is the party
_COUNT_POS = frozenset({"NUM", "PRON", "DET"})


def may_be_speaker(ctx, tok, speaker) -> bool:
    """Whether the pronoun ``tok`` may stand for ``speaker``, the one who says the words it
    is in. Not a third-person pronoun inside a quotation that opens its sentence while the
    speaker stands outside it, when the speaker is of no state (a rights group, the U.N., an
    unnamed spokesman): such a source speaks of others, and of itself says "we" ("'They are
    firing on the marchers,' the group's director said"). A state's source still may: its
    "they" is most often its own side's people. A quoted fragment inside the writer's own
    sentence ("reiterated 'its call to ...'") and a report within the quote ("'X said he is
    ready,' Y said") leave the pronoun to the speaker of its clause."""
    if not_speaker(ctx, tok, speaker):
        return False
    if tok.lower_ not in THIRD_PERSON or not coref.in_quotes(ctx, tok):
        return True
    if coref.in_quotes(ctx, speaker):
        return True
    first = next((t for t in tok.sent if not t.is_punct and not t.is_space), tok)
    if not coref.in_quotes(ctx, first):
        return True
    countries = ctx.actors.kb.countries
    return any(a.code in countries for a in ctx.actors.resolve(phrase(speaker)) or ())


def pronoun_party(ctx, tok, speaker) -> tuple:
    """Who the pronoun participant ``tok`` of words said by ``speaker`` stands for, when it
    is not taken for the speaker: past the speaker when it cannot be it (``not_speaker``),
    else as ``coref.participant`` reads it."""
    if speaker is not None and not_speaker(ctx, tok, speaker):
        return coref.antecedent(ctx, tok, phrase_indices(speaker))
    return coref.participant(ctx, tok, speaker)


def not_speaker(ctx, tok, speaker) -> bool:
    """Whether the third-person pronoun ``tok`` in reported words outside quotes cannot be
    their ``speaker``: it does not agree with it, or the words name before it a noun it
    goes on about. Such a pronoun is read like any other (``coref.antecedent``)."""
    return tok.lower_ in THIRD_PERSON and not coref.in_quotes(ctx, tok) and (
        not _agrees(tok, speaker) or _no_person(ctx, tok, speaker)
        or _other_antecedent(tok, speaker))


def _no_person(ctx, tok, speaker) -> bool:
    """"Summoned him, the Foreign Ministry said", "arrested her, officials said": "he" or "she"
    is no group and no body named as one (a ministry, a country; "the police spokesman" is a
    person whatever body the actor list reads in it)."""
    if coref.kind_of(tok) != "person":
        return False
    if speaker.tag_ in ("NNS", "NNPS"):
        return True
    if speaker.pos_ != "PROPN":
        return False
    kinds = {ctx.actors.kind_of(a) for a in ctx.actors.resolve(phrase(speaker)) or ()}
    return bool(kinds) and "person" not in kinds and None not in kinds


def phrase_indices(tok) -> frozenset:
    """The token indices of the phrase ``tok`` heads."""
    return frozenset(range(tok.left_edge.i, tok.right_edge.i + 1))


def _agrees(tok, speaker) -> bool:
    """Whether the pronoun can be the speaker at all: "it" is no person and no plural body
    ("occupied it, police said")."""
    if coref.kind_of(tok) != "thing":
        return True  # an official's "they" is often the body the official speaks for
    person = speaker.ent_type_ == "PERSON" or coref.kind_of(speaker) == "person"
    # a plural common noun ("police", "officials"); a body's plural name ("the United
    # States", "the Armed Forces") is one body, an "it"
    return not person and speaker.tag_ != "NNS"


def _other_antecedent(tok, speaker) -> bool:
    """Whether the reported words name, before the pronoun, a noun of its number it can
    stand for ("the soldiers were travelling when they were fired on, the army said";
    "gunmen stormed the base and occupied it, police said"): the pronoun goes on about
    that noun, not about the one who reports. Read are the reported clause and, when it
    is a participle explaining an act ("accused the rebels of X, saying that they ..."),
    the act's object (not "condemned the attack and said it would ..."); not the words
    around the saying ("said in a statement that it", "told reporters they").
    The doers of the pronoun's own verb are no such noun ("said soldiers attacked them")."""
    kind = coref.kind_of(tok)
    if kind not in ("thing", "plural"):
        return False  # "he" or "she" is read by who is named, not by number
    verb = speaker.head
    clause = tree.climb(tok, while_=lambda c: c.head.i != verb.i)
    if clause.head.i != verb.i or clause.i == verb.i:
        return False  # not words the speaker's verb reports
    words = [t for t in clause.subtree if t.i < tok.i]
    if clause.dep_ == "advcl" and load_lexicon().verbs.get(verb.lemma_.lower()) is not None:
        words += [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    skip = coref.own_subject(tok) | phrase_indices(speaker)
    return _number_noun(words, kind == "plural", skip, ("DATE", "TIME", "PERSON"))


def _number_noun(words, plural: bool, skip, labels) -> bool:
    """Whether ``words`` hold, outside ``skip`` and entities of ``labels``, a phrase-heading
    noun of the pronoun's number (plural or not): one it could stand for."""
    return any(t.i not in skip and t.pos_ in ("NOUN", "PROPN") and t.dep_ in _PHRASE_HEADS
               and t.ent_type_ not in labels and (t.tag_ in ("NNS", "NNPS")) == plural
               for t in words)


def owner(tok):
    """The possessive pronoun on the noun ``tok`` heads ("its soldiers"), or on the noun a
    count stands for ("two of its soldiers"); None when there is none."""
    noun = _counted(tok) or tok
    return next((c for c in noun.children if c.dep_ == "poss" and (
        c.lower_ in FIRST_POSSESSIVES or coref.kind_of(c) is not None)), None)


def _counted(tok):
    """"two of its soldiers": the noun after "of" when ``tok`` is a count word."""
    if tok.pos_ not in _COUNT_POS:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def side(ctx, poss, quotes, speaker=None, skip: frozenset = frozenset(),
         avoid: frozenset = frozenset()) -> str | None:
    """The one country the possessive pronoun ``poss`` names: inside a direct quote, "our"
    is the quote's speaker's; "its" and "their" in a reported clause are its ``speaker``'s
    when no other noun the pronoun could stand for comes between them (``skip``: the act's
    own words, "opened fire on its soldiers", and its doer's), else the party they stand
    for other than the doer (``avoid``: the doer's countries; an act done to the doer's own
    thing is rare news). A person's "his" or "her" names no side here."""
    if poss.lower_ in FIRST_POSSESSIVES:
        if not coref.in_quotes(ctx, poss):
            return None  # "our" outside quotes is the writer's, or a paraphrase's
        said = quote_speaker(poss.idx, quotes)
        return said.code if said is not None else None
    if coref.kind_of(poss) not in ("thing", "plural"):
        return None
    if _reaches_speaker(ctx, poss, speaker, skip):
        codes = {a.code for a in ctx.actors.resolve(phrase(speaker)) or () if a.code}
    else:
        codes = {a.code for a in coref.antecedent(ctx, poss) if a.code} - avoid
    return codes.pop() if len(codes) == 1 else None


def _reaches_speaker(ctx, poss, speaker, skip: frozenset) -> bool:
    """Whether "its"/"their" in a reported clause can only stand for the clause's speaker:
    a body or a state (no person), with no noun of the pronoun's number between them ("said
    rebels burned the village and its crops": the village's)."""
    if speaker is None or speaker.ent_type_ == "PERSON" or speaker.i > poss.i \
            or speaker.lower_ in THIRD_PERSON or coref.in_quotes(ctx, poss):
        return False  # a speaker's quoted "its" is about someone else
    plural = coref.kind_of(poss) == "plural"
    return not _number_noun(poss.doc[speaker.i + 1:poss.i], plural, skip, ("DATE", "TIME"))


def _names_side(noun) -> bool:
    """Whether the phrase says whose it is before its head: "its Iranian guards", "their
    U.S. allies" (a place after it, "its embassy in Damascus", says where, not whose)."""
    return any(c.i < noun.i and c.dep_ in ("amod", "compound", "nmod") and (
        c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN") for c in noun.children)


def claimed(ctx, tokens, found: tuple, quotes, avoid: frozenset = frozenset(),
            speaker=None, skip: frozenset = frozenset()) -> tuple:
    """``found`` (the actors read from the role phrases ``tokens``) with the side a
    possessive pronoun names put in where the phrase does not say whose it is itself (a
    country read from it is then the story's guess or a place it lies in). What a side holds
    as a party ("shelled its territory", "fired on its positions") stands for the side when
    nothing else was read from its phrase. ``avoid``, ``speaker``, ``skip``: see ``side``."""
    out = list(found)
    for tok in tokens:
        poss = owner(tok)
        code = side(ctx, poss, quotes, speaker, skip, avoid) if poss is not None else None
        noun = _counted(tok) or tok
        if code is None or _names_side(noun):
            continue
        span = phrase(tok)
        inside = [k for k, a in enumerate(out) if a.start <= noun.idx < a.end]
        for k in inside:
            out[k] = dataclasses.replace(out[k], code=code)
        if not inside and noun.lemma_.lower() in HELD:
            out.append(Actor(span.text, code, None, None, None, None, span.start_char,
                             span.end_char))
    return tuple(out)


def read_parties(ctx, cand, roles, quotes, read) -> tuple[tuple, tuple]:
    """(actor, recipient found) of a candidate: what ``read(tokens, descend)`` reads from its
    role phrases, with the side a possessive names put in (``claimed``)."""
    actor = claimed(ctx, roles.actor, read(roles.actor, False), quotes, frozenset(),
                    roles.speaker, act_words(cand, ()))
    doers = frozenset(a.code for a in actor if a.code)
    return actor, claimed(ctx, roles.recipient, read(roles.recipient, True), quotes, doers,
                          roles.speaker, act_words(cand, roles.actor))


def act_words(cand, doers) -> frozenset:
    """Token indices a possessive looks past to the speaker: the act's own words and the
    phrases of its doers (``doers``: their head tokens)."""
    own = {t.i for t in cand.words} | {t.i for t in (cand.head, cand.noun, cand.anchor)
                                       if t is not None}
    key = set(cand.key.split())  # "open fire": the object is part of the trigger
    own.update(c.i for c in cand.head.children if c.lemma_.lower() in key)
    for d in doers:
        own.update(range(d.left_edge.i, d.right_edge.i + 1))
    return frozenset(own)


def counted_objects(verb, deps: tuple) -> list:
    """The nouns counted out by a verb's number objects: "killed two of its soldiers" ->
    the soldiers (the number itself names no party)."""
    return [n for c in verb.children if c.dep_ in deps and c.pos_ == "NUM"
            for n in (_counted(c),) if n is not None and n.pos_ in ("NOUN", "PROPN")]

