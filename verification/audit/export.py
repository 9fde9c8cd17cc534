"""The trail as a JSON Lines file for whoever audits the desk: a header, every entry with its
hashes, and a signed checkpoint of the last one, so the file can be checked on its own (chain
intact, checkpoint genuine) and against the last checkpoint its reader saw from this desk."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from verification.audit.canonical import AuditEntry, genesis_hash
from verification.audit.chain_check import ChainReport, Problem, check_chain
from verification.audit.checkpoint import SignedCheckpoint, verify_checkpoint
from verification.audit.desk_db import iso, utc_now
from verification.audit.errors import AuditError, CheckpointError
from verification.audit.trail import AuditTrail

EXPORT_TYPE = "tekseru-audit-export-v1"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    entries: int
    checkpoint: SignedCheckpoint
    sha256: str


def export_trail(trail: AuditTrail, out: Path, actor: str) -> ExportResult:
    """Record the export, checkpoint the head, and write every entry up to it (atomically, 0600)."""
    trail.append("audit.export", actor, {"file": out.name})
    cp = trail.checkpoint(actor, purpose="export")
    tmp = out.with_name(out.name + ".part")
    digest = hashlib.sha256()
    count = 0
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f, trail.reader() as chain:

            def put(obj: dict[str, object]) -> None:
                line = json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n"
                digest.update(line.encode("utf-8"))
                f.write(line)

            put({"type": EXPORT_TYPE, "chain_id": trail.chain_id, "genesis": trail.genesis,
                 "exported_at": iso(utc_now()), "head_seq": cp.seq})  # fmt: skip
            for entry in chain:
                if entry.seq > cp.seq:
                    break
                put({"type": "entry", **entry.to_json()})
                count += 1
            put(cp.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportResult(out, count, cp, digest.hexdigest())


class ExportedChain:
    """`ChainView` over an export file held in memory."""

    def __init__(self, entries: list[AuditEntry], header: dict[str, object], checkpoint: SignedCheckpoint | None):
        self._entries = entries
        self._by_seq = {e.seq: e for e in entries}
        self._by_hash = {e.hash: e.seq for e in entries}
        self.header = header
        self.checkpoint = checkpoint

    def __iter__(self) -> Iterator[AuditEntry]:
        return iter(sorted(self._entries, key=lambda e: e.seq))

    def at(self, seq: int) -> AuditEntry | None:
        return self._by_seq.get(seq)

    def seq_with_hash(self, hash_hex: str) -> int | None:
        return self._by_hash.get(hash_hex)


def load_export(path: Path) -> ExportedChain:
    entries: list[AuditEntry] = []
    header: dict[str, object] = {}
    checkpoint: SignedCheckpoint | None = None
    try:
        with path.open(encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                obj = json.loads(line)
                kind = obj.get("type") if isinstance(obj, dict) else None
                if kind == EXPORT_TYPE:
                    header = obj
                elif kind == "entry":
                    entries.append(AuditEntry.from_json(obj))
                elif isinstance(obj, dict) and kind is not None and str(kind).startswith("tekseru-audit-checkpoint"):
                    checkpoint = SignedCheckpoint.from_json(obj)
                else:
                    raise AuditError(f"{path}: line {number} is not part of a Tekseru audit export")
    except OSError as exc:
        raise AuditError(f"cannot read {path}: {exc.strerror}") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise AuditError(f"{path} is not a readable audit export ({exc})") from exc
    if not header:
        raise AuditError(f"{path} has no audit export header")
    return ExportedChain(entries, header, checkpoint)


def verify_export(
    path: Path, trusted_public_key: bytes | None = None, last_seen: SignedCheckpoint | None = None
) -> ChainReport:
    """Chain intact from its genesis, and the closing checkpoint genuine (against the pinned desk
    key, else the key it carries — which proves only consistency) and extending `last_seen`."""
    chain = load_export(path)
    report = check_chain(chain, genesis_hash(str(chain.header.get("chain_id", ""))))
    if not report.intact:
        return report
    cp = chain.checkpoint
    if cp is None:
        return ChainReport(
            report.entries,
            report.head_seq,
            report.head_hash,
            Problem(report.head_seq + 1, "truncated", "the export's closing checkpoint is missing"),
        )
    key = trusted_public_key or base64.b64decode(cp.public_key)
    try:
        if cp.chain_id != chain.header.get("chain_id"):
            raise CheckpointError("the closing checkpoint is of another chain than the export")
        verify_checkpoint(cp, last_seen, chain, key)
        if cp.seq != report.head_seq:
            raise CheckpointError(f"the export ends at seq {report.head_seq} but its checkpoint is at seq {cp.seq}")
    except CheckpointError as exc:
        return ChainReport(report.entries, report.head_seq, report.head_hash, Problem(cp.seq, "checkpoint", str(exc)))
    return ChainReport(
        report.entries,
        report.head_seq,
        report.head_hash,
        None,
        {"seq": cp.seq, "hash": cp.hash, "time": cp.time, "pinned": trusted_public_key is not None},
    )
