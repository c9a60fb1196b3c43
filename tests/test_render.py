"""render.py without a browser: what PageContext derives, escaping, and byte-stable output.

Most tests use the hand-built Riverton briefing (tests/conftest.py), which fills what the
extractor may leave empty: cues, attributions, reported speech and the source's metadata.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
from bs4 import BeautifulSoup

from briefing.jsontext import indented_json
from briefing.model import Article, Briefing, CueSpan, Person, Quote, Reported, Speaker
from briefing.pipeline import DEFAULT_TEMPLATES, build
from briefing.render import (
    DATELINE,
    Run,
    json_ld,
    page_context,
    plural,
    quote_ranges,
    render_html,
    render_json,
    short_cue,
    shorten,
    shown_quote,
)


def soup(b: Briefing) -> BeautifulSoup:
    return BeautifulSoup(render_html(b, DEFAULT_TEMPLATES), "html.parser")


def plain(runs: tuple[Run, ...]) -> str:
    """The article text a paragraph's runs hold, labels left out."""
    return "".join(plain(r.runs) if r.kind == "reported" else r.text for r in runs if r.kind != "label")


def text(node) -> str:
    return " ".join(node.get_text().split())


# --- what each speaker said -------------------------------------------------------------------


def test_entries_hold_each_speakers_quotes_and_reported_statements_in_article_order(riverton):
    entries = page_context(riverton).entries
    assert [(e.name, e.role, e.count_label, [s.id for s in e.said]) for e in entries] == [
        ("Ann Pike", "Mayor", "3 quotes, 1 reported", ["r1", "q2", "q3"]),
        ("Tom Reyes", "Council member", "2 quotes, 1 reported", ["r2", "q4", "q5"]),
        ("Bo Lee", "treasurer", "1 quote, 1 reported", ["r3", "q6"]),
        ("Unattributed", None, "1 quote", ["q7"]),
    ]
    assert [e.anchor for e in entries] == ["speaker-1", "speaker-2", "speaker-3", "speaker-unattributed"]


def test_a_partial_quote_is_shown_inside_its_reported_statement_not_twice(riverton):
    pike = page_context(riverton).entries[0]
    statement = pike.said[0]
    assert statement.kind == "reported" and statement.mark_id == "text-r1"
    assert statement.words == (
        Run("text", "the bridge was “"),
        Run("quote", "not safe for another winter"),
        Run("text", "”…"),  # a digest: the partial quote whole, then cut
    )
    assert "q1" not in [s.id for s in pike.said]


def test_a_long_reported_statement_is_cut_to_a_digest_at_a_word(riverton):
    long = "the town could pay for the work without raising taxes, selling land or borrowing more"
    paragraph = f"The treasurer said {long}."
    article = dataclasses.replace(riverton.article, paragraphs=("Lead.", paragraph))
    statement = Reported("r1", long, "Bo Lee", None, 1, 19, 19 + len(long))
    b = Briefing(article=article, reported=(statement,), speakers=(Speaker("Bo Lee", None, (), ("r1",)),))
    (entry,) = page_context(b).entries
    assert entry.said[0].words == (Run("text", "the town could pay for the…"),)
    assert text(soup(b).select_one("#text-r1")) == long  # the article keeps it whole
    short = dataclasses.replace(statement, text=long[:47], end=19 + 47)  # 9 words: kept whole
    (entry,) = page_context(dataclasses.replace(b, reported=(short,))).entries
    assert entry.said[0].words == (Run("text", long[:47]),)


def test_a_partial_quote_cut_from_the_digest_is_listed_on_its_own(riverton):
    paragraph = (
        "Pike said the long list of works that the town must do first includes the “bridge repairs” now."
    )
    text_ = paragraph[10:-5]
    start = paragraph.index("bridge repairs")
    article = dataclasses.replace(riverton.article, paragraphs=("Lead.", paragraph))
    quote = Quote("q1", "bridge repairs", "Ann Pike", 1, start, start + 14, True)
    statement = Reported("r1", text_, "Ann Pike", None, 1, 10, 10 + len(text_), ("q1",))
    b = Briefing(
        article=article,
        quotes=(quote,),
        reported=(statement,),
        speakers=(Speaker("Ann Pike", None, ("q1",), ("r1",)),),
    )
    (entry,) = page_context(b).entries
    assert [s.id for s in entry.said] == ["r1", "q1"]
    assert entry.said[0].holds == ()


