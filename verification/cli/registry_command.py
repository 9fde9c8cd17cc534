"""`tekseru registry …`: the partner's tools (keygen, build, rotate-keys, index) and the desk's
(install-root, import, watch, status, lookup). Exit codes: 0 ok, 1 nothing found, 2 usage,
3 bad input or a refused package — always with a one-line message, never a traceback."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import shutil
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from verification.audit import AuditTrail, desk_dir
from verification.audit.paths import ENV_VAR
from verification.audit.receipts import write_sync_receipt
from verification.registry.errors import SyncRejected
from verification.registry.model import Candidate, PersonRecord, RegistryStatus
from verification.registry.store import AuditSink, RegistryStore
from verification.registry.sync import (
    HttpSource,
    ImportResult,
    Inbox,
    KeyDir,
    PackageImporter,
    TrustStore,
    build_package,
    freshness,
    keygen,
    pull,
    rotate_keys,
    write_package_list,
)
from verification.registry.sync.demo import DEMO_PARTNER, demo_keys
from verification.registry.sync.format import ROLES, iso
from verification.registry.sync.records import person_to_json

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3
DEFAULT_MAX_AGE_DAYS = 30.0


def register(sub: Any) -> None:
    p = sub.add_parser("registry", help="the local copy of the partner registry: sync packages and look-ups")
    rsub = p.add_subparsers(dest="registry_command", metavar="ACTION", required=True)

    k = rsub.add_parser("keygen", help="partner: new Ed25519 keys for root/targets/snapshot/timestamp")
    k.add_argument("--out", required=True, type=Path, metavar="DIR")
    k.add_argument("--threshold", type=int, default=1, help="signatures required per role (default 1)")
    k.add_argument("--keys", type=int, default=1, help="keys per role (default 1)")
    k.add_argument("--root-days", type=int, default=365, help="root metadata validity (default 365)")
    k.set_defaults(handler=_guarded(_keygen))

    b = rsub.add_parser("build", help="partner: records (+ photos) -> one signed package file")
    b.add_argument("--keys", type=Path, metavar="DIR", help="key directory (demo mode: the demo keys)")
    b.add_argument("--records", required=True, type=Path, metavar="FILE.jsonl")
    b.add_argument("--photos", type=Path, metavar="DIR", help="photos named PARTNER_ID.jpg")
    b.add_argument("--sequence", required=True, type=int)
    b.add_argument("--base", type=int, help="build a delta on top of this sequence")
    b.add_argument("--partner", required=True, metavar="STATE", help="ICAO code of the partner, e.g. CHN")
    b.add_argument("--out", required=True, type=Path, metavar="PACKAGE")
    b.add_argument("--timestamp-days", type=float, default=30.0, help="how long the package stays fresh")
    b.add_argument("--expires-days", type=float, default=180.0)
    b.add_argument("--data-dir", type=Path, help="where demo mode keeps its demo keys")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=_guarded(_build))

    r = rsub.add_parser("rotate-keys", help="partner: new keys, a new root signed by old and new root keys")
    r.add_argument("--keys", required=True, type=Path, metavar="DIR")
    r.add_argument("--roles", default=",".join(ROLES), help=f"comma-separated (default {','.join(ROLES)})")
    r.add_argument("--threshold", type=int, help="new threshold (default: unchanged)")
    r.add_argument("--key-count", type=int, help="new keys per role (default: unchanged)")
    r.add_argument("--root-days", type=int, default=365)
    r.set_defaults(handler=_guarded(_rotate))

    x = rsub.add_parser("index", help="partner/mirror: write packages.json for a folder served over HTTP(S)")
    x.add_argument("folder", type=Path)
    x.set_defaults(handler=_guarded(_index))

    t = rsub.add_parser("install-root", help="field IT: trust this partner root (root.json from keygen)")
    t.add_argument("root", type=Path, metavar="ROOT.json")
    t.add_argument("--partner", required=True, metavar="STATE")
    _client_options(t)
    t.set_defaults(handler=_guarded(_install_root))

    i = rsub.add_parser("import", help="verify and apply a package file, or pull from an http(s) endpoint")
    i.add_argument("source", metavar="PACKAGE|URL")
    _client_options(i)
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=_guarded(_import))

    w = rsub.add_parser("watch", help="import packages dropped into an inbox folder")
    w.add_argument("inbox", type=Path)
    w.add_argument("--interval", type=float, default=5.0, help="seconds between polls")
    w.add_argument("--once", action="store_true", help="import what is there now, then stop")
    _client_options(w)
    w.add_argument("--json", action="store_true")
    w.set_defaults(handler=_guarded(_watch))

    s = rsub.add_parser("status", help="what is installed and how old it is")
    _client_options(s)
    s.add_argument("--max-age-days", type=float, default=DEFAULT_MAX_AGE_DAYS)
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_guarded(_status))

    q = rsub.add_parser("lookup", help="find a person by document, personal id or name")
    which = q.add_mutually_exclusive_group(required=True)
    which.add_argument("--document", metavar="NUMBER")
    which.add_argument("--personal-id", metavar="ID")
    which.add_argument("--name", metavar='"SURNAME GIVEN"')
    q.add_argument("--state", metavar="STATE", help="issuing state of --document")
    q.add_argument("--birth", metavar="YYYY-MM-DD", help="date of birth, with --name")
    q.add_argument("--limit", type=int, default=10)
    q.add_argument("--max-age-days", type=float, default=DEFAULT_MAX_AGE_DAYS)
    _client_options(q)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_guarded(_lookup))


def _guarded(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A file that cannot be read or written is a one-line error (exit 3), not a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            print(f"tekseru: {where}{exc.strerror or exc}", file=sys.stderr)
            return EXIT_BAD_INPUT

    return run


def _client_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", type=Path, help="trust roots, TUF cache and default store (default: user data dir)")
    p.add_argument("--store", type=Path, metavar="PATH", help="registry database (default: DATA_DIR/registry.sqlite)")


# -- desk wiring ----------------------------------------------------------------------------------


def open_store(path: Path, audit: AuditSink, *, check: bool = True) -> RegistryStore:
    """The production SQLite store; tests replace this function. With `check=False` the caller
    runs the integrity check itself (`verify_aside`), e.g. in the background."""
    from verification.registry.sqlite_store import SqliteRegistryStore

    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteRegistryStore(path, audit, verify="quick" if check else "none")


@dataclass
class Desk:
    data_dir: Path
    trust: TrustStore
    store: RegistryStore
    demo: bool
    audit: AuditTrail

    def importer(self) -> PackageImporter:
        return PackageImporter(self.store, self.trust)


def data_dir(args: argparse.Namespace) -> Path:
    """The registry copy's folder: --registry-dir, else beside the desk data ($TEKSERU_DATA_DIR or the
    user data folder), so the CLI, `make run` and the app all see the same copy."""
    if args.data_dir is not None:
        d: Path = args.data_dir
        return d
    from platformdirs import user_data_path

    env = os.environ.get(ENV_VAR)
    base = Path(env).expanduser() if env else user_data_path("tekseru", appauthor=False)
    return base / ("registry-demo" if args.demo else "registry")


def _desk(args: argparse.Namespace) -> Desk:
    d = data_dir(args)
    d.mkdir(parents=True, exist_ok=True)
    trust = TrustStore(d)
    if args.demo and trust.anchor(DEMO_PARTNER) is None:
        trust.install_root(DEMO_PARTNER, (demo_keys(d / "demo-keys").path / "root.json").read_bytes())
    audit = AuditTrail.open_desk(desk_dir(args.data_dir, demo=bool(args.demo)))  # the desk's one audit trail
    store = open_store(args.store or d / "registry.sqlite", audit)
    return Desk(d, trust, store, bool(args.demo), audit)


def _with_desk(fn: Callable[[argparse.Namespace, Desk], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        desk = _desk(args)
        try:
            return fn(args, desk)
        finally:
            desk.store.close()
            desk.audit.close()

    return run


def _out(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    if getattr(args, "json", False):
        if args.demo:
            data = {**data, "demo": True}
        print(json.dumps(data, ensure_ascii=False, default=str), flush=True)
    else:
        print(("DEMO " if args.demo else "") + text, flush=True)


def _refused(args: argparse.Namespace, exc: SyncRejected, source: str) -> int:
    if getattr(args, "json", False):
        _out(args, {"source": source, "ok": False, "reason": exc.reason, "message": str(exc)}, "")
    print(f"tekseru: package refused ({exc.reason}): {exc}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _usage(message: str) -> int:
    print(f"tekseru: {message}", file=sys.stderr)
    return EXIT_USAGE


# -- partner side ---------------------------------------------------------------------------------


def _keygen(args: argparse.Namespace) -> int:
    kd = keygen(args.out, threshold=args.threshold, keys=args.keys, root_days=args.root_days)
    print(f"keys for {', '.join(ROLES)} in {kd.keys_dir} (private keys 0600)")
    print(f"root to install at the desks: {kd.path / 'root.json'}")
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    if args.keys is None and not args.demo:
        return _usage("registry build needs --keys DIR (or --demo)")
    keys = KeyDir(args.keys) if args.keys else demo_keys(data_dir(args) / "demo-keys")
    built = build_package(
        keys,
        args.records,
        args.out,
        args.partner,
        args.sequence,
        args.base,
        photos=args.photos,
        timestamp_days=args.timestamp_days,
        expires_days=args.expires_days,
    )
    data = {k: (str(v) if isinstance(v, Path) else v) for k, v in built.__dict__.items()}
    base = f" on #{built.base_sequence}" if built.base_sequence is not None else ""
    _out(
        args,
        data,
        f"{built.path}: {built.kind} package {built.partner_state} #{built.sequence}{base}, "
        f"{built.persons} persons, {built.deletes} deletions, {built.photos} photos, {built.size} bytes",
    )
    return EXIT_OK


def _rotate(args: argparse.Namespace) -> int:
    roles = [r.strip() for r in args.roles.split(",") if r.strip()]
    root = rotate_keys(
        KeyDir(args.keys), roles, threshold=args.threshold, keys=args.key_count, root_days=args.root_days
    )
    print(f"root version {root.signed.version} with new keys for {', '.join(roles)}; retired keys in keys/retired")
    print("the next package carries it; desks accept it because the old root keys signed it")
    return EXIT_OK


def _index(args: argparse.Namespace) -> int:
    print(write_package_list(args.folder))
    return EXIT_OK


# -- desk side ------------------------------------------------------------------------------------


def _install_root(args: argparse.Namespace) -> int:
    d = data_dir(args)
    try:
        data = args.root.read_bytes()
    except OSError as exc:
        print(f"tekseru: cannot read {args.root}: {exc.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    root = TrustStore(d).install_root(args.partner, data)
    expires = root.expires.strftime("%Y-%m-%d")
    print(f"trusted root version {root.version} for {args.partner} installed (expires {expires})")
    return EXIT_OK


def _import_one(args: argparse.Namespace, desk: Desk, result: ImportResult) -> None:
    v, r = result.version, result.result
    desk.audit.record("registry.sync", f"cli:{getpass.getuser()}", {"ok": True, "applied": result.applied,
                      "partner_state": v.partner_state, "sequence": v.sequence, "kind": v.kind})  # fmt: skip
    data = {
        "ok": True,
        "applied": result.applied,
        "partner_state": v.partner_state,
        "sequence": v.sequence,
        "kind": v.kind,
        "base_sequence": v.base_sequence,
        "published_at": iso(v.published_at),
        "persons_written": r.persons_written,
        "persons_deleted": r.persons_deleted,
        "photos_written": r.photos_written,
        "seconds": round(r.seconds, 3),
    }
    if result.applied:
        text = (
            f"applied {v.kind} package {v.partner_state} #{v.sequence} published {iso(v.published_at)}: "
            f"{r.persons_written} written, {r.persons_deleted} deleted, {r.photos_written} photos"
        )
        faces = _embed_faces(args, desk)
        if faces is not None:
            data["faces"] = faces
            text += f"; face embeddings: {faces['computed']} computed, {faces['without_face']} without a usable face"
    else:
        text = f"package {v.partner_state} #{v.sequence} was already applied (nothing changed)"
    if result.applied:
        source = Path(args.source)
        beside = [source.parent] if not args.source.startswith(("http://", "https://")) and source.is_file() else []
        receipt = write_sync_receipt(desk.audit, f"cli:{getpass.getuser()}", data, desk.audit.path.parent,
                                     beside)  # fmt: skip
        data["receipt"] = [str(p) for p in receipt.paths]
        text += f"; signed sync receipt (audit seq {receipt.checkpoint.seq}) in {receipt.paths[0].parent}"
        for folder, why in receipt.failed:
            text += f"; receipt not written beside the package in {folder}: {why}"
    _out(args, {"source": args.source, **data}, text)


def _embed_faces(args: argparse.Namespace, desk: Desk) -> dict[str, Any] | None:
    """Bring the face embeddings up to date with the registry photos just applied, so 1:N search
    sees new persons at once. Incremental (only new or changed photos) and resumable: batches are
    committed as they go, so a killed job continues where it stopped on the next import."""
    store = desk.store
    iter_photos = getattr(store, "iter_photos", None)
    if iter_photos is None:
        return None
    from verification.faces import bands
    from verification.faces.embed_job import embed_registry
    from verification.faces.embedding_store import EmbeddingStore, path_for_registry
    from verification.faces.registry import get_engine

    status = store.status()
    if status.photos == 0:
        return None
    engine = get_engine(bands.load().default_engine)

    def progress(done: int, total: int, stage: str) -> None:
        if not getattr(args, "json", False) and sys.stderr.isatty():
            print(f"\rface embeddings {done}/{total}", end="", file=sys.stderr, flush=True)

    with EmbeddingStore(path_for_registry(args.store or desk.data_dir / "registry.sqlite")) as faces:
        job = embed_registry(iter_photos(f"job:faces:{getpass.getuser()}"), faces, engine, total=status.photos,
                             progress=progress)  # fmt: skip
    return {"engine": engine.name, "version": engine.version, "computed": job.computed, "skipped": job.skipped,
            "without_face": job.without_face, "pruned": job.pruned, "seconds": round(job.seconds, 2)}  # fmt: skip


@_with_desk
def _import(args: argparse.Namespace, desk: Desk) -> int:
    source: str = args.source
    try:
        if source.startswith(("http://", "https://")):
            downloads = desk.trust.private_dir()
            try:
                results = pull(HttpSource(source, downloads), desk.importer())
            finally:
                shutil.rmtree(downloads, ignore_errors=True)
            if not results:
                _out(args, {"source": source, "ok": True, "applied": False}, "the registry is up to date")
            for result in results:
                _import_one(args, desk, result)
        else:
            _import_one(args, desk, desk.importer().import_file(Path(source)))
    except SyncRejected as exc:
        desk.audit.record("registry.sync", f"cli:{getpass.getuser()}", {"ok": False, "reason": exc.reason})
        return _refused(args, exc, source)
    return EXIT_OK


@_with_desk
def _watch(args: argparse.Namespace, desk: Desk) -> int:
    if not args.inbox.is_dir():
        print(f"tekseru: {args.inbox} is not a folder", file=sys.stderr)
        return EXIT_BAD_INPUT
    inbox = Inbox(args.inbox, desk.importer())
    worst = EXIT_OK

    def report(o: Any) -> None:
        nonlocal worst
        data = {"file": o.file, "ok": o.ok, "reason": o.reason, "message": o.message, "moved_to": str(o.moved_to)}
        _out(args, data, f"{o.file}: {o.message} -> {o.moved_to.parent.name}/")
        desk.audit.record("registry.sync", f"cli:{getpass.getuser()}", {"ok": o.ok, "reason": o.reason, "inbox": True})
        if not o.ok:
            worst = EXIT_BAD_INPUT

    if args.once:
        inbox.poll()
        threading.Event().wait(min(args.interval, 2.0))
        for o in inbox.poll():
            report(o)
        return worst
    stop = threading.Event()
    try:
        inbox.watch(stop, args.interval, report)
    except KeyboardInterrupt:
        stop.set()
    return worst


def _status_json(st: RegistryStatus) -> dict[str, Any]:
    return {k: (iso(v) if isinstance(v, dt.datetime) else v) for k, v in st.__dict__.items()}


@_with_desk
def _status(args: argparse.Namespace, desk: Desk) -> int:
    st = desk.store.status()
    fr = freshness(st, dt.timedelta(days=args.max_age_days), dt.datetime.now(dt.UTC))
    data = {
        **_status_json(st),
        "age_days": None if fr.age is None else round(fr.age.total_seconds() / 86400, 2),
        "max_age_days": args.max_age_days,
        "stale": fr.stale,
        "clock_behind": fr.clock_behind,
        "fresh": fr.fresh,
        "trusted_partners": desk.trust.partners(),
    }
    lines = [
        f"partner   {st.partner_state or '-'}   package #{st.sequence} ({st.kind or 'none'})",
        f"published {_when(st.published_at)}   applied {_when(st.applied_at)}",
        f"trusted time {_when(st.latest_trusted_time)}",
        f"{st.persons} persons, {st.documents} documents, {st.photos} photos, {st.crossings} crossings",
        ("" if fr.fresh else "WARNING: ") + fr.message(),
    ]
    _out(args, data, "\n".join(lines))
    return EXIT_OK


def _when(t: dt.datetime | None) -> str:
    return "-" if t is None else iso(t)


@_with_desk
def _lookup(args: argparse.Namespace, desk: Desk) -> int:
    if args.birth and not args.name:
        return _usage("--birth goes with --name")
    if args.state and not args.document:
        return _usage("--state goes with --document")
    actor = f"cli:{getpass.getuser()}"
    fr = freshness(desk.store.status(), dt.timedelta(days=args.max_age_days), dt.datetime.now(dt.UTC))
    if not fr.fresh:
        print(f"tekseru: WARNING: {fr.message()}", file=sys.stderr)
    hits: Sequence[tuple[PersonRecord, float | None, list[dict[str, str]]]]
    if args.document:
        hits = [(p, None, []) for p in desk.store.by_document(args.document, args.state, actor)]
    elif args.personal_id:
        hits = [(p, None, []) for p in desk.store.by_personal_id(args.personal_id, actor)]
    else:
        surname, given = _split_name(args.name)
        try:
            birth = dt.date.fromisoformat(args.birth) if args.birth else None
        except ValueError:
            return _usage(f"--birth {args.birth!r} is not YYYY-MM-DD")
        found: list[Candidate] = desk.store.search_name(surname, given, birth, actor, args.limit)
        hits = [(c.person, c.score, [{"field": r.field, "how": r.how} for r in c.reasons]) for c in found]
    for person, score, reasons in hits:
        data: dict[str, Any] = {"person": person_to_json(person), "data_fresh": fr.fresh}
        if score is not None:
            data.update(score=round(score, 3), reasons=reasons)
        _out(args, data, _person_text(person, score))
    if not hits:
        _out(args, {"person": None, "data_fresh": fr.fresh}, "no match in the registry")
        return EXIT_NOT_FOUND
    return EXIT_OK


def _split_name(name: str) -> tuple[str, str]:
    """ "SURNAME, GIVEN" or "SURNAME GIVEN" (first word is the surname)."""
    if "," in name:
        surname, _, given = name.partition(",")
    else:
        surname, _, given = name.strip().partition(" ")
    return surname.strip(), given.strip()


def _person_text(p: PersonRecord, score: float | None) -> str:
    head = f"{p.partner_state} {p.partner_id}" + (f"  score {score:.2f}" if score is not None else "")
    out = [head]
    for n in p.names:
        latin = f"  ({n.latin_surname} {n.latin_given_names})" if n.latin_surname or n.latin_given_names else ""
        out.append(f"  name      {n.surname} {n.given_names}{latin}")
    out.append(f"  born      {p.birth_date.isoformat()} {p.birth_place_latin or p.birth_place}  sex {p.sex}")
    if p.personal_id:
        out.append(f"  id        {p.personal_id}")
    for d in p.documents:
        out.append(f"  document  {d.doc_type} {d.number} {d.issuing_state} ({d.issuing_authority})")
    if (c := p.current_status) is not None:
        cert = f" certificate {c.certificate_number}" if c.certificate_number else ""
        out.append(f"  status    {c.state.value} since {c.since.isoformat()}{cert}")
    return "\n".join(out)
