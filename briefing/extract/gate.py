"""The last step of extraction: every speaker and person shown is someone.

Attribution and reported speech read a source from the words around a cue; when those words
were the wrong ones ('Iowa says', 'Sixty percent said', 'said a source close'), the result is
no name. This pass mends what general grammar can mend and withdraws the rest:

- it tidies what was read past a source: a date, a dateline, a cut modifier, a clause after
  a named source ('a paper from the Acme Institute had this');
- a lone surname becomes the full name the article gives ('King' -> 'Pete King'), and a run
  that ends in a known name becomes that name ('For Tax Cuts Ann Lee' -> 'Ann Lee');
- a quotation credited by a description in its cue ('said one senior Democrat') keeps that
  description when the name read from it is no name;
- a source that is still no name (`sources.source_flaw`) is withdrawn: a quotation or a
  reported statement keeps its text and is shown unattributed (the source is in the text, only
  not where it was read: 'in Philadelphia, delegates said …'), and a person who is no person
  is not listed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from ..model import Briefing, CueSpan, Person, Quote, Reported, Speaker
from .lexicon import (
    AFFILIATIONS,
    DOC_NOUNS,
    FINITE_VERBS,
    ORG_NOUNS,
    PLACE_NAMES,
    REPORTING_VERBS,
    ROLE_NOUNS,
)
from .names import NOT_A_NAME
from .sources import source_flaw, tidy_source

AGENT_OR_OBJECT = re.compile(r"(?<![\w'’-])(by|that|whom)\s+(?:the\s+)?$")
SOURCE_NOUNS = set(DOC_NOUNS) | ORG_NOUNS | ROLE_NOUNS  # 'paper', 'agency', 'spokesman'
PREPOSITIONS = {"in", "on", "at", "from", "of", "for", "to", "with", "by", "about", "near", "over"}
ADDRESS_VERBS = {"told", "tells", "tell", "telling"}
POSSESSIVE_NAME = re.compile(r"[A-Z][a-z]+['’]s")  # "Lee's potential running mate"
DESCRIPTION_START = {"the", "a", "an", "one", "another"}
MAX_DESCRIPTION_WORDS = 6


def gate(briefing: Briefing) -> Briefing:
    """The briefing with every speaker and person a name, an organisation or a description."""
    names = [s.name for s in briefing.speakers] + [p.name for p in briefing.people]
    article = read_article(briefing.article.paragraphs, names)
    fixed = {name: shown_name(proper_case(name, article), article) for name in names}
    cues: dict[str, list[CueSpan]] = {}
    for q in briefing.quotes:
        if q.speaker is not None and q.cue is not None and q.attribution in {"cue", "description"}:
            cues.setdefault(q.speaker, []).append(q.cue)
    for r in briefing.reported:
        if r.speaker is not None and r.cue is not None:
            cues.setdefault(r.speaker, []).append(r.cue)  # 'the lifelong Republican says'
    paragraphs = briefing.article.paragraphs
    for name in names:
        if fixed[name] is None and name in cues:
            fixed[name] = cue_source(name, cues[name], paragraphs)
    quotes = tuple(credit(q, fixed.get(q.speaker, q.speaker) if q.speaker else None) for q in briefing.quotes)
    reported: list[Reported] = []
    for item in briefing.reported:
        speaker = fixed.get(item.speaker, item.speaker) if item.speaker is not None else None
        if speaker is not None and item.cue is not None and not_the_subject(item.cue, speaker, paragraphs):
            speaker = None  # 'she told the Courier', 'asked by the Courier, Lee said': not who said it
        reported.append(item if speaker == item.speaker else replace(item, speaker=speaker))
    roles: dict[str, str | None] = {}
    for s in briefing.speakers:
        name = fixed.get(s.name, s.name)
        if name is not None and not roles.get(name):
            roles[name] = s.role
    speakers = list_speakers(quotes, reported, roles)
    shown = {s.name for s in speakers}
    people: dict[str, Person] = {}
    for p in briefing.people:
        name = fixed.get(p.name, p.name)
        if name is not None and name not in shown and name not in people:
            people[name] = Person(name, p.role)
    return Briefing(briefing.article, quotes, tuple(reported), speakers, tuple(people.values()))


def credit(quote: Quote, speaker: str | None) -> Quote:
    """The quotation under its shown speaker; with none, no cue or attribution credits anyone."""
    if speaker == quote.speaker:
        return quote
    if speaker is None:
        return replace(quote, speaker=None, cue=None, attribution=None)
    return replace(quote, speaker=speaker)


def addressee(cue: CueSpan, name: str, paragraphs: tuple[str, ...]) -> bool:
    """Is `name` the one told ('told the Courier'), written right after a verb of telling?"""
    if cue.text.lower() not in ADDRESS_VERBS:
        return False
    after = paragraphs[cue.paragraph][cue.end : cue.end + len(name) + 8].lstrip()
    return after.lower().startswith(name.lower()) or after.startswith("the " + name)


def not_the_subject(cue: CueSpan, name: str, paragraphs: tuple[str, ...]) -> bool:
    """Is `name`, as written before the cue, an agent or an object rather than who spoke:
    'Contacted by the Courier, a tired Lee said', 'officials that the Courier interviewed
    said'? Or the one told: 'she told the Courier'?"""
    text = paragraphs[cue.paragraph]
    before = text[max(0, cue.start - 120) : cue.start]
    at = before.rfind(name)
    if at > 0:
        rest = before[at + len(name) :]
        between = rest.strip(" ,").split()
        lead = AGENT_OR_OBJECT.search(before[:at])
        if lead and lead.group(1) == "by":  # not an apposition, which ends in a comma
            subject = rest.startswith(", ") and not before.rstrip().endswith(",")
            if subject and between and between[0].lower() in {"a", "an", "the"}:
                return True  # 'by the Courier, a tired Lee said': Lee said it
        elif lead and len(between) == 1 and between[0].islower() and between[0].endswith("ed"):
            return True  # 'officials that the Courier interviewed said'
    return addressee(cue, name, paragraphs)


