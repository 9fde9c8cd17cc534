"""Screenshots of every screen of the desk app, in English, Kazakh and Chinese, light and dark, on
the demo data, as an officer, a supervisor and an administrator see them; run under Xvfb so the
window is really drawn by X (what `make screenshots` does):

    xvfb-run -a -s "-screen 0 1400x1000x24" .venv/bin/python -m tests.ui_screenshots docs/screenshots

Files are named SCREEN-LANG-THEME.png (e.g. verify-kk-dark.png), palette-reduced to keep the
repository small. The script drives the real app — sign-in, verification, decisions — through the
same calls the tests use, and fails loudly when a step does not finish."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "resources" / "demo" / "cases"
COMBOS = (("en", "light"), ("en", "dark"), ("kk", "light"), ("kk", "dark"), ("zh_CN", "light"), ("zh_CN", "dark"))
SIZE = (1320, 900)


def _pump(until: Callable[[], bool] = lambda: True, timeout_s: float = 300, settle_ms: int = 250,
          what: Callable[[], str] = lambda: "") -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > end:
            raise TimeoutError(f"a step of the screenshot script did not finish {what()}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    settle = time.monotonic() + settle_ms / 1000
    while time.monotonic() < settle:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", type=Path)
    p.add_argument("--only", help="comma-separated screens to take (default: all)")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="tekseru-shots-"))
    os.environ["TEKSERU_DATA_DIR"] = str(tmp)
    from verification.demo import install

    install(tmp / "registry-demo")

    from PIL import Image
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive for the whole run
    from desktop.desk import DEMO_ADMIN, DEMO_PASSWORD, DEMO_SUPERVISOR, DEMO_USER, Desk
    from desktop.errors import install_hooks
    from desktop.i18n import Languages
    from desktop.main_window import MainWindow
    from desktop.settings import SettingsStore
    from desktop.workers import active_workers, wait_for_workers
    from verification.cases import Decision

    install_hooks()
    desk = Desk.open(None, demo=True)
    window = MainWindow(desk, SettingsStore(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)), Languages())
    window.resize(*SIZE)
    window.show()
    wanted = set(args.only.split(",")) if args.only else None
    taken: list[str] = []

    def idle() -> bool:
        return not active_workers()

    def shot(screen: str) -> None:
        if wanted is not None and screen not in wanted:
            return
        _pump(idle, what=lambda: f"(before {screen}: workers {[w.name for w in active_workers()]})")
        lang, theme = window.settings.language, window.settings.theme
        name = f"{screen}-{lang.split('_')[0]}-{theme}.png"
        raw = tmp / name
        window.grab().save(str(raw))
        Image.open(raw).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(
            args.out / name, optimize=True)  # fmt: skip
        taken.append(name)

    def each_combo(take: Callable[[], None]) -> None:
        for lang, theme in COMBOS:
            window.change_settings(language=lang, theme=theme)
            take()

    def sign_in(user: str) -> None:
        window.signin.username.setText(user)
        window.signin.password.setText(DEMO_PASSWORD)
        window.signin.button.click()
        _pump(lambda: window.user is not None and window.user.username == user and idle(),
              what=lambda: f"(sign-in {user}: {window.signin.message.text()}; workers {active_workers()})")

    def verify(case: str, decision: Decision | None = None, comment: str = "") -> None:
        screen = window.capture
        screen.next_applicant(confirm=False)
        screen.read_files([str(CASES / f"{case}_passport.jpg"), str(CASES / f"{case}_certificate.jpg")])
        _pump(lambda: not screen.busy(), what=lambda: f"(reading {case}: {screen.message.text()})")
        screen.verify()
        _pump(lambda: not screen.busy() and screen.outcome is not None,
              what=lambda: f"(verify {case}: {screen.message.text()})")
        if decision is not None:
            screen.comment.setPlainText(comment)
            screen.decide(decision)
            _pump(lambda: not screen.busy(), what=lambda: f"(deciding {case}: {screen.decision_message.text()})")

    each_combo(lambda: shot("signin"))
    window.change_settings(language="en", theme="light")  # the in-place messages are written once, in English
    sign_in(DEMO_USER)
    verify("review", Decision.REFER, "Renunciation still pending in the partner registry; supervisor to decide.")
    verify("clear", Decision.ACCEPT)
    verify("alert")

    def officer_screens() -> None:
        window.show_screen(window.capture)
        shot("verify")
        window.show_screen(window.history)
        window.history.show_list()
        window.history.search()
        shot("history")
        _pump(idle)
        window.history.reopen(len(window.history.cases) - 1)  # the first case: referred, then resolved
        shot("case")
        window.history.show_list()
        window.show_screen(window.registry)
        shot("registry")
        window.show_screen(window.settings_screen)
        shot("settings")

    each_combo(officer_screens)
    window.sign_out()
    sign_in(DEMO_SUPERVISOR)

    def supervisor_screens() -> None:
        window.show_screen(window.referrals)
        _pump(idle)
        window.referrals.open_row(0)
        shot("referrals")
        window.show_screen(window.audit_view)
        window.audit_view.verify()
        shot("audit")

    each_combo(supervisor_screens)
    window.sign_out()
    sign_in(DEMO_ADMIN)

    def admin_screens() -> None:
        window.show_screen(window.users)
        shot("users")

    each_combo(admin_screens)
    window.change_settings(language="en", theme="light")
    wait_for_workers(60_000)
    _pump()  # the language change reaches every widget before the stores close
    window.close()
    _pump()
    desk.close()
    print(f"{len(taken)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
