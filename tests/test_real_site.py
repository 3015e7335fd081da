"""The association's real site, built from this repository: it says only what is true.

Features are shown and tested on the demo association (test_demo_site.py); here the point is
that the public site carries no invented event, contact detail, price or link, and that it
still works when there is nothing on the agenda.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import icalendar
import lxml.html
import pytest
import yaml

from support.sites import ROOT

SITE_URL = "https://www.verdiwel.nl/"
SEEDS = ROOT.parent / "shared" / "seeds"
"""The association's own texts, beside the repository on the team's machines and in CI (not
part of a clone: the copy test below needs them and says so when they are missing)."""


def pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts]


def text_files(site: Path) -> dict[str, str]:
    """Every text output by its path; calendars unfolded (RFC 5545, 3.1), as their readers see them."""
    return {
        p.relative_to(site).as_posix(): unfold(p.read_text("utf-8")) if p.suffix == ".ics" else p.read_text("utf-8")
        for p in site.rglob("*")
        if p.suffix in {".html", ".xml", ".ics", ".json"} and "assets" not in p.relative_to(site).parts
    }


def unfold(calendar: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", calendar)


def test_every_page_type_exists(real_site: Path):
    for path in (
        "index.html",
        "404.html",
        "columns/index.html",
        "columns/archief/index.html",
        "agenda/index.html",
        "agenda/archief/index.html",
        "koers/index.html",
        "koers/koers-2021-en-verder/index.html",
        "over/index.html",
        "lidmaatschap/index.html",
        "privacy/index.html",
        "volgen/index.html",
        "feed.xml",
        "atom.xml",
        "agenda.ics",
        "sitemap.xml",
        "search/search_index.json",
    ):
        assert (real_site / path).exists(), path


def test_the_real_site_has_no_browser_editor_until_the_owner_sets_up_its_sign_in(real_site: Path):
    """No /admin/ that visitors could open without a working sign-in, and none of the
    editor's files anywhere else either."""
    assert not (real_site / "admin").exists()
    assert not list(real_site.rglob("decap-cms*")) and not list(real_site.rglob("format.js"))


def test_no_page_loads_anything_from_another_host(real_site: Path):
    loads = re.compile(
        r'<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc="(https?:)?//|<link\b(?=[^>]*rel="(?:stylesheet|preconnect|preload|icon|dns-prefetch)")[^>]*href="(https?:)?//'
    )
    offenders = [p.relative_to(real_site).as_posix() for p in pages(real_site) if loads.search(p.read_text("utf-8"))]
    assert offenders == []


def test_every_page_is_dutch_with_a_skip_link_and_social_meta(real_site: Path):
    for page in pages(real_site):
        html = page.read_text("utf-8")
        name = page.relative_to(real_site).as_posix()
        assert '<html lang="nl"' in html, name
        assert 'class="md-skip"' in html, name
        if name != "404.html":
            assert '<meta property="og:title"' in html and '<meta name="twitter:card"' in html, name
            assert f'<link rel="canonical" href="{SITE_URL}' in html, name


def test_every_link_to_the_sites_own_domain_names_a_page_the_build_made(real_site: Path):
    missing = []
    for name, text in text_files(real_site).items():
        for url in re.findall(r'https://www\.verdiwel\.nl/[^\s"<>\')]*', text):
            path = unquote(urlsplit(url).path).lstrip("/")
            target = real_site / path
            if not (target.is_file() or (target / "index.html").is_file()):
                missing.append(f"{name}: {url}")
    assert missing == []


def test_no_contact_detail_price_or_registration_that_the_association_never_gave(real_site: Path):
    for name, text in text_files(real_site).items():
        visible = re.sub(r"^UID:.*$", "", text, flags=re.M) if name.endswith(".ics") else text
        assert "mailto:" not in visible and not re.search(r"[\w.-]+@[\w-]+\.\w+", visible), name
        assert "€" not in visible and "EUR" not in visible, name
        assert not re.search(r"\b0\d{1,3}[- ]?\d{6,8}\b", visible), name
        assert "Aanmelden" not in visible, name


def test_with_nothing_planned_agenda_and_home_say_so_and_offer_archive_and_subscription(real_site: Path):
    agenda = (real_site / "agenda/index.html").read_text("utf-8")
    assert "Er staat op dit moment geen activiteit gepland." in agenda
    assert 'href="archief/"' in agenda and "webcal://www.verdiwel.nl/agenda.ics" in agenda
    home = (real_site / "index.html").read_text("utf-8")
    assert "Er staat op dit moment geen activiteit gepland." in home and 'href="agenda/archief/"' in home
    archive = (real_site / "agenda/archief/index.html").read_text("utf-8")
    assert "Werkbezoek aan Kwadraad" in archive
    calendar = icalendar.Calendar.from_ical((real_site / "agenda.ics").read_bytes())
    assert calendar.walk("VEVENT") == [] and calendar.walk("VTIMEZONE")


