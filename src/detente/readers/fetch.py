"""One HTTP(S) GET with every limit a hostile or broken server calls for.

Used only when the user names a URL (``detente ingest URL``, ``detente watch``): nothing else in
detente opens a connection. ``fetch`` returns the body (``Fetched``) or raises ``FetchFailed``
whose ``message`` is one line saying what went wrong and what to do.

Limits (``Limits``):

- a connect timeout per address and a total deadline for the whole fetch, redirects and a
  server that trickles one byte a second included (every socket read waits only for what is
  left of the deadline);
- a size limit, checked against Content-Length before reading and again while reading; a
  compressed body is inflated under the same limit (no decompression bombs);
- a content-type check before the body is read, so a video is never downloaded to be refused;
- at most ``max_redirects`` redirects, each to http or https only, never back to an address
  already visited (a loop is named as such).

Addresses (server-side request forgery). The URL the user types may point anywhere, their own
machine and network included: they asked for it. A hop nobody typed (a redirect, a link taken
from a feed) may reach a loopback, private, link-local or otherwise non-public address only
when the fetch started at one too (``allow_private`` overrides either way). So a public page or
feed cannot make detente read 127.0.0.1:8080 or 169.254.169.254 on the user's behalf, while a
feed served on the user's own network may link to its own pages. The connection goes to the
very address that was checked, so DNS cannot answer differently between check and connect.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from typing import Collection
from urllib.parse import urljoin, urlsplit

from ..version import PACKAGE_VERSION
from .base import clip, show

REDIRECTS = (301, 302, 303, 307, 308)
#: The read size: small enough that the deadline is checked often on a slow server.
READ_BYTES = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """How long, how much and where one fetch may go."""

    connect_timeout: float = 10.0  #: seconds to resolve the name and connect, per address
    total_timeout: float = 30.0  #: seconds for the whole fetch, redirects included
    max_bytes: int = 8 * 2**20  #: largest body accepted (after decompression)
    max_redirects: int = 5
    #: may a hop nobody typed go to a non-public address? None: only when the fetch started
    #: at a non-public address (see the module docstring)
    allow_private: bool | None = None
    user_agent: str = f"detente/{PACKAGE_VERSION} (news event coder; one fetch per request)"


@dataclass(frozen=True)
class Fetched:
    """A body that passed every check."""

    url: str  #: the URL asked for
    final_url: str  #: where the body came from, after redirects
    media_type: str  #: "text/html" (lower case, no parameters); "" when the server gave none
    charset: str | None  #: the charset parameter of Content-Type, if any
    body: bytes
    fetched_at: dt.datetime  #: UTC, naive (as the store keeps timestamps)
    private: bool  #: the address it came from is not public (see ``is_private``)


class FetchFailed(Exception):
    """A fetch that could not give a body. ``kind`` names the failure for logs and tests:
    bad_url, dns, refused, timeout, network, tls, http, redirect, blocked, too_large,
    wrong_type, undecodable."""

    def __init__(self, kind: str, message: str, media_type: str = ""):
        super().__init__(message)
        self.kind, self.message, self.media_type = kind, message, media_type


def is_private(address: str) -> bool:
    """Is ``address`` (an IP) anything but a public unicast address?"""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def _target(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path with query) of an http(s) URL; raises ``FetchFailed``."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchFailed("bad_url", f"not a valid URL ({clip(str(exc), 80)}); check it") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchFailed("bad_url", f"only http and https URLs are fetched, not "
                          f"{show(scheme + ':')}; save the document and give the file")
    if not parts.hostname:
        raise FetchFailed("bad_url", "the URL names no host; write it as http://host/path")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80), path


def _resolve(host: str, port: int, timeout: float) -> list[str]:
    """The addresses of ``host``; getaddrinfo has no timeout of its own, so it runs in a
    daemon thread that is abandoned after ``timeout`` seconds."""
    found: list = []

    def look() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            found.append(exc)

    worker = threading.Thread(target=look, daemon=True, name="detente-dns")
    worker.start()
    worker.join(timeout)
    if not found:
        raise FetchFailed("timeout", f"looking up {show(host)} took over {timeout:g} s (DNS); "
                          "check the network or try again later")
    if isinstance(found[0], BaseException):
        reason = getattr(found[0], "strerror", None) or str(found[0])
        raise FetchFailed("dns", f"cannot resolve host {show(host)} ({clip(reason, 80)}); check "
                          "the address and the network")
    addresses = list(dict.fromkeys(info[4][0] for info in found[0]))
    if not addresses:
        raise FetchFailed("dns", f"host {show(host)} has no address; check the URL")
    return addresses


class _Clock:
    """The time left of one fetch's total deadline."""

    def __init__(self, total: float):
        self.total = total
        self.end = time.monotonic() + total

    def left(self, what: str) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise self.over(what)
        return remaining

    def over(self, what: str) -> FetchFailed:
        """The failure of a fetch whose deadline passed while ``what`` (socket reads wait only
        for what is left of it, so their timeout is this too)."""
        return FetchFailed("timeout", f"{what} took over the {self.total:g} s limit for the "
                           "whole fetch; the server is too slow, try again later")


