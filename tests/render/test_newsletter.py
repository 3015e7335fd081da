"""The newsletter: what an issue holds, its subject, and its HTML, text, Markdown and .eml."""

from __future__ import annotations

import email
import hashlib
import io
from dataclasses import replace
from datetime import UTC, date, datetime
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import html5lib
import markdown as python_markdown
from PIL import Image as PillowImage

from association.content.columns import UNKNOWN_DATE, Column, Precision
from association.render import images, newsletter, raster
from association.render.newsletter import Image, ImageFile, Issue, Item, Site, mail_image
from support import made

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=AMS)
SINCE = date(2026, 11, 1)
SITE = Site(name="Voorbeeldvereniging", url="https://www.example.org/", color="#0f5257")
NO_IMAGES = ImageFile({})
SOFIE = made.SOFIE


def column(slug: str, day: date | datetime, **changes) -> Column:
    return made.column(slug, day, **{"summary": f"Over {slug}.", **changes})


def event(stem: str, **fields):
    return made.event(stem, **{"summary": "Een middag over subsidies.", **fields})


def issue_of(columns=(), events=(), *, site: Site = SITE, weeks: int = 4, image_file: ImageFile = NO_IMAGES) -> Issue:
    return newsletter.plan(
        columns, events, site=site, now=NOW, since=SINCE, weeks=weeks, number=3, tz=AMS, image_file=image_file
    )


def picture(path: Path, width: int, height: int, kind: str = "JPEG") -> Path:
    out = io.BytesIO()
    PillowImage.new("RGB", (width, height), (10, 120, 90)).save(out, kind)
    path.write_bytes(out.getvalue())
    return path


def html_tree(document: str):
    return html5lib.parse(document, treebuilder="etree", namespaceHTMLElements=False)


def text_of(element) -> str:
    return "".join(element.itertext())


# --- what goes in


def test_new_columns_are_those_dated_since_the_last_issue_oldest_first():
    columns = [
        column("vandaag", date(2026, 11, 23)),
        column("begin-november", date(2026, 11, 1)),
        column("oktober", date(2026, 10, 31)),
        column("onbekend", UNKNOWN_DATE, precision=Precision.UNKNOWN),
    ]
    issue = issue_of(columns)
    assert [i.title for i in issue.columns] == ["Begin november", "Vandaag"]


def test_a_column_item_links_the_page_and_names_its_date_category_and_author():
    (item,) = issue_of([column("ledenavond", date(2026, 11, 5))]).columns
    assert item == Item(
        title="Ledenavond",
        url="https://www.example.org/columns/2026/ledenavond/",
        when="5 november 2026",
        summary="Over ledenavond.",
        meta="Nieuws · Sofie de Vries",
    )


def test_activities_are_the_scheduled_dates_of_the_coming_weeks_soonest_first():
    events = [
        event("2026-12-18-kerst", start="2026-12-18 15:00"),
        event("2026-11-30-webinar", start="2026-11-30 14:00", end="2026-11-30 16:00"),
        event("2027-01-20-ver-weg", start="2027-01-20 14:00"),  # past the four weeks
        event("2026-11-10-geweest", start="2026-11-10 14:00"),  # over
        event("2026-11-28-concept", start="2026-11-28 14:00", draft=True),
    ]
    issue = issue_of(events=events)
    assert [i.title for i in issue.activities] == ["Webinar", "Kerst"]
    assert issue.activities[0].when == "maandag 30 november 2026, 14:00–16:00"
    assert issue.changes == ()
    assert [i.title for i in issue_of(events=events, weeks=9).activities] == ["Webinar", "Kerst", "Ver weg"]


def test_an_event_happening_now_is_still_in_the_agenda():
    running = event("2026-11-23-open-dag", start="2026-11-23 10:00", end="2026-11-23 16:00")
    assert [i.title for i in issue_of(events=[running]).activities] == ["Open dag"]


def test_a_cancellation_since_the_last_issue_is_a_change_however_far_ahead_with_its_reason():
    far = event(
        "2027-06-01-jaarlezing",
        start="2027-06-01 20:00",
        status="cancelled",
        status_reason="De spreker is verhinderd.",
        updated="2026-11-20 10:00",
        location={"venue": "Buurthuis De Linde", "city": "Voorbeeldstad"},
    )
    issue = issue_of(events=[far])
    (item,) = issue.changes
    assert (item.label, item.summary, item.meta) == (
        "Gaat niet door",
        "De spreker is verhinderd.",
        "Webinar · Voorbeeldstad",
    )
    assert issue.activities == ()


