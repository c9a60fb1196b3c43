"""The Nu HTML Checker (vnu-jar from tests/package.json): zero errors, inline CSS included."""

from __future__ import annotations

import json
import subprocess
from urllib.parse import unquote, urlparse

import pytest

HOSTILE = """\
Sheriff says </script><script>alert(1)</script> & <!-- is not -- code

“<img src=x onerror=alert(2)> and </style> are only words,” said Sheriff Dan Roe.

Template {{ 7*7 }} and {% raw %} and [link](javascript:alert(3)) stay text.
"""


@pytest.fixture(scope="module")
def vnu_errors(vnu_command, seed_build, no_quote_build, build_article, riverton_page, bad_page):
    """Errors per page, from one checker run: each JVM start costs 1-3 s."""
    pages = {
        "seed": seed_build.index,
        "no-quotes": no_quote_build.index,
        "hostile": build_article(HOSTILE, "hostile.txt").index,
        "riverton": riverton_page,
        "bad": bad_page,
    }
    run = subprocess.run(
        [*vnu_command, *map(str, pages.values())], capture_output=True, text=True, timeout=300
    )
    messages = json.loads(run.stdout)["messages"]
    assert (run.returncode != 0) == bool(messages), (run.returncode, run.stderr)
    by_path = {str(path.resolve()): name for name, path in pages.items()}
    errors: dict[str, list[str]] = {name: [] for name in pages}
    for m in messages:
        errors[by_path[unquote(urlparse(m["url"]).path)]].append(f"line {m.get('lastLine')}: {m['message']}")
    return errors


@pytest.mark.parametrize("name", ["seed", "no-quotes", "hostile", "riverton"])
def test_page_is_valid_html(vnu_errors, name):
    assert vnu_errors[name] == []


def test_vnu_catches_a_bad_page(vnu_errors):
    errors = vnu_errors["bad"]
    assert any("alt" in e for e in errors) and any("Duplicate ID" in e for e in errors), errors
