"""Serve a built site on localhost and drive it in Debian's Chromium through Playwright.

Every request that would leave localhost is refused and recorded, so a test can assert that a page
needs nothing from an outside host (readers in China and offline readers get the whole page).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class OutsideRequests:
    """Routes every request of a browser context; refuses and records those to outside hosts."""

    def __init__(self) -> None:
        self.refused: list[str] = []

    def route(self, route, request) -> None:  # type: ignore[no-untyped-def]
        host = urlparse(request.url).hostname or ""
        if request.url.startswith(("data:", "blob:", "about:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            self.refused.append(request.url)
            route.abort()


def gzip_bytes(site_dir: Path, base_url: str, urls: list[str]) -> int:
    """The gzip size of every file a page loaded from the site itself (what a reader downloads)."""
    total = 0
    for url in set(urls):
        if not url.startswith(base_url):
            continue
        path = urlparse(url).path.lstrip("/")
        file = site_dir / path
        if not path or path.endswith("/") or file.is_dir():
            file = file / "index.html"
        total += len(gzip.compress(file.read_bytes(), compresslevel=9))
    return total
