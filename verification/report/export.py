"""One case report out of the desk: check the user may see the case, write the `case.report` audit
entry, sign a checkpoint of the chain head right after it, and write the PDF (which names both) and
the checkpoint beside it, each atomically. Nothing is audited if the case cannot be seen, the
language is unknown, the fonts are missing or the target folder does not exist."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from verification.accounts import User
from verification.audit import AuditTrail, SignedCheckpoint
from verification.cases import CaseImage, CaseStore
from verification.files import write_atomic
from verification.report.content import AuditStamp, ReportContent, build_content, case_digest_text
from verification.report.errors import ReportError
from verification.report.fonts import ReportFonts, report_fonts
from verification.report.labels import check_lang
from verification.report.layout import render_pdf

log = logging.getLogger(__name__)

CHECKPOINT_SUFFIX = ".checkpoint.json"


@dataclass(frozen=True)
class ReportExport:
    pdf_path: Path
    checkpoint_path: Path
    audit_hash: str  # hash of the `case.report` audit entry printed in the PDF
    checkpoint: SignedCheckpoint


def checkpoint_path_for(pdf: Path) -> Path:
    return pdf.with_name(pdf.name + CHECKPOINT_SUFFIX)


def _write_atomic(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise ReportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _target(out: Path) -> Path:
    out = Path(out).expanduser()
    if out.suffix.lower() != ".pdf":
        raise ReportError(f"the report file {out} must end in .pdf")
    if not out.parent.is_dir():
        raise ReportError(f"the folder {out.parent} does not exist")
    if out.is_dir():
        raise ReportError(f"{out} is a folder, not a file name")
    return out


Renderer = Callable[[ReportContent, AuditStamp, ReportFonts, bool], bytes]


def render_here(content: ReportContent, stamp: AuditStamp, fonts: ReportFonts, demo: bool) -> bytes:
    return render_pdf(content, stamp, fonts, demo=demo)


def export_case_report(
    cases: CaseStore, audit: AuditTrail, user: User, case_id: int, out: Path, *,
    lang: str = "en", demo: bool = False, render: Renderer = render_here,
) -> ReportExport:  # fmt: skip
    """Write the PDF report of `case_id` to `out` and its signed checkpoint to
    `<out>.checkpoint.json`. Raises CaseNotFound, PermissionDenied (officers see only their own
    cases) or ReportError; then no file is written. `render` turns the content into PDF bytes; the
    desk app renders in a separate process, since font subsetting's garbage-collector pauses would
    otherwise freeze its window for ~100 ms."""
    check_lang(lang)
    target = _target(out)
    fonts = report_fonts()
    case = cases.get(user, case_id)  # permission check, audited as case.view

    def image(img: CaseImage) -> bytes | None:
        data = cases.images.read(img.sha256)
        if data is not None and hashlib.sha256(data).hexdigest() != img.sha256:
            raise ReportError(f"the image {img.label!r} of case {case_id} does not match its SHA-256: "
                              "the case files were altered")  # fmt: skip
        return data

    now = dt.datetime.now(dt.UTC)
    by = f"{user.display_name} ({user.username})" if user.display_name else user.username
    content = build_content(case, image, lang, by=by, desk_key=audit.key().key_id, now=now)
    case_sha = hashlib.sha256(case_digest_text(case).encode("utf-8")).hexdigest()
    entry = audit.append("case.report", user.username, {"case": case.id, "uid": case.uid, "lang": lang, "demo": demo,
                                                        "case_sha256": case_sha})  # fmt: skip
    checkpoint = audit.checkpoint(user.username, purpose=f"case.report {case.id}")
    pdf = render(content, AuditStamp(entry.seq, entry.hash, audit.chain_id, checkpoint), fonts, demo)
    _write_atomic(target, pdf)
    cp_path = checkpoint_path_for(target)
    _write_atomic(cp_path, (json.dumps(checkpoint.to_json(), indent=1, sort_keys=True) + "\n").encode("utf-8"))
    log.info("case %d: report written (%d bytes), audit seq %d, checkpoint seq %d", case.id, len(pdf), entry.seq,
             checkpoint.seq)  # fmt: skip
    return ReportExport(target, cp_path, entry.hash, checkpoint)
