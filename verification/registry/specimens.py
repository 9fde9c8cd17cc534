"""A synthetic PRC registry for tests, benchmarks and demos (the partner side): the specimen
factory's Han, Kazakh and Uyghur people as the partner would hold them — names in Chinese
characters with Pinyin plus the native Kazakh/Uyghur form, 18-digit resident ID numbers with their
ISO 7064 MOD 11-2 check character, ID cards and passports, citizenship histories (active, pending,
terminated with certificate) and entry/exit records at the real Kazakhstan–China crossing points,
all consistent in dates. No real person is described.

`generate_registry` streams any number of records; `record_for` gives the record of one given
`SpecimenPerson`, so specimen documents and the registry agree about the same person."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate
from operator import mul
from typing import NamedTuple, TypeVar

from ocr.specimens.issuance import NIA_FOUNDED, PRC_AUTHORITY_MPS, PRC_AUTHORITY_NIA, REFERENCE_DATE, Issue
from ocr.specimens.persons import ETHNICITIES, Ethnicity, Sex, SpecimenPerson, random_person
from ocr.viz.translit import icao_latin
from verification.registry.model import (
    BorderCrossing,
    CitizenshipState,
    CitizenshipStatus,
    Direction,
    IdentityDocument,
    PersonName,
    PersonRecord,
    Script,
)

PARTNER = "CHN"
PRC_STATE = "CHN"
T = TypeVar("T")
TODAY = REFERENCE_DATE
TERMINATION_AUTHORITY_MPS = "中华人民共和国公安部出入境管理局"
TERMINATION_AUTHORITY_NIA = "中华人民共和国国家移民管理局"
# (Kazakhstan side, PRC side): the road and rail crossings on the Kazakhstan–China border.
CROSSING_POINTS: tuple[tuple[str, str], ...] = (
    ("Khorgos", "霍尔果斯"), ("Dostyk", "阿拉山口"), ("Bakhty", "巴克图"), ("Maikapchagai", "吉木乃"),
    ("Kalzhat", "都拉塔"),
)  # fmt: skip
CROSSING_WEIGHTS = (6, 3, 2, 1, 1)

# Real 6-digit administrative division codes (first six digits of a resident ID) with the public
# security bureau that issues ID cards there.
AREAS: dict[str, tuple[tuple[str, str], ...]] = {
    "新疆": (
        ("650102", "乌鲁木齐市公安局天山区分局"), ("650104", "乌鲁木齐市公安局新市区分局"),
        ("654002", "伊宁市公安局"), ("654004", "霍尔果斯市公安局"), ("654201", "塔城市公安局"),
        ("654301", "阿勒泰市公安局"), ("652701", "博乐市公安局"), ("652301", "昌吉市公安局"),
        ("653101", "喀什市公安局"), ("654326", "吉木乃县公安局"), ("654025", "新源县公安局"),
    ),
    "北京": (("110101", "北京市公安局东城分局"), ("110105", "北京市公安局朝阳分局")),
    "上海": (("310101", "上海市公安局黄浦分局"), ("310115", "上海市公安局浦东分局")),
    "河南": (("410102", "郑州市公安局中原分局"), ("410305", "洛阳市公安局涧西分局")),
    "四川": (("510104", "成都市公安局锦江区分局"), ("510107", "成都市公安局武侯区分局")),
    "山东": (("370102", "济南市公安局历下区分局"), ("370202", "青岛市公安局市南分局")),
    "甘肃": (("620102", "兰州市公安局城关分局"), ("620402", "白银市公安局白银分局")),
    "陕西": (("610102", "西安市公安局新城分局"), ("610113", "西安市公安局雁塔分局")),
    "湖南": (("430102", "长沙市公安局芙蓉分局"),),
    "江苏": (("320102", "南京市公安局玄武分局"), ("320506", "苏州市公安局吴中分局")),
    "广东": (("440103", "广州市公安局荔湾区分局"), ("440304", "深圳市公安局福田分局")),
    "河北": (("130102", "石家庄市公安局长安分局"),),
    "浙江": (("330102", "杭州市公安局上城区分局"),),
    "湖北": (("420102", "武汉市公安局江岸区分局"),),
    "辽宁": (("210102", "沈阳市公安局和平分局"),),
    "重庆": (("500103", "重庆市公安局渝中区分局"),),
}  # fmt: skip
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_PRC_SERIES = "ABCDEFGHJKLMNPQRSTUVWXYZ"
# citizenship (active, pending, terminated) weights: renunciations are mostly Kazakhs and Uyghurs
_STATUS_WEIGHTS = {"han": (97, 1.5, 1.5), "kazakh": (78, 8, 14), "uyghur": (84, 6, 10)}
_PASSPORT_SHARE = {"han": 0.3, "kazakh": 0.75, "uyghur": 0.6}
_TRIPS = {"han": (0, 0, 0, 0, 1, 2), "kazakh": (0, 1, 2, 3, 4, 6), "uyghur": (0, 0, 1, 2, 3, 5)}
_MOD = 10**8
_MULT = 48_271_393  # coprime with 10**8: index → passport number is a bijection, so numbers never repeat


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of a PRC resident ID (GB 11643-1999)."""
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError(f"a resident ID prefix is 17 digits: {first17!r}")
    return _ID_CHECK[sum(map(mul, map(int, first17), _ID_WEIGHTS)) % 11]


