"""Read a cue's subject: who or what a noun phrase names, and the role it gives them.

A reference is what a cue gives as its subject: a name ("Lee", "Mr Lee"), a pronoun
("he"), a description ("the actor", "an official"), an organisation ("the Lab Dems") or a
document ("the report"). Parsing it needs only the words; resolving it against everyone
the article names is the Cast's job (cast.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .lexicon import (
    ABBREVIATED_TITLES,
    ABBREVIATIONS,
    AFFILIATIONS,
    AUXILIARIES,
    COMMON_VERBS,
    COMPANY_NOUNS,
    CORPORATE_SUFFIXES,
    DEMONYMS,
    DOC_NOUNS,
    FINITE_VERBS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    LEADING_FILLER,
    NAME_PARTICLES,
    NO_SPEAKER_WORDS,
    NON_NAME_WORDS,
    ORG_NOUNS,
    POSSESSIVES,
    PRONOUNS,
    RELATIVE_WORDS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    ROLE_STOP_WORDS,
)
from .names import is_affiliation, is_title_word, parse_name, split_title

TOKEN = re.compile(r"[\w][\w'’.\-]*|[,;:()]")
CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.\-]*$")
POSSESSIVE_END = re.compile(r"['’]s?$")
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.]*(?:\s[A-Z\d][\w.]*){0,2})?\s*[-–—]+\s+"
)  # 'LIMA, Peru -', 'OSLO, June 10 -'
ORIGIN = re.compile(r"^(?:\d{1,3}|(?:of|from) [A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*)*$")  # '30', 'of Leeds'
RELATIVE_CLAUSE = re.compile(r"\s(?:who|whose|whom|which)\s")
MAX_DESCRIBED_APPOSITION = 24  # ', a Clinton aide during her 2008 run and now director of …,'
MAX_DESCRIPTION_WORDS = 10  # 'a spokesman for the city council', not the clause after it
CONTRACTION = re.compile(r"^(?:i|we|you|they|he|she|it)['’](?:ve|m|re|d|ll|s)$")  # "I've", "We're"
SEGMENT_BREAK = re.compile(r"\s*[,;]\s*")
PLACE_BEFORE = re.compile(r"\b(?:in|from|of|near|outside)\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*$")
EXAMPLES = re.compile(r"(?:including|such as|among them|notably)\b", re.IGNORECASE)
PARTY_TAG = re.compile(r"^[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?$")  # a US lawmaker's party and state
INITIALS = re.compile(r"^(?:[a-z]\.)+[a-z]?$")  # 'd.c', 'u.s': the full stop ends no sentence
ROLE_ADJECTIVES = {
    "former",
    "ex",
    "acting",
    "interim",
    "deputy",
    "senior",
    "junior",
    "assistant",
    "then",
    "late",
}
POST_NOMINALS = {"QC", "KC", "MP", "MEP", "MSP", "AM", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD"}
NOT_SOURCES_AFTER_ONE = {*"month year week day hour minute time way thing reason point".split()}
SHARES = {*"half majority two-thirds three-quarters one-third one-quarter".split()}
GROUP_LINKS = {
    "at",
    "from",
    "with",
    "for",
    "in",
    "inside",
    "close",
}  # 'analysts at Acme', 'aides close to Lee'
CONNECTORS = {"of", "for", "and", "the", "&"}  # inside an organisation's name
PARENTHETICAL = re.compile(r"\([^()]{0,80}\)")  # "(D-Essex)", "(pictured)"
ROLE_FILLER = LEADING_FILLER | {"the", "a", "an", "of", "to", "for"}  # words a role never starts with


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """A spelling key: no accents, lower case, German ue/oe/ae folded (Kühn = Kuehn)."""
    text = unicodedata.normalize("NFKD", word)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return text.replace("ue", "u").replace("oe", "o").replace("ae", "a").strip(".'’")


def is_capitalised(word: str) -> bool:
    return bool(CAPITALISED.match(word))


class Ref(NamedTuple):
    """What a cue's subject says, before it is resolved against the cast."""

    kind: str  # pronoun | name | role | org | doc | unnamed | possessive-doc
    text: str
    name: tuple[str, ...] = ()
    role: str | None = None
    honorific: str | None = None
    head: str = ""


