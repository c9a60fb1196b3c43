"""build(): read the seed, extract, render, then write. No argparse and no printing here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .article import load_article
from .errors import BriefingError
from .extract import extract
from .model import Briefing
from .output import write_atomic
from .render import render_html, render_json

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEMPLATES = PROJECT_ROOT / "templates"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True)
class BuildResult:
    """What one build produced and where it wrote it."""

    briefing: Briefing
    index: Path
    data: Path


def find_seed(seeds: Path) -> Path:
    """The one article in the seeds folder; zero or several is an error naming what was found."""
    if not seeds.is_dir():
        raise BriefingError(f"{seeds}: no such folder; put one article in it or pass --seed FILE")
    found = sorted(p for p in seeds.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    if not found:
        raise BriefingError(
            f"{seeds}: no article found (looked for {', '.join(ARTICLE_SUFFIXES)}); "
            "add one or pass --seed FILE"
        )
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise BriefingError(f"{seeds}: {len(found)} articles found ({names}); keep one or pass --seed FILE")
    return found[0]


def build(seed: Path, out: Path, *, templates: Path = DEFAULT_TEMPLATES) -> BuildResult:
    """Build both outputs in memory first, so a failure leaves the old site untouched."""
    briefing = extract(load_article(seed))
    html = render_html(briefing, templates)
    data = render_json(briefing)
    index, data_path = out / "index.html", out / "briefing.json"
    try:
        write_atomic(data_path, data)
        write_atomic(index, html)
    except OSError as exc:
        raise BriefingError(f"{out}: cannot write the site ({exc.strerror or exc})") from exc
    return BuildResult(briefing=briefing, index=index, data=data_path)
