"""Fetch web pages politely: a timeout on every request, a delay between requests to one host, a User-Agent.

Used for feed items and for URLs given as inputs. Only ``http`` and ``https`` URLs are fetched; redirects are
followed. Every problem raises an ``InputError`` (the caller records it as a ``fetch`` failure): a timeout or
a refused connection, an HTTP error status (404 and 410 as ``MissingPath``), a body over the size limit
(``TooLarge``) or a content type that is not text (``UnsupportedInput``).
"""

from __future__ import annotations

import http.client
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from dragoman import __version__
from dragoman.errors import InputError, MissingPath, TooLarge, UnsupportedInput
from dragoman.ingest.common import DEFAULT_MAX_BYTES

log = logging.getLogger(__name__)

USER_AGENT = f"Dragoman/{__version__} (news event coder; reads one page at a time, politely)"
_CHUNK = 1 << 16
TEXT_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How pages are fetched: ``timeout`` in seconds for the whole request, ``delay`` between two
    requests to the same host, ``max_bytes`` of body at most."""

    timeout: float = 20.0
    delay: float = 1.0
    max_bytes: int = DEFAULT_MAX_BYTES
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: the URL after redirects, the body, its media type (lower case) and declared charset."""

    url: str
    body: bytes
    media_type: str
    charset: str


def is_url(value: str) -> bool:
    """True for an ``http://`` or ``https://`` address."""
    return value.lower().startswith(("http://", "https://"))


class Fetcher:
    """Fetches pages one at a time, waiting ``policy.delay`` seconds between two requests to one host."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}

    def _wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + self.policy.delay - self._clock()
            if wait > 0:
                log.debug("waiting %.2f s before the next request to %s", wait, host)
                self._sleep(wait)
        self._last[host] = self._clock()

    def get(self, url: str) -> Page:
        """Fetch ``url``; raise an ``InputError`` naming it when the page cannot be had."""
        if not is_url(url):
            raise UnsupportedInput(f"{url}: not an http(s) URL")
        try:
            host = urlsplit(url).hostname or ""
        except ValueError as err:
            raise InputError(f"{url}: not a valid URL ({err})") from err
        self._wait_for(host)
        request = urllib.request.Request(url, headers={"User-Agent": self.policy.user_agent})
        deadline = self._clock() + self.policy.timeout
        try:
            with urllib.request.urlopen(request, timeout=self.policy.timeout) as response:
                headers: Message = response.headers
                body = self._read_body(response, url, deadline)
                final = str(response.geturl())
        except urllib.error.HTTPError as err:
            what = MissingPath if err.code in (404, 410) else InputError
            raise what(f"{url}: the server answered HTTP {err.code} {err.reason}") from None
        except urllib.error.URLError as err:
            raise InputError(f"{url}: cannot fetch it ({err.reason})") from None
        except TimeoutError:
            raise InputError(f"{url}: no answer within {self.policy.timeout:g} s") from None
        except (OSError, http.client.HTTPException, ValueError) as err:
            raise InputError(f"{url}: cannot fetch it ({type(err).__name__}: {err})") from None
        media_type = headers.get_content_type().lower() if headers.get("Content-Type") else ""
        if media_type and media_type not in TEXT_TYPES:
            raise UnsupportedInput(f"{url}: content type {media_type!r} is not a web page or a feed")
        return Page(url=final, body=body, media_type=media_type, charset=headers.get_content_charset() or "")

    def _read_body(self, response: http.client.HTTPResponse, url: str, deadline: float) -> bytes:
        limit = self.policy.max_bytes
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > limit:
            raise TooLarge(f"{url}: {length} bytes is more than the limit of {limit}")
        chunks: list[bytes] = []
        size = 0
        while chunk := response.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise TooLarge(f"{url}: more than the limit of {limit} bytes")
            if self._clock() > deadline:
                raise TimeoutError
            chunks.append(chunk)
        return b"".join(chunks)
