"""The SQLite registry store: every rejection of apply, all-or-nothing packages, look-ups by
document and personal id, the audit record of every look-up, no personal data in logs above DEBUG,
and (slow) SIGKILL at random moments of an import."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

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
from verification.registry.sinks import ListAuditSink
from verification.registry.specimens import generate_registry, is_valid_resident_id, photos_of, resident_id
from verification.registry.sqlite_store import SqliteRegistryStore
from verification.registry.store import PackageVersion, RegistryStore

ACTOR = "officer-17"
T0 = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)


def version(
    seq: int, kind: str = "full", base: int | None = None, partner: str = "CHN", tag: str = ""
) -> PackageVersion:
    sha = hashlib.sha256(f"{partner}{seq}{kind}{base}{tag}".encode()).hexdigest()
    return PackageVersion(partner, seq, kind, base, T0 + dt.timedelta(days=seq), sha)


def person(n: int, partner: str = "CHN", **changes: object) -> PersonRecord:
    """A small hand-made record (numbers derived from n)."""
    birth = dt.date(1980, 1, 1) + dt.timedelta(days=n)
    pid = resident_id("650102", birth, "M", n)
    rec = PersonRecord(
        partner_id=f"T{n:06d}",
        partner_state=partner,
        sex="M",
        birth_date=birth,
        birth_place="新疆",
        birth_place_latin="XINJIANG",
        personal_id=pid,
        names=(PersonName(Script.HAN, "王", "伟", "WANG", "WEI"),),
        documents=(
            IdentityDocument("id_card", pid, "CHN", "乌鲁木齐市公安局天山区分局", dt.date(2015, 1, 1), None),
            IdentityDocument(
                "passport",
                f"E{n:08d}",
                "CHN",
                "中华人民共和国国家移民管理局",
                dt.date(2020, 1, 1),
                dt.date(2029, 12, 31),
            ),
        ),
        citizenship=(CitizenshipStatus(CitizenshipState.ACTIVE, birth),),
        crossings=(
            BorderCrossing(
                dt.datetime(2021, 3, 1, 4, 0, tzinfo=dt.UTC), "Khorgos / 霍尔果斯", Direction.EXIT, f"E{n:08d}", "CHN"
            ),
        ),
    )
    return dataclasses.replace(rec, **changes)  # type: ignore[arg-type]


@pytest.fixture
def audit() -> ListAuditSink:
    return ListAuditSink()


@pytest.fixture
def store(tmp_path: Path, audit: ListAuditSink) -> Iterator[SqliteRegistryStore]:
    s = SqliteRegistryStore(tmp_path / "registry.sqlite3", audit)
    yield s
    s.close()


@pytest.fixture(scope="module")
def registry() -> list[PersonRecord]:
    return list(generate_registry(300, seed=3))


def ids(records: list[PersonRecord]) -> list[str]:
    return [r.partner_id for r in records]


def test_is_a_registry_store(store: SqliteRegistryStore) -> None:
    as_protocol: RegistryStore = store
    assert as_protocol.status().sequence == 0


def test_full_import_round_trips_every_record(store: SqliteRegistryStore, registry: list[PersonRecord]) -> None:
    result = store.apply(version(1), registry, [], [])
    assert result.applied and result.persons_written == len(registry)
    status = store.status()
    assert (status.partner_state, status.sequence, status.kind, status.persons) == ("CHN", 1, "full", len(registry))
    assert status.documents == sum(len(r.documents) for r in registry)
    assert status.crossings == sum(len(r.crossings) for r in registry)
    for rec in registry[:60]:
        assert store.person(rec.partner_id, ACTOR) == rec
    assert store.integrity_check() == ["ok"]


def test_generated_records_are_consistent(registry: list[PersonRecord]) -> None:
    for rec in registry:
        assert rec.personal_id is not None and is_valid_resident_id(rec.personal_id)
        assert rec.personal_id[6:14] == f"{rec.birth_date:%Y%m%d}"
        assert int(rec.personal_id[16]) % 2 == (1 if rec.sex == "M" else 0)
        passports = {d.number: d for d in rec.documents if d.doc_type == "passport"}
        for c in rec.crossings:
            if c.document_state == "CHN":
                doc = passports[c.document_number]
                assert doc.issue_date is not None and doc.expiry_date is not None
                assert doc.issue_date <= c.time.date() <= doc.expiry_date
        assert [c.time for c in rec.crossings] == sorted(c.time for c in rec.crossings)
        last = rec.current_status
        assert last is not None
        if last.state is CitizenshipState.TERMINATED:
            assert last.certificate_number and last.authority and "中华人民共和国" in last.authority


def test_same_package_again_is_a_no_op(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(1)], [], [])
    again = store.apply(version(1), [person(2)], [], [])
    assert not again.applied
    assert store.status().persons == 1 and store.person("T000002", ACTOR) is None


def test_other_package_with_same_sequence_is_refused(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(1)], [], [])
    with pytest.raises(RegistryError, match="different package"):
        store.apply(version(1, tag="other"), [person(2)], [], [])


def test_rollback_to_an_older_sequence_is_refused(store: SqliteRegistryStore) -> None:
    store.apply(version(5), [person(1)], [], [])
    with pytest.raises(RegistryError, match="not newer"):
        store.apply(version(4), [person(2)], [], [])
    with pytest.raises(RegistryError, match="not newer"):
        store.apply(version(3, "delta", 5), [person(2)], [], [])
    assert store.status().sequence == 5


def test_delta_on_the_wrong_base_is_refused(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(1)], [], [])
    with pytest.raises(RegistryError, match="on top of sequence 2"):
        store.apply(version(3, "delta", 2), [person(2)], [], [])
    store.apply(version(2, "delta", 1), [person(2)], [], [])
    assert store.status().sequence == 2


def test_delta_needs_a_base(store: SqliteRegistryStore) -> None:
    with pytest.raises(RegistryError, match="must name the sequence"):
        store.apply(version(1, "delta", None), [person(1)], [], [])


def test_package_of_another_partner_is_refused(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(1)], [], [])
    with pytest.raises(RegistryError, match="holds CHN data"):
        store.apply(version(2, partner="MNG"), [person(2, partner="MNG")], [], [])
    with pytest.raises(RegistryError, match="is from MNG"):
        store.apply(version(2), [person(2, partner="MNG")], [], [])
    assert store.status().sequence == 1 and store.person("T000002", ACTOR) is None


def test_delta_updates_adds_and_deletes(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(n) for n in range(1, 6)], [], [])
    renamed = person(2, names=(PersonName(Script.HAN, "李", "娜", "LI", "NA"),))
    result = store.apply(version(2, "delta", 1), [renamed, person(9)], ["T000003", "T000004"], [])
    assert (result.persons_written, result.persons_deleted) == (2, 2)
    assert store.person("T000002", ACTOR) == renamed
    assert store.person("T000003", ACTOR) is None
    assert sorted(ids(store.by_document("E00000009", "CHN", ACTOR))) == ["T000009"]
    assert store.status().persons == 4
    assert [c.person.partner_id for c in store.search_name("LI", "NA", renamed.birth_date, ACTOR)] == ["T000002"]
    assert store.search_name("WANG", "WEI", renamed.birth_date, ACTOR) == []


def test_delta_deleting_an_unknown_person_changes_nothing(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(1)], [], [])
    with pytest.raises(RegistryError, match="does not hold"):
        store.apply(version(2, "delta", 1), [person(2)], ["T999999"], [])
    assert store.status().sequence == 1 and store.person("T000002", ACTOR) is None


def test_full_package_replaces_everything(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(n) for n in range(1, 4)], [], [])
    store.apply(version(7), [person(10)], [], [])
    assert store.status().persons == 1 and store.status().sequence == 7
    assert store.person("T000001", ACTOR) is None
    assert ids(store.by_document("E00000010", None, ACTOR)) == ["T000010"]


def test_failure_mid_package_leaves_the_old_data(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(n) for n in range(1, 4)], [], [])

    def broken() -> Iterator[PersonRecord]:
        yield person(20)
        raise OSError("package file vanished")

    with pytest.raises(OSError):
        store.apply(version(2), broken(), [], [])
    with pytest.raises(RegistryError):
        store.apply(version(2), [person(5), person(5)], [], [])  # the same person twice
    status = store.status()
    assert (status.sequence, status.persons) == (1, 3)
    assert store.person("T000001", ACTOR) == person(1)
    assert store.integrity_check() == ["ok"]


def test_bad_records_are_refused(store: SqliteRegistryStore) -> None:
    naive = BorderCrossing(dt.datetime(2021, 3, 1, 4, 0), "Khorgos", Direction.EXIT, "E1", "CHN")
    with pytest.raises(RegistryError, match="time zone"):
        store.apply(version(1), [person(1, crossings=(naive,))], [], [])
    with pytest.raises(RegistryError, match="sex"):
        store.apply(version(1), [person(1, sex="male")], [], [])
    assert store.status().sequence == 0


def test_photos_are_stored_by_hash_and_checked(store: SqliteRegistryStore, registry: list[PersonRecord]) -> None:
    recs = list(generate_registry(5, seed=8, photos=True))
    photos = list(photos_of(recs))
    assert all(10_000 < len(b) < 30_000 for _, b in photos)
    result = store.apply(version(1), recs, [], photos)
    assert result.photos_written == 5 and store.status().photos == 5
    assert store.photo(recs[0].partner_id, ACTOR) == photos[0][1]
    wrong = [(photos[0][0], photos[1][1])]
    with pytest.raises(RegistryError, match="SHA-256"):
        store.apply(version(2), recs[:1], [], wrong)
    with pytest.raises(RegistryError, match="does not carry"):
        store.apply(version(2), recs, [], photos[1:])
    assert store.status().sequence == 1
    # a delta that drops a person drops the photo nobody refers to any more
    store.apply(version(2, "delta", 1), [], [recs[0].partner_id], [])
    assert store.status().photos == 4 and store.photo(recs[0].partner_id, ACTOR) is None


def test_progress_is_reported(tmp_path: Path, registry: list[PersonRecord]) -> None:
    seen: list[tuple[int, int, str]] = []
    with SqliteRegistryStore(tmp_path / "p.sqlite3", ListAuditSink(), progress_every=100) as s:
        s.apply(version(1), registry, [], [], lambda done, total, stage: seen.append((done, total, stage)))
    assert (100, 0, "persons") in seen and (300, 0, "persons") in seen
    assert {stage for _, _, stage in seen} >= {"persons", "indexing", "checking"}


def test_trusted_time_never_moves_back(store: SqliteRegistryStore) -> None:
    store.note_trusted_time(T0)
    store.note_trusted_time(T0 - dt.timedelta(days=3))
    assert store.status().latest_trusted_time == T0
    store.note_trusted_time(T0 + dt.timedelta(hours=1))
    assert store.status().latest_trusted_time == T0 + dt.timedelta(hours=1)


def test_by_document_is_exact_on_the_normalised_number(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(1), person(2)], [], [])
    assert ids(store.by_document("E00000001", "CHN", ACTOR)) == ["T000001"]
    assert ids(store.by_document(" e0000-0001 ", "chn", ACTOR)) == ["T000001"]
    assert ids(store.by_document("E00000001<", None, ACTOR)) == ["T000001"]
    assert store.by_document("E00000001", "KAZ", ACTOR) == []
    assert store.by_document("E0000000", "CHN", ACTOR) == []


def test_by_personal_id(store: SqliteRegistryStore) -> None:
    store.apply(version(1), [person(1), person(2)], [], [])
    pid = person(2).personal_id
    assert pid is not None
    assert ids(store.by_personal_id(pid, ACTOR)) == ["T000002"]
    assert ids(store.by_personal_id(pid.lower()[:6] + " " + pid[6:].lower(), ACTOR)) == ["T000002"]
    assert ids(store.by_document(pid, "CHN", ACTOR)) == ["T000002"]  # the ID card
    assert store.by_personal_id("650102198001010000", ACTOR) == []


def test_every_look_up_is_audited(store: SqliteRegistryStore, audit: ListAuditSink) -> None:
    store.apply(version(1), [person(1)], [], [])
    store.person("T000001", ACTOR)
    store.photo("T000001", ACTOR)
    store.by_document("E00000001", "CHN", ACTOR)
    store.by_personal_id("nothing", ACTOR)
    store.search_name("王", "伟", None, ACTOR)
    actions = [r.action for r in audit.records]
    assert actions == ["registry.person", "registry.photo", "registry.by_document", "registry.by_personal_id",
                       "registry.search_name"]  # fmt: skip
    assert all(r.actor == ACTOR for r in audit.records)
    assert audit.records[2].details["results"] == ["T000001"]
    assert audit.records[2].details["query"] == {"number": "E00000001", "issuing_state": "CHN"}
    assert audit.records[3].details["results"] == []
    assert audit.records[4].details["sequence"] == 1


def test_look_up_without_actor_or_failing_audit_returns_nothing(tmp_path: Path) -> None:
    class Broken:
        def record(self, action: str, actor: str, details: dict[str, object]) -> None:
            raise OSError("audit disk full")

    with SqliteRegistryStore(tmp_path / "r.sqlite3", Broken()) as s:
        s.apply(version(1), [person(1)], [], [])
        with pytest.raises(OSError):
            s.person("T000001", ACTOR)
        with pytest.raises(ValueError, match="actor"):
            s.by_document("E00000001", None, " ")


def test_no_personal_data_in_logs_above_debug(
    tmp_path: Path, registry: list[PersonRecord], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with SqliteRegistryStore(tmp_path / "r.sqlite3", ListAuditSink()) as s:
        s.apply(version(1), registry, [], [])
        s.apply(version(2, "delta", 1), [], [registry[1].partner_id], [])
        rec = registry[0]
        s.person(rec.partner_id, ACTOR)
        s.by_document(rec.documents[-1].number, "CHN", ACTOR)
        assert rec.personal_id
        s.by_personal_id(rec.personal_id, ACTOR)
        name = rec.names[-1]
        s.search_name(name.latin_surname, name.latin_given_names, rec.birth_date, ACTOR)
    secrets = {rec.partner_id, rec.personal_id, rec.documents[-1].number, name.latin_surname, registry[1].partner_id,
               rec.birth_date.isoformat()}  # fmt: skip
    above = [r.getMessage() for r in caplog.records if r.levelno > logging.DEBUG]
    assert above, "the store logs its work"
    assert not [m for m in above for secret in secrets if secret in m]
    assert any(rec.partner_id in r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG)


def test_store_is_usable_from_another_thread(store: SqliteRegistryStore) -> None:
    import threading

    store.apply(version(1), [person(1)], [], [])
    out: list[object] = []
    t = threading.Thread(target=lambda: out.append(store.person("T000001", ACTOR)))
    t.start()
    t.join()
    assert out == [person(1)]


@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_old_or_new(tmp_path: Path) -> None:
    from tests.bench.registry_bench import kill_test

    report = kill_test(tmp_path, kills=50, base_n=8_000, package_n=6_000, seed=41)
    assert report.kills == 50
    assert report.corrupted == 0, report.problems
    assert report.half_applied == 0, report.problems
    assert report.old > 0 and report.new > 0


def test_registry_path_default_env_and_override(tmp_path: Path) -> None:
    from verification.registry.paths import ENV_VAR, data_dir, ensure_parent, registry_path

    assert registry_path("CHN", env={}) == data_dir() / "registry" / "chn.sqlite3"
    assert registry_path("CHN", env={ENV_VAR: str(tmp_path / "x.sqlite3")}) == tmp_path / "x.sqlite3"
    assert registry_path("CHN", override=tmp_path / "y.sqlite3", env={ENV_VAR: "ignored"}) == tmp_path / "y.sqlite3"
    with pytest.raises(ValueError):
        registry_path("china", env={})
    target = ensure_parent(tmp_path / "deep" / "er" / "r.sqlite3")
    assert target.parent.is_dir() and (target.parent.stat().st_mode & 0o777) == 0o700
