"""Finding event triggers in a parsed sentence and tying them together.

A *candidate* is one event in the making: the token whose clause carries its arguments
(``head``), the words that make up the trigger, its category and mode. Three structural passes
turn raw lexicon hits into one candidate per event:

1. light verbs merge with their event noun ("held talks", "imposed sanctions", "negotiations
   held on May 16"), phrases override ("signed an agreement" is SUPPORT);
2. embedding verbs and nouns absorb the event they govern ("threatened to impose a curfew" is
   one THREATEN/curfew; "a willingness to continue dialogue" one AGREE; "refused to withdraw"
   a REJECT plus a negated RETREAT);
3. noun modifiers of an event noun are dropped ("ceasefire agreement" is one event).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .. import docview, tree
from . import adjuncts, criticism
from .clauses import relative_doer
from .lexicon import Entry, Lexicon, category_set, events_words, load_lexicon


@functools.lru_cache(maxsize=1)
def _fixes() -> dict[str, str]:
    # without load_lexicon's lock, which _lem would otherwise take once per token; a race
    # only reads the same loaded lexicon twice
    return load_lexicon().lemma_fixes


def _lem(tok) -> str:
    """Lower-case lemma with the lexicon's lemmatizer fixes (hot path: kept minimal)."""
    return _fixes().get(tok.lower_) or tok.lemma_.lower()

#: Entity types whose tokens are names, never triggers ("Operation Desert Storm", "Strike FC").
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "LAW",
                       "PRODUCT", "LANGUAGE"})
NUMERIC_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                          "ORDINAL"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Dependencies by which a noun is the event a verb "does": "held talks", "talks were held".
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
#: Prepositions through which a light verb takes its event noun ("engaged in talks").
LIGHT_PREPS = events_words("light_preps")
#: Light verbs that take their event noun through any preposition ("entered into talks").
ANY_PREP_LIGHT_VERBS = events_words("light_verbs_any_prep")
#: Prepositions by which a promise names its beneficiary ("pledged $5 million to Chad").
PROMISE_PREPS = events_words("promise_preps")
#: Prepositions of time and circumstance: their object is never what a demand or promise
#: is about ("after a meeting with X, told officials to ...").
CIRCUMSTANCE_PREPS = events_words("circumstance_preps")
#: Prepositions through which a demand, threat or offer names what it is about.
COMPLEMENT_PREPS = events_words("complement_preps")
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "relcl", "advcl", "pcomp"})


@dataclass
class Candidate:
    head: object  # Token whose clause gives the arguments (a verb, or the event noun)
    event: str
    mode: str | None
    weak: bool
    kind: str  # "verb", "noun" (standalone nominal), "light" (light verb + noun)
    noun: object = None  # the event noun, for nominal and light-verb events
    words: list = field(default_factory=list)  # trigger tokens
    key: str = ""  # lexicon key that fired
    anchor: object = None  # outermost noun of a nominal ("round" in "a round of talks")
    content: "Candidate | None" = None  # the event this one is about (threat, demand ...)
    negated: bool = False  # complement of a refusal: kept, but not asserted
    dropped: bool = False
    predicate: object = None  # verb governing a standalone noun ("talks took place")

    @property
    def tokens(self) -> list:
        return sorted(self.words, key=lambda t: t.i)


def _cue_words(tok) -> set[str]:
    """Lemmas and lower-case words around a trigger, for sense and mode choice."""
    out: set[str] = set()

    def add(t):
        out.add(_lem(t))
        out.add(t.lower_)

    for c in tok.children:
        add(c)
        # "sent back to jail": the particle-like adverb carries the phrase
        # a passive subject is the thing acted on: "$9 billion in assets were frozen"
        if c.dep_ in ("prep", "agent", "dobj", "nsubjpass", "xcomp", "compound", "amod", "pobj",
                      "prt") or (c.dep_ == "advmod" and c.lower_ == "back"):
            for g in c.children:
                add(g)
                if c.dep_ in ("dobj", "nsubjpass", "advmod") and g.dep_ == "prep":  # "700 kg of medicine", "back to jail"
                    for h in g.children:
                        add(h)
    head = tok.head
    if head.i != tok.i:
        add(head)
        if head.dep_ == "prep" or head.pos_ == "ADP":
            add(head.head)
    return out


