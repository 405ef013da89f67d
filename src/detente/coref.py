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
    participant(ctx, tok, speaker) -> tuple     the same for an event's participant
    kind_of(tok) -> str | None                  "person", "plural", "thing" or None
    in_quotes(ctx, tok) -> bool                 whether ``tok`` is inside quotation marks
    named_between(ctx, tok, speaker) -> tuple   an object pronoun's party named after the speaker
    described(ctx, tok, avoid) -> tuple         the party "the island nation" stands for
    owner_side(ctx, tok) -> str | None          the country of "their" in "their leaders"
"""

from __future__ import annotations

import bisect

from spacy.attrs import IDX

from . import docview, knowledge, tree
from .quotemarks import article_spans, inside_flags

_LEXICON = "lexicon/coref.yaml"
PERSON = knowledge.words(_LEXICON, "person")
PLURAL = knowledge.words(_LEXICON, "plural")
THING = knowledge.words(_LEXICON, "thing")
#: "his Sudanese counterpart": one person the actor list gives no office but a side
PERSON_HEADS = knowledge.words(_LEXICON, "person_heads")
#: nouns for one body that "they" as well as "it" may stand for ("the government")
COLLECTIVE = knowledge.words(_LEXICON, "collective")
#: "the island nation", "the regional body": head noun -> the kind of party it stands for
DEFINITE_HEADS = knowledge.table(_LEXICON, "definite_heads")
DEFINITE_DETS = knowledge.words(_LEXICON, "definite_determiners")
#: Codes of parties that are no country (a "body" is one of these; a "nation" never).
BODY_CODES = frozenset({"IGO", "NGO"})

#: How many sentences back a pronoun may reach, and how many tokens in all: news repeats a
#: name within a few sentences, and the walk stays bounded on any text.
BACK_SENTENCES = 3
BACK_TOKENS = 250
#: Dependencies of a mention that heads or is part of a noun phrase naming a party.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos",
                        "poss", "attr", "ROOT", "npadvmod", "oprd", "compound"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "pobj", "iobj"})


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


def participant(ctx, tok, speaker) -> tuple:
    """Who a pronoun participant is: the subject of reported words is the speaker ("some told
    VOA they agree": nobody we can name), itself looked up when a pronoun ("he said they");
    any other pronoun is the party named before it ("Police charged him"); a possessive
    ("their demands") is left alone: who owns a thing is too often not who acts."""
    if tok.dep_ == "poss":
        return ()
    named = _appositive(ctx, tok)
    if named:
        return named  # "We, the undersigned rights groups, call on ...": who "we" are
    if speaker is not None and tok.dep_ in _SUBJECTS:
        if kind_of(speaker) is None:
            return ()  # a named or unnamed speaker ("some told VOA they"): that speaker
        if kind_of(speaker) == kind_of(tok):
            return antecedent(ctx, speaker)
    return antecedent(ctx, tok)  # "he said they would": not the speaker


def appositive_party(ctx, tok) -> tuple:
    """"delivered jets to its ally Syria", "sent aid to its neighbour, Belarus": the coded
    party a name in apposition gives a noun owned by a pronoun, else () (the noun's own
    phrase, cut before the apposition, would read only the pronoun: often the doer itself)."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "poss" and kind_of(c) for c in tok.children):
        return ()
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
           for c in tok.children):
        return ()  # "his Portuguese counterpart, X": the noun's own word names the side
    named = _appositive(ctx, tok)
    return named if any(a.code for a in named) else ()


def _appositive(ctx, tok) -> tuple:
    """The actors an appositive right after the pronoun names, else ()."""
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                  and c.pos_ in ("NOUN", "PROPN")), None)
    if appos is None:
        return ()
    return tuple(ctx.actors.resolve(tok.doc[appos.left_edge.i:appos.right_edge.i + 1]) or ())


