"""Claims of responsibility: the group that claims an attack is who carried it out.

Conflict reporting names the doer of an attack mostly through the claim that follows it
("The group claimed responsibility for the bombing", "took responsibility for the attack",
"claimed the attack"). Read as words, the claim is a statement and the attack a noun with no
doer; read as news, the claim says who attacked. The attack noun is therefore tied to the
claiming verb the way a light verb takes its event noun ("carried out the attack"): the verb's
subject becomes the attack's doer, its clause gives date and place, and an attack told before
("the attack") is merged with its earlier telling by the article-level steps.

The merge needs the two tellings to share their doers' codes, which an unnamed doer ("gunmen",
or the place standing in for them) need not share with the claimant ("a bomb exploded in
Kabul ... the Islamic State group claimed the attack"). So, before the merge, ``pin_blamed``
gives an act of force told with no named doer the party that its own sentence or the next
makes its doer: by a claim, or by blame laid by others ("Authorities blamed the ELN for the
attack", "blamed the attack on X", "attributed the attack to X", "X was behind the attack",
"the attack was carried out by X", "the bombing, which the government blamed on X"). A verb
of blame is still an ACCUSE event of its own; a named doer is never replaced; blame denied
("denied it was behind the attack", "did not blame X") names nobody.

Only the categories listed in data/lexicon/events.yaml (``claimed_categories``) are claimed
this way: "claimed credit for the ceasefire" does not make the claimant a party to the truce.
"""

from __future__ import annotations

from .. import tree
from .lexicon import events_words, load_lexicon
from .phrases import phrase

#: Nouns a claimant takes for an act: "responsibility for", "credit for".
CLAIM_NOUNS = events_words("claim_nouns_for_acts")
#: Verbs of claiming: "claimed", "took", "accepted", "admitted".
CLAIM_VERBS = events_words("claim_verbs_for_acts")
DEFINITE = events_words("definite")
#: Categories of the acts a claim of responsibility tells the doer of.
CLAIMED = frozenset(c.upper() for c in events_words("claimed_categories"))


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _tally(noun) -> bool:
    """"claimed responsibility for several attacks": a count of past acts, not one act (a
    definite plural, "the attacks", still names acts told before)."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)


def claiming_verb(event: str, noun):
    """The verb through which a group claims the act ``noun`` names, or None.

    "claimed responsibility for the attack" and "took responsibility for the bombing" (the act
    is the object of "for" under a claim noun that the verb takes as its object); "claimed the
    attack" (the act is the claim verb's own object)."""
    if event not in CLAIMED or _tally(noun):
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and _lemma(noun.head) == "claim":
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    claim = noun.head.head
    if claim.dep_ not in ("dobj", "nsubjpass") or _lemma(claim) not in CLAIM_NOUNS:
        return None
    verb = claim.head
    if verb.pos_ != "VERB" or _lemma(verb) not in CLAIM_VERBS:
        return None
    return verb


# ----------------------------------------------------------------------------- blame laid
# A claim is the doer's own word; blame laid by an authority is another's word for the same
# thing, who did the act (see the module docstring).

BLAME_VERBS = events_words("blame_verbs_for_acts")
ATTRIBUTE_VERBS = events_words("attribute_verbs_for_acts")
DOING_VERBS = events_words("doing_verbs_for_acts")
BEHIND = events_words("behind_words_for_acts")
DISOWNING = events_words("disowning_verbs_for_acts")
GROUP_SECTORS = frozenset(w.upper() for w in events_words("blamed_doer_sectors"))
_ASSERTING = ("asserted", "historical")


def _prep_object(heads, prep: str):
    """The object of ``prep`` under any of ``heads`` ("blamed the attack on X": the parser
    hangs "on" on the verb or on the noun)."""
    for head in heads:
        for c in head.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == prep:
                for o in c.children:
                    if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME"):
                        return o  # "blamed the attack on Friday ... on X": not the day
    return None


def _laid_by_verb(verb, noun):
    """The party a verb of blame or attribution whose object is ``noun`` names, else None."""
    lemma = _lemma(verb)
    if lemma in BLAME_VERBS:
        return _prep_object((verb, noun), "on")
    if lemma in ATTRIBUTE_VERBS:
        return _prep_object((verb, noun), "to")
    return None


def blamed_party(event: str, noun):
    """The token naming whom the text makes the doer of the act of ``event`` that ``noun``
    names, through a claim or through blame or attribution, else None: "X claimed
    responsibility for the attack", "blamed X for the attack", "blamed the attack on X", "the
    attack was blamed on X", "the bombing, which the government blamed on X", "attributed the
    attack to X", "X was behind the attack", "the attack was carried out by X"."""
    claimer = claiming_verb(event, noun)
    if claimer is not None:
        return next((c for c in claimer.children if c.dep_ == "nsubj"), None)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        if _lemma(head.head) in BLAME_VERBS:
            return next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if head.head.dep_ == "dobj" and _lemma(head.head.head) in BLAME_VERBS:
            return head.head  # "blamed the rebel group for the attack": "for" on the object
    if noun.dep_ == "pobj" and head.lower_ in BEHIND and _lemma(head.head) == "be":
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        if noun.dep_ == "nsubjpass" and (_lemma(head) in DOING_VERBS
                                         or _lemma(head) == "claim"):
            return _agent(head)  # "the attack was carried out by X", "was claimed by X"
        return _laid_by_verb(head, noun)
    for rel in noun.children:
        if rel.dep_ == "relcl" and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "WDT"
                                       for c in rel.children):
            return _laid_by_verb(rel, noun)  # "the bombing, which the government blamed on X"
        if rel.dep_ == "acl" and rel.tag_ == "VBN":  # "an attack blamed on X", "claimed by X"
            if _lemma(rel) == "claim" or _lemma(rel) in DOING_VERBS:
                return _agent(rel)
            return _laid_by_verb(rel, noun)
    return None


