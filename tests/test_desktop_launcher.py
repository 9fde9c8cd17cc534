"""`tekseru` starts the desk app with no subcommand (or `app`), keeps every CLI subcommand, and
prints a clear message instead of crashing when there is no display. Qt-free on purpose."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop import launcher


@pytest.mark.parametrize(
    ("argv", "app", "rest"),
    [
        ([], True, []),
        (["--demo"], True, ["--demo"]),
        (["app"], True, []),
        (["app", "--demo", "--data-dir", "/x"], True, ["--demo", "--data-dir", "/x"]),
        (["--demo", "app"], True, ["--demo"]),
        (["mrz", "a.png"], False, ["mrz", "a.png"]),
        (["--demo", "mrz", "a.png"], False, ["--demo", "mrz", "a.png"]),
        (["--help"], False, ["--help"]),
    ],
)
def test_which_argv_starts_the_app(argv: list[str], app: bool, rest: list[str]) -> None:
    assert launcher.wants_app(argv) == (app, rest)


def test_display_detection() -> None:
    assert not launcher.has_display({}, "linux")
    assert launcher.has_display({"DISPLAY": ":0"}, "linux")
    assert launcher.has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert launcher.has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert launcher.has_display({}, "win32")


def test_no_display_gives_a_clear_message_without_importing_qt() -> None:
    code = (
        "import sys, os; os.environ.pop('DISPLAY', None); os.environ.pop('WAYLAND_DISPLAY', None); "
        "os.environ.pop('QT_QPA_PLATFORM', None); from desktop.launcher import main; rc = main([]); "
        "print('qt' if 'PySide6' in sys.modules else 'noqt'); sys.exit(rc)"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert p.returncode == 2
    assert "no display" in p.stderr and "Traceback" not in p.stderr
    assert p.stdout.strip() == "noqt"


def test_cli_subcommands_still_run_without_qt() -> None:
    scan = "resources/demo/prc_passport_scan.png"
    code = (f"import sys; from desktop.launcher import main; rc = main(['--demo', 'mrz', '--json', {scan!r}]); "
            "print('qt' if 'PySide6' in sys.modules else 'noqt'); sys.exit(rc)")  # fmt: skip
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.strip().splitlines()
    assert '"valid": true' in lines[0] and '"demo": true' in lines[0]
    assert lines[-1] == "noqt"
