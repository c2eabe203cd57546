"""REFI-QDA through the services: export a class, validate it, import it into another
database; a project from another tool; a bad file changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from qda_fixtures import make_class

from annotator.exchange.errors import ExchangeError
from annotator.services.annotators import list_annotators
from annotator.services.context import open_context
from annotator.services.qda import export_qdpx, import_qdpx
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage import models as m

XSD = Path(__file__).parents[1] / "exchange" / "refi_qda" / "Project-mrt2019.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}


def _rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return sorted(con.execute(
            "select a.id, n.display_name, a.start, a.\"end\", a.exact, t.key, a.note "
            "from annotation a join annotator n on n.id = a.annotator_id "
            "join tag t on t.id = a.tag_id").fetchall())


def test_export_is_valid_and_holds_every_students_and_the_keys_work(tmp_path: Path) -> None:
    klass = make_class(tmp_path / "class.sqlite3")
    out = tmp_path / "class.qdpx"
    project = export_qdpx(klass.ctx.db, klass.exercise.id, out)

    with zipfile.ZipFile(out) as archive:
        qde = etree.fromstring(archive.read("project.qde"))
        texts = {n for n in archive.namelist() if n.startswith("Sources/")}
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(qde), schema.error_log.last_error
    assert texts == {f"Sources/{a.id}.txt" for a in klass.exercise.articles}
    users = {u.get("name") for u in qde.iterfind("q:Users/q:User", NS)}
    assert users == {"Ada Lovelace", "=Ben", "Answer key (answer key)"}
    codes = qde.findall("q:CodeBook/q:Codes/q:Code", NS)
    assert [c.get("name") for c in codes] == [t.label for t in klass.exercise.tags]
    assert codes[0].findtext("q:Description", namespaces=NS) == klass.exercise.tags[0].definition
    assert codes[0].get("color").lower() == klass.exercise.tags[0].colour.lower()
    assert len(qde.findall(".//q:PlainTextSelection", NS)) == 4 == len(project.selections)
    notes = [n.findtext("q:PlainTextContent", namespaces=NS)
             for n in qde.iterfind("q:Notes/q:Note", NS)]
    assert sorted(notes) == ['She says "maybe"\nsecond line', "both say it"]
    (link,) = qde.iterfind("q:Links/q:Link", NS)
    assert (link.get("name"), link.get("direction")) == ("same_claim", "Bidirectional")
    klass.ctx.close()


def test_import_into_another_database_brings_back_codes_selections_and_users(
        tmp_path: Path) -> None:
    klass = make_class(tmp_path / "class.sqlite3")
    out = tmp_path / "class.qdpx"
    export_qdpx(klass.ctx.db, klass.exercise.id, out)
    klass.ctx.close()
    fresh = open_context(str(tmp_path / "fresh.sqlite3"))
    ensure_sample_exercise(fresh.db)

    result = import_qdpx(fresh.db, out, SAMPLE_EXERCISE_ID)

    assert result.ok, result.problem
    assert (result.users, result.imported, result.links, result.orphaned) == (3, 4, 1, 0)
    assert _rows(tmp_path / "fresh.sqlite3") == _rows(tmp_path / "class.sqlite3")
    names = {a.display_name: a.role for a in list_annotators(fresh.db)}
    assert names["Ada Lovelace"] == m.Role.STUDENT
    assert names["Answer key"] == m.Role.KEY
    again = import_qdpx(fresh.db, out, SAMPLE_EXERCISE_ID)  # replaces, never duplicates
    assert again.imported == 4
    assert _rows(tmp_path / "fresh.sqlite3") == _rows(tmp_path / "class.sqlite3")
    assert len(fresh.annotations.links(SAMPLE_EXERCISE_ID)) == 1
    fresh.close()


def test_a_tools_copy_with_crlf_is_reanchored_and_unknown_codes_skipped(tmp_path: Path) -> None:
    klass = make_class(tmp_path / "class.sqlite3")
    article = klass.exercise.articles[0]
    tool_text = article.text.replace("\n", "\r\n") + "\r\nPurple unicorns dance quietly at dawn."
    start = tool_text.index("black-market factory")
    lost = tool_text.index("Purple unicorns")
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="QualCoder project">
 <Users><User guid="{uuid.UUID(int=7)}" name="Chloé"/></Users>
 <CodeBook><Codes>
  <Code guid="{uuid.UUID(int=8)}" name="{klass.exercise.tags[1].label.upper()}" isCodable="true"/>
  <Code guid="{uuid.UUID(int=9)}" name="Theme we do not have" isCodable="true"/>
 </Codes></CodeBook>
 <Sources><TextSource guid="{uuid.UUID(int=10)}" name="{article.title}"
    plainTextPath="internal://a.txt">
  <PlainTextSelection guid="{uuid.UUID(int=11)}" startPosition="{start}"
    endPosition="{start + 20}" creatingUser="{uuid.UUID(int=7)}">
   <Coding guid="{uuid.UUID(int=12)}"><CodeRef targetGUID="{uuid.UUID(int=8)}"/></Coding>
   <Coding guid="{uuid.UUID(int=13)}"><CodeRef targetGUID="{uuid.UUID(int=9)}"/></Coding>
  </PlainTextSelection>
  <PlainTextSelection guid="{uuid.UUID(int=14)}" startPosition="{lost}"
    endPosition="{lost + 29}" creatingUser="{uuid.UUID(int=7)}">
   <Coding guid="{uuid.UUID(int=15)}"><CodeRef targetGUID="{uuid.UUID(int=8)}"/></Coding>
  </PlainTextSelection>
 </TextSource></Sources>
</Project>"""
    path = tmp_path / "tool.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr("Sources/a.txt", tool_text.encode("utf-8"))

    result = import_qdpx(klass.ctx.db, path, klass.exercise.id)

    assert result.ok, result.problem
    assert (result.imported, result.reanchored, result.orphaned) == (1, 1, 1)
    assert result.skipped == {"code not in the exercise's tag set": 1}
    chloe = next(a for a in list_annotators(klass.ctx.db) if a.display_name == "Chloé")
    (stored,) = klass.ctx.annotations.list(klass.exercise.id, chloe.id)
    assert stored.exact == "black-market factory"
    assert stored.tag_id == klass.exercise.tags[1].id  # matched by label, any case
    with sqlite3.connect(tmp_path / "class.sqlite3") as con:  # kept, so nothing is lost
        assert con.execute("select exact from orphan_annotation").fetchall() == [
            ("Purple unicorns dance quietly",)]
    klass.ctx.close()


