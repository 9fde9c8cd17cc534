"""The registry record the documents lead to: names in every script, birth, identity documents,
the citizenship status history, and one timeline of status changes and border crossings in date
order with the termination's date of effect marked, so a crossing on a PRC document after that
date stands out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.capture_flow import Outcome
from desktop.screens.base import name
from desktop.screens.results.common import Panel, caption, fill_table, make_table
from verification.registry.model import CitizenshipState, PersonRecord

SCRIPTS = {"Hans": "汉字", "Cyrl": "Кириллица", "Arab": "عربي", "Latn": "Latin"}


def termination_date(person: PersonRecord) -> dt.date | None:
    current = person.current_status
    return current.since if current is not None and current.state is CitizenshipState.TERMINATED else None


class RegistryPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("registrySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.names_title, self.docs_title, self.status_title, self.timeline_title = (caption() for _ in range(4))
        self.names, self.docs = make_table("registryNames"), make_table("registryDocuments")
        self.statuses, self.timeline = make_table("citizenshipHistory"), make_table("timeline")
        for title, table in ((self.names_title, self.names), (self.docs_title, self.docs),
                             (self.status_title, self.statuses), (self.timeline_title, self.timeline)):  # fmt: skip
            layout.addWidget(title)
            layout.addWidget(table)
        layout.addStretch(1)
        self.redraw()  # accessible names before any result

    def show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.redraw()

    def redraw(self) -> None:
        self.names_title.setText(self.tr("Names"))
        self.docs_title.setText(self.tr("Identity documents"))
        self.status_title.setText(self.tr("Citizenship status history"))
        self.timeline_title.setText(self.tr("Timeline: status changes and border crossings"))
        for table, text in ((self.names, self.tr("Names")), (self.docs, self.tr("Identity documents")),
                            (self.statuses, self.tr("Citizenship status history")),
                            (self.timeline, self.tr("Timeline")),
                            (self.summary, self.tr("Registry record"))):  # fmt: skip
            name(table, text)
        if self.outcome is None:
            return
        person = self.outcome.result.person
        facts = self.outcome.result.facts
        fresh = facts.freshness
        stale = "" if fresh is None or fresh.fresh else "\n⚠ " + self.tr("Registry data is not current:") + " " \
            + fresh.message()  # fmt: skip
        states = {CitizenshipState.ACTIVE: self.tr("active"),
                  CitizenshipState.RENUNCIATION_PENDING: self.tr("renunciation pending"),
                  CitizenshipState.TERMINATED: self.tr("terminated")}  # fmt: skip
        if person is None:
            self.summary.setText(self.tr("No registry record was found for these documents.") + stale)
            for table in (self.names, self.docs, self.statuses, self.timeline):
                fill_table(table, [], [], fit=True)
            return
        how = {"document": self.tr("by document number"), "personal_id": self.tr("by personal id"),
               "name": self.tr("by name and birth date")}.get(facts.person_how, facts.person_how)  # fmt: skip
        summary = self.tr("%1 %2, found %3; born %4 in %5; sex %6").replace("%1", person.partner_state).replace(
            "%2", person.partner_id).replace("%3", how).replace("%4", person.birth_date.isoformat()).replace(
            "%5", " / ".join(p for p in (person.birth_place, person.birth_place_latin) if p) or "—").replace(
            "%6", person.sex)  # fmt: skip
        if person.personal_id:
            summary += "; " + self.tr("personal id %1").replace("%1", person.personal_id)
        if facts.other_candidates:
            summary += "\n⚠ " + self.tr("Other records fit too: %1").replace("%1", ", ".join(facts.other_candidates))
        self.summary.setText(summary + stale)
        fill_table(self.names, [self.tr("Script"), self.tr("Surname"), self.tr("Given names"), self.tr("Latin")],
                   [[SCRIPTS.get(n.script.value, n.script.value), n.surname, n.given_names,
                     f"{n.latin_surname} {n.latin_given_names}".strip()] for n in person.names], fit=True)  # fmt: skip
        fill_table(self.docs, [self.tr("Type"), self.tr("Number"), self.tr("State"), self.tr("Authority"),
                               self.tr("Issued"), self.tr("Expires")],
                   [[d.doc_type, d.number, d.issuing_state, d.issuing_authority,
                     d.issue_date.isoformat() if d.issue_date else "—",
                     d.expiry_date.isoformat() if d.expiry_date else "—"] for d in person.documents],
                   fit=True)  # fmt: skip
        fill_table(self.statuses, [self.tr("Since"), self.tr("Status"), self.tr("Certificate"), self.tr("Authority")],
                   [[s.since.isoformat(), states[s.state], s.certificate_number or "—", s.authority or "—"]
                    for s in person.citizenship], fit=True)  # fmt: skip
        self._timeline(person, states)

    def _timeline(self, person: PersonRecord, states: dict[CitizenshipState, str]) -> None:
        effect = termination_date(person)
        events: list[tuple[dt.datetime, list[str], bool]] = []
        for s in person.citizenship:
            when = dt.datetime.combine(s.since, dt.time(), dt.UTC)
            marked = s.state is CitizenshipState.TERMINATED and s.since == effect
            what = self.tr("▶ termination takes effect") if marked else self.tr("status")
            events.append((when, [s.since.isoformat(), what, states[s.state], s.certificate_number or "", ""], marked))
        directions = {"entry": self.tr("entry"), "exit": self.tr("exit")}
        for c in person.crossings:
            after = effect is not None and c.time.date() >= effect
            note = self.tr("after termination") if after else ""
            row = [c.time.strftime("%Y-%m-%d %H:%M"), directions.get(c.direction.value, c.direction.value),
                   c.crossing_point, f"{c.document_state} {c.document_number}", note]  # fmt: skip
            events.append((c.time, row, after))
        events.sort(key=lambda e: e[0])
        fill_table(self.timeline, [self.tr("Date"), self.tr("Event"), self.tr("Where / status"),
                                   self.tr("Document"), self.tr("Note")], [e[1] for e in events], fit=True)  # fmt: skip
        bold = QFont()
        bold.setBold(True)
        for r, (_, _, marked) in enumerate(events):
            if marked:
                for c in range(self.timeline.columnCount()):
                    item = self.timeline.item(r, c)
                    if item is not None:
                        item.setFont(bold)
