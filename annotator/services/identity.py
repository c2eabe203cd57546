"""Whose work a database holds, and other facts remembered with the database itself.

Who the student is belongs to the work, not to a settings file: a database copied to
another laptop (or opened with a fresh config folder, or with ``--db``) continues as the
same person. The database records its owner annotator in ``database_info``; an older
database without an owner is continued as its one local student, and one with several asks
"which of these are you?" (see gui/workspace/identity_flow.py). Students whose work came in
as imported hand-ins are never candidates: they are the instructor's class, not the owner.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from annotator.services.annotators import _view, clean_name
from annotator.services.views import AnnotatorView
from annotator.storage import models as m
from annotator.storage.database import Database

OWNER = "owner_annotator_id"
INSTRUCTOR_MODE = "instructor_mode"


def get_info(db: Database, key: str, default: str = "") -> str:
    with db.session() as session:
        row = session.get(m.DatabaseInfo, key)
        return default if row is None else row.value


def set_info(db: Database, key: str, value: str) -> None:
    with db.session() as session:
        row = session.get(m.DatabaseInfo, key)
        if row is None:
            session.add(m.DatabaseInfo(key=key, value=value))
        else:
            row.value = value


def owner(db: Database) -> AnnotatorView | None:
    """The person whose work this database is, if recorded and still present."""
    try:
        owner_id = uuid.UUID(get_info(db, OWNER))
    except ValueError:
        return None
    with db.session() as session:
        row = session.get(m.Annotator, owner_id)
        return None if row is None else _view(row)


def set_owner(db: Database, annotator_id: uuid.UUID) -> None:
    set_info(db, OWNER, str(annotator_id))


def local_people(db: Database) -> list[AnnotatorView]:
    """Students created on a computer that used this database (not imported hand-ins)."""
    imported = select(m.Handin.annotator_id)
    query = (
        select(m.Annotator)
        .where(m.Annotator.role == m.Role.STUDENT, m.Annotator.id.not_in(imported))
        .order_by(m.Annotator.display_name, m.Annotator.created)
    )
    with db.session() as session:
        return [_view(row) for row in session.scalars(query)]


def namesakes(db: Database, name: str, *, besides: uuid.UUID | None = None) -> list[AnnotatorView]:
    """Annotators already called ``name`` (case and spacing ignored)."""
    wanted = clean_name(name).casefold()
    with db.session() as session:
        rows = session.scalars(select(m.Annotator).order_by(m.Annotator.created))
        return [_view(r) for r in rows
                if " ".join(r.display_name.split()).casefold() == wanted and r.id != besides]


def instructor_mode(db: Database) -> bool:
    """Whether the instructor's menus are shown for this database: as last chosen; before any
    choice, on for a database that already holds imported hand-ins or an answer key. On a
    school server the login decides: a student's is off, an instructor's or admin's on."""
    if db.is_server:
        from annotator.services.school import server_identity

        person = server_identity(db)
        return person is None or person.role != m.Role.STUDENT
    chosen = get_info(db, INSTRUCTOR_MODE)
    if chosen:
        return chosen == "1"
    with db.session() as session:
        handins = session.scalars(select(m.Handin.id).limit(1)).first()
        key = session.scalars(
            select(m.Annotator.id).where(m.Annotator.role == m.Role.KEY).limit(1)).first()
    return handins is not None or key is not None


def set_instructor_mode(db: Database, on: bool) -> None:
    if db.is_server:  # the login decides there (instructor_mode); nothing to remember
        return
    set_info(db, INSTRUCTOR_MODE, "1" if on else "0")
