"""PersonRecord ⇄ table rows, as plain tuples for `executemany`: the one place that knows how a
record is laid out in SQLite, so writing and reading cannot drift apart."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from verification.registry.errors import RegistryError
from verification.registry.model import (
    BorderCrossing,
    CitizenshipState,
    CitizenshipStatus,
    Direction,
    IdentityDocument,
    PersonName,
    PersonRecord,
    Script,
)

Row = tuple[Any, ...]

INSERT = {
    "persons": "INSERT INTO persons (pk, partner_id, sex, birth_date, birth_place, birth_place_latin, personal_id,"
    " personal_id_norm, photo_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "names": "INSERT INTO names (person, ord, script, surname, given_names, latin_surname, latin_given_names)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)",
    "documents": "INSERT INTO documents (person, ord, doc_type, number, number_norm, issuing_state,"
    " issuing_authority, issue_date, expiry_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "citizenship": "INSERT INTO citizenship (person, ord, state, since, certificate_number, authority)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "crossings": "INSERT INTO crossings (person, ord, time, crossing_point, direction, document_number,"
    " document_state) VALUES (?, ?, ?, ?, ?, ?, ?)",
}
CHILD_TABLES = ("names", "documents", "citizenship", "crossings")

_NOT_ALNUM = re.compile(r"[^0-9A-Z]+")
_SEXES = frozenset(("M", "F", "X"))


def norm_number(number: str) -> str:
    """A document or personal number as compared: upper case, letters and digits only (spaces,
    hyphens and MRZ fillers gone)."""
    if number.isascii() and number.isalnum() and (number.isupper() or number.isdigit()):
        return number  # the usual case, without the regex
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", number).upper())


def _date(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _time(t: dt.datetime) -> str:
    if t.tzinfo is dt.UTC:
        return t.isoformat()
    if t.tzinfo is None or t.utcoffset() is None:
        raise RegistryError(f"a crossing time must carry its time zone (UTC), got {t.isoformat()}")
    return t.astimezone(dt.UTC).isoformat()


_SCRIPTS = frozenset(Script)
_STATES = frozenset(CitizenshipState)
_DIRECTIONS = frozenset(Direction)


class Rows:
    """Row buffers, one list per table, filled record by record and emptied by `executemany`."""

    def __init__(self) -> None:
        self.persons: list[Row] = []
        self.names: list[Row] = []
        self.documents: list[Row] = []
        self.citizenship: list[Row] = []
        self.crossings: list[Row] = []

    def tables(self) -> list[tuple[str, list[Row]]]:
        return [("persons", self.persons), ("names", self.names), ("documents", self.documents),
                ("citizenship", self.citizenship), ("crossings", self.crossings)]  # fmt: skip

    def add(self, rec: PersonRecord, pk: int) -> None:
        """Append the rows of one record. Values the schema does not check (it has no CHECK
        constraints, see `schema`) are checked here; enum members are bound as they are (StrEnum:
        SQLite stores their text)."""
        if rec.sex not in _SEXES or not rec.partner_id:
            raise RegistryError(f"record {rec.partner_id!r}: sex must be M, F or X, not {rec.sex!r}")
        pid = rec.personal_id
        self.persons.append(
            (pk, rec.partner_id, rec.sex, rec.birth_date.isoformat(), rec.birth_place, rec.birth_place_latin,
             pid, None if pid is None else norm_number(pid), rec.photo_sha256)
        )  # fmt: skip
        for i, n in enumerate(rec.names):
            if n.script not in _SCRIPTS:
                raise RegistryError(f"record {rec.partner_id}: unknown script {n.script!r}")
            self.names.append((pk, i, n.script, n.surname, n.given_names, n.latin_surname, n.latin_given_names))
        for i, d in enumerate(rec.documents):
            self.documents.append(
                (pk, i, d.doc_type, d.number, norm_number(d.number), d.issuing_state, d.issuing_authority,
                 _date(d.issue_date), _date(d.expiry_date))
            )  # fmt: skip
        for i, c in enumerate(rec.citizenship):
            if c.state not in _STATES:
                raise RegistryError(f"record {rec.partner_id}: unknown citizenship state {c.state!r}")
            self.citizenship.append((pk, i, c.state, c.since.isoformat(), c.certificate_number, c.authority))
        for i, x in enumerate(rec.crossings):
            if x.direction not in _DIRECTIONS:
                raise RegistryError(f"record {rec.partner_id}: unknown direction {x.direction!r}")
            self.crossings.append(
                (pk, i, _time(x.time), x.crossing_point, x.direction, x.document_number, x.document_state)
            )


def record_rows(rec: PersonRecord, pk: int) -> tuple[Row, dict[str, list[Row]]]:
    """The persons row and the child-table rows of one record."""
    rows = Rows()
    rows.add(rec, pk)
    return rows.persons[0], {t: r for t, r in rows.tables() if t != "persons"}


def _opt_date(s: str | None) -> dt.date | None:
    return None if s is None else dt.date.fromisoformat(s)


def name_of(row: Sequence[Any]) -> PersonName:
    """A names row (without person/ord) as a PersonName."""
    return PersonName(Script(row[0]), row[1], row[2], row[3], row[4])


def decode(partner_state: str, person: Sequence[Any], children: dict[str, list[Row]]) -> PersonRecord:
    """A record from its persons row (pk first) and its child rows (person and ord dropped)."""
    _, partner_id, sex, birth, place, place_latin, pid, _, photo = person
    return PersonRecord(
        partner_id=partner_id,
        partner_state=partner_state,
        sex=sex,
        birth_date=dt.date.fromisoformat(birth),
        birth_place=place,
        birth_place_latin=place_latin,
        personal_id=pid,
        names=tuple(name_of(r) for r in children["names"]),
        documents=tuple(
            IdentityDocument(r[0], r[1], r[3], r[4], _opt_date(r[5]), _opt_date(r[6])) for r in children["documents"]
        ),
        citizenship=tuple(
            CitizenshipStatus(CitizenshipState(r[0]), dt.date.fromisoformat(r[1]), r[2], r[3])
            for r in children["citizenship"]
        ),
        crossings=tuple(
            BorderCrossing(dt.datetime.fromisoformat(r[0]), r[1], Direction(r[2]), r[3], r[4])
            for r in children["crossings"]
        ),
        photo_sha256=photo,
    )


SELECT_PERSON = (
    "SELECT pk, partner_id, sex, birth_date, birth_place, birth_place_latin, personal_id, personal_id_norm,"
    " photo_sha256 FROM persons"
)
_SELECT_CHILD = {
    "names": "SELECT person, script, surname, given_names, latin_surname, latin_given_names FROM names",
    "documents": "SELECT person, doc_type, number, number_norm, issuing_state, issuing_authority, issue_date,"
    " expiry_date FROM documents",
    "citizenship": "SELECT person, state, since, certificate_number, authority FROM citizenship",
    "crossings": "SELECT person, time, crossing_point, direction, document_number, document_state FROM crossings",
}


def load_records(conn: sqlite3.Connection, partner_state: str, pks: Iterable[int]) -> dict[int, PersonRecord]:
    """Full records of the persons with these row keys, in five queries whatever their number."""
    wanted = sorted(set(pks))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    persons = conn.execute(f"{SELECT_PERSON} WHERE pk IN ({marks})", wanted).fetchall()
    children: dict[int, dict[str, list[Row]]] = {pk: {t: [] for t in CHILD_TABLES} for pk in wanted}
    for table, sql in _SELECT_CHILD.items():
        for row in conn.execute(f"{sql} WHERE person IN ({marks}) ORDER BY person, ord", wanted):
            children[row[0]][table].append(row[1:])
    return {row[0]: decode(partner_state, row, children[row[0]]) for row in persons}