def test_a_change_without_a_reason_says_what_it_means():
    cancelled = event("2026-12-01-a", start="2026-12-01 14:00", status="cancelled", updated="2026-11-20")
    postponed = event("2026-12-02-b", start="2026-12-02 14:00", status="postponed", updated="2026-11-20")
    changes = issue_of(events=[cancelled, postponed]).changes
    assert [(c.label, c.summary) for c in changes] == [
        ("Gaat niet door", "Deze activiteit gaat niet door."),
        ("Uitgesteld", "Een nieuwe datum volgt."),
    ]


def test_a_change_made_before_the_last_issue_is_no_news_and_a_cancelled_date_no_activity():
    old_news = event("2026-12-01-a", start="2026-12-01 14:00", status="cancelled", updated="2026-10-20")
    issue = issue_of(events=[old_news])
    assert issue.changes == () and issue.activities == () and issue.empty


def test_a_moved_date_of_a_series_says_where_it_came_from_and_links_its_own_anchor():
    series = event(
        "2026-11-05-spreekuur",
        start="2026-11-05 16:00",
        end="2026-11-05 17:00",
        recurrence="FREQ=WEEKLY;COUNT=6",
        exceptions=[{"date": "2026-12-03", "start": "2026-12-04 16:00", "end": "2026-12-04 17:00"}],
        updated="2026-11-21",
        online="https://meet.example.org/spreekuur",
    )
    issue = issue_of(events=[series])
    (moved,) = issue.changes
    assert moved.label == "Verplaatst"
    assert moved.summary == "Verplaatst van donderdag 3 december 2026. Een middag over subsidies."
    assert moved.when == "vrijdag 4 december 2026, 16:00–17:00"
    assert moved.url == "https://www.example.org/agenda/2026/spreekuur/#spreekuur-2026-12-03"
    assert moved.meta == "Webinar · online"
    assert [i.url.rsplit("#", 1)[1] for i in issue.activities] == [
        "spreekuur-2026-11-26",
        "spreekuur-2026-12-10",
    ]  # the other dates within four weeks, each at its own anchor


def test_a_place_is_its_city_or_else_its_venue_and_online_is_added():
    both = event(
        "2026-12-01-a",
        start="2026-12-01 14:00",
        location={"venue": "Buurthuis De Linde"},
        online="https://meet.example.org/a",
    )
    city = event("2026-12-02-b", start="2026-12-02 14:00", location={"venue": "Zaal", "city": "Voorbeeldstad"})
    nowhere = event("2026-12-03-c", start="2026-12-03 14:00")
    assert [i.meta for i in issue_of(events=[both, city, nowhere]).activities] == [
        "Webinar · Buurthuis De Linde en online",
        "Webinar · Voorbeeldstad",
        "Webinar",
    ]
    assert issue_of(events=[nowhere]).activities[0].url == "https://www.example.org/agenda/2026/c/"  # no anchor


def test_an_all_day_event_shows_its_time_in_words():
    day = event("2026-12-05-markt", start="2026-12-05", time_note="'s middags")
    assert issue_of(events=[day]).activities[0].when == "zaterdag 5 december 2026, 's middags"


# --- the subject and the sections


def test_the_subject_leads_with_the_first_new_column_and_the_preheader_counts_what_is_in():
    columns = [column("tweede", date(2026, 11, 10)), column("eerste", date(2026, 11, 2))]
    events = [
        event("2026-12-01-a", start="2026-12-01 14:00"),
        event("2026-12-02-b", start="2026-12-02 14:00", status="cancelled", updated="2026-11-20"),
    ]
    issue = issue_of(columns, events)
    assert issue.subject == "Nieuwsbrief Voorbeeldvereniging: Eerste"
    assert issue.preheader == "2 nieuwe stukken, 1 activiteit in de agenda en 1 wijziging in de agenda."


