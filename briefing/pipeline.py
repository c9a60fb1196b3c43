"""build(): read the seed, extract, render, then write. No argparse and no printing here."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

from .article import load_article
from .budget import extract_within_budget
from .errors import BriefingError, SeedError
from .model import Briefing
from .output import write_all
from .render import TEMPLATE_NAME, render_html_chunks, render_json_chunks

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEMPLATES = PROJECT_ROOT / "templates"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class BuildResult(NamedTuple):
    """What one build produced and where it wrote it."""

    briefing: Briefing
    index: Path
    data: Path


def find_seed(seeds: Path) -> Path:
    """The one article in the seeds folder; zero or several is an error naming what was found.

    Hidden files and editor leftovers (`.#story.txt`, `story.txt~`, `.story.txt.swp`) are not
    articles, so saving in an editor during --watch does not make the folder ambiguous.
    """
    if not seeds.exists():
        raise SeedError(f"{seeds}: no such folder; put one article in it or pass --seed FILE")
    if not seeds.is_dir():
        raise SeedError(f"{seeds}: not a folder; pass the article itself with --seed FILE")
    try:
        found = sorted(p for p in seeds.iterdir() if is_article(p))
    except OSError as exc:
        raise SeedError(f"{seeds}: cannot list the folder ({exc.strerror or exc})") from exc
    if not found:
        raise SeedError(
            f"{seeds}: no article found (looked for {', '.join(ARTICLE_SUFFIXES)}); "
            "add one or pass --seed FILE"
        )
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise SeedError(f"{seeds}: {len(found)} articles found ({names}); keep one or pass --seed FILE")
    return found[0]


def is_article(path: Path) -> bool:
    """A visible file with an article suffix (a folder or a broken link is not one)."""
    return (
        not path.name.startswith((".", "#", "~"))
        and path.suffix.lower() in ARTICLE_SUFFIXES
        and path.is_file()
    )


def build(
    seed: Path, out: Path, *, templates: Path = DEFAULT_TEMPLATES, reuse: Briefing | None = None
) -> BuildResult:
    """Build both outputs into temporary files first, so a failure leaves the old site untouched.

    `reuse` is the briefing of the previous build in this process (watch mode passes it): when
    the article read is the same, to the byte, its extraction is not run again (a template edit,
    or a save that changed nothing; its warnings are not repeated either).

    The two files are staged together and then renamed JSON first, page last: the page is
    the commit point, so a new index.html always has its own briefing.json beside it. A
    build killed between the two renames (microseconds) leaves a new JSON beside the old
    page; the page does not read the JSON, so what a reader opens is still whole.
    """
    index, data_path = out / "index.html", out / "briefing.json"
    refuse_to_overwrite(seed, (index, data_path))
    check_out_folder(out, (index, data_path))
    log.info("reading %s", seed)
    article = load_article(seed)
    log.info("read %s: %d paragraphs", seed, len(article.paragraphs))
    briefing = reuse if reuse is not None and reuse.article == article else extract_within_budget(article)
    log.info("extracted %d quotes from %d speakers", len(briefing.quotes), len(briefing.speakers))
    log.info("rendering the page with %s", templates / TEMPLATE_NAME)
    try:  # both are streamed into their temporary files; a failure there replaces nothing
        write_all({data_path: render_json_chunks(briefing), index: render_html_chunks(briefing, templates)})
    except OSError as exc:
        # name one of our files, or else the folder: never a temporary file the user did not ask for
        where = exc.filename if exc.filename in (str(index), str(data_path)) else out
        raise BriefingError(
            f"{where}: cannot write the site ({exc.strerror or exc}); check the --out folder"
        ) from exc
    log.info("wrote %s and %s", data_path, index)
    return BuildResult(briefing=briefing, index=index, data=data_path)


def check_out_folder(out: Path, outputs: tuple[Path, ...]) -> None:
    """--out must be a folder (or not exist yet), and the outputs in it files, not folders."""
    if out.exists() and not out.is_dir():
        raise BriefingError(f"{out}: not a folder; --out names the folder to write the page into")
    for output in outputs:
        if output.is_dir():
            raise BriefingError(f"{output}: is a folder; remove it or choose another --out folder")


def refuse_to_overwrite(seed: Path, outputs: tuple[Path, ...]) -> None:
    """The article must never be one of the files the build writes."""
    for output in outputs:
        try:
            same = seed.exists() and output.exists() and seed.samefile(output)
        except OSError:
            same = False
        if same:
            raise SeedError(f"{seed}: is also an output of this build; choose another --out folder")
