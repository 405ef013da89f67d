"""Word senses of a trigger: which reading of an ambiguous word the words around it choose.

A sense rule (``senses`` in data/triggers.yaml) names cue words around the trigger or the
words of what the act is done to ("delivered tanks" is aid, "delivered a speech" is not);
``apply_sense`` picks the first rule that matches. ``phrasal_keys`` gives the phrasal-verb
keys to try for a verb ("pull out", "call for"), and ``lem`` the lemma with the lexicon's
fixes of the small model's slips, which every part of the event stage reads.
"""

from __future__ import annotations

import functools

from .. import tree
from .lexicon import Entry, Lexicon, events_words, load_lexicon
from .phrases import borrowed_subject


@functools.lru_cache(maxsize=1)
def _fixes() -> dict[str, str]:
    # without load_lexicon's lock, which lem would otherwise take once per token; a race
    # only reads the same loaded lexicon twice
    return load_lexicon().lemma_fixes


def lem(tok) -> str:
    """Lower-case lemma with the lexicon's lemmatizer fixes (hot path: kept minimal)."""
    return _fixes().get(tok.lower_) or tok.lemma_.lower()


#: the cue a sense rule names to match a verb that reports a clause after it
CLAUSE_CUE = "<clause>"


def cue_words(tok) -> set[str]:
    """Lemmas and lower-case words around a trigger, for sense and mode choice."""
    out: set[str] = set()

    def add(t):
        out.add(lem(t))
        out.add(t.lower_)

    for c in tok.children:
        add(c)
        if c.dep_ == "ccomp" and c.i > tok.i and any(
                s.dep_ == "nsubj" and s.i < tok.i for s in tok.children):
            out.add(CLAUSE_CUE)  # "critics charged that the vote was rigged": it reports one
        # "sent back to jail": the particle-like adverb carries the phrase
        # a passive subject is the thing acted on: "$9 billion in assets were frozen"
        if c.dep_ in ("prep", "agent", "dobj", "nsubjpass", "xcomp", "compound", "amod", "pobj",
                      "prt") or (c.dep_ == "advmod" and c.lower_ == "back"):
            for g in c.children:
                add(g)
                # "700 kg of medicine", "back to jail", "pulled out of the match / the deal"
                if g.dep_ == "prep" and c.dep_ in ("dobj", "nsubjpass", "advmod", "prep", "prt"):
                    for h in g.children:
                        add(h)
                        # "rounds of tear gas shells", "143 tons of relief material": what
                        # the counted things are made of, or their kind
                        for m in h.children:
                            if m.dep_ in ("compound", "amod") and m.i < h.i:
                                add(m)
    head = tok.head
    # "students blocked roads and occupied buildings", "students led the protests, blocking
    # roads and occupying buildings": a joined verb or a participle with no subject of its
    # own has the subject of the verb it hangs on for doer
    doer = borrowed_subject(tok)
    if doer is not None:
        add(doer)
    # "a statement that rebels attacked a convoy": the noun whose content the clause tells
    # is no word about the act (nor its target)
    told = tok.dep_ == "acl" and any(c.dep_ == "mark" for c in tok.children)
    if head.i != tok.i and not told:
        add(head)
        if head.dep_ == "prep" or head.pos_ == "ADP":
            add(head.head)
    return out


#: prepositions that put a day or hour on an act ("on Friday", "at noon"); "for Monday" is
#: left to the phrasal verbs ("called a strike for Monday")
DATE_PREPS = events_words("date_prepositions")


def time_phrase(prep) -> bool:
    """"on Friday", "on 3 March": a preposition whose object is a date or time says when, it
    is no particle of a phrasal verb ("signed the accord on Friday" is no "sign on")."""
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return prep.dep_ == "prep" and prep.lower_ in DATE_PREPS and nxt is not None and \
        nxt.ent_type_ in ("DATE", "TIME") and \
        any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def phrasal_keys(tok, table: dict) -> list[str]:
    """Keys to try for a verb: "<lemma> <particle>" / "<lemma> <preposition>" first."""
    lemma = lem(tok)
    keys = []
    for c in (*tok.children, *tree.stray_particles(tok)):  # "handed over 10,000 doses"
        # "took back the town": the parser often makes the particle "back" an adverb
        if (c.dep_ in ("prt", "prep", "dobj", "quantmod") or (c.dep_ == "advmod" and c.lower_
                == "back")) and c.i > tok.i and not time_phrase(c):
            key = f"{lemma} {c.lower_}"
            if key in table and not (key in OBJECT_PHRASALS and not any(
                    g.dep_ == "pobj" for g in c.children)):
                keys.append(key)  # "police stood by while ...": no one is backed
            if c.dep_ == "prt":
                for g in c.children:
                    if g.dep_ == "prep" and f"{key} {g.lower_}" in table:
                        keys.insert(0, f"{key} {g.lower_}")
        if c.dep_ in ("advcl", "ccomp") and c.i > tok.i:
            # "called for Zorland to withdraw": the parser makes "for" the mark of the clause
            for m in c.children:
                if m.dep_ == "mark" and m.i == tok.i + 1 and f"{lemma} {m.lower_}" in table:
                    keys.insert(0, f"{lemma} {m.lower_}")
        if c.dep_ == "acomp" and c.i > tok.i:
            # "pleaded not guilty": a negation inside the phrase is part of its meaning
            neg = "".join(f"{n.lower_} " for n in (*tok.children, *c.children)
                          if n.dep_ == "neg" and n.i < c.i)
            if f"{lemma} {neg}{c.lower_}" in table:
                keys.insert(0, f"{lemma} {neg}{c.lower_}")
    keys.append(lemma)
    return keys


#: Phrasal verbs that carry their event only with an object: "stood by its allies", not
#: "police stood by while ...".
OBJECT_PHRASALS = events_words("object_phrasals")
#: Prepositions whose object is what the act is done to: "withdrew from the bloc",
#: "designated as a terrorist group", "the withdrawal of member states", "a ban on imports".
OBJECT_PREPS = frozenset({"from", "as", "of", "on"})


def object_words(tok, containers: frozenset = frozenset()) -> set[str]:
    """What the act is done to: its object (active or passive) or its object preposition's
    noun, with their modifiers and entity types ("ent:gpe"); through a container noun to
    what it holds ("the delivery of the first batch of armored vehicles")."""
    out: set[str] = set()
    heads = []
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        out.add("*")  # "the skill demonstrated by the army": the noun is what was shown
        heads.append(tok.head)
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
    heads.extend(g for h in list(heads) if lem(h) in containers for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj")
    for h in heads:
        out.update((lem(h), h.lower_))
        if h.ent_type_:
            out.add(f"ent:{h.ent_type_.lower()}")
        if len(h.text) >= 4 and h.text.isalpha() and h.text.isupper():
            out.add("acronym")  # "NATO", "OPEC": organisations more often than places
        # "nmod": "broke up a rally outside parliament", parsed as a rally modifying the object
        out.update(lem(c) for c in h.children if c.dep_ in ("amod", "compound", "nmod"))
    return out


def apply_sense(lex: Lexicon, key: str, entry: Entry | None, tok) -> Entry | None:
    rules = lex.senses.get(key)
    if not rules:
        return entry
    cues = cue_words(tok)
    objects = object_words(tok, lex.containers) if any(r.objects for r in rules) else set()
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
