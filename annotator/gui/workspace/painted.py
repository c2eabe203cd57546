"""What a highlight layer last drew, so that a change repaints only the boxes that differ.

A :class:`Painted` snapshot holds, for the visible part of a reading view, the look of
every annotation drawn there (its layer, tag, whether it has a note, its span) and of every
decoration (selection outline and handles, link-end outline, flash glow, an edge being
dragged). :func:`changed` compares two snapshots of the same view position: the keys whose
look differs are the only ones whose boxes need repainting. Spans are UTF-16 positions.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF

REACH = 10.0  # how far outlines, handles, note dots and the flash glow reach beyond a box


class Decoration(tuple):  # type: ignore[type-arg]
    """The key of an annotation's outline, handles or glow among a snapshot's looks."""

    def __new__(cls, key: uuid.UUID) -> Decoration:
        return super().__new__(cls, ("decoration", key))

    @property
    def key(self) -> uuid.UUID:
        return self[1]  # type: ignore[no-any-return]


# An annotation's look: (layer, tag, has a note, start16, end16).
# A decoration's look: (selected, emphasised, flash strength, start16, end16, drawn span).
Look = tuple[object, ...]


@dataclass
class Painted:
    """A snapshot of the visible part of a view: where it is and how each key looks."""

    geometry: tuple[object, ...]  # visible range, scroll offset, viewport size, dark
    offset: QPoint  # document to viewport coordinates
    span: tuple[int, int]  # the text whose annotations are drawn: the view, the lines above
    layers: dict[Hashable, int]
    looks: dict[Hashable, Look]
    depth: int  # the deepest layer shown (how far underlines reach below a line)
    decorated: list[Hashable]  # the Decoration keys among the looks
    dragged: object = None  # the annotation whose edge was being dragged


def changed(old: Painted, new: Painted,
            keys: Iterable[Hashable] | None = None) -> Iterator[tuple[Hashable, Look]]:
    """Each look, before and after, of every key whose look differs between snapshots
    (only among ``keys`` when given: the others are known to be the same)."""
    for key in (old.looks.keys() | new.looks.keys()) if keys is None else keys:
        before, after = old.looks.get(key), new.looks.get(key)
        if before != after:
            if before is not None:
                yield key, before
            if after is not None:
                yield key, after


def bounds(boxes: list[QRectF], below: float) -> QRectF:
    """Everything drawn over these boxes: ``REACH`` around them, ``below`` under them."""
    united = QRectF()
    for box in boxes:
        united = united.united(box)
    if united.isNull():
        return united
    return united.adjusted(-REACH, -REACH, REACH, max(below, REACH))