def test_without_columns_the_subject_leads_with_an_activity_or_else_a_change():
    activity = event("2026-12-01-ledenavond", start="2026-12-01 20:00")
    change = event("2026-12-02-cursus", start="2026-12-02 14:00", status="postponed", updated="2026-11-20")
    assert issue_of(events=[change, activity]).subject == "Nieuwsbrief Voorbeeldvereniging: Ledenavond"
    only_change = issue_of(events=[change])
    assert only_change.subject == "Nieuwsbrief Voorbeeldvereniging: Cursus"
    assert only_change.preheader == "1 wijziging in de agenda."


def test_an_issue_with_nothing_in_it_says_so():
    issue = issue_of()
    assert issue.empty and issue.sections == []
    assert (issue.subject, issue.preheader) == ("Nieuwsbrief Voorbeeldvereniging", "Er is deze keer weinig nieuws.")


def test_plurals_and_singulars_in_the_preheader():
    one = issue_of([column("a", date(2026, 11, 2))])
    assert one.preheader == "1 nieuw stuk."
    two = issue_of(events=[event("2026-12-01-a", start="2026-12-01 14:00"), event("2026-12-02-b", start="2026-12-02")])
    assert two.preheader == "2 activiteiten in de agenda."


def test_changes_come_first_then_new_columns_then_the_agenda_of_the_weeks_asked_for():
    issue = issue_of(
        [column("a", date(2026, 11, 2))],
        [
            event("2026-12-01-a", start="2026-12-01 14:00"),
            event("2026-12-02-b", start="2026-12-02 14:00", status="cancelled", updated="2026-11-20"),
        ],
        weeks=6,
    )
    assert [heading for heading, _ in issue.sections] == [
        "Wijzigingen in de agenda",
        "Nieuw op de site",
        "Agenda: de komende 6 weken",
    ]


def test_an_issue_is_named_after_its_year_and_number_in_the_sites_zone():
    new_year = newsletter.plan(
        [],
        [],
        site=SITE,
        now=datetime(2026, 12, 31, 23, 30, tzinfo=UTC),  # already 2027 in Amsterdam
        since=SINCE,
        weeks=4,
        number=1,
        tz=AMS,
        image_file=NO_IMAGES,
    )
    assert (new_year.year, new_year.name) == (2027, "2027-01")
    assert issue_of().name == "2026-03"


# --- images


def test_the_newsletter_links_the_sites_copy_at_twice_its_width_and_reads_the_size_with_pillow(tmp_path: Path):
    path = picture(tmp_path / "foto.jpg", 2000, 1000)
    image = mail_image(path, "https://www.example.org/", "columns/2026/x/foto.jpg", "Een zaal", width=560)
    data = path.read_bytes()
    probe = raster.probe(data)
    copy = images.plan(
        images.Source("columns/2026/x/foto.jpg", hashlib.sha256(data).hexdigest(), 2000, 1000, probe.format),
        images.Encoding(library=raster.LIBRARY),
    )
    assert image is not None and (image.width, image.height) == (560, 280)
    assert copy is not None and image.url == "https://www.example.org/" + copy.fitting(1120).path
    assert "-1440w-" in image.url
    logo = mail_image(path, "https://www.example.org/", "assets/logo.jpg", "Logo", width=48, resized=False)
    assert logo is not None and logo.url == "https://www.example.org/assets/logo.jpg" and logo.height == 24


def test_a_small_image_is_never_shown_wider_than_it_is(tmp_path: Path):
    path = picture(tmp_path / "klein.png", 300, 200, "PNG")
    image = mail_image(path, "https://www.example.org/", "assets/klein.png", "Klein")
    assert image is not None and (image.width, image.height) == (300, 200) and image.alt == "Klein"


def test_images_a_mail_program_cannot_show_or_read_are_left_out(tmp_path: Path):
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(b"geen jpeg")
    webp = picture(tmp_path / "foto.webp", 100, 100, "WEBP")
    for path in (None, svg, broken, webp, tmp_path / "weg.png"):
        assert mail_image(path, "https://www.example.org/", "assets/x", "") is None, path


