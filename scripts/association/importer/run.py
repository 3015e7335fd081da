"""``import_wordpress``: a WordPress export into the site's columns, events and pages.

Three passes over the items: where each lands (``layout``), which need a folder of their
own for their uploads, and then the text of each (``build``); then the redirects of the old
site's archive addresses (``archives``). Nothing is written before
every category has a home; nothing existing is overwritten (``writer``).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from . import archives, old_queries, wxr
from .build import Collected, featured, item_files
from .convert import Body, Linker, convert
from .layout import Layout, plan_layout
from .menu import SECTION, MenuPage, has_menu, with_pages
from .report import ImportReport
from .target import ImportOptions, ImportTarget
from .writer import authors_text, register_text, write


def import_wordpress(export_path: Path, target: ImportTarget, options: ImportOptions) -> ImportReport:
    """Read the export, write the sources, and say what a person must still do."""
    export = wxr.read(export_path)
    report = ImportReport()
    layout = plan_layout(export, target, options, report, folders=frozenset())
    linker = _linker(export, target, options, layout)
    folders = frozenset(e.item.id for e in layout.entries if e.kind != "page" and _has_uploads(e.item, layout, linker))
    if folders:
        layout = plan_layout(export, target, options, ImportReport(), folders=folders)
        linker = _linker(export, target, options, layout)
    collected = Collected()
    for entry in layout.entries:
        address = layout.addresses[entry.item.id]
        body = convert(entry.item, address.source, linker, page=entry.kind == "page")
        item_files(entry, body, layout, linker, target, options, report, collected)
        body_findings(entry.item, body, address.source, report)
    for redirect in archives.redirects(export, layout, target, options, report):
        collected.add(redirect)
    planned = list(collected.planned.values())
    report.counts["media"] = sum(1 for p in planned if p.copy is not None)
    write(planned, target.paths.root, report, dry_run=options.dry_run)
    _merge(target, report, options, collected)
    queries, hidden = old_queries.wanted(layout, export)
    listed = _old_queries(target, report, options, queries)
    in_menu = _add_to_menu(target, report, options, layout)
    _summary_notes(export, report, listed=listed, hidden=hidden, in_menu=in_menu)
    return report


def _linker(export: wxr.Export, target: ImportTarget, options: ImportOptions, layout: Layout) -> Linker:
    return Linker(
        export=export,
        uploads=options.uploads,
        by_path=layout.by_path,
        by_id=layout.addresses,
        by_slug=layout.by_slug,
        new_host=urlsplit(target.site_url).netloc.lower(),
        docs=target.rel(target.paths.docs),
    )


def _has_uploads(item: wxr.Item, layout: Layout, linker: Linker) -> bool:
    address = layout.addresses[item.id]
    body = convert(item, address.source, linker, page=False)
    return bool(body.bundle.names) or featured(item, linker.export, address, linker, Body()) is not None


def body_findings(item: wxr.Item, body: Body, source: str, report: ImportReport) -> None:
    """What the conversion of one text could not do by itself."""
    for shortcode in body.unknown_shortcodes:
        report.action(
            item.title,
            item.link,
            f"shortcode {shortcode} niet omgezet: het staat als code in de tekst; vervang het door gewone tekst",
            source,
        )
    for block in body.reusable:
        report.action(
            item.title,
            item.link,
            f"herbruikbaar blok niet omgezet (<!-- {block} -->): de tekst ervan staat niet in het bericht; "
            "neem hem zelf over",
            source,
        )
    if body.bundle.missing:
        report.action(
            item.title,
            item.link,
            f"{len(body.bundle.missing)} bestand(en) niet in de uploads; de tekst wijst nog naar het oude adres: "
            + ", ".join(body.bundle.missing),
            source,
        )
    if body.unlinked:
        report.action(
            item.title,
            item.link,
            "link(s) naar een pagina die niet (openbaar) is overgenomen; alleen de linktekst staat er nog: "
            + ", ".join(dict.fromkeys(body.unlinked)),
            source,
        )
    if body.missing_alt:
        report.action(
            item.title,
            item.link,
            f"{body.missing_alt} afbeelding(en) zonder beschrijving (alt-tekst): schrijf tussen ![ en ] wat erop staat",
            source,
        )
    if "\n| --- " in "\n" + body.markdown:
        report.note(
            item.title,
            item.link,
            "bevat een tabel: die toont de site alleen met markdown_extensions: [tables] in mkdocs.yml",
            source,
        )
    for url in body.embeds:
        report.note(item.title, item.link, f"ingesloten media is nu een gewone link: {url}", source)
    if body.anchors:
        report.note(item.title, item.link, f"{body.anchors} link(s) binnen de pagina (#...) zijn nu tekst", source)
    if not body.markdown.strip():
        report.action(item.title, item.link, "de tekst is leeg: schrijf er iets of haal het bestand weg", source)


def _merge(target: ImportTarget, report: ImportReport, options: ImportOptions, collected: Collected) -> None:
    """Add the new authors to the authors file and the new addresses to the register."""
    authors_path, register_path = target.rel(target.paths.authors_file), target.rel(target.register)
    old_authors = target.paths.authors_file.read_text("utf-8") if target.paths.authors_file.is_file() else None
    old_register = target.register.read_text("utf-8") if target.register.is_file() else None
    merged = (
        (authors_path, target.paths.authors_file, authors_text(old_authors, authors_path, collected.authors, report)),
        (
            register_path,
            target.register,
            register_text(old_register, register_path, collected.register_columns, collected.register_events),
        ),
    )
    for path, file, text in merged:
        if text is None:
            report.unchanged.append(path)
        else:
            _put(file, path, text, report, options)


def _put(file: Path, path: str, text: str, report: ImportReport, options: ImportOptions) -> None:
    """One of the site's lists, written whole (listed as written in a dry run too)."""
    report.written.append(path)
    if not options.dry_run:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")


