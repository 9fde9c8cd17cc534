"""Kazakhstan documents: the passport data page (TD3) with Kazakh/Russian/English labels, names in
Cyrillic and Latin and the IIN; and the ID card (TD1), front and back stacked on one image as a
flatbed scan of both sides looks."""

from __future__ import annotations

import datetime as dt

import numpy as np

from ocr.specimens.canvas import Box, Page, Rendered
from ocr.specimens.issuance import Issue
from ocr.specimens.layout_common import (
    TD1_MM,
    TD1_MRZ_TOP_MM,
    TD3_MM,
    TD3_MRZ_TOP_MM,
    background,
    draw_ghost,
    draw_portrait,
    draw_td1_mrz,
    draw_td3_mrz,
    rounded_mask,
)
from ocr.specimens.persons import SpecimenPerson
from ocr.viz.translit import icao_latin

TITLE_INK = (20, 70, 110)
ETHNIC = {"kazakh": "ҚАЗАҚ", "uyghur": "ҰЙҒЫР", "han": "ҚЫТАЙ"}


def kaz_date(d: dt.date) -> str:
    return f"{d:%d.%m.%Y}"


def _sex(person: SpecimenPerson) -> str:
    return "ЕР/M" if person.sex == "M" else "ӘЙЕЛ/F"


def _names(person: SpecimenPerson) -> tuple[str, str, str]:
    assert person.surname_cyrillic and person.given_names_cyrillic and person.patronymic_cyrillic
    return person.surname_cyrillic.upper(), person.given_names_cyrillic.upper(), person.patronymic_cyrillic.upper()


def render_kaz_passport(person: SpecimenPerson, issue: Issue, mrz: tuple[str, ...], dpi: int) -> Rendered:
    page = Page(*TD3_MM, dpi, background("kaz_passport", TD3_MM, dpi, TD3_MRZ_TOP_MM + 1.5))
    page.text(
        62.5,
        2.0,
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ • РЕСПУБЛИКА КАЗАХСТАН • REPUBLIC OF KAZAKHSTAN",
        6.2,
        "sans_bold",
        TITLE_INK,
        anchor="ma",
        max_width_mm=114,
    )
    page.text(62.5, 6.3, "ПАСПОРТ • PASSPORT", 8, "sans_bold", TITLE_INK, anchor="ma")
    portrait_box = draw_portrait(page, person, issue.issue_date, 6.0, 14.0, 32.0, 41.0)
    draw_ghost(page, person, issue.issue_date, 101.0, 33.0, 13.0, 16.5)
    surname, given, patronymic = _names(person)

    def field(
        x: float, y: float, kk_ru: str, en: str, value: str, key: str, width: float = 26.0, pt: float = 8.0
    ) -> Box:
        return page.label_value(x, y, (kk_ru, en), value, key, "sans_bold", pt, 4.3, "sans", max_width_mm=width)

    c1, c2, c3, y, dy = 42.0, 68.0, 94.0, 12.0, 7.4
    field(c1, y, "Түрі/Тип", "Type", "P", "document_type")
    field(c2, y, "Мемлекет коды/Код государства", "Code of State", "KAZ", "issuing_state")
    field(c3, y, "Паспорт нөмірі/№ паспорта", "Passport No.", issue.document_number, "document_number", pt=8.5)
    y += dy
    box = field(c1, y, "Тегі/Фамилия", "Surname", surname, "surname", 40)
    page.value_after(box, icao_latin(surname), 8.0, "sans_bold", "surname_latin", 120.0, 4.0)
    y += dy
    box = field(c1, y, "Аты/Имя", "Given names", given, "given_names", 40)
    page.value_after(box, icao_latin(given), 8.0, "sans_bold", "given_names_latin", 120.0, 4.0)
    y += dy
    field(c1, y, "Әкесінің аты/Отчество", "Patronymic", patronymic, "patronymic", 50)
    y += dy
    field(c1, y, "Туған күні/Дата рождения", "Date of birth", kaz_date(person.birth_date), "birth_date")
    field(c2, y, "Жынысы/Пол", "Sex", _sex(person), "sex")
    y += dy
    field(c1, y, "Туған жері/Место рождения", "Place of birth", "ҚЫТАЙ/CHINA", "place_of_birth")
    field(c2, y, "ЖСН/ИИН", "IIN", person.iin, "iin", 25)
    field(c3, y, "Азаматтығы/Гражданство", "Nationality", "ҚАЗАҚСТАН/KAZAKHSTAN", "nationality")
    y += dy
    field(c1, y, "Берілген күні/Дата выдачи", "Date of issue", kaz_date(issue.issue_date), "issue_date")
    field(c2, y, "Қолданылу мерзімі/Срок действия", "Date of expiry", kaz_date(issue.expiry_date), "expiry_date")
    field(
        c3, y, "Берген орган/Орган выдачи", "Authority", f"{issue.authority[0]}/{issue.authority[2]}", "authority", 28
    )

    lines = draw_td3_mrz(page, mrz)
    w, h = page.size_px
    return Rendered(page.rgb(), np.full((h, w), 255, np.uint8), page.printed, lines, portrait_box, [[0, 0, w, h]])


