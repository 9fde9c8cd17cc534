"""The partner's signing side: a key directory with Ed25519 keys per TUF role, the chain of root
versions, and the last repository version used (so every package gets a higher one).

Layout of DIR (private keys 0600, DIR and DIR/keys 0700):
    root.json              current root: what field IT installs at the desks
    metadata/N.root.json   every root version; each package carries them all for the root chain
    keys/ROLE-KEYID.pem    PKCS#8 private keys, unencrypted (see docs: HSM signers are the next step)
    keys/ROLE-KEYID.pub    the public key as TUF key JSON
    keys/retired/          private keys replaced by rotate-keys
    state.json             {"version": last TUF version, "sequence": highest sequence built}
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from tuf.api.serialization.json import JSONSerializer

from verification.registry.errors import RegistryError
from verification.registry.sync.format import ROLES
from verification.registry.sync.tufapi import (
    CryptoSigner,
    Metadata,
    Role,
    Root,
    Signer,
    Snapshot,
    SSlibKey,
    Targets,
    Timestamp,
)

ROOT_DAYS = 365


class KeyDirError(RegistryError):
    """The partner key directory is missing, incomplete or would be overwritten."""


@dataclass(frozen=True)
class KeyDir:
    path: Path

    @property
    def keys_dir(self) -> Path:
        return self.path / "keys"

    @property
    def metadata_dir(self) -> Path:
        return self.path / "metadata"

    def root(self) -> Metadata[Root]:
        versions = self.root_versions()
        if not versions:
            raise KeyDirError(f"{self.path} holds no root metadata (run `tekseru registry keygen` first)")
        return Metadata[Root].from_file(str(self.metadata_dir / f"{versions[-1]}.root.json"))

    def root_versions(self) -> list[int]:
        if not self.metadata_dir.is_dir():
            return []
        return sorted(int(p.name.split(".")[0]) for p in self.metadata_dir.glob("*.root.json"))

    def root_files(self) -> list[tuple[str, bytes]]:
        return [(f"{v}.root.json", (self.metadata_dir / f"{v}.root.json").read_bytes()) for v in self.root_versions()]

    def signers(self, role: str, root: Root | None = None) -> list[Signer]:
        """Signers for every key the (current) root lists for `role` whose private key is here."""
        root = root or self.root().signed
        out: list[Signer] = []
        for keyid in root.roles[role].keyids:
            key = root.keys[keyid]
            pem = self.keys_dir / f"{role}-{keyid[:16]}.pem"
            if pem.exists() and isinstance(key, SSlibKey):
                out.append(CryptoSigner(load_pem_private_key(pem.read_bytes(), None), key))
        if len(out) < root.roles[role].threshold:
            raise KeyDirError(
                f"{self.keys_dir} holds {len(out)} private key(s) for {role}, "
                f"the root requires {root.roles[role].threshold}"
            )
        return out

    def last_version(self) -> int:
        """The TUF version of the last package built here (every build takes the next one)."""
        return self._number("version")

    def last_sequence(self) -> int:
        return self._number("sequence")

    def record_build(self, version: int, sequence: int) -> None:
        state = json.dumps({"version": version, "sequence": max(sequence, self.last_sequence())})
        _write_atomic(self.path / "state.json", state.encode() + b"\n", 0o600)

    def _number(self, key: str) -> int:
        v = self._state().get(key, 0)
        if not isinstance(v, int):
            raise KeyDirError(f"{self.path / 'state.json'} is damaged")
        return v

    def _state(self) -> dict[str, object]:
        state = self.path / "state.json"
        if not state.exists():
            return {}
        d = json.loads(state.read_text())
        if not isinstance(d, dict):
            raise KeyDirError(f"{state} is damaged")
        return d


def keygen(
    out: Path,
    threshold: int = 1,
    keys: int = 1,
    now: dt.datetime | None = None,
    root_days: int = ROOT_DAYS,
    key_factory: Callable[[str, int], Ed25519PrivateKey] | None = None,
) -> KeyDir:
    """Fresh keys for all four roles and root version 1 signed by the root keys."""
    if not 1 <= threshold <= keys:
        raise KeyDirError(f"threshold must be between 1 and the number of keys ({keys}), got {threshold}")
    kd = KeyDir(out)
    if kd.root_versions():
        raise KeyDirError(f"{out} already holds partner keys; use rotate-keys to replace them")
    for d in (out, kd.keys_dir, kd.metadata_dir):
        d.mkdir(parents=True, exist_ok=True)
        d.chmod(0o700)
    now = now or dt.datetime.now(dt.UTC)
    root = Root(version=1, expires=now + dt.timedelta(days=root_days), consistent_snapshot=False)
    for role in ROLES:
        root.roles[role] = Role([], threshold)
        for i in range(keys):
            key = _new_key(kd, role, i, key_factory)
            root.add_key(key, role)
    _publish_root(kd, root, kd.signers("root", root))
    return kd


def rotate_keys(
    kd: KeyDir,
    roles: Iterable[str] = ROLES,
    threshold: int | None = None,
    keys: int | None = None,
    now: dt.datetime | None = None,
    root_days: int = ROOT_DAYS,
) -> Metadata[Root]:
    """Root version N+1 with new keys for `roles`, signed by the old root keys AND the new ones, so
    clients accept it through the TUF root chain; replaced private keys move to keys/retired."""
    old_md = kd.root()
    old = old_md.signed
    new = Root.from_dict(old.to_dict())
    new.version = old.version + 1
    new.expires = (now or dt.datetime.now(dt.UTC)) + dt.timedelta(days=root_days)
    old_signers = kd.signers("root", old)
    retired: list[Path] = []
    for role in roles:
        if role not in ROLES:
            raise KeyDirError(f"unknown role {role!r} (roles: {', '.join(ROLES)})")
        n = keys or len(old.roles[role].keyids)
        t = threshold or old.roles[role].threshold
        if not 1 <= t <= n:
            raise KeyDirError(f"threshold must be between 1 and the number of keys ({n}), got {t}")
        for keyid in list(new.roles[role].keyids):
            new.revoke_key(keyid, role)
            retired.append(kd.keys_dir / f"{role}-{keyid[:16]}.pem")
        new.roles[role].threshold = t
        for i in range(n):
            new.add_key(_new_key(kd, role, i, None), role)
    old_ids = {s.public_key.keyid for s in old_signers}
    new_signers = [s for s in kd.signers("root", new) if s.public_key.keyid not in old_ids]
    _publish_root(kd, new, [*old_signers, *new_signers])
    retired_dir = kd.keys_dir / "retired"
    retired_dir.mkdir(mode=0o700, exist_ok=True)
    for pem in retired:
        if pem.exists():
            shutil.move(str(pem), retired_dir / pem.name)
    return kd.root()


_S = TypeVar("_S", Root, Targets, Snapshot, Timestamp)


def sign(signed: _S, signers: Iterable[Signer]) -> bytes:
    """Metadata bytes with one signature per signer (a threshold needs several)."""
    md = Metadata[_S](signed)
    for s in signers:
        md.sign(s, append=True)
    data: bytes = md.to_bytes(JSONSerializer(compact=False))
    return data


def _publish_root(kd: KeyDir, root: Root, signers: Iterable[Signer]) -> None:
    data = sign(root, signers)
    _write_atomic(kd.metadata_dir / f"{root.version}.root.json", data, 0o644)
    _write_atomic(kd.path / "root.json", data, 0o644)


def _new_key(kd: KeyDir, role: str, index: int, factory: Callable[[str, int], Ed25519PrivateKey] | None) -> SSlibKey:
    private = factory(role, index) if factory else Ed25519PrivateKey.generate()
    signer = CryptoSigner(private)
    key = signer.public_key
    _write_atomic(kd.keys_dir / f"{role}-{key.keyid[:16]}.pem", signer.private_bytes, 0o600)
    _write_atomic(
        kd.keys_dir / f"{role}-{key.keyid[:16]}.pub",
        json.dumps({"keyid": key.keyid, **key.to_dict()}, indent=1).encode() + b"\n",
        0o644,
    )
    return key


def _write_atomic(path: Path, data: bytes, mode: int) -> None:
    """The file appears complete with its final permissions, or not at all."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode), "wb") as f:
            os.fchmod(f.fileno(), mode)
            f.write(data)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
