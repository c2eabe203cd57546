"""The people whose markups the database holds: students, instructors and answer keys."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from annotator.core.i18n import Texts
from annotator.core.text import without_nul
from annotator.services.events import ANNOTATOR_CHANGED, EventBus
from annotator.services.not_found import NotFoundText
from annotator.services.views import AnnotatorView
from annotator.storage import models as m
from annotator.storage.database import Database

MAX_NAME = 200


class AnnotatorText(Texts):
    """The translation context of refused names."""


def clean_name(name: str) -> str:
    """Collapse whitespace; refuse an empty name. Names are shown as plain text only."""
    cleaned = " ".join(without_nul(name).split())[:MAX_NAME]
    if not cleaned:
        raise ValueError(AnnotatorText.tr("a name cannot be empty"))
    return cleaned


def _view(row: m.Annotator) -> AnnotatorView:
    return AnnotatorView(row.id, row.display_name, row.role)


def create_annotator(
    db: Database, display_name: str, role: m.Role = m.Role.STUDENT, bus: EventBus | None = None
) -> AnnotatorView:
    with db.session() as session:
        row = m.Annotator(display_name=clean_name(display_name), role=role)
        session.add(row)
        session.flush()
        view = _view(row)
    if bus is not None:
        bus.publish(ANNOTATOR_CHANGED, view)
    return view


def get_annotator(db: Database, annotator_id: uuid.UUID) -> AnnotatorView | None:
    with db.session() as session:
        row = session.get(m.Annotator, annotator_id)
        return None if row is None else _view(row)


def rename_annotator(
    db: Database, annotator_id: uuid.UUID, display_name: str, bus: EventBus | None = None
) -> AnnotatorView:
    with db.session() as session:
        row = session.get(m.Annotator, annotator_id)
        if row is None:
            raise LookupError(NotFoundText.tr("no annotator with id {id}").format(id=annotator_id))
        row.display_name = clean_name(display_name)
        view = _view(row)
    if bus is not None:
        bus.publish(ANNOTATOR_CHANGED, view)
    return view


def list_annotators(db: Database, role: m.Role | None = None) -> list[AnnotatorView]:
    query = select(m.Annotator).order_by(m.Annotator.display_name, m.Annotator.created)
    if role is not None:
        query = query.where(m.Annotator.role == role)
    with db.session() as session:
        return [_view(row) for row in session.scalars(query)]
