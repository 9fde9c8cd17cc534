"""Synthetic people: every name, date and number is drawn from tables and a seeded generator, so
the same seed always gives the same people and no real person is described."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import asdict, dataclass
from typing import Any, Literal

from ocr.specimens import names_han, names_kazakh, names_uyghur
from ocr.specimens.iin import make_iin
from ocr.specimens.translit import pinyin
from ocr.viz.translit import icao_latin

Ethnicity = Literal["han", "kazakh", "uyghur"]
Sex = Literal["M", "F"]
ETHNICITIES: tuple[Ethnicity, ...] = ("han", "kazakh", "uyghur")

# (Chinese, Latin as PRC passports print it)
PROVINCES: tuple[tuple[str, str], ...] = (
    ("北京", "BEIJING"), ("上海", "SHANGHAI"), ("河南", "HENAN"), ("四川", "SICHUAN"),
    ("山东", "SHANDONG"), ("甘肃", "GANSU"), ("陕西", "SHAANXI"), ("湖南", "HUNAN"),
    ("江苏", "JIANGSU"), ("广东", "GUANGDONG"), ("河北", "HEBEI"), ("新疆", "XINJIANG"),
    ("浙江", "ZHEJIANG"), ("湖北", "HUBEI"), ("辽宁", "LIAONING"), ("重庆", "CHONGQING"),
)  # fmt: skip
XINJIANG = ("新疆", "XINJIANG")


@dataclass(frozen=True)
class SpecimenPerson:
    """One synthetic person and every written form of their name that a document may print.

    `surname`/`given_names` are in the native script (Chinese characters, Kazakh Cyrillic or Uyghur
    Arabic script) with `*_latin` the Latin form the person's own tradition uses. `*_hanzi` and
    `*_pinyin` are what a PRC document prints; `*_cyrillic` (None for Han) what a Kazakhstan
    document prints, its Latin line derived by ICAO transliteration."""

    person_id: str
    ethnicity: Ethnicity
    sex: Sex
    birth_date: dt.date
    birth_place: str
    birth_place_latin: str
    surname: str
    given_names: str
    surname_latin: str
    given_names_latin: str
    surname_hanzi: str
    given_names_hanzi: str
    surname_pinyin: str
    given_names_pinyin: str
    surname_cyrillic: str | None
    given_names_cyrillic: str | None
    patronymic_cyrillic: str | None
    iin: str

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["birth_date"] = self.birth_date.isoformat()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SpecimenPerson:
        kw = dict(d)
        kw["birth_date"] = dt.date.fromisoformat(d["birth_date"])
        return cls(**kw)


def _birth_date(rng: random.Random) -> dt.date:
    start = dt.date(1950, 1, 1).toordinal()
    end = dt.date(2006, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def _iin(rng: random.Random, birth: dt.date, sex: Sex) -> str:
    while True:
        iin = make_iin(birth, sex, rng.randrange(10000))
        if iin is not None:
            return iin


def _han(rng: random.Random, sex: Sex) -> dict[str, Any]:
    surname = rng.choice(names_han.SURNAMES)
    pool = names_han.GIVEN_MALE if sex == "M" else names_han.GIVEN_FEMALE
    given = "".join(rng.choice(pool) for _ in range(1 if rng.random() < 0.3 else 2))
    return {
        "surname": surname, "given_names": given,
        "surname_latin": pinyin(surname), "given_names_latin": pinyin(given),
        "surname_hanzi": surname, "given_names_hanzi": given,
        "surname_cyrillic": None, "given_names_cyrillic": None, "patronymic_cyrillic": None,
    }  # fmt: skip


def _parts(rng: random.Random, two: float, three: float) -> int:
    """How many given names: mostly one; with probability `two` two (space-separated or
    hyphenated) and `three` three (Uyghur own, father's and grandfather's names), which overflow
    the MRZ name field and exercise its truncation."""
    r = rng.random()
    return 3 if r < three else 2 if r < three + two else 1


def _kazakh(rng: random.Random, sex: Sex) -> dict[str, Any]:
    father_surname, father_given, father_hanzi = rng.choice(names_kazakh.FATHERS)
    pool = names_kazakh.GIVEN_MALE if sex == "M" else names_kazakh.GIVEN_FEMALE
    picks = rng.sample(pool, _parts(rng, 0.12, 0.0))
    joiner = rng.choice(("-", " "))
    given = joiner.join(c for c, _ in picks)
    given_hanzi = "·".join(z for _, z in picks)
    surname = father_surname if sex == "M" else father_surname + "а"
    patronymic = father_given + ("ұлы" if sex == "M" else "қызы")
    return {
        "surname": surname, "given_names": given,
        "surname_latin": icao_latin(surname), "given_names_latin": icao_latin(given),
        "surname_hanzi": father_hanzi, "given_names_hanzi": given_hanzi,
        "surname_cyrillic": surname, "given_names_cyrillic": given, "patronymic_cyrillic": patronymic,
    }  # fmt: skip


def _russian_style(stem: str, sex: Sex) -> tuple[str, str]:
    """Surname and patronymic a Kazakhstan registry forms from a Uyghur father's name."""
    soft = stem[-1] in "аеиоуыэюяь"
    base = stem.rstrip("ь")
    surname = base + ("ев" if soft else "ов") + ("" if sex == "M" else "а")
    patronymic = base + ("ев" if soft else "ов") + ("ич" if sex == "M" else "на")
    return surname, patronymic


def _uyghur(rng: random.Random, sex: Sex) -> dict[str, Any]:
    father = rng.choice(names_uyghur.GIVEN_MALE)
    pool = names_uyghur.GIVEN_MALE if sex == "M" else names_uyghur.GIVEN_FEMALE
    n = _parts(rng, 0.18, 0.12)
    picks = [p for p in rng.sample(pool, n + 1) if p != father][:n]
    surname_cyr, patronymic = _russian_style(father[2], sex)
    return {
        "surname": father[0], "given_names": " ".join(p[0] for p in picks),
        "surname_latin": father[1], "given_names_latin": " ".join(p[1] for p in picks),
        "surname_hanzi": father[3], "given_names_hanzi": "·".join(p[3] for p in picks),
        "surname_cyrillic": surname_cyr, "given_names_cyrillic": " ".join(p[2] for p in picks),
        "patronymic_cyrillic": patronymic,
    }  # fmt: skip


def random_person(rng: random.Random, ethnicity: Ethnicity | None = None, sex: Sex | None = None) -> SpecimenPerson:
    """A seeded synthetic person; `ethnicity`/`sex` pin those choices (drawn otherwise)."""
    eth: Ethnicity = ethnicity if ethnicity is not None else rng.choices(ETHNICITIES, weights=(4, 4, 2))[0]
    sexes: tuple[Sex, Sex] = ("M", "F")
    sx: Sex = sex if sex is not None else rng.choice(sexes)
    person_id = f"P{rng.getrandbits(40):010x}"
    birth = _birth_date(rng)
    names = {"han": _han, "kazakh": _kazakh, "uyghur": _uyghur}[eth](rng, sx)
    place = rng.choice(PROVINCES) if eth == "han" else (XINJIANG if rng.random() < 0.9 else ("甘肃", "GANSU"))
    return SpecimenPerson(
        person_id=person_id,
        ethnicity=eth,
        sex=sx,
        birth_date=birth,
        birth_place=place[0],
        birth_place_latin=place[1],
        surname_pinyin=pinyin(names["surname_hanzi"]),
        given_names_pinyin=pinyin(names["given_names_hanzi"]),
        iin=_iin(rng, birth, sx),
        **names,
    )
