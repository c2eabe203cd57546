"""Reading a ``.qdpx`` from any QDA tool, defensively, into :class:`QdaProject` data.

The zip is opened with :mod:`annotator.exchange.safezip` (size caps, no path tricks, nothing
extracted): first only ``project.qde``, then the plain-text files of the text sources it
names. The XML is parsed without DTDs, entities or network access. Only what the app can use
is read: users, codable codes (a code tree is flattened), text sources with their
``PlainTextSelection``s (one selection coded twice becomes two), notes on selections and
links between selections. Pictures, PDFs, audio and video are skipped.

A problem gives :class:`QdpxError` with one line naming the file; nothing is half-read.
"""

from __future__ import annotations

import os
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from annotator.core.i18n import Texts
from annotator.exchange.errors import ExchangeError
from annotator.exchange.refiqda import (
    NAMESPACE,
    PROJECT_MEMBER,
    QdaCode,
    QdaLink,
    QdaProject,
    QdaSelection,
    QdaSource,
    QdaUser,
    derived_id,
)
from annotator.exchange.safezip import read_members

__all__ = ["QdpxError", "QdpxText", "read_qdpx"]

MAX_XML_BYTES = 50 * 1024 * 1024
# The file may hold pictures, PDFs or recordings the app skips; only what it reads counts
# against the smaller caps of each member.
MAX_FILE_BYTES = 1024 * 1024 * 1024
_INTERNAL = re.compile(r"internal://([^/\\]+)")
_Q = f"{{{NAMESPACE}}}"


class QdpxText(Texts):
    """The translation context of refused REFI-QDA projects (the file name stays in front)."""


class QdpxError(ExchangeError):
    """A ``.qdpx`` file could not be read."""


def _what(kind: str) -> str:
    """The element a GUID belongs to, in the language of the messages."""
    if kind == "code":
        return QdpxText.tr("a code")
    if kind == "user":
        return QdpxText.tr("a user")
    if kind == "link":
        return QdpxText.tr("a link")
    if kind == "selection":
        return QdpxText.tr("a selection")
    return QdpxText.tr("a text source")


def _guid(value: str | None, file: str, kind: str) -> uuid.UUID:
    try:
        return uuid.UUID((value or "").strip().strip("{}"))
    except ValueError:
        raise QdpxError(file, QdpxText.tr("{what} has no valid GUID ({value})").format(
            what=_what(kind), value=repr((value or "")[:40]))) from None


