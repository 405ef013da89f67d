"""The maker of a ruling that is rejected, accepted or criticised, when only the ruling's
own words say who made it.

"Beijing has rejected the arbitral ruling", "Caracas rejected the ruling by a U.N.-backed
tribunal", "Nairobi said it does not accept the international court's judgment": whoever
answers a ruling answers the body that made it, and an arbitral, international or U.N.
court is an international body (IGO, judicial) even when the story never names it. A ruling
of a court of no such kind ("the court's ruling") is left to what the rest of the article
says, except that a doer is not its own recipient for want of reading it: "the tribunal",
read as the story's own state's court where the doer is that state, is the international
court the paragraph named ("The Permanent Court of Arbitration ruled ... China denied the
tribunal's authority": the PCA) (``court_named_before``). The same holds of a proposal
whose maker is named only in one hyphenated word: "rejected the U.S.-proposed ceasefire
plan", "approved the U.N.-drafted deal" answer the United States, the U.N. (``proposer``).
"""

from __future__ import annotations

from .. import coref
from ..records import Actor
from .lexicon import category_set, events_words
from .counterparts import kb_codes
from .phrases import phrase

#: Nouns of a court's decision ("ruling", "verdict", "award").
RULINGS = events_words("ruling_nouns")
#: Words that make the court behind a ruling an international one ("arbitral", "U.N.").
INTERNATIONAL = events_words("international_court_words")
#: Categories that answer a ruling (rejecting, accepting, backing or blaming it).
ANSWERING = category_set("ruling_answers", "lexicon/events.yaml")
#: Participles that make the name joined to them the maker of a plan ("U.S.-proposed").
PROPOSING = events_words("proposing_participles")
#: Nouns of a court ("court", "tribunal").
COURTS = events_words("court_nouns")
#: Sectors of a court among international bodies.
JUDICIAL = frozenset({"JUD"})
#: How many sentences back the court may have been named.
COURT_REACH = 3
#: How many words of a ruling's phrase are read (its modifiers, its "by" phrase).
LIMIT = 12


def _answered(cand) -> list:
    """What the candidate answers: its verb's objects (and those of a verb joined to it:
    "does not accept and does not recognize the ruling"), or its own noun."""
    found = [cand.noun] if cand.noun is not None else []
    verbs = [cand.head] + [c for c in cand.head.children if c.dep_ == "conj"]
    for v in verbs:
        found.extend(c for c in v.children if c.dep_ in ("dobj", "nsubjpass"))
    return found


def _objects(cand) -> list:
    """The ruling nouns the candidate answers (``_answered``)."""
    return [t for t in _answered(cand) if t.lemma_.lower() in RULINGS]


def _maker_words(noun) -> list:
    """The words of a ruling's phrase, and of a "by" phrase the parse hung on the verb
    ("does not accept the ruling by a U.N.-backed tribunal"), in text order."""
    # the noun's own phrase: a relative or participial clause on it names other parties
    # ("the ruling, which the international community had welcomed")
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    skipped = {t.i for c in clauses for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in skipped and abs(t.i - noun.i) <= LIMIT]
    if noun.dep_ == "dobj":
        words += [t for c in noun.head.children if c.dep_ in ("prep", "agent")
                  and c.lower_ == "by" and c.i > noun.i for t in c.subtree]
    return words


def _international_words(noun) -> list:
    """The words before or after the ruling noun that make its court international."""
    words = []
    for t in _maker_words(noun):
        if len(words) >= LIMIT:
            break
        if t.i == noun.i:
            continue
        # "U.N.-backed" is one token: its first part says who
        forms = {t.lower_, t.lemma_.lower(), t.lower_.split("-")[0]}
        if any(f.strip(".") in INTERNATIONAL for f in forms):
            words.append(t)
    return words


def ruling_maker(cand, event: str, recipient: tuple) -> tuple:
    """``recipient``, or when it has no country and the act answers a ruling an
    international court made, that court (IGO, judicial)."""
    if event not in ANSWERING or any(r.code for r in recipient) or cand.kind == "noun":
        return recipient
    for noun in _objects(cand):
        words = _international_words(noun)
        if words:
            first = min(w.idx for w in words)
            last = max(w.idx + len(w.text) for w in words)
            text = noun.doc.text[first:last]
            lo = noun.left_edge.idx
            hi = max(lo, last, noun.right_edge.idx + len(noun.right_edge.text))
            # the court's own words ("the tribunal") name it without a code: it is this body
            rest = tuple(r for r in recipient if r.code or not lo <= r.start < hi)
            return rest + (Actor(text, "IGO", "JUD", None, None, None, first, last),)
    return recipient


def _court(tok):
    """The court noun a recipient token is or is owned by ("the tribunal's authority"), when
    its phrase names no state of its own ("Kenya's Supreme Court"); else None."""
    court = tok if tok.lemma_.lower() in COURTS else next(
        (c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in COURTS), None)
    if court is None or any(t.i != court.i and (t.pos_ == "PROPN" or t.ent_type_ in (
            "GPE", "NORP")) for t in phrase(court)):
        return None
    return court


def court_named_before(ctx, roles, actor: tuple, recipient: tuple) -> tuple:
    """``recipient``, or when it has no side but the doer's own (or none) and was read from
    a court's unnamed words, the international court named shortly before."""
    own = frozenset(a.code for a in actor if a.code)
    codes = {r.code for r in recipient if r.code}
    if not own or codes and codes != set(own):
        return recipient
    for tok in roles.recipient:
        court = _court(tok)
        body = coref.body_named_before(ctx, court, own, COURT_REACH, JUDICIAL) \
            if court is not None else ()
        if body:
            span = phrase(tok)
            return tuple(r for r in recipient
                         if not span.start_char <= r.start < span.end_char) + body
    return recipient


def proposer(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """``recipient``, or when it has no country but the doer's own (or none), the maker
    named in a one-word "X-proposed" (backed, drafted ...) modifier of what the candidate
    answers, other than the doer."""
    own = {a.code for a in actor if a.code}
    codes = {r.code for r in recipient if r.code}
    if event not in ANSWERING or codes and codes != own or cand.kind == "noun":
        return recipient
    for noun in _answered(cand):
        # the words before the noun ("the U.S.-proposed ceasefire plan": on "ceasefire")
        for c in noun.doc[max(noun.left_edge.i, noun.i - LIMIT):noun.i]:
            if c.dep_ not in ("amod", "compound") or "-" not in c.text:
                continue
            name, part = c.text.rsplit("-", 1)
            if part.lower() not in PROPOSING:
                continue
            found = tuple(a for a in kb_codes(ctx, [name]) if a.code not in own)
            if found:
                return found[:1]
    return recipient
