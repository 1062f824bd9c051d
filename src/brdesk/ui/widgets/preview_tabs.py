"""An import's preview as two tabs: the rows to import (a sample) and the rows rejected,
each with its row, column, value and why."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QTabWidget, QWidget

from brdesk.db.vocab import CATEGORIES
from brdesk.services.importer import ImportPreview
from brdesk.ui.i18n import number, say, tr_n, tx

#: The fields a preview shows of each row to import.
SHOWN = (
    "observed_on", "category", "subject", "count", "value", "site", "latitude", "longitude",
    "elevation_m", "observer",
)  # fmt: skip
SAMPLE_SHOWN = 200
REJECTIONS_SHOWN = 1000


class PreviewTabs(QTabWidget):
    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accepted_table = _table([tx(labels[f]) for f in SHOWN])
        self.rejected_table = _table([tx("Row"), tx("Column"), tx("Value"), tx("Why")])
        self.addTab(self.accepted_table, tx("To import"))
        self.addTab(self.rejected_table, tx("Rejected"))

    def show_preview(self, preview: ImportPreview) -> None:
        sample = preview.sample(SAMPLE_SHOWN)
        self.accepted_table.setRowCount(len(sample))
        for r, row in enumerate(sample):
            for c, name in enumerate(SHOWN):
                value = row.get(name)
                if name == "category" and value in CATEGORIES:
                    value = tx(CATEGORIES[value])  # its name, as the log shows it
                self.accepted_table.setItem(
                    r, c, QTableWidgetItem("" if value is None else str(value))
                )
        shown = preview.rejected[:REJECTIONS_SHOWN]
        self.rejected_table.setRowCount(len(shown))
        for r, rejection in enumerate(shown):
            for c, value in enumerate(
                (str(rejection.row), rejection.column, rejection.value, say(rejection.reason))
            ):
                self.rejected_table.setItem(r, c, QTableWidgetItem(value))
        self.setTabText(1, tx("Rejected ({count})").format(count=number(preview.rejected_total)))
        self.rejected_table.setToolTip(
            tx("The first {v0} of {rejected_total} rejected rows").format(
                v0=number(len(shown)), rejected_total=number(preview.rejected_total)
            )
            if preview.rejected_total > len(shown)
            else ""
        )
        self.setTabText(0, tx("To import ({accepted})").format(accepted=number(preview.accepted)))
        if preview.rejected_total and not preview.accepted:
            self.setCurrentIndex(1)

    def clear(self) -> None:
        self.accepted_table.setRowCount(0)
        self.rejected_table.setRowCount(0)


def summary_text(preview: ImportPreview) -> str:
    """What the preview found, in a line, and the rules its values were read by: nothing is
    converted unseen."""
    parts = [tx("<b>{accepted}</b> rows to import").format(accepted=number(preview.accepted))]
    if preview.rejected_total:
        listed = (
            tx("; the first {v0} listed").format(v0=number(len(preview.rejected)))
            if preview.rejected_total > len(preview.rejected)
            else ""
        )
        parts.append(tx("<b style='color:#B00020'>{count}</b> rejected (see why{listed})").format(
            count=number(preview.rejected_total), listed=listed))  # fmt: skip
    if preview.already_present:
        parts.append(tr_n("%Ln already in brdesk (imported before)", "", preview.already_present))
    # The rules values were read by, so that nothing is converted unseen.
    rules = preview.rules()
    return "; ".join(parts) + ".<br><small>" + "; ".join(map(say, rules)) + ".</small>"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