def words_of(text: str) -> list[str]:
    return [t for t in TOKEN.findall(text) if t not in ",;:()"]


QUANTITIES = {*"two three four five six seven eight nine ten several some many few most both dozens".split()}


INDEFINITE = {"a", "an", "another", "one"}


def first_word(segment: str) -> str:
    return (segment.split(maxsplit=1) or [""])[0].lower()


def parse_reference(np: str) -> Ref | None:
    """Classify the subject of a cue; None when it cannot be a speaker."""
    np = DATELINE.sub("", PARENTHETICAL.sub(" ", np))
    segments = [s.strip() for s in SEGMENT_BREAK.split(np.strip()) if s.strip()]
    segments = [s for s in segments if not PARTY_TAG.match(s)]  # 'Sen. Ann Lee, R-Texas, said'
    examples = next((i for i, s in enumerate(segments) if i and EXAMPLES.match(s)), len(segments))
    segments = segments[:examples]  # 'Other candidates, including Ann Lee and Tom Ruiz, said': the group
    for i, seg in enumerate(segments):
        if seg.split()[0].lower() in RELATIVE_WORDS:
            # 'Speaking in Ohio, which votes next, Lee said': after an opening phrase the subject follows
            after_opening = 0 < i < len(segments) - 1 and is_adverbial(segments[0])
            segments = segments[:i] + segments[-1:] if after_opening else segments[:i]
            break
    if not segments:
        return None
    opener, _, rest = segments[0].partition(" ")
    if (
        opener.lower() in {"but", "and", "so", "yet", "or", "also"}
        and rest[:1].isupper()
        and looks_like_name(rest)
    ):
        segments[0] = rest  # 'But Ann Lee, a Republican, said': the conjunction opens the clause
    while len(segments) > 1 and is_adverbial(segments[0]):
        segments.pop(0)
    head_seg, apposition = segments[0], None
    if len(segments) > 1 and looks_like_name(segments[0]) and ORIGIN.match(segments[1]):
        # 'Ann Lee, 30, of Leeds, Kent,': her age and home town; an apposition may follow
        rest = [seg for seg in segments[1:] if not ORIGIN.match(seg) and not is_place(seg)]
        segments = segments[:1] + rest[:1]
    if len(segments) > 1:
        if looks_like_name(segments[0]) and is_apposition(before_relative(segments[1])):
            apposition = before_relative(segments[1])  # 'Ann Lee, an aide who quit in May, said'
        elif looks_like_name(segments[-1]) and (
            is_role_noun(segments[-2].split()[-1]) or is_role_noun(head_noun(segments[-2].lower().split()))
        ):  # 'The spokesperson of the Ministry of Commerce, Gao Feng,'
            head_seg, apposition = segments[-1], segments[-2]  # "The firm's finance director, Ann Lee"
        elif (
            len(segments) == 2
            and looks_like_name(segments[1])
            and segments[0].split()[-1].islower()
            and (is_capitalised(segments[1].split()[0]) or is_role_noun(segments[1].split()[0]))
        ):
            head_seg, apposition = segments[1], segments[0]  # "Lee's introducer, actress Ann Ruiz"
        elif (
            len(segments) == 2
            and first_word(segments[0]) in INDEFINITE
            and first_word(segments[1]) in {"a", "an"}
        ):
            head_seg = segments[0]  # 'Another resident, a man who has lived here for years,'
        elif starts_noun_phrase(segments[-1]) and not in_place(segments[-2], segments[-1]):
            head_seg = segments[-1]
    words = strip_edges(words_of(head_seg))
    if len(words) > 2 and words[0].lower() in SHARES and words[1] == "of":  # 'Half of Vermont Democrats'
        return Ref("unnamed", " ".join([words[0].lower(), *words[1:]]), head=words[-1].lower())
    words = cut_after_name(words)
    ref = classify(words, apposition)
    if ref is None:  # "Rob Dent surfaced", "The coach went on": the subject ends at its verb
        verb = next((i for i, w in enumerate(words) if i and is_verbish(w)), 0)
        if verb:
            ref = classify(strip_edges(words[:verb]), apposition)
    return ref


