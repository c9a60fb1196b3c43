"""Turn a Briefing into the HTML page and the JSON document; the only module that knows HTML.

The template gets a PageContext: every figure, label, link and grouping it shows is derived
here, so the template itself holds only loops and ifs; the article's marked-up paragraphs
and the items of each speaker's entry come from the `marked` and `listed` filters, as HTML
made here. Nothing here reads the clock or the environment: the same briefing always renders
to the same bytes.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from markupsafe import Markup, escape

from .errors import TemplateError
from .jsontext import indented_json
from .model import Briefing, CueSpan, Quote, Reported

TEMPLATE_NAME = "briefing.html.j2"
CHUNK_CHARS = 65536
WORDS_PER_MINUTE = 230
DESCRIPTION_LIMIT = 200
UNATTRIBUTED = "Unattributed"
BY_CONTEXT = "by context"
WORD = re.compile(r"\w+(?:['’]\w+)*")
REPORTED_WORDS = 6  # a reported statement's digest on its speaker's entry, in words
CUE_WORDS = 6  # a longer cue is shown as its subject's first words and its verb
CUE_HEAD_WORDS = 4
NOT_ID_CHAR = re.compile(r"[^A-Za-z0-9_-]+")
OPENING_MARKS = "\"'“‘«‹„‚"
# A wire-style dateline opening the lead: `LIMA, Peru (Reuters) -`, `WASHINGTON —`,
# `NEW YORK, March 3 (AP) --`. Capitals first, then an optional place or date after a comma
# and an optional credit in brackets, then a dash between spaces.
DATELINE = re.compile(
    r"(?P<dateline>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*"
    r"(?:, [A-Z][\w.'’-]*(?: [\w.'’-]+){0,3})?(?: \([^()\n]{1,40}\))?)"
    r" +(?:-{1,2}|–|—) +(?=\S)"
)
DATELINE_CHARS = 120  # a dateline is short: look no further into the lead
FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: article text cannot turn the title's own words


class Said(NamedTuple):
    """One quote or reported statement as its speaker's entry shows it."""

    id: str
    kind: str  # "quote" or "reported"
    speaker: str
    attributed: bool
    words: tuple[Run, ...]  # the text; a reported statement's partial quotes marked in it
    why: str | None  # the cue's words (shortened when long), "by context", or None
    why_full: str | None  # the whole cue when `why` shortens it, else None
    entry_id: str
    mark_id: str | None  # its mark in the article, None when it could not be marked
    paragraph: int  # 1-based, for the link's text
    order: tuple[int, int]
    holds: tuple[str, ...] = ()  # ids of the partial quotes shown inside a reported statement


class Run(NamedTuple):
    """A piece of a paragraph: plain text, a speaker label, a quote, or a reported statement.

    A reported statement holds its own runs: its text and the partial quotes inside it.
    """

    kind: str  # "text", "label", "quote" or "reported"
    text: str = ""
    said: Said | None = None
    runs: tuple[Run, ...] = ()


class SpeakerEntry(NamedTuple):
    """One speaker (or the statements nobody is credited with) and what they said, in order."""

    name: str
    role: str | None
    anchor: str
    count_label: str
    attributed: bool
    said: tuple[Said, ...]


class Marked(Sequence):
    """Paragraphs as runs, each made when the template reaches it: a long article's marked
    copy (its text again, cut into runs) is never held whole."""

    def __init__(self, runs: Callable[[int], tuple[Run, ...]], indexes: range) -> None:
        self.runs, self.indexes = runs, indexes

    def __len__(self) -> int:
        return len(self.indexes)

    def __getitem__(self, n: int) -> tuple[Run, ...]:  # type: ignore[override]  # no slices
        return self.runs(self.indexes[n])


class PageContext(NamedTuple):
    """What the template gets besides the briefing: derived figures and marked-up text."""

    briefing: Briefing
    title: str
    lead: tuple[Run, ...]  # the first paragraph, after its dateline
    facts: tuple[str, ...]  # publisher, byline, date, dateline: only those the article gives
    entries: tuple[SpeakerEntry, ...]
    body: Sequence[tuple[Run, ...]]  # the paragraphs after the lead
    has_quotes: bool
    has_reported: bool
    has_why: bool  # some statement shows the evidence for its speaker
    small_print: tuple[str, ...]
    description: str
    json_ld: JsonLd  # iterated by the template, piece by piece


