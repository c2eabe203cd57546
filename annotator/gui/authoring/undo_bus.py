"""A bus wrapper that publishes from the event loop, coalescing repeated events.

The main window reloads (and clears its undo stack) when the exercise changes. Commands on
that stack publish through this wrapper, so the reload never runs inside the stack's own
``undo()`` or ``redo()`` call.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from annotator.services.events import EventBus, Handler


class DeferredBus:
    def __init__(self, bus: EventBus) -> None:
        self.bus = bus
        self._pending: list[tuple[str, Any, object | None]] = []

    def publish(self, topic: str, payload: Any = None, source: object | None = None) -> None:
        if any(t == topic and p == payload for t, p, _ in self._pending):
            return
        self._pending.append((topic, payload, source))
        if len(self._pending) == 1:
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        pending, self._pending = self._pending, []
        for topic, payload, source in pending:
            self.bus.publish(topic, payload, source)

    def subscribe(self, topic: str, handler: Handler) -> None:
        self.bus.subscribe(topic, handler)

    def unsubscribe(self, topic: str, handler: Handler) -> None:
        self.bus.unsubscribe(topic, handler)
