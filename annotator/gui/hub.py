"""The one signal hub: bus events from the services become Qt signals.

Services publish on the plain-Python :class:`~annotator.services.events.EventBus`; the hub
re-emits each event as a typed Qt signal carrying the :class:`Event` (payload and source).
The main window wires every connection to the hub in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.services import events as ev
from annotator.services.events import Event, EventBus


class Hub(QObject):
    annotationAdded = Signal(object)
    annotationChanged = Signal(object)
    annotationRemoved = Signal(object)
    linkAdded = Signal(object)
    linkChanged = Signal(object)
    linkRemoved = Signal(object)
    answerChanged = Signal(object)
    exerciseChanged = Signal(object)
    tagsChanged = Signal(object)
    annotatorChanged = Signal(object)
    handinsImported = Signal(object)
    saved = Signal(object)
    # View-only signals (not from the bus): ask every view to show one annotation or link.
    focusAnnotation = Signal(object)  # uuid.UUID
    focusLink = Signal(object)  # uuid.UUID
    exerciseOpened = Signal(object)  # ExerciseView, after the window has shown it
    currentAnnotatorChanged = Signal(object)  # uuid.UUID of the person now annotating

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._routes = {
            ev.ANNOTATION_ADDED: self.annotationAdded,
            ev.ANNOTATION_CHANGED: self.annotationChanged,
            ev.ANNOTATION_REMOVED: self.annotationRemoved,
            ev.LINK_ADDED: self.linkAdded,
            ev.LINK_CHANGED: self.linkChanged,
            ev.LINK_REMOVED: self.linkRemoved,
            ev.ANSWER_CHANGED: self.answerChanged,
            ev.EXERCISE_CHANGED: self.exerciseChanged,
            ev.TAGS_CHANGED: self.tagsChanged,
            ev.ANNOTATOR_CHANGED: self.annotatorChanged,
            ev.HANDINS_IMPORTED: self.handinsImported,
            ev.SAVED: self.saved,
        }
        for topic in self._routes:
            bus.subscribe(topic, self._forward)

    def _forward(self, event: Event) -> None:
        self._routes[event.topic].emit(event)
        if event.topic != ev.SAVED and event.topic != ev.HANDINS_IMPORTED:
            self.saved.emit(event)

    def detach(self) -> None:
        for topic in self._routes:
            self._bus.unsubscribe(topic, self._forward)