def render_json(briefing: Briefing) -> str:
    """briefing.json: stable key order, UTF-8 kept as is, final newline."""
    return "".join(render_json_chunks(briefing))


def render_json_chunks(briefing: Briefing) -> Iterator[str]:
    """briefing.json in pieces of about 64 KB (see `jsontext.py`)."""
    return in_pieces(indented_json(briefing.to_dict()))


def render_html(briefing: Briefing, templates: Path) -> str:
    """The self-contained page, from `templates/briefing.html.j2`."""
    return "".join(render_html_chunks(briefing, templates))


def render_html_chunks(briefing: Briefing, templates: Path) -> Iterator[str]:
    """The page in pieces of about 64 KB, so that a long article is never held whole."""
    import jinja2

    template = load_template(templates.resolve())
    try:
        yield from in_pieces(template.generate(page=page_context(briefing), briefing=briefing))
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{templates / TEMPLATE_NAME}: {exc}") from exc


def in_pieces(parts: Iterable[str]) -> Iterator[str]:
    """`parts` joined into pieces of about CHUNK_CHARS: few writes, and never the whole text.
    A part that long on its own (a long article's JSON-LD) goes as it is, not copied."""
    pieces: list[str] = []
    size = 0
    for part in parts:
        if len(part) >= CHUNK_CHARS:
            yield "".join(pieces)
            yield part
            pieces, size = [], 0
            continue
        pieces.append(part)
        size += len(part)
        if size >= CHUNK_CHARS:
            yield "".join(pieces)
            pieces, size = [], 0
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
    env.filters.update(marked=marked, listed=listed)
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
    paragraphs = article.paragraphs
    words = sum(len(WORD.findall(p)) for p in paragraphs)
    minutes = max(1, math.ceil(words / WORDS_PER_MINUTE))
    lede = article.standfirst or (paragraphs[0] if paragraphs else "")
    dateline = DATELINE.match(paragraphs[0][:DATELINE_CHARS]) if paragraphs else None
    marks = Marks.of(briefing)
    said = said_views(briefing, marks)
    quotes, reported = marks.by_paragraph()

    def runs(i: int) -> tuple[Run, ...]:
        begin = dateline.end() if dateline and i == 0 else 0
        return tuple(paragraph_runs(paragraphs[i], quotes.get(i, []), reported.get(i, []), said, begin))

    facts = (article.publisher, article.byline, article.date, dateline and dateline["dateline"])
    return PageContext(
        briefing=briefing,
        title=f"{FSI}{article.headline}{PDI} · Briefing",
        lead=runs(0) if paragraphs else (),
        facts=tuple(" ".join(fact.split()) for fact in facts if fact and fact.strip()),
        entries=speaker_entries(briefing, said),
        body=Marked(runs, range(1, len(paragraphs))),
        has_quotes=bool(briefing.quotes),
        has_reported=bool(briefing.reported),
        has_why=any(view.why for view in said.values()),
        small_print=(plural(words, "word"), f"{minutes} min read"),
        description=shorten(" ".join(lede.split()), DESCRIPTION_LIMIT),
        json_ld=JsonLd(briefing, words),
    )


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """'1 quote', '2,048 words'; `nouns` for irregular plurals."""
    return f"{count:,} {noun if count == 1 else nouns or noun + 's'}"


def html_id(prefix: str, key: str) -> str:
    """A valid, space-free HTML id from an extracted id such as 'q3'."""
    if key.isascii() and key.isalnum():  # the extractor's own ids: no pattern needed
        return f"{prefix}-{key}"
    return f"{prefix}-{NOT_ID_CHAR.sub('-', key).strip('-') or 'x'}"


def shown_quote(text: str) -> str:
    """A quote as shown outside the article: without the comma that led into its attribution.

    (`“…for good,” she said` quotes `…for good,`.) briefing.json keeps the exact text.
    """
    text = text.strip()
    return text[:-1].rstrip() if text.endswith(",") else text