def test_shown_quotes_lose_the_comma_that_led_into_the_attribution(riverton):
    said = {s.id: s for e in page_context(riverton).entries for s in e.said}
    assert said["q2"].words == (Run("quote", "We waited too long already"),)
    assert said["q3"].words == (Run("quote", "Every month costs us more."),)
    assert shown_quote("  Yes, , ") == "Yes,"
    html = soup(riverton)
    outside = [q.get_text() for q in html.select("#said q, #said .pq")]
    assert outside and not any(t.endswith(",") for t in outside), outside
    # briefing.json keeps the exact text
    assert riverton.quotes[1].text.endswith(",")


def test_why_shows_the_cue_words_or_by_context(riverton):
    said = {s.id: s for e in page_context(riverton).entries for s in e.said}
    assert said["q2"].why == "said Pike"
    assert said["q3"].why == "by context"
    assert said["q4"].why == "he said"
    assert said["q7"].why is None
    assert said["q2"].why_full is None
    # a long cue: its subject's first words and its verb, the whole cue as the title
    assert said["r2"].why == "Council member Tom Reyes … said"
    assert said["r2"].why_full == "Council member Tom Reyes, who voted against the plan, said"
    html = soup(riverton)
    assert [text(w) for w in html.select("#said-q2 .why, #said-q3 .why")] == ["said Pike", "by context"]
    assert html.select_one("#said-r2 .why")["title"] == said["r2"].why_full
    assert html.select("#said-q2 .why[title]") == []
    assert html.select("#said-q7 .why") == []
    assert "by context" in text(html.select_one("#said .note"))


@pytest.mark.parametrize(
    ("cue", "shown"),
    [
        ("said Ann Lee", "said Ann Lee"),
        ("the Biden administration repeatedly said", "the Biden administration repeatedly said"),
        ("Ann Lee, who served as Tom Ray's chief of staff during the campaign, told", "Ann Lee … told"),
        (
            "The award-winning actor, whose films include Red Sky and Low Tide, said",
            "The award-winning actor … said",
        ),
        ("Mr. Ray had at long last publicly described", "Mr. Ray had at … described"),
    ],
)
def test_a_long_cue_shows_its_subject_and_verb(cue, shown):
    assert short_cue(cue) == shown


def test_without_cues_there_is_no_why_and_no_note_about_it(riverton):
    bare = tuple(dataclasses.replace(q, cue=None, attribution=None) for q in riverton.quotes)
    html = soup(dataclasses.replace(riverton, quotes=bare, reported=()))
    assert html.select(".why, #said .note") == []


def test_a_statement_the_speaker_list_leaves_out_still_gets_an_entry(riverton):
    entries = page_context(dataclasses.replace(riverton, speakers=())).entries
    assert [(e.name, e.attributed, [s.id for s in e.said]) for e in entries] == [
        ("Ann Pike", True, ["r1", "q2", "q3"]),
        ("Tom Reyes", True, ["r2", "q4", "q5"]),
        ("Bo Lee", True, ["r3", "q6"]),
        ("Unattributed", False, ["q7"]),
    ]


def test_a_speaker_with_nothing_to_show_gets_no_entry(riverton):
    ghost = Speaker("Cy Ghost", "clerk", ("q99",), ("r99",))
    b = dataclasses.replace(riverton, speakers=(ghost, *riverton.speakers))
    assert [e.name for e in page_context(b).entries] == ["Ann Pike", "Tom Reyes", "Bo Lee", "Unattributed"]
    assert soup(b).select("ul:not(:has(li))") == []


