"""Audit errors: each says what is wrong with the trail or a checkpoint in words field IT can act on."""

from __future__ import annotations

from ocr.errors import TekseruError


class AuditError(TekseruError):
    """The audit trail cannot be opened, written or exported."""


class CheckpointError(AuditError):
    """A checkpoint is forged, from another desk, or does not extend the last one seen."""
