"""Handing work in and collecting a class's hand-ins: the use cases the GUI and CLI call.

* :func:`export_handin` writes one student's work on one exercise as a native hand-in, W3C
  Web Annotation JSON-LD or CSV, atomically.
* :func:`import_handins` imports many hand-in files (or folders of them), each in its own
  transaction, and returns one :class:`HandinImportResult` per file for the summary table.
* :func:`list_handins` and :func:`list_orphans` feed the instructor's views.
* :func:`handin_overview` counts what a student is about to hand in; :func:`report_html` and
  :func:`export_report` give the printable HTML report.
"""

from __future__ import annotations

from annotator.services.handin_export import ExportFormat, build_handin_record, export_handin
from annotator.services.handin_import import (
    HandinImportResult,
    ImportStatus,
    expand_paths,
    import_handins,
)
from annotator.services.handin_queries import (
    HandinSummary,
    OrphanView,
    list_handins,
    list_orphans,
)
from annotator.services.handin_report import (
    HandinOverview,
    TagCount,
    export_report,
    handin_overview,
    report_html,
)

__all__ = [
    "ExportFormat",
    "HandinImportResult",
    "HandinOverview",
    "HandinSummary",
    "ImportStatus",
    "OrphanView",
    "TagCount",
    "build_handin_record",
    "expand_paths",
    "export_handin",
    "export_report",
    "handin_overview",
    "import_handins",
    "list_handins",
    "list_orphans",
    "report_html",
]
