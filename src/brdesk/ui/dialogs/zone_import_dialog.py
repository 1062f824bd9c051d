"""Import zones: a boundary file's polygons, each shown on a preview map, and for each what
it becomes (core area, buffer zone, transition area, or left out) and its name. The file's
conversions (a UTM shapefile transformed, a ring closed) and refusals are said above the
table; nothing is written until "Replace the zones"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brdesk.db.vocab import ZONE_KINDS
from brdesk.ui import prompts
from brdesk.ui.i18n import marked, number, say, tr_n, tx
from brdesk.ui.operations import Job
from brdesk.ui.widgets.zone_map import ZoneMap

FILES = "Zone boundaries (*.geojson *.json *.kml *.kmz *.shp *.zip)"
LEAVE_OUT = marked("Leave out")
TITLE = marked("Import zones")


class ZoneImportDialog(QDialog):
    def __init__(self, ctx: Any, zone_file: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone_file = zone_file
        self.layer: Any = None
        self.done_message = ""
        # The zones on the map now, read once: the summary below says, at every keystroke
        # in a name, which of them the import redraws and which it removes.
        with ctx.store.dbapi() as conn:
            self.zones_here = [
                r[0] for r in conn.execute("SELECT name FROM reserve_zone ORDER BY position")
            ]
        self.setWindowTitle(f"{tx(TITLE)}: {zone_file.path.name}")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tx("Layer:")))
        self.layer_box = QComboBox()
        self.layer_box.setAccessibleName(tx("Layer"))
        for layer in zone_file.layers:
            polygons = tr_n("%Ln polygon(s)", "", len(layer.features))
            self.layer_box.addItem(f"{layer.name} ({polygons})", layer.name)
        top.addWidget(self.layer_box)
        top.addSpacing(12)
        top.addWidget(QLabel(tx("Zone read from:")))
        self.field_box = QComboBox()
        self.field_box.setAccessibleName(tx("Field that names the zone"))
        top.addWidget(self.field_box)
        top.addStretch(1)
        layout.addLayout(top)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notes)

        splitter = QSplitter()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tx("Feature"), tx("Area (ha)"), tx("Becomes"), tx("Name")]
        )
        self.table.setAccessibleName(tx("Features of the file"))
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.table)
        self.preview = ZoneMap()
        splitter.addWidget(self.preview)
        splitter.setSizes([560, 420])
        layout.addWidget(splitter, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox()
        self.replace_button = QPushButton(tx("Replace the zones"))
        self.replace_button.setDefault(True)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button.clicked.connect(self.replace)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

        self.layer_box.currentIndexChanged.connect(lambda _i: self._choose_layer())
        self.field_box.currentIndexChanged.connect(lambda _i: self._propose())
        self.resize(1040, 620)
        self._choose_layer()

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def choose_and_open(cls, ctx: Any, parent: QWidget) -> None:
        path = prompts.choose_open(parent, tx(TITLE), Path.home(), f"{FILES};;All files (*)")
        if path is None:
            return
        from brdesk.exchange.zone_files import read_zone_file

        def opened(zone_file: Any) -> None:
            dialog = cls(ctx, zone_file, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        ctx.operations.run(
            lambda _job: read_zone_file(path), title=tx(TITLE), key="zone-file", on_success=opened,
            on_failure=lambda message: prompts.warn(parent, tx(TITLE), message),
        )  # fmt: skip

    # --- choosing -----------------------------------------------------------------------

    def _choose_layer(self) -> None:
        from brdesk.errors import BrdeskError

        try:
            self.layer = self.zone_file.layer(self.layer_box.currentData())
        except BrdeskError as exc:
            self.layer = None
            self.notes.setText(say(exc))
            self.table.setRowCount(0)
            self.replace_button.setEnabled(False)
            return
        self.field_box.blockSignals(True)
        self.field_box.clear()
        self.field_box.addItem("(choose for each feature)", None)
        for name in self.layer.fields:
            self.field_box.addItem(name, name)
        self.field_box.blockSignals(False)
        from brdesk.services.zones import propose

        guessed = propose(self.layer).zone_field
        self.field_box.setCurrentIndex(max(0, self.field_box.findData(guessed)))
        self._propose()

    def _propose(self) -> None:
        from brdesk.services.zones import propose

        layer = self.layer
        # "(choose for each feature)" means that: nothing read, every feature left out.
        proposal = propose(layer, self.field_box.currentData(), detect=False)
        lines = [say(n) for n in layer.notes]
        lines += [tx("Refused: {reason}").format(reason=say(r)) for r in layer.refused]
        self.notes.setText("\n".join(lines))
        self.notes.setStyleSheet("color: #B00020;" if layer.refused else "color: #555555;")
        self.table.setRowCount(len(layer.features))
        for row, (feature, choice) in enumerate(zip(layer.features, proposal.choices, strict=True)):
            described = ", ".join(f"{k}: {v}" for k, v in feature.properties.items() if v)
            item = QTableWidgetItem(f"{feature.number}. {described[:120]}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(described)
            self.table.setItem(row, 0, item)
            area = QTableWidgetItem(number(feature.outline.area_ha))
            area.setFlags(Qt.ItemFlag.ItemIsEnabled)
            area.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, area)
            kind = QComboBox()
            kind.setAccessibleName(
                tx("What feature {number} becomes").format(number=feature.number)
            )
            kind.addItem(tx(LEAVE_OUT), None)
            for code, label in ZONE_KINDS.items():
                kind.addItem(tx(label), code)
            kind.setCurrentIndex(max(0, kind.findData(choice.kind)))
            kind.currentIndexChanged.connect(lambda _i: self._update())
            self.table.setCellWidget(row, 2, kind)
            name = QLineEdit(choice.name)
            name.setAccessibleName(tx("Name of feature {number}").format(number=feature.number))
            name.textChanged.connect(lambda _t: self._update())
            self.table.setCellWidget(row, 3, name)
        self.table.resizeColumnToContents(2)
        self._update()

    def choices(self) -> list[Any]:
        from brdesk.services.zones import ZoneChoice

        found = []
        for row, feature in enumerate(self.layer.features if self.layer else []):
            kind = self.table.cellWidget(row, 2)
            name = self.table.cellWidget(row, 3)
            assert isinstance(kind, QComboBox) and isinstance(name, QLineEdit)
            found.append(ZoneChoice(feature.number, kind.currentData(), name.text()))
        return found

    def _update(self) -> None:
        choices = self.choices()
        features = {f.number: f for f in self.layer.features}
        # Largest first, so that smaller outlines are drawn over them.
        ordered = sorted(choices, key=lambda c: -features[c.feature].outline.area_m2)
        drawn = [
            (c.kind or "", c.name, features[c.feature].outline.geojson()["coordinates"])
            for c in ordered
        ]
        self.preview.empty_text = tx("No polygons in this layer.")
        self.preview.show_data(drawn)
        chosen = [c for c in choices if c.kind]
        problems = [c for c in chosen if not c.name.strip()]
        here = self.zones_here
        incoming = {c.name.strip().casefold() for c in chosen}
        kept = [n for n in here if n.casefold() in incoming]
        gone = [n for n in here if n.casefold() not in incoming]
        text = tx("<b>{v0} of {v1} features become zones.</b>").format(
            v0=len(chosen), v1=len(choices)
        )
        if here:
            text += tx(" They replace the {v0} zones on the map").format(v0=len(here))
            if kept:
                text += tx("; redrawn, keeping the actions that name them: {v0}").format(
                    v0=", ".join(kept)
                )
            if gone:
                text += tx("; removed: {names}").format(names=", ".join(gone))
            text += "."
        if problems:
            text += tx(" <span style='color:#B00020'>Give every zone a name.</span>")
        self.summary.setText(text)
        self.replace_button.setEnabled(bool(chosen) and not problems)

    # --- writing ------------------------------------------------------------------------

    def replace(self) -> None:
        from brdesk.services.zones import replace_zones

        choices = self.choices()
        outlines = {f.number: f.outline for f in self.layer.features}
        store, source = self.ctx.store, self.zone_file.path.name
        reserve = self._reserve_id()
        self.replace_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

        def work(job: Job) -> Any:
            return replace_zones(store, outlines, choices, source=source, reserve_id=reserve,
                                 progress=job.progress)  # fmt: skip

        self.ctx.operations.run(
            work, title=tx(TITLE), writes=True, on_success=self._replaced,
            on_failure=self._failed, on_progress=self._progressed,
        )  # fmt: skip

    def _reserve_id(self) -> int | None:
        with self.ctx.store.dbapi() as conn:
            row = conn.execute("SELECT id FROM reserve ORDER BY id LIMIT 1").fetchone()
        return int(row[0]) if row else None

    def _progressed(self, n: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(n)

    def _replaced(self, done: Any) -> None:
        self.done_message = tx("{v0} The undo history was cleared.").format(v0=say(done.describe()))
        # Undoing an edit made before would not know the zones changed under it.
        self.ctx.undo_stack.clear()
        self.accept()
        prompts.inform(self.parentWidget(), TITLE, self.done_message)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.replace_button.setEnabled(True)
        prompts.warn(self, TITLE, message)
