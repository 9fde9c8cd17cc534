"""Specimen renunciation certificates: the PRC certificate of renunciation of nationality and the
Kazakhstan certificate of termination of citizenship, issued to a `SpecimenPerson` so that they
carry the same names and dates as that person's specimen passports, with a truth record shaped
like a passport's (so `degrade` and the truth helpers work on them unchanged)."""

from __future__ import annotations

import copy
import datetime as dt
import random
import string
from dataclasses import dataclass
from typing import Any, Literal

import cv2
import numpy as np

from ocr.specimens.canvas import Rendered, rect_quad
from ocr.specimens.degrade import DegradeParams, degrade
from ocr.specimens.documents import BASE_DPI, Specimen
from ocr.specimens.issuance import REFERENCE_DATE
from ocr.specimens.layout_cert_kaz import EDITIONS as KAZ_EDITIONS
from ocr.specimens.layout_cert_kaz import KazCertLayout, render_kaz_certificate
from ocr.specimens.layout_cert_prc import EDITIONS as PRC_EDITIONS
from ocr.specimens.layout_cert_prc import PrcCertLayout, render_prc_certificate
from ocr.specimens.persons import Ethnicity, SpecimenPerson, random_person

CertKind = Literal["prc_renunciation", "kaz_termination"]
CERT_KINDS: tuple[CertKind, ...] = ("prc_renunciation", "kaz_termination")

PRC_AUTHORITIES: tuple[str, ...] = (
    "中华人民共和国公安部",
    "中华人民共和国驻哈萨克斯坦共和国大使馆",
    "中华人民共和国驻阿拉木图总领事馆",
    "新疆维吾尔自治区公安厅",
)
KAZ_AUTHORITIES: tuple[tuple[str, str], ...] = (
    ("ҚР ІІМ КӨШІ-ҚОН ҚЫЗМЕТІ КОМИТЕТІ", "КОМИТЕТ МИГРАЦИОННОЙ СЛУЖБЫ МВД РК"),
    ("ҚР СІМ КОНСУЛДЫҚ ҚЫЗМЕТ ДЕПАРТАМЕНТІ", "ДЕПАРТАМЕНТ КОНСУЛЬСКОЙ СЛУЖБЫ МИД РК"),
    ("АЛМАТЫ ҚАЛАСЫ ПОЛИЦИЯ ДЕПАРТАМЕНТІ", "ДЕПАРТАМЕНТ ПОЛИЦИИ ГОРОДА АЛМАТЫ"),
)
# Editions in force from these dates (the newer one adds a QR code or barcode).
PRC_EDITION_FROM = {"2004": dt.date(2004, 1, 1), "2019": dt.date(2019, 7, 1)}
KAZ_EDITION_FROM = {"2012": dt.date(2012, 1, 1), "2021": dt.date(2021, 3, 1)}
_PROVINCE_CODES = ("BJ", "SH", "XJ", "GS", "HA", "SC", "SD", "GD", "HB", "JS", "ZJ", "AL", "AS")


@dataclass(frozen=True)
class CertificateIssue:
    """One certificate's own data (everything that is not the person)."""

    kind: CertKind
    edition: str
    number: str
    issue_date: dt.date
    effect_date: dt.date
    authority: tuple[str, ...]
    code_text: str | None


def _edition_on(editions: dict[str, dt.date], day: dt.date) -> str:
    return max((e for e, start in editions.items() if start <= day), key=lambda e: editions[e])


def new_certificate_issue(
    kind: CertKind, person: SpecimenPerson, rng: random.Random, edition: str | None = None
) -> CertificateIssue:
    """Draw number, dates and authority; the edition is the one in force on the issue date unless
    given. Raises ValueError for a Kazakhstan certificate of a person without a Cyrillic name."""
    earliest = max(dt.date(2012, 1, 1), person.birth_date + dt.timedelta(days=400)).toordinal()
    issue = dt.date.fromordinal(rng.randint(earliest, (REFERENCE_DATE - dt.timedelta(days=10)).toordinal()))
    effect = max(person.birth_date + dt.timedelta(days=366), issue - dt.timedelta(days=rng.randint(0, 45)))
    if kind == "prc_renunciation":
        ed = edition or _edition_on(PRC_EDITION_FROM, issue)
        number = rng.choice(_PROVINCE_CODES) + f"{issue.year}" + "".join(rng.choices(string.digits, k=5))
        authority: tuple[str, ...] = (rng.choice(PRC_AUTHORITIES),)
        code = "|".join(
            ("CN-RNC", number, person.surname_pinyin, person.given_names_pinyin,
             f"{person.birth_date:%Y%m%d}", f"{issue:%Y%m%d}", f"{effect:%Y%m%d}")
        )  # fmt: skip
        return CertificateIssue(kind, ed, number, issue, effect, authority, code)
    if person.surname_cyrillic is None:
        raise ValueError(
            "kaz_termination: the person has no Cyrillic name form (Han specimens hold PRC documents only)"
        )
    ed = edition or _edition_on(KAZ_EDITION_FROM, issue)
    number = "".join(rng.choices(string.digits, k=9))
    return CertificateIssue(kind, ed, number, issue, effect, rng.choice(KAZ_AUTHORITIES), number)


