"""The name invariant over a folder of articles: `python tests/check_names.py [--articles DIR] [--limit N]`.

Every speaker and person a briefing shows must be a person's name ("Ann Lee", "Mr Lee"), an
organisation's name ("the Justice Department", "Reuters") or the article's description of an
unnamed source ("a senior official", "the campaign", "federal prosecutors"). This script runs the
extractor in-process on every article in the folder (default: the PolNeAR training articles in
../shared/eval, outside this repository), checks every `speakers[].name` and `people[].name` with
`name_violation`, prints each violation as `article: name (reason)` (no reason holds a parenthesis)
and a last line `N violations in M articles` (M: the articles with any), and exits 1 when there is any.

`name_violation` reads the name alone, not the article, so it can only catch what the words
themselves give away: a title, honorific or abbreviation with no name, a title or an adjective
glued in front of a name, a lower-case stub, a pronoun, a preposition, verb or adverb as the
first word, a phrase cut short or running past a sentence end, a clause, a dateline, a
platform, a nationality or party adjective, a bare country, US state or city, a weekday or a
month. It is deliberately cautious where a word is both a title and part of an organisation's
name ("General Motors", "Justice Department"): a name it cannot tell apart is not flagged.
A lower-case description passes when its head noun is plural or a mass noun of sources
("people familiar with the plans", "officials close to her", "exit polls", "exit polling data")
or it is a share of a described group ("half of the tenants"); a weekday inside what modifies
a description ("results tallied through Wednesday") is no date glued to a name.
Known blind spots: a capitalised common noun alone ("Defense"), a description whose head is no
source at all ("a long pause"), and a wrong but well-formed name.

A title before a name counts ("Senator Ann Lee", "President Lee"): the title is the role, never
part of the name. Honorifics ("Mr Lee", "Dr. Lee") and regnal titles ("Pope Francis") are names.

Not a test: it needs the evaluation folder, which lives outside the repository, and takes under a
minute for 840 articles. tests/test_check_names.py tests the predicate itself.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.extract.lexicon import (  # noqa: E402
    ABBREVIATED_TITLES,
    COMMON_VERBS,
    DOC_NOUNS,
    FINITE_VERBS,
    HONORIFICS,
    ORG_NOUNS,
    PLACE_NAMES,
    PLATFORMS,
    REGNAL_TITLES,
    RELATIVE_WORDS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    STATE_ABBREVIATIONS,
    TITLE_WORDS,
)

DEFAULT_ARTICLES = ROOT.parent / "shared" / "eval" / "polnear-train" / "articles"

# Words that open a description rather than a name: "a spokesman", "his lawyers", "two aides".
DETERMINERS = set(
    """
a an the this that these those his her its their our my your one two three four five six seven
eight nine ten another other others several many some most few all both each every any no
current former
""".split()
)

# Abbreviations and honorifics that are never a name's last word: a name ending in one was cut.
TITLE_ENDINGS = (ABBREVIATED_TITLES | {h.rstrip(".") for h in HONORIFICS}) - {"jr", "sr", "st", "sister"}
TITLE_ENDINGS -= {"father", "mother", "brother", "lady", "lord", "dame", "sir", "professor", "reverend"}

# Titles that are the role, never part of the name: "Senator Ann Lee" is Ann Lee, a senator.
# Honorifics ("Mr Lee") and regnal titles ("Pope Francis") may stay; "Duke" is a given name too.
GLUED_TITLES = TITLE_WORDS - REGNAL_TITLES - {"duke"}
GLUED_TITLES |= {"whip", "staff", "senators", "representatives", "reps", "pastor", "rev", "reverend"}
GLUED_TITLES |= {"assemblyman", "assemblywoman", "councilman", "councilwoman", "delegate", "ag"}
# Titles that also open organisations' names ("General Motors"): glued only when abbreviated.
AMBIGUOUS_TITLES = {"general", "major", "chief", "executive", "vice"}

# Words that are not a name's first word: prepositions, conjunctions, adverbs, pronouns.
NOT_FIRST = set(
    """
