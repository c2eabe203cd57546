"""Tag sets: list, copy, and edit tags (label, key, colour, shortcut, definition, order).

Tag sets are shared: every exercise using one sees its changes. Each call is one transaction
and publishes ``TAGS_CHANGED`` with the tag set's id. Deleting a tag that annotations use
needs ``merge_into``: those annotations are re-tagged in the same transaction, and the
returned :class:`DeletedTag` records their ids so that undo can tag them back.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from annotator.core.colours import SIMILAR_DELTA_E, delta_e
from annotator.core.i18n import Texts
from annotator.services import events as ev
from annotator.services.events import EventBus
from annotator.services.views import TagView
from annotator.storage import models as m
from annotator.storage.database import Database

# Okabe & Ito (2008), a palette that stays distinct under the common colour-vision deficiencies.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
             "#999999")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class TagSetText(Texts):
    """The translation context of refused tag set edits."""


class TagSetError(ValueError):
    """A tag set edit was refused; the message says why in one line."""


class TagInUseError(TagSetError):
    def __init__(self, label: str, count: int) -> None:
        self.count = count
        super().__init__(TagSetText.tr(
            "%n annotation(s) use the tag {label}; choose a tag to merge them into", "", count
        ).format(label=repr(label)))


@dataclass(frozen=True)
class TagSetSummary:
    id: uuid.UUID
    name: str
    tag_count: int
    exercise_count: int


@dataclass(frozen=True)
class TagSetView:
    id: uuid.UUID
    name: str
    tags: tuple[TagView, ...]

    def tag(self, tag_id: uuid.UUID) -> TagView:
        return next(t for t in self.tags if t.id == tag_id)


@dataclass(frozen=True)
class DeletedTag:
    """A deleted tag and the annotations that were moved to ``merged_into`` (for undo)."""

    tag_set_id: uuid.UUID
    tag: TagView
    merged_into: uuid.UUID | None
    annotation_ids: tuple[uuid.UUID, ...]


def slug(label: str) -> str:
    """A key from a label: lowercase ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:64] or "tag"


def next_colour(used: list[str]) -> str:
    """The first Okabe-Ito colour not yet used and not too like a used one (cycling once
    all are taken)."""
    taken = {c.upper() for c in used}
    free = [c for c in OKABE_ITO if c not in taken]
    apart = [c for c in free if all(_apart(c, u) for u in used)]
    return (apart or free or [OKABE_ITO[len(used) % len(OKABE_ITO)]])[0]


def _apart(colour: str, other: str) -> bool:
    try:
        return delta_e(colour, other) >= SIMILAR_DELTA_E
    except ValueError:
        return True


