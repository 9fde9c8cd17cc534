"""Where packages come from: a real HTTP server on 127.0.0.1 (in a thread) that serves, drops the
connection half-way, or sends more than it declared; and the watched inbox folder."""

from __future__ import annotations

import http.server
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.registry_fakes import open_store, person, write_records
from verification.registry.errors import SyncRejected
from verification.registry.store import RegistryStore
from verification.registry.sync import (
    HttpSource,
    Inbox,
    KeyDir,
    PackageImporter,
    Reason,
    RemotePackage,
    TrustStore,
    build_package,
    keygen,
    plan,
    pull,
    write_package_list,
)


@dataclass
class Behaviour:
    drop_after: dict[str, int] = field(default_factory=dict)  # file -> bytes sent before the first drop
    extra_bytes: dict[str, int] = field(default_factory=dict)  # file -> bytes appended, no Content-Length
    lie_length: dict[str, int] = field(default_factory=dict)  # file -> bytes appended, honest Content-Length
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path, Range header)


def make_handler(root: Path, b: Behaviour) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            name = self.path.lstrip("/")
            rng = self.headers.get("Range")
            b.requests.append((name, rng))
            path = root / name
            if not path.is_file():
                self.send_error(404)
                return
            data = path.read_bytes()
            if name in b.extra_bytes:
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data + b"\0" * b.extra_bytes[name])
                self.close_connection = True
                return
            if name in b.lie_length:
                data += b"\0" * b.lie_length[name]
            start = int(m.group(1)) if rng and (m := re.match(r"bytes=(\d+)-$", rng)) else 0
            body = data[start:]
            self.send_response(206 if start else 200)
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            if name in b.drop_after:
                self.wfile.write(body[: b.drop_after.pop(name)])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self.wfile.write(body)

    return Handler


@dataclass
class Site:
    root: Path
    url: str
    behaviour: Behaviour


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    root = tmp_path / "www"
    root.mkdir()
    b = Behaviour()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(root, b))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield Site(root, f"http://127.0.0.1:{server.server_address[1]}/", b)
    server.shutdown()
    server.server_close()


@dataclass
class Desk:
    tmp: Path
    keys: KeyDir
    trust: TrustStore
    store: RegistryStore
    importer: PackageImporter

    def build(self, out_dir: Path, sequence: int, base: int | None = None, n: int = 30) -> Path:
        rec = write_records(self.tmp / f"r{sequence}.jsonl", [person(i + 100 * sequence) for i in range(n)])
        out = out_dir / f"CHN-{sequence:08d}-{'delta' if base else 'full'}.tar"
        return build_package(self.keys, rec, out, "CHN", sequence, base).path

    def source(self, url: str) -> HttpSource:
        return HttpSource(url, self.tmp / "downloads", retry_delay=0, timeout=5)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    keys = keygen(tmp_path / "keys")
    trust = TrustStore(tmp_path / "data")
    trust.install_root("CHN", (keys.path / "root.json").read_bytes())
    store = open_store(tmp_path / "store.db")
    yield Desk(tmp_path, keys, trust, store, PackageImporter(store, trust))
    store.close()


def test_pull_applies_full_then_deltas_then_nothing(site: Site, desk: Desk) -> None:
    desk.build(site.root, 1)
    desk.build(site.root, 2, base=1)
    desk.build(site.root, 3, base=2)
    write_package_list(site.root)
    results = pull(desk.source(site.url), desk.importer)
    assert [r.version.sequence for r in results] == [1, 2, 3]
    assert desk.store.status().sequence == 3
    assert pull(desk.source(site.url), desk.importer) == []
    assert not list((desk.tmp / "downloads").iterdir())


def test_resume_after_dropped_connection(site: Site, desk: Desk) -> None:
    pkg = desk.build(site.root, 1, n=200)
    write_package_list(site.root)
    site.behaviour.drop_after[pkg.name] = 7000
    results = pull(desk.source(site.url), desk.importer)
    assert results[0].applied
    ranges = [r for name, r in site.behaviour.requests if name == pkg.name]
    assert ranges == [None, "bytes=7000-"]


def test_server_sending_more_than_declared(site: Site, desk: Desk) -> None:
    pkg = desk.build(site.root, 1)
    write_package_list(site.root)
    site.behaviour.extra_bytes[pkg.name] = 1_000_000
    with pytest.raises(SyncRejected) as info:
        pull(desk.source(site.url), desk.importer)
    assert info.value.reason == Reason.TOO_LARGE
    assert "more than the" in str(info.value)
    assert desk.store.status().sequence == 0
    assert not list((desk.tmp / "downloads").glob("*.part"))


def test_server_announcing_more_than_declared(site: Site, desk: Desk) -> None:
    pkg = desk.build(site.root, 1)
    write_package_list(site.root)
    site.behaviour.lie_length[pkg.name] = 10_000
    with pytest.raises(SyncRejected) as info:
        pull(desk.source(site.url), desk.importer)
    assert info.value.reason == Reason.TOO_LARGE and "declared" in str(info.value)


