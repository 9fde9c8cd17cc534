"""`tekseru case list|show|decide|purge|report`: the desk's cases for the signed-in user (officers
see their own, supervisors and administrators all). Exit 1 when a case is not found."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from verification.cases import Case, CaseNotFound, CaseQuery, CaseStore, Decision, Verdict
from verification.cli.user_command import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    Desk,
    UsageError,
    desk_command,
    desk_options,
    fail,
    out,
    sign_in,
)


def register(sub: Any) -> None:
    p = sub.add_parser("case", help="cases: list, show, decide, purge old images, PDF report")
    csub = p.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    ls = csub.add_parser("list", help="search cases (newest first)")
    ls.add_argument("--name", help="surname and/or given names, any order, word starts")
    ls.add_argument("--document", metavar="NUMBER")
    ls.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="created on or after")
    ls.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="created on or before")
    ls.add_argument("--verdict", choices=[v.value for v in Verdict])
    ls.add_argument("--officer", metavar="USER")
    ls.add_argument("--undecided", action="store_true")
    ls.add_argument("--limit", type=int, default=100)
    desk_options(ls)
    ls.set_defaults(handler=desk_command(_list))

    sh = csub.add_parser("show", help="one case with its reads, checks, images, decision and a supervisor's resolution")
    sh.add_argument("case_id", type=int, metavar="ID")
    desk_options(sh)
    sh.set_defaults(handler=desk_command(_show))

    d = csub.add_parser("decide", help="record the decision (a comment is required when it departs from the verdict)")
    d.add_argument("case_id", type=int, metavar="ID")
    d.add_argument("--decision", required=True, choices=[x.value for x in Decision])
    d.add_argument("--comment", default="")
    desk_options(d)
    d.set_defaults(handler=desk_command(_decide))

    rp = csub.add_parser("report", help="the PDF report for the case file, with a signed audit checkpoint beside it")
    rp.add_argument("case_id", type=int, metavar="ID")
    rp.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    rp.add_argument("--lang", default="en", choices=["en", "ru", "kk", "zh"])
    desk_options(rp)
    rp.set_defaults(handler=desk_command(_report))

    pg = csub.add_parser("purge", help="delete images older than the retention period; records stay")
    pg.add_argument("--older-than-days", type=int, metavar="N", help="default: the desk's retention setting")
    desk_options(pg)
    pg.set_defaults(handler=desk_command(_purge))


def _cases(desk: Desk) -> CaseStore:
    store = CaseStore.open_desk(desk.data_dir, desk.audit)
    desk.closers.append(store.close)
    return store


def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"{option} {text!r} is not YYYY-MM-DD") from exc


def _decision_word(c: Case) -> str:
    """The final decision: a supervisor's resolution marked as such, an open referral as awaiting."""
    if c.review is not None:
        return f"{c.review.decision.value} (supervisor)"
    if c.awaiting_review:
        return "refer (awaiting supervisor)"
    return c.decision.value if c.decision else "undecided"


def _line(c: Case) -> str:
    name = f"{c.subject.surname}, {c.subject.given_names}".strip(", ") or "-"
    decision = _decision_word(c)
    return (f"{c.id:>6}  {c.created_at:%Y-%m-%d %H:%M}  {c.officer:<12} {c.verdict or '-':<7} {decision:<9} "
            f"{c.subject.document_number or '-':<12} {name}")  # fmt: skip


def _list(args: argparse.Namespace, desk: Desk) -> int:
    user = sign_in(args, desk, desk.accounts())
    query = CaseQuery(
        name=args.name,
        document=args.document,
        created_from=_date(args.date_from, "--from"),
        created_to=_date(args.date_to, "--to"),
        verdict=Verdict(args.verdict) if args.verdict else None,
        officer=args.officer,
        decided=False if args.undecided else None,
        limit=args.limit,
    )
    found = _cases(desk).search(user, query)
    for case in found:
        out(args, case.to_json(full=False), _line(case))
    if not found:
        out(args, {"case": None}, "no cases match")
        return EXIT_NOT_FOUND
    return EXIT_OK


