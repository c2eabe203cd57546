"""pyproject.toml lists packages explicitly (resources/ maps to annotator.resources)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    packages = (ROOT / "annotator").rglob("__init__.py")
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in packages}
    found |= {
        "annotator.resources" + "".join("." + part for part in p.parent.relative_to(
            ROOT / "resources").parts)
        for p in (ROOT / "resources").rglob("__init__.py")
    }
    assert found == listed


def test_the_project_never_reads_the_shared_folder() -> None:
    for path in [*ROOT.joinpath("annotator").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py")]:
        if path.name == Path(__file__).name:
            continue
        assert "../shared" not in path.read_text(encoding="utf-8"), path


def test_the_message_catalogues_ship_beside_the_qm_files() -> None:
    """core/i18n.py reads annotator_<lang>.json (built by `make translations`): the wheel
    carries them as package data, the frozen app's spec refuses to build without them."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]["annotator.resources.translations"]
    assert {"*.qm", "*.json"} <= set(data)
    spec = (ROOT / "packaging" / "annotator.spec").read_text(encoding="utf-8")
    assert 'for built in ("qm", "json")' in spec
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "resources/translations/*.json" in ignored