def why(cue: CueSpan | None, attribution: str | None) -> tuple[str | None, str | None]:
    """The evidence for a speaker as shown, and the whole cue when that is shortened.

    The evidence is the cue's words, or 'by context' when no cue named the speaker. A long
    cue (`Ann Lee, who served as …, told`) is shown as `short_cue` makes it; the page keeps
    the whole cue as the evidence's title, and the article holds it too.
    """
    words = cue.text.split() if cue else None
    if words:
        whole = " ".join(words)
        shown = short_cue(whole) if len(words) > CUE_WORDS else whole
        return shown, whole if shown != whole else None
    return (BY_CONTEXT if attribution == "context" else None), None


def short_cue(cue: str) -> str:
    """A cue of more than CUE_WORDS words as the first words of its subject and its last word.

    The subject ends at the first comma (an apposition or clause follows it) and is cut to
    CUE_HEAD_WORDS words; the last word is the reporting verb when the cue ends with one:
    `Ann Lee, who served as chief of staff, told` shows as `Ann Lee … told`.
    """
    words = cue.split()
    if len(words) <= CUE_WORDS:
        return cue
    head = cue.split(",", 1)[0].split()[:CUE_HEAD_WORDS]
    return f"{' '.join(head)} … {words[-1]}"


class Marks(NamedTuple):
    """Where quotes and reported statements are marked in the text: id -> (paragraph, start, end).

    Marks never cross: a quote that overlaps an earlier quote is marked from where that one
    ends; a reported statement that overlaps an earlier one, or cuts through a quote, is not
    marked (it is still listed under its speaker). A quote may lie wholly inside a reported
    statement: it is then marked inside it.
    """

    quotes: dict[str, tuple[int, int, int]]
    reported: dict[str, tuple[int, int, int]]

    @classmethod
    def of(cls, briefing: Briefing) -> Marks:
        paragraphs = briefing.article.paragraphs
        quotes = clip_in_order(briefing.quotes, paragraphs, trim=True)
        reported = clip_in_order(briefing.reported, paragraphs, trim=False)
        by_paragraph: dict[int, list[tuple[int, int]]] = {}
        for paragraph, start, end in quotes.values():  # in text order already
            by_paragraph.setdefault(paragraph, []).append((start, end))
        starts = {p: [s for s, _ in spans] for p, spans in by_paragraph.items()}

        def cut(paragraph: int, at: int) -> bool:
            """Whether a quote runs across offset `at` (quotes never overlap: one candidate)."""
            spans = by_paragraph.get(paragraph, [])
            i = bisect.bisect_left(starts.get(paragraph, []), at) - 1
            return i >= 0 and spans[i][1] > at

        kept = {
            rid: span
            for rid, span in reported.items()
            if not (cut(span[0], span[1]) or cut(span[0], span[2]))
        }
        return cls(quotes, kept)

    def by_paragraph(
        self,
    ) -> tuple[dict[int, list[tuple[int, int, str]]], dict[int, list[tuple[int, int, str]]]]:
        """Quote and reported marks grouped by paragraph, each as (start, end, id) in text order."""
        grouped: tuple[dict, dict] = ({}, {})
        for marks, group in zip((self.quotes, self.reported), grouped, strict=True):
            for key, (paragraph, start, end) in marks.items():
                group.setdefault(paragraph, []).append((start, end, key))
            for spans in group.values():
                spans.sort()
        return grouped


def clip_in_order(
    items: tuple[Quote, ...] | tuple[Reported, ...], paragraphs: tuple[str, ...], trim: bool
) -> dict[str, tuple[int, int, int]]:
    """Non-overlapping spans in text order; an overlap is trimmed (`trim`) or dropped."""
    spans: dict[str, tuple[int, int, int]] = {}
    at = (-1, 0)
    for item in sorted(items, key=lambda i: (i.paragraph, i.start, i.end)):
        if not 0 <= item.paragraph < len(paragraphs):
            continue
        floor = at[1] if at[0] == item.paragraph else 0
        if item.start < floor and not trim:
            continue
        start, end = max(item.start, floor), min(item.end, len(paragraphs[item.paragraph]))
        if end > start:
            spans[item.id] = (item.paragraph, start, end)
            at = (item.paragraph, end)
    return spans


def quote_ranges(briefing: Briefing) -> dict[str, tuple[int, int, int]]:
    """Where each quote is marked: quote id -> (paragraph, start, end), in text order."""
    return Marks.of(briefing).quotes


