"""What one build knows, in one object (as MkDocs' search plugin and Material's tags plugin
keep theirs): made in ``on_config``, dropped in ``on_post_build``. The plugin object lives
on under ``mkdocs serve``; only the serve session's caches stay on the plugin itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from mkdocs.structure.nav import Navigation

from ..content import source_links
from ..content.columns import Column
from ..content.koers import Koers
from ..content.loader import Paths
from ..content.settings import ContentSettings
from ..render.feeds import Feed
from ..render.planned import PlannedPage
from ..render.site_plan import SitePlan
from ..render.views import KoersView, View
from .image_files import ImageStore
from .options import SiteSettings
from .problems import Problems
from .sections import SectionHighlight
from .speed.chrome import ChromeCache
from .speed.timing import Stopwatch


@dataclass
class BuildState:
    site: SiteSettings
    problems: Problems
    """What this build found wrong, and what that does (a build, a preview or a check)."""
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
    site_index: source_links.SiteIndex | None = None
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

    def view(self, src_uri: str) -> View | None:
        """The typed view a page's template gets, for a generated page or a koers document."""
        planned = self.pages.get(src_uri)
        if planned is not None:
            return planned.view
        koers = self.koers.get(src_uri)
        return KoersView(koers, self.koers.get(koers.superseded_by or "")) if koers else None

    def emptied(self) -> BuildState:
        """A fresh state for the same site: what is left once a build is done."""
        return BuildState(self.site, Problems(self.problems.mode))
