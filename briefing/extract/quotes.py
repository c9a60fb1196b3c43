"""Find direct-quotation spans: pair the quotation marks of each paragraph.

Rules, in the order they apply:
- The article's primary marks are double (straight or curly) unless single marks open
  more quotes than there are double marks (British style, ‘…’ with "…" nested);
  apostrophes (`don't`, `James'`, `'90s`) are never marks.
- Marks of the other family inside a quote stay part of it (nested quotes).
- An opening mark while a quote is open ends the open one if it ends like a sentence: the
  collapsed form `"A. "B."` gives two spans, and so does a paragraph left open and reopened
  by the next one. Otherwise the first mark was a stray one and is skipped.
- A paragraph left open without the next one reopening has an unclosed mark: it is left as
  text with a warning, so that the narration after it never becomes a quote.
- A closing mark with no quote open is skipped.
Does not decide whether a span is speech; attribution does (scare quotes, titles).
"""

from __future__ import annotations

import logging
import re
from typing import NamedTuple

log = logging.getLogger(__name__)

DOUBLE_MARKS = re.compile(r"[\"“”„«»]")
SINGLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[—–]))[‘'](?=[A-Z])")  # '‘We', not "'90s" or "'em"
SINGLE_MARKS = re.compile(r"['‘’‚‹›]")
OPENERS = set("“„«‘‚‹")
CLOSERS = set("”»’›")
BEFORE_OPENER = set("([{—–-/")
AFTER_CLOSER = set(".,;:!?)]}—–-…")
SENTENCE_FINAL = re.compile(r"[.!?…][\"”’')\]]*$")
ELISIONS = re.compile(r"(?:\d\ds|em|til|cause|n)\b", re.IGNORECASE)
WORD_CHAR = re.compile(r"\w")
MARKUP_ATTRIBUTE = re.compile(r"[\w-]=(\"[^\"<>\n]{0,200}\")")
SPEECH_VERBS = {
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "wrote",
    "writes",
    "replied",
}


class Span(NamedTuple):
    """The text between a pair of marks: `paragraphs[paragraph][start:end]`."""

    paragraph: int
    start: int
    end: int
    closed: bool
    partial: bool


def find_spans(paragraphs: tuple[str, ...] | list[str]) -> list[Span]:
    """Every quotation span of the article, in order."""
    marks = primary_marks(paragraphs)
    spans: list[Span] = []
    unclosed: list[int] = []
    for index, text in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        spans.extend(paragraph_spans(index, text, marks, reopens(following, marks), unclosed))
    if unclosed:
        warn_unclosed(unclosed)
    return spans


def warn_unclosed(paragraphs: list[int], shown: int = 5) -> None:
    """One warning for the whole article, however many marks are left open."""
    numbers = [str(n + 1) for n in dict.fromkeys(paragraphs)]
    if len(numbers) == 1:
        where = f"paragraph {numbers[0]}"
    elif len(numbers) <= shown:
        where = f"paragraphs {', '.join(numbers[:-1])} and {numbers[-1]}"
    else:
        where = f"paragraphs {', '.join(numbers[:shown])} and {len(numbers) - shown} more"
    marks = (
        "an unclosed quotation mark"
        if len(paragraphs) == 1
        else f"{len(paragraphs)} unclosed quotation marks"
    )
    log.warning("%s in %s, left as text", marks, where)


def primary_marks(paragraphs: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """Double marks, unless single ones open clearly more quotes (British style: ‘…’)."""
    doubles = sum(len(DOUBLE_MARKS.findall(p)) for p in paragraphs)
    single_openers = sum(len(SINGLE_OPENER.findall(p)) for p in paragraphs)
    return SINGLE_MARKS if single_openers > doubles / 2 else DOUBLE_MARKS  # two double marks a quote


def reopens(text: str, marks: re.Pattern[str]) -> bool:
    """Does this paragraph begin with an opening mark (continuing a quote)?"""
    stripped = text.lstrip()
    return bool(stripped) and bool(marks.match(stripped)) and role_of(stripped, 0) != "close"


def paragraph_spans(
    index: int, text: str, marks: re.Pattern[str], continued: bool, unclosed: list[int] | None = None
) -> list[Span]:
    """Pair the marks of one paragraph, left to right, in one pass; the paragraph's index is
    added to `unclosed` for each opening mark left without its closing one."""
    unclosed = [] if unclosed is None else unclosed
    spans: list[Span] = []
    open_at: int | None = None
    in_markup = markup_marks(text)
    for match in marks.finditer(text):
        at = match.start()
        role = role_of(text, at)
        if role == "apostrophe" or at in in_markup:
            continue
        if open_at is None:
            if role == "close":
                log.debug("paragraph %d: closing mark at %d with no quote open", index, at)
            else:
                open_at = at
        elif role == "open":
            if SENTENCE_FINAL.search(text[max(open_at + 1, at - 12) : at].rstrip()):
                add_span(spans, index, text, open_at + 1, at, closed=False)  # '"A. "B."'
            else:
                log.debug("paragraph %d: opening mark at %d never closed, skipped", index + 1, open_at)
                unclosed.append(index)
            open_at = at
        else:
            add_span(spans, index, text, open_at + 1, at, closed=True)
            open_at = None
    if open_at is not None:
        if continued:  # the next paragraph reopens the quote: it runs on
            add_span(spans, index, text, open_at + 1, len(text), closed=False)
        else:
            log.debug("paragraph %d: unclosed quotation mark at %d skipped", index + 1, open_at)
            unclosed.append(index)
    return spans


def markup_marks(text: str) -> set[int]:
    """The marks around markup attribute values (`<tweet author="@lee">`): no quotation."""
    if "=" not in text:
        return set()
    return {at for match in MARKUP_ATTRIBUTE.finditer(text) for at in (match.start(1), match.end(1) - 1)}


def add_span(spans: list[Span], index: int, text: str, start: int, end: int, *, closed: bool) -> None:
    """Keep a span with words in it, trimmed of the space before a reopening mark."""
    mark = start - 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if WORD_CHAR.search(text, start, end):
        previous_end = spans[-1].end if spans and spans[-1].paragraph == index else None
        spans.append(Span(index, start, end, closed, is_partial(text, mark, start, previous_end)))


def is_partial(text: str, mark: int, start: int, previous_end: int | None) -> bool:
    """A few words quoted inside a sentence of the writer's, rather than a quoted sentence.

    Right after a word (`called it "a disgrace"`) or starting in lower case after a comma
    (`levels, "even for those…"`), except the second half of a split quote
    (`"A," she said, "and B."`) and a quote right after its verb (`said "We are ready."`).
    """
    at = mark - 1  # the character before the opening mark
    while at >= 0 and text[at].isspace():
        at -= 1
    if at < 0:
        return False
    before = text[at]
    if before.isalnum():
        word = text[max(0, at - 12) : at + 1].rsplit(None, 1)[-1].lower()
        return not (word in SPEECH_VERBS and text[start : start + 1].isupper())
    if before == "," and text[start : start + 1].islower():
        split_quote = previous_end is not None and len(text[previous_end:at].split()) <= 8
        return not split_quote
    return False


def role_of(text: str, at: int) -> str:
    """'open', 'close', 'either' or 'apostrophe' for the mark at `at`, from its neighbours."""
    mark = text[at]
    prev = text[at - 1] if at > 0 else " "
    nxt = text[at + 1] if at + 1 < len(text) else " "
    if mark in "'’" and (prev.isalnum() and nxt.isalnum()):
        return "apostrophe"
    if mark in "'‘’" and (prev.isspace() or prev in BEFORE_OPENER) and ELISIONS.match(text, at + 1):
        return "apostrophe"
    if mark in "'’" and prev in "sS" and nxt == " " and text[at + 2 : at + 3].islower():
        return "apostrophe"
    if mark in OPENERS:
        return "open"
    if mark in CLOSERS:
        return "close"
    opens = (prev.isspace() or prev in BEFORE_OPENER) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in AFTER_CLOSER or nxt in "\"'”’")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"