def said_views(briefing: Briefing, marks: Marks) -> dict[str, Said]:
    """Every quote and reported statement as its speaker's entry shows it, by id."""
    views: dict[str, Said] = {}
    for quote in briefing.quotes:
        shown, whole = why(quote.cue, quote.attribution)
        views[quote.id] = Said(
            id=quote.id,
            kind="quote",
            speaker=quote.speaker or UNATTRIBUTED,
            attributed=bool(quote.speaker),
            words=(Run("quote", shown_quote(quote.text)),),
            why=shown,
            why_full=whole,
            entry_id=html_id("said", quote.id),
            mark_id=html_id("text", quote.id) if quote.id in marks.quotes else None,
            paragraph=quote.paragraph + 1,
            order=(quote.paragraph, quote.start),
        )
    quotes = {q.id: q for q in briefing.quotes}
    for statement in briefing.reported:
        words, holds = reported_words(statement, [quotes[i] for i in statement.quotes if i in quotes])
        shown, whole = why(statement.cue, None)
        views[statement.id] = Said(
            id=statement.id,
            kind="reported",
            speaker=statement.speaker or UNATTRIBUTED,
            attributed=bool(statement.speaker),
            words=words,
            why=shown,
            why_full=whole,
            entry_id=html_id("said", statement.id),
            mark_id=html_id("text", statement.id) if statement.id in marks.reported else None,
            paragraph=statement.paragraph + 1,
            order=(statement.paragraph, statement.start),
            holds=holds,
        )
    return views


def reported_words(statement: Reported, inner: list[Quote]) -> tuple[tuple[Run, ...], tuple[str, ...]]:
    """The start of a reported statement, as its speaker's entry shows it, and the ids of the
    partial quotes shown in it.

    The entry is a digest: a statement longer than REPORTED_WORDS words is cut at a word
    boundary with an ellipsis (the full text is one link away, marked in the article), but
    never inside a partial quote, which is shown whole, marks and all.
    """
    text = statement.text
    pieces: list[tuple[str, str | None]] = []  # (text, quote id or None), in order
    at = 0
    for quote in sorted(inner, key=lambda q: q.start):
        start, end = quote.start - statement.start, quote.end - statement.start
        if quote.paragraph != statement.paragraph or start < at or end > len(text):
            continue
        pieces += [(text[at:start], None)] if start > at else []
        pieces.append((text[start:end], quote.id))
        at = end
    pieces += [(text[at:], None)] if at < len(text) else []
    if len(text.split(None, REPORTED_WORDS + 3)) <= REPORTED_WORDS + 3:  # short enough to show whole
        runs = [Run("quote" if qid else "text", piece) for piece, qid in pieces]
        return tuple(runs), tuple(qid for _, qid in pieces if qid)
    runs = []
    holds: list[str] = []
    words = 0
    for piece, qid in pieces:
        if qid:
            runs.append(Run("quote", piece))
            holds.append(qid)
            words += len(piece.split())
            continue
        cut = cut_after(piece, REPORTED_WORDS - words)
        if cut is not None:
            runs.append(Run("text", piece[:cut].rstrip(" ,;:") + "…"))
            break
        runs.append(Run("text", piece))
        words += len(piece.split())
    return tuple(runs), tuple(holds)


def cut_after(text: str, words: int) -> int | None:
    """The offset just after the `words`-th word of `text` (at least one), or None when it has
    no more words than that. (`str.split` with a limit leaves the rest whole, from its first
    word on: what comes before the rest, less its spaces, ends at that word.)"""
    words = max(words, 1)
    parts = text.split(None, words)
    return len(text[: len(text) - len(parts[-1])].rstrip()) if len(parts) > words else None


