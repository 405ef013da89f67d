"""Who a pronoun stands for: "he", "she", "they" or "it" as an event's participant or speaker.

News names a party once and then carries on with pronouns: "Law enforcement charged him",
"He urged ...", "they refused". This module finds the mention a pronoun refers back to:

- he/she/him/her: the nearest person named before it (a name the parser tags as a person, or
  a noun the actor list reads as an office holder, "the president");
- they/them: the nearest group, body, country or coordination of parties;
- it: the nearest body or country.

The search looks in the pronoun's own sentence first: the main subject after it when the
pronoun opens the sentence in a clause of its own ("After denying it would, the ministry
agreed"), else the mentions before it (only subjects for a subject pronoun; never the subject
of the verb an object pronoun hangs on: "X charged him" is not X); then back over a few
sentences, where the subject of a sentence is preferred to the other mentions in it (the
party a passage is about). A name inside quoted words is not taken for a pronoun outside
them, nor the other way round, within one sentence; from earlier sentences, names inside quotes
are left aside (they are the speaker's words, often about third parties).

Public API:
    antecedent(ctx, tok) -> tuple[Actor, ...]   the actors ``tok`` stands for, or ()
    kind_of(tok) -> str | None                  "person", "plural", "thing" or None
    in_quotes(ctx, tok) -> bool                 whether ``tok`` is inside quotation marks
"""

from __future__ import annotations

from . import knowledge

_LEXICON = "lexicon/coref.yaml"
PERSON = knowledge.words(_LEXICON, "person")
PLURAL = knowledge.words(_LEXICON, "plural")
THING = knowledge.words(_LEXICON, "thing")
#: nouns for one body that "they" as well as "it" may stand for ("the government")
COLLECTIVE = knowledge.words(_LEXICON, "collective")

#: How many sentences back a pronoun may reach, and how many tokens in all: news repeats a
#: name within a few sentences, and the walk stays bounded on any text.
BACK_SENTENCES = 3
BACK_TOKENS = 250
#: Dependencies of a mention that heads or is part of a noun phrase naming a party.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos",
                        "poss", "attr", "ROOT", "npadvmod", "oprd", "compound"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "pobj", "iobj"})
_OPEN, _CLOSE, _BOTH = "“", "”", '"'


def kind_of(tok) -> str | None:
    """Which kind of mention the pronoun ``tok`` may stand for, or None for other words."""
    low = tok.lower_
    if tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$"):
        return None
    if low in PERSON:
        return "person"
    if low in PLURAL:
        return "plural"
    if low in THING:
        return "thing"
    return None


def antecedent(ctx, tok) -> tuple:
    """The coded-or-named actors the pronoun ``tok`` stands for (``ctx.actors.resolve`` of the
    mention found), or () when no compatible mention is near enough."""
    kind = kind_of(tok)
    if kind is None:
        return ()
    doc = tok.doc
    quoted = _quoted(ctx, doc)
    if quoted[tok.i]:
        return ()  # a speaker's "they" or "it" points into their own talk, not the article's
    avoid = _own_subject(tok)
    sent = tok.sent
    found = _cataphor(ctx, tok, kind, sent)
    if found:
        return found
    subject = tok.dep_ in _SUBJECTS
    for i in range(tok.i - 1, sent.start - 1, -1):  # its own sentence: the nearest first
        t = doc[i]
        if i in avoid or quoted[i] != quoted[tok.i] or (subject and t.dep_ not in _SUBJECTS):
            continue  # a subject pronoun goes on about a subject: "X stopped the bus and they"
        found = _fits(ctx, t, kind)
        if found:
            return found
        if kind == "thing" and _blocks(t):
            return ()  # "stopped the train and stormed it": the nearest thing is what "it" is
    first, start = sent.start, sent.start
    for _ in range(BACK_SENTENCES):
        if first == 0 or start - first >= BACK_TOKENS:
            break
        prev = doc[first - 1].sent
        first = prev.start
        found = _in_sentence(ctx, prev, kind, quoted, max(first, start - BACK_TOKENS))
        if found:
            return found
    return ()


