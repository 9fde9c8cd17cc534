"""Transliteration of names between the scripts the registry and documents use, and the keys that
let a look-up find a name however it was spelled. Kept free of SQL: the store indexes `name_keys`
and scores with `verification.registry.name_score`.

Three levels of sameness, from strict to loose, all computed on upper-case Latin letters:

* `compact`  – letters only: spaces, hyphens, MRZ `<`, tone marks and diacritics gone
  ("Zhāng Wěi" = "ZHANG<<WEI" = "ZHANGWEI");
* `variant`  – the usual passport spelling variants folded (ZH/J, KH/H, SH/Ş/Š, CH/Č, Y/I, IU/YU,
  IA/YA, Ö/OE, Ü/UE, Ğ/GH, Q/K, Ñ/NG, Ä/AE, Ə/A, W/V, Pinyin V/Ü) with vowels kept;
* `skeleton` – consonants only, doubled letters merged, Russian-style surname endings dropped: the
  retrieval key, loose on purpose (ANVAR = ENWER, AKHMETOV = AHMET); scoring separates the rest.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from verification.registry.model import PersonName, Script

# ICAO 9303 part 3 (Cyrillic table), with the Kazakh letters as Kazakhstan's documents print them.
_ICAO: dict[str, str] = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z",
    "И": "I", "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH",
    "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA",
    "Ә": "A", "Ғ": "G", "Қ": "K", "Ң": "N", "Ө": "O", "Ұ": "U", "Ү": "U", "Һ": "H", "І": "I",
    "Ґ": "G", "Є": "IE", "Ї": "I", "Ў": "U", "Ј": "J",
}  # fmt: skip

# Uyghur Arabic script to the Latin spelling Uyghurs commonly use in passports and names (close
# to ULY, but خ as H, as in AHMET, MAHMUT); the hamza only carries a vowel and is silent.
_UYGHUR: dict[str, str] = {
    "ا": "A", "ە": "E", "ب": "B", "پ": "P", "ت": "T", "ج": "J", "چ": "CH", "خ": "H", "د": "D",
    "ر": "R", "ز": "Z", "ژ": "ZH", "س": "S", "ش": "SH", "غ": "GH", "ف": "F", "ق": "Q", "ك": "K",
    "ک": "K", "گ": "G", "ڭ": "NG", "ل": "L", "م": "M", "ن": "N", "ھ": "H", "ه": "E", "و": "O",
    "ۇ": "U", "ۆ": "O", "ۈ": "U", "ۋ": "W", "ې": "E", "ى": "I", "ي": "Y", "ی": "Y", "ئ": "",
    "ء": "", "ـ": "", "\u200c": "", "\u200d": "",
}  # fmt: skip

# Latin letters with marks that stand for a digraph in passport spellings; everything else with a
# mark loses it (Pinyin tones, Ä, Ö, Ü, Ə, ...).
_SPECIAL_LATIN: dict[str, str] = {
    "Ş": "SH", "Š": "SH", "Č": "CH", "Ç": "CH", "Ž": "ZH", "Ğ": "GH", "Ñ": "NG", "Ə": "A", "Ä": "A",
    "ß": "SS", "Æ": "AE", "Ø": "O", "Ð": "D", "Þ": "TH", "Ł": "L",
}  # fmt: skip

# Surnames whose reading differs from the character's everyday one (pypinyin reads words, not names).
_SURNAME_READINGS: dict[str, str] = {
    "单": "SHAN", "曾": "ZENG", "区": "OU", "仇": "QIU", "解": "XIE", "查": "ZHA", "朴": "PIAO",
    "盖": "GE", "乐": "YUE", "覃": "QIN", "召": "SHAO", "缪": "MIAO", "翟": "ZHAI", "秘": "BI",
    "繁": "PO", "员": "YUN", "种": "CHONG", "折": "SHE", "冼": "XIAN", "洗": "XIAN", "褚": "CHU",
    "宿": "SU", "柏": "BAI", "薄": "BO", "贲": "BEN", "藏": "ZANG", "尉迟": "YUCHI", "万俟": "MOQI",
    "长孙": "ZHANGSUN",
}  # fmt: skip
# Characters that transcribed Kazakh and Uyghur names read otherwise than everyday words (阿不都 Abdu-).
_NAME_READINGS: dict[str, str] = {"都": "DU", "什": "SHI", "合": "HE", "卡": "KA", "伽": "JIA"}

_NAME_SEPARATORS = re.compile(r"[\s\-<·•・‧,._/]+")
_APOSTROPHES = re.compile(r"['’ʼ`ʻ]")  # dropped, not a word break (ICAO 9303: O'NEIL → ONEIL)
_NOT_UPPER_LATIN = re.compile(r"[^A-Z ]+")

# variant folding, in order, on compact upper-case Latin (plain replacements: fast)
_VARIANT_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    ("SHCH", "SH"), ("DZH", "J"), ("ZH", "J"), ("KH", "H"), ("GH", "G"), ("IU", "U"), ("YU", "U"),
    ("IA", "A"), ("YA", "A"), ("OE", "O"), ("UE", "U"), ("AE", "A"), ("NG", "N"), ("Q", "K"), ("Y", "I"),
)  # fmt: skip
_PINYIN_V = re.compile(r"(?<=[LN])V(?=$|[^AEIOUY])")  # Pinyin lv/nv (lü, nü), before W becomes V
_SKELETON_REPLACEMENTS: tuple[tuple[str, str], ...] = (("SH", "S"), ("CH", "S"), ("X", "S"), ("TS", "C"))
_DROP_VOWELS = str.maketrans("", "", "AEIOU")
_DOUBLED = re.compile(r"(.)\1+")
# Russian-style endings Kazakhstan adds to a father's name, and Kazakh patronymic-style surnames.
_SURNAME_ENDINGS = ("YEVA", "IEVA", "OVA", "EVA", "YEV", "IEV", "OV", "EV", "ULY", "UULU", "KYZY", "KIZI")


def script_of(text: str) -> Script:
    """The script of a name: the first letter that belongs to a script we know decides."""
    for ch in text:
        cp = ord(ch)
        if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2FA1F:
            return Script.HAN
        if 0x0400 <= cp <= 0x052F:
            return Script.CYRILLIC
        if 0x0600 <= cp <= 0x06FF or 0xFB50 <= cp <= 0xFEFF:
            return Script.ARABIC
        if ch.isalpha():
            return Script.LATIN
    return Script.LATIN


@lru_cache(maxsize=1 << 17)
def fold_latin(text: str) -> str:
    """Upper-case A-Z words separated by one space: marks, tones and separators (incl. MRZ `<`)
    gone, digraph letters (Ş, Č, Ğ, Ñ …) spelled out."""
    if text.isascii():  # most partner and MRZ Latin: no marks to fold
        t = _NAME_SEPARATORS.sub(" ", _APOSTROPHES.sub("", text.upper()))
        return " ".join(_NOT_UPPER_LATIN.sub("", t).split())
    t = unicodedata.normalize("NFC", text).upper()
    t = "".join(_SPECIAL_LATIN.get(ch, ch) for ch in t)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = _NAME_SEPARATORS.sub(" ", _APOSTROPHES.sub("", t))
    return " ".join(_NOT_UPPER_LATIN.sub("", t).split())


def cyrillic_to_icao(text: str) -> str:
    """ICAO 9303 Latin of (Kazakh or Russian) Cyrillic, words kept apart."""
    return fold_latin("".join(_ICAO.get(ch, ch) for ch in unicodedata.normalize("NFC", text).upper()))


def uyghur_to_latin(text: str) -> str:
    """Common Latin spelling of Uyghur Arabic script."""
    return fold_latin("".join(_UYGHUR.get(ch, ch) for ch in unicodedata.normalize("NFKC", text)))


@lru_cache(maxsize=65536)
def han_to_pinyin(text: str, surname: bool = False) -> str:
    """Passport Pinyin of Chinese characters: syllables run together, the middle dot of transcribed
    minority names a space, ü as U (the variant key folds LYU/LV/LU together)."""
    words: list[str] = []
    for word in _NAME_SEPARATORS.split(text):
        if not word:
            continue
        head = ""
        if surname and not words:
            head = next((h for h in (word[:2], word[:1]) if h in _SURNAME_READINGS), "")
        words.append((_SURNAME_READINGS[head] if head else "") + _word_pinyin(word[len(head) :]))
    return fold_latin(" ".join(words))


def _word_pinyin(word: str) -> str:
    from pypinyin import Style, lazy_pinyin  # imported on first use: its dictionaries take 0.2 s to load

    syllables = lazy_pinyin(word, style=Style.NORMAL, v_to_u=True, errors="ignore")
    if len(syllables) == len(word):
        syllables = [_NAME_READINGS.get(ch, syl) for ch, syl in zip(word, syllables, strict=True)]
    return "".join(syllables).upper()


def han_readings(text: str, surname: bool = False, limit: int = 4) -> list[str]:
    """Every plausible Pinyin of a name with heteronym characters (at most `limit`), the
    surname/everyday reading first: a query in characters must find a record romanised either way."""
    first = han_to_pinyin(text, surname)
    out = [first]
    chars = [ch for ch in text if script_of(ch) is Script.HAN]
    if not chars or len(chars) > 8:
        return out
    from pypinyin import Style, pinyin

    per_char = pinyin("".join(chars), style=Style.NORMAL, heteronym=True, v_to_u=True, errors="ignore")
    combos = [""]
    for options in per_char:
        combos = [c + o.upper() for c in combos for o in options[:3]][: limit * 3]
    for c in combos:
        folded = fold_latin(c)
        if folded.replace(" ", "") != first.replace(" ", "") and folded not in out:
            out.append(folded)
        if len(out) >= limit:
            break
    return out


@lru_cache(maxsize=1 << 18)
def primary_latin(text: str, surname: bool = False) -> tuple[str, str]:
    """(how, Latin) of a name part: the one rendering a stored name is indexed under."""
    script = script_of(text)
    if script is Script.HAN:
        return "pinyin", han_to_pinyin(text, surname)
    if script is Script.CYRILLIC:
        return "ICAO 9303", cyrillic_to_icao(text)
    if script is Script.ARABIC:
        return "Uyghur Latin", uyghur_to_latin(text)
    return "as written", fold_latin(text)


def to_latin(text: str, surname: bool = False) -> list[tuple[str, str]]:
    """(how, Latin) renderings of a name part in any script, the primary one first."""
    script = script_of(text)
    if script is Script.HAN:
        return [("pinyin", p) for p in han_readings(text, surname)]
    if script is Script.CYRILLIC:
        return [("ICAO 9303", cyrillic_to_icao(text))]
    if script is Script.ARABIC:
        return [("Uyghur Latin", uyghur_to_latin(text))]
    return [("as written", fold_latin(text))]


def compact(latin: str) -> str:
    """Letters only (the MRZ has no spaces inside compound names)."""
    return latin.replace(" ", "")


@lru_cache(maxsize=262144)
def variant(letters: str) -> str:
    """Compact Latin with the usual passport spelling variants folded to one spelling."""
    v = _PINYIN_V.sub("U", letters) if "V" in letters else letters
    v = v.replace("W", "V")
    for old, new in _VARIANT_REPLACEMENTS:
        if old in v:
            v = v.replace(old, new)
    return v


@lru_cache(maxsize=262144)
def skeleton(letters: str) -> str:
    """Consonant skeleton of compact Latin: the loose retrieval key."""
    s = variant(letters)
    for old, new in _SKELETON_REPLACEMENTS:
        if old in s:
            s = s.replace(old, new)
    return _DOUBLED.sub(r"\1", s.translate(_DROP_VOWELS))


@lru_cache(maxsize=65536)
def strip_surname_ending(letters: str) -> str:
    """A surname without the Russian-style or Kazakh patronymic ending (AKHMETOV → AKHMET), so the
    Kazakhstan form meets the father's name a PRC record keeps as surname."""
    for ending in _SURNAME_ENDINGS:
        if letters.endswith(ending) and len(letters) - len(ending) >= 3:
            return letters[: -len(ending)]
    return letters


