"""What one build knows, in one object (as MkDocs' search plugin and Material's tags plugin
keep theirs): made in ``on_config``, dropped in ``on_post_build``. The plugin object lives
on under ``mkdocs serve``; only the serve session's caches stay on the plugin itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from mkdocs.structure.nav import Navigation

from ..content import links
from ..content.columns import Column
from ..content.errors import ContentError
from ..content.koers import Koers
from ..content.loader import Paths
from ..content.settings import ContentSettings
from ..render.feeds import Feed
from ..render.plan import PlannedPage
from ..render.site_plan import SitePlan
from .chrome import ChromeCache
from .image_files import ImageStore
from .options import SiteSettings
from .sections import SectionHighlight
from .timing import Stopwatch


@dataclass
class BuildState:
    site: SiteSettings
    stopwatch: Stopwatch = field(default_factory=Stopwatch)
    plan: SitePlan | None = None
    """What the content makes (``on_files``)."""
    pages: dict[str, PlannedPage] = field(default_factory=dict)
    """Planned pages by their ``src_uri``."""
    feed_html: dict[str, str] = field(default_factory=dict)
    """Rendered body of each column in a feed, by URL, for the feeds' full content."""
    nav: Navigation | None = None
    sections: SectionHighlight = field(default_factory=lambda: SectionHighlight({}))
    chrome: ChromeCache | None = None
    site_index: links.SiteIndex | None = None
    link_problems: list[ContentError] = field(default_factory=list)
    problems: list[ContentError] = field(default_factory=list)
    """Under ``serve``: the content's problems, shown on every page until they are fixed."""
    images: ImageStore = field(init=False)
    """The images and social cards this build's pages ask for (written in ``on_post_build``)."""

    def __post_init__(self) -> None:
        self.images = ImageStore(self.site.image_cache or self.site.paths.root / ".cache" / "images")

    @property
    def feeds(self) -> tuple[Feed, ...]:
        return self.plan.feeds if self.plan else ()

    @property
    def feed_columns(self) -> dict[str, Column]:
        return self.plan.feed_columns if self.plan else {}

    @property
    def koers(self) -> dict[str, Koers]:
        return self.plan.koers if self.plan else {}

    @property
    def settings(self) -> ContentSettings:
        return self.site.content

    @property
    def paths(self) -> Paths:
        return self.site.paths

    def emptied(self) -> BuildState:
        """A fresh state for the same site: what is left once a build is done."""
        return BuildState(self.site)
