"""The ``mediakit`` command line: one sub-command per module in ``mediakit.commands``.

Every error a user can cause (missing file, a folder, bytes that are not UTF-8)
is reported in one line on stderr with exit status 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from mediakit import __version__
from mediakit.io import InputError

#: Sub-command modules in ``mediakit.commands``; each has ``register(subparsers)``
#: which adds its parser and sets ``handler`` (a function of the parsed args -> exit code).
COMMANDS = ("analyze", "evaluate", "classroom", "start")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediakit",
        description="See how a text tries to move you: transparent rhetoric detectors.",
    )
    parser.add_argument("--version", action="version", version=f"mediakit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"mediakit.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except InputError as exc:
        print(f"mediakit: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `mediakit analyze x | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
