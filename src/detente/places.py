"""Place stage (STUB — being replaced): place mentions -> offline gazetteer entries.

Public API (keep stable):
    default_gazetteer() -> Gazetteer
    find_places(doc, gazetteer) -> list[Place]
"""

from __future__ import annotations


class Gazetteer:
    pass


def default_gazetteer() -> Gazetteer:
    return Gazetteer()


def find_places(doc, gazetteer):
    return []
