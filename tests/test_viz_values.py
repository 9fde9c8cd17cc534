"""From what Tesseract reads to what a field says: dates in each document's format, closed
vocabularies, script lookalikes, IIN check digits, and names checked against their Latin form."""

from __future__ import annotations

import datetime as dt

import pytest

from ocr.specimens.iin import make_iin
from ocr.specimens.translit import PINYIN
from ocr.templates import Choice, FieldSpec, Fix
from ocr.viz.agreement import repair, rule
from ocr.viz.tesseract_lines import Glyph
from ocr.viz.translit import hanzi_for, icao_latin, pinyin_fits, pinyin_groups, readings
from ocr.viz.translit import icao_latin as cyrillic_to_latin
from ocr.viz.values import clean, date_whitelist, format_date, iin_ok, parse_date, skeleton


def _spec(**kw: object) -> FieldSpec:
    base: dict[str, object] = {"name": "f", "box": (0.0, 0.0, 10.0, 3.0), "lang": "eng"}
    base.update(kw)
    return FieldSpec(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "fmt", "want"),
    [
        ("30 8月 /AUG 1955", "DD M月 /MON YYYY", dt.date(1955, 8, 30)),
        ("2810月/0CT2018", "DD M月 /MON YYYY", dt.date(2018, 10, 28)),  # spaces lost, O read as 0
        ("05J月/JAN2025", "DD M月 /MON YYYY", dt.date(2025, 1, 5)),  # month digit unreadable: the name decides
        ("18.01.1958", "DD.MM.YYYY", dt.date(1958, 1, 18)),
        ("18,01.1958", "DD.MM.YYYY", dt.date(1958, 1, 18)),
        ("1990年8月1日", "YYYY年M月D日", dt.date(1990, 8, 1)),
        ("2023年12月31日", "YYYY年M月D日", dt.date(2023, 12, 31)),
    ],
)
def test_dates_parse_in_their_printed_format(text: str, fmt: str, want: dt.date) -> None:
    day, _ = parse_date(text, fmt)
    assert day == want


def test_dates_are_printed_back_canonically() -> None:
    d = dt.date(2022, 10, 5)
    assert format_date(d, "DD M月 /MON YYYY") == "05 10月 /OCT 2022"
    assert format_date(d, "YYYY年M月D日") == "2022年10月5日"
    assert format_date(d, "DD.MM.YYYY") == "05.10.2022"
    assert set(date_whitelist("DD.MM.YYYY")) == set("0123456789.")


def test_impossible_dates_are_refused_not_guessed() -> None:
    assert parse_date("31.02.2001", "DD.MM.YYYY")[0] is None
    c = clean("31.02.2001", 0.9, _spec(type="date", date_format="DD.MM.YYYY"))
    assert c.value == "" and c.problems and c.confidence < 0.5


def test_a_choice_is_matched_across_lookalike_scripts() -> None:
    spec = _spec(type="choice", lang="kaz+rus", choices=(Choice("ҚАЗАҚСТАН/KAZAKHSTAN", "KAZ"),))
    c = clean("ҚАЗАҚСТАН/КАZАКНSТАN", 0.9, spec)
    assert (c.text, c.value) == ("ҚАЗАҚСТАН/KAZAKHSTAN", "KAZ")
    assert c.notes  # the change is recorded


def test_a_reading_unlike_every_choice_is_flagged() -> None:
    spec = _spec(type="choice", choices=(Choice("男", "M"), Choice("女", "F")), lang="chi_sim")
    c = clean("妇人", 0.9, spec)
    assert c.value == "" and c.problems


def test_cyrillic_fields_get_cyrillic_lookalikes() -> None:
    spec = _spec(type="name", lang="kaz+rus", case="upper")
    assert clean("ACKAP", 0.9, spec).text == "АСКАР"
    latin = _spec(type="name", lang="eng", case="upper")
    assert clean("АSКАR", 0.9, latin).text == "ASKAR"


def test_fixes_and_known_values() -> None:
    spec = _spec(type="name", lang="kaz+rus", case="upper", fixes=(Fix("КЫЗЫ$", "ҚЫЗЫ"),))
    assert clean("СЕРІКБАЙКЫЗЫ", 0.9, spec).text == "СЕРІКБАЙҚЫЗЫ"
    place = _spec(type="text", lang="kaz+rus", case="upper", known=("ҚЫТАЙ / КИТАЙ",))
    assert clean("КЫТАЙ / КИТАЙ", 0.9, place).text == "ҚЫТАЙ / КИТАЙ"
    assert clean("РЕСЕЙ", 0.9, place).text == "РЕСЕЙ"  # not a lookalike of a known value: kept


