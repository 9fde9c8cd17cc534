"""Run-time language switching (every screen re-sets its texts) and pseudo-localisation."""

from __future__ import annotations

import pytest

from desktop.i18n import pseudo
from desktop.main_window import MainWindow
from tests.test_desktop.conftest import sign_in


@pytest.mark.parametrize(("language", "sign_in_text", "verify"), [
    ("ru", "Вход", "Проверка"), ("kk", "Кіру", "Тексеру"), ("zh_CN", "登录", "核验"),
])  # fmt: skip
def test_switch_language_at_run_time(qtbot, window: MainWindow, language: str, sign_in_text: str, verify: str) -> None:
    assert window.signin.button.text() == "Sign in"
    window.language.setCurrentIndex(window.language.findData(language))
    qtbot.waitUntil(lambda: window.signin.button.text() == sign_in_text, timeout=3000)
    assert window.nav["capture"].text() == verify
    assert window.actions_["lock"].text() != "Lock"
    assert window.settings_store.load().language == language  # remembered
    sign_in(qtbot, window)
    assert window.capture.title.text() != "New verification"
    window.language.setCurrentIndex(window.language.findData("en"))
    qtbot.waitUntil(lambda: window.capture.title.text() == "New verification", timeout=3000)


def test_pseudo_localisation_marks_every_string(qtbot, window: MainWindow) -> None:
    window.pseudo_action.setChecked(True)
    qtbot.waitUntil(lambda: window.signin.button.text().startswith("["), timeout=3000)
    assert window.signin.button.text() == pseudo("Sign in")
    assert len(window.signin.button.text()) > len("Sign in") * 1.3
    window.pseudo_action.setChecked(False)
    qtbot.waitUntil(lambda: window.signin.button.text() == "Sign in", timeout=3000)


def test_pseudo_keeps_placeholders() -> None:
    assert "%1" in pseudo("Reading %1…") and "%2" in pseudo("Could not read %1: %2")


def test_in_place_messages_follow_a_language_switch(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    window.capture.verify()  # no pages yet: the screen says what to do, in place
    english = window.capture.message.text()
    assert english.startswith("Add the passport")
    window.language.setCurrentIndex(window.language.findData("kk"))
    qtbot.waitUntil(lambda: window.capture.message.text() != english, timeout=3000)
    assert any(ch in window.capture.message.text() for ch in "әғқңөұүһі")
    window.capture.next_applicant(confirm=False)  # cleared messages stay cleared after a switch
    window.language.setCurrentIndex(window.language.findData("en"))
    qtbot.waitUntil(lambda: window.capture.title.text() == "New verification", timeout=3000)
    assert window.capture.message.text() == ""
