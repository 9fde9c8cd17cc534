"""Registry errors: each names what went wrong in words an officer or field IT can act on."""

from __future__ import annotations

from ocr.errors import TekseruError


class RegistryError(TekseruError):
    """The store cannot do what was asked (wrong base, other partner, corrupt or too-new file)."""


class SyncRejected(RegistryError):
    """A sync package was refused. `reason` is a stable code (for tests and the audit trail);
    the message says it in words."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