def test_each_entry_item_links_to_its_mark_and_each_label_back(riverton):
    html = soup(riverton)
    ids = {tag["id"] for tag in html.select("[id]")}
    jumps = [a["href"] for a in html.select("#said a.jump")]
    assert jumps == ["#text-r1", "#text-q2", "#text-q3", "#text-r2", "#text-q4", "#text-q5"] + [
        "#text-r3",
        "#text-q6",
        "#text-q7",
    ]
    labels = [a["href"] for a in html.select(".text a.who")]
    assert len(labels) == 8 and all(href.removeprefix("#") in ids for href in jumps + labels)
    assert len(ids) == len(html.select("[id]"))  # no duplicate ids


# --- the article text -------------------------------------------------------------------------


def test_runs_rebuild_every_paragraph_exactly(riverton):
    page = page_context(riverton)
    dateline = "RIVERTON, Ohio (Valley Wire) - "
    assert plain(page.lead) == riverton.article.paragraphs[0].removeprefix(dateline)
    for paragraph, runs in zip(riverton.article.paragraphs[1:], page.body, strict=True):
        assert plain(runs) == paragraph


def test_a_partial_quote_nests_inside_its_reported_statement(riverton):
    html = soup(riverton)
    statement = html.select_one("#text-r1")
    assert statement.name == "span" and "r" in statement["class"]
    assert (
        text(statement)
        == "the bridge was “not safe for another winter” and that repairs would start in March"
    )
    assert statement.select_one("mark.q")["id"] == "text-q1"
    # the same speaker: one label before the statement, none inside it
    assert statement.select("a.who") == []
    label = statement.find_previous_sibling("a")
    assert label["class"] == ["who", "rep"] and text(label) == "Ann Pike, reported"


def test_labels_say_who_before_the_opening_mark(riverton):
    paragraph = soup(riverton).select(".body p")[1]  # “We waited too long already,” said Pike. “Every…”
    assert [text(a) for a in paragraph.select("a.who")] == ["Ann Pike", "Ann Pike"]
    assert str(paragraph).startswith(
        '<p><a class="who" href="#said-q2">Ann Pike</a>“<mark class="q" id="text-q2">'
    )
    unattributed = soup(riverton).select(".body p")[-1]  # “It is only a year.”
    assert unattributed.select("a.who") == [] and unattributed.select_one("mark.q")["id"] == "text-q7"


def test_quotes_inside_another_speakers_statement_keep_their_own_label(riverton):
    q1 = dataclasses.replace(riverton.quotes[0], speaker="Sam Ortiz")
    html = soup(dataclasses.replace(riverton, quotes=(q1, *riverton.quotes[1:])))
    statement = html.select_one("#text-r1")
    assert [text(a) for a in statement.select("a.who")] == ["Sam Ortiz"]
    assert statement.select_one("a.who").find_next_sibling(string=True) == "“"


def test_a_reported_span_that_cuts_through_a_quote_is_listed_but_not_marked(riverton):
    paragraph = riverton.article.paragraphs[2]
    start = paragraph.index("already")
    crossing = Reported("r9", paragraph[start:], "Ann Pike", None, 2, start, len(paragraph))
    pike = dataclasses.replace(riverton.speakers[0], reported=("r1", "r9"))
    b = dataclasses.replace(
        riverton, reported=(*riverton.reported, crossing), speakers=(pike, *riverton.speakers[1:])
    )
    page = page_context(b)
    listed = {s.id: s for s in page.entries[0].said}
    assert listed["r9"].mark_id is None
    html = soup(b)
    assert html.select("#text-r9") == [] and html.select('a[href="#text-r9"]') == []
    assert html.select_one("#said-r9") is not None


