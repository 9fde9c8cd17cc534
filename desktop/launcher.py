"""The `tekseru` console command. Headless subcommands go to the Qt-free CLI; Qt is imported only
when the desk application itself is started (`tekseru`, `tekseru --demo`, `tekseru app …`), so
scripts and servers never need a display."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

_GLOBAL_FLAGS = {"--demo", "-v", "-vv", "--verbose"}


def wants_app(argv: Sequence[str]) -> tuple[bool, list[str]]:
    """(start the app?, the app's own arguments). No subcommand at all, or `app`, means the app."""
    flags = [a for a in argv if a in _GLOBAL_FLAGS]
    rest = [a for a in argv if a not in _GLOBAL_FLAGS]
    if not rest:
        return True, flags
    if rest[0] == "app":
        return True, flags + rest[1:]
    return False, list(argv)


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ, platform: str = sys.platform) -> bool:
    if environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    if platform.startswith("linux"):
        return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    app, app_args = wants_app(args)
    if not app:
        from verification.cli.main import main as cli_main

        return cli_main(args)
    if not has_display():
        print("tekseru: no display to show the desk app on (DISPLAY/WAYLAND_DISPLAY unset). "
              "Run it in a desktop session, or use a subcommand: `tekseru --help`.", file=sys.stderr)  # fmt: skip
        return 2
    try:
        from desktop.app import run
    except ImportError as exc:
        print(f"tekseru: the desk app cannot start: {exc}. Install PySide6 (`make setup`).", file=sys.stderr)
        return 2
    return run(app_args)


if __name__ == "__main__":
    sys.exit(main())
