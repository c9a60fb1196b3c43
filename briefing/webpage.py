"""Read a saved news page (.html, .htm) into the same Article the plain-text reader gives.

Finding the article text among a page's menus, teasers, share boxes and comments is a field
of its own; trafilatura does it better than hand-written rules (it leads the Article
Extraction Benchmark) and also reads the page's author, date and site name. What is ours:

- decoding: a byte-order mark, else the page's declared `<meta charset>`, else UTF-8; never a
  guess, and bytes that do not fit are refused with their offset, as for every article;
- headline: og:title, else the page's headline <h1> (not a logo: the one the <title> repeats,
  or the article's own), else <title>, each without the site name (`Headline | Site`) and with
  entities decoded even when the page escaped them twice (`&amp;ldquo;`);
- paragraphs: one per block of the extracted text, and one per line where the page breaks
  lines with <br> between whole sentences; hidden parts are dropped first, and short trailing
  lines without sentence punctuation after, as in the plain-text form;
- standfirst: the caption of a lead photo (a <figure> before the first paragraph), else the
  page's description unless it only repeats the opening paragraphs.

Bounded work: lxml parses the page in linear time (to a depth of 255), a page of more than
MAX_TAGS tags is refused before trafilatura, whose time grows with the tags, and so is article
text over the text limit. lxml and trafilatura are imported only when a saved page is read.
"""

from __future__ import annotations

import codecs
import copy
import html
import logging
import re
from pathlib import Path

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura.settings import use_config
from trafilatura.utils import load_html

from .article import (
    MAX_TEXT_BYTES,
    block_paragraphs,
    clean_text,
    decode,
    drop_trailing_furniture,
    is_furniture,
    plain,
)
from .errors import SeedError
from .model import Article

log = logging.getLogger(__name__)
# trafilatura and its helpers log ordinary pages as errors ("parsed tree length: 0"); a build
# says one line, so they speak only when the build logs each step (-v).
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.DEBUG if log.isEnabledFor(logging.DEBUG) else logging.CRITICAL)

BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")  # UTF-8, UTF-16 LE/BE (UTF-32 LE starts alike)
CHARSET_SCAN_BYTES = 8192  # the declaration belongs near the top of <head>
META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# Browsers read these labels as windows-1252 (the WHATWG Encoding standard): pages that declare
# Latin-1 use its curly quotes at 0x91-0x94.
AS_WINDOWS_1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}
INLINE_TAGS = frozenset({"hi", "ref", "del", "lb", "graphic", "span", "a", "b", "i", "em", "strong"})
ESCAPED_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—·:»]\s+")
SITE_NAME_MAX_WORDS = 4
UTF8_PARSER = HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
TAG_START = re.compile(r"<[A-Za-z]")
MAX_TAGS = 20_000  # a news page has a few thousand elements
HIDDEN_XPATH = (  # what a reader of the page never sees
    "//*[@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), 'display:none')"
    " or contains(translate(@style, ' ', ''), 'visibility:hidden')]"
)
CREDIT_XPATH = (
    ".//*[contains(translate(@class, 'CREDITOPYRGHAUS', 'creditopyrghaus'), 'credit')"
    " or contains(translate(@class, 'CREDITOPYRGHAUS', 'creditopyrghaus'), 'copyright')"
    " or @itemprop='creator' or @itemprop='copyrightHolder' or self::small]"
)
LABELS_MAX_CHARS = 200
OPENING_CHARS = 60  # enough of a paragraph to know it again
ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")
SAVE_AGAIN = "save the article's own page again"
SHORT_TEXT = 500  # characters
CONFIG = use_config()
# Take the main extractor's text even when it is short: on a short page its fallback reads
# every line of the page, menus included.
CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
EXTRACTION = {
    "include_comments": False,
    "include_tables": True,
    "with_metadata": True,
    "config": CONFIG,
    # the date the page states, never one guessed from its text or links
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}


