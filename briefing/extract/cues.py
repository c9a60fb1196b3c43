"""Find reporting cues — `X said`, `said X`, `according to X`, `X told …:` — in narration.

A cue is a reporting verb with its subject. The subject of `"…," Lee said` stands before
the verb; in `"…," said Lee` and `according to Lee` it follows. Subjects are looked for
only inside the sentence and clause the verb is in, so a cue never reaches across a full
stop or into the next quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from .lexicon import ABBREVIATIONS, AFTER_QUOTE_ONLY, CREDIT_ONLY, DOC_NOUNS, REPORTING_BASES, REPORTING_VERBS
from .references import (
    CONNECTORS,
    INITIALS,
    Ref,
    is_abbreviation,
    is_role_noun,
    is_verbish,
    parse_reference,
    role_start,
)

WORD = re.compile(r"[A-Za-z]+")
CUE_WORDS = REPORTING_VERBS | AFTER_QUOTE_ONLY
POINT = {"point", "points", "pointed"}
NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)\s+$")
PASSIVE = re.compile(r"(?<![\w-])(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$")
FOR_SOMEONE = re.compile(r"\bfor\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+\s*$")
OBJECT_RELATIVE = re.compile(r"\b(?:which|that|whom)\s+(he|she|it|they|we)$")
BY_ISSUER = re.compile(r"\bby\s+([^,;:\"“”]{1,80}?)(?=[,;:\"“”]|\.(?:\s|$)|$)")
ISSUER_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w'’&.-]*)*")
SUBJECTLESS = re.compile(
    r"(?<![\w-])(?:when|if|once|as|after|before|while|unless|who|which)\s+$", re.IGNORECASE
)
NAMED_THING = re.compile(r"(?<![\w-])(?:a|an)\s+(?:[a-z][\w-]*\s+){1,3}$")
HAVING = re.compile(r"(?<![\w-])having\s+(?:\w+ly\s+)?$", re.IGNORECASE)
ADJUNCT_OPENERS = {"in", "to", "at", "on", "for", "during", "into", "over"}  # not "from X calling"
OWNED_WORDS = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s?)|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[a-z-]+\s+)?(remarks?|calls?|claims?|comments?|statements?|pledges?|promises?|vows?|warnings?|words"
    r"|assertions?|suggestions?|demands?|insistence|accusations?|charges?)"
    r"\s+(?:that|for|of|to)\s+[\"“‘']?\s*$"
)
PRONOUN_OF = {"his": "he", "her": "she", "their": "they"}
POSSESSED_TAIL = re.compile(r",\s+((?:his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$")
GERUND_AFTER = re.compile(r"(?<![\w-])(?:of|for|by|about|without|from|in|on|at|against)\s*$")
ADDRESSED = re.compile(
    r"(?<![\w-])(?:told|tells|urged|urges|warned|thanked|addressed|addresses)\s+(?:the\s+)?$"
)
SHOT_BACK = re.compile(r"(?<![\w-])(?:shot|fired|hit|snapped|struck|pushed|shoots|fires|hits) back(?![\w-])")
PROGRESSIVE_END = re.compile(r"\s(?:is|are|was|were)(?:\s+(?:still|now|also))?$")
WENT_ON = re.compile(r"(?<![\w-])went on(?=\s*[:,]\s*[\"“‘']|\s*:)")
WENT_ON_AFTER_QUOTE = re.compile(r"(?<=[,?!][\"”] )(?:[A-Z][\w.'’-]*\s){1,3}(went on)\b")
CONTRACTED_AUXILIARY = re.compile(r"(?i)\b(he|she|they|we)['’](?:s|ve)$")
TRAILING_AUXILIARY = re.compile(r"(?:\s+(?:has|have|had|is|was|also|then))+$")
TRAILING_ORIGIN = re.compile(
    r"(?:,\s*(?:\d{1,3}|(?:of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*))+\s*,?\s*$"
)
TRAILING_PARENTHETICAL = re.compile(r"\s*\([^()]{0,40}\)\s*,?\s*$")
BY_AGENT = re.compile(r"[^.;!?]{0,120}?\bby\s+((?:the\s+)?[A-Za-z][\w'’&-]*(?:\s+[A-Z][\w'’&.-]*){0,4})")
DETERMINED = re.compile(r"(?<![\w-])(?:a|an|the|his|her|their|its|our|my|your)\s+$")
ATTRIBUTIVE_BEFORE = re.compile(r"(?<![\w-])(?:a|an|the|his|her|their|its|our|my|your)\s+(?:([a-z]+)\s+)?$")
NOT_A_MODIFIED_NOUN = {  # 'a statement calling on', 'a post describing their talks': a verb's object follows
    *("that", "the", "a", "an", "this", "these", "those", "nothing", "so", "what", "how", "why"),
    *(
        "he",
        "she",
        "they",
        "we",
        "i",
        "there",
        "who",
        "which",
        "if",
        "whether",
        "it",
        "him",
        "her",
        "them",
        "us",
        "me",
        "you",
        "his",
        "their",
        "its",
        "our",
        "my",
        "your",
    ),
    *("to", "of", "on", "for", "in", "with", "about", "as", "at", "out", "up", "back", "again"),
}
RELATIVE_END = re.compile(r"\s(?:who|which)$")
SENTENCE_BREAK = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-Ö])")
SENTENCE_OPENERS = {"He", "She", "They", "It", "We", "I", "The", "But", "This", "That", "His", "Her"}
RELATIVE_SEGMENT = re.compile(r",\s*(?:who|which|whose)\b[^,]*")  # ', who served as X's aide,'
TRANSITIVE_VERBS = {  # the name after these is whom they address or attack, never who speaks
    *("told", "tells", "urged", "urges", "accused", "accuses", "praised", "praises", "warned", "thanked"),
    *("mocked", "mocks", "attacked", "attacks", "criticized", "criticizes", "criticised", "criticises"),
    *("blasted", "blasts", "slammed", "slams", "hailed", "hails", "branded", "brands", "labeled"),
    *("labelled", "labels", "condemned", "condemns", "ridiculed", "ridicules", "chided", "chides"),
    *("scolded", "scolds", "berated", "berates", "decried", "decries", "applauded", "applauds"),
    *("referred", "refers"),
}
APPOSITION = re.compile(r",\s*((?:[^,.;:\"“”]|(?<=\b[A-Z])\.){1,120})")  # ', director James B. Comey'
INTERRUPTION = re.compile(r"[^,]{1,100},\s*$")  # a clause set off by commas, right before the verb
CLAUSE_WORDS = re.compile(
    r"(?<![\w-])(?:that|after|before|when|where|while|because|since|as|if|although|though|whereas|but"
    r"|and then|and(?=\s+(?:\w+ly\s+)?$))(?![\w-])",
    re.IGNORECASE,
)
INVERTED_STOPS = {
    "at",
    "in",
    "on",
    "to",
    "during",
    "after",
    "before",
    "with",
    "from",
    "about",
    "who",
    "when",
    "as",
    "of",
}
MAX_INVERTED_WORDS = 8  # more only while the words are capitalised: a long title before a name
MAX_INVERTED_NAME_WORDS = 12
MAX_SUBJECT_WORDS = 12
MAX_SUBJECT_CHARS = 250  # a subject, with its apposition, is never longer than this


class Cue(NamedTuple):
    """A reporting verb at [start, end) and the reference it reports."""

    start: int
    end: int
    ref: Ref | None
    participle: bool = False


EVIDENCE_REACH = 160  # how far from its verb a cue's subject can stand


def evidence_span(text: str, cue: Cue) -> tuple[int, int]:
    """The words that credit a quote: the verb and its subject, 'said Ann Lee' or 'he added'.

    The subject's words are looked for right before the verb, then right after it; a cue
    whose subject is not written out ('…, saying') is the verb alone.
    """
    ref = cue.ref
    if ref is None:
        return cue.start, cue.end
    words = ref.name if ref.kind == "name" and ref.name else ref.text.split()
    if ref.kind == "name" and ref.honorific:
        words = (ref.honorific, *words)
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    if pattern.match(text, cue.start):  # the cue starts with its subject: 'She then listed'
        return cue.start, cue.end
    found = list(pattern.finditer(text, max(0, cue.start - EVIDENCE_REACH), cue.start))
    before = found[-1] if found else None
    after = pattern.search(text, cue.end, min(len(text), cue.end + EVIDENCE_REACH))
    if before is not None and (after is None or cue.start - before.end() <= after.start() - cue.end):
        return before.start(), cue.end
    if after is not None:
        return cue.start, after.end()
    return cue.start, cue.end


INTERVIEW_LABEL = re.compile(r"(?:Q|A|Question|Answer)\s?:\s+")


def sentence_starts(text: str) -> list[int]:
    """Offsets where a sentence begins; 'Mr.' and 'No. 1' do not end one."""
    label = INTERVIEW_LABEL.match(text)
    starts = [0, label.end()] if label else [0]  # 'Q: Critics say …': the sentence follows the label
    for match in SENTENCE_BREAK.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()].rsplit(None, 1)
        word = before[-1].lower().strip('("“') if before else ""
        abbreviated = word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or INITIALS.match(word)
        if abbreviated and not (INITIALS.match(word) and opens_sentence(text, match.end())):
            continue
        starts.append(match.end())
    return starts


def opens_sentence(text: str, at: int) -> bool:
    """'in Washington D.C. He said': a pronoun or 'The' after initials starts a new sentence."""
    word = text[at : at + 8].split(maxsplit=1)
    return bool(word) and word[0] in SENTENCE_OPENERS


def sentence_start_before(starts: list[int], at: int) -> int:
    """The start of the sentence containing offset `at` (starts is sorted)."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= at:
            lo = mid + 1
        else:
            hi = mid
    return starts[lo - 1] if lo else 0