def test_iin_check_digit() -> None:
    iin = make_iin(dt.date(1974, 5, 15), "M", 3982)
    assert iin is not None and iin_ok(iin)
    wrong = iin[:-1] + str((int(iin[-1]) + 1) % 10)
    assert not iin_ok(wrong)
    c = clean(wrong, 0.9, _spec(type="number", check="iin", pattern=r"^\d{12}$"))
    assert "IIN check digit fails" in c.problems


def test_skeleton_folds_kazakh_and_lookalikes() -> None:
    assert skeleton("ҚР ІІМ/MIA RK") == skeleton("КР IIM / MIA RK") == "KPIIMMIARK"
    assert skeleton("ӘЙЕЛ / ЖЕН") == skeleton("АЙЕЛ/ЖЕН")


def test_icao_transliteration_matches_the_factory() -> None:
    for name in ("Нұрсұлтан", "Әсел", "Жақсылық", "Гүлсезім", "Ербол-Шаңғыт", "Щукин", "Юлия"):
        assert icao_latin(name) == cyrillic_to_latin(name)


def test_every_factory_pinyin_is_a_reading() -> None:
    assert all(p in readings(ch) for ch, p in PINYIN.items())


@pytest.mark.parametrize(
    ("hanzi", "latin", "fits"),
    [
        ("欧阳", "OUYANG", True),
        ("汪丹慧", "WANG DANHUI", True),  # a Han name: no dot, spaces ignored
        ("阿布赖·伊萨", "ABULAI YISA", True),
        ("阿布赖伊萨", "ABULAI YISA", True),
        ("阿布赖·伊萨", "ABULAIYISA", False),  # a dot must match a word break
        ("吕", "LYU", True),
        ("娜菩", "NAYAN", False),
    ],
)
def test_pinyin_fits(hanzi: str, latin: str, fits: bool) -> None:
    assert pinyin_fits(hanzi, latin) is fits


def test_pinyin_groups_cut_at_word_breaks() -> None:
    assert pinyin_groups("努尔古丽萨尔塔娜提", "NUERGULI SAERTANATI") == ["努尔古丽", "萨尔塔娜提"]
    assert pinyin_groups("努尔古丽萨尔塔娜提", "NUERGULI") is None


def test_hanzi_for_lists_only_fitting_characters() -> None:
    allowed = hanzi_for("YIXIN")
    assert "毅" in allowed and "鑫" in allowed and "厌" not in allowed
    assert hanzi_for("QWRTY") == ""


def _glyph(text: str, *choices: tuple[str, float]) -> Glyph:
    return Glyph(text, 0.5, (0, 0, 1, 1), ((text, 0.5), *choices))


def test_repair_takes_a_runner_up_that_spells_the_latin() -> None:
    glyphs = [_glyph("肯"), _glyph("杰"), _glyph("辞", ("拜", 0.3))]
    assert repair(glyphs, "KENJIEBAI", rule("pinyin"), lambda t: t) == "肯杰拜"


def test_repair_drops_a_character_read_twice() -> None:
    glyphs = [_glyph("胡"), _glyph("达"), _glyph("和"), _glyph("拜"), _glyph("尔"), _glyph("根")]
    glyphs[2] = Glyph("和", 0.1, (0, 0, 1, 1), (("和", 0.1),))
    assert repair(glyphs, "HUDABAIERGEN", rule("pinyin"), lambda t: t) == "胡达拜尔根"


def test_repair_gives_up_rather_than_invent() -> None:
    assert repair([_glyph("张"), _glyph("伟")], "LI MING", rule("pinyin"), lambda t: t) is None
    cyr = [_glyph("Б"), _glyph("О", ("Ө", 0.4)), _glyph("Л"), _glyph("А"), _glyph("Т")]
    assert repair(cyr, "SERIK", rule("icao_cyrillic"), lambda t: t) is None


def test_shape_spelling_copes_with_nothing_to_spell() -> None:
    import numpy as np

    from ocr.viz.hanzi_match import shape_score, spell_by_shape

    blank = np.full((40, 120), 255, np.uint8)
    assert spell_by_shape(blank, "ZHANG") is None
    ink = blank.copy()
    ink[10:30, 20:40] = 0
    assert spell_by_shape(ink, "") is None and spell_by_shape(ink, "  ") is None
    assert shape_score(ink, "", "张") == 0.0


def test_lookalike_letters_and_digits_follow_the_number_format() -> None:
    spec = _spec(type="number", pattern="^[A-Z]{2}[0-9]{9}$")
    c = clean("2J201281846", 0.9, spec)
    assert c.text == "ZJ201281846" and not c.problems and c.notes
    assert clean("D201213752", 0.9, spec).problems  # a letter is missing: flagged, not invented
