"""extract(): from an Article to a Briefing — quote spans, their speakers, the people named."""

from __future__ import annotations

from .model import Article, Briefing, Quote
from .quotes import find_spans


def extract(article: Article) -> Briefing:
    spans = find_spans(article.paragraphs)
    quotes = tuple(
        Quote(
            id=f"q{n}",
            text=article.paragraphs[s.paragraph][s.start : s.end],
            speaker=None,
            paragraph=s.paragraph,
            start=s.start,
            end=s.end,
            partial=s.partial,
        )
        for n, s in enumerate(spans, 1)
    )
    return Briefing(article=article, quotes=quotes)
