"""The fields of every content type, once: their names, Dutch labels and help texts, and what
the validator says when a required one is missing.

The parsers (``columns.py``, ``events.py``, ``koers.py``, ``authors.py``) take their field
names and their "verwacht ..." texts from here, and the browser editor's configuration
(``render/cms.py``) takes its forms from here: a field added here is known to both, and
nothing is kept twice. What a value may be is still the parser's: this module describes,
the parsers decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What an editor enters; the editor picks a widget per kind."""

    TEXT = "text"
    """One line."""
    LONG_TEXT = "long_text"
    """A few sentences, folded to one line by the parser."""
    DATE = "date"
    DATE_TIME = "date_time"
    """A date and a time (``2026-12-10 14:00``)."""
    DATE_OR_TIME = "date_or_time"
    """A date for a whole day, or a date and a time."""
    BOOLEAN = "boolean"
    CHOICE = "choice"
    """One of ``choices``."""
    CATEGORY = "category"
    """One of the site's categories (mkdocs.yml)."""
    AUTHOR = "author"
    """An id from the authors file."""
    WORDS = "words"
    """A list of words (tags)."""
    IMAGE = "image"
    FILES = "files"
    """Files beside the source (a column's attachments)."""
    URL = "url"
    EMAIL = "email"
    NUMBER_OR_TEXT = "number_or_text"
    GROUP = "group"
    """A group of named sub-fields (``fields``)."""
    GROUPS = "groups"
    """A list of such groups."""
    ID = "id"
    """A fixed id the editor never changes (an event's ``uid``)."""
    CODE = "code"
    """Text for the few who know the notation (an RRULE, a page path)."""
    STRUCTURED = "structured"
    """Nested data written in the file itself (a series' exceptions); a form leaves it as it is."""


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: Kind
    hint: str = ""
    required: str = ""
    """The validator's "verwacht ..." text when the field is missing; empty: optional."""
    fields: tuple[Field, ...] = ()
    """The sub-fields of a group."""
    choices: tuple[str, ...] = ()
    advanced: bool = False
    """Seldom needed: the editor shows it folded away."""


def names(schema: tuple[Field, ...]) -> tuple[str, ...]:
    return tuple(f.name for f in schema)


def field(schema: tuple[Field, ...], name: str) -> Field:
    return next(f for f in schema if f.name == name)


def required_texts(schema: tuple[Field, ...]) -> dict[str, str]:
    """The validator's text for each required field when it is missing, by name
    (``Collector.field(required=...)``); made once per content type, at import."""
    return {f.name: f.required for f in schema if f.required}


_IMAGE_HINT = "Een foto of illustratie bovenaan de pagina en in feeds en nieuwsbrief."
_IMAGE_ALT_HINT = "Wat er op de afbeelding te zien is, voor wie hem niet kan zien."
_UPDATED_HINT = "Datum en tijd van een belangrijke wijziging achteraf; laat leeg bij een nieuw stuk."
_SLUG_HINT = "Het laatste deel van het webadres; leeg laten maakt het uit de titel of de bestandsnaam."

