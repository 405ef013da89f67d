"""Bytes -> text, for whole files and for streams read line by line.

Order of decisions: a byte order mark names the encoding; else a regular pattern of NUL bytes
marks UTF-16 or UTF-32 written without a BOM (ASCII text in UTF-16-LE is "T\\0h\\0e\\0"); else
other NUL bytes or many control bytes mean binary data (in a file of records, only many control
bytes do: a NUL spoils its own record); else UTF-8; else UTF-8 with damage when valid
multi-byte sequences sit beside the bad bytes (those become U+FFFD); else cp1252; else a
detector.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from typing import IO, Iterator

from .base import Reject, clip

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13, 27}
_CONTROL_BYTES = bytes(sorted(_CONTROL))


def _controls(data: bytes) -> int:
    """How many bytes of ``data`` are in _CONTROL (counted in C: this runs on every line)."""
    return len(data) - len(data.translate(None, _CONTROL_BYTES))
_ACCEPTED = "give text, HTML, JSONL, CSV or RSS/Atom"

#: Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Bytes looked at to recognise an encoding.
SNIFF_BYTES = 4096
#: Fewer bytes make no pattern: "{}\n\0" would pass for two UTF-16 characters.
MIN_PATTERN_BYTES = 16


def _nul_share(lane: bytes) -> float:
    return lane.count(0) / len(lane) if lane else 0.0


def wide_encoding(head: bytes) -> str | None:
    """The UTF-16/UTF-32 codec that ``head`` is written in, or None for byte-oriented text.

    Without a BOM the pattern decides: in UTF-32 the top byte of every character is NUL and
    the next nearly always is; in UTF-16 text mostly in the first 256 code points, every other
    byte is NUL. Text with only a stray NUL matches neither and is left to the binary check.
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    sample = head[:SNIFF_BYTES]
    if b"\x00" not in sample or len(sample) < MIN_PATTERN_BYTES:
        return None
    n4 = len(sample) // 4 * 4
    if n4:
        lane = [_nul_share(sample[i:n4:4]) for i in range(4)]
        if lane[3] == 1.0 and lane[2] >= 0.9 and lane[0] <= 0.1:
            return "utf-32-le"
        if lane[0] == 1.0 and lane[1] >= 0.9 and lane[3] <= 0.1:
            return "utf-32-be"
    n2 = len(sample) // 2 * 2
    if n2:
        even, odd = _nul_share(sample[0:n2:2]), _nul_share(sample[1:n2:2])
        if odd >= 0.5 and even <= 0.1:
            return "utf-16-le"
        if even >= 0.5 and odd <= 0.1:
            return "utf-16-be"
    return None


def label(codec: str) -> str:
    return codec.upper() if codec.count("-") == 2 else f"{codec.upper()} with a byte order mark"


def control_share(data: bytes) -> float:
    """Share of control bytes other than NUL, tab, newlines, form feed and escape."""
    return (_controls(data) - data.count(0)) / len(data) if data else 0.0


def check_binary(data: bytes, what: str = "file") -> None:
    """Raise ``Reject`` when ``data`` (its first 8 KB) is not text."""
    head = data[:8192]
    nul = head.find(b"\x00")
    controls = _controls(head) if nul < 0 else 0
    if nul < 0 and not (head and controls / len(head) > 0.05):
        return
    why = (f"NUL byte at offset {nul}" if nul >= 0
           else f"{controls} control bytes in the first {len(head)}")
    if what == "line":
        raise Reject("binary", f"line holds binary data, not text ({why}); fix or remove the line")
    raise Reject("binary", f"binary file, not text ({why}); {_ACCEPTED}")


def _decode_wide(data: bytes, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise Reject("encoding", f"looks like {label(codec)} but is not valid {label(codec)} "
                     f"(bad data at byte {exc.start}); re-save the file as UTF-8") from None
    head = text[:4096]
    controls = sum(1 for c in head if ord(c) in _CONTROL)
    if head and controls / len(head) > 0.05:
        raise Reject("binary", f"binary file, not text ({controls} control characters in the "
                     f"first {len(head)} as {label(codec)}); {_ACCEPTED}")
    return text


#: A character decoded from a valid multi-byte UTF-8 sequence (not an escaped bad byte).
_UTF8_MULTIBYTE = re.compile("[\u0080-\udc7f\udd00-\U0010ffff]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def decode(data: bytes, what: str = "file") -> str:
    """Bytes -> str; raises ``Reject``. ``what``: "file" (one document), "records" (a file of
    many records: NUL bytes alone do not make it binary, they spoil only their own record) or
    "line" (one JSON line)."""
    if what != "line":
        codec = wide_encoding(data)
        if codec:
            return _decode_wide(data, codec)
    if what != "records" or control_share(data[:8192]) > 0.05:
        check_binary(data, "line" if what == "line" else "file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    # Valid multi-byte sequences beside the bad bytes: UTF-8 with some damage, not a legacy
    # code page (which would turn every accented letter into two wrong ones). The bad bytes
    # become U+FFFD, visibly, as lone surrogates do in ``base.normalise``.
    text = data.decode("utf-8", "surrogateescape")
    if _UTF8_MULTIBYTE.search(text):
        return _ESCAPED_BYTE.sub("\ufffd", text).lstrip("\ufeff")
    # Western news saved by old tools is nearly always cp1252; charset-normalizer alone tends to
    # pick cp1250/cp852 for short English text (every candidate scores 0 chaos), which garbles
    # curly quotes. So accept cp1252 when it decodes cleanly, and ask the detector otherwise.
    try:
        text = data.decode("cp1252")
        if not any(ord(c) in _CONTROL for c in text):
            return text
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        fix = "fix or remove the line" if what == "line" else "re-save the file as UTF-8"
        raise Reject("encoding", f"not UTF-8 (bad byte at offset {bad_at}) and the encoding "
                     f"could not be detected; {fix}")
    return str(best)


# --------------------------------------------------------------------------- streams


class StreamBroken:
    """Yielded by ``bounded_lines`` in place of a line when the stream fails part-way."""

    def __init__(self, code: str, message: str):
        self.code, self.message = code, message


def _ends(line: bytes | str) -> bool:
    last = line[-1:]
    return last in (b"\n", b"\r") if isinstance(last, bytes) else last in ("\n", "\r")


def bounded_lines(stream: IO, limit: int) -> Iterator[bytes | str | None | StreamBroken]:
    """The lines of a binary or text stream, never holding more than ``limit`` of one in memory.

    A longer line is skipped to its end and yielded as None (the caller rejects it with its
    line number). A stream that breaks (damaged gzip data, undecodable UTF-16) ends with one
    ``StreamBroken``.
    """
    try:
        while True:
            line = stream.readline(limit + 1)
            if not line:
                return
            if len(line) > limit and not _ends(line):
                while True:
                    more = stream.readline(1 << 20)
                    if not more or _ends(more):
                        break
                yield None
            else:
                yield line
    except UnicodeDecodeError as exc:
        yield StreamBroken("encoding", f"cannot be decoded from here on ({clip(exc.reason)}); "
                           "re-save the file as UTF-8")
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield StreamBroken("bad_gzip", damaged_gzip(exc))
    except OSError as exc:
        yield StreamBroken("unreadable", f"reading stopped ({clip(exc.strerror or str(exc))}); "
                           "check the file and read it again")


def damaged_gzip(exc: BaseException) -> str:
    return (f"the compressed data is damaged ({clip(str(exc) or type(exc).__name__)}); "
            "compress or download the file again")
