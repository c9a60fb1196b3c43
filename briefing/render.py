"""Turn a Briefing into the HTML page and the JSON document; the only module that knows HTML.

The template gets a PageContext: every figure, label, link and grouping it shows is derived
here, so the template itself holds only loops and ifs. Nothing here reads the clock or the
environment: the same briefing always renders to the same bytes.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .errors import TemplateError
from .model import Briefing, Quote

TEMPLATE_NAME = "briefing.html.j2"
CHUNK_CHARS = 65536
WORDS_PER_MINUTE = 230
DESCRIPTION_LIMIT = 200
UNATTRIBUTED = "Unattributed"
WORD = re.compile(r"\w+(?:['’]\w+)*")
NOT_ID_CHAR = re.compile(r"[^A-Za-z0-9_-]+")


class QuoteView(NamedTuple):
    """One quote as the page shows it: number, who said it, and the two ends of its links."""

    quote: Quote
    number: int
    speaker: str
    role: str | None
    attributed: bool
    entry_id: str
    mark_id: str
    in_text: bool


class SpeakerCard(NamedTuple):
    """A 'Who said what' card: one speaker (or the unattributed quotes) and their quotes."""

    name: str
    role: str | None
    anchor: str
    count_label: str
    attributed: bool
    quotes: tuple[QuoteView, ...]


class Segment(NamedTuple):
    """A run of paragraph text, inside a quote (`quote` set) or between quotes."""

    text: str
    quote: QuoteView | None = None


class PageContext(NamedTuple):
    """What the template gets besides the briefing: derived figures and marked-up text."""

    briefing: Briefing
    quotes: tuple[QuoteView, ...]
    cards: tuple[SpeakerCard, ...]
    marked_paragraphs: tuple[tuple[Segment, ...], ...]
    word_count: int
    reading_minutes: int
    source: tuple[str, ...]
    summary: tuple[str, ...]
    has_partial: bool
    description: str
    json_ld: str


def render_json(briefing: Briefing) -> str:
    """briefing.json: stable key order, UTF-8 kept as is, final newline."""
    return json.dumps(briefing.to_dict(), indent=2, ensure_ascii=False) + "\n"


def render_html(briefing: Briefing, templates: Path) -> str:
    """The self-contained page, from `templates/briefing.html.j2`."""
    return "".join(render_html_chunks(briefing, templates))


def render_html_chunks(briefing: Briefing, templates: Path) -> Iterator[str]:
    """The page in pieces of about 64 KB, so that a long article is never held whole."""
    import jinja2

    template = load_template(templates.resolve())
    pieces: list[str] = []
    size = 0
    try:
        for piece in template.generate(page=page_context(briefing), briefing=briefing):
            pieces.append(piece)
            size += len(piece)
            if size >= CHUNK_CHARS:
                yield "".join(pieces)
                pieces, size = [], 0
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{templates / TEMPLATE_NAME}: {exc}") from exc
    yield "".join(pieces)


@lru_cache(maxsize=4)
def load_template(templates: Path):
    """Compile the template once per folder; watch mode clears this cache on template edits.

    A new process reads the compiled template from jinja2's bytecode cache rather than
    compiling it again (about 1 ms instead of 10-20): see `template_bytecode_cache`.
    """
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        bytecode_cache=template_bytecode_cache(),
        **TEMPLATE_OPTIONS,
    )
    try:
        return env.get_template(TEMPLATE_NAME)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{templates / TEMPLATE_NAME}: template not found") from exc
    except jinja2.TemplateSyntaxError as exc:
        where = shown_path(Path(exc.filename)) if exc.filename else TEMPLATE_NAME
        raise TemplateError(f"{where}:{exc.lineno}: {exc.message}") from exc


def shown_path(path: Path) -> str:
    """The path relative to the working folder when it is inside it, as the user typed it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


TEMPLATE_OPTIONS = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
}


