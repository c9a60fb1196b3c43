"""Bad and hostile input: each case ends in one exact error line (exit 1) or a correct page (exit 0).

Every case runs through `briefing.cli.main` as a user would, writing to a temporary --out.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Comment

from briefing import budget
from briefing.cli import main

PROJECT = Path(__file__).resolve().parent.parent
SEED = next((PROJECT / "seeds").glob("*.txt"))
SUFFIXES = ".txt, .md, .markdown, .html, .htm"
ARTICLE = (
    "Council backs the new bridge\n"
    "\n"
    "“We will build it this year,” Mayor Ana Ruiz said on Monday.\n"
    "\n"
    "Critics were not convinced. “It is far too expensive,” said Tom Berg, a councillor.\n"
)
QUOTES = ["We will build it this year,", "It is far too expensive,"]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def build_file(tmp_path, capsys, data: bytes, name: str = "story.txt"):
    """Build one seed file; returns (exit code, stdout, stderr, briefing.json or None)."""
    seed = tmp_path / name
    seed.write_bytes(data)
    out = tmp_path / "site"
    code, stdout, stderr = run(capsys, "--seed", seed, "--out", out)
    data_file = out / "briefing.json"
    document = json.loads(data_file.read_text("utf-8")) if data_file.exists() else None
    return code, stdout, stderr, document


def quote_texts(document) -> list[str]:
    return [q["text"].rstrip(",.") for q in document["quotes"]]


def assert_page(code, stdout, stderr, tmp_path, quotes):
    assert code == 0, stderr
    assert stderr == ""
    assert re.fullmatch(
        rf"{re.escape(str(tmp_path / 'site' / 'index.html'))}: {quotes} quotes? from \d+ speakers?\n", stdout
    )


# Folder and path cases: (layout, extra argv, expected stderr after "error: ", with {tmp} for tmp_path)
def no_folder(tmp):
    pass


def seeds_is_a_file(tmp):
    (tmp / "seeds").write_text("x")


def empty_folder(tmp):
    (tmp / "seeds").mkdir()


def only_leftovers(tmp):
    (tmp / "seeds").mkdir()
    for name in (".story.txt.swp", ".#story.txt", "story.txt~", "notes.doc", ".hidden.txt"):
        (tmp / "seeds" / name).write_text(ARTICLE)
    (tmp / "seeds" / "folder.txt").mkdir()


def two_articles(tmp):
    (tmp / "seeds").mkdir()
    (tmp / "seeds" / "b.md").write_text(ARTICLE)
    (tmp / "seeds" / "a.txt").write_text(ARTICLE)


FOLDER_CASES = [
    (no_folder, [], "{tmp}/seeds: no such folder; put one article in it or pass --seed FILE"),
    (seeds_is_a_file, [], "{tmp}/seeds: not a folder; pass the article itself with --seed FILE"),
    (
        empty_folder,
        [],
        f"{{tmp}}/seeds: no article found (looked for {SUFFIXES}); add one or pass --seed FILE",
    ),
    (
        only_leftovers,
        [],
        f"{{tmp}}/seeds: no article found (looked for {SUFFIXES}); add one or pass --seed FILE",
    ),
    (two_articles, [], "{tmp}/seeds: 2 articles found (a.txt, b.md); keep one or pass --seed FILE"),
    (
        no_folder,
        ["--seed", "{tmp}/missing.txt"],
        "{tmp}/missing.txt: no such file; check the name and the folder",
    ),
    (
        empty_folder,
        ["--seed", "{tmp}/seeds"],
        "{tmp}/seeds: is a folder, not an article file; name the article file itself",
    ),
]


@pytest.mark.parametrize(
    ("layout", "argv", "expected"),
    FOLDER_CASES,
    ids=[
        "no-seeds-folder",
        "seeds-is-a-file",
        "empty-seeds",
        "only-editor-leftovers",
        "two-articles",
        "seed-missing",
        "seed-is-a-folder",
    ],
)
def test_folder_and_path_errors(tmp_path, capsys, layout, argv, expected):
    layout(tmp_path)
    argv = [a.format(tmp=tmp_path) for a in argv]
    code, stdout, stderr = run(capsys, "--seeds", tmp_path / "seeds", "--out", tmp_path / "site", *argv)
    assert (code, stdout, stderr) == (1, "", f"error: {expected.format(tmp=tmp_path)}\n")
    assert not (tmp_path / "site").exists()


def test_editor_leftovers_beside_the_article_are_ignored(tmp_path, capsys):
    only_leftovers(tmp_path)
    (tmp_path / "seeds" / "story.txt").write_text(ARTICLE)
    code, stdout, stderr = run(capsys, "--seeds", tmp_path / "seeds", "--out", tmp_path / "site")
    assert_page(code, stdout, stderr, tmp_path, 2)


def test_unreadable_seed(tmp_path, capsys):
    """chmod 000 stops everyone but root; as root the build runs without the override capabilities."""
    seed = tmp_path / "story.txt"
    seed.write_text(ARTICLE)
    seed.chmod(0)
    expected = f"error: {seed}: permission denied; make the file readable\n"
    if os.geteuid() != 0:
        assert run(capsys, "--seed", seed, "--out", tmp_path / "site") == (1, "", expected)
        return
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, where chmod 000 does not stop reads, and setpriv is not installed")
    drop = "--bounding-set=-dac_override,-dac_read_search"
    cmd = [setpriv, drop, sys.executable, "build.py", "--seed", seed, "--out", tmp_path / "site"]
    proc = subprocess.run(cmd, cwd=PROJECT, capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (1, "", expected)


# Content cases: (bytes, expected error after "error: {seed}: ")
CONTENT_ERRORS = {
    "empty-file": (b"", "the file is empty; put the headline on line 1 and the article below it"),
    "bom-only": (b"\xef\xbb\xbf", "the file is empty; put the headline on line 1 and the article below it"),
    "whitespace-only": (
        b" \n\t\n   \r\n\r\n",
        "no text, only whitespace; put the headline on line 1 and the article below it",
    ),
    "headline-no-body": (
        b"Council backs the new bridge\n\n\n",
        "a headline but no article text below it; add the paragraphs after a blank line",
    ),
    "only-quote-marks": (
        "“”\"\"‘’''«»".encode(),
        "a headline but no article text below it; add the paragraphs after a blank line",
    ),
    "nul-bytes": (
        b"Title\n\nSome\x00text",
        "binary data, not text (NUL byte at offset 11); save the article as a .txt file",
    ),
    "png-renamed": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        "looks like a PNG image, not text; save the article as a .txt file",
    ),
    "invalid-utf8": (
        ARTICLE.encode()[:40] + b"\xff" + ARTICLE.encode()[40:],
        "not UTF-8 (byte 0xff at offset 40); save the file as UTF-8",
    ),
    "cp1252-quotes": (
        b"Title\n\n\x93Hi,\x94 she said.",
        "not UTF-8 (byte 0x93 at offset 7); save the file as UTF-8",
    ),
    "utf16-no-bom": (
        ARTICLE.encode("utf-16-le"),
        "looks like UTF-16 without a byte-order mark; save the file as UTF-8",
    ),
}


@pytest.mark.parametrize(("data", "expected"), CONTENT_ERRORS.values(), ids=CONTENT_ERRORS.keys())
def test_content_errors(tmp_path, capsys, data, expected):
    code, stdout, stderr, document = build_file(tmp_path, capsys, data)
    assert (code, stdout, stderr) == (1, "", f"error: {tmp_path / 'story.txt'}: {expected}\n")
    assert document is None


def test_fifty_megabytes_is_refused_with_the_limit(tmp_path, capsys):
    seed = tmp_path / "story.txt"
    block = (ARTICLE * (1024 * 1024 // len(ARTICLE) + 1)).encode()[: 1024 * 1024]
    with seed.open("wb") as handle:
        for _ in range(50):
            handle.write(block)
    assert seed.stat().st_size == 50 * 1024 * 1024
    code, stdout, stderr = run(capsys, "--seed", seed, "--out", tmp_path / "site")
    assert (code, stdout) == (1, "")
    assert stderr == (
        f"error: {seed}: over the 2 MiB (2,097,152 bytes) size limit for an article; "
        "check it is the right file, or trim it\n"
    )


def encoded_variants():
    lf = ARTICLE.encode()
    return {
        "utf8-bom": b"\xef\xbb\xbf" + lf,
        "utf16-le-bom": ARTICLE.encode("utf-16"),
        "utf16-be-bom": b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
        "crlf": lf.replace(b"\n", b"\r\n"),
        "lone-cr": lf.replace(b"\n", b"\r"),
        "trailing-spaces-and-tabs": lf.replace(b"\n", b" \t\n"),
    }


@pytest.mark.parametrize("data", encoded_variants().values(), ids=encoded_variants().keys())
def test_encodings_and_line_endings_give_the_same_page(tmp_path, capsys, data):
    (tmp_path / "plain").mkdir()
    expected = build_file(tmp_path / "plain", capsys, ARTICLE.encode())[3]
    code, stdout, stderr, document = build_file(tmp_path, capsys, data)
    assert_page(code, stdout, stderr, tmp_path, 2)
    for key in ("headline", "standfirst", "paragraphs", "quotes", "speakers", "people"):
        assert document[key] == expected[key], key
    assert quote_texts(document) == [q.rstrip(",") for q in QUOTES]


QUOTE_CASES = {
    "unclosed-quote-early": (
        "Title\n\nThe mayor said “we will look at it and then\n\n"
        "Later, Ana Ruiz said: “First later quote.”\n\n“Second later quote,” Tom Berg said. “Third one.”\n",
        ["First later quote", "Second later quote", "Third one"],
    ),
    "unclosed-straight-quote-early": (
        'Title\n\nThe mayor said "we will look at it and then\n\n'
        'Later, Ana Ruiz said: "First later quote."\n\n"Second later quote," Tom Berg said.\n',
        ["First later quote", "Second later quote"],
    ),
    "quote-mark-at-end-of-file": ("Title\n\n“Done,” she said. And then “", ["Done"]),
    "straight-mark-at-end-of-file": ('Title\n\n"Done," she said. And then "', ["Done"]),
    "only-quote-marks-in-body": ('Title\n\n“ ” " " ‘ ’ « »\n\n""""\n', []),
}