def classify(words: list[str], apposition: str | None) -> Ref | None:
    """A pronoun, a name with its role, an organisation, a document or a description."""
    if not words:
        return None
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        return Ref("pronoun", low[0])
    if all(w in NO_SPEAKER_WORDS or CONTRACTION.match(w) for w in low):
        return None  # 'Six', 'Others', 'Twitter': a number, a quantity or a platform speaks for nobody
    if low[0] in POSSESSIVES and low[-1] in DOC_NOUNS:
        return Ref("possessive-doc", " ".join(words), head=DOC_NOUNS[low[-1]], role=low[0])
    head_at = group_head(words)
    if head_at is not None:  # 'Analysts at Acme Bank', 'some delegates at the convention in Ohio'
        group = [*low[: head_at + 1], *words[head_at + 1 : MAX_DESCRIPTION_WORDS]]
        return Ref("unnamed", " ".join(group), head=low[head_at])
    last = words[-1]
    head_at = head_index(low)
    described = low[0] in {"the", "a", "an"} and head_at < len(low) - 1 and words[head_at].islower()
    if (
        len(words) > 1
        and last[:-1].isupper()
        and last.endswith("s")
        and is_role_noun(last)
        and words[-2].islower()
    ):
        return Ref("unnamed", " ".join(words), head=low[-1])  # 'rebel MPs', 'senior MEPs'
    if is_capitalised(last) and not POSSESSIVE_END.search(last) and not described:
        owned = any(POSSESSIVE_END.search(w) for w in words[1:-1])  # "the EPA's Ann Lee"
        office = next((i for i, w in enumerate(words[:-1]) if POSSESSIVE_END.search(w)), -1) + 1
        if owned and low[0] == "the" and low[office].rstrip(".,") in ORG_NOUNS:
            return Ref(
                "org", " ".join(["the", *words[1:]]), name=tuple(words[1:])
            )  # "the Sheriff's Office of X"
        if (
            low[0] in {"the", "a", "an"}
            and not owned
            and all(is_capitalised(w) or w in CONNECTORS for w in words[1:])
            and not titled_person(words[1:])
        ):
            if len(words) == 2 and (low[1] in DEMONYMS or one_of_a_people(low[1])):
                return Ref("role", " ".join(["the", low[1]]), head=low[1])  # 'the Scot added'
            return Ref("org", " ".join(["the", *words[1:]]), name=tuple(words[1:]))
        if (
            len(words) > 2
            and all(is_capitalised(w) or w in CONNECTORS for w in words)
            and words[-1].lower().rstrip(".") in ORG_NOUNS | CORPORATE_SUFFIXES
            and low[0] not in NO_SPEAKER_WORDS
            and not titled_person(words)
        ):
            return Ref("org", " ".join(words), name=tuple(words))  # 'Kent Fire and Rescue Service'
        run_start = len(words)
        while run_start > 0 and (
            is_capitalised(words[run_start - 1])
            or words[run_start - 1] in NAME_PARTICLES
            or words[run_start - 1].isdigit()
            and run_start > 1
            and is_capitalised(words[run_start - 2])
        ):
            run_start -= 1
        run = words[run_start:]
        if run_start > 0 and len(run) == 2 and run[0] == "He":
            titles, name, honorific = [], run, None  # 'analyst He Jianguo': the surname He, not 'he'
        else:
            titles, name, honorific = split_title(run)
        if not name:  # 'Foreign Office', not 'published Tuesday' or 'Tuesday'
            if not all(is_capitalised(w) or w in CONNECTORS for w in words):
                return None
            if len(words) == 1 and is_title_word(words[0]) and not words[0].endswith("."):
                return Ref("name", words[0], name=(words[0],))  # 'King said': a surname
            if all(w.lower() in NON_NAME_WORDS for w in words):
                return None
            return Ref("org", " ".join(words), name=tuple(words))
        before = words[:run_start] + titles
        role_words = [w for w in before[role_start(before) :] if w.lower().rstrip(".") not in HONORIFICS]
        role = apposition or " ".join(role_words) or None
        return Ref("name", " ".join(name), name=tuple(name), role=role, honorific=honorific)
    relative = next(
        (i for i, w in enumerate(low) if i and (w in RELATIVE_WORDS or w in REPORTING_VERBS)), len(words)
    )  # 'another said he hoped': the description ends at its verb
    head_at = relative
    if where_they_live(low, relative):
        relative = len(words)  # 'a woman who lives opposite': the clause is what tells her apart
    words, low = words[:relative][:MAX_DESCRIPTION_WORDS], low[:relative][:MAX_DESCRIPTION_WORDS]
    if all(w in NO_SPEAKER_WORDS for w in low):
        return None  # 'Another said …': a determiner alone names nobody
    if low[0] in {"one", "another"} and low[1:2] and low[1].rstrip(".") in NOT_SOURCES_AFTER_ONE:
        return None  # 'one month after', 'one reason': a count, not a source
    words[-1] = words[-1].rstrip(".,;:") or words[-1]
    head = head_noun(low[:head_at])
    if (
        len(words) > 2
        and is_role_noun(low[-1])
        and all(is_capitalised(w) or w in CONNECTORS for w in words[1:-1])
    ):
        head = low[-1]  # 'a Department for Transport spokesman' is a spokesman, not a department
    description = (
        " ".join([low[0], *words[1:]]) if low[0] in {"the", "a", "an", "another", "one"} else " ".join(words)
    )
    if clause_before_article(words):
        return None  # '… and regenerates the library,\' said Lee': the end of a clause, not a subject
    if head in DOC_NOUNS:
        owner = words[0] if POSSESSIVE_END.search(words[0]) else None
        return Ref("doc", description, head=DOC_NOUNS[head], role=owner)
    if (
        head in ORG_NOUNS
        or head in INSTITUTION_NOUNS
        or head in COMPANY_NOUNS  # 'the port operator', 'the lender'
        or (head.endswith("s") and head[:-1] in ORG_NOUNS)
    ):
        return Ref("org", description, head=head)
    if low[0] in {"a", "an", "another", "one"} or head.endswith("s") and is_role_noun(head):
        return Ref("unnamed", description, head=head)
    if (low[0] in QUANTITIES or low[0].isdigit()) and "people" in low[1:3]:
        return Ref("unnamed", description, head="people")  # 'Two people familiar with the talks'
    if low[0] in {"the", "this", "that"} or head in ROLE_NOUNS:
        return Ref("role", description, head=head)
    return None