on in at to from by with of for about into onto over under after before since during through
alongside beyond across against among amid around behind besides between despite except
inside near off outside toward towards upon via within without like unlike
and but or nor so yet if because although though while whereas unless until when where why how
what which who whom whose whether there here then now even also just only still much more less
later earlier meanwhile however instead indeed perhaps maybe rather quite very too
he she it they we i you him them us me is was are were has have had be been would could
shall should might must do does did not don't doesn't didn't isn't wasn't can't won't
i'm i've i'd i'll he's she's it's they're we're you're
""".split()
)
PRONOUNS = set(
    "he she it they we i you him her them us me his its their our my your there someone nobody".split()
)

# Words that leave a phrase unfinished when they end it ("a source close", "Schott and").
DANGLING = set(
    """
a an the and or but of for to with by from in on at as than that who whose which whom close
familiar he she it they we i his her their its
""".split()
)

DATE_PREPOSITIONS = {
    "through",
    "for",
    "since",
    "until",
    "by",
    "from",
    "of",
    "before",
    "after",
    "during",
    "with",
}
CLAUSE_PRONOUNS = {"he", "she", "they", "we", "i"}  # subjects of a relative clause without 'that'
POSSESSIVE_DETERMINERS = {"his", "her", "its", "their", "our", "my"}
WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = set(
    """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split()
)

NATIONALITIES = set(
    """
american british english scottish welsh irish french german italian spanish portuguese dutch
belgian swiss austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian
romanian bulgarian greek turkish russian ukrainian belarusian serbian croatian bosnian albanian
chinese japanese korean vietnamese thai indonesian malaysian filipino indian pakistani afghan
bangladeshi iranian iraqi syrian lebanese israeli palestinian jordanian saudi yemeni egyptian
libyan tunisian algerian moroccan nigerian kenyan ethiopian somali sudanese ghanaian
south-african mexican canadian cuban brazilian argentine argentinian chilean colombian
venezuelan peruvian australian european asian african arab hispanic latino latina
middle-eastern western eastern northern southern muslim christian jewish catholic
""".split()
)
PARTY_ADJECTIVES = set(
    "republican democrat democratic conservative liberal libertarian progressive labour tory".split()
)

PLACES = PLACE_NAMES
# Second words of two-word places; a run that starts with one lost its first word ("York Times").
PLACE_TAILS = {"york", "hampshire", "jersey", "carolina", "dakota", "zealand", "angeles", "vegas", "orleans"}
# First or last words that make a capitalised run a place: "Mount Pleasant", "Upper East Side".
PLACE_FIRST = {"mount", "mt.", "lake", "fort", "port", "upper", "lower"}
PLACE_LAST = set("street road avenue county side estates canal river valley island islands heights".split())

# Last words that make a capitalised run an organisation, beside the lexicon's organisation nouns.
ORG_LAST = ORG_NOUNS | set(
    """
fund legion tribune times post news journal herald review project initiative center centre
institute caucus conference forum chamber council airlines airways motors industries
corporation inc. co. corp. ltd llc group partners associates pac network media house press
radio tv television foundation
""".split()
)
# Words that start what modifies a description's head: "people familiar with", "officials who".
POST_MODIFIERS = NOT_FIRST - {
    "more",
    "less",
    "much",
    "even",
    "also",
    "just",
    "only",
    "still",
    "and",
    "but",
    "or",
} | {
    "familiar",
    "close",
    "that",
}
# Sources without a plural that stand alone in "according to …": "exit polling data".
MASS_SOURCES = {"data", "research", "audio", "video", "footage", "testimony", "analysis", "polling"}
BODY_SUFFIXES = {
    "pac",
    "inc",
    "corp",
    "llc",
    "ltd",
    "plc",
    "party",
    "fund",
    "foundation",
    "committee",
    "coalition",
}
SHARE_OF_GROUP = re.compile(
    r"^(?:(?:nearly|almost|about|roughly|more than|less than|just|only|over)\s+)?"
    r"(?:[\w-]+ percent|half|a third|a quarter|[a-z]+-(?:thirds|quarters|fifths)|a majority|most|many|some)"
    r"\s+of\s+\S",
    re.IGNORECASE,
)
# Lower-case heads that make a phrase a description: role, organisation and document nouns.
DESCRIPTION_HEADS = ROLE_NOUNS | ORG_NOUNS | set(DOC_NOUNS)

