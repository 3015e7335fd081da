"""A built site served as a static host serves it: text compressed with gzip when the
browser asks for it, each file with its media type and a short cache lifetime.

Python's own ``SimpleHTTPRequestHandler`` sends every file uncompressed, which makes page
weight and Lighthouse's timings several times worse than on the association's real host
(GitHub Pages, Netlify and nginx all gzip HTML, CSS, JS, SVG and JSON). The browser suite
serves the built sites through this handler so that what it measures is what visitors get.
"""

from __future__ import annotations

import functools
import gzip
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import BinaryIO, ClassVar

COMPRESSED_TYPES = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "application/atom+xml",
    "application/rss+xml",
    "image/svg+xml",
)
CACHE_CONTROL = "max-age=600"
"""GitHub Pages' lifetime: long enough for one visit, short enough for a daily build."""


@functools.lru_cache(maxsize=512)
def _gzipped(path: str, mtime_ns: int) -> bytes:
    """One compression per file and version, as a host that caches its gzip output."""
    with open(path, "rb") as file:
        return gzip.compress(file.read(), compresslevel=6, mtime=0)


class StaticHostHandler(SimpleHTTPRequestHandler):
    """Serve ``directory`` with gzip and Cache-Control; quiet, because tests read no log.

    HTTP/1.1, as every host speaks: its connections are kept open between requests, where
    HTTP/1.0 (Python's default) opens a new one for every file, which Lighthouse's throttling
    then charges a round trip each.
    """

    protocol_version = "HTTP/1.1"

    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "application/javascript",
        ".mjs": "application/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".webp": "image/webp",
        ".avif": "image/avif",
        ".ics": "text/calendar",
        ".xml": "application/xml",
        ".webmanifest": "application/manifest+json",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", CACHE_CONTROL)
        super().end_headers()

    def send_head(self) -> BinaryIO | BytesIO | None:  # type: ignore[override]
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        content_type = self.guess_type(path)
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (os.path.isfile(path) and accepts_gzip and content_type.startswith(COMPRESSED_TYPES)):
            return super().send_head()
        body = _gzipped(path, os.stat(path).st_mtime_ns)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type + ("; charset=utf-8" if content_type.startswith("text/") else ""))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return BytesIO(body)


@contextmanager
def served(directory: Path) -> Iterator[str]:
    """``directory`` on a free port of 127.0.0.1, for as long as the block runs."""
    handler = functools.partial(StaticHostHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
