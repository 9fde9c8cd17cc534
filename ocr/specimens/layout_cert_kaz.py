"""The Kazakhstan certificate of termination of citizenship: an A5 portrait form with a blue frame,
Kazakh/Russian labels, the name in Cyrillic with its Latin form, dates as '12.05.2023', the
authority in Kazakh and Russian under a blue seal, and in the 2021 edition a Code 128 barcode of
the certificate number.

Editions differ only in where things are; `KazCertLayout` holds that."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ocr.specimens.canvas import LABEL_INK, Page, Rendered, rect_quad
from ocr.specimens.layout_cert_common import (
    A5_PORTRAIT_MM,
    PaperStyle,
    code128_modules,
    draw_bars,
    draw_frame,
    draw_seal,
    paper,
)
from ocr.specimens.layout_common import draw_portrait
from ocr.specimens.persons import SpecimenPerson
from ocr.viz.translit import icao_latin

BLUE = (25, 70, 125)
PAPER = PaperStyle(base=(244, 248, 250), lines=(214, 228, 238), waves=(222, 232, 226), seed=57)
TITLE_KK = "АЗАМАТТЫҚТЫ ТОҚТАТУ ТУРАЛЫ КУӘЛІК"
TITLE_RU = "СВИДЕТЕЛЬСТВО О ПРЕКРАЩЕНИИ ГРАЖДАНСТВА"
CLAUSE_KK = "Қазақстан Республикасының азаматтығы тоқтатылды."
CLAUSE_RU = "Гражданство Республики Казахстан прекращено."
PLACE_CHINA = "ҚЫТАЙ / КИТАЙ"


@dataclass(frozen=True)
class KazCertLayout:
    """Positions in mm of one edition: `rows` are the label tops of surname, given names,
    patronymic, birth date/sex and place of birth; values sit 4.2 mm under their labels."""

    edition: str
    label_x: float
    rows: tuple[float, float, float, float, float]
    sex_x: float
    number_y: float
    clause_y: float
    effect_y: float
    authority_y: float
    issue_y: float
    barcode_at: tuple[float, float, float, float] | None  # x, y, w, h
    seal_at: tuple[float, float]


EDITIONS: dict[str, KazCertLayout] = {
    "2012": KazCertLayout(
        edition="2012", label_x=50.0, rows=(49.0, 60.0, 71.0, 82.0, 93.0), sex_x=100.0, number_y=38.0,
        clause_y=107.0, effect_y=124.0, authority_y=137.0, issue_y=156.0, barcode_at=None, seal_at=(108.0, 160.0),
    ),
    "2021": KazCertLayout(
        edition="2021", label_x=50.0, rows=(46.0, 57.0, 68.0, 79.0, 90.0), sex_x=100.0, number_y=35.0,
        clause_y=104.0, effect_y=120.0, authority_y=132.0, issue_y=151.0, barcode_at=(22.0, 174.0, 60.0, 11.0),
        seal_at=(110.0, 156.0),
    ),
}  # fmt: skip


def kaz_date(d: dt.date) -> str:
    return f"{d:%d.%m.%Y}"


def sex_text(person: SpecimenPerson) -> str:
    return "ЕР / МУЖ" if person.sex == "M" else "ӘЙЕЛ / ЖЕН"


def render_kaz_certificate(
    person: SpecimenPerson,
    layout: KazCertLayout,
    number: str,
    issue_date: dt.date,
    effect_date: dt.date,
    authority: tuple[str, str],
    code_text: str | None,
    dpi: int,
) -> Rendered:
    assert person.surname_cyrillic and person.given_names_cyrillic and person.patronymic_cyrillic
    page = Page(*A5_PORTRAIT_MM, dpi, paper(A5_PORTRAIT_MM, dpi, PAPER))
    draw_frame(page, 6.0, BLUE)
    page.text(74.0, 13.0, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", 13, "sans_bold", BLUE, anchor="ma")
    page.text(74.0, 20.5, TITLE_KK, 10, "sans_bold", BLUE, anchor="ma")
    page.text(74.0, 26.0, TITLE_RU, 9, "sans_bold", BLUE, anchor="ma")
    page.text(16.0, layout.number_y, "Куәлік № / Свидетельство №", 8, "sans", LABEL_INK)
    page.text(82.0, layout.number_y - 0.8, number, 12, "sans_bold", key="certificate_number")
    portrait_box = draw_portrait(page, person, issue_date, 16.0, layout.rows[0], 28.0, 36.0)

    def field(x: float, y: float, label: str, value: str, key: str, width: float = 84.0, pt: float = 11.0) -> list[int]:
        page.text(x, y, label, 7.5, "sans", LABEL_INK)
        return page.text(x, y + 4.2, value, pt, "sans_bold", key=key, max_width_mm=width)

    lx, r = layout.label_x, layout.rows
    surname, given = person.surname_cyrillic.upper(), person.given_names_cyrillic.upper()
    box = field(lx, r[0], "Тегі / Фамилия", surname, "surname", 44)
    page.value_after(box, icao_latin(surname), 10.0, "sans_bold", "surname_latin", 136.0, 5.0)
    box = field(lx, r[1], "Аты / Имя", given, "given_names", 44)
    page.value_after(box, icao_latin(given), 10.0, "sans_bold", "given_names_latin", 136.0, 5.0)
    field(lx, r[2], "Әкесінің аты / Отчество", person.patronymic_cyrillic.upper(), "patronymic")
    field(lx, r[3], "Туған күні / Дата рождения", kaz_date(person.birth_date), "birth_date", 40)
    field(layout.sex_x, r[3], "Жынысы / Пол", sex_text(person), "sex", 38)
    field(lx, r[4], "Туған жері / Место рождения", PLACE_CHINA, "place_of_birth")

    page.text(16.0, layout.clause_y, CLAUSE_KK, 9.5, "sans")
    page.text(16.0, layout.clause_y + 5.0, CLAUSE_RU, 9.5, "sans")
    field(16.0, layout.effect_y, "Азаматтығы тоқтатылған күні / Дата прекращения гражданства",
          kaz_date(effect_date), "effect_date", 60)  # fmt: skip
    field(16.0, layout.authority_y, "Берген орган / Орган выдачи", authority[0], "authority", 116, 10.0)
    page.text(16.0, layout.authority_y + 9.6, authority[1], 10.0, "sans_bold", key="authority_ru", max_width_mm=116)
    field(16.0, layout.issue_y, "Берілген күні / Дата выдачи", kaz_date(issue_date), "issue_date", 60)
    if layout.barcode_at is not None and code_text is not None:
        bx, by, bw, bh = layout.barcode_at
        box = draw_bars(page, code128_modules(code_text), bx, by, bw, bh)
        page.printed["code"] = {"value": code_text, "box": box, "quad": rect_quad(box)}
    draw_seal(page, *layout.seal_at, 14.0, (40, 70, 170), alpha=0.5)
    w, h = page.size_px
    return Rendered(page.rgb(), np.full((h, w), 255, np.uint8), page.printed, [], portrait_box, [[0, 0, w, h]])
