"""Demo mode's partner: keys derived from public seeds, so every demo installation trusts the same
demo root and can build its own demo packages. Worthless as security, by design: demo data only,
and demo mode keeps its own data dir so demo packages never meet the real registry."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from verification.registry.sync.keys import KeyDir, keygen

DEMO_PARTNER = "CHN"
_EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def _demo_key(role: str, index: int) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"tekseru-demo/{role}/{index}".encode()).digest())


def demo_keys(path: Path) -> KeyDir:
    """The demo key directory at `path`, created on first use (identical everywhere)."""
    kd = KeyDir(path)
    if not kd.root_versions():
        keygen(path, now=_EPOCH, root_days=365 * 30, key_factory=_demo_key)
    return kd
