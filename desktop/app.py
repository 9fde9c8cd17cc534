"""Starting the desk app: `tekseru`, `tekseru app [--demo] [--data-dir DIR]`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.desk import Desk
from desktop.errors import install_hooks
from desktop.i18n import Languages
from desktop.main_window import MainWindow
from desktop.settings import SettingsStore
from desktop.workers import active_workers, wait_for_workers
from ocr.bundled import resource_path

log = logging.getLogger(__name__)
STARTUP_PROBE = "TEKSERU_STARTUP_PROBE"
WARM_UP_MS = 1500


def parse(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="tekseru app", description="The Tekseru desk application.")
    p.add_argument("--demo", action="store_true", help="demo mode: demo data folder and account, marked DEMO")
    p.add_argument("--data-dir", type=Path, help="the desk's data folder (default: $TEKSERU_DATA_DIR or user data)")
    p.add_argument("--settings", type=Path, help="an INI file for the settings (default: the platform's place)")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p.parse_args(list(argv))


def settings_store(path: Path | None, demo: bool) -> SettingsStore:
    if path is not None:
        return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    return SettingsStore(QSettings("Tekseru", "Tekseru-demo" if demo else "Tekseru"))


def build_window(desk: Desk, store: SettingsStore, languages: Languages | None = None) -> MainWindow:
    return MainWindow(desk, store, languages or Languages())


def app_icon() -> QIcon:
    """The window and taskbar icon (the same drawing as the installed menu entry's)."""
    return QIcon(str(resource_path("icons", "tekseru.svg")))


def run(argv: Sequence[str]) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2), format="%(levelname)s %(name)s: %(message)s")
    QCoreApplication.setOrganizationName("Tekseru")
    QCoreApplication.setApplicationName("Tekseru")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    install_hooks()
    desk = Desk.open(args.data_dir, demo=args.demo)
    try:
        window = build_window(desk, settings_store(args.settings, args.demo))
        window.show()
        from desktop import report_process

        # Once the sign-in window is up and idle (not in the way of the first paint): the officer is
        # still typing when the renderer starts.
        QTimer.singleShot(WARM_UP_MS, lambda: threading.Thread(target=report_process.warm_up,
                                                                name="report-renderer-warm-up", daemon=True).start())
        if os.environ.get(STARTUP_PROBE):
            # The startup benchmark's probe: the first event-loop turn after show() is the moment the
            # sign-in window can take input; report it and quit.
            QTimer.singleShot(0, lambda: (print(f"tekseru-ready {time.perf_counter():.6f}", flush=True), app.quit()))
        code = app.exec()
        for worker in active_workers():
            worker.cancel()
        wait_for_workers(30_000)
        return int(code)
    finally:
        desk.close()
