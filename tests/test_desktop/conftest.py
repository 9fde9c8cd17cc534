"""Qt fixtures for the desk-app tests only (this package's conftest, so the core's tests never
import Qt): a desk in a temporary folder with cheap argon2, the main window with its own INI
settings and freshly compiled translations, and two guards on every test — no worker may still
be running at its end, and no unexpected error may have been reported."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.desk import Desk
from desktop.errors import reporter
from desktop.i18n import Languages
from desktop.main_window import MainWindow
from desktop.settings import SettingsStore
from desktop.workers import active_workers, wait_for_workers
from verification.accounts import AccountPolicy, AccountStore, Argon2Params, Role
from verification.audit import AuditTrail

ROOT = Path(__file__).resolve().parents[2]
PW = "correct horse battery"
CHEAP = AccountPolicy(max_failures=3, lock_minutes=15, argon2=Argon2Params(time_cost=1, memory_cost=1024,
                                                                            parallelism=1))  # fmt: skip


@pytest.fixture(autouse=True)
def no_leaked_workers() -> Iterator[None]:
    yield
    running = [w.name for w in active_workers()]
    if running:
        wait_for_workers(30_000)  # let them end, so the next test starts clean
        pytest.fail(f"workers still running at the end of the test: {running}")


@pytest.fixture(autouse=True)
def no_unexpected_errors(request: pytest.FixtureRequest) -> Iterator[list[object]]:
    before = len(reporter().reports)
    yield reporter().reports
    new = reporter().reports[before:]
    if new and not request.node.get_closest_marker("expect_errors"):
        pytest.fail(f"unexpected errors reported: {[r.summary for r in new]}")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "expect_errors: the test provokes errors for the error dialog")


def make_desk_dir(tmp_path: Path) -> Path:
    d = tmp_path / "desk"
    with AuditTrail.open_desk(d) as trail, AccountStore.open_desk(d, trail, policy=CHEAP) as accounts:
        admin = accounts.add_user(None, "chief", PW, Role.ADMINISTRATOR, "Chief Admin")
        accounts.add_user(admin, "aigerim", PW, Role.OFFICER, "Aigerim Nurlanovna")
    return d


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    # demo=True with an explicit folder: the demo partner is trusted, so packages built with the
    # demo keys import; data stays in tmp_path.
    d = Desk.open(make_desk_dir(tmp_path), demo=True)
    yield d
    wait_for_workers(30_000)
    d.close()


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease")  # fmt: skip
    assert lrelease, "pyside6-lrelease (from PySide6-Essentials) is needed to compile translations"
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)], check=True)
    return out


@pytest.fixture
def settings_store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, desk: Desk, settings_store: SettingsStore, qm_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    languages = Languages([qm_dir])
    w = MainWindow(desk, settings_store, languages)
    qtbot.addWidget(w)
    w.show()
    yield w
    qtbot.waitUntil(lambda: w.registry_check not in active_workers(), timeout=30_000)  # started with the window
    languages.switch("en")


def sign_in(qtbot, window: MainWindow, username: str = "aigerim", password: str = PW) -> None:  # type: ignore[no-untyped-def]
    """Type and submit; returns once the sign-in worker has finished (whatever the outcome)."""
    screen = window.signin
    if not screen.username.isReadOnly():
        screen.username.setText(username)
    screen.password.setText(password)
    screen.button.click()
    qtbot.waitUntil(lambda: screen.worker is None, timeout=10_000)
