"""Run by bench_memory.py in a fresh process: open the database named on the command line,
load every annotation of the exercise through the services, build the main window on it,
paint it once, and print one JSON line with the peak RSS and the RSS after each stage.

``python memory_probe.py DB_URL EXERCISE_ID``
"""

from __future__ import annotations

import json
import sys
import uuid

from harness import current_rss_mb, peak_rss_mb


def main(url: str, exercise: str) -> int:
    stages: dict[str, float] = {"python": current_rss_mb()}
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.gui.application import make_application
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.services.context import open_context

    stages["imports"] = current_rss_mb()
    app = make_application()
    ctx = open_context(url)
    stages["database open"] = current_rss_mb()
    exercise_id = uuid.UUID(exercise)
    annotations = ctx.annotations.list(exercise_id)
    stages["annotations loaded"] = current_rss_mb()
    window = MainWindow(ctx, Settings(), exercise_id)
    window.show()
    QTimer.singleShot(0, QApplication.quit)
    app.exec()
    stages["window painted"] = current_rss_mb()
    print(json.dumps({
        "peak_rss_mb": peak_rss_mb(), "annotations": len(annotations), "stages": stages,
    }), flush=True)
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
