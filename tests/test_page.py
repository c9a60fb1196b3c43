"""The page as a reader sees it, in Debian's Chromium: content, links, layouts, metadata, safety.

Expected quotes and speakers come from each build's briefing.json, never from this file, so
the tests hold however well extraction does.
"""

from __future__ import annotations

import json

import pytest

LD_JSON = 'script[type="application/ld+json"]'
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

HOSTILE_ARTICLE = """\
Mayor <script>alert("headline")</script> says {{ 7*7 }} & more

The memo contained <script>alert("body")</script> and <img src=x onerror=alert("img")> in plain sight.

“Click [here](javascript:alert(1)) and see ![chart](http://example.com/chart.png) today,” said Mayor \
Ann Pike. “</script><script>alert(2)</script> is not code,” she added.

A style break </style><style>body{display:none}</style> and a comment <!-- hidden --> appear here.

Template syntax {{ 7*7 }} and {% if true %}yes{% endif %} and {# note #} stay as typed.

A link <a href="javascript:alert(3)">tap</a> and javascript:alert(document.domain) stay text.

A long address https://example.com/{long} must wrap.
""".replace("{long}", "a" * 120)

PAYLOADS = [
    '<script>alert("headline")</script>',
    '<script>alert("body")</script>',
    '<img src=x onerror=alert("img")>',
    "[here](javascript:alert(1))",
    "![chart](http://example.com/chart.png)",
    "</script><script>alert(2)</script>",
    "</style><style>body{display:none}</style>",
    "<!-- hidden -->",
    "{{ 7*7 }}",
    "{% if true %}yes{% endif %}",
    "{# note #}",
    '<a href="javascript:alert(3)">tap</a>',
    "javascript:alert(document.domain)",
]


def squash(text: str) -> str:
    return " ".join(text.split())


def visible_text(page, selector: str = "body") -> str:
    return squash(page.locator(selector).inner_text())


def in_viewport(page, selector: str) -> bool:
    return page.locator(selector).evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }"
    )


# --- content and order -------------------------------------------------------------------------


def test_seed_page_shows_headline_every_quote_and_speaker(page, visit, seed_build, seed_data):
    visit(seed_build.index)
    text = visible_text(page)
    assert page.get_by_role("heading", level=1).inner_text() == seed_data["headline"]
    if seed_data["standfirst"]:
        assert squash(seed_data["standfirst"]) in visible_text(page, "header")
    for quote in seed_data["quotes"]:
        assert squash(quote["text"]) in text, quote["id"]
    for speaker in seed_data["speakers"]:
        assert speaker["name"] in text
        if speaker["role"]:
            assert squash(speaker["role"]) in text
    for person in seed_data["people"]:
        assert person["name"] in visible_text(page, "#mentioned")


def test_seed_page_sections_come_in_reading_order(page, visit, seed_build, seed_data):
    visit(seed_build.index)
    headings = [squash(h) for h in page.locator("main h2").all_inner_texts()]
    assert headings == ["Who said what", "Quotes in order", "The article", "Also mentioned"]
    source = visible_text(page, ".source")
    assert seed_data["source"]["file"] in source
    assert " words" in source and "min read" in source


def test_speaker_cards_hold_each_speakers_quotes(page, visit, seed_build, seed_data):
    visit(seed_build.index)
    texts = {q["id"]: squash(q["text"]) for q in seed_data["quotes"]}
    cards = page.locator("#who .card")
    for index, speaker in enumerate(seed_data["speakers"]):
        card = cards.nth(index)
        assert card.locator("h3").inner_text() == speaker["name"]
        n = len(speaker["quotes"])
        assert card.locator(".count").inner_text() == f"{n} quote{'s' * (n != 1)}"
        said = [squash(t) for t in card.locator(".said q").all_inner_texts()]
        assert said == [texts[qid] for qid in speaker["quotes"]]
    # every quote sits on exactly one card; the unattributed ones on the last
    on_cards = [squash(t) for t in cards.locator(".said q").all_inner_texts()]
    assert sorted(on_cards) == sorted(texts.values())
    if any(not q["speaker"] for q in seed_data["quotes"]):
        assert cards.last.locator("h3").inner_text() == "Unattributed"