def _phrasal_keys(tok, table: dict) -> list[str]:
    """Keys to try for a verb: "<lemma> <particle>" / "<lemma> <preposition>" first."""
    lemma = _lem(tok)
    keys = []
    for c in tok.children:
        if c.dep_ in ("prt", "prep", "dobj") and c.i > tok.i:
            key = f"{lemma} {c.lower_}"
            if key in table:
                keys.append(key)
            if c.dep_ == "prt":
                for g in c.children:
                    if g.dep_ == "prep" and f"{key} {g.lower_}" in table:
                        keys.insert(0, f"{key} {g.lower_}")
        if c.dep_ == "acomp" and c.i > tok.i:
            # "pleaded not guilty": a negation inside the phrase is part of its meaning
            neg = "".join(f"{n.lower_} " for n in (*tok.children, *c.children)
                          if n.dep_ == "neg" and n.i < c.i)
            if f"{lemma} {neg}{c.lower_}" in table:
                keys.insert(0, f"{lemma} {neg}{c.lower_}")
    keys.append(lemma)
    return keys


#: Prepositions whose object is what the act is done to: "withdrew from the bloc",
#: "designated as a terrorist group", "the withdrawal of member states", "a ban on imports".
OBJECT_PREPS = frozenset({"from", "as", "of", "on"})


def _object_words(tok) -> set[str]:
    """What the act is done to: its object (active or passive) or its object preposition's
    noun, with their modifiers and entity types ("ent:gpe")."""
    out: set[str] = set()
    heads = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "oprd"):
            out.add("*")  # a direct object, whatever it is ("demonstrated its strength")
            heads.append(c)
            if c.like_num or c.ent_type_ == "CARDINAL":  # "dozens of soldiers"
                heads.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ in OBJECT_PREPS:
            heads.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in ("ccomp", "xcomp") and c.i > tok.i:
            # "allowed opposition parties to register": the parser makes the parties the
            # infinitive's subject; they are who is allowed
            heads.extend(g for g in c.children if g.dep_ == "nsubj" and tok.i < g.i < c.i)
    for h in heads:
        out.update((_lem(h), h.lower_))
        if h.ent_type_:
            out.add(f"ent:{h.ent_type_.lower()}")
        if len(h.text) >= 4 and h.text.isalpha() and h.text.isupper():
            out.add("acronym")  # "NATO", "OPEC": organisations more often than places
        out.update(_lem(c) for c in h.children if c.dep_ in ("amod", "compound"))
    return out


def _apply_sense(lex: Lexicon, key: str, entry: Entry | None, tok) -> Entry | None:
    rules = lex.senses.get(key)
    if not rules:
        return entry
    cues = _cue_words(tok)
    objects = _object_words(tok) if any(r.objects for r in rules) else set()
    for rule in rules:
        if rule.objects:
            if rule.objects & objects:
                return Entry(rule.event, rule.mode, False) if rule.event else None
            continue
        if not rule.cues or rule.cues & cues:
            if rule.event is None:
                return None
            # a reading confirmed by its cue words is no longer ambiguous
            weak = (entry.weak if entry else True) and not rule.cues
            return Entry(rule.event, rule.mode, weak)
    return entry


def lookup(lex: Lexicon, tok) -> tuple[str, Entry] | None:
    """The lexicon entry a token triggers, after phrasal keys and word senses."""
    if tok.ent_type_ in NAME_ENTS and tok.pos_ == "PROPN" or tok.ent_type_ in NUMERIC_ENTS:
        return None  # names and dates: "Operation Storm", "March 3"
    if tok.pos_ == "PROPN" and tok.is_title and not tok.is_sent_start:
        return None
    lemma = _lem(tok)
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
        for key in _phrasal_keys(tok, lex.verbs):
            entry = lex.verbs.get(key)
            if entry or key in lex.senses:
                entry = _apply_sense(lex, key, entry, tok)
                return (key, entry) if entry else None
        return None
    if tok.pos_ in NOUN_POS or (tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "dobj", "pobj")):
        multi = lex.multiword_nouns.get(lemma)
        if multi:
            left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
            for c in left:
                key = f"{_lem(c)} {lemma}"
                if key in multi:
                    return key, multi[key]
        for c in tok.children:  # "state of emergency", "state of siege"
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    key = f"{lemma} of {_lem(g)}"
                    if g.dep_ == "pobj" and key in lex.nouns:
                        return key, lex.nouns[key]
        entry = lex.nouns.get(lemma)
        if entry:
            entry = _apply_sense(lex, lemma, entry, tok)
            return (lemma, entry) if entry else None
    return None


