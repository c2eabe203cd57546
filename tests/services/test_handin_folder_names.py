"""A folder of hand-ins collected from Windows, macOS and Linux laptops: every hand-in is
found whatever the case of its ending, and macOS's hidden ``._`` copies are skipped."""

from __future__ import annotations

from pathlib import Path

from annotator.services.handin_import import expand_paths


def test_json_endings_in_any_case_and_no_hidden_files(tmp_path: Path) -> None:
    names = ["ada.handin.json", "BEN.HANDIN.JSON", "Cy.Handin.Json", "._ada.handin.json",
             ".DS_Store", "notes.txt", "desktop.ini"]
    for name in names:
        (tmp_path / name).write_bytes(b"{}")
    (tmp_path / "folder.json").mkdir()
    found = [p.name for p in expand_paths([tmp_path])]
    assert sorted(found) == sorted(["ada.handin.json", "BEN.HANDIN.JSON", "Cy.Handin.Json"])
    assert expand_paths([tmp_path, tmp_path / "ada.handin.json"]) == expand_paths([tmp_path])