def test_overlapping_or_stray_quotes_are_marked_once_or_not_at_all(riverton):
    stray = Quote("q9", "x", None, paragraph=70, start=0, end=1, partial=False)
    inner = dataclasses.replace(riverton.quotes[1], id="q8", start=5, end=12)  # inside q2
    b = dataclasses.replace(riverton, quotes=(*riverton.quotes, inner, stray))
    ranges = quote_ranges(b)
    assert "q9" not in ranges and "q8" not in ranges
    assert ranges["q2"] == (2, 1, 28)
    html = render_html(b, DEFAULT_TEMPLATES)
    assert 'href="#text-q9"' not in html and 'href="#text-q8"' not in html


# --- the news at the top ---------------------------------------------------------------------


def test_source_facts_show_what_the_article_gives_and_no_file_name(riverton):
    page = page_context(riverton)
    assert page.facts == ("Valley Wire", "Jo Marsh", "2026-03-02", "RIVERTON, Ohio (Valley Wire)")
    html = soup(riverton)
    assert (
        text(html.select_one("header .facts"))
        == "Valley Wire · Jo Marsh · 2026-03-02 · RIVERTON, Ohio (Valley Wire)"
    )
    assert "riverton.txt" not in text(html.header) and "ab" * 32 not in text(html.header)
    assert "riverton.txt" in text(html.footer) and "ab" * 32 in text(html.footer)


def test_no_facts_no_facts_line(riverton):
    article = dataclasses.replace(
        riverton.article, publisher=None, byline=" ", date=None, paragraphs=("No dateline here.",)
    )
    assert page_context(dataclasses.replace(riverton, article=article)).facts == ()
    assert soup(dataclasses.replace(riverton, article=article, quotes=(), reported=())).select(".facts") == []


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("LIMA, Peru (Reuters) - The vote passed.", "LIMA, Peru (Reuters)"),
        ("WASHINGTON — The vote passed.", "WASHINGTON"),
        ("LONDON (AP) — The vote passed.", "LONDON (AP)"),
        ("NEW YORK, March 3 (Reuters) -- The vote passed.", "NEW YORK, March 3 (Reuters)"),
        ("ST. PAUL, Minn. – The vote passed.", "ST. PAUL, Minn."),
        ("The vote passed - narrowly.", None),
        ("US - China talks resume.", None),
        ("NATO said on Monday - in a statement - that it agreed.", None),
        ("LONDON-based firms grew.", None),
    ],
)
def test_a_dateline_is_found_only_at_the_start_of_the_lead(lead, dateline):
    found = DATELINE.match(lead)
    assert (found and found["dateline"]) == dateline


def test_the_lead_is_the_first_paragraph_and_the_article_section_the_rest(riverton):
    html = soup(riverton)
    assert text(html.select_one("header .lead")).startswith("The town council voted on Tuesday")
    body = html.select("#article .body p")
    assert len(body) == len(riverton.article.paragraphs) - 1
    assert text(body[0]).startswith("Mayor Ann Pike said")


def test_page_structure(riverton):
    html = soup(riverton)
    assert html.h1.get_text() == "Riverton closes its old bridge for a year"
    assert [h.get_text() for h in html.select("main h2")] == ["Who’s who", "What they said", "The article"]
    assert [text(h) for h in html.select("#said h3")] == [
        "Ann Pike",
        "Tom Reyes",
        "Bo Lee",
        "Unattributed: no speaker was found for these",
    ]
    cast = [text(li) for li in html.select("#who .cast li")]
    assert cast[0] == "Ann Pike, Mayor (3 quotes, 1 reported)"
    assert text(html.select_one("#who .named")) == "Also named: Sam Ortiz, engineer"
    assert [a["href"] for a in html.select("#who .cast a")] == [
        "#speaker-1",
        "#speaker-2",
        "#speaker-3",
        "#speaker-unattributed",
    ]
    # the standfirst is not shown: the lead is the gist
    assert html.select(".standfirst") == []


