"""Whether a verb that needs a complement to be a request ("ask", "press", "call") has one:
a clause ("asked Kenya to free them", "asked whether"), or what is asked for ("asked for
talks"), also where the parser hangs the "for" phrase on the one asked ("asked Trump for
sanctions relief"). "Asked about the talks" is a question, not a request; "what X called a plan for talks"
is a name given, not a call.

Also whether an adjective that carries an event only with an act after its preposition
("open to") has one: "open to lifting the curfew", "open to talks", not "open to traffic".
"""

from __future__ import annotations

from .lexicon import events_words

#: The preposition that names what is asked for.
FOR = "for"


def _for_phrase(tok) -> bool:
    return tok.dep_ == "prep" and tok.lower_ == FOR


def names_something(verb) -> bool:
    """The verb gives a name ("what one delegate called a plan for a second meeting",
    "called the vote a step for peace"): it asks for nothing, whatever "for" or "on" phrase
    follows (the phrase belongs to the name). A day the parser takes for the name ("called
    Monday for the release") is no name."""
    return any(c.dep_ == "oprd" and c.ent_type_ not in ("DATE", "TIME")
               for c in verb.children)


def has_complement(verb) -> bool:
    """True when ``verb`` has a clause or a "for" phrase as its complement."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") or _for_phrase(c):
            return True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == FOR for g in c.children):
            return True
        if c.dep_ in ("dobj", "dative") and c.i > verb.i and any(
                _for_phrase(g) for g in c.children):
            return True  # "asked Trump for relief": the parser's attachment to the one asked
    return False


#: Pronouns of a reported clause that stand for the one told ("told Kenya that it must").
TOLD_PRONOUNS = events_words("told_pronouns")
#: Who is told only to report it ("told reporters that they must ..." asks someone else).
PRESS = events_words("press_addressees")


def addressee(verb, subj):
    """The one told, when a reported clause's subject is a pronoun for them ("told Uganda
    that it should reopen the border"): the verb's object; else ``subj`` unchanged."""
    if subj is None or subj.lower_ not in TOLD_PRONOUNS:
        return subj
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if told is None or told.pos_ not in ("PROPN", "NOUN") \
            or told.lemma_.lower() in PRESS or told.lower_ in PRESS:
        return subj
    return told


def act_after(adj, key: str, is_event) -> bool:
    """The adjective's preposition (the last word of ``key``, "open to") takes an act: a
    gerund ("open to lifting the curfew") or a noun ``is_event`` accepts ("open to talks"),
    not a thing or people ("open to traffic", "open to the public")."""
    word = key.split()[-1]
    for prep in adj.children:
        if prep.dep_ != "prep" or prep.lower_ != word:
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                return True
            if obj.dep_ == "pobj" and is_event(obj):
                return True
    return False
