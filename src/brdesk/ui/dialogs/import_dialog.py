"""Import observations: pick a file, see how it was read (and correct the columns), see what
will be imported and what is rejected and why, then import with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brdesk.db.vocab import CATEGORIES
from brdesk.errors import BrdeskError
from brdesk.exchange.mapping import EXTRA_LABELS, TARGET_FIELDS, ColumnMapping, recognise
from brdesk.exchange.readers import Table, read_table
from brdesk.services.importer import (
    ImportPreview,
    commit_import,
    preview_import,
)
from brdesk.services.observations import ObservationService
from brdesk.services.saved_mappings import save_mapping, saved_mappings
from brdesk.ui import prompts
from brdesk.ui.dialogs.import_parts import encoding_box, scrolling
from brdesk.ui.i18n import marked, number, say, tr_n, tx
from brdesk.ui.operations import Job, Operation, Operations
from brdesk.ui.pages.base import AppContext
from brdesk.ui.widgets.preview_tabs import PreviewTabs, summary_text

FILES = (
    "Field data (*.csv *.txt *.tsv *.xlsx *.zip *.gpx *.kml *.kmz);;"
    "GPS waypoints and tracks (*.gpx *.kml *.kmz);;All files (*)"
)
NOT_IN_FILE = marked("— not in the file —")


class ImportDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        #: the form's choice labels, once read (kept when the file is read again)
        self.form_choices: tuple[dict[str, dict[str, str]], str] | None = None
        self.operations = Operations(self)
        self.operations.changed.connect(ctx.notify)
        #: the import itself, while it writes
        self.import_operation: Operation[int] | None = None
        self.imported = 0
        self.path: Path | None = None
        self.setWindowTitle(tx("Import observations"))
        self.resize(1100, 720)
        labels = {f.name: f.label for f in ObservationService.fields} | EXTRA_LABELS

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(tx("No file chosen yet."))
        choose = QPushButton(tx("Choose file…"))
        choose.clicked.connect(self.choose_file)
        # The text encoding of a CSV: detected, shown, and changeable when the detection
        # (or the file) is wrong: the preview shows what each choice reads.
        self.encoding = encoding_box()
        self.encoding.activated.connect(lambda _i: self.reload())
        top.addWidget(self.file_label, 1)
        top.addWidget(self.encoding)
        top.addWidget(choose)
        layout.addLayout(top)

        body = QHBoxLayout()
        mapping_box = QGroupBox(tx("Columns"))
        mapping_layout = QVBoxLayout(mapping_box)
        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        mapping_layout.addWidget(self.format_label)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for name in TARGET_FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(tx("Column for {v0}").format(v0=tx(labels[name])))
            combo.activated.connect(lambda _i: self.remap())
            form.addRow(tx(labels[name]), combo)
            self.combos[name] = combo
        self.default_category = QComboBox()
        self.default_category.setAccessibleName(tx("Category when the file gives none"))
        self.default_category.addItem(tx("(the file must say)"), None)
        for code, label in CATEGORIES.items():
            self.default_category.addItem(tx(label), code)
        self.default_category.activated.connect(lambda _i: self.remap())
        form.addRow(tx("Category if none"), self.default_category)
        self.default_zone = QLineEdit()
        self.default_zone.setAccessibleName(tx("UTM zone when the file gives none"))
        self.default_zone.setPlaceholderText(tx("e.g. 45R or 18 south"))
        self.default_zone.editingFinished.connect(self.remap)
        form.addRow(tx("UTM zone if none"), self.default_zone)
        self.form_button = QPushButton(tx("Choose the form…"))
        self.form_button.setAccessibleName(tx("The form's choice labels"))
        self.form_button.setToolTip(
            tx(
                "For an export written with choice names (XML values): the form's XLSForm, "
                "so that names such as pseudois_nayaur import as their labels"
            )
        )
        self.form_button.clicked.connect(self.choose_form)
        form.addRow(tx("Choice labels"), self.form_button)
        # The columns scroll on a small screen rather than making the window taller than it.
        mapping_layout.addWidget(scrolling(form), 1)
        save_row = QHBoxLayout()
        self.saved = QComboBox()
        self.saved.setAccessibleName(tx("Saved mappings"))
        self.saved.activated.connect(self.use_saved)
        self.save_mapping_button = QPushButton(tx("Save mapping…"))
        self.save_mapping_button.clicked.connect(self.save_mapping)
        save_row.addWidget(self.saved, 1)
        save_row.addWidget(self.save_mapping_button)
        mapping_layout.addLayout(save_row)
        body.addWidget(mapping_box, 2)

        results = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        results.addWidget(self.summary)
        self.tabs = PreviewTabs(labels)
        results.addWidget(self.tabs, 1)
        body.addLayout(results, 5)
        layout.addLayout(body, 1)

        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.hide()
        bottom.addWidget(self.progress, 1)
        # All or nothing unless the user chooses otherwise: a file with rejected rows is
        # fixed and read again, or its valid rows imported knowingly.
        self.skip_rejected = QCheckBox(tx("Skip the rejected rows and import the rest"))
        self.skip_rejected.setEnabled(False)
        self.skip_rejected.toggled.connect(lambda _on: self._update_import_button())
        bottom.addWidget(self.skip_rejected)
        self.import_button = QPushButton(tx("Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(tx("Close"))
        self.close_button.clicked.connect(self.cancel_or_close)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self._list_saved()
        if path is not None:
            self.load(path)

    # --- mappings saved in the data folder ------------------------------------------------

    def _list_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(tx("Saved mappings…"), None)
        for path in saved_mappings(self.ctx.data_dir.root):
            self.saved.addItem(path.stem, str(path))

    def save_mapping(self) -> Path | None:
        if self.mapping is None:
            return None
        name = prompts.ask_text(self, tx("Save mapping"), tx("Name for this mapping:"))
        if name is None:
            return None
        try:
            path = save_mapping(self.ctx.data_dir.root, name, self.mapping)
        except BrdeskError as exc:
            prompts.warn(self, tx("Save mapping"), say(exc))
            return None
        self._list_saved()
        return path

    def use_saved(self, _index: int = 0) -> None:
        path = self.saved.currentData()
        if not path or self.table is None:
            return
        try:
            self.mapping = ColumnMapping.load(Path(path))
        except BrdeskError as exc:
            prompts.warn(self, tx("Saved mapping"), say(exc))
            return
        self._show_mapping()
        self.run_preview()

    # --- reading and checking -------------------------------------------------------------

    def choose_file(self) -> None:
        path = prompts.choose_open(self, tx("Import observations"), Path.home(), FILES)
        if path is not None:
            self.load(path)

    def choose_form(self) -> None:
        """Read the choice labels of the form the file was exported from."""
        path = prompts.choose_open(self, tx("The form (XLSForm)"), Path.home(), "XLSForm (*.xlsx)")
        if path is None:
            return
        from brdesk.exchange.xlsform import read_form_choices

        try:
            choices = read_form_choices(path)
        except BrdeskError as exc:
            prompts.warn(self, tx("The form (XLSForm)"), say(exc))
            return
        self.form_choices = (choices, path.name)
        self.form_button.setText(path.name)
        if self.mapping is not None:
            self.mapping.choice_labels, self.mapping.choice_form = choices, path.name
            self.run_preview()

    def load(self, path: Path) -> None:
        self.form_choices = None
        self.form_button.setText(tx("Choose the form…"))
        self.path = path
        self.encoding.setCurrentIndex(0)
        self.reload()

    def reload(self) -> None:
        """Read the file again (in the encoding chosen, else the one detected)."""
        path = self.path
        if path is None:
            return
        try:
            self.table = read_table(path, self.encoding.currentData())
        except BrdeskError as exc:
            prompts.warn(self, tx("Import observations"), say(exc))
            return
        csv_file = self.table.encoding is not None
        self.encoding.setEnabled(csv_file)
        if csv_file and self.encoding.currentData() is None:
            self.encoding.setItemText(
                0, tx("Encoding: {encoding} (detected)").format(encoding=self.table.encoding)
            )
        self.file_label.setText(f"<b>{path.name}</b>")
        self.mapping = recognise(self.table.headers)
        if self.form_choices is not None:
            self.mapping.choice_labels, self.mapping.choice_form = self.form_choices
        self._show_mapping()
        self.run_preview()

    def _show_mapping(self) -> None:
        assert self.table is not None and self.mapping is not None
        self.format_label.setText(
            tx("Read as: <b>{format_name}</b>").format(format_name=self.mapping.format_name)
        )
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tx(NOT_IN_FILE), None)
            for header in self.table.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(self.mapping.fields.get(name)), 0))
            combo.blockSignals(False)
        self.default_category.setCurrentIndex(
            max(self.default_category.findData(self.mapping.defaults.get("category")), 0)
        )
        self.default_zone.setText(str(self.mapping.defaults.get("utm_zone") or ""))

    def remap(self) -> None:
        """The user corrected a column: check the file again with the new mapping."""
        if self.mapping is None:
            return
        self.mapping.fields = {
            n: c.currentData() for n, c in self.combos.items() if c.currentData()
        }
        category = self.default_category.currentData()
        if category:
            self.mapping.defaults["category"] = category
        else:
            self.mapping.defaults.pop("category", None)
        zone = self.default_zone.text().strip()
        if zone:
            self.mapping.defaults["utm_zone"] = zone
        else:
            self.mapping.defaults.pop("utm_zone", None)
        known = self.mapping.source in ("kobo", "odk", "inat", "gbif", "dwc")
        if known and "(adjusted)" not in self.mapping.format_name:
            self.mapping.format_name += " (adjusted)"
        self.format_label.setText(
            tx("Read as: <b>{format_name}</b>").format(format_name=self.mapping.format_name)
        )
        self.run_preview()

    def run_preview(self) -> Operation[ImportPreview] | None:
        """Check the whole file on a worker thread (a big file takes seconds); a newer
        correction of the columns overtakes a check under way."""
        if self.table is None or self.mapping is None:
            return None
        self.import_button.setEnabled(False)
        self.summary.setText(tx("Checking every row…"))
        store, table, mapping = self.ctx.store, self.table, self.mapping

        def work(job: Job) -> ImportPreview:
            return preview_import(
                store, table.path, mapping, table=table, rows_read=lambda n: job.progress(n, 0)
            )

        return self.operations.run(
            work,
            key="import: check",
            on_progress=lambda read, _total: self.summary.setText(
                tx("Checking every row… {read} read").format(read=number(read))
            ),
            on_success=self._checked,
            on_failure=self._check_failed,
            discard=lambda preview: preview.discard(),
        )

    def _checked(self, preview: ImportPreview) -> None:
        if self.preview is not None:
            self.preview.discard()
        self.preview = preview
        if self.path is not None:
            self.file_label.setText(
                f"<b>{self.path.name}</b>: " + tr_n("%Ln row(s)", "", preview.total_rows)
            )
        self._show_preview(preview)

    def _check_failed(self, message: str) -> None:
        if self.preview is not None:
            self.preview.discard()
        self.preview = None
        self.summary.setText(f"<span style='color:#B00020'>{message}</span>")
        self.import_button.setEnabled(False)
        self.tabs.clear()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.summary.setText(summary_text(preview))
        self.tabs.show_preview(preview)
        self._update_import_button()

    def _update_import_button(self) -> None:
        preview = self.preview
        if preview is None:
            return
        rejected = preview.rejected_total
        self.skip_rejected.setEnabled(bool(rejected) and preview.accepted > 0)
        allowed = not rejected or self.skip_rejected.isChecked()
        self.import_button.setEnabled(preview.accepted > 0 and allowed)
        skipped = tr_n(", skip %Ln", "", rejected) if rejected and allowed else ""
        self.import_button.setText(tr_n("Import %Ln row(s)", "", preview.accepted) + skipped)
        self.import_button.setToolTip(
            ""
            if allowed
            else tx(
                "Some rows are rejected: fix the file or the columns, or tick "
                "\u201cSkip the rejected rows\u201d to import the others"
            )
        )

    # --- importing ------------------------------------------------------------------------

    def start_import(self) -> Operation[int] | None:
        preview = self.preview
        if preview is None or not preview.accepted:
            return None
        if preview.rejected_total and not self.skip_rejected.isChecked():
            return None  # all or nothing, unless the user chose to skip the rejected rows
        self.import_button.setEnabled(False)
        self.close_button.setText(tx("Cancel"))
        self.progress.setRange(0, preview.accepted)
        self.progress.setValue(0)
        self.progress.show()
        store = self.ctx.store

        def work(job: Job) -> int:
            def step(done: int, total: int) -> None:
                job.check(tx("The import was cancelled: nothing was imported."))
                job.progress(done, total)

            return commit_import(store, preview, progress=step)

        self.import_operation = self.operations.run(
            work,
            key="import: write",
            writes=True,
            on_progress=self._import_progress,
            on_success=self._imported,
            on_failure=self._failed,
        )
        return self.import_operation

    def _import_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @property
    def importing(self) -> bool:
        return self.import_operation is not None and self.import_operation.running

    def done(self, result: int) -> None:
        """Closing the window (Esc, the title bar) while rows are being written cancels
        the import and waits for it to undo itself; otherwise the checked rows are let go."""
        if self.importing:
            self.cancel()
            return
        self.operations.stop_all()  # a check under way delivers nothing more
        if self.preview is not None:
            self.preview.discard()
            self.preview = None
        super().done(result)

    def cancel(self) -> None:
        """Cancel the import under way (it takes its rows back)."""
        if self.import_operation is not None:
            self.import_operation.cancel()

    def cancel_or_close(self) -> None:
        if self.importing:
            self.cancel()
            return
        self.accept() if self.imported else self.reject()

    def _finish(self) -> None:
        self.progress.hide()
        self.close_button.setText(tx("Close"))
        self.import_operation = None

    def _imported(self, count: int) -> None:
        self._finish()
        self.imported = count
        self.summary.setText(
            tx("<b>{count}</b> observations imported.").format(count=number(count))
        )
        self.import_button.setEnabled(False)
        self.import_button.setText(tx("Imported"))

    def _failed(self, message: str) -> None:
        self._finish()
        self.import_button.setEnabled(True)
        self.summary.setText(f"<span style='color:#B00020'>{message}</span>")