def test_a_column_shows_only_as_much_of_its_date_as_the_source_gives(real_site: Path):
    month = (real_site / "columns/2017/warme-coalities/index.html").read_text("utf-8")
    assert '<time datetime="2017-02">februari 2017</time>' in month
    undated = (real_site / "columns/zonder-datum/in-vernetwerking-ligt-onze-kracht/index.html").read_text("utf-8")
    assert "datum onbekend" in undated and "datePublished" not in undated
    feed = (real_site / "feed.xml").read_text("utf-8")
    assert "Warme coalities" in feed and "In vernetwerking ligt onze kracht" not in feed


RETOLD = {
    "columns/2017/warme-coalities/index.html": "die Greet Bouman in februari 2017 als voorzitter van Verdiwel ondertekende",
    "columns/zonder-datum/in-vernetwerking-ligt-onze-kracht/index.html": "die Sofie Vriends ondertekende als voorzitter van Verdiwel",
}
"""The columns signed by a chair, retold by the editors: who signed, and as what, as the source says."""


def _body(html: str, *, without_titles: bool = False) -> str:
    """The column's text, whitespace folded; ``without_titles`` leaves out the <em> titles
    of the texts it retells ("In vernetwerking ligt onze kracht!")."""
    body = lxml.html.fromstring(html).find_class("av-column__body")[0]
    for title in body.iter("em") if without_titles else ():
        title.text = ""
    return " ".join(body.text_content().split())


def _byline(html: str) -> str:
    return lxml.html.fromstring(html).find_class("av-byline__name")[0].text_content()


def test_a_chairs_column_is_retold_by_the_editors_who_say_whose_it_was(real_site: Path):
    for page, signed in RETOLD.items():
        html = (real_site / page).read_text("utf-8")
        assert _byline(html) == "Redactie", page
        body = _body(html)
        assert "Naverteld door de redactie" in body and signed in body, page
        assert "De woorden hieronder zijn van de redactie, niet van haar" in body, page


def test_every_column_page_says_who_wrote_its_words_and_none_speaks_in_a_real_persons_first_person(real_site: Path):
    columns = [p for p in (real_site / "columns").rglob("index.html") if "av-column__body" in p.read_text("utf-8")]
    assert len(columns) == 4
    for page in columns:
        html = page.read_text("utf-8")
        body = _body(html)
        assert _byline(html) == "Redactie", page
        assert "De woorden hieronder zijn van de redactie" in body, page
        assert not re.search(r"\b(?:ik|mijn|mij|wij|we|ons|onze)\b", _body(html, without_titles=True), re.I), page


def test_the_news_item_says_where_it_comes_from_and_the_carousel_is_the_texts_not_puijks(real_site: Path):
    body = " ".join(
        _body((real_site / "columns/2019/netwerksamenwerking-gewoon-doen/index.html").read_text("utf-8")).split()
    )
    assert "vat een nieuwsbericht van 20 februari 2019 samen" in body
    assert "Wie dat bericht schreef en waar het verscheen, vermeldt het niet" in body
    assert "zo beschrijft de tekst, is een carrousel" in body


DRIFT = {
    "De voorzitter van Verdiwel is": "the chair's text is undated: she signed as chair",
    "Sofie Vriends, voorzitter": "the same, as a byline",
    "sinds begin 2020": "she began in early 2020; the text does not say she still is",
    "Verdiwel voedt de lobby": "the koers: Verdiwel wants to feed the lobby",
    "Dat doet Verdiwel met andere landelijke": "the koers: Verdiwel wants to seize the chances",
    "kent Verdiwel vertrouwde bijeenkomsten": "only the koers' four are named as established",
    "Najaarsworkshop en de Voorjaarsworkshop;": "the Voorjaarsworkshop is not among the established",
    "Verdiepingsbijeenkomsten over een thema.": "neither are Verdiepingsbijeenkomsten",
    "werkbezoeken aan organisaties van leden, zoals": "nor site visits",
    "Puijk noemt het resultaat een carrousel": "the carousel is the article's narration",
    "die de leden samen uitwerkten": "the board ran the process, three quarters of the members took part",
    "Zo werkte drie kwart van de leden mee": "the same",
    "huidige koers": "the koers does not call itself current",
    "voorstellen voor een nieuwe": "there is no proposal",
    "eerdere koersen": "there is no earlier koers",
    "zoals nu met de ledenpeilingen": "'now' was 2021",
    "op dit moment hét thema": "the same",
    "local storage": "English on the privacy page",
}
"""Phrases the real site once had that the association's texts do not support as said."""


