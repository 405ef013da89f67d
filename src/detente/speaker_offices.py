"""What the text writes of a speaker's office beside the name: the whole title before it
("Central Province Governor Jane Roe"), the body after "of" ("Jane Roe of the Acme Society"),
an office a sentence of its own gives ("Roe is the director of ..."), and the descriptor
without the nation it names. Helpers of ``speakers``, which decides which of them is the role.
"""

from __future__ import annotations

import re

from . import knowledge
from .records import Actor

#: words of a rank or an academic title ("Lieutenant General", "Professor")
_RANKS = knowledge.words("lexicon/speech.yaml", "rank_titles")

#: an apposition is a noun phrase the parse delimits, so it may be longer than a title:
#: "co-founder and executive director of the Center for Legal Studies and Research" (tokens)
APPOSITION_WORDS = 22
#: how a word written before a title qualifies it ("Central Province Governor"), and how many
#: such words are read
_QUALIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_QUALIFIER_WORDS = 4


def qualified_from(doc, span) -> int:
    """Where a title written before a name starts when the actor stage's mention began at its
    office word ("Central Province Governor Jane Roe", "Acme Press Secretary Rear Adm. Jane
    Roe", "acting Harbour Security Secretary Jane Roe"): the words just before the mention
    that the parse hangs on it as modifiers (a place, a body, "acting") are part of the title.
    The parser may tag such a word as part of the name ("Rear"); hanging on the title, it is
    one. Stops at a determiner, an owner ("Haiti's"), punctuation or anything else."""
    lo = span.start
    while lo > 0 and span.start - lo < _QUALIFIER_WORDS:
        tok = doc[lo - 1]
        if _joining_hyphen(doc, tok):  # "pro-democracy publisher"
            lo -= 1
            continue
        if (tok.dep_ not in _QUALIFIER_DEPS or not lo <= tok.head.i < span.end
                or tok.is_punct or tok.is_quote):
            break
        lo -= 1
    return lo


def _joining_hyphen(doc, tok) -> bool:
    """A hyphen written between two words with no space ("pro-democracy")."""
    return (tok.text == "-" and tok.i > 0 and not tok.whitespace_
            and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].is_alpha)


def office(words):
    """The descriptor without its article and the nation before it ("the Russian Foreign
    Minister", "Haiti's secretary of state"): the country is the actor's code, not its role.
    A place written as part of the title stays ("Central Province Governor")."""
    while len(words) and (words[0].dep_ in ("det", "case") or words[0].ent_type_ == "NORP"
                          or words[0].is_punct):
        words = words[1:]  # and the quote mark before a name that follows a quote: no office
    while len(words) and words[-1].is_punct:
        words = words[:-1]
    owner = next((t for t in words if t.dep_ == "case"), None)  # "Haiti's", not "Java"
    if owner is not None and all(t.ent_type_ == "GPE" for t in words[:owner.i - words.start]):
        words = words[owner.i - words.start + 1:]
    # "The United Nations [UN] special envoy": a bracket closed in the words, opened before
    shut = next((t for t in words if t.text in (")", "]")), None)
    if shut is not None and not any(t.text in ("(", "[") for t in words[:shut.i - words.start]):
        words = words[shut.i - words.start + 1:]
    return words


def affiliation(ctx, first: Actor):
    """"Jane Roe of the Acme Peace Society": the body a name is followed by with "of" is what
    the reader is told of her. Only the words: the body's own country, if it names one
    ("the Alliance on Ruritania"), is its subject, not hers. A place after "of" ("Jane Roe of
    Ruritania") is where she is from, no role."""
    span = ctx.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return None
    prep = next((t for t in span.root.rights if t.dep_ == "prep" and t.lower_ == "of"
                 and t.i == span.end), None)
    obj = next((t for t in prep.children if t.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.ent_type_ != "ORG":
        return None
    words = office(ctx.doc[obj.left_edge.i:obj.right_edge.i + 1])
    cut = next((t.i for t in words if t.text in (",", ";", "(", "—") or t.dep_ == "relcl"), None)
    if cut is not None:
        words = ctx.doc[words.start:cut]
    if not len(words) or len(words) > APPOSITION_WORDS:
        return None
    return words.text, None


def copular(ctx, first: Actor):
    """"Jane Roe is the executive director of the Acme Group.": the office a sentence of its
    own gives the person, she (her full name or her surname) being its subject and the office
    a noun. A negated sentence ("Roe is not the director") gives none."""
    words = (first.name or "").split()
    surname = words[-1].lower() if words else ""
    doc = ctx.doc
    for tok in doc:  # bounded by the article; the sentence may come before the quote
        if tok.lower_ != surname or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            continue
        verb = tok.head
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is None or attr.tag_ == "NNS" or any(c.dep_ == "neg" for c in verb.children) \
                or any(c.dep_ == "conj" for c in tok.children):
            continue  # "Roe and Doe are members": what two people are, not her office
        words = office(doc[attr.left_edge.i:attr.right_edge.i + 1])
        cut = next((t.i for t in words if t.text in (",", ";", "(", "—") or t.dep_ == "relcl"
                    or t.tag_ in ("WDT", "WP", "WP$")), None)
        if cut is not None:
            words = doc[words.start:cut]
        if len(words) and len(words) <= APPOSITION_WORDS:
            return words.text, words
    return None


def fuller(text: str, role: str) -> bool:
    """Whether the words written beside the name say more of the office than the actor
    stage's role, which they hold whole ("railway deputy controller" for "Deputy", "Central
    Province Governor" for "Governor")."""
    found = re.search(r"(?<!\w)" + re.escape(role.lower()) + r"(?!\w)", text.lower())
    # and no name after the office ("Secretary General Jane", the given name run into it)
    return (len(text) > len(role) and found is not None
            and not re.search(r"\b[A-Z]", text[found.end():]))


def ranked(prefix, appositive):
    """"Professor Jane Roe, a presidential adviser", "Lieutenant General Jane Roe, director of
    the army's media wing": a rank or academic title written before the name says less than
    the office written after it, so the role is both (rank first) and what the office names
    is read for the country and sector. ``prefix``, ``appositive``: (text, span) or None."""
    if prefix is None or appositive is None:
        return None
    words = prefix[0].lower().replace(".", "").split()
    if not words or any(w not in _RANKS for w in words):
        return None
    return f"{prefix[0]}, {appositive[0]}", appositive[1]
