"""The dashboard: ``detente serve``, server-rendered pages over a store, each with a JSON twin.

Layout: ``params`` reads and checks query strings (a bad value is a 400 naming the parameter),
``queries`` reads the store (a read-only connection per request, so ``detente ingest`` can
write between requests), ``app`` routes and renders, ``openapi`` describes the JSON API.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
