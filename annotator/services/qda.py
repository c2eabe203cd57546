"""A class's work as a REFI-QDA project (``.qdpx``) and back.

Export: the exercise's articles, tag set, every annotator with work on it (students and the
answer key), their annotations, notes and links (see :mod:`annotator.exchange.refiqda`).

Import: a ``.qdpx`` from the app or from a QDA tool (QualCoder, MAXQDA, ATLAS.ti, NVivo) into
an exercise of this database, in one transaction, after a backup. Text sources are matched
to articles by GUID, then by text, then by title; codes to tags by GUID, then by label or
key; users to annotators by GUID, else a new student of that name. Each coder's earlier
annotations on the exercise are replaced by what the file holds for them (as re-importing a
hand-in does). A selection on a text that differs from the article (another tool's copy with
other line ends, say) is re-anchored by its quote; one that cannot be placed is kept as an
orphan, so nothing a coder did is lost. A bad file changes nothing.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

import annotator
from annotator.core.anchoring import reanchor
from annotator.core.i18n import Texts
from annotator.core.text import normalise_text, quote_context
from annotator.exchange.errors import ExchangeError
from annotator.exchange.refiqda import (
    QdaCode,
    QdaLink,
    QdaProject,
    QdaSelection,
    QdaSource,
    QdaUser,
    write_qdpx,
)
from annotator.exchange.refiqda_read import read_qdpx
from annotator.services.maintenance import backup_before
from annotator.services.not_found import NotFoundText
from annotator.storage import models as m
from annotator.storage.database import Database
from annotator.storage.errors import BackupError, StorageError
from annotator.storage.types import utcnow

__all__ = ["QdaImportResult", "QdaText", "build_project", "export_qdpx", "import_qdpx"]

# The answer key travels as a user whose name ends with this; a new user so named is
# imported as an answer key.
_KEY_MARK = " (answer key)"


class QdaText(Texts):
    """The translation context of REFI-QDA imports and exports (file name in front)."""


# Why selections were skipped: the keys of ``QdaImportResult.skipped`` (data, English).
NO_SOURCE = "text source not in the exercise"
NO_CODE = "code not in the exercise's tag set"


def _reason(reason: str) -> str:
    if reason == NO_SOURCE:
        return QdaText.tr("text source not in the exercise")
    if reason == NO_CODE:
        return QdaText.tr("code not in the exercise's tag set")
    return reason


@dataclass(frozen=True)
class QdaImportResult:
    """What an import did, for the summary line."""

    file: Path
    users: int = 0
    imported: int = 0
    reanchored: int = 0
    orphaned: int = 0
    links: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> selections
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem

    def summary(self) -> str:
        if self.problem:
            return QdaText.tr("not imported: {problem}").format(problem=self.problem)
        parts = [QdaText.tr("{selections} from {coders} imported").format(
            selections=QdaText.tr("%n selection(s)", "", self.imported),
            coders=QdaText.tr("%n coder(s)", "", self.users))]
        if self.reanchored:
            parts.append(QdaText.tr("%n re-anchored to the article text", "", self.reanchored))
        if self.orphaned:
            parts.append(QdaText.tr("%n kept as orphan(s)", "", self.orphaned))
        if self.links:
            parts.append(QdaText.tr("%n link(s)", "", self.links))
        parts += [QdaText.tr("%n skipped ({reason})", "", n).format(reason=_reason(reason))
                  for reason, n in sorted(self.skipped.items())]
        return "; ".join(parts)


def _exercise(session: Session, exercise_id: uuid.UUID) -> m.Exercise:
    row = session.get(m.Exercise, exercise_id)
    if row is None:
        raise LookupError(NotFoundText.tr("no exercise with id {id}").format(id=exercise_id))
    return row


def _provenance(article: m.Article) -> str:
    fields = (("Outlet", article.outlet), ("Author", article.author),
              ("Published", article.published), ("URL", article.url),
              ("Language", article.language))
    return "\n".join(f"{name}: {value}" for name, value in fields if value)


def build_project(session: Session, exercise_id: uuid.UUID) -> QdaProject:
    """The exercise and everyone's work on it as plain REFI-QDA data."""
    exercise = _exercise(session, exercise_id)
    articles = list(exercise.articles)
    order = {a.id: a.position for a in articles}
    rows = sorted(
        session.scalars(select(m.Annotation).where(m.Annotation.article_id.in_(list(order)))),
        key=lambda a: (order[a.article_id], a.start, a.end, str(a.annotator_id), str(a.id)),
    )
    ids = {a.id for a in rows}
    links = sorted((k for k in session.scalars(select(m.Link).where(m.Link.source_id.in_(ids)))
                    if k.target_id in ids), key=lambda k: str(k.id))
    people = {a.annotator_id for a in rows}
    users = sorted((session.get(m.Annotator, p) for p in people),
                   key=lambda u: (u is None or u.role != m.Role.KEY, u and u.display_name,
                                  str(u and u.id)))
    return QdaProject(
        name=exercise.title,
        origin=f"Source Annotator {annotator.__version__}",
        description=exercise.instructions,
        created=utcnow(),
        users=tuple(QdaUser(u.id, u.display_name + (_KEY_MARK if u.role == m.Role.KEY else ""))
                    for u in users if u),
        codes=tuple(QdaCode(t.id, t.label, t.colour, t.definition)
                    for t in exercise.tag_set.tags),
        sources=tuple(QdaSource(a.id, a.title, a.text, _provenance(a)) for a in articles),
        selections=tuple(QdaSelection(a.id, a.article_id, a.start, a.end, a.tag_id,
                                      a.annotator_id, a.created, a.modified, a.note)
                         for a in rows),
        links=tuple(QdaLink(k.id, str(k.kind), k.source_id, k.target_id,
                            k.kind == m.LinkKind.SAME_CLAIM, k.note) for k in links),
    )


