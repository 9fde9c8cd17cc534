"""The desk app opens the registry copy unchecked so its window shows at once, checks it in the
background, and on a damaged file says so on every screen and refuses to verify against it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.desk import Desk
from desktop.i18n import Languages
from desktop.main_window import MainWindow
from desktop.settings import SettingsStore
from desktop.workers import active_workers
from tests.test_desktop.conftest import ROOT, make_desk_dir, sign_in
from verification.demo import demo_dir


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):  # scribble over every third page
        data[start + 8 : start + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))


def test_a_damaged_registry_is_reported_and_not_verified_against(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = make_desk_dir(tmp_path)
    desk = Desk.open(d, demo=True)
    desk.importer().import_file(demo_dir() / "demo-registry.tar")
    desk.close()
    _damage(desk.registry_dir / "registry.sqlite")
    desk = Desk.open(d, demo=True)  # opens: the check is not on the way to the window
    window = MainWindow(desk, SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                        Languages())  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.registry_check not in active_workers(), timeout=30_000)
        assert desk.registry_problem and "damaged" in desk.registry_problem
        qtbot.waitUntil(window.stale_banner.isVisible)  # updated when the check's finished signal arrives
        assert "damaged" in window.stale_banner.text()
        sign_in(qtbot, window)
        window.capture.read_files([str(ROOT / "resources" / "demo" / "prc_passport_scan.png")])
        qtbot.waitUntil(lambda: not window.capture.busy(), timeout=60_000)
        window.capture.verify()
        assert not window.capture.busy() and window.capture.outcome is None
        assert "damaged" in window.capture.message.text()
    finally:
        window.close()
        desk.close()


def test_a_sound_registry_passes_the_background_check(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.registry_check not in active_workers(), timeout=30_000)
    assert window.desk.registry_problem == ""
