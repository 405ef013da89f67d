"""Speakers the actor stage does not list: "a witness said", "one woman told reporters", "the
shop owner said". The phrase is kept as the speaker's text; a private person described only
by such a word takes the country of the story's setting, as a resident or a person the
knowledge base cannot place does at the actor stage (``setting.fills``). Helper of the quote
stage's speaker resolver (``quotes``).
"""

from __future__ import annotations

from . import knowledge, setting
from .records import Actor

#: lemmas of words for a private person of the story's place: "the witness", "one woman"
_LOCAL = knowledge.words("lexicon/speech.yaml", "local_speakers")
#: the sector a descriptor word gives (lexicon speech.yaml ``descriptor_sectors``): "the
#: witness" is a civilian, "the owner" in business
_WORD_SECTORS = {w: code for code, words in knowledge.table(
    "lexicon/speech.yaml", "descriptor_sectors").items() for w in words}
#: the sector of a private person's word with no descriptor sector ("a woman"), as the actor
#: stage gives a people noun used alone
_PEOPLE_SECTOR = "CVL"
#: entity labels of a name in the phrase, which places her itself ("a Reuters witness"); not
#: numbers ("one woman")
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def unlisted(ctx, head, spans) -> Actor:
    """The speaker a subject phrase headed by ``head`` names when the actor stage lists no
    actor in it (``spans``: the phrase, then with its prepositional phrase if any). A private
    person's word with nothing else that places her ("a Reuters witness" works for an
    agency; "a foreign witness" is not local), in a sentence that names no other state's
    people or places, takes the story's setting and her sector; any other phrase keeps its
    words only."""
    # "the head of the aid group", not just "the head"; a name without its apposition
    words = spans[-1] if len(spans) > 1 else head.doc[head.left_edge.i:head.i + 1]
    plain = Actor(text=words.text, code=None, start=words.start_char, end=words.end_char)
    word = head.lemma_.lower()
    if head.pos_ != "NOUN" or word not in _LOCAL:
        return plain
    if any(t.pos_ == "PROPN" or t.ent_type_ in _NAMES for t in words if t.i != head.i):
        return plain  # a name in the phrase says who she is, not the story's setting
    where = ctx.actors.setting
    if where is None or not setting.takes_setting(t.lower_ for t in words):
        return plain
    countries = ctx.actors.kb.countries
    if any(a.code in countries and a.code != where for a in ctx.actors.resolve(head.sent)):
        # "Russian soldiers questioned her, the woman said": she may be of either state
        return plain
    return Actor(text=words.text, code=where, sector=_WORD_SECTORS.get(word, _PEOPLE_SECTOR),
                 start=words.start_char, end=words.end_char)
