"""Capture sources with real components: SANE's `test` backend through the real scanimage (enabled
by a private SANE_CONFIG_DIR, /etc untouched), OpenCV's VideoCapture on a real video file of a
factory passport, a real folder written to slowly, and the real Qt event loop."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop.settings import Settings
from desktop.sources import scanner
from desktop.sources.camera import CameraError, CameraStream, open_capture
from desktop.sources.panel import SourcesPanel
from desktop.sources.scanner import Cancel, ScanError, ScanRequest
from desktop.sources.watch_folder import FolderWatcher, is_candidate, looks_complete
from desktop.workers import active_workers
from ocr.imaging import load_pages
from tests.test_desktop.conftest import ROOT

PASSPORT = ROOT / "resources" / "demo" / "prc_passport_scan.png"
needs_scanimage = pytest.mark.skipif(shutil.which("scanimage") is None,
                                     reason="scanimage (Debian sane-utils) is not installed; "
                                            "packaging/system-deps.sh installs it")  # fmt: skip
SMALL = ("-x", "40", "-y", "30")  # mm: a few hundred pixels, a scan takes milliseconds


def _sane_dir(path: Path, test_conf: str = "") -> Path:
    path.mkdir(parents=True, exist_ok=True)
    (path / "dll.conf").write_text("test\n")
    (path / "test.conf").write_text(test_conf)
    return path


@pytest.fixture
def sane(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Only the `test` backend: two virtual devices, test:0 and test:1."""
    d = _sane_dir(tmp_path / "sane")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(d))
    return d


