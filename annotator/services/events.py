"""A small publish/subscribe bus: services publish, views subscribe.

It is plain Python so that the CLI and the tests need no Qt; ``annotator.gui.hub`` bridges
it to Qt signals. Every event carries its ``source`` so a view can ignore its own echo.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

ANNOTATION_ADDED = "annotation.added"
ANNOTATION_CHANGED = "annotation.changed"
ANNOTATION_REMOVED = "annotation.removed"
LINK_ADDED = "link.added"
LINK_REMOVED = "link.removed"
LINK_CHANGED = "link.changed"
ANSWER_CHANGED = "answer.changed"
EXERCISE_CHANGED = "exercise.changed"
TAGS_CHANGED = "tags.changed"
ANNOTATOR_CHANGED = "annotator.changed"
HANDINS_IMPORTED = "handins.imported"
SAVED = "storage.saved"

TOPICS = frozenset(
    {
        ANNOTATION_ADDED,
        ANNOTATION_CHANGED,
        ANNOTATION_REMOVED,
        LINK_ADDED,
        LINK_REMOVED,
        LINK_CHANGED,
        ANSWER_CHANGED,
        EXERCISE_CHANGED,
        TAGS_CHANGED,
        ANNOTATOR_CHANGED,
        HANDINS_IMPORTED,
        SAVED,
    }
)


@dataclass(frozen=True)
class Event:
    topic: str
    payload: Any = None
    source: object | None = None


Handler = Callable[[Event], None]


@dataclass
class EventBus:
    _handlers: dict[str, list[Handler]] = field(default_factory=lambda: defaultdict(list))

    def subscribe(self, topic: str, handler: Handler) -> None:
        if topic not in TOPICS:
            raise ValueError(f"unknown event topic {topic!r}")
        self._handlers[topic].append(handler)

    def unsubscribe(self, topic: str, handler: Handler) -> None:
        if handler in self._handlers.get(topic, []):
            self._handlers[topic].remove(handler)

    def publish(self, topic: str, payload: Any = None, source: object | None = None) -> None:
        if topic not in TOPICS:
            raise ValueError(f"unknown event topic {topic!r}")
        event = Event(topic, payload, source)
        for handler in list(self._handlers.get(topic, [])):
            handler(event)
