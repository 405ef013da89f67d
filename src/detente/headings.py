"""Crossheads glued to the paragraph after them.

Scraped news pages lose the line break after a sub-heading, so the text reads "... last
month. Border talks During a visit by the envoy, the minister said ..." and the parser takes
the heading for the subject of the paragraph's first clause: "Border talks During a visit"
becomes one noun phrase, "Regional concern Ana Ruiz, director of ..." makes the heading the
speaker's title, and the heading's noun ("talks", "concern", "attacks") becomes an event of
its own. A heading ends, and the paragraph starts, where within the
first few words after a full stop

- a word that opens clauses comes with a capital right after another word ("talks
  During", "Ruiz Shortly"), or
- an opening quotation mark and a capital follow a lower-case word ("tariffs "It will"), or
- a capitalised name follows a lower-case noun or adjective that is no title before a name
  ("concern Ana Ruiz", "deal Kenyan officials"; not "analyst Ana Ruiz").

``split`` runs before the parser (which keeps the starts it is given); ``is_heading`` tells
the events stage that a sentence is such a heading: short, no full stop, more text after it.
Word lists: ``data/lexicon/headings.yaml``.
"""

from __future__ import annotations

from spacy.language import Language

from . import knowledge
from .datelines import body_start, dateline_match

_FILE = "lexicon/headings.yaml"
#: The name of the pipeline component (``nlp.load`` adds it before the parser).
COMPONENT = "detente_crosshead_split"
#: How many words a heading may have: sub-headings are a few words.
MAX_HEADING_WORDS = 6
_ENDS = frozenset({".", "!", "?"})
_QUOTES = frozenset({'"', "\u201c"})
_CLOSERS = frozenset({'"', "\u201d", "'", "\u2019", ")"})
#: Tags of the heading word before a name that starts the paragraph: a noun ("Regional
#: concern Ana Ruiz"); an adjective before a name is the name's own ("former Prime
#: Minister X", "top rebel leaders").
_BEFORE_NAME = frozenset({"NN", "NNS"})
#: Finite verbs: a heading has none ("Kenyan officials blamed rival Uganda" is a clause).
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tokens after a paragraph start where the parser may not start another sentence.
_KEEP_TOGETHER = 3
_OPENERS = knowledge.words(_FILE, "openers")
_TIMES = knowledge.words(_FILE, "times")
_TITLES = knowledge.words(_FILE, "titles")
_NAME_WORDS = knowledge.words(_FILE, "name_words")


def _word(tok) -> bool:
    return tok.text[:1].isalpha()


def _lower_word(tok) -> bool:
    return tok.text[:1].islower() and tok.text.isalpha()


def _paragraph_start(doc, i: int) -> str | None:
    """How token ``i`` starts the paragraph glued to a heading ("opener", "quote" or "name",
    see the module docstring), else None."""
    tok, prev = doc[i], doc[i - 1]
    low = tok.lower_
    if low in _OPENERS and tok.text[:1].isupper() and _word(prev):
        if tok.text == tok.text.upper() and len(tok.text) > 1:
            return None  # an acronym ("IN", "AS")
        if low in _NAME_WORDS and not _lower_word(prev):
            return None  # "State Department Under Secretary X": one name
        return "opener"
    if tok.text in _QUOTES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return "quote" if _lower_word(prev) and prev.tag_ in _BEFORE_NAME else None
    if tok.tag_ not in ("NNP", "NNPS", "JJ") or not tok.text[:1].isupper() \
            or low in _TIMES:
        return None
    if _lower_word(prev) and prev.tag_ in _BEFORE_NAME and \
            prev.lower_ not in _TITLES:
        return "name"
    return None


def _heading_end(doc, start: int) -> int | None:
    """The index where the paragraph starts after a heading that starts at ``start``."""
    first = doc[start]
    if not first.text[:1].isupper() or first.lower_ in _OPENERS:
        return None
    finite = False
    for i in range(start + 1, min(len(doc), start + MAX_HEADING_WORDS + 1)):
        if not (_word(doc[i]) or doc[i].like_num) and doc[i].text not in _QUOTES:
            return None  # a comma or a full stop: a sentence, not a heading
        kind = _paragraph_start(doc, i)
        if kind == "name" and first.tag_ == "DT":
            return None  # "The free movement Schengen zone is seen ...": a name as modifier
        if kind is not None and not (finite and (kind != "opener" or not _lower_word(doc[i - 1]))):
            return i if i - start >= 2 else None
        # a finite verb makes the words a clause ("Kenyan officials blamed rival Uganda");
        # only a clause-opening word capitalised after a lower-case one ("Airstrikes kill 50
        # militants Hours after", "Media outlets closed On another front") still ends a
        # heading there: a headline's clause glued to its paragraph
        finite = finite or doc[i].tag_ in _FINITE
    return None


def _after_end(doc, i: int) -> bool:
    """Token ``i`` follows a full stop (or one closed by a quotation mark or bracket)."""
    prev = doc[i - 1]
    if prev.text in _CLOSERS and i >= 2:
        prev = doc[i - 2]
    return prev.text in _ENDS


@Language.component(COMPONENT)
def split(doc):
    """Start a sentence where a paragraph starts after a glued heading. Runs before the
    parser, after the tagger; on a parsed document boundaries can no longer change."""
    if doc.has_annotation("DEP"):
        return doc
    _after_dateline(doc)
    for i in range(1, len(doc) - 1):
        if not _after_end(doc, i):
            continue
        end = _heading_end(doc, i)
        if end is not None:
            doc[i].is_sent_start = True
            _start_sentence(doc, end)
    return doc


def _start_sentence(doc, i: int) -> None:
    """Start a sentence at token ``i``, and none in the few tokens after it ("Ruiz,
    speaking Sunday, dismissed")."""
    doc[i].is_sent_start = True
    for k in range(i + 1, min(len(doc), i + 1 + _KEEP_TOGETHER)):
        doc[k].is_sent_start = False


def _after_dateline(doc) -> None:
    """The story's first sentence starts after its dateline: parsed as one sentence,
    "SEOUL, Nov. 1 (Yonhap) -- North Korea and Mongolia signed ..." has the city for the
    subject of the lead clause."""
    filed = dateline_match(doc.text)
    if filed is None:
        return
    body = body_start(filed)
    for tok in doc:
        if tok.idx >= body:
            if tok.i > 0:
                _start_sentence(doc, tok.i)
            return


def is_heading(sent) -> bool:
    """The sentence is a heading ``split`` cut from its paragraph: read again from the same
    words and tags (nothing is kept on the document)."""
    doc, start = sent.doc, sent.start
    return 1 <= start and sent.end < len(doc) and _after_end(doc, start) \
        and _heading_end(doc, start) == sent.end
