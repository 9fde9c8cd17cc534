"""Registry file versions: a file of EVERY earlier schema version, with data, opens and migrates;
a newer, foreign or damaged file is refused with RegistryError and never silently used."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.test_registry_store import ACTOR, person, version
from verification.registry import migrations, schema
from verification.registry.errors import RegistryError
from verification.registry.model import PersonName, PersonRecord, Script
from verification.registry.sinks import ListAuditSink
from verification.registry.sqlite_rows import INSERT, record_rows
from verification.registry.sqlite_store import SqliteRegistryStore

EARLIER = range(1, migrations.CURRENT)


def kazakh(n: int) -> PersonRecord:
    return person(
        n,
        names=(
            PersonName(Script.HAN, "加克斯别克", "阿依格列木", "JIAKESIBIEKE", "AYIGELIEMU"),
            PersonName(Script.CYRILLIC, "Жақсыбекова", "Айгерім", "ZHAKSYBEKOVA", "AIGERIM"),
        ),
    )


def write_old_file(path: Path, at: int, records: list[PersonRecord]) -> None:
    """A registry file as schema version `at` left it: its steps only, rows through the v1 tables
    (every later version only adds tables, which the migration fills)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.migrate(conn, target=at)
    conn.execute("BEGIN")
    for pk, rec in enumerate(records, 1):
        row, children = record_rows(rec, pk)
        conn.execute(INSERT["persons"], row)
        for table, rows in children.items():
            conn.executemany(INSERT[table], rows)
    v = version(1)
    conn.execute(
        "INSERT INTO applied_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
        (v.partner_state, v.sequence, v.kind, v.base_sequence, v.published_at.isoformat(), v.package_sha256,
         dt.datetime.now(dt.UTC).isoformat(), len(records)),
    )  # fmt: skip
    conn.execute("INSERT INTO meta VALUES ('partner_state', 'CHN'), ('count_persons', ?)", (str(len(records)),))
    if at >= 2:  # name keys of an older key definition must not survive the migration
        conn.execute("INSERT INTO name_keys (person, key) VALUES (1, 'STALE')")
    conn.execute("COMMIT")
    conn.close()


def schema_of(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").fetchall()
    conn.close()
    return rows


def test_new_file_is_at_the_current_version(tmp_path: Path) -> None:
    with SqliteRegistryStore(tmp_path / "r.sqlite3", ListAuditSink()) as s:
        assert s.status().schema_version == migrations.CURRENT
    conn = sqlite3.connect(tmp_path / "r.sqlite3")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in conn.execute("SELECT version FROM schema_version")] == list(range(1, migrations.CURRENT + 1))


@pytest.mark.parametrize("at", EARLIER)
def test_every_earlier_version_with_data_migrates(tmp_path: Path, at: int) -> None:
    records = [person(1), kazakh(2), person(3)]
    old = tmp_path / f"v{at}.sqlite3"
    write_old_file(old, at, records)
    with SqliteRegistryStore(old, ListAuditSink()) as s:
        status = s.status()
        assert (status.schema_version, status.sequence, status.persons) == (migrations.CURRENT, 1, 3)
        assert [s.person(r.partner_id, ACTOR) for r in records] == records
        # the name keys of v2 were computed for the old rows
        hits = s.search_name("ZHAKSYBEKOVA", "AIGERIM", None, ACTOR)
        assert [c.person.partner_id for c in hits] == ["T000002"]
        assert [c.person.partner_id for c in s.search_name("加克斯别克", "阿依格列木", None, ACTOR)] == ["T000002"]
        assert s.integrity_check() == ["ok"]
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT COUNT(*) FROM name_keys WHERE key = 'STALE'").fetchone()[0] == 0
    conn.close()
    fresh = tmp_path / "fresh.sqlite3"
    SqliteRegistryStore(fresh, ListAuditSink()).close()
    assert schema_of(old) == schema_of(fresh)


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "v1.sqlite3"
    write_old_file(old, 1, [person(1)])

    def broken(conn: sqlite3.Connection, final: bool) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 2, broken)
    with pytest.raises(RegistryError):
        SqliteRegistryStore(old, ListAuditSink())
    conn = sqlite3.connect(old)
    assert migrations.read_version(conn) == 1
    assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


def test_newer_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    with SqliteRegistryStore(path, ListAuditSink()) as s:
        s.apply(version(1), [person(1)], [], [])
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO schema_version VALUES (?, '2031-01-01')", (migrations.CURRENT + 1,))
    conn.close()
    before = path.read_bytes()
    with pytest.raises(RegistryError, match="newer Tekseru"):
        SqliteRegistryStore(path, ListAuditSink())
    assert path.read_bytes() == before


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "registry.sqlite3"
    path.write_bytes(b"%PDF-1.7 this is a scanned certificate, not a registry\n" * 100)
    with pytest.raises(RegistryError, match="not a usable registry"):
        SqliteRegistryStore(path, ListAuditSink())


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE persons (id, name)")
    conn.commit()
    conn.close()
    with pytest.raises(RegistryError, match="not a Tekseru registry"):
        SqliteRegistryStore(path, ListAuditSink())


def test_empty_file_and_table_less_database_become_registries(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    bare = tmp_path / "bare.sqlite3"
    conn = sqlite3.connect(bare)
    conn.execute("PRAGMA journal_mode = WAL")  # what a first open killed before its migration leaves
    conn.close()
    for path in (empty, bare):
        with SqliteRegistryStore(path, ListAuditSink()) as s:
            assert s.status().schema_version == migrations.CURRENT


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="folder"):
        SqliteRegistryStore(tmp_path, ListAuditSink())


def _registry_file(tmp_path: Path, n: int = 200) -> Path:
    path = tmp_path / "r.sqlite3"
    with SqliteRegistryStore(path, ListAuditSink()) as s:
        s.apply(version(1), [person(i) for i in range(1, n + 1)], [], [])
    return path


def test_truncated_file_is_refused_or_fails_loudly(tmp_path: Path) -> None:
    path = _registry_file(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(RegistryError), SqliteRegistryStore(path, ListAuditSink()) as s:
        s.by_document("E00000150", "CHN", ACTOR)
        s.verify()


def test_damaged_pages_are_never_silently_used(tmp_path: Path) -> None:
    path = _registry_file(tmp_path)
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):  # scribble over every third page
        data[start + 8 : start + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    with pytest.raises(RegistryError, match="damaged"):
        SqliteRegistryStore(path, ListAuditSink())
    # without the check on open, the first look-up that meets a damaged page fails loudly
    with pytest.raises(RegistryError, match="damaged"), SqliteRegistryStore(path, ListAuditSink(), verify="none") as s:
        for n in range(1, 201):
            assert len(s.by_document(f"E{n:08d}", "CHN", ACTOR)) == 1
        s.verify()


def test_check_aside_finds_damage_on_its_own_connection(tmp_path: Path) -> None:
    path = _registry_file(tmp_path)
    with SqliteRegistryStore(path, ListAuditSink(), verify="none") as s:
        s.verify_aside()  # sound: no error
        assert len(s.by_document("E00000001", "CHN", ACTOR)) == 1  # and the store's own connection still works
    data = bytearray(path.read_bytes())
    for start in range(2 * 4096, len(data) - 4096, 3 * 4096):
        data[start + 8 : start + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    with SqliteRegistryStore(path, ListAuditSink(), verify="none") as s, pytest.raises(RegistryError, match="damaged"):
        s.verify_aside()
