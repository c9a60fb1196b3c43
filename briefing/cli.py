"""Command line: parse options, configure logging, run the build, map errors to exit codes.

The only module that prints. Exit codes: 0 built, 1 build failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__
from .errors import BriefingError
from .pipeline import DEFAULT_TEMPLATES, BuildResult, build, find_seed

log = logging.getLogger("briefing")

EXAMPLES = """\
examples:
  python build.py                         # seeds/<the one article> -> site/
  python build.py --seed story.md --out /tmp/site
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build.py",
        description="Turn one news article into a briefing page: headline, quotes, speakers.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--seed",
        type=Path,
        metavar="FILE",
        help="the article (.txt, .md or .html); default: the one file in seeds/",
    )
    parser.add_argument(
        "--seeds",
        type=Path,
        default=Path("seeds"),
        metavar="DIR",
        help="where to look for the article (default: seeds)",
    )
    parser.add_argument(
        "--out", type=Path, default=Path("site"), metavar="DIR", help="output folder (default: site)"
    )
    parser.add_argument(
        "--templates",
        type=Path,
        default=DEFAULT_TEMPLATES,
        metavar="DIR",
        help="template folder (default: the project's templates/)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log each step; show tracebacks")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def summary(result: BuildResult) -> str:
    """One line: where the page is and what it found."""
    briefing = result.briefing
    quotes, speakers = len(briefing.quotes), len(briefing.speakers)
    return (
        f"{result.index}: {quotes} quote{'s' * (quotes != 1)} from {speakers} speaker{'s' * (speakers != 1)}"
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        seed = args.seed if args.seed is not None else find_seed(args.seeds)
        result = build(seed, args.out, templates=args.templates)
    except BriefingError as exc:
        return fail(str(exc), args.verbose)
    except Exception as exc:  # a bug, not bad input: still one line, the traceback under -v
        return fail(
            f"internal error ({type(exc).__name__}: {exc}); rerun with -v and report it", args.verbose
        )
    print(summary(result))
    return 0


def fail(message: str, verbose: bool) -> int:
    """Print the one-line error (the traceback first under -v); the exit code of a failed build."""
    if verbose:
        log.exception("build failed")
    print("error: " + " ".join(message.splitlines()), file=sys.stderr)
    return 1
