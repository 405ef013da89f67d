"""Statements: who spoke, for whom, when, through which channel; linked quotes and events.

One statement per speaker (and date) per article: the sentences in which a speaker says,
announces, insists, emphasises ... something, or is the source ("according to X"). Speakers
and speech verbs are the quote stage's (``quotes.Speech.acts``): the ledger resolves no speaker
itself. The date is the first explicit date attached to that speaker's speech ("Speaking on
Wednesday, X said").
"""

from __future__ import annotations

import bisect
import re

from .. import docview, knowledge
from ..records import Statement, content_id
from ._support import article_text, sentence_text, sentences

_LEXICON = "lexicon/ledger.yaml"
_UNASSERTED = knowledge.pattern(_LEXICON, "unasserted", re.I)
#: the channel of a statement, first match wins
CHANNELS = tuple((name, re.compile(rx, re.I))
                 for name, rx in knowledge.table(_LEXICON, "channels").items())
#: a speech verb in one of these roles describes speech rather than reports it ("the
#: conditions Moscow is proposing", "the announced talks")
_DESCRIBING = frozenset({"relcl", "acl", "amod", "pcomp"})


def _asserted(ctx, act) -> bool:
    """Whether a speech act reports that someone spoke, as a statement: not a verb inside a
    description or a question ("whether Kyiv would agree"), not several parties at once
    ("both sides signalled")."""
    tok = ctx.doc[act.verb]
    if tok.lower_ != "according" and tok.dep_ in _DESCRIBING:
        return False
    # it reads at most 47 characters back
    if _UNASSERTED.search(article_text(ctx)[max(tok.sent.start_char, tok.idx - 64):tok.idx]):
        return False
    return bool(act.speaker.code or act.speaker.name)


def _several(ctx, act) -> bool:
    """Whether the act's subject names more than one party and no person ("both parties
    signalled"): not one speaker's statement."""
    span = ctx.doc.char_span(*act.subject, alignment_mode="expand")
    if span is None or any(e.label_ == "PERSON" for e in docview.ents_in(span)):
        return False
    return len({a.code for a in ctx.actors.resolve(span) if a.code}) > 1


def speakers_by_sentence(ctx, speech) -> dict[int, tuple[dict, int]]:
    """sentence start char -> (speaker actor dict, offset of the speech verb): the first
    asserted speech act of each sentence, speakers as the quote stage resolved them."""
    sents = sentences(ctx)
    starts = [s.start_char for s in sents]
    out: dict[int, tuple[dict, int]] = {}
    for act in speech.acts:
        k = bisect.bisect_right(starts, act.start) - 1
        if k < 0 or starts[k] in out or not _asserted(ctx, act) or _several(ctx, act):
            continue
        out[starts[k]] = (act.speaker.as_dict(), act.start)
    return out


def _speaker_key(who: dict) -> str:
    return (who.get("name") or who.get("code") or who.get("text") or "").lower()


def _same_person(key: str, keys: list[str]) -> str | None:
    """The one earlier speaker that ``key`` names by part of their name ("al-Bunni" after
    "Anwar al-Bunni", or the other way round): the actor stage left them as two names."""
    if not key.split():
        return None
    last = key.split()[-1]
    hits = [k for k in keys if k.split() and k.split()[-1] == last
            and (k.endswith(" " + key) or key.endswith(" " + k))]
    return hits[0] if len(hits) == 1 else None


class _ByPosition:
    """Quotes or events by where their evidence starts (and quotes by speaker name and id)."""

    def __init__(self, items, named: bool = False):
        at = sorted((x.evidence.start, k) for k, x in enumerate(items))
        self.starts, self.positions = [s for s, _ in at], [k for _, k in at]
        self.by_name: dict[str, list[int]] = {}
        self.by_id: dict[str, list[int]] = {}
        for k, x in enumerate(items if named else ()):
            self.by_id.setdefault(x.id, []).append(k)
            if x.speaker:
                self.by_name.setdefault((x.speaker.name or "").lower(), []).append(k)

    def within(self, spans) -> list[int]:
        """Positions of the items whose evidence starts inside one of ``spans``."""
        out: list[int] = []
        for a, b in spans:
            out += self.positions[bisect.bisect_left(self.starts, a):
                                  bisect.bisect_left(self.starts, b)]
        return out


def extract_statements(ctx, events, quotes, speakers) -> list[Statement]:
    """One statement per speaker of the article: the sentences of their speech acts
    (``speakers_by_sentence``), with the quotes and events said in them."""
    published = ctx.article.published.isoformat() if ctx.article.published else None
    groups: dict[str, dict] = {}
    order = []
    sents = {s.start_char: s for s in sentences(ctx)}
    for start, (who, at) in speakers.items():
        sent = sents[start]
        speaking = sentence_text(ctx, sent).lower().startswith("speaking")
        key = _speaker_key(who)
        key = key if key in groups else _same_person(key, order) or key
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"speaker": who, "sents": [], "date": None, "dated_sent": None}
            order.append(key)
        g["sents"].append(sent)
        if g["date"] is None:
            # The date of the speaking: near the speech verb, preferably right after it ("said on
            # Monday"), never after publication; a date inside what was said is not it.
            cands = [ref for ref in ctx.dates_in(sent.start_char, sent.end_char)
                     if ref.kind == "point" and ref.value and (not published or ref.value <= published)
                     and (abs(ref.start - at) < 60 or speaking)]
            cands.sort(key=lambda r: (r.start < at, abs(r.start - at)))
            if cands:
                ref = cands[0]
                g["date"], g["precision"], g["dated_sent"] = ref.value, ref.precision, sent
    out = []
    # one index of the quotes and events, not a scan of them all for every speaker
    quote_index, event_index = _ByPosition(quotes, named=True), _ByPosition(events)
    for key in order:
        g = groups[key]
        who = g["speaker"]
        sents_ = g["sents"]
        ev_sent = g["dated_sent"] or sents_[0]
        spans = [(s.start_char, s.end_char) for s in sents_]
        text = " ".join(s.text for s in sents_)
        channel = next((name for name, rx in CHANNELS if rx.search(text)), None)
        name = (who.get("name") or "").lower() if who.get("name") else None
        q_ids = [quotes[k].id for k in sorted(
            set(quote_index.by_name.get(name, ()) if name is not None else ())
            | set(quote_index.within(spans)))]
        e_ids = [events[k].id for k in sorted(set(event_index.within(spans)))]
        date = g["date"]
        if date is None:
            said = sorted({k for qid in set(q_ids) for k in quote_index.by_id[qid]})
            q_dates = [quotes[k].date for k in said if quotes[k].date]
            date = q_dates[0] if q_dates else None
        out.append(Statement.from_dict({
            "id": content_id(ctx.article.id, "statement", key, date),
            "speaker": who,
            "on_behalf": who.get("code"),
            "date": date,
            "date_precision": g.get("precision") if g["date"] else None,
            "channel": channel,
            "quotes": q_ids,
            "events": e_ids,
            "evidence": {"sentence": ev_sent.text, "start": ev_sent.start_char,
                         "end": ev_sent.end_char},
            "sentences": [{"start": a, "end": b} for a, b in spans],
        }))
    return out
