"""Where the desk keeps its own files (audit trail, signing key, accounts, cases, case images): an
explicit folder (`--data-dir`), else $TEKSERU_DATA_DIR (field IT: an encrypted volume), else the
user's data folder that the registry's default file also lives under."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from verification.registry.paths import data_dir

ENV_VAR = "TEKSERU_DATA_DIR"


def desk_dir(
    override: str | os.PathLike[str] | None = None, *, demo: bool = False, env: Mapping[str, str] | None = None
) -> Path:
    """The desk data folder (not created here). Demo mode keeps its own, so demo cases and demo
    sign-ins never mix with real ones."""
    if override is not None:
        return Path(override).expanduser()
    environ = os.environ if env is None else env
    base = Path(environ[ENV_VAR]).expanduser() if environ.get(ENV_VAR) else data_dir()
    return base / "demo" if demo else base
