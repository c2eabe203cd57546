"""Counters that change at every key press without laying the window out again.

A label or button whose text changes asks its parent's layout to be redone, and that
request climbs to the main window (about 0.3 ms per key press each for the status bar's
counts and the tag buttons, on a full window). Qt does not ask when a widget's size is
fixed, so :func:`hold_size` fixes it to what the new text needs: with digits of equal
width (the interface fonts' default) most counts change nothing and nothing is laid out;
when the text does need more or less room ("9" to "10"), the size changes and the layout
follows as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

__all__ = ["hold_size", "release_size"]

UNBOUNDED = 16_777_215  # Qt's QWIDGETSIZE_MAX


def hold_size(widget: QWidget) -> None:
    """Fix a shown ``widget`` to its size hint, if that is not its fixed size already. A
    widget not shown yet is left alone: its size hint is final only once it is polished
    (fixed before, a tag button was cut to "Evi…")."""
    if not widget.isVisible():
        return
    hint = widget.sizeHint()
    if widget.minimumSize() != hint or widget.maximumSize() != hint:
        widget.setFixedSize(hint)


def release_size(widget: QWidget) -> None:
    """Let ``widget`` size itself again (its font or style changed)."""
    widget.setMinimumSize(0, 0)
    widget.setMaximumSize(UNBOUNDED, UNBOUNDED)
