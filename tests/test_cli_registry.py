"""`tekseru registry` as partner staff, field IT and officers meet it: the whole chain from keygen to
look-up, JSON output, exit codes, and one-line errors for every refusal."""

from __future__ import annotations

import functools
import http.server
import json
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.registry_fakes import person, tar_members, write_records, write_tar
from verification.audit import AuditTrail
from verification.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out.splitlines(), out.err


@pytest.fixture
def partner(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    keys = tmp_path / "keys"
    code, out, _ = run(capsys, "registry", "keygen", "--out", str(keys), "--threshold", "2", "--keys", "2")
    assert code == 0 and "root.json" in out[-1]
    write_records(tmp_path / "r1.jsonl", [person(i) for i in range(1, 6)])
    write_records(tmp_path / "r2.jsonl", [person(7)], deletes=["P000001"])
    return keys


def desk_args(tmp_path: Path) -> list[str]:
    return ["--data-dir", str(tmp_path / "desk")]


def build(capsys: pytest.CaptureFixture[str], tmp_path: Path, seq: int, *extra: str) -> Path:
    out = tmp_path / f"p{seq}.tar"
    code, lines, err = run(
        capsys, "registry", "build", "--keys", str(tmp_path / "keys"), "--records", str(tmp_path / f"r{seq}.jsonl"),
        "--sequence", str(seq), "--partner", "CHN", "--out", str(out), "--json", *extra,
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(lines[0])["sequence"] == seq
    return out


def install(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = str(tmp_path / "keys" / "root.json")
    code, out, _ = run(capsys, "registry", "install-root", root, "--partner", "CHN", *desk_args(tmp_path))
    assert code == 0 and "root version 1 for CHN" in out[0]


def test_keygen_to_lookup(partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in (partner / "keys").glob("*.pem"))
    p1 = build(capsys, tmp_path, 1)
    p2 = build(capsys, tmp_path, 2, "--base", "1")
    install(capsys, tmp_path)
    d = desk_args(tmp_path)

    code, out, _ = run(capsys, "registry", "import", str(p1), "--json", *d)
    assert code == 0 and json.loads(out[0])["applied"] is True
    code, out, _ = run(capsys, "registry", "import", str(p2), *d)
    assert code == 0 and out[0].startswith("applied delta package CHN #2")
    code, out, _ = run(capsys, "registry", "import", str(p2), *d)
    assert code == 0 and "already applied" in out[0]

    code, out, _ = run(capsys, "registry", "status", "--json", *d)
    st = json.loads(out[0])
    assert code == 0 and (st["partner_state"], st["sequence"], st["persons"], st["fresh"]) == ("CHN", 2, 5, True)
    code, out, _ = run(capsys, "registry", "status", *d)
    assert code == 0 and "package #2 (delta)" in out[0]

    code, out, _ = run(capsys, "registry", "lookup", "--document", "E00000002", "--state", "CHN", "--json", *d)
    assert code == 0 and json.loads(out[0])["person"]["partner_id"] == "P000002"
    code, out, _ = run(capsys, "registry", "lookup", "--personal-id", "650100000000000003", *d)
    assert code == 0 and out[0].startswith("CHN P000003")
    code, out, _ = run(capsys, "registry", "lookup", "--document", "E00000001", "--json", *d)  # deleted by #2
    assert code == 1 and json.loads(out[0])["person"] is None
    code, out, _ = run(capsys, "registry", "lookup", "--name", "WANG XIAO7", "--birth", "1977-08-08", "--json", *d)
    assert code == 0 and json.loads(out[0])["person"]["partner_id"] == "P000007"
    assert "score" in json.loads(out[0])
    trail = AuditTrail.open_desk(tmp_path / "desk")
    assert stat.S_IMODE(trail.path.stat().st_mode) == 0o600 and trail.verify().intact
    assert sum(e.action.startswith("registry.by_") for e in trail.entries()) >= 2  # every look-up is on record
    assert sum(e.action == "registry.sync" for e in trail.entries()) == 3


def test_refused_package_is_one_line_and_exit_3(
    partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = tar_members(build(capsys, tmp_path, 1))
    name = "targets/packages/00000001/records.jsonl"
    members[name] = members[name].replace(b"XIAO1", b"XIAO9")
    bad = write_tar(tmp_path / "bad.tar", members)
    install(capsys, tmp_path)
    code, out, err = run(capsys, "registry", "import", str(bad), "--json", *desk_args(tmp_path))
    assert code == 3
    assert json.loads(out[0]) == {
        "source": str(bad),
        "ok": False,
        "reason": "target_hash",
        "message": json.loads(out[0])["message"],
    }
    assert len(err.strip().splitlines()) == 1 and "package refused (target_hash)" in err


def test_usage_and_input_errors(partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = desk_args(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(["registry", "lookup", *d])
    assert info.value.code == 2
    code, _, err = run(capsys, "registry", "lookup", "--document", "X", "--birth", "1990-01-01", *d)
    assert code == 2 and "--birth goes with --name" in err
    code, _, err = run(
        capsys, "registry", "build", "--records", "r", "--sequence", "1", "--partner", "CHN", "--out", "o"
    )
    assert code == 2 and "--keys" in err
    code, _, err = run(capsys, "registry", "import", str(tmp_path / "nope.tar"), *d)
    assert code == 3 and "nope.tar" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "registry", "keygen", "--out", str(partner))
    assert code == 3 and "already holds" in err
    code, _, err = run(capsys, "registry", "install-root", str(tmp_path / "r1.jsonl"), "--partner", "CHN", *d)
    assert code == 3 and "not a valid" in err


def test_no_trust_root_installed(partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p1 = build(capsys, tmp_path, 1)
    code, _, err = run(capsys, "registry", "import", str(p1), *desk_args(tmp_path))
    assert code == 3 and "no_trust_root" in err and "install-root" in err


def test_rotate_keys_then_import(partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    install(capsys, tmp_path)
    d = desk_args(tmp_path)
    assert run(capsys, "registry", "import", str(build(capsys, tmp_path, 1)), *d)[0] == 0
    code, out, _ = run(
        capsys, "registry", "rotate-keys", "--keys", str(partner), "--threshold", "1", "--key-count", "1"
    )
    assert code == 0 and "root version 2" in out[0]
    code, out, _ = run(capsys, "registry", "import", str(build(capsys, tmp_path, 2, "--base", "1")), *d)
    assert code == 0 and "applied" in out[0]


@pytest.fixture
def www(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    root = tmp_path / "www"
    root.mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_import_from_url(
    partner: Path, tmp_path: Path, www: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, url = www
    build(capsys, tmp_path, 1).rename(root / "CHN-1.tar")
    build(capsys, tmp_path, 2, "--base", "1").rename(root / "CHN-2.tar")
    assert run(capsys, "registry", "index", str(root))[0] == 0
    install(capsys, tmp_path)
    code, out, _ = run(capsys, "registry", "import", url, "--json", *desk_args(tmp_path))
    assert code == 0 and [json.loads(line)["sequence"] for line in out] == [1, 2]
    code, out, _ = run(capsys, "registry", "import", url, *desk_args(tmp_path))
    assert code == 0 and out == ["the registry is up to date"]


def test_watch_once(partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    install(capsys, tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    build(capsys, tmp_path, 1).rename(inbox / "p1.tar")
    (inbox / "junk.tar").write_bytes(b"junk")
    code, out, _ = run(capsys, "registry", "watch", str(inbox), "--once", "--interval", "0.05", "--json",
                       *desk_args(tmp_path))  # fmt: skip
    assert code == 3
    assert sorted((json.loads(x)["file"], json.loads(x)["ok"]) for x in out) == [("junk.tar", False), ("p1.tar", True)]


def test_demo_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_records(tmp_path / "r.jsonl", [person(1)])
    d = desk_args(tmp_path)
    pkg = str(tmp_path / "demo.tar")
    code, out, _ = run(capsys, "--demo", "registry", "build", "--records", str(tmp_path / "r.jsonl"), "--sequence", "1",
                       "--partner", "CHN", "--out", pkg, "--data-dir", str(tmp_path / "desk"))  # fmt: skip
    assert code == 0 and out[0].startswith("DEMO ")
    code, out, _ = run(capsys, "--demo", "registry", "import", pkg, *d)
    assert code == 0 and out[0].startswith("DEMO applied full package CHN #1")
    code, out, _ = run(capsys, "--demo", "registry", "status", "--json", *d)
    assert json.loads(out[0])["demo"] is True


def test_import_computes_face_embeddings_for_new_photos(
    partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1:N face search must see the persons of a package as soon as it is applied."""
    from verification.faces.embedding_store import EmbeddingStore, path_for_registry
    from verification.registry.specimens import portrait_jpeg

    photos = tmp_path / "photos"
    photos.mkdir()
    for i in range(1, 4):
        (photos / f"P00000{i}.jpg").write_bytes(portrait_jpeg(f"P00000{i}", "F"))
    p1 = build(capsys, tmp_path, 1, "--photos", str(photos))
    install(capsys, tmp_path)
    code, out, err = run(capsys, "registry", "import", str(p1), "--json", *desk_args(tmp_path))
    assert code == 0, err
    faces = json.loads(out[0])["faces"]
    assert faces["engine"] == "sface"
    assert faces["computed"] + faces["without_face"] == 3
    with EmbeddingStore(path_for_registry(tmp_path / "desk" / "registry.sqlite")) as store:
        assert store.count(faces["engine"], faces["version"]) == 3
    # a second import of the same package changes nothing and recomputes nothing
    code, out, _ = run(capsys, "registry", "import", str(p1), "--json", *desk_args(tmp_path))
    assert code == 0 and "faces" not in json.loads(out[0])
