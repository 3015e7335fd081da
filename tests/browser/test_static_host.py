"""The browser suite's server answers as a static host does: what Lighthouse measures
depends on it (support/static_host.py)."""

from __future__ import annotations

import gzip
import http.client
from urllib.parse import urlsplit


def fetch(base_url: str, path: str, encoding: str = "gzip") -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port)
    connection.request("GET", "/" + path, headers={"Accept-Encoding": encoding})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def test_text_is_sent_gzipped_with_its_media_type_and_a_cache_lifetime(base_url: str, demo_site):
    bundle = next((demo_site / "assets" / "javascripts").glob("bundle.*.min.js")).name
    for path, media_type in [
        ("", "text/html; charset=utf-8"),
        ("columns/", "text/html; charset=utf-8"),
        ("assets/association/association.css", "text/css; charset=utf-8"),
        (f"assets/javascripts/{bundle}", "application/javascript"),
        ("assets/logo.svg", "image/svg+xml"),
        ("search/search_index.json", "application/json"),
    ]:
        status, headers, body = fetch(base_url, path)
        assert (status, headers["content-type"], headers["content-encoding"]) == (200, media_type, "gzip"), path
        assert headers["cache-control"] == "max-age=600" and int(headers["content-length"]) == len(body)
        on_disk = demo_site / path / "index.html" if path.endswith("/") or not path else demo_site / path
        assert gzip.decompress(body) == on_disk.read_bytes()


def test_images_and_clients_without_gzip_get_the_file_as_it_is(base_url: str, demo_site):
    status, headers, body = fetch(base_url, "assets/logo.png")
    assert (status, headers["content-type"], "content-encoding" in headers) == (200, "image/png", False)
    status, headers, body = fetch(base_url, "", encoding="identity")
    assert "content-encoding" not in headers and body == (demo_site / "index.html").read_bytes()
