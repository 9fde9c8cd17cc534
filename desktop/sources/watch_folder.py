"""The scan folder a networked or vendor-driven scanner writes into: new image and PDF files there
are handed to the reader once they are complete.

A file counts as complete when its size and modification time have not changed for `stable_ms`,
it is not empty, it can be opened, and for PNG and PDF the end marker is present — a scanner that
pauses mid-page must not have half a page read. Files already there when watching starts are
skipped (unless `include_existing`); a file rewritten under the same name (some scanner software
always writes `scan.png`) counts as new. Hidden, temporary and partial-download files are ignored.

QFileSystemWatcher reports new names at once; a slow poll also rescans, because watchers miss
changes on some network shares and cannot see a file grow. The folder may vanish (an unmounted
share, a USB stick) and come back: the status says so and watching resumes by itself.

`FolderWatcher()`: `start(folder, include_existing=False)`, `stop()`; signals
`files_ready(list[str])` and `status_changed(str)` with one of STATUSES."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

log = logging.getLogger(__name__)

WATCHED_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".pdf")
IGNORED_ENDINGS = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", "~")
STATUSES = ("off", "watching", "missing", "not_folder", "unreadable")


def is_candidate(name: str) -> bool:
    low = name.lower()
    if low.startswith((".", "~", "#")) or low.endswith(IGNORED_ENDINGS):
        return False
    return low.endswith(WATCHED_SUFFIXES)


def looks_complete(path: str) -> bool:
    """Openable, not empty, and for formats with an end marker, the marker is there."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
            if not head:
                return False
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 1024))
            tail = fh.read()
    except OSError:
        return False
    if head.startswith(b"\x89PNG"):
        return b"IEND" in tail[-16:]
    if head.startswith(b"%PDF"):
        return b"%%EOF" in tail
    return True


@dataclass(frozen=True)
class _Sig:
    size: int
    mtime_ns: int


class FolderWatcher(QObject):
    files_ready = Signal(list)
    status_changed = Signal(str)

    def __init__(self, stable_ms: int = 1000, poll_ms: int = 250, rescan_ms: int = 2000,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.stable = stable_ms / 1000
        self.rescan_every = rescan_ms / 1000
        self.give_up = max(30.0, 10 * self.stable)
        self.folder = ""
        self.status = "off"
        self._seen: dict[str, _Sig] = {}  # handled: emitted, or there before watching started
        self._pending: dict[str, tuple[_Sig, float]] = {}  # growing or settling: signature, since
        self._last_rescan = 0.0
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(self._rescan)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._tick)

    def start(self, folder: str, include_existing: bool = False) -> None:
        self.stop()
        self.folder = os.path.abspath(folder)
        self._seen.clear()
        self._pending.clear()
        if not include_existing:
            self._seen.update(self._listing())
        self._timer.start()
        self._rescan()

    def stop(self) -> None:
        self._timer.stop()
        if self._fs.directories():
            self._fs.removePaths(self._fs.directories())
        self._pending.clear()
        self._set_status("off")

    def _set_status(self, status: str) -> None:
        if status != self.status:
            self.status = status
            log.info("watched folder: %s", status)  # the status only, never the file names
            self.status_changed.emit(status)

    def _listing(self) -> dict[str, _Sig]:
        out: dict[str, _Sig] = {}
        try:
            with os.scandir(self.folder) as it:
                for entry in it:
                    if not is_candidate(entry.name):
                        continue
                    try:
                        if entry.is_file():
                            st = entry.stat()
                            out[entry.path] = _Sig(st.st_size, st.st_mtime_ns)
                    except OSError:
                        continue  # vanished between listing and stat
        except OSError:
            pass
        return out

    def _rescan(self, _changed: str = "") -> None:
        self._last_rescan = time.monotonic()
        if not self.folder:
            return
        if not os.path.isdir(self.folder):
            self._pending.clear()
            self._set_status("not_folder" if os.path.exists(self.folder) else "missing")
            return
        if not os.access(self.folder, os.R_OK | os.X_OK):
            self._set_status("unreadable")
            return
        if self.folder not in self._fs.directories():
            self._fs.addPath(self.folder)  # again after the folder came back
        self._set_status("watching")
        now = time.monotonic()
        listing = self._listing()
        for path in list(self._seen):
            if path not in listing:
                del self._seen[path]  # deleted: the same name later is a new file
        for path in list(self._pending):
            if path not in listing:
                del self._pending[path]
        for path, sig in listing.items():
            if self._seen.get(path) == sig:
                continue
            pending = self._pending.get(path)
            if pending is None or pending[0] != sig:
                self._pending[path] = (sig, now)

    def _tick(self) -> None:
        now = time.monotonic()
        if now - self._last_rescan >= self.rescan_every:
            self._rescan()
        if self.status != "watching":
            return
        ready = []
        for path, (sig, since) in list(self._pending.items()):
            try:
                st = os.stat(path)
            except OSError:
                del self._pending[path]
                continue
            current = _Sig(st.st_size, st.st_mtime_ns)
            if current != sig:
                self._pending[path] = (current, now)  # still being written
            elif now - since >= self.stable and current.size > 0 and (
                    looks_complete(path) or now - since >= self.give_up):  # broken for good: let the reader say so
                del self._pending[path]
                self._seen[path] = current
                ready.append(path)
        if ready:
            log.debug("watched folder: %d new file(s)", len(ready))
            self.files_ready.emit(sorted(ready))
