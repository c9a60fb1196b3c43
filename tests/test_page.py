"""The page as a reader sees it, in Debian's Chromium: content, links, layouts, metadata, safety.

Expected quotes and speakers come from each build's briefing.json, never from this file, so
the tests hold however well extraction does.
"""

from __future__ import annotations

import itertools
import json

import pytest

LD_JSON = 'script[type="application/ld+json"]'
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)

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


def article_text(page) -> str:
    """The visible text without the speaker labels the page puts in the article's text."""
    return squash(
        page.evaluate(
            """() => { const copy = document.body.cloneNode(true);
                copy.querySelectorAll('a.who, .vh').forEach(l => l.remove());
                document.body.after(copy); const text = copy.innerText; copy.remove(); return text; }"""
        )
    )


def in_viewport(page, selector: str) -> bool:
    return page.locator(selector).evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }"
    )


SEVERAL_SPEAKERS = """\
Harbour town votes to rebuild its flooded sea wall

The harbour board of Port Alden voted on Monday to rebuild the sea wall that failed during the \
January storms, after three months of debate over who should pay for it.

The vote was six to two. Work on the new wall, which will be a metre higher than the old one, is \
due to begin in the autumn and to take about eighteen months.

Board chair Helen Marsh said the decision could not wait for another winter. "We saw the water \
come into the high street twice this year," she said. "A third time would close businesses for good."

The old wall was built in the 1950s and had been patched many times since. Engineers found last \
year that long sections had cracked behind the stone facing.

Fisherman Dev Patel, whose boat shed flooded in January, welcomed the vote but said the board had \
been slow. "It took a disaster to get them moving," Patel said. "I lost nets, engines and a season \
of work."

Shop owners along the front have asked for help with the cost of repairs, and the board said it \
would set up a small fund for them before the summer.

The plan was opposed by board member Colin Reed, who argued that the town should move some \
buildings back from the shore instead. "Higher walls only buy time," Reed said. "The sea will keep \
rising, and we will be back here in twenty years."

Reed said he would still support the work now that the vote had been taken. "The board has \
decided, and I will help make it work," he added.

Money for the project will come from a regional flood fund, a loan and a rise in harbour fees. \
Fees for visiting yachts will go up by a tenth from next year.

The regional flood officer, Grace Obi, said the fund had set aside money for Port Alden in the \
spring. "This is exactly what the fund is for," Obi said. "Small towns cannot carry this alone."

Residents will be able to see the plans at the town hall from next week, and the board will hold \
an open meeting in the harbour office on the first Thursday of each month while the work goes on.
"""

PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="session")
def several_build(build_article):
    """An invented article with four speakers, built by the extractor."""
    return build_article(SEVERAL_SPEAKERS, "harbour.txt")


@pytest.fixture(params=["seed", "several"])
def built(request, seed_build, several_build):
    """Each extractor-built page with its briefing.json."""
    result = seed_build if request.param == "seed" else several_build
    return result, json.loads(result.data.read_text(encoding="utf-8"))


def shown(quote: dict) -> str:
    """A quote as the page shows it outside the article: no comma before its attribution."""
    return squash(quote["text"]).removesuffix(",").rstrip()


TEXT_BETWEEN = """([top, bottom]) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out = [];
    for (let node; (node = walker.nextNode()); ) {
        if (node.parentElement.closest('.vh, script, style')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const hit = [...range.getClientRects()]
            .some(r => r.height && r.bottom + scrollY > top && r.top + scrollY < bottom);
        if (hit) out.push(node.textContent);
    }
    return out.join(' ').split(/\\s+/).join(' ');
}"""


def text_between(page, top: float, bottom: float) -> str:
    """The page's visible text laid out between two heights of the document, in px."""
    return page.evaluate(TEXT_BETWEEN, [top, bottom])


# --- a briefing read in one minute ------------------------------------------------------------


def test_each_quote_appears_at_most_twice(page, visit, built):
    result, data = built
    visit(result.index)
    text = visible_text(page)
    article = visible_text(page, "main")
    for quote in data["quotes"]:
        words = shown(quote)
        assert 1 <= text.count(words) <= 2, (quote["id"], text.count(words))
        assert words in article