def find_cues(text: str, lo: int, hi: int, starts: list[int]) -> list[Cue]:
    """Every reporting verb in text[lo:hi] with its subject, in order."""
    cues = []
    previous_end = lo
    for verb in sorted(reporting_verbs(text, lo, hi)):
        # the subject lies in this sentence, after any earlier verb, and is never very long
        sentence = max(
            previous_end, sentence_start_before(starts, verb.start), verb.start - MAX_SUBJECT_CHARS
        )
        cue = cue_at(text, verb, sentence, hi)
        if cue is not None:
            cues.append(cue)
        if cue is not None or not SUBJECTLESS.search(text, max(lo, verb.start - 8), verb.start):
            previous_end = verb.end  # but 'Lee, when asked about it, replied' still reaches Lee
    return cues


def owned_words(text: str, lo: int, at: int) -> Cue | None:
    """'Lee's claim that "…"', 'her call for "…"': a noun of saying owned by its speaker, right
    before a partial quote, credits the quote to the owner."""
    match = OWNED_WORDS.search(text, max(lo, at - 120), at)
    if match is None:
        return None
    owner = re.sub(r"['’]s?$", "", match.group(1))  # "Lee's" -> "Lee"
    ref = parse_reference(
        owner if owner.lower() not in {"his", "her", "their"} else PRONOUN_OF[owner.lower()]
    )
    if ref is None or ref.kind not in {"name", "pronoun", "org"}:
        return None
    return Cue(match.start(2), match.end(2), ref)


