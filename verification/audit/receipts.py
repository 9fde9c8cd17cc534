"""Sync receipts: after every registry sync the desk signs a checkpoint of its audit chain head and
writes it, with what was applied, to its outbound folder and (when the package came on a stick)
beside the package. The receipt travels back to headquarters with the next report or stick, where
`CheckpointLedger.accept` checks that it extends the last one seen, so a desk whose newest audit
entries were cut off is noticed even when it never sends a report."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from verification.audit.checkpoint import SignedCheckpoint
from verification.audit.trail import AuditTrail
from verification.files import write_atomic

log = logging.getLogger(__name__)

RECEIPT_TYPE = "tekseru-sync-receipt-v1"
OUTBOUND_DIR = "outbound"


@dataclass(frozen=True)
class SyncReceipt:
    checkpoint: SignedCheckpoint
    paths: tuple[Path, ...]  # every copy written
    failed: tuple[tuple[Path, str], ...]  # copies that could not be written (e.g. a read-only stick)


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text)[:40] or "x"


def write_sync_receipt(
    trail: AuditTrail, actor: str, sync: Mapping[str, Any], desk_dir: Path, also_to: Sequence[Path] = ()
) -> SyncReceipt:
    """Sign the chain head (the sync entry must already be recorded) and write the receipt to
    DESK_DIR/outbound/ and to each folder in `also_to`. The outbound copy must be written; a copy
    beside the package is best effort (the stick may be read-only or gone) and its failure is
    reported, not raised."""
    partner, seq = str(sync.get("partner_state", "")), sync.get("sequence", "")
    cp = trail.checkpoint(actor, purpose=f"sync {partner} #{seq}")
    body = {"type": RECEIPT_TYPE, "sync": dict(sync), "checkpoint": cp.to_json()}
    data = (json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"tekseru-sync-receipt-{_safe(partner)}-{_safe(str(seq))}-{stamp}-{cp.key_id[:12]}.json"
    out = desk_dir / OUTBOUND_DIR
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / name, data)
    written, failed = [out / name], []
    for folder in also_to:
        try:
            write_atomic(folder / name, data)
            written.append(folder / name)
        except OSError as exc:
            log.warning("sync receipt not written beside the package in %s: %s", folder, exc.strerror or exc)
            failed.append((folder, exc.strerror or str(exc)))
    return SyncReceipt(cp, tuple(written), tuple(failed))


def load_receipt(path: Path) -> tuple[dict[str, Any], SignedCheckpoint]:
    """The sync details and the checkpoint of a receipt file (the signature is checked by
    `verify_checkpoint`/`CheckpointLedger.accept`, against the pinned desk key)."""
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, dict) or data.get("type") != RECEIPT_TYPE:
        from verification.audit.errors import CheckpointError

        raise CheckpointError(f"{path.name} is not a Tekseru sync receipt")
    return dict(data.get("sync", {})), SignedCheckpoint.from_json(data["checkpoint"])