def test_first_phone_screen_is_the_news(page, visit, built):
    result, data = built
    page.set_viewport_size(PHONE)
    visit(result.index)
    first = text_between(page, 0, PHONE["height"])
    assert data["headline"] in first
    lead_start = " ".join(data["paragraphs"][0].split()[:8])
    assert lead_start in first
    assert data["source"]["file"] not in first and data["source"]["sha256"] not in first
    assert data["source"]["file"] in visible_text(page, "footer")


def test_every_speaker_is_named_within_two_phone_screens(page, visit, built):
    result, data = built
    page.set_viewport_size(PHONE)
    visit(result.index)
    two = text_between(page, 0, 2 * PHONE["height"])
    for speaker in data["speakers"]:
        assert speaker["name"] in two, speaker["name"]
    # each links to their entry, which lists their quotes
    for speaker in data["speakers"]:
        link = page.locator("#who .cast a", has_text=speaker["name"]).first
        entry = page.locator(link.get_attribute("href"))
        said = [squash(t) for t in entry.locator(".said q").all_inner_texts()]
        texts = {q["id"]: shown(q) for q in data["quotes"]}
        assert said == [texts[qid] for qid in speaker["quotes"]]
        # and their reported statements, each once, with the words that credit it
        reported = entry.locator(".said li.reported").evaluate_all("items => items.map(i => i.id)")
        assert reported == [f"said-{rid}" for rid in speaker["reported"]]
    assert page.locator("#said li.reported").count() == len(data["reported"])


def test_phone_page_is_at_most_1_8_times_its_article(page, visit, built):
    result, _ = built
    page.set_viewport_size(PHONE)
    visit(result.index)
    heights = page.evaluate(
        "() => [document.documentElement.scrollHeight, document.querySelector('#article').offsetHeight]"
    )
    assert heights[0] <= 1.8 * heights[1], (heights, heights[0] / heights[1])


def test_no_quote_outside_the_article_keeps_its_attribution_comma(page, visit, built):
    result, data = built
    visit(result.index)
    assert any(q["text"].rstrip().endswith(",") for q in data["quotes"])  # the check has work to do
    outside = page.locator("q, .pq").evaluate_all(
        "els => els.filter(e => !e.closest('#article')).map(e => e.textContent)"
    )
    assert len(outside) == len(data["quotes"])
    assert not [t for t in outside if t.rstrip().endswith(",")]
    for part in ("header", "#who", "#said", "footer"):
        assert ",”" not in visible_text(page, part) and ',"' not in visible_text(page, part), part


def test_no_empty_section(page, visit, built, no_quote_build):
    for result in (built[0], no_quote_build):
        visit(result.index)
        assert page.locator("main ul:not(:has(li)), main ol:not(:has(li))").count() == 0
        for section in page.locator("main section, main article").all():
            heading = squash(section.locator("h2, h3").first.inner_text())
            assert len(squash(section.inner_text())) > len(heading) + 10, heading


LABEL_OF = """m => {
    const at = m.parentElement.closest('.r') || m;
    const before = at.previousSibling && at.previousSibling.previousSibling;
    const label = at.previousSibling?.matches?.('a.who') ? at.previousSibling
        : before?.matches?.('a.who') ? before : null;
    return label ? label.textContent.replace(', reported', '') : null;
}"""


def test_article_marks_every_quote_with_who_said_it(page, visit, built):
    result, data = built
    visit(result.index)
    paragraphs = page.locator(".text").evaluate_all(
        """els => els.flatMap(e => e.matches('p') ? [e] : [...e.querySelectorAll('p')]).map(p => {
            const copy = p.cloneNode(true);
            copy.querySelectorAll('.who').forEach(l => l.remove());
            return copy.textContent;
        })"""
    )
    assert [squash(p) for p in paragraphs] == [squash(p) for p in data["paragraphs"]]
    marks = page.locator("mark.q")
    assert marks.count() == len(data["quotes"]) + 1  # and the key's sample
    for quote in data["quotes"]:
        mark = page.locator(f"#text-{quote['id']}")
        assert squash(mark.inner_text()) == squash(quote["text"])
        # the name, just before the opening mark (or before the reported statement of the same
        # speaker that holds the quote); none when unknown
        label = mark.evaluate(LABEL_OF)
        assert label == quote["speaker"]


