"""Scoring against document gold (one article, hand-coded events and ledger)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .common import (_QUOTES, PairStats, actor_codes, category_table, date_matches,
                     location_match, name_matches, norm_code, norm_sector, norm_text,
                     overlap_score, pair_one_to_one, participants_agree, precision_of, ratio,
                     strict_category)
from .ledger import score_claims, score_positions, score_rounds


def spans_of(text: str, needle: str | None) -> list[tuple[int, int]]:
    """Every [start, end) where ``needle`` occurs in ``text`` (typographic quotes unified)."""
    if not needle:
        return []
    hay, pin = text.translate(_QUOTES), needle.translate(_QUOTES)
    out, i = [], hay.find(pin)
    while i >= 0:
        out.append((i, i + len(pin)))
        i = hay.find(pin, i + 1)
    return out


def evidence_supports(text: str, gold_evidence: str | None, sys_evidence: Any) -> bool:
    """True if the system evidence sentence contains or overlaps the gold evidence."""
    if not gold_evidence:
        return True
    if isinstance(sys_evidence, str):
        sys_evidence = {"sentence": sys_evidence}
    sys_evidence = sys_evidence or {}
    if norm_text(gold_evidence) in norm_text(sys_evidence.get("sentence")):
        return True
    start, end = sys_evidence.get("start"), sys_evidence.get("end")
    if isinstance(start, int) and isinstance(end, int) and start >= 0:
        return any(start < ge and gs < end for gs, ge in spans_of(text, gold_evidence))
    return False


def gold_event_as_system_shape(g: dict) -> dict:
    """Gold events list bare codes; give them the actor-dict shape the pair stats read."""
    out = dict(g)
    for side in ("actor", "recipient"):
        items = []
        for a in g.get(side) or ():
            if isinstance(a, dict):
                items.append(a)
            else:
                items.append({"code": a, "sector": g.get(f"{side}_sector")})
        out[side] = items
    return out


def supports_gold(text: str, gold_ev: dict, sys_evidence: Any) -> bool:
    """The system evidence supports the gold event's ``evidence`` or one of its
    ``also_evidence`` sentences (the same real event told again later in the article)."""
    needles = [gold_ev.get("evidence"), *(gold_ev.get("also_evidence") or ())]
    return any(evidence_supports(text, n, sys_evidence) for n in needles if n) \
        or not any(needles)


def date_right(gold_ev: dict, sys_ev: dict) -> bool:
    """The event's date as a user reads it: the gold date at its precision, or, where the text
    gives no date (gold ``null``), no date or the publication date standing in for one
    (``date_basis: "publication"``)."""
    gdate = gold_ev.get("date")
    if gdate is None:
        return not sys_ev.get("date") or sys_ev.get("date_basis") == "publication"
    return date_matches(gdate, gold_ev.get("date_precision") or precision_of(gdate),
                        sys_ev.get("date"))


def place_right(gold_ev: dict, sys_ev: dict) -> bool:
    """The gold place by name (or, for a country-level place, by country); where the text names
    no place (gold ``null``), the system must not invent one."""
    gloc, sloc = gold_ev.get("location"), sys_ev.get("location")
    if not gloc:
        return not sloc
    name_ok, country_ok = location_match(gloc, sloc)
    if gloc.get("level") == "country":
        return bool(country_ok) or bool(name_ok)
    return bool(name_ok) if name_ok is not None else bool(country_ok)


def has_no_country(ev: dict) -> bool:
    """No actor of the event carries a country (or IGO) code."""
    return not actor_codes(ev.get("actor"))


def _evidences(ev: dict) -> list:
    """The system record's evidence and the other sentences it says tell the same event."""
    return [ev.get("evidence"), *(ev.get("also_evidence") or ())]


def _sentence_of(ev: dict) -> str:
    return (ev.get("evidence") or {}).get("sentence") or ""


def _brief(ev: dict) -> dict:
    return {"event": ev.get("event"), "modality": ev.get("modality"),
            "actor": sorted(actor_codes(ev.get("actor"))),
            "recipient": sorted(actor_codes(ev.get("recipient"))),
            "trigger": (ev.get("evidence") or {}).get("trigger")}


