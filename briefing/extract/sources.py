"""Sources: can the words read as who said something stand as a name on the page?

A source is a person's name, an organisation's name, or the article's description of an
unnamed source ('a senior official', 'federal prosecutors', 'people familiar with the talks').
`source_flaw` says why words read as a source name nobody; `tidy_source` drops what was read
past a source. The speaker gate (gate.py) uses both on every speaker and person.
"""

from __future__ import annotations

import re

from .lexicon import (
    ABBREVIATED_TITLES,
    AFFILIATIONS,
    COMMON_VERBS,
    FINITE_VERBS,
    HONORIFICS,
    PLACE_NAMES,
    PLATFORMS,
    REGNAL_TITLES,
    RELATIVE_WORDS,
    STATE_ABBREVIATIONS,
    TITLE_WORDS,
)
from .names import DATE_WORDS, NOT_PERSON_WORDS

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
    if first in PERSONAL_PRONOUNS and not (words[0] == "He" and len(words) == 2 and words[1][:1].isupper()):
        return "pronoun"  # 'He Jianguo' is a name: He is a Chinese surname
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
        cut = 2 if words[-2].lower() in {"on", "last", "this", "in", "out"} else 1
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