@pytest.fixture
def slow_sane(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test backend's own config makes every scan crawl (0.2 s per buffer): seconds per page."""
    conf = "read-delay true\nread-delay-duration 200000\nbr_x 200.0\nbr_y 200.0\n"
    d = _sane_dir(tmp_path / "slow-sane", conf)
    monkeypatch.setenv("SANE_CONFIG_DIR", str(d))
    return d


def _imread(path: str | Path, flags: int = cv2.IMREAD_COLOR) -> np.ndarray:
    image = cv2.imread(str(path), flags)
    assert image is not None, path
    return image


@pytest.fixture
def video(tmp_path: Path) -> Path:
    """Two seconds of a passport page moving slightly, as a document camera would see it."""
    page = cv2.resize(_imread(PASSPORT), (640, 476))
    path = tmp_path / "camera.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 15, (640, 480))
    assert writer.isOpened()
    for i in range(30):
        frame = np.full((480, 640, 3), 90, np.uint8)
        frame[2 + i % 3:478 + i % 3 - 2, :] = np.roll(page, i % 5, axis=1)[: 476 - 2]
        writer.write(frame)
    writer.release()
    return path


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> Iterator[SourcesPanel]:  # type: ignore[no-untyped-def]
    p = SourcesPanel(Settings(scanner_device="test:0", scanner_resolution=150), capture_dir=str(tmp_path / "captured"))
    (tmp_path / "captured").mkdir()
    qtbot.addWidget(p)
    p.show()
    yield p
    p.stop()
    qtbot.waitUntil(lambda: not active_workers(), timeout=10_000)


# ---- scanner core: parsing


def test_device_list_and_options_are_parsed_from_real_scanimage_output(sane: Path) -> None:
    out = subprocess.run(["scanimage", "-L"], capture_output=True, text=True, check=True).stdout
    devices = scanner.parse_device_list(out)
    assert [d.name for d in devices] == ["test:0", "test:1"]
    assert devices[0].label() == "frontend-tester virtual device (test:0)"
    opts = scanner.parse_device_options(subprocess.run(["scanimage", "-d", "test:0", "-A"], capture_output=True,
                                                       text=True, check=True).stdout)  # fmt: skip
    assert opts.modes == ("Gray", "Color") and opts.resolution_range == (1, 1200)
    assert opts.supports_resolution(600) and opts.device_mode("Color") == "Color"


def test_device_options_of_a_scanner_with_a_resolution_list() -> None:
    text = """All options specific to device `epson2:libusb:001:004':
  Scan Mode:
    --mode Lineart|Gray|Color [Lineart]
        Selects the scan mode.
    --resolution 75|150|300|600|1200dpi [75]
        Sets the resolution of the scanned image."""
    opts = scanner.parse_device_options(text)
    assert opts.modes == ("Lineart", "Gray", "Color") and opts.resolutions == (75, 150, 300, 600, 1200)
    assert not opts.supports_resolution(200) and opts.supports_resolution(300)
    assert scanner.parse_device_options("--mode color|gray [color]").device_mode("Color") == "color"
    assert scanner.parse_device_list("device 'net:host:test:0' is a Noname frontend-tester virtual device")[0].name \
        == "net:host:test:0"  # fmt: skip


def test_scan_command_is_built_from_the_request(tmp_path: Path) -> None:
    cmd = scanner.scan_command("scanimage", ScanRequest("test:1", 300, "Gray", extra=SMALL), tmp_path / "a.png")
    assert cmd == ["scanimage", "--device-name", "test:1", "--format=png", "--resolution", "300", "--mode", "Gray",
                   *SMALL, "--output-file", str(tmp_path / "a.png")]  # fmt: skip
    assert "--device-name" not in scanner.scan_command("scanimage", ScanRequest(""), tmp_path / "a.png")


# ---- scanner core: the real test backend


@needs_scanimage
def test_lists_the_test_backends_devices(sane: Path) -> None:
    assert [d.name for d in scanner.list_devices()] == ["test:0", "test:1"]


@needs_scanimage
@pytest.mark.parametrize(("mode", "fmt", "channels"), [("Color", "png", 3), ("Gray", "tiff", 1)])
def test_scans_one_page_at_the_chosen_resolution_and_mode(sane: Path, tmp_path: Path, mode: str, fmt: str,
                                                          channels: int) -> None:  # fmt: skip
    path = scanner.scan(ScanRequest("test:0", 150, mode, fmt, extra=SMALL), tmp_path)
    assert Path(path).parent == tmp_path and path.endswith(".png" if fmt == "png" else ".tiff")
    raw = _imread(path, cv2.IMREAD_UNCHANGED)
    assert raw.shape[:2] == (int(30 / 25.4 * 150), int(40 / 25.4 * 150))  # 30 x 40 mm at 150 dpi
    assert (raw.ndim == 3 and raw.shape[2] == channels) or (raw.ndim == 2 and channels == 1)
    assert load_pages(path)[0].image.shape[:2] == raw.shape[:2]
    assert sorted(os.listdir(tmp_path)) == sorted(["sane", Path(path).name])  # no .part left behind


@needs_scanimage
def test_first_device_is_used_when_none_is_chosen(sane: Path, tmp_path: Path) -> None:
    assert Path(scanner.scan(ScanRequest("", 100, "Gray", extra=SMALL), tmp_path)).stat().st_size > 0


@needs_scanimage
@pytest.mark.parametrize(("device", "extra", "kind"), [
    ("nosuch:0", (), "no_device"),
    ("test:0", ("--read-return-value", "SANE_STATUS_DEVICE_BUSY"), "busy"),
    ("test:0", ("--read-return-value", "SANE_STATUS_JAMMED"), "jammed"),
    ("test:0", ("--read-return-value", "SANE_STATUS_NO_DOCS"), "no_docs"),
    ("test:0", ("--read-return-value", "SANE_STATUS_IO_ERROR"), "failed"),
])  # fmt: skip
def test_backend_failures_are_named_and_leave_no_file(sane: Path, tmp_path: Path, device: str,
                                                      extra: tuple[str, ...], kind: str) -> None:  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ScanError) as err:
        scanner.scan(ScanRequest(device, 100, "Color", extra=SMALL + extra), out)
    assert err.value.kind == kind
    assert os.listdir(out) == []


@needs_scanimage
def test_no_scanner_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "no-backends"
    empty.mkdir()
    (empty / "dll.conf").write_text("")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(empty))
    assert scanner.list_devices() == []
    with pytest.raises(ScanError) as err:
        scanner.scan(ScanRequest("", 100, "Color"), tmp_path)
    assert err.value.kind == "no_device"


def test_scanimage_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ScanError) as err:
        scanner.list_devices()
    assert err.value.kind == "no_scanimage" and "sane-utils" in err.value.message