def _old_queries(
    target: ImportTarget, report: ImportReport, options: ImportOptions, queries: list[old_queries.OldQuery]
) -> tuple[str, ...]:
    """Add the old ``/?p=123`` addresses to ``oude-adressen.yml``; the keys of this import's
    that it has."""
    file, path = target.old_queries, target.rel(target.old_queries)
    existing = file.read_text("utf-8") if file.is_file() else None
    result = old_queries.merged(existing, path, queries, report)
    if result.text is not None:
        _put(file, path, result.text, report, options)
    elif existing is not None:
        report.unchanged.append(path)
    return result.listed


def _add_to_menu(target: ImportTarget, report: ImportReport, options: ImportOptions, layout: Layout) -> bool:
    """The imported pages at the end of mkdocs.yml's menu; whether the menu has them now."""
    if target.config_file is None or not target.config_file.is_file():
        return False
    docs = target.rel(target.paths.docs) + "/"
    pages = [
        MenuPage(layout.addresses[e.item.id].source.removeprefix(docs), e.item.title or e.item.slug)
        for e in layout.entries
        if e.kind == "page"
    ]
    if not pages:
        return False
    text = target.config_file.read_text("utf-8")
    changed = with_pages(text, pages)
    if changed is None:  # every page in the menu already, or no menu we can add to
        return has_menu(text)
    report.written.append(target.rel(target.config_file))
    if not options.dry_run:
        target.config_file.write_text(changed, encoding="utf-8")
    return True


def _summary_notes(
    export: wxr.Export, report: ImportReport, *, listed: tuple[str, ...], hidden: list[str], in_menu: bool
) -> None:
    if listed:
        report.note(
            f"{_addresses(len(listed))} in de vorm /?p=123",
            export.link,
            "in oude-adressen.yml, met het nieuwe adres erbij: de homepagina stuurt wie zo'n adres opent door "
            "naar de nieuwe pagina. Dat werkt alleen als JavaScript in de browser aanstaat; een zoekmachine "
            "die het oude adres kent, leert het nieuwe uit de canonieke link van de pagina",
        )
    if hidden:
        report.note(
            f"{_addresses(len(hidden))} van concepten en ingeplande berichten",
            export.link,
            f"niet in oude-adressen.yml ({', '.join(hidden)}), want die pagina's zijn nog niet openbaar; "
            "zet ze er zelf bij als ze verschijnen, in de vorm p=12: /columns/2026/titel/",
        )
    if export.comments:
        report.note(f"{export.comments} reacties", export.link, "reacties worden niet overgenomen")
    if report.counts.get("pages"):
        report.note(
            "pagina's",
            export.link,
            f"de nieuwe pagina's staan onderaan het menu in mkdocs.yml ({SECTION}): zet ze waar ze horen"
            if in_menu
            else "heeft mkdocs.yml een menu (nav:), zet de nieuwe pagina's daar dan in, anders houdt de bouw ze tegen",
        )


def _addresses(count: int) -> str:
    return "1 oud adres" if count == 1 else f"{count} oude adressen"