@lru_cache(maxsize=1 << 16)
def surname_skeleton(surname: str) -> str:
    return skeleton(strip_surname_ending(compact(surname)))


@lru_cache(maxsize=1 << 16)
def given_skeleton(given_names: str) -> str:
    return skeleton(compact(given_names))


def name_key(surname: str, given_names: str) -> str:
    """The index key of a Latin name (any spacing): skeleton of the surname without its ending,
    then of the given names, a doubled letter where they meet merged. Built from the parts (each
    computed once: parts repeat across a registry, their combinations hardly do)."""
    s, g = surname_skeleton(surname), given_skeleton(given_names)
    if s and g and s[-1] == g[0]:
        g = g[1:]
    if len(s + g) < 2:  # (almost) all vowels, e.g. YE YI: keep the vowels, or the key says nothing
        return "~" + variant(strip_surname_ending(compact(surname))) + variant(compact(given_names))
    return s + g


def unsplit_keys(whole: str, longest: int = 40) -> set[str]:
    """Keys of every split of one run of letters into surname and given names ("ZHANGWEI" typed
    into one field), so the split the record has is among them."""
    letters = compact(whole)[:longest]
    return {name_key(letters[:i], letters[i:]) for i in range(1, len(letters))} | {name_key(letters, "")}


def hanzi_key(surname: str, given_names: str) -> str:
    """Index key of a name in Chinese characters: the characters themselves (separators dropped)."""
    return "H:" + _NAME_SEPARATORS.sub("", surname + given_names)


