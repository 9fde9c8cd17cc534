"""Argument parsing and dispatch. Exit codes: 0 success, 1 something not found or not valid,
2 usage error, 3 a file could not be read. User errors never print a traceback."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ocr.errors import TekseruError
from verification.cli import (
    audit_command,
    case_command,
    face_command,
    mrz_command,
    read_command,
    registry_command,
    user_command,
    verify_command,
)

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tekseru", description="Verify handed-over passports and certificates.")
    parser.add_argument("--demo", action="store_true", help="demo mode: bundled demo data, every output marked DEMO")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    mrz_command.register(sub)
    read_command.register(sub)
    face_command.register(sub)
    registry_command.register(sub)
    audit_command.register(sub)
    user_command.register(sub)
    case_command.register(sub)
    verify_command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2), format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        code: int = args.handler(args)
        return code
    except TekseruError as exc:
        print(f"tekseru: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
