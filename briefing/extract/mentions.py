"""First pass: every name the narration gives, with the role written around it.

`Health Minister Ann Lee`, `Jan Kühn, the head of the board,`: each full name joins the
cast with its role before any quote is attributed, so that a later `Lee`, `Kuehn` or `the
minister` resolves to the person the article introduced. `Mr Lee` and `Mayor Lee` are
matched once every full name is known.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .cast import Cast, Entity
from .cues import ADDRESSED, SENTENCE_OPENERS
from .lexicon import (
    CORPORATE_SUFFIXES,
    HONORIFICS,
    INSTITUTION_NOUNS,
    NAME_ADVERBS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_NOUNS,
    PLACE_WORDS,
    REGNAL_TITLES,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from .names import parse_name, split_title
from .quotes import Span
from .references import POSSESSIVE_END, fold, is_apposition, role_start

PARTICLES = "|".join(sorted(NAME_PARTICLES))
NAME_WORD = rf"(?:(?:{TITLE_ABBREVIATIONS})\.|(?:[A-Z]\.){{1,3}}|[A-ZÀ-ÖØ-Þ][\w'’-]*)"
NAME_RUN = re.compile(rf"(?=[A-ZÀ-ÖØ-Þ])(?<![\w'’-]){NAME_WORD}(?:\s(?:(?:{PARTICLES})\s)?{NAME_WORD})*")
ROLE_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
APPOSITION = re.compile(r",\s*([^,;:()\"“”]{1,160}?)\s*(?=[,;]|\.(?:\s|$)|$)")
MAX_RUN_TOKENS = 12
ORGANISATION_OF = re.compile(r" (?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,4}")
ORGANISATION_AND = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s){1,3})and\s$")
MID_SENTENCE = re.compile(r"[a-z,]\s+$")
ORGANISATION_ENDS = (
    ORG_NOUNS | CORPORATE_SUFFIXES | INSTITUTION_NOUNS
)  # 'the Foreign Ministry', 'Acme Corp.', 'Elm Park Academy'
NOT_A_PERSON_ENDS = TITLE_WORDS | PLACE_WORDS  # 'Chinese Ambassador', 'Lyric Theatre'


class Mention(NamedTuple):
    """A name in the narration; `subject_at` is where its noun phrase (with role) begins."""

    at: int
    subject_at: int
    entity: Entity
    confirmed: bool
    introduced: bool = False  # 'came from Ann Lee, head of research at Acme.': now in focus


@dataclass
class Mentions:
    """The names found in each paragraph, in order, and the short ones still to match."""

    by_paragraph: dict[int, list[Mention]] = field(default_factory=dict)
    short_names: list[tuple[int, int, int, str, str, str | None, str | None]] = field(default_factory=list)

    def of(self, index: int) -> list[Mention]:
        return self.by_paragraph.get(index, [])


def narration_ranges(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """The stretches of a paragraph outside its quotations (marks excluded)."""
    ranges, at = [], 0
    for span in spans:
        ranges.append((at, max(at, span.start - 1)))
        at = span.end + 1 if span.closed else span.end
    ranges.append((min(at, len(text)), len(text)))
    return ranges


def in_ranges(ranges: list[tuple[int, int]], at: int, end: int | None = None) -> bool:
    """Does [at, end) lie inside one of the sorted, disjoint ranges?"""
    n = bisect.bisect_right(ranges, at, key=lambda r: r[0]) - 1
    return n >= 0 and ranges[n][0] <= at < ranges[n][1] and (end is None or end <= ranges[n][1])


def register_names(mentions_index: Mentions, cast: Cast, index: int, text: str, spans: list[Span]) -> None:
    """Every name in the narration, with its role, becomes part of the cast."""
    ranges = narration_ranges(text, spans)
    mentions = mentions_index.by_paragraph.setdefault(index, [])
    for match in NAME_RUN.finditer(text):
        tokens = match.group().split()
        if len(tokens) == 1:  # 'The', 'Lee': a name alone is matched later, when a cue names it
            continue
        stop = next((i for i, t in enumerate(tokens) if i and t in SENTENCE_OPENERS), len(tokens))
        tokens = tokens[:stop]  # 'Washington D.C. He said': the run ends before the pronoun
        if len(tokens) > MAX_RUN_TOKENS:
            continue  # a capitalised line or list, not a name
        if tokens[-1][-1] in "s'’":
            tokens[-1] = POSSESSIVE_END.sub("", tokens[-1])
        if len(tokens) == 1:  # 'Washington He said', "Lee's": one name left
            continue
        cast.add_run(tuple(t for t in tokens if t.lower() not in NON_NAME_WORDS))
        if not in_ranges(ranges, match.start(), match.end()):
            continue
        if tokens[-1].lower().rstrip(".") in ORGANISATION_ENDS:
            article = tokens[0] == "The" or text[max(0, match.start() - 4) : match.start()].lower() == "the "
            words = tuple(tokens[1:] if tokens[0] == "The" else tokens)
            if len(words) > 2 and words[0].lower() in NAME_ADVERBS | {"rival"}:
                words = words[1:]  # 'Rival Castellan Foods said', 'Even Acme Corp. agrees'
            complement = ORGANISATION_OF.match(text, match.end())  # 'the Association of Car Makers'
            if complement and tokens[-1].lower() in ORG_NOUNS | INSTITUTION_NOUNS:
                words = (*words, *complement.group().split())
            joined = ORGANISATION_AND.search(text, max(0, match.start() - 40), match.start())
            if joined and words == tuple(tokens):  # 'Kent Fire and Rescue Service': one body
                words = (*joined.group(1).split(), "and", *words)
                article = text[max(0, joined.start(1) - 4) : joined.start(1)].lower() == "the "
            cast.mention_organisation(words, article)  # 'Acme Corp.', 'the Foreign Ministry'
            continue
        if (
            tokens[0] == "He"
            and len(tokens) == 2
            and MID_SENTENCE.search(text[max(0, match.start() - 3) : match.start()])
        ):
            titles, name, honorific = [], tokens, None  # 'analyst He Jianguo': He is a surname, not 'he'
        else:
            titles, name, honorific = split_title(tokens)
        if all(t.isupper() and len(t) > 1 for t in name):
            continue  # a dateline or an acronym, not a person
        surname = len(name) > 1 and name[-1].lower() in REGNAL_TITLES and name[0].lower() not in ROLE_NOUNS
        if not name or name[-1].lower() in NOT_A_PERSON_ENDS and not surname:
            continue  # 'Chinese Ambassador', 'Lyric Theatre': a title or a place; 'Dana King' is a name
        title = titles[-1].lower().rstrip(".") if titles else ""
        if title in REGNAL_TITLES:  # 'Pope Francis', 'King Abdullah II': the title is the name's
            titles, name = titles[:-1], [titles[-1], *name]
        elif len(name) == 1 and not (title in TITLE_WORDS or title in HONORIFICS):
            continue
        name_at = match.start() + match.group().find(name[0])
        role, role_at = role_before(text, name_at)
        if name[0].lower() in REGNAL_TITLES:
            role = None
        apposition = None if role else apposition_after(text, match.end())
        role = role or apposition
        gender = HONORIFICS.get(honorific.lower().rstrip(".")) if honorific else None
        if len(name) == 1:  # 'Mr Lee', 'Mayor Lee': matched once every full name is known
            mentions_index.short_names.append(
                (index, match.start(), role_at, titles[-1], name[0], role, gender)
            )
            continue
        entity = cast.add_name(tuple(name), role, gender)
        mentions.append(
            Mention(
                match.start(),
                role_at,
                entity,
                bool(role or honorific or title in REGNAL_TITLES),
                apposition is not None and not ADDRESSED.search(text, max(0, role_at - 16), role_at),
            )
        )


def register_headline_names(cast: Cast, headline: str) -> None:
    """Full names in the headline, for people the body names only as 'Mrs Lee'."""
    for match in NAME_RUN.finditer(headline):
        name = parse_name([POSSESSIVE_END.sub("", t) for t in match.group().split()])
        if name is not None and name.given and not name.honorific and len(name.tokens) <= 3:
            cast.headline_names.setdefault(fold(name.surname), name.tokens)


def register_short_names(mentions_index: Mentions, cast: Cast) -> None:
    """'Mr Lee' is the Ann Lee named elsewhere, or else a person known only as 'Mr Lee'."""
    for index, at, role_at, title, surname, role, gender in mentions_index.short_names:
        entity = cast.find_name((surname,)) or cast.short_name(title, surname, role, gender)
        cast.know_gender(entity, gender)
        mentions = mentions_index.by_paragraph[index]
        mentions.insert(
            bisect.bisect_left(mentions, at, key=lambda m: m.at), Mention(at, role_at, entity, True)
        )


def role_before(text: str, name_at: int) -> tuple[str | None, int]:
    """`US Secretary of State` before a name, and where it starts (see references.role_start)."""
    tokens = list(ROLE_TOKEN.finditer(text, max(0, name_at - 160), name_at))
    words = [t.group() for t in tokens]
    start = role_start(words)
    if start == len(words):
        return None, name_at
    at = tokens[start].start()
    role = " ".join(w for w in text[at:name_at].split() if w.lower().rstrip(".") not in HONORIFICS)
    return role or None, at


def apposition_after(text: str, end: int) -> str | None:
    """`, a parish priest and author,` right after a name."""
    match = APPOSITION.match(text, end)
    if match and is_apposition(match.group(1)):
        return match.group(1).strip()
    return None
