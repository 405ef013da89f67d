"""Where quoted material lies in an article: one reading of quotation marks, shared by the
quote extractor (what was said) and coreference (a pronoun inside a quote is the speaker's);
and whether quoted words are the name of a work rather than speech."""

from __future__ import annotations

import bisect
import re

from .single_quotes import DOUBLE_MARK, OPENS_AFTER, single_spans


def a_title(body: str, small_words: frozenset[str]) -> bool:
    """Quoted words all capitalised but for ``small_words`` inside ("Meet the Press"), not
    all in capitals: the name of a work or a thing, not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", body)
    if len(words) < 2 or not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in small_words for w in words) \
        and not body.isupper()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted material (inside the marks).

    Curly, straight and angle marks are read as one system, because real copy mixes them
    (“… ," he said. "…”); a straight mark opens when it follows a space or a bracket, and so
    does a closing curly mark before a word when no quote is open. A quote
    left open at the end of a paragraph counts to the paragraph's end when the next paragraph
    opens a quote again (the convention for quotes running over several paragraphs); in text
    whose paragraph breaks were lost, a curly opening mark while a curly quote is open marks
    the same break. Paragraphs with no double mark are read for single marks
    (``single_quotes``).
    """
    found: list[tuple[int, int]] = []
    offset = 0
    paragraphs = text.split("\n")
    for n, paragraph in enumerate(paragraphs):
        opened = None
        for m in DOUBLE_MARK.finditer(paragraph):
            i, ch = m.start(), m.group()
            before = paragraph[i - 1] if i else " "
            after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
            starts_word = (before.isspace() or before in OPENS_AFTER) and not after.isspace()
            # a closing curly mark where none is open, before a word: copy that types ” for
            # both marks (”We fled,” she said)
            opening = ch in "“«" or ch == '"' and starts_word \
                or ch == "”" and opened is None and starts_word and after.isalnum()
            if ch == "“" and not starts_word and before not in OPENS_AFTER \
                    and (after.isspace() or after in ",.;:!?"):
                # an opening mark typed where a quote ends ("our people“.", "corridors“,
                # he said"): it closes the open quote, and opens none
                opening = False
                if opened is None:
                    continue
            if opening:
                if opened is not None and ch in "“«" and paragraph[opened] in "“«":
                    # a curly quote reopened before it closed: copy flattened into one line
                    # lost the paragraph break of a quote running on (see below)
                    found.append((offset + opened + 1, offset + len(paragraph[:i].rstrip())))
                opened = i
            elif opened is not None:
                found.append((offset + opened + 1, offset + i))
                opened = None
        # the next paragraph with words: copy that separates paragraphs by a blank line
        following = next((p.lstrip() for p in paragraphs[n + 1:n + 3] if p.strip()), "")
        if opened is not None and following[:1] in ("“", '"', "«"):
            found.append((offset + opened + 1, offset + len(paragraph.rstrip())))
        # copy in the single-mark style (‘…,’ she said): only where no double mark is
        found.extend((offset + s, offset + e) for s, e in single_spans(paragraph, following))
        offset += len(paragraph) + 1
    return found


def article_spans(ctx) -> list[tuple[int, int]]:
    """``quote_spans`` of the article in ``ctx`` (an ArticleContext), read once per article
    for every stage that asks (the quote stage, coreference)."""
    return ctx.cache("quotemarks.spans", lambda: quote_spans(ctx.doc.text))


def inside_flags(starts: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """For tokens starting at the character offsets ``starts`` (ascending), whether each lies
    inside one of ``spans`` (sorted, not overlapping)."""
    begins = [s for s, _ in spans]
    out = []
    for start in starts:
        k = bisect.bisect_right(begins, start) - 1
        out.append(k >= 0 and start < spans[k][1])
    return out
