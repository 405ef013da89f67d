"""The dashboard: ``detente serve``, server-rendered pages over a store, each with a JSON twin.

Layout: ``params`` reads and checks query strings (a bad value is a 400 naming the parameter),
``queries`` reads the store (a read-only connection per request, so ``detente ingest`` can
write between requests), ``app`` routes and renders, ``openapi`` describes the JSON API;
``render`` is the template environment (no server: ``detente dossier`` prints the dyad page
with it), ``pairview`` shapes a pair's or a party's ledger for the page, ``parties`` serves
the actor and dyad pages and ``analyze`` the analyze form.
"""

from __future__ import annotations


def create_app(*args, **kwargs):
    """The Starlette app (see ``app.create_app``). Imported here on first use, so that the
    printed dossier (``render``) needs no web server installed."""
    from .app import create_app as make

    return make(*args, **kwargs)


__all__ = ["create_app"]
