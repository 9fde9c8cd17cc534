"""What an issuing office adds to a person: document numbers in each issuer's format, issue and
expiry dates, place of issue and authority, and the MRZ data they imply."""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass
from typing import Literal

from ocr.specimens.mrz_compose import MrzData
from ocr.specimens.persons import SpecimenPerson
from ocr.viz.translit import icao_latin

Kind = Literal["prc_passport", "kaz_passport", "kaz_id_card"]
KINDS: tuple[Kind, ...] = ("prc_passport", "kaz_passport", "kaz_id_card")
# A fixed "today" keeps generation deterministic; every document is valid on this date.
REFERENCE_DATE = dt.date(2025, 6, 1)

_PRC_SERIES = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # the second letter of EA1234567-style numbers (no I, O)
PRC_AUTHORITY_NIA = ("中华人民共和国国家移民管理局", "National Immigration Administration, PRC")
PRC_AUTHORITY_MPS = ("公安部出入境管理局", "Exit & Entry Administration, Ministry of Public Security")
NIA_FOUNDED = dt.date(2018, 4, 2)
KAZ_AUTHORITY = ("ҚР ІІМ", "МВД РК", "MIA RK")


@dataclass(frozen=True)
class Issue:
    """One issued document's own data (everything that is not the person)."""

    kind: Kind
    document_number: str
    issue_date: dt.date
    expiry_date: dt.date
    place_of_issue: tuple[str, str]
    authority: tuple[str, ...]
    optional_data: str


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def prc_number(rng: random.Random) -> str:
    """E + 8 digits (2012 series) or E + a letter + 7 digits (after the digits ran out)."""
    if rng.random() < 0.5:
        return "E" + "".join(rng.choices(string.digits, k=8))
    return "E" + rng.choice(_PRC_SERIES) + "".join(rng.choices(string.digits, k=7))


def prc_optional_data(rng: random.Random) -> str:
    """PRC passports fill all 14 optional-data characters (an encoded personal number), so line 2
    of their MRZ has no filler at all."""
    letters = "".join(rng.choices(string.ascii_uppercase, k=rng.randint(10, 13)))
    return letters + "".join(rng.choices(string.ascii_uppercase + string.digits, k=14 - len(letters)))


def new_issue(kind: Kind, person: SpecimenPerson, rng: random.Random, today: dt.date = REFERENCE_DATE) -> Issue:
    """Draw an issue valid on `today`: issued within its validity period, never before the age of 1."""
    earliest = max(_add_years(person.birth_date, 1), _add_years(today, -9)).toordinal()
    issue = dt.date.fromordinal(rng.randint(earliest, (today - dt.timedelta(days=20)).toordinal()))
    if kind == "prc_passport":
        years = 10 if _age_on(person.birth_date, issue) >= 16 else 5
        expiry = _add_years(issue, years) - dt.timedelta(days=1)
        if expiry <= today:  # a child's 5-year passport issued long ago: issue it later
            issue = _add_years(today, -4)
            expiry = _add_years(issue, 5) - dt.timedelta(days=1)
        place = (person.birth_place, person.birth_place_latin) if rng.random() < 0.7 else ("新疆", "XINJIANG")
        authority = PRC_AUTHORITY_NIA if issue >= NIA_FOUNDED else PRC_AUTHORITY_MPS
        return Issue(kind, prc_number(rng), issue, expiry, place, authority, prc_optional_data(rng))
    if person.surname_cyrillic is None:
        raise ValueError(f"{kind}: the person has no Cyrillic name form (Han specimens hold PRC passports only)")
    expiry = _add_years(issue, 10) - dt.timedelta(days=1)
    if kind == "kaz_passport":
        number = "N" + "".join(rng.choices(string.digits, k=8))
    else:
        number = "0" + "".join(rng.choices(string.digits, k=8))
    place = ("АСТАНА", "ASTANA") if rng.random() < 0.5 else ("АЛМАТЫ", "ALMATY")
    return Issue(kind, number, issue, expiry, place, KAZ_AUTHORITY, person.iin)


def mrz_data(person: SpecimenPerson, issue: Issue) -> MrzData:
    """The MRZ content of an issued document: PRC documents write the Pinyin of the Chinese name,
    Kazakhstan documents the ICAO transliteration of the Cyrillic one."""
    if issue.kind == "prc_passport":
        return MrzData(
            "PO",
            "CHN",
            person.surname_pinyin,
            person.given_names_pinyin,
            issue.document_number,
            "CHN",
            person.birth_date,
            person.sex,
            issue.expiry_date,
            issue.optional_data,
        )
    assert person.surname_cyrillic is not None and person.given_names_cyrillic is not None
    code = "P" if issue.kind == "kaz_passport" else "ID"
    return MrzData(
        code,
        "KAZ",
        icao_latin(person.surname_cyrillic),
        icao_latin(person.given_names_cyrillic),
        issue.document_number,
        "KAZ",
        person.birth_date,
        person.sex,
        issue.expiry_date,
        issue.optional_data,
    )