@needs_scanimage
def test_a_running_scan_is_cancelled_promptly(slow_sane: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    cancel = Cancel()
    threading.Timer(0.5, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(ScanError) as err:
        scanner.scan(ScanRequest("test:0", 300, "Color"), out, cancel=cancel)
    assert err.value.kind == "cancelled"
    assert time.monotonic() - started < 3.0  # the full page would take about ten seconds
    assert os.listdir(out) == []


@needs_scanimage
def test_a_scan_that_takes_too_long_is_stopped(slow_sane: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(ScanError) as err:
        scanner.scan(ScanRequest("test:0", 300, "Color"), tmp_path, timeout=0.5)
    assert err.value.kind == "timeout" and time.monotonic() - started < 3.0
    assert [p for p in os.listdir(tmp_path) if p.startswith("scan-")] == []


# ---- scanner in the panel


@needs_scanimage
def test_panel_scan_emits_the_scanned_file(qtbot, panel: SourcesPanel, sane: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.files_captured, timeout=20_000) as sig:
        panel.scan_button.click()
        assert panel.busy() and not panel.scan_button.isEnabled()  # the scan runs in a worker
    [path] = sig.args[0]
    assert Path(path).parent == Path(panel.capture_dir)
    page = load_pages(path)[0].image
    assert page.shape[:2] == (int(100 / 25.4 * 150), int(80 / 25.4 * 150))  # the backend's default area
    qtbot.waitUntil(lambda: not panel.busy())
    assert panel.scan_button.isEnabled() and not panel.cancel_button.isVisible()
    assert "scanned" in panel.message.text()


@needs_scanimage
def test_panel_finds_devices_and_limits_choices_to_what_the_device_supports(qtbot, panel: SourcesPanel,  # type: ignore[no-untyped-def]
                                                                            sane: Path) -> None:  # fmt: skip
    panel.refresh_button.click()
    qtbot.waitUntil(lambda: not panel.busy() and panel.options is not None, timeout=20_000)
    names = [panel.device_combo.itemData(i) for i in range(panel.device_combo.count())]
    assert names == ["", "test:0", "test:1"]
    assert panel.device_combo.currentData() == "test:0"  # the configured one stays chosen
    assert "2" in panel.message.text()
    panel.device_combo.setCurrentIndex(2)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20_000)
    assert panel.chosen(Settings()).scanner_device == "test:1"
    assert panel.request() == ScanRequest("test:1", 150, "Color")


@needs_scanimage
def test_panel_cancel_stops_the_scan(qtbot, panel: SourcesPanel, slow_sane: Path) -> None:  # type: ignore[no-untyped-def]
    captured: list[list[str]] = []
    panel.files_captured.connect(captured.append)
    panel.scan()
    qtbot.waitUntil(panel.cancel_button.isVisible)
    qtbot.wait(300)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=5_000)
    assert panel.message.text() == "Scan cancelled." and captured == []
    assert os.listdir(panel.capture_dir) == []


@needs_scanimage
def test_panel_says_when_there_is_no_scanner(qtbot, panel: SourcesPanel, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    empty = tmp_path / "no-backends"
    empty.mkdir()
    (empty / "dll.conf").write_text("")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(empty))
    panel.apply_settings(Settings(scanner_device=""))  # "test:0" would still load the backend by its name
    panel.scan()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)
    assert panel.message.text().startswith("No scanner found")


@needs_scanimage
def test_panel_stop_cancels_a_scan_and_removes_its_private_folder(qtbot, slow_sane: Path) -> None:  # type: ignore[no-untyped-def]
    p = SourcesPanel(Settings(scanner_device="test:0", scanner_resolution=300))
    qtbot.addWidget(p)
    folder = p.capture_dir
    assert oct(os.stat(folder).st_mode & 0o777) == "0o700"
    p.scan()
    qtbot.wait(200)
    p.stop()
    qtbot.waitUntil(lambda: not active_workers(), timeout=5_000)
    assert not os.path.exists(folder)