def score_events(gold: dict, text: str, out: dict, errors: list,
                 paired: set[int] | None = None) -> tuple[dict, PairStats, dict]:
    """Category table, pair stats and not-asserted counts; ``paired`` collects the indexes
    (into ``out["events"]``) of system events paired with a gold event."""
    gold_events = [gold_event_as_system_shape(g) for g in gold.get("events") or ()]
    system = list(out.get("events") or ())
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    stats = PairStats()
    excluded: Counter = Counter()
    for cat in sorted({g["event"] for g in gold_events} | {s.get("event") for s in system}):
        g_c = [g for g in gold_events if g["event"] == cat]
        s_c = [s for s in system if s.get("event") == cat]
        pairs = pair_one_to_one(
            g_c, s_c, lambda g, s: any(supports_gold(text, g, e) for e in _evidences(s)),
            lambda g, s: overlap_score(g, s)
            + 0.5 * evidence_supports(text, g.get("evidence"), s.get("evidence")))
        matched_g = {gi for gi, _ in pairs}
        matched_s = {si for _, si in pairs}
        tp[cat] += len(pairs)
        fn[cat] += len(g_c) - len(pairs)
        for gi, si in pairs:
            g, s = g_c[gi], s_c[si]
            if paired is not None:
                paired.add(next(i for i, e in enumerate(system) if e is s))
            stats.add_pair(g, s)
            stats.add_modality(g.get("modality") or "asserted", s.get("modality") or "asserted")
            if "hedged" in g:
                stats.add("hedged_acc", bool(g["hedged"]) == bool(s.get("hedged")))
            if "mode" in g:
                stats.add("mode_acc", g.get("mode") == s.get("mode"))
            if "date" in g:
                stats.add("date_acc", date_right(g, s))
            fields = {"actor_country": participants_agree(g, s), "date": date_right(g, s),
                      "place": place_right(g, s)}
            for name, ok in fields.items():
                stats.add(f"full_{name}", ok)
            stats.add("fully_right", all(fields.values()))
            if not fields["date"] or not fields["place"]:
                errors.append({"kind": "wrong_fields", "event": cat, "sentence": _sentence_of(s),
                               "detail": _field_detail(g, s, fields)})
            if not participants_agree(g, s):
                errors.append({"kind": "wrong_actors", "event": cat, "sentence": _sentence_of(s),
                               "gold": {"actor": sorted(actor_codes(g.get("actor"))),
                                        "recipient": sorted(actor_codes(g.get("recipient")))},
                               "system": _brief(s)})
        for gi, g in enumerate(g_c):
            if gi not in matched_g:
                errors.append({"kind": "miss", "event": cat, "sentence": g.get("evidence"),
                               "gold": {"actor": sorted(actor_codes(g.get("actor"))),
                                        "recipient": sorted(actor_codes(g.get("recipient"))),
                                        "modality": g.get("modality") or "asserted"}})
        for si, s in enumerate(s_c):
            if si in matched_s:
                continue
            if strict_category(s) is None:
                excluded[s.get("modality")] += 1
                continue
            fp[cat] += 1
            errors.append({"kind": "false_positive", "event": cat, "sentence": _sentence_of(s),
                           "system": _brief(s)})
    return category_table(tp, fp, fn), stats, dict(excluded)


def _field_detail(g: dict, s: dict, fields: dict) -> str:
    parts = []
    if not fields["date"]:
        parts.append(f"date gold {g.get('date')} system {s.get('date')}"
                     f" ({s.get('date_basis') or '-'})")
    if not fields["place"]:
        gl, sl = g.get("location") or {}, s.get("location") or {}
        parts.append(f"place gold {gl.get('name')}/{gl.get('country')} "
                     f"system {sl.get('name')}/{sl.get('country')}")
    return "; ".join(parts)


def score_must_not(gold: dict, out: dict, errors: list, paired: set[int] = frozenset()) -> dict:
    """Must-not items asserted anyway. An event paired with a gold event is never a violation:
    a sentence can carry both ("ended without a ceasefire agreement, though both parties
    signaled a willingness to continue")."""
    items = gold.get("must_not_assert") or ()
    violated_items = violating_events = 0
    for item in items:
        needle = norm_text(item.get("evidence"))
        want = item.get("event") or "ANY"
        hits = [s for i, s in enumerate(out.get("events") or ()) if i not in paired
                and (cat := strict_category(s)) is not None and (want == "ANY" or cat == want)
                and needle and needle in norm_text(_sentence_of(s))]
        if hits:
            violated_items += 1
            violating_events += len(hits)
            for s in hits:
                errors.append({"kind": "must_not", "sentence": _sentence_of(s),
                               "detail": f"asserted {strict_category(s)} "
                                         f"({s.get('modality')}) but must not assert {want}: "
                                         f"{item.get('why', '')}"})
    return {"figures": {"items": len(items), "violations": violated_items,
                        "violating_events": violating_events}}


def _quote_found(gold_q: dict, sys_q: dict) -> bool:
    want, got = norm_text(gold_q.get("text_contains") or gold_q.get("text")), norm_text(sys_q.get("text"))
    if not want or not got:
        return False
    return want in got or (got in want and len(got) * 2 >= len(want))


