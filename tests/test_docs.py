"""The README documents every command-line option the parser has."""

from __future__ import annotations

from pathlib import Path

from briefing.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_option_is_in_the_readme():
    options = [s for action in build_parser()._actions for s in action.option_strings if s != "-h"]
    missing = [o for o in options if f"`{o}" not in README]
    assert options and missing == []


def test_the_readme_gives_the_two_commands():
    assert ".venv/bin/python build.py" in README
    assert ".venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest" in README
