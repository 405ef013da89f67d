"""The Jinja2 environment of the dashboard and of the printed dossier, with no web server.

``detente dossier`` renders the dyad page's template to a file, so the templates, their filters
and the stylesheets are reachable without Starlette (Jinja2 comes with spaCy). The dashboard
links its stylesheets; a printed dossier carries them inline, since it is one file forwarded
on its own and shown with no server behind it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2

HERE = Path(__file__).parent
#: Stylesheets a printed page carries inline, in this order (the print rules last).
PRINT_CSS = ("style.css", "ledger.css", "print.css")


def safe_url(url: Any) -> str | None:
    """The article's link if it is http(s); a ``javascript:`` or ``data:`` url is shown as
    text, never made a link."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def environment() -> jinja2.Environment:
    """Templates under ``templates/``, every value escaped, an unknown name an error."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["seg"] = lambda v: quote(str(v), safe="")
    env.filters["safe_url"] = safe_url
    # the header names the file, not its folder: the full path is in the tooltip (and the
    # screenshots of a test run on a temporary store do not change with the folder's name)
    env.filters["basename"] = lambda p: Path(str(p)).name
    env.globals["qs"] = lambda d: urlencode(d)
    env.globals["slug"] = slug
    return env


def slug(article_id: Any) -> str:
    """An article id as an HTML id (a printed dossier's list of sources is anchored by it)."""
    return "".join(ch for ch in str(article_id or "") if ch.isalnum() or ch in "-_")


def inline_css() -> str:
    """The stylesheets a standalone page embeds. Our own files: no article text in them."""
    return "\n".join((HERE / "static" / name).read_text(encoding="utf-8") for name in PRINT_CSS)
