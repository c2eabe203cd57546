"""Roles, privileges and row-level security for a school server (PostgreSQL only).

Each school database gets two group roles, named after the database so that several schools
(or test databases) can share one PostgreSQL cluster:

* ``<db>_students``: may read the exercises set for their classes (articles, questions, tag
  sets) and read and write only their own annotations, links, answers and hand-ins;
* ``<db>_instructors``: may read and write every row (review, import hand-ins, author).

Student and instructor logins are members of one of them. The admin who ran
``annotator server init`` owns the tables and is not subject to the policies.

Who a student is comes from ``session_user`` (the role they logged in as) matched against
``annotator.login``, through two ``SECURITY DEFINER`` functions so that the policies do not
recurse through each other. :func:`apply_policies` is idempotent: ``server init`` and
``server upgrade`` both run it, so a new table never stays open.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

__all__ = ["GROUP_SUFFIXES", "apply_policies", "group_roles", "quote_ident"]

GROUP_SUFFIXES = ("_students", "_instructors")

# Tables a student may write (their own rows only); every other table is read-only to them.
STUDENT_WRITES = ("annotation", "link", "answer", "orphan_annotation", "handin",
                  "handin_attempt")

# The policy for students, per table: (command, USING, WITH CHECK or None).
_MINE = "annotator_id = annotator_me()"
_MY_ARTICLE = "article_id IN (SELECT annotator_my_articles())"
STUDENT_POLICIES: dict[str, tuple[str, str, str | None]] = {
    "tag_set": ("SELECT", "id IN (SELECT tag_set_id FROM exercise)", None),
    "tag": ("SELECT", "tag_set_id IN (SELECT tag_set_id FROM exercise)", None),
    "exercise": ("SELECT", "id IN (SELECT annotator_my_exercises())", None),
    "article": ("SELECT", "exercise_id IN (SELECT annotator_my_exercises())", None),
    "question": ("SELECT", "exercise_id IN (SELECT annotator_my_exercises())", None),
    "annotator": ("SELECT", "id = annotator_me()", None),
    "annotation": ("ALL", _MINE, f"{_MINE} AND {_MY_ARTICLE}"),
    "orphan_annotation": ("ALL", _MINE, f"{_MINE} AND {_MY_ARTICLE}"),
    "answer": ("ALL", _MINE, f"{_MINE} AND {_MY_ARTICLE}"),
    "link": (
        "ALL",
        "source_id IN (SELECT id FROM annotation)",
        "source_id IN (SELECT id FROM annotation) AND target_id IN (SELECT id FROM annotation)",
    ),
    "handin": ("ALL", _MINE,
               f"{_MINE} AND exercise_id IN (SELECT annotator_my_exercises())"),
    # a student's own hand-in attempts, with the feedback returned for them
    "handin_attempt": ("ALL", _MINE,
                       f"{_MINE} AND exercise_id IN (SELECT annotator_my_exercises())"),
    # feedback the instructor released to this student, read-only (never written by them)
    "released_feedback": ("SELECT", _MINE, None),
    # the instructor's comments on this student's work, read-only
    "instructor_comment": ("SELECT", "student_id = annotator_me()", None),
    "school_class": ("SELECT", "id IN (SELECT class_id FROM enrolment)", None),
    "enrolment": ("SELECT", _MINE, None),
    "class_exercise": ("SELECT", "class_id IN (SELECT class_id FROM enrolment)", None),
}

_FUNCTIONS = """
CREATE OR REPLACE FUNCTION annotator_me() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT id FROM annotator WHERE login = session_user $$;

CREATE OR REPLACE FUNCTION annotator_my_exercises() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT ce.exercise_id FROM class_exercise ce JOIN enrolment e ON e.class_id = ce.class_id
   WHERE e.annotator_id = annotator_me() $$;

CREATE OR REPLACE FUNCTION annotator_my_articles() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT a.id FROM article a WHERE a.exercise_id IN (SELECT annotator_my_exercises()) $$;
"""

_IDENT = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def quote_ident(name: str) -> str:
    """A PostgreSQL identifier, double-quoted (names here are checked, but quoted anyway)."""
    return '"' + name.replace('"', '""') + '"'


def group_roles(database: str) -> tuple[str, str]:
    """The (students, instructors) group role names for the database ``database``."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[:40]
    if not _IDENT.match(base):
        base = "db_" + base
    students, instructors = (base + suffix for suffix in GROUP_SUFFIXES)
    return students, instructors


def _ensure_group(conn: Connection, role: str) -> bool:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if exists is None:
        conn.execute(text(f"CREATE ROLE {quote_ident(role)} NOLOGIN"))
        return True
    return False


def apply_policies(conn: Connection, tables: list[str]) -> list[str]:
    """Create the group roles (if missing), grant privileges and (re)create every policy on
    ``tables``; return the group roles created now. Runs in the caller's transaction."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    students, instructors = group_roles(str(database))
    created = [r for r in (students, instructors) if _ensure_group(conn, r)]
    s, i = quote_ident(students), quote_ident(instructors)
    conn.execute(text(f"GRANT CONNECT ON DATABASE {quote_ident(str(database))} TO {s}, {i}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {s}, {i}"))
    conn.execute(text(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {s}, {i}"))
    conn.execute(text(_FUNCTIONS))
    for fn in ("annotator_me()", "annotator_my_exercises()", "annotator_my_articles()"):
        conn.execute(text(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC"))
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {fn} TO {s}, {i}"))
    conn.execute(text(f"GRANT SELECT ON alembic_version TO {s}, {i}"))
    for table in tables:
        if table == "alembic_version":
            continue
        t = quote_ident(table)
        conn.execute(text(f"REVOKE ALL ON {t} FROM PUBLIC, {s}, {i}"))
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {i}"))
        conn.execute(text(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"))
        for policy in ("students", "instructors"):
            conn.execute(text(f"DROP POLICY IF EXISTS {policy} ON {t}"))
        conn.execute(text(
            f"CREATE POLICY instructors ON {t} FOR ALL TO {i} USING (true) WITH CHECK (true)"
        ))
        if table not in STUDENT_POLICIES:
            continue  # a table the students have no business with: no grant, no policy
        command, using, check = STUDENT_POLICIES[table]
        writes = ", INSERT, UPDATE, DELETE" if table in STUDENT_WRITES else ""
        conn.execute(text(f"GRANT SELECT{writes} ON {t} TO {s}"))
        clause = f" WITH CHECK ({check})" if check else ""
        conn.execute(text(
            f"CREATE POLICY students ON {t} FOR {command} TO {s} USING ({using}){clause}"
        ))
    return created