def read_page(data: bytes, path: Path) -> Article:
    """Decode, parse and read one saved page: headline, paragraphs, standfirst and metadata."""
    text = clean_text(decode_page(data, path))
    if not text.strip():
        raise SeedError(f"{path}: the file is empty; save the whole news page again")
    if (tags := TAG_START.subn("", text)[1]) > MAX_TAGS:  # main-text detection grows with the tags
        raise SeedError(
            f"{path}: {tags:,} tags, over the {MAX_TAGS:,}-tag limit for a saved page; "
            "save the article's own page, not a whole site or thread"
        )
    tree = parse_tree(text)
    for hidden in tree.xpath(HIDDEN_XPATH):
        hidden.drop_tree()
    meta = meta_tags(tree)
    site = meta.get("og:site_name")
    headline = page_headline(tree, meta, site)
    if not headline:
        raise SeedError(
            f"{path}: no headline found (looked for og:title, <h1>, <title>); save the whole news page"
        )
    document, paragraphs = main_text(tree)
    paragraphs = drop_trailing_furniture([p for p in paragraphs if p != headline])
    if sum(map(len, paragraphs)) < LABELS_MAX_CHARS and all(map(is_furniture, paragraphs)):
        paragraphs = []  # a few labels from a menu or a footer, not an article
    if not paragraphs:
        raise SeedError(f"{path}: a headline but no article text, only menus, links or labels; {SAVE_AGAIN}")
    if (size := sum(len(p.encode("utf-8")) for p in paragraphs)) > MAX_TEXT_BYTES:
        raise SeedError(
            f"{path}: {size:,} bytes of article text, over the {MAX_TEXT_BYTES // 2**20} MiB limit "
            "for the text of an article; check it is the right page"
        )
    caption = lead_caption(tree, paragraphs[0])
    description = meta.get("og:description") or meta.get("description")
    if caption is None and description and not repeats(description, paragraphs):
        caption = description
    return Article(
        headline=headline,
        paragraphs=tuple(paragraphs),
        standfirst=caption or None,
        publisher=site or field(document, "sitename"),
        byline=field(document, "author"),
        date=field(document, "date"),
    )


def main_text(tree: HtmlElement) -> tuple[object, list[str]]:
    """trafilatura's document and its paragraphs, in its precise mode first.

    The precise mode leads on the benchmark but now and then keeps only a stray notice; a
    short result is read again in its balanced mode, and the longer text wins.
    """
    document = trafilatura.bare_extraction(tree, favor_precision=True, **EXTRACTION)
    paragraphs = [] if document is None else body_paragraphs(document.body)
    if sum(map(len, paragraphs)) < SHORT_TEXT:
        log.debug("short text in the precise mode; reading the page again")
        second = trafilatura.bare_extraction(tree, favor_precision=False, **EXTRACTION)
        more = [] if second is None else body_paragraphs(second.body)
        if sum(map(len, more)) > sum(map(len, paragraphs)):
            return second, more
    return document, paragraphs


def decode_page(data: bytes, path: Path) -> str:
    """A byte-order mark first, then the page's <meta charset>, then UTF-8, as a browser reads it."""
    if data.startswith(BOMS):
        return decode(data, path)
    match = META_CHARSET.search(data[:CHARSET_SCAN_BYTES])
    if match is None:
        return decode(data, path)
    label = match[1].decode("ascii").lower()
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        log.debug("unknown charset %r; reading the page as UTF-8", label)
        return decode(data, path)
    if codec.startswith(("utf-8", "utf-16", "utf-32")):  # a UTF-16 page cannot declare itself in ASCII
        return decode(data, path)
    codec = "cp1252" if codec in AS_WINDOWS_1252 else codec
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise SeedError(
            f"{path}: not {label} as its <meta charset> says (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); save the page again"
        ) from exc


def parse_tree(text: str) -> HtmlElement:
    """The page as an lxml tree (a fragment without <html> is wrapped in a document)."""
    tree = load_html(text)
    if tree is None:  # bytes, since lxml refuses a str that declares an encoding
        tree = document_fromstring(f"<html><body>{text}</body></html>".encode(), parser=UTF8_PARSER)
    return tree


def unescaped(text: str) -> str:
    """Metadata on one line, with entities decoded that the page escaped twice (`&amp;ldquo;`)."""
    return plain(html.unescape(text) if ESCAPED_ENTITY.search(text) else text)