def test_a_column_image_is_found_through_the_image_file_and_an_unknown_one_is_left_out(tmp_path: Path):
    path = picture(tmp_path / "foto.png", 1200, 600, "PNG")
    found = ImageFile({"columns/2026/a/foto.png": path})
    with_image = column("a", date(2026, 11, 2), image="columns/2026/a/foto.png", image_alt="Een zaal")
    (item,) = issue_of([with_image], image_file=found).columns
    assert item.image is not None and (item.image.width, item.image.height, item.image.alt) == (560, 280, "Een zaal")
    assert item.image.url.startswith("https://www.example.org/columns/2026/a/foto-")
    (unknown,) = issue_of([replace(with_image, image="columns/2026/a/elders.png")], image_file=found).columns
    assert unknown.image is None


# --- the formats


def full_issue() -> Issue:
    return issue_of(
        [column("de-kring", date(2026, 11, 5), summary="Over stoelen & tafels.")],
        [
            event("2026-12-01-ledenavond", start="2026-12-01 20:00"),
            event("2026-12-02-cursus", start="2026-12-02 14:00", status="cancelled", updated="2026-11-20"),
        ],
        site=replace(SITE, footer="Afmelden? Mail secretariaat@example.org."),
    )


def test_the_html_shows_every_section_and_item_with_absolute_links_in_dutch():
    issue = full_issue()
    tree = html_tree(newsletter.html(issue))
    assert tree.get("lang") == "nl"
    assert text_of(tree.find(".//title")) == issue.subject
    assert [text_of(h) for h in tree.iter("h2")] == [
        "Wijzigingen in de agenda",
        "Nieuw op de site",
        "Agenda: de komende 4 weken",
    ]
    headings = [h.find("a") for h in tree.iter("h3")]
    assert [(text_of(a), a.get("href")) for a in headings] == [
        ("Cursus", "https://www.example.org/agenda/2026/cursus/"),
        ("De kring", "https://www.example.org/columns/2026/de-kring/"),
        ("Ledenavond", "https://www.example.org/agenda/2026/ledenavond/"),
    ]
    assert [text_of(s) for s in tree.iter("strong")] == ["Gaat niet door"]
    paragraphs = [text_of(p) for p in tree.iter("p")]
    assert "Over stoelen & tafels." in paragraphs and "Deze activiteit gaat niet door." in paragraphs
    assert all(a.get("href").startswith("https://www.example.org/") for a in tree.iter("a"))
    assert "Afmelden? Mail secretariaat@example.org." in text_of(tree.find("body"))
    (preheader,) = [d for d in tree.iter("div") if "display:none" in (d.get("style") or "")]
    assert text_of(preheader) == issue.preheader


def test_the_html_uses_the_sites_colour_and_a_logo_when_there_is_one():
    logo = Image("https://www.example.org/assets/logo.png", 48, 24, "Logo")
    issue = issue_of(site=replace(SITE, color="#123456", logo=logo))
    document = newsletter.html(issue)
    tree = html_tree(document)
    (img,) = tree.iter("img")
    assert (img.get("src"), img.get("width"), img.get("height"), img.get("alt")) == (
        "https://www.example.org/assets/logo.png",
        "48",
        "24",
        "Voorbeeldvereniging",
    )
    assert "background:#123456" in document


def test_an_empty_issue_says_in_its_html_that_there_is_nothing_and_ends_with_the_neutral_footer():
    body = text_of(html_tree(newsletter.html(issue_of(weeks=6))).find("body"))
    assert "Er zijn deze keer geen nieuwe stukken en geen activiteiten in de komende 6 weken." in body
    assert "Deze nieuwsbrief is gemaakt van wat er op de site staat." in body


def test_text_in_the_html_is_escaped_not_markup():
    issue = issue_of([column("a", date(2026, 11, 2), title="<script>alert(1)</script>", summary="<b>vet</b>")])
    tree = html_tree(newsletter.html(issue))
    assert list(tree.iter("script")) == [] and list(tree.iter("b")) == []
    assert [text_of(h) for h in tree.iter("h3")] == ["<script>alert(1)</script>"]