@pytest.mark.parametrize(("text", "quotes"), QUOTE_CASES.values(), ids=QUOTE_CASES.keys())
def test_quote_mark_edge_cases_give_a_page(tmp_path, capsys, text, quotes):
    code, stdout, stderr, document = build_file(tmp_path, capsys, text.encode())
    assert code == 0, stderr
    assert quote_texts(document) == quotes
    paragraphs = document["paragraphs"]
    for q in document["quotes"]:
        assert paragraphs[q["paragraph"]][q["start"] : q["end"]] == q["text"]


HOSTILE = (
    "<script>alert('headline')</script> Council {{ 7*7 }} news\n"
    "\n"
    "Opening <script>alert(1)</script> and <img src=x onerror=alert(2)> and "
    '<a href="javascript:alert(3)">click</a> and </style><style>body{display:none}</style>.\n'
    "\n"
    "Templates: {{ 7*7 }} and {% for x in range(3) %}loop{% endfor %} and {# note #} and "
    "<!-- a comment --> and ]]> and &amp; and &lt;b&gt;.\n"
    "\n"
    "Markdown: [a link](javascript:alert(4)) and ![an image](x.png) and <https://evil.example>.\n"
    "\n"
    "“<script>alert(5)</script> {{ 7*7 }} <img src=x onerror=alert(6)>,” said Ana Ruiz.\n"
)
PAYLOAD_BITS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '<a href="javascript:alert(3)">click</a>',
    "</style><style>body{display:none}</style>",
    "{{ 7*7 }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "{# note #}",
    "<!-- a comment -->",
    "&amp; and &lt;b&gt;",
    "[a link](javascript:alert(4))",
    "![an image](x.png)",
    "<https://evil.example>",
]


