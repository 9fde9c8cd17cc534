"""Languages: English is the source; Russian, Kazakh and Chinese come from .qm files compiled from
resources/translations/*.ts (`make translations`). Switching installs a new translator at run time;
Qt then sends every widget a LanguageChange event and each screen re-sets its texts.
Pseudo-localisation (any language) lengthens and accents every string, so text that is not
translated, or a layout that overflows in a longer language, shows up at a glance."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SEARCH_DIRS = [ROOT / "build" / "translations", ROOT / "resources" / "translations"]
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша", "zh_CN": "中文"}

_ACCENTS = str.maketrans("AEIOUYaeiouycnsCNS", "ÅÉÎÖÜÝåéîöüýçñšÇÑŠ")


def pseudo(text: str) -> str:
    """About 40% longer, accented, bracketed; placeholders (%1, {name}) and mnemonics kept."""
    if not text:
        return text
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            out.append(text[i : i + 2])
            i += 2
            continue
        out.append(ch.translate(_ACCENTS))
        i += 1
    body = "".join(out)
    return f"[{body}{'~' * max(2, len(text) * 2 // 5)}]"


class PseudoTranslator(QTranslator):
    def __init__(self, base: QTranslator | None = None) -> None:
        super().__init__()
        self.base = base

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = self.base.translate(context, source, disambiguation, n) if self.base is not None else ""
        return pseudo(text or source)

    def isEmpty(self) -> bool:
        return False


class Languages:
    """Owns the installed translator; `switch` changes it at run time."""

    def __init__(self, search_dirs: list[Path] | None = None) -> None:
        self.search_dirs = search_dirs if search_dirs is not None else SEARCH_DIRS
        self.current = "en"
        self.pseudo = False
        self._installed: QTranslator | None = None

    def qm_file(self, language: str) -> Path | None:
        for d in self.search_dirs:
            f = d / f"tekseru_{language}.qm"
            if f.is_file():
                return f
        return None

    def switch(self, language: str, pseudo_mode: bool = False) -> bool:
        """Install `language` (and pseudo mode); False when its .qm file is missing (English shown)."""
        app = QCoreApplication.instance()
        assert app is not None
        base: QTranslator | None = None
        ok = True
        if language != "en":
            qm = self.qm_file(language)
            base = QTranslator()
            if qm is None or not base.load(str(qm)):
                log.warning("no translation for %s (run `make translations`)", language)
                base, ok = None, False
        translator = PseudoTranslator(base) if pseudo_mode else base
        if self._installed is not None:
            app.removeTranslator(self._installed)
        self._installed = translator
        self._base = base  # keep the wrapped translator alive
        if translator is not None:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.current, self.pseudo = language, pseudo_mode
        return ok