def _agent(verb):
    return next((o for c in verb.children if c.dep_ == "agent"
                 for o in c.children if o.dep_ == "pobj"), None)


def is_claim(d) -> bool:
    """The draft is the claim of an act told before ("X claimed the attack"), not an act."""
    return d.cand.kind == "light" and claiming_verb(d.event, d.cand.noun) is not None


def _disowned(party, drafts: list) -> bool:
    """"was not behind the attack", "denied that X was behind it", "may blame X": blame
    taken back or not laid (also where the accusation the verb tells is not asserted)."""
    for tok in tree.ancestors(party, 4):
        if tree.is_verb(tok) and (_lemma(tok) in DISOWNING or any(
                c.dep_ == "neg" or c.tag_ == "MD" for c in tok.children) or any(
                d.cand.head.i == tok.i and d.modality not in _ASSERTING for d in drafts)):
            return True
    return False


def _blamer(party):
    """Who lays the blame on ``party``: the subject of the verb of blame, or of the verb
    reporting the clause that names the doer ("officials said X was behind the attack")."""
    verb = tree.governing_verb(party)
    for tok in (verb, verb.head if verb is not None and verb.dep_ == "ccomp" else None):
        subj = tree.subject(tok) if tok is not None else None
        if subj is not None and subj.i != party.i and subj.tag_ not in ("WDT", "WP"):
            return subj
    return None


def _disputed(ctx, party, found: tuple) -> bool:
    """A state blamed by another state: a charge between parties, not the doer named."""
    if any(a.sector in GROUP_SECTORS or a.code == "IMG" for a in found):
        return False
    blamer = _blamer(party)
    if blamer is None:
        return False
    codes = {a.code for a in ctx.actors.resolve(phrase(blamer)) or () if a.code}
    return bool(codes) and not codes & {a.code for a in found}


def _named(d) -> bool:
    return not d.extra.get("placed") and any(a.name or a.org for a in d.actor)


def _definite(noun) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
               for c in noun.children)


def _tied(d, noun) -> bool:
    """``noun`` is the act ``d`` tells: its own noun, its verb's subject ("the bombing ...
    killed 12") or the noun its verb qualifies."""
    head = d.cand.head
    return (d.cand.noun is not None and d.cand.noun.i == noun.i) or (
        head.i == noun.head.i and noun.dep_ in ("nsubj", "nsubjpass")) or (
        head.dep_ == "relcl" and noun.i < head.i)  # "the attack ..., which killed 2" (the
    # parser often hangs the relative clause on a later noun: "the attack in X, earlier in
    # the day, which killed")


def _blame_for(d, drafts: list, later: int, retold: bool):
    """The token of the party blamed for ``d``'s act in its sentence or the next (before the
    next act of its category, at token ``later``), else None. A draft ``retold`` as part of
    an attack told before only takes blame laid on its own noun or subject."""
    nouns = load_lexicon().nouns
    doc = d.sent.doc
    end = d.sent.end
    if end < len(doc):
        end = doc[end].sent.end
    for i in range(d.sent.start, min(end, later)):
        tok = doc[i]
        entry = nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if entry is None or entry.weak or entry.event != d.event:
            continue
        if _tied(d, tok) or (not retold and i > d.cand.head.i and _definite(tok)):
            party = blamed_party(d.event, tok)
            if party is not None and not _disowned(party, drafts):
                return party
    return None


def pin_blamed(ctx, drafts: list, retold) -> None:
    """Give an act of force told with no named doer the party its sentence or the next blames
    it on (see the module docstring). ``drafts``: the article's drafts in text order;
    ``retold(draft)``: whether a draft tells part of an attack told before ("were also killed
    during the attack"): blame in the next sentence is for that earlier telling, into which
    the merge folds it."""
    for n, d in enumerate(drafts):
        if d.event not in CLAIMED or d.modality not in _ASSERTING or _named(d):
            continue
        # a retelling that took this draft's doers ("The attack ... was claimed by X")
        # is no other act: blame laid on it is laid on this one too
        later = next((e.cand.head.i for e in drafts[n + 1:] if e.event == d.event
                      and e.cand.head.i > d.cand.head.i and e.sent.start != d.sent.start
                      and not is_claim(e) and not (e.inherited and e.actor == d.actor)),
                     len(d.sent.doc))
        party = _blame_for(d, drafts, later, retold(d))
        if party is None:
            continue
        found = tuple(a for a in ctx.actors.resolve(phrase(party)) or () if a.name or a.org)
        if found and not _disputed(ctx, party, found):
            d.actor = found
            d.extra["placed"] = False