def is_valid_resident_id(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and id_check_char(number[:17]) == number[17].upper()


def resident_id(area: str, birth: dt.date, sex: str, serial: int) -> str:
    """Area code, birth date, a 3-digit order number (odd for men, even for women), check char."""
    order = (serial % 500) * 2 + (1 if sex == "M" else 0)
    first17 = f"{area}{birth:%Y%m%d}{order:03d}"
    return first17 + id_check_char(first17)


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _passport_number(index: int, series: str = "E") -> str:
    code = (index * _MULT + (7 if series == "E" else 3)) % _MOD
    if series == "E" and index % 2:
        return f"E{_PRC_SERIES[code % 24]}{code // 24 % 10**7:07d}"
    return f"{series}{code:08d}"


PROVINCE_NAMES = {
    "新疆": "新疆维吾尔自治区", "北京": "北京市", "上海": "上海市", "重庆": "重庆市",
}  # fmt: skip


def names_of(p: SpecimenPerson) -> tuple[PersonName, ...]:
    """The partner's name forms: Chinese characters with Pinyin, then the native form."""
    han = PersonName(Script.HAN, p.surname_hanzi, p.given_names_hanzi, p.surname_pinyin, p.given_names_pinyin)
    if p.ethnicity == "kazakh" and p.surname_cyrillic and p.given_names_cyrillic:
        cyr = (p.surname_cyrillic, p.given_names_cyrillic)
        return han, PersonName(Script.CYRILLIC, *cyr, icao_latin(cyr[0]), icao_latin(cyr[1]))
    if p.ethnicity == "uyghur":
        return han, PersonName(Script.ARABIC, p.surname, p.given_names, p.surname_latin, p.given_names_latin)
    return (han,)


class _Draw:
    """Fast draws from one seeded generator (`random.choices`/`randrange` cost microseconds each,
    and a million records make hundreds of millions of draws)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.r = rng.random

    def below(self, n: int) -> int:
        return int(self.r() * n)

    def day(self, start: dt.date, end: dt.date) -> dt.date:
        a, b = start.toordinal(), end.toordinal()
        return dt.date.fromordinal(a + int(self.r() * (b - a + 1))) if b > a else start

    def pick(self, items: tuple[T, ...], cumulative: tuple[float, ...] | None = None) -> T:
        if cumulative is None:
            return items[int(self.r() * len(items))]
        x = self.r() * cumulative[-1]
        for item, c in zip(items, cumulative, strict=True):
            if x < c:
                return item
        return items[-1]


def _cumulative(weights: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(accumulate(weights))


_CROSSING_CUM = _cumulative(CROSSING_WEIGHTS)
_STATES = (CitizenshipState.ACTIVE, CitizenshipState.RENUNCIATION_PENDING, CitizenshipState.TERMINATED)
_STATE_CUM = {eth: _cumulative(w) for eth, w in _STATUS_WEIGHTS.items()}
_POINTS = tuple(f"{kz} / {cn}" for kz, cn in CROSSING_POINTS)


def _status(who: _Who, d: _Draw, state: CitizenshipState) -> tuple[CitizenshipStatus, ...]:
    active = CitizenshipStatus(CitizenshipState.ACTIVE, who.birth)
    if state is CitizenshipState.ACTIVE:
        return (active,)
    adult = max(_add_years(who.birth, 18), dt.date(2012, 1, 1))
    filed = d.day(max(adult, TODAY - dt.timedelta(days=900)), TODAY - dt.timedelta(days=30))
    province = PROVINCE_NAMES.get(who.place[0], who.place[0] + "省")
    office = f"{province}公安厅出入境管理局" if province.endswith(("省", "区")) else f"{province}公安局出入境管理局"
    pending = CitizenshipStatus(
        CitizenshipState.RENUNCIATION_PENDING, filed, f"SQ{filed:%Y}{d.below(10**6):06d}", office
    )
    if state is CitizenshipState.RENUNCIATION_PENDING:
        return active, pending
    done = min(filed + dt.timedelta(days=60 + d.below(340)), TODAY - dt.timedelta(days=1))
    authority = TERMINATION_AUTHORITY_NIA if done >= NIA_FOUNDED else TERMINATION_AUTHORITY_MPS
    terminated = CitizenshipStatus(CitizenshipState.TERMINATED, done, f"TJ{done:%Y}{d.below(10**6):06d}", authority)
    return active, pending, terminated


def _id_card(who: _Who, d: _Draw, area: tuple[str, str], pid: str) -> IdentityDocument | None:
    sixteen = _add_years(who.birth, 16)
    if sixteen > TODAY:
        return None
    issued = d.day(max(sixteen, _add_years(TODAY, -19)), TODAY - dt.timedelta(days=10))
    age = issued.year - who.birth.year
    years = 10 if age < 26 else 20 if age < 46 else 0  # from 46 on the card is long-term (长期): no expiry
    expiry = _add_years(issued, years) if years else None
    while expiry is not None and expiry <= TODAY:
        issued, expiry = _add_years(issued, years), _add_years(expiry, years)
    return IdentityDocument("id_card", pid, PRC_STATE, area[1], issued, expiry)


def _passports(who: _Who, d: _Draw, index: int, passport: Issue | None) -> list[IdentityDocument]:
    """An expired earlier passport for some, then the current one (the specimen's when given)."""
    if passport is not None:
        current = IdentityDocument(
            "passport", passport.document_number, PRC_STATE, passport.authority[0], passport.issue_date,
            passport.expiry_date,
        )  # fmt: skip
        issued = passport.issue_date
    else:
        issued = d.day(max(_add_years(who.birth, 1), _add_years(TODAY, -9)), TODAY - dt.timedelta(days=20))
        years = 10 if issued.year - who.birth.year >= 16 else 5
        expiry = _add_years(issued, years) - dt.timedelta(days=1)
        if expiry <= TODAY:
            issued = _add_years(TODAY, -4)
            expiry = _add_years(issued, 5) - dt.timedelta(days=1)
        authority = PRC_AUTHORITY_NIA[0] if issued >= NIA_FOUNDED else PRC_AUTHORITY_MPS[0]
        current = IdentityDocument("passport", _passport_number(index), PRC_STATE, authority, issued, expiry)
    old_issue = _add_years(issued, -10)
    if old_issue >= _add_years(who.birth, 16) and old_issue.year >= 2000 and d.r() < 0.35:
        old = IdentityDocument(
            "passport", _passport_number(index, "G"), PRC_STATE, PRC_AUTHORITY_MPS[0], old_issue,
            issued - dt.timedelta(days=1),
        )  # fmt: skip
        return [old, current]
    return [current]


def _crossing_time(d: _Draw, day: dt.date) -> dt.datetime:
    # ports open about 09:00–19:00 Beijing time (UTC+8)
    return dt.datetime(day.year, day.month, day.day, 1 + d.below(10), d.below(60), d.below(60), tzinfo=dt.UTC)


def _crossings(
    who: _Who, d: _Draw, passports: list[IdentityDocument], status: tuple[CitizenshipStatus, ...]
) -> list[BorderCrossing]:
    """Trips out to Kazakhstan and back on the passport valid at the time; after a termination the
    person is a foreigner and crosses on a Kazakhstan passport."""
    out: list[BorderCrossing] = []
    end_prc = status[-1].since if status[-1].state is CitizenshipState.TERMINATED else TODAY
    trips = d.pick(_TRIPS[who.ethnicity])
    for doc in passports:
        if not trips or doc.issue_date is None or doc.expiry_date is None:
            continue
        last = min(doc.expiry_date, end_prc, TODAY) - dt.timedelta(days=3)
        day = doc.issue_date + dt.timedelta(days=5 + d.below(55))
        while trips and day < last:
            point = d.pick(_POINTS, _CROSSING_CUM)
            out.append(BorderCrossing(_crossing_time(d, day), point, Direction.EXIT, doc.number, PRC_STATE))
            back = day + dt.timedelta(days=3 + d.below(57))
            if back >= last:  # still abroad (or left for good before the passport lapsed)
                break
            out.append(BorderCrossing(_crossing_time(d, back), point, Direction.ENTRY, doc.number, PRC_STATE))
            trips -= 1
            day = back + dt.timedelta(days=20 + d.below(380))
    if end_prc < TODAY - dt.timedelta(days=60) and d.r() < 0.4:
        visit = d.day(end_prc + dt.timedelta(days=30), TODAY - dt.timedelta(days=30))
        kaz = f"N{d.below(10**8):08d}"
        point = d.pick(_POINTS, _CROSSING_CUM)
        out.append(BorderCrossing(_crossing_time(d, visit), point, Direction.ENTRY, kaz, "KAZ"))
        back = visit + dt.timedelta(days=2 + d.below(18))
        out.append(BorderCrossing(_crossing_time(d, back), point, Direction.EXIT, kaz, "KAZ"))
    return out


def _partner_id(index: int) -> str:
    return f"CN{(index * 7_919_031 + 104_729) % 10**12:012d}"


class _Who(NamedTuple):
    """What the registry needs of a person (a SpecimenPerson, or a recombined template)."""

    ethnicity: str
    sex: str
    birth: dt.date
    place: tuple[str, str]
    names: tuple[PersonName, ...]


def _build(
    who: _Who,
    d: _Draw,
    index: int,
    status: CitizenshipState | CitizenshipStatus | None = None,
    passport: Issue | None = None,
) -> PersonRecord:
    area = d.pick(AREAS.get(who.place[0], AREAS["新疆"]))
    pid = resident_id(area[0], who.birth, who.sex, d.below(500))
    if isinstance(status, CitizenshipStatus):
        drawn = _status(who, d, status.state) if status.state is not CitizenshipState.ACTIVE else (status,)
        history = (*drawn[:-1], status)
    else:
        state = status
        if state is None:
            adult = _add_years(who.birth, 18) <= TODAY - dt.timedelta(days=60)
            state = d.pick(_STATES, _STATE_CUM[who.ethnicity]) if adult else CitizenshipState.ACTIVE
        history = _status(who, d, state)
    card = _id_card(who, d, area, pid)
    passports = _passports(who, d, index, passport) if passport or d.r() < _PASSPORT_SHARE[who.ethnicity] else []
    crossings = _crossings(who, d, passports, history) if passports else []
    crossings.sort(key=_time_of)
    return PersonRecord(
        partner_id=_partner_id(index),
        partner_state=PARTNER,
        sex=who.sex,
        birth_date=who.birth,
        birth_place=who.place[0],
        birth_place_latin=who.place[1],
        personal_id=pid,
        names=who.names,
        documents=((card,) if card else ()) + tuple(passports),
        citizenship=history,
        crossings=tuple(crossings),
    )


def _time_of(c: BorderCrossing) -> dt.datetime:
    return c.time


def record_for(
    person: SpecimenPerson,
    rng: random.Random,
    *,
    status: CitizenshipState | CitizenshipStatus | None = None,
    passport: Issue | None = None,
    photos: bool = False,
) -> PersonRecord:
    """The registry record of one specimen person. Pass the specimen passport's `Issue` (from
    `ocr.specimens.issuance.new_issue`) so the registry holds that exact passport, and a status
    (e.g. the `CitizenshipStatus` printed on a specimen certificate) to pin the history's end."""
    who = _Who(person.ethnicity, person.sex, person.birth_date, (person.birth_place, person.birth_place_latin),
               names_of(person))  # fmt: skip
    rec = _build(who, _Draw(rng), rng.getrandbits(40), status, passport)
    return with_photo(rec) if photos else rec


# -- photos ---------------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _base_portrait(slot: int, sex: str) -> bytes:
    from io import BytesIO

    from PIL import Image

    from ocr.specimens.portrait import portrait

    rgb = portrait(f"registry-portrait-{slot}", sex, 40, 300, 400)
    buf = BytesIO()
    Image.fromarray(rgb).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def portrait_jpeg(partner_id: str, sex: str) -> bytes:
    """A ~15 KB passport-style JPEG for a person: one of a few drawn faces, made unique to the
    person by a JPEG comment (so each photo has its own SHA-256, as real photos do)."""
    slot = int(hashlib.sha256(partner_id.encode()).hexdigest()[:4], 16) % 12
    base = _base_portrait(slot, "F" if sex == "F" else "M")
    comment = f"tekseru specimen {partner_id}".encode()
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return base[:2] + segment + base[2:]


def with_photo(rec: PersonRecord) -> PersonRecord:
    return replace(rec, photo_sha256=hashlib.sha256(portrait_jpeg(rec.partner_id, rec.sex)).hexdigest())


def photos_of(records: list[PersonRecord]) -> Iterator[tuple[str, bytes]]:
    """(sha256, bytes) of every photo the records refer to, as a package carries them."""
    for rec in records:
        if rec.photo_sha256 is not None:
            yield rec.photo_sha256, portrait_jpeg(rec.partner_id, rec.sex)


# -- the whole registry ---------------------------------------------------------------------------


_BLOCK = 1024
_TEMPLATES = 3000  # specimen persons per (ethnicity, sex) whose name halves are recombined


class _Halves(NamedTuple):
    """One specimen person's surname side and given-name side, per script (native, Latin)."""

    place: tuple[str, str]
    surname: tuple[tuple[str, str], ...]  # Hans, then Cyrl or Arab
    given: tuple[tuple[str, str], ...]


@lru_cache(maxsize=8)
def _templates(seed: int, ethnicity: Ethnicity, sex: Sex) -> tuple[_Halves, ...]:
    rng = random.Random(f"registry-templates-{seed}-{ethnicity}-{sex}")
    out = []
    for _ in range(_TEMPLATES):
        p = random_person(rng, ethnicity, sex)
        native = names_of(p)
        out.append(_Halves((p.birth_place, p.birth_place_latin), tuple((n.surname, n.latin_surname) for n in native),
                           tuple((n.given_names, n.latin_given_names) for n in native)))  # fmt: skip
    return tuple(out)


_SCRIPTS = {"han": (Script.HAN,), "kazakh": (Script.HAN, Script.CYRILLIC), "uyghur": (Script.HAN, Script.ARABIC)}


def _recombined(seed: int, d: _Draw) -> _Who:
    """A person whose surname side comes from one specimen and given-name side from another of
    the same ethnicity and sex: the factory's name distribution at a fraction of its cost."""
    eth: Ethnicity = d.pick(ETHNICITIES, _ETHNICITY_CUM)
    sex: Sex = "M" if d.r() < 0.5 else "F"
    pool = _templates(seed, eth, sex)
    a, b = pool[d.below(len(pool))], pool[d.below(len(pool))]
    names = tuple(
        PersonName(script, s[0], g[0], s[1], g[1])
        for script, s, g in zip(_SCRIPTS[eth], a.surname, b.given, strict=True)
    )
    birth = dt.date.fromordinal(_BIRTH_FIRST + d.below(_BIRTH_SPAN))
    return _Who(eth, sex, birth, a.place, names)


_ETHNICITY_CUM = _cumulative((4, 4, 2))
_BIRTH_FIRST = dt.date(1950, 1, 1).toordinal()
_BIRTH_SPAN = dt.date(2006, 12, 31).toordinal() - _BIRTH_FIRST + 1


def generate_registry(n: int, seed: int, photos: bool = False, start: int = 0) -> Iterator[PersonRecord]:
    """Records `start` … `start + n - 1` of the registry drawn from `seed`, streamed: record i is
    the same whatever `n` and `start`, so a delta can rewrite exactly the records it names. With
    `photos`, records carry `photo_sha256` (their bytes: `photos_of`)."""
    index = start - start % _BLOCK
    end = start + n
    while index < end:
        d = _Draw(random.Random(seed * 1_000_003 + index // _BLOCK))
        for i in range(index, min(index + _BLOCK, end)):
            rec = _build(_recombined(seed, d), d, i)
            if i >= start:
                yield with_photo(rec) if photos else rec
        index += _BLOCK
