"""A statement verb told in wire style that the parser reads as a participle.

"Amnesty International called Monday for the release of ...", "The party accused Tuesday the
government of ...": with the day right after the verb, the small model often makes the
speaker's noun the root of a sentence with no verb and hangs the verb on it as a passive
modifier ("the party [that was] called Monday"), so the speaker ends up as the one spoken to.
A bare day after a participle is wire style for a finite verb (a participle takes "on
Monday"), and in a sentence with no verb of its own the noun before it is its subject.
Only statements (calls, accusations, refusals, threats, ...) are read this way: "Three men
arrested Monday in Lagos" is a passive headline, and stays one.
"""

from __future__ import annotations

from .. import knowledge
from .lexicon import load_lexicon

#: the day words a wire verb is followed by ("called Monday", "said today")
_DAYS = knowledge.words("lexicon/time.yaml", "weekdays") | frozenset(
    knowledge.table("lexicon/time.yaml", "relative_days"))
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def wire_statement(verb) -> bool:
    """Whether ``verb`` (an ``acl`` on its sentence's verbless root noun) is a statement
    verb followed directly by a day: the noun is then its subject, not its object."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in _PARTICIPLE_TAGS or noun.dep_ != "ROOT" \
            or noun.pos_ not in ("NOUN", "PROPN") or verb.i < noun.i or verb.i + 1 >= len(
                verb.doc):
        return False
    if verb.doc[verb.i + 1].lower_ not in _DAYS:
        return False
    return _statement(verb.lemma_.lower())


def _statement(lemma: str) -> bool:
    lex = load_lexicon()
    if lemma in lex.reporting:
        return True
    entry = lex.verbs.get(lemma)
    if entry is not None:
        return lex.quad(entry.event).startswith("verbal")
    # a verb known only with its particle ("call for", "call on")
    return any(key.split(" ", 1)[0] == lemma and lex.quad(phrase.event).startswith("verbal")
               for key, phrase in lex.verbs.items() if " " in key)
