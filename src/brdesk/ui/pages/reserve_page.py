"""My reserve: the participant, the programme attended, and the reserve, saved as you type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brdesk.services.profile import ParticipantService, ProgrammeService, ReserveService
from brdesk.ui.i18n import marked, say, tx
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.widgets.headers import page_heading
from brdesk.ui.widgets.record_form import RecordForm


def _values(service: Any, record: Any) -> dict[str, Any]:
    if record is None:
        return {}
    return {f.name: getattr(record, f.name) for f in service.fields}


class ReservePage(Page):
    key = "reserve"
    title = marked("My reserve")
    subtitle = marked("About you and your biosphere reserve. Changes are saved as you type.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.participants = ParticipantService(ctx.store)
        self.programmes = ProgrammeService(ctx.store)
        self.reserves = ReserveService(ctx.store)

        outer = QVBoxLayout(self)
        outer.addWidget(page_heading(self.title, self.subtitle))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        columns = QHBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        left = QVBoxLayout()
        person_box = QGroupBox(tx("About you"))
        person_layout = QVBoxLayout(person_box)
        self.person_hint = QLabel(tx("Start with your full name; the other fields open up then."))
        self.person_hint.setStyleSheet("color: #555555;")
        person_layout.addWidget(self.person_hint)
        person_fields = [f for f in self.participants.fields if f.name != "programme_id"]
        self.person_form = RecordForm(person_fields)
        self.person_form.setAccessibleName(tx("About you"))
        person_layout.addWidget(self.person_form)
        left.addWidget(person_box)

        programme_box = QGroupBox(tx("Programme attended"))
        programme_layout = QVBoxLayout(programme_box)
        self.programme_form = RecordForm(self.programmes.fields)
        self.programme_form.setAccessibleName(tx("Programme attended"))
        programme_layout.addWidget(self.programme_form)
        left.addWidget(programme_box)
        left.addStretch(1)

        reserve_box = QGroupBox(tx("Your reserve"))
        reserve_layout = QVBoxLayout(reserve_box)
        self.reserve_form = RecordForm(
            self.reserves.fields,
            labels={"year_designated": marked("Year designated")},
        )
        self.reserve_form.setAccessibleName(tx("Your reserve"))
        reserve_layout.addWidget(self.reserve_form)
        # The zones' areas on the map beside those typed above (the Map page has the rest).
        self.map_areas = QLabel()
        self.map_areas.setWordWrap(True)
        self.map_areas.setAccessibleName(tx("Areas on the map"))
        self.map_areas.linkActivated.connect(lambda _l: ctx.navigate.emit("map"))
        reserve_layout.addWidget(self.map_areas)
        right = QVBoxLayout()
        right.addWidget(reserve_box)
        right.addStretch(1)

        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    def refresh(self) -> None:
        person = self.participants.current()
        stack = self.ctx.undo_stack
        notify = self.ctx.notify
        self.person_form.bind(
            self.participants,
            stack,
            person.id if person else None,
            _values(self.participants, person),
            notify,
            create=self.participants.create_with_programme,
        )
        for name, editor in self.person_form.editors.items():
            editor.setEnabled(person is not None or name == "full_name")
        self.person_hint.setVisible(person is None)

        programme = None
        if person is not None and person.programme_id is not None:
            programme = self.programmes.get(person.programme_id)
        if programme is None:
            self._show_default_programme()
        else:
            self.programme_form.bind(
                self.programmes, stack, programme.id, _values(self.programmes, programme), notify
            )
            self.programme_form.setEnabled(True)

        reserve = self.reserves.current()
        # A new reserve is in the participant's country unless the user says otherwise.
        defaults = {"country_code": person.country_code} if person is not None else {}
        self.reserve_form.bind(
            self.reserves, stack, reserve.id if reserve else None,
            _values(self.reserves, reserve), notify,
            create_defaults={k: v for k, v in defaults.items() if v},
        )  # fmt: skip
        for name, editor in self.reserve_form.editors.items():
            editor.setEnabled(reserve is not None or name == "name")
        self._show_map_areas()

    def _show_map_areas(self) -> None:
        from brdesk.services.zone_summaries import area_checks

        with self.ctx.read_connection() as conn:
            checks = [c for c in area_checks(conn) if c.on_map_ha is not None]
        lines = []
        for check in checks:
            area = QLocale().toString(check.on_map_ha or 0.0, "f", 0)
            line = f"{tx(check.label)}: {area} ha, {say(check.describe())}"
            lines.append(f"<span style='color:#B00020'>{line}</span>" if check.differs else line)
        self.map_areas.setText(
            tx("<b>On the <a href='map'>map</a></b> (outlines, on the ellipsoid):")
            + "<br>"
            + "<br>".join(lines)
        )
        self.map_areas.setVisible(bool(checks))

    def _show_default_programme(self) -> None:
        from brdesk.reference import programme

        p = programme()
        self.programme_form.set_values(
            {
                "name": p.name,
                "place": p.place,
                "start_date": p.start,
                "end_date": p.end,
                "contact_email": p.contact_email,
            }
        )
        # Filled in for the participant once they have a profile.
        self.programme_form.setEnabled(False)

    def focus_find(self) -> None:
        self.person_form.editors["full_name"].setFocus()

    def commit_pending(self) -> None:
        for form in (self.person_form, self.programme_form, self.reserve_form):
            form.commit_all()