def _container_anchor(lex: Lexicon, noun):
    """'a new round of talks' -> 'round'; the outer noun carries the clause role."""
    anchor = noun
    if anchor.dep_ == "compound" and _lem(anchor.head) in lex.containers:
        anchor = anchor.head  # "a mediation effort", "a peace process"
    # two steps at a time: noun -> "of" -> container noun ("the start of a round of talks")
    for _ in range(tree.MAX_DEPTH // 2):
        if not (anchor.dep_ == "pobj" and anchor.head.lower_ == "of"
                and _lem(anchor.head.head) in lex.containers):
            break
        anchor = tree.climb(anchor, limit=2)
    return anchor


def _phrase(lex: Lexicon, verb, noun, prep=None):
    v = _lem(verb)
    n = _lem(noun)
    keys = [f"{v} {n}"]
    for c in verb.children:
        if c.dep_ == "prt":
            keys.insert(0, f"{v} {c.lower_} {n}")
    if prep is not None:
        keys.insert(0, f"{v} {prep.lower_} {n}")
    for c in noun.lefts:  # "declare a state of emergency", "martial law"
        if c.dep_ in ("compound", "amod"):
            keys.insert(0, f"{v} {_lem(c)}")
    for k in keys:
        if k in lex.phrases:
            return k, lex.phrases[k]
    return None


#: Categories a quote can itself carry ('"Leave now," he demanded' is a REQUEST).
SPEECH_ACTS = category_set("speech_acts")
_CLOSING_QUOTES = frozenset({'"', "”", "’’", "''", "»"})


def _attributes_quote(verb) -> bool:
    """True for a verb that attributes a direct quote ending just before it.

    News copy writes '"The danger has not passed," agreed X' or '"...," X warned': the quote
    is the verb's complement, and its only content is the speech, not an event of its own.
    """
    doc = verb.doc
    i = verb.i - 1
    # skip the subject in '"...," X warned' (at most a short name) and the comma
    while i >= 0 and verb.i - i <= 5 and doc[i].text not in _CLOSING_QUOTES:
        if doc[i].pos_ not in ("PROPN", "PRON", "PUNCT", "DET", "NOUN", "ADJ"):
            return False
        i -= 1
    if i < 1 or doc[i].text not in _CLOSING_QUOTES:
        return False
    # the quote ends its sentence with a comma, inside the marks (US) or outside them (UK)
    comma = doc[i - 1].text == "," or (i + 1 < verb.i and doc[i + 1].text == ",")
    return comma and not any(
        c.dep_ in ("dobj", "xcomp", "prep") and c.i > verb.i for c in verb.children)


def find_candidates(lex: Lexicon, sent) -> list[Candidate]:
    """Every event candidate in a sentence after merging, absorbing and dropping."""
    by_token, verbs = _seed_candidates(lex, sent)
    _obligations(lex, verbs, by_token)
    _drop_nested(by_token)
    _light_verbs_and_phrases(lex, by_token)
    _embeddings(lex, by_token)
    for cand in by_token.values():
        if cand.kind == "noun" and cand.key in lex.needs_content and cand.content is None:
            cand.dropped = True  # "the China threat": a danger named, not a threat made
        if cand.kind == "verb" and cand.key in lex.promise_verbs and cand.content is None \
                and cand.event == "AGREE" and not _promised_to(cand.head):
            cand.dropped = True  # "vowed to make the city greener": a resolve, to no one
    _allegation_contents(lex, sent, by_token)
    _topics(lex, sent, by_token)
    _drop_elaborations(by_token, lex)
    return sorted((c for c in by_token.values() if not c.dropped), key=lambda c: c.head.i)


def _seed_candidates(lex: Lexicon, sent) -> tuple[dict[int, "Candidate"], list]:
    """One candidate per trigger word of the sentence (by token index), and its verbs."""
    by_token: dict[int, Candidate] = {}
    first = lex.first_words
    verbs = []
    for tok in docview.tokens(sent.doc)[sent.start:sent.end]:
        pos = tok.pos_
        if pos == "VERB":
            verbs.append(tok)
            said = _characterization(lex, tok) or _control_request(lex, tok)
            if said is not None:
                by_token[tok.i] = said
                continue
        elif pos == "ADJ" and tok.dep_ in ("acomp", "ROOT", "conj"):
            entry = lex.adjectives.get(_lem(tok)) or lex.adjectives.get(tok.lower_) or next(
                (lex.adjectives[k] for k in (f"{_lem(tok)} {c.lower_}" for c in tok.children
                                             if c.dep_ == "prep") if k in lex.adjectives),
                None)
            if entry is not None and any(c.dep_ in ("xcomp", "prep", "ccomp")
                                         for c in tok.children):
                by_token[tok.i] = Candidate(tok, entry.event, None, False, "verb",
                                            words=[tok], key=tok.lower_)
            continue
        elif pos not in ("NOUN", "PROPN"):
            continue
        if _lem(tok) not in first:
            joined = _hyphenated(lex, tok)
            if joined is not None:
                by_token[tok.i] = Candidate(tok, joined[1].event, joined[1].mode,
                                            joined[1].weak, "noun", noun=tok, words=[tok],
                                            key=joined[0])
            continue
        hit = lookup(lex, tok)
        if hit is None:
            if tok.pos_ == "VERB":
                _verb_object_phrase(lex, tok, by_token)
            elif adjuncts.stance_event(tok) is not None:  # "prayed in support of X"
                by_token[tok.i] = Candidate(tok, adjuncts.stance_event(tok), None, False,
                                            "noun", noun=tok, words=[tok], key=_lem(tok))
            continue
        key, entry = hit
        if pos == "VERB" and entry.event not in SPEECH_ACTS and _attributes_quote(tok):
            continue  # '"The danger has not passed," agreed X': concurring, not agreeing
        if key in lex.needs_complement and tok.pos_ == "VERB" and not any(
                c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
                or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for"
                                              for g in c.children))
                for c in tok.children):
            continue  # "asked about the talks" is a question, not a request
        kind = "verb" if tok.pos_ == "VERB" and tok.dep_ not in ("nsubj", "dobj", "pobj") \
            else "noun"
        by_token[tok.i] = Candidate(tok, entry.event, entry.mode, entry.weak, kind,
                                    noun=tok if kind == "noun" else None, words=[tok], key=key)
    return by_token, verbs


