"""Refusals from the zip reader, authoring, tag sets, annotations and REFI-QDA say why in the
language of the messages (German here), the file name in front; English keeps its plural
forms; the readings of the agreement figures stay English as data unless asked for."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotator.core import i18n
from annotator.core.readings import plain_reading
from annotator.exchange.atomic import describe_os_error
from annotator.exchange.refiqda_read import QdpxError, read_qdpx
from annotator.exchange.safezip import UnsafeZipError, read_members
from annotator.services.annotations import AnnotationError
from annotator.services.authoring import AuthoringService, WorkWouldBeLostError
from annotator.services.authoring_work import Loss
from annotator.services.exercises import load_exercise
from annotator.services.exercises_io import ExerciseEditError
from annotator.services.qda import QdaImportResult
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.services.tag_sets import TagInUseError, TagSetError, TagSetService


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_refused_zip_names_the_file_and_says_why_in_german(tmp_path: Path) -> None:
    i18n.set_language("de")
    bad = _zip(tmp_path / "paket.zip", {"manifest.json": b"{}", "extra.txt": b"x"})
    with pytest.raises(UnsafeZipError) as refused:
        read_members(bad, ["manifest.json"])
    assert str(refused.value) == "paket.zip: unerwarteter Bestandteil 'extra.txt'; abgelehnt"
    not_zip = tmp_path / "kaputt.zip"
    not_zip.write_bytes(b"not a zip at all")
    with pytest.raises(UnsafeZipError, match=r"^kaputt\.zip: keine ZIP-Datei oder eine "
                                             r"beschädigte$"):
        read_members(not_zip, ["manifest.json"])


def test_a_full_disk_is_explained_in_french() -> None:
    import errno

    i18n.set_language("fr")
    assert describe_os_error(OSError(errno.ENOSPC, "No space left on device")) == (
        "le disque est plein ; rien n’a été écrit")


def test_tag_set_refusals_in_german(ctx) -> None:
    i18n.set_language("de")
    tags = TagSetService(ctx.db, ctx.bus)
    tag_set_id = load_exercise(ctx.db, SAMPLE_EXERCISE_ID).tag_set_id
    with pytest.raises(TagSetError) as refused:
        tags.add_tag(tag_set_id, "Zitat", colour="rot")
    assert str(refused.value) == "'rot' ist keine Farbe der Form #rrggbb"
    with pytest.raises(TagSetError, match=r"^eine Kategorie braucht eine Bezeichnung$"):
        tags.add_tag(tag_set_id, "   ")
    assert str(TagInUseError("Behauptung", 3)) == (
        "3 Markierungen verwenden die Kategorie 'Behauptung'; wählen Sie eine Kategorie, in "
        "die sie übernommen werden sollen")
    assert str(TagInUseError("Behauptung", 1)).startswith("1 Markierung verwendet")


def test_authoring_refusals_in_german(ctx) -> None:
    authoring = AuthoringService(ctx.db, ctx.bus)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    ada = ctx.annotations.add(ex.articles[0].id, _student(ctx).id, 0, 10, ex.tags[0].id)
    assert ada is not None
    i18n.set_language("de")
    with pytest.raises(ExerciseEditError, match=r"^eine Übung braucht einen Titel$"):
        authoring.create_exercise("  ")
    with pytest.raises(WorkWouldBeLostError) as refused:
        authoring.remove_article(ex.articles[0].id)
    assert str(refused.value) == (
        f"wenn Sie {ex.articles[0].title} entfernen, wird Folgendes gelöscht: 1 Markierung "
        "von Ada; bestätigen Sie das Entfernen")
    with pytest.raises(AnnotationError, match=r"^eine Bewertung reicht von 1 bis 5$"):
        ctx.annotations.set_answer(ex.questions[0].id, ada.annotator_id, ex.articles[0].id,
                                   "", rating=9)


def _student(ctx):  # type: ignore[no-untyped-def]
    from annotator.services.annotators import create_annotator

    return create_annotator(ctx.db, "Ada")


def test_what_would_be_lost_in_english_and_spanish() -> None:
    loss = Loss(annotations=2, links=1, answers=0, people=("Ada", "Ben"))
    assert loss.describe() == "2 annotations, 1 link by Ada, Ben"
    assert Loss().describe() == "nothing"
    i18n.set_language("es")
    assert loss.describe() == "2 anotaciones, 1 vínculo de Ada, Ben"


def test_a_qdpx_import_summary_counts_in_each_language(tmp_path: Path) -> None:
    result = QdaImportResult(tmp_path / "class.qdpx", users=1, imported=3, orphaned=1,
                             skipped={"code not in the exercise's tag set": 2})
    assert result.summary() == ("3 selections from 1 coder imported; 1 kept as an orphan; "
                                "2 skipped (code not in the exercise's tag set)")
    i18n.set_language("fr")
    assert result.summary() == (
        "importation : 3 sélections de 1 codeur; 1 conservée comme orpheline; "
        "2 ignorées (code absent du jeu d’étiquettes de l’exercice)")
    assert result.skipped == {"code not in the exercise's tag set": 2}  # the data: English


def test_a_damaged_qdpx_is_refused_in_spanish(tmp_path: Path) -> None:
    i18n.set_language("es")
    bad = _zip(tmp_path / "clase.qdpx", {"project.qde": b"<Project"})
    with pytest.raises(QdpxError, match=r"^clase\.qdpx: project\.qde no es un XML bien "
                                        r"formado \("):
        read_qdpx(bad)


def test_readings_stay_english_as_data_and_translate_on_request() -> None:
    i18n.set_language("de")
    english = plain_reading("krippendorff_alpha", 0.85)
    assert english.startswith("0.85. Reliable agreement")  # what the review JSON stores
    assert plain_reading("krippendorff_alpha", 0.85, translated=True).startswith(
        "0.85. Verlässliche Übereinstimmung")
    assert plain_reading("precision", 0.5, translated=True).startswith("50 %")
    i18n.set_language("en")
    assert plain_reading("kappa", 0.5, translated=True) == plain_reading("kappa", 0.5)