class TagSetService:
    def __init__(self, db: Database, bus: EventBus) -> None:
        self.db = db
        self.bus = bus

    # -- reading -------------------------------------------------------------------------

    def list_sets(self) -> list[TagSetSummary]:
        tags = select(func.count()).where(m.Tag.tag_set_id == m.TagSet.id).scalar_subquery()
        uses = select(func.count()).where(m.Exercise.tag_set_id == m.TagSet.id).scalar_subquery()
        with self.db.session() as session:
            rows = session.execute(select(m.TagSet, tags, uses).order_by(m.TagSet.name))
            return [TagSetSummary(s.id, s.name, int(n), int(e)) for s, n, e in rows]

    def get(self, tag_set_id: uuid.UUID) -> TagSetView:
        with self.db.session() as session:
            return _view(self._set(session, tag_set_id))

    def usage(self, tag_id: uuid.UUID) -> int:
        """How many annotations use the tag."""
        with self.db.session() as session:
            return _usage(session, tag_id)

    # -- tag sets ------------------------------------------------------------------------

    def create(self, name: str, copy_from: uuid.UUID | None = None) -> TagSetView:
        """A new tag set, empty or with copies (new ids) of another set's tags."""
        name = _clean(name, TagSetText.tr("a tag set needs a name"))
        with self.db.session() as session:
            source = None if copy_from is None else self._set(session, copy_from)
            tag_set = new_tag_set(session, name, source)
            view = _view(tag_set)
        self._changed(view.id)
        return view

    def rename(self, tag_set_id: uuid.UUID, name: str) -> str:
        """Rename the set; return the old name."""
        name = _clean(name, TagSetText.tr("a tag set needs a name"))
        with self.db.session() as session:
            tag_set = self._set(session, tag_set_id)
            old, tag_set.name = tag_set.name, name
        self._changed(tag_set_id)
        return old

    # -- tags ----------------------------------------------------------------------------

    def add_tag(
        self, tag_set_id: uuid.UUID, label: str, *, key: str | None = None,
        colour: str | None = None, shortcut: str = "", definition: str = "",
        position: int | None = None, tag_id: uuid.UUID | None = None,
    ) -> TagView:
        """Add a tag (at the end unless ``position``); key and colour are chosen if omitted."""
        label = _clean(label, TagSetText.tr("a tag needs a label"))
        with self.db.session() as session:
            tag_set = self._set(session, tag_set_id)
            keys = {t.key for t in tag_set.tags}
            if key is None:
                key, base, n = slug(label), slug(label), 2
                while key in keys:
                    key, n = f"{base}-{n}", n + 1
            key = _check_key(key, keys)
            colour = _check_colour(colour or next_colour([t.colour for t in tag_set.tags]))
            tag = m.Tag(key=key, label=label, colour=colour, shortcut=shortcut.strip(),
                        definition=definition.strip())
            if tag_id is not None:
                tag.id = tag_id
            tags = list(tag_set.tags)
            tags.insert(len(tags) if position is None else max(0, position), tag)
            _renumber(tag_set, tags)
            session.flush()
            view = TagView.of(tag)
        self._changed(tag_set_id)
        return view

    def update_tag(
        self, tag_id: uuid.UUID, *, label: str | None = None, key: str | None = None,
        colour: str | None = None, shortcut: str | None = None, definition: str | None = None,
    ) -> tuple[TagView, TagView]:
        """Change some fields of a tag; return it before and after."""
        with self.db.session() as session:
            tag = self._tag(session, tag_id)
            before = TagView.of(tag)
            if label is not None:
                tag.label = _clean(label, TagSetText.tr("a tag needs a label"))
            if key is not None and key != tag.key:
                tag.key = _check_key(key, {t.key for t in tag.tag_set.tags if t.id != tag.id})
            if colour is not None:
                tag.colour = _check_colour(colour)
            if shortcut is not None:
                tag.shortcut = shortcut.strip()
            if definition is not None:
                tag.definition = definition.strip()
            session.flush()
            after, set_id = TagView.of(tag), tag.tag_set_id
        self._changed(set_id)
        return before, after

    def move_tag(self, tag_id: uuid.UUID, position: int) -> int:
        """Move the tag to ``position`` (0-based, clamped); return its old position."""
        with self.db.session() as session:
            tag = self._tag(session, tag_id)
            tags = list(tag.tag_set.tags)
            old = tags.index(tag)
            tags.remove(tag)
            tags.insert(max(0, min(position, len(tags))), tag)
            _renumber(tag.tag_set, tags)
            set_id = tag.tag_set_id
        self._changed(set_id)
        return old

    def delete_tag(self, tag_id: uuid.UUID, merge_into: uuid.UUID | None = None) -> DeletedTag:
        """Delete a tag; annotations using it must be merged into another tag of the set."""
        with self.db.session() as session:
            tag = self._tag(session, tag_id)
            used = list(session.scalars(select(m.Annotation.id).where(m.Annotation.tag_id ==
                                                                        tag_id)))
            if merge_into is not None:
                target = self._tag(session, merge_into)
                if target.tag_set_id != tag.tag_set_id or target.id == tag.id:
                    raise TagSetError(TagSetText.tr(
                        "a tag can only be merged into another tag of its set"))
            elif used:
                raise TagInUseError(tag.label, len(used))
            if used:
                session.execute(update(m.Annotation).where(m.Annotation.id.in_(used))
                                .values(tag_id=merge_into))
            deleted = DeletedTag(tag.tag_set_id, TagView.of(tag), merge_into if used else None,
                                 tuple(used))
            tag_set = tag.tag_set
            tags = [t for t in tag_set.tags if t.id != tag_id]
            session.delete(tag)
            _renumber(tag_set, tags)
        self._changed(deleted.tag_set_id)
        return deleted

    def restore_tag(self, deleted: DeletedTag) -> TagView:
        """Undo a delete: the tag comes back with its id and position, merged annotations too."""
        t = deleted.tag
        with self.db.session() as session:
            tag_set = self._set(session, deleted.tag_set_id)
            _check_key(t.key, {x.key for x in tag_set.tags})
            tag = m.Tag(id=t.id, key=t.key, label=t.label, colour=t.colour, shortcut=t.shortcut,
                        definition=t.definition)
            tags = list(tag_set.tags)
            tags.insert(min(t.position, len(tags)), tag)
            _renumber(tag_set, tags)
            session.flush()
            if deleted.annotation_ids:
                session.execute(update(m.Annotation)
                                .where(m.Annotation.id.in_(deleted.annotation_ids))
                                .values(tag_id=t.id))
            view = TagView.of(tag)
        self._changed(deleted.tag_set_id)
        return view

    # -- helpers -------------------------------------------------------------------------

    def _changed(self, tag_set_id: uuid.UUID) -> None:
        self.bus.publish(ev.TAGS_CHANGED, tag_set_id)

    @staticmethod
    def _set(session: Session, tag_set_id: uuid.UUID) -> m.TagSet:
        tag_set = session.get(m.TagSet, tag_set_id)
        if tag_set is None:
            raise TagSetError(TagSetText.tr("no tag set with id {id}").format(id=tag_set_id))
        return tag_set

    @staticmethod
    def _tag(session: Session, tag_id: uuid.UUID) -> m.Tag:
        tag = session.get(m.Tag, tag_id)
        if tag is None:
            raise TagSetError(TagSetText.tr("no tag with id {id}").format(id=tag_id))
        return tag


