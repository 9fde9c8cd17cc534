"""A document camera (or any V4L2/USB webcam) through OpenCV's VideoCapture, read in a worker.

The worker keeps reading at the camera's own pace, so the newest frame is always the one kept for
a still, but it hands a preview frame to the GUI only when the GUI has shown the previous one and
at most `fps` times a second: a slow GUI sees fewer frames, never a growing queue. A video file
or a device path works as a source too (VideoCapture opens them the same way); a file is played
at its own frame rate and looped, which is how the tests run without a camera.

`CameraStream(source)`: `start()`, then `frame_ready(QImage)` (call `frame_shown()` after painting
it), `opened(int, int)` with the frame size, `failed(kind, message)` (kind: no_camera, lost),
`stopped()`; `take_still(out_dir)` saves the newest frame as PNG in a worker and returns it;
`stop()` ends the reading and waits briefly for the thread."""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from desktop.workers import Worker

log = logging.getLogger(__name__)

PREVIEW_MAX_SIDE = 960  # preview frames are scaled down in the worker; stills keep full size
_LOST_AFTER = 2.0  # seconds without a frame from a live camera before it counts as lost


class CameraError(Exception):
    """kind: no_camera (cannot open), lost (stopped delivering frames), save_failed."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def camera_source(value: int | str) -> int | str:
    """An index for "0", "1"…, otherwise a device or file path."""
    if isinstance(value, int):
        return value
    text = value.strip()
    return int(text) if text.isdigit() else text


def _is_file(source: int | str) -> bool:
    return isinstance(source, str) and Path(source).is_file() and not source.startswith("/dev/")


def open_capture(source: int | str) -> cv2.VideoCapture:
    if isinstance(source, str) and not source:
        raise CameraError("no_camera", "no camera configured")
    if isinstance(source, str) and not Path(source).exists():
        raise CameraError("no_camera", f"camera source {source} does not exist")
    cap = cv2.VideoCapture(source)
    if not cap.isOpened():
        cap.release()
        raise CameraError("no_camera", f"no camera could be opened at {source!r}")
    return cap


def save_still(frame: np.ndarray, out_dir: str | os.PathLike[str]) -> str:
    """PNG, written under a temporary name and renamed, so no reader sees a partial file."""
    ok, data = cv2.imencode(".png", frame)
    if not ok:
        raise CameraError("save_failed", "the frame could not be encoded as PNG")
    try:
        fd, final = tempfile.mkstemp(prefix="camera-", suffix=".png", dir=out_dir)
        os.close(fd)
    except OSError as exc:
        raise CameraError("save_failed", f"the still could not be saved: {exc.strerror}") from exc
    part = final + ".part"
    try:
        Path(part).write_bytes(data.tobytes())
        os.replace(part, final)
    except OSError as exc:
        Path(part).unlink(missing_ok=True)
        Path(final).unlink(missing_ok=True)
        raise CameraError("save_failed", f"the still could not be saved: {exc.strerror}") from exc
    log.debug("camera still saved (%dx%d)", frame.shape[1], frame.shape[0])
    return final


def to_qimage(frame: np.ndarray, max_side: int = PREVIEW_MAX_SIDE) -> QImage:
    h, w = frame.shape[:2]
    scale = min(1.0, max_side / max(h, w))
    if scale < 1.0:
        frame = cv2.resize(frame, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    if frame.ndim == 2:
        frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    rgb = np.ascontiguousarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()  # copy: rgb dies here


class CameraStream(QObject):
    frame_ready = Signal(QImage)
    opened = Signal(int, int)
    failed = Signal(str, str)
    stopped = Signal()

    def __init__(self, source: int | str, fps: float = 12.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = camera_source(source)
        self.interval = 1.0 / fps
        self.worker: Worker | None = None
        self._stop = threading.Event()
        self._done = threading.Event()
        self._shown = threading.Event()
        self._lock = threading.Lock()
        self._latest: np.ndarray | None = None
        self.frames_read = 0
        self.frames_sent = 0

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self) -> None:
        if self.worker is not None:
            return
        self._stop.clear()
        self._done.clear()
        self._shown.set()
        self.worker = Worker(self._loop, expected=(CameraError,), name="camera")
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.finished.connect(self._finished)
        self.worker.start()

    def stop(self, timeout: float = 2.0) -> bool:
        """True when the reading thread ended within the timeout (one frame read at most, normally)."""
        if self.worker is None:
            return True
        self._stop.set()
        return self._done.wait(timeout)

    def frame_shown(self) -> None:
        self._shown.set()

    def latest_frame(self) -> np.ndarray | None:
        with self._lock:
            return None if self._latest is None else self._latest.copy()

    def take_still(self, out_dir: str | os.PathLike[str]) -> Worker | None:
        """A started worker whose result is the PNG path, or None while no frame has arrived."""
        frame = self.latest_frame()
        if frame is None:
            return None
        return Worker(save_still, frame, out_dir, expected=(CameraError,), name="camera still").start()

    def _failed(self, exc: CameraError) -> None:
        self.failed.emit(exc.kind, exc.message)

    def _finished(self) -> None:
        self.worker = None
        self.stopped.emit()

    def _loop(self) -> None:
        try:
            self._read_frames()
        finally:
            self._done.set()

    def _read_frames(self) -> None:
        is_file = _is_file(self.source)
        cap = open_capture(self.source)
        try:
            file_fps = cap.get(cv2.CAP_PROP_FPS) if is_file else 0.0
            frame_time = 1.0 / file_fps if 0 < file_fps < 240 else (1 / 25 if is_file else 0.0)
            last_sent = 0.0
            last_frame = time.monotonic()
            first = True
            while not self._stop.is_set():
                tick = time.monotonic()
                ok, frame = cap.read()
                if not ok or frame is None:
                    if is_file and self.frames_read:
                        cap.set(cv2.CAP_PROP_POS_FRAMES, 0)  # loop the recording
                        continue
                    if time.monotonic() - last_frame > _LOST_AFTER or is_file:
                        raise CameraError("lost", "the camera stopped delivering pictures")
                    time.sleep(0.02)
                    continue
                last_frame = time.monotonic()
                self.frames_read += 1
                with self._lock:
                    self._latest = frame
                if first:
                    first = False
                    self.opened.emit(frame.shape[1], frame.shape[0])
                now = time.monotonic()
                if self._shown.is_set() and now - last_sent >= self.interval:
                    self._shown.clear()
                    last_sent = now
                    self.frames_sent += 1
                    self.frame_ready.emit(to_qimage(frame))
                if frame_time:
                    self._stop.wait(max(0.0, frame_time - (time.monotonic() - tick)))
        finally:
            cap.release()
