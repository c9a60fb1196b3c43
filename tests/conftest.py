"""Shared fixtures: build pages into tmp dirs, open them in Debian's Chromium, find the checkers.

Browser tests need `apt-get install chromium` and the npm checkers (`cd tests && npm ci
--ignore-scripts`: axe-core, vnu-jar). Without them the tests skip with that advice, unless
BRIEFING_REQUIRE_BROWSER=1 (set by .ci/run): then a missing piece fails the test.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import textwrap

import pytest

from briefing.model import Article, Briefing, CueSpan, Person, Quote, Reported, Speaker
from briefing.pipeline import DEFAULT_TEMPLATES, build
from briefing.render import render_html

ROOT = pathlib.Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
SEED = ROOT / "seeds" / "000_1fcf0bb23c1605f0.txt"
SCREENSHOTS = ROOT / "test-output"
NODE_MODULES = TESTS / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
NPM_CI = "cd tests && npm ci --ignore-scripts"

# Debian's Chromium (apt-get install chromium); never Playwright's own browser download.
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # resolve no host names: no DNS queries for Google hosts on a closed network
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]

NO_QUOTE_ARTICLE = """\
Council approves new cycle lanes for the town centre

The town council approved plans for three new cycle lanes on Tuesday evening after a short debate.

Councillor Maria Lopez, who chairs the transport committee, presented the scheme to the chamber.

Work is expected to start in the spring and to finish before the end of the year.
"""

# An invented article with a dateline, cues, quotes nested in reported speech, and source facts:
# what the extractor may fill in; built by hand so the page is tested whatever it fills today.
RIVERTON = (
    "RIVERTON, Ohio (Valley Wire) - The town council voted on Tuesday to close the old bridge "
    "for a year of repairs, ending weeks of argument over the cost.",
    "Mayor Ann Pike said the bridge was “not safe for another winter” and that repairs would start in March.",
    "“We waited too long already,” said Pike. “Every month costs us more.”",
    "Council member Tom Reyes, who voted against the plan, said the detour would hurt shops on Main Street.",
    "“The shops will lose a third of their trade,” he said. “Nobody asked them.”",
    "The treasurer, Bo Lee, said the town could pay for the work without raising taxes.",
    "“The money is there,” Lee told reporters.",
    "“It is only a year.”",
)


def riverton_span(paragraph: int, text: str) -> tuple[int, int, int]:
    start = RIVERTON[paragraph].index(text)
    return paragraph, start, start + len(text)


def riverton_cue(paragraph: int, text: str) -> CueSpan:
    return CueSpan(text, *riverton_span(paragraph, text))


def riverton_quote(n, paragraph, text, speaker, cue, attribution, partial=False) -> Quote:
    p, start, end = riverton_span(paragraph, text)
    cue_span = riverton_cue(paragraph, cue) if cue else None
    return Quote(f"q{n}", text, speaker, p, start, end, partial, cue_span, attribution)


def riverton_reported(n, paragraph, text, speaker, cue, quotes=()) -> Reported:
    p, start, end = riverton_span(paragraph, text)
    return Reported(f"r{n}", text, speaker, riverton_cue(paragraph, cue), p, start, end, quotes)


def riverton_briefing(**changes) -> Briefing:
    """The Riverton article with everything the model can hold filled in by hand."""
    fields = {
        "article": Article(
            headline="Riverton closes its old bridge for a year",
            paragraphs=RIVERTON,
            source_file="riverton.txt",
            sha256="ab" * 32,
            publisher="Valley Wire",
            byline="Jo Marsh",
            date="2026-03-02",
        ),
        "quotes": (
            riverton_quote(
                1, 1, "not safe for another winter", "Ann Pike", "Mayor Ann Pike said", "cue", True
            ),
            riverton_quote(2, 2, "We waited too long already,", "Ann Pike", "said Pike", "cue"),
            riverton_quote(3, 2, "Every month costs us more.", "Ann Pike", None, "context"),
            riverton_quote(
                4, 4, "The shops will lose a third of their trade,", "Tom Reyes", "he said", "pronoun"
            ),
            riverton_quote(5, 4, "Nobody asked them.", "Tom Reyes", None, "context"),
            riverton_quote(6, 6, "The money is there,", "Bo Lee", "Lee told", "cue"),
            riverton_quote(7, 7, "It is only a year.", None, None, None),
        ),
        "reported": (
            riverton_reported(
                1,
                1,
                "the bridge was “not safe for another winter” and that repairs would start in March",
                "Ann Pike",
                "Mayor Ann Pike said",
                ("q1",),
            ),
            riverton_reported(
                2,
                3,
                "the detour would hurt shops on Main Street",
                "Tom Reyes",
                "Council member Tom Reyes, who voted against the plan, said",
            ),
            riverton_reported(
                3, 5, "the town could pay for the work without raising taxes", "Bo Lee", "Bo Lee, said"
            ),
        ),
        "speakers": (
            Speaker("Ann Pike", "Mayor", ("q1", "q2", "q3"), ("r1",)),
            Speaker("Tom Reyes", "Council member", ("q4", "q5"), ("r2",)),
            Speaker("Bo Lee", "treasurer", ("q6",), ("r3",)),
        ),
        "people": (Person("Sam Ortiz", "engineer"),),
    }
    return Briefing(**{**fields, **changes})


@pytest.fixture(scope="session")
def riverton():
    """A hand-built briefing with cues, attributions, reported speech and source facts."""
    return riverton_briefing()


@pytest.fixture(scope="session")
def render_page(tmp_path_factory):
    """Render a Briefing with the default templates into a fresh tmp dir; return the page's path."""

    def _render(briefing: Briefing, name: str = "index.html") -> pathlib.Path:
        path = tmp_path_factory.mktemp("rendered") / name
        path.write_text(render_html(briefing, DEFAULT_TEMPLATES), encoding="utf-8")
        return path

    return _render


