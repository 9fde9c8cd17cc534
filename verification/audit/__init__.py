"""The desk's tamper-evident audit trail: a SHA-256 hash chain in SQLite that every registry
look-up, case action, export, sync and sign-in is appended to, with Ed25519-signed checkpoints of
its head that travel with outbound reports so a cut-off tail is noticed."""

from verification.audit.canonical import AuditEntry
from verification.audit.chain_check import ChainReport, Problem
from verification.audit.checkpoint import CheckpointLedger, DeskKey, SignedCheckpoint, verify_checkpoint
from verification.audit.errors import AuditError, CheckpointError
from verification.audit.export import ExportResult, export_trail, load_export, verify_export
from verification.audit.paths import desk_dir
from verification.audit.trail import AuditTrail

__all__ = [
    "AuditEntry",
    "AuditError",
    "AuditTrail",
    "ChainReport",
    "CheckpointError",
    "CheckpointLedger",
    "DeskKey",
    "ExportResult",
    "Problem",
    "SignedCheckpoint",
    "desk_dir",
    "export_trail",
    "load_export",
    "verify_checkpoint",
    "verify_export",
]
