"""Help > About."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from annotator import APP_NAME, __version__
from annotator.gui.i18n import arg


def about_text() -> str:
    return (
        f"<h2>{APP_NAME}</h2>"
        f"<p>{arg(QCoreApplication.translate('AboutDialog', 'Version %1'), __version__)}</p>"
        "<p>" + QCoreApplication.translate(
            "AboutDialog",
            "Read news articles side by side, mark what is claim, evidence, speculation and "
            "opinion, link what two outlets say about the same facts, and compare how a class "
            "read them.") + "</p>"
        "<p>" + QCoreApplication.translate(
            "AboutDialog",
            "Works offline: the app never connects to the network, and your work stays on "
            "this computer until you hand it in.") + "</p>"
        f"<p style='color:gray'>Python {platform.python_version()} · Qt {qVersion()} · "
        f"PySide6 {pyside_version}</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("About %1"), APP_NAME))
        label = QLabel(about_text())
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        label.setMinimumWidth(380)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(label)
        layout.addWidget(buttons)
