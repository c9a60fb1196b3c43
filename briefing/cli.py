"""Command line: parse options, configure logging, run the build, map errors to exit codes.

The only module that prints. Exit codes: 0 built, 1 build failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from . import __version__
from .errors import BriefingError
from .pipeline import DEFAULT_TEMPLATES, BuildResult, build, find_seed

DEFAULT_PORT = 8000  # as MkDocs; kept here so that a plain build never imports the server

log = logging.getLogger("briefing")

EXAMPLES = """\
examples:
  python build.py                         # seeds/<the one article> -> site/
  python build.py --seed story.md --out /tmp/site
  python build.py --watch                 # rebuild on every save of the seed or a template
  python build.py --serve --port 8001     # the same, plus http://127.0.0.1:8001/ reloading itself
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
    parser.add_argument(
        "--watch", action="store_true", help="build, then rebuild whenever the seed or a template changes"
    )
    parser.add_argument(
        "--serve",
        action="store_true",
        help="--watch plus a preview server on 127.0.0.1 whose page reloads after each rebuild",
    )
    parser.add_argument(
        "--port",
        type=port_number,
        metavar="N",
        help=f"the --serve port (default: {DEFAULT_PORT}; 0: any free one)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log each step; show tracebacks")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def port_number(text: str) -> int:
    """A TCP port, 0 to 65535 (0: the system picks a free one); argparse turns the error into usage."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port (0 to 65535)")
    return port


class LowerCaseLevel(logging.Formatter):
    """`warning: …` and `info: …`, like the `error: …` lines."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {super().format(record)}"


def configure_output(verbose: bool) -> None:
    """Log lines on stderr (every step under -v); paths that are not UTF-8 print, never crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LowerCaseLevel("%(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h.formatter, LowerCaseLevel)]:
        root.removeHandler(old)  # main() run again in one process (tests) replaces its handler
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)


def summary(result: BuildResult) -> str:
    """One line: where the page is and what it found."""
    briefing = result.briefing
    quotes, speakers = len(briefing.quotes), len(briefing.speakers)
    return (
        f"{result.index}: {quotes} quote{'s' * (quotes != 1)} from {speakers} speaker{'s' * (speakers != 1)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.port is not None and not args.serve:
        parser.error("--port is the port of --serve; add --serve")
    if args.out.resolve() == args.seeds.resolve():
        parser.error(
            f"--out {args.out} is the folder articles are looked for in; choose another --out folder"
        )
    configure_output(args.verbose)
    if args.watch or args.serve:
        return watch_mode(args)
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


def redirected_streams() -> list[Path]:
    """The files stdout and stderr are redirected to (`> log.txt`): the watcher's own output too."""
    found = []
    for fd in (1, 2):
        try:
            target = Path(os.readlink(f"/proc/self/fd/{fd}"))  # Linux; elsewhere nothing is found
        except OSError:
            continue
        if target.is_file():
            found.append(target)
    return found


def fail(message: str, verbose: bool) -> int:
    """Print the one-line error (the traceback first under -v); the exit code of a failed build."""
    if verbose:
        log.exception("build failed")
    print("error: " + " ".join(message.splitlines()), file=sys.stderr)
    return 1


def watch_mode(args: argparse.Namespace) -> int:
    """--watch and --serve: build, then rebuild on each change until Ctrl-C (exit 0)."""
    from .watch import Rebuilder, attempt, display, watch

    def say(line: str) -> None:
        print(line, flush=True)

    def complain(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    server = None
    try:
        seed = args.seed if args.seed is not None else find_seed(args.seeds)
        for folder, option in ((seed.parent, "--seed"), (args.templates, "--templates")):
            if not folder.is_dir():
                raise BriefingError(f"{folder}: no such folder; check {option}")
        if args.serve:
            from .serve import PreviewServer

            server = PreviewServer(args.out, DEFAULT_PORT if args.port is None else args.port)
        rebuilder = Rebuilder(
            seed, args.out, args.templates, summarize=summary, on_built=server and server.built
        )
        attempt(rebuilder.build, display(seed), say, complain)
        if server is not None:
            say(f"serving {display(args.out)} at {server.url} (reloads after each rebuild)")
        watching = f"watching {display(seed)} and {display(args.templates)} for changes (Ctrl-C to stop)"
        outputs = [args.out, args.out / "index.html", args.out / "briefing.json", *redirected_streams()]
        watch(
            [seed, args.templates],
            rebuilder,
            report=say,
            report_error=complain,
            ready=lambda: say(watching),
            ignore=outputs,
        )
    except BriefingError as exc:  # no seed to watch, or the port is taken
        if args.verbose:
            log.exception("watch failed")
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        say("stopped watching")
    finally:
        if server is not None:
            server.close()
    return 0