@pytest.fixture(scope="session")
def riverton_page(render_page, riverton):
    """The hand-built Riverton briefing as a page."""
    return render_page(riverton, "riverton.html")


# Negative control: a page that breaks every rule, to prove the checks can fail.
BAD_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>bad</title></head>
<body><h1>Bad page</h1>
<pre id="note"><script>alert("xss")</script></pre>
<img src="x.png">
<div id="dup"></div><div id="dup"></div>
<p style="color:#bbb;background:#fff">low contrast</p>
<script>console.error("boom from page")</script>
</body></html>
"""


def require(ok: bool, what: str, how: str) -> None:
    """Skip (locally) or fail (in CI) when a browser-test prerequisite is missing."""
    if ok:
        return
    message = f"{what} is missing; install it with: {how}"
    if os.environ.get("BRIEFING_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{message} (BRIEFING_REQUIRE_BROWSER=1, so this fails instead of skipping)")
    pytest.skip(message)


# --- building pages ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_path():
    """The project's seed article."""
    return SEED


@pytest.fixture(scope="session")
def seed_build(seed_path, tmp_path_factory):
    """The seed article built once per session into a tmp dir (never the repo's site/)."""
    return build(seed_path, tmp_path_factory.mktemp("seed-site"))


@pytest.fixture(scope="session")
def seed_data(seed_build):
    """The seed build's briefing.json, as written: the expected quotes and speakers."""
    return json.loads(seed_build.data.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def build_article(tmp_path_factory):
    """Write `text` as an article file into a fresh tmp dir, build it, return the BuildResult."""

    def _build(text: str, name: str = "article.txt"):
        folder = tmp_path_factory.mktemp(pathlib.Path(name).stem)
        article = folder / "seeds" / name
        article.parent.mkdir()
        article.write_text(textwrap.dedent(text), encoding="utf-8")
        return build(article, folder / "site")

    return _build


@pytest.fixture(scope="session")
def no_quote_build(build_article):
    """A small article that quotes nobody."""
    return build_article(NO_QUOTE_ARTICLE, "no-quotes.txt")


@pytest.fixture(scope="session")
def bad_page(tmp_path_factory):
    """Negative control: a page every check must catch."""
    path = tmp_path_factory.mktemp("bad") / "bad.html"
    path.write_text(BAD_HTML, encoding="utf-8")
    return path


# --- the browser -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # pytest-playwright hook: launch Debian's Chromium (Playwright adds --headless, --no-sandbox itself)
    require(
        pathlib.Path(CHROMIUM).is_file(),
        f"Chromium ({CHROMIUM})",
        "apt-get install chromium (or set CHROMIUM_PATH); never `playwright install`",
    )
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def visit(page):
    """Open a local file; record console errors, uncaught errors, JS dialogs and requests."""
    seen = {"console_errors": [], "page_errors": [], "dialogs": [], "requests": []}
    page.on("console", lambda m: m.type == "error" and seen["console_errors"].append(m.text))
    page.on("pageerror", lambda e: seen["page_errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))

    def on_dialog(dialog):  # register once per page; a handled dialog must not be dismissed twice
        seen["dialogs"].append((dialog.type, dialog.message))
        dialog.dismiss()

    page.on("dialog", on_dialog)

    def _visit(path):
        page.goto(pathlib.Path(path).as_uri(), wait_until="load")
        return seen

    return _visit


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot as test-output/<name>.png (gitignored) and return its path."""

    def _shot(name: str) -> pathlib.Path:
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _shot


# --- the checkers from npm (tests/package.json) --------------------------------------------------


@pytest.fixture(scope="session")
def axe_source():
    """axe-core's source, to inject with page.evaluate (a page CSP can't block that)."""
    require(AXE_JS.is_file(), f"axe-core ({AXE_JS.relative_to(ROOT)})", NPM_CI)
    return AXE_JS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def vnu_command():
    """The Nu HTML Checker command line, up to the file names."""
    java = shutil.which("java")
    require(java is not None, "Java 11+ (for the Nu HTML Checker)", "apt-get install default-jre-headless")
    require(VNU_JAR.is_file(), f"vnu-jar ({VNU_JAR.relative_to(ROOT)})", NPM_CI)
    return [java, "-jar", str(VNU_JAR), "--errors-only", "--stdout", "--format", "json"]