#: Links from a characterizing verb to what it calls its object: "called it shameful",
#: "described it as deplorable" (through "as"), "labelled them terrorists".
PREDICATIVE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr", "advcl", "dobj",
                              "npadvmod", "amod", "appos"})


def _characterization(lex: Lexicon, verb) -> "Candidate | None":
    """'called the move shameful': ACCUSE; 'called the allegations baseless': REJECT."""
    if _lem(verb) not in lex.characterizing:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.tag_ == "WP":
        return None  # "what officials described as ...": the reporter quoting a label
    words = []
    for c in verb.children:
        if c.i == obj.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "as":
            words.extend(c.children)
        elif c.dep_ in PREDICATIVE_DEPS:
            words.append(c)
    # the predicate can hang on the object when it follows it: "called the claims baseless",
    # "described the attack as deplorable"
    for c in obj.children:
        if c.i > obj.i and c.dep_ in PREDICATIVE_DEPS:
            words.append(c)
        elif c.i > obj.i and c.dep_ == "prep" and c.lower_ == "as":
            words.extend(c.children)
    evaluative = lex.condemnatory | lex.falsity
    for w in words:
        mods = [c for c in w.children if c.dep_ in ("advmod", "amod")]
        # "an illegal move": the modifier judges; "a historic step": the pair does
        said = {_lem(w), w.lower_} | {f"{_lem(c)} {_lem(w)}" for c in mods} | {
            _lem(c) for c in mods if c.dep_ == "amod"} | {
            _lem(g) for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"}  # "a gesture of friendship"
        if said & lex.falsity and _lem(obj) in lex.claim_nouns:
            return Candidate(verb, "REJECT", None, False, "verb", words=[verb, w],
                             key=_lem(verb))
        if said & evaluative:
            return Candidate(verb, "ACCUSE", "disapprove", False, "verb", words=[verb, w],
                             key=_lem(verb))
        if said & lex.laudatory and _lem(w) not in lex.nouns:
            # "called the deal a historic step": praise (a "wonderful meeting" stays a
            # meeting)
            return Candidate(verb, "SUPPORT", None, False, "verb", words=[verb, w],
                             key=_lem(verb))
    return None


def _characterized(lex: Lexicon, verb, obj) -> bool:
    """'called the visit a provocation': the object is judged, not done by the verb (as in
    "called a strike")."""
    if _lem(verb) not in lex.characterizing:
        return False
    for head in (verb, obj):
        for c in head.children:
            if c.i > obj.i and (c.dep_ in ("oprd", "attr", "acomp", "xcomp", "ccomp")
                                or (c.dep_ == "prep" and c.lower_ == "as")):
                return True
    return False


def _control_request(lex: Lexicon, verb) -> "Candidate | None":
    """'told officials to draft rules', 'ordered schools to readmit her': a REQUEST."""
    lemma = _lem(verb)
    if lemma not in lex.control_requests:
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children):
        return None
    rules = lex.senses.get(lemma, ())
    cues = _cue_words(verb)
    if any(r.cues and r.cues & cues for r in rules):
        return None  # "ordered troops to advance": the sense table says what that is
    return Candidate(verb, "REQUEST", None, False, "verb", words=[verb], key=lemma)


