"""Properties of the whole build, fuzzed with article-like text.

For any input: the build succeeds or raises BriefingError; each quote is its paragraph sliced
at start:end; quotes are in order and never overlap; each speaker of a quote is listed; the
page parses and lists every quote once; two builds give identical bytes.

A few hundred examples run by default; `HYPOTHESIS_PROFILE=long pytest tests/test_properties.py`
runs thousands.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.article import clean_text, parse_text
from briefing.errors import BriefingError, SeedError
from briefing.pipeline import build
from briefing.render import shown_quote

PROFILES = {
    "ci": settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
    "long": settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
}
FUZZ = PROFILES["long" if os.environ.get("HYPOTHESIS_PROFILE") == "long" else "ci"]

MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›"]
WORDS = ["the", "plan", "is", "good", "we", "will", "not", "don't", "it's", "Jones'", "'90s", "rock 'n' roll"]
NAMES = ["Ana Ruiz", "Tom Berg", "Mr. Lee", "Dr Jane O'Neil", "Zhao Lijian", "He", "She", "they"]
CUES = ["said", "says", "told reporters", "added", "according to", "asked", ":"]
HTMLISH = [
    "<script>alert(1)</script>",
    "<b>",
    "</p>",
    "&amp;",
    "&",
    "<",
    ">",
    "{{ 7*7 }}",
    "{% if %}",
    "<!-- x -->",
    "[link](javascript:x)",
    "![i](x.png)",
    "</style>",
]
PUNCT = [".", ",", ":", ";", "?", "!", "…", "—", "-", "(", ")"]
BREAKS = [" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\t", "  "]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NAMES),
    st.sampled_from(CUES),
    st.sampled_from(MARKS),
    st.sampled_from(PUNCT),
    st.sampled_from(HTMLISH),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=4),
)


@st.composite
def articles(draw) -> str:
    """A headline line, a blank line, then tokens joined by spaces and line breaks."""
    headline = " ".join(draw(st.lists(st.one_of(st.sampled_from(WORDS + NAMES), token), max_size=6)))
    parts = [headline, draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r\r"]))]
    for item in draw(st.lists(token, max_size=60)):
        parts.extend([item, draw(st.sampled_from(BREAKS))])
    return "".join(parts)


def check_build(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "story.txt"
        seed.write_bytes(data)
        try:
            result = build(seed, Path(tmp) / "a")
        except BriefingError as exc:
            assert "\n" not in str(exc)
            return
        build(seed, Path(tmp) / "b")
        for name in ("index.html", "briefing.json"):
            assert (Path(tmp) / "a" / name).read_bytes() == (Path(tmp) / "b" / name).read_bytes(), name
        briefing = result.briefing
        check_quotes(briefing)
        check_page((result.index).read_text("utf-8"), briefing)
        assert json.loads(result.data.read_text("utf-8")) == briefing.to_dict()


def check_quotes(briefing) -> None:
    paragraphs = briefing.article.paragraphs
    speakers = {s.name for s in briefing.speakers}
    previous = (-1, 0)
    for quote in briefing.quotes:
        assert quote.text == paragraphs[quote.paragraph][quote.start : quote.end]
        assert 0 <= quote.start < quote.end <= len(paragraphs[quote.paragraph])
        assert (quote.paragraph, quote.start) >= previous, "quotes overlap or are out of order"
        previous = (quote.paragraph, quote.end)
        assert quote.speaker is None or quote.speaker in speakers
    ids = [q.id for q in briefing.quotes]
    assert len(set(ids)) == len(ids)
    for speaker in briefing.speakers:
        assert set(speaker.quotes) <= set(ids)


def check_page(html: str, briefing) -> None:
    """The page parses, shows the headline, runs no script, and lists each quote under its
    speaker at most once on its own, and at least once on its own or inside a reported statement
    that holds it (which may be another speaker's)."""
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h1 is not None
    assert " ".join(soup.h1.get_text().split()) == " ".join(briefing.article.headline.split())
    for script in soup.find_all("script"):
        assert script.get("type") == "application/ld+json"

    def texts(elements) -> Counter:
        return Counter(" ".join(e.get_text().split()) for e in elements)

    own = texts(soup.select("#said li[id^='said-q'] q"))
    in_reports = texts(soup.select("#said li[id^='said-r'] .pq"))
    quotes = Counter(" ".join(shown_quote(quote.text).split()) for quote in briefing.quotes)
    assert own <= quotes and quotes <= own + in_reports


@FUZZ
@given(articles())
@example('Title\n\n"Open early\n\n“Later,” she said.')
@example("Title\n\n“")
@example("“”\n\n” “ ” “")
@example("Title\n\n<script>alert(1)</script> “{{ 7*7 }},” said Ana Ruiz.")
def test_article_like_text_builds_or_fails_cleanly(text):
    check_build(text.encode("utf-8"))


@FUZZ
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))))
def test_any_unicode_text_builds_or_fails_cleanly(text):
    check_build(text.encode("utf-8"))


