"""Pulling packages from the partner's HTTP(S) endpoint: a plain `packages.json` list (unsigned —
it only says what to fetch) and the package files themselves, downloaded into the private work
dir with resume (Range requests) after a dropped connection, and hard size limits so a server
cannot fill the disk. Every downloaded file then goes through the same verification as a USB stick."""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from verification.registry.errors import SyncRejected
from verification.registry.store import Progress
from verification.registry.sync.archive import PackageArchive
from verification.registry.sync.format import (
    DEFAULT_LIMITS,
    KIND_DELTA,
    KIND_FULL,
    LIST_FORMAT,
    PACKAGE_SUFFIX,
    Limits,
    Reason,
)
from verification.registry.sync.importer import ImportResult, PackageImporter

log = logging.getLogger(__name__)

LIST_NAME = "packages.json"
CHUNK = 256 * 1024
_SAFE_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.tar$")


@dataclass(frozen=True)
class RemotePackage:
    file: str
    sequence: int
    kind: str
    base_sequence: int | None
    size: int
    sha256: str


def write_package_list(folder: Path) -> Path:
    """Partner/mirror side: describe every package in `folder` in `folder/packages.json`."""
    entries: list[dict[str, Any]] = []
    partner: str | None = None
    for path in sorted(folder.glob(f"*{PACKAGE_SUFFIX}")):
        with PackageArchive(path) as archive:
            hint = archive.hint
        partner = partner or hint.partner_state
        entries.append(
            {
                "file": path.name,
                "sequence": hint.sequence,
                "kind": hint.kind,
                "base_sequence": hint.base_sequence,
                "size": path.stat().st_size,
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            }
        )
    out = folder / LIST_NAME
    out.write_text(json.dumps({"format": LIST_FORMAT, "partner_state": partner, "packages": entries}, indent=1))
    return out


def plan(packages: list[RemotePackage], installed: int) -> list[RemotePackage]:
    """What to fetch, in order: a chain of deltas from what is installed, else the newest full
    package and the deltas on top of it. Empty when nothing newer is offered."""
    newer = [p for p in packages if p.sequence > installed]
    if not newer:
        return []
    latest = max(p.sequence for p in newer)
    chain = _delta_chain(newer, installed)
    if installed and chain and chain[-1].sequence == latest:
        return chain
    fulls = [p for p in newer if p.kind == KIND_FULL]
    if fulls:
        full = max(fulls, key=lambda p: p.sequence)
        return [full, *_delta_chain(newer, full.sequence)]
    if installed and chain:
        return chain
    raise SyncRejected(
        Reason.WRONG_BASE,
        f"the server offers no package that applies on #{installed} (needs a full package or a delta on it)",
    )


def _delta_chain(packages: list[RemotePackage], start: int) -> list[RemotePackage]:
    by_base: dict[int, RemotePackage] = {}
    for p in packages:
        if p.kind == KIND_DELTA and p.base_sequence is not None:
            best = by_base.get(p.base_sequence)
            if best is None or p.sequence > best.sequence:
                by_base[p.base_sequence] = p
    chain: list[RemotePackage] = []
    current = start
    while current in by_base and len(chain) < len(packages):
        chain.append(by_base[current])
        current = by_base[current].sequence
    return chain