@lru_cache(maxsize=1)
def template_bytecode_cache():
    """jinja2's bytecode cache in its private per-user folder under the system temp folder.

    One file per template name and settings, rewritten when the template changes: jinja2
    checks the source's checksum and its own and Python's versions before using a file, so
    an edited template is always compiled afresh, and files never pile up (tests that copy
    the templates into a temp folder share one). The cache only saves time: a folder that
    cannot be made, read or written costs the compile, never the build.
    """
    import contextlib
    import hashlib

    import jinja2

    settings = repr(sorted(TEMPLATE_OPTIONS.items()))

    class OptionalCache(jinja2.FileSystemBytecodeCache):
        def get_cache_key(self, name: str, filename: str | None = None) -> str:
            return hashlib.sha1(f"briefing|{name}|{settings}".encode()).hexdigest()

        def dump_bytecode(self, bucket) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    try:
        return OptionalCache()
    except (OSError, RuntimeError):  # no safe private folder: compile every time
        return None


def page_context(briefing: Briefing) -> PageContext:
    """Everything the template shows that is derived rather than extracted."""
    article = briefing.article
    words = sum(len(WORD.findall(p)) for p in article.paragraphs)
    minutes = max(1, math.ceil(words / WORDS_PER_MINUTE))
    lede = article.standfirst or (article.paragraphs[0] if article.paragraphs else "")
    ranges = quote_ranges(briefing)
    quotes = quote_views(briefing, frozenset(ranges))
    return PageContext(
        briefing=briefing,
        quotes=quotes,
        cards=speaker_cards(briefing, quotes),
        marked_paragraphs=mark_quotes(briefing, ranges, quotes),
        word_count=words,
        reading_minutes=minutes,
        source=tuple(
            part for part in (article.source_file, plural(words, "word"), f"{minutes} min read") if part
        ),
        summary=summary(briefing),
        has_partial=any(q.partial for q in briefing.quotes),
        description=shorten(" ".join(lede.split()), DESCRIPTION_LIMIT),
        json_ld=json_ld(briefing, words),
    )


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """'1 quote', '2,048 words'; `nouns` for irregular plurals."""
    return f"{count:,} {noun if count == 1 else nouns or noun + 's'}"


def summary(briefing: Briefing) -> tuple[str, ...]:
    """The at-a-glance counts under the headline."""
    return (
        plural(len(briefing.quotes), "quote"),
        plural(len(briefing.speakers), "speaker"),
        plural(len(briefing.people), "other person", "other people") + " named",
    )


def html_id(prefix: str, key: str) -> str:
    """A valid, space-free HTML id from an extracted id such as 'q3'."""
    return f"{prefix}-{NOT_ID_CHAR.sub('-', key).strip('-') or 'x'}"


def quote_views(briefing: Briefing, in_text: frozenset[str]) -> tuple[QuoteView, ...]:
    """Every quote in article order with its speaker's name and role, or 'Unattributed'."""
    roles = {s.name: s.role for s in briefing.speakers}
    views = []
    for number, quote in enumerate(briefing.quotes, 1):
        attributed = bool(quote.speaker)
        views.append(
            QuoteView(
                quote=quote,
                number=number,
                speaker=quote.speaker if attributed else UNATTRIBUTED,
                role=roles.get(quote.speaker) if attributed else None,
                attributed=attributed,
                entry_id=html_id("quote", quote.id),
                mark_id=html_id("text", quote.id),
                in_text=quote.id in in_text,
            )
        )
    return tuple(views)


