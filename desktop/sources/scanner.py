"""Scanning through SANE's own command-line frontend, `scanimage`, so no SANE binding has to be
built and a crashing backend cannot take the app down with it. Qt-free: the panel runs these
functions in workers.

Every failure is a `ScanError` whose `kind` the UI turns into a translated sentence; `message`
is English for logs. The scan is written under a `.part` name and renamed only when complete, so
nothing (the watched folder, the reader) ever sees half a page. `cancel()` on the `Cancel` token
stops a running scanimage the way Ctrl+C does (SIGINT lets the backend park the scan head), then
kills it if it does not end."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 180.0  # a slow flatbed at 600 dpi colour takes about a minute
LIST_TIMEOUT = 60.0  # network backends (airscan, net) probe for a while
_POLL = 0.05
_GRACE = 5.0  # after SIGINT, time for the backend to stop before it is killed

# scanimage exits with the SANE status of the failing call
_STATUS_KINDS = {2: "cancelled", 3: "busy", 6: "jammed", 7: "no_docs", 8: "cover_open", 11: "access_denied"}


class ScanError(Exception):
    """kind: no_scanimage, no_device, busy, cancelled, timeout, jammed, no_docs, cover_open,
    access_denied, failed."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class Cancel:
    """A token shared between the GUI thread (which cancels) and the worker (which runs)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class ScanDevice:
    name: str  # what scanimage -d takes, e.g. "test:0" or "epson2:net:192.168.1.5"
    vendor: str = ""
    model: str = ""

    def label(self) -> str:
        desc = " ".join(p for p in (self.vendor, self.model) if p and p.lower() != "noname")
        return f"{desc} ({self.name})" if desc else self.name


@dataclass(frozen=True)
class DeviceOptions:
    """What a device accepts, from `scanimage -A`: its modes and either a resolution list or range."""

    modes: tuple[str, ...] = ()
    resolutions: tuple[int, ...] = ()
    resolution_range: tuple[int, int] | None = None

    def supports_resolution(self, dpi: int) -> bool:
        if self.resolutions:
            return dpi in self.resolutions
        if self.resolution_range:
            return self.resolution_range[0] <= dpi <= self.resolution_range[1]
        return True  # not reported: let the backend round it

    def device_mode(self, mode: str) -> str | None:
        """The device's spelling of a mode ("Color" may be "color" or "24bit Color")."""
        if not self.modes:
            return mode
        for m in self.modes:
            if m.lower() == mode.lower():
                return m
        for m in self.modes:
            if mode.lower() in m.lower():
                return m
        return None


@dataclass(frozen=True)
class ScanRequest:
    device: str = ""  # "" = the first device scanimage finds
    resolution: int = 300
    mode: str = "Color"
    format: str = "png"  # png or tiff
    extra: tuple[str, ...] = field(default=())  # further backend options, e.g. ("-x", "100")


def find_scanimage() -> str:
    path = shutil.which("scanimage")
    if not path:
        raise ScanError("no_scanimage", "scanimage is not installed (Debian package sane-utils)")
    return path


_DEVICE_LINE = re.compile(r"^device [`'\"](?P<name>.+?)['\"] is a (?P<desc>.*)$")


def parse_device_list(text: str) -> list[ScanDevice]:
    """Devices from `scanimage -L`; the description is "VENDOR MODEL TYPE" with multi-word parts,
    so vendor is its first word and the rest is kept as the model."""
    devices = []
    for line in text.splitlines():
        m = _DEVICE_LINE.match(line.strip())
        if not m:
            continue
        desc = m.group("desc").strip()
        vendor, _, model = desc.partition(" ")
        devices.append(ScanDevice(m.group("name"), vendor, model))
    return devices


_OPTION_LINE = re.compile(r"^\s*--(?P<opt>mode|resolution)\s+(?P<values>[^\[]*?)\s*(\[(?P<current>[^\]]*)\])?\s*$")


def parse_device_options(text: str) -> DeviceOptions:
    """Modes and resolutions from `scanimage -A`; lines look like `--mode Gray|Color [Gray]`,
    `--resolution 75|150|300dpi [150]` or `--resolution 1..1200dpi (in steps of 1) [300]`."""
    modes: tuple[str, ...] = ()
    resolutions: tuple[int, ...] = ()
    rng: tuple[int, int] | None = None
    for line in text.splitlines():
        m = _OPTION_LINE.match(line)
        if not m:
            continue
        values = re.sub(r"\(in steps of [^)]*\)", "", m.group("values")).strip()
        if m.group("opt") == "mode":
            modes = tuple(v.strip() for v in values.split("|") if v.strip())
            continue
        values = values.removesuffix("dpi").strip()
        if ".." in values:
            lo, _, hi = values.partition("..")
            try:
                rng = (int(float(lo)), int(float(hi.removesuffix("dpi"))))
            except ValueError:
                continue
        else:
            found = []
            for v in values.split("|"):
                with contextlib.suppress(ValueError):
                    found.append(int(float(v.strip().removesuffix("dpi"))))
            resolutions = tuple(found)
    return DeviceOptions(modes, resolutions, rng)


