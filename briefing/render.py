"""Turn a Briefing into the HTML page and the JSON document; the only module that knows HTML."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import TemplateError
from .model import Briefing, Quote

TEMPLATE_NAME = "briefing.html.j2"
WORDS_PER_MINUTE = 230
WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Segment:
    """A run of paragraph text, inside a quote (`quote` set) or between quotes."""

    text: str
    quote: Quote | None = None


@dataclass(frozen=True)
class PageContext:
    """What the template gets besides the briefing: derived figures and marked-up text."""

    briefing: Briefing
    marked_paragraphs: tuple[tuple[Segment, ...], ...]
    word_count: int
    reading_minutes: int
    description: str
    json_ld: str


def render_json(briefing: Briefing) -> str:
    """briefing.json: stable key order, UTF-8 kept as is, final newline."""
    return json.dumps(briefing.to_dict(), indent=2, ensure_ascii=False) + "\n"


def render_html(briefing: Briefing, templates: Path) -> str:
    """The self-contained page, from `templates/briefing.html.j2`."""
    import jinja2

    template = load_template(templates.resolve())
    try:
        return template.render(page=page_context(briefing), briefing=briefing)
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{templates / TEMPLATE_NAME}: {exc}") from exc


@lru_cache(maxsize=4)
def load_template(templates: Path):
    """Compile the template once per folder; watch mode clears this cache on template edits."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    try:
        return env.get_template(TEMPLATE_NAME)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{templates / TEMPLATE_NAME}: template not found") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or TEMPLATE_NAME}:{exc.lineno}: {exc.message}") from exc


def page_context(briefing: Briefing) -> PageContext:
    """Everything the template shows that is derived rather than extracted."""
    article = briefing.article
    words = sum(len(WORD.findall(p)) for p in article.paragraphs)
    lede = article.standfirst or (article.paragraphs[0] if article.paragraphs else "")
    return PageContext(
        briefing=briefing,
        marked_paragraphs=tuple(mark_quotes(briefing)),
        word_count=words,
        reading_minutes=max(1, math.ceil(words / WORDS_PER_MINUTE)),
        description=shorten(lede, 200),
        json_ld=json_ld(briefing),
    )


def mark_quotes(briefing: Briefing) -> list[tuple[Segment, ...]]:
    """Split each paragraph into plain and quoted segments, one pass over the quotes."""
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in briefing.quotes:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
    marked = []
    for index, text in enumerate(briefing.article.paragraphs):
        segments: list[Segment] = []
        at = 0
        for quote in by_paragraph.get(index, []):
            if quote.start > at:
                segments.append(Segment(text[at : quote.start]))
            segments.append(Segment(text[quote.start : quote.end], quote))
            at = quote.end
        if at < len(text):
            segments.append(Segment(text[at:]))
        marked.append(tuple(segments))
    return marked


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary and add an ellipsis when the text is longer than `limit`."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def json_ld(briefing: Briefing) -> str:
    """schema.org NewsArticle with its quotes as Quotation items, safe inside <script>."""
    roles = {s.name: s.role for s in briefing.speakers}
    document = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": briefing.article.headline,
        "hasPart": [
            {
                "@type": "Quotation",
                "text": q.text,
                **(
                    {"creator": {"@type": "Person", "name": q.speaker, "jobTitle": roles.get(q.speaker)}}
                    if q.speaker
                    else {}
                ),
            }
            for q in briefing.quotes
        ],
    }
    text = json.dumps(document, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
