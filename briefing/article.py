"""Read an article file: decode it, clean the text, find headline, standfirst and paragraphs.

The plain-text form is the seed's: the headline on line 1, then paragraphs separated by
blank lines. Pages saved from news sites leave furniture around the text: photo credits
around a caption near the top, navigation words at the end. Those are recognised by shape
(short lines without sentence punctuation), never by their words.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from pathlib import Path

from .errors import SeedError
from .model import Article

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
FURNITURE_MAX_WORDS = 4
SENTENCE_END = re.compile(r"[.!?:;\"”’'…)]\s*$")
HEADLINE_PREFIX = re.compile(r"^(?:#\s+|title:\s*)", re.IGNORECASE)
BLANK_LINES = re.compile(r"\n[ \t]*\n")


def load_article(path: Path) -> Article:
    """Read, decode and parse one article file, choosing the reader by its suffix."""
    data = read_bytes(path)
    text = decode(data, path)
    suffix = path.suffix.lower()
    if suffix in {".md", ".markdown"}:
        from .markup import parse_markdown

        article = parse_markdown(text, path)
    elif suffix in {".html", ".htm"}:
        from .markup import parse_html

        article = parse_html(text, path)
    else:
        article = parse_text(text, path)
    return Article(
        headline=article.headline,
        paragraphs=article.paragraphs,
        standfirst=article.standfirst,
        source_file=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a SeedError that says what is wrong with the path."""
    if not path.exists():
        raise SeedError(f"{path}: no such file")
    if path.is_dir():
        raise SeedError(f"{path}: is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SeedError(
                f"{path}: {size:,} bytes is over the {MAX_BYTES // (1024 * 1024)} MiB limit; "
                "split the article"
            )
        return path.read_bytes()
    except OSError as exc:
        raise SeedError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def decode(data: bytes, path: Path) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SeedError(f"{path}: broken UTF-16 (at byte offset {exc.start})") from exc
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise SeedError(f"{path}: binary data, not text (NUL byte at offset {offset})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise SeedError(
            f"{path}: not UTF-8 (byte 0x{bad:02x} at offset {exc.start}); save the file as UTF-8"
        ) from exc


def clean_text(text: str) -> str:
    """Normalise line endings and Unicode form, trim trailing spaces; keep blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def is_furniture(line: str) -> bool:
    """A short line without sentence punctuation: a credit, a section label, a nav link."""
    words = line.split()
    return 0 < len(words) <= FURNITURE_MAX_WORDS and not SENTENCE_END.search(line)


def parse_text(text: str, path: Path) -> Article:
    """Headline on line 1, a caption block between credit lines, then paragraphs."""
    text = clean_text(text)
    if not text.strip():
        raise SeedError(f"{path}: the file is empty")
    first, _, rest = text.partition("\n")
    headline = " ".join(HEADLINE_PREFIX.sub("", first).split())
    if not headline:
        raise SeedError(f"{path}: no headline on the first line")
    blocks = [block.split("\n") for block in BLANK_LINES.split(rest) if block.strip()]
    standfirst = None
    if blocks:
        standfirst, blocks[0] = split_caption(blocks[0])
        if not blocks[0]:
            blocks.pop(0)
    paragraphs = [p for block in blocks for p in block_paragraphs(block)]
    while paragraphs and is_furniture(paragraphs[-1]):
        log.debug("dropped trailing furniture line %r", paragraphs[-1])
        paragraphs.pop()
    if not paragraphs:
        raise SeedError(f"{path}: a headline but no article text below it")
    return Article(headline=headline, paragraphs=tuple(paragraphs), standfirst=standfirst)


def split_caption(lines: list[str]) -> tuple[str | None, list[str]]:
    """A first block of sentences framed by furniture lines is a photo caption."""
    lines = [line.strip() for line in lines if line.strip()]
    furniture = [is_furniture(line) for line in lines]
    if len(lines) >= 2 and any(furniture) and not all(furniture) and (furniture[0] or furniture[-1]):
        caption = " ".join(line for line, junk in zip(lines, furniture, strict=True) if not junk)
        return caption, []
    return None, lines


def block_paragraphs(lines: list[str]) -> list[str]:
    """One paragraph per block, or one per line where every line ends a sentence."""
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) > 1 and all(SENTENCE_END.search(line) for line in lines[:-1]):
        return lines
    return [" ".join(lines)] if lines else []