def _show_text(c: Case) -> str:
    lines = [_line(c)]
    if c.verdict_at:
        lines.append(f"  verdict   {c.verdict} at {c.verdict_at:%Y-%m-%d %H:%M}")
    if c.decided_at:
        lines.append(f"  decided   {c.decision} by {c.decided_by} at {c.decided_at:%Y-%m-%d %H:%M}")
    if c.comment:
        lines.append(f"  comment   {c.comment}")
    if c.review is not None:
        r = c.review
        lines.append(f"  resolved  {r.decision} by supervisor {r.reviewed_by} at {r.reviewed_at:%Y-%m-%d %H:%M} "
                     f"(final decision; the officer referred)")  # fmt: skip
        lines.append(f"  review    {r.comment}")
    elif c.awaiting_review:
        lines.append("  resolved  not yet: awaiting a supervisor")
    for i in c.images:
        state = f"purged {i.purged_at:%Y-%m-%d}" if i.purged_at else f"{i.size} bytes"
        lines.append(f"  image     {i.label}: {i.sha256[:16]}… ({state})")
    lines += [f"  read      {r.kind} at {r.added_at:%H:%M:%S}" for r in c.reads]
    return "\n".join(lines)


def _show(args: argparse.Namespace, desk: Desk) -> int:
    user = sign_in(args, desk, desk.accounts())
    try:
        case = _cases(desk).get(user, args.case_id)
    except CaseNotFound as exc:
        return fail(str(exc), EXIT_NOT_FOUND)
    final = case.final_decision
    data = {**case.to_json(), "final_decision": None if final is None else final.value,
            "awaiting_review": case.awaiting_review}  # fmt: skip
    out(args, data, _show_text(case))
    return EXIT_OK


def _decide(args: argparse.Namespace, desk: Desk) -> int:
    user = sign_in(args, desk, desk.accounts())
    try:
        case = _cases(desk).decide(user, args.case_id, Decision(args.decision), args.comment)
    except CaseNotFound as exc:
        return fail(str(exc), EXIT_NOT_FOUND)
    out(args, case.to_json(full=False), f"case {case.id}: {case.decision} (verdict {case.verdict or 'none'})")
    return EXIT_OK


def _purge(args: argparse.Namespace, desk: Desk) -> int:
    user = sign_in(args, desk, desk.accounts())
    r = _cases(desk).purge_images(user, args.older_than_days)
    data = {"cutoff": r.cutoff.isoformat(), "cases": r.cases, "images": r.images, "files_deleted": r.files_deleted}
    out(args, data, f"purged {r.images} image(s) of {r.cases} case(s) created before {r.cutoff:%Y-%m-%d %H:%M} UTC")
    return EXIT_OK


def _report(args: argparse.Namespace, desk: Desk) -> int:
    from verification.report import export_case_report  # fpdf2 and the fonts only when a report is made

    user = sign_in(args, desk, desk.accounts())
    try:
        r = export_case_report(_cases(desk), desk.audit, user, args.case_id, args.out, lang=args.lang,
                               demo=bool(getattr(args, "demo", False)))  # fmt: skip
    except CaseNotFound as exc:
        return fail(str(exc), EXIT_NOT_FOUND)
    data = {"case_id": args.case_id, "pdf": str(r.pdf_path), "checkpoint": str(r.checkpoint_path),
            "audit_hash": r.audit_hash, "checkpoint_seq": r.checkpoint.seq, "checkpoint_hash": r.checkpoint.hash,
            "key_id": r.checkpoint.key_id}  # fmt: skip
    out(args, data, f"case {args.case_id}: report {r.pdf_path} (audit entry {r.audit_hash[:16]}…), "
                    f"checkpoint seq {r.checkpoint.seq} in {r.checkpoint_path}")  # fmt: skip
    return EXIT_OK