def export_qdpx(db: Database, exercise_id: uuid.UUID, path: str | os.PathLike[str]) -> QdaProject:
    """Write the class's work on the exercise as a ``.qdpx`` (raises ``ExchangeError``)."""
    with db.session() as session:
        try:
            project = build_project(session, exercise_id)
        except LookupError as exc:
            raise ExchangeError(path, QdaText.tr("nothing written, {reason}").format(
                reason=exc)) from None
    write_qdpx(path, project)
    return project


# --- import ------------------------------------------------------------------------------


def _match_sources(project: QdaProject, articles: list[m.Article]) -> dict[uuid.UUID, m.Article]:
    by_id = {a.id: a for a in articles}
    by_text = {a.text: a for a in articles}
    by_title = {a.title.strip().casefold(): a for a in articles if a.title.strip()}
    found = {}
    for source in project.sources:
        article = (by_id.get(source.id) or by_text.get(normalise_text(source.text))
                   or by_title.get(source.name.strip().casefold()))
        if article is not None:
            found[source.id] = article
    return found


def _match_codes(project: QdaProject, tags: list[m.Tag]) -> dict[uuid.UUID, m.Tag]:
    by_id = {t.id: t for t in tags}
    by_name = {t.label.strip().casefold(): t for t in tags}
    by_name.update({t.key.strip().casefold(): t for t in tags if t.key.strip().casefold()
                    not in by_name})
    found = {}
    for code in project.codes:
        tag = by_id.get(code.id) or by_name.get(code.name.strip().casefold())
        if tag is not None:
            found[code.id] = tag
    return found


def _coders(session: Session, project: QdaProject, needed: set[uuid.UUID | None],
            file: str) -> dict[uuid.UUID | None, m.Annotator]:
    names = {u.id: u.name for u in project.users}
    result: dict[uuid.UUID | None, m.Annotator] = {}
    for user_id in sorted(needed, key=str):
        key = user_id or uuid.uuid5(uuid.NAMESPACE_URL, f"qdpx-unknown-coder/{file}")
        row = session.get(m.Annotator, key)
        if row is None:
            name = names.get(user_id, "") if user_id else ""
            role = m.Role.KEY if name.endswith(_KEY_MARK) else m.Role.STUDENT
            name = name.removesuffix(_KEY_MARK).strip() or QdaText.tr(
                "Coder from {file}").format(file=file)
            row = m.Annotator(id=key, display_name=name[:200], role=role)
            session.add(row)
        result[user_id] = row
    return result


def _place(source: QdaSource, article: m.Article, s: QdaSelection) -> tuple[int, int] | None:
    if source.text == article.text:
        return s.start, s.end
    prefix, exact, suffix = quote_context(source.text, s.start, s.end)
    anchor = reanchor(article.text, normalise_text(exact) or exact, prefix, suffix,
                      s.start, s.end)
    return None if anchor is None else (anchor.start, anchor.end)


