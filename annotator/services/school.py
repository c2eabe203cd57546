"""The school server: set up a PostgreSQL database, classes and the accounts to hand out.

Accounts are PostgreSQL login roles with SCRAM-SHA-256 passwords: the app computes the
verifier itself (:mod:`annotator.storage.scram`) and never stores a password anywhere; the
plain password is returned once, for the admin to print and hand out. Each account is linked
to an ``annotator`` row through ``annotator.login``, which the row-level security policies of
:mod:`annotator.storage.server_policies` compare with the logged-in role.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, literal_column, select, text
from sqlalchemy.engine import make_url

from annotator.core.i18n import Texts
from annotator.services.annotators import clean_name
from annotator.services.views import AnnotatorView
from annotator.storage import models as m
from annotator.storage.database import Database, display_url, open_database
from annotator.storage.engine import is_postgresql
from annotator.storage.scram import new_password, scram_verifier
from annotator.storage.server_policies import apply_policies, group_roles, quote_ident

__all__ = [
    "Account",
    "ServerError",
    "ServerSetup",
    "add_class",
    "add_person",
    "init_server",
    "read_class_list",
    "server_identity",
    "set_exercise_for_class",
    "upgrade_server",
]

LOGIN = re.compile(r"^[a-z][a-z0-9._-]{1,62}$")


class ServerText(Texts):
    """The translation context of the school server's messages to its admin."""


class ServerError(Exception):
    """Bad input for a server command: one line for the admin."""


@dataclass(frozen=True)
class Account:
    """What to hand out to one person (the password exists only here, once)."""

    display_name: str
    login: str
    password: str
    role: m.Role
    class_name: str | None


@dataclass(frozen=True)
class ServerSetup:
    url: str
    database: str
    students_role: str
    instructors_role: str
    created_schema: bool
    created_roles: tuple[str, ...]

    def login_url(self, login: str) -> str:
        """The URL a person types in Connect to School Server (no password in it)."""
        url = make_url(self.url).set(username=login, password=None)
        return url.render_as_string(hide_password=False)


def _require_server(url: str) -> None:
    if not is_postgresql(url):
        raise ServerError(f"{display_url(url)}: " + ServerText.tr(
            "a school server is a postgresql:// URL"))


def _tables(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return sorted(inspect(conn).get_table_names())


def _secure(db: Database) -> tuple[str, ...]:
    with db.engine.begin() as conn:
        return tuple(apply_policies(conn, _tables(db)))


def init_server(url: str) -> ServerSetup:
    """Create the schema (through the app's migrations), the group roles and the row-level
    security policies in the empty or existing school database at ``url``."""
    _require_server(url)
    db = open_database(url)
    try:
        created = _secure(db)
        database = make_url(url).database or ""
        students, instructors = group_roles(database)
        return ServerSetup(url, database, students, instructors, db.report.created, created)
    finally:
        db.close()


def upgrade_server(url: str) -> tuple[str | None, str]:
    """Upgrade an older school database to this app's schema (the only way one is
    upgraded), then re-apply the policies; return (old revision or None, new revision)."""
    _require_server(url)
    db = open_database(url, upgrade_server=True)
    try:
        _secure(db)
        from annotator.storage.revisions import head_revision

        return db.report.from_revision, head_revision()
    finally:
        db.close()


def add_class(db: Database, name: str) -> uuid.UUID:
    """The id of the class ``name``, created if it does not exist."""
    cleaned = clean_name(name)
    with db.session() as session:
        row = session.scalars(select(m.SchoolClass).where(m.SchoolClass.name == cleaned)).first()
        if row is None:
            row = m.SchoolClass(name=cleaned)
            session.add(row)
            session.flush()
        return row.id


def _class_id(session: object, name: str) -> uuid.UUID:
    row = session.scalars(  # type: ignore[attr-defined]
        select(m.SchoolClass).where(m.SchoolClass.name == clean_name(name))
    ).first()
    if row is None:
        raise ServerError(ServerText.tr(
            "no class called {name}: add it with 'annotator server add-class'").format(
                name=repr(name)))
    return row.id


def set_exercise_for_class(db: Database, class_name: str, exercise_id: uuid.UUID) -> None:
    """Let the students of ``class_name`` see the exercise (idempotent)."""
    with db.session() as session:
        class_id = _class_id(session, class_name)
        if session.get(m.Exercise, exercise_id) is None:
            raise ServerError(ServerText.tr("no exercise with id {id}").format(id=exercise_id))
        exists = session.scalars(select(m.ClassExercise).where(
            m.ClassExercise.class_id == class_id, m.ClassExercise.exercise_id == exercise_id
        )).first()
        if exists is None:
            session.add(m.ClassExercise(class_id=class_id, exercise_id=exercise_id))


def suggest_login(display_name: str) -> str:
    """``Émile Zola`` -> ``emile.zola``: lower-case ASCII, dots between names."""
    ascii_name = unicodedata.normalize("NFKD", display_name).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_name.lower())
    login = ".".join(parts)[:50] or "student"
    return login if login[0].isalpha() else "s" + login


