"""The text of each imported item, and the files that go with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..render.redirects import page as redirect_page
from . import categories, media
from .addresses import Address, published
from .convert import Body, Linker, upload_target
from .events_calendar import EventFields
from .html_to_markdown import escape_text, safe_url
from .layout import Layout
from .report import ImportReport
from .select import Chosen
from .sources import ColumnFields, EventSource, column, event, page
from .target import ImportOptions, ImportTarget
from .text import plain, title_of
from .writer import Planned
from .wxr import Export, Item


@dataclass
class Collected:
    """Everything the items give: their files, and what the register and authors file learn."""

    planned: dict[str, Planned] = field(default_factory=dict)
    register_columns: list[str] = field(default_factory=list)
    register_events: dict[str, list[str]] = field(default_factory=dict)
    authors: dict[str, str] = field(default_factory=dict)

    def add(self, planned: Planned) -> None:
        self.planned.setdefault(planned.path, planned)


@dataclass(frozen=True)
class Featured:
    name: str
    alt: str


def featured(item: Item, export: Export, address: Address, linker: Linker, body: Body) -> Featured | None:
    """The featured image (``_thumbnail_id``), copied beside the text when it is here locally."""
    thumbnail = item.meta.get("_thumbnail_id", "").strip()
    attachment = export.by_id().get(int(thumbnail)) if thumbnail.isdigit() else None
    if attachment is None or not attachment.attachment_url:
        return None
    found = media.find(linker.uploads, media.upload_path(attachment.attachment_url, export.link) or "")
    alt = attachment.meta.get("_wp_attachment_image_alt", "").strip() or plain(attachment.title)
    if found is None or not alt:  # no image without a text alternative (the check would refuse it)
        return None
    name = upload_target(attachment.attachment_url, address.source, linker, body, page=False)
    return Featured(name, alt) if name is not None else None


def featured_url(item: Item, export: Export) -> str:
    thumbnail = item.meta.get("_thumbnail_id", "").strip()
    attachment = export.by_id().get(int(thumbnail)) if thumbnail.isdigit() else None
    return attachment.attachment_url if attachment is not None else ""


def item_files(
    entry: Chosen,
    body: Body,
    layout: Layout,
    linker: Linker,
    target: ImportTarget,
    options: ImportOptions,
    report: ImportReport,
    collected: Collected,
) -> None:
    """Add the item's source, its uploads and (for a page) the redirects of its old addresses."""
    item, address, export = entry.item, layout.addresses[entry.item.id], linker.export
    title = title_of(item)
    aliases = layout.aliases.get(item.id, ())
    image = featured(item, export, address, linker, body) if entry.kind != "page" else None
    if entry.kind != "page" and image is None and featured_url(item, export):
        report.action(
            item.title,
            item.link,
            f"uitgelichte afbeelding {featured_url(item, export)} niet in de uploads, of zonder beschrijving "
            "(alt-tekst): zonder afbeelding overgenomen",
            address.source,
        )
    if entry.kind == "column":
        names = {a.login: a.display_name for a in export.authors}
        text = _column(entry, body, layout, target, options, title, image, collected, names)
        report.counts["columns"] += 1
    elif entry.kind == "event":
        uid = f"{address.stem}@{target.uid_domain}"
        source = _event(
            item, layout.events[item.id], title, layout.categories[item.id], image, uid, entry.draft, target
        )
        text = event(source, body.markdown + _website(layout.events[item.id]))
        report.counts["events"] += 1
        if not entry.draft:
            collected.register_events[uid] = [*aliases, address.url]
    else:
        text = page(title, escape_text(title), body.markdown)
        report.counts["pages"] += 1
        for old in aliases:
            html = redirect_page(target.site_url + address.url, title)
            collected.add(
                Planned(f"{target.rel(target.paths.docs)}/{old}index.html", html, title=title, old_url=item.link)
            )
    collected.add(Planned(address.source, text, title=title, old_url=item.link, other_form=address.other_form))
    for name, upload in body.bundle.names.items():
        collected.add(Planned(f"{address.folder}/{name}", copy=upload, title=title, old_url=item.link))
    for path, upload in body.shared.items():
        collected.add(Planned(path, copy=upload, title=title, old_url=item.link))


def _column(
    entry: Chosen,
    body: Body,
    layout: Layout,
    target: ImportTarget,
    options: ImportOptions,
    title: str,
    image: Featured | None,
    collected: Collected,
    names: dict[str, str],
) -> str:
    item, address = entry.item, layout.addresses[entry.item.id]
    author = layout.authors[item.id]
    collected.authors[author] = names.get(item.creator) or item.creator or author
    category = layout.categories[item.id]
    tags = column_tags(entry, category, options)
    aliases = layout.aliases.get(item.id, ())
    if address.shown:  # a draft or a later date: `association check` adds it once it is public
        collected.register_columns += [address.url, *aliases]
    return column(
        ColumnFields(
            title=title,
            date=published(item, target.timezone).replace(second=0, microsecond=0),
            author=author,
            category=category,
            tags=tags,
            summary=plain(item.excerpt),
            image=image.name if image else "",
            image_alt=image.alt if image else "",
            draft=entry.draft,
            aliases=aliases,
        ),
        body.markdown,
    )


def column_tags(entry: Chosen, category: str, options: ImportOptions) -> tuple[str, ...]:
    """The tags a column gets: its WordPress tags and its other categories (the tag
    listings the site will have, which the old tag archives redirect to)."""
    tags = [t.name for t in entry.item.terms_in("post_tag") if t.name]
    tags += categories.extra_tags(entry, category, options.categories)
    return tuple(dict.fromkeys(tags))


def _event(
    item: Item,
    f: EventFields,
    title: str,
    category: str,
    image: Featured | None,
    uid: str,
    draft: bool,
    target: ImportTarget,
) -> EventSource:
    updated = None
    if f.status != "scheduled":  # a changed event needs the moment of the change, for calendar apps
        try:
            moment = datetime.strptime(item.modified_gmt or item.date_gmt, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
            updated = moment.astimezone(target.timezone)
        except ValueError:
            updated = published(item, target.timezone)
        updated = updated.replace(second=0, microsecond=0)
    place = f.place
    location = {}
    if place is not None:
        location = {"venue": place.venue, "address": place.address, "postcode": place.postcode, "city": place.city}
    return EventSource(
        title=title,
        start=f.start,
        end=f.end,
        timezone=f.timezone,
        category=category,
        location=location,
        online=f.online if f.online.startswith(("https://", "http://")) else "",
        cost=f.cost,
        organizer=f.organizer,
        status=f.status,
        updated=updated,
        summary=plain(item.excerpt),
        image=image.name if image else "",
        image_alt=image.alt if image else "",
        uid=uid,
        draft=draft,
    )


def _website(f: EventFields) -> str:
    """The Events Calendar's "event website" as a link under the text (it may be a ticket
    shop or an information page: which one, the export does not say)."""
    url = safe_url(f.website) if f.website.startswith(("https://", "http://")) else None
    return f"\nMeer informatie: <{url}>\n" if url else ""
