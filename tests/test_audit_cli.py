"""`tekseru audit verify|export|checkpoint`: exit 0 when intact, 1 with the first bad seq when not;
exports only for supervisors and administrators; checkpoints to send with reports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli_desk_helpers import PW, make_desk, passwords, tekseru
from verification.accounts import AccountStore, Role
from verification.audit import AuditTrail, SignedCheckpoint


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    desk = make_desk(tmp_path)
    with AuditTrail.open_desk(desk) as trail:
        accounts = AccountStore.open_desk(desk, trail)
        admin = accounts.add_user(None, "admin", PW, Role.ADMINISTRATOR)
        accounts.add_user(admin, "aigerim", PW, Role.OFFICER)
        accounts.add_user(admin, "bolat", PW, Role.SUPERVISOR)
        accounts.close()
        trail.append_many([("registry.person", "aigerim", {"n": i}) for i in range(5)])
    return desk


def test_verify_export_checkpoint(desk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    run = lambda *a, stdin="": tekseru(capsys, monkeypatch, desk, *a, stdin=stdin)  # noqa: E731
    code, out, _ = run("audit", "verify")
    assert code == 0 and out[0].startswith("audit trail intact: 9 entries, head seq 9; no checkpoint issued yet")

    cp_file = tmp_path / "cp.json"
    code, out, _ = run("audit", "checkpoint", "--purpose", "report", "--out", str(cp_file), "--json")
    cp = SignedCheckpoint.from_json(json.loads(out[0]))
    assert code == 0 and cp.seq == 10 and SignedCheckpoint.from_json(json.loads(cp_file.read_text())) == cp

    export = tmp_path / "audit.jsonl"
    code, _, err = run("audit", "export", "--out", str(export), "--as", "aigerim", "--password-stdin",
                       stdin=passwords(PW))  # fmt: skip
    assert code == 3 and "may not export the audit trail" in err and not export.exists()
    code, out, _ = run("audit", "export", "--out", str(export), "--json", "--as", "bolat", "--password-stdin",
                       stdin=passwords(PW))  # fmt: skip
    result = json.loads(out[0])
    assert code == 0 and result["entries"] == result["checkpoint"]["seq"] == 14
    code, out, _ = run("audit", "verify", "--file", str(export), "--json")
    assert code == 0 and json.loads(out[0])["checkpoint"]["pinned"] is True

    with sqlite3.connect(desk / "audit.sqlite3") as conn:
        conn.execute("DROP TRIGGER entries_no_update")
        conn.execute("UPDATE entries SET actor = 'bolat' WHERE seq = 7")
    code, out, _ = run("audit", "verify", "--json")
    report = json.loads(out[0])
    assert code == 1 and (report["intact"], report["first_bad_seq"], report["kind"]) == (False, 7, "edited")
    code, out, _ = run("audit", "verify")
    assert code == 1 and out[0].startswith("audit trail TAMPERED at seq 7 (edited)")


def test_truncation_after_a_checkpoint_fails_verify(desk: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    run = lambda *a: tekseru(capsys, monkeypatch, desk, *a)  # noqa: E731
    assert run("audit", "checkpoint")[0] == 0
    with sqlite3.connect(desk / "audit.sqlite3") as conn:
        conn.execute("DROP TRIGGER entries_no_delete")
        conn.execute("DELETE FROM entries WHERE seq > 7")
    code, out, _ = run("audit", "verify", "--json")
    report = json.loads(out[0])
    assert code == 1 and (report["first_bad_seq"], report["kind"]) == (8, "truncated")
