"""Read a Markdown article or a saved news page into the same Article the plain-text reader gives.

Both readers end in BeautifulSoup ("html.parser") and keep only the text of known block
elements as plain strings: no markup from the file reaches the page, and the template
escapes what is left. Paragraphs are the text of each <p>, <li>, <blockquote>, <pre> and
subheading (<h2>-<h6>) in document order, whitespace collapsed.

Markdown (.md, .markdown), rendered by a fresh `markdown.Markdown()` per call:
- headline: the first <h1>, else the first heading, else the first line of the first block;
- standfirst: the block right under the headline when it is wholly emphasised (`*...*`), the
  Markdown way to write a deck or photo caption. A blockquote stays in the body: in a news
  article it holds quoted words, which the quote finder must see;
- links and images become their link text and alt text; raw HTML is never passed on, only
  the text of the blocks above (script, style and the like are dropped with their text).

Saved news page (.html, .htm):
- headline: og:title, else the first <h1> (inside the article first), else <title> without
  a trailing " | Site" / " - Site" part;
- body: the <article> with the most paragraph text, else [itemprop=articleBody], else <main>,
  else <body>. Page chrome is dropped by tag (nav, header, footer, aside, form, figure, ...),
  when hidden, and by class or id words (share, social, related, newsletter, advert, promo,
  comment, byline, credit, ...) unless that element holds most of the text. Images are photos,
  not text. Every <h1> is dropped from the body (the headline is shown apart), and so are
  short trailing lines without sentence punctuation, as in the plain-text form;
- standfirst: the caption of a lead <figure> (one before the first paragraph), like the
  caption of the plain-text form; else og:description or meta description, unless it only
  repeats the opening paragraphs.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

import markdown
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from .article import HEADLINE_PREFIX, clean_text, drop_trailing_furniture
from .errors import SeedError
from .model import Article

log = logging.getLogger(__name__)

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
BLOCK_TAGS = frozenset({"p", "li", "blockquote", "pre", *HEADINGS})
EMPHASIS_TAGS = frozenset({"em", "i"})
NEVER_TEXT_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas"}
) | {"video", "audio", "head", "title", "button", "select", "textarea", "input", "dialog"}
WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
Part = tuple[Tag, str]


def parse_markdown(text: str, path: Path) -> Article:
    """Render the Markdown, then read headline, standfirst and paragraphs from the result."""
    text = clean_text(text)
    if not text.strip():
        raise SeedError(f"{path}: the file is empty; start it with # Headline and the article below it")
    soup = BeautifulSoup(markdown.Markdown().convert(text), "html.parser")
    prepare(soup, images_as_alt=True)
    parts = blocks(soup)
    headline, parts, under = markdown_headline(soup, parts)
    if not headline:
        raise SeedError(
            f"{path}: no headline found (looked for a # heading, then the first line); start with # Headline"
        )
    standfirst = None
    if len(parts) > 1 and under < len(parts) and is_emphasised(parts[under][0]):
        standfirst = parts.pop(under)[1]
    return finish(headline, [t for _, t in parts], standfirst, path, drop_furniture=False)


def finish(
    headline: str, paragraphs: list[str], standfirst: str | None, path: Path, *, drop_furniture: bool
) -> Article:
    """Drop trailing furniture lines as the plain-text reader does; refuse an article without text."""
    if drop_furniture:
        paragraphs = drop_trailing_furniture(paragraphs)
    if not paragraphs:
        raise SeedError(f"{path}: a headline but no article text below it; add paragraphs under the headline")
    return Article(headline=headline, paragraphs=tuple(paragraphs), standfirst=standfirst or None)


def plain(text: str) -> str:
    """Cleaned text on one line: control characters gone, ASCII whitespace runs made one space."""
    return WHITESPACE.sub(" ", clean_text(text)).strip()


def prepare(root: Tag, *, images_as_alt: bool) -> None:
    """Drop elements that never hold article text; turn <br> into a space and images into alt text."""
    remove(root, lambda tag: tag.name in NEVER_TEXT_TAGS)
    for br in root.find_all("br"):
        br.replace_with(" ")
    for img in root.find_all("img"):
        img.replace_with(img.get("alt", "") if images_as_alt else "")


def blocks(root: Tag) -> list[Part]:
    """(element, text) for each paragraph-like element under `root`, in document order.

    A block holding other blocks (a loose list item, a blockquote) gives its loose runs of
    text and then theirs. Iterative, so a deeply nested page cannot exhaust the stack.
    """
    holders = block_holders(root)
    found: list[Part] = []
    stack = [(root, iter(root.children), [])]
    while stack:
        node, children, run = stack[-1]
        in_block = node.name in BLOCK_TAGS
        child = next(children, None)
        if child is None or (isinstance(child, Tag) and (id(child) in holders or child.name in BLOCK_TAGS)):
            if in_block and (text := plain("".join(run))):
                found.append((node, text))
            run.clear()
        if child is None:
            stack.pop()
        elif isinstance(child, Tag) and id(child) in holders:
            stack.append((child, iter(child.children), []))
        elif isinstance(child, Tag) and child.name in BLOCK_TAGS:
            if text := plain(child.get_text()):
                found.append((child, text))
        elif in_block and isinstance(child, Tag):
            run.append(child.get_text())
        elif in_block and not isinstance(child, PreformattedString):
            run.append(str(child))
    return found


def block_holders(root: Tag) -> set[int]:
    """The ids of the elements under `root` that have a block element somewhere below them."""
    holders: set[int] = set()
    for tag in root.find_all(BLOCK_TAGS):
        for parent in tag.parents:
            if parent is root or id(parent) in holders:
                break
            holders.add(id(parent))
    return holders


def markdown_headline(soup: Tag, parts: list[Part]) -> tuple[str, list[Part], int]:
    """The first <h1>, else the first heading, else the first line; the blocks without it, and
    the index of the block right under it. Text above a heading stays article text."""
    for heading in (soup.find("h1"), soup.find(HEADINGS)):
        if heading is not None and (text := plain(heading.get_text())):
            above = next((i for i, part in enumerate(parts) if part[0] is heading), 0)
            return text, [part for part in parts if part[0] is not heading], above
        log.debug("no usable heading %r", heading and heading.name)
    if not parts:
        return "", parts, 0
    tag, text = parts[0]
    lines = tag.get_text() if tag.find(BLOCK_TAGS) is None else text
    first, _, rest = lines.strip().partition("\n")
    rest = plain(rest)
    return plain(HEADLINE_PREFIX.sub("", first)), ([(tag, rest)] if rest else []) + parts[1:], 0


def is_emphasised(tag: Tag) -> bool:
    """A <p> whose only content is one <em> or <i>: `*A deck or a photo caption.*`."""
    content = [c for c in tag.contents if not (isinstance(c, NavigableString) and not c.strip())]
    return tag.name == "p" and len(content) == 1 and getattr(content[0], "name", None) in EMPHASIS_TAGS


def remove(root: Tag, unwanted: Callable[[Tag], bool]) -> None:
    """Remove the outermost elements under `root` that are unwanted, with all they hold.

    Walks the tree once and never asks a removed element anything (bs4 answers unknown
    attributes such as `decomposed` with a subtree search, which is slow on deep pages).
    """
    found: list[Tag] = []
    stack = [root]
    while stack:
        for child in stack.pop().children:
            if isinstance(child, Tag):
                (found if unwanted(child) else stack).append(child)
    for tag in found:
        tag.decompose()
