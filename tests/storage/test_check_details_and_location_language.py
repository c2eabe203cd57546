"""Help > Check Database's details and the synced-folder warning in the app's language;
SQLite's own words and the names of its checks stay as SQLite writes them."""

from __future__ import annotations

from annotator.core import i18n
from annotator.storage.checks import CheckReport, ForeignKeyProblem
from annotator.storage.location import risky_location

DAMAGED = CheckReport("class.sqlite3", integrity=("row 3 missing from index ix_tag_key",),
                      foreign_keys=(ForeignKeyProblem("annotation", 7, "tag"),))


def test_check_details_in_german_and_english() -> None:
    english = DAMAGED.details
    assert english.splitlines() == [
        "Database: class.sqlite3", "Check: integrity",
        "integrity_check: row 3 missing from index ix_tag_key",
        "foreign_key_check: annotation row 7 -> missing tag"]
    i18n.set_language("de")
    assert DAMAGED.details.splitlines() == [
        "Datenbank: class.sqlite3", "Prüfung: vollständig",
        "integrity_check: row 3 missing from index ix_tag_key",
        "foreign_key_check: annotation Zeile 7 -> tag fehlt"]
    assert CheckReport("a.sqlite3", quick=True).details.splitlines() == [
        "Datenbank: a.sqlite3", "Prüfung: schnell", "Ergebnis: in Ordnung"]
    i18n.set_language("fr")
    assert CheckReport("a.sqlite3", error="file is not a database").details.splitlines() == [
        "Base de données : a.sqlite3", "Vérification : complète",
        "Erreur : file is not a database"]


def test_the_cloud_storage_folder_is_named_in_the_language() -> None:
    path = "/home/ana/Library/CloudStorage/class.sqlite3"
    assert (risky_location(path, mounts="") or "").startswith(
        f"{path} is inside a cloud storage folder.")
    i18n.set_language("de")
    assert (risky_location(path, mounts="") or "").startswith(
        f"{path} liegt in einem Cloud-Speicher-Ordner.")
    i18n.set_language("es")
    assert (risky_location(path, mounts="") or "").startswith(
        f"{path} está dentro de una carpeta de almacenamiento en la nube.")
    i18n.set_language("fr")
    assert (risky_location("/home/ana/Dropbox/class.sqlite3", mounts="") or "").startswith(
        "/home/ana/Dropbox/class.sqlite3 se trouve dans un dossier Dropbox.")
    assert (risky_location(path, mounts="") or "").startswith(
        f"{path} se trouve dans un dossier de stockage en ligne.")