# Words before a description's article that leave it the subject: 'even the company', 'and
# the union', 'the the report' (a slip), and what a preposition opens ('of a party').
NOT_CLAUSE_ENDS = set(
    """
even only just all both half and but or so yet then also not the a an
of in on at to with for from by as like about than
""".split()
)


def clause_before_article(words: list[str]) -> bool:
    """'… and regenerates the library,\' said Lee': a verb just before a description's article
    ends another clause; the description is its object, not the subject of the cue."""
    return (
        len(words) > 2
        and words[1] in {"the", "a", "an"}
        and words[0].islower()
        and words[0] not in NOT_CLAUSE_ENDS
    )


def where_they_live(low: list[str], at: int) -> bool:
    """'a woman who lives opposite', 'a man who runs the cafe': a short relative clause in the
    present that describes an unnamed source (not 'who was not authorized to speak')."""
    rest = low[at + 1 :]
    return (
        at < len(low)
        and low[0] in {"a", "an"}
        and low[at] == "who"
        and 1 <= len(rest) <= 4
        and rest[0].endswith("s")
        and rest[0] not in FINITE_VERBS
        and rest[0] not in AUXILIARIES
        and rest[0] not in REPORTING_VERBS
    )


def one_of_a_people(word: str) -> bool:
    """'the Italian', 'the Israeli', 'the Republican': one person of a nation or party ('the
    Chinese', 'the British' are a people or a government, not one person)."""
    return word in AFFILIATIONS and word.endswith(("an", "i", "democrat"))


