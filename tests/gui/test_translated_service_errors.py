"""A problem found below the GUI (a refused hand-in) is shown in the app's language."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from handin_gui_helpers import Recorder, open_window, student_handin

from annotator.exchange.handin import content_checksum
from annotator.gui import i18n
from annotator.gui.handin.summary_dialog import ImportSummaryDialog
from annotator.services.context import AppContext
from annotator.services.handins import import_handins


def _copied(original: Path, target: Path) -> Path:
    """Another student's name on someone else's annotations (a copied hand-in)."""
    document = json.loads(original.read_text(encoding="utf-8"))
    document["annotator"].update(id=str(uuid.uuid4()), display_name="Bruno")
    document["checksum"] = content_checksum(document)
    target.write_text(json.dumps(document), encoding="utf-8")
    return target


def test_a_refused_handin_is_explained_in_german(
    qtbot: Any, qapp: Any, ctx: AppContext, tmp_path: Path, screenshot: Any
) -> None:
    ana, _ = student_handin(tmp_path / "in", "Ana")
    copy = _copied(ana, tmp_path / "in" / "Bruno.handin.json")
    broken = tmp_path / "in" / "leer.handin.json"
    broken.write_text('{"format": "etwas anderes"}', encoding="utf-8")
    import_handins(ctx.db, [ana])  # earlier: Ana's own hand-in is in
    i18n.install(qapp, "de")
    try:
        with open_window(qtbot, ctx) as window:
            recorder = Recorder()
            recorder.install(window.handin)
            window.handin.ask_open_paths = lambda: [copy, broken]  # type: ignore[method-assign]
            window.handin.act_import.trigger()
            qtbot.waitUntil(lambda: bool(recorder.dialogs), timeout=30000)
            dialog = recorder.dialogs[-1]
            assert isinstance(dialog, ImportSummaryDialog)
            model = dialog.model
            rows = {model.data(model.index(r, 0)): model.data(model.index(r, 6))
                    for r in range(model.rowCount())}
            assert rows["Bruno.handin.json"] == (
                "enthält Anmerkungen, die bereits für 'Ana' importiert wurden (eine kopierte "
                "Abgabe?); nicht importiert")
            assert rows["leer.handin.json"] == "keine Abgabe von Source Annotator"
            dialog.resize(1000, 360)
            dialog.show()
            screenshot(dialog, "handin-import-refused-german")
            dialog.close()
    finally:
        i18n.install(qapp, "en")