def thought_cues(text: str, lo: int, hi: int, starts: list[int]) -> list[Cue]:
    """'Lee thought it "a folly"': verbs of thought and regard with their subjects. They only
    credit a partial quote of their own sentence that no reporting verb credits."""
    found = set(WORD.findall(text, lo, hi)) & CREDIT_ONLY
    if not found:
        return []
    cues = []
    for match in verb_pattern(frozenset(found), frozenset(), False).finditer(text, lo, hi):
        verb = Verb(match.start(), match.end(), match.group())
        sentence = max(lo, sentence_start_before(starts, verb.start), verb.start - MAX_SUBJECT_CHARS)
        cue = cue_at(text, verb, sentence, hi)
        if cue is not None:
            cues.append(cue)
    return cues


class Verb(NamedTuple):
    """A reporting verb in the text: 'said', 'to claim', 'according to'."""

    start: int
    end: int
    word: str


def reporting_verbs(text: str, lo: int, hi: int) -> Iterator[Verb]:
    """The reporting verbs of text[lo:hi]: 'said', 'to claim', 'according to'.

    The words present are collected first (one pass in C); the pattern then searched for
    holds only the verbs that are there, so it stays small and is compiled once per set.
    """
    found = set(WORD.findall(text, lo, hi))
    verbs = found & CUE_WORDS | found & {"Said", "Says"}  # 'Said Ann Lee, "…"'
    if "out" in found:  # 'Lee pointed out that …'
        verbs |= {f"{word} out" for word in found & POINT}
    bases = found.intersection(REPORTING_BASES) if "to" in found else set()
    according = bool(found & {"according", "According"}) and "to" in found
    if verbs or bases or according:
        pattern = verb_pattern(frozenset(verbs), frozenset(bases), according)
        for match in pattern.finditer(text, lo, hi):
            word = match.group()
            if (
                word == "say"
                and text[match.end() : match.end() + 1] == ","
                and text[max(lo, match.start() - 2) : match.start()].strip() in {",", ""}
            ):
                continue  # 'five, say, or six years': 'for example', nobody speaks
            if word == "called" and NAMED_THING.search(text, max(lo, match.start() - 40), match.start()):
                continue  # 'a consulting firm called Acme': a name, not a call
            if word.endswith("ed") and DETERMINED.search(text, max(lo, match.start() - 12), match.start()):
                continue  # 'the stated goal', 'her pledged delegates': an adjective, nobody speaks
            if word.endswith("ing") and attributive(
                text[max(lo, match.start() - 40) : match.start()], text[match.end() : match.end() + 40]
            ):
                continue  # 'a creative writing professor', 'her speaking fee': a noun's modifier
            yield Verb(match.start(), match.end(), word)
    if "went" in found:
        for match in WENT_ON.finditer(text, lo, hi):  # 'The leader went on: "…"'
            yield Verb(match.start(), match.end(), "went on")
        for match in WENT_ON_AFTER_QUOTE.finditer(text, lo, hi):  # '"…?" Lee went on, as if …'
            yield Verb(match.start(1), match.end(1), "went on")
    if "back" in found:
        for match in SHOT_BACK.finditer(text, lo, hi):  # '"…," Lee shot back.'
            yield Verb(match.start(), match.end(), match.group())