def _cataphor(ctx, tok, kind: str, sent) -> tuple:
    """A pronoun in a clause that opens its sentence stands for the main subject after it:
    "After weeks of denying it would, the ministry agreed" -> the ministry."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.i <= tok.i or tok.head.i == root.i:
        return ()
    return _fits(ctx, subj, kind)


def _in_sentence(ctx, sent, kind: str, quoted: list[bool], lowest: int) -> tuple:
    """The mention of an earlier sentence a pronoun takes: its subject if that fits, else the
    last fitting mention outside quotes. A sentence about a thing ("The plan ... It includes")
    ends the search for "it" and "they": the pronoun most likely goes on about that thing."""
    best = ()
    for t in sent:
        if t.i < lowest or quoted[t.i]:
            continue
        found = _fits(ctx, t, kind)
        main = t.dep_ in _SUBJECTS and _main_clause(t)
        if found and main:
            return found
        if main and kind != "person" and t.pos_ == "NOUN" and _number_fits(t, kind):
            return ()
        if found:
            best = found
    return best


def _blocks(tok) -> bool:
    """A singular noun heading its phrase: the nearest such thing is what "it" stands for."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in _NOUN_DEPS and tok.dep_ != "compound" \
        and _number_fits(tok, "thing") and tok.ent_type_ not in ("DATE", "TIME")


def _number_fits(tok, kind: str) -> bool:
    """Whether a noun has the grammatical number of the pronoun ("plural" or "thing")."""
    plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
    return plural == (kind == "plural")


def _main_clause(tok) -> bool:
    """The subject of the sentence's main verb (or of a verb joined to it, or of the clause a
    sentence-final "officials said" reports), not of a clause inside it."""
    head = tok.head
    for _ in range(4):
        if head.dep_ == "ROOT":
            return True
        if head.dep_ not in ("conj", "ccomp"):
            return False
        head = head.head
    return False


def _fits(ctx, tok, kind: str) -> tuple:
    """The actors ``tok`` names when it can be what a pronoun of ``kind`` stands for."""
    if tok.dep_ not in _NOUN_DEPS or tok.pos_ not in ("PROPN", "NOUN"):
        return ()
    if tok.dep_ == "compound" and tok.ent_type_ != "PERSON":
        return ()  # "the Haiti police": the head noun names the party
    if tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON":
        return ()  # a first name: the surname heads the mention
    ent = tok.ent_type_
    plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
    collective = tok.lemma_.lower() in COLLECTIVE or tok.lower_ in COLLECTIVE
    person = ent == "PERSON" or (ent == "" and tok.pos_ == "PROPN"
                                 and tok.lower_ in _person_words(ctx, tok.doc))
    if kind == "person":
        ok = person or (tok.pos_ == "NOUN" and not plural)
    elif kind == "plural":
        ok = plural or collective or ent in ("NORP", "ORG") and tok.tag_ != "NNP"
    else:
        ok = not plural and not person and (ent in ("ORG", "GPE") or collective)
    if not ok:
        return ()
    span = tok.doc[tok.i:tok.i + 1]
    if plural and kind == "plural":
        span = tok.doc[tok.i:tok.right_edge.i + 1]  # "Pakistan and China"
    found = tuple(ctx.actors.resolve(span))
    if kind == "person":
        # a person: a name, or an office holder ("the president"), never a body or country
        found = tuple(a for a in found if person or a.role)
    return found


def _person_words(ctx, doc) -> frozenset[str]:
    """Words of the article's person names: a surname the parser left untagged in one place
    ("Moise tweeted") is still a person where it is tagged elsewhere."""
    return ctx.cache("coref.person_words", lambda: frozenset(
        t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e if t.pos_ == "PROPN"))


def _own_subject(tok) -> set[int]:
    """Tokens an object pronoun cannot stand for: the subject phrase of its own verb ("X
    charged him") and of that verb's agent ("was criticized by X")."""
    if tok.dep_ not in _OBJECTS and tok.dep_ not in _SUBJECTS:
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    out: set[int] = set()
    for c in verb.children:
        if c.i == tok.i:
            continue
        if c.dep_ in _SUBJECTS or (tok.dep_ in _SUBJECTS and c.dep_ in ("agent", "dobj")):
            out.update(range(c.left_edge.i, c.right_edge.i + 1))
    return out


def in_quotes(ctx, tok) -> bool:
    """Whether ``tok`` lies inside quotation marks (quoted words are a speaker's, not the
    article's own telling)."""
    return _quoted(ctx, tok.doc)[tok.i]


def _quoted(ctx, doc) -> list[bool]:
    """For each token, whether it lies inside quotation marks; worked out once per article."""
    def build():
        inside, out = False, []
        for t in doc:
            text = t.text
            if "\n" in t.text_with_ws:
                inside = False  # a paragraph ends what an unclosed quote opened
            if text in _OPEN or (text in _BOTH and not inside):
                out.append(inside)
                inside = True
                continue
            if text in _CLOSE or text in _BOTH:
                out.append(inside)
                inside = False
                continue
            out.append(inside)
        return out
    return ctx.cache("coref.quoted", build)
