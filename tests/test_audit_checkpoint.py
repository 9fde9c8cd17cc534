"""Signed checkpoints: genuine ones verify and extend each other; forged, foreign, altered,
backwards or truncating ones are refused with the reason; exports verify on their own."""

from __future__ import annotations

import base64
import dataclasses
import json
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.audit_helpers import filled, raw
from verification.audit import (
    AuditTrail,
    CheckpointError,
    CheckpointLedger,
    DeskKey,
    SignedCheckpoint,
    export_trail,
    load_export,
    verify_export,
)


def test_key_is_generated_once_and_private(tmp_path: Path) -> None:
    trail = filled(tmp_path, 2)
    cp = trail.checkpoint()
    key_file = tmp_path / "desk" / "keys" / "audit-ed25519.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    again = AuditTrail.open_desk(tmp_path / "desk")
    assert again.public_key == trail.public_key and again.last_checkpoint() == cp


def test_next_checkpoint_extends_the_last_seen(tmp_path: Path) -> None:
    trail = filled(tmp_path, 5)
    first = trail.checkpoint(purpose="report")
    trail.append("case.open", "officer1", {"case": 1})
    second = trail.checkpoint(purpose="sync")
    assert second.seq == first.seq + 2
    trail.verify_checkpoint(second, first)
    trail.verify_checkpoint(first, first)  # the same one again extends itself


def _forged(cp: SignedCheckpoint, **changes: object) -> SignedCheckpoint:
    return dataclasses.replace(cp, **changes)  # type: ignore[arg-type]


def test_altered_checkpoint_is_rejected(tmp_path: Path) -> None:
    trail = filled(tmp_path, 5)
    cp = trail.checkpoint()
    for bad in (_forged(cp, seq=cp.seq + 5), _forged(cp, hash="0" * 64), _forged(cp, time="2099-01-01T00:00:00Z")):
        with pytest.raises(CheckpointError, match="signature does not verify"):
            trail.verify_checkpoint(bad, None)


def test_checkpoint_signed_by_another_key_is_rejected(tmp_path: Path) -> None:
    trail = filled(tmp_path, 5)
    cp = trail.checkpoint()
    intruder = DeskKey(Ed25519PrivateKey.generate())
    forged = intruder.sign(cp.chain_id, cp.seq, cp.hash, cp.time)
    with pytest.raises(CheckpointError, match="not this desk's key"):
        trail.verify_checkpoint(forged, None)
    # carrying the desk's key id and public key with the intruder's signature does not help either
    disguised = _forged(forged, key_id=cp.key_id, public_key=cp.public_key)
    with pytest.raises(CheckpointError, match="signature does not verify"):
        trail.verify_checkpoint(disguised, None)


def test_truncation_after_a_checkpoint_fails_verify_checkpoint(tmp_path: Path) -> None:
    trail = filled(tmp_path, 10)
    seen = trail.checkpoint()
    with raw(trail) as conn:
        conn.execute("DELETE FROM entries WHERE seq > 6")
    with pytest.raises(CheckpointError, match="went back from seq 11 to seq 7"):
        trail.verify_checkpoint(trail.checkpoint(), seen)
    trail.append_many([("x", "y", {}) for _ in range(10)])
    with pytest.raises(CheckpointError, match="seq 11 no longer has the hash"):
        trail.verify_checkpoint(trail.checkpoint(), seen)


def test_checkpoint_of_another_chain_is_rejected(tmp_path: Path) -> None:
    trail = filled(tmp_path, 3)
    seen = trail.checkpoint()
    other = AuditTrail(tmp_path / "other.sqlite3", key_dir=tmp_path / "desk" / "keys")  # same key, new chain
    other.append("x", "y", {})
    with pytest.raises(CheckpointError, match="another chain"):
        other.verify_checkpoint(other.checkpoint(), seen)


