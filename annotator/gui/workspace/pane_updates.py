"""Keeping the panes, counts and tag bar in step with the hub, one change at a time.

Each handler touches only what the change concerns: adding an annotation inserts it in
one pane's highlight index and bumps one count; nothing is rebuilt.
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from annotator.gui.workspace.article_pane import ArticlePane
from annotator.services.events import Event
from annotator.services.views import AnnotationView

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class PaneUpdates(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.tag_counts: Counter[uuid.UUID] = Counter()
        self._tagged: bool | None = None  # whether the status line last showed work
        self._listed: tuple[tuple[uuid.UUID, uuid.UUID], list[AnnotationView]] | None = None

    def load(self) -> None:
        """Show the current student's annotations and links (on open or a change of student)."""
        if self.w.exercise is None:
            return
        service, me, exercise_id = self.w.ctx.annotations, self.w.annotator_id, self.w.exercise.id
        mine = self.mine()
        links = service.links(exercise_id, me) if me else []
        for pane in self.w.panes:
            pane.layer.set_annotations(a for a in mine if a.article_id == pane.article.id)
        self.tag_counts = Counter(a.tag_id for a in mine)
        self.w.link_flow.load(links)
        self.w.actions_pane.select(None)
        self._tagged = None  # another student or exercise: always refresh the status line
        self.update_counts()

    def mine(self) -> list[AnnotationView]:
        """The current student's annotations in the open exercise. Read once for the panes
        and the panels when both reload for the same change, and forgotten when the event
        loop comes back or an annotation changes."""
        exercise, me = self.w.exercise, self.w.annotator_id
        if exercise is None or me is None:
            return []
        key = (exercise.id, me)
        if self._listed is None or self._listed[0] != key:
            self._listed = (key, self.w.ctx.annotations.list(exercise.id, me))
            QTimer.singleShot(0, self._forget_listed)
        return self._listed[1]

    def _forget_listed(self) -> None:
        self._listed = None

    def update_counts(self) -> None:
        if self.w.exercise is None:
            return
        self.w.status_counts.set_counts(self.w.exercise.tags, self.tag_counts,
                                      len(self.w.link_flow.links))
        self.w.tag_bar.set_counts(self.tag_counts)
        tagged = any(self.tag_counts.values())
        if tagged != self._tagged:  # the first-run hint goes with the first tag, comes back
            self._tagged = tagged
            self.w.update_status()

    def _mine(self, event: Event) -> ArticlePane | None:
        a = event.payload
        if self.w.annotator_id is None or a.annotator_id != self.w.annotator_id:
            return None
        return self.w.pane_for_article(a.article_id)

    def annotation_added(self, event: Event) -> None:
        self._listed = None
        pane = self._mine(event)
        if pane is not None:
            pane.layer.add(event.payload)
            self.tag_counts[event.payload.tag_id] += 1
            self.update_counts()

    def annotation_changed(self, event: Event) -> None:
        self._listed = None
        pane = self._mine(event)
        if pane is None:
            return
        old = pane.layer.annotations.get(event.payload.id)
        pane.layer.change(event.payload)
        if old is not None and old.tag_id != event.payload.tag_id:
            self.tag_counts[old.tag_id] -= 1
            self.tag_counts[event.payload.tag_id] += 1
            self.update_counts()
        if self.w.actions_pane.selected and self.w.actions_pane.selected[1] == event.payload.id:
            self.w.actions_pane.select(event.payload.id)

    def annotation_removed(self, event: Event) -> None:
        self._listed = None
        pane = self._mine(event)
        if pane is None or event.payload.id not in pane.layer.annotations:
            return
        if self.w.link_flow.source == event.payload.id:
            self.w.link_flow.cancel()  # the passage a pending link started from is gone
        pane.layer.remove(event.payload.id)
        self.tag_counts[event.payload.tag_id] -= 1
        self.update_counts()
        if self.w.actions_pane.selected and self.w.actions_pane.selected[1] == event.payload.id:
            self.w.actions_pane.select(None)

    def link_added(self, event: Event) -> None:
        if self.w.actions_pane.pane_of(event.payload.source_id) is not None:
            self.w.link_flow.added(event.payload)
            self.update_counts()

    def link_removed(self, event: Event) -> None:
        self.w.link_flow.removed(event.payload)
        self.update_counts()

    def focus_annotation(self, annotation_id: uuid.UUID) -> None:
        """Scroll to an annotation, select it and flash it (hub.focusAnnotation)."""
        pane = self.w.actions_pane.pane_of(annotation_id)
        if pane is None:
            return
        self.w.actions_pane.select(annotation_id)
        pane.layer.scroll_to(annotation_id)
        pane.layer.flash(annotation_id)
