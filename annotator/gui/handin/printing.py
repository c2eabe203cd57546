"""Printing the HTML report, or saving it as PDF, through Qt's rich-text engine."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from annotator.exchange.atomic import (
    REPLACE_RETRY_DELAYS,
    describe_os_error,
    describe_replace_error,
    replace_retrying,
)

__all__ = ["PrintError", "print_report", "render_image", "report_document", "save_pdf"]


class PrintError(Exception):
    """The PDF could not be written; ``str(error)`` names the file."""


def report_document(html: str) -> QTextDocument:
    """A document holding the report (serif body font, as in a browser)."""
    document = QTextDocument()
    font = QFont("Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setHtml(html)
    return document


def _setup(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    )


def save_pdf(html: str, path: Path | str) -> None:
    """Write the report to ``path`` as PDF. Qt writes to a temporary file next to the target,
    which then replaces it, so a failed write never leaves half a PDF behind."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(temporary))
    _setup(printer)
    try:
        if not target.parent.is_dir():
            raise PrintError(f"{target}: the folder does not exist")
        report_document(html).print_(printer)
        if not temporary.is_file() or temporary.stat().st_size == 0:
            raise PrintError(f"{target}: the PDF could not be written (is the folder writable?)")
        try:  # Windows refuses while a PDF viewer has the old file open: retry briefly
            replace_retrying(temporary, target, REPLACE_RETRY_DELAYS if os.name == "nt" else ())
        except OSError as exc:
            message = describe_replace_error(exc, windows=os.name == "nt")
            raise PrintError(f"{target}: {message}") from exc
    except OSError as exc:
        raise PrintError(f"{target}: {describe_os_error(exc)}") from exc
    finally:
        temporary.unlink(missing_ok=True)


def print_report(html: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print the report; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _setup(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    report_document(html).print_(printer)
    return True


def render_image(html: str, width: int = 800) -> QImage:
    """The report drawn onto an image (for previews and screenshots)."""
    document = report_document(html)
    document.setTextWidth(width)
    size: QSizeF = document.size()
    image = QImage(width, int(size.height()) + 1, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image