def test_hostile_text_is_shown_never_run(tmp_path, capsys):
    code, stdout, stderr, document = build_file(tmp_path, capsys, HOSTILE.encode())
    assert code == 0, stderr
    html = (tmp_path / "site" / "index.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    text = soup.get_text()
    for bit in PAYLOAD_BITS:
        assert bit in text, bit
    assert soup.h1.get_text(" ", strip=True) == "<script>alert('headline')</script> Council {{ 7*7 }} news"
    assert "49" not in text
    assert "looploop" not in text
    for script in soup.find_all("script"):
        assert script.get("type") == "application/ld+json", script
        json.loads(script.string)
    assert soup.find_all("img") == []
    assert not soup.find_all(attrs={"onerror": True})
    assert not [a for a in soup.find_all("a") if "javascript:" in (a.get("href") or "").lower()]
    assert not [a for a in soup.find_all("a") if not (a.get("href") or "").startswith("#")]
    assert len(soup.find_all("style")) == 1
    assert not soup.find_all(string=lambda node: isinstance(node, Comment))
    csp = soup.find("meta", attrs={"http-equiv": re.compile("^content-security-policy$", re.I)})
    assert csp is not None and "default-src 'none'" in csp["content"]
    assert "script-src" not in csp["content"] or "'unsafe-inline'" not in csp["content"]
    said = [q["text"] for q in document["quotes"] if "alert(5)" in q["text"]]
    assert said == ["<script>alert(5)</script> {{ 7*7 }} <img src=x onerror=alert(6)>,"]


def test_seed_copy_builds_as_a_subprocess(tmp_path):
    """`python build.py` with its defaults, run in a folder holding seeds/ and no site/ yet."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    proc = subprocess.run(
        [sys.executable, PROJECT / "build.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert re.fullmatch(r"site/index.html: \d+ quotes from \d+ speakers?\n", proc.stdout)
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == ["briefing.json", "index.html"]


def build_within(seed: Path, out: Path, seconds: float) -> subprocess.CompletedProcess:
    """Run build.py, failing the test if it takes longer than `seconds`."""
    try:
        return subprocess.run(
            [sys.executable, "build.py", "--seed", seed, "--out", out],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=seconds,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"building {seed.stat().st_size:,} bytes took more than {seconds} s")


def test_a_long_article_builds_within_a_linear_budget(tmp_path):
    """Half a megabyte of the seed's own paragraphs, a thousand quotes: seconds, not minutes."""
    headline, _, body = SEED.read_text("utf-8").partition("\n")
    seed = tmp_path / "long.txt"
    seed.write_text(headline + "\n" + (body + "\n\n") * 95, "utf-8")
    proc = build_within(seed, tmp_path / "site", 30)
    assert proc.returncode == 0, proc.stderr
    assert int(re.search(r": (\d+) quotes from", proc.stdout)[1]) >= 95


def test_one_long_paragraph_of_quotes_builds_within_a_linear_budget(tmp_path):
    """250 KB, one paragraph, 10,000 quotes: a pasted transcript must not stall the build."""
    seed = tmp_path / "transcript.txt"
    seed.write_text("Title\n\n" + '"Yes it is," Smith said. ' * 10_000, "utf-8")
    proc = build_within(seed, tmp_path / "site", 20)
    assert proc.returncode == 0, proc.stderr


def test_an_unclosed_quotation_mark_warns_and_never_swallows_the_narration(tmp_path, capsys):
    text = (
        'Title\n\nHe said "this is open and never closed. Then more narrative text.\n\n'
        'Ann Lee said: "We are ready."\n'
    )
    code, stdout, stderr, document = build_file(tmp_path, capsys, text.encode())
    assert code == 0 and stdout.endswith(": 1 quote from 1 speaker\n")
    assert stderr == "warning: an unclosed quotation mark in paragraph 1, left as text\n"
    assert [(q["text"], q["speaker"]) for q in document["quotes"]] == [("We are ready.", "Ann Lee")]
    assert document["paragraphs"][0] == 'He said "this is open and never closed. Then more narrative text.'


def test_many_unclosed_marks_give_one_warning_line(tmp_path, capsys):
    text = "Title\n\n" + "\n\n".join(f'Paragraph {n} opens "a quote that never ends.' for n in range(1, 9))
    code, _stdout, stderr, document = build_file(tmp_path, capsys, text.encode())
    assert code == 0 and document["quotes"] == []
    assert (
        stderr == "warning: 8 unclosed quotation marks in paragraphs 1, 2, 3, 4, 5 and 3 more, left as text\n"
    )


def test_a_quote_that_runs_on_into_a_reopened_paragraph_is_not_unclosed(tmp_path, capsys):
    text = 'Title\n\nAnn Lee said: "We will build it.\n\n"And we will open it in May."\n'
    code, _stdout, stderr, document = build_file(tmp_path, capsys, text.encode())
    assert (code, stderr) == (0, "")
    assert quote_texts(document) == ["We will build it", "And we will open it in May"]


def test_past_the_work_budget_the_text_stays_on_the_page_without_quotes(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(budget, "WORK_BUDGET", 3_000)
    text = 'Title\n\n"Hi," said Ann Lee.\n\n' + '"a" ' * 40 + "\n\nThe end came later.\n"
    code, stdout, stderr, document = build_file(tmp_path, capsys, text.encode())
    assert code == 0 and stdout.endswith(": 1 quote from 1 speaker\n")
    assert stderr == (
        "warning: story.txt: quotes were looked for in the first 1 of 3 paragraphs only; "
        "the rest holds more quotation marks, reporting verbs and paragraphs than one build reads; "
        "split the article to read it all\n"
    )
    assert quote_texts(document) == ["Hi"]
    assert document["paragraphs"][1:] == ['"a" ' * 39 + '"a"', "The end came later."]


def test_a_caption_too_dense_to_read_is_still_the_standfirst(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(budget, "WORK_BUDGET", 3_000)
    caption = '"a" ' * 39 + '"a"'
    text = f'Title\n\nPhoto Credit\n{caption}\nAgency Photo\n\n"Hi," said Ann Lee.\n'
    code, _stdout, stderr, document = build_file(tmp_path, capsys, text.encode())
    assert code == 0 and document["standfirst"] == caption
    assert (
        stderr
        == "warning: story.txt: the standfirst is too dense to analyse in time; no names are taken from it\n"
    )
    assert quote_texts(document) == ["Hi"]
