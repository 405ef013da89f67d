"""Normalisation and event pairing shared by the sentence and document scorers.

See the package docstring (``detente.evaluate``) for the definitions these functions implement.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Callable, Iterable

from ..events.lexicon import category_set

#: Codes that the gold (CAMEO heritage) or older PLOVER drafts spell differently from ours.
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "UNO": "IGO"}

#: PLOVER manual: a future CONSULT/SUPPORT/COOPERATE/AID is coded as AGREE in strict output
#: (one list, in ontology.yaml, read by the events lexicon for the pipeline, export and here).
FUTURE_TO_AGREE = category_set("strict_future_to_agree")

#: Modalities that are not assertions: kept by the pipeline, excluded from strict counts.
NOT_ASSERTED = frozenset({"negated", "hypothetical"})

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def norm_code(code: Any) -> str | None:
    """Upper-cased code with aliases applied; None for missing or placeholder codes."""
    if not code or not isinstance(code, str):
        return None
    code = code.strip().upper()
    if not code or code in ("***", "---"):
        return None
    return CODE_ALIASES.get(code, code)


def norm_sector(sector: Any) -> str | None:
    """First three letters of a sector code ("REBkur" -> "REB"); None when unknown."""
    if not sector or not isinstance(sector, str):
        return None
    s = sector.strip()[:3].upper()
    if len(s) < 3 or "*" in s:
        return None
    return s


def norm_text(text: Any) -> str:
    """Casefolded text without accents, typographic quotes/dashes unified, spaces collapsed."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = unicodedata.normalize("NFKC", t).translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", t).strip()


def name_matches(gold_name: str | None, actor: Any) -> bool:
    """Gold person name vs a system actor (dict or string): equal, or same surname."""
    if not gold_name:
        return True
    if isinstance(actor, str):
        cands = [actor]
    elif isinstance(actor, dict):
        cands = [actor.get("name"), actor.get("text")]
    else:
        return False
    g = norm_text(gold_name)
    last = g.split()[-1] if g else ""
    for c in cands:
        c = norm_text(c)
        if c and (c == g or c in g.split() or last in c.split() or g in c):
            return True
    return False


def actor_codes(actors: Iterable[Any]) -> frozenset[str]:
    """Set of normalised codes of a gold or system actor list (dicts or bare code strings)."""
    out = set()
    for a in actors or ():
        code = norm_code(a.get("code") if isinstance(a, dict) else a)
        if code:
            out.add(code)
    return frozenset(out)


def strict_category(event: dict) -> str | None:
    """Category an event counts as under strict PLOVER, or None if it is not an assertion."""
    modality = event.get("modality") or "asserted"
    if modality in NOT_ASSERTED:
        return None
    cat = event.get("event")
    if modality == "future" and cat in FUTURE_TO_AGREE:
        return "AGREE"
    return cat


def date_matches(gold_date: str | None, precision: str | None, sys_date: str | None) -> bool:
    """True if the system date equals the gold date at the gold's precision.

    A gold date of None means the text gives no date: only a system None matches it.
    """
    if gold_date is None:
        return sys_date is None
    if not sys_date:
        return False
    width = {"day": 10, "month": 7, "year": 4}.get(precision or "", len(gold_date))
    return len(sys_date) >= width and sys_date[:width] == gold_date[:width]


def precision_of(date: str | None) -> str | None:
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


def pair_one_to_one(gold: list, system: list,
                    allowed: Callable[[Any, Any], bool],
                    score: Callable[[Any, Any], float]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing: highest score first, ties broken by text order.

    Returns (gold_index, system_index) pairs. Only pairs with ``allowed(g, s)`` are considered.
    """
    cands = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if allowed(g, s):
                cands.append((-score(g, s), gi, si))
    cands.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in cands:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    return sorted(pairs)


def is_reciprocal(gold_ev: dict) -> bool:
    """Joint events ("X and Y held talks"): flagged so, or several actors and no recipient."""
    if gold_ev.get("reciprocal"):
        return True
    return len(actor_codes(gold_ev.get("actor"))) >= 2 and not actor_codes(gold_ev.get("recipient"))


def participant_sets(gold_ev: dict, sys_ev: dict) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(gold actors, system actors, gold recipients, system recipients) as compared.

    For a reciprocal gold event "X held talks with Y" (actor X, recipient Y) says the same as
    "X and Y held talks": the system's recipients join its actors.
    """
    ga, sa = actor_codes(gold_ev.get("actor")), actor_codes(sys_ev.get("actor"))
    gr, sr = actor_codes(gold_ev.get("recipient")), actor_codes(sys_ev.get("recipient"))
    if is_reciprocal(gold_ev):
        sa, sr = sa | sr, gr & sr
    return ga, sa, gr, sr


def overlap_score(gold_ev: dict, sys_ev: dict) -> float:
    """How well a system event's participants agree with a gold event's (for tie-breaking)."""
    ga, sa, gr, sr = participant_sets(gold_ev, sys_ev)
    score = len(ga & sa) * 2.0 + len(gr & sr)
    if ga and ga == sa:
        score += 1.0
    return score


def ratio(num: int, den: int) -> float | None:
    """num/den rounded to 4 places; None when nothing was counted."""
    return round(num / den, 4) if den else None


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f, 4)}