def test_quotes_in_order_list_every_quote_with_its_speaker(page, visit, seed_build, seed_data):
    visit(seed_build.index)
    entries = page.locator("#quotes .quote-list > li")
    assert entries.count() == len(seed_data["quotes"])
    for index, quote in enumerate(seed_data["quotes"]):
        entry = entries.nth(index)
        assert squash(entry.locator("blockquote").inner_text()) == squash(quote["text"])
        assert entry.locator(".who").inner_text() == (quote["speaker"] or "Unattributed")
        assert ("partial quote" in entry.inner_text().lower()) == quote["partial"]


def test_article_text_marks_every_quote(page, visit, seed_build, seed_data):
    visit(seed_build.index)
    paragraphs = [squash(p) for p in page.locator("#article .body p").all_inner_texts()]
    assert paragraphs == [squash(p) for p in seed_data["paragraphs"]]
    marks = page.locator("#article .body a.q")
    assert marks.count() == len(seed_data["quotes"])
    for index, quote in enumerate(seed_data["quotes"]):
        mark = marks.nth(index)
        assert squash(mark.inner_text()) == squash(quote["text"])
        assert ("partial" in mark.get_attribute("class").split()) == quote["partial"]


def test_each_quote_links_to_its_mark_and_back(page, visit, seed_build, seed_data):
    visit(seed_build.index)
    for index, quote in enumerate(seed_data["quotes"], 1):
        entry = page.locator("#quotes .quote-list > li").nth(index - 1)
        entry.locator("a.jump").click()
        target = page.locator(":target")
        assert target.evaluate("e => e.matches('#article a.q')"), quote["id"]
        assert squash(target.inner_text()) == squash(quote["text"])
        assert in_viewport(page, ":target")
        # and back, from the keyboard
        target.focus()
        page.keyboard.press("Enter")
        back = page.locator(":target")
        assert back.evaluate("(e, n) => e.matches(`#quotes .quote-list > li:nth-child(${n})`)", index)
        assert in_viewport(page, ":target")


def test_links_work_without_javascript(browser, seed_build):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(seed_build.index.as_uri())
        page.locator("#quotes a.jump").first.click()
        assert page.url.endswith(page.locator("#article a.q").first.get_attribute("id"))
        page.locator("nav a", has_text="Also mentioned").click()
        assert page.url.endswith("#mentioned")
    finally:
        context.close()


# --- a clean load -------------------------------------------------------------------------------


def test_seed_page_loads_cleanly_and_alone(page, visit, seed_build):
    seen = visit(seed_build.index)
    assert seen["console_errors"] == [] and seen["page_errors"] == []
    assert seen["dialogs"] == []
    assert seen["requests"] == [seed_build.index.as_uri()]
    assert page.locator(f"script:not({LD_JSON})").count() == 0


def test_checks_catch_a_bad_page(visit, bad_page):
    seen = visit(bad_page)
    assert seen["dialogs"] == [("alert", "xss")]
    assert "boom from page" in seen["console_errors"]
    assert any(url.endswith("/x.png") for url in seen["requests"][1:])


# --- layouts ------------------------------------------------------------------------------------


def overflow(page) -> dict:
    """How far the document and its widest element reach past the viewport, in px."""
    return page.evaluate(
        """() => ({
            document: document.documentElement.scrollWidth - innerWidth,
            widest: Math.max(...[...document.querySelectorAll('body *')]
                .map(e => e.getBoundingClientRect().right)) - innerWidth,
        })"""
    )


def test_phone_width_has_no_horizontal_scrolling(page, visit, seed_build, screenshot):
    page.set_viewport_size({"width": 375, "height": 812})
    visit(seed_build.index)
    reach = overflow(page)
    assert reach["document"] <= 0 and reach["widest"] <= 0.5, reach
    screenshot("seed-375")


def test_wide_screen_keeps_a_readable_measure(page, visit, seed_build, screenshot):
    page.set_viewport_size({"width": 1440, "height": 900})
    visit(seed_build.index)
    assert overflow(page)["document"] <= 0
    # about 45-75 characters a line: no wider than 40em of the text's own size
    ems = page.locator("#article .body p").first.evaluate(
        "e => e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize)"
    )
    assert 25 <= ems <= 40, ems
    screenshot("seed-1440")
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot("seed-1280")


