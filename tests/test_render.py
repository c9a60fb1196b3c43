"""render.py without a browser: what PageContext derives, escaping, and byte-stable output."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from briefing.model import Article, Briefing, Person, Quote, Speaker
from briefing.pipeline import DEFAULT_TEMPLATES, build
from briefing.render import json_ld, page_context, plural, quote_ranges, render_html, shorten

PARAGRAPHS = (
    "The mayor opened the meeting.",
    "“We will build it,” said Ann Pike, the mayor. Critics called it “a folly.”",
    "“Not today,” someone shouted.",
)


def span(paragraph: int, text: str) -> tuple[int, int]:
    start = PARAGRAPHS[paragraph].index(text)
    return start, start + len(text)


def quote(n: int, paragraph: int, start: int, end: int, speaker: str | None, partial: bool = False) -> Quote:
    return Quote(
        id=f"q{n}",
        text=PARAGRAPHS[paragraph][start:end],
        speaker=speaker,
        paragraph=paragraph,
        start=start,
        end=end,
        partial=partial,
    )


def briefing(headline: str = "Town backs new bridge", **changes) -> Briefing:
    article = Article(
        headline=headline,
        paragraphs=PARAGRAPHS,
        standfirst="The council voted for the bridge.",
        source_file="bridge.txt",
        sha256="0" * 64,
    )
    fields = {
        "article": article,
        "quotes": (
            quote(1, 1, 1, 17, "Ann Pike"),
            quote(2, 1, *span(1, "a folly."), None, partial=True),
            quote(3, 2, 1, 10, None),
        ),
        "speakers": (Speaker("Ann Pike", "mayor", ("q1",)),),
        "people": (Person("Bo Lee", "treasurer"),),
    }
    return Briefing(**{**fields, **changes})


def soup(b: Briefing) -> BeautifulSoup:
    return BeautifulSoup(render_html(b, DEFAULT_TEMPLATES), "html.parser")


def test_quote_views_carry_speaker_role_and_anchors():
    views = page_context(briefing()).quotes
    assert [(v.number, v.speaker, v.role, v.attributed) for v in views] == [
        (1, "Ann Pike", "mayor", True),
        (2, "Unattributed", None, False),
        (3, "Unattributed", None, False),
    ]
    assert [(v.entry_id, v.mark_id, v.in_text) for v in views][0] == ("quote-q1", "text-q1", True)


def test_cards_one_per_speaker_then_the_unattributed_quotes():
    cards = page_context(briefing()).cards
    assert [(c.name, c.count_label, [q.quote.id for q in c.quotes]) for c in cards] == [
        ("Ann Pike", "1 quote", ["q1"]),
        ("Unattributed", "2 quotes", ["q2", "q3"]),
    ]
    everyone = briefing(quotes=briefing().quotes[:1])
    assert [c.name for c in page_context(everyone).cards] == ["Ann Pike"]


def test_a_quote_the_speaker_list_leaves_out_still_gets_a_card():
    b = briefing(speakers=())
    cards = page_context(b).cards
    assert [(c.name, c.attributed, [q.quote.id for q in c.quotes]) for c in cards] == [
        ("Ann Pike", True, ["q1"]),
        ("Unattributed", False, ["q2", "q3"]),
    ]


def test_marked_paragraphs_rebuild_the_text_exactly():
    page = page_context(briefing())
    for text, segments in zip(PARAGRAPHS, page.marked_paragraphs, strict=True):
        assert "".join(s.text for s in segments) == text
    marked = [s.text for segments in page.marked_paragraphs for s in segments if s.quote]
    assert marked == ["We will build it", "a folly.", "Not today"]


def test_overlapping_or_stray_quotes_are_marked_once_or_not_at_all():
    stray = Quote("q9", "x", None, paragraph=7, start=0, end=1, partial=False)
    inner = quote(4, 1, 5, 12, None)  # inside q1
    b = briefing(quotes=(*briefing().quotes, inner, stray))
    ranges = quote_ranges(b)
    assert "q9" not in ranges and "q4" not in ranges
    assert ranges["q1"] == (1, 1, 17)
    views = {v.quote.id: v for v in page_context(b).quotes}
    assert not views["q9"].in_text
    html = render_html(b, DEFAULT_TEMPLATES)
    assert 'href="#text-q9"' not in html and 'href="#text-q4"' not in html


def test_counts_and_words():
    page = page_context(briefing())
    assert page.summary == ("3 quotes", "1 speaker", "1 other person named")
    assert page.source == ("bridge.txt", f"{page.word_count} words", "1 min read")
    assert plural(2048, "word") == "2,048 words"
    assert plural(2, "other person", "other people") == "2 other people"
    assert page.has_partial


def test_description_is_the_standfirst_or_the_first_paragraph_shortened():
    assert page_context(briefing()).description == "The council voted for the bridge."
    long = briefing(article=Article("H", ("word " * 100,)))
    description = page_context(long).description
    assert len(description) <= 201 and description.endswith("…")
    assert shorten("short", 10) == "short"


def test_page_structure():
    page = soup(briefing())
    assert page.h1.get_text() == "Town backs new bridge"
    assert [h.get_text() for h in page.select("main h2")] == [
        "Who said what",
        "Quotes in order",
        "The article",
        "Also mentioned",
    ]
    assert len(page.select("#quotes blockquote")) == 3
    assert [c.get_text() for c in page.select("#quotes figcaption .who")] == [
        "Ann Pike",
        "Unattributed",
        "Unattributed",
    ]
    assert [a["href"] for a in page.select("#article a.q")] == ["#quote-q1", "#quote-q2", "#quote-q3"]
    assert [a["class"] for a in page.select("#article a.q")][1] == ["q", "partial"]
    assert page.select_one("#mentioned .people").get_text(" ", strip=True) == "Bo Lee , treasurer"


def test_no_quotes_means_a_plain_notice_and_no_empty_lists():
    page = soup(briefing(quotes=(), speakers=(), people=()))
    assert [h.get_text() for h in page.select("main h2")] == [
        "No direct quotes",
        "The article",
        "Also mentioned",
    ]
    assert page.select("ul:not(:has(li)), ol:not(:has(li)), mark, blockquote") == []
    assert "No direct quotations were found" in page.get_text()


HOSTILE = "</script><script>alert(1)</script> {{ 7*7 }} {% if x %} <!-- c --> </style>"


def test_article_text_is_escaped_everywhere():
    b = briefing(headline=HOSTILE, people=(Person(HOSTILE, HOSTILE),))
    html = render_html(b, DEFAULT_TEMPLATES)
    assert html.count("<script") == 1  # the JSON-LD data block
    assert "<!-- c -->" not in html and "</style>" not in html.split("</head>")[1]
    assert "{{ 7*7 }}" in html and "49" not in html
    page = BeautifulSoup(html, "html.parser")
    assert page.h1.get_text() == HOSTILE
    assert HOSTILE in page.title.get_text()


def test_json_ld_cannot_end_its_script_block():
    b = briefing(headline=HOSTILE)
    text = json_ld(b, 10)
    assert "<" not in text and ">" not in text and "&" not in text
    data = json.loads(text)
    assert data["headline"] == HOSTILE
    assert data["hasPart"][0] == {
        "@type": "Quotation",
        "text": "We will build it",
        "creator": {"@type": "Person", "name": "Ann Pike", "jobTitle": "mayor"},
    }
    assert "creator" not in data["hasPart"][1]
    assert data["mentions"] == [{"@type": "Person", "name": "Bo Lee", "jobTitle": "treasurer"}]


@pytest.mark.parametrize("make", [briefing, lambda: briefing(quotes=(), speakers=())])
def test_same_briefing_same_bytes(make):
    assert render_html(make(), DEFAULT_TEMPLATES) == render_html(make(), DEFAULT_TEMPLATES)


def test_same_seed_same_files(tmp_path, seed_path, seed_build):
    again = build(seed_path, tmp_path)
    assert again.index.read_bytes() == seed_build.index.read_bytes()
    assert again.data.read_bytes() == seed_build.data.read_bytes()
