"""The records file format: exact round trips, and strict refusal of anything else — with
messages that name the line but never quote personal data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.registry_fakes import person
from verification.registry.sync.records import (
    Delete,
    RecordError,
    Upsert,
    operation_from_line,
    operation_to_line,
    person_from_json,
    person_to_json,
    read_operations,
)


def test_round_trip_is_exact() -> None:
    p = person(7, photo="a" * 64)
    assert person_from_json(json.loads(json.dumps(person_to_json(p)))) == p
    assert operation_from_line(operation_to_line(Upsert(p))) == Upsert(p)
    assert operation_from_line(operation_to_line(Delete("P1"))) == Delete("P1")


def test_unknown_fields_are_refused() -> None:
    d = person_to_json(person(1))
    d["religion"] = "x"
    with pytest.raises(RecordError, match="unknown field"):
        person_from_json(d)


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: d.update(sex="Q"), "sex"),
        (lambda d: d.update(birth_date="1990-13-01"), "birth_date"),
        (lambda d: d["names"][0].update(script="Klingon"), "script"),
        (lambda d: d.update(photo_sha256="ABC"), "photo_sha256"),
        (lambda d: d.pop("partner_id"), "partner_id"),
        (
            lambda d: d["crossings"].append(
                {
                    "time": "2024-01-01T00:00:00",
                    "crossing_point": "Khorgos",
                    "direction": "exit",
                    "document_number": "E1",
                    "document_state": "CHN",
                }
            ),
            "time",
        ),
    ],
)
def test_invalid_values(edit: object, words: str) -> None:
    d = person_to_json(person(1))
    edit(d)  # type: ignore[operator]
    with pytest.raises(RecordError, match=words):
        person_from_json(d)


def test_errors_name_the_line_not_the_data(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonl"
    good = operation_to_line(Upsert(person(1)))
    bad = json.loads(good)
    bad["person"]["birth_date"] = "WANG XIAO secret"
    f.write_bytes(good + b"\n" + json.dumps(bad).encode() + b"\n")
    with pytest.raises(RecordError) as info:
        list(read_operations(f, 1 << 20))
    assert "line 3" in str(info.value) and "WANG" not in str(info.value)


def test_overlong_line(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonl"
    f.write_bytes(b"{" + b" " * 5000 + b"}\n")
    with pytest.raises(RecordError, match="longer than 1000 bytes"):
        list(read_operations(f, 1000))


def test_partner_input_may_list_bare_persons(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps(person_to_json(person(2))) + "\n", encoding="utf-8")
    assert [op for _, op in read_operations(f, 1 << 20, bare_person_ok=True)] == [Upsert(person(2))]
    with pytest.raises(RecordError):
        list(read_operations(f, 1 << 20))