def luminance(page, selector: str, prop: str) -> float:
    """Relative luminance (0-1) of a computed rgb() colour."""
    return page.locator(selector).evaluate(
        """(e, prop) => {
            const [r, g, b] = getComputedStyle(e)[prop].match(/[\\d.]+/g).slice(0, 3)
                .map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }""",
        prop,
    )


def test_dark_mode_renders_light_on_dark(page, visit, seed_build, screenshot):
    visit(seed_build.index)
    assert luminance(page, "body", "backgroundColor") > 0.8
    page.emulate_media(color_scheme="dark")
    assert luminance(page, "body", "backgroundColor") < 0.05
    assert luminance(page, "body", "color") > 0.7
    assert luminance(page, ".key .q:not(.partial) mark", "backgroundColor") < 0.2
    screenshot("seed-dark")


def test_print_is_one_clean_column(page, visit, seed_build, screenshot, tmp_path):
    visit(seed_build.index)
    page.emulate_media(media="print")
    for chrome in ("nav", ".skip", "a.jump"):
        assert page.locator(chrome).first.evaluate("e => getComputedStyle(e).display") == "none", chrome
    lefts = page.locator("main h2, #who .card, #article .body p").evaluate_all(
        "els => els.map(e => Math.round(e.getBoundingClientRect().left))"
    )
    assert len(set(lefts)) <= 2, lefts  # cards sit in the text column, indented by their rule only
    screenshot("seed-print")
    pdf = page.pdf(path=str(tmp_path / "briefing.pdf"), format="A4")
    assert pdf.startswith(b"%PDF")


# --- keyboard ----------------------------------------------------------------------------------


def test_skip_link_comes_first_and_focus_is_visible(page, visit, seed_build):
    visit(seed_build.index)
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.inner_text() == "Skip to the briefing"
    assert in_viewport(page, ":focus")
    style = focused.evaluate("e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth]")
    assert style[0] != "none" and float(style[1].removesuffix("px")) >= 2, style
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    page.keyboard.press("Tab")
    after = page.locator(":focus").evaluate(
        "e => [e.closest('main') !== null, getComputedStyle(e).outlineStyle]"
    )
    assert after == [True, "solid"]


# --- metadata ------------------------------------------------------------------------------------


def meta(page, selector: str) -> str | None:
    found = page.locator(f"head {selector}")
    return found.get_attribute("content") if found.count() == 1 else None


def test_metadata_describes_the_briefing(page, visit, seed_build, seed_data):
    visit(seed_build.index)
    headline = seed_data["headline"]
    assert headline in page.title()
    description = meta(page, 'meta[name="description"]')
    lede = seed_data["standfirst"] or seed_data["paragraphs"][0]
    assert description and squash(lede).startswith(description.removesuffix("…"))
    assert meta(page, 'meta[property="og:title"]') == headline
    assert meta(page, 'meta[property="og:description"]') == description
    assert meta(page, 'meta[property="og:type"]') == "article"
    assert meta(page, 'meta[http-equiv="Content-Security-Policy"]') == CSP
    assert page.locator('head link[rel="icon"]').get_attribute("href").startswith("data:")


def test_json_ld_is_a_news_article_with_quotations(page, visit, seed_build, seed_data):
    visit(seed_build.index)
    assert page.locator(LD_JSON).count() == 1
    data = json.loads(page.locator(LD_JSON).text_content())
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == seed_data["headline"]
    parts = data["hasPart"]
    assert [p["text"] for p in parts] == [q["text"] for q in seed_data["quotes"]]
    roles = {s["name"]: s["role"] for s in seed_data["speakers"]}
    for part, quote in zip(parts, seed_data["quotes"], strict=True):
        assert part["@type"] == "Quotation"
        if quote["speaker"]:
            assert part["creator"]["@type"] == "Person"
            assert part["creator"]["name"] == quote["speaker"]
            assert part["creator"].get("jobTitle") == roles.get(quote["speaker"])
        else:
            assert "creator" not in part
    assert [m["name"] for m in data["mentions"]] == [p["name"] for p in seed_data["people"]]


# --- an article with no quotes ----------------------------------------------------------------------


