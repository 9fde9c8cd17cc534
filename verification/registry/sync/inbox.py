"""A watched inbox folder (a shared folder, or where field IT drops USB packages): new package
files are imported once complete, then moved aside — to processed/ or failed/ — with a reason file
beside them, so nobody has to read a log to learn why a package was refused."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tarfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from verification.registry.errors import RegistryError, SyncRejected
from verification.registry.sync.format import HINT_MEMBER, PACKAGE_SUFFIX, PackageHint
from verification.registry.sync.importer import PackageImporter

log = logging.getLogger(__name__)

PROCESSED = "processed"
FAILED = "failed"


@dataclass(frozen=True)
class InboxOutcome:
    file: str
    ok: bool
    reason: str  # "applied", "already_applied", or a SyncRejected reason code
    message: str
    moved_to: Path


class Inbox:
    """Call `poll()` periodically (or `watch()` in a thread). A file counts as complete when its
    size and modification time did not change between two polls: a copy still in progress waits."""

    def __init__(self, folder: Path, importer: PackageImporter) -> None:
        self.folder = folder
        self.importer = importer
        self._seen: dict[str, tuple[int, int]] = {}

    def poll(self) -> list[InboxOutcome]:
        ready: list[Path] = []
        current: dict[str, tuple[int, int]] = {}
        for path in sorted(self.folder.glob(f"*{PACKAGE_SUFFIX}")):
            if path.name.startswith(".") or not path.is_file():
                continue
            st = path.stat()
            sig = (st.st_size, st.st_mtime_ns)
            current[path.name] = sig
            if self._seen.get(path.name) == sig:
                ready.append(path)
        self._seen = {k: v for k, v in current.items() if k not in {p.name for p in ready}}
        return [self._process(p) for p in sorted(ready, key=_sequence_hint)]

    def watch(
        self, stop: threading.Event, interval: float = 5.0, on_outcome: Callable[[InboxOutcome], None] | None = None
    ) -> None:
        while not stop.is_set():
            for outcome in self.poll():
                if on_outcome:
                    on_outcome(outcome)
            stop.wait(interval)

    def _process(self, path: Path) -> InboxOutcome:
        try:
            result = self.importer.import_file(path)
        except SyncRejected as exc:
            return self._move(path, False, exc.reason, str(exc))
        except RegistryError as exc:
            return self._move(path, False, "error", str(exc))
        except Exception as exc:  # a bug must not make the watcher retry one file forever
            log.exception("inbox: importing %s failed unexpectedly", path.name)
            return self._move(path, False, "internal_error", exc.__class__.__name__)
        v = result.version
        if result.applied:
            return self._move(path, True, "applied", f"applied {v.kind} package {v.partner_state} #{v.sequence}")
        return self._move(path, True, "already_applied", f"package {v.partner_state} #{v.sequence} was already applied")

    def _move(self, path: Path, ok: bool, reason: str, message: str) -> InboxOutcome:
        dest_dir = self.folder / (PROCESSED if ok else FAILED)
        dest_dir.mkdir(exist_ok=True)
        dest = dest_dir / path.name
        if dest.exists():
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
            dest = dest_dir / f"{path.stem}-{stamp}{path.suffix}"
        os.replace(path, dest)
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        dest.with_name(dest.name + ".reason.txt").write_text(f"{reason}\n{message}\n{when}\n", encoding="utf-8")
        (log.info if ok else log.warning)("inbox: %s -> %s/ (%s)", path.name, dest_dir.name, reason)
        return InboxOutcome(path.name, ok, reason, message, dest)


def _sequence_hint(path: Path) -> tuple[int, str]:
    """Apply in sequence order so a full and its deltas dropped together go in one poll."""
    try:
        with tarfile.open(path, "r:") as tar:
            f = tar.extractfile(HINT_MEMBER)
            if f is not None:
                return PackageHint.from_json(f.read(64 * 1024)).sequence, path.name
    except (tarfile.TarError, OSError, KeyError, SyncRejected):
        pass
    return 1 << 62, path.name