def antecedent(ctx, tok, skip: frozenset = frozenset()) -> tuple:
    """The coded-or-named actors the pronoun ``tok`` stands for (``ctx.actors.resolve`` of the
    mention found), or () when no compatible mention is near enough; ``skip``: token indices
    it cannot stand for (a speaker it was found not to be)."""
    kind = kind_of(tok)
    if kind is None:
        return ()
    doc = tok.doc
    quoted = _quoted(ctx, doc)
    if quoted[tok.i]:
        return ()  # a speaker's "they" or "it" points into their own talk, not the article's
    avoid = own_subject(tok) | skip
    sent = tok.sent
    found = _cataphor(ctx, tok, kind, sent)
    if found:
        return found
    subject = tok.dep_ in _SUBJECTS
    nearest = ()  # a subject pronoun with no subject before it: the nearest party at all
    for i in range(tok.i - 1, sent.start - 1, -1):  # its own sentence: the nearest first
        t = doc[i]
        if i in avoid or quoted[i] != quoted[tok.i]:
            continue
        found = _fits(ctx, t, kind)
        if found and subject and t.dep_ == "pobj" and t.head.lower_ == "with":
            continue  # "during his talks with X, he said": X is who he talked with
        if found and subject and t.dep_ not in _SUBJECTS:
            nearest = nearest or found  # "X stopped the bus and they": X, not the bus
            continue
        if found:
            return found
        if not subject and kind != "person" and _blocks(t, kind):
            return ()  # "stopped the train and stormed it": the nearest thing is what "it" is
    if nearest:
        return nearest
    # whether the pronoun's sentence opens inside a quote (“… ,” he said)
    same_quote = next((quoted[t.i] for t in sent if not t.is_punct), False)
    first, start, counted = sent.start, sent.start, 0
    while counted < BACK_SENTENCES:
        if first == 0 or start - first >= BACK_TOKENS:
            break
        prev = doc[first - 1].sent
        first = prev.start
        # the earlier sentences of the quote the pronoun's sentence ends (“… . … ,” he
        # said) are the speaker's talk: they do not use up the reach back to his name
        same_quote = same_quote and all(quoted[t.i] for t in prev if not t.is_punct)
        counted += not same_quote
        found = _in_sentence(ctx, prev, kind, quoted, max(first, start - BACK_TOKENS))
        if found:
            return found
    return ()


def described(ctx, tok, avoid: frozenset = frozenset()) -> tuple:
    """The party a definite description names when the actor list cannot: "discussed ties
    with the island nation" -> the nearest country named before it, "accused the regional
    body" -> the nearest international body; ``avoid``: codes that cannot be meant (the
    event's own actor). Within the pronoun's reach; () when nothing fits."""
    kind = DEFINITE_HEADS.get(tok.lemma_.lower())
    if kind is None or tok.pos_ != "NOUN" or tok.tag_ in ("NNS", "NNPS") or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in tok.children):
        return ()
    floor = _reach_floor(tok)
    mentions = _by_start(ctx)
    # the actor list's own mentions, not the parser's entity labels ("Mali" tagged a person)
    for k in range(bisect.bisect_left(mentions[0], tok.idx) - 1, -1, -1):
        a = mentions[1][k]
        if a.start < floor:
            break
        if a.code and a.code not in avoid and a.sector is None and a.end <= tok.idx and (
                (a.code in BODY_CODES) == (kind == "body")):
            return (a,)
    return ()


def _by_start(ctx) -> tuple[list[int], list]:
    """The article's actor mentions sorted by where they start (and those starts)."""
    def build():
        found = sorted((a for a in ctx.actors.mentions if a.start >= 0), key=lambda a: a.start)
        return [a.start for a in found], found
    return ctx.cache("coref.mentions", build)


def mentions_by_start(ctx) -> tuple[list[int], list]:
    """The article's actor mentions sorted by where they start, and those starts (shared,
    read-only: the lists are the cache's)."""
    return _by_start(ctx)


def owner_side(ctx, tok) -> str | None:
    """The one country of the party a possessive pronoun stands for ("their leaders", "its
    army" -> whose), or None when it names none or several."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and kind_of(c)), None)
    if owner is None:
        return None
    codes = {a.code for a in antecedent(ctx, owner) if a.code}
    return codes.pop() if len(codes) == 1 else None


def _cataphor(ctx, tok, kind: str, sent) -> tuple:
    """A pronoun in a clause that opens its sentence stands for the main subject after it:
    "After weeks of denying it would, the ministry agreed" -> the ministry."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.i <= tok.i or tok.head.i == root.i \
            or subj.left_edge.i <= tok.i:  # "their leaders": the pronoun is in the subject
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


