"""Browser-test prerequisites: skipped locally with install advice, a failure in CI."""

from __future__ import annotations

import pytest
from conftest import NPM_CI, require


def test_missing_tool_skips_locally_and_says_how_to_install(monkeypatch):
    monkeypatch.delenv("BRIEFING_REQUIRE_BROWSER", raising=False)
    with pytest.raises(
        pytest.skip.Exception, match=r"axe-core is missing; install it with: cd tests && npm ci"
    ):
        require(False, "axe-core", NPM_CI)


def test_missing_tool_fails_in_ci(monkeypatch):
    monkeypatch.setenv("BRIEFING_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="BRIEFING_REQUIRE_BROWSER=1"):
        require(False, "Chromium", "apt-get install chromium")


def test_present_tool_passes(monkeypatch):
    monkeypatch.setenv("BRIEFING_REQUIRE_BROWSER", "1")
    require(True, "Chromium", "apt-get install chromium")
