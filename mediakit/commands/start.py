"""``mediakit start [DIR] [--no-lab]``: copy the lessons into a folder and open JupyterLab."""

from __future__ import annotations

import argparse

from mediakit.io import InputError


def register(sub: argparse._SubParsersAction) -> None:
    from mediakit.start import DEFAULT_DIR

    p = sub.add_parser(
        "start",
        help="copy the lessons into a working folder and open JupyterLab there",
        description="Copy the lessons (and the student exercises, when available) into DIR, "
                    "never overwriting a file that is already there, then open JupyterLab "
                    "on the first lesson.",
    )
    p.add_argument("dir", nargs="?", default=DEFAULT_DIR, metavar="DIR",
                   help=f"the working folder (default: ./{DEFAULT_DIR}; created if needed)")
    p.add_argument("--no-lab", action="store_true",
                   help="only copy the files; do not start JupyterLab")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from mediakit.start import copy_course, open_lab

    try:
        result = copy_course(args.dir)
    except OSError as exc:  # not a folder, no permission, disk full, ...
        raise InputError(f"cannot use {args.dir} as the working folder ({exc})") from None
    for line in result.lines():
        print(line)
    if args.no_lab:
        print(f"To begin: cd {result.folder} && jupyter lab 00-start-here.ipynb")
        return 0
    print("Opening JupyterLab (stop it with Ctrl+C; your work stays in the folder).")
    return open_lab(result.folder)