def cue_source(name: str, cues: list[CueSpan], paragraphs: tuple[str, ...]) -> str | None:
    """The source a quotation's cue writes, when the name read for it is no name.

    'the man shouted' gives 'the man'; 'one senior Democrat said' gives 'one senior Democrat'
    (a party noun alone is no name, the description it heads is); 'Bush said' for a run that
    ends in 'Bush' ('For Tax Cuts Jeb Bush') gives 'Bush'.
    """
    for cue in cues:
        words = [w.strip(",") for w in cue.text.split()]
        while words and words[0].lower() in REPORTING_VERBS:
            words = words[1:]
        while words and words[-1].lower() in REPORTING_VERBS:
            words = words[:-1]
        if not words:  # the verb alone: the subject is written before it
            before = paragraphs[cue.paragraph][max(0, cue.start - 160) : cue.start]
            at = before.rfind(name)
            lead = description_before(before[:at]) if at >= 0 else []
            opening = before[:at].rstrip()[: -len(" ".join(lead))].rstrip() if lead else "x"
            if not lead or opening[-1:].islower():
                continue  # no description, or one inside a clause: 'called herself a devout Catholic'
            words = lead + name.split()
        if len(words) > MAX_DESCRIPTION_WORDS:
            continue
        if words[0].lower() not in DESCRIPTION_START:
            cut = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
            words = words[:cut]  # 'Lee in his speech called': the name before the adjunct
            if not words or not name.endswith(" ".join(words)) or source_flaw(words[0]) == "pronoun":
                continue  # the cue names someone else
            words = description_before(paragraphs[cue.paragraph][: cue.start]) + words
        source = " ".join(words)
        if len(words) <= MAX_DESCRIPTION_WORDS and not source_flaw(source):
            return source
    return None


def description_before(text: str) -> list[str]:
    """The determiner or possessive and the modifiers written just before a cue's noun:
    'one senior ' -> ['one', 'senior']."""
    lead: list[str] = []
    for word in reversed(text.split()[-4:]):
        lead.insert(0, word)
        if (
            word.lower() in DESCRIPTION_START
            or POSSESSIVE_NAME.fullmatch(word)
            and not source_flaw(word[:-2])
        ):
            return lead  # 'one senior', "Lee's potential"

        if not (word.isalpha() and word.islower()) or word in PREPOSITIONS:
            break  # 'the disaster in Libya' is no description of Libya
    return []


def list_speakers(
    quotes: tuple[Quote, ...], reported: list[Reported], roles: dict[str, str | None]
) -> tuple[Speaker, ...]:
    """Everyone quoted or reported, in order of first appearance, each with both lists of ids."""
    first: dict[str, tuple[int, int]] = {}
    said: dict[str, tuple[list[str], list[str]]] = {}
    for kind, items in ((0, quotes), (1, reported)):
        for item in items:
            if item.speaker is not None:
                at = (item.paragraph, item.start)
                first[item.speaker] = min(first.get(item.speaker, at), at)
                said.setdefault(item.speaker, ([], []))[kind].append(item.id)
    order = sorted(said, key=lambda n: first[n])
    return tuple(Speaker(n, roles.get(n), tuple(said[n][0]), tuple(said[n][1])) for n in order)