def new_tag_set(session: Session, name: str, source: m.TagSet | None = None) -> m.TagSet:
    """A new tag set in ``session``, empty or with copies (new ids) of ``source``'s tags."""
    tag_set = m.TagSet(name=name)
    for t in source.tags if source is not None else []:
        tag_set.tags.append(m.Tag(key=t.key, label=t.label, colour=t.colour,
                                  shortcut=t.shortcut, definition=t.definition,
                                  position=t.position))
    session.add(tag_set)
    session.flush()
    return tag_set


def _view(tag_set: m.TagSet) -> TagSetView:
    return TagSetView(tag_set.id, tag_set.name, tuple(TagView.of(t) for t in tag_set.tags))


def _usage(session: Session, tag_id: uuid.UUID) -> int:
    query = select(func.count()).select_from(m.Annotation).where(m.Annotation.tag_id == tag_id)
    return int(session.scalar(query) or 0)


def _renumber(tag_set: m.TagSet, tags: list[m.Tag]) -> None:
    tag_set.tags = tags
    for position, tag in enumerate(tags):
        tag.position = position


def _clean(text: str, message: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise TagSetError(message)
    return cleaned


def _check_key(key: str, taken: set[str]) -> str:
    key = key.strip()
    if not key or len(key) > 64:
        raise TagSetError(TagSetText.tr("a tag key is 1 to 64 characters"))
    if key in taken:
        raise TagSetError(TagSetText.tr(
            "another tag in this set already has the key {key}").format(key=repr(key)))
    return key


def _check_colour(colour: str) -> str:
    if not _COLOUR.match(colour.strip()):
        raise TagSetError(TagSetText.tr(
            "{colour} is not a colour of the form #rrggbb").format(colour=repr(colour)))
    return colour.strip().upper()
