"""“Start my plan”: three short steps, about you, your reserve, a first objective."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from brdesk import reference
from brdesk.db.vocab import ROLES
from brdesk.errors import ValidationError
from brdesk.services.plan import ObjectiveService
from brdesk.services.profile import ParticipantService, ReserveService
from brdesk.services.templates import plan_templates
from brdesk.ui.i18n import current_language, say, tx
from brdesk.ui.widgets.form_editors import CountryBox


class _StepPage(QWizardPage):
    """A page whose fields are checked by a service before the wizard moves on."""

    def __init__(self, title: str, subtitle: str, service: Any) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.service = service
        self.form = QFormLayout(self)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)

    def add_line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(label)
        self.form.addRow(label, line)
        self.inputs[name] = line
        return line

    def add_combo(self, name: str, label: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(label)
        for value, text in items:
            combo.addItem(text, value)
        self.form.addRow(label, combo)
        self.inputs[name] = combo
        return combo

    def add_country(self, name: str, label: str) -> CountryBox:
        box = CountryBox()
        box.setAccessibleName(label)
        self.form.addRow(label, box)
        self.inputs[name] = box
        return box

    def finish_layout(self) -> None:
        self.form.addRow(self.error)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, CountryBox):
                out[name] = widget.typed()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            else:
                out[name] = widget.text()
        return out

    def validatePage(self) -> bool:
        try:
            cleaned = self.service.clean(self.checked_values())
            self.service.check_record(cleaned)
        except ValidationError as exc:
            self.error.setText(say(exc))
            widget = self.inputs.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return False
        self.error.clear()
        return True

    def checked_values(self) -> dict[str, Any]:
        return self.values()


class _ObjectivePage(_StepPage):
    def checked_values(self) -> dict[str, Any]:
        values = self.values()
        values.pop("template", None)
        # The plan does not exist yet; any id passes the field check.
        return {**values, "plan_id": 1}


class StartWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tx("Start my plan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(640, 440)

        self.person = _StepPage(
            tx("About you"),
            tx("Your report and your plan carry your name. You can add the rest later."),
            _Checker(ParticipantService),
        )
        self.person.add_line("full_name", tx("Full name*"), tx("e.g. Amina Njeri"))
        self.person.add_country("country_code", tx("Country"))
        self.person.add_combo(
            "role", tx("Role"), [(None, ""), *((code, tx(label)) for code, label in ROLES.items())]
        )
        self.person.add_line("institution", tx("Institution"))
        self.person.finish_layout()
        self.addPage(self.person)

        self.reserve = _StepPage(
            tx("Your reserve"),
            tx("The mountain biosphere reserve your plan is for."),
            _Checker(ReserveService),
        )
        self.reserve.add_line("name", tx("Reserve name*"), tx("e.g. Mount Kenya Biosphere Reserve"))
        self.reserve.add_country("country_code", tx("Country"))
        self.reserve.add_line("elevation_min_m", tx("Lowest elevation (m)"))
        self.reserve.add_line("elevation_max_m", tx("Highest elevation (m)"))
        self.reserve.finish_layout()
        self.addPage(self.reserve)

        self.objective = _ObjectivePage(
            tx("A first objective"),
            tx(
                "Pick the pillar and write what you want to achieve, or start from an example. "
                "You will add actions on the Action plan page."
            ),
            _Checker(ObjectiveService),
        )
        self.objective.add_combo(
            "pillar_id",
            tx("Pillar"),
            [(p.number, f"{p.number}. {p.name}") for p in reference.pillars(current_language())],
        )
        self.objective.add_line("title", tx("Objective*"), tx("e.g. Monitor glacier retreat"))
        template = self.objective.add_combo(
            "template",
            tx("Or an example"),
            [(None, tx("(none: I write my own)"))]
            + [(t.id, f"{t.pillar}. {t.objective}") for t in plan_templates()],
        )
        template.currentIndexChanged.connect(self._template_chosen)
        self.objective.finish_layout()
        self.addPage(self.objective)
        self.currentIdChanged.connect(self._page_shown)

    def _page_shown(self, _id: int) -> None:
        # The reserve is most often in the participant's own country.
        if self.currentPage() is self.reserve:
            mine = self.person.inputs["country_code"]
            theirs = self.reserve.inputs["country_code"]
            assert isinstance(mine, CountryBox) and isinstance(theirs, CountryBox)
            if not theirs.typed():
                theirs.setEditText(mine.typed())

    def _template_chosen(self, _index: int) -> None:
        combo = self.objective.inputs["template"]
        assert isinstance(combo, QComboBox)
        template_id = combo.currentData()
        for t in plan_templates():
            if t.id == template_id:
                title = self.objective.inputs["title"]
                pillar = self.objective.inputs["pillar_id"]
                assert isinstance(title, QLineEdit) and isinstance(pillar, QComboBox)
                title.setText(t.objective)
                pillar.setCurrentIndex(pillar.findData(t.pillar))

    def answers(self) -> dict[str, dict[str, Any]]:
        return {
            "participant": self.person.values(),
            "reserve": self.reserve.values(),
            "objective": self.objective.values(),
        }


class _Checker:
    """The validation half of a service, usable before any data folder is involved."""

    def __init__(self, service_cls: Any) -> None:
        self._service = service_cls(store=None)

    def clean(self, values: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = self._service.clean(values)
        return result

    def check_record(self, record: dict[str, Any]) -> None:
        self._service.check_record(record)