WORD = re.compile(r"\S+")
PARTY_STATE_TAG = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?$")


def bare(word: str) -> str:
    """A word lower-cased, without surrounding punctuation, a full stop or a possessive ending."""
    word = word.lower().strip(',;:()[]"“”‘')
    return re.sub(r"(?:['’]s|s['’])$", "", word).rstrip("'’.")


def is_abbreviation(word: str) -> bool:
    """A word whose full stop ends an abbreviation, not a sentence: initials, titles, states."""
    low = word.lower()
    return (
        bool(re.fullmatch(r"(?:[A-Za-z]\.)+", word))
        or low.rstrip(".") in ABBREVIATED_TITLES
        or low in STATE_ABBREVIATIONS
        or low in {"inc.", "co.", "corp.", "ltd.", "no.", "mt.", "ft.", "st.", "jr.", "sr.", "vs."}
    )


# First words of multi-word places, which a dateline in capitals starts with: "SAN FRANCISCO".
PLACE_PREFIXES = set("new san santa los las la des el fort port saint st. north south east west".split())


def dateline(words: list[str]) -> bool:
    """A place in capitals, alone or before a name: "DECATUR", "LA CROSSE", "LONDON Ann Lee".

    Acronyms are capitals too ("CNN", "USA TODAY"), so only a known place, a run that starts the
    way multi-word places do, or a single word too long for an acronym counts.
    """
    caps = [w for w in words if w.isupper() and len(w) > 1 and w.replace("-", "").isalpha()]
    if not caps or caps[0] != words[0]:
        return False
    if " ".join(caps).lower() in PLACES:
        return True
    if len(caps) == len(words):
        return (len(words) > 1 and words[0].lower() in PLACE_PREFIXES) or (
            len(words) == 1 and len(words[0]) >= 7 and words[0].isalpha()
        )
    return False


def dated(words: list[str], at: int) -> bool:
    """Is the weekday at `at` a date glued to the source ("the campaign on Tuesday", "Lee
    Friday")? One inside what modifies a description is not ("results tallied through Wednesday",
    "a person familiar with Thursday's meeting", "data released Friday by the board")."""
    if re.search(r"['’]s$", words[at]) or at == 0:
        return at == 0
    before = bare(words[at - 1])
    participle = at > 1 and words[at - 1].islower() and before.endswith("ed")
    return before == "on" or not (before in DATE_PREPOSITIONS or participle)


def is_description_head(word: str) -> bool:
    """A role, organisation or document noun, singular or plural: the head of a description."""
    low = bare(word)
    return (
        low in DESCRIPTION_HEADS or (low.endswith("s") and low[:-1] in DESCRIPTION_HEADS) or low == "people"
    )