def _hyphenated(lex: Lexicon, tok) -> tuple[str, Entry] | None:
    """A noun the tokenizer split at its hyphen ("sit-in", "fly-over"): the lexicon key of
    the whole word, read at its last part (the head the parser gives it)."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    for last in (tok.lower_, _lem(tok)):
        key = f"{doc[i - 2].lower_}-{last}"
        if key in lex.nouns:
            return key, lex.nouns[key]
    return None


def _drop_nested(by_token: dict[int, "Candidate"]) -> None:
    """Drop candidates whose word is inside another's trigger phrase or modifies another
    event noun."""
    taken = {w.i: c for c in by_token.values() for w in c.words if len(c.words) > 1}
    for i, cand in list(by_token.items()):
        if i in taken and taken[i] is not cand:
            cand.dropped = True  # a word already inside another trigger phrase

    # Pass 3 first: an event noun modifying another event noun is part of it.
    for i, cand in list(by_token.items()):
        t = tree.climb(cand.head, ("conj",))  # "any breakthrough or ceasefire agreement"
        if cand.kind == "noun" and t.dep_ in ("compound", "amod", "nmod") \
                and t.head.i in by_token and by_token[t.head.i].kind == "noun":
            cand.dropped = True


def _light_verbs_and_phrases(lex: Lexicon, by_token: dict[int, "Candidate"]) -> None:
    """Pass 1: attach each event noun to its verb (light verbs and phrases merge with it)."""
    for cand in list(by_token.values()):
        if cand.dropped or cand.kind != "noun":
            continue
        noun = cand.noun
        anchor = _container_anchor(lex, noun)
        cand.anchor = anchor
        verb, prep = None, None
        if anchor.dep_ in OBJECT_DEPS and anchor.head.pos_ in ("VERB", "AUX"):
            verb = anchor.head
        elif anchor.dep_ == "pobj" and anchor.head.dep_ in ("prep", "prt") \
                and anchor.head.head.pos_ == "VERB" and anchor.head.head.i != anchor.i:
            verb, prep = anchor.head.head, anchor.head
        acl = None
        for c in anchor.children:
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and (
                    _lem(c) in lex.light_verbs or _lem(c) == "take"):
                acl = c
                break
        doer = adjuncts.tying_verb(anchor)
        if doer is not None and doer.i not in by_token:
            _merge(cand, doer, cand.event, cand.mode, by_token, weak=False)
            if doer.i != anchor.head.i:
                cand.words = [noun]  # "marched ... in protest at X": the stance is the trigger
            continue
        if verb is not None:
            ph = _phrase(lex, verb, noun, prep)
            vcand = by_token.get(verb.i)
            if ph is not None:
                (event, mode) = ph[1]
                if event is None:
                    cand.dropped = True
                    if vcand:
                        vcand.dropped = True
                    continue
                _merge(cand, verb, event, mode, by_token, weak=False)
                continue
            if vcand is not None and not vcand.dropped:
                if prep is not None and prep.lower_ not in vcand.key.split()[1:] and (
                        vcand.key not in lex.content | lex.intent | lex.refusal
                        or prep.lower_ in CIRCUMSTANCE_PREPS):
                    # "attacked during talks", "after a meeting with X, told Y to": two events
                    cand.predicate = verb
                    continue
                vcand.content = vcand.content or cand
                cand.dropped = True
                continue
            vlemma = _lem(verb)
            if vlemma in lex.light_verbs and (prep is None or prep.lower_ in LIGHT_PREPS
                                              or vlemma in ANY_PREP_LIGHT_VERBS) \
                    and not _characterized(lex, verb, anchor):
                _merge(cand, verb, cand.event, cand.mode, by_token, weak=False)
                continue
            cand.predicate = verb
        elif acl is not None:
            ph = _phrase(lex, acl, noun)
            if ph is not None and ph[1][0] is None and not ph[0].startswith("take"):
                cand.dropped = True
                continue
            cand.predicate = acl
            cand.words.append(acl)
            cand.weak = False
        elif anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.pos_ in ("VERB", "AUX"):
            cand.predicate = anchor.head


def _embeddings(lex: Lexicon, by_token: dict[int, "Candidate"]) -> None:
    """Pass 2, embedding: a candidate that embeds another takes it as content (threaten to X,
    urge X to Y, refuse to Y, willingness to Y)."""
    live = {c.head.i: c for c in by_token.values() if not c.dropped}
    for cand in sorted(live.values(), key=lambda c: c.head.i):
        if cand.dropped:
            continue
        role = _embed_role(lex, cand)
        if role is None:
            continue
        comp = cand.content or _complement(cand, live)
        if role == "content":
            # what an accusation or a demand says did not happen as an event of its own,
            # even when the first event found in it is buried deeper
            _drop_inside(cand, comp, live)
        if comp is None or comp is cand or comp.dropped:
            continue
        if cand.key in lex.commanding and lex.quad(comp.event).startswith("material"):
            # "ordered the paper to suspend publication": the order is the act, done by
            # whoever gave it to whoever was told
            cand.event, cand.mode, cand.weak = comp.event, comp.mode, comp.weak
            cand.words = cand.words + comp.words
            comp.dropped = True
            continue
        cand.content = comp
        if role == "refusal":
            comp.negated = True
        else:
            comp.dropped = True
            # what a demand, offer or threat contains is not a separate event either
            inside = {t.i for root in (comp.head, comp.noun) if root is not None
                      for t in root.subtree}
            for other in live.values():
                if other is not cand and other is not comp and other.head.i in inside:
                    other.dropped = True


#: Links by which a clause or phrase elaborates the event it hangs on ("killed ... in a
#: gunbattle", "shelled the town, killing 20", "staged a protest to demand reforms").
ELABORATION_DEPS = frozenset({"advcl", "acl", "relcl", "xcomp", "conj", "prep", "ccomp",
                              "pcomp"})


#: Acts whose "for/of" phrase names an alleged offence ("jailed for spying").
CHARGING = category_set("charging")
#: Prepositions of the alleged offence: on the clause's head, and on its head's head.
CHARGE_PREPS = events_words("charge_preps")
CHARGE_PREPS_ABOVE = events_words("charge_preps_above")
#: Acts that, nested in a protest's clause, are its content ("rallied to demand reforms").
PROTEST_CONTENT = category_set("protest_content")
#: Acts that absorb the event they are about ("threatened to impose a curfew").
ABOUT_CONTENT = category_set("about_content")


def _drop_elaborations(by_token: dict, lex: Lexicon) -> None:
    """One event per happening: drop same-category events nested in another's clause.

    A protest's stated demands ("rallied to demand reforms", "a strike in protest of") are
    the protest's content, not separate REQUEST/ACCUSE events.
    """
    live = [c for c in by_token.values() if not c.dropped]
    owner = {}
    for c in live:
        for w in c.words + [c.noun, c.anchor]:
            if w is not None:
                owner.setdefault(w.i, c)
    for cand in sorted(live, key=lambda c: c.head.i):
        h = cand.head if cand.kind != "noun" else (cand.anchor or cand.noun)
        parent, dep = h.head, h.dep_
        if dep == "pobj":
            parent, dep = h.head.head, "prep"
        other = owner.get(parent.i)
        if other is None or other is cand or other.dropped or dep not in ELABORATION_DEPS:
            # "US attacks have killed eight": the verb restates its event-noun subject
            if cand.kind == "verb":
                for c in cand.head.children:
                    o = owner.get(c.i)
                    if c.dep_ == "nsubj" and o is not None and o is not cand \
                            and o.event == cand.event and not o.dropped:
                        cand.dropped = True
            continue
        if dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children) \
                or relative_doer(h):
            continue  # "X attacked Y and Z shelled W", "at Y, some of whom threw": two events
        if other.event == cand.event:
            cand.dropped = True
            # "detonated a bomb, killing one and injuring four": what elaborates the
            # elaboration belongs to the same event
            for w in cand.words + [cand.noun, cand.anchor]:
                if w is not None:
                    owner[w.i] = other
        elif other.event in CHARGING and dep in ("prep", "pcomp", "advcl") and (
                h.head.lower_ in CHARGE_PREPS or h.head.head.lower_ in CHARGE_PREPS_ABOVE):
            cand.dropped = True  # "arrested for collaborating": the charge, not an event
        elif other.event == "PROTEST" and cand.event in PROTEST_CONTENT:
            cand.dropped = True
            other.content = other.content or cand
        elif other.event == "REJECT" and cand.event == "ACCUSE" and \
                cand.key in lex.characterizing and dep in ("advcl", "xcomp", "conj"):
            cand.dropped = True  # "rejected the charter, calling it unjust": one refusal


def _verb_object_phrase(lex: Lexicon, verb, by_token: dict) -> None:
    """A verb + object that means an event though neither word does ("established ties")."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        ph = _phrase(lex, verb, c)
        if ph is None or ph[1][0] is None:
            continue
        event, mode = ph[1]
        by_token[verb.i] = Candidate(verb, event, mode, False, "light", noun=c,
                                     words=[verb, c], key=ph[0], anchor=c)
        return


