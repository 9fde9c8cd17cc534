"""Desk app cold start: from launching `tekseru app --demo` to the first event-loop turn with the
sign-in window shown (the moment it takes input), against the 2 s target, side by side with the
floor Qt itself costs here: a bare PySide6 window started the same way.

    nice -n 10 python -m tests.bench.desk_startup_bench [--runs 7] [--platform xvfb|offscreen]

Each run is a fresh process (interpreter start, imports, desk databases opened, window built). The
first run also creates the desk's data folder (first start at a new desk); the others reuse it.
With `--registry FILE` (default: the 100k-person registry `make bench-verify` builds, when it is
there) a copy of that registry is installed first, so the start is measured with real data.
Under `--platform xvfb` (default when xvfb-run exists) the window is really mapped on an X server."""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 2.0
BARE = (
    "import time,sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication(sys.argv[:1]); w = QLabel('hello'); w.show()\n"
    "QTimer.singleShot(0, lambda: (print('tekseru-ready', flush=True), app.quit()))\n"
    "app.exec()\n"
)


def _launch(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("tekseru-ready"):
            elapsed = time.perf_counter() - t0
            break
    else:
        _out, err = proc.communicate()
        raise RuntimeError(f"{cmd[:3]} never became ready: {err[-2000:]}")
    proc.wait(timeout=60)
    return elapsed


def _xvfb_env(base: dict[str, str]) -> tuple[dict[str, str], subprocess.Popen[bytes] | None]:
    """A private Xvfb display for the whole run (xvfb-run per launch would time Xvfb's own start)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError("Xvfb is not installed (packaging/system-deps.sh installs xvfb)")
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(1.0)
    env = {**base, "DISPLAY": display}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env, server


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=7)
    default_registry = Path(__file__).resolve().parents[2] / "build" / "bench-verify" / "registry" / "registry.sqlite"
    p.add_argument("--registry", type=Path, default=default_registry if default_registry.is_file() else None,
                   help="a registry file to start with (copied)")  # fmt: skip
    p.add_argument("--platform", choices=("xvfb", "offscreen"), default="xvfb" if shutil.which("Xvfb") else "offscreen")
    args = p.parse_args(argv)
    server = None
    base = dict(os.environ)
    if args.platform == "xvfb":
        env, server = _xvfb_env(base)
    else:
        env = {**base, "QT_QPA_PLATFORM": "offscreen"}
    tekseru = str(Path(sys.executable).with_name("tekseru"))
    rows: dict[str, list[float]] = {"tekseru app --demo": [], "bare PySide6 window": []}
    first: float | None = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            persons = 0
            if args.registry is not None:
                (Path(tmp) / "registry-demo").mkdir()
                shutil.copyfile(args.registry, Path(tmp) / "registry-demo" / "registry.sqlite")
                with sqlite3.connect(args.registry) as conn:
                    persons = int(conn.execute("SELECT count(*) FROM persons").fetchone()[0])
            env_app = {**env, "TEKSERU_STARTUP_PROBE": "1", "TEKSERU_DATA_DIR": tmp}
            cmd = [tekseru, "app", "--demo", "--settings", str(Path(tmp) / "settings.ini")]
            first = _launch(cmd, env_app)  # creates the desk's databases and demo accounts
            for _ in range(args.runs):
                rows["tekseru app --demo"].append(_launch(cmd, env_app))
                rows["bare PySide6 window"].append(_launch([sys.executable, "-c", BARE], env))
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    bare = statistics.median(rows["bare PySide6 window"])
    print(f"\nCold start to an interactive sign-in window ({args.platform}, {args.runs} runs each, a process each; "
          f"registry: {persons:,} persons)\n")
    print("| start | median s | min s | max s | × bare Qt | target |")
    print("|---|---|---|---|---|---|")
    for label, xs in rows.items():
        med = statistics.median(xs)
        target = f"≤ {TARGET_S:.1f} s: {'met' if med <= TARGET_S else 'MISSED'}" if label.startswith("tekseru") else ""
        print(f"| {label} | {med:.2f} | {min(xs):.2f} | {max(xs):.2f} | {med / bare:.1f} | {target} |")
    print(f"| tekseru app --demo, first start at a new desk | {first:.2f} | | | {first / bare:.1f} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
