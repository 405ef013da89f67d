"""Walking the dependency parse: the one place where the stages climb a spaCy tree.

Two facts about spaCy decide how this is done:

- a ``Token`` is a new Python object on every access (``doc[3] is doc[3]`` is False), so a
  test such as ``tok.head is tok`` is always False and a loop guarded by it never ends.
  Tokens are compared here by position (``.i``) within one ``Doc`` (``same``, ``is_root``),
  never by ``is``;
- the text decides the shape of the tree, so no walk may let it decide how long the walk
  lasts. Every climb takes at most ``limit`` steps (``MAX_DEPTH`` unless told), is built on
  spaCy's ``Token.ancestors`` (which itself stops at the root), and nothing here recurses.

Stages ask these helpers instead of writing ``tok = tok.head`` loops of their own;
``tests/test_source_rules.py`` holds them to it.
"""

from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator

#: Most steps any climb takes. The deepest token of the 89 VOA stories sits 18 steps below
#: its root; a deeper chain is made by the text ("will not refuse to not ..." repeated), and
#: reading further up it would tell the stages nothing while costing time per token.
MAX_DEPTH = 32
VERB_POS = frozenset({"VERB", "AUX"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj"})


def same(a, b) -> bool:
    """Whether ``a`` and ``b`` are the same token (same Doc, same position); False for None."""
    if a is None or b is None:
        return False
    # a Doc is a stored object (tokens keep a reference to it), so identity is meaningful here
    return a.i == b.i and a.doc is b.doc


def is_root(tok) -> bool:
    """Whether ``tok`` heads its sentence (spaCy makes a root its own head)."""
    return tok.head.i == tok.i


def ancestors(tok, limit: int = MAX_DEPTH) -> Iterator:
    """``tok``'s head, its head's head ... nearest first, at most ``limit`` of them."""
    return islice(tok.ancestors, max(limit, 0))


def steps_up(tok, limit: int = MAX_DEPTH) -> Iterator[tuple]:
    """(child, head) for each step up from ``tok``: the child's ``dep_`` says how it hangs
    on the head. At most ``limit`` steps; none from a root."""
    child = tok
    for head in ancestors(tok, limit):
        yield child, head
        child = head


def climb(tok, deps: Iterable[str] | None = None, *, while_: Callable | None = None,
          limit: int = MAX_DEPTH):
    """The token reached by moving up from ``tok`` while the current token hangs on its head
    by one of ``deps`` (any dependency when None) and ``while_(current)`` holds.

    Stops at the root and after ``limit`` steps; returns ``tok`` itself when no step is taken.
    """
    deps = None if deps is None else frozenset(deps)
    cur = tok
    for child, head in steps_up(tok, limit):
        if deps is not None and child.dep_ not in deps:
            break
        if while_ is not None and not while_(child):
            break
        cur = head
    return cur


def phrase_owner(noun, limit: int = MAX_DEPTH):
    """The noun a chain of prepositional phrases hangs from, written before them: from
    *Nations* in "the envoy to the United Nations", *envoy*. Each step climbs two tokens
    (object, preposition); at most ``limit`` steps; ``noun`` itself when none is taken."""
    cur = noun
    for _ in range(max(limit, 0)):
        prep = cur.head
        if cur.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i >= cur.i:
            break
        cur = prep.head
    return cur


def chain(tok, deps: Iterable[str], limit: int = MAX_DEPTH) -> Iterator:
    """``tok``, then each head reached through one of ``deps``: "agreed to meet" from *meet*
    yields *meet*, *agreed* when ``deps`` holds "xcomp". At most ``limit`` + 1 tokens."""
    deps = frozenset(deps)
    yield tok
    for child, head in steps_up(tok, limit):
        if child.dep_ not in deps:
            return
        yield head


def first_ancestor(tok, pred: Callable, *, include_self: bool = False,
                   limit: int = MAX_DEPTH):
    """The nearest ancestor (or ``tok`` itself, with ``include_self``) for which
    ``pred(token)`` holds, within ``limit`` steps; None when there is none."""
    if include_self and pred(tok):
        return tok
    for head in ancestors(tok, limit):
        if pred(head):
            return head
    return None


def word_between(start, stop, words, limit: int = MAX_DEPTH) -> bool:
    """Whether, climbing from ``start`` towards ``stop`` (a token above it), a token whose
    lemma is in ``words`` comes before ``stop`` is reached (within ``limit`` steps)."""
    for head in ancestors(start, limit):
        if head.i == stop.i:
            return False
        if head.lemma_.lower() in words:
            return True
    return False


def is_verb(tok) -> bool:
    return tok.pos_ in VERB_POS


def to_infinitive(verb) -> bool:
    """Whether ``verb`` is an infinitive with "to" ("agreed to meet": *meet*): spaCy hangs the
    "to" on it as an auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def bare_infinitive(verb) -> bool:
    """A to-infinitive with no subject and no mark of its own ("to reopen the border"; not
    "for X to reopen it"): its doer is someone else's."""
    return to_infinitive(verb) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def is_passive(verb) -> bool:
    """A verb with a passive auxiliary or a passive subject of its own."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def governing_verb(tok, *, include_self: bool = False, limit: int = MAX_DEPTH):
    """The nearest verb or auxiliary above ``tok`` (or ``tok`` itself with ``include_self``)."""
    return first_ancestor(tok, is_verb, include_self=include_self, limit=limit)


def hops(tok, target, limit: int = MAX_DEPTH) -> int | None:
    """Steps up from ``tok`` to ``target``: 0 for the token itself, None when ``target`` is
    not ``tok`` or one of its first ``limit`` ancestors."""
    if same(tok, target):
        return 0
    for n, head in enumerate(ancestors(tok, limit), start=1):
        if same(head, target):
            return n
    return None


def dominates(top, tok) -> bool:
    """Whether ``tok`` is ``top`` or lies in its subtree (``top`` governs it)."""
    if top is None or tok is None:
        return False
    # spaCy's is_ancestor compares positions within one Doc and stops at the root
    return same(top, tok) or top.is_ancestor(tok)


def in_span(tok, span) -> bool:
    """Whether the token ``tok`` is one of the tokens of ``span`` (same Doc)."""
    return span.doc is tok.doc and span.start <= tok.i < span.end


def children(tok, deps: Iterable[str]) -> list:
    """The children of ``tok`` that hang on it by one of ``deps``, in text order."""
    deps = frozenset(deps)
    return [c for c in tok.children if c.dep_ in deps]


def child(tok, deps: Iterable[str]):
    """The first child of ``tok`` hanging on it by one of ``deps``, else None."""
    deps = frozenset(deps)
    return next((c for c in tok.children if c.dep_ in deps), None)


def reported_clauses(verb) -> list:
    """The clauses a reporting verb reports: its clausal complements, and the clause it is
    an aside to ("Such matters, he told VOA, should be decided ...": a parataxis)."""
    return [c for c in verb.children if c.dep_ == "ccomp"] + (
        [verb.head] if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") else []
    ) + _said_through(verb)


def _said_through(verb) -> list:
    """"said in a statement that X had breached the deal": the parser may hang the "that"
    clause on the noun of the verb's phrase rather than on the verb; it is still what the verb
    reports (a relative clause has no "that" mark: its "that" is a subject or object)."""
    return [c for p in verb.children if p.dep_ == "prep"
            for n in p.children if n.dep_ == "pobj"
            for c in n.children if c.dep_ in ("acl", "ccomp") and c.i > n.i
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]


def subject(pred, deps: Iterable[str] = SUBJECT_DEPS):
    """The subject the parse gives a predicate (its first nsubj/nsubjpass child), else None.
    Control, raising and coordination are the events stage's business (``subject_of``)."""
    return child(pred, deps)


def objects(pred, deps: Iterable[str] = OBJECT_DEPS) -> list:
    """The direct objects of a predicate, in text order."""
    return children(pred, deps)


def appositive(doc, start_char: int, end_char: int):
    """The appositive after the phrase at these character offsets ("Jane Roe, a senior
    fellow"): the first ``appos`` child of the phrase's root lying past its end, else None
    (also when the offsets fall outside the Doc or it has no parse)."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    return next((c for c in span.root.rights if c.dep_ == "appos" and c.i >= span.end), None)


#: how a participle hangs under an auxiliary the parser took for its main verb
_SPLIT_DEPS = frozenset({"advcl", "xcomp", "ccomp", "acomp", "oprd"})
#: what may stand between such an auxiliary and its participle: a date, a place, an adverb
_BETWEEN_DEPS = frozenset({"prep", "advmod", "npadvmod", "punct", "neg"})


def split_auxiliary(verb):
    """The auxiliary the parser made the head of a past participle when a phrase splits them:
    "were on Friday killed", "had last week attacked" -> were, had (whose phrases are the
    participle's); else None."""
    head = verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in _SPLIT_DEPS or head.i >= verb.i or \
            head.lemma_.lower() not in ("be", "have"):
        return None
    between = {c.i for c in head.children if c.i < verb.i and c.i > head.i}
    for c in head.children:
        if c.i in between and c.dep_ not in _BETWEEN_DEPS:
            return None
    return head


def set_off_at_end(span) -> bool:
    """A phrase set off by a comma at the very end of its sentence ("..., about a year ago."):
    an adverbial of the whole sentence, wherever the parser hangs it."""
    doc, sent = span.doc, span.sent
    before, after = span.start - 1, span.end
    if after < sent.end and doc[after].text in (".", "!", "?"):
        after += 1
    return before > sent.start and doc[before].text == "," and all(
        doc[i].is_space for i in range(after, sent.end))


def stray_particles(verb) -> tuple:
    """The particle of a phrasal verb that the parser hung on the number after it: "handed
    over 10,000 doses" parses "over" as "more than" (a quantmod of 10,000); right after the
    verb and before the number of its object, it is the verb's particle."""
    doc = verb.doc
    if verb.i + 2 >= len(doc):
        return ()
    word, number = doc[verb.i + 1], doc[verb.i + 2]
    if word.dep_ != "quantmod" or word.head.i != number.i or not number.like_num or \
            not any(c.i == number.head.i for c in verb.children):
        return ()
    return (word,)
