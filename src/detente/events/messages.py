"""An event noun that is what a message is about, not an act of its own.

The parser often hangs the topic of a message on the verb that sends it: in "issued a
statement on the release of the journalist" the "on" phrase goes to "issued", and the light
verb would then take "release" as its event ("issued ... release"). When the verb already
has a message for object ("a statement", "a report", "comments"), the phrase says what the
message is about: the release (told elsewhere) is talked of, not done by the one who issues
the statement ("published a report on the killings", "made remarks about the talks").

Word list in ``data/lexicon/cautions.yaml`` (``message_nouns``).
"""

from __future__ import annotations

from .. import knowledge
from .lexicon import events_words

MESSAGE_NOUNS = knowledge.words("lexicon/cautions.yaml", "message_nouns")
#: prepositions of what something is about ("on", "about", "over")
TOPIC_PREPS = events_words("topic_preps")


def about_message(verb, noun) -> bool:
    """``noun`` hangs on ``verb`` by a preposition of topic ("on", "about") while ``verb``
    has a message for object; not one of time or cause ("issued a statement after the
    attack": the attack is told, not only talked of)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPS and any(
        c.dep_ == "dobj" and c.i != noun.i and c.lemma_.lower() in MESSAGE_NOUNS
        for c in verb.children)
