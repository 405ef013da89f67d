"""The other party of a reaction, a reply or an appeal whose own words name none.

- "Lawmakers welcomed the announcement that Kyiv had agreed to a truce": a reaction to an
  announcement, a decision or a move whose content clause names who acts is aimed at that
  doer (``content_doer``); not so for a claim ("rejected the allegation that rebels hide across
  the border" is aimed at whoever alleged it, not at the rebels);
- "dismissed accusations it buys arms from Pyongyang": parties named inside the claim's
  content are what the claim is about, not the recipient; the claim's maker, told earlier in
  the story, is (``claim_maker``);
- "experts detailed transfers to Russia, which Moscow denied": a reaction to what a whole
  clause tells answers that clause's subject, not the parties named in it; so does one told
  on a charge word that sums the clause up ("X alleged that ..., charges Y denied");
- "Moscow has not agreed to the truce", "objected to the ruling": a reaction that takes its
  thing with "to" is aimed at the thing's maker, as an earlier sentence told it;
- "Islamabad expects the Afghan government to act": an appeal whose addressee the parse made
  the subject of its infinitive (``infinitive_subject``);
- "If Ottawa does not drop its tariffs, I will raise ours": an act made on a condition is
  aimed at the party the condition asks something of (``conditioned_party``);
- "Bangkok said Beijing had asked for their return": an appeal with no addressee, told by
  another coded party, was addressed to that party (``asked_of_reporter``);
- "called a meeting of the U.N. Security Council": a meeting is held with the body it is a
  meeting of (``meeting_body``);
- "blamed the attacks on militants present on Afghan soil", in a story set in Pakistan: a
  recipient whose country was not written is of the country its phrase places it in
  (``placed_elsewhere``);
- "will join the national security adviser for talks with Ukrainian officials": at a meeting
  with a foreign party, the doer's compatriots are companions, not counterparts
  (``without_companions``);
- "a proposal for the Security Council to lift sanctions on Pyongyang": a proposal or an
  appeal is addressed to the subject of its "for ... to" infinitive, not to parties named
  inside that infinitive (``for_subject``);
- "the proposed deal has the backing of India", "Kenya won the support of the AU": a stance
  held from another is aimed at its holder, or at the maker of the thing holding it
  (``holder``);
- "signed an accord on fishing rights with Chile": an agreement is made with the party a
  "with" phrase inside its object names, or inside the verb it takes as complement ("is
  ready to work with X"), and a talk with the party of a "with" the parser hung on the
  verb's adjunct ("held talks by telephone with X") (``with_party``);
- "denied the request and asked instead for disarmament": a verbal act coordinated after
  another of the same doer, with no subject or object of its own, is aimed at the same party
  (``share_coordinated``, on the article's drafts).

Each fills a recipient only when none with a country was read, except that a claim's content
gives none; data in ``data/lexicon/reactions.yaml``.
"""

from __future__ import annotations

import dataclasses

from .. import coref, knowledge, tree
from . import claim_tellers
from .lexicon import category_set, conditioned, load_lexicon
from ..ranges import starting_in
from .parties import codes as _codes
from .phrases import PRONOUNS, phrase
from .recipients import CHARGE_NOUNS, earlier_doers, earlier_state

_FILE = "lexicon/reactions.yaml"
#: Categories aimed at the maker of the thing they react to.
REACTIONS = category_set("reaction_categories", _FILE)
#: Acts aimed at whoever did the act their definite object names ("denounced the extension").
EARLIER_DOER = category_set("recipient_is_earlier_doer")
#: "agreed to the plan": prepositions by which a reaction takes its thing.
OBJECT_PREPS = knowledge.words(_FILE, "object_preps")
#: Appeals whose addressee may be the subject of their infinitive clause.
CONTENT = category_set("content_categories", _FILE)
#: Verbal categories a coordinated verb shares the other party of.
SHARED = category_set("shared_categories", _FILE)
#: Verbal categories whose recipient those verbs take over.
SHARED_FROM = category_set("shared_from_categories", _FILE)
#: Appeals addressed, when no one is named, to the party that reports them.
REPORTED_TO = category_set("reported_to_categories", _FILE)
#: Verbal categories whose recipient guessed from the setting yields to where it is placed.
PLACED = category_set("placed_categories", _FILE)
#: "on Afghan soil", "in Syria": prepositions that place a party.
PLACING = knowledge.words(_FILE, "placing_preps")
#: Meetings whose recipients of the doer's country, beside foreign ones, are companions.
COMPANIONS = category_set("companion_categories", _FILE)
#: Proposals and appeals addressed to the subject of their "for ... to" infinitive.
FOR_SUBJECT = category_set("for_subject_categories", _FILE)
#: Stances held from another ("has the backing of India"), and the verbs that hold them.
HELD = category_set("held_categories", _FILE)
HOLDING = knowledge.words(_FILE, "holding_verbs")
#: Agreements and meetings whose counterpart a "with" phrase in their object names.
WITH = category_set("with_categories", _FILE)
#: "along with": a companion, not a counterpart.
ALONG = knowledge.words(_FILE, "companion_words")
#: "if", "unless": marks of the condition an act is made on.
#: Clauses by which a noun gives its content ("the announcement that ...").
_CONTENT_DEPS = ("acl", "ccomp", "relcl")