COLUMN: tuple[Field, ...] = (
    Field("title", "Titel", Kind.TEXT, required="een titel, bijvoorbeeld title: Warme coalities"),
    Field(
        "date",
        "Datum",
        Kind.DATE,
        "De dag van verschijnen; een datum in de toekomst verschijnt pas op die dag.",
        required="een datum, bijvoorbeeld date: 2026-11-22",
    ),
    Field(
        "author",
        "Auteur",
        Kind.AUTHOR,
        "Wie het schreef (uit het auteursbestand).",
        required="een auteur-id uit het auteursbestand, bijvoorbeeld author: redactie",
    ),
    Field("category", "Categorie", Kind.CATEGORY, required="een categorie, bijvoorbeeld category: Column"),
    Field("tags", "Trefwoorden", Kind.WORDS, "Een paar woorden, gescheiden door komma's."),
    Field(
        "summary",
        "Samenvatting",
        Kind.LONG_TEXT,
        "Eén of twee zinnen voor overzichten, feeds en zoekmachines; leeg: de eerste alinea.",
    ),
    Field("image", "Afbeelding", Kind.IMAGE, _IMAGE_HINT),
    Field("image_alt", "Beschrijving van de afbeelding", Kind.TEXT, _IMAGE_ALT_HINT),
    Field("attachments", "Bijlagen", Kind.FILES, "PDF's bij de column; ze komen onder de tekst te staan."),
    Field("updated", "Bijgewerkt op", Kind.DATE_TIME, _UPDATED_HINT, advanced=True),
    Field("draft", "Concept", Kind.BOOLEAN, "Aan: nog niet op de publieke site."),
    Field("slug", "Webadres", Kind.TEXT, _SLUG_HINT, advanced=True),
    Field(
        "aliases",
        "Oude webadressen",
        Kind.WORDS,
        "Adressen die deze column eerder had, zodat oude links blijven werken.",
        advanced=True,
    ),
)

_LOCATION = (
    Field("venue", "Naam van de plek", Kind.TEXT),
    Field("address", "Adres", Kind.TEXT),
    Field("postcode", "Postcode", Kind.TEXT),
    Field("city", "Plaats", Kind.TEXT),
)
_REGISTRATION = (
    Field("url", "Aanmeldpagina", Kind.URL, "Een webadres dat begint met https://."),
    Field("email", "Of aanmelden per e-mail", Kind.EMAIL),
    Field("deadline", "Aanmelden kan tot", Kind.DATE_OR_TIME, "Een datum (tot en met die dag) of datum en tijd."),
    Field("full", "Vol", Kind.BOOLEAN, "Aan: er is geen plaats meer."),
)
_SPEAKER = (
    Field("name", "Naam", Kind.TEXT),
    Field("role", "Functie", Kind.TEXT),
)
_WHEN = "2026-12-10 14:00, of alleen 2026-12-10 voor een hele dag."

