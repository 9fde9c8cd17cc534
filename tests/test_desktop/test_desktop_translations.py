"""The translation sources (resources/translations/*.ts) are complete, faithful to their English
source in what the code fills in (%1, {name}, HTML tags, one keyboard mnemonic) and up to date with
the code: a string added to desktop/ without translating it fails here, named, with the fix
(`make ts`, translate, `make translations`). The compiled .qm files load and translate."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk", "zh_CN")
PLURAL_FORMS = {"ru": {3}, "kk": {1, 2}, "zh_CN": {1}}  # Kazakh: one or two, as Qt's rules for it allow
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}|</?[A-Za-z][^<>]*>")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")  # "&&" is a literal ampersand; "& " is none either

Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    forms: tuple[str, ...]  # one translation, or every plural form
    type: str | None  # "unfinished", "vanished", "obsolete" or None when done
    numerus: bool
    where: str

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment


def ts_file(language: str) -> Path:
    return TS_DIR / f"tekseru_{language}.ts"


def read_ts(path: Path) -> list[Message]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            assert tr is not None, f"{path.name}: {name}: a message without <translation>"
            numerus = m.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            loc = m.find("location")
            filename = loc.get("filename", "?") if loc is not None else "?"
            filename = filename[filename.find("desktop/") :] if "desktop/" in filename else filename
            where = f"{filename}:{loc.get('line', '?')}" if loc is not None else "?"
            out.append(Message(name, m.findtext("source") or "", m.findtext("comment") or "", forms, tr.get("type"),
                               numerus, where))  # fmt: skip
    return out


def describe(m: Message) -> str:
    return f"[{m.context}] {m.source!r} ({m.where})"


def qt_tool(name: str) -> str:
    tool = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    assert tool, f"pyside6-{name} (from PySide6-Essentials) is needed; run `make setup`"
    return tool


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = read_ts(ts_file(language))
    assert messages, f"{ts_file(language).name} holds no messages"
    not_done = [describe(m) for m in messages if m.type is not None or not all(f.strip() for f in m.forms)]
    assert not not_done, (f"{len(not_done)} message(s) in {ts_file(language).name} are unfinished, empty or "
                          "obsolete; translate them (and drop obsolete ones with `make ts`):\n  "
                          + "\n  ".join(not_done))  # fmt: skip
    wrong_plurals = [f"{describe(m)}: {len(m.forms)} form(s)" for m in messages
                     if m.numerus and len(m.forms) not in PLURAL_FORMS[language]]  # fmt: skip
    assert not wrong_plurals, f"plural forms for {language} must number {PLURAL_FORMS[language]}:\n  " + "\n  ".join(
        wrong_plurals
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_tags_and_one_mnemonic(language: str) -> None:
    problems = []
    for m in read_ts(ts_file(language)):
        wanted = sorted(set(PLACEHOLDER.findall(m.source)))
        for form in m.forms:
            lost = [p for p in wanted if p not in form and not (p == "%n" and m.numerus and language != "ru")]
            if lost:
                problems.append(f"{describe(m)} -> {form!r}: lost {lost}")
            extra = sorted(set(PLACEHOLDER.findall(form)) - set(wanted) - ({"%n"} if m.numerus else set()))
            if extra:
                problems.append(f"{describe(m)} -> {form!r}: placeholders not in the source {extra}")
            marks = len(MNEMONIC.findall(form))
            if marks > 1 or (marks == 0 and MNEMONIC.search(m.source)):
                problems.append(f"{describe(m)} -> {form!r}: {marks} keyboard mnemonics ('&'), want exactly one")
            if m.source.endswith("…") and not form.endswith("…"):
                problems.append(f"{describe(m)} -> {form!r}: the trailing '…' (opens a dialog / in progress) is lost")
    assert not problems, f"{ts_file(language).name}:\n  " + "\n  ".join(problems)


def test_kazakh_is_written_with_kazakh_letters() -> None:
    texts = [f for m in read_ts(ts_file("kk")) for f in m.forms if re.search("[а-яА-ЯёЁ]", f)]
    with_letters = [t for t in texts if KAZAKH_LETTERS & set(t)]
    # Not Russian by mistake: most Cyrillic Kazakh strings use ә ғ қ ң ө ұ ү һ і somewhere.
    assert texts and len(with_letters) >= 0.5 * len(texts), (
        f"only {len(with_letters)} of {len(texts)} Kazakh translations use Kazakh letters; "
        f"without any: {[t for t in texts if t not in with_letters][:20]}")  # fmt: skip


def test_translation_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """What lupdate finds in desktop/**/*.py now, against what each .ts file holds."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    probe = tmp_path / "tekseru_probe.ts"
    run = subprocess.run([qt_tool("lupdate"), "-no-obsolete", "-locations", "absolute", *sources, "-ts", str(probe)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0 and probe.is_file(), f"lupdate failed:\n{run.stdout}\n{run.stderr}"
    in_code = {m.key: m for m in read_ts(probe)}
    assert in_code, "lupdate found no translatable strings in desktop/"
    for language in LANGUAGES:
        in_file = {m.key: m for m in read_ts(ts_file(language))}
        new = [describe(in_code[k]) for k in sorted(in_code.keys() - in_file.keys())]
        gone = [describe(in_file[k]) for k in sorted(in_file.keys() - in_code.keys())]
        assert not new and not gone, (
            f"{ts_file(language).name} is not up to date with the code. Run `make ts`, translate the new "
            f"strings into ru, kk and zh_CN, then `make translations`.\n"
            f"In the code but not in the file ({len(new)}):\n  " + "\n  ".join(new)
            + f"\nIn the file but no longer in the code ({len(gone)}):\n  " + "\n  ".join(gone))  # fmt: skip


def test_lrelease_compiles_every_translation_without_warnings(tmp_path: Path) -> None:
    for language in LANGUAGES:
        qm = tmp_path / f"tekseru_{language}.qm"
        run = subprocess.run([qt_tool("lrelease"), str(ts_file(language)), "-qm", str(qm)],
                             capture_output=True, text=True, timeout=120)  # fmt: skip
        output = run.stdout + run.stderr
        assert run.returncode == 0 and qm.is_file(), output
        done = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", output)
        assert done, output
        assert done.group(3) == "0" and done.group(1) == done.group(2), output
        assert not re.search(r"warning|ignored|error|invalid", output, re.IGNORECASE), output


@pytest.mark.parametrize(("language", "context", "source", "expected"), [
    ("ru", "SignInScreen", "Sign in", "Вход"),
    ("ru", "Actions", "Users", "Пользователи"),
    ("kk", "SignInScreen", "Sign in", "Кіру"),
    ("kk", "SettingsScreen", "Settings", "Баптаулар"),
    ("zh_CN", "SignInScreen", "Sign in", "登录"),
    ("zh_CN", "AuditScreen", "E&xport…", "导出(&X)…"),
])  # fmt: skip
def test_compiled_translations_load_and_translate(
    qapp: QCoreApplication, qm_dir: Path, language: str, context: str, source: str, expected: str
) -> None:
    translator = QTranslator()
    assert translator.load(str(qm_dir / f"tekseru_{language}.qm")), f"tekseru_{language}.qm does not load"
    assert not translator.isEmpty()
    assert translator.translate(context, source) == expected
