"""Writing the feeds at the end of a build, once every column's HTML is rendered."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from mkdocs.exceptions import PluginError
from mkdocs.utils import write_file

from ..content.columns import Column
from ..render import feeds
from .state import BuildState

log = logging.getLogger(f"mkdocs.plugins.{__name__}")


def write(site_dir: str, state: BuildState, *, dirty: bool) -> None:
    """Both formats of every feed into ``site_dir``, with the rendered HTML of the columns
    they carry (``state.feed_html``, by URL) and the copy of each column's image that the
    feeds show."""
    info, bodies = state.site.feed, state.feed_html
    if not state.feeds or not _bodies_complete(info, bodies, state.feed_columns, dirty=dirty):
        return
    images = state.images.fitting(c.image for c in state.feed_columns.values())
    for feed in state.feeds:
        rss, atom = feeds.render(feed, info, bodies, state.settings, images)
        write_file(rss, os.path.join(site_dir, feed.rss_path))
        write_file(atom, os.path.join(site_dir, feed.atom_path))


def _bodies_complete(
    info: feeds.FeedInfo, bodies: Mapping[str, str], carried: Mapping[str, Column], *, dirty: bool
) -> bool:
    """Whether every column in the feeds was rendered in this build, so the feeds can
    carry its full text.

    A ``--dirty`` build (``mkdocs serve --dirty`` on a large archive) renders only the
    pages whose source changed; rewriting the feeds then would drop the text of every
    other column. The feeds of the last full build stay instead. In a full build a
    column missing here was left out by something else (another plugin taking its page
    away): an error, not a feed with a silently empty item."""
    if not info.full_content:
        return True
    unbuilt = sorted(c.source.path for url, c in carried.items() if url not in bodies)
    if not unbuilt:
        return True
    if dirty:
        log.info(
            f"Feeds niet bijgewerkt: deze 'dirty' build maakte {len(unbuilt)} column(s) uit de feeds niet "
            "opnieuw; de feeds van de vorige volledige build blijven staan"
        )
        return False
    raise PluginError(
        f"{unbuilt[0]}: verwacht een pagina voor deze column (hij staat in de feeds), maar MkDocs heeft "
        "hem niet gemaakt. Haalt een andere plugin of hook de pagina weg?"
        + (f" (ook: {', '.join(unbuilt[1:])})" if len(unbuilt) > 1 else "")
    )
