"""Name matching on real-looking names in every script: Chinese characters against Pinyin (spaced,
run together, with tone marks, ü as U/YU/V), Kazakh Cyrillic against ICAO and the usual passport
variants, Uyghur Arabic script against Latin (and the Russian-style form Kazakhstan prints), MRZ
upper case with fillers and truncation. Every candidate says why it matched."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocr.specimens.mrz_compose import name_field
from tests.test_registry_store import ACTOR, person, version
from verification.registry import names
from verification.registry.model import Candidate, PersonName, PersonRecord, Script
from verification.registry.name_score import looks_truncated
from verification.registry.sinks import ListAuditSink
from verification.registry.specimens import generate_registry
from verification.registry.sqlite_search import swapped
from verification.registry.sqlite_store import SqliteRegistryStore

HAN = PersonName(Script.HAN, "张", "伟", "ZHANG", "WEI")
LYU = PersonName(Script.HAN, "吕", "小龙", "LYU", "XIAOLONG")
OUYANG = PersonName(Script.HAN, "欧阳", "明", "OUYANG", "MING")
KAZ_HAN = PersonName(Script.HAN, "加克斯别克", "阿依格列木", "JIAKESIBIEKE", "AYIGELIEMU")
KAZ = PersonName(Script.CYRILLIC, "Жақсыбекова", "Айгерім", "ZHAKSYBEKOVA", "AIGERIM")
KAZ_LONG = PersonName(Script.CYRILLIC, "Әбдірахманова", "Гүлсезім Ақмарал Салтанат", "ABDIRAKHMANOVA",
                      "GULSEZIM AKMARAL SALTANAT")  # fmt: skip
KAZ_TANG = PersonName(Script.CYRILLIC, "Таңатарова", "Ұлжан", "TANATAROVA", "ULZHAN")
KAZ_SMAG = PersonName(Script.CYRILLIC, "Смағұлова", "Гүлжан", "SMAGULOVA", "GULZHAN")
KAZ_TOL = PersonName(Script.CYRILLIC, "Төлеуова", "Шолпан", "TOLEUOVA", "SHOLPAN")
UYG_HAN = PersonName(Script.HAN, "艾合买提", "阿不都热依木·买买提依明", "AIHEMAITI", "ABUDUREYIMU MAIMAITIYIMING")
UYG = PersonName(Script.ARABIC, "ئەخمەت", "ئابدۇرېھىم مەمەتئىمىن", "AHMET", "ABDURIHIM MEMETIMIN")
UYG_F = PersonName(Script.ARABIC, "تۇرسۇن", "گۈلنار", "TURSUN", "GULNAR")
VOWELS = PersonName(Script.HAN, "叶", "一", "YE", "YI")

PEOPLE: dict[str, tuple[PersonName, ...]] = {
    "T000001": (HAN,),
    "T000002": (LYU,),
    "T000003": (OUYANG,),
    "T000004": (KAZ_HAN, KAZ),
    "T000005": (KAZ_LONG,),
    "T000006": (KAZ_TANG,),
    "T000007": (KAZ_SMAG,),
    "T000008": (KAZ_TOL,),
    "T000009": (UYG_HAN, UYG),
    "T000010": (UYG_F,),
    "T000011": (VOWELS,),
}


def targets() -> list[PersonRecord]:
    return [person(int(pid[1:]), names=forms) for pid, forms in PEOPLE.items()]


def birth(pid: str) -> dt.date:
    return person(int(pid[1:])).birth_date


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteRegistryStore]:
    """The people above among 1,500 generated ones, and namesakes born on other days."""
    path: Path = tmp_path_factory.mktemp("names") / "registry.sqlite3"
    namesakes = [person(900 + i, names=forms) for i, forms in enumerate(PEOPLE.values())]
    with SqliteRegistryStore(path, ListAuditSink()) as s:
        s.apply(version(1), [*targets(), *namesakes, *generate_registry(1500, seed=12)], [], [])
        yield s


def top(store: SqliteRegistryStore, surname: str, given: str, born: dt.date | None) -> list[Candidate]:
    return store.search_name(surname, given, born, ACTOR)


def assert_first(found: list[Candidate], pid: str, *hows: str) -> Candidate:
    """`pid` is ranked first (alone, or tied with namesakes: without a birth date the generated
    people include the same names) and its reasons say `hows`."""
    assert found, "nothing found"
    best = next((c for c in found if c.person.partner_id == pid and c.score == found[0].score), found[0])
    assert best.person.partner_id == pid, [(c.person.partner_id, c.score, c.reasons) for c in found[:3]]
    text = " | ".join(f"{r.field}: {r.how}" for r in best.reasons)
    for how in hows:
        assert how in text, text
    return best


# -- transliteration ---------------------------------------------------------------------------------


def test_fold_latin_removes_marks_separators_and_fillers() -> None:
    assert names.fold_latin("Zhāng  Wěi") == "ZHANG WEI"
    assert names.fold_latin("ZHANG<<WEI") == "ZHANG WEI"
    assert names.fold_latin("Nur-Sultan") == "NUR SULTAN"
    assert names.fold_latin("Şolpan Ğalym Çañ Äbdi Ölmez Üzüm ı") == "SHOLPAN GHALYM CHANG ABDI OLMEZ UZUM I"
    assert names.fold_latin("O'Neil") == "ONEIL"


def test_icao_9303_of_kazakh_cyrillic() -> None:
    assert names.cyrillic_to_icao("Жақсыбекова Айгерім") == "ZHAKSYBEKOVA AIGERIM"
    assert names.cyrillic_to_icao("Әбдірахманов") == "ABDIRAKHMANOV"
    assert names.cyrillic_to_icao("Щукина Юлия") == "SHCHUKINA IULIIA"
    assert names.cyrillic_to_icao("Нұр-Сұлтан") == "NUR SULTAN"


def test_uyghur_arabic_to_latin() -> None:
    assert names.uyghur_to_latin("ئەخمەت") == "EHMET"
    assert names.uyghur_to_latin("تۇرسۇن") == "TURSUN"
    assert names.uyghur_to_latin("گۈلنار") == "GULNAR"
    assert names.uyghur_to_latin("ئابدۇرېھىم مەمەتئىمىن") == "ABDUREHIM MEMETIMIN"
    assert names.uyghur_to_latin("قۇربان") == "QURBAN"


def test_pinyin_of_names() -> None:
    assert names.han_to_pinyin("张伟") == "ZHANGWEI"
    assert names.han_to_pinyin("吕", surname=True) == "LU"
    assert names.han_to_pinyin("曾", surname=True) == "ZENG"
    assert names.han_to_pinyin("单", surname=True) == "SHAN"
    assert names.han_to_pinyin("阿不都热依木·买买提依明") == "ABUDUREYIMU MAIMAITIYIMING"
    assert "ZENGDU" in names.han_readings("曾都")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ZHANAR", "JANAR"), ("KHADISHA", "HADISHA"), ("SHOLPAN", "ŞOLPAN"), ("SHOLPAN", "ŠOLPAN"),
        ("CHINGIZ", "ČINGIZ"), ("AIGERIM", "AYGERIM"), ("IULDUZ", "YULDUZ"), ("ZHANIA", "ZHANYA"),
        ("TOLEU", "TÖLEU"), ("TOLEU", "TOELEU"), ("GULNAR", "GÜLNAR"), ("GULNAR", "GUELNAR"),
        ("SMAGUL", "SMAĞUL"), ("SMAGUL", "SMAGHUL"), ("KANAT", "QANAT"), ("TANATAR", "TAÑATAR"),
        ("TANATAR", "TANGATAR"), ("ADILET", "ÄDILET"), ("ADILET", "AEDILET"), ("ADILET", "ƏDILET"),
        ("LYU", "LV"), ("LYU", "LÜ"), ("ENWER", "ENVER"),
    ],
)  # fmt: skip
def test_passport_spelling_variants_fold_together(a: str, b: str) -> None:
    assert names.variant(names.compact(names.fold_latin(a))) == names.variant(names.compact(names.fold_latin(b)))


def test_skeleton_keys_meet_across_traditions() -> None:
    assert names.name_key("ANVAR", "") == names.name_key("ENWER", "")
    assert names.name_key("AKHMETOV", "ABDUREKHIM") == names.name_key("AHMET", "ABDURIHIM")
    assert names.name_key("ZHAKSYBEKOVA", "AIGERIM") == names.name_key("JAKSYBEK", "AYGERIM")
    assert names.name_key("ZHANGWEI", "") == names.name_key("ZHANG", "WEI")


def test_truncation_is_recognised_at_mrz_widths() -> None:
    field = name_field("ABDIRAKHMANOVA", "GULSEZIM AKMARAL SALTANAT", 39)
    surname, given = field.split("<<", 1)
    assert len(field) == 39 and not field.endswith("<")
    assert looks_truncated(surname, given)
    assert not looks_truncated("ZHANG", "WEI")


def test_swapped_birth_date() -> None:
    assert swapped(dt.date(1980, 3, 7)) == dt.date(1980, 7, 3)
    assert swapped(dt.date(1980, 3, 17)) is None
    assert swapped(dt.date(1980, 5, 5)) is None


# -- look-ups: Chinese characters and Pinyin ------------------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "given", "how"),
    [
        ("张", "伟", "exact [Hans]"),
        ("ZHANG", "WEI", "exact"),
        ("Zhāng", "Wěi", "exact"),
        ("ZHANGWEI", "", "written as one"),
        ("张伟", "", "written as one"),
        ("ZHANG<<WEI", "", "written as one"),
        ("WEI", "ZHANG", "swapped"),
    ],
)
def test_han_name_in_characters_and_pinyin(store: SqliteRegistryStore, surname: str, given: str, how: str) -> None:
    best = assert_first(top(store, surname, given, birth("T000001")), "T000001", how)
    assert best.score >= 0.8


@pytest.mark.parametrize("surname", ["LYU", "LU", "LV", "LÜ", "Lǚ", "吕"])
def test_u_umlaut_in_pinyin(store: SqliteRegistryStore, surname: str) -> None:
    given = "小龙" if surname == "吕" else "XIAOLONG"
    assert_first(top(store, surname, given, birth("T000002")), "T000002")
    assert_first(top(store, surname, given, None), "T000002")


def test_compound_surname(store: SqliteRegistryStore) -> None:
    assert_first(top(store, "欧阳", "明", None), "T000003", "exact [Hans]")
    assert_first(top(store, "OUYANG", "MING", birth("T000003")), "T000003", "exact")
    assert_first(top(store, "欧阳明", "", birth("T000003")), "T000003", "written as one")


# -- look-ups: Kazakh ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "given", "how"),
    [
        ("Жақсыбекова", "Айгерім", "exact [Cyrl]"),
        ("ZHAKSYBEKOVA", "AIGERIM", "exact [Cyrl partner Latin]"),
        ("JAKSYBEKOVA", "AYGERIM", "variant spelling"),
        ("ZHAQSYBEKOVA", "AIGERIM", "variant spelling"),
        ("Jaqsybekova", "Aıgerım", "variant spelling"),
        ("ŽAKSYBEKOVA", "AIGERIM", "letters with marks"),
        ("加克斯别克", "阿依格列木", "exact [Hans]"),
        ("JIAKESIBIEKE", "AYIGELIEMU", "exact [Hans partner Latin]"),
    ],
)
def test_kazakh_cyrillic_icao_and_variants(store: SqliteRegistryStore, surname: str, given: str, how: str) -> None:
    assert_first(top(store, surname, given, birth("T000004")), "T000004", how)
    assert_first(top(store, surname, given, None), "T000004")


@pytest.mark.parametrize(
    ("pid", "surname", "given"),
    [
        ("T000006", "TAÑATAROVA", "ULJAN"), ("T000006", "TANGATAROVA", "ULZHAN"), ("T000006", "Таңатарова", "Ұлжан"),
        ("T000007", "SMAĞULOVA", "GÜLJAN"), ("T000007", "SMAGHULOVA", "GUELZHAN"),
        ("T000008", "TÖLEUOVA", "ŞOLPAN"), ("T000008", "TOELEUOVA", "SHOLPAN"), ("T000008", "TOLEUOVA", "ŠOLPAN"),
        ("T000005", "ÄBDIRAKHMANOVA", "GULSEZIM AKMARAL SALTANAT"),
        ("T000005", "AEBDIRAKHMANOVA", "GULSEZIM AKMARAL SALTANAT"),
    ],
)  # fmt: skip
def test_kazakh_letters_in_every_latin_tradition(
    store: SqliteRegistryStore, pid: str, surname: str, given: str
) -> None:
    assert_first(top(store, surname, given, birth(pid)), pid)
    assert_first(top(store, surname, given, None), pid)


# -- look-ups: Uyghur ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "given", "how"),
    [
        ("ئەخمەت", "ئابدۇرېھىم مەمەتئىمىن", "exact [Arab]"),
        ("AHMET", "ABDURIHIM MEMETIMIN", "exact [Arab partner Latin]"),
        ("Ahmet", "Abdurehim Memetimin", "transliteration (Uyghur Latin of the stored name)"),
        ("AKHMETOV", "ABDUREKHIM", "first 1 of 2 given names"),  # Kazakhstan's Russian-style form
        ("Ахметов", "Абдурехим", "query as ICAO 9303"),
        ("艾合买提", "阿不都热依木·买买提依明", "exact [Hans]"),
    ],
)
def test_uyghur_arabic_latin_and_kazakhstan_forms(
    store: SqliteRegistryStore, surname: str, given: str, how: str
) -> None:
    assert_first(top(store, surname, given, birth("T000009")), "T000009", how)
    assert_first(top(store, surname, given, None), "T000009")


def test_uyghur_short_name(store: SqliteRegistryStore) -> None:
    assert_first(top(store, "تۇرسۇن", "گۈلنار", birth("T000010")), "T000010", "exact [Arab]")
    assert_first(top(store, "TURSUN", "GULNAR", None), "T000010", "exact")


# -- look-ups: MRZ forms ------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [30, 39])
def test_truncated_mrz_name_still_matches(store: SqliteRegistryStore, width: int) -> None:
    field = name_field("ABDIRAKHMANOVA", "GULSEZIM AKMARAL SALTANAT", width)
    surname, given = field.rstrip("<").split("<<", 1)
    assert len(field) == width and given != "GULSEZIM<AKMARAL<SALTANAT"
    for born in (birth("T000005"), None):
        best = assert_first(top(store, surname, given, born), "T000005", "truncated (MRZ)")
        assert best.score >= 0.8


def test_mrz_compound_given_names_without_spaces(store: SqliteRegistryStore) -> None:
    assert_first(top(store, "AHMET", "ABDURIHIM<MEMETIMIN", birth("T000009")), "T000009", "exact")
    assert_first(top(store, "AHMET", "ABDURIHIMMEMETIMIN", None), "T000009", "exact")


# -- birth date, ranking, reasons -------------------------------------------------------------------------


def test_birth_date_is_a_strong_filter(store: SqliteRegistryStore) -> None:
    born = birth("T000001")
    found = top(store, "ZHANG", "WEI", born)
    assert [c.person.partner_id for c in found] == ["T000001"]  # the namesake T000900 was born another day
    other_day = born + dt.timedelta(days=400)
    assert all(c.person.partner_id != "T000001" for c in top(store, "ZHANG", "WEI", other_day))
    assert {"T000001", "T000900"} <= {c.person.partner_id for c in top(store, "ZHANG", "WEI", None)}


def test_day_and_month_swapped_is_found_at_a_penalty(store: SqliteRegistryStore) -> None:
    born = birth("T000004")
    flipped = swapped(born)
    assert flipped is not None
    best = assert_first(top(store, "ZHAKSYBEKOVA", "AIGERIM", flipped), "T000004", "day and month swapped")
    exact = top(store, "ZHAKSYBEKOVA", "AIGERIM", born)[0]
    assert best.score < exact.score


def test_fuzzy_spelling_with_birth_date(store: SqliteRegistryStore) -> None:
    best = assert_first(top(store, "ZHAKSYPEKOVA", "AIGERIN", birth("T000004")), "T000004", "fuzzy")
    assert 0.6 < best.score < 0.95


def test_every_candidate_says_why(store: SqliteRegistryStore) -> None:
    for cand in top(store, "WANG", "", None) + top(store, "AHMET", "ABDURIHIM", None):
        fields = {r.field for r in cand.reasons}
        assert "birth_date" in fields
        assert fields & {"surname", "full_name"}
        assert all(r.how for r in cand.reasons)
        assert 0 < cand.score <= 1


def test_name_of_vowels_only(store: SqliteRegistryStore) -> None:
    assert_first(top(store, "YE", "YI", None), "T000011", "exact")
    assert_first(top(store, "叶", "一", None), "T000011", "exact [Hans]")


def test_unrelated_name_finds_nobody(store: SqliteRegistryStore) -> None:
    assert top(store, "SMITH", "JOHN", birth("T000001")) == []
    assert top(store, "", "", None) == []


def test_generated_people_are_found_by_every_form(store: SqliteRegistryStore) -> None:
    rng = random.Random(4)
    records = list(generate_registry(1500, seed=12))
    misses = []
    for rec in rng.sample(records, 40):
        for name in rec.names:
            for s, g in ((name.surname, name.given_names), (name.latin_surname, name.latin_given_names)):
                ids = [c.person.partner_id for c in top(store, s, g, rec.birth_date)]
                if rec.partner_id not in ids[:1]:
                    misses.append((rec.partner_id, s, g))
    assert not misses
