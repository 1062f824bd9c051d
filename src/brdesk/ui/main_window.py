"""The main window. A first, minimal version: the pages arrive with the GUI issue."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from brdesk.errors import BrdeskError
from brdesk.paths import DataDir


class MainWindow(QMainWindow):
    def __init__(self, data_dir: DataDir) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.store = None
        self.setWindowTitle("brdesk")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.summary = QLabel("Opening your data…")
        self.summary.setAccessibleName("Data summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.statusBar().showMessage(f"Data folder: {data_dir.root}")

    def open_data(self) -> None:
        from brdesk.services.store import Store

        try:
            self.store = Store.open(self.data_dir)
        except BrdeskError as exc:
            self.summary.setText("Your data could not be opened.")
            QMessageBox.critical(self, "brdesk", str(exc))
            return
        counts = self.store.counts()
        self.summary.setText(
            "\n".join(f"{name.replace('_', ' ').capitalize()}: {n:,}" for name, n in counts.items())
        )
        self.statusBar().showMessage(f"Data folder: {self.data_dir.root} — All changes saved")

    def closeEvent(self, event):
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)