EVENT: tuple[Field, ...] = (
    Field("title", "Titel", Kind.TEXT, required="een titel, bijvoorbeeld title: Najaarsworkshop 2026"),
    Field(
        "start",
        "Begin",
        Kind.DATE_OR_TIME,
        _WHEN,
        required="een begin, bijvoorbeeld start: 2026-12-10 14:00 (of alleen een datum voor een hele dag)",
    ),
    Field("end", "Einde", Kind.DATE_OR_TIME, _WHEN),
    Field(
        "time_note",
        "Tijd in woorden",
        Kind.TEXT,
        "Alleen bij een activiteit zonder kloktijden: wanneer op de dag, zoals 's middags. "
        "Leeg: de dag zelf, zonder tijd.",
    ),
    Field("category", "Soort activiteit", Kind.CATEGORY, required="een categorie, bijvoorbeeld category: Webinar"),
    Field(
        "status",
        "Status",
        Kind.CHOICE,
        "Gaat niet door of uitgesteld? Kies het hier en laat de activiteit staan: "
        "agenda-apps van abonnees zien het dan ook.",
        choices=("scheduled", "cancelled", "postponed"),
    ),
    Field("status_reason", "Toelichting bij de status", Kind.TEXT, "Bijvoorbeeld waarom het niet doorgaat."),
    Field("location", "Plaats", Kind.GROUP, "Waar het is; leeg bij een online activiteit.", fields=_LOCATION),
    Field("online", "Online", Kind.URL, "De link om mee te doen, als het (ook) online is."),
    Field("registration", "Aanmelden", Kind.GROUP, fields=_REGISTRATION),
    Field("cost", "Kosten", Kind.NUMBER_OR_TEXT, "Een bedrag in euro's (75) of een tekst (gratis voor leden)."),
    Field("organizer", "Organisator", Kind.TEXT, "Leeg: de vereniging zelf."),
    Field("speakers", "Sprekers", Kind.GROUPS, fields=_SPEAKER),
    Field(
        "summary",
        "Samenvatting",
        Kind.LONG_TEXT,
        "Eén of twee zinnen voor de agenda, agenda-apps en zoekmachines; leeg: de eerste alinea.",
    ),
    Field("image", "Afbeelding", Kind.IMAGE, _IMAGE_HINT),
    Field("image_alt", "Beschrijving van de afbeelding", Kind.TEXT, _IMAGE_ALT_HINT),
    Field(
        "updated",
        "Bijgewerkt op",
        Kind.DATE_TIME,
        "Datum en tijd van deze wijziging; zet hem bij elke wijziging die abonnees moeten zien.",
    ),
    Field(
        "uid",
        "Vaste id",
        Kind.ID,
        "Hiermee herkennen agenda-apps de activiteit; verander hem nooit.",
        required="een vaste id voor agenda-apps; zet in de kop: uid: {stem}@{uid_domain} "
        "(en verander die daarna nooit meer, ook niet als je het bestand hernoemt)",
    ),
    Field("draft", "Concept", Kind.BOOLEAN, "Aan: nog niet op de publieke site."),
    Field("slug", "Webadres", Kind.TEXT, _SLUG_HINT, advanced=True),
    Field(
        "timezone", "Tijdzone", Kind.CODE, "Alleen voor een activiteit buiten de tijdzone van de site.", advanced=True
    ),
    Field(
        "recurrence",
        "Herhaling",
        Kind.CODE,
        "Een reeks als regel, bijvoorbeeld FREQ=MONTHLY;BYDAY=2TH;COUNT=6.",
        advanced=True,
    ),
    Field("exceptions", "Afwijkende data in de reeks", Kind.STRUCTURED, advanced=True),
    Field("extra_dates", "Extra data in de reeks", Kind.STRUCTURED, advanced=True),
)

KOERS: tuple[Field, ...] = (
    Field("title", "Titel", Kind.TEXT, required="een titel, bijvoorbeeld title: Koers 2021 en verder"),
    Field(
        "period",
        "Periode",
        Kind.TEXT,
        "Jaren, zoals 2021-2025.",
        required="een periode, bijvoorbeeld period: 2021-2025",
    ),
    Field(
        "status",
        "Status",
        Kind.CHOICE,
        "Concept, vastgesteld of vervangen door een nieuwere koers.",
        required="een status: draft, adopted of superseded",
        choices=("draft", "adopted", "superseded"),
    ),
    Field(
        "adopted",
        "Vastgesteld",
        Kind.GROUP,
        "Wanneer en door wie de koers is vastgesteld.",
        fields=(
            Field("date", "Datum", Kind.DATE),
            Field("body", "Door", Kind.TEXT, "Bijvoorbeeld de ledenvergadering."),
        ),
    ),
    Field("superseded_by", "Vervangen door", Kind.CODE, "Het pad van de nieuwere koers, zoals koers/koers-2026.md."),
    Field("summary", "Samenvatting", Kind.LONG_TEXT),
)

AUTHOR: tuple[Field, ...] = (
    Field("name", "Naam", Kind.TEXT, required="tekst"),
    Field("role", "Functie", Kind.TEXT, "Zoals voorzitter of secretaris."),
    Field("photo", "Foto", Kind.IMAGE),
    Field("bio", "Over", Kind.LONG_TEXT),
)

PAGE: tuple[Field, ...] = (
    Field("title", "Titel", Kind.TEXT, "Leeg: de eerste kop van de pagina."),
    Field("description", "Beschrijving", Kind.LONG_TEXT, "Eén zin voor zoekmachines en sociale media."),
)
"""An ordinary page in docs/: MkDocs and Material read these; everything else is its text."""