@lru_cache(maxsize=1 << 18)
def latin_forms(name: PersonName) -> tuple[tuple[str, str, str], ...]:
    """(how, surname, given) Latin renderings of a stored name: the partner's own Latin line, and
    our transliteration of the native script (not for Chinese characters that come with the
    partner's Pinyin: a query in characters meets the characters themselves, see `hanzi_key`)."""
    forms: list[tuple[str, str, str]] = []
    if name.latin_surname or name.latin_given_names:
        forms.append(("partner Latin", fold_latin(name.latin_surname), fold_latin(name.latin_given_names)))
    if not (forms and name.script is Script.HAN):
        how, s = primary_latin(name.surname, True)
        g = primary_latin(name.given_names)[1] if name.given_names else ""
        forms.append((how, s, g))
    if len(forms) == 2 and compact(forms[0][1] + "|" + forms[0][2]) == compact(forms[1][1] + "|" + forms[1][2]):
        forms.pop()
    return tuple(forms)


@lru_cache(maxsize=1 << 16)
def _surname_spelling(surname: str) -> str:
    return variant(strip_surname_ending(compact(surname)))


@lru_cache(maxsize=1 << 16)
def _given_spelling(given_names: str) -> str:
    return variant(compact(given_names))


def spelling_key(surname: str, given_names: str) -> str:
    """The finer key stored beside `name_key`: the spelling with variants folded but vowels kept,
    so that among many persons under one skeleton the same-spelled names are read first."""
    return _surname_spelling(surname) + "|" + _given_spelling(given_names)


def name_keys(name: PersonName) -> set[tuple[str, str]]:
    """Every (key, spelling key) of one stored name form."""
    keys = {(name_key(s, g), spelling_key(s, g)) for _, s, g in latin_forms(name)}
    if name.script is Script.HAN:
        keys.add((hanzi_key(name.surname, name.given_names), ""))
    return {k for k in keys if k[0]}