def _side(ctx, tok, own: set) -> tuple:
    """The coded parties, not ``own``, a token's phrase names (a pronoun: none; its
    antecedent is for coreference to find)."""
    if tok is None or tok.lower_ in PRONOUNS or tok.pos_ not in ("PROPN", "NOUN"):
        return ()
    return tuple(a for a in ctx.actors.resolve(phrase(tok)) or () if a.code
                 and a.code not in own)


def _objects(verb) -> list:
    """The things a reaction verb reacts to: its direct objects, the noun a relative clause
    makes its object, and nouns it takes with "to" ("agreed to the plan")."""
    out = [c for c in verb.children if c.dep_ == "dobj" and (
        c.pos_ == "NOUN" or c.lemma_.lower() in CHARGE_NOUNS)]  # "reject claims" read as a verb
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
            c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children):
        out.append(verb.head)  # "espionage charges which Washington dismissed"
    out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return out


def _content(noun):
    """The clause a noun gives its content in ("the claim that ...", "accusations it is ..."),
    or None."""
    return next((c for c in noun.children if c.dep_ in _CONTENT_DEPS and c.pos_ in (
        "VERB", "AUX") and c.i > noun.i), None)


def _inside(actor, clause) -> bool:
    start = clause.left_edge.idx
    end = clause.right_edge.idx + len(clause.right_edge)
    return actor.start >= 0 and start <= actor.start and actor.end <= end


def content_doer(ctx, noun, own: set) -> tuple:
    """"the announcement that Kyiv had agreed", "the decision by which Rome ...": the coded
    subject of a non-claim noun's content clause, not the reacting party's own."""
    clause = _content(noun)
    if clause is None or noun.lemma_.lower() in CHARGE_NOUNS:
        return ()
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return _side(ctx, subj, own)


def claim_maker(ctx, noun, own: set, lex) -> tuple:
    """Who made the claim a reaction names ("the allegations"), as the story told it before:
    the nearest coded maker; one of the reacting party's own country only when no other is
    found ("Both Islamabad and Beijing reject the claims" made by a group at home)."""
    same = ()
    for doer in earlier_doers(noun, lex, far=True):
        found = tuple(a for a in ctx.actors.resolve(phrase(doer)) or () if a.code)
        other = tuple(a for a in found if a.code not in own)
        if other:
            return other
        same = same or found
    return same


def _clause_teller(ctx, verb, own: set) -> tuple:
    """"Kyiv said Russian troops shelled the town, which Moscow denied": a reaction whose
    object is "which" standing for the whole clause it hangs on answers the subject of that
    clause (the one who told it), not the parties named inside it."""
    which = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "WDT"), None)
    if which is None or verb.dep_ not in ("advcl", "relcl", "conj"):
        return ()
    clause = verb.head
    if clause.pos_ not in ("VERB", "AUX"):
        # ", which Moscow denied" the parser hung on the last name or date of the clause
        if not (clause.pos_ == "PROPN" or clause.ent_type_ in ("DATE", "TIME")) or \
                which.i == 0 or verb.doc[which.i - 1].text != ",":
            return ()
        clause = verb.sent.root
    return _side(ctx, next((c for c in clause.children if c.dep_ == "nsubj"), None), own)