def _render(issue: CertificateIssue, person: SpecimenPerson, dpi: int,
            layout: PrcCertLayout | KazCertLayout | None) -> Rendered:  # fmt: skip
    if issue.kind == "prc_renunciation":
        lay = layout if isinstance(layout, PrcCertLayout) else PRC_EDITIONS[issue.edition]
        code = issue.code_text if lay.qr_at is not None else None
        return render_prc_certificate(
            person, lay, issue.number, issue.issue_date, issue.effect_date, issue.authority[0], code, dpi
        )
    klay = layout if isinstance(layout, KazCertLayout) else KAZ_EDITIONS[issue.edition]
    code = issue.code_text if klay.barcode_at is not None else None
    auth = (issue.authority[0], issue.authority[1])
    return render_kaz_certificate(person, klay, issue.number, issue.issue_date, issue.effect_date, auth, code, dpi)


def make_certificate(
    kind: CertKind,
    person: SpecimenPerson,
    rng: random.Random,
    dpi: int = BASE_DPI,
    edition: str | None = None,
    layout: PrcCertLayout | KazCertLayout | None = None,
) -> Specimen:
    """Issue a certificate of `kind` to `person` and render it clean. `layout` prints an edition
    the factory does not list (its `edition` names it in the truth)."""
    issue = new_certificate_issue(kind, person, rng, layout.edition if layout is not None else edition)
    r = _render(issue, person, dpi, layout)
    h, w = r.rgb.shape[:2]
    code = r.printed.get("code")
    truth: dict[str, Any] = {
        "kind": kind,
        "edition": issue.edition,
        "printed": r.printed,
        "code": {"format": "QRCode" if kind == "prc_renunciation" else "Code128", "text": code["value"]}
        if code
        else None,
        "certificate": {
            "number": issue.number,
            "issue_date": issue.issue_date.isoformat(),
            "effect_date": issue.effect_date.isoformat(),
            "authority": list(issue.authority),
        },
        "portrait_box": r.portrait_box,
        "portrait_quad": rect_quad(r.portrait_box),
        "document_quads": [rect_quad(b) for b in r.outlines],
        "person": person.to_dict(),
        "dpi": dpi,
        "image_size": [w, h],
        "degradation": None,
    }
    bgr = np.asarray(cv2.cvtColor(r.rgb, cv2.COLOR_RGB2BGR), dtype=np.uint8)
    return Specimen(bgr, r.mask, truth)


def random_certificate(kind: CertKind, rng: random.Random, dpi: int = BASE_DPI) -> Specimen:
    """A fresh synthetic holder and a clean certificate of `kind`. Kazakhstan certificates go to
    Kazakhs and Uyghurs (they carry Cyrillic names); PRC certificates to anyone."""
    ethnicity: Ethnicity | None = None
    if kind == "kaz_termination":
        ethnicity = "kazakh" if rng.random() < 0.75 else "uyghur"
    return make_certificate(kind, random_person(rng, ethnicity), rng, dpi)


_ABSENT: dict[str, Any] = {
    "mrz_box": [0, 0, 0, 0],
    "mrz_quad": rect_quad([0, 0, 0, 0]),
    "mrz_line_boxes": [],
    "portrait_box": [0, 0, 0, 0],
    "portrait_quad": rect_quad([0, 0, 0, 0]),
}


def degrade_page(spec: Specimen, params: DegradeParams) -> Specimen:
    """`degrade` for pages without a machine readable zone or a portrait (certificates, either
    side of an ID card): the truth gets the empty entries `degrade` expects, and loses them again
    afterwards."""
    missing = [k for k in _ABSENT if k not in spec.truth]
    if missing:
        truth = copy.deepcopy(spec.truth)
        truth.update({k: copy.deepcopy(_ABSENT[k]) for k in missing})
        spec = Specimen(spec.image, spec.mask, truth, spec.jpeg)
    out = degrade(spec, params)
    for key in missing:
        out.truth.pop(key, None)
    return out
