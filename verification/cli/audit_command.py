"""`tekseru audit verify|export|checkpoint`: check the desk's audit trail (exit 0 intact, 1
tampered — with the first bad seq and what is wrong), export it as JSON Lines for an auditor
(supervisors and administrators), and issue a signed checkpoint of its head."""

from __future__ import annotations

import argparse
import getpass
import json
import os
from pathlib import Path
from typing import Any

from verification.accounts import can_export_audit, require
from verification.audit import ChainReport, export_trail, verify_export
from verification.audit.checkpoint import KEY_FILE
from verification.cli.user_command import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    Desk,
    desk_command,
    desk_options,
    out,
    sign_in,
)


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="the desk's tamper-evident audit trail: verify, export, checkpoint")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    v = asub.add_parser("verify", help="check every link and the last checkpoint (exit 1 when tampered)")
    v.add_argument("--file", type=Path, metavar="EXPORT.jsonl", help="verify an export instead of the desk's trail")
    desk_options(v, sign_in=False)
    v.set_defaults(handler=desk_command(_verify))

    e = asub.add_parser("export", help="write the trail as JSON Lines with a signed checkpoint (supervisors)")
    e.add_argument("--out", required=True, type=Path, metavar="FILE")
    desk_options(e)
    e.set_defaults(handler=desk_command(_export))

    c = asub.add_parser("checkpoint", help="sign the chain head with the desk key (send it with reports)")
    c.add_argument("--out", type=Path, metavar="FILE", help="also write it to FILE")
    c.add_argument("--purpose", default="", help="what it goes out with, e.g. report or sync")
    desk_options(c, sign_in=False)
    c.set_defaults(handler=desk_command(_checkpoint))


def _report_text(report: ChainReport, what: str) -> str:
    if report.problem is None:
        cp = report.checked_against
        tail = f"; holds the checkpoint at seq {cp['seq']}" if cp else "; no checkpoint issued yet"
        return f"{what} intact: {report.entries} entries, head seq {report.head_seq}{tail}"
    p = report.problem
    return f"{what} TAMPERED at seq {p.seq} ({p.kind}): {p.message}"


def _verify(args: argparse.Namespace, desk: Desk) -> int:
    if args.file is not None:
        key_file = desk.data_dir / "keys" / KEY_FILE
        pinned = desk.audit.public_key if key_file.exists() else None
        report = verify_export(args.file, pinned)
        what = f"{args.file}" + ("" if pinned else " (checkpoint key not pinned: no desk key here)")
    else:
        report = desk.audit.verify()
        what = "audit trail"
    out(args, report.to_json(), _report_text(report, what))
    return EXIT_OK if report.intact else EXIT_NOT_FOUND


def _export(args: argparse.Namespace, desk: Desk) -> int:
    user = sign_in(args, desk, desk.accounts())
    require(can_export_audit(user), user, "export the audit trail")
    result = export_trail(desk.audit, args.out, user.username)
    data = {"file": str(result.path), "entries": result.entries, "sha256": result.sha256,
            "checkpoint": result.checkpoint.to_json()}  # fmt: skip
    out(args, data, f"exported {result.entries} entries to {result.path} (checkpoint at seq {result.checkpoint.seq})")
    return EXIT_OK


def _checkpoint(args: argparse.Namespace, desk: Desk) -> int:
    cp = desk.audit.checkpoint(f"cli:{getpass.getuser()}", args.purpose)
    text = json.dumps(cp.to_json(), sort_keys=True)
    if args.out is not None:
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    out(args, cp.to_json(), f"checkpoint seq {cp.seq} hash {cp.hash} signed by key {cp.key_id[:16]}")
    return EXIT_OK