def _store(session: Session, project: QdaProject, exercise: m.Exercise,
           file: Path) -> QdaImportResult:
    articles = list(exercise.articles)
    sources = {s.id: s for s in project.sources}
    placed_in = _match_sources(project, articles)
    tags = _match_codes(project, list(exercise.tag_set.tags))
    skipped: Counter[str] = Counter()
    usable = []
    for s in project.selections:
        if s.source_id not in placed_in:
            skipped[NO_SOURCE] += 1
        elif s.code_id not in tags:
            skipped[NO_CODE] += 1
        else:
            usable.append(s)
    coders = _coders(session, project, {s.user_id for s in usable}, file.name)
    article_ids = [a.id for a in articles]
    for coder in coders.values():  # replace each coder's earlier work on this exercise
        for table in (m.Annotation, m.OrphanAnnotation):
            session.execute(delete(table)
                            .where(table.annotator_id == coder.id,
                                   table.article_id.in_(article_ids))
                            .execution_options(synchronize_session=False))
    session.flush()
    taken = set(session.scalars(select(m.Annotation.id).where(
        m.Annotation.id.in_([s.id for s in usable]))))
    imported = reanchored = orphaned = 0
    stored: set[uuid.UUID] = set()
    for s in usable:
        article, tag, coder = placed_in[s.source_id], tags[s.code_id], coders[s.user_id]
        span = _place(sources[s.source_id], article, s)
        created, modified = s.created or utcnow(), s.modified or s.created or utcnow()
        if span is None:
            prefix, exact, suffix = quote_context(sources[s.source_id].text, s.start, s.end)
            session.add(m.OrphanAnnotation(
                article_id=article.id, annotator_id=coder.id, exact=exact, prefix=prefix[-32:],
                suffix=suffix[:32], tag_id=tag.id, note=s.note, original_start=s.start,
                original_end=s.end, created=created, modified=modified))
            orphaned += 1
            continue
        reanchored += span != (s.start, s.end)
        prefix, exact, suffix = quote_context(article.text, *span)
        annotation_id = s.id if s.id not in taken and s.id not in stored else uuid.uuid4()
        session.add(m.Annotation(
            id=annotation_id, article_id=article.id, annotator_id=coder.id, start=span[0],
            end=span[1], exact=exact, prefix=prefix, suffix=suffix, tag_id=tag.id,
            note=s.note, created=created, modified=modified))
        stored.add(annotation_id)
        imported += 1
    session.flush()
    links = 0
    seen_links: set[tuple[uuid.UUID, uuid.UUID, str]] = set()
    for link in project.links:
        kind = link.name.strip().lower().replace(" ", "_")
        key = (link.origin_id, link.target_id, kind)
        if (kind in {k.value for k in m.LinkKind} and link.origin_id in stored
                and link.target_id in stored and link.origin_id != link.target_id
                and key not in seen_links):
            seen_links.add(key)
            session.add(m.Link(source_id=link.origin_id, target_id=link.target_id,
                               kind=m.LinkKind(kind), note=link.note))
            links += 1
    return QdaImportResult(file, len(coders), imported, reanchored, orphaned, links,
                           dict(skipped))


def import_qdpx(db: Database, path: str | os.PathLike[str],
                exercise_id: uuid.UUID) -> QdaImportResult:
    """Import the ``.qdpx`` at ``path`` into the exercise, in one transaction.

    Never raises for a bad file or a failed write: the result's ``problem`` says what went
    wrong (one line naming the file), and the database is then exactly as it was.
    """
    file = Path(path)
    try:
        project = read_qdpx(file)
    except ExchangeError as exc:
        return QdaImportResult(file, problem=str(exc))
    try:
        backup_before(db, "before-qdpx-import")
    except BackupError as exc:
        return QdaImportResult(file, problem=f"{file.name}: " + QdaText.tr(
            "not imported, because no backup could be made first ({reason})").format(
            reason=exc))
    try:
        with db.session() as session:
            exercise = _exercise(session, exercise_id)
            return _store(session, project, exercise, file)
    except LookupError as exc:
        return QdaImportResult(file, problem=f"{file.name}: {exc}")
    except StorageError as exc:
        return QdaImportResult(file, problem=f"{file.name}: " + QdaText.tr(
            "not imported ({reason})").format(reason=exc))