def _connect(scheme: str, host: str, port: int, addresses: list[str], limits: Limits,
             clock: _Clock) -> socket.socket:
    last: OSError | None = None
    for address in addresses:
        timeout = min(limits.connect_timeout, clock.left(f"connecting to {host}"))
        try:
            sock = socket.create_connection((address, port), timeout=timeout)
        except socket.timeout:
            raise FetchFailed("timeout", f"no connection to {show(host)} port {port} within "
                              f"{timeout:g} s; the server is down or unreachable") from None
        except OSError as exc:
            last = exc
            continue
        if scheme == "https":
            try:
                context = ssl.create_default_context()
                sock.settimeout(min(limits.connect_timeout, clock.left("the TLS handshake")))
                return context.wrap_socket(sock, server_hostname=host)
            except socket.timeout:
                sock.close()
                raise FetchFailed("timeout", f"the TLS handshake with {show(host)} took too "
                                  "long; try again later") from None
            except (ssl.SSLError, OSError, ValueError) as exc:  # ValueError: a bad IDNA name
                sock.close()
                reason = (f"certificate not trusted: {exc.verify_message}"
                          if isinstance(exc, ssl.SSLCertVerificationError)
                          else getattr(exc, "reason", None) or str(exc))
                raise FetchFailed("tls", f"secure connection to {show(host)} failed "
                                  f"({clip(str(reason), 100)}); check the URL") from None
        return sock
    if isinstance(last, ConnectionRefusedError):
        raise FetchFailed("refused", f"{show(host)} port {port} refused the connection; is the "
                          "server up, and the port right?")
    reason = (last.strerror if last is not None else None) or str(last)
    raise FetchFailed("network", f"cannot connect to {show(host)} port {port} "
                      f"({clip(reason, 80)}); check the network")


def _check_address(host: str, addresses: list[str], typed: bool, private_ok: bool) -> None:
    if typed or private_ok:
        return
    blocked = [a for a in addresses if is_private(a)]
    if blocked:
        raise FetchFailed("blocked", f"refused to go to {show(host)}, a non-public address "
                          f"({blocked[0]}), by a redirect or a feed's link: only a fetch that "
                          "starts at such an address may; give that URL itself if you mean it")


def _media(response: http.client.HTTPResponse) -> tuple[str, str | None]:
    value = response.getheader("Content-Type") or ""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")[:40]
    return media.strip().lower(), charset


def _read_body(response: http.client.HTTPResponse, sock: socket.socket, limits: Limits,
               clock: _Clock) -> bytes:
    coding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if coding not in ("identity", "gzip", "x-gzip", "deflate"):
        raise FetchFailed("undecodable", f"the server sent the page in the {show(coding)} "
                          "content encoding, which detente does not read; save the page and "
                          "give the file")
    # wbits 47: zlib or gzip header, detected; raw deflate is tried when that fails
    inflate = zlib.decompressobj(47) if coding != "identity" else None
    limit = limits.max_bytes
    parts: list[bytes] = []
    size = 0
    while True:
        sock.settimeout(clock.left("reading the page"))
        try:
            chunk = response.read1(READ_BYTES)
        except socket.timeout:
            raise clock.over("reading the page") from None
        except (http.client.HTTPException, OSError) as exc:
            raise FetchFailed("network", f"the connection broke while reading the page "
                              f"({clip(str(exc) or type(exc).__name__, 80)}); try again later"
                              ) from None
        if not chunk:
            break
        if inflate is not None:
            try:
                chunk = inflate.decompress(chunk, limit + 1 - size)
            except zlib.error:
                raise FetchFailed("undecodable", f"the {coding} compressed page is damaged; "
                                  "try again later") from None
            if inflate.unconsumed_tail:
                chunk += b"x"  # more is waiting: over the limit whatever it holds
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            raise FetchFailed("too_large", f"the page is over {limit:,} bytes, the size limit; "
                              "save the article page itself and give the file")
    return b"".join(parts)