@FUZZ
@given(
    st.binary(max_size=200), st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"Title\n\n"])
)
def test_any_bytes_build_or_fail_cleanly(data, prefix):
    check_build(prefix + data)


@FUZZ
@given(articles(), st.sampled_from(["utf-8-sig", "utf-16", "utf-32"]))
def test_encodings_with_a_bom_read_like_utf8(text, codec):
    text = text.replace("\x00", "")  # a NUL is refused in every encoding, at offsets that differ
    with tempfile.TemporaryDirectory() as tmp:
        plain, marked = Path(tmp) / "plain.txt", Path(tmp) / "marked.txt"
        plain.write_bytes(text.encode("utf-8"))
        marked.write_bytes(text.encode(codec))
        outcomes = []
        for seed, out in ((plain, "p"), (marked, "m")):
            try:
                outcomes.append(build(seed, Path(tmp) / out).briefing.to_dict())
            except BriefingError as exc:
                outcomes.append(str(exc).replace(str(seed), "SEED"))
        if isinstance(outcomes[0], dict) and isinstance(outcomes[1], dict):
            for document in outcomes:
                del document["source"]
        assert outcomes[0] == outcomes[1]


@FUZZ
@given(st.one_of(articles(), st.text()))
@example("e\x07\u0301")
def test_cleaning_is_idempotent_and_parsing_gives_clean_paragraphs(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert "\r" not in cleaned
    try:
        article = parse_text(text, Path("a.txt"))
    except SeedError:
        return
    for line in (article.headline, article.standfirst or "x", *article.paragraphs):
        assert line and line == line.strip() and "\n" not in line


# --- bounded work ---------------------------------------------------------------------------------
# Whatever the characters, the build's work is bounded: densely mixed quote marks, apostrophes
# and reporting verbs once took a minute at the size limit. Work is counted, not timed: the
# number of Python and C function calls the whole build makes (sys.setprofile), which is
# deterministic. About 4 million calls is the most the extractor's budget lets through.

DENSE_SIZE = 128 * 1024
MAX_CALLS = 8_000_000
DENSE = ['"', "“", "”", "‘", "’", "'", "don't", "'90s", "said", "says", "he said", "told", "according to"]
DENSE += ["Mr Lee", "Ann Lee,", "the minister,", "a", "Yes", ".", ",", ":", "\n\n", "\n", " "]
BOUNDED = settings(
    max_examples=20 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def calls_made(action) -> int:
    """How many function calls (Python and C) `action()` makes."""
    calls = 0

    def count(_frame, event, _arg) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


@BOUNDED
@given(st.lists(st.sampled_from(DENSE), min_size=1, max_size=30))
@example(['"a"'])  # once 59 s and 1 GB at 2 MiB
@example(['"Yes,"', "he said."])  # once 23 s
@example(["said"])  # once 35 s
@example(['"a"', "\n\n"])
def test_dense_quote_marks_and_verbs_build_with_bounded_work(units):
    unit = " ".join(units) + " "
    text = "A run of marks and verbs\n\nIt begins. " + unit * (DENSE_SIZE // len(unit.encode()))
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "dense.txt"
        seed.write_text(text, encoding="utf-8")
        result: list = []
        calls = calls_made(lambda: result.append(build(seed, Path(tmp) / "site")))
        assert calls <= MAX_CALLS, f"{calls:,} calls for {len(text):,} characters of {unit!r}"
        check_quotes(result[0].briefing)
        if "\n\n" not in unit and unit.strip():  # one paragraph: nothing is trailing page furniture
            assert result[0].briefing.article.paragraphs[-1].endswith(unit.split()[-1])  # nothing lost