def reacted_to(ctx, cand, event: str, actor: tuple, recipient: tuple,
               doers=None) -> tuple:
    """The recipient of a reaction once the thing it reacts to is read (see the module doc):
    the party its own sentence names as the thing's maker (a clause teller, the subject of
    the thing's own clause, "the sanctions the EU imposed"), else the maker an earlier
    sentence told. The one reading of reaction recipients: the events stage calls it as soon
    as roles are read, with ``doers`` (token, doer indices to skip) -> parties, its own
    resolver (coreference included); the counterpart chain calls it again without."""
    if event not in REACTIONS and event not in EARLIER_DOER:
        return recipient
    lex = load_lexicon()
    own = _codes(actor)
    mine = cand.kind == "verb" and event in REACTIONS
    if mine:
        recipient = _outside_claims(cand, recipient)
    # the thing's maker its own sentence names, then the doer of the act an earlier sentence
    # told, then a claim's maker told further back
    found = _reaction_maker(ctx, cand, own, lex, recipient, far=False) if mine else None
    if found is not None:
        return found
    if event in EARLIER_DOER and not _codes(recipient):
        recipient = _earlier_doer(ctx, cand, actor, lex, doers) or recipient
    found = _reaction_maker(ctx, cand, own, lex, recipient, far=True) if mine else None
    return recipient if found is None else found


def _earlier_doer(ctx, cand, actor: tuple, lex, doers) -> tuple:
    """"Lawmakers denounced the extension": whoever extended, as an earlier sentence told it;
    the first such doer with a code that is not this act's own actor; else the state a
    passive act of its organs belongs to (``recipients.earlier_state``)."""
    objs = [c for c in cand.head.children if c.dep_ == "dobj" or (  # "said the claims were
        cand.kind == "obligation" and c.dep_ == "nsubj")]  # false": the claim's earlier maker
    own = _codes(actor)
    for obj in objs:
        for doer in earlier_doers(obj, lex):
            found = doers(doer) if doers is not None else _side(ctx, doer, own)
            # "Ethiopia and Eritrea signed the accord" (the pair that made it): not with
            # themselves; one party's own act ("Syria's Kurds rejected the decree") stays
            found = tuple(a for a in found if a.code and (len(own) < 2 or a.code not in own))
            if found:
                return found
    resolve = doers if doers is not None else (lambda t: _side(ctx, t, own))
    return earlier_state(ctx, objs, lex) or next(
        (f for obj in objs if (f := claim_tellers.said_by(obj, lex, resolve, own))), ())