#: Auxiliaries that turn a reported clause into a demand: "X said Y must withdraw".
OBLIGATION = events_words("obligation_aux")
#: Verbs that do the same with an infinitive: "X said Y needs to withdraw".
OBLIGATION_VERBS = events_words("obligation_verbs")
#: Determiners of a subject that names no party: "each company must fend for itself".
GENERIC_DETS = events_words("generic_determiners")
#: A speaker's own pronouns: "the U.S. and our allies must" asks nothing of another party.
FIRST_PERSON = events_words("first_person")


#: Copulas (lemmas): "X is illegal" judges X.
COPULAS = events_words("copulas")
#: Verbs that, passive, say something is needed of no one named: "more aid is needed".
NEED_VERBS = events_words("need_verbs")
#: Verbs by which a reported clause finds fault with its subject: "X said Y was failing to
#: protect civilians" is X criticising Y (ACCUSE), not a report of Y's act.
FAILING_VERBS = events_words("failing_verbs")


def _promised_to(verb) -> bool:
    """Whether a promise names someone it is made to or about: an object, a "to/for"
    phrase, or a named party in what is promised ("promised to democratize Serbia")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in PROMISE_PREPS):
            return True
        if c.dep_ in ("xcomp", "ccomp") and any(t.ent_type_ in PARTY_ENTS for t in c.subtree):
            return True
    return False


#: Entity types that name a party.
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _obligation_word(lex: Lexicon, clause) -> tuple:
    """(token, category, mode, key) of a reported clause that demands something of its
    subject ("must", "needs to") or finds fault with it ("was failing to", "is illegal"),
    else Nones."""
    if _lem(clause) in COPULAS and not any(c.dep_ == "aux" for c in clause.children):
        preds = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        preds += [g for p in preds for g in p.children if g.dep_ == "conj"]
        hit = next((p for p in preds if criticism.judged(lex, p)), None)
        if hit is not None:
            return hit, "ACCUSE", "disapprove", "condemned"  # "said the raids were illegal"
    aux = next((a for a in clause.children if a.dep_ == "aux" and a.lower_ in OBLIGATION),
               None)
    unnamed = any(c.dep_ in ("auxpass", "expl") for c in clause.children)
    if aux is not None:
        # "X should be decided", "there should be research": asked of no one named
        return aux, "REQUEST", None, "needed" if unnamed else "must"
    if unnamed and _lem(clause) in NEED_VERBS:
        return clause, "REQUEST", None, "needed"  # "a firm response is urgently needed"
    if not any(x.dep_ == "xcomp" for x in clause.children):
        return None, None, None, None
    if _lem(clause) in OBLIGATION_VERBS:
        return clause, "REQUEST", None, "must"  # "needs to act": the verb carries it
    if _lem(clause) in FAILING_VERBS:
        return clause, "ACCUSE", "disapprove", _lem(clause)
    return None, None, None, None


def _obligations(lex: Lexicon, verbs: list, by_token: dict) -> None:
    """'X said (that) Y must Z': X requests Z of Y (CAMEO 'demand', PLOVER REQUEST); 'X said Y
    failed to Z': X criticises Y (ACCUSE)."""
    for tok in verbs:
        if _lem(tok) not in lex.reporting:
            continue
        # "Such matters, he told VOA, should be decided ...": the saying is an aside
        clauses = [c for c in tok.children if c.dep_ == "ccomp"] + (
            [tok.head] if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") else [])
        for c in clauses:
            aux, event, mode, key = _obligation_word(lex, c)
            subj = tree.subject(c, ("nsubj", "nsubjpass", "expl"))
            blamed = criticism.condemned_act(lex, c) if aux is None else None
            if blamed is not None:  # "said Israel's cruel attacks must stop"
                (aux, subj), event, mode, key = blamed, "ACCUSE", "disapprove", "condemned"
                if aux.i in by_token and by_token[aux.i].event == "THREATEN":
                    del by_token[aux.i]  # "said Iran poses a threat": called one, made none
            if aux is None or subj is None or (subj.pos_ == "PRON" and subj.dep_ != "expl") \
                    or aux.i in by_token \
                    or any(d.dep_ == "det" and d.lower_ in GENERIC_DETS
                           for d in subj.children) \
                    or any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON"
                           for t in criticism.phrase_words(subj)):
                continue  # "our allies and we must": a speaker's own resolve, not a demand
            cand = Candidate(c, event, mode, False, "obligation", words=[aux], key=key,
                             predicate=tok, anchor=subj if blamed is not None else None)
            cand.content = by_token.get(c.i)
            # what is asked did not happen: no event of its own ("must stop its incursions");
            # what is judged did ("said the raids were illegal")
            inside = {t.i for t in c.subtree} if key != "condemned" else set()
            for other in by_token.values():
                if other.head.i in inside:
                    other.dropped = True
            by_token[aux.i] = cand