def test_no_quote_article_says_so_plainly(page, visit, no_quote_build, screenshot):
    seen = visit(no_quote_build.index)
    assert seen["console_errors"] == [] and seen["requests"] == [no_quote_build.index.as_uri()]
    headings = [squash(h) for h in page.locator("main h2").all_inner_texts()]
    assert headings == ["No direct quotes", "The article", "Also mentioned"]
    assert "No direct quotations were found in this article" in visible_text(page, "main")
    assert page.locator("mark, .card, .quote-list, blockquote").count() == 0
    # no empty boxes: every list has items and every section says something below its heading
    assert page.locator("main ul:not(:has(li)), main ol:not(:has(li))").count() == 0
    for section in page.locator("main > section, main > article").all():
        assert len(squash(section.inner_text())) > len(squash(section.locator("h2").inner_text())) + 20
    assert "0 quotes" in visible_text(page, ".glance")
    screenshot("no-quotes")


# --- hostile input ----------------------------------------------------------------------------------


@pytest.fixture
def hostile_build(build_article):
    return build_article(HOSTILE_ARTICLE, "hostile.txt")


def test_hostile_article_is_shown_as_text_and_never_runs(page, visit, hostile_build, screenshot):
    seen = visit(hostile_build.index)
    assert seen["dialogs"] == []
    assert seen["requests"] == [hostile_build.index.as_uri()]
    assert seen["console_errors"] == [] and seen["page_errors"] == []
    text = visible_text(page)
    for payload in PAYLOADS:
        assert payload in text, payload
    assert '<script>alert("headline")</script>' in page.title()
    assert page.locator(f"script:not({LD_JSON})").count() == 0
    assert page.locator("img, iframe, object, embed, style:not(head style)").count() == 0
    assert page.locator("head style").count() == 1
    assert page.locator('[href^="javascript:" i]').count() == 0
    handlers = page.evaluate(
        "() => [...document.querySelectorAll('*')]"
        ".flatMap(e => e.getAttributeNames()).filter(n => n.startsWith('on'))"
    )
    assert handlers == []
    assert page.locator("body").is_visible()
    data = json.loads(page.locator(LD_JSON).text_content())
    assert data["headline"].startswith('Mayor <script>alert("headline")</script>')
    briefing = json.loads(hostile_build.data.read_text(encoding="utf-8"))
    assert [p["text"] for p in data["hasPart"]] == [q["text"] for q in briefing["quotes"]]
    screenshot("hostile")


def test_hostile_article_fits_a_phone(page, visit, hostile_build):
    page.set_viewport_size({"width": 375, "height": 812})
    visit(hostile_build.index)
    reach = overflow(page)
    assert reach["document"] <= 0 and reach["widest"] <= 0.5, reach


HOSTILE_MARKUP = {
    "hostile.md": """\
# Mayor <script>alert("headline")</script> speaks

The memo had <script>alert("body")</script> and <img src=x onerror=alert("img")> inside.

“See [here](javascript:alert(1)) and ![chart](http://example.com/chart.png) now,” said Mayor Ann Pike.

<iframe src="http://example.com/"></iframe> <style>body{display:none}</style> and {{ 7*7 }} stay out.
""",
    "hostile.html": """\
<!DOCTYPE html><html><head><title>Mayor speaks</title><script>alert("head")</script>
<link rel="stylesheet" href="http://example.com/x.css"></head><body><article>
<h1>Mayor <b onmouseover="alert(1)">speaks</b></h1>
<p>The memo had <img src="http://example.com/x.png" onerror="alert(2)"> inside and
<a href="javascript:alert(3)">a link</a> in it.</p>
<p>“It is all fine and nothing will run,” said Mayor Ann Pike. <script>alert(4)</script></p>
<style>body{display:none}</style></article></body></html>
""",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_MARKUP))
def test_hostile_markup_articles_never_run_or_load(page, visit, build_article, name):
    result = build_article(HOSTILE_MARKUP[name], name)
    seen = visit(result.index)
    assert seen["dialogs"] == [] and seen["page_errors"] == []
    assert seen["requests"] == [result.index.as_uri()]
    assert page.locator(f"script:not({LD_JSON})").count() == 0
    assert page.locator("img, iframe, object, embed, link[rel=stylesheet], b").count() == 0
    assert page.locator('[href^="javascript:" i]').count() == 0
    assert "Mayor" in page.locator("h1").inner_text()
    assert page.locator("body").is_visible()