def paragraph_runs(
    text: str,
    quotes: list[tuple[int, int, str]],
    reported: list[tuple[int, int, str]],
    said: dict[str, Said],
    begin: int = 0,
) -> list[Run]:
    """One paragraph from `begin` as runs, given its quote and reported marks in text order:
    each marked and preceded by its speaker's label, the quotes inside a reported statement
    nested in it."""
    starts = [s for s, _, _ in reported]
    inside: dict[str | None, list[tuple[int, int, Said]]] = {}
    for quote in quotes:
        inside.setdefault(container(quote, reported, starts), []).append((quote[0], quote[1], said[quote[2]]))
    top = sorted([(s, e, said[rid]) for s, e, rid in reported] + inside.get(None, []), key=lambda t: t[:2])
    runs: list[Run] = []
    at = begin
    for start, end, view in top:
        if start < at:
            continue
        if view.kind == "reported":
            nested = labelled(text, start, end, inside.get(view.id, []), view.speaker)
            runs += text_run(text, at, start)
            runs += [Run("label", view.speaker, view)] if view.attributed else []
            runs.append(Run("reported", text[start:end], view, tuple(nested)))
        else:
            runs += labelled(text, at, end, [(start, end, view)], None)
        at = end
    runs += text_run(text, at, len(text))
    return runs


def marked(runs: Iterable[Run]) -> Markup:
    """A paragraph's runs as HTML, for the template's `marked` filter: a quote as
    `<mark class="q">`, a reported statement as `<span class="r">` around its own runs, a
    label as a link to its speaker's entry (`rep` and a hidden ", reported" for a statement).

    Made here as one string per paragraph, not by a template macro: on a long article the
    macro's calls and its dozen pieces per mark took more time than the rest of the page.
    """
    html: list[str] = []
    for run in runs:
        kind, view = run.kind, run.said
        if kind == "text":
            html.append(escape(run.text))
        elif kind == "quote":
            html.append(f'<mark class="q" id="{escape(view.mark_id)}">{escape(run.text)}</mark>')
        elif kind == "label":
            rep = view.kind == "reported"
            html.append(
                f'<a class="who{" rep" if rep else ""}" href="#{escape(view.entry_id)}">{escape(run.text)}'
                f"{REPORTED_HINT if rep else ''}</a>"
            )
        else:
            html.append(f'<span class="r" id="{escape(view.mark_id)}">{marked(run.runs)}</span>')
    return Markup("".join(html))


REPORTED_HINT = '<span class="vh">, reported</span>'


def listed(view: Said) -> Markup:
    """One statement as an item of its speaker's entry, for the template's `listed` filter: a
    quote in `<q>`, or a reported statement's digest with its partial quotes highlighted; then
    the evidence for the speaker and a link to its mark in the article, when there are any.

    Made here, one string per item, for the same reason as `marked`: a long article lists
    thousands of statements, and the template wrote each in a score of pieces.
    """
    if view.kind == "reported":
        words = "".join(
            f'<span class="pq">{escape(w.text)}</span>' if w.kind == "quote" else escape(w.text)
            for w in view.words
        )
        said = f'<span class="vh">Reported: </span><span class="r">{words}</span>'
    else:
        said = f"<q>{escape(view.words[0].text)}</q>"
    meta: list[str] = []
    if view.why:
        title = f' title="{escape(view.why_full)}"' if view.why_full else ""
        meta.append(f'<span class="why"{title}><bdi>{escape(view.why)}</bdi></span>')
    if view.mark_id:
        meta.append(
            f'<span class="to">{" · " if view.why else ""}<a class="jump" href="#{escape(view.mark_id)}">'
            f'<span class="vh">In the article, paragraph </span>¶{view.paragraph}</a></span>'
        )
    after = f' <span class="meta">{"".join(meta)}</span>' if meta else ""
    return Markup(f'<li class="{escape(view.kind)}" id="{escape(view.entry_id)}">{said}{after}</li>')


def container(
    span: tuple[int, int, str], reported: list[tuple[int, int, str]], starts: list[int]
) -> str | None:
    """The id of the reported statement that holds `span` whole, if any (they never overlap)."""
    at = bisect.bisect_right(starts, span[0]) - 1
    if at >= 0 and reported[at][0] <= span[0] and span[1] <= reported[at][1]:
        return reported[at][2]
    return None