def _merge(cand: Candidate, verb, event, mode, by_token, weak: bool) -> None:
    old = by_token.pop(cand.head.i, None)
    vc = by_token.get(verb.i)
    if vc is not None and vc is not old:
        vc.dropped = True
    cand.head = verb
    cand.event, cand.mode = event, mode if mode is not None else cand.mode
    cand.kind = "light"
    cand.weak = weak
    cand.words = [verb, cand.noun]
    cand.dropped = False
    by_token[verb.i] = cand


def _embed_role(lex: Lexicon, cand: Candidate) -> str | None:
    keys = {cand.key, _lem(cand.head)}
    if cand.noun is not None:
        keys.add(_lem(cand.noun))
    if keys & lex.refusal and cand.event == "REJECT":
        return "refusal"
    if keys & lex.content and cand.event in ABOUT_CONTENT:
        return "content"
    if keys & lex.intent and cand.event == "AGREE":
        return "intent"
    return None


def _allegation_contents(lex: Lexicon, sent, by_token: dict) -> None:
    """'the claim that the attack was orchestrated from abroad': what a claim, allegation or
    accusation says is not asserted by the text."""
    live = {i: c for i, c in by_token.items() if not c.dropped}
    if not live:
        return
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.claim_nouns:
            continue
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that"
                                                  for g in c.children):
                inside = {t.i for t in c.subtree}
                for cand in live.values():
                    if cand.head.i in inside:
                        cand.dropped = True