def is_abbreviation(token: str) -> bool:
    """'Rev.', 'Sen.', 'U.S.', 'J.': a capitalised word whose full stop ends no sentence."""
    if not token.endswith(".") or not token[:1].isupper():
        return False
    low = token.lower().rstrip(".")
    return low in ABBREVIATIONS or bool(INITIALS.match(low)) or len(low) == 1


def titled_person(words: list[str]) -> bool:
    """'the Rev. Ann Lee', 'the U.S. Trade Secretary Ann Lee': a person after a title, not an organisation."""
    if CONNECTORS.intersection(words):
        return False  # 'the Secretary of State for Health': an office
    name = parse_name(words)
    return name is not None and any(is_title_word(t) for t in name.titles)


def is_verbish(word: str) -> bool:
    """A lowercase word that ends a subject: 'went', 'defended', 'is'."""
    low = word.lower()
    return word.islower() and (
        low in FINITE_VERBS or low in AUXILIARIES or low in COMMON_VERBS or low.endswith("ed")
    )


def joins_two_teams(words: list[str], at: int) -> bool:
    """'Rovers and Wales defender': one capitalised word either side, not a name before it."""
    left_one = at >= 1 and is_capitalised(words[at - 1])
    left_two = at >= 2 and is_capitalised(words[at - 2])
    return left_one and not left_two and at + 1 < len(words) and is_capitalised(words[at + 1])


def role_start(words: list[str]) -> int:
    """Where the role that ends `words` begins ('… led by senior official'), or len(words).

    Capitalised words and title connectors ('of', 'to the') join freely; a lowercase word
    joins only as part of a run that ends in a role noun ('Hollywood film star'). The run
    must hold a title or role word, and never reaches back past a stop word or a full stop.
    """
    start = len(words)
    lowercase_run = 0 if words and not is_capitalised(words[-1]) else -1
    capital_seen = False
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        low = word.lower()
        if not word[0].isalnum():
            break
        if word.endswith(".") and low.rstrip(".") not in ABBREVIATED_TITLES and not is_abbreviation(word):
            break  # 'again.' ends the sentence before
        two_posts = (
            low == "and"
            and 0 < i < len(words) - 1
            and is_title_word(words[i - 1])
            and words[i - 1][:1].isupper()
            and capital_seen
        )
        if (
            low in {"of", "to", "for", "the"}
            and capital_seen
            or low == "and"
            and joins_two_teams(words, i)
            or two_posts
        ):
            start = i
            continue
        if low in ROLE_STOP_WORDS or low in REPORTING_VERBS or low in FINITE_VERBS:
            break
        if word[0].isupper():
            lowercase_run, capital_seen = -1, True
        elif low in ROLE_ADJECTIVES:
            pass  # 'former Rovers and Wales defender'
        elif i >= 2 and words[i - 1].lower() in {"of", "for"} and is_role_noun(words[i - 2]):
            lowercase_run = max(lowercase_run, 0) + 1  # 'minister of sport', 'secretary for health'
        elif is_role_noun(word) or (0 < lowercase_run < 4 and not low.endswith(("ed", "ing"))):
            lowercase_run = max(lowercase_run, 0) + 1
            capital_seen = False
        else:
            break
        start = i
    while start < len(words) and words[start].lower() in ROLE_FILLER:
        start += 1
    role = words[start:]
    titled = any(
        is_title_word(w) and w.lower().rstrip(".") not in HONORIFICS or is_affiliation(w, role) for w in role
    )
    affiliation = bool(role) and is_capitalised(role[-1]) and bool(POSSESSIVE_END.search(role[-1]))
    return start if titled or affiliation else len(words)