class Written(NamedTuple):
    """What the article writes, read once: the words it writes inside a sentence, capitalised
    or not, the given names it writes before each surname, and the full names by surname."""

    capitalised: set[str]
    lower: set[str]
    given: dict[str, set[str]]
    full: dict[str, set[str]]


def read_article(paragraphs: tuple[str, ...], names: list[str]) -> Written:
    """One pass over the text, so that each name is then checked in constant time."""
    text = "\n".join(paragraphs)
    inside = re.findall(r"[a-z,] ([A-Za-z]+)(?![\w-])", text)
    given: dict[str, set[str]] = {}
    for pair in re.finditer(r"(?<![\w.])([A-Z][a-z]+) (?=([A-Z][a-z]+)(?![\w'’-]))", text):
        given.setdefault(pair.group(2), set()).add(pair.group(1))
    full: dict[str, set[str]] = {}
    for name in names:
        if len(name.split()) > 1 and not source_flaw(name):
            full.setdefault(name.split()[-1], set()).add(name)
    return Written({w for w in inside if w[0].isupper()}, {w for w in inside if w.islower()}, given, full)


def proper_case(name: str, article: Written) -> str:
    """'cologne police' read at a sentence start is 'Cologne police' when the article writes
    'Cologne' with its capital inside a sentence, and never in lower case: a name."""
    first = name.split()[0] if name else ""
    if not first.islower() or not first.isalpha():
        return name
    capital = first.capitalize()
    if capital in article.capitalised and first not in article.lower:
        return capital + name[len(first) :]
    return name


def shown_name(name: str, article: Written) -> str | None:
    """The name to show for `name`, or None when it names nobody."""
    tidy = tidy_source(name)
    words = tidy.split()
    if len(words) == 1:  # 'King said' where the article named Pete King: the full name
        full = article.full.get(tidy, set())
        if len(full) == 1:
            return next(iter(full))
        given = {g for g in article.given.get(tidy, ()) if given_name(g)}
        surname = source_flaw(tidy) in {None, "title or pronoun alone"}  # not 'Iowa', 'Twitter'
        if not full and surname and len(given) == 1:
            return f"{given.pop()} {tidy}"
    known = article.full.get(words[-1], set()) if words else set()
    glued = [
        i for i, word in enumerate(words[1:-1], 1) if word.lower() in {"in", "for", "of", "to", "on", "at"}
    ]
    if glued and " ".join(words[glued[-1] + 1 :]) in known:
        return " ".join(words[glued[-1] + 1 :])  # 'Believe In Ann Lee': a headline's words before a name
    if not source_flaw(tidy):
        return tidy
    for start in range(1, len(words) - 1):  # the longest name the run ends with
        if " ".join(words[start:]) in known:
            return " ".join(words[start:])  # 'For Tax Cuts Ann Lee': a headline's words before it
    return before_clause(tidy)


def given_name(word: str) -> bool:
    """Can this capitalised word be a given name: no title, common word, verb, party or place?"""
    low = word.lower()
    return not source_flaw(word) and not (
        low in NOT_A_NAME or low in REPORTING_VERBS or low in AFFILIATIONS or low in PLACE_NAMES
    )


def before_clause(name: str) -> str | None:
    """'a paper from the Acme Institute had this' -> 'a paper from the Acme Institute': a
    document, body or person described, read on into the clause after it. ('the Lee plan has
    failed' is no source: a plan is none of these.)"""
    words = name.split()
    verb = next((i for i, w in enumerate(words) if i > 1 and w.islower() and w in FINITE_VERBS), None)
    if verb is None:
        return None
    head = " ".join(words[:verb]).rstrip(",")
    named = any(re.match(r"[A-Z]", w) for w in words[1:verb])
    described = any(w.islower() and is_source_noun(w) for w in words[:verb])
    return head if named and described and not source_flaw(head) else None


def is_source_noun(word: str) -> bool:
    """A document, organisation or role noun, singular or plural: 'paper', 'reports', 'aides'."""
    low = word.lower().strip(",")
    return low in SOURCE_NOUNS or low.endswith("s") and low[:-1] in SOURCE_NOUNS