@pytest.mark.parametrize("damage", ["truncated", "not a zip", "bad xml"])
def test_a_bad_file_leaves_the_database_exactly_as_it_was(tmp_path: Path, damage: str) -> None:
    klass = make_class(tmp_path / "class.sqlite3")
    good = tmp_path / "good.qdpx"
    export_qdpx(klass.ctx.db, klass.exercise.id, good)
    bad = tmp_path / "bad.qdpx"
    if damage == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif damage == "not a zip":
        bad.write_text("hello", encoding="utf-8")
    else:
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("project.qde", "<Project xmlns='urn:QDA-XML:project:1.0'")
    before = _rows(tmp_path / "class.sqlite3")

    result = import_qdpx(klass.ctx.db, bad, klass.exercise.id)

    assert not result.ok
    assert result.problem.startswith("bad.qdpx: ") and "\n" not in result.problem
    assert _rows(tmp_path / "class.sqlite3") == before
    klass.ctx.close()


def test_export_to_an_unwritable_place_names_the_file(tmp_path: Path) -> None:
    klass = make_class(tmp_path / "class.sqlite3")
    with pytest.raises(ExchangeError, match=r"x\.qdpx"):
        export_qdpx(klass.ctx.db, klass.exercise.id, tmp_path / "missing" / "x.qdpx")
    shutil.rmtree(tmp_path / "missing", ignore_errors=True)
    klass.ctx.close()
