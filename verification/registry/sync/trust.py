"""Where a desk keeps what it trusts, per partner, in the app data dir:

    trust/CHN/root.json   the trust anchor, installed by field IT (never by a package)
    tuf/CHN/              python-tuf's metadata cache: root chain, last timestamp/snapshot/targets
    work/                 private (0700) scratch space for package copies and cache candidates

A verification runs on a copy of the cache; the copy replaces the cache only after the store has
taken the package, so a rejected package leaves no trace in the cache either."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tuf.api.exceptions import RepositoryError

from verification.registry.errors import RegistryError
from verification.registry.sync.tufapi import Metadata, Root

_PARTNER = re.compile(r"^[A-Z]{1,3}$")


class TrustStore:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def anchor(self, partner: str) -> bytes | None:
        path = self._anchor_path(partner)
        return path.read_bytes() if path.is_file() else None

    def partners(self) -> list[str]:
        d = self.data_dir / "trust"
        return sorted(p.name for p in d.iterdir() if (p / "root.json").is_file()) if d.is_dir() else []

    def install_root(self, partner: str, data: bytes) -> Root:
        """Field IT's step: the root must parse and be signed by its own threshold."""
        try:
            md = Metadata[Root].from_bytes(data)
            if md.signed.type != Root.type:
                raise RepositoryError("not root metadata")
            md.signed.verify_delegate(Root.type, md.signed_bytes, md.signatures)
        except (RepositoryError, ValueError) as exc:
            raise RegistryError(f"not a valid, self-signed TUF root: {exc}") from None
        path = self._anchor_path(partner)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(".root.json.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        return md.signed

    def cache_dir(self, partner: str) -> Path:
        return self.data_dir / "tuf" / _checked(partner)

    def private_dir(self) -> Path:
        d = self.data_dir / "work"
        d.mkdir(parents=True, exist_ok=True)
        d.chmod(0o700)
        return Path(tempfile.mkdtemp(prefix="pkg-", dir=d))

    @contextmanager
    def candidate_cache(self, partner: str) -> Iterator[Path]:
        """A private copy of the partner's cache; removed on exit unless `commit`ted."""
        cache = self.cache_dir(partner)
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".candidate-", dir=cache.parent))
        candidate = tmp / "cache"
        try:
            if cache.is_dir():
                shutil.copytree(cache, candidate, symlinks=True)
            else:
                candidate.mkdir()
            yield candidate
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def commit(self, partner: str, candidate: Path) -> None:
        cache = self.cache_dir(partner)
        old = cache.with_name(f".old-{cache.name}-{os.getpid()}")
        if cache.exists():
            os.replace(cache, old)
        os.replace(candidate, cache)
        shutil.rmtree(old, ignore_errors=True)

    def _anchor_path(self, partner: str) -> Path:
        return self.data_dir / "trust" / _checked(partner) / "root.json"


def _checked(partner: str) -> str:
    if not _PARTNER.match(partner):
        raise RegistryError(f"not a partner state code: {partner!r}")
    return partner