def group_head(words: list[str]) -> int | None:
    """Where the plural role noun of a described group stands, when a preposition follows it:
    'analysts at Acme', 'some delegates at the convention', 'protest organizers in Leeds'."""
    for i, word in enumerate(words[:3]):
        if i + 2 > len(words) - 1 or not word.islower() and i:
            return None
        if word.lower().endswith("s") and is_role_noun(word) and words[i + 1] in GROUP_LINKS:
            return i
    return None


def cut_after_name(words: list[str]) -> list[str]:
    """'Chief Ann Lee with the city police' -> 'Chief Ann Lee': a name ends at a preposition.

    An organisation's name goes on past one: 'the League for Tenants'.
    """
    if words and words[0].lower() == "the" and all(is_capitalised(w) or w in CONNECTORS for w in words[1:]):
        return words
    if group_head(words) is not None:
        return words  # 'Economists at the Bank of England': one description
    for i in range(1, len(words)):
        before = words[i - 1]
        preposition = words[i] in {"with", "of", "at", "from", "for", "in", "on"}
        surname = (  # 'Ann Boxer of California', not 'Secretary of State Ann Lee' (the title goes on)
            i >= 2
            and is_capitalised(words[i - 2])
            and not is_title_word(words[i - 2])
            and not before.endswith("s")
            and not (len(words) - i > 2 and all(is_capitalised(w) for w in words[i + 1 :]))
        )
        named = (
            is_capitalised(before)
            and before.lower() not in NON_NAME_WORDS
            and (surname or not is_title_word(before) and not is_role_noun(before))
        )  # 'Supporters of Lee' is one description
        if preposition and named and not titled_name_after(words, i):
            return words[:i]
    return words


def titled_name_after(words: list[str], at: int) -> bool:
    """'Fight for $15 organizing director Kendall Fells': a role and a name after the preposition."""
    return any(
        is_role_noun(w) and is_capitalised(n) for w, n in zip(words[at:], words[at + 1 :], strict=False)
    )


def head_index(low_words: list[str]) -> int:
    """Where the noun a description is about stands: 'spokesman' in 'a spokesman for the firm'."""
    for i, word in enumerate(low_words[1:], 1):
        if word in {"of", "for", "at", "from", "with", "in", "on", "to"}:
            return i - 1
    return len(low_words) - 1


def head_noun(low_words: list[str]) -> str:
    return low_words[head_index(low_words)]


def is_adverbial(segment: str) -> bool:
    """A leading phrase that is not the subject: 'In an email to X', 'Speaking to Y', 'Then'."""
    first = segment.split()[0]
    low = first.lower()
    return (
        low in LEADING_FILLER
        or low in ROLE_STOP_WORDS
        or low in {"in", "on", "at", "for", "during", "after", "before", "despite", "asked", "noting"}
        or low.endswith("ing")
        or (first.islower() and low.endswith("ed"))  # 'published Tuesday'
        or (
            low.endswith("ly")
            and (first.islower() or " " not in segment.strip() and short_adverb_or_long(low))
        )
        or segment.lower().endswith(" ago")
    )


SHORT_ADVERBS = {*"only early lately surely truly rarely partly mostly likely oddly sadly newly".split()}
SHORT_ADVERBS |= {*"merely simply mainly hardly barely nearly fairly firstly kindly calmly".split()}


def short_adverb_or_long(low: str) -> bool:
    """'Separately,' or 'Sadly,' opens a sentence; 'Kelly,' or 'Daly,' is a name."""
    return len(low) >= 7 or low in SHORT_ADVERBS


