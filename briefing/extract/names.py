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
    ABBREVIATED_TITLES,
    AFFILIATIONS,
    COMMON_VERBS,
    CORPORATE_SUFFIXES,
    FINITE_VERBS,
    HONORIFICS,
    LEADING_FILLER,
    NAME_ADVERBS,
    NAME_SUFFIXES,
    NON_NAME_WORDS,
    ORG_NOUNS,
    PLACE_HEADS,
    PLACE_NAMES,
    PLACE_WORDS,
    PLATFORMS,
    REGNAL_TITLES,
    RELATIVE_WORDS,
    ROLE_NOUNS,
    STATE_ABBREVIATIONS,
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
        if token.lower().rstrip(".") in HONORIFICS:
            honorific, cut = token, i + 1
        elif is_role_word(token, len(body) - i - 1):
            cut = i + 1
    while cut < len(body) - 1:
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
        w.lower() in NON_NAME_WORDS | AFFILIATIONS | NOT_PERSON_WORDS or w.isupper() or is_title_word(w)
        for w in rest
    )


def split_title(tokens: list[str]) -> tuple[list[str], list[str], str | None]:
    """(title words, name words, honorific) of a capitalised run; no name words when it names nobody."""
    name = parse_name(tokens)
    if name is None:
        return tokens, [], None
    return list(name.titles), list(name.tokens), name.honorific


# What a speaker's name may not start or end with, and what it may not be alone.
PERSONAL_PRONOUNS = set("he she it they we i you him them us me".split())
MAX_DESCRIPTION_WORDS = 12  # a longer description runs into what its source did
NOBODY_IN_PARTICULAR = {"someone", "somebody", "nobody", "anyone", "everyone", "everybody"}
FUNCTION_WORDS = set(
    """
will that let on in at to from by with of for about into over under after before since during through
alongside beyond across against among amid around behind besides between despite except
inside near off toward towards upon via within without like unlike and but or nor so yet if
because although though while whereas unless until when where why how what which who whom
whose whether there here then now even also just only still much more less later earlier
meanwhile however instead indeed perhaps maybe rather quite very too is was are were has have
had be been would could shall should might must do does did not
""".split()
)
DANGLING_WORDS = set(
    """
i a an the and or but of for to with by from in on at as than that who whose which whom his her their its
""".split()
)
LOOSE_MODIFIERS = {"close", "familiar"}  # 'a source close', cut before 'to the campaign'
FAITHS = {"catholic", "muslim", "jewish", "christian", "evangelical", "protestant", "mormon"}
NUMBER = (
    r"(?:[\d.,]+%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?)"
)
HEDGE = r"(?:nearly|almost|about|roughly|some|over|just|only|more than|less than|fewer than|as many as)"
# A share with no group after it: 'Sixty percent', 'nearly half' ('half of the tenants' is a description).
QUANTITY = re.compile(
    rf"^(?:{HEDGE}\s+)?(?:{NUMBER}(?:\s+(?:percent|per cent))?|{NUMBER}\s+in\s+(?:\d+|ten)"
    r"|half|a third|a quarter|two-thirds|one-third|a majority|majority|most|a minority)$",
    re.IGNORECASE,
)
LONE_TITLES = (
    set(HONORIFICS) | TITLE_WORDS | ABBREVIATED_TITLES | {"vp"}
) - REGNAL_TITLES  # 'King' is a surname too
OPENING_DETERMINERS = set(
    """
a an the this that these those his her its their our my one two three another each every some any
many most several few all both no other former current multiple numerous someone somebody
""".split()
)
MASS_SOURCES = {"data", "research", "audio", "video", "footage", "testimony", "analysis", "polling", "people"}
WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
PLACE_ENDINGS = {"street", "road", "avenue", "side", "estates", "canal", "heights"}
PLACE_STARTS = {"mount", "mt.", "fort", "lake", "upper", "lower"}
INNER_FUNCTION_WORDS = {"To", "At", "For", "With", "From", "Into", "Of", "Is", "Are", "Was"}
OPENING_VERBS = {"stated", "continued", "added", "said", "says", "noted", "wrote", "asked", "explained"}
MOJIBAKE_END = re.compile(r"[ÃÂ]+$")