@lru_cache(maxsize=256)
def verb_pattern(verbs: frozenset[str], bases: frozenset[str], according: bool) -> re.Pattern[str]:
    alternatives = [*(["[Aa]ccording to"] if according else [])]
    if bases:
        alternatives.append("to (?:" + "|".join(sorted(bases, key=len, reverse=True)) + ")")
    alternatives.extend(sorted(verbs, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w'’-])")


def cue_at(text: str, match: Verb, lo: int, hi: int) -> Cue | None:
    """The subject of one reporting verb: before it, or after it when inverted."""
    verb = match.word.lower()
    if verb.startswith("according"):
        return inverted(text, match, hi)
    before = text[lo : match.start]
    if NOUN_BEFORE.search(before):
        return None  # 'Among the accused were …': a noun, not a verb
    if verb in AFTER_QUOTE_ONLY:  # '"…," reports Lee', '"…", the review found'; never 'weekend reports'
        closing = before.rstrip()[-2:]  # a closing mark, not the apostrophe of 'Sanders’ comments'
        right_after_quote = (
            not before.strip(" ,")
            or closing[-1:] in {"”", '"'}
            or (closing[-1:] in {"’", "'"} and closing[:1] not in {"s", "S"})
        )
        if right_after_quote:
            return inverted(text, match, hi)
        after_quote = any(c in "\"”’'" for c in text[max(0, lo - 2) : lo]) and len(before.split()) <= 6
        if not after_quote:
            return None
    if PASSIVE.search(before) and not verb.endswith(
        "ing"
    ):  # 'branded a "waste" by MPs': the agent speaks, if named
        agent = BY_AGENT.match(text, match.end, min(len(text), match.end + 200))
        agent_text = (
            re.split(r"\.\s", agent.group(1))[0].rstrip(".") if agent else ""
        )  # '… by The Times. And'
        ref = parse_reference(agent_text) if agent_text else None
        return Cue(match.start, match.end, ref) if ref is not None else None
    if verb.startswith("to ") and FOR_SOMEONE.search(before):
        return None  # 'for the minister to claim': nobody speaks
    opening = name_before_aside(before) if text[:lo].rstrip()[-1:] in SENTENCE_ENDS else None
    if opening is not None and not verb.endswith("ing"):
        return Cue(match.start, match.end, opening)
    relatives = [m.span() for m in RELATIVE_SEGMENT.finditer(before)]
    clause = [c for c in CLAUSE_WORDS.finditer(before) if not any(a < c.start() < b for a, b in relatives)]
    if (
        clause
        and INTERRUPTION.match(before, clause[-1].start())
        and before[: clause[-1].start()].rstrip()[-1:] == ","
    ):
        before = before[: clause[-1].start()].rstrip(" ,")  # 'Lee, after a long pause, said'
    elif clause:
        before = before[clause[-1].end() :]
        main = main_subject(before)
        if main:  # 'Promising that he would write on Libya, Lee said': the clause ends at its comma
            before = main
        if clause[-1].group().lower() in {"but", "and then", "and"} and not before.strip():
            if verb in REPORTING_BASES:
                return None  # 'to get them in and ask them to help': an infinitive, not a report
            return Cue(match.start, match.end, None, participle=True)  # 'X backed it but said …'
    if verb.startswith("to ") and not before.strip(" ,"):
        return Cue(match.start, match.end, None, participle=True)  # '…, going as far as to call …'

    if HAVING.search(before) and text.startswith(" that,", match.end):
        return None  # 'Having said that, …' reports nothing
    if verb.endswith("ing") or HAVING.search(before):  # 'having referred to him as …' is a participle
        if GERUND_AFTER.search(before):  # 'banned for calling', not 'Lee and others of telling'
            return Cue(match.start, match.end, None, participle=True)
        return participle(match, before)
    subject = CONTRACTED_AUXILIARY.sub(r"\1", before.strip(" ,\"“”'‘’—–-"))  # "he's said" is 'he'
    object_relative = OBJECT_RELATIVE.search(subject)
    if object_relative:  # 'a study which it calls …': the pronoun is the subject
        subject = object_relative.group(1)
    relative = RELATIVE_END.search(TRAILING_AUXILIARY.sub("", subject))
    if relative:  # 'panel member Ivo Grant who called …', 'the Union (ATA), which has attacked'
        words = (
            without_origin(TRAILING_PARENTHETICAL.sub("", subject[: relative.start()])).rstrip(" ,").split()
        )
        start = trailing_name_start(words)
        if start == len(words) - 1 > 0 and words[-1][:-1].isupper() and is_role_noun(words[-1]):
            start -= (
                words[start - 1].isalpha()
                and words[start - 1].islower()
                and words[start - 1] not in NOT_NOUNS
            )
        subject = " ".join(words[start:])  # 'among backbench MPs who say': the MPs with their word
    possessed = POSSESSED_TAIL.search(subject)
    if possessed and not before.rstrip().endswith(","):
        subject = possessed.group(1)  # 'a nickname for Ann Lee, her son said': the son speaks
    opener = (subject.split(maxsplit=1) or [""])[0].lower()
    after_quote = any(mark in text[max(0, lo - 2) : lo] for mark in '"”’')
    if opener in {"for", "about", "to"} and after_quote and before.rstrip().endswith(","):
        after = inverted(text, match, hi)  # '"A challenge" for Lee, said Ruiz': the subject follows
        return after if names_someone(after, frozenset({"name", "pronoun", "org"})) else None
    ref = parse_reference(subject) if subject else None
    if subject and (ref is None or JOINED_CLAUSE.search(subject) or clause_before_comma(subject)):
        ref = trailing_subject(subject, ref) or ref  # '…, and aides say': the last clause's subject
    last = (subject.split() or [""])[-1].lower()
    if ref is None and last in {"he", "she", "they", "we", "i"} and len(subject.split()) > 1:
        ref = parse_reference(last)  # '…, at the town hall this week she said': the pronoun before the verb
    if verb in TRANSITIVE_VERBS:  # 'told CBS News', 'warned the Vatican': the words after are its object
        return Cue(match.start, match.end, ref, participle=ref is None)
    clause = any(is_verbish(w) for w in subject.split()[1:])  # 'Democrats set the date, explained Lee'
    if before.rstrip().endswith(",") and (ref is None or ref.kind not in {"name", "pronoun"} or clause):
        after = inverted(text, match, hi)  # '…images people keep, said Mr Lee.': the subject follows
        if names_someone(after):
            return after
    if ref is not None:
        return Cue(match.start, match.end, ref)
    if not subject:
        return inverted(text, match, hi)
    if before.rstrip().endswith((",", "”", '"', "’")):
        after = inverted(text, match, hi)  # after an aside, not 'said the days when …'
        if after is None or after.ref is None or after.ref.kind != "role" or is_role_noun(after.ref.head):
            return after
    return None


SENTENCE_ENDS = {"", ".", "!", "?", '"', "”", "’", ":"}


def name_before_aside(before: str) -> Ref | None:
    """'Ann Lee, clad in a cape bearing the name Trump, said': a name that opens the clause and is
    set off by commas before the verb is its subject, whatever the aside between says."""
    stripped = before.strip(" \"“”'‘’—–-")
    if not stripped.endswith(",") or "," not in stripped[:-1] or JOINED_CLAUSE.search(stripped):
        return None
    head = re.sub(r"\s*\([^)]*\)$", "", stripped.split(",", 1)[0])  # 'Gov. Ann Lee (R-Ohio), said'
    if " and " in head or not head[:1].isupper():
        return None
    ref = parse_reference(head)
    if ref is None or ref.kind != "name" or not head.endswith(ref.text):
        return None  # "Lee's aide, Ann Ruiz, said": the aide's name follows
    if head[: -len(ref.text)].strip() not in {"", ref.role, ref.honorific}:
        return None  # 'At Boca West, where …, the club's head said': a place, not the subject
    whole = parse_reference(stripped.rstrip(","))
    return whole if whole is not None and whole.kind == "name" and whole.name == ref.name else ref


def names_someone(cue: Cue | None, kinds: frozenset[str] = frozenset({"name", "pronoun"})) -> bool:
    """Is an inverted subject a speaker: a name, a pronoun or a role, not 'the days when …'?"""
    return (
        cue is not None
        and cue.ref is not None
        and (cue.ref.kind in kinds or cue.ref.kind == "role" and is_role_noun(cue.ref.head))
    )


def without_origin(antecedent: str) -> str:
    """'Ann Lee, 24, from Leeds,' -> 'Ann Lee': the age and home town after a name are not its end."""
    origin = TRAILING_ORIGIN.search(antecedent)
    if origin is None or not antecedent[: origin.start()].rstrip()[-1:].isalpha():
        return antecedent
    last = antecedent[: origin.start()].split()[-1]
    return antecedent[: origin.start()] if last[:1].isupper() else antecedent


def main_subject(after_clause_word: str) -> str | None:
    """The name or pronoun after the comma that closes a fronted clause, if that is what stands there."""
    if "," not in after_clause_word:
        return None
    tail = after_clause_word.rsplit(",", 1)[1].strip()
    if not tail or len(tail.split()) > 4 or any(mark in tail for mark in "\"“”'‘’"):
        return None  # '…,'' he said' closes a quotation, not a clause
    ref = parse_reference(tail)
    return tail if ref is not None and ref.kind in {"name", "pronoun"} else None


def attributive(before: str, after: str) -> bool:
    """Does the -ing word between `before` and `after` only describe the noun after it?"""
    modified = ATTRIBUTIVE_BEFORE.search(before)
    noun = re.match(r"\s+([a-z]+)\b", after)
    return bool(
        modified
        and noun
        and not is_role_noun(modified.group(1) or "")
        and noun.group(1) not in NOT_A_MODIFIED_NOUN
    )


NOT_NOUNS = {*"the a an of in on at to for from by with and or his her their its our this that".split()}
JOINED_CLAUSE = re.compile(r",\s+(?:and|but|so|yet)\s")
CLAUSE_BREAK = re.compile(r",|\s(?:and|but|so|yet)\s")


def clause_before_comma(subject: str) -> bool:
    """'Prices rose in May, officials say': a clause with a verb, then a comma, then the subject."""
    comma = subject.rfind(",")
    if comma < 0 or RELATIVE_SEGMENT.search(subject):
        return False  # 'The actor, whose films include A, B and C, said'
    words = subject[:comma].split()
    return any(is_verbish(word) or present_verb(words[n - 1], word) for n, word in enumerate(words[1:], 1))


def present_verb(previous: str, word: str) -> bool:
    """'the mayor takes', 'prices rise' is not tested: a lowercase -s word after a lowercase noun."""
    return (
        word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and previous.islower()
        and previous not in NOT_NOUNS
    )


def trailing_subject(subject: str, ref: Ref | None) -> Ref | None:
    """The subject of the last clause before the verb: '…, and aides say', '…, but critics argue'."""
    last = CLAUSE_BREAK.split(subject[-80:])[-1].strip()
    if not last or last == subject.strip() or ref is not None and ref.text.lower().endswith(last.lower()):
        return None  # one clause only, or the subject already read is that clause's
    found = parse_reference(last)
    return (
        found if found is not None and found.kind in {"name", "pronoun", "unnamed", "org", "role"} else None
    )


def participle(match: Verb, before: str) -> Cue:
    """'…, saying' takes the clause's subject; 'with Ann Lee claiming' names its own."""
    own = re.split(r",|\bwith\b", before)[-1].strip()
    progressive = PROGRESSIVE_END.search(own)
    if progressive:  # 'officials were still calling it …': a finite verb after all, with its subject
        own = re.sub(r"^(?:but|and|yet|so)\s+", "", own[: progressive.start()].strip(), flags=re.IGNORECASE)
    if own.split(maxsplit=1)[:1] and own.split(maxsplit=1)[0].lower() in ADJUNCT_OPENERS:
        own = ""  # 'Lee wrote in a statement to Wired explaining …': Wired explains nothing
    if any(is_verbish(w) for w in own.split()):
        own = ""  # 'Lee issued a statement through Acme, calling …': Acme did not call
    ref = parse_reference(own) if own else None
    if ref is not None and ref.kind in {"name", "role", "unnamed", "org"}:
        return Cue(match.start, match.end, ref)
    return Cue(match.start, match.end, None, participle=True)


def next_is_verbish(after: str, words: list[str]) -> bool:
    """Is the word after the collected subject a verb ('said ministers had …')?"""
    rest = after.split()
    return (
        len(rest) > len(words)
        and is_verbish(rest[len(words)])
        and after.split(None, len(words))[-1][:1] not in ",.;"
    )


def trailing_name_start(words: list[str]) -> int:
    """Where the name (with its role) that ends `words` begins: 'the League for Tenants'."""
    at = len(words)
    while at > 0 and (
        words[at - 1][:1].isupper() or words[at - 1] in CONNECTORS and at > 1 and words[at - 2][:1].isupper()
    ):
        at -= 1
    while at < len(words) and words[at] in CONNECTORS:
        at += 1
    if at > 0 and words[at - 1].lower() == "the":
        at -= 1
    return role_start(words[:at]) if at < len(words) else at


def inverted(text: str, match: Verb, hi: int) -> Cue | None:
    """`said Lee.`, `said Ann Lee, technical director at Acme.`"""
    after = text[match.end : min(hi, match.end + 300)]
    words: list[str] = []
    rest = ""
    for word in re.finditer(r"\S+", after):
        token = word.group()
        if (
            token.lower() in INVERTED_STOPS
            or len(words) >= MAX_INVERTED_WORDS
            and not (token[:1].isupper() and words[-1][:1].isupper() and len(words) < MAX_INVERTED_NAME_WORDS)
        ):
            break
        if is_abbreviation(token):  # 'said the Rev. Ann Lee', 'said U.S. envoy Ann Lee'
            words.append(token)
            continue
        bare = token.rstrip(',.;:!?"”’')
        if bare:
            words.append(bare)
        if bare != token:
            rest = after[word.start() + len(bare) :]
            break
    by = BY_ISSUER.search(after[:160])
    if match.word.lower().startswith("according") and by and any(w.lower() in DOC_NOUNS for w in words[1:4]):
        issuer = by.group(1).rstrip(".,")  # 'according to a 2015 report published by Nexora'
        name = ISSUER_NAME.match(issuer)  # 'by the Acme Institute based on census data'
        ref = parse_reference(name.group() if name else issuer)
        return Cue(match.start, match.end, ref) if ref else None
    if not words or any(is_verbish(w) for w in words[1:]) or (not rest and next_is_verbish(after, words)):
        return None  # 'said ministers had been …': the reported clause, not the speaker
    if len(words) > 1 and words[0].lower() in {"he", "she", "they", "we", "i", "it"}:
        return None  # 'says she could not back Lee': the reported clause
    subject = " ".join(words)
    apposition = APPOSITION.match(rest)
    first = (apposition.group(1).split(maxsplit=1) or [""])[0] if apposition else ""
    if apposition and not (
        first.islower() and (first.endswith(("ing", "ed")) or is_verbish(first))
    ):  # ', explaining
        subject = f"{subject}, {apposition.group(1).strip()}"
    ref = parse_reference(subject)
    if ref is None:
        return None
    return Cue(match.start, match.end, ref)