def test_no_quotes_means_a_plain_notice_and_no_empty_sections(riverton):
    one = dataclasses.replace(riverton.article, paragraphs=riverton.article.paragraphs[:1])
    html = soup(Briefing(article=one))
    assert html.select("main h2, main section, main article") == []
    assert "No direct quotes or reported statements were found" in text(html.header)
    assert html.select("ul:not(:has(li)), ol:not(:has(li)), mark, q") == []
    only_people = soup(Briefing(article=riverton.article, people=(Person("Bo Lee", None),)))
    assert [h.get_text() for h in only_people.select("main h2")] == ["Who’s who", "The article"]
    assert text(only_people.select_one("#who")) == "Who’s who Named: Bo Lee"
    assert only_people.select(".key mark, .key .r") == []


# --- bidi, escaping, metadata ------------------------------------------------------------------

RLO = "\u202e"


def test_article_text_beside_the_pages_own_words_is_isolated(riverton):
    name, role = f"Ann {RLO}Pike", f"{RLO}roads"
    pike = dataclasses.replace(riverton.speakers[0], name=name, role=role)
    quotes = tuple(
        dataclasses.replace(q, speaker=name) if q.speaker == "Ann Pike" else q for q in riverton.quotes
    )
    b = dataclasses.replace(riverton, speakers=(pike, *riverton.speakers[1:]), quotes=quotes)
    html = soup(b)
    shown = [node for node in html.body.find_all(string=lambda s: RLO in s) if node.parent.name != "script"]
    assert len(shown) == 2 + 1 + 3  # who's who name and role, entry name, three labels
    for node in shown:
        # <bdi>, or a label that CSS isolates (unicode-bidi: isolate)
        assert node.parent.name == "bdi" or "who" in node.parent.get("class", []), str(node.parent)
    assert "unicode-bidi: isolate" in str(html.style)
    assert page_context(b).title == "\u2068Riverton closes its old bridge for a year\u2069 · Briefing"


HOSTILE = "</script><script>alert(1)</script> {{ 7*7 }} {% if x %} <!-- c --> </style>"


def test_article_text_is_escaped_everywhere(riverton):
    b = dataclasses.replace(riverton, people=(Person(HOSTILE, HOSTILE),))
    b = dataclasses.replace(b, article=dataclasses.replace(b.article, headline=HOSTILE, byline=HOSTILE))
    html = render_html(b, DEFAULT_TEMPLATES)
    assert html.count("<script") == 1  # the JSON-LD data block
    assert "<!-- c -->" not in html and "</style>" not in html.split("</head>")[1]
    page = BeautifulSoup(html, "html.parser")
    assert "{{ 7*7 }}" in html and "49" not in page.body.get_text()
    assert page.h1.get_text() == HOSTILE
    assert HOSTILE in page.title.get_text()
    assert HOSTILE in page.select_one(".facts").get_text()


def test_counts_words_and_description(riverton):
    page = page_context(riverton)
    assert page.small_print == ("117 words", "1 min read")  # the dateline's dash is no word
    assert plural(2048, "word") == "2,048 words"
    assert plural(2, "other person", "other people") == "2 other people"
    assert page.has_reported and page.has_why and page.has_quotes
    assert page.description.startswith("RIVERTON, Ohio (Valley Wire) - The town council voted")
    long = Briefing(article=Article("H", ("word " * 100,)))
    description = page_context(long).description
    assert len(description) <= 201 and description.endswith("…")
    assert shorten("short", 10) == "short"
    assert (
        page_context(
            dataclasses.replace(riverton, article=dataclasses.replace(riverton.article, standfirst="Deck."))
        ).description
        == "Deck."
    )


def test_json_ld_cannot_end_its_script_block(riverton):
    b = dataclasses.replace(riverton, article=dataclasses.replace(riverton.article, headline=HOSTILE))
    encoded = json_ld(b, 10)
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    data = json.loads(encoded)
    assert data["headline"] == HOSTILE
    assert data["hasPart"][1] == {
        "@type": "Quotation",
        "text": "We waited too long already,",
        "creator": {"@type": "Person", "name": "Ann Pike", "jobTitle": "Mayor"},
    }
    assert "creator" not in data["hasPart"][6]
    assert data["mentions"] == [{"@type": "Person", "name": "Sam Ortiz", "jobTitle": "engineer"}]


