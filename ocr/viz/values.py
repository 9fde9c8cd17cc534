"""From what Tesseract read to what the field says: script fixes (a Latin 'K' in a Cyrillic name is a
'К'), dates parsed by the template's date format and printed back in it, closed vocabularies
matched to their nearest entry, numbers checked by pattern and check digit. Every fix is recorded,
so an officer can see what was read and what was made of it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ocr.templates import FieldSpec

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_TOKEN = re.compile(r"YYYY|MON|DD|MM|D|M")
# Lookalikes across scripts, as Tesseract mixes them on Kazakh and Russian documents.
LATIN_TO_CYRILLIC = str.maketrans("ABCEHKMOPTXYIaceopxy", "АВСЕНКМОРТХУІасеорху")
CYRILLIC_TO_LATIN = str.maketrans("АВСЕНКМОРТХУІЅЈасеорхуі", "ABCEHKMOPTXYISJaceopxyi")
_PUNCT = str.maketrans({"|": "/", "／": "/", "—": "-", "–": "-", "‐": "-", "，": ",", "。": ".", "：": ":"})
CYRILLIC_LETTERS = "А-ЯЁӘҒҚҢӨҰҮҺІ"


@dataclass(frozen=True)
class Cleaned:
    """A field's text as printed (`text`), what it means (`value`, e.g. an ISO date or 'M'), how
    sure we are that it is right (0..1), and what does not fit."""

    text: str
    value: str
    confidence: float
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def script_of(lang: str) -> str:
    """'han', 'latin', 'cyrillic' or '' (mixed) for a Tesseract language set."""
    langs = set(lang.split("+"))
    if "chi_sim" in langs:
        return "han"
    if langs <= {"eng"}:
        return "latin"
    if langs & {"kaz", "rus"} and "eng" not in langs:
        return "cyrillic"
    return ""


def basic(text: str, spec: FieldSpec, lang: str | None = None) -> str:
    """Whitespace, punctuation, case and script as the field (or its part in `lang`) prints them."""
    script = script_of(lang or spec.lang)
    t = " ".join(text.translate(_PUNCT).split())
    if script == "han" and spec.type == "name":
        t = t.replace(" ", "")
        t = re.sub(r"(?<=[\u4e00-\u9fff])[.•・‧∙⋅\-，,。、:;'\"“”＂‘’]+(?=[\u4e00-\u9fff])", "·", t)
        t = t.strip("·.:;,'\"、，。")
    if spec.case == "upper":
        t = t.upper()
    if spec.type in ("name", "text"):
        if script == "latin":
            t = t.translate(CYRILLIC_TO_LATIN)
            if spec.case == "upper":  # capitals, hyphens and spaces only: the rest is noise
                t = " ".join(re.sub(r"[^A-Z0-9 \-'./,]", "", t).split())
        elif script == "cyrillic":
            t = t.translate(LATIN_TO_CYRILLIC)
    for fx in spec.fixes:
        t = re.sub(fx.pattern, fx.replace, t)
    return t


def date_regex(fmt: str) -> re.Pattern[str]:
    """A forgiving regex for dates printed as `fmt`: separators may be lost or misread, and where
    the month is also printed by name its number may be unreadable."""
    named = "MON" in fmt
    out = []
    pos = 0
    for m in _TOKEN.finditer(fmt):
        if fmt[pos : m.start()]:
            out.append(r".{0,3}?")
        tok = m.group(0)
        month = r"(?P<M>\d{1,2})?" if named else r"(?P<M>\d{1,2})"
        out.append({"YYYY": r"(?P<Y>\d{4})", "MON": r"(?P<MON>[A-Z0-9]{3,4}?)", "DD": r"(?P<D>\d{1,2})",
                    "D": r"(?P<D>\d{1,2})", "MM": month, "M": month}[tok])  # fmt: skip
        pos = m.end()
    return re.compile("".join(out))


def date_whitelist(fmt: str) -> str:
    """The characters a date printed as `fmt` can contain."""
    letters = "".join(sorted(set("".join(MONTHS)))) if "MON" in fmt else ""
    literal = "".join(dict.fromkeys(_TOKEN.sub("", fmt)))
    return "0123456789" + letters + literal


def format_date(d: dt.date, fmt: str) -> str:
    def sub(m: re.Match[str]) -> str:
        tok = m.group(0)
        return {"YYYY": f"{d.year:04d}", "MON": MONTHS[d.month - 1], "DD": f"{d.day:02d}", "D": str(d.day),
                "MM": f"{d.month:02d}", "M": str(d.month)}[tok]  # fmt: skip

    return _TOKEN.sub(sub, fmt)


_AS_LETTER = str.maketrans("0158", "OISB")


def _month_of(mon: str) -> int | None:
    """The month whose abbreviation `mon` (3 or 4 characters read) most resembles."""
    text = mon.translate(_AS_LETTER)
    windows = {text[i : i + 3] for i in range(max(1, len(text) - 2))}
    score, best = max((fuzz.ratio(m, w), m) for m in MONTHS for w in windows)
    return MONTHS.index(best) + 1 if score >= 66 else None


def parse_date(text: str, fmt: str) -> tuple[dt.date | None, list[str]]:
    """The date in `text` printed as `fmt`, and what was doubtful about it."""
    t = text.upper().replace(" ", "")
    t = re.sub(r"(?<=\d)[OQD](?=\d|$)|(?<=^)[OQD](?=\d)", "0", t)
    t = re.sub(r"(?<=\d)[IL|](?=\d|$)", "1", t)
    m = date_regex(fmt).search(t)
    if m is None:
        return None, [f"not a date as printed here ({fmt})"]
    notes: list[str] = []
    g = m.groupdict()
    month = int(g["M"]) if g.get("M") else None
    if g.get("MON"):
        by_name = _month_of(g["MON"])
        if by_name is not None and month is not None and by_name != month:
            # JUN/JUL and MAR/MAY differ by one letter: a number the name nearly spells is kept
            if 1 <= month <= 12 and fuzz.ratio(MONTHS[month - 1], g["MON"].translate(_AS_LETTER)) >= 60:
                notes.append(f"month number {month} and name {g['MON']} disagree; the number was taken")
                by_name = month
            else:
                notes.append(f"month number {month} and name {g['MON']} disagree; the name was taken")
        month = by_name if by_name is not None else month
    if month is None:
        return None, ["month unreadable"]
    try:
        return dt.date(int(g["Y"]), month, int(g["D"])), notes
    except ValueError:
        return None, [f"{g['Y']}-{month}-{g['D']} is not a calendar date"]


_TO_LETTER = str.maketrans("0125685", "OIZSGBS")
_TO_DIGIT = str.maketrans("OQDIlLZSBGT|", "000111258671")
_PATTERN_TOKEN = re.compile(r"(\[[^\]]+\]|[A-Za-z0-9])(?:\{(\d+)\})?")


def _positions(pattern: str) -> list[str] | None:
    """A fixed-length pattern ('^[A-Z]{2}[0-9]{9}$') as one character class per position; None
    for anything more elaborate."""
    body = pattern.removeprefix("^").removesuffix("$")
    out: list[str] = []
    pos = 0
    for m in _PATTERN_TOKEN.finditer(body):
        if m.start() != pos:
            return None
        out += [m.group(1)] * int(m.group(2) or 1)
        pos = m.end()
    return out if pos == len(body) else None


def fix_by_pattern(text: str, pattern: str) -> str:
    """`text` with letters and digits that look alike swapped where the pattern wants the other
    (a document number 'ZJ2012…' read as '2J2012…'); unchanged unless the result then matches."""
    classes = _positions(pattern)
    if classes is None or len(classes) != len(text) or re.fullmatch(pattern.strip("^$"), text):
        return text
    out = []
    for ch, cls in zip(text, classes, strict=True):
        ok = re.fullmatch(cls, ch) is not None
        if not ok:
            for alt in (ch.translate(_TO_LETTER), ch.translate(_TO_DIGIT)):
                if re.fullmatch(cls, alt):
                    ch = alt
                    break
        out.append(ch)
    fixed = "".join(out)
    return fixed if re.fullmatch(pattern.strip("^$"), fixed) else text


def iin_ok(iin: str) -> bool:
    """Kazakhstan IIN check digit (weights 1..11, then 3..11,1,2 when the first sum gives 10)."""
    if not re.fullmatch(r"\d{12}", iin):
        return False
    d = [int(c) for c in iin]
    s = sum(w * x for w, x in zip(range(1, 12), d[:11], strict=True)) % 11
    if s == 10:
        s = sum(w * x for w, x in zip((3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), d[:11], strict=True)) % 11
    return s != 10 and s == d[11]


_FOLD = str.maketrans("ҚӘҒҢӨҰҮҺІЁЙ", "КАГНОУУНIЕИ")


def skeleton(s: str) -> str:
    """`s` reduced to what survives a misread: upper case, no spaces or punctuation, Kazakh letters
    as their Russian base letters and Cyrillic lookalikes as Latin ones."""
    return re.sub(r"[\s/·.,\-]", "", s.upper().translate(_FOLD).translate(CYRILLIC_TO_LATIN))


def clean(raw: str, confidence: float, spec: FieldSpec, cleaned: bool = False) -> Cleaned:
    """Interpret what was read for `spec` (`cleaned`: `basic` was already applied, part by part)."""
    text = raw if cleaned else basic(raw, spec)
    problems: list[str] = []
    notes: list[str] = []
    value = text
    if spec.type == "date" and spec.date_format:
        day, msgs = parse_date(text, spec.date_format)
        if day is None:
            return Cleaned(text, "", confidence * 0.3, tuple(msgs))
        notes += msgs
        text, value = format_date(day, spec.date_format), day.isoformat()
    elif spec.type == "choice":
        scored = sorted(((fuzz.ratio(skeleton(c.text), skeleton(text)), c) for c in spec.choices), key=lambda t: -t[0])
        best_score, best = scored[0]
        runner = scored[1][0] if len(scored) > 1 else 0.0
        if best_score < 55 or (best_score - runner < 8 and best_score < 90):
            return Cleaned(text, "", confidence * 0.3, (f"'{text}' is none of the values this field prints",))
        if best.text != text:
            notes.append(f"read '{text}', taken as '{best.text}' ({best_score:.0f}% alike)")
        confidence *= min(1.0, best_score / 100 + 0.15)
        text, value = best.text, best.value
    elif spec.known:
        same = [k for k in spec.known if skeleton(k) == skeleton(text)]
        if same and same[0] != text:
            notes.append(f"read '{text}', taken as the common value '{same[0]}' (differs by lookalike letters only)")
            text = value = same[0]
    if spec.type == "number" and spec.pattern and not re.search(spec.pattern, text):
        fixed = fix_by_pattern(text, spec.pattern)
        if fixed != text:
            notes.append(f"read '{text}', taken as '{fixed}': letters and digits that look alike, as the format wants")
            text = value = fixed
    if spec.type == "number" and spec.pattern and not re.search(spec.pattern, text):
        core = spec.pattern.strip("^$")
        inner = re.findall(f"(?=({core}))", text) if core else []
        if len(inner) == 1 and inner[0] != text:
            notes.append(f"read '{text}', kept '{inner[0]}': the rest is not part of the number")
            text = value = inner[0]
    if spec.pattern and not re.search(spec.pattern, text):
        problems.append("does not look like this field's values")
        confidence *= 0.5
    if spec.check == "iin" and not iin_ok(text):
        problems.append("IIN check digit fails")
        confidence *= 0.3
    if not text:
        problems.append("nothing read")
        confidence = 0.0
    return Cleaned(text, value, confidence, tuple(problems), tuple(notes))
