"""Where the registry file lives: the user's data folder by default (platformdirs, so each OS puts
it where its backups and policies expect), overridable by an explicit path or TEKSERU_REGISTRY
for field IT (e.g. an encrypted volume)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Tekseru"
ENV_VAR = "TEKSERU_REGISTRY"
_STATE = re.compile(r"[A-Z]{3}")


def data_dir() -> Path:
    """Tekseru's per-user data folder (not created here)."""
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def registry_path(
    partner_state: str = "CHN", override: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> Path:
    """The registry file of one partner: `override`, else $TEKSERU_REGISTRY, else
    <user data>/registry/<partner>.sqlite3. One file per partner, because a store refuses to mix."""
    if override is not None:
        return Path(override).expanduser()
    environ = os.environ if env is None else env
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    if not _STATE.fullmatch(partner_state):
        raise ValueError(f"a partner is named by its ICAO 3-letter code, not {partner_state!r}")
    return data_dir() / "registry" / f"{partner_state.lower()}.sqlite3"


def ensure_parent(path: Path) -> Path:
    """Create the file's folder, readable by the user only (it will hold personal data)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