def _free_login(session: object, wanted: str) -> str:
    taken = session.execute(  # type: ignore[attr-defined]
        text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
        {"p": wanted.replace("_", r"\_").replace("%", r"\%") + "%"},
    ).scalars().all()
    login, n = wanted, 1
    while login in set(taken):
        n += 1
        login = f"{wanted}{n}"
    return login


def add_person(
    db: Database, display_name: str, *, class_name: str | None = None,
    login: str | None = None, role: m.Role = m.Role.STUDENT, password: str | None = None,
) -> Account:
    """Create a login role with a SCRAM password and its annotator row, enrolled in
    ``class_name`` (students) or in the instructors' group (instructors). Needs an admin
    connection (CREATEROLE). A ``login`` given explicitly must be free."""
    if role is m.Role.KEY:
        raise ServerError(ServerText.tr("an answer key is not a person and gets no login"))
    name = clean_name(display_name)
    database = db.engine.url.database or ""
    students, instructors = group_roles(database)
    group = students if role is m.Role.STUDENT else instructors
    password = password or new_password()
    with db.session() as session:
        if login is not None:
            login = login.strip().lower()
            if not LOGIN.match(login):
                raise ServerError(f"{login!r}: " + ServerText.tr(
                    "a login is 2-63 lower-case letters, digits, dots, dashes or underscores, "
                    "starting with a letter"))
            if _free_login(session, login) != login:
                raise ServerError(ServerText.tr(
                    "the login {login} is already taken on this server").format(
                        login=repr(login)))
        else:
            login = _free_login(session, suggest_login(name))
        class_id = _class_id(session, class_name) if class_name else None
        verifier = scram_verifier(password)
        # The verifier is base64 and '$', ':' (no quote can occur); sent as it is, not as a
        # bound parameter (CREATE ROLE takes none).
        session.connection().exec_driver_sql(
            f"CREATE ROLE {quote_ident(login)} LOGIN PASSWORD '{verifier}' "
            f"IN ROLE {quote_ident(group)}"
        )
        person = m.Annotator(display_name=name, role=role, login=login)
        session.add(person)
        session.flush()
        if class_id is not None:
            session.add(m.Enrolment(class_id=class_id, annotator_id=person.id))
    return Account(name, login, password, role, class_name)


def read_class_list(path: Path) -> list[tuple[str, str | None]]:
    """(display name, login or None) per row of a CSV class list.

    The first row is a header naming the columns ``name`` and optionally ``login``
    (any case); a file without such a header is refused with a message naming it.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ServerError(f"{path}: " + ServerText.tr("cannot be read ({reason})").format(
            reason=exc.strerror or exc)) from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ServerError(f"{path}: " + ServerText.tr(
            "not UTF-8 text (save the class list as CSV UTF-8)")) from exc
    try:
        dialect = csv.Sniffer().sniff(content[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    rows = list(csv.reader(io.StringIO(content), dialect))
    if not rows:
        raise ServerError(f"{path}: " + ServerText.tr("the class list is empty"))
    header = [cell.strip().lower() for cell in rows[0]]
    if "name" not in header:
        raise ServerError(f"{path}: " + ServerText.tr(
            "the first row must name the columns (name, login)"))
    name_at = header.index("name")
    login_at = header.index("login") if "login" in header else None
    people: list[tuple[str, str | None]] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= name_at or not row[name_at].strip():
            raise ServerError(f"{path}: " + ServerText.tr("row {row} has no name").format(
                row=number))
        login = row[login_at].strip() if login_at is not None and len(row) > login_at else ""
        people.append((row[name_at].strip(), login or None))
    return people


def server_identity(db: Database) -> AnnotatorView | None:
    """The annotator linked to the role this connection logged in as, if any."""
    if not db.is_server:
        return None
    with db.session() as session:
        row = session.scalars(
            select(m.Annotator).where(m.Annotator.login == literal_column("session_user"))
        ).first()
        return None if row is None else AnnotatorView(row.id, row.display_name, row.role)


def check_login(url: str) -> AnnotatorView | None:
    """Log in to the school server at ``url`` and say who that is (None for an admin
    without a person in the database). Raises :class:`StorageError` (login refused, server
    unreachable, schema too old or too new) with a one-line message."""
    _require_server(url)
    db = open_database(url)
    try:
        return server_identity(db)
    finally:
        db.close()


def login_url(host: str, database: str, login: str, password: str | None = None,
              port: int | None = None) -> str:
    """The ``postgresql://`` URL for these login details (host may be a socket folder)."""
    from sqlalchemy.engine import URL

    query = {}
    if host.startswith("/"):  # a unix socket folder: libpq takes it as host=
        query, host = {"host": host}, ""
    url = URL.create("postgresql", username=login or None, password=password or None,
                     host=host or None, port=port, database=database or None, query=query)
    return url.render_as_string(hide_password=False)