def _maybe_guid(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID((value or "").strip().strip("{}")) if value else None
    except ValueError:
        return None


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _int(value: str | None, file: str, selection_id: uuid.UUID) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        raise QdpxError(file, QdpxText.tr(
            "selection {id} has no whole-number position ({value})").format(
            id=selection_id, value=repr(value))) from None


def _parse(data: bytes, file: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        reason = " ".join(str(exc.msg).split())  # libxml2 messages may end in a line break
        raise QdpxError(file, QdpxText.tr(
            "project.qde is not well-formed XML ({reason})").format(reason=reason)) from None
    if root.tag != f"{_Q}Project":
        raise QdpxError(file, QdpxText.tr(
            "project.qde is not a REFI-QDA project (no Project element in the namespace "
            "{namespace})").format(namespace=NAMESPACE))
    return root


def _codes(root: etree._Element, file: str) -> tuple[QdaCode, ...]:
    codes = []
    for code in root.iterfind(f"{_Q}CodeBook/{_Q}Codes//{_Q}Code"):
        if code.get("isCodable", "true").strip().lower() in ("false", "0"):
            continue
        description = code.findtext(f"{_Q}Description") or ""
        codes.append(QdaCode(_guid(code.get("guid"), file, "code"), code.get("name", ""),
                             code.get("color", ""), description))
    return tuple(codes)


def _notes(root: etree._Element) -> dict[uuid.UUID, str]:
    notes = {}
    for note in root.iterfind(f"{_Q}Notes/{_Q}Note"):
        note_id = _maybe_guid(note.get("guid"))
        if note_id is not None:
            notes[note_id] = note.findtext(f"{_Q}PlainTextContent") or ""
    return notes


def _note_text(element: etree._Element, notes: dict[uuid.UUID, str]) -> str:
    texts = []
    for ref in element.iterfind(f"{_Q}NoteRef"):
        found = notes.get(_maybe_guid(ref.get("targetGUID")) or uuid.UUID(int=0))
        if found:
            texts.append(found)
    return "\n\n".join(texts)


def _text_paths(root: etree._Element, file: str) -> dict[uuid.UUID, str]:
    """Zip members holding the plain text of sources without inline content."""
    paths = {}
    for source in root.iterfind(f"{_Q}Sources/{_Q}TextSource"):
        if source.find(f"{_Q}PlainTextContent") is not None:
            continue
        found = _INTERNAL.fullmatch((source.get("plainTextPath") or "").strip())
        if found is None:
            raise QdpxError(file, QdpxText.tr(
                "text source {name} keeps its text outside the file (plainTextPath is not "
                "internal://)").format(name=repr(source.get("name", "")[:40])))
        paths[_guid(source.get("guid"), file, "text source")] = f"Sources/{found.group(1)}"
    return paths


def _selections(source: etree._Element, source_id: uuid.UUID, text: str,
                notes: dict[uuid.UUID, str], file: str) -> list[QdaSelection]:
    result = []
    for element in source.iterfind(f"{_Q}PlainTextSelection"):
        selection_id = _guid(element.get("guid"), file, "selection")
        start = _int(element.get("startPosition"), file, selection_id)
        end = _int(element.get("endPosition"), file, selection_id)
        if not 0 <= start < end <= len(text):
            raise QdpxError(file, QdpxText.tr(
                "selection {id} ({start}-{end}) lies outside its source (%n character(s))", "",
                len(text)).format(id=selection_id, start=start, end=end))
        note = _note_text(element, notes)
        for n, coding in enumerate(element.iterfind(f"{_Q}Coding")):
            code_id = _maybe_guid(coding.find(f"{_Q}CodeRef").get("targetGUID")
                                  if coding.find(f"{_Q}CodeRef") is not None else None)
            if code_id is None:
                continue
            user = (_maybe_guid(coding.get("creatingUser"))
                    or _maybe_guid(element.get("creatingUser")))
            result.append(QdaSelection(
                id=selection_id if n == 0 else derived_id(f"coding-{n}", selection_id),
                source_id=source_id, start=start, end=end, code_id=code_id, user_id=user,
                created=_when(coding.get("creationDateTime") or element.get("creationDateTime")),
                modified=_when(element.get("modifiedDateTime")),
                note=note or _note_text(coding, notes),
            ))
    return result


def _decode(data: bytes, file: str, member: str) -> str:
    """The text as the tool counted it: not normalised (offsets refer to it as it is)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QdpxError(file, QdpxText.tr("{member} is not UTF-8 text").format(
            member=member)) from None


def read_qdpx(path: str | os.PathLike[str]) -> QdaProject:
    """The project in ``path`` (raises :class:`QdpxError` or another ``ExchangeError``)."""
    path = Path(path)
    file = path.name
    xml = read_members(path, [PROJECT_MEMBER], skip_unlisted=True, max_member_bytes=MAX_XML_BYTES,
                       max_total_bytes=MAX_FILE_BYTES)[PROJECT_MEMBER]
    root = _parse(xml, file)
    paths = _text_paths(root, file)
    members = read_members(path, [PROJECT_MEMBER, *sorted(set(paths.values()))],
                           skip_unlisted=True, max_member_bytes=MAX_XML_BYTES,
                           max_total_bytes=MAX_FILE_BYTES) if paths else {}
    notes = _notes(root)
    sources, selections = [], []
    for element in root.iterfind(f"{_Q}Sources/{_Q}TextSource"):
        source_id = _guid(element.get("guid"), file, "text source")
        inline = element.find(f"{_Q}PlainTextContent")
        if inline is not None:
            text = inline.text or ""
        else:
            text = _decode(members[paths[source_id]], file, paths[source_id])
        sources.append(QdaSource(source_id, element.get("name", ""), text,
                                 element.findtext(f"{_Q}Description") or ""))
        selections.extend(_selections(element, source_id, text, notes, file))
    users = tuple(QdaUser(_guid(u.get("guid"), file, "user"), u.get("name", ""))
                  for u in root.iterfind(f"{_Q}Users/{_Q}User"))
    links = []
    for link in root.iterfind(f"{_Q}Links/{_Q}Link"):
        origin, target = _maybe_guid(link.get("originGUID")), _maybe_guid(link.get("targetGUID"))
        if origin is not None and target is not None:
            links.append(QdaLink(_guid(link.get("guid"), file, "link"), link.get("name", ""),
                                 origin, target, link.get("direction") == "Bidirectional",
                                 _note_text(link, notes)))
    return QdaProject(
        name=root.get("name", ""), origin=root.get("origin", ""),
        description=root.findtext(f"{_Q}Description") or "",
        created=_when(root.get("creationDateTime")),
        creator_id=_maybe_guid(root.get("creatingUserGUID")), users=users,
        codes=_codes(root, file), sources=tuple(sources), selections=tuple(selections),
        links=tuple(links),
    )
