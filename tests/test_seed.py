"""The seed article end to end: exactly the quotes, speakers, roles and people it holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1fcf0bb23c1605f0.txt"
TRUTH = json.loads((Path(__file__).parent / "fixtures" / "seed-truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("site")
    build(SEED, out)
    return json.loads((out / "briefing.json").read_text(encoding="utf-8"))


def test_headline_and_standfirst(data):
    assert data["headline"] == TRUTH["headline"]
    assert data["standfirst"].startswith("Chinese foreign ministry spokesperson Zhao Lijian said")


def test_every_quote_with_its_speaker_in_order(data):
    got = [(q["text"], q["speaker"], q["partial"]) for q in data["quotes"]]
    assert got == [(q["text"], q["speaker"], q["partial"]) for q in TRUTH["quotes"]]


def test_every_reported_statement_with_its_speaker_in_order(data):
    got = [(r["text"], r["speaker"], r["cue"]["text"]) for r in data["reported"]]
    assert got == [(r["text"], r["speaker"], r["cue"]) for r in TRUTH["reported"]]
    for report in data["reported"]:
        assert data["paragraphs"][report["paragraph"]][report["start"] : report["end"]] == report["text"]
    partial = {q["id"]: q["text"] for q in data["quotes"] if q["partial"]}
    assert [[partial[i] for i in r["quotes"]] for r in data["reported"] if r["quotes"]] == [
        ["all issues that can be discussed are on the table."],
        ["from a position of strength."],
    ]


def test_speakers_and_roles(data):
    assert [(s["name"], s["role"]) for s in data["speakers"]] == [
        (s["name"], s["role"]) for s in TRUTH["speakers"]
    ]


def test_people_named_but_not_quoted(data):
    assert data["people"] == [
        {"name": "Joe Biden", "role": "US President"},
        {"name": "Yang Jiechi", "role": "senior official"},
        {"name": "Wang Yi", "role": "Foreign Minister"},
        {"name": "Antony Blinken", "role": "US Secretary of State"},
        {"name": "Jake Sullivan", "role": "National Security Advisor"},
    ]


def test_no_furniture_and_no_doubled_caption(data):
    paragraphs = data["paragraphs"]
    assert all(len(p.split()) > 4 for p in paragraphs)
    assert not any(p.startswith("Chinese foreign ministry spokesperson Zhao Lijian said") for p in paragraphs)
    assert paragraphs[-1].startswith("Cui’s remarks also came")


def test_quote_offsets_slice_their_paragraph(data):
    for quote in data["quotes"]:
        assert data["paragraphs"][quote["paragraph"]][quote["start"] : quote["end"]] == quote["text"]


def test_library_names_nothing_from_the_seed():
    words = {
        "Zhao",
        "Lijian",
        "Cui",
        "Tiankai",
        "Biden",
        "Anchorage",
        "Shine",
        "Special Reports",
        "Blinken",
        "Sullivan",
    }
    for path in (ROOT / "briefing").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not [w for w in words if w in source], path.name