class PairStats:
    """Accumulates the per-pair accuracies over matched (gold, system) event pairs."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}
        self.modality: dict[str, dict[str, int]] = {}

    def add(self, name: str, correct: bool) -> None:
        c = self.counts.setdefault(name, [0, 0])
        c[0] += int(bool(correct))
        c[1] += 1

    def add_pair(self, gold_ev: dict, sys_ev: dict) -> None:
        """Actor/recipient country, sector and location agreement for one matched pair."""
        ga, sa, gr, sr = participant_sets(gold_ev, sys_ev)
        self.add("actor_country_acc", ga == sa)
        self.add("actor_country_overlap", bool(ga & sa) or (not ga and not sa))
        self.add("recipient_country_acc", gr == sr)
        self.add("recipient_country_overlap", bool(gr & sr) or (not gr and not sr))
        recip = is_reciprocal(gold_ev)
        for side in ("actor", "recipient"):
            sys_side = list(sys_ev.get(side) or ())
            if recip and side == "actor":
                sys_side += list(sys_ev.get("recipient") or ())
            for g in gold_ev.get(side) or ():
                if not isinstance(g, dict):
                    continue
                gs, gc = norm_sector(g.get("sector")), norm_code(g.get("code"))
                if gs is None or gc is None:
                    continue
                same = [s for s in sys_side if norm_code(s.get("code")) == gc]
                if same:
                    self.add("sector_acc", any(norm_sector(s.get("sector")) == gs for s in same))
        if gold_ev.get("location"):
            name_ok, country_ok = location_match(gold_ev["location"], sys_ev.get("location"))
            if name_ok is not None:
                self.add("location_name_acc", name_ok)
            if country_ok is not None:
                self.add("location_country_acc", country_ok)

    def add_modality(self, gold: str, system: str) -> None:
        row = self.modality.setdefault(gold, {})
        row[system] = row.get(system, 0) + 1
        self.add("modality_acc", gold == system)

    def merge(self, other: "PairStats") -> None:
        """Add another document's counts (corpus scoring pools pairs over documents)."""
        for name, (c, n) in other.counts.items():
            mine = self.counts.setdefault(name, [0, 0])
            mine[0] += c
            mine[1] += n
        for g, row in other.modality.items():
            for s, n in row.items():
                mine_row = self.modality.setdefault(g, {})
                mine_row[s] = mine_row.get(s, 0) + n

    def correct(self, name: str) -> int:
        return self.counts.get(name, [0, 0])[0]

    def figures(self) -> dict[str, float | None]:
        return {k: ratio(c, n) for k, (c, n) in sorted(self.counts.items())}

    def support(self) -> dict[str, int]:
        return {k: n for k, (_, n) in sorted(self.counts.items())}


def participants_agree(gold_ev: dict, sys_ev: dict) -> bool:
    ga, sa, gr, sr = participant_sets(gold_ev, sys_ev)
    return ga == sa and gr == sr


def category_table(tp: dict, fp: dict, fn: dict) -> dict[str, Any]:
    """Per-category P/R/F1 plus micro and macro (macro over categories seen in gold or system)."""
    cats = sorted(set(tp) | set(fp) | set(fn))
    per = {c: prf(tp.get(c, 0), fp.get(c, 0), fn.get(c, 0)) for c in cats}
    micro = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    macro = round(sum(v["f1"] for v in per.values()) / len(per), 4) if per else 0.0
    return {"per_category": per, "micro": micro, "macro_f1": macro}


def location_match(gold_loc: dict, sys_loc: dict | None) -> tuple[bool | None, bool | None]:
    """(name agrees, country agrees) for a gold location; None where the gold says nothing."""
    name_ok = country_ok = None
    gname = norm_text(gold_loc.get("name"))
    if gname:
        cands = [norm_text((sys_loc or {}).get(k)) for k in ("name", "text")]
        name_ok = any(c and (c == gname or gname in c or c in gname) for c in cands)
    gcountry = gold_loc.get("country") or gold_loc.get("country code")
    if gcountry:
        country_ok = alpha3(gcountry) == alpha3((sys_loc or {}).get("country"))
    return name_ok, country_ok


def alpha3(code: Any) -> str | None:
    """ISO alpha-3 for an alpha-2 or alpha-3 country code."""
    if not code or not isinstance(code, str):
        return None
    code = code.strip().upper()
    if len(code) == 2:
        import pycountry

        c = pycountry.countries.get(alpha_2=code)
        return c.alpha_3 if c else code
    return norm_code(code)
