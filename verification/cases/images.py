"""Captured images as files named by their SHA-256 in the data folder (not in the database: the
retention purge must be able to really delete them, and SQLite does not give freed pages back)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from verification.cases.errors import CaseError
from verification.files import write_atomic

MAX_IMAGE_BYTES = 64 * 1024 * 1024
_SHA = re.compile(r"[0-9a-f]{64}")


class ImageStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if not _SHA.fullmatch(sha256):
            raise CaseError(f"{sha256!r} is not a SHA-256 image reference")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        """Store (once) and return the SHA-256; written to a temporary name, synced, then renamed."""
        if not data:
            raise CaseError("an empty image cannot be stored")
        if len(data) > MAX_IMAGE_BYTES:
            raise CaseError(f"an image of {len(data)} bytes is larger than the {MAX_IMAGE_BYTES} allowed")
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            write_atomic(target, data)
        except OSError as exc:
            raise CaseError(f"cannot store the image in {self.root}: {exc.strerror}") from exc
        return digest

    def read(self, sha256: str) -> bytes | None:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            return None

    def delete(self, sha256: str) -> bool:
        try:
            self.path(sha256).unlink()
        except FileNotFoundError:
            return False
        return True