def test_each_quote_links_to_its_mark_and_back(page, visit, built):
    result, data = built
    visit(result.index)
    for quote in data["quotes"]:
        page.locator(f"#said-{quote['id']} a.jump").click()
        target = page.locator(":target")
        assert target.get_attribute("id") == f"text-{quote['id']}"
        assert in_viewport(page, ":target")
        if not quote["speaker"]:
            continue  # no name, so no label to come back by
        mark = page.locator(f"#text-{quote['id']}")
        holder = mark.evaluate("m => m.parentElement.closest('.r')?.id ?? null")
        label = page.locator(f"#{holder or mark.get_attribute('id')}").locator(
            "xpath=preceding-sibling::a[1]"
        )
        label.focus()
        page.keyboard.press("Enter")
        back = f"said-{holder.removeprefix('text-') if holder else quote['id']}"
        assert page.locator(":target").get_attribute("id") == back
        assert in_viewport(page, ":target")


def test_links_work_without_javascript(browser, seed_build):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(seed_build.index.as_uri())
        page.locator("#said-q1 a.jump").click()
        assert page.url.endswith("#text-q1")
        page.locator("#who .cast a").first.click()
        assert page.url.endswith("#speaker-1")
    finally:
        context.close()


# --- cues and reported speech, from a hand-built briefing --------------------------------------


def test_reported_speech_is_marked_apart_from_quotes_and_nests_them(page, visit, riverton_page, riverton):
    visit(riverton_page)
    statement = page.locator("#text-r1")
    assert squash(statement.inner_text()) == squash(riverton.reported[0].text)
    inner = statement.locator("mark.q")
    assert inner.get_attribute("id") == "text-q1"
    assert squash(inner.inner_text()) == "not safe for another winter"
    style = "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).textDecorationStyle]"
    quote_look, reported_look = page.locator("#text-q2").evaluate(style), statement.evaluate(style)
    assert reported_look[1] == "dotted" and quote_look[1] != "dotted"
    assert quote_look[0] != reported_look[0]
    assert page.locator("a.who.rep").count() == 3
    # what each speaker said: reported statements among the quotes, in article order, with the cue
    entry = page.locator("#speaker-2 .said > li")
    assert [squash(t) for t in entry.all_inner_texts()] == [
        "Reported: the detour would hurt shops on Main Street "
        "Council member Tom Reyes … said · In the article, paragraph ¶4",
        "The shops will lose a third of their trade he said · In the article, paragraph ¶5",
        "Nobody asked them. by context · In the article, paragraph ¶5",
    ]
    # a long cue is shortened on the entry; the whole cue is its title
    assert page.locator("#said-r2 .why").get_attribute("title") == (
        "Council member Tom Reyes, who voted against the plan, said"
    )
    assert (
        squash(page.locator(".facts").inner_text())
        == "Valley Wire · Jo Marsh · 2026-03-02 · RIVERTON, Ohio (Valley Wire)"
    )
    # each quote's words at most twice, the partial one inside its statement included
    text = visible_text(page)
    for quote in riverton.quotes:
        assert 1 <= text.count(squash(quote.text).removesuffix(",")) <= 2, quote.id


