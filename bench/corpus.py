"""A seeded synthetic Dutch corpus in three layouts: our site, the floor, the blog plugin.

N columns of 400-1,200 words with headings, lists, links and an image; N/2 events, some
recurring, some cancelled. The same Markdown goes into all three sites, so the difference
in build time is what each setup adds.
"""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

WORDS = """
bestuur welzijn sociaal werk wijk buurt inwoners gemeente netwerk samenwerking preventie
vrijwilligers professionals organisatie toezicht kwaliteit beleid opdracht subsidie
aanbesteding coalitie ontmoeting kennis ervaring intervisie expertise verbinding
vertrouwen dorp regio zorg jeugd ouderen mantelzorg armoede schulden wonen gezondheid
onderwijs sport cultuur politie huisarts praktijk vraag antwoord keuze koers toekomst
ruimte verhaal cijfers begroting raad wethouder partners leden vereniging college
workshop lezing webinar werkbezoek bijeenkomst programma thema ontwikkeling vernieuwing
en de het een van in op met voor dat die is wordt zijn hebben niet ook maar als we
ons onze zij hun meer samen goed nieuwe elke veel waar hoe wat waarom juist vooral
""".split()
AUTHORS = ["sofie-vriends", "greet-bouman", "redactie", "jan-de-wit", "fatima-el-amrani"]
CATEGORIES = ["Column", "Nieuws", "Artikel"]
TAGS = ["netwerken", "preventie", "bestuur", "toezicht", "samenwerking", "wijk", "vrijwilligers", "armoede", "jeugd", "zorg"]
EVENT_CATEGORIES = ["Bijeenkomst", "Workshop", "Webinar", "Werkbezoek", "Lezing"]  # the package's defaults
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40" width="800" height="400"><rect width="80" height="40" fill="#7a1f4f"/></svg>'


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 18))
    return " ".join(words).capitalize() + "."


def body(rng: random.Random, image: str) -> str:
    target = rng.randint(400, 1200)
    parts, count = [], 0
    parts.append(" ".join(sentence(rng) for _ in range(3)))
    parts.append("<!-- more -->")
    while count < target:
        kind = rng.random()
        if kind < 0.15:
            parts.append("## " + " ".join(rng.choices(WORDS, k=3)).capitalize())
        elif kind < 0.3:
            parts.append("\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(3, 5))))
        elif kind < 0.35:
            parts.append(f"![{sentence(rng)}]({image})")
        else:
            text = " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))
            parts.append(text + f" Lees [meer hierover](https://www.example.org/{rng.choice(WORDS)}).")
        count = sum(len(p.split()) for p in parts)
    return "\n\n".join(parts) + "\n"


def write(root: Path, n: int, layout: str, seed: int = 2026) -> None:
    """layout: 'ours', 'floor' or 'blog'."""
    rng = random.Random(seed)
    if root.exists():
        shutil.rmtree(root)
    docs = root / "docs"
    (docs / "assets").mkdir(parents=True)
    (docs / "assets" / "beeld.svg").write_text(SVG)
    (docs / "index.md").write_text("# Vereniging\n\nWelkom.\n")
    start = date(2012, 1, 2)
    for i in range(n):
        day = start + timedelta(days=i * 5000 // max(n, 1))
        slug = f"stuk-{i:05d}-" + "-".join(rng.choices(WORDS[:60], k=2))
        title = " ".join(rng.choices(WORDS[:60], k=rng.randint(3, 7))).capitalize()
        author, category = rng.choice(AUTHORS), rng.choice(CATEGORIES)
        tags = sorted(set(rng.choices(TAGS, k=rng.randint(1, 3))))
        if layout == "ours":
            path, image = root / "columns" / f"{day.isoformat()}-{slug}.md", "/assets/beeld.svg"
            front = f"title: {title}\ndate: {day.isoformat()}\nauthor: {author}\ncategory: {category}\ntags: [{', '.join(tags)}]\n"
            md_image = "../../../assets/beeld.svg"
        elif layout == "blog":
            path = docs / "blog" / "posts" / f"{day.isoformat()}-{slug}.md"
            front = f"title: {title}\ndate: {day.isoformat()}\nauthors: [{author}]\ncategories: [{category}]\ntags: [{', '.join(tags)}]\n"
            md_image = "../../assets/beeld.svg"
        else:
            path = docs / "columns" / f"{day.isoformat()}-{slug}.md"
            front = f"title: {title}\ndate: {day.isoformat()}\n"
            md_image = "../assets/beeld.svg"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{front}---\n\n{body(rng, md_image)}", encoding="utf-8")
    for i in range(n // 2):
        day = start + timedelta(days=i * 6000 // max(n // 2, 1))
        title = " ".join(rng.choices(WORDS[:60], k=3)).capitalize()
        extra = ""
        if i % 10 == 3:
            extra += "recurrence: FREQ=MONTHLY;COUNT=6\n"
        if i % 20 == 7:
            extra += "status: cancelled\nstatus_reason: Te weinig aanmeldingen.\nupdated: 2026-11-20 10:00\n"
        text = (f"---\ntitle: {title}\nstart: {day.isoformat()} 14:00\nend: {day.isoformat()} 17:00\n"
                f"category: {rng.choice(EVENT_CATEGORIES)}\nlocation: Utrecht\nuid: activiteit-{i:05d}@example.nl\n{extra}---\n\n"
                f"{sentence(rng)} {sentence(rng)}\n")
        folder = root / "events" if layout == "ours" else docs / "agenda"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{day.isoformat()}-activiteit-{i:05d}.md").write_text(text, encoding="utf-8")
    if layout == "ours":
        authors = "".join(f"{a}:\n  name: {a.replace('-', ' ').title()}\n  role: Lid\n" for a in AUTHORS)
        (root / "columns" / "authors.yml").write_text(authors)
    if layout == "blog":
        (docs / "blog" / "index.md").write_text("# Blog\n")
        authors = "authors:\n" + "".join(f"  {a}:\n    name: {a.replace('-', ' ').title()}\n    description: Lid\n    avatar: ../assets/beeld.svg\n" for a in AUTHORS)
        (docs / "blog" / ".authors.yml").write_text(authors)
    (root / "mkdocs.yml").write_text(CONFIG[layout])


COMMON = """site_name: Vereniging
site_url: https://www.example.nl/
theme:
  name: material
  language: nl
  font: false
  features: [navigation.tabs]
"""
CONFIG = {
    "ours": COMMON + """nav: [index.md, columns/index.md, agenda/index.md]
plugins:
  - search:
      lang: nl
  - association:
      uid_domain: example.nl
      event_categories: [Bijeenkomst, Workshop, Webinar, Werkbezoek, Lezing]
""",
    "floor": COMMON + """nav: [index.md]
validation:
  nav: {omitted_files: ignore}
plugins:
  - search:
      lang: nl
""",
    "blog": COMMON + """nav: [index.md, blog/index.md]
validation:
  nav: {omitted_files: ignore}
plugins:
  - search:
      lang: nl
  - blog
  - rss:
      match_path: blog/posts/.*
      date_from_meta:
        as_creation: date
""",
}
