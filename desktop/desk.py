"""The desk's core objects for the app (Qt-free): the data folder, the one audit trail, accounts,
cases and the local registry copy — opened the same way as the `tekseru` CLI opens them, so the
CLI and the app see the same desk. Demo mode has its own folders, trusts the demo partner, and
creates a demo account so the app can be tried at once."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from verification.accounts import AccountError, AccountStore, User
from verification.accounts.demo import DEMO_ADMIN as DEMO_ADMIN
from verification.accounts.demo import DEMO_OFFICER, ensure_demo_accounts
from verification.accounts.demo import DEMO_PASSWORD as DEMO_PASSWORD
from verification.accounts.demo import DEMO_SUPERVISOR as DEMO_SUPERVISOR
from verification.audit import AuditTrail, desk_dir
from verification.cases import CaseStore
from verification.cli import registry_command
from verification.registry.store import RegistryStore
from verification.registry.sync import Freshness, PackageImporter, TrustStore, freshness
from verification.registry.sync.demo import DEMO_PARTNER, demo_keys

if TYPE_CHECKING:
    from verification.faces.search import FaceIndex

log = logging.getLogger(__name__)
DEMO_USER = DEMO_OFFICER  # the demo accounts are shared with the CLI: verification/accounts/demo.py


@dataclass
class Desk:
    data_dir: Path
    registry_dir: Path
    demo: bool
    audit: AuditTrail
    accounts: AccountStore
    cases: CaseStore
    registry: RegistryStore
    trust: TrustStore
    # One core call at a time per store file: workers take this lock around core calls.
    lock: threading.Lock = field(default_factory=threading.Lock)
    # The 1:N face index, built on first use and again whenever another package has been applied.
    _faces: tuple[tuple[int, str, str], FaceIndex | None] | None = field(default=None, repr=False)
    # None until the background integrity check has run; "" when the file is sound; else the problem.
    registry_problem: str | None = None

    @classmethod
    def open(cls, data_dir: Path | None = None, *, demo: bool = False) -> Desk:
        ns = argparse.Namespace(data_dir=data_dir, demo=demo)
        d = desk_dir(data_dir, demo=demo)
        d.mkdir(parents=True, exist_ok=True)
        rdir = registry_command.data_dir(ns)
        rdir.mkdir(parents=True, exist_ok=True)
        trust = TrustStore(rdir)
        if demo and trust.anchor(DEMO_PARTNER) is None:
            trust.install_root(DEMO_PARTNER, (demo_keys(rdir / "demo-keys").path / "root.json").read_bytes())
        audit = AuditTrail.open_desk(d)
        accounts = AccountStore.open_desk(d, audit)
        if demo:  # an officer, a supervisor and an administrator to try every screen with
            try:
                ensure_demo_accounts(accounts)
            except AccountError as exc:  # a demo folder with accounts of its own (tests): leave it be
                log.info("demo accounts not added: %s", exc)
        cases = CaseStore.open_desk(d, audit)
        # Unchecked here, so the window shows at once; `check_registry` runs SQLite's quick check in
        # the background (seconds on a large copy) and the app refuses to verify on a damaged file.
        registry = registry_command.open_store(rdir / "registry.sqlite", audit, check=False)
        return cls(d, rdir, demo, audit, accounts, cases, registry, trust)

    def importer(self) -> PackageImporter:
        return PackageImporter(self.registry, self.trust)

    def check_registry(self) -> str:
        """SQLite's quick check of the registry copy on a connection of its own (no desk lock: look-ups
        go on meanwhile). Returns and remembers the problem, "" when sound. Call from a worker."""
        from verification.registry.errors import RegistryError

        check = getattr(self.registry, "verify_aside", None)
        try:
            if check is not None:
                check()
            self.registry_problem = ""
        except RegistryError as exc:
            self.registry_problem = str(exc)
        return self.registry_problem

    def housekeeping(self) -> str:
        """What the app does in the background at start: the registry's integrity check, then the
        retention run. Returns the registry problem ("" when sound). Call from a worker."""
        problem = self.check_registry()
        self.purge_expired_images()
        return problem

    def purge_expired_images(self) -> None:
        """The retention run: case images past the desk's retention period deleted, records kept.
        A failure is logged and the next run tries again. Call from a worker."""
        try:
            with self.lock:
                self.cases.purge_expired()
        except Exception:
            log.exception("the retention run failed; it is tried again at the next run")

    def freshness(self, max_age_days: float) -> Freshness:
        return freshness(self.registry.status(), dt.timedelta(days=max_age_days), dt.datetime.now(dt.UTC))

    def face_index(self, actor: str, engine: str | None = None) -> FaceIndex | None:
        """The registry photos' embeddings as the CLI's `verify` loads them, computing those still
        missing first (an import by the app does not embed; the job is incremental, so this is cheap
        once done). None when the registry holds no photos: the verdict then says the 1:N search
        did not run. Call from a worker, under `lock`."""
        from verification.faces import bands
        from verification.faces.embed_job import embed_registry
        from verification.faces.embedding_store import EmbeddingStore, path_for_registry
        from verification.faces.registry import get_engine
        from verification.faces.search import FaceIndex

        status = self.registry.status()
        table = bands.load()
        eng = get_engine(engine or table.default_engine)
        key = (status.sequence, eng.name, eng.version)
        if self._faces is not None and self._faces[0] == key:
            return self._faces[1]
        index: FaceIndex | None = None
        iter_photos = getattr(self.registry, "iter_photos", None)
        if status.photos and iter_photos is not None:
            with EmbeddingStore(path_for_registry(self.registry_dir / "registry.sqlite")) as emb:
                if emb.count(eng.name, eng.version) < status.photos:
                    embed_registry(iter_photos(actor), emb, eng, total=status.photos)
                index = FaceIndex.from_store(emb, eng.name, eng.version, table.for_engine(eng.name))
        self._faces = (key, index)
        return index

    def authenticate(self, username: str, password: str) -> User:
        with self.lock:
            return self.accounts.authenticate(username, password)

    def close(self) -> None:
        for closer in (self.registry.close, self.cases.close, self.accounts.close, self.audit.close):
            with contextlib.suppress(Exception):
                closer()