def test_the_name_sits_beside_the_words_on_wide_screens(page, visit, riverton_page, screenshot):
    page.set_viewport_size({"width": 1280, "height": 900})
    visit(riverton_page)
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.body a.who')].map(l => {
            const p = l.closest('p').getBoundingClientRect(), r = l.getBoundingClientRect();
            return [r.left - p.right, r.top - p.top, r.top, r.bottom];
        })"""
    )
    # in the margin, never above the paragraph it belongs to, never on top of another one
    assert boxes and all(gap > 0 and below >= -1 for gap, below, _, _ in boxes), boxes
    spans = sorted((top, bottom) for _, _, top, bottom in boxes)
    assert all(after[0] >= before[1] - 0.5 for before, after in itertools.pairwise(spans)), spans
    who, said = page.locator("#who").bounding_box(), page.locator("#said").bounding_box()
    assert who["x"] > said["x"] + said["width"] and abs(who["y"] - said["y"]) < 2  # side by side
    screenshot("riverton-1280")
    page.set_viewport_size(PHONE)
    label = page.locator(".body a.who").first.bounding_box()
    paragraph = page.locator(".body p").first.bounding_box()
    assert paragraph["x"] <= label["x"] < paragraph["x"] + paragraph["width"]  # inline on a phone
    screenshot("riverton-375")


READS_LEFT_TO_RIGHT = """(e, n) => {
    // the left edge of each of the first n characters of the element's first text
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT), t = walker.nextNode();
    const r = document.createRange(), xs = [];
    for (let i = 0; i < Math.min(n, t.textContent.length); i++) {
        r.setStart(t, i); r.setEnd(t, i + 1); xs.push(r.getBoundingClientRect().left);
    }
    return xs;
}"""


def test_a_right_to_left_override_does_not_turn_the_pages_own_words(page, visit, render_page, riverton):
    """An override (U+202E) left open in a name or a role stops at its end."""
    import dataclasses

    name = "Ann \u202ePike"
    pike = dataclasses.replace(riverton.speakers[0], name=name, role="\u202eroads")
    quotes = tuple(
        dataclasses.replace(q, speaker=name) if q.speaker == "Ann Pike" else q for q in riverton.quotes
    )
    path = render_page(dataclasses.replace(riverton, speakers=(pike, *riverton.speakers[1:]), quotes=quotes))
    visit(path)
    first = page.locator("#who .cast li").first
    count = first.locator(".count")
    assert count.inner_text() == "(3 quotes, 1 reported)"
    checks = {
        "count after the role": count,
        "the quote after the label": page.locator("#text-q2"),
    }
    for what, element in checks.items():
        lefts = element.evaluate(READS_LEFT_TO_RIGHT, 6)
        assert lefts == sorted(lefts), (what, lefts)


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


CHARS_PER_LINE = """p => {
    // characters on each full line of the paragraph's first text node, by where each one lands
    const node = [...p.childNodes].find(n => n.nodeType === 3 && n.textContent.length > 200);
    const range = document.createRange(), lines = [];
    let top = null, count = 0;
    for (let i = 0; i < node.textContent.length; i++) {
        range.setStart(node, i); range.setEnd(node, i + 1);
        const t = Math.round(range.getBoundingClientRect().top);
        if (top !== null && t > top + 2) { lines.push(count); count = 0; }
        top = t; count++;
    }
    return lines;
}"""


def chars_per_line(page) -> list[int]:
    """Characters per full line in the first long run of plain article text."""
    return page.locator(".body p").first.evaluate(CHARS_PER_LINE)


def test_wide_screen_reads_60_to_75_characters_a_line(page, visit, seed_build, screenshot):
    page.set_viewport_size({"width": 1440, "height": 900})
    visit(seed_build.index)
    assert overflow(page)["document"] <= 0
    lines = chars_per_line(page)
    assert len(lines) >= 2 and min(lines) >= 58 and max(lines) <= 78, lines
    screenshot("seed-1440")
    page.set_viewport_size({"width": 1280, "height": 900})
    assert overflow(page)["document"] <= 0
    screenshot("seed-1280")


def test_type_is_chosen_not_the_browsers_default(page, visit, seed_build):
    visit(seed_build.index)
    fonts = page.evaluate(
        "() => ['body', 'h1', '.body p', 'h2']"
        ".map(s => getComputedStyle(document.querySelector(s)).fontFamily)"
    )
    assert all("," in f for f in fonts), fonts  # stacks, not one family left to chance
    assert "Liberation Serif" in fonts[1] and "Liberation Sans" in fonts[0]  # what Debian has


def luminance(page, selector: str, prop: str) -> float:
    """Relative luminance (0-1) of a computed rgb() colour."""
    return page.locator(selector).first.evaluate(
        """(e, prop) => {
            const [r, g, b] = getComputedStyle(e)[prop].match(/[\\d.]+/g).slice(0, 3)
                .map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }""",
        prop,
    )


def test_dark_mode_renders_light_on_dark(page, visit, riverton_page, screenshot):
    page.set_viewport_size(PHONE)
    visit(riverton_page)
    assert luminance(page, "body", "backgroundColor") > 0.8
    page.emulate_media(color_scheme="dark")
    assert luminance(page, "body", "backgroundColor") < 0.05
    assert luminance(page, "body", "color") > 0.7
    assert luminance(page, ".body mark.q", "backgroundColor") < 0.2
    assert luminance(page, ".body a.who:not(.rep)", "backgroundColor") > 0.7  # a light label
    screenshot("riverton-dark")


@pytest.mark.parametrize("which", ["seed", "riverton"])
def test_print_is_one_column_of_at_most_80_characters(
    page, visit, seed_build, riverton_page, screenshot, tmp_path, which
):
    visit(seed_build.index if which == "seed" else riverton_page)
    page.emulate_media(media="print")
    for chrome in (".skip", "a.jump"):
        assert not page.locator(chrome).first.is_visible(), chrome
    if which == "seed":  # no separator left dangling where the ¶ link was
        metas = [squash(t) for t in page.locator("#said .meta").all_inner_texts()]
        assert metas and not any(m.endswith("·") for m in metas), metas
    lefts = page.locator("h1, main h2, #who, #said, .entry, .body p").evaluate_all(
        "els => els.map(e => Math.round(e.getBoundingClientRect().left))"
    )
    assert len(set(lefts)) == 1, lefts
    if which == "seed":
        lines = chars_per_line(page)
        assert lines and max(lines) <= 80, lines
    screenshot(f"{which}-print")
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
    lede = seed_data["standfirst"] or seed_data["paragraphs"][0]  # the deck, else the lead
    assert description and squash(lede).startswith(description.removesuffix("…"))
    assert meta(page, 'meta[property="og:title"]') == headline
    assert meta(page, 'meta[property="og:description"]') == description
    assert meta(page, 'meta[property="og:type"]') == "article"
    assert meta(page, 'meta[http-equiv="Content-Security-Policy"]') == CSP
    assert page.locator('head link[rel="icon"]').get_attribute("href").startswith("data:")


def test_over_http_the_csp_lets_a_crawler_read_robots_txt_and_nothing_else(page, seed_build):
    """`connect-src 'self'` lets an audit's in-page fetch of /robots.txt through (no script of
    the page's own can run to use it); any other origin stays blocked."""
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(seed_build.index.parent))
    handler.log_message = lambda *args: None
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            port = server.server_address[1]
            page.goto(f"http://127.0.0.1:{port}/index.html")
            fetch = "url => fetch(url).then(r => r.status, e => e.name)"
            assert page.evaluate(fetch, "/robots.txt") == 404  # reached the server: no robots.txt
            assert page.evaluate(fetch, f"http://localhost:{port}/robots.txt") == "TypeError"  # blocked
            assert page.evaluate("() => document.scripts.length") == 1  # the JSON-LD data block only
        finally:
            server.shutdown()


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
    headings = [squash(h) for h in page.locator("main h2").all_text_contents()]
    assert headings == ["Who’s who", "The article"]  # the people it names, then the text
    assert "No direct quotes or reported statements were found" in visible_text(page, "header")
    assert page.locator("mark, q, .entry, #said, #who .cast").count() == 0
    assert "Maria Lopez" in visible_text(page, "#who .named")
    assert page.locator("main ul:not(:has(li)), main ol:not(:has(li))").count() == 0
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
    text = article_text(page)
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
