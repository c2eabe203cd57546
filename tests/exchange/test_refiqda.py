"""REFI-QDA project files: project.qde valid against the published XSD; read back intact;
damaged or hostile files refused with one line."""

from __future__ import annotations

import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from annotator.exchange.errors import ExchangeError
from annotator.exchange.refiqda import (
    QdaCode,
    QdaLink,
    QdaProject,
    QdaSelection,
    QdaSource,
    QdaUser,
    project_xml,
    write_qdpx,
)
from annotator.exchange.refiqda_read import read_qdpx

XSD = Path(__file__).parent / "refi_qda" / "Project-mrt2019.xsd"
WHEN = datetime(2026, 11, 25, 8, 15, 30, tzinfo=UTC)
TEXT = "Officials said 😀 the plan \"will work\".\nCritics doubt it & <more>."


def _u(n: int) -> uuid.UUID:
    return uuid.UUID(int=0xC000 + n)


def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def sample_project() -> QdaProject:
    start = TEXT.index("the plan")
    doubt = TEXT.index("doubt")
    return QdaProject(
        name="Jobs plan", origin="Source Annotator test", description="Read & tag.",
        created=WHEN,
        users=(QdaUser(_u(1), "Ada"), QdaUser(_u(2), "Answer key (answer key)")),
        codes=(QdaCode(_u(10), "Claim", "#aa3300", "What the text says is so"),
               QdaCode(_u(11), "Opinion", "not-a-colour")),
        sources=(QdaSource(_u(20), "Article one", TEXT, "Outlet: Daily"),),
        selections=(
            QdaSelection(_u(30), _u(20), start, start + 20, _u(10), _u(1), WHEN, WHEN,
                         "a note\x01 with a control character"),
            QdaSelection(_u(31), _u(20), doubt, doubt + 5, _u(11), _u(2), WHEN, None, ""),
        ),
        links=(QdaLink(_u(40), "same_claim", _u(30), _u(31), True, "both"),),
    )


def test_project_qde_is_valid_against_the_refi_qda_xsd() -> None:
    xsd = schema()
    document = etree.fromstring(project_xml(sample_project()))

    assert xsd.validate(document), xsd.error_log.last_error
    ns = {"q": "urn:QDA-XML:project:1.0"}
    selection = document.find("q:Sources/q:TextSource/q:PlainTextSelection", ns)
    assert selection.get("startPosition") == str(TEXT.index("the plan"))  # code points
    assert selection.find("q:Coding/q:CodeRef", ns).get("targetGUID") == str(_u(10))
    assert document.find("q:CodeBook/q:Codes/q:Code", ns).get("color") == "#aa3300"
    assert document.findall("q:CodeBook/q:Codes/q:Code", ns)[1].get("color") is None


def test_an_empty_project_is_valid_too() -> None:
    assert schema().validate(etree.fromstring(project_xml(QdaProject(name="Empty"))))


def test_schema_catches_a_broken_project() -> None:
    """The vendored XSD is the real thing: it refuses what the standard forbids."""
    document = etree.fromstring(project_xml(sample_project()))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    document.find("q:Sources/q:TextSource/q:PlainTextSelection", ns).attrib.pop("endPosition")
    assert not schema().validate(document)


def test_qdpx_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "class.qdpx"
    project = sample_project()
    write_qdpx(path, project)

    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["Sources/" + f"{_u(20)}.txt", "project.qde"]
        assert archive.read(f"Sources/{_u(20)}.txt").decode("utf-8") == TEXT
    back = read_qdpx(path)
    assert back.users == project.users
    assert [c.id for c in back.codes] == [c.id for c in project.codes]
    assert back.codes[0].description == "What the text says is so"
    assert back.sources[0].text == TEXT
    first, second = back.selections
    assert (first.start, first.end, first.code_id, first.user_id) == (
        TEXT.index("the plan"), TEXT.index("the plan") + 20, _u(10), _u(1))
    assert first.note == "a note\ufffd with a control character"
    assert second.note == ""
    assert back.links == (QdaLink(_u(40), "same_claim", _u(30), _u(31), True, "both"),)


def _qdpx(tmp_path: Path, xml: str, extra: dict[str, bytes] | None = None) -> Path:
    path = tmp_path / "tool.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr("Sources/", b"")  # folder entries, as QDA tools write them
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