def labelled(
    text: str, at: int, hi: int, quotes: list[tuple[int, int, Said]], speaker: str | None
) -> list[Run]:
    """Text from `at` to `hi` with `quotes` (in text order) marked, each labelled with its
    speaker's name unless it has none or `speaker` (who said the statement around it) said it.

    The label goes before the quote's opening mark, so the mark stays with the quote.
    """
    runs: list[Run] = []
    for start, end, view in quotes:
        if view.attributed and view.speaker != speaker:
            label_at = start - 1 if start > at and text[start - 1] in OPENING_MARKS else start
            runs += text_run(text, at, label_at)
            runs.append(Run("label", view.speaker, view))
            at = label_at
        runs += text_run(text, at, start)
        runs.append(Run("quote", text[start:end], view))
        at = end
    runs += text_run(text, at, hi)
    return runs


def text_run(text: str, start: int, end: int) -> list[Run]:
    """Plain text from start to end, or nothing when that is empty."""
    return [Run("text", text[start:end])] if end > start else []


def speaker_entries(briefing: Briefing, said: dict[str, Said]) -> tuple[SpeakerEntry, ...]:
    """One entry per speaker, then one for what nobody is credited with; each item on one entry.

    Speakers come in the briefing's order, each with their quotes and reported statements in
    article order; a partial quote shown inside one of the same speaker's reported statements
    is not shown again. A statement whose speaker the speaker list leaves out still gets an
    entry under that name, so nothing is lost between the two lists.
    """
    groups: dict[str, tuple[str | None, list[Said]]] = {}
    placed: set[str] = set()
    for speaker in briefing.speakers:
        own = [said[i] for i in (*speaker.quotes, *speaker.reported) if i in said and i not in placed]
        placed.update(view.id for view in own)
        groups.setdefault(speaker.name, (speaker.role, []))[1].extend(own)
    for view in said.values():
        if view.attributed and view.id not in placed:
            placed.add(view.id)
            groups.setdefault(view.speaker, (None, []))[1].append(view)
    rest = [view for view in said.values() if view.id not in placed]
    entries = [  # a speaker listed with nothing to show (ids that match nothing) gets no entry
        entry(name, role, f"speaker-{n}", True, own, briefing)
        for n, (name, (role, own)) in enumerate(((k, v) for k, v in groups.items() if v[1]), 1)
    ]
    if rest:
        entries.append(entry(UNATTRIBUTED, None, "speaker-unattributed", False, rest, briefing))
    return tuple(entries)


def entry(
    name: str, role: str | None, anchor: str, attributed: bool, own: list[Said], briefing: Briefing
) -> SpeakerEntry:
    """A speaker's entry: what they said in article order, counted."""
    shown_inside = {qid for view in own for qid in view.holds}
    quotes = sum(view.kind == "quote" for view in own)
    reported = len(own) - quotes
    counts = [plural(quotes, "quote")] if quotes else []
    counts += [f"{reported:,} reported"] if reported else []
    items = sorted((v for v in own if v.id not in shown_inside), key=lambda v: v.order)
    return SpeakerEntry(name, role, anchor, ", ".join(counts), attributed, tuple(items))


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
    return "".join(JsonLd(briefing, word_count))


class JsonLd:
    """The page's JSON-LD, made in pieces as the template writes it, one per quotation: a
    long article's (its every quote again) is never held whole, nor copied as one string."""

    def __init__(self, briefing: Briefing, word_count: int) -> None:
        self.briefing, self.word_count = briefing, word_count

    def __iter__(self) -> Iterator[str]:
        """`json.dumps(document, separators=(",", ":"), ensure_ascii=False)`, piece by piece."""
        briefing, article = self.briefing, self.briefing.article
        roles = {s.name: s.role for s in briefing.speakers}
        head = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.headline,
            **({"description": article.standfirst} if article.standfirst else {}),
            "wordCount": self.word_count,
        }
        yield script_safe(compact_json(head)[:-1] + ',"hasPart":[')
        for n, q in enumerate(briefing.quotes):
            quotation = {
                "@type": "Quotation",
                "text": q.text,
                **({"creator": person(q.speaker, roles.get(q.speaker))} if q.speaker else {}),
            }
            yield script_safe(("," if n else "") + compact_json(quotation))
        mentions = [person(p.name, p.role) for p in briefing.people]
        yield script_safe('],"mentions":' + compact_json(mentions) + "}")


def compact_json(value: object) -> str:
    """JSON without spaces, UTF-8 kept: the C encoder."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def script_safe(text: str) -> str:
    """< > & as JSON escapes: no `</script>` or `<!--` in the text can end the data block."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