class HttpSource:
    def __init__(
        self,
        base_url: str,
        download_dir: Path,
        limits: Limits = DEFAULT_LIMITS,
        timeout: float = 30.0,
        attempts: int = 5,
        retry_delay: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise SyncRejected(Reason.DOWNLOAD, f"not an http(s) URL: {base_url}")
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.download_dir = download_dir
        self.limits = limits
        self.timeout = timeout
        self.attempts = attempts
        self.retry_delay = retry_delay
        self._sleep = sleep

    def list(self) -> list[RemotePackage]:
        url = self.base_url + LIST_NAME
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as resp:
                data = resp.read(self.limits.max_list_bytes + 1)
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            raise SyncRejected(Reason.DOWNLOAD, f"cannot read the package list {url}: {_why(exc)}") from None
        if len(data) > self.limits.max_list_bytes:
            raise SyncRejected(Reason.TOO_LARGE, f"the package list {url} is larger than allowed")
        try:
            d = json.loads(data)
            if d.get("format") != LIST_FORMAT:
                raise ValueError("unknown format")
            return [_remote(e) for e in d["packages"]]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise SyncRejected(Reason.MALFORMED, f"the package list {url} is invalid: {exc}") from None

    def download(self, pkg: RemotePackage, progress: Progress | None = None) -> Path:
        """The complete file (resumed across dropped connections), checked against size and hash."""
        if pkg.size > self.limits.max_package_bytes:
            raise SyncRejected(Reason.TOO_LARGE, f"{pkg.file} is {pkg.size} bytes, more than allowed")
        self.download_dir.mkdir(parents=True, exist_ok=True)
        part = self.download_dir / (pkg.file + ".part")
        url = self.base_url + pkg.file
        last_error = ""
        for attempt in range(1, self.attempts + 1):
            try:
                if self._fetch_into(url, part, pkg, progress):
                    break
                last_error = "the connection ended early"
            except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                if isinstance(exc, urllib.error.HTTPError) and exc.code not in (408, 429, 500, 502, 503, 504):
                    part.unlink(missing_ok=True)
                    raise SyncRejected(Reason.DOWNLOAD, f"cannot download {url}: {_why(exc)}") from None
                last_error = _why(exc)
            log.info("download of %s interrupted (%s), attempt %d of %d", pkg.file, last_error, attempt, self.attempts)
            if attempt < self.attempts:
                self._sleep(min(self.retry_delay * attempt, 30.0))
        else:
            raise SyncRejected(Reason.DOWNLOAD, f"cannot download {url} after {self.attempts} attempts: {last_error}")
        if _sha256(part) != pkg.sha256:
            part.unlink()
            raise SyncRejected(Reason.DOWNLOAD, f"{pkg.file} arrived damaged (its SHA-256 differs from the list)")
        done = self.download_dir / pkg.file
        part.replace(done)
        return done

    def _fetch_into(self, url: str, part: Path, pkg: RemotePackage, progress: Progress | None) -> bool:
        """One request; True when the file is complete. Resumes from what `part` already holds."""
        have = part.stat().st_size if part.exists() else 0
        if have > pkg.size:
            part.unlink()
            have = 0
        if have == pkg.size and have:
            return True
        req = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
        try:
            resp = urllib.request.urlopen(req, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            if exc.code == 416 and have:  # our part is stale or already complete: start over
                part.unlink()
                return False
            raise
        with resp:
            if resp.status == 206 and have and _range_start(resp.headers.get("Content-Range")) == have:
                mode = "ab"
            else:
                mode, have = "wb", 0
            length = resp.headers.get("Content-Length")
            if length is not None and length.isdigit() and have + int(length) > pkg.size:
                raise SyncRejected(
                    Reason.TOO_LARGE, f"the server sends {have + int(length)} bytes for {pkg.file}, {pkg.size} declared"
                )
            with part.open(mode) as out:
                while chunk := resp.read(CHUNK):
                    have += len(chunk)
                    if have > pkg.size:
                        out.close()
                        part.unlink()
                        raise SyncRejected(
                            Reason.TOO_LARGE, f"the server sent more than the {pkg.size} bytes declared for {pkg.file}"
                        )
                    out.write(chunk)
                    if progress:
                        progress(have, pkg.size, "download")
        return have == pkg.size


def _remote(e: dict[str, Any]) -> RemotePackage:
    file, seq, kind, base, size, sha = e["file"], e["sequence"], e["kind"], e["base_sequence"], e["size"], e["sha256"]
    if not isinstance(file, str) or not _SAFE_FILE.match(file):
        raise ValueError(f"unsafe file name {file!r}")
    if kind not in (KIND_FULL, KIND_DELTA) or not isinstance(seq, int) or not isinstance(size, int) or size < 0:
        raise ValueError(f"invalid entry for {file}")
    if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha):
        raise ValueError(f"invalid sha256 for {file}")
    if base is not None and not isinstance(base, int):
        raise ValueError(f"invalid base for {file}")
    return RemotePackage(file, seq, kind, base, size, sha)


def _range_start(content_range: str | None) -> int | None:
    m = re.match(r"bytes (\d+)-\d+/(\d+|\*)", content_range or "")
    return int(m.group(1)) if m else None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            h.update(chunk)
    return h.hexdigest()


def _why(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code}"
    if isinstance(exc, urllib.error.URLError):
        return str(exc.reason)
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    return exc.__class__.__name__ if not str(exc) else str(exc)


def pull(source: HttpSource, importer: PackageImporter, progress: Progress | None = None) -> list[ImportResult]:
    """Bring the store up to the newest package the endpoint offers; stops at the first rejection
    (what was applied before it stays applied: every package is complete on its own)."""
    wanted = plan(source.list(), importer.store.status().sequence)
    results: list[ImportResult] = []
    for pkg in wanted:
        path = source.download(pkg, progress)
        try:
            results.append(importer.import_file(path, progress))
        finally:
            path.unlink(missing_ok=True)
    return results
