"""article.py: reading, decoding, cleaning and the plain-text layout, without rendering."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefing import article
from briefing.article import (
    MAX_TEXT_BYTES,
    clean_text,
    decode,
    load_article,
    parse_text,
    read_bytes,
)
from briefing.errors import SeedError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
P = Path("a.txt")


def test_seed_layout_headline_standfirst_and_no_trailing_labels():
    seed = next(SEEDS.glob("*.txt"))
    article = load_article(seed)
    assert article.headline == "US urged to meet halfway during high-level dialogue in Anchorage"
    assert article.standfirst.startswith("Chinese foreign ministry spokesperson Zhao Lijian said")
    assert "Shine" not in article.standfirst
    assert article.paragraphs[0].startswith("The United States should meet China halfway")
    assert article.paragraphs[-1].startswith("Cui’s remarks also came")
    assert article.source_file == seed.name
    assert len(article.sha256) == 64


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\r\n\r\nc", "a\nb\n\nc"),
        ("a\rb\r\rc", "a\nb\n\nc"),
        ("a\r\n\rb", "a\n\nb"),
        ("a  \t\nb", "a\nb"),
        ("\n\n a\n\n", " a"),
        ("e\u0301", "\u00e9"),
        ("a\u2028b\u2029c", "a\nb\n\nc"),
        ("a\fb\x85c", "a\nb\nc"),
        ("a\x07b\x1bc\x7fd\td", "abcd\td"),
    ],
    ids=[
        "crlf",
        "lone-cr",
        "mixed",
        "trailing-space",
        "outer-blank",
        "nfc",
        "unicode-breaks",
        "ff-nel",
        "cc",
    ],
)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Title\nBody.", "Title\nBody."),
        (b"\xef\xbb\xbfTitle\nBody.", "Title\nBody."),
        ("Title\n“Hi,” she said.".encode("utf-16"), "Title\n“Hi,” she said."),
        ("Title\n“Hi,” she said.".encode("utf-16-be").join([b"\xfe\xff", b""]), "Title\n“Hi,” she said."),
        ("Title\n«Oui».".encode("utf-32"), "Title\n«Oui»."),
        (b"", ""),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf32-bom", "empty"],
)
def test_decode_accepts(data, expected):
    assert decode(data, P) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Title\ncaf\xe9 \x93hi\x94", "a.txt: not UTF-8 (byte 0xe9 at offset 9); save the file as UTF-8"),
        (b"\xff", "a.txt: not UTF-8 (byte 0xff at offset 0); save the file as UTF-8"),
        (b"ok\xe2\x80", "a.txt: not UTF-8 (byte 0xe2 at offset 2); save the file as UTF-8"),
        (
            b"Title\x00body",
            "a.txt: binary data, not text (NUL byte at offset 5); save the article as a .txt file",
        ),
        (
            "Title\nBody text here.".encode("utf-16-le"),
            "a.txt: looks like UTF-16 without a byte-order mark; save the file as UTF-8",
        ),
        (b"\xff\xfeA\x00\x00\xd8", "a.txt: broken UTF-16 (at byte offset 4); save the file as UTF-8"),
        ("T\n\x00".encode("utf-16"), "a.txt: binary data, not text (a NUL character in the UTF-16 text)"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "a.txt: looks like a PNG image, not text; save the article as a .txt file",
        ),
        (
            b"\xff\xd8\xff\xe0\x00\x10JFIF",
            "a.txt: looks like a JPEG image, not text; save the article as a .txt file",
        ),
        (b"%PDF-1.7\n", "a.txt: looks like a PDF document, not text; save the article as a .txt file"),
    ],
    ids=[
        "latin1",
        "lone-ff",
        "truncated",
        "nul",
        "utf16-no-bom",
        "utf16-lone-surrogate",
        "utf16-nul",
        "png",
        "jpeg",
        "pdf",
    ],
)
def test_decode_refuses(data, message):
    with pytest.raises(SeedError) as info:
        decode(data, P)
    assert str(info.value) == message


def test_parse_text_caption_needs_text_after_it():
    """A framed first block is a caption only when the article goes on below it."""
    article = parse_text("Title\n\nCredit\nA photo of a thing.\nCredit", P)
    assert article.standfirst is None
    assert article.paragraphs == ("Credit A photo of a thing. Credit",)


def test_parse_text_keeps_short_text_when_it_is_all_there_is():
    article = parse_text("Title\n\nHello world", P)
    assert article.paragraphs == ("Hello world",)


def test_parse_text_drops_trailing_labels_after_real_text():
    article = parse_text("Title\n\nIt rained.\n\nMore News\n\nTop", P)
    assert article.paragraphs == ("It rained.",)


def test_parse_text_headline_prefixes():
    assert parse_text("# Big news\n\nBody.", P).headline == "Big news"
    assert parse_text("Title:   Big   news\n\nBody.", P).headline == "Big news"


def test_parse_text_lines_of_sentences_are_paragraphs():
    assert parse_text("T\n\nOne.\nTwo.\nThree is a crowd they say", P).paragraphs == (
        "One.",
        "Two.",
        "Three is a crowd they say",
    )
    assert parse_text("T\n\nA line\nwrapped.\nHere.", P).paragraphs == ("A line wrapped. Here.",)


def test_read_bytes_refuses_a_fifo(tmp_path):
    """A FIFO would block the read forever; it is refused before it is opened."""
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    with pytest.raises(SeedError) as info:
        read_bytes(fifo)
    assert str(info.value) == f"{fifo}: not a regular file; save the article as a .txt file"


def test_read_bytes_limit_is_exact(tmp_path):
    at_limit = tmp_path / "at.txt"
    at_limit.write_bytes(b"a" * MAX_TEXT_BYTES)
    assert len(read_bytes(at_limit)) == MAX_TEXT_BYTES
    over = tmp_path / "over.txt"
    over.write_bytes(b"a" * (MAX_TEXT_BYTES + 1))
    with pytest.raises(SeedError, match=r"over the 2 MiB \(2,097,152 bytes\) size limit"):
        read_bytes(over)


def test_read_bytes_reads_again_when_the_file_changes_meanwhile(tmp_path, monkeypatch):
    """An editor saving during a watch rebuild: the read is repeated until the file is settled."""
    seed = tmp_path / "story.txt"
    seed.write_text("Title\n\nBody.")
    real_fstat = os.fstat
    calls = []

    def fstat(fd):
        result = real_fstat(fd)
        calls.append(result)
        if len(calls) == 2:  # the first read sees the file change under it
            seed.write_text("Title\n\nBody, saved.")
            return real_fstat(fd)
        return result

    monkeypatch.setattr(os, "fstat", fstat)
    assert read_bytes(seed) == b"Title\n\nBody, saved."
    assert len(calls) == 4


def test_read_bytes_gives_up_on_a_file_that_never_settles(tmp_path, monkeypatch):
    seed = tmp_path / "story.txt"
    seed.write_text("Title\n\nBody.")
    ticks = iter(range(1, 1000))

    def fstat(fd):
        return SimpleNamespace(st_size=13, st_mtime_ns=next(ticks))  # a new mtime every time

    monkeypatch.setattr(os, "fstat", fstat)
    with pytest.raises(SeedError) as info:
        read_bytes(seed)
    assert str(info.value) == f"{seed}: kept changing while it was read; build again once it is saved"


def test_paragraphs_past_the_cap_are_joined_to_the_last_and_never_lost(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(article, "MAX_PARAGRAPHS", 3)
    seed = tmp_path / "many.txt"
    seed.write_text("Title\n\n" + "\n\n".join(f"Line {n}." for n in range(1, 8)) + "\n", encoding="utf-8")
    loaded = article.load_article(seed)
    assert loaded.paragraphs == ("Line 1.", "Line 2.", "Line 3. Line 4. Line 5. Line 6. Line 7.")
    assert "many.txt: more than 3 paragraphs; the rest are shown as one last paragraph" in caplog.text


@pytest.mark.parametrize("ending", ["。", "！", "？", "」"])
def test_a_paragraph_ending_in_chinese_or_japanese_punctuation_is_text_not_furniture(ending):
    paragraph = f"市长周一表示新桥将在今年开工{ending}"
    loaded = parse_text(f"Title\n\nThe council met on Monday.\n\n{paragraph}\n", P)
    assert loaded.paragraphs == ("The council met on Monday.", paragraph)


def test_a_saved_page_keeps_its_last_chinese_paragraph(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>新桥</title></head><body><article><h1>新桥</h1>"
        "<p>The council met on Monday.</p><p>市长表示新桥将在今年开工。</p></article></body></html>",
        encoding="utf-8",
    )
    assert load_article(page).paragraphs == ("The council met on Monday.", "市长表示新桥将在今年开工。")