def _visible(html: str) -> str:
    root = lxml.html.fromstring(html)
    for node in root.xpath("//script|//style"):
        node.drop_tree()
    return " ".join(root.text_content().split())


def test_the_real_site_says_nothing_with_more_certainty_or_a_later_tense_than_its_sources(real_site: Path):
    found = []
    for page in pages(real_site):
        html = page.read_text("utf-8")
        text = _visible(html)
        found += [f"{page.relative_to(real_site)}: {p} ({why})" for p, why in DRIFT.items() if p in text]
        if re.search(r"\bHome\b", text) or 'content="Home"' in html:
            found.append(f"{page.relative_to(real_site)}: Home (English in the menu)")
    assert found == []


def test_the_site_visit_was_an_afternoon_without_invented_times(real_site: Path):
    for page in (
        "agenda/2017/werkbezoek-kwadraad/index.html",
        "agenda/archief/index.html",
        "agenda/2017/02/index.html",
    ):
        text = _visible((real_site / page).read_text("utf-8"))
        assert "'s middags" in text and "hele dag" not in text and not re.search(r"\d{1,2}:\d{2}", text), page
    event = _visible((real_site / "agenda/2017/werkbezoek-kwadraad/index.html").read_text("utf-8"))
    assert "Woensdag 15 februari 2017, 's middags" in event


def test_the_koers_index_says_only_what_the_document_says_of_itself(real_site: Path):
    text = _visible((real_site / "koers/index.html").read_text("utf-8"))
    assert "Het koersdocument van Verdiwel: de vastgestelde koers." in text and "Vastgesteld" in text


def test_the_article_from_flanders_says_where_it_comes_from_and_credits_its_writer(real_site: Path):
    page = real_site / "columns/zonder-datum/een-sterk-verankerd-en-gedragen-lokaal-netwerk/index.html"
    html = " ".join(page.read_text("utf-8").split())
    assert (
        "Over lokale netwerken in Vlaanderen" in html
        and "De woorden hieronder zijn van de redactie" in html
        and "de oorspronkelijke tekst staat niet op deze site" in html
        and "Griet Bouwen" in html
        and "vermeldt niet wie de gesprekken organiseerde" in html
    )
    assert ".pdf" not in html


def test_columns_carry_schema_org_article(real_site: Path):
    html = (real_site / "columns/2019/netwerksamenwerking-gewoon-doen/index.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == "Article" and data["headline"] == "Netwerksamenwerking, gewoon doen!"
    assert data["datePublished"] == "2019-02-20T00:00:00+01:00"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ0-9]+", text.lower().replace("’", "'"))


RUN = 8
"""Words in a row that our text may not share with a source: rewritten, not copied."""

FACTS = {
    "vrijwillig waar het kan en professioneel waar nodig": "the koers' motto, quoted as a motto",
    "kennis ervaring intervisie expertise versterking van de kwaliteit van besturen in het sociaal werk": "the association's own list of what membership offers",
    "de associatie voor jeugd de associatie wijkteams lsa bewoners en divosa": "the names of partner organisations",
    "mortsel sint pieters leeuw oostende duffel en dendermonde": "the towns of the first conversation",
    "johan andree van mozaïek welzijn en marcel bastiaansen van participe": "the panel's names and organisations",
}
"""Runs that are facts rather than prose (names, lists, a motto): kept exactly, as they must be."""

SITE_TEXTS = ("site_name", "site_description", "copyright")
"""The texts of mkdocs.yml that every page shows (title, description, footer): real-site prose too."""


def _real_site_texts() -> dict[str, str]:
    texts = {
        source.relative_to(ROOT).as_posix(): source.read_text("utf-8")
        for source in [*ROOT.glob("columns/**/*.md"), *ROOT.glob("events/**/*.md"), *ROOT.glob("docs/**/*.md")]
    }
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    texts["mkdocs.yml"] = "\n".join(str(config[key]) for key in SITE_TEXTS)
    return texts


def _without_facts(words: list[str]) -> list[str]:
    text = " " + " ".join(words) + " "
    for fact in FACTS:
        text = text.replace(f" {fact} ", " | ")
    return text.split()


def test_no_sentence_is_copied_from_the_associations_own_texts():
    if not SEEDS.is_dir():
        pytest.skip(f"the association's texts are not beside this checkout ({SEEDS})")
    runs = set()
    for seed in SEEDS.glob("*.txt"):
        words = _words(seed.read_text("utf-8"))
        runs.update(tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
    copied = []
    for source, text in _real_site_texts().items():
        words = _without_facts(_words(text))
        copied += [
            f"{source}: {' '.join(words[i : i + RUN])}"
            for i in range(len(words) - RUN + 1)
            if tuple(words[i : i + RUN]) in runs
        ]
    assert copied == []