def test_shortcuts_are_shown_in_tooltips_and_work(qtbot, panel: SourcesPanel, sane: Path) -> None:  # type: ignore[no-untyped-def]
    assert panel.scan_button.toolTip() == "Scan one page (Ctrl+Shift+S)"
    assert panel.camera_button.toolTip().endswith("(Ctrl+Shift+K)")
    assert panel.refresh_button.toolTip().endswith("(F5)")
    assert panel.device_label.buddy() is panel.device_combo  # Alt+D
    assert panel.scan_button.accessibleName() == "Scan"
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    if shutil.which("scanimage"):
        with qtbot.waitSignal(panel.files_captured, timeout=20_000):
            qtbot.keyClick(panel, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel.retranslate()  # a language change keeps the shortcuts
    assert panel.scan_button.shortcut().toString() == "Ctrl+Shift+S"


# ---- camera


def test_camera_stream_delivers_rate_limited_previews_and_a_still(qtbot, video: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stream = CameraStream(str(video), fps=12)
    shown: list[QImage] = []

    def show(image: QImage) -> None:
        shown.append(image)
        stream.frame_shown()

    stream.frame_ready.connect(show)
    with qtbot.waitSignal(stream.opened, timeout=5_000) as opened:
        stream.start()
    assert opened.args == [640, 480]
    started = time.monotonic()
    qtbot.waitUntil(lambda: len(shown) >= 8, timeout=5_000)
    elapsed = time.monotonic() - started
    assert len(shown) <= 12 * elapsed + 2  # at most ~12 a second, though the file plays at 15
    assert shown[-1].width() == 640 and not shown[-1].isNull()
    worker = stream.take_still(tmp_path)
    assert worker is not None
    with qtbot.waitSignal(worker.signals.result, timeout=5_000) as saved:
        pass
    page = load_pages(saved.args[0])[0].image
    assert page.shape == (480, 640, 3) and page.std() > 20  # the passport, not a blank frame
    assert stream.stop()
    qtbot.waitUntil(lambda: not stream.running and not active_workers(), timeout=3_000)


def test_frames_are_dropped_not_queued_while_the_gui_is_busy(qtbot, video: Path) -> None:  # type: ignore[no-untyped-def]
    stream = CameraStream(str(video), fps=30)
    received: list[QImage] = []
    stream.frame_ready.connect(received.append)  # never acknowledges: a GUI that has not painted yet
    stream.start()
    qtbot.waitUntil(lambda: stream.frames_read >= 15, timeout=5_000)
    assert stream.frames_sent == 1 and len(received) == 1
    stream.frame_shown()
    qtbot.waitUntil(lambda: len(received) == 2, timeout=2_000)
    stream.stop()
    qtbot.waitUntil(lambda: not active_workers(), timeout=3_000)


@pytest.mark.parametrize("source", [15, "/nonexistent/camera.avi", "/dev/video15"])
def test_a_camera_that_cannot_be_opened_says_so(qtbot, source: int | str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CameraError) as err:
        open_capture(source)
    assert err.value.kind == "no_camera"
    stream = CameraStream(source)
    with qtbot.waitSignal(stream.failed, timeout=5_000) as failed:
        stream.start()
    assert failed.args[0] == "no_camera"
    qtbot.waitUntil(lambda: not stream.running and not active_workers(), timeout=3_000)


def test_a_file_that_is_not_a_video_is_no_camera(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.avi"
    bogus.write_text("not a video")
    with pytest.raises(CameraError):
        open_capture(str(bogus))


def test_camera_dialog_takes_stills_into_the_panel(qtbot, panel: SourcesPanel, video: Path) -> None:  # type: ignore[no-untyped-def]
    panel.camera_source = str(video)
    captured: list[list[str]] = []
    panel.files_captured.connect(captured.append)
    panel.camera_button.click()
    dialog = panel.camera_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.still_button.isEnabled, timeout=5_000)
    qtbot.waitUntil(lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull())
    assert dialog.still_button.toolTip().endswith("(Return)")
    dialog.still_button.click()
    qtbot.waitUntil(lambda: len(captured) == 1, timeout=5_000)
    qtbot.keyClick(dialog.still_button, Qt.Key.Key_Space)  # keyboard: the focused button
    qtbot.waitUntil(lambda: len(captured) == 2, timeout=5_000)
    assert "2" in dialog.message.text()
    for [path] in captured:
        assert Path(path).parent == Path(panel.capture_dir) and load_pages(path)[0].image.shape == (480, 640, 3)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.camera_dialog is None and not active_workers(), timeout=3_000)


def test_camera_dialog_shows_a_clear_message_without_a_camera(qtbot, panel: SourcesPanel) -> None:  # type: ignore[no-untyped-def]
    panel.camera_source = 15
    dialog = panel.open_camera()
    qtbot.waitUntil(lambda: "No camera could be opened (15)" in dialog.message.text(), timeout=5_000)
    assert not dialog.still_button.isEnabled()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: panel.camera_dialog is None and not active_workers(), timeout=3_000)


# ---- watched folder


def _png_bytes() -> bytes:
    ok, data = cv2.imencode(".png", cv2.resize(_imread(PASSPORT), (600, 447)))
    assert ok
    return data.tobytes()