def source_flaw(name: str) -> str | None:
    """Why `name` cannot stand as who said something; None when it can.

    A source is a person's name, an organisation's name, or the article's description of an
    unnamed source ('a senior official', 'federal prosecutors'). A place ('Iowa says': the poll,
    the state government or nobody), a quantity ('Sixty percent said': a poll's finding), a
    platform, a party or nationality adjective, a pronoun, a title alone, or a phrase that
    starts with a preposition, ends mid-phrase or holds a clause names nobody: the words were
    read from the wrong place.
    """
    words = name.split()
    if not words:
        return "empty"
    low = [w.lower().strip(",;:()") for w in words]
    core = low[1:] if low[0] in {"the", "on", "via"} and len(low) > 1 else low
    phrase = " ".join(core)
    if phrase in PLACE_NAMES or phrase.rstrip(".") in PLACE_NAMES or phrase in STATE_ABBREVIATIONS:
        return "place"
    if phrase in PLATFORMS:
        return "platform"
    bare = " ".join(low)  # 'the Republican', 'Republicans' are descriptions; 'Republican' is no name
    if (
        bare in AFFILIATIONS
        and not bare.endswith("s")
        or bare in FAITHS
        or bare in {"middle eastern", "latino", "hispanic"}
    ):
        return "affiliation"
    if QUANTITY.match(name):
        return "quantity"
    if len(low) == 1 and (low[0].rstrip(".") in LONE_TITLES or low[0] in NOBODY_IN_PARTICULAR):
        return "title or pronoun alone"
    if len(low) == 1 and low[0] in COMMON_VERBS:
        return "a verb"  # 'Met accused of …' in a headline: no one
    first = re.split(r"['’]", low[0])[0]
    if first in PERSONAL_PRONOUNS:
        return "pronoun"
    if low[0] in FUNCTION_WORDS and not (low[0] == "will" and words[0][:1].isupper()):
        return "starts with a function word"  # 'Will Doyle' is a name
    if len(low) > 1 and low[-1] in DANGLING_WORDS and (words[-1].islower() or low[-1] == "i"):
        return "ends mid-phrase"
    if low[0] == "outside" and len(words) > 1 and (low[1] in DANGLING_WORDS or words[1][:1].isupper()):
        return "starts with a function word"  # 'outside the campaign'; 'outside experts' are sources
    if name[:1].islower() and low[0].endswith("ing") and len(low) > 1:
        return "starts with a verb"  # 'releasing a statement'
    stub = (
        low[0] not in OPENING_DETERMINERS and not any(plural(w) for w in low) and not set(low) & MASS_SOURCES
    )
    if name.islower() and stub:
        return "lower-case stub"  # 'campaign', 'state law': a singular noun with no determiner
    if any(w in WEEKDAYS and not plain_after(low, i) for i, w in enumerate(low) if i > 0):
        return "date"  # 'a video Thursday afternoon': a date glued to the source
    if core and core[-1].rstrip(".") in MONTH_ABBREVIATIONS and len(core) == 1:
        return "date"  # 'the Sept'
    placed = low[-1] in PLACE_ENDINGS or low[0] in PLACE_STARTS and low[-1] not in NOT_PERSON_WORDS
    if len(words) > 1 and placed and all(w[:1].isupper() for w in words):
        return "place"  # 'Upper East Side', 'Mount Pleasant', 'Wall Street'
    if any(w in INNER_FUNCTION_WORDS for w in words[1:-1]) and all(w[:1].isupper() for w in words):
        return "a title-case phrase"  # 'Compared To Eisenhower': a headline's words
    if len(words) > 1 and words[0][:1].isupper() and words[1].islower() and low[1].endswith("ed"):
        return "a clause"  # 'Trump generated the most interactions'
    if MOJIBAKE_END.search(name):
        return "cut at a mis-decoded character"
    if len(words) > 1 and re.fullmatch(r"[A-Z]\.?", words[-1]) and words[-1] != "I":
        return "ends in an initial"
    # A relative clause, with or without its 'that': 'an account (that) she gave to the Courier'.
    relative = next(
        (
            i
            for i, w in enumerate(low)
            if i > 1 and (w in RELATIVE_WORDS or w in PERSONAL_PRONOUNS and words[i - 1].islower())
        ),
        len(low),
    )
    if any(w.islower() and w.strip(",.") in FINITE_VERBS | COMMON_VERBS for w in words[1:relative]):
        return "a clause"
    return None