@pytest.mark.parametrize("make", ["riverton", "empty"])
def test_json_ld_is_compact_json_in_the_pages_script_block(riverton, make):
    b = riverton if make == "riverton" else Briefing(article=riverton.article)
    encoded = "".join(page_context(b).json_ld)
    assert encoded == json.dumps(json.loads(encoded), ensure_ascii=False, separators=(",", ":"))
    assert len(json.loads(encoded)["hasPart"]) == len(b.quotes)
    block = soup(b).select_one('script[type="application/ld+json"]').string
    assert block == f"\n{encoded}\n"


def test_empty_model_fields_render(riverton):
    """What the extractor leaves empty today: no cue, attribution, reported speech or metadata."""
    article = dataclasses.replace(riverton.article, publisher=None, byline=None, date=None)
    bare = tuple(dataclasses.replace(q, cue=None, attribution=None) for q in riverton.quotes)
    speakers = tuple(dataclasses.replace(s, reported=()) for s in riverton.speakers)
    html = soup(Briefing(article=article, quotes=bare, speakers=speakers))
    assert [text(h) for h in html.select("#said h3")] == [
        "Ann Pike",
        "Tom Reyes",
        "Bo Lee",
        "Unattributed: no speaker was found for these",
    ]
    assert html.select(".r, .kind, .why") == []
    assert text(html.select_one("header .facts")) == "RIVERTON, Ohio (Valley Wire)"
    assert text(html.select_one("#said-q1 q")) == "not safe for another winter"


@pytest.mark.parametrize("make", ["riverton", "empty"])
def test_same_briefing_same_bytes(riverton, make):
    b = riverton if make == "riverton" else Briefing(article=riverton.article)
    assert render_html(b, DEFAULT_TEMPLATES) == render_html(dataclasses.replace(b), DEFAULT_TEMPLATES)


def test_json_is_what_the_standard_indented_encoder_writes(riverton):
    odd = dataclasses.replace(
        riverton.article,
        headline='Tab\there, "marks", back\\slash, \u2028 and \x01',
        paragraphs=(*riverton.article.paragraphs, "“É” 😀 </script>"),
    )
    many = tuple(Person(f"Name {n}", None) for n in range(600))  # more than one piece of a list
    for b in (riverton, Briefing(article=odd, people=many), Briefing(article=Article("h", ()))):
        assert render_json(b) == json.dumps(b.to_dict(), indent=2, ensure_ascii=False) + "\n"

    class Name(str):
        pass

    subclasses = {
        "name": Name("Ann “Lee”"),
        "on": True,
        "many": [Name("a"), 2, {"flag": False, "none": None}],
    }
    for document in (
        {},
        {"a": {}, "b": [[], {}, [1, None, True, False, "x"]], "c": {"d": {"e": -1}}},
        subclasses,
    ):
        assert "".join(indented_json(document)) == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    with pytest.raises(TypeError, match="float is not a briefing.json value"):
        "".join(indented_json({"a": 1.5}))


def test_same_seed_same_files(tmp_path, seed_path, seed_build):
    again = build(seed_path, tmp_path)
    assert again.index.read_bytes() == seed_build.index.read_bytes()
    assert again.data.read_bytes() == seed_build.data.read_bytes()


def test_model_helpers_are_used_as_built():
    # the fixture's spans are real: text == paragraphs[p][start:end] for every quote and cue
    from conftest import riverton_briefing

    b = riverton_briefing()
    for item in (*b.quotes, *b.reported):
        assert b.article.paragraphs[item.paragraph][item.start : item.end] == item.text
        if item.cue:
            cue: CueSpan = item.cue
            assert b.article.paragraphs[cue.paragraph][cue.start : cue.end] == cue.text
    assert isinstance(b.speakers[0], Speaker)