#: Prepositions through which talks name their topic ("talks on a ceasefire").
TOPIC_PREPS = events_words("topic_preps")


def _topics(lex: Lexicon, sent, by_token: dict) -> None:
    """What is discussed is not done: "discussed lifting sanctions", "talks on a ceasefire",
    "talked about the withdrawal" hold no CONCEDE or RETREAT of their own."""
    live = [c for c in by_token.values() if not c.dropped]
    if not live:
        return
    for tok in sent:
        if _lem(tok) not in lex.topic and f"{_lem(tok)} about" not in lex.topic:
            continue
        roots = [c for c in tok.children if c.i > tok.i and (
            (c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp") and tok.pos_ == "VERB")
            or (c.dep_ == "prep" and c.lower_ in TOPIC_PREPS))]
        inside = {t.i for r in roots for t in r.subtree}
        for other in live:
            if other.head.i in inside and other.head.i != tok.i:
                other.dropped = True


def _drop_inside(cand: Candidate, comp, live: dict) -> None:
    """Drop every candidate inside the clauses or phrases that say what ``cand`` is about."""
    roots = []
    for root in (cand.head, cand.noun):
        if root is None:
            continue
        for c in root.children:
            if c.dep_ in ("xcomp", "ccomp") or (
                    c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS and c.i > root.i) or (
                    c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for"
                                              for g in c.children)) or (
                    cand.event == "REQUEST" and c.dep_ == "advcl" and _bare_infinitive(c)):
                # "called for the army to withdraw": "for" marks it; "pleaded with X to
                # reopen": the infinitive says what is asked
                roots.append(c)
    if cand.event == "ACCUSE":
        # "accused the company - along with another - of trying to ...": the offence phrase
        # may hang anywhere right of the verb
        roots.extend(t for t in cand.head.subtree if t.i > cand.head.i and t.dep_ == "prep"
                     and t.lower_ in CHARGE_PREPS and any(g.dep_ == "pcomp"
                                                          for g in t.children))
    if not roots:
        return
    inside = _said_part(roots)
    for other in live.values():
        if other is not cand and other is not comp and other.head.i in inside:
            other.dropped = True


def _bare_infinitive(verb) -> bool:
    """'to reopen the border': an infinitive with no subject of its own."""
    return any(g.dep_ == "aux" and g.lower_ == "to" for g in verb.children) and not any(
        g.dep_ in ("nsubj", "nsubjpass", "mark") for g in verb.children)


def _said_part(roots) -> set[int]:
    """Token indices under ``roots``, leaving out adverbial clauses with a subject of their
    own: in "warned it would keep up pressure as Tehran rejected the offer" the rejection is
    a fact the text reports, not part of the warning."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        for c in tok.children:
            if c.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                continue
            stack.append(c)
    return seen


def _complement(cand: Candidate, live: dict) -> Candidate | None:
    """The event a governing trigger is about: its clausal or prepositional complement."""
    light = cand.head if cand.kind == "light" else cand.predicate if (
        cand.predicate is not None and cand.predicate in cand.words) else None
    roots = [cand.head] + ([cand.noun] if cand.noun is not None else []) + (
        [light] if light is not None and light.i != cand.head.i else [])
    for root in roots:
        for c in root.children:
            # "made a proposal to lift sanctions", "a proposal made on Monday to lift": the
            # parser hangs the proposal's infinitive on the light verb
            if (c.dep_ in COMPLEMENT_DEPS and c.dep_ not in ("relcl", "advcl")) or (
                    c.dep_ == "advcl" and light is not None and root.i == light.i
                    and (_bare_infinitive(c) or any(g.dep_ == "mark" and g.lower_ == "for"
                                                    for g in c.children))):
                hit = _first_in(c, live, depth=2)
                if hit is not None:
                    return hit
            if c.dep_ in ("prep",) and c.lower_ in COMPLEMENT_PREPS:
                for g in c.children:
                    hit = _first_in(g, live, depth=2)
                    if hit is not None:
                        return hit
            if c.dep_ == "dobj" and cand.kind == "verb":
                hit = live.get(c.i)
                if hit is not None:
                    return hit
    return None


def _first_in(tok, live: dict, depth: int):
    if tok.i in live:
        return live[tok.i]
    if depth <= 0:
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "dobj", "conj", "acl"):
            hit = _first_in(c, live, depth - 1)
            if hit is not None:
                return hit
    return None
