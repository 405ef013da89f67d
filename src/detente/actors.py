"""Actor stage (STUB — being replaced): mentions -> canonical actors with PLOVER codes.

Public API (keep stable):
    load_kb(extra_paths=()) -> KnowledgeBase
    ArticleActors(doc, kb, published)
        .mentions: list[Actor]                 every actor mention in the article, in order
        .resolve(span) -> tuple[Actor, ...]    actors a noun phrase / token span refers to
"""

from __future__ import annotations

import functools

import pycountry

from .records import Actor


class KnowledgeBase:
    def __init__(self):
        self.names: dict[str, tuple[str, str | None]] = {}
        for c in pycountry.countries:
            self.names[c.name.lower()] = (c.alpha_3, None)


@functools.lru_cache(maxsize=8)
def load_kb(extra_paths: tuple[str, ...] = ()) -> KnowledgeBase:
    return KnowledgeBase()


class ArticleActors:
    def __init__(self, doc, kb: KnowledgeBase, published=None):
        self.doc, self.kb, self.published = doc, kb, published
        self.mentions: list[Actor] = []
        for ent in doc.ents:
            hit = kb.names.get(ent.text.lower())
            if hit:
                self.mentions.append(Actor(ent.text, hit[0], hit[1], ent.text, None, None,
                                           ent.start_char, ent.end_char))

    def resolve(self, span) -> tuple[Actor, ...]:
        return tuple(m for m in self.mentions
                     if m.start >= span.start_char and m.end <= span.end_char)
