"""The article model: frozen dataclasses that feed both the page and briefing.json."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """A cleaned article: what was read, before anything is extracted."""

    headline: str
    paragraphs: tuple[str, ...]
    standfirst: str | None = None
    source_file: str = ""
    sha256: str = ""


@dataclass(frozen=True)
class Quote:
    """One direct quotation; `text` is `paragraphs[paragraph][start:end]`."""

    id: str
    text: str
    speaker: str | None
    paragraph: int
    start: int
    end: int
    partial: bool


@dataclass(frozen=True)
class Speaker:
    """Someone quoted at least once, under the fullest name the article gives."""

    name: str
    role: str | None
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    """Someone the article names but does not quote."""

    name: str
    role: str | None


@dataclass(frozen=True)
class Briefing:
    """Everything the page and the JSON show, in article order."""

    article: Article
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    people: tuple[Person, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        """The briefing.json document; key order is part of the contract."""
        article = self.article
        return {
            "headline": article.headline,
            "standfirst": article.standfirst,
            "source": {"file": article.source_file, "sha256": article.sha256},
            "paragraphs": list(article.paragraphs),
            "quotes": [
                {
                    "id": q.id,
                    "text": q.text,
                    "speaker": q.speaker,
                    "paragraph": q.paragraph,
                    "start": q.start,
                    "end": q.end,
                    "partial": q.partial,
                }
                for q in self.quotes
            ],
            "speakers": [{"name": s.name, "role": s.role, "quotes": list(s.quotes)} for s in self.speakers],
            "people": [{"name": p.name, "role": p.role} for p in self.people],
        }
