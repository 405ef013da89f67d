"""Turning what a user types for a filter into a value the store knows, or a helpful error.

An unknown code used to give an empty table and exit 0, indistinguishable from "nothing
matched". Here every code, category, issue and party is checked against what detente knows
(the actor knowledge base, the ontology, the issue taxonomy, and what the store holds);
a country or organisation name is accepted where a code is; anything else is an
``UnknownChoice`` with the closest valid values (difflib).
"""

from __future__ import annotations

import difflib
from typing import Iterable

import click

from ..errors import UnknownChoice

_PARTY_HINT = ("Give an ISO 3166 alpha-3 code (RUS), an organisation code (IGO, NATO) or a "
               "country or organisation name (Russia).")
#: KB entries that stand for a state or an organisation (not a person or a bare place).
_PARTY_KINDS = ("country", "demonym", "seat", "org", "body")


def _close(value: str, choices: Iterable[str], n: int = 3) -> list[str]:
    return difflib.get_close_matches(value, sorted(set(choices)), n=n, cutoff=0.6)


def _iso_codes() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries}


def _kb_parties():
    """(codes known to the KB, {lower-cased name: (code, the entity's name)}, {code: the name
    that code stands for}). A code's own name is the country's, or the shortest name of the
    organisations with that short name ("United Nations" for UN); a code that only groups
    tied to a state carry (Chechens -> RUS) is shown as the state."""
    from ..actors import load_kb

    kb = load_kb()
    codes = set(kb.countries)
    names: dict[str, tuple[str, str]] = {}
    display = dict(kb.countries)
    for words, lex in kb.phrases.items():
        ent = lex.entity
        if ent is None or ent.kind not in _PARTY_KINDS:
            continue
        code = (ent.org or ent.code or "").upper()
        if not code:
            continue
        codes.add(code)
        # A group coded by its state (Hamas -> PSE) has no code of its own to filter on.
        own = ent.kind not in ("org", "body") or bool(ent.org)
        names.setdefault(" ".join(words), (code, ent.name or code, own))
        if ent.org and ent.name and code not in kb.countries:
            if len(ent.name) < len(display.get(code) or ent.name + "_"):
                display[code] = ent.name
    for code, name in kb.countries.items():
        names.setdefault(name.lower(), (code, name, True))
    return codes, names, display


def party(value: str | None, option: str, stored: Iterable[str] = ()) -> str | None:
    """The code for ``value`` (a code, or a country/organisation name), or ``UnknownChoice``.

    ``stored`` adds codes the data holds that the knowledge base lacks (a user's own KB).
    A name is reported on stderr with the code it was read as, so the filter is visible.
    """
    if value is None:
        return None
    text = " ".join(value.split())
    stored = {c.upper() for c in stored if c}
    if text.upper() in stored | _iso_codes():
        return text.upper()  # the common case, without loading the knowledge base
    codes, names, display = _kb_parties()
    codes |= stored
    if text.upper() in codes:
        return text.upper()
    key = " ".join(text.lower().replace("’", "'").split())
    if key.startswith("the "):
        key = key[4:]
    if key in names:
        code, name, own = names[key][:3]
        note = (f"read as {code} ({name})" if own else
                f"read as {code}, the code {name} is given (every {code} actor matches)")
        click.echo(f"{option} {text}: {note}", err=True)
        return code
    near = _close(text.upper(), codes) + [names[k][0] for k in _close(key, names, 2)]
    near = [f"{c} ({display[c]})" if display.get(c, c) != c else c for c in dict.fromkeys(near)]
    raise UnknownChoice(option, text, "actor code or name", near, _PARTY_HINT)


def category(value: str | None, option: str = "--type") -> str | None:
    """A PLOVER category of the ontology, upper-cased, or ``UnknownChoice``."""
    if value is None:
        return None
    from .. import knowledge

    cats = list(knowledge.load("ontology.yaml")["categories"])
    if value.strip().upper() in cats:
        return value.strip().upper()
    raise UnknownChoice(option, value, "PLOVER category", _close(value.strip().upper(), cats),
                        f"The categories are {', '.join(cats)}.")


def issue(value: str | None, stored: Iterable[str] = (), option: str = "--issue") -> str | None:
    """An issue id of the taxonomy (or one the ledger holds), or ``UnknownChoice``.

    The label is accepted too ("NATO membership" for nato_membership)."""
    if value is None:
        return None
    from ..peace.taxonomy import load_issues

    labels = {i.id: i.label for i in load_issues().issues}
    ids = set(labels) | {s for s in stored if s}
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    if key in ids:
        return key
    by_label = {label.lower(): iid for iid, label in labels.items()}
    if value.strip().lower() in by_label:
        return by_label[value.strip().lower()]
    raise UnknownChoice(option, value, "issue", _close(key, ids),
                        "Issue ids are listed in detente/data/issues.yaml (e.g. "
                        "territorial_integrity, nato_membership).")


def filters_text(**given) -> str:
    """'--actor RUS --type CONSULT' for the filters that were given (None/False left out)."""
    parts = []
    for name, value in given.items():
        if value is None or value is False:
            continue
        flag = "--" + name.rstrip("_").replace("_", "-")
        if value is True:
            parts.append(flag)
        elif isinstance(value, (tuple, list)):
            parts.append(f"{flag} {' '.join(map(str, value))}")
        else:
            parts.append(f"{flag} {value}")
    return " ".join(parts)
