"""PersonRecord <-> JSON Lines. Strict on input: a package line that does not parse exactly is a
rejected package, never a half-read person. Error messages name the line, never its content."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
from verification.registry.sync.format import iso, parse_iso


class RecordError(ValueError):
    """One line of a records file is not a valid record (the message never quotes the data)."""


@dataclass(frozen=True)
class Upsert:
    person: PersonRecord


@dataclass(frozen=True)
class Delete:
    partner_id: str


Operation = Upsert | Delete


def person_to_json(p: PersonRecord) -> dict[str, Any]:
    return {
        "partner_id": p.partner_id,
        "partner_state": p.partner_state,
        "sex": p.sex,
        "birth_date": p.birth_date.isoformat(),
        "birth_place": p.birth_place,
        "birth_place_latin": p.birth_place_latin,
        "personal_id": p.personal_id,
        "names": [
            {
                "script": n.script.value,
                "surname": n.surname,
                "given_names": n.given_names,
                "latin_surname": n.latin_surname,
                "latin_given_names": n.latin_given_names,
            }
            for n in p.names
        ],
        "documents": [
            {
                "doc_type": d.doc_type,
                "number": d.number,
                "issuing_state": d.issuing_state,
                "issuing_authority": d.issuing_authority,
                "issue_date": _date_out(d.issue_date),
                "expiry_date": _date_out(d.expiry_date),
            }
            for d in p.documents
        ],
        "citizenship": [
            {
                "state": c.state.value,
                "since": c.since.isoformat(),
                "certificate_number": c.certificate_number,
                "authority": c.authority,
            }
            for c in p.citizenship
        ],
        "crossings": [
            {
                "time": iso(c.time),
                "crossing_point": c.crossing_point,
                "direction": c.direction.value,
                "document_number": c.document_number,
                "document_state": c.document_state,
            }
            for c in p.crossings
        ],
        "photo_sha256": p.photo_sha256,
    }


def person_from_json(d: object) -> PersonRecord:
    o = _Obj(d, "person")
    person = PersonRecord(
        partner_id=o.text("partner_id"),
        partner_state=o.text("partner_state"),
        sex=o.choice("sex", ("M", "F", "X")),
        birth_date=o.date("birth_date"),
        birth_place=o.text("birth_place", empty_ok=True),
        birth_place_latin=o.text("birth_place_latin", default="", empty_ok=True),
        personal_id=o.opt_text("personal_id"),
        names=tuple(_name(x) for x in o.list("names")),
        documents=tuple(_document(x) for x in o.list("documents")),
        citizenship=tuple(_status(x) for x in o.list("citizenship")),
        crossings=tuple(_crossing(x) for x in o.list("crossings")),
        photo_sha256=o.opt_sha256("photo_sha256"),
    )
    o.done()
    return person


def operation_to_line(op: Operation) -> bytes:
    d: dict[str, Any]
    if isinstance(op, Upsert):
        d = {"op": "upsert", "person": person_to_json(op.person)}
    else:
        d = {"op": "delete", "partner_id": op.partner_id}
    return json.dumps(d, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode() + b"\n"


def operation_from_line(line: bytes, bare_person_ok: bool = False) -> Operation:
    """One JSON line. `bare_person_ok` lets partner input files list plain person objects."""
    try:
        d = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordError(f"not JSON ({exc.__class__.__name__})") from None
    if not isinstance(d, dict):
        raise RecordError("not a JSON object")
    if "op" not in d and bare_person_ok:
        return Upsert(person_from_json(d))
    o = _Obj(d, "line")
    op = o.choice("op", ("upsert", "delete"))
    result: Operation = Upsert(person_from_json(o.raw("person"))) if op == "upsert" else Delete(o.text("partner_id"))
    o.done()
    return result


def read_operations(path: Path, max_line_bytes: int, bare_person_ok: bool = False) -> Iterator[tuple[int, Operation]]:
    """(line number, operation) for every non-blank line; RecordError names the line."""
    with path.open("rb") as f:
        for number, line in enumerate(_lines(f, max_line_bytes), start=1):
            if not line.strip():
                continue
            try:
                yield number, operation_from_line(line, bare_person_ok)
            except RecordError as exc:
                raise RecordError(f"line {number}: {exc}") from None


def _lines(f: Any, max_line_bytes: int) -> Iterator[bytes]:
    while True:
        line: bytes = f.readline(max_line_bytes + 1)
        if not line:
            return
        if len(line) > max_line_bytes:
            raise RecordError(f"a line is longer than {max_line_bytes} bytes")
        yield line


def _name(d: object) -> PersonName:
    o = _Obj(d, "name")
    n = PersonName(
        script=Script(o.choice("script", tuple(s.value for s in Script))),
        surname=o.text("surname", empty_ok=True),
        given_names=o.text("given_names", empty_ok=True),
        latin_surname=o.text("latin_surname", default="", empty_ok=True),
        latin_given_names=o.text("latin_given_names", default="", empty_ok=True),
    )
    o.done()
    return n


def _document(d: object) -> IdentityDocument:
    o = _Obj(d, "document")
    doc = IdentityDocument(
        doc_type=o.text("doc_type"),
        number=o.text("number"),
        issuing_state=o.text("issuing_state"),
        issuing_authority=o.text("issuing_authority", empty_ok=True),
        issue_date=o.opt_date("issue_date"),
        expiry_date=o.opt_date("expiry_date"),
    )
    o.done()
    return doc


def _status(d: object) -> CitizenshipStatus:
    o = _Obj(d, "citizenship")
    s = CitizenshipStatus(
        state=CitizenshipState(o.choice("state", tuple(s.value for s in CitizenshipState))),
        since=o.date("since"),
        certificate_number=o.opt_text("certificate_number"),
        authority=o.opt_text("authority"),
    )
    o.done()
    return s


def _crossing(d: object) -> BorderCrossing:
    o = _Obj(d, "crossing")
    c = BorderCrossing(
        time=o.time("time"),
        crossing_point=o.text("crossing_point"),
        direction=Direction(o.choice("direction", tuple(x.value for x in Direction))),
        document_number=o.text("document_number"),
        document_state=o.text("document_state"),
    )
    o.done()
    return c


def _date_out(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


class _Obj:
    """Typed, exhaustive access to one JSON object: unknown keys are an error, so a newer format
    is refused instead of silently losing fields."""

    def __init__(self, d: object, what: str) -> None:
        if not isinstance(d, dict):
            raise RecordError(f"{what} is not a JSON object")
        self._d: dict[str, Any] = d
        self._what = what
        self._seen: set[str] = set()

    def raw(
        self,
        key: str,
        default: object = ...,
    ) -> Any:
        self._seen.add(key)
        if key not in self._d:
            if default is ...:
                raise RecordError(f"{self._what} lacks '{key}'")
            return default
        return self._d[key]

    def text(self, key: str, default: str | None = None, empty_ok: bool = False) -> str:
        v = self.raw(key, ... if default is None else default)
        if not isinstance(v, str) or (not v and not empty_ok):
            raise RecordError(f"{self._what}.{key} must be a {'' if empty_ok else 'non-empty '}string")
        return v

    def opt_text(self, key: str) -> str | None:
        v = self.raw(key, None)
        return None if v is None else self.text(key)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        v = self.text(key)
        if v not in allowed:
            raise RecordError(f"{self._what}.{key} must be one of {', '.join(allowed)}")
        return v

    def date(self, key: str) -> dt.date:
        try:
            return dt.date.fromisoformat(self.text(key))
        except ValueError:
            raise RecordError(f"{self._what}.{key} is not a YYYY-MM-DD date") from None

    def opt_date(self, key: str) -> dt.date | None:
        return None if self.raw(key, None) is None else self.date(key)

    def time(self, key: str) -> dt.datetime:
        try:
            return parse_iso(self.text(key))
        except ValueError:
            raise RecordError(f"{self._what}.{key} is not an ISO time with zone") from None

    def opt_sha256(self, key: str) -> str | None:
        v = self.opt_text(key)
        if v is not None and (len(v) != 64 or any(c not in "0123456789abcdef" for c in v)):
            raise RecordError(f"{self._what}.{key} is not a lowercase hex SHA-256")
        return v

    def list(self, key: str) -> list[Any]:
        v = self.raw(key, [])
        if not isinstance(v, list):
            raise RecordError(f"{self._what}.{key} must be a list")
        return v

    def done(self) -> None:
        extra = set(self._d) - self._seen
        if extra:
            raise RecordError(f"{self._what} has unknown field(s) {', '.join(sorted(extra))}")
