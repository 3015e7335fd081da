"""Text of a new column or event: every field present, each with a short Dutch comment.

An editor who starts from a scaffold sees every field they may use and how to write it,
so the usual mistakes (date order, unknown category) are avoided before they happen.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from .dates import Moment
from .slugs import slugify


def quoted(text: str) -> str:
    """A YAML double-quoted string (JSON's quoting is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def moment_text(moment: Moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if isinstance(moment, datetime) else moment.isoformat()


def file_name(day: date, title: str) -> str:
    return f"{day.isoformat()}-{slugify(title)}.md"


def column(
    title: str,
    day: Moment,
    author: str,
    authors: Sequence[str],
    category: str,
    categories: Sequence[str],
    draft: bool,
    folder: bool = False,
) -> str:
    """``folder``: the column is ``<name>/index.md``, with its photos and PDFs beside it."""
    if folder:
        files = """# Bijlagen: zet PDF's in deze map, naast index.md; ze komen vanzelf onder "Bijlagen".
# Hier geef je ze een titel en bepaal je de volgorde, bijvoorbeeld:
#   attachments:
#     - file: verslag.pdf
#       title: Verslag van de middag
attachments: []
"""
    else:
        files = """# Foto's of PDF's bij deze column? Maak dan een map met index.md (association new column
# --map, of make column MAP=1) en zet ze daarin.
"""
    return f"""---
# De titel zoals hij boven de column staat.
title: {quoted(title)}
# Publicatiedatum: jaar-maand-dag, eventueel met tijd (2026-11-23 09:00). Ligt de datum in de
# toekomst, dan verschijnt de column vanzelf op die dag.
date: {moment_text(day)}
# De auteur: een van {", ".join(authors)} (zie columns/authors.yml).
author: {author}
# De categorie: {", ".join(categories)}.
category: {quoted(category)}
# Trefwoorden, tussen blokhaken en met komma's: [netwerken, preventie]
tags: []
# Een of twee zinnen voor overzichten en feeds. Leeg: de tekst boven <!-- more -->.
summary:
# Een afbeelding in de map van de column (foto.jpg) of in docs/ (/assets/foto.jpg), met een
# beschrijving voor wie de afbeelding niet kan zien.
image:
image_alt:
{files}# true: alleen zichtbaar in de preview (make serve), niet op de site.
draft: {"true" if draft else "false"}
---

Schrijf hier de eerste alinea. Die verschijnt ook in de overzichten en de feeds.

<!-- more -->

## Een tussenkop

De rest van de tekst.
"""


def _series(recurrence: str, start: Moment) -> str:
    """``recurrence:`` and, for a series, how to change one of its dates."""
    if not recurrence:
        return "recurrence:\n"
    first = start.date() if isinstance(start, datetime) else start
    return f"""recurrence: {recurrence}
# Eén datum van de reeks anders? Noem de datum die de herhaling geeft, en wat er die dag
# anders is (zet dan ook updated: hieronder):
#   exceptions:
#     - date: {first.isoformat()}        # gaat niet door
#       status: cancelled
#       status_reason: De spreker is ziek.
#     - date: ...                # verplaatst
#       start: ...
#       end: ...
#     - date: ...                # andere zaal, link, sprekers of aanmelding
#       location: {{venue: Zaal 2, city: Utrecht}}
#       speakers: [Anna Jansen]
# Een extra datum naast de herhaling:
#   extra_dates: [...]
"""


def event(
    title: str,
    start: Moment,
    end: Moment | None,
    category: str,
    categories: Sequence[str],
    city: str,
    online: str,
    uid: str,
    draft: bool,
    venue: str = "",
    recurrence: str = "",
) -> str:
    return f"""---
# De titel zoals hij in de agenda staat.
title: {quoted(title)}
# Begin en einde: 2027-03-12 14:00. Alleen een datum (2027-03-12) is een hele dag; meerdere
# dagen kan ook (start: 2027-03-12, end: 2027-03-13). Tijden zijn Nederlandse tijd.
start: {moment_text(start)}
end: {moment_text(end) if end is not None else ""}
# Alleen een datum en geen kloktijden bekend? Zeg in woorden wanneer: 's middags.
time_note:
# De soort activiteit: {", ".join(categories)}.
category: {quoted(category)}
# Waar: de zaal, het adres, de postcode en de plaats. Alleen online? Laat dit leeg.
location:
  venue: {quoted(venue) if venue else ""}
  address:
  postcode:
  city: {quoted(city) if city else ""}
# De link om online mee te doen (begint met https://).
online: {online}
# Aanmelden: een webadres of e-mailadres, tot wanneer, en full: true als het vol is.
registration:
  url:
  email:
  deadline:
  full: false
# Kosten: een bedrag (75) of een tekst ("Gratis voor leden").
cost:
# Sprekers: [Anna Jansen, {{name: Piet de Boer, role: onderzoeker}}]
speakers: []
# Status: scheduled (gaat door), cancelled (gaat niet door) of postponed (uitgesteld), met
# een reden bij status_reason. Verwijder een activiteit niet: zet haar op cancelled.
status: scheduled
status_reason:
# Herhaling, bijvoorbeeld elke tweede donderdag, zes keer: FREQ=MONTHLY;BYDAY=2TH;COUNT=6
{_series(recurrence, start)}# Een of twee zinnen voor de agenda. Leeg: de eerste alinea.
summary:
image:
image_alt:
# Pas je iets aan na publicatie? Zet hier de datum en tijd van de wijziging, dan werken
# agenda-apps van abonnees het bij.
updated:
# Vaste id voor agenda-apps: niet veranderen, ook niet als de titel of bestandsnaam verandert.
uid: {uid}
# true: alleen zichtbaar in de preview (make serve), niet op de site.
draft: {"true" if draft else "false"}
---

Beschrijf hier de activiteit: voor wie, wat je kunt verwachten en hoe het programma eruitziet.
"""