def name_violation(name: str) -> str | None:
    """Why `name` is not a person's name, an organisation's name or a description; None if it is."""
    words = WORD.findall(name)
    if not words:
        return "empty"
    low = [bare(w) for w in words]
    core = low[1:] if low[0] in DETERMINERS else low  # the name without "the"/"a"/"former"
    phrase = " ".join(w.lower() for w in words)
    core_phrase = " ".join(w.lower().strip(",") for w in words[len(low) - len(core) :])
    if "Ã" in name[-2:] or name.endswith("Â"):
        return "cut at a mis-decoded character"
    if len(words) > 12:
        return "too long for a name or a description"
    if PARTY_STATE_TAG.match(name):
        return "party-state tag"
    if not core:
        return "determiner or number alone"
    titles = TITLE_WORDS | TITLE_ENDINGS | set(HONORIFICS) | {"vp"}
    if len(core) == 1 and core[0] in titles and (core == low or core[0] in TITLE_ENDINGS):
        return "title alone"  # "the spokesman" is a description; "sen", "the Rev" are not
    if core[-1] in TITLE_ENDINGS and len(words) > 1:
        return "ends in a title: the name was cut"
    if len(words) > 1 and re.fullmatch(r"[A-Z]\.?", words[-1]) and words[-1] != "I":
        return "ends in a lone initial: the name was cut"
    if core_phrase in PLATFORMS or (low[0] in {"on", "via"} and low[-1] in PLATFORMS):
        return "platform"
    if core == low and phrase.replace(" ", "-") in NATIONALITIES:
        return "nationality adjective"
    if core == low and len(core) == 1 and core[0] in PARTY_ADJECTIVES:
        return "party adjective"
    if dateline(words):
        return "dateline: a place in capitals"
    place = phrase[4:] if phrase.startswith("the ") else phrase
    if place in PLACES or place.rstrip(".") in PLACES:
        return "bare place"
    if len(core) > 1 and (core[0] in PLACE_FIRST or core[-1] in PLACE_LAST) and name[:1].isupper():
        return "bare place"
    if any(dated(words, i) for i, w in enumerate(low) if w in WEEKDAYS) or (
        len(core) == 1 and core[0] in MONTHS
    ):
        return "date in the name"
    first = words[0].lower()  # raw: "I." is an initial, not a pronoun
    described = first in {"someone", "somebody"} and len(low) > 1  # "someone in attendance"
    if first in PRONOUNS and not described and (len(low) == 1 or first not in POSSESSIVE_DETERMINERS):
        return "pronoun"
    adjective = low[0] == "outside" and len(words) > 1 and words[1].islower() and low[1] not in DETERMINERS
    if low[0] in NOT_FIRST and not re.fullmatch(r"[A-Z]\.", words[0]) and not adjective:
        return f"starts with a function word: {words[0]}"  # "outside experts" are sources
    body = (
        len(words) > 1 and words[0][:1].isupper() and bare(low[-1]) in BODY_SUFFIXES
    )  # 'Keep the Promise PAC'
    if (
        low[0] in REPORTING_VERBS or low[0] in COMMON_VERBS or (name.islower() and low[0].endswith("ed"))
    ) and not body:
        return "starts with a verb"
    if len(words) > 1 and low[-1] in DANGLING and (words[-1].islower() or low[-1] in PRONOUNS):
        return "ends mid-phrase: cut short"
    for prev, word in zip(words, words[1:], strict=False):
        if prev.endswith(".") and not is_abbreviation(prev) and word[:1].isalpha():
            return "runs past a sentence end"
    # A relative clause, with or without its 'that': 'an account (that) she gave to the Courier'.
    relative = next(
        (
            i
            for i, w in enumerate(low)
            if i > 1 and (w in RELATIVE_WORDS or w in CLAUSE_PRONOUNS and words[i - 1].islower())
        ),
        len(low),
    )
    if any(w.islower() and bare(w) in FINITE_VERBS | COMMON_VERBS for w in words[:relative]):
        return "a clause, not a name"
    if name.islower() or name[:1].islower():
        return lower_case_violation(words, low)
    if len(words) > 1 and words[0][:1].isupper():
        return glued_violation(words, low)
    return None


def lower_case_violation(words: list[str], low: list[str]) -> str | None:
    """A phrase starting lower-case: fine as a description ("a police spokesman", "federal
    prosecutors", "his campaign"), a violation as a stub of a name ("mr", "clinton's campaign")."""
    if (
        low[0] in DETERMINERS
        or low[0] in {"his", "her", "its", "their", "our", "my", "your"}
        or low[0].isdigit()
    ):
        return None
    if re.search(r"['’]s?$", words[0]) or words[0].endswith("s’"):
        return "lower-cased name"
    if SHARE_OF_GROUP.match(" ".join(words)):
        return None  # "half of the tenants", "thirty percent of those asked": a described group
    head = bare(head_word(words))
    if head in MASS_SOURCES or head == "people" or low[0] in {"someone", "somebody"}:
        return None  # "people familiar with the plans", "exit polling data", "someone in attendance"
    if head.endswith("s") and not head.endswith("ss") and head.isalpha():
        return None  # a plural: "exit polls", "numerous sources", "officials familiar with it"
    return "lower-case stub"


