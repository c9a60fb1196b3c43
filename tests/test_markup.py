"""Markdown and saved-news-page readers: small hand-written articles of each kind."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing import markup, webpage
from briefing.article import load_article
from briefing.cli import main
from briefing.errors import SeedError
from briefing.markup import parse_markdown
from briefing.model import Article
from briefing.pipeline import build
from briefing.webpage import read_page

ROOT = Path(__file__).resolve().parent.parent
MD = Path("article.md")
HTML = Path("article.html")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def md(text: str):
    return parse_markdown(textwrap.dedent(text), MD)


def parse_html(text: str, path: Path = HTML) -> Article:
    return read_page(text.encode("utf-8"), path)


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


# Markdown


def test_markdown_headline_standfirst_and_paragraphs():
    article = md("""
        # Council approves the budget

        *The mayor at the town hall on Monday.*

        The council approved the budget on Monday.

        "It is a fair budget," the mayor said.
        She said it twice.
        """)
    assert article.headline == "Council approves the budget"
    assert article.standfirst == "The mayor at the town hall on Monday."
    assert article.paragraphs == (
        "The council approved the budget on Monday.",
        '"It is a fair budget," the mayor said. She said it twice.',
    )


@pytest.mark.parametrize(
    ("source", "headline", "first"),
    [
        ("# The headline\n\nBody text.", "The headline", "Body text."),
        ("The headline\n============\n\nBody text.", "The headline", "Body text."),
        ("## Only a subheading\n\nBody text.", "Only a subheading", "Body text."),
        ("The headline\n\nBody text.", "The headline", "Body text."),
        ("The headline\nBody text on the next line.", "The headline", "Body text on the next line."),
        ("Kicker text.\n\n# The headline\n\nBody text.", "The headline", "Kicker text."),
        ("#\n\n## Second level\n\nBody text.", "Second level", "Body text."),
    ],
    ids=["h1", "setext", "first-heading", "first-line", "first-line-same-block", "text-above", "empty-h1"],
)
def test_markdown_headline_cascade(source, headline, first):
    article = md(source)
    assert article.headline == headline
    assert article.paragraphs[0] == first


def test_markdown_lists_blockquotes_and_subheadings_are_paragraphs_in_order():
    article = md("""
        # Headline

        Opening paragraph.

        ## What happens next

        > “We will appeal,” the lawyer said.
        > Outside the court.

        - First, a hearing.
        - Then a vote.

        1. Loose item one.

           Its second paragraph.
        """)
    assert article.standfirst is None
    assert article.paragraphs == (
        "Opening paragraph.",
        "What happens next",
        "“We will appeal,” the lawyer said. Outside the court.",
        "First, a hearing.",
        "Then a vote.",
        "Loose item one.",
        "Its second paragraph.",
    )


def test_markdown_blockquote_under_headline_is_body_not_standfirst():
    article = md('# Headline\n\n> "We won," she said.\n\nMore text.')
    assert article.standfirst is None
    assert article.paragraphs[0] == '"We won," she said.'


def test_markdown_emphasis_inside_a_sentence_is_not_a_standfirst():
    article = md("# Headline\n\nThe *new* rules start today.\n\nMore text.")
    assert article.standfirst is None
    assert article.paragraphs[0] == "The new rules start today."


def test_markdown_single_emphasised_paragraph_stays_the_body():
    article = md("# Headline\n\n*The only paragraph.*")
    assert article.standfirst is None
    assert article.paragraphs == ("The only paragraph.",)


def test_markdown_links_and_images_become_their_text():
    article = md("""
        # Headline with a [link](https://example.com)

        Read [the report](https://example.com/r "Report") and see ![the flooded road](road.jpg).

        Reference [links][ref] work too.

        [ref]: https://example.com/ref
        """)
    assert article.headline == "Headline with a link"
    assert article.paragraphs == (
        "Read the report and see the flooded road.",
        "Reference links work too.",
    )


def test_markdown_keeps_quotation_characters_and_decodes_entities():
    article = md("# Headline\n\n\"Straight,\" 'single', “curly” &ldquo;entity&rdquo; AT&amp;T & co.")
    assert article.paragraphs == ("\"Straight,\" 'single', “curly” “entity” AT&T & co.",)


def test_markdown_raw_html_is_text_or_dropped_never_markup():
    article = md("""
        # Headline <em>with</em> tags

        Hello <script>alert(1)</script>world <img src=x onerror=alert(1)>and `<b>code</b>`.

        <script>alert(2)</script>

        <div onclick="steal()">A raw block.</div>

        <p onmouseover="x()">A raw paragraph with <a href="javascript:x()">a link</a>.</p>

        <!-- a comment -->
        <style>p { color: red }</style>

        Last &lt;i&gt;escaped&lt;/i&gt; words.
        """)
    assert article.headline == "Headline with tags"
    assert article.paragraphs == (
        "Hello world and <b>code</b>.",
        "A raw block.",
        "A raw paragraph with a link.",
        "Last <i>escaped</i> words.",
    )


def test_markdown_raw_html_blocks_keep_their_text_and_quotes(tmp_path):
    seed = write(
        tmp_path,
        "story.md",
        """
        # Council approves the budget

        <div>"We will win," said Bob Smith.</div>

        <section>
        <p>"The roads come first," said Ann Lee.</p>
        </section>

        <table><tr><td>"Parking gets cheaper," said Tom Berry.</td><td>Page 2</td></tr></table>
        """,
    )
    data = json.loads(build(seed, tmp_path / "site").data.read_text(encoding="utf-8"))
    assert data["paragraphs"] == [
        '"We will win," said Bob Smith.',
        '"The roads come first," said Ann Lee.',
        '"Parking gets cheaper," said Tom Berry.',
        "Page 2",
    ]
    assert [(q["text"], q["speaker"]) for q in data["quotes"]] == [
        ("We will win,", "Bob Smith"),
        ("The roads come first,", "Ann Lee"),
        ("Parking gets cheaper,", "Tom Berry"),
    ]


def test_markdown_hostile_markup_is_escaped_on_the_page(tmp_path):
    seed = write(
        tmp_path,
        "story.md",
        """
        # Headline <script>alert(1)</script>

        She said "stop <img src=x onerror=alert(2)>now" and left `<script>alert(3)</script>`.

        ![x" onerror="alert(4)](x.jpg) [click](javascript:alert(5))
        """,
    )
    result = build(seed, tmp_path / "site")
    html = result.index.read_text(encoding="utf-8")
    for needle in (
        "alert(1)",
        "alert(2)",
        "onerror=alert",
        'onerror="',
        "<img",
        "javascript:",
        "<script>alert",
    ):
        assert needle not in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html
    assert "x&#34; onerror=&#34;alert(4) click" in html
    data = json.loads(result.data.read_text(encoding="utf-8"))
    assert data["paragraphs"][1] == 'x" onerror="alert(4) click'


@pytest.mark.parametrize(
    ("run", "shown"),
    [("[", "["), ("![", "!["), ("[a](", "[a]("), ("<http://", "<http://"), ("*a ", "*a "), ("_a_ ", "a ")],
)
def test_markdown_runs_of_markup_characters_are_read_in_linear_time(run, shown):
    """8 KB of `[` took python-markdown 23 s, four times more per doubling."""
    count = 8192 // len(run)
    assert md(f"# H\n\n{run * count}").paragraphs == ((shown * count).strip(),)


def test_markdown_markup_past_the_budget_is_read_as_plain_text(monkeypatch):
    monkeypatch.setattr(markup, "MARKUP_BUDGET", 10)
    article = md("# The *headline*\n\nA [link](x) here.\n\n[[[[[[ *not emphasis* <b>x</b> &amp;\n\nLast.")
    assert article.headline == "The headline"
    assert article.paragraphs == ("A link here.", "[[[[[[ *not emphasis* <b>x</b> &amp;", "Last.")


def test_markdown_noncharacters_in_the_file_are_dropped_not_read_as_markup(monkeypatch):
    monkeypatch.setattr(markup, "MARKUP_BUDGET", 0)
    assert md("# H\n\nA \ufdd0b\ufdd1 *c*.").paragraphs == ("A b *c*.",)


def test_markdown_over_the_line_limit_is_refused_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(markup, "MAX_LINES", 5)
    path = write(tmp_path, "long.md", "# H\n\n" + "a\n" * 5)
    with pytest.raises(SeedError) as caught:
        load_article(path)
    assert str(caught.value) == (
        f"{path}: 7 lines, over the 5-line limit for a Markdown article; "
        "check it is the right file, or save it as .txt"
    )


def test_markdown_state_is_not_shared_between_calls():
    md("# One\n\nText with [a reference][r].\n\n[r]: https://example.com\n\n[^1]: A note.")
    article = md("# Two\n\nText with [a reference][r].")
    assert article.paragraphs == ("Text with [a reference][r].",)


# Saved news pages

NEWS_PAGE = page(
    head="""
    <title>Council approves the budget | Town Gazette</title>
    <meta property="og:title" content="Council approves the budget">
    <meta property="og:description" content="A summary for sharing.">
    <script>var tracking = "“not a quote,” he said";</script>
    <style>p { color: red }</style>
    """,
    body="""
    <header class="site"><a href="/">Town Gazette</a><nav><a>News</a> <a>Sport</a></nav></header>
    <main>
    <article>
      <header><h1>Council approves the budget</h1>
        <p class="byline">By Jane Doe, City reporter</p></header>
      <figure><img src="hall.jpg" alt="The town hall">
        <figcaption>The mayor at the town hall on Monday. <span class="credit">Photo: A. Smith</span>
        </figcaption></figure>
      <div class="share-tools"><p>Share on “social media”, he said.</p></div>
      <p>The council approved the budget on Monday.</p>
      <p>&ldquo;It is a fair budget,&rdquo; the mayor&rsquo;s aide said. She said it&nbsp;twice.</p>
      <aside class="related"><h2>Related</h2><p>&ldquo;Another story,&rdquo; it said.</p></aside>
      <blockquote><p>&#8220;We will appeal,&#8221; the lawyer said.</p></blockquote>
      <div hidden><p>Hidden text.</p></div>
      <form><p>Your email</p></form>
      <noscript><p>Enable scripts.</p></noscript>
      <p>Tags</p>
    </article>
    </main>
    <footer><p>© Town Gazette</p></footer>
    """,
)


def test_html_reads_headline_caption_and_body_and_drops_chrome():
    article = parse_html(NEWS_PAGE, HTML)
    assert article.headline == "Council approves the budget"
    assert article.standfirst == "The mayor at the town hall on Monday."
    assert article.paragraphs == (
        "The council approved the budget on Monday.",
        "“It is a fair budget,” the mayor’s aide said. She said it twice.",
        "“We will appeal,” the lawyer said.",
    )


# A realistic page: a site menu, a story of a few paragraphs, a footer. Main-text detection
# works on the whole page, so the failure kinds below are each shown on one.
STORY = (
    "The town council approved the new budget on Monday after a debate that lasted more than four hours.",
    "“It is a fair budget for every family in the town,” said Mayor Ann Lee.",
    "The budget adds money for schools and roads, and it cuts the cost of parking permits for residents.",
    "“We will keep our promise to the voters,” said Tom Berry, the council treasurer.",
)
QUOTES = [
    ("It is a fair budget for every family in the town,", "Ann Lee"),
    ("We will keep our promise to the voters,", "Tom Berry"),
]
MENU = "".join(
    f'<li><a href="/{w.lower()}">{w}</a></li>' for w in "Home News Sport Business Weather Opinion".split()
)
FOOTER = (
    '<div class="foot"><a href="/about">About us</a> <a href="/privacy">Privacy</a> © 2024 Town Gazette</div>'
)


def news_page(body: str, head: str = "<title>Council approves the new budget</title>") -> str:
    menu = f'<div class="top"><a href="/"><img src="logo.png" alt="Town Gazette"></a><ul>{MENU}</ul></div>'
    return page(head=f'<meta charset="utf-8">{head}', body=f"{menu}{body}{FOOTER}")


def paragraphs_html(tag: str = "p") -> str:
    return "".join(f"<{tag}>{p}</{tag}>" for p in STORY)


def built(tmp_path: Path, html: str | bytes) -> dict:
    seed = tmp_path / "story.html"
    seed.write_bytes(html if isinstance(html, bytes) else html.encode("utf-8"))
    return json.loads(build(seed, tmp_path / "site").data.read_text(encoding="utf-8"))


def quotes_of(data: dict) -> list[tuple[str, str]]:
    return [(q["text"], q["speaker"]) for q in data["quotes"]]


def test_html_teaser_article_does_not_beat_the_story_in_a_div(tmp_path):
    teasers = "".join(
        f'<article class="teaser"><h3><a href="/{n}">More from the council {n}</a></h3></article>'
        for n in (1, 2)
    )
    html = news_page(f'<div class="story-body">{paragraphs_html()}</div><div class="more">{teasers}</div>')
    data = built(tmp_path, html)
    assert data["paragraphs"] == list(STORY)
    assert quotes_of(data) == QUOTES


@pytest.mark.parametrize(
    "names", ['class="Section--Ads-free"', 'class="float-sidebar-container"', 'id="story_ad_slot"']
)
def test_html_class_names_with_chrome_words_do_not_drop_the_article(tmp_path, names):
    data = built(tmp_path, news_page(f"<div {names}><div class='content'>{paragraphs_html()}</div></div>"))
    assert data["paragraphs"] == list(STORY)
    assert quotes_of(data) == QUOTES


def test_html_menus_of_a_page_without_article_are_dropped_and_the_lead_kept_once(tmp_path):
    links = "".join(f'<div class="item"><a href="/s{n}">Section {n}</a></div>' for n in range(40))
    head = f'<title>Council approves the new budget</title><meta name="description" content="{STORY[0]}">'
    html = news_page(f'<div id="menu">{links}</div><div id="content">{paragraphs_html()}</div>', head=head)
    data = built(tmp_path, html)
    assert data["standfirst"] is None
    assert data["paragraphs"] == list(STORY)


@pytest.mark.parametrize(
    "body",
    [
        '<div class="post">' + "<br><br>".join(STORY) + "</div>",
        '<div class="post">' + "<br>\n".join(STORY) + "</div>",
        '<div class="post">' + paragraphs_html("div") + "</div>",
        "<table><tr><td>" + "</td></tr><tr><td>".join(STORY) + "</td></tr></table>",
    ],
    ids=["br-br", "br", "div-paragraphs", "table-cells"],
)
def test_html_text_outside_p_elements_is_read(tmp_path, body):
    data = built(tmp_path, news_page(body))
    assert data["paragraphs"] == list(STORY)
    assert quotes_of(data) == QUOTES


def test_html_declared_latin1_charset_is_honoured(tmp_path):
    html = news_page(paragraphs_html() + "<p>The café on the square stays open.</p>").replace(
        '<meta charset="utf-8">', "<meta charset=iso-8859-1>"
    )
    data = built(tmp_path, html.encode("cp1252"))
    assert data["paragraphs"] == [*STORY, "The café on the square stays open."]
    assert quotes_of(data) == QUOTES


def test_html_declared_charset_that_the_bytes_break_is_refused_with_the_offset(tmp_path):
    path = tmp_path / "story.html"
    path.write_bytes(b'<meta charset="iso-8859-7"><title>T</title><p>caf\xff</p>')
    with pytest.raises(
        SeedError, match=r"not iso-8859-7 as its <meta charset> says \(byte 0xff at offset 49\)"
    ):
        load_article(path)


def test_html_utf8_page_without_a_declaration_and_with_bad_bytes_is_refused_as_before(tmp_path):
    path = tmp_path / "story.html"
    path.write_bytes(b"<title>T</title><p>caf\xe9</p>")
    with pytest.raises(SeedError, match=r"not UTF-8 \(byte 0xe9 at offset 22\)"):
        load_article(path)


@pytest.mark.parametrize(
    ("head", "body", "headline"),
    [
        ('<meta property="og:title" content="From og:title"><title>T</title>', "<h1>H</h1>", "From og:title"),
        ('<meta name="og:title" content="Named og:title">', "<h1>H</h1>", "Named og:title"),
        ("<title>From “h1” | Site</title>", "<h1>From &ldquo;h1&rdquo;</h1>", "From “h1”"),
        ("<title>From title | Site</title>", "<h1>An h1 the title does not repeat</h1>", "From title"),
        ("<title>T</title>", '<h1 class="logo">Site</h1><article><h1>Own h1</h1>BODY</article>', "Own h1"),
        ("<title>From title | Town Gazette</title>", "", "From title"),
        ("<title>From title - Gazette</title>", "", "From title"),
        ("<title>Talks end — The Daily Town Gazette</title>", "", "Talks end"),
        ("<title>Leaders meet - talks on trade and the border go on</title>", "", None),
        ('<meta property="og:title" content=" "><title>Fallback</title>', "<h1> </h1>", "Fallback"),
    ],
    ids=[
        "og-title",
        "og-title-name",
        "h1",
        "title",
        "article-h1",
        "pipe",
        "hyphen",
        "dash",
        "long-suffix",
        "empty",
    ],
)
def test_html_headline_cascade(head, body, headline):
    text = "<p>Body text here.</p>"
    html = page(head=head, body=body.replace("BODY", text) if "BODY" in body else body + text)
    article = parse_html(html, HTML)
    expected = headline or "Leaders meet - talks on trade and the border go on"
    assert article.headline == expected
    assert article.paragraphs[-1] == "Body text here."


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        (
            '<meta property="og:site_name" content="Town Gazette">'
            "<title>Town Gazette | Council approves it</title>",
            "Council approves it",
        ),
        (
            '<meta property="og:site_name" content="Gazette">'
            '<meta property="og:title" content="Council approves it - Gazette">',
            "Council approves it",
        ),
        (
            "<title>Council approves the new budget: a long night - Town Gazette</title>",
            "Council approves the new budget: a long night",
        ),
        (
            '<meta property="og:title" content="&amp;ldquo;Fair&amp;rdquo; budget passes &amp;amp; more">',
            "“Fair” budget passes & more",
        ),
    ],
    ids=["site-first", "og-title-site", "title-site", "double-escaped"],
)
def test_html_headline_without_the_site_name_or_escaped_entities(head, headline):
    html = news_page(
        f'<h1 class="logo"><a href="/">Town Gazette</a></h1><div>{paragraphs_html()}</div>', head=head
    )
    assert parse_html(html).headline == headline


def test_html_logo_h1_is_not_the_headline():
    logo = '<h1 class="logo"><a href="/">Town Gazette</a></h1>'
    body = f"{logo}<h1>Council approves the new budget</h1>{paragraphs_html()}"
    html = news_page(body, head="<title>Council approves the new budget | Town Gazette</title>")
    article = parse_html(html)
    assert article.headline == "Council approves the new budget"
    assert article.paragraphs == STORY


def test_html_metadata_gives_publisher_byline_and_date(tmp_path):
    head = (
        "<title>Council approves the new budget</title>"
        '<meta property="og:site_name" content="Town Gazette">'
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
    )
    data = built(tmp_path, news_page(f"<article>{paragraphs_html()}</article>", head=head))
    assert data["source"]["publisher"] == "Town Gazette"
    assert data["source"]["byline"] == "Jane Doe"
    assert data["source"]["date"] == "2024-03-05"


def test_html_without_metadata_has_null_publisher_byline_and_date(tmp_path):
    data = built(tmp_path, page(head="<title>H</title>", body="<p>Body text here.</p>"))
    assert data["source"] == {**data["source"], "publisher": None, "byline": None, "date": None}


def test_html_paragraphs_in_chinese_punctuation_are_kept(tmp_path):
    story = (
        "市议会周一批准了新的预算案，辩论持续了四个多小时。",
        "“这是一份对每个家庭都公平的预算，”市长李安说。",
        "预算增加了学校和道路的资金。",
        "居民的停车许可费用将会降低！",
    )
    html = news_page("<article>" + "".join(f"<p>{p}</p>" for p in story) + "</article>")
    data = built(tmp_path, html)
    assert data["paragraphs"] == list(story)


def test_html_images_are_dropped_and_hostile_text_stays_text():
    html = page(
        head="<title>H</title>",
        body="<article><p>Hi <img src=x onerror=alert(1) alt='Alt words'>there "
        "&lt;script&gt;alert(2)&lt;/script&gt;.<script>alert(3)</script></p>"
        "<p>A <a href='javascript:alert(4)'>link</a>.<!-- hidden note --></p></article>",
    )
    assert parse_html(html, HTML).paragraphs == ("Hi there <script>alert(2)</script>.", "A link.")


def test_html_figure_after_the_opening_paragraph_is_not_the_standfirst():
    html = page(
        head="<title>H</title>",
        body="<article><p>Opening words.</p><figure><img src=a.jpg>"
        "<figcaption>A later photo.</figcaption></figure><p>More words.</p></article>",
    )
    article = parse_html(html, HTML)
    assert article.standfirst is None
    assert article.paragraphs == ("Opening words.", "More words.")


@pytest.mark.parametrize(
    ("meta", "standfirst"),
    [
        ('<meta property="og:description" content="A deck for sharing.">', "A deck for sharing."),
        ('<meta name="description" content="A deck for search.">', "A deck for search."),
        ('<meta name="description" content="The opening words of the">', None),
        ('<meta name="description" content="The opening words of the story…">', None),
        ('<meta name="description" content="The opening words of the story. And more.">', None),
        ("", None),
    ],
    ids=["og", "description", "prefix", "ellipsis", "longer", "none"],
)
def test_html_standfirst_from_description_unless_it_repeats_the_opening(meta, standfirst):
    html = page(head=f"<title>H</title>{meta}", body="<p>The opening words of the story.</p>")
    assert parse_html(html, HTML).standfirst == standfirst


def test_html_trailing_furniture_is_dropped_like_plain_text():
    html = page(head="<title>H</title>", body="<p>The story.</p><p>Back to top</p><p>World News</p>")
    assert parse_html(html, HTML).paragraphs == ("The story.",)


def test_html_unclosed_comments_are_read_in_linear_time():
    """256 KB of `<!--` took BeautifulSoup's html.parser 65 s."""
    html = news_page(f"<article>{paragraphs_html()}</article>" + "<!--" * 65536)
    assert parse_html(html).paragraphs == STORY


@pytest.mark.parametrize("nest", ["<ul><li>", "<div>", "<table><tr><td>"])
def test_html_deeply_nested_lists_and_boxes_are_read_to_a_bounded_depth(nest):
    html = news_page(f"<article>{paragraphs_html()}" + nest * 5000 + "<p>Too deep.</p></article>")
    assert parse_html(html).paragraphs == STORY


def test_html_page_over_the_tag_limit_is_refused_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(webpage, "MAX_TAGS", 10)
    path = tmp_path / "story.html"
    path.write_text(news_page(paragraphs_html()), encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        load_article(path)
    assert str(caught.value) == (
        f"{path}: 28 tags, over the 10-tag limit for a saved page; "
        "save the article's own page, not a whole site or thread"
    )


def test_html_article_text_over_the_text_limit_is_refused_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(webpage, "MAX_TEXT_BYTES", 100)
    path = tmp_path / "story.html"
    path.write_text(news_page(f"<article>{paragraphs_html()}</article>"), encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        load_article(path)
    size = sum(len(p.encode("utf-8")) for p in STORY)
    assert str(caught.value) == (
        f"{path}: {size:,} bytes of article text, over the 0 MiB limit for the text of an article; "
        "check it is the right page"
    )


def test_html_metadata_is_unescaped_twice_but_article_text_only_once():
    head = '<meta property="og:title" content="AT&amp;amp;T &amp;ldquo;wins&amp;rdquo;">'
    html = news_page(
        f"<article><p>Write &amp;lt;b&amp;gt; to show &lt;b&gt;.</p>{paragraphs_html()}</article>", head
    )
    article = parse_html(html)
    assert article.headline == "AT&T “wins”"
    assert article.paragraphs[0] == "Write &lt;b&gt; to show <b>."


def test_html_deeply_nested_page_is_refused_in_one_line_not_a_crash():
    html = "<title>H</title><article>" + "<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000 + "</article>"
    with pytest.raises(SeedError, match="a headline but no article text"):
        parse_html(html, HTML)


# Errors


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("empty.md", "  \n\n", "the file is empty"),
        ("nobody.md", "# Only a headline\n", "a headline but no article text"),
        ("script.md", "# Headline\n\n<script>alert(1)</script>\n", "a headline but no article text"),
        ("empty.html", "", "the file is empty"),
        ("nohead.html", "<html><body><p>Text only.</p></body></html>", "no headline found"),
        ("nobody.html", "<html><head><title>T</title></head><body><nav>x</nav></body></html>", "no article"),
        ("chrome.html", "<title>T</title><footer><p>Copyright holder.</p></footer>", "no article"),
    ],
)
def test_unreadable_articles_raise_a_one_line_seed_error(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        load_article(path)
    error = str(caught.value)
    assert error.startswith(f"{path}: ")
    assert message in error
    assert "\n" not in error


def test_html_error_names_what_was_looked_for(tmp_path):
    path = write(tmp_path, "x.html", "<p>No headline.</p>")
    with pytest.raises(SeedError, match=r"looked for og:title, <h1>, <title>"):
        load_article(path)


# The same article in every format

HEADLINE = "US urged to meet halfway during high-level dialogue in Anchorage"
CAPTION = "Spokesperson Zhao Lijian at a news briefing in Beijing."
PARAGRAPHS = [
    "The United States should meet China halfway and conduct the high-level meeting in good "
    "faith, a Chinese foreign ministry spokesperson said.",
    "He said that China would make its position clear, and “all issues that can be discussed "
    "are on the table.”",
    "“There is no room for compromise on issues concerning China’s sovereignty,” Zhao said. "
    "“Any attempt to form ‘small cliques’ is useless,” said Zhao.",
    '"If this can be achieved, then the dialogue is successful," Cui said. '
    '"I hope the two sides will come with good will."',
]

TXT_FORM = f"""
{HEADLINE}

Xinhua
{CAPTION}
Xinhua

{PARAGRAPHS[0]}

{PARAGRAPHS[1]}

{PARAGRAPHS[2]}

{PARAGRAPHS[3]}
"""

MD_FORM = f"""
# {HEADLINE}

*{CAPTION}*

The United States should meet China halfway and conduct the
[high-level meeting](https://example.com/meeting) in good faith,
a Chinese foreign ministry spokesperson said.

He said that China would make its position clear, and “all issues that can be discussed are on the table.”

> {PARAGRAPHS[2]}

{PARAGRAPHS[3]}
"""

HTML_FORM = f"""
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} - China Daily</title>
<meta property="og:title" content="{HEADLINE}">
<script>window.dataLayer = [];</script>
</head><body>
<nav class="top"><ul><li>World</li><li>China</li></ul></nav>
<article>
<header><h1>{HEADLINE}</h1><p class="byline">By Staff writer | Updated March 18</p></header>
<figure class="lead"><img src="zhao.jpg" alt="Zhao Lijian">
<figcaption>{CAPTION} <span class="credit">Xinhua</span></figcaption></figure>
<p>The United States should meet China halfway and conduct the
<a href="/meeting">high-level meeting</a> in good faith, a Chinese foreign ministry spokesperson said.</p>
<p>He said that China would make its position clear, and &ldquo;all issues that can be discussed
are on the table.&rdquo;</p>
<div class="social-share"><a>“Tweet this,” said the button.</a></div>
<blockquote><p>&#8220;There is no room for compromise on issues concerning China&rsquo;s
sovereignty,&#8221; Zhao said. &ldquo;Any attempt to form &lsquo;small cliques&rsquo; is useless,&rdquo;
said Zhao.</p></blockquote>
<aside><h3>Related</h3><p>&ldquo;Other talks,&rdquo; an official said.</p></aside>
<p>&quot;If this can be achieved, then the dialogue is successful,&quot; Cui said.
"I hope the two sides will come with good will."</p>
</article>
<footer><p>Copyright 1995 - 2021. All rights reserved.</p></footer>
</body></html>
"""


def test_same_article_in_txt_md_and_html_gives_the_same_briefing(tmp_path):
    data = {}
    for name, text in (("story.txt", TXT_FORM), ("story.md", MD_FORM), ("story.html", HTML_FORM)):
        seed = write(tmp_path, name, text)
        result = build(seed, tmp_path / name.replace(".", "-"))
        data[name] = json.loads(result.data.read_text(encoding="utf-8"))
    txt = data["story.txt"]
    assert txt["headline"] == HEADLINE
    assert txt["standfirst"] == CAPTION
    assert txt["paragraphs"] == PARAGRAPHS
    assert len(txt["quotes"]) >= 5
    for name in ("story.md", "story.html"):
        assert data[name]["headline"] == txt["headline"], name
        assert data[name]["standfirst"] == txt["standfirst"], name
        assert data[name]["paragraphs"] == txt["paragraphs"], name
        assert [q["text"] for q in data[name]["quotes"]] == [q["text"] for q in txt["quotes"]], name
        assert data[name]["quotes"] == txt["quotes"], name
        assert data[name]["source"]["file"] == name


def test_cli_builds_a_markdown_seed(tmp_path, capsys):
    seed = write(tmp_path, "story.md", MD_FORM)
    out = tmp_path / "site"
    assert main(["--seed", str(seed), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"{out / 'index.html'}: ")
    assert json.loads((out / "briefing.json").read_text(encoding="utf-8"))["headline"] == HEADLINE


def test_cli_reports_an_html_seed_without_text(tmp_path, capsys):
    seed = write(tmp_path, "story.html", "<title>A headline</title><nav><p>Menu.</p></nav>")
    assert main(["--seed", str(seed), "--out", str(tmp_path / "site")]) == 1
    assert capsys.readouterr().err.startswith(f"error: {seed}: a headline but no article text")


def test_html_build_says_one_line_even_where_the_reader_logs_errors(tmp_path):
    seed = write(tmp_path, "story.html", "just words, no markup")
    done = subprocess.run(
        [sys.executable, "build.py", "--seed", str(seed), "--out", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"error: {seed}: no headline found (looked for og:title, <h1>, <title>); save the whole news page\n"
    )


def test_a_text_seed_imports_no_markdown_or_html_reader(tmp_path):
    seed = write(tmp_path, "story.txt", TXT_FORM)
    code = (
        "import sys; from pathlib import Path; from briefing.article import load_article; "
        f"load_article(Path({str(seed)!r})); "
        "print(sorted(m for m in ('markdown', 'bs4', 'lxml', 'trafilatura') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