def field(document: object, name: str) -> str | None:
    """One metadata field of trafilatura's document, cleaned; None when absent."""
    value = getattr(document, name, None)
    return unescaped(value) or None if isinstance(value, str) else None


def meta_tags(tree: HtmlElement) -> dict[str, str]:
    """Each <meta property=...> or <meta name=...> content, cleaned; the first of a name wins."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key and key not in found and (text := unescaped(meta.get("content") or "")):
            found[key] = text
    return found


def page_headline(tree: HtmlElement, meta: dict[str, str], site: str | None) -> str:
    """og:title, else the headline <h1>, else <title>; without the site name."""
    title_tag = tree.find(".//title")
    title = plain(title_tag.text_content()) if title_tag is not None else ""
    if headline := meta.get("og:title") or meta.get("twitter:title"):
        return strip_site_name(headline, site)
    log.debug("no og:title")
    h1s = [(h1, text) for h1 in tree.iter("h1") if (text := plain(h1.text_content()))]
    stripped = strip_site_name(title, site)
    for _, text in h1s:  # the headline the <title> repeats, not a logo or a section name
        if stripped and ((text in stripped and len(text) * 2 >= len(stripped)) or stripped in text):
            return text
    for h1, text in h1s:
        if next(h1.iterancestors("article"), None) is not None:
            return text
    log.debug("no <h1> that the <title> or an <article> holds")
    return stripped or (h1s[0][1] if h1s else "")


def strip_site_name(title: str, site: str | None) -> str:
    """'Headline | Site' or 'Site | Headline' -> 'Headline'.

    The part dropped is the site's name when the page gives it, else a short last part.
    """
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if site:
        if parts[-1].casefold() == site.casefold():
            return title[: title.rfind(parts[-1])].rstrip(" |-–—·:»")
        if parts[0].casefold() == site.casefold():
            return title[len(parts[0]) :].lstrip(" |-–—·:»")
    match = list(TITLE_SEPARATOR.finditer(title))[-1]
    if len(title[match.end() :].split()) <= SITE_NAME_MAX_WORDS and match.start() > 0:
        return title[: match.start()]
    return title


def body_paragraphs(body: etree._Element) -> list[str]:
    """One paragraph per block of trafilatura's extracted text (p, head, item, cell, quote...).

    Lines broken with <br> are split into paragraphs where each ends a sentence, and at an
    empty line, as the plain-text reader splits blocks.
    """
    found: list[str] = []
    run: list[str] = []

    def flush() -> None:
        text = "".join(run)
        run.clear()
        for chunk in re.split(r"\n[ \t]*\n", text):
            found.extend(p for line in block_paragraphs(chunk.split("\n")) if (p := plain(line)))

    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in INLINE_TAGS:
            flush()
        if event == "start":
            if tag == "lb":
                run.append("\n")
            elif element.text and tag:
                run.append(element.text)
        elif element.tail and element is not body:
            run.append(element.tail)
    flush()
    return found


def lead_caption(tree: HtmlElement, first: str) -> str | None:
    """The caption of a photo that comes before the article's first paragraph, `first`."""
    caption = None
    for element in tree.iter("figure", "p"):
        if element.tag == "figure":
            found = element.find(".//figcaption")
            if caption is None and found is not None:
                caption = caption_text(found)
        elif (text := plain(element.text_content())) and first.startswith(text[:OPENING_CHARS]):
            return caption
    return None


def caption_text(figcaption: HtmlElement) -> str | None:
    """The caption's words without the photo credit (`<span class="credit">Photo: A. Smith</span>`)."""
    figcaption = copy.deepcopy(figcaption)
    for credit in figcaption.xpath(CREDIT_XPATH):
        credit.drop_tree()
    return plain(figcaption.text_content()) or None


def repeats(description: str, paragraphs: list[str]) -> bool:
    """Is the description the opening text again (perhaps cut short with an ellipsis)?"""
    stem = ELLIPSIS.sub("", description).strip()
    opening = " ".join(paragraphs[:3])
    return opening.startswith(stem) or stem.startswith(paragraphs[0])