TOOL_XML = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="From a tool" origin="QualCoder 3.5">
 <Users><User guid="{{00000000-0000-0000-0000-00000000c001}}" name="Chloé"/></Users>
 <CodeBook><Codes>
  <Code guid="00000000-0000-0000-0000-00000000c00a" name="Themes" isCodable="false">
   <Code guid="00000000-0000-0000-0000-00000000c00b" name="Claim" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="00000000-0000-0000-0000-00000000c014" name="One"
    plainTextPath="internal://one.txt">
   <PlainTextSelection guid="00000000-0000-0000-0000-00000000c01e" startPosition="{start}"
     endPosition="{end}" creatingUser="00000000-0000-0000-0000-00000000c001">
    <Coding guid="00000000-0000-0000-0000-00000000c028"><CodeRef
      targetGUID="00000000-0000-0000-0000-00000000c00b"/></Coding>
    <Coding guid="00000000-0000-0000-0000-00000000c029"><CodeRef
      targetGUID="00000000-0000-0000-0000-00000000c00a"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <PictureSource guid="00000000-0000-0000-0000-00000000c015" path="internal://p.png"/>
 </Sources>
</Project>"""


def test_a_project_from_another_tool_is_read(tmp_path: Path) -> None:
    text = "Line one\r\nthe plan will work\r\n"
    start = text.index("the plan")
    xml = TOOL_XML.format(start=start, end=start + 8)
    path = _qdpx(tmp_path, xml, {"Sources/one.txt": b"\xef\xbb\xbf" + text.encode(),
                                 "Sources/p.png": b"\x89PNG"})
    project = read_qdpx(path)

    assert [c.name for c in project.codes] == ["Claim"]  # the code tree flattened
    assert project.sources[0].text == text  # as the tool counted it, CRLF and all
    assert [(s.start, s.code_id) for s in project.selections] == [
        (start, _u(0xB)), (start, _u(0xA))]  # one selection coded twice: two
    assert project.selections[0].user_id == _u(1)  # braces around a GUID are fine
    assert project.selections[1].id != project.selections[0].id


@pytest.mark.parametrize(("xml", "extra", "problem"), [
    ("<Project", {}, "not well-formed XML"),
    ("<Project xmlns='urn:other' name='x'/>", {}, "not a REFI-QDA project"),
    (TOOL_XML.format(start=5, end=999), {"Sources/one.txt": b"short text"},
     "lies outside its source"),
    (TOOL_XML.format(start="x", end=3), {"Sources/one.txt": b"short text"},
     "no whole-number position"),
    (TOOL_XML.format(start=0, end=3), {}, "'Sources/one.txt' is missing"),
    (TOOL_XML.format(start=0, end=3), {"Sources/one.txt": b"\xff\xfe bad"}, "is not UTF-8"),
    ("<!DOCTYPE Project [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
     "<Project xmlns='urn:QDA-XML:project:1.0' name='&e;'/>", {}, "external entity"),
])
def test_bad_files_are_refused_with_one_line(tmp_path: Path, xml: str,
                                             extra: dict[str, bytes], problem: str) -> None:
    path = _qdpx(tmp_path, xml, extra)
    with pytest.raises(ExchangeError) as caught:
        read_qdpx(path)
    assert str(caught.value).startswith("tool.qdpx: ")
    assert problem in str(caught.value)
    assert "\n" not in str(caught.value)


def test_not_a_zip_and_path_tricks_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.qdpx"
    path.write_bytes(b"<Project/>")
    with pytest.raises(ExchangeError, match=r"fake\.qdpx: not a zip file"):
        read_qdpx(path)
    tricky = tmp_path / "tricky.qdpx"
    with zipfile.ZipFile(tricky, "w") as archive:
        archive.writestr("project.qde", "<x/>")
        archive.writestr("../evil.txt", "x")
    with pytest.raises(ExchangeError, match="unsafe path"):
        read_qdpx(tricky)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_damaged_project_is_read_or_refused_with_one_line(tmp_path: Path, data) -> None:  # type: ignore[no-untyped-def]
    """Bytes of project.qde overwritten or cut: read, or an ExchangeError, nothing else."""
    xml = bytearray(project_xml(sample_project()))
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(xml) - 1))
        xml[at] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        del xml[data.draw(st.integers(0, len(xml) - 1)):]
    path = tmp_path / "fuzzed.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", bytes(xml))
        archive.writestr(f"Sources/{_u(20)}.txt", TEXT.encode("utf-8"))
    problem = ""
    try:
        project = read_qdpx(path)
    except ExchangeError as error:
        problem = str(error)
    if problem:
        assert problem.startswith("fuzzed.qdpx: ") and "\n" not in problem
    else:
        assert all(0 <= s.start < s.end for s in project.selections)
