"""Annotations drawn over a reading view, as a painted layer that never touches the text.

Each annotation is a soft fill in its tag's colour behind the words plus an underline whose
*style* belongs to the tag (solid, dashed, dotted, wavy, double), so tags stay apart in
greyscale and for colour-blind readers. A nested or overlapping annotation is drawn over its
parent in its own colour, a little shorter, so the parent's colour stays as a band above and
below it; their underlines stack one below the other, in the layer
:class:`~annotator.core.layers.StableLayers` gives them. A span keeps its layer once given,
so adding, moving or deleting one changes the layers of that span and the spans nested in it
only, never a chain of them down the screen.

Only the annotations that touch the visible part of the text are looked at when painting,
through a :class:`~annotator.core.layers.SpanIndex`. After a change (an annotation added,
re-tagged, moved or deleted, a selection, a flash) the layer works out what the visible part
would look like from scratch, compares it with what was last drawn and asks Qt to repaint
only the boxes that differ (:meth:`HighlightLayer.refresh`). After a change of known
annotations the new snapshot is made from the last one, working out only those
annotations (and the spans laid out again with them) and the decorations. The fills,
underlines and note dots as drawn are kept in two images the size of the view
(:mod:`~annotator.gui.workspace.layer_cache`): a repaint copies from them, and draws again
only where a look changed, only the annotations that touch that part. So a key press on an
article with 20,000 annotations draws a few lines' annotations, not the screen's, and what
is on screen is always what a full repaint would draw.

Line boxes are worked out in :mod:`~annotator.gui.workspace.line_boxes`, snapshots compared
in :mod:`~annotator.gui.workspace.painted`, the drawing done in
:mod:`~annotator.gui.workspace.highlight_paint` and kept in
:mod:`~annotator.gui.workspace.layer_cache`.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QRegion, QTextCursor
from PySide6.QtWidgets import QTextEdit

from annotator.core.layers import SpanIndex, StableLayers
from annotator.core.offsets import OffsetMap
from annotator.gui import theme
from annotator.gui.workspace import highlight_paint, layer_cache
from annotator.gui.workspace.highlight_paint import below
from annotator.gui.workspace.layer_cache import LayerCache
from annotator.gui.workspace.line_boxes import LineBoxes
from annotator.gui.workspace.painted import REACH, Decoration, Look, Painted, bounds, changed
from annotator.gui.workspace.underlines import underline_style
from annotator.services.views import AnnotationView, TagView

FLASH_MS = 1200


@dataclass(frozen=True)
class Shown:
    """What the layer draws for one annotation (for tests and accessibility checks)."""

    annotation_id: uuid.UUID
    tag_id: uuid.UUID
    layer: int
    underline: str
    fill: QColor
    rects: tuple[QRectF, ...]  # viewport coordinates, one per line


class HighlightLayer(QObject):
    """The annotations of one article as shown in one :class:`QTextEdit`."""

    def __init__(self, view: QTextEdit, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.offsets = OffsetMap(text)
        self.text = text
        self.tags: dict[uuid.UUID, TagView] = {}
        self.annotations: dict[uuid.UUID, AnnotationView] = {}
        self.index = SpanIndex()
        self.layering = StableLayers(self.index)
        self.boxes = LineBoxes(view)
        self.selected: uuid.UUID | None = None
        self.emphasised: set[uuid.UUID] = set()  # dashed outline: link ends
        self.preview: tuple[uuid.UUID, int, int] | None = None  # edge drag, UTF-16
        self.flashing: dict[uuid.UUID, float] = {}
        self._animations: dict[uuid.UUID, QVariantAnimation] = {}
        self.cache = LayerCache()  # the fills, underlines and dots as last drawn
        self._painted: Painted | None = None  # what the viewport shows now
        self._dark_now = False
        self._held = 0  # inside held(): refresh once at the end
        # annotations whose look may differ from the last snapshot; None: any of them
        self._dirty: set[Hashable] | None = None
        self._pending = False
        layout = view.document().documentLayout()
        layout.update.connect(self._layout_changed)
        layout.documentSizeChanged.connect(self._layout_changed)

    # -- content -----------------------------------------------------------------------

    def set_tags(self, tags: Iterable[TagView]) -> None:
        self.tags = {tag.id: tag for tag in tags}
        self._dirty = None
        self.refresh()

    def set_annotations(self, annotations: Iterable[AnnotationView]) -> None:
        items = list(annotations)
        self.annotations = {a.id: a for a in items}
        self.index = SpanIndex((a.id, *self._span16(a)) for a in items)
        self.layering.reset(self.index)
        if self.selected not in self.annotations:
            self.selected = None
        self._dirty = None
        self.refresh()

    def add(self, annotation: AnnotationView) -> None:
        """Show a new annotation, or one whose tag, note or span changed."""
        key = annotation.id
        span = self._span16(annotation)
        self.annotations[key] = annotation
        touched: list[Hashable] = [key]
        if key not in self.index or self.index.span(key) != span:
            self.index.add(key, *span)
            # it and the spans nested in it; no other layer moves
            touched = self.layering.place(key)
        self._touch(touched)
        self.refresh()

    def change(self, annotation: AnnotationView) -> None:
        self.add(annotation)

    def remove(self, annotation_id: uuid.UUID) -> None:
        if self.annotations.pop(annotation_id, None) is None:
            return
        self.index.remove(annotation_id)
        self.layering.forget(annotation_id)
        self._touch([annotation_id])
        if self.selected == annotation_id:
            self.selected = None
        self.emphasised.discard(annotation_id)
        self.refresh()

    def select(self, annotation_id: uuid.UUID | None) -> None:
        selected = annotation_id if annotation_id in self.annotations else None
        if selected != self.selected:  # nothing to repaint otherwise
            self.selected = selected
            self.refresh()

    def emphasise(self, keys: Iterable[uuid.UUID]) -> None:
        emphasised = set(keys)
        if emphasised != self.emphasised:
            self.emphasised = emphasised
            self.refresh()

    def _touch(self, keys: Iterable[Hashable]) -> None:
        if self._dirty is not None:
            self._dirty.update(keys)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Make several changes (an annotation added, then selected) and work out what to
        repaint once, at the end."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._pending:
                self.refresh()

    def refresh(self) -> None:
        """Repaint what changed since the last paint: only the boxes whose look differs."""
        if self._held:
            self._pending = True
            return
        self._pending = False
        viewport = self.view.viewport()
        old = self._painted
        if old is None or not viewport.isVisible():
            self._painted = None
            self.cache.forget()
            viewport.update()
            return
        dirty = self._dirty
        new = self._since(old, dirty) if dirty is not None else None
        if new is None:
            new, dirty = self._snapshot(), None
        if new.geometry != old.geometry:  # scrolled, resized or re-themed: all of it
            self._painted = None
            self.cache.forget()
            viewport.update()
            return
        self._painted = new
        region, content = QRegion(), QRegion()
        offset = QPointF(new.offset)
        keys = None if dirty is None else dirty | {*old.decorated, *new.decorated}
        for key, look in changed(old, new, keys):
            boxes = QRegion()
            for box in self._look_boxes(key, look):
                boxes += box.translated(offset).toAlignedRect()
            region += boxes
            if not isinstance(key, Decoration):  # decorations are never in the cache
                content += boxes
        if not content.isEmpty():
            self.cache.invalidate(content)
        if not region.isEmpty():
            viewport.update(region)

    def _span16(self, a: AnnotationView) -> tuple[int, int]:
        return self.offsets.to_utf16(a.start), self.offsets.to_utf16(a.end)

    # -- geometry and queries ----------------------------------------------------------

    def visible_range(self) -> tuple[int, int]:
        return self.boxes.visible_range()

    def rects(self, start16: int, end16: int) -> list[QRectF]:
        """One box per line covered by ``start16..end16``, in viewport coordinates."""
        return self.boxes.rects(start16, end16)

    def _layout_changed(self, *_args: object) -> None:
        self.boxes.clear()
        self.cache.forget()
        self._painted = None  # boxes moved: the next paint works them out again

    def at(self, point: QPoint) -> list[AnnotationView]:
        """Annotations drawn under ``point`` (viewport coordinates), outermost first."""
        pos = self.view.cursorForPosition(point).position()
        hits: list[AnnotationView] = []
        for key, s, e in self.index.overlapping(max(0, pos - 1), pos + 1):
            if any(r.adjusted(-1, -2, 1, 4).contains(QPointF(point)) for r in self.rects(s, e)):
                hits.append(self.annotations[key])  # type: ignore[index]
        hits.sort(key=lambda a: (a.start, -a.end))
        return hits

    def describe_at(self, point: QPoint) -> str:
        """Plain text for a tooltip: tag and note of each annotation under ``point``."""
        lines = []
        for a in self.at(point):
            tag = self.tags.get(a.tag_id)
            label = tag.label if tag else self.tr("Annotation")
            lines.append(f"{label}: {a.note}" if a.note else label)
        return "\n".join(lines)

    def covering(self, position: int) -> list[AnnotationView]:
        """Annotations covering the code-point ``position``."""
        p16 = self.offsets.to_utf16(position)
        found = [self.annotations[k] for k, _, _ in self.index.overlapping(p16, p16)
                 if isinstance(k, uuid.UUID)]
        return sorted(found, key=lambda a: (a.start, -a.end))  # type: ignore[misc]

    def shown(self) -> list[Shown]:
        """What is drawn in the visible part of the view right now."""
        dark = self._dark()
        candidates = self.index.overlapping(*self.visible_range())
        layers = self.layering.ensure(candidates)
        result = []
        for key, s, e in candidates:
            a = self.annotations[key]  # type: ignore[index]
            tag = self.tags.get(a.tag_id)
            if tag is None:
                continue
            result.append(Shown(a.id, a.tag_id, layers[key], underline_style(tag),
                                theme.highlight_colour(tag.colour, dark),
                                tuple(self.rects(s, e))))
        return result

    def scroll_to(self, annotation_id: uuid.UUID) -> None:
        if annotation_id not in self.annotations:
            return
        start16, end16 = self.index.span(annotation_id)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(end16)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        rect = self.view.cursorRect(cursor)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.view.viewport().height() // 3)
        cursor.setPosition(start16)
        self.view.setTextCursor(cursor)

    def flash(self, annotation_id: uuid.UUID) -> None:
        """Draw attention to an annotation with a fading glow."""
        old = self._animations.pop(annotation_id, None)
        if old is not None:
            old.stop()
        animation = QVariantAnimation(self)
        animation.setDuration(FLASH_MS)
        animation.setStartValue(1.0)
        animation.setEndValue(0.0)
        animation.valueChanged.connect(lambda v, k=annotation_id: self._flash_step(k, v))
        animation.finished.connect(lambda k=annotation_id: self._flash_step(k, 0.0))
        self._animations[annotation_id] = animation
        self.flashing[annotation_id] = 1.0
        animation.start()
        self.refresh()

    def _flash_step(self, key: uuid.UUID, value: float) -> None:
        if value <= 0.0:
            self.flashing.pop(key, None)
            self._animations.pop(key, None)
        else:
            self.flashing[key] = float(value)
        self.refresh()

    def edge_at(self, point: QPoint) -> str | None:
        """"start" or "end" when ``point`` is on a drag handle of the selected annotation."""
        if self.selected not in self.annotations:
            return None
        rects = self.rects(*self.index.span(self.selected))  # type: ignore[arg-type]
        if not rects:
            return None
        (first, start_x), (last, end_x), out = self.boxes.ends(rects)
        p = QPointF(point)
        start_left = start_x - 6 if out > 0 else start_x - 2
        end_left = end_x - 2 if out > 0 else end_x - 6
        if QRectF(start_left, first.top() - 5, 8, first.height() + 6).contains(p):
            return "start"
        if QRectF(end_left, last.top(), 8, last.height() + 6).contains(p):
            return "end"
        return None

    # -- snapshots and painting --------------------------------------------------------

    def _dark(self) -> bool:
        return theme.is_dark(self.view.palette())

    def span_of(self, key: uuid.UUID) -> tuple[int, int]:
        """Where ``key`` is drawn: its span, or where its edge is being dragged to."""
        if self.preview is not None and self.preview[0] == key:
            return self.preview[1], self.preview[2]
        return self.index.span(key)

    def _geometry(self) -> tuple[object, ...]:
        """Where the view is: visible range, scroll offset, viewport size, dark or not."""
        viewport = self.view.viewport()
        offset = self.boxes.offset()
        return (self.visible_range(), offset.x(), offset.y(), viewport.width(),
                viewport.height(), self._dark())

    def _snapshot(self) -> Painted:
        """How every annotation and decoration in the visible part looks right now."""
        self._dirty = set()  # what changes from now on is compared with this
        geometry = self._geometry()
        first, last = cast(tuple[int, int], geometry[0])
        candidates, layers, top = self._reaching(first, last)
        annotations, tags, preview = self.annotations, self.tags, self.preview
        looks: dict[Hashable, Look] = {}
        depth = 0
        for key, s, e in candidates:
            a = annotations[key]  # type: ignore[index]
            tag = tags.get(a.tag_id)
            if tag is not None:
                if preview is not None and preview[0] == key:
                    s, e = preview[1], preview[2]
                layer = layers[key]
                depth = max(depth, layer)
                looks[key] = (layer, tag, bool(a.note), s, e)
        offset = QPoint(int(geometry[1]), int(geometry[2]))  # type: ignore[call-overload]
        painted = Painted(geometry, offset, (top, last), layers, looks, depth, [],
                          preview[0] if preview is not None else None)
        self._decorate(painted)
        return painted

    def _since(self, old: Painted, dirty: set[Hashable]) -> Painted | None:
        """The snapshot after changes to the annotations in ``dirty`` only, made from
        ``old`` (the view where it was): the other annotations look the same. None when
        it cannot be made so (the view moved, an edge is being dragged, a changed
        annotation went deeper than any shown, so the lines above may reach further)."""
        preview = self.preview
        if preview is not None or old.dragged is not None:
            return None
        geometry = self._geometry()
        if geometry != old.geometry:
            return None
        self._dirty = set()
        first, last = old.span
        looks = dict(old.looks)  # copied with the keys' hashes, not hashing them again
        for key in old.decorated:
            del looks[key]
        layers, depth = self.layering.of, old.depth
        spans = self.index
        for key in dirty:
            looks.pop(key, None)
            a = self.annotations.get(key)  # type: ignore[call-overload]
            if a is None:
                continue
            s, e = spans.span(key)
            tag = self.tags.get(a.tag_id)
            if tag is None or not (s < last and e > first):
                continue
            layer = layers.get(key)
            if layer is None or layer > depth:
                return None
            looks[key] = (layer, tag, bool(a.note), s, e)
        painted = Painted(geometry, old.offset, old.span, layers, looks, depth, [])
        self._decorate(painted)
        return painted

    def _decorate(self, painted: Painted) -> None:
        """Add the looks of the selection outline, link-end outlines and flashes."""
        annotations, looks = self.annotations, painted.looks
        decorated = set(self.flashing) | self.emphasised
        if self.selected is not None:
            decorated.add(self.selected)
        if self.preview is not None:
            decorated.add(self.preview[0])
        for key in decorated & annotations.keys():
            decoration = Decoration(key)
            looks[decoration] = (key == self.selected, key in self.emphasised,
                                 self.flashing.get(key), *self.index.span(key),
                                 self.span_of(key))
            painted.decorated.append(decoration)

    def _reaching(self, first: int, last: int
                  ) -> tuple[list[tuple[Hashable, int, int]], dict[Hashable, int], int]:
        """The annotations drawn in the visible range ``first..last`` and on the lines just
        above it (their deep underlines reach down into the view), with the layers."""
        candidates = self.index.overlapping(first, last)
        layers = self.layering.ensure(candidates)
        depth, top = -1, first
        while top > 0:  # each line further up can bring a deeper layer with it
            deepest = max((layers[c[0]] for c in candidates), default=0)
            if deepest <= depth:
                break
            depth = deepest
            reach = int(below(depth) + REACH) + 1
            higher = self.boxes.between(-reach, -reach)[0]
            if higher >= top:
                break
            top = higher
            candidates = self.index.overlapping(top, last)
            layers = self.layering.ensure(candidates)
        return candidates, layers, top

    def _look_boxes(self, key: object, look: Look) -> list[QRectF]:
        """Where one look is drawn, in document coordinates: for an annotation, each line
        box with room for its fill's edge, its note dot, and the thin strip of its underline
        (which for a deep layer lies lines further down: the lines in between need not be
        repainted); for a decoration, the box around it (see :meth:`_look_bounds`)."""
        if isinstance(key, Decoration):
            return [self._look_bounds(key, look)]
        layer = look[0]
        out = []
        boxes = self.boxes.cached(key, look[3], look[4])  # type: ignore[arg-type]
        for box in boxes:
            out.append(highlight_paint.room(box))
            out.append(highlight_paint.strip(box, layer))  # type: ignore[arg-type]
        if boxes and look[2]:  # the note dot
            out.append(highlight_paint.dot_room(boxes[-1]))
        return out

    def _look_bounds(self, key: object, look: Look) -> QRectF:
        """Document box around everything drawn for one look (see :mod:`painted`)."""
        doc_rects = self.boxes.doc_rects
        if isinstance(key, Decoration):
            boxes = doc_rects(look[3], look[4])  # type: ignore[arg-type]
            if look[5] != (look[3], look[4]):
                boxes += doc_rects(*look[5])  # type: ignore[misc]
            return bounds(boxes, REACH)
        return bounds(doc_rects(look[3], look[4]), below(look[0]))  # type: ignore[arg-type]

    def _current(self) -> Painted:
        """The snapshot to paint: the one :meth:`refresh` made, unless the view moved."""
        painted = self._painted
        if painted is None or self._geometry() != painted.geometry:
            painted = self._painted = self._snapshot()
        return painted

    def paint_under(self, painter: QPainter, clip: QRectF | None = None,
                    region: list[QRectF] | None = None) -> None:
        """Fills behind the text, copied from the cache (drawn into it first where it is
        not up to date), then the glow of a flashing annotation. ``clip`` (viewport
        coordinates: the part being repainted; ``region``: its rectangles) limits the
        work to that part; None: the whole viewport."""
        wanted = self._cached(painter, clip, region)
        assert self.cache.under is not None
        layer_cache.blit(painter, self.cache.under, wanted)
        highlight_paint.paint_glow(self, painter)

    def paint_over(self, painter: QPainter, clip: QRectF | None = None,
                   region: list[QRectF] | None = None) -> None:
        """Underlines and note dots (from the cache), then selection and link outlines
        over the text."""
        wanted = self._cached(painter, clip, region)
        assert self.cache.over is not None
        layer_cache.blit(painter, self.cache.over, wanted)
        highlight_paint.paint_decorations(self, painter)

    def _cached(self, painter: QPainter, clip: QRectF | None,
                region: list[QRectF] | None) -> QRegion:
        """Bring the cache up to date in the part being repainted; return that part."""
        painted = self._current()
        self._dark_now = bool(painted.geometry[-1])
        wanted = self._wanted(clip, region)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        cache = self.cache
        cache.prepare(self.view.viewport().size(), ratio, (self._dark_now,), painted.offset)
        cache.fill(wanted, lambda under, over, need: self._render(painted, under, over, need))
        return wanted

    def _wanted(self, clip: QRectF | None, region: list[QRectF] | None) -> QRegion:
        """The part being repainted, in whole viewport pixels."""
        if clip is None:
            return QRegion(self.view.viewport().rect())
        wanted = QRegion()
        for rect in region or [clip]:
            wanted += rect.toAlignedRect()
        return wanted

    def _render(self, painted: Painted, under: QPainter, over: QPainter,
                need: QRegion) -> None:
        """Draw the fills, underlines and dots that reach ``need`` (viewport
        coordinates) into the cache's painters."""
        whole = (QRegion(self.view.viewport().rect()) - need).isEmpty()
        highlight_paint.render(self, painted, None if whole else need, under, over)