def scan_command(scanimage: str, request: ScanRequest, output: Path) -> list[str]:
    if request.format not in ("png", "tiff"):
        raise ValueError(f"unsupported scan format {request.format!r}")
    cmd = [scanimage]
    if request.device:
        cmd += ["--device-name", request.device]
    cmd += [f"--format={request.format}", "--resolution", str(request.resolution), "--mode", request.mode]
    cmd += list(request.extra)
    cmd += ["--output-file", str(output)]
    return cmd


def _run(cmd: list[str], timeout: float, cancel: Cancel | None) -> subprocess.CompletedProcess[str]:
    """Run with a deadline and a cancel token, polling so neither waits for the backend to finish."""
    env = dict(os.environ, LC_ALL="C", LANG="C")  # messages in English, so they can be recognised
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    except FileNotFoundError as exc:
        raise ScanError("no_scanimage", f"cannot start {cmd[0]}: {exc}") from exc
    # Pipes are drained by threads so a chatty backend cannot fill them and stall.
    out: list[str] = []
    err: list[str] = []
    readers = [threading.Thread(target=_drain, args=(s, b), daemon=True) for s, b in ((proc.stdout, out),
                                                                                    (proc.stderr, err))]  # fmt: skip
    for t in readers:
        t.start()
    deadline = time.monotonic() + timeout
    stopped = ""
    while proc.poll() is None:
        if cancel is not None and cancel.cancelled:
            stopped = "cancelled"
        elif time.monotonic() > deadline:
            stopped = "timeout"
        if stopped:
            _stop(proc)
            break
        time.sleep(_POLL)
    for t in readers:
        t.join(timeout=_GRACE)
    if stopped == "cancelled":
        raise ScanError("cancelled", "the scan was cancelled")
    if stopped == "timeout":
        raise ScanError("timeout", f"scanimage did not finish within {timeout:.0f} s")
    return subprocess.CompletedProcess(cmd, proc.returncode, "".join(out), "".join(err))


def _drain(stream: IO[str] | None, into: list[str]) -> None:
    if stream is not None:
        into.append(stream.read())


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=_GRACE)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _error(result: subprocess.CompletedProcess[str], device: str) -> ScanError:
    err = result.stderr.strip()
    lines = [ln for ln in err.splitlines() if "trying to stop" not in ln and "received signal" not in ln]
    last = lines[-1] if lines else f"exit status {result.returncode}"
    low = err.lower()
    kind = _STATUS_KINDS.get(result.returncode, "failed")
    if "device busy" in low:
        kind = "busy"
    elif "access to resource has been denied" in low:
        kind = "access_denied"
    elif "no sane devices found" in low or ("open of device" in low and "failed" in low):
        kind = "no_device"
    return ScanError(kind, f"scan on {device or 'the first device'} failed: {last}")


def list_devices(timeout: float = LIST_TIMEOUT, cancel: Cancel | None = None) -> list[ScanDevice]:
    result = _run([find_scanimage(), "--list-devices"], timeout, cancel)
    if result.returncode != 0:
        raise _error(result, "")
    devices = parse_device_list(result.stdout)
    log.debug("%d scanner(s) found", len(devices))
    return devices


def device_options(device: str, timeout: float = LIST_TIMEOUT, cancel: Cancel | None = None) -> DeviceOptions:
    cmd = [find_scanimage()] + (["--device-name", device] if device else []) + ["--all-options"]
    result = _run(cmd, timeout, cancel)
    if result.returncode != 0:
        raise _error(result, device)
    return parse_device_options(result.stdout)


def scan(request: ScanRequest, out_dir: str | os.PathLike[str], timeout: float = DEFAULT_TIMEOUT,
         cancel: Cancel | None = None) -> str:  # fmt: skip
    """One page into out_dir; returns the path of the finished file."""
    scanimage = find_scanimage()
    suffix = ".png" if request.format == "png" else ".tiff"
    try:
        fd, final = tempfile.mkstemp(prefix="scan-", suffix=suffix, dir=out_dir)
        os.close(fd)
    except OSError as exc:
        raise ScanError("failed", f"cannot write the scan: {exc.strerror}") from exc
    part = Path(final + ".part")
    started = time.monotonic()
    try:
        result = _run(scan_command(scanimage, request, part), timeout, cancel)
        if result.returncode != 0:
            raise _error(result, request.device)
        if not part.exists() or part.stat().st_size == 0:
            raise ScanError("failed", f"scanimage wrote no image: {result.stderr.strip()[-200:]}")
        try:
            os.replace(part, final)
        except OSError as exc:
            raise ScanError("failed", f"cannot write the scan: {exc.strerror}") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        Path(final).unlink(missing_ok=True)
        raise
    log.debug("scanned %s at %d dpi %s in %.1f s", request.device or "first device", request.resolution,
              request.mode, time.monotonic() - started)  # fmt: skip
    return final