def speaker_cards(briefing: Briefing, quotes: tuple[QuoteView, ...]) -> tuple[SpeakerCard, ...]:
    """One card per speaker, then one for quotes nobody is credited with; every quote on one card.

    Speakers come in the briefing's order. A quote whose speaker the speaker list leaves out
    still gets a card under that name, so no quote is lost between the two lists.
    """
    by_id = {view.quote.id: view for view in quotes}
    groups: dict[str, tuple[str | None, list[QuoteView]]] = {}
    credited: set[str] = set()
    for speaker in briefing.speakers:
        own = [by_id[qid] for qid in speaker.quotes if qid in by_id and qid not in credited]
        credited.update(view.quote.id for view in own)
        groups.setdefault(speaker.name, (speaker.role, []))[1].extend(own)
    for view in quotes:
        if view.attributed and view.quote.id not in credited:
            credited.add(view.quote.id)
            groups.setdefault(view.speaker, (view.role, []))[1].append(view)
    cards = [
        SpeakerCard(name, role, f"speaker-{n}", plural(len(own), "quote"), True, tuple(own))
        for n, (name, (role, own)) in enumerate(groups.items(), 1)
    ]
    rest = tuple(view for view in quotes if view.quote.id not in credited)
    if rest:
        label = plural(len(rest), "quote")
        cards.append(SpeakerCard(UNATTRIBUTED, None, "speaker-unattributed", label, False, rest))
    return tuple(cards)


def quote_ranges(briefing: Briefing) -> dict[str, tuple[int, int, int]]:
    """Where each quote is marked: quote id -> (paragraph, start, end), in text order.

    Quotes are taken in order of their start; one that overlaps the previous is marked from
    where the previous ends, and one left empty by that (or outside the text) gets no mark.
    """
    paragraphs = briefing.article.paragraphs
    ranges: dict[str, tuple[int, int, int]] = {}
    ordered = sorted(briefing.quotes, key=lambda q: (q.paragraph, q.start, q.end))
    at = (-1, 0)
    for quote in ordered:
        if not 0 <= quote.paragraph < len(paragraphs):
            continue
        floor = at[1] if at[0] == quote.paragraph else 0
        start, end = max(quote.start, floor), min(quote.end, len(paragraphs[quote.paragraph]))
        if end > start:
            ranges[quote.id] = (quote.paragraph, start, end)
            at = (quote.paragraph, end)
    return ranges


def mark_quotes(
    briefing: Briefing, ranges: dict[str, tuple[int, int, int]], views: tuple[QuoteView, ...]
) -> tuple[tuple[Segment, ...], ...]:
    """Split each paragraph into plain and quoted segments."""
    by_id = {view.quote.id: view for view in views}
    by_paragraph: dict[int, list[tuple[int, int, QuoteView]]] = {}
    for qid, (paragraph, start, end) in ranges.items():
        by_paragraph.setdefault(paragraph, []).append((start, end, by_id[qid]))
    marked = []
    for index, text in enumerate(briefing.article.paragraphs):
        segments: list[Segment] = []
        at = 0
        for start, end, view in by_paragraph.get(index, []):
            if start > at:
                segments.append(Segment(text[at:start]))
            segments.append(Segment(text[start:end], view))
            at = end
        if at < len(text):
            segments.append(Segment(text[at:]))
        marked.append(tuple(segments))
    return tuple(marked)


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary and add an ellipsis when the text is longer than `limit`."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def person(name: str, role: str | None) -> dict:
    """A schema.org Person, with jobTitle only when the article gives a role."""
    return {"@type": "Person", "name": name, **({"jobTitle": role} if role else {})}


def json_ld(briefing: Briefing, word_count: int) -> str:
    """schema.org NewsArticle with its quotes as Quotation items, safe inside <script>."""
    article = briefing.article
    roles = {s.name: s.role for s in briefing.speakers}
    document = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        **({"description": article.standfirst} if article.standfirst else {}),
        "wordCount": word_count,
        "hasPart": [
            {
                "@type": "Quotation",
                "text": q.text,
                **({"creator": person(q.speaker, roles.get(q.speaker))} if q.speaker else {}),
            }
            for q in briefing.quotes
        ],
        "mentions": [person(p.name, p.role) for p in briefing.people],
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))  # compact: the C encoder
    # < > & as JSON escapes: no `</script>` or `<!--` in the text can end the data block
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
