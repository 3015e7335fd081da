"""The plugin's options in mkdocs.yml, validated by MkDocs' own config machinery."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from ..content.settings import DEFAULT_COLUMN_CATEGORIES, DEFAULT_EVENT_CATEGORIES


class AssociationConfig(base.Config):  # type: ignore[no-untyped-call]  # MkDocs' __init_subclass__ is untyped
    timezone = c.Type(str, default="Europe/Amsterdam")
    """IANA zone for every date and time without an explicit offset."""
    columns_dir = c.Type(str, default="columns")
    """Folder of columns, relative to mkdocs.yml."""
    authors_file = c.Type(str, default="columns/authors.yml")
    """Authors (id -> name, role, photo, bio), relative to mkdocs.yml."""
    column_categories = c.ListOfItems(c.Type(str), default=list(DEFAULT_COLUMN_CATEGORIES))
    per_page = c.Type(int, default=10)
    """Columns per listing page."""
    words_per_minute = c.Type(int, default=200)
    """Reading speed for the reading time shown on a column."""

    published_file = c.Type(str, default="gepubliceerd.yml")
    """What the site has published (content/register.py), relative to mkdocs.yml."""
    old_addresses_file = c.Type(str, default="oude-adressen.yml")
    """Old ``/?p=123`` addresses and their new pages (content/old_queries.py), relative to mkdocs.yml."""
    events_dir = c.Type(str, default="events")
    """Folder of events, relative to mkdocs.yml."""
    event_categories = c.ListOfItems(c.Type(str), default=list(DEFAULT_EVENT_CATEGORIES))
    organizer = c.Type(str, default="")
    """Default organiser of events; empty means the site name."""
    uid_domain = c.Type(str, default="")
    """Domain for iCalendar UIDs (e.g. example.org). Never site_url: under `mkdocs serve`
    that is localhost, and calendar apps would see every event as new."""
    calendar_name = c.Type(str, default="")
    """Name of the subscription calendar; empty means "<site name> agenda"."""
    ical_past_days = c.Type(int, default=180)
    """Past events stay this many days in the subscription feeds."""
    ical_refresh_hours = c.Type(int, default=12)
    """REFRESH-INTERVAL suggested to calendar apps."""
    feed_rss = c.Type(str, default="feed.xml")
    """File name of the RSS feeds (site feed at the root, category feeds beside their listing)."""
    feed_atom = c.Type(str, default="atom.xml")
    feed_limit = c.Type(int, default=20)
    """Newest columns per feed."""
    feed_full_content = c.Type(bool, default=True)
    """Full text in the feed; false gives the summary only."""
    feed_ttl = c.Type(int, default=60)
    """Minutes a reader may cache the RSS feed."""
    feed_logo = c.Optional(c.Type(str))
    """A PNG or JPEG in docs/ shown by feed readers (RSS wants no SVG)."""
    newsletter_file = c.Type(str, default="nieuwsbrief.yml")
    """Which newsletter issue came last (number, date), relative to mkdocs.yml."""
    newsletter_color = c.Type(str, default="#1f4e79")
    """The newsletter's header and link colour: the site's own (it must pass WCAG AA on white)."""
    newsletter_footer = c.Type(str, default="")
    """The association's own last line of every newsletter (how to unsubscribe, whom to ask)."""
    cms_backend = c.Optional(c.Type(dict))
    """The browser editor's sign-in and repository (Decap's ``backend``: name, repo,
    branch, ...); unset: no editor at /admin/. See the README, "Werken in de browser"."""
    cms_editorial_workflow = c.Type(bool, default=True)
    """Every change in the editor is a pull or merge request, not a commit on the branch."""
    cms_local_backend = c.Type(str, default="http://localhost:8081/api/v1")
    """Where ``make editor`` runs decap-server, for the editor opened on localhost; empty: never."""
    cache_chrome = c.Type(bool, default=True)
    """Render Material's header, tabs, sidebars and config script once per place in the
    site instead of once per page (see adapter/speed/chrome.py); false renders every page whole."""
    image_cache = c.Type(str, default=".cache/images")
    """Folder of resized images and social cards kept between builds, relative to mkdocs.yml
    (keep it out of git: it is made again from the sources)."""
    social_cards = c.Type(bool, default=True)
    """An Open Graph image (1200×630) per column and event, with its title and date."""
    social_color = c.Type(str, default="")
    """The cards' background, ``#rrggbb``; empty: ``newsletter_color``."""
    social_logo = c.Optional(c.Type(str))
    """A PNG or JPEG in docs/ on every card; unset: ``feed_logo``, else no logo."""
    social_font = c.Optional(c.Type(str))
    """A TTF or OTF font in docs/ for the cards; unset: Red Hat Display (the package font-rhd)."""
