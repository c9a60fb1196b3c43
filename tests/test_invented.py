"""Fourteen invented articles with hand-written answers: who said each quotation.

They are written in the house styles the extractor meets (wire stories with datelines, UK
papers with honorifics and single marks, Chinese state media with ministries of several
countries, a match report, an earnings story, a court report, a feature in one voice, an
interview in Q/A form, local news with unnamed residents, a science story), with the traps
of each: pronouns across paragraphs, two people of one gender, descriptions, a company's
short name, another country's ministry. The floor below is what the project commits to on
them, so that a rule tuned on one kind of article that breaks another shows here.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefing.article import load_article
from briefing.extract import extract

HERE = Path(__file__).resolve().parent / "fixtures" / "invented"
FLOOR = 0.92  # share of the quotations found with the speaker the answers give


def same_source(found: str | None, answer: str | None) -> bool:
    """'the Acme Union' and 'Acme Union', 'One minister' and 'one minister' are one source."""

    def plain(name: str | None) -> str | None:
        return None if name is None else name.lower().removeprefix("the ")

    return plain(found) == plain(answer)


def test_invented_articles_credit_each_quotation_to_its_speaker():
    right, total, wrong = 0, 0, []
    for answers in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(answers.read_text(encoding="utf-8"))
        found = {
            q.text.strip(" ,.?!"): q.speaker
            for q in extract(load_article(HERE / "articles" / f"{answers.stem}.txt")).quotes
        }
        for quote in gold["quotes"]:
            total += 1
            speaker = found.get(quote["text"].strip(" ,.?!"), "(not found)")
            if same_source(speaker, quote["speaker"]):
                right += 1
            else:
                wrong.append(f"{answers.stem}: {speaker!r} for {quote['speaker']!r}: {quote['text'][:50]}")
    assert total == 302
    assert right / total >= FLOOR, "\n".join(wrong)
