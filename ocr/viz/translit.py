"""Latin forms that documents print beside native-script names, so that a reader can check one
against the other: ICAO 9303 transliteration of (Kazakh) Cyrillic, and the Hanyu Pinyin readings
of Chinese characters (every reading a character has, since names use the less common ones too)."""

from __future__ import annotations

from functools import cache, lru_cache

# ICAO 9303 part 3, with the Kazakh letters as Kazakhstan's documents print them.
_CYRILLIC: dict[str, str] = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z",
    "И": "I", "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH",
    "Щ": "SHCH", "Ъ": "", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA",
    "Ә": "A", "Ғ": "G", "Қ": "K", "Ң": "N", "Ө": "O", "Ұ": "U", "Ү": "U", "Һ": "H", "І": "I",
}  # fmt: skip


def icao_latin(cyrillic: str) -> str:
    """Upper-case ICAO Latin of Cyrillic text; other characters pass through."""
    return "".join(_CYRILLIC.get(ch, ch) for ch in cyrillic.upper())


@lru_cache(maxsize=4096)
def readings(hanzi: str) -> frozenset[str]:
    """Upper-case toneless Pinyin readings of one character as passports spell them (ü as YU or
    U); empty for a character pypinyin does not know."""
    from pypinyin import Style, pinyin

    out: set[str] = set()
    found = pinyin(hanzi, style=Style.NORMAL, heteronym=True, errors="ignore")
    for r in found[0] if found else ():
        r = r.upper()
        if not r or not r.isalpha():
            continue
        out.add(r.replace("Ü", "YU").replace("V", "YU"))
        out.add(r.replace("Ü", "U").replace("V", "U"))
    return frozenset(out)


@lru_cache(maxsize=4096)
def usual_reading(hanzi: str) -> str:
    """The commonest Pinyin reading of one character, as passports spell it ('' if unknown)."""
    from pypinyin import Style, pinyin

    found = pinyin(hanzi, style=Style.NORMAL, heteronym=False, errors="ignore")
    r = found[0][0].upper() if found and found[0] else ""
    return r.replace("Ü", "YU").replace("V", "YU") if r.isalpha() else ""


def _spells(chars: list[str], target: str) -> bool:
    @cache
    def fits(i: int, pos: int) -> bool:
        if i == len(chars):
            return pos == len(target)
        return any(target.startswith(r, pos) and fits(i + 1, pos + len(r)) for r in readings(chars[i]))

    return fits(0, 0)


def pinyin_fits(hanzi: str, latin: str) -> bool:
    """Whether `latin` spells `hanzi` with one Pinyin reading per character. A transcribed name
    with middle dots must match the Latin part by part; a name without dots ('张伟', 'ZHANG WEI')
    is matched as a whole, spaces ignored."""
    parts = [p for p in hanzi.split("·")]
    words = latin.upper().split()
    if len(parts) > 1:
        return len(parts) == len(words) and all(_spells(list(p), w) for p, w in zip(parts, words, strict=True))
    return _spells([c for c in hanzi if not c.isspace()], "".join(words))


def pinyin_groups(hanzi: str, latin: str) -> list[str] | None:
    """`hanzi` (dots ignored) cut into the groups of characters that spell each word of `latin`,
    or None when it does not spell it that way."""
    chars = [c for c in hanzi if c not in "· "]
    words = latin.upper().split()
    out: list[str] = []
    i = 0
    for k, w in enumerate(words):
        rest = len(words) - k - 1
        for j in range(i + 1, len(chars) - rest + 1):
            if _spells(chars[i:j], w) and (rest > 0 or j == len(chars)):
                out.append("".join(chars[i:j]))
                i = j
                break
        else:
            return None
    return out if i == len(chars) else None


@lru_cache(maxsize=1)
def _name_characters() -> tuple[str, ...]:
    """The characters of GB 2312 (6763 in two levels, level 1 the 3755 commonest): the set Chinese
    names are written with, commonest first."""
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return tuple(out)


@lru_cache(maxsize=1)
def _by_syllable() -> dict[str, str]:
    index: dict[str, list[str]] = {}
    for ch in _name_characters():
        for r in readings(ch):
            if any(v in r for v in "AEIOU"):  # not the interjections 嗯 (N), 呣 (M), 哼 (HNG)
                index.setdefault(r, []).append(ch)
    return {k: "".join(v) for k, v in index.items()}


@lru_cache(maxsize=256)
def hanzi_for(latin: str) -> str:
    """Every character (of GB 2312) that can stand in some spelling of `latin` as a sequence of
    Pinyin syllables: the characters a reader may consider for the name beside it. Empty when
    `latin` is not Pinyin at all."""
    target = "".join(latin.split()).upper()
    index = _by_syllable()
    longest = max(map(len, index), default=0)
    n = len(target)
    reach_end = [False] * (n + 1)
    reach_end[n] = True
    for i in range(n - 1, -1, -1):
        reach_end[i] = any(target[i:j] in index and reach_end[j] for j in range(i + 1, min(n, i + longest) + 1))
    if not reach_end[0]:
        return ""
    reach_start = [False] * (n + 1)
    reach_start[0] = True
    chars: dict[str, None] = {}
    for i in range(n):
        if not reach_start[i]:
            continue
        for j in range(i + 1, min(n, i + longest) + 1):
            syl = target[i:j]
            if syl in index and reach_end[j]:
                reach_start[j] = True
                chars.update(dict.fromkeys(index[syl]))
    return "".join(chars)


def syllable_list() -> tuple[str, ...]:
    """Every Pinyin syllable a name character has (about 400)."""
    return tuple(sorted(_by_syllable()))


def syllable_characters(syllable: str) -> str:
    """The characters (of GB 2312) one of whose readings is `syllable`."""
    return _by_syllable().get(syllable.upper(), "")


def syllables(word: str, limit: int = 12) -> list[list[str]]:
    """The ways `word` (Latin, no spaces) splits into Pinyin syllables, fewest syllables first."""
    target = word.upper()
    if not target:
        return []
    index = _by_syllable()
    longest = max(map(len, index), default=0)
    out: list[list[str]] = []

    def walk(pos: int, acc: list[str]) -> None:
        if len(out) >= limit:
            return
        if pos == len(target):
            out.append(list(acc))
            return
        for j in range(min(len(target), pos + longest), pos, -1):
            syl = target[pos:j]
            if syl in index:
                acc.append(syl)
                walk(j, acc)
                acc.pop()

    walk(0, [])
    return sorted(out, key=len)
