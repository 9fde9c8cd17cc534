"""`tekseru verify --passport IMG [--certificate IMG] [--json] [--officer NAME]`: the whole
verification against the local registry copy; opens a case with the reads and the verdict, prints
the verdict, each check with its reason and evidence, and the stage timings. Exit 0 CLEAR,
1 REVIEW or ALERT, 2 usage, 3 unreadable input."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from ocr.errors import TekseruError
from ocr.imaging import load_pages
from verification.accounts import Role
from verification.cases import CaseStore, Verdict
from verification.checks import Status
from verification.cli.user_command import EXIT_BAD_INPUT, EXIT_OK, Desk, UsageError, desk_command, sign_in
from verification.messages import check_title, render

DEMO_OFFICER = "officer"
DEMO_PASSWORD = "tekseru-demo-desk"  # demo mode only, printed in the README
_MARK = {Status.PASS: "ok  ", Status.FAIL: "FAIL", Status.REVIEW: "??  ", Status.NOT_APPLICABLE: "n/a "}


def register(sub: Any) -> None:
    p = sub.add_parser("verify", help="verify a passport (+ certificate) against the registry and open a case")
    p.add_argument("--passport", required=True, metavar="IMG")
    p.add_argument("--certificate", metavar="IMG")
    p.add_argument("--officer", metavar="NAME", help="sign in as NAME (asks for the password; demo: the demo officer)")
    p.add_argument("--lang", default="en", choices=["en", "ru", "kk", "zh"])
    p.add_argument("--registry-dir", type=Path, help="registry data folder (default: the registry's own)")
    p.add_argument("--max-age-days", type=float, default=30.0)
    p.add_argument("--data-dir", type=Path, help="the desk's data folder")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=desk_command(_run))


def _officer(args: argparse.Namespace, desk: Desk) -> Any:
    accounts = desk.accounts()
    if args.demo and not args.officer:
        if accounts.get(DEMO_OFFICER) is None:
            if not accounts.has_users():
                accounts.add_user(None, "administrator", DEMO_PASSWORD, Role.ADMINISTRATOR, "Demo administrator")
            admin = accounts.authenticate("administrator", DEMO_PASSWORD)
            accounts.add_user(admin, DEMO_OFFICER, DEMO_PASSWORD, Role.OFFICER, "Demo officer")
        return accounts.authenticate(DEMO_OFFICER, DEMO_PASSWORD)
    if not args.officer:
        raise UsageError("sign in with --officer NAME")
    args.as_user = args.officer
    return sign_in(args, desk, accounts)


def _registry_dir(args: argparse.Namespace) -> Path:
    if args.registry_dir is not None:
        d: Path = args.registry_dir
        return d
    from platformdirs import user_data_path

    return user_data_path("tekseru", appauthor=False) / ("registry-demo" if args.demo else "registry")


def _run(args: argparse.Namespace, desk: Desk) -> int:
    from verification.faces import bands
    from verification.faces.embedding_store import EmbeddingStore, path_for_registry
    from verification.faces.registry import get_engine
    from verification.faces.search import FaceIndex
    from verification.pipeline import record_case, verify
    from verification.registry.sqlite_store import SqliteRegistryStore

    user = _officer(args, desk)
    try:
        passport = [p.image for p in load_pages(args.passport)]
        certificate = [p.image for p in load_pages(args.certificate)] if args.certificate else []
    except TekseruError as exc:
        print(f"tekseru: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    reg_dir = _registry_dir(args)
    reg_path = reg_dir / "registry.sqlite"
    if not reg_path.exists():
        raise UsageError(f"no registry at {reg_path}: import a package first (tekseru registry import)")
    store = SqliteRegistryStore(reg_path, desk.audit)
    desk.closers.append(store.close)
    index = None
    emb_path = path_for_registry(reg_path)
    if emb_path.exists():
        table = bands.load()
        eng = get_engine(table.default_engine)
        with EmbeddingStore(emb_path) as emb:
            index = FaceIndex.from_store(emb, eng.name, eng.version, table.for_engine(eng.name))
    result = verify(passport, certificate, store, index, desk.audit, user.username,
                    max_age=dt.timedelta(days=args.max_age_days), demo=bool(args.demo))  # fmt: skip
    cases = CaseStore.open_desk(desk.data_dir, desk.audit)
    desk.closers.append(cases.close)
    case = record_case(cases, user, result, passport, certificate)
    data = {**result.to_json(args.lang), "case_id": case.id, "officer": user.username}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, default=str), flush=True)
    else:
        print(_text(result, case.id, user.username, args.lang, bool(args.demo)), flush=True)
    return EXIT_OK if result.verdict.verdict is Verdict.CLEAR else 1


def _text(result: Any, case_id: int, officer: str, lang: str, demo: bool) -> str:
    tag = "DEMO " if demo else ""
    v = result.verdict
    out = [f"{tag}verdict {v.verdict.value}  (case {case_id}, officer {officer})"]
    out += [f"  - {t}" for t in v.texts(lang)]
    out.append("checks:")
    for c in result.checks:
        out.append(f"  [{_MARK[c.status]}] {check_title(c.id, lang):<36} {render(c.reason, lang)}")
    out.append("timings: " + "  ".join(f"{k} {s:.2f}s" for k, s in result.timings.items()))
    return "\n".join(out)
