"""axe-core in Chromium: zero WCAG 2.2 A/AA violations, in light and dark mode.

axe is injected with page.evaluate, which goes through the DevTools protocol, so the page's
own Content-Security-Policy (no scripts at all) cannot block it.
"""

from __future__ import annotations

import pytest

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page, axe_source: str) -> list[dict]:
    page.evaluate(axe_source)
    result = page.evaluate(
        "opts => axe.run(document, opts)",
        {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return result["violations"]


def report(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']} [{v['impact']}] {v['help']}: " + ", ".join(str(n["target"]) for n in v["nodes"])
        for v in violations
    )


@pytest.fixture
def pages(seed_build, no_quote_build, riverton_page):
    """The pages to check: the seed, one without quotes, and the hand-built one with everything."""
    return {"seed": seed_build.index, "no-quotes": no_quote_build.index, "riverton": riverton_page}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["seed", "no-quotes", "riverton"])
def test_page_has_no_axe_violations(page, visit, pages, axe_source, name, scheme):
    page.emulate_media(color_scheme=scheme)
    visit(pages[name])
    violations = axe_violations(page, axe_source)
    assert violations == [], report(violations)


@pytest.mark.parametrize("name", ["seed", "riverton"])
def test_page_on_a_phone_has_no_axe_violations(page, visit, pages, axe_source, name):
    page.set_viewport_size({"width": 375, "height": 812})
    visit(pages[name])
    violations = axe_violations(page, axe_source)
    assert violations == [], report(violations)


def test_axe_catches_a_bad_page(page, visit, bad_page, axe_source):
    visit(bad_page)
    ids = {v["id"] for v in axe_violations(page, axe_source)}
    assert {"image-alt", "color-contrast"} <= ids, ids