def test_ledger_accepts_extensions_and_keeps_the_last(tmp_path: Path) -> None:
    trail = filled(tmp_path, 3)
    ledger = CheckpointLedger(tmp_path / "hq" / "seen.json")
    with trail.reader() as chain:
        ledger.accept(trail.checkpoint(), chain, trail.public_key)
    trail.append("x", "y", {})
    cp = trail.checkpoint()
    with trail.reader() as chain:
        ledger.accept(cp, chain, trail.public_key)
    assert ledger.last_seen(cp.key_id) == cp
    assert stat.S_IMODE(ledger.path.stat().st_mode) == 0o600


def test_checkpoint_json_round_trip_and_garbage(tmp_path: Path) -> None:
    cp = filled(tmp_path, 1).checkpoint()
    assert SignedCheckpoint.from_json(json.loads(json.dumps(cp.to_json()))) == cp
    with pytest.raises(CheckpointError, match="not a Tekseru audit checkpoint"):
        SignedCheckpoint.from_json({"type": "x"})
    with pytest.raises(CheckpointError, match="missing or malformed"):
        SignedCheckpoint.from_json({"type": cp.to_json()["type"], "seq": 1})


def test_export_verifies_on_its_own_and_is_audited(tmp_path: Path) -> None:
    trail = filled(tmp_path, 6)
    out = tmp_path / "audit.jsonl"
    result = export_trail(trail, out, "supervisor1")
    assert result.entries == 8 and result.checkpoint.seq == 8
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    actions = [e.action for e in trail.entries()]
    assert actions[-2:] == ["audit.export", "audit.checkpoint"]
    report = verify_export(out, trail.public_key)
    assert report.intact and report.checked_against["pinned"] is True
    assert load_export(out).checkpoint == result.checkpoint


def _rewrite(path: Path, fn: object) -> None:
    lines = path.read_text().splitlines()
    assert callable(fn)
    path.write_text("\n".join(fn(lines)) + "\n")


def test_tampered_export_is_located(tmp_path: Path) -> None:
    trail = filled(tmp_path, 6)
    out = tmp_path / "audit.jsonl"
    export_trail(trail, out, "supervisor1")

    def edit(lines: list[str]) -> list[str]:
        entry = json.loads(lines[3])
        entry["actor"] = "nobody"
        return [*lines[:3], json.dumps(entry), *lines[4:]]

    _rewrite(out, edit)
    report = verify_export(out, trail.public_key)
    assert report.problem is not None and (report.problem.seq, report.problem.kind) == (3, "edited")


def test_export_cut_short_is_refused(tmp_path: Path) -> None:
    trail = filled(tmp_path, 6)
    out = tmp_path / "audit.jsonl"
    export_trail(trail, out, "supervisor1")
    _rewrite(out, lambda lines: [*lines[:4], lines[-1]])  # header, seqs 1-3, checkpoint
    report = verify_export(out, trail.public_key)
    assert report.problem is not None and report.problem.kind == "checkpoint"
    _rewrite(out, lambda lines: lines[:-1])  # and without its checkpoint
    report = verify_export(out, trail.public_key)
    assert report.problem is not None and report.problem.kind == "truncated"


def test_export_with_a_forged_checkpoint_is_refused(tmp_path: Path) -> None:
    trail = filled(tmp_path, 3)
    out = tmp_path / "audit.jsonl"
    export_trail(trail, out, "supervisor1")
    intruder = DeskKey(Ed25519PrivateKey.generate())

    def resign(lines: list[str]) -> list[str]:
        cp = SignedCheckpoint.from_json(json.loads(lines[-1]))
        forged = intruder.sign(cp.chain_id, cp.seq, cp.hash, cp.time)
        return [*lines[:-1], json.dumps(forged.to_json())]

    _rewrite(out, resign)
    report = verify_export(out, trail.public_key)
    assert report.problem is not None and "not this desk's key" in report.problem.message
    assert verify_export(out).intact  # unpinned, it only proves consistency: receivers must pin the key
    assert base64.b64decode(load_export(out).checkpoint.public_key) == intruder.public_raw  # type: ignore[union-attr]
