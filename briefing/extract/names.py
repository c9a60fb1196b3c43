"""The name model: a capitalised run split into title, honorific, given names, surname and suffix.

`Public Prosecutor Ann Lee`, `Jets DE Sam Cole`, `Republican Ann Lee`, `the Rev. Ann Lee Jr.`:
everything before the given name is the role or nothing, never part of the name. A general
parser of personal names (nameparser) cannot know that `Public Prosecutor` or `Jets DE` is
no given name; here the words before a name are read against the project's lists of titles,
role nouns, parties, nationalities and the abbreviations news writes for positions.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import (
    AFFILIATIONS,
    CORPORATE_SUFFIXES,
    HONORIFICS,
    LEADING_FILLER,
    NAME_ADVERBS,
    NAME_SUFFIXES,
    NON_NAME_WORDS,
    ORG_NOUNS,
    PLACE_HEADS,
    PLACE_NAMES,
    PLACE_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
)

MAX_NAME_TOKENS = 4
POSSESSIVE_END = re.compile(r"['’]s?$")
POSITION_ABBREVIATION = re.compile(r"^[A-Z]{2,5}$")  # 'DE', 'QB', 'CEO' before a name
PLACE_ADJECTIVE = re.compile(r"-(?:based|born|area|led|backed|bred|raised)$")
DATE_WORDS = set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december sept".split()  # not 'Jun', 'Jan': names too
)
NOT_PERSON_WORDS = ORG_NOUNS | CORPORATE_SUFFIXES | PLACE_WORDS | {"public", "radio", "television", "tv"}
NOT_IN_A_PERSON = NON_NAME_WORDS | AFFILIATIONS | NOT_PERSON_WORDS  # 'New Hampshire | Public Radio'
ROMAN_NUMERAL = re.compile(r"^[IVX]+$")
NOT_A_NAME = set(HONORIFICS) | TITLE_WORDS | NON_NAME_WORDS  # a run of only these names nobody


class PersonName(NamedTuple):
    """A person's name as the article writes it, with the words before it that are their role."""

    titles: tuple[str, ...]  # 'Public Prosecutor', 'Jets DE', 'Republican', 'the Rev.'
    honorific: str | None  # 'Mr', 'Dr.': tells a gender, never part of a full name
    given: tuple[str, ...]
    surname: str
    suffix: str | None  # 'Jr.', 'II'

    @property
    def tokens(self) -> tuple[str, ...]:
        """The name itself: given names, surname and suffix."""
        return (*self.given, self.surname, *((self.suffix,) if self.suffix else ()))


def is_title_word(word: str) -> bool:
    """A title or a role noun, singular or plural: 'Secretary', 'Representatives', 'Rep.'."""
    low = word.lower().rstrip(".")
    if low in HONORIFICS or low in TITLE_WORDS or low in ROLE_NOUNS:
        return True
    return low.endswith("s") and low[:-1] in TITLE_WORDS


def is_affiliation(word: str, role: list[str]) -> bool:
    """A party, a nationality, or a position's abbreviation after a team: 'Republican', 'Jets DE'."""
    return word.lower() in AFFILIATIONS or len(role) > 1 and bool(POSITION_ABBREVIATION.match(word))


def is_role_word(word: str, names_after: int) -> bool:
    """Does this word, before a name of `names_after` words, belong to the role (or to nothing)?"""
    low = word.lower()
    if is_title_word(word) or low in AFFILIATIONS or low in LEADING_FILLER or low in NAME_ADVERBS:
        return True
    if POSSESSIVE_END.search(word) and word[-1] != ".":
        return True  # "Morningstar's Ann Lee": the firm's, so part of the role
    if PLACE_ADJECTIVE.search(word):
        return True  # 'Texas-based Ann Lee'
    if names_after >= 2 and low.endswith("ans") and low != "hans":
        return True  # 'Floridians Ann Lee and Tom Ruiz': the people she is one of
    return names_after >= 2 and bool(POSITION_ABBREVIATION.match(word)) and not ROMAN_NUMERAL.match(word)


def parse_name(tokens: list[str]) -> PersonName | None:
    """Split a capitalised run; None when no word of it can be a person's name.

    Titles lead the run; a title word as the last word is a surname ('John Major'); a run of
    only titles and common words ('Foreign Secretary', 'The Senate') names nobody.
    """
    if not tokens or all(t.lower().rstrip(".") in NOT_A_NAME for t in tokens):
        return None
    if len(tokens) > 1 and " ".join(tokens).lower() in PLACE_NAMES:
        return None  # 'New Hampshire': a place names nobody
    while len(tokens) > 1 and tokens[-1].lower().rstrip(".") in DATE_WORDS:
        tokens = tokens[:-1]  # 'Ann Lee Monday', 'the Sept': a date is no part of a name
    suffix = tokens[-1] if len(tokens) > 2 and tokens[-1].lower() in NAME_SUFFIXES else None
    body = tokens[:-1] if suffix else tokens
    cut, honorific = 0, None
    for i, token in enumerate(body[:-1]):
        if token == "He" and 0 < i == len(body) - 2:
            break  # 'Military analyst He Jianguo': the surname He after a role, not the pronoun
        if token.lower().rstrip(".") in HONORIFICS:
            honorific, cut = token, i + 1
        elif is_role_word(token, len(body) - i - 1):
            cut = i + 1
    while cut < len(body) - 1 and not (body[cut] == "He" and cut == len(body) - 2 and cut > 0):
        place = place_at(body, cut)
        if place and person_after(body[cut + 2 :]):
            cut += 2  # 'United States Ann Lee': the place is no part of her name
        elif not place and body[cut].lower() in NON_NAME_WORDS:
            cut += 1
        else:
            break
    name = body[cut:][-MAX_NAME_TOKENS:]
    titles = tuple(body[: len(body) - len(name)])
    return PersonName(titles, honorific, tuple(name[:-1]), name[-1], suffix)


def place_at(tokens: list[str], at: int) -> bool:
    """Does a two-word place start here: 'New Hampshire', 'South Carolina'? Its first word is
    no filler word, or the run is cut in two ('Hampshire Democrat', 'York Daily News')."""
    low = tokens[at].lower()
    return low in PLACE_HEADS and at + 1 < len(tokens) and f"{low} {tokens[at + 1].lower()}" in PLACE_NAMES


def person_after(rest: list[str]) -> bool:
    """Words that can be a person's name: no title, party, acronym or common word."""
    return 1 <= len(rest) <= MAX_NAME_TOKENS and not any(
        w.lower() in NOT_IN_A_PERSON or w.isupper() or is_title_word(w) for w in rest
    )


def split_title(tokens: list[str]) -> tuple[list[str], list[str], str | None]:
    """(title words, name words, honorific) of a capitalised run; no name words when it names nobody."""
    name = parse_name(tokens)
    if name is None:
        return tokens, [], None
    return list(name.titles), list(name.tokens), name.honorific