def head_word(words: list[str]) -> str:
    """The head noun of a lower-case description: the last word before what modifies it
    ("people | familiar with the plans", "documents | he filed", "audio | provided to the Courier")."""
    for i, word in enumerate(words[1:], 1):
        low = bare(word)
        after = bare(words[i + 1]) if i + 1 < len(words) else ""
        participle = word.islower() and low[-2:] in {"ed", "ng"} and (after in NOT_FIRST or after in WEEKDAYS)
        adjective = (
            low == "outside" and i + 2 == len(words) and words[-1].islower() and after not in DETERMINERS
        )
        if (low in POST_MODIFIERS and not adjective) or low in PRONOUNS or participle:
            return words[i - 1]  # not 'conservative outside groups', where 'outside' is an adjective
    return words[-1]


def glued_violation(words: list[str], low: list[str]) -> str | None:
    """A capitalised run with a title, adjective or adverb before a person's name: "Senator Ann
    Lee", "Public Prosecutor Ann Lee", "Former Lee", "Republican Ann Lee", "Texas-based Ann Lee".
    An organisation ("Republican National Committee", "Justice Department") is left alone."""
    if low[0] in PLACE_TAILS:
        return "a place name cut in two"
    if not all(w[:1].isupper() for w in words):
        return None
    # The last title in the run, and the name after it: "Chief Justice | Ann Lee".
    at = max((i for i, w in enumerate(low[:-1]) if w in GLUED_TITLES), default=None)
    if at is not None and looks_like_a_person(words[at + 1 :], low[at + 1 :]):
        title = words[at]
        if at > 0 or title.endswith(".") or not (low[0] in ABBREVIATED_TITLES or low[0] in AMBIGUOUS_TITLES):
            return "title glued to the name"
    if not looks_like_a_person(words[1:], low[1:]):
        return None
    if any(w in NOT_FIRST for w in low[1:-1]):
        return "a function word inside the name"
    first = low[0]
    if first in {"former", "ex", "rival", "late", "then", "fellow"} or first.endswith("-based"):
        return "adjective glued to the name"
    # "American ...", "Democratic ..." open many organisations' names; the nouns rarely do.
    if first in {"democrat", "republican", "u.s", "gop"} and len(low) >= 3:
        return "party or country glued to the name"
    return None


def looks_like_a_person(words: list[str], low: list[str]) -> bool:
    """One to three capitalised words with nothing that marks an organisation, a place or a role."""
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(w in ORG_LAST or w in DOC_NOUNS or w in TITLE_WORDS or w in PLACE_LAST for w in low):
        return False
    if any(w in NATIONALITIES or w in PARTY_ADJECTIVES or w in PLACES for w in low):
        return False
    return not (words[-1].isupper() and len(words[-1]) > 1)  # an acronym: "American GOP"


def check(articles: list[Path]) -> tuple[list[str], set[str]]:
    """Run the extractor on each article; the violation lines and the articles that have any."""
    from briefing.article import load_article
    from briefing.errors import SeedError
    from briefing.extract import extract

    lines: list[str] = []
    bad: set[str] = set()
    for path in articles:
        try:
            article = load_article(path)
            with contextlib.redirect_stderr(io.StringIO()):  # the extractor's notes on skipped marks
                briefing = extract(article)
        except SeedError as exc:
            lines.append(f"{path.stem}: could not read ({exc})")
            bad.add(path.stem)
            continue
        except Exception as exc:  # a crash is a finding too; keep checking the others
            lines.append(f"{path.stem}: the extractor raised {type(exc).__name__}: {exc}")
            bad.add(path.stem)
            continue
        names = [s.name for s in briefing.speakers] + [p.name for p in briefing.people]
        for name in names:
            reason = name_violation(name)
            if reason:
                lines.append(f"{path.stem}: {name} ({reason})")
                bad.add(path.stem)
    return lines, bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="folder of articles")
    parser.add_argument("--limit", type=int, default=0, help="check only the first N articles")
    args = parser.parse_args(argv)
    suffixes = {".txt", ".md", ".markdown", ".html", ".htm"}
    if not args.articles.is_dir():
        print(f"error: no folder {args.articles}", file=sys.stderr)
        return 2
    articles = sorted(p for p in args.articles.iterdir() if p.suffix.lower() in suffixes)
    articles = articles[: args.limit or None]
    lines, bad = check(articles)
    for line in lines:
        print(line)
    print(f"{len(lines)} violations in {len(bad)} articles")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
