"""Sync receipts: every applied registry sync leaves a signed checkpoint of the audit chain head in
the desk's outbound folder and beside the package, which headquarters checks extends the last one
it saw — and which shows when the desk's newest audit entries were cut off."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tests.audit_helpers import raw
from tests.registry_fakes import person, write_records
from tests.test_cli_registry import build, desk_args, install, run
from verification.audit import AuditTrail, CheckpointError, CheckpointLedger
from verification.audit.receipts import RECEIPT_TYPE, load_receipt, write_sync_receipt


@pytest.fixture
def trail(tmp_path: Path) -> AuditTrail:
    t = AuditTrail.open_desk(tmp_path / "desk")
    t.record("registry.sync", "amir", {"ok": True, "partner_state": "CHN", "sequence": 1})
    return t


def test_receipt_written_to_outbound_and_beside_the_package(trail: AuditTrail, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    r = write_sync_receipt(trail, "amir", {"partner_state": "CHN", "sequence": 1}, tmp_path / "desk", [stick])
    assert [p.parent for p in r.paths] == [tmp_path / "desk" / "outbound", stick]
    assert r.failed == ()
    body = json.loads(r.paths[1].read_text("utf-8"))
    assert body["type"] == RECEIPT_TYPE and body["sync"] == {"partner_state": "CHN", "sequence": 1}
    sync, cp = load_receipt(r.paths[0])
    assert sync["sequence"] == 1 and cp == r.checkpoint
    head = trail.head()
    assert head is not None and (cp.seq, cp.hash) == (head.seq, head.hash)
    assert head.action == "audit.checkpoint" and json.loads(head.details_json)["purpose"] == "sync CHN #1"


def test_headquarters_accepts_receipts_that_extend_and_notices_a_cut_tail(trail: AuditTrail, tmp_path: Path) -> None:
    hq = CheckpointLedger(tmp_path / "hq-ledger.json")
    key = base64.b64decode(trail.checkpoint().public_key)
    first = write_sync_receipt(trail, "amir", {"partner_state": "CHN", "sequence": 1}, tmp_path / "desk")
    with trail.reader() as chain:
        hq.accept(load_receipt(first.paths[0])[1], chain, key)
    trail.record("case.open", "amir", {"case": 1})
    second = write_sync_receipt(trail, "amir", {"partner_state": "CHN", "sequence": 2}, tmp_path / "desk")
    with trail.reader() as chain:
        hq.accept(load_receipt(second.paths[0])[1], chain, key)
    # someone cuts the newest entries off the desk's trail (the fault a chain alone cannot show)
    cut_from = second.checkpoint.seq - 1
    with raw(trail) as conn:
        conn.execute("DELETE FROM entries WHERE seq >= ?", (cut_from,))
    with trail.reader() as chain, pytest.raises(CheckpointError):
        hq.accept(load_receipt(second.paths[0])[1], chain, key)


def test_a_read_only_stick_is_reported_not_fatal(trail: AuditTrail, tmp_path: Path) -> None:
    gone = tmp_path / "stick-removed"  # the stick was pulled out: the folder no longer exists
    r = write_sync_receipt(trail, "amir", {"partner_state": "CHN", "sequence": 1}, tmp_path / "desk", [gone])
    assert len(r.paths) == 1 and r.paths[0].is_file()
    assert r.failed and r.failed[0][0] == gone


def test_not_a_receipt_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "x.json"
    f.write_text('{"type": "something-else"}')
    with pytest.raises(CheckpointError, match="not a Tekseru sync receipt"):
        load_receipt(f)


def test_cli_import_leaves_a_receipt_beside_the_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _ = run(capsys, "registry", "keygen", "--out", str(tmp_path / "keys"))
    assert code == 0
    write_records(tmp_path / "r1.jsonl", [person(i) for i in range(1, 4)])
    stick = tmp_path / "stick"
    stick.mkdir()
    package = build(capsys, tmp_path, 1)
    package = package.rename(stick / package.name)
    install(capsys, tmp_path)
    code, lines, err = run(capsys, "registry", "import", str(package), "--json", *desk_args(tmp_path))
    assert code == 0, err
    data = json.loads(lines[-1])
    receipts = [Path(p) for p in data["receipt"]]
    assert receipts[1].parent == stick and all(p.is_file() for p in receipts)
    assert load_receipt(receipts[1])[0]["sequence"] == 1
    # re-importing the same package applies nothing and issues no new receipt
    code, lines, _ = run(capsys, "registry", "import", str(package), "--json", *desk_args(tmp_path))
    assert code == 0 and "receipt" not in json.loads(lines[-1])
    assert len(list(stick.glob("tekseru-sync-receipt-*.json"))) == 1
