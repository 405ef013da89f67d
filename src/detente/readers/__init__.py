"""The input readers behind ``detente.ingest.read_inputs``, one module per concern.

- ``base``: ``Rejected``, the one-line message helpers, text normalisation, ids and fields,
  one record -> ``Article``.
- ``decode``: bytes -> text (BOMs, UTF-16/32 without a BOM, legacy code pages, binary data).
- ``structured``: JSON lines, JSON documents, CSV.
- ``documents``: plain text (with front matter), HTML pages, RSS/Atom feeds.

Every reader yields ``Article`` or ``Rejected`` and never raises on content.
"""