def score_quotes(gold: dict, out: dict, errors: list, stats: PairStats | None = None) -> dict:
    """Quotes found and attributed; ``stats`` (optional) accumulates over documents, and the
    report's ``counts`` let a corpus score pool the ratios."""
    gold_q = list(gold.get("quotes") or ())
    sys_q = list(out.get("quotes") or ())
    pairs = pair_one_to_one(gold_q, sys_q, _quote_found, lambda g, s: 0.0)
    stats = PairStats() if stats is None else stats
    attributed = 0
    for gi, si in pairs:
        g, s = gold_q[gi], sys_q[si]
        sp = s.get("speaker") or {}
        name_ok = name_matches(g.get("speaker"), sp) if sp else False
        country_ok = norm_code(sp.get("code")) == norm_code(g.get("speaker_country"))
        attributed += int(name_ok and country_ok)
        stats.add("name_acc", name_ok)
        stats.add("country_acc", country_ok)
        if g.get("speaker_sector"):
            stats.add("sector_acc", norm_sector(sp.get("sector")) == norm_sector(g["speaker_sector"]))
        if g.get("speaker_role"):
            stats.add("role_acc", norm_text(g["speaker_role"]) in norm_text(sp.get("role")))
        if "date" in g:
            stats.add("date_acc", date_matches(g["date"], precision_of(g["date"]), s.get("date")))
    matched = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold_q):
        if gi not in matched:
            errors.append({"kind": "quote_miss",
                           "detail": f"{g.get('speaker')}: {g.get('text_contains')}"})
    figures = {"gold": len(gold_q), "system": len(sys_q), "found": ratio(len(pairs), len(gold_q)),
               "attribution": ratio(attributed, len(gold_q)), **stats.figures()}
    return {"figures": figures,
            "counts": {"gold": len(gold_q), "system": len(sys_q), "found": len(pairs),
                       "attributed": attributed}}


def score_statements(gold: dict, text: str, out: dict, errors: list) -> dict:
    gold_s = list(gold.get("statements") or ())
    sys_s = [s for s in out.get("statements") or () if isinstance(s, dict)]
    pairs = pair_one_to_one(
        gold_s, sys_s, lambda g, s: evidence_supports(text, g.get("evidence"), s.get("evidence")),
        lambda g, s: float(name_matches(g.get("speaker"), s.get("speaker"))))
    stats = PairStats()
    for gi, si in pairs:
        g, s = gold_s[gi], sys_s[si]
        stats.add("speaker_acc", bool(s.get("speaker")) and name_matches(g.get("speaker"), s.get("speaker")))
        if "date" in g:
            stats.add("date_acc", date_matches(g["date"], precision_of(g["date"]), s.get("date")))
    matched = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold_s):
        if gi not in matched:
            errors.append({"kind": "statement_miss", "sentence": g.get("evidence"),
                           "detail": f"{g.get('speaker')} on {g.get('date')}"})
    return {"figures": {"gold": len(gold_s), "system": len(sys_s),
                        "found": ratio(len(pairs), len(gold_s)), **stats.figures()}}


def output_figures(out: dict, stats: PairStats, n_gold: int, n_sys: int) -> dict:
    """What a user reading the output sees: the share of output events that are fully right
    (category paired with a gold event, and actor/recipient countries, date and place all
    right), the same share of gold events, and the share of output events whose actors carry
    no country."""
    strict = [s for s in out.get("events") or () if strict_category(s) is not None]
    full = stats.correct("fully_right")
    return {"fully_right_of_output": ratio(full, n_sys), "fully_right_of_gold": ratio(full, n_gold),
            "actor_no_country_share": ratio(sum(has_no_country(s) for s in strict), len(strict))}


def score_document_gold(gold: dict, text: str, out: dict) -> dict[str, Any]:
    """Score one system output (``Analysis.as_dict()`` shape) against document gold. Pure."""
    errors: list[dict] = []
    paired: set[int] = set()
    table, stats, excluded = score_events(gold, text, out, errors, paired)
    must_not = score_must_not(gold, out, errors, paired)
    quotes = score_quotes(gold, out, errors)
    statements = score_statements(gold, text, out, errors)
    rounds = score_rounds(gold.get("rounds") or (), out.get("rounds") or (), errors)
    positions = score_positions(gold.get("positions") or (), out.get("positions") or (), errors)
    claims = score_claims(gold.get("claims") or (), out.get("claims") or (), errors)
    pairs = stats.figures()
    figures = {"micro_f1": table["micro"]["f1"], "micro_precision": table["micro"]["precision"],
               "micro_recall": table["micro"]["recall"], "macro_f1": table["macro_f1"],
               **{k: v for k, v in pairs.items()},
               "must_not_violations": must_not["figures"]["violations"]}
    for name, part in (("quotes", quotes), ("statements", statements), ("rounds", rounds),
                       ("positions", positions), ("claims", claims)):
        for k, v in part["figures"].items():
            if k not in ("gold", "system", "items"):
                figures[f"{name}_{k}"] = v
    n_sys = sum(1 for s in out.get("events") or () if strict_category(s) is not None)
    figures.update(output_figures(out, stats, len(gold.get("events") or ()), n_sys))
    return {
        "gold_kind": "document",
        "units": 1,
        "gold_events": len(gold.get("events") or ()),
        "system_events": n_sys,
        "excluded_not_asserted": excluded,
        "events": table,
        "pairs": {"figures": pairs, "support": stats.support()},
        "modality_confusion": stats.modality,
        "must_not": must_not,
        "quotes": quotes,
        "statements": statements,
        "rounds": rounds,
        "positions": positions,
        "claims": claims,
        "figures": figures,
        "errors": errors,
    }
