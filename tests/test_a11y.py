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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_seed_page_has_no_axe_violations(page, visit, seed_build, axe_source, scheme):
    page.emulate_media(color_scheme=scheme)
    visit(seed_build.index)
    violations = axe_violations(page, axe_source)
    assert violations == [], report(violations)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_quote_page_has_no_axe_violations(page, visit, no_quote_build, axe_source, scheme):
    page.emulate_media(color_scheme=scheme)
    visit(no_quote_build.index)
    violations = axe_violations(page, axe_source)
    assert violations == [], report(violations)


def test_seed_page_on_a_phone_has_no_axe_violations(page, visit, seed_build, axe_source):
    page.set_viewport_size({"width": 375, "height": 812})
    visit(seed_build.index)
    violations = axe_violations(page, axe_source)
    assert violations == [], report(violations)


def test_axe_catches_a_bad_page(page, visit, bad_page, axe_source):
    visit(bad_page)
    ids = {v["id"] for v in axe_violations(page, axe_source)}
    assert {"image-alt", "color-contrast"} <= ids, ids