def _id_front(person: SpecimenPerson, issue: Issue, dpi: int) -> tuple[Page, Box]:
    page = Page(*TD1_MM, dpi, background("kaz_id_card", TD1_MM, dpi, None))
    page.text(52.0, 1.8, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", 7.5, "sans_bold", TITLE_INK, anchor="ma")
    page.text(
        52.0,
        5.6,
        "ЖЕКЕ КУӘЛІК • УДОСТОВЕРЕНИЕ ЛИЧНОСТИ • IDENTITY CARD",
        4.6,
        "sans",
        TITLE_INK,
        anchor="ma",
        max_width_mm=62,
    )
    portrait_box = draw_portrait(page, person, issue.issue_date, 3.5, 10.5, 24.0, 31.0)
    surname, given, patronymic = _names(person)

    def field(x: float, y: float, label: str, value: str, key: str, width: float = 52.0) -> Box:
        return page.label_value(x, y, label, value, key, "sans_bold", 7.4, 4.0, "sans", max_width_mm=width)

    x, y, dy = 30.5, 9.8, 6.0
    field(x, y, "ТЕГІ / ФАМИЛИЯ / SURNAME", surname, "surname")
    y += dy
    field(x, y, "АТЫ / ИМЯ / NAME", given, "given_names")
    y += dy
    field(x, y, "ӘКЕСІНІҢ АТЫ / ОТЧЕСТВО / PATRONYMIC", patronymic, "patronymic")
    y += dy
    field(x, y, "ТУҒАН КҮНІ / ДАТА РОЖДЕНИЯ / DATE OF BIRTH", kaz_date(person.birth_date), "birth_date", 30)
    field(x + 32, y, "ЖЫНЫСЫ / ПОЛ / SEX", _sex(person), "sex", 20)
    y += dy
    field(x, y, "ЖСН / ИИН / IIN", person.iin, "iin")
    y += dy
    field(x, y, "БЕРІЛГЕН КҮНІ / ДАТА ВЫДАЧИ", kaz_date(issue.issue_date), "issue_date", 25)
    field(x + 27, y, "ҚОЛДАНЫЛУ МЕРЗІМІ / СРОК ДЕЙСТВИЯ", kaz_date(issue.expiry_date), "expiry_date", 27)
    return page, portrait_box


def _id_back(person: SpecimenPerson, issue: Issue, mrz: tuple[str, ...], dpi: int) -> tuple[Page, list[Box]]:
    page = Page(*TD1_MM, dpi, background("kaz_id_card", TD1_MM, dpi, TD1_MRZ_TOP_MM + 1.0))

    def field(x: float, y: float, label: str, value: str, key: str, width: float = 48.0) -> Box:
        return page.label_value(x, y, label, value, key, "sans_bold", 7.4, 4.0, "sans", max_width_mm=width)

    x, y, dy = 5.0, 3.5, 6.3
    field(x, y, "ТУҒАН ЖЕРІ / МЕСТО РОЖДЕНИЯ / PLACE OF BIRTH", "ҚЫТАЙ / КИТАЙ", "place_of_birth")
    y += dy
    field(x, y, "ҰЛТЫ / НАЦИОНАЛЬНОСТЬ", ETHNIC[person.ethnicity], "ethnicity")
    y += dy
    field(x, y, "БЕРГЕН ОРГАН / ОРГАН ВЫДАЧИ", f"{issue.authority[0]} / {issue.authority[1]}", "authority")
    y += dy
    field(x, y, "ҚҰЖАТ НӨМІРІ / НОМЕР ДОКУМЕНТА", issue.document_number, "document_number")
    lines = draw_td1_mrz(page, mrz)
    return page, lines


CARD_MARGIN_MM = 6.0
CARD_GAP_MM = 8.0
SCANNER_WHITE = (246, 246, 244)


def render_kaz_id_card(person: SpecimenPerson, issue: Issue, mrz: tuple[str, ...], dpi: int) -> Rendered:
    front, portrait_box = _id_front(person, issue, dpi)
    back, lines = _id_back(person, issue, mrz, dpi)
    fw, fh = front.size_px
    m = round(CARD_MARGIN_MM * dpi / 25.4)
    gap = round(CARD_GAP_MM * dpi / 25.4)
    w, h = fw + 2 * m, 2 * fh + gap + 2 * m
    rgb = np.empty((h, w, 3), np.uint8)
    rgb[:] = SCANNER_WHITE
    mask = np.zeros((h, w), np.uint8)
    radius = round(3.18 * dpi / 25.4)
    card_mask = rounded_mask(fw, fh, radius)
    for page, top in ((front, m), (back, m + fh + gap)):
        card = page.rgb()
        outside = card_mask < 255  # only the rounded corners blend with the scanner background
        alpha = (card_mask[outside].astype(np.float32) / 255)[:, None]
        white = np.asarray(SCANNER_WHITE, np.float32)
        card[outside] = (card[outside] * alpha + white * (1 - alpha)).astype(np.uint8)
        rgb[top : top + fh, m : m + fw] = card
        mask[top : top + fh, m : m + fw] = card_mask
    printed = front.shift_printed(m, m)
    printed.update(back.shift_printed(m, m + fh + gap))
    dy = m + fh + gap
    lines = [[b[0] + m, b[1] + dy, b[2] + m, b[3] + dy] for b in lines]
    pb = [portrait_box[0] + m, portrait_box[1] + m, portrait_box[2] + m, portrait_box[3] + m]
    outlines = [[m, m, m + fw, m + fh], [m, dy, m + fw, dy + fh]]
    return Rendered(rgb, mask, printed, lines, pb, outlines)
