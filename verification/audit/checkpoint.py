"""Signed checkpoints of the chain head. A hash chain alone cannot show that its newest entries were
cut off; a checkpoint (seq, hash, time) signed with the desk's Ed25519 key and sent out with every
report or sync can: whoever keeps the last one seen checks that the next extends it."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from verification.audit.canonical import canonical_json
from verification.audit.chain_check import ChainView
from verification.audit.errors import AuditError, CheckpointError

CHECKPOINT_TYPE = "tekseru-audit-checkpoint-v1"
KEY_FILE = "audit-ed25519.pem"


@dataclass(frozen=True)
class SignedCheckpoint:
    """The chain head at `time`, signed by the desk key `key_id` (SHA-256 of the raw public key)."""

    chain_id: str
    seq: int
    hash: str
    time: str
    key_id: str
    public_key: str  # raw Ed25519 public key, base64 (for pinning on first sight; never trusted alone)
    signature: str  # base64 Ed25519 signature over `signed_bytes()`

    def signed_bytes(self) -> bytes:
        body = {"type": CHECKPOINT_TYPE, "chain_id": self.chain_id, "seq": self.seq, "hash": self.hash,
                "time": self.time, "key_id": self.key_id}  # fmt: skip
        return canonical_json(body).encode("utf-8")

    def to_json(self) -> dict[str, object]:
        return {"type": CHECKPOINT_TYPE, **asdict(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SignedCheckpoint:
        if data.get("type") != CHECKPOINT_TYPE:
            raise CheckpointError(f"not a Tekseru audit checkpoint (type {data.get('type')!r})")
        try:
            return cls(
                chain_id=str(data["chain_id"]),
                seq=int(data["seq"]),
                hash=str(data["hash"]),
                time=str(data["time"]),
                key_id=str(data["key_id"]),
                public_key=str(data["public_key"]),
                signature=str(data["signature"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CheckpointError(f"a checkpoint field is missing or malformed ({exc})") from exc


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()


class DeskKey:
    """The desk's own Ed25519 signing key: generated on first use, stored 0600 (PKCS#8 PEM)."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.key_id = key_id(self.public_raw)

    @classmethod
    def load_or_create(cls, key_dir: Path) -> DeskKey:
        path = key_dir / KEY_FILE
        try:
            key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not path.exists():
                pem = Ed25519PrivateKey.generate().private_bytes(
                    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # a racing process keeps its own
                with os.fdopen(fd, "wb") as f:
                    f.write(pem)
                    f.flush()
                    os.fsync(f.fileno())
            private = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except FileExistsError:
            return cls.load_or_create(key_dir)
        except (OSError, ValueError) as exc:
            raise AuditError(f"cannot read or create the desk signing key {path}: {exc}") from exc
        if not isinstance(private, Ed25519PrivateKey):
            raise AuditError(f"{path} is not an Ed25519 key")
        return cls(private)

    def sign(self, chain_id: str, seq: int, hash_hex: str, time: str) -> SignedCheckpoint:
        unsigned = SignedCheckpoint(chain_id, seq, hash_hex, time, self.key_id,
                                    base64.b64encode(self.public_raw).decode("ascii"), "")  # fmt: skip
        signature = self._private.sign(unsigned.signed_bytes())
        return SignedCheckpoint(**{**asdict(unsigned), "signature": base64.b64encode(signature).decode("ascii")})


def verify_signature(cp: SignedCheckpoint, trusted_public_key: bytes) -> None:
    """Raise CheckpointError unless `cp` was signed by the pinned desk key (the key the checkpoint
    carries is only compared, never trusted: a forger would carry their own)."""
    if key_id(trusted_public_key) != cp.key_id or cp.public_key != base64.b64encode(trusted_public_key).decode():
        raise CheckpointError(f"checkpoint at seq {cp.seq} names key {cp.key_id[:16]}…, not this desk's key")
    try:
        Ed25519PublicKey.from_public_bytes(trusted_public_key).verify(base64.b64decode(cp.signature), cp.signed_bytes())
    except (InvalidSignature, ValueError) as exc:
        raise CheckpointError(f"checkpoint at seq {cp.seq}: the signature does not verify (forged or altered)") from exc


def verify_checkpoint(
    new: SignedCheckpoint, last_seen: SignedCheckpoint | None, chain: ChainView, trusted_public_key: bytes
) -> None:
    """That `new` is genuine, matches the chain, and extends `last_seen`: same chain, new.seq ≥
    last_seen.seq, and the entry at last_seen.seq still has last_seen.hash. Raises CheckpointError
    naming what failed — this is what detects a chain truncated after a checkpoint."""
    verify_signature(new, trusted_public_key)
    if last_seen is not None:
        verify_signature(last_seen, trusted_public_key)
        if new.chain_id != last_seen.chain_id:
            raise CheckpointError(
                "the new checkpoint is of another chain than the last one seen (the trail was replaced)"
            )
        if new.seq < last_seen.seq:
            raise CheckpointError(f"the chain went back from seq {last_seen.seq} to seq {new.seq}: entries after "
                                  f"seq {new.seq} were cut off")  # fmt: skip
        old = chain.at(last_seen.seq)
        if old is None or old.hash != last_seen.hash:
            raise CheckpointError(f"seq {last_seen.seq} no longer has the hash of the last checkpoint seen: the chain "
                                  "was truncated or rewritten after it")  # fmt: skip
    head = chain.at(new.seq)
    if head is None or head.hash != new.hash:
        raise CheckpointError(f"the chain does not hold the checkpointed entry seq {new.seq} with its hash")


class CheckpointLedger:
    """The last checkpoint seen per desk key, in a small JSON file (0600). A receiver keeps one for
    every desk it hears from; the desk keeps its own copy of the last one it issued."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise CheckpointError(f"cannot read the checkpoint ledger {self.path}: {exc}") from exc
        return data if isinstance(data, dict) else {}

    def last_seen(self, desk_key_id: str) -> SignedCheckpoint | None:
        raw = self._load().get(desk_key_id)
        return None if raw is None else SignedCheckpoint.from_json(raw)

    def remember(self, cp: SignedCheckpoint) -> None:
        """Store `cp` as the last seen of its key (atomically: a torn write would lose the old one)."""
        data = self._load()
        data[cp.key_id] = cp.to_json()
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, sort_keys=True, indent=1))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def accept(self, new: SignedCheckpoint, chain: ChainView, trusted_public_key: bytes) -> None:
        """Verify `new` against the last one seen of the same key, then remember it."""
        verify_checkpoint(new, self.last_seen(new.key_id), chain, trusted_public_key)
        self.remember(new)
