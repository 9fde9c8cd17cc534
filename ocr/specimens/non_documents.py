"""Pages that are not identity documents, for page-kind tests and benchmarks: a blank sheet, sensor
noise, a photograph-like scene, and printed text pages (a letter, a form with labels and a framed
notice in Chinese, Kazakh or Russian). The hardest look like a certificate at a glance and must
still never be taken for one."""

from __future__ import annotations

import random
from typing import Any, Literal

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.specimens.canvas import Page, rect_quad
from ocr.specimens.documents import BASE_DPI, Specimen
from ocr.specimens.layout_cert_common import A5_LANDSCAPE_MM, A5_PORTRAIT_MM, draw_frame

Other = Literal["blank", "noise", "photo", "letter", "form", "framed_notice"]
OTHERS: tuple[Other, ...] = ("blank", "noise", "photo", "letter", "form", "framed_notice")

_TEXTS = {
    "rus": "заявление просим рассмотреть вопрос о предоставлении справки по месту жительства в связи "
    "с переездом гражданина на постоянное место жительства согласно приложенным документам дата подпись",
    "kaz": "өтініш анықтама беру туралы мәселені қарауыңызды сұраймыз тұрақты тұрғылықты жері "
    "бойынша құжаттар қоса берілді күні қолы мекенжайы",
    "chi": "申请 证明 关于 办理 居住 手续 的 通知 请 携带 本人 身份证 户口簿 及 相关 材料 到 窗口 办理 日期 签名",
    "eng": "notice application residence permit please bring the documents listed below to the office "
    "date signature reference number",
}
_WORDS = {lang: text.split() for lang, text in _TEXTS.items()}
_FACE = {"rus": "sans", "kaz": "sans", "chi": "cjk", "eng": "sans"}


def _sentence(rng: random.Random, lang: str, words: int) -> str:
    ws = [rng.choice(_WORDS[lang]) for _ in range(words)]
    return ("" if lang == "chi" else " ").join(ws).capitalize()


def _paper(size_mm: tuple[float, float], dpi: int, rng: random.Random) -> NDArray[np.uint8]:
    w, h = round(size_mm[0] * dpi / 25.4), round(size_mm[1] * dpi / 25.4)
    img = np.empty((h, w, 3), np.uint8)
    img[:] = [rng.randint(238, 252)] * 3
    return img


def _text_page(kind: Other, rng: random.Random, dpi: int) -> tuple[NDArray[np.uint8], dict[str, Any]]:
    lang = rng.choice(("rus", "kaz", "chi", "eng"))
    size = A5_LANDSCAPE_MM if rng.random() < 0.5 else A5_PORTRAIT_MM
    page = Page(*size, dpi, _paper(size, dpi, rng))
    w_mm, h_mm = size
    face = _FACE[lang]
    if kind == "framed_notice":
        draw_frame(page, 7.0, rng.choice(((140, 25, 35), (25, 70, 125), (30, 30, 30))))
    page.text(w_mm / 2, 14.0, _sentence(rng, lang, 3).upper(), 15, face + "_bold", anchor="ma", max_width_mm=w_mm - 30)
    y = 30.0
    while y < h_mm - 20:
        if kind == "form":
            page.text(16.0, y, _sentence(rng, lang, 2) + ":", 9, face)
            page.text(60.0, y - 0.5, _sentence(rng, lang, 2).upper(), 11, face + "_bold", max_width_mm=w_mm - 80)
            y += 10.0
        else:
            page.text(16.0, y, _sentence(rng, lang, 8), 10, face, max_width_mm=w_mm - 32)
            y += 6.5
    return page.rgb(), {"lang": lang, "size_mm": list(size)}


def _photo(rng: random.Random, w: int, h: int) -> NDArray[np.uint8]:
    """Soft gradients and overlapping shapes: a scene without text."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.zeros((h, w, 3), np.float32)
    for c in range(3):
        img[..., c] = rng.uniform(40, 200) + rng.uniform(-60, 60) * xx / w + rng.uniform(-60, 60) * yy / h
    out = img.clip(0, 255).astype(np.uint8)
    for _ in range(rng.randint(5, 15)):
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        if rng.random() < 0.5:
            cv2.circle(out, (rng.randrange(w), rng.randrange(h)), rng.randint(h // 20, h // 4), colour, -1, cv2.LINE_AA)
        else:
            p = np.array([[rng.randrange(w), rng.randrange(h)] for _ in range(4)], np.int32)
            cv2.fillPoly(out, [p], colour, cv2.LINE_AA)
    return np.asarray(cv2.GaussianBlur(out, (0, 0), 2.0), np.uint8)


def make_other(kind: Other, rng: random.Random, dpi: int = BASE_DPI) -> Specimen:
    """A clean page of `kind` with a truth record `degrade_page` accepts (no printed fields)."""
    w, h = round(148 * dpi / 25.4), round(105 * dpi / 25.4)
    extra: dict[str, Any] = {}
    if kind == "blank":
        rgb = np.full((h, w, 3), rng.randint(200, 252), np.uint8)
    elif kind == "noise":
        rgb = np.random.default_rng(rng.getrandbits(32)).integers(0, 256, (h, w, 3), dtype=np.uint8)
    elif kind == "photo":
        rgb = _photo(rng, w, h)
    else:
        rgb, extra = _text_page(kind, rng, dpi)
        h, w = rgb.shape[:2]
    truth: dict[str, Any] = {
        "kind": "other",
        "other": kind,
        **extra,
        "printed": {},
        "document_quads": [rect_quad([0, 0, w, h])],
        "dpi": dpi,
        "image_size": [w, h],
        "degradation": None,
    }
    bgr = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), np.uint8)
    return Specimen(bgr, np.full((h, w), 255, np.uint8), truth)