def test_the_plain_text_writes_every_item_with_its_label_line_summary_and_link():
    issue = full_issue()
    assert newsletter.text(issue) == "\n".join(
        [
            issue.subject,
            "=" * len(issue.subject),
            "",
            "1 nieuw stuk, 1 activiteit in de agenda en 1 wijziging in de agenda.",
            "",
            "Wijzigingen in de agenda",
            "------------------------",
            "",
            "Gaat niet door: Cursus",
            "woensdag 2 december 2026, 14:00 · Webinar",
            "Deze activiteit gaat niet door.",
            "https://www.example.org/agenda/2026/cursus/",
            "",
            "Nieuw op de site",
            "----------------",
            "",
            "De kring",
            "5 november 2026 · Nieuws · Sofie de Vries",
            "Over stoelen & tafels.",
            "https://www.example.org/columns/2026/de-kring/",
            "",
            "Agenda: de komende 4 weken",
            "--------------------------",
            "",
            "Ledenavond",
            "dinsdag 1 december 2026, 20:00 · Webinar",
            "Een middag over subsidies.",
            "https://www.example.org/agenda/2026/ledenavond/",
            "",
            "--",
            "Voorbeeldvereniging · https://www.example.org/",
            "Agenda: https://www.example.org/agenda/",
            "Afmelden? Mail secretariaat@example.org.",
            "",
        ]
    )


def test_the_markdown_has_the_same_sections_and_reads_back_as_its_text():
    issue = full_issue()
    document = newsletter.markdown(issue)
    assert document.startswith("# Nieuwsbrief Voorbeeldvereniging: De kring\n")
    tree = html_tree(python_markdown.markdown(document))
    assert [text_of(h) for h in tree.iter("h2")] == [heading for heading, _ in issue.sections]
    assert [text_of(h) for h in tree.iter("h3")] == ["Gaat niet door: Cursus", "De kring", "Ledenavond"]
    assert [a.get("href") for a in tree.iter("a")][:3] == [
        "https://www.example.org/agenda/2026/cursus/",
        "https://www.example.org/columns/2026/de-kring/",
        "https://www.example.org/agenda/2026/ledenavond/",
    ]
    assert "Over stoelen & tafels." in [text_of(p) for p in tree.iter("p")]


def test_markdown_marks_and_html_in_the_content_come_back_as_written():
    title = "*Niet* [vet] _of_ #1 `code` \\ <b>&"
    issue = issue_of([column("a", date(2026, 11, 2), title=title, summary="<i>schuin</i>")])
    tree = html_tree(python_markdown.markdown(newsletter.markdown(issue)))
    assert [text_of(h) for h in tree.iter("h3")] == [title]
    assert "<i>schuin</i>" in [text_of(p) for p in tree.iter("p")]
    assert not [e for e in tree.iter() if e.tag in {"b", "i", "strong", "code"}]
    (heading,) = tree.iter("h3")
    assert [e.tag for e in heading.iter()] == ["h3", "a"]  # the marks stayed text


def test_an_image_in_the_markdown_keeps_its_alt_text():
    photo = Image("https://www.example.org/foto.png", 560, 280, "Een zaal")
    item = Item("Titel", "https://www.example.org/x/", "1 december 2026", "", image=photo)
    issue = replace(issue_of(), columns=(item,))
    assert "![Een zaal](https://www.example.org/foto.png)" in newsletter.markdown(issue)


def test_the_eml_is_a_draft_with_the_text_then_the_html_that_pythons_email_package_reads():
    issue = full_issue()
    message = email.message_from_bytes(
        newsletter.eml(issue, sender="Voorbeeldvereniging <info@example.org>", now=NOW), policy=policy.default
    )
    assert message["Subject"] == issue.subject
    assert message["From"] == "Voorbeeldvereniging <info@example.org>"
    assert message["Date"].datetime == NOW and message["X-Unsent"] == "1"
    assert message["Message-ID"].endswith("@www.example.org>") and "nieuwsbrief-2026-03" in message["Message-ID"]
    assert message.get_content_type() == "multipart/alternative"
    parts = [(p.get_content_type(), p.get_content()) for p in message.iter_parts()]
    assert [kind for kind, _ in parts] == ["text/plain", "text/html"]
    assert parts[0][1] == newsletter.text(issue) and parts[1][1] == newsletter.html(issue)
    assert message.get_body(("plain",)).get_content_charset() == "utf-8"


def test_an_eml_without_a_sender_has_no_from_line():
    message = email.message_from_bytes(newsletter.eml(issue_of(), now=NOW), policy=policy.default)
    assert "From" not in message and message["Subject"] == "Nieuwsbrief Voorbeeldvereniging"
