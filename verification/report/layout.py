"""Draws a `ReportContent` as an A4 PDF with fpdf2. Latin and Cyrillic come from DejaVu; any
character DejaVu lacks (Chinese) falls back to Noto Sans CJK, so a line may mix scripts freely.
In demo mode every page carries a DEMO banner and a diagonal DEMO watermark."""

from __future__ import annotations

import io
from collections.abc import Sequence

from fpdf import FPDF
from fpdf.enums import TableCellFillMode
from fpdf.fonts import FontFace
from PIL import Image

from verification.report.content import AuditStamp, CheckRow, Picture, ReportContent
from verification.report.fonts import ReportFonts
from verification.report.labels import label

_VERDICT_COLOURS = {"CLEAR": (200, 235, 205), "REVIEW": (252, 232, 180), "ALERT": (248, 200, 200)}
_STATUS_COLOURS = {"fail": (248, 210, 210), "review": (252, 238, 200), "pass": (225, 242, 228),
                   "not_applicable": (236, 236, 236)}  # fmt: skip
_GREY = (110, 110, 110)
_SANS, _MONO, _CJK = "tk-sans", "tk-mono", "tk-cjk"
_PAGE_IMAGE_H = 215.0  # mm: a document page image fills most of an A4 page
_PORTRAIT_W, _PORTRAIT_H = 55.0, 68.0