def _by_doer(ctx, noun, own: set) -> tuple:
    """"protested the arrest of its fishermen by Ethiopian police": the coded party the act
    noun's own "by" phrase names, not the reacting party's own."""
    by = next((c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"),
              None)
    return _side(ctx, next((g for g in by.children if g.dep_ == "pobj"), None), own) \
        if by is not None else ()


def _active(verb) -> bool:
    """An active verb: a "by" phrase the parser hung on it belongs to its object ("protested
    the arrest of its fishermen by Ethiopian police")."""
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _summed_teller(ctx, verb) -> tuple:
    """"X alleged that the army rigged the vote, charges the commission denied", "residents
    blamed the army - an accusation the army denied": a reaction with no object of its own,
    told in a clause on a charge word that sums up the clause before it (after a comma or a
    dash), answers the subject of that clause (the one who charged)."""
    charge = verb.head
    if verb.dep_ not in ("relcl", "ccomp") or verb.i < charge.i or \
            charge.lemma_.lower() not in CHARGE_NOUNS or any(
                c.dep_ == "dobj" for c in verb.children):
        return ()
    before = charge.i - 1
    while before > charge.sent.start and charge.doc[before].dep_ == "det":
        before -= 1
    if before <= charge.sent.start or charge.doc[before].text not in (",", "-", "\u2013",
                                                                       "\u2014", "--"):
        return ()
    root = charge.sent.root
    if root.i == charge.i:  # the parser made the charge word the sentence's head
        root = next((c for c in charge.children if c.i < charge.i and c.pos_ in (
            "VERB", "AUX") and c.dep_ in ("ccomp", "advcl", "conj", "parataxis")), None)
    if root is None or root.i > charge.i:
        return ()
    # the accuser named outright may be of the answering side's own country (a domestic
    # charge answered at home)
    return _side(ctx, tree.subject(root, ("nsubj",)), set())


def _outside_claims(cand, recipient: tuple) -> tuple:
    """The recipients not named inside what a claim the reaction verb takes says ("denied
    claims it gets arms from X": X is what is claimed, not who is answered)."""
    for noun in _objects(cand.head):
        clause = _content(noun)
        if noun.lemma_.lower() in CHARGE_NOUNS and clause is not None:
            recipient = tuple(r for r in recipient if not _inside(r, clause))
    return recipient


def _reaction_maker(ctx, cand, own: set, lex, recipient: tuple, far: bool):
    """The maker of what a reaction verb reacts to, as its own sentence names it or (``far``)
    as a claim told before does; ``recipient`` when a coded one stands outside what the claim
    says; None when nothing is found."""
    teller = _clause_teller(ctx, cand.head, own) or _summed_teller(ctx, cand.head)
    if teller:
        return teller
    if _codes(recipient):
        return recipient
    for noun in _objects(cand.head):
        found = content_doer(ctx, noun, own) or _by_doer(ctx, noun, own) or (
            _by_doer(ctx, cand.head, own) if _active(cand.head) else ())
        if not found and not far:
            continue
        if not found and noun.lemma_.lower() in CHARGE_NOUNS:
            found = claim_maker(ctx, noun, own, lex)
        elif not found and noun.dep_ == "pobj":
            found = next((side for d in earlier_doers(noun, lex, far=True)
                          if (side := _side(ctx, d, own))), ())
        if found:
            return found
    return recipient if _codes(recipient) else None


def infinitive_subject(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Pakistan expects the Afghan government to uphold ...": an appeal with no object, whose
    infinitive clause has a subject of its own, is addressed to that subject."""
    if event not in CONTENT or cand.kind != "verb" or _codes(recipient):
        return recipient
    verb = cand.head
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return recipient
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or not tree.to_infinitive(clause):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        found = _side(ctx, subj, _codes(actor))
        if found:
            return found
    return recipient


def _condition_parties(ctx, verb, own: set) -> tuple:
    """The coded parties, not ``own``, that a condition on ``verb`` names as its subject or
    "by" agent ("if Canada does not drop", "unless the tariffs are dropped by Canada"), on the
    verb or on what it threatens ("threatened to stop talks if Washington deploys")."""
    clauses = [c for v in [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
               for c in v.children]
    for clause in clauses:
        if clause.dep_ != "advcl" or not conditioned(clause):
            continue
        parties = [c for c in clause.children if c.dep_ == "nsubj"]
        parties += [g for c in clause.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"]
        for party in parties:
            found = _side(ctx, party, own)
            if found:
                return found
    return ()


def conditioned_party(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"If other tariffs are not dropped by Canada, I will raise the tariffs", "will retaliate
    if Israel strikes": an act with no coded recipient, made on a condition whose subject (or
    "by" agent, in the passive) is another coded party, is aimed at that party. A threat whose
    recipients include that party is aimed at it alone: the others were read from what is
    threatened ("stop talks if the U.S. deploys missiles in Europe")."""
    own = _codes(actor)
    if not own:
        return recipient
    found = _condition_parties(ctx, cand.head, own)
    if not found:
        return recipient
    if not _codes(recipient):
        return found
    party = _codes(found)
    if event == "THREATEN" and _codes(recipient) & party:
        return tuple(r for r in recipient if r.code in party)
    return recipient


def asked_of_reporter(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"The Thai government said China had asked for the return of 45 nationals": an appeal
    with no coded recipient, in the reported (not quoted) clause of a reporting verb whose
    subject is a coded party other than the appeal's doer, was addressed to that party."""
    own = _codes(actor)
    verb = cand.head
    if event not in REPORTED_TO or cand.kind != "verb" or _codes(recipient) or not own \
            or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in load_lexicon().reporting \
            or coref.in_quotes(ctx, verb):
        return recipient  # a speaker's own words ("'We call on ...,' he said") are the doer's
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    found = _side(ctx, subj, own)
    return found if found and not _codes(found) & own else recipient


def meeting_body(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Called a private meeting of the U.N. Security Council": a meeting with no coded
    recipient is held with the coded body it is a meeting of (not the doer's own)."""
    if event != "CONSULT" or _codes(recipient) or cand.noun is None:
        return recipient
    own = _codes(actor)
    heads = [cand.noun] + ([cand.head] if cand.kind == "light" else [])
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for body in prep.children:
                found = _side(ctx, body, own) if body.dep_ == "pobj" else ()
                if found:
                    return found
    return recipient


def _placed_in(tok, start: int, end: int) -> bool:
    """Whether the characters [start, end) lie in a placing phrase under ``tok`` ("militants
    present on Afghan soil": "on Afghan soil"), anywhere in its phrase after it."""
    for t in tok.subtree:
        if t.dep_ == "prep" and t.lower_ in PLACING and t.i > tok.i:
            right = t.right_edge
            if t.idx <= start and end <= right.idx + len(right):
                return True
    return False


def _named_in_place(ctx, tok, code: str) -> bool:
    """Whether a placing phrase under ``tok`` names a party of country ``code`` ("the
    ambassadors from Germany, Italy and the Netherlands": Germany)."""
    for t in tok.subtree:
        if t.dep_ == "prep" and t.lower_ in PLACING and t.i > tok.i:
            end = t.right_edge.idx + len(t.right_edge)
            if any(m.code == code and m.end <= end for m in starting_in(
                    ctx.actors.mentions, t.idx, end, cache=ctx.cache)):
                return True
    return False


def unwritten(ctx, r, span) -> bool:
    """Whether the recipient's country was not written in its own words: taken from the
    story's setting, or given to a party named by no name and no nationality ("militants")."""
    return ctx.actors.from_setting(r) or (r.name is None and not any(
        t.ent_type_ in ("NORP", "GPE") for t in span))


def placed_elsewhere(ctx, event: str, recipient: tuple) -> tuple:
    """Recipients of a verbal act, those whose country was not written given the country of
    another recipient named in a phrase placing them ("militants present on Afghan soil" in a
    story set in Pakistan: Afghanistan's)."""
    if event not in PLACED or len(recipient) < 2:
        return recipient
    out = []
    for r in recipient:
        span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand") \
            if r.start >= 0 and r.code else None
        if span is not None and (not unwritten(ctx, r, span)
                                 or _named_in_place(ctx, span.root, r.code)):
            span = None  # "ambassadors from Germany, Italy and ...": Germany's, as written
        place = next((o for o in recipient if span is not None and o.code and o.code != r.code
                      and o.start >= 0 and not ctx.actors.from_setting(o)
                      and _placed_in(span.root, o.start, o.end)), None)
        out.append(dataclasses.replace(r, code=place.code) if place is not None else r)
    return tuple(out)


def without_companions(event: str, actor: tuple, recipient: tuple) -> tuple:
    """A meeting's recipients without those of the doer's own country, when another country's
    party is among them: the compatriots came along."""
    own = _codes(actor)
    if event not in COMPANIONS or not own or not _codes(recipient) - own:
        return recipient
    return tuple(r for r in recipient if r.code not in own)


def _to_clause(tok) -> bool:
    return tok.dep_ == "advcl" and tree.to_infinitive(tok)


def _for_infinitive(head):
    """(subject, clause) of a "for X to do" infinitive on ``head``, parsed either as a clause
    marked "for" with its own subject, or as "for X" beside a "to" clause; or None."""
    for c in head.children:
        if _to_clause(c) and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return subj, c
        if c.dep_ == "prep" and c.lower_ == "for":
            subj = next((g for g in c.children if g.dep_ == "pobj"), None)
            clause = next((g for g in head.children if _to_clause(g) and subj is not None
                           and g.i > subj.i), None)
            if clause is not None:
                return subj, clause
    return None


def for_subject(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Made a proposal for the U.N. Security Council to lift sanctions on North Korea": a
    proposal or appeal with no coded recipient outside its "for ... to" infinitive is
    addressed to that infinitive's subject (not the doer's own; called_on's keep theirs)."""
    if event not in FOR_SUBJECT or cand.asker is not None:
        return recipient
    noun = cand.noun or cand.anchor
    heads = [cand.head] + ([noun] if noun is not None else [])
    heads += [c for h in heads[1:] for c in h.children if c.dep_ == "acl"]
    for head in heads:
        found = _for_infinitive(head)
        if found is None:
            continue
        subj, clause = found
        if any(r.code and not _inside(r, clause) for r in recipient):
            return recipient  # a party named outside it is asked
        return _side(ctx, subj, _codes(actor)) or recipient
    return recipient


def holder(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"The proposed deal also has the backing of India": a stance with no coded recipient,
    told as held by the subject of "have", "win", "receive" ..., is aimed at that subject when
    it is a party, else at whoever made the thing it names, as the story told it before."""
    noun = cand.noun or cand.anchor
    verb = cand.head
    if event not in HELD or _codes(recipient) or noun is None or noun.dep_ != "dobj" \
            or noun.head.i != verb.i or verb.lemma_.lower() not in HOLDING:
        return recipient
    own = _codes(actor)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = _side(ctx, subj, own)
    if found or subj is None or subj.pos_ != "NOUN":
        return found or recipient
    return next((side for d in earlier_doers(subj, load_lexicon(), far=True)
                 if (side := _side(ctx, d, own))), recipient)


def with_party(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Accepted a formula for ending its dispute with Norway": an agreement or meeting with
    no coded recipient is made with the first coded party, not the doer's own, that a "with"
    phrase inside its object (or its noun's own words, its complement verb, a talking verb's
    adjuncts) names ("along with" names a companion)."""
    if event not in WITH or _codes(recipient):
        return recipient
    own = _codes(actor)
    roots = _objects(cand.head) if cand.kind in ("verb", "light") else []
    noun = cand.noun or cand.anchor
    roots += [noun] if noun is not None else []
    if event == "CONSULT" and cand.kind in ("verb", "light"):
        roots += _occasions(cand.head) + _means(cand.head)
    roots += _complements(cand.head)
    for root in roots:
        for t in root.subtree:
            if t.dep_ != "prep" or t.lower_ != "with" or t.head.lower_ in ALONG:
                continue
            party = next((g for g in t.children if g.dep_ == "pobj"), None)
            found = _side(ctx, party, own) if party is not None else _next_party(ctx, t, own)
            if found:
                return found
    return recipient


def _occasions(verb) -> list:
    """"During the meeting with X, he discussed ...": the meeting nouns a talking verb's
    adjuncts name, whose "with" phrase is who the talk was with."""
    lex = load_lexicon()
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for g in prep.children:
            entry = lex.nouns.get(lex.lemma(g)) if g.dep_ == "pobj" else None
            if entry is not None and entry.event == "CONSULT":
                out.append(g)
    return out


def _means(verb) -> list:
    """"Held talks by telephone with X", "spoke on Friday in Geneva with X": the nouns of a
    talking verb's own adjuncts, on which the parser may hang the verb's "with" phrase (a
    party named there, not a "with" of its own, is who the talk was with)."""
    return [g for prep in verb.children if prep.dep_ == "prep" and prep.lower_ != "with"
            for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]


def _complements(head) -> list:
    """"Is ready to work with X", "agreed to cooperate with X", "to discuss upgrading ties
    with X": the verb an agreement or meeting takes as its complement (an infinitive, a
    gerund), whose "with" phrase names the counterpart of the act itself."""
    return [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]


def _next_party(ctx, with_tok, own: set) -> tuple:
    """"a meeting with Chinese diplomat X held on Sunday", parsed with X as the subject of
    "held": the coded party mentioned right after a "with" the parser left without object."""
    start = with_tok.idx + len(with_tok)
    for m in starting_in(ctx.actors.mentions, start + 1, start + 2, cache=ctx.cache):
        if m.end <= with_tok.sent.end_char and m.code and m.code not in own:
            return (m,)
    return ()


def _bare(cand) -> bool:
    """The candidate's verb has no subject and no object of its own (a light verb's noun,
    "reach the agreement", is the act itself)."""
    noun = {t.i for t in (cand.noun, cand.anchor) if t is not None}
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "ccomp")
                   and c.i not in noun for c in cand.head.children)


def _purpose(verb) -> bool:
    """"... to reach the agreement": an infinitive of purpose or complement."""
    return verb.dep_ in ("advcl", "xcomp") and tree.to_infinitive(verb)


def share_coordinated(drafts: list) -> None:
    """"Denied the request and asked instead for disarmament", "held talks with Kyiv's envoys to
    reach the agreement": each verbal draft with no coded recipient but its doer's own whose
    verb is coordinated
    after another verbal draft's verb, or is its purpose infinitive, with the same coded doers
    and no subject or object of its own, takes that draft's recipient; in place."""
    heads = {}
    for d in drafts:
        if d.event in SHARED_FROM and d.cand.kind in ("verb", "light") and _codes(d.recipient):
            heads.setdefault((d.sent.start, d.cand.head.i), d)
    for d in drafts:
        verb = d.cand.head
        # a recipient of the doer's own country, with nothing named, is a guess ("asked for
        # an inquiry": its home's people) the first act's party overrides
        if d.event not in SHARED or d.cand.kind not in ("verb", "light") or \
                not _codes(d.recipient) <= _codes(d.actor) or not (
                verb.dep_ == "conj" or _purpose(verb)) or not _bare(d.cand):
            continue
        first = heads.get((d.sent.start, verb.head.i))
        if first is not None and _codes(first.actor) == _codes(d.actor) and _codes(d.actor):
            d.recipient = first.recipient