def test_candidates_and_completeness(tmp_path: Path) -> None:
    assert is_candidate("scan_0001.PNG") and is_candidate("page.pdf") and is_candidate("photo.jpeg")
    for name in (".scan.png", "~scan.png", "scan.png.part", "scan.tmp", "scan.png~", "notes.txt", "scan.crdownload"):
        assert not is_candidate(name), name
    png = _png_bytes()
    half = tmp_path / "half.png"
    half.write_bytes(png[: len(png) // 2])
    full = tmp_path / "full.png"
    full.write_bytes(png)
    assert looks_complete(str(full)) and not looks_complete(str(half))


def test_a_slowly_written_file_is_emitted_once_after_it_is_complete(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "old.png").write_bytes(_png_bytes())  # there before watching: not read again
    watcher = FolderWatcher()
    emitted: list[list[str]] = []
    watcher.files_ready.connect(emitted.append)
    watcher.start(str(folder))
    assert watcher.status == "watching"
    data = _png_bytes()
    target = folder / "scan_0001.png"
    chunks = [data[i:i + len(data) // 6 + 1] for i in range(0, len(data), len(data) // 6 + 1)]
    with open(target, "wb") as fh:
        for i, chunk in enumerate(chunks):
            fh.write(chunk)
            fh.flush()
            qtbot.wait(1500 if i == 2 else 400)  # one pause longer than the stability time
            assert emitted == [], f"emitted after chunk {i}"
    done = time.monotonic()
    qtbot.waitUntil(lambda: bool(emitted), timeout=5_000)
    assert time.monotonic() - done >= 0.5  # stable for about a second first
    assert emitted == [[str(target)]]
    assert load_pages(emitted[0][0])[0].image.shape[:2] == (447, 600)
    qtbot.wait(1500)
    assert len(emitted) == 1  # once
    watcher.stop()


def test_two_files_are_emitted_and_hidden_or_temporary_ones_are_not(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    watcher = FolderWatcher(stable_ms=300)
    emitted: list[str] = []
    watcher.files_ready.connect(emitted.extend)
    watcher.start(str(tmp_path))
    data = _png_bytes()
    for n in (".hidden.png", "scan.png.part", "upload.tmp", "~lock.png", "readme.txt"):
        (tmp_path / n).write_bytes(data)
    (tmp_path / "a.png").write_bytes(data)
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    qtbot.waitUntil(lambda: len(emitted) == 2, timeout=5_000)
    assert sorted(emitted) == [str(tmp_path / "a.png"), str(tmp_path / "b.pdf")]
    os.replace(tmp_path / "scan.png.part", tmp_path / "scan.png")  # the scanner's rename when it is done
    qtbot.waitUntil(lambda: len(emitted) == 3, timeout=5_000)
    assert emitted[-1] == str(tmp_path / "scan.png")
    qtbot.wait(800)
    assert len(emitted) == 3
    watcher.stop()


def test_existing_files_are_read_when_asked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "waiting.png").write_bytes(_png_bytes())
    watcher = FolderWatcher(stable_ms=200)
    with qtbot.waitSignal(watcher.files_ready, timeout=5_000) as sig:
        watcher.start(str(tmp_path), include_existing=True)
    assert sig.args[0] == [str(tmp_path / "waiting.png")]
    watcher.stop()


def test_the_folder_disappears_and_comes_back(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "share"
    folder.mkdir()
    settings = Settings(watch_folder=str(folder))
    p = SourcesPanel(settings, capture_dir=str(tmp_path))
    qtbot.addWidget(p)
    p.watcher.stable = 0.3
    emitted: list[str] = []
    p.files_captured.connect(emitted.extend)
    assert p.watch_check.isChecked() and p.watch_status.text() == f"Watching {folder}"
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: p.watcher.status == "missing", timeout=5_000)
    assert "is not available" in p.watch_status.text()
    folder.mkdir()
    qtbot.waitUntil(lambda: p.watcher.status == "watching", timeout=5_000)
    (folder / "after.png").write_bytes(_png_bytes())
    qtbot.waitUntil(lambda: emitted == [str(folder / "after.png")], timeout=5_000)
    p.watch_check.setChecked(False)  # off: new files are left alone
    assert p.watcher.status == "off" and p.watch_status.text().startswith("Not watching")
    (folder / "later.png").write_bytes(_png_bytes())
    qtbot.wait(800)
    assert emitted == [str(folder / "after.png")]
    p.stop()


def test_no_watched_folder_configured(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = SourcesPanel(Settings(), capture_dir=str(tmp_path))
    qtbot.addWidget(p)
    assert not p.watch_check.isEnabled() and p.watch_status.text() == "No scan folder is set."
    p.apply_settings(Settings(watch_folder=str(tmp_path)))
    assert p.watch_check.isEnabled() and p.watcher.status == "watching"
    p.stop()


def test_a_still_that_cannot_be_written_is_reported(qtbot, panel: SourcesPanel, video: Path,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:  # fmt: skip
    panel.camera_source = str(video)
    dialog = panel.open_camera()
    qtbot.waitUntil(dialog.still_button.isEnabled, timeout=5_000)
    dialog.out_dir = str(tmp_path / "gone")  # e.g. the capture folder was removed under us
    dialog.still_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "The still could not be saved.", timeout=5_000)
    qtbot.waitUntil(lambda: not dialog.saving)
    assert dialog.still_button.isEnabled()  # the camera still works
    dialog.reject()
    qtbot.waitUntil(lambda: not active_workers(), timeout=3_000)
