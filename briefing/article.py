"""Read an article file: decode it, clean the text, find headline, standfirst and paragraphs.

The plain-text form is the seed's: the headline on line 1, then paragraphs separated by
blank lines. Pages saved from news sites leave furniture around the text: photo credits
around a caption near the top, navigation words at the end. Those are recognised by shape
(short lines without sentence punctuation), never by their words.

Input rules (README, "Input rules and errors"): a regular file of at most MAX_TEXT_BYTES
(MAX_HTML_BYTES for a saved web page); UTF-8 with or without a BOM, or UTF-16/UTF-32 with a
BOM; anything else is refused with the byte offset of the first bad byte, never guessed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import unicodedata
from dataclasses import replace
from pathlib import Path

from .errors import SeedError
from .model import Article

log = logging.getLogger(__name__)

MIB = 1024 * 1024
MAX_TEXT_BYTES = 2 * MIB
MAX_HTML_BYTES = 8 * MIB
HTML_SUFFIXES = {".html", ".htm"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
READ_ATTEMPTS = 3
MAX_PARAGRAPHS = 20_000  # news articles have hundreds; past this the page would take seconds to render
FURNITURE_MAX_WORDS = 4
SENTENCE_END = re.compile(r"[.!?:;\"”’'…)。！？；：」』）]\s*$")  # Chinese and Japanese too
ASCII_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
HEADLINE_PREFIX = re.compile(r"^(?:#\s+|title:\s*)", re.IGNORECASE)
BLANK_LINES = re.compile(r"\n[ \t]*\n")
BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
SIGNATURES = (  # files that are often renamed or saved as .txt by mistake
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .zip file)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
)
OTHER_BREAKS = re.compile("[\v\f\x85\u2028\u2029]")
TRAILING_SPACE = re.compile(r"[^\S\n]+$", re.MULTILINE)  # spaces and tabs at a line's end
LINE_BREAKS = str.maketrans({"\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})


def load_article(path: Path) -> Article:
    """Read, decode and parse one article file, choosing the reader by its suffix."""
    suffix = path.suffix.lower()
    data = read_bytes(path, MAX_HTML_BYTES if suffix in HTML_SUFFIXES else MAX_TEXT_BYTES)
    sha256 = hashlib.sha256(data).hexdigest()
    if suffix in HTML_SUFFIXES:  # decoded by the page's own declared charset
        from .webpage import read_page

        article = read_page(data, path)
    else:
        text = decode(data, path)
        del data  # not held beside its text while that is parsed: a long article costs less memory
        if suffix in MARKDOWN_SUFFIXES:
            from .markup import parse_markdown

            article = parse_markdown(text, path)
        else:
            article = parse_text(text, path)
    return replace(
        article,
        paragraphs=bounded(article.paragraphs, path),
        source_file=shown_name(path.name),
        sha256=sha256,
    )


def shown_name(name: str) -> str:
    """The file name as text: bytes that are not UTF-8 (kept by Python as lone surrogates,
    which no file can be written with) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def bounded(paragraphs: tuple[str, ...], path: Path) -> tuple[str, ...]:
    """At most MAX_PARAGRAPHS paragraphs: the ones past the last are joined to it, never lost."""
    if len(paragraphs) <= MAX_PARAGRAPHS:
        return paragraphs
    warn_too_many_paragraphs(path)
    return (*paragraphs[: MAX_PARAGRAPHS - 1], " ".join(paragraphs[MAX_PARAGRAPHS - 1 :]))


def warn_too_many_paragraphs(path: Path) -> None:
    log.warning("%s: more than %d paragraphs; the rest are shown as one last paragraph", path, MAX_PARAGRAPHS)


def read_bytes(path: Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The file's bytes, or a SeedError that says what is wrong with the path.

    Only regular files are read (a FIFO or a device would block or never end), and never
    more than `limit` + 1 bytes, so a file that grows while it is read is still refused.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as exc:
        raise SeedError(f"{path}: no such file; check the name and the folder") from exc
    except OSError as exc:
        raise SeedError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(mode):
        raise SeedError(f"{path}: is a folder, not an article file; name the article file itself")
    if not stat.S_ISREG(mode):
        raise SeedError(f"{path}: not a regular file; save the article as a .txt file")
    try:
        data = read_settled(path, limit)
    except PermissionError as exc:
        raise SeedError(f"{path}: permission denied; make the file readable") from exc
    except OSError as exc:
        raise SeedError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise SeedError(
            f"{path}: over the {limit // MIB} MiB ({limit:,} bytes) size limit for an article; "
            "check it is the right file, or trim it"
        )
    return data


def read_settled(path: Path, limit: int) -> bytes:
    """Read up to `limit` + 1 bytes, again if the file changed meanwhile (an editor mid-save)."""
    for _ in range(READ_ATTEMPTS):
        with path.open("rb") as handle:
            before = os.fstat(handle.fileno())
            data = handle.read(limit + 1)
            after = os.fstat(handle.fileno())
        if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns):
            return data
        log.debug("%s changed while it was read; reading it again", path)
    raise SeedError(f"{path}: kept changing while it was read; build again once it is saved")


