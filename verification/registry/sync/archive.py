"""Reading a package tar without ever extracting it: members are looked up by exact name and
streamed, so hostile names (../, absolute, links, devices, duplicates) never touch the disk.
`ArchiveFetcher` is the python-tuf FetcherInterface over such a tar: the ngclient Updater reads
metadata and targets from it exactly as it would from a server."""

from __future__ import annotations

import posixpath
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from urllib.parse import unquote

from tuf.api import exceptions as tuf_exc

from verification.registry.errors import SyncRejected
from verification.registry.sync.format import (
    DEFAULT_LIMITS,
    HINT_MEMBER,
    METADATA_DIR,
    TARGETS_DIR,
    Limits,
    PackageHint,
    Reason,
)
from verification.registry.sync.tufapi import FetcherInterface

CHUNK = 64 * 1024
METADATA_URL = "tekseru-package:/metadata/"
TARGETS_URL = "tekseru-package:/targets/"


class PackageArchive:
    """An opened, structurally checked package; close it (or use `with`)."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS, display_name: str | None = None) -> None:
        self.path = path
        self.display_name = display_name or path.name
        try:
            self._tar = tarfile.open(path, "r:")  # noqa: SIM115 - closed by close(); "r:" refuses compression
        except (tarfile.TarError, OSError) as exc:
            raise SyncRejected(
                Reason.MALFORMED, f"{self.display_name} is not a Tekseru package (uncompressed tar): {exc}"
            ) from None
        try:
            self._members = self._index(limits)
        except BaseException:
            self._tar.close()
            raise
        self.hint = PackageHint.from_json(self.read(HINT_MEMBER, 64 * 1024))

    def _index(self, limits: Limits) -> dict[str, tarfile.TarInfo]:
        members: dict[str, tarfile.TarInfo] = {}
        try:
            for count, info in enumerate(self._tar, start=1):
                if count > limits.max_members:
                    raise SyncRejected(Reason.TOO_LARGE, f"the package has more than {limits.max_members} files")
                name = info.name
                if info.isdir() and _safe_name(name.rstrip("/")):
                    continue  # directory entries some tar tools add: harmless, never extracted
                if not info.isreg() or not _safe_name(name):
                    raise SyncRejected(Reason.MALFORMED, f"the package contains a disallowed entry: {name!r}")
                if name in members:
                    raise SyncRejected(Reason.MALFORMED, f"the package contains {name!r} twice")
                if name != HINT_MEMBER and not name.startswith((METADATA_DIR, TARGETS_DIR)):
                    raise SyncRejected(Reason.MALFORMED, f"unexpected file in the package: {name!r}")
                members[name] = info
        except tarfile.TarError as exc:
            raise SyncRejected(Reason.MALFORMED, f"the package is damaged: {exc}") from None
        if HINT_MEMBER not in members:
            raise SyncRejected(Reason.MALFORMED, "the package has no package.json")
        return members

    def __enter__(self) -> PackageArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._tar.close()

    def names(self, prefix: str) -> list[str]:
        return sorted(n for n in self._members if n.startswith(prefix))

    def size(self, name: str) -> int | None:
        info = self._members.get(name)
        return None if info is None else info.size

    def stream(self, name: str) -> Iterator[bytes]:
        info = self._members.get(name)
        if info is None:
            raise KeyError(name)
        f: IO[bytes] | None = self._tar.extractfile(info)
        if f is None:  # pragma: no cover - regular files always have data
            raise KeyError(name)
        with f:
            while chunk := f.read(CHUNK):
                yield chunk

    def read(self, name: str, max_bytes: int) -> bytes:
        size = self.size(name)
        if size is None:
            raise SyncRejected(Reason.MALFORMED, f"the package has no {name}")
        if size > max_bytes:
            raise SyncRejected(Reason.TOO_LARGE, f"{name} in the package is larger than {max_bytes} bytes")
        return b"".join(self.stream(name))


class ArchiveFetcher(FetcherInterface):
    """Serves `METADATA_URL` + name and `TARGETS_URL` + path from the archive; a missing member is
    an HTTP 404 so the Updater's root-chain walk stops where the package's roots end."""

    def __init__(self, archive: PackageArchive) -> None:
        self._archive = archive
        self.fetched: list[str] = []

    def _fetch(self, url: str) -> Iterator[bytes]:
        for prefix, folder in ((METADATA_URL, METADATA_DIR), (TARGETS_URL, TARGETS_DIR)):
            if url.startswith(prefix):
                name = folder + unquote(url[len(prefix) :])
                break
        else:
            raise tuf_exc.DownloadHTTPError(f"{url} is outside the package", 404)
        self.fetched.append(name)
        if self._archive.size(name) is None:
            raise tuf_exc.DownloadHTTPError(f"{name} is not in the package", 404)
        return self._archive.stream(name)


def _safe_name(name: str) -> bool:
    if not name or name.startswith("/") or "\\" in name or "\x00" in name:
        return False
    norm = posixpath.normpath(name)
    return norm == name and not norm.startswith("..") and ".." not in norm.split("/")
