"""The article model: frozen dataclasses that feed both the page and briefing.json.

With slots: a long article has thousands of quotes, reports and cues, and an instance without
a __dict__ takes about a third less memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: what was read, before anything is extracted."""

    headline: str
    paragraphs: tuple[str, ...]
    standfirst: str | None = None
    source_file: str = ""
    sha256: str = ""
    publisher: str | None = None
    byline: str | None = None
    date: str | None = None


ATTRIBUTIONS = ("cue", "pronoun", "description", "context")


@dataclass(frozen=True, slots=True)
class CueSpan:
    """The words that credit a quote or report (`said Lee`, `he added`).

    `text` is `paragraphs[paragraph][start:end]`.
    """

    text: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "paragraph": self.paragraph, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation; `text` is `paragraphs[paragraph][start:end]`.

    `cue` is the evidence for the speaker, and `attribution` says how the speaker was found:
    named by the cue ("cue"), a pronoun or a description in the cue resolved to someone
    ("pronoun", "description"), or no cue, so the speaker in focus ("context"); None when
    there is no speaker.
    """

    id: str
    text: str
    speaker: str | None
    paragraph: int
    start: int
    end: int
    partial: bool
    cue: CueSpan | None = None
    attribution: str | None = None


@dataclass(frozen=True, slots=True)
class Reported:
    """One reported statement (indirect speech): `text` is `paragraphs[paragraph][start:end]`.

    `quotes` holds the ids of partial quotes that lie inside it.
    """

    id: str
    text: str
    speaker: str | None
    cue: CueSpan | None
    paragraph: int
    start: int
    end: int
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone quoted or reported at least once, under the fullest name the article gives."""

    name: str
    role: str | None
    quotes: tuple[str, ...]
    reported: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """Someone the article names but does not quote."""

    name: str
    role: str | None


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything the page and the JSON show, in article order."""

    article: Article
    quotes: tuple[Quote, ...] = ()
    reported: tuple[Reported, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    people: tuple[Person, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        """The briefing.json document; key order is part of the contract."""
        article = self.article
        return {
            "headline": article.headline,
            "standfirst": article.standfirst,
            "source": {
                "file": article.source_file,
                "sha256": article.sha256,
                "publisher": article.publisher,
                "byline": article.byline,
                "date": article.date,
            },
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
                    "cue": q.cue.to_dict() if q.cue else None,
                    "attribution": q.attribution,
                }
                for q in self.quotes
            ],
            "reported": [
                {
                    "id": r.id,
                    "text": r.text,
                    "speaker": r.speaker,
                    "cue": r.cue.to_dict() if r.cue else None,
                    "paragraph": r.paragraph,
                    "start": r.start,
                    "end": r.end,
                    "quotes": list(r.quotes),
                }
                for r in self.reported
            ],
            "speakers": [
                {"name": s.name, "role": s.role, "quotes": list(s.quotes), "reported": list(s.reported)}
                for s in self.speakers
            ],
            "people": [{"name": p.name, "role": p.role} for p in self.people],
        }
