"""Registry import with a progress bar, status, the stale banner; worker errors reach the dialog."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.errors import ErrorDialog, reporter
from desktop.main_window import MainWindow
from desktop.workers import Worker
from tests.registry_fakes import person, write_records
from tests.test_desktop.conftest import sign_in
from verification.audit.receipts import load_receipt
from verification.registry.sync import build_package, write_package_list
from verification.registry.sync.demo import demo_keys


def _package(tmp_path: Path, registry_dir: Path) -> Path:
    records = write_records(tmp_path / "records.jsonl", [person(n) for n in range(1, 41)])
    return build_package(demo_keys(registry_dir / "demo-keys"), records, tmp_path / "pkg.tar", "CHN", 1).path


def test_import_package_with_progress_then_status(qtbot, window: MainWindow, tmp_path: Path) -> None:
    sign_in(qtbot, window)
    window.actions_["registry"].trigger()
    assert window.stale_banner.isVisible()  # nothing installed yet
    package = _package(tmp_path, window.desk.registry_dir)
    seen: list[tuple[int, int, str]] = []
    window.registry.import_package(str(package))
    assert window.registry.worker is not None and window.registry.progress.isVisible()
    window.registry.worker.signals.progress.connect(seen.append)
    qtbot.waitUntil(lambda: window.registry.worker is None, timeout=30_000)
    assert "Applied package CHN #1" in window.registry.message.text()
    assert seen, "no progress was reported"
    assert window.registry.values["partner"].text() == "CHN"
    assert window.registry.values["package"].text().startswith("#1")
    assert "40 persons" in window.registry.values["counts"].text()
    assert not window.stale_banner.isVisible()


def test_refused_package_is_reported_in_place(qtbot, window: MainWindow, tmp_path: Path) -> None:
    sign_in(qtbot, window)
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not a package")
    window.registry.import_package(str(junk))
    qtbot.waitUntil(lambda: window.registry.worker is None, timeout=10_000)
    assert window.registry.message.text().startswith("Package refused")


@pytest.mark.expect_errors
def test_unexpected_worker_error_opens_dialog_with_copyable_details(qtbot, window: MainWindow) -> None:
    def boom() -> None:
        raise RuntimeError("disk on fire")

    worker = Worker(boom, name="boom").start()
    qtbot.waitUntil(lambda: bool(window.error_dialogs), timeout=5000)
    assert worker.name == "boom"
    dialog = window.error_dialogs[-1]
    assert isinstance(dialog, ErrorDialog)
    assert dialog.summary.text() == "RuntimeError: disk on fire"
    assert "worker boom" in dialog.details.toPlainText() and "Traceback" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "disk on fire" in QGuiApplication.clipboard().text()
    dialog.reject()


@pytest.mark.expect_errors
def test_threading_excepthook_reaches_the_dialog(qtbot, window: MainWindow) -> None:
    from desktop.errors import install_hooks

    old = threading.excepthook
    install_hooks()
    try:
        t = threading.Thread(target=lambda: 1 / 0, name="bad-thread")
        t.start()
        t.join()
        qtbot.waitUntil(lambda: bool(window.error_dialogs), timeout=5000)
        assert "ZeroDivisionError" in window.error_dialogs[-1].summary.text()
        assert "thread bad-thread" in reporter().reports[-1].details
    finally:
        threading.excepthook = old
        import sys

        sys.excepthook = sys.__excepthook__


@pytest.fixture
def package_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP server on 127.0.0.1 serving a partner's package folder."""
    root = tmp_path / "site"
    root.mkdir()
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    thread.join(5)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_pull_from_server_applies_and_leaves_a_signed_receipt(qtbot, window: MainWindow, tmp_path: Path,
                                                              package_server: tuple[str, Path]) -> None:  # fmt: skip
    url, root = package_server
    sign_in(qtbot, window)
    window.actions_["registry"].trigger()
    _package(tmp_path, window.desk.registry_dir).rename(root / "chn-0001.tar")
    write_package_list(root)
    window.registry.url.setText(url)
    window.registry.pull_button.click()
    qtbot.waitUntil(lambda: window.registry.worker is None, timeout=30_000)
    assert "Applied package CHN #1" in window.registry.message.text()
    assert "40 persons" in window.registry.values["counts"].text()
    receipts = list((window.desk.data_dir / "outbound").glob("tekseru-sync-receipt-CHN-1-*.json"))
    assert len(receipts) == 1
    sync, cp = load_receipt(receipts[0])
    head = window.desk.audit.head()
    assert sync["sequence"] == 1 and head is not None and cp.seq == head.seq
    window.registry.pull_button.click()  # nothing newer: said so, nothing applied
    qtbot.waitUntil(lambda: window.registry.worker is None, timeout=30_000)
    assert "up to date" in window.registry.message.text()


def test_import_from_stick_writes_the_receipt_beside_the_package(qtbot, window: MainWindow, tmp_path: Path) -> None:
    sign_in(qtbot, window)
    stick = tmp_path / "stick"
    stick.mkdir()
    package = _package(tmp_path, window.desk.registry_dir).rename(stick / "pkg.tar")
    window.registry.import_package(str(package))
    qtbot.waitUntil(lambda: window.registry.worker is None, timeout=30_000)
    assert len(list(stick.glob("tekseru-sync-receipt-*.json"))) == 1
    assert "sync receipt" in window.registry.message.text()


def test_a_bad_server_address_is_explained(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    window.registry.url.setText("ftp://example")
    window.registry.pull_button.click()
    assert window.registry.worker is None
    assert "https://" in window.registry.message.text()
