"""The report's fonts, found on the system at run time (never copied into the repository): DejaVu for
Latin and Cyrillic (with the Kazakh letters), DejaVu Sans Mono for the MRZ, Noto Sans CJK (Simplified
Chinese face of the Debian .ttc collection) for Chinese. Each is checked for the glyphs it must
carry, so a wrong or partial file fails here with the Debian package to install, not as tofu in a
case file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont, TTLibError

from verification.report.errors import ReportError

KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
CJK_SAMPLE = "中华人民共和国护照张伟王秀英别力克"
FONT_DIRS_ENV = "TEKSERU_FONT_DIRS"  # extra folders (os.pathsep-separated) searched before the system ones
SYSTEM_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")


class FontMissing(ReportError):
    """A font the report needs is not installed (names the Debian package that ships it)."""


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0  # face number inside a .ttc collection


@dataclass(frozen=True)
class ReportFonts:
    sans: FontFile
    sans_bold: FontFile
    mono: FontFile
    cjk: FontFile
    cjk_bold: FontFile | None


@dataclass(frozen=True)
class _Need:
    file_names: tuple[str, ...]
    package: str
    glyphs: str
    family: str | None = None  # for a collection: the face's family name to pick


_NEEDS = {
    "sans": _Need(("DejaVuSans.ttf",), "fonts-dejavu-core", "AZaz" + "АЯая" + KAZAKH_LETTERS),
    "sans_bold": _Need(("DejaVuSans-Bold.ttf",), "fonts-dejavu-core", "AZaz" + "АЯая" + KAZAKH_LETTERS),
    "mono": _Need(("DejaVuSansMono.ttf",), "fonts-dejavu-core", "0123456789<ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "cjk": _Need(("NotoSansCJK-Regular.ttc",), "fonts-noto-cjk", CJK_SAMPLE, "Noto Sans CJK SC"),
    "cjk_bold": _Need(("NotoSansCJK-Bold.ttc",), "fonts-noto-cjk", CJK_SAMPLE, "Noto Sans CJK SC"),
}


def _search_dirs() -> list[Path]:
    extra = [Path(p) for p in os.environ.get(FONT_DIRS_ENV, "").split(os.pathsep) if p]
    return extra + [Path(d).expanduser() for d in SYSTEM_DIRS]


def _find_file(names: Sequence[str]) -> Path | None:
    for root in _search_dirs():
        if not root.is_dir():
            continue
        for name in names:
            direct = root / name
            if direct.is_file():
                return direct
            found = next((p for p in root.rglob(name) if p.is_file()), None)
            if found is not None:
                return found
    return None


def _face(path: Path, family: str | None) -> tuple[TTFont, int]:
    if path.suffix.lower() not in (".ttc", ".otc"):
        return TTFont(path, lazy=True), 0
    for i, face in enumerate(TTCollection(path, lazy=True).fonts):
        if family is None or face["name"].getDebugName(1) == family:
            return face, i
    raise FontMissing(f"{path} holds no face named {family!r}")


def _resolve(role: str) -> FontFile:
    need = _NEEDS[role]
    path = _find_file(need.file_names)
    if path is None:
        raise FontMissing(f"the report needs the font {need.file_names[0]}: install the Debian package "
                          f"{need.package} (packaging/system-deps.sh)")  # fmt: skip
    try:
        face, index = _face(path, need.family)
        cmap = face.getBestCmap() or {}
    except (TTLibError, OSError, KeyError) as exc:
        raise FontMissing(f"cannot read the font {path} ({exc}): reinstall {need.package}") from exc
    missing = [ch for ch in need.glyphs if ord(ch) not in cmap]
    if missing:
        raise FontMissing(f"the font {path} lacks {''.join(missing)!r}: reinstall {need.package}")
    return FontFile(path, index)


@cache
def report_fonts() -> ReportFonts:
    """Every font the report uses, checked once per process (the bold CJK face is optional)."""
    try:
        cjk_bold: FontFile | None = _resolve("cjk_bold")
    except FontMissing:
        cjk_bold = None
    return ReportFonts(_resolve("sans"), _resolve("sans_bold"), _resolve("mono"), _resolve("cjk"), cjk_bold)