def test_declared_size_over_the_limit_is_never_fetched(site: Site, desk: Desk) -> None:
    from verification.registry.sync import Limits

    desk.build(site.root, 1)
    write_package_list(site.root)
    src = HttpSource(site.url, desk.tmp / "dl", limits=Limits(max_package_bytes=1000), retry_delay=0)
    with pytest.raises(SyncRejected) as info:
        pull(src, desk.importer)
    assert info.value.reason == Reason.TOO_LARGE
    assert [n for n, _ in site.behaviour.requests] == ["packages.json"]


def test_missing_file_and_missing_list(site: Site, desk: Desk) -> None:
    with pytest.raises(SyncRejected) as info:
        pull(desk.source(site.url), desk.importer)
    assert info.value.reason == Reason.DOWNLOAD and "HTTP 404" in str(info.value)
    pkg = desk.build(site.root, 1)
    write_package_list(site.root)
    pkg.unlink()
    with pytest.raises(SyncRejected) as info:
        pull(desk.source(site.url), desk.importer)
    assert info.value.reason == Reason.DOWNLOAD and pkg.name in str(info.value)


def test_file_changed_on_the_server(site: Site, desk: Desk) -> None:
    pkg = desk.build(site.root, 1)
    write_package_list(site.root)
    data = bytearray(pkg.read_bytes())
    data[-2000] ^= 1
    pkg.write_bytes(bytes(data))
    with pytest.raises(SyncRejected) as info:
        pull(desk.source(site.url), desk.importer)
    assert info.value.reason == Reason.DOWNLOAD and "damaged" in str(info.value)


def test_tampered_package_over_http_is_still_verified(site: Site, desk: Desk) -> None:
    """The list is unsigned: a matching hash in it proves nothing, TUF does."""
    pkg = desk.build(site.root, 1)
    data = bytearray(pkg.read_bytes())
    data[data.find(b"XIAO101")] ^= 1  # inside the records file
    pkg.write_bytes(bytes(data))
    write_package_list(site.root)
    with pytest.raises(SyncRejected) as info:
        pull(desk.source(site.url), desk.importer)
    assert info.value.reason == Reason.TARGET_HASH
    assert desk.store.status().sequence == 0


def rp(seq: int, base: int | None = None) -> RemotePackage:
    return RemotePackage(f"p{seq}{'d' if base else 'f'}.tar", seq, "delta" if base else "full", base, 1, "0" * 64)


def test_plan() -> None:
    offered = [rp(1), rp(2, 1), rp(3, 2), rp(3), rp(4, 3)]
    assert [p.file for p in plan(offered, 0)] == ["p3f.tar", "p4d.tar"]
    assert [p.file for p in plan(offered, 1)] == ["p2d.tar", "p3d.tar", "p4d.tar"]
    assert plan(offered, 4) == []
    assert [p.file for p in plan([rp(5), rp(6, 5)], 2)] == ["p5f.tar", "p6d.tar"]
    with pytest.raises(SyncRejected) as info:
        plan([rp(6, 5)], 2)
    assert info.value.reason == Reason.WRONG_BASE


def test_inbox_waits_for_a_complete_file_then_moves_it(desk: Desk) -> None:
    inbox_dir = desk.tmp / "inbox"
    inbox_dir.mkdir()
    inbox = Inbox(inbox_dir, desk.importer)
    pkg = desk.build(desk.tmp, 1)
    target = inbox_dir / pkg.name
    target.write_bytes(pkg.read_bytes()[:5000])  # a copy in progress
    assert inbox.poll() == []
    target.write_bytes(pkg.read_bytes())
    assert inbox.poll() == []  # changed since the last poll: still not settled
    [outcome] = inbox.poll()
    assert outcome.ok and outcome.reason == "applied"
    assert outcome.moved_to == inbox_dir / "processed" / pkg.name
    assert (inbox_dir / "processed" / f"{pkg.name}.reason.txt").read_text().startswith("applied\n")
    assert not target.exists() and desk.store.status().sequence == 1


def test_inbox_moves_refused_packages_aside_with_the_reason(desk: Desk) -> None:
    inbox_dir = desk.tmp / "inbox"
    inbox_dir.mkdir()
    inbox = Inbox(inbox_dir, desk.importer)
    (inbox_dir / "junk.tar").write_bytes(b"not a tar at all" * 100)
    for seq, name in ((1, "c.tar"), (2, "b.tar"), (3, "a.tar")):  # names sort against the sequence
        desk.build(inbox_dir, seq, base=seq - 1 or None).rename(inbox_dir / name)
    assert inbox.poll() == []
    outcomes = inbox.poll()
    assert [(o.file, o.reason) for o in outcomes] == [
        ("c.tar", "applied"),
        ("b.tar", "applied"),
        ("a.tar", "applied"),
        ("junk.tar", Reason.MALFORMED),
    ]
    reason = (inbox_dir / "failed" / "junk.tar.reason.txt").read_text().splitlines()
    assert reason[0] == Reason.MALFORMED and "not a Tekseru package" in reason[1]
    assert sorted(p.name for p in inbox_dir.iterdir()) == ["failed", "processed"]
    # the same data re-signed and dropped again is a no-op, kept under a new name in processed/
    desk.build(inbox_dir, 3, base=2).rename(inbox_dir / "a.tar")
    inbox.poll()
    [again] = inbox.poll()
    assert again.ok and again.reason == "already_applied"
    assert again.moved_to.parent.name == "processed" and again.moved_to.name.startswith("a-")
