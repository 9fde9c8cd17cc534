"""The `tekseru` console command. Headless subcommands go to the Qt-free CLI; Qt is imported only
when the desk application itself is started, so scripts and servers never need a display."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from verification.cli.main import main as cli_main

    return cli_main(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
