"""The navigation entry a generated page belongs under, shown as the current one."""

from __future__ import annotations

from mkdocs.structure.pages import Page

from ..render.planned import PlannedPage


class SectionHighlight:
    """Marks the navigation page that a planned page belongs under (``section``) as active
    while that page is rendered, and clears it afterwards.

    MkDocs marks only a page in the navigation, and its parents, as active; Material
    highlights the tab and menu entry from that. A column or a month grid is not in the
    navigation, so without this no tab is highlighted while a reader is in Columns or
    Agenda. The chrome cache keys its blocks by what is active."""

    def __init__(self, nav_pages: dict[str, Page]) -> None:
        self._nav_pages = nav_pages
        self._shown: Page | None = None

    def show(self, planned: PlannedPage, page: Page) -> None:
        self.hide()
        if planned.section is None or page.parent is not None:
            return
        owner = self._nav_pages.get(planned.section + "index.md")
        if owner is not None and owner is not page:
            owner.active = True
            self._shown = owner

    def hide(self) -> None:
        if self._shown is not None:
            self._shown.active = False
            self._shown = None
