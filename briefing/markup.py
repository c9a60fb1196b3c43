"""Read a Markdown article (.md, .markdown) into the same Article the plain-text reader gives.

cmark (the CommonMark reference parser, in C, through cmarkgfm) renders the Markdown; it is
built to take linear time on any input, runs of `[`, `*` or `<` included. lxml parses the
result, and only the text of its blocks is kept, as plain strings: no markup from the file
reaches the page, and the template escapes what is left.

- paragraphs: the text of each block in document order (<p>, list items, blockquotes,
  subheadings, and the blocks of raw HTML such as <div>, <section> or table cells), whitespace
  collapsed; links and images become their link text and alt text; script, style and the like
  are dropped with their text;
- headline: the first <h1>, else the first heading, else the first line of the first block;
- standfirst: the block right under the headline when it is wholly emphasised (`*...*`), the
  Markdown way to write a deck or photo caption. A blockquote stays in the body: in a news
  article it holds quoted words, which the quote finder must see.

Raw HTML is rendered as it is written (cmark's "unsafe" option) only so that its text can be
read: the tags themselves never reach the page.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import cmarkgfm
from cmarkgfm.cmark import Options
from lxml import etree
from lxml.etree import HTMLParser, _Element

from .article import HEADLINE_PREFIX, clean_text, plain
from .errors import SeedError
from .model import Article

log = logging.getLogger(__name__)

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
EMPHASIS_TAGS = frozenset({"em", "i"})
NEVER_TEXT_TAGS = (
    *("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas"),
    *("video", "audio", "head", "title", "button", "select", "textarea", "input", "dialog"),
)
INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark"}
    | {"q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "u", "var", "wbr"}
)
MARKUP = "[]!*_`<>&\\"  # the characters that open or close inline markup (and > a blockquote)
MARKUP_BUDGET = 100_000
MAX_LINES = 100_000  # a 2 MiB article wrapped at 80 columns has 27,000
HIDDEN = [(c, chr(0xFDD0 + i)) for i, c in enumerate(MARKUP)]
SHOWN = [(n, c) for c, n in HIDDEN]
NONCHARACTERS = re.compile("[\ufdd0-\ufdef]")  # never text; here they stand in for markup
BLOCK_SEPARATOR = re.compile(r"(\n[ \t]*\n)")
PARSER = HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)
Part = tuple[_Element, str]


def parse_markdown(text: str, path: Path) -> Article:
    """Render the Markdown, then read headline, standfirst and paragraphs from the result."""
    text = clean_text(text)
    if not text.strip():
        raise SeedError(f"{path}: the file is empty; start it with # Headline and the article below it")
    if (lines := text.count("\n") + 1) > MAX_LINES:  # the parser's memory grows with the lines
        raise SeedError(
            f"{path}: {lines:,} lines, over the {MAX_LINES:,}-line limit for a Markdown article; "
            "check it is the right file, or save it as .txt"
        )
    markdown = within_budget(text)
    html = cmarkgfm.markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    root = etree.fromstring(f"<html><body>{html}</body></html>", PARSER)[0]
    prepare(root)
    headline, parts, under = markdown_headline(root, blocks(root))
    if markdown is not text:  # some blocks were read as plain text: show their characters
        headline = swap(headline, SHOWN)
        parts = [(element, swap(text, SHOWN)) for element, text in parts]
    if not headline:
        raise SeedError(
            f"{path}: no headline found (looked for a # heading, then the first line); start with # Headline"
        )
    standfirst = None
    if len(parts) > 1 and under < len(parts) and is_emphasised(parts[under][0]):
        standfirst = parts.pop(under)[1]
    if not parts:
        raise SeedError(f"{path}: a headline but no article text below it; add paragraphs under the headline")
    return Article(headline=headline, paragraphs=tuple(t for _, t in parts), standfirst=standfirst)


def within_budget(text: str) -> str:
    """The Markdown with its markup characters past MARKUP_BUDGET hidden from the parser.

    Blocks (runs of lines between blank lines) are read in order; once the markup characters
    of the blocks so far pass the budget, the rest are read as plain text: their characters
    are swapped for Unicode noncharacters, which no parser treats as markup, and swapped back
    in the text read. A news article uses a few hundred; a run of thousands of `[` would cost
    the parser time and memory for nothing.
    """
    if sum(map(text.count, MARKUP)) <= MARKUP_BUDGET:
        return text
    text = NONCHARACTERS.sub("", text)
    spent, out = 0, []
    for block in BLOCK_SEPARATOR.split(text):
        spent += sum(map(block.count, MARKUP))
        out.append(block if spent <= MARKUP_BUDGET else swap(block, HIDDEN))
    log.debug("%d markup characters; read those past the first %d as text", spent, MARKUP_BUDGET)
    return "".join(out)


def swap(text: str, pairs: list[tuple[str, str]]) -> str:
    """Replace each first character of `pairs` with its second (str.replace: fast on long text)."""
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def prepare(root: _Element) -> None:
    """Drop elements that never hold article text; turn <br> into a space and images into alt text."""
    etree.strip_elements(root, *NEVER_TEXT_TAGS, with_tail=False)
    for element in root.iter("br", "img"):
        element.tail = (" " if element.tag == "br" else element.get("alt", "")) + (element.tail or "")
    etree.strip_elements(root, "br", "img", with_tail=False)


def blocks(root: _Element) -> list[Part]:
    """(element, text) for each run of text between block boundaries, in document order.

    Every element that is not inline (<em>, <a>, <code>, ...) bounds a block, so a loose list
    item or a <div> gives its loose text and then that of the blocks inside it. The element
    is the innermost block holding the text.
    """
    found: list[Part] = []
    run: list[str] = []
    holders: list[_Element] = [root]

    def flush() -> None:
        if run:
            if text := plain("".join(run)):
                found.append((holders[-1], text))
            run.clear()

    for event, element in etree.iterwalk(root, events=("start", "end")):
        inline = element.tag in INLINE_TAGS
        if not inline:
            flush()
        if event == "start":
            if not inline:
                holders.append(element)
            if element.text:
                run.append(element.text)
        else:
            if not inline:
                holders.pop()
            if element.tail and element is not root:
                run.append(element.tail)
    flush()
    return found


def markdown_headline(root: _Element, parts: list[Part]) -> tuple[str, list[Part], int]:
    """The first <h1>, else the first heading, else the first line; the blocks without it, and
    the index of the block right under it. Text above a heading stays article text."""
    for heading in (root.find(".//h1"), next(root.iter(*HEADINGS), None)):
        if heading is not None and (text := plain("".join(heading.itertext()))):
            above = next((i for i, part in enumerate(parts) if part[0] is heading), 0)
            return text, [part for part in parts if part[0] is not heading], above
        log.debug("no usable heading %r", heading is not None and heading.tag)
    if not parts:
        return "", parts, 0
    element, text = parts[0]
    flat = all(child.tag in INLINE_TAGS for child in element.iterdescendants())
    lines = "".join(element.itertext()) if flat else text
    first, _, rest = lines.strip().partition("\n")
    rest = plain(rest)
    return plain(HEADLINE_PREFIX.sub("", first)), ([(element, rest)] if rest else []) + parts[1:], 0


def is_emphasised(element: _Element) -> bool:
    """A <p> whose only content is one <em> or <i>: `*A deck or a photo caption.*`."""
    return (
        element.tag == "p"
        and len(element) == 1
        and element[0].tag in EMPHASIS_TAGS
        and not (element.text or "").strip()
        and not (element[0].tail or "").strip()
    )