def plural(word: str) -> bool:
    """'polls', 'sources': a plural noun heads a description of a group or of documents."""
    return word.endswith("s") and not word.endswith("ss") and word.isalpha() and len(word) > 3


def plain_after(low: list[str], at: int) -> bool:
    """A weekday inside what modifies a description: 'through Wednesday', 'released Friday'."""
    before = low[at - 1]
    return before in {"through", "for", "since", "until", "by", "before", "after"} or (
        at > 1 and before.endswith("ed")
    )


def tidy_source(name: str) -> str:
    """The source without what was read past it: a date ('the campaign on Tuesday'), a
    dateline ('WASHINGTON The agency'), a modifier cut from its complement ('a source close')."""
    words = name.split()
    if not words:
        return name
    while len(words) > 2 and words[-1].lower().rstrip(".,") in DATE_WORDS | {"today", "yesterday"}:
        cut = 2 if words[-2].lower() in {"on", "last", "this", "in"} else 1
        if words[-cut - 1].lower().endswith("ed"):
            break  # 'a poll released Thursday', 'conducted in May': the date of the source itself
        words = words[:-cut]
    dateline = len(words) > 1 and words[0].isupper() and words[0].isalpha() and len(words[0]) > 3
    if dateline and (words[0].lower() in PLACE_NAMES or words[1][:1].isupper() and not words[1].isupper()):
        words = words[1:]  # 'WASHINGTON The agency': a dateline
    if len(words) > 2 and words[0].lower() in {"in", "on", "from"} and words[1].lower() in {"a", "an", "the"}:
        words = words[1:]  # 'in the campaign's release' said: the release
    if len(words) > 2 and words[-1].lower() in LOOSE_MODIFIERS and words[0].lower() in {"a", "an", "one"}:
        words = words[:-1]
    if len(words) > 1 and words[0].lower() in OPENING_VERBS and words[1][:1].isupper():
        words = words[1:]  # 'Continued Lee': an inverted cue read into the name
    for i, word in enumerate(words[:-1]):
        if sentence_end(word) and words[i + 1][:1].isupper():
            words = words[: i + 1]  # 'Lee. He': the name ends with its sentence
            words[-1] = words[-1].rstrip(".")
            break
    words = [words[0], *(w for w in words[1:] if w != ")")]
    if words[-1].endswith(")") and "(" not in " ".join(words):
        words[-1] = words[-1].rstrip(")")  # 'Senate filings)'
    if name[:1].islower() and len(words) > MAX_DESCRIPTION_WORDS:
        words = short_description(words)
    return " ".join(words)


def sentence_end(word: str) -> bool:
    """A word whose full stop ends a sentence, not an abbreviation: 'Lee.', not 'Sen.' or 'D.C.'."""
    if not word.endswith(".") or re.fullmatch(r"(?:[A-Za-z]\.)+", word):
        return False
    low = word.lower().rstrip(".")
    return low not in ABBREVIATED_TITLES and word.lower() not in STATE_ABBREVIATIONS and len(low) > 3


def short_description(words: list[str]) -> list[str]:
    """A long description up to its head noun: 'early results of exit polls conducted for the
    Associated Press and two networks' -> 'early results of exit polls'. It is cut before a
    participle ('conducted', 'involved') or a pronoun that starts a clause ('he submitted')."""
    for i, word in enumerate(words[2:], 2):
        low = word.lower()
        participle = word.islower() and low.endswith("ed") and words[i - 1].lower() not in DANGLING_WORDS
        if participle or low in PERSONAL_PRONOUNS:
            return words[:i]
    return words
