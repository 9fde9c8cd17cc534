"""`tekseru verify --passport IMG [--certificate IMG] [--json] [--officer NAME]`: the whole
verification against the local registry copy; opens a case with the reads and the verdict, prints
the verdict, each check with its reason and evidence, and the stage timings. Exit 0 CLEAR,
1 REVIEW or ALERT, 2 usage, 3 unreadable input."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ocr.errors import TekseruError
from ocr.imaging import load_pages
from verification.accounts.demo import DEMO_OFFICER, DEMO_PASSWORD, ensure_demo_accounts
from verification.cases import Case, CaseStore, Verdict
from verification.checks import Status
from verification.cli.user_command import EXIT_BAD_INPUT, EXIT_OK, Desk, UsageError, desk_command, sign_in
from verification.messages import check_title, render

log = logging.getLogger(__name__)

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
        ensure_demo_accounts(accounts)
        return accounts.authenticate(DEMO_OFFICER, DEMO_PASSWORD)
    if not args.officer:
        raise UsageError("sign in with --officer NAME")
    args.as_user = args.officer
    return sign_in(args, desk, accounts)


def _registry_dir(args: argparse.Namespace) -> Path:
    """--registry-dir, else where `tekseru registry` keeps the copy (it follows TEKSERU_DATA_DIR)."""
    from verification.cli.registry_command import data_dir

    return data_dir(argparse.Namespace(data_dir=args.registry_dir, demo=args.demo))


@dataclass
class OpenRegistry:
    """The registry copy and its 1:N face index, opened once (the CLI once per run, the benchmark
    once for many verifications)."""

    store: Any  # SqliteRegistryStore, imported lazily with the rest of the pipeline
    index: Any  # FaceIndex | None: no embeddings file beside the registry
    seconds: float

    def close(self) -> None:
        self.store.close()


def _registry_file(reg_dir: Path) -> Path:
    reg_path = reg_dir / "registry.sqlite"
    if not reg_path.exists():
        raise UsageError(f"no registry at {reg_path}: import a package first (tekseru registry import)")
    return reg_path


def open_registry(reg_dir: Path, audit: Any) -> OpenRegistry:
    """The store (checked by SQLite's quick_check) and the face index. UsageError when `reg_dir`
    holds no registry."""
    from verification.faces import bands
    from verification.faces.embedding_store import EmbeddingStore, path_for_registry
    from verification.faces.registry import get_engine
    from verification.faces.search import FaceIndex
    from verification.registry.sqlite_store import SqliteRegistryStore

    t = time.perf_counter()
    reg_path = _registry_file(reg_dir)
    store = SqliteRegistryStore(reg_path, audit)
    index = None
    emb_path = path_for_registry(reg_path)
    try:
        if emb_path.exists():
            table = bands.load()
            eng = get_engine(table.default_engine)
            with EmbeddingStore(emb_path) as emb:
                index = FaceIndex.from_store(emb, eng.name, eng.version, table.for_engine(eng.name))
    except BaseException:
        store.close()
        raise
    return OpenRegistry(store, index, time.perf_counter() - t)


def start_open_registry(reg_dir: Path, audit: Any) -> Future[OpenRegistry]:
    """`open_registry` in a thread of its own, so its quick_check and the loading of the face index
    (about a second at 100k persons) happen while the pages are read. A missing registry is
    reported at once, before anything is read."""
    _registry_file(reg_dir)
    opener = ThreadPoolExecutor(1, thread_name_prefix="tekseru-open")
    try:
        return opener.submit(open_registry, reg_dir, audit)
    finally:
        opener.shutdown(wait=False)


def close_when_open(pending: Future[OpenRegistry]) -> None:
    """Close the registry once its opening is over (whatever became of the verification)."""
    try:
        pending.result().close()
    except Exception:  # its failure was reported when the result was needed, or nothing needed it
        log.debug("registry was never opened", exc_info=True)


def verify_files(
    passport: Path | str,
    certificate: Path | str | None,
    registry: OpenRegistry | Future[OpenRegistry],
    cases: CaseStore,
    user: Any,
    audit: Any,
    *,
    max_age: dt.timedelta = dt.timedelta(days=30),
    demo: bool = False,
    parallel: bool = True,
) -> tuple[Any, Case]:
    """What `tekseru verify` does once the desk is open: load the files, read them (while a
    registry still opening finishes), verify, file the case. Raises TekseruError for a file that
    cannot be read or a registry that cannot be opened. The result's timings gain `load_images`,
    `open_registry` (its own time), `wait_registry` (how long reading finished before it) and
    `record_case`; `total` becomes the wall time of all of it."""
    from verification.pipeline import read_documents, record_case, verify

    t0 = time.perf_counter()
    passport_pages = [p.image for p in load_pages(passport)]
    certificate_pages = [p.image for p in load_pages(certificate)] if certificate else []
    loaded = time.perf_counter() - t0
    reads = read_documents(passport_pages, certificate_pages, parallel=parallel)
    t = time.perf_counter()
    reg = registry.result() if isinstance(registry, Future) else registry
    waited = time.perf_counter() - t
    result = verify(passport_pages, certificate_pages, reg.store, reg.index, audit, user.username,
                    max_age=max_age, demo=demo, reads=reads)  # fmt: skip
    t = time.perf_counter()
    case = record_case(cases, user, result, passport_pages, certificate_pages)
    recorded = time.perf_counter() - t
    total = time.perf_counter() - t0  # a registry still opening is inside it (wait_registry)
    result.timings.update(load_images=loaded, open_registry=reg.seconds, wait_registry=waited,
                          record_case=recorded, total=total)  # fmt: skip
    return result, case


def _run(args: argparse.Namespace, desk: Desk) -> int:
    user = _officer(args, desk)
    registry = start_open_registry(_registry_dir(args), desk.audit)
    desk.closers.append(lambda: close_when_open(registry))
    cases = CaseStore.open_desk(desk.data_dir, desk.audit)
    desk.closers.append(cases.close)
    try:
        result, case = verify_files(args.passport, args.certificate, registry, cases, user, desk.audit,
                                    max_age=dt.timedelta(days=args.max_age_days), demo=bool(args.demo))  # fmt: skip
    except TekseruError as exc:
        print(f"tekseru: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
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