class _ReportPdf(FPDF):
    def __init__(self, content: ReportContent, demo: bool) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.content = content
        self.demo = demo

    def header(self) -> None:
        lang = self.content.lang
        if self.demo:
            with self.local_context(fill_color=(200, 30, 30), text_color=(255, 255, 255)):
                self.set_font(_SANS, "B", 10)
                self.set_xy(self.l_margin, 6)
                self.cell(self.epw, 6, label("demo", lang), align="C", fill=True)
        self.set_font(_SANS, "", 8)
        self.set_text_color(*_GREY)
        self.set_xy(self.l_margin, 13)
        self.cell(self.epw / 2, 4, f"Tekseru · {label('title', lang)} · {label('case', lang)} {self.content.case_id}")
        self.cell(self.epw / 2, 4, self.content.case_uid, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self) -> None:
        if self.demo:  # drawn last and translucent, so it lies over the document images too
            with self.local_context(text_color=(220, 40, 40), fill_opacity=0.22):
                self.set_font(_SANS, "B", 110)
                with self.rotation(45, self.w / 2, self.h / 2):
                    self.text(self.w / 2 - 62, self.h / 2 + 14, "DEMO")
        self.set_y(-12)
        self.set_font(_SANS, "", 8)
        self.set_text_color(*_GREY)
        tag = "DEMO · " if self.demo else ""
        self.cell(0, 5, f"{tag}{label('page', self.content.lang)} {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _fonts(pdf: FPDF, fonts: ReportFonts) -> None:
    pdf.add_font(_SANS, "", fonts.sans.path)
    pdf.add_font(_SANS, "B", fonts.sans_bold.path)
    pdf.add_font(_MONO, "", fonts.mono.path)
    pdf.add_font(_CJK, "", fonts.cjk.path, collection_font_number=fonts.cjk.index)
    bold = fonts.cjk_bold or fonts.cjk
    pdf.add_font(_CJK, "B", bold.path, collection_font_number=bold.index)
    pdf.set_fallback_fonts([_CJK], exact_match=False)


def _heading(pdf: FPDF, text: str, need: float = 30.0) -> None:
    """A section title, on a new page when less than `need` mm would follow it on this one."""
    if pdf.get_y() + need > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font(_SANS, "B", 12)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(160, 160, 160)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(1.5)
    pdf.set_font(_SANS, "", 9)


def _pairs(pdf: FPDF, rows: Sequence[tuple[str, str]], widths: tuple[float, float] = (0.3, 0.7)) -> None:
    pdf.set_font(_SANS, "", 9)
    with pdf.table(col_widths=widths, first_row_as_headings=False, borders_layout="HORIZONTAL_LINES",
                   text_align="LEFT", line_height=4.6, padding=1) as table:  # fmt: skip
        for key, value in rows:
            row = table.row()
            row.cell(key, style=FontFace(emphasis="B"))
            row.cell(value)


def _verdict(pdf: FPDF, c: ReportContent) -> None:
    lang = c.lang
    colour = _VERDICT_COLOURS.get(c.verdict or "", (230, 230, 230))
    with pdf.local_context(fill_color=colour):
        pdf.set_font(_SANS, "B", 15)
        title = f"{label('verdict', lang)}: {c.verdict}" if c.verdict else label("no_verdict", lang)
        pdf.cell(0, 10, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(_SANS, "", 9.5)
        for reason in c.verdict_reasons or ("-",):
            pdf.multi_cell(0, 5, "• " + reason, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(_SANS, "", 8.5)
        pdf.multi_cell(0, 5, label("advice", lang), fill=True, new_x="LMARGIN", new_y="NEXT")


def _mrz(pdf: FPDF, c: ReportContent) -> None:
    if not c.mrz_lines:
        pdf.cell(0, 6, label("no_mrz", c.lang), new_x="LMARGIN", new_y="NEXT")
        return
    with pdf.local_context(fill_color=(245, 245, 245)):
        pdf.set_font(_MONO, "", 10.5)
        for line in c.mrz_lines:
            pdf.cell(0, 6, line, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_SANS, "", 9)


def _names(pdf: FPDF, c: ReportContent) -> None:
    lang = c.lang
    pdf.set_font(_SANS, "", 9)
    with pdf.table(col_widths=(0.36, 0.22, 0.3, 0.12), text_align="LEFT", line_height=4.6, padding=1,
                   borders_layout="HORIZONTAL_LINES") as table:  # fmt: skip
        table.row([label("source", lang), label("field", lang), label("value", lang), label("confidence", lang)])
        for n in c.names:
            table.row([n.source, n.field, n.value, "-" if n.confidence is None else f"{n.confidence:.2f}"])


def _picture(pdf: FPDF, pic: Picture, x: float, y: float, w: float, h: float, lang: str) -> None:
    if pic.data is None:
        pdf.set_draw_color(180, 180, 180)
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 2, y + h / 2 - 3)
        pdf.multi_cell(w - 4, 4.5, label("no_image", lang), align="C")
    else:
        with Image.open(io.BytesIO(pic.data)) as im:
            pw, ph = im.size
        scale = min(w / pw, h / ph)
        h = ph * scale  # top-aligned, the caption right under the picture
        pdf.image(io.BytesIO(pic.data), x=x + (w - pw * scale) / 2, y=y, w=pw * scale, h=h)
    pdf.set_xy(x, y + h + 1)
    pdf.set_font(_SANS, "B", 9)
    pdf.cell(w, 5, pic.caption, align="C")
    pdf.set_font(_SANS, "", 9)


def _face(pdf: FPDF, c: ReportContent) -> None:
    if pdf.get_y() + _PORTRAIT_H + 12 > pdf.h - pdf.b_margin:
        pdf.add_page()
    top = pdf.get_y() + 1
    x0 = pdf.l_margin
    _picture(pdf, c.face.passport, x0, top, _PORTRAIT_W, _PORTRAIT_H, c.lang)
    _picture(pdf, c.face.registry, x0 + _PORTRAIT_W + 6, top, _PORTRAIT_W, _PORTRAIT_H, c.lang)
    x_text = x0 + 2 * _PORTRAIT_W + 14
    pdf.set_xy(x_text, top + 4)
    pdf.set_font(_SANS, "", 10)
    for line in c.face.lines:
        pdf.set_x(x_text)
        pdf.multi_cell(pdf.w - pdf.r_margin - x_text, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top + _PORTRAIT_H + 8)
    pdf.set_font(_SANS, "", 9)


def _checks(pdf: FPDF, rows: Sequence[CheckRow], lang: str) -> None:
    pdf.set_font(_SANS, "", 8.5)
    with pdf.table(col_widths=(0.11, 0.2, 0.3, 0.39), text_align="LEFT", line_height=4.2, padding=1,
                   borders_layout="HORIZONTAL_LINES", cell_fill_mode=TableCellFillMode.NONE) as table:  # fmt: skip
        table.row([label("status", lang), label("check", lang), label("reason", lang), label("evidence", lang)])
        for r in rows:
            row = table.row()
            row.cell(r.status_text, style=FontFace(emphasis="B", fill_color=_STATUS_COLOURS.get(r.status)))
            row.cell(r.title)
            row.cell(r.reason)
            row.cell(r.evidence, style=FontFace(size_pt=7, color=(70, 70, 70)))


def _pages(pdf: FPDF, c: ReportContent) -> None:
    for pic in c.pages:
        pdf.add_page()
        _heading(pdf, f"{label('documents', c.lang)}: {pic.caption}")
        _picture(pdf, pic, pdf.l_margin, pdf.get_y() + 1, pdf.epw, _PAGE_IMAGE_H, c.lang)
    if not c.certificate_given:
        pdf.ln(8)
        pdf.cell(0, 6, label("no_certificate", c.lang), new_x="LMARGIN", new_y="NEXT")


def _audit(pdf: FPDF, c: ReportContent, stamp: AuditStamp) -> None:
    lang = c.lang
    cp = stamp.checkpoint
    _heading(pdf, label("audit", lang), need=55)
    pdf.set_font(_SANS, "B", 9)
    pdf.cell(0, 5, label("audit_entry", lang), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_SANS, "", 9)
    pdf.cell(0, 5, f"{label('chain', lang)} {stamp.chain_id} · {label('seq', lang)} {stamp.entry_seq} · case.report",
             new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.set_font(_MONO, "", 8.5)
    pdf.cell(0, 5, f"{label('hash', lang)} {stamp.entry_hash}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(_SANS, "B", 9)
    pdf.cell(0, 5, label("checkpoint", lang), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_SANS, "", 9)
    pdf.cell(0, 5, f"{label('seq', lang)} {cp.seq} · {label('time', lang)} {cp.time}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_MONO, "", 8.5)
    pdf.cell(0, 5, f"{label('hash', lang)} {cp.hash}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"{label('key_id', lang)} {cp.key_id}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_SANS, "", 8)
    pdf.multi_cell(0, 4.2, label("checkpoint_note", lang), new_x="LMARGIN", new_y="NEXT")


def render_pdf(content: ReportContent, stamp: AuditStamp, fonts: ReportFonts, *, demo: bool) -> bytes:
    lang = content.lang
    pdf = _ReportPdf(content, demo)
    _fonts(pdf, fonts)
    pdf.set_title(f"Tekseru {label('title', lang)} {content.case_uid}" + (" DEMO" if demo else ""))
    pdf.set_creator("Tekseru")
    pdf.set_lang({"zh": "zh-CN"}.get(lang, lang))
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font(_SANS, "B", 18)
    pdf.cell(0, 10, f"Tekseru — {label('title', lang)}", new_x="LMARGIN", new_y="NEXT")
    _pairs(pdf, content.header)
    pdf.ln(3)
    _verdict(pdf, content)
    _heading(pdf, label("subject", lang))
    _pairs(pdf, content.subject)
    pdf.ln(2)
    if content.names:
        pdf.set_font(_SANS, "B", 9)
        pdf.cell(0, 6, label("names_read", lang), new_x="LMARGIN", new_y="NEXT")
        _names(pdf, content)
    _heading(pdf, label("mrz", lang))
    _mrz(pdf, content)
    _heading(pdf, label("portraits", lang), need=_PORTRAIT_H + 20)
    _face(pdf, content)
    _heading(pdf, label("checks", lang))
    _checks(pdf, content.checks, lang)
    _heading(pdf, label("registry", lang))
    _pairs(pdf, content.registry)
    _heading(pdf, label("decision", lang))
    _pairs(pdf, content.decision)
    _audit(pdf, content, stamp)
    _pages(pdf, content)
    return bytes(pdf.output())
