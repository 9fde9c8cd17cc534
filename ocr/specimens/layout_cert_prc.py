"""The PRC certificate of renunciation of nationality (中华人民共和国退出中国国籍证书): an A5 landscape
form with a red frame, the name in Chinese characters and Pinyin, dates as '2023年5月12日', the
issuing authority under a red seal, and in the 2019 edition a QR code and an English subtitle.

Editions differ only in where things are; `PrcCertLayout` holds that, so a test can print an
edition no template describes yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ocr.specimens.canvas import LABEL_INK, Page, Rendered, rect_quad
from ocr.specimens.layout_cert_common import (
    A5_LANDSCAPE_MM,
    PaperStyle,
    draw_frame,
    draw_matrix,
    draw_seal,
    paper,
    qr_modules,
)
from ocr.specimens.layout_common import draw_portrait
from ocr.specimens.persons import SpecimenPerson

RED = (140, 25, 35)
PAPER = PaperStyle(base=(251, 246, 236), lines=(240, 222, 214), waves=(238, 214, 206), seed=86)
TITLE = "中华人民共和国退出中国国籍证书"
SUBTITLE = "CERTIFICATE OF RENUNCIATION OF CHINESE NATIONALITY"
CLAUSE = "根据《中华人民共和国国籍法》第十条、第十一条的规定，准予退出中国国籍。"


@dataclass(frozen=True)
class PrcCertLayout:
    """Positions in mm of one edition. `rows` are the y of the five labelled rows (name, Pinyin,
    sex/birth date, place of birth, date of effect); `number_at`/`qr_at` None leave them out."""

    edition: str
    title: str
    subtitle: str | None
    label_x: float
    value_x: float
    rows: tuple[float, float, float, float, float]
    birth_label_x: float
    birth_value_x: float
    clause_y: float
    authority_at: tuple[float, float]  # label x, y; the value follows at +26 mm, the issue date 10 mm below
    number_at: tuple[float, float]  # label x, y; the value at +18 mm
    qr_at: tuple[float, float, float] | None  # x, y, size
    seal_at: tuple[float, float]


EDITIONS: dict[str, PrcCertLayout] = {
    "2004": PrcCertLayout(
        edition="2004", title=TITLE, subtitle=None, label_x=58.0, value_x=86.0,
        rows=(46.0, 56.5, 67.0, 77.5, 108.0), birth_label_x=118.0, birth_value_x=144.0, clause_y=93.0,
        authority_at=(118.0, 118.0), number_at=(18.0, 126.0), qr_at=None, seal_at=(163.0, 121.0),
    ),
    "2019": PrcCertLayout(
        edition="2019", title=TITLE, subtitle=SUBTITLE, label_x=60.0, value_x=88.0,
        rows=(44.0, 54.0, 64.0, 74.0, 106.0), birth_label_x=120.0, birth_value_x=146.0, clause_y=90.0,
        authority_at=(120.0, 118.0), number_at=(146.0, 32.0), qr_at=(20.0, 100.0, 24.0), seal_at=(167.0, 122.0),
    ),
}  # fmt: skip


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def hanzi_name(person: SpecimenPerson) -> str:
    """Han names run surname first with no separator; transcribed minority names are written given
    name first, parts joined by the middle dot."""
    if person.ethnicity == "han":
        return person.surname_hanzi + person.given_names_hanzi
    return f"{person.given_names_hanzi}·{person.surname_hanzi}"


def pinyin_name(person: SpecimenPerson) -> str:
    if person.ethnicity == "han":
        return f"{person.surname_pinyin} {person.given_names_pinyin}"
    return f"{person.given_names_pinyin} {person.surname_pinyin}"


def render_prc_certificate(
    person: SpecimenPerson,
    layout: PrcCertLayout,
    number: str,
    issue_date: dt.date,
    effect_date: dt.date,
    authority: str,
    code_text: str | None,
    dpi: int,
) -> Rendered:
    page = Page(*A5_LANDSCAPE_MM, dpi, paper(A5_LANDSCAPE_MM, dpi, PAPER))
    draw_frame(page, 7.0, RED)
    page.text(105.0, 14.0, layout.title, 20, "cjk_bold", RED, anchor="ma")
    if layout.subtitle:
        page.text(105.0, 25.5, layout.subtitle, 7.5, "sans_bold", RED, anchor="ma")
    portrait_box = draw_portrait(page, person, issue_date, 20.0, 42.0, 30.0, 40.0)

    lx, vx = layout.label_x, layout.value_x
    r = layout.rows
    page.text(lx, r[0], "姓　　名", 11, "cjk_bold", LABEL_INK)
    page.text(vx, r[0] - 0.6, hanzi_name(person), 12.5, "cjk_bold", key="name", max_width_mm=92)
    page.text(lx, r[1], "拼　　音", 11, "cjk_bold", LABEL_INK)
    page.text(vx, r[1], pinyin_name(person), 10.5, "sans_bold", key="name_latin", max_width_mm=92)
    page.text(lx, r[2], "性　　别", 11, "cjk_bold", LABEL_INK)
    page.text(vx, r[2] - 0.6, "男" if person.sex == "M" else "女", 12.5, "cjk_bold", key="sex")
    page.text(layout.birth_label_x, r[2], "出生日期", 11, "cjk_bold", LABEL_INK)
    page.text(layout.birth_value_x, r[2] - 0.4, cn_date(person.birth_date), 11.5, "cjk_bold", key="birth_date")
    page.text(lx, r[3], "出 生 地", 11, "cjk_bold", LABEL_INK)
    page.text(vx, r[3] - 0.6, person.birth_place, 12.5, "cjk_bold", key="place_of_birth")
    page.text(lx, layout.clause_y, CLAUSE, 10, "cjk", max_width_mm=132)
    page.text(lx, r[4], "退籍生效日期", 11, "cjk_bold", LABEL_INK)
    page.text(vx + 8.0, r[4] - 0.4, cn_date(effect_date), 11.5, "cjk_bold", key="effect_date")

    ax, ay = layout.authority_at
    page.text(ax, ay, "签发机关", 11, "cjk_bold", LABEL_INK)
    page.text(ax + 26.0, ay - 0.4, authority, 10.5, "cjk_bold", key="authority", max_width_mm=50)
    page.text(ax, ay + 10.0, "签发日期", 11, "cjk_bold", LABEL_INK)
    page.text(ax + 26.0, ay + 9.6, cn_date(issue_date), 11.5, "cjk_bold", key="issue_date")

    nx, ny = layout.number_at
    page.text(nx, ny, "编号 No.", 10, "cjk_bold", LABEL_INK)
    page.text(nx + 18.0, ny - 0.3, number, 11, "sans_bold", key="certificate_number")
    if layout.qr_at is not None and code_text is not None:
        qx, qy, size = layout.qr_at
        box = draw_matrix(page, qr_modules(code_text), qx, qy, size)
        page.printed["code"] = {"value": code_text, "box": box, "quad": rect_quad(box)}
    draw_seal(page, *layout.seal_at, 15.0, (205, 30, 40))
    w, h = page.size_px
    return Rendered(page.rgb(), np.full((h, w), 255, np.uint8), page.printed, [], portrait_box, [[0, 0, w, h]])