def _exchange(sock: socket.socket, host: str, port: int, path: str, limits: Limits,
              clock: _Clock, accept: Collection[str], current: str
              ) -> tuple[str, str | None, bytes, str | None]:
    """One request on a connected socket: (media type, charset, body, None), or
    ("", None, b"", the next URL) for a redirect; raises ``FetchFailed``."""
    conn = http.client.HTTPConnection(host, port)
    conn.sock = sock  # connected to the checked address; http.client must not connect again
    sock.settimeout(clock.left("waiting for the server"))
    try:
        conn.request("GET", path, headers={"User-Agent": limits.user_agent,
                                           "Accept": ", ".join(a for a in accept if a) or "*/*",
                                           "Accept-Encoding": "gzip, deflate"})
        response = conn.getresponse()
    except socket.timeout:
        raise clock.over("waiting for the server") from None
    except (http.client.HTTPException, OSError) as exc:
        raise FetchFailed("network", f"the server's answer is not HTTP "
                          f"({clip(str(exc) or type(exc).__name__, 80)}); check the URL"
                          ) from None
    status = response.status
    if status in REDIRECTS:
        location = response.getheader("Location")
        if not location:
            raise FetchFailed("redirect", f"the server answered {status} without saying where "
                              "to; check the URL")
        target = urljoin(current, location.strip())
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise FetchFailed("redirect", f"redirect to {show(target)} refused: only http and "
                              "https are followed")
        return "", None, b"", target
    if not 200 <= status < 300:
        raise _status_failure(status, response.reason or "")
    media, charset = _media(response)
    if accept and media not in accept:
        raise FetchFailed("wrong_type", f"the server sent {show(media or 'no content type')}, "
                          "not a type read here", media)
    declared = response.getheader("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > limits.max_bytes:
        raise FetchFailed("too_large", f"the page is {int(declared):,} bytes, over the "
                          f"{limits.max_bytes:,}-byte size limit; save the article page "
                          "itself and give the file")
    return media, charset, _read_body(response, sock, limits, clock), None


def _status_failure(status: int, reason: str) -> FetchFailed:
    said = f"{status} {clip(reason, 60)}".strip()
    if status >= 500:
        return FetchFailed("http", f"the server answered {said} (a server-side error); try "
                           "again later")
    if status in (401, 403):
        return FetchFailed("http", f"the server answered {said} (access refused); detente "
                           "does not log in: save the page and give the file")
    if status in (404, 410):
        return FetchFailed("http", f"the server answered {said}; check the URL")
    return FetchFailed("http", f"the server answered {said}, not a page; check the URL")


def fetch(url: str, limits: Limits = Limits(), accept: Collection[str] = (),
          typed: bool = True, private_ok: bool | None = None) -> Fetched:
    """GET ``url`` under ``limits``; raises ``FetchFailed``.

    ``accept``: the media types taken ("" stands for a response without Content-Type); an
    empty collection takes any. ``typed``: the user gave this URL themselves (any address
    allowed for the first hop); False for links taken from a feed. ``private_ok``: may hops
    that were not typed reach non-public addresses (default: ``limits.allow_private``, else
    whether the first hop's address is non-public).
    """
    clock = _Clock(limits.total_timeout)
    allowed = limits.allow_private if limits.allow_private is not None else private_ok
    visited: list[str] = []
    current = url
    while True:
        scheme, host, port, path = _target(current)
        if current in visited:
            raise FetchFailed("redirect", f"redirect loop: the redirects lead back to "
                              f"{show(current)}; the site is misconfigured, try again later")
        visited.append(current)
        addresses = _resolve(host, port, min(limits.connect_timeout, clock.left("the lookup")))
        private = any(is_private(a) for a in addresses)
        first = len(visited) == 1
        if allowed is None:  # decided by where the fetch starts
            allowed = private
        _check_address(host, addresses, typed and first, allowed)
        sock = _connect(scheme, host, port, addresses, limits, clock)
        try:
            media, charset, body, location = _exchange(sock, host, port, path, limits, clock,
                                                       accept, current)
        finally:
            sock.close()
        if location is None:
            return Fetched(url=url, final_url=current, media_type=media, charset=charset,
                           body=body, private=private,
                           fetched_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
        if len(visited) > limits.max_redirects:
            raise FetchFailed("redirect", f"more than {limits.max_redirects} redirects (the "
                              f"last to {show(location)}); the site is misconfigured, or give "
                              "the final address")
        current = location