def starts_noun_phrase(segment: str) -> bool:
    """'the suit' or 'Lee' can be a subject; 'filed in a court' cannot."""
    first = segment.split()[0]
    return is_capitalised(first) or first.lower() in {"the", "a", "an", *PRONOUNS, *POSSESSIVES}


def looks_like_name(segment: str) -> bool:
    words = strip_edges(words_of(segment))
    return bool(words) and is_capitalised(words[-1]) and not POSSESSIVE_END.search(words[-1])


def is_apposition(segment: str) -> bool:
    """', a Jesuit priest,' or ', technical director at Acme' after a name."""
    words = segment.split()
    if not words or words[0].lower() in RELATIVE_WORDS:
        return False
    first = words[0].lower()
    determined = first in {"a", "an", "the", "his", "her", "their", "its", "our"}
    if len(words) > (MAX_DESCRIBED_APPOSITION if determined else 16):
        return False
    if any(
        (w.lower() in REPORTING_VERBS and not (w.endswith("ing") and i + 1 < len(words)))
        or w.lower() in FINITE_VERBS
        for i, w in enumerate(words)
    ):  # ', the minister said', but ', a creative writing teacher,' names a post
        return False
    if determined or first in AFFILIATIONS and words[1:2] == ["of"]:  # ", Republican of Ohio,"
        return True
    if first in {"of", "from", "for", "at", "with"}:
        return any(is_capitalised(w) for w in words[1:])  # ", from the Institute for X,"
    if POSSESSIVE_END.search(words[0]) and is_capitalised(words[0]):
        return True  # ", Harwell's chief economist,"
    return first.islower() and any(is_role_noun(w) for w in words)


def in_place(before: str, segment: str) -> bool:
    """'a woman in Worcester, Massachusetts': the segment only says where the place before is."""
    return bool(PLACE_BEFORE.search(before)) and is_place(segment)


def is_place(segment: str) -> bool:
    """', Kent,' after a home town: capitalised words and no title or role in them."""
    words = segment.split()
    return all(is_capitalised(w) and not is_title_word(w) for w in words) and len(words) <= 3


def before_relative(segment: str) -> str:
    """', a GOP leader who backed Lee,' -> 'a GOP leader': the relative clause is not the role."""
    match = RELATIVE_CLAUSE.search(segment)
    return segment[: match.start()] if match else segment


def sentence_case(description: str) -> str:
    """'Landlord groups' at a sentence start is 'landlord groups'; names keep their capitals."""
    words = description.split()
    first = words[0] if words else ""
    proper = len(words) > 1 and POSSESSIVE_END.search(first)  # "Peru's president": a name's
    proper = proper or first.lower() in AFFILIATIONS  # "Chinese experts", "Republican senators"
    if first[:1].isupper() and first[1:].islower() and all(w.islower() for w in words[1:]) and not proper:
        return description[:1].lower() + description[1:]
    return description


def is_role_noun(word: str) -> bool:
    """'director', and plurals: 'developers'."""
    low = word.lower().strip(".,")
    return (
        low in ROLE_NOUNS
        or (low.endswith("s") and low[:-1] in ROLE_NOUNS)
        or (low.endswith("ies") and low[:-3] + "y" in ROLE_NOUNS)  # 'allies', 'secretaries'
    )


def strip_edges(words: list[str]) -> list[str]:
    """Drop leading fillers ('But', 'Meanwhile'), trailing auxiliaries ('has', 'also') and
    letters after a name ('QC', 'MP')."""
    while words and words[-1] in POST_NOMINALS:
        words = words[:-1]
    while words and words[0].lower() in LEADING_FILLER:
        words = words[1:]
    while words and (words[-1].lower() in AUXILIARIES or words[-1].islower() and words[-1].endswith("ly")):
        words = words[:-1]
    return words
