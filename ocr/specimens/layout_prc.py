"""The data page of a PRC ordinary e-passport (2012 design): bilingual Chinese/English labels,
the name in Chinese characters and Pinyin, dates as '13 6月 /JUN 1994', TD3 MRZ."""

from __future__ import annotations

import datetime as dt

import numpy as np

from ocr.specimens.canvas import LABEL_INK, Page, Rendered
from ocr.specimens.issuance import Issue
from ocr.specimens.layout_common import TD3_MM, TD3_MRZ_TOP_MM, background, draw_ghost, draw_portrait, draw_td3_mrz
from ocr.specimens.persons import SpecimenPerson

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def prc_date(d: dt.date) -> str:
    return f"{d.day:02d} {d.month}月 /{MONTHS[d.month - 1]} {d.year}"


def render_prc_passport(person: SpecimenPerson, issue: Issue, mrz: tuple[str, ...], dpi: int) -> Rendered:
    page = Page(*TD3_MM, dpi, background("prc_passport", TD3_MM, dpi, TD3_MRZ_TOP_MM + 1.5))
    page.text(62.5, 2.2, "中华人民共和国  护照", 10, "cjk_bold", (120, 40, 60), anchor="ma")
    page.text(62.5, 7.4, "PEOPLE'S REPUBLIC OF CHINA  PASSPORT", 6, "sans_bold", (120, 40, 60), anchor="ma")
    portrait_box = draw_portrait(page, person, issue.issue_date, 6.0, 14.0, 32.0, 41.0)
    draw_ghost(page, person, issue.issue_date, 102.0, 33.0, 16.0, 20.5)

    c1, c2, c3, y, dy = 42.0, 72.0, 96.0, 12.5, 7.25
    page.label_value(c1, y, "类型/Type", "P", "document_type")
    page.label_value(c2, y, "国家码/Country Code", "CHN", "issuing_state")
    page.label_value(c3, y, "护照号/Passport No.", issue.document_number, "document_number", value_pt=8.5)
    y += dy
    box = page.label_value(c1, y, "姓/Surname", person.surname_hanzi, "surname", "cjk_bold", 8.5)
    page.value_after(box, person.surname_pinyin, 8.0, "sans_bold", "surname_latin", 120.0)
    y += dy
    box = page.label_value(
        c1, y, "名/Given names", person.given_names_hanzi, "given_names", "cjk_bold", 8.5, max_width_mm=30
    )
    page.value_after(box, person.given_names_pinyin, 8.0, "sans_bold", "given_names_latin", 120.0)
    y += dy
    page.label_value(c1, y, "性别/Sex", "男/M" if person.sex == "M" else "女/F", "sex", "cjk_bold")
    page.label_value(
        c2,
        y,
        "出生地点/Place of birth",
        f"{person.birth_place}/{person.birth_place_latin}",
        "place_of_birth",
        "cjk_bold",
        max_width_mm=26,
    )
    y += dy
    page.label_value(c1, y, "出生日期/Date of birth", prc_date(person.birth_date), "birth_date", "cjk_bold")
    y += dy
    page.label_value(
        c1,
        y,
        "签发地点/Place of issue",
        f"{issue.place_of_issue[0]}/{issue.place_of_issue[1]}",
        "place_of_issue",
        "cjk_bold",
        max_width_mm=28,
    )
    page.label_value(c2, y, "签发日期/Date of issue", prc_date(issue.issue_date), "issue_date", "cjk_bold")
    y += dy
    page.label_value(c1, y, "有效期至/Date of expiry", prc_date(issue.expiry_date), "expiry_date", "cjk_bold")
    page.label_value(c2, y, "签发机关/Authority", issue.authority[0], "authority", "cjk_bold", 7.0, max_width_mm=48)
    page.text(c2, y + 6.0, issue.authority[1], 5.0, "sans", LABEL_INK, key="authority_latin", max_width_mm=48)

    lines = draw_td3_mrz(page, mrz)
    w, h = page.size_px
    return Rendered(page.rgb(), np.full((h, w), 255, np.uint8), page.printed, lines, portrait_box, [[0, 0, w, h]])