def _blocks(tok, kind: str) -> bool:
    """A noun heading its phrase, of the pronoun's number: the nearest such noun is what "it"
    or "their" stands for ("burned the villages and their crops"), a party or not."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in _NOUN_DEPS and tok.dep_ != "compound" \
        and _number_fits(tok, kind) and tok.ent_type_ not in ("DATE", "TIME")


def _number_fits(tok, kind: str) -> bool:
    """Whether a noun has the grammatical number of the pronoun ("plural" or "thing")."""
    return _plural(tok) == (kind == "plural")


def _plural(tok) -> bool:
    """A plural noun, or the first of a coordination ("Pakistan and China")."""
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)


def _main_clause(tok) -> bool:
    """The subject of the sentence's main verb (or of a verb joined to it, or of the clause a
    sentence-final "officials said" reports), not of a clause inside it."""
    return tree.climb(tok.head, ("conj", "ccomp"), limit=3).dep_ == "ROOT"


def _can_stand(tok) -> bool:
    """Whether the parse lets ``tok`` be what a pronoun stands for: a noun heading a phrase
    of its own, not one that only qualifies the noun after it."""
    if tok.dep_ not in _NOUN_DEPS or tok.pos_ not in ("PROPN", "NOUN"):
        return False
    if tok.dep_ == "compound" and tok.ent_type_ != "PERSON":
        return False  # "the Haiti police": the head noun names the party
    # a first name (the surname heads the mention); "JFK airport": a thing
    return not (tok.dep_ == "compound" and (tok.head.ent_type_ == "PERSON"
                                            or tok.head.pos_ == "NOUN"))


def _named_holder(tok):
    """"the envoy (in Chad), Maria Solvik,": the person named beside a title, else None (the
    parser may hang the name on the title's own place)."""
    if tok.pos_ != "NOUN" or tok.lower_ not in PERSON_HEADS:
        return None
    return next((c for c in tok.subtree if c.i > tok.i and c.dep_ == "appos"
                 and c.ent_type_ == "PERSON"), None)


#: titles followed through the names beside them ("the envoy, Maria Solvik, ...")
_HOLDER_STEPS = 4


def _fits(ctx, tok, kind: str) -> tuple:
    """The actors ``tok`` names when it can be what a pronoun of ``kind`` stands for."""
    if not _can_stand(tok):
        return ()
    for _ in range(_HOLDER_STEPS):
        named = _named_holder(tok)
        if named is None:
            break
        if not _can_stand(named):
            return ()
        tok = named
    ent = tok.ent_type_
    plural = _plural(tok)
    collective = tok.lemma_.lower() in COLLECTIVE or tok.lower_ in COLLECTIVE
    span = tok.doc[tok.i:tok.i + 1]
    if tok.pos_ == "NOUN" and tok.lower_ in PERSON_HEADS:
        span = tok.doc[tok.left_edge.i:tok.i + 1]  # "his Sudanese counterpart": its side
    if plural:
        span = tok.doc[tok.i:tok.right_edge.i + 1]  # "Pakistan and China"
    found = tuple(ctx.actors.resolve(span))
    # a state or body the actor list names ("Mali", even where the parser tags a person)
    state = tok.pos_ == "PROPN" and any(_is_state(ctx, a) for a in found)
    person = not state and (ent == "PERSON" or (ent == "" and tok.pos_ == "PROPN" and
                                                tok.lower_ in _person_words(ctx, tok.doc)))
    if person and ctx.places_in(tok.idx, tok.idx + len(tok)):
        person = False  # "JFK" the airport: a place the parser took for a name
    if kind == "person":
        ok = person or (tok.pos_ == "NOUN" and not plural)
    elif kind == "plural":
        ok = plural or collective or state or ent in ("NORP", "ORG") and tok.tag_ != "NNP"
    else:
        ok = not plural and not person and (state or ent in ("ORG", "GPE") or collective)
    if not ok:
        return ()
    if kind == "person":
        # a person: a name, or an office holder ("the president"), never a body or country
        found = tuple(a for a in found if person or a.role or (
            tok.pos_ == "NOUN" and tok.lower_ in PERSON_HEADS))
    return found


def _is_state(ctx, actor) -> bool:
    """Whether the actor list names a state or an international body, not a person."""
    if actor.code is None or actor.role or actor.sector is not None:
        return False
    span = ctx.doc.char_span(actor.start, actor.end) if actor.start >= 0 else None
    if span is not None and any(t.ent_type_ == "PERSON" for t in span):
        return False  # a name its description gave a body ("X, the U.N. envoy in Chad")
    return actor.code in BODY_CODES or actor.org is not None or (
        actor.name is not None and actor.name == ctx.actors.kb.country_name(actor.code))


def _person_words(ctx, doc) -> frozenset[str]:
    """Words of the article's person names: a surname the parser left untagged in one place
    ("Moise tweeted") is still a person where it is tagged elsewhere."""
    return ctx.cache("coref.person_words", lambda: frozenset(
        t.lower_ for e in docview.ents(doc) if e.label_ == "PERSON" for t in e if t.pos_ == "PROPN"))


def own_subject(tok) -> set[int]:
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
    """For each token, whether it lies inside quotation marks (the marks read as the quote
    extractor reads them); worked out once per article."""
    def build():
        spans = article_spans(ctx)
        return inside_flags(doc.to_array([IDX]).ravel().tolist(), spans)  # no Token objects
    return ctx.cache("coref.quoted", build)


def _reach_floor(tok, back: int = BACK_SENTENCES) -> int:
    """The text offset where a back reference from ``tok`` stops looking: the start of the
    sentence ``back`` before its own, or BACK_TOKENS tokens back if that is nearer."""
    doc = tok.doc
    lowest = tok.sent.start
    for _ in range(back):
        if lowest == 0:
            break
        lowest = doc[lowest - 1].sent.start
    return doc[max(lowest, tok.i - BACK_TOKENS)].idx


def state_named_before(ctx, tok, avoid: frozenset = frozenset(),
                       any_body: bool = False) -> tuple:
    """The nearest state named before ``tok`` (by name, seat or government; ``any_body``:
    or by any of its bodies, "Ukraine's military"), within the pronoun's reach, whose code
    is not in ``avoid``; () when none ("urged the regime to ..." after "Iran's nuclear
    program": Iran)."""
    floor = _reach_floor(tok)
    mentions = _by_start(ctx)
    countries = ctx.actors.kb.countries
    for k in range(bisect.bisect_left(mentions[0], tok.idx) - 1, -1, -1):
        a = mentions[1][k]
        if a.start < floor:
            break
        # a state by name, seat or government ("Iran", "Washington", "Iranian officials")
        if a.code in countries and a.code not in avoid and (
                any_body or a.sector in (None, "GOV")) and a.end <= tok.idx:
            return (a,)
    return ()


def parties_before(ctx, tok, count: int) -> tuple:
    """The last ``count`` distinct states named before the sentence of ``tok`` (newest
    first) within a back reference's reach, not counting places named in passing: the
    parties a group word in that sentence ("the two sides") refers back to, read without
    the sentence's own speaker ("Blinken called on the two sides": not the United States)."""
    mentions = _by_start(ctx)
    floor, countries = _reach_floor(tok), ctx.actors.kb.countries
    found: list = []
    for k in range(bisect.bisect_left(mentions[0], tok.sent.start_char) - 1, -1, -1):
        a = mentions[1][k]
        if a.start < floor or len(found) >= count:
            break
        if a.code in countries and a.code not in {f.code for f in found} \
                and a.end <= tok.sent.start_char and ctx.actors.kind_of(a) != "place":
            found.append(a)
    return tuple(found) if len(found) == count else ()


def body_named_before(ctx, tok, avoid: frozenset = frozenset(), back: int = 2,
                      sectors: frozenset | None = None) -> tuple:
    """The nearest international or non-governmental body named before ``tok`` in its own
    sentence or the ``back`` sentences before it (a paragraph), whose code is not in
    ``avoid`` (and whose sector is in ``sectors``, when given); () when none ("the African
    Union summit ... urged counterparts": the AU)."""
    return _nearest_before(ctx, tok, back, lambda a: a.code in BODY_CODES and a.code not in
                           avoid and (sectors is None or a.sector in sectors))


def _nearest_before(ctx, tok, back: int, keep) -> tuple:
    """The nearest mention ending before ``tok``, in its own sentence or the ``back``
    sentences before it, for which ``keep(actor)`` holds, as a 1-tuple; () when none."""
    floor = _reach_floor(tok, back)
    mentions = _by_start(ctx)
    for k in range(bisect.bisect_left(mentions[0], tok.idx) - 1, -1, -1):
        a = mentions[1][k]
        if a.start < floor:
            break
        if a.end <= tok.idx and keep(a):
            return (a,)
    return ()


def sector_named_before(ctx, tok, sectors: frozenset, avoid: frozenset = frozenset(),
                        back: int = 2) -> tuple:
    """The nearest party of one of ``sectors`` named before ``tok`` in its own sentence or
    the ``back`` sentences before it, whose (code, sector) is not in ``avoid``; () when none
    ("A Russian court sentenced ... The U.S. rejected the verdict": the Russian court)."""
    return _nearest_before(ctx, tok, back, lambda a: a.code is not None and a.sector in
                           sectors and (a.code, a.sector) not in avoid)


def named_between(ctx, tok, speaker) -> tuple:
    """"The ministry said it sent a note to Turkey urging it to ...": an object pronoun stands
    for a party its own sentence names between the speaker and it, not for the speaker
    ("Hamas said soldiers attacked them" names none there: the speaker); else ()."""
    if tok.dep_ not in _OBJECTS:
        return ()
    found = participant(ctx, tok, speaker)
    low = tok.sent.start_char if speaker.i > tok.i else speaker.idx + len(speaker)
    if found and all(low <= a.start and a.end <= tok.idx for a in found):
        return found
    return ()