def decode(data: bytes, path: Path) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16/32; refuse anything else.

    Never guesses a legacy encoding: a wrong guess turns quotation marks into other letters
    silently, and the quotes are what the page is for.
    """
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise SeedError(
                    f"{path}: broken {name} (at byte offset {exc.start}); save the file as UTF-8"
                ) from exc
            if "\x00" in text:
                raise SeedError(f"{path}: binary data, not text (a NUL character in the {name} text)")
            return text
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            raise SeedError(f"{path}: looks like {kind}, not text; save the article as a .txt file")
    if b"\x00" in data:
        offset = data.index(b"\x00")
        if looks_like_utf16(data):
            raise SeedError(f"{path}: looks like UTF-16 without a byte-order mark; save the file as UTF-8")
        raise SeedError(
            f"{path}: binary data, not text (NUL byte at offset {offset}); save the article as a .txt file"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise SeedError(
            f"{path}: not UTF-8 (byte 0x{bad:02x} at offset {exc.start}); save the file as UTF-8"
        ) from exc


def looks_like_utf16(data: bytes) -> bool:
    """Mostly-ASCII text in UTF-16 has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    return half >= 2 and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.9 * half


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # category Cc less tab and newline


def clean_text(text: str) -> str:
    """Normalise line endings and Unicode form, trim trailing spaces; keep blank lines.

    CRLF and lone CR become LF; form feeds and Unicode line/paragraph separators become line
    breaks; other control characters (except tab) are dropped.
    """
    # Each step copies the text only when it has something to change: a long article is
    # held in memory a few times at most.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if OTHER_BREAKS.search(text):
        text = text.translate(LINE_BREAKS)
    text = CONTROL_CHARS.sub("", text)
    text = unicodedata.normalize("NFC", text)  # after the drop, which can bring marks together
    return TRAILING_SPACE.sub("", text).strip("\n")


def is_furniture(line: str) -> bool:
    """A short line without sentence punctuation: a credit, a section label, a nav link."""
    words = line.split()
    return 0 < len(words) <= FURNITURE_MAX_WORDS and not SENTENCE_END.search(line)


def parse_text(text: str, path: Path) -> Article:
    """Headline on line 1, a caption block between credit lines, then paragraphs."""
    if not text:
        raise SeedError(f"{path}: the file is empty; put the headline on line 1 and the article below it")
    text = clean_text(text)
    if not text.strip():
        raise SeedError(
            f"{path}: no text, only whitespace; put the headline on line 1 and the article below it"
        )
    first, _, rest = text.partition("\n")
    headline = " ".join(HEADLINE_PREFIX.sub("", first).split())
    if not headline:
        raise SeedError(f"{path}: no headline on the first line; put the headline on line 1")
    pieces = BLANK_LINES.split(rest, MAX_PARAGRAPHS - 1)
    if len(pieces) == MAX_PARAGRAPHS and BLANK_LINES.search(pieces[-1]):  # the rest as one piece
        warn_too_many_paragraphs(path)
        pieces[-1] = " ".join(pieces[-1].split())
    blocks = [block.split("\n") for block in pieces if block.strip()]
    standfirst = None
    if len(blocks) > 1:
        standfirst, blocks[0] = split_caption(blocks[0])
    paragraphs = [p for block in blocks for p in block_paragraphs(block)]
    paragraphs = drop_trailing_furniture(paragraphs)
    if not paragraphs:
        raise SeedError(
            f"{path}: a headline but no article text below it; add the paragraphs after a blank line"
        )
    return Article(headline=headline, paragraphs=tuple(paragraphs), standfirst=standfirst)


def drop_trailing_furniture(paragraphs: list[str]) -> list[str]:
    """Drop short label lines at the end, but only after real text: never the whole article."""
    end = len(paragraphs)
    while end and is_furniture(paragraphs[end - 1]):
        end -= 1
    if end == 0:
        return paragraphs
    for line in paragraphs[end:]:
        log.debug("dropped trailing furniture line %r", line)
    return paragraphs[:end]


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


def plain(text: str) -> str:
    """Text on one line: control characters (from entities) gone, ASCII whitespace runs made one space."""
    if CONTROL_CHARS.search(text):
        text = CONTROL_CHARS.sub("", text)
    return ASCII_WHITESPACE.sub(" ", text).strip()
