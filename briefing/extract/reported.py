"""Reported speech: what each speaker is said to have said, without quotation marks.

Attribution (attribute.py) resolves every reporting cue of the narration to a speaker as it
walks the article, and hands the cues over as `Heard` records; this module only reads the
text around each cue for its content, so a report gets the same speaker a quote beside the
same cue would. The content of one act of saying is the complement of its verb:

- after the verb: `Lee said (that) CONTENT`, `Lee told reporters CONTENT`, `Lee urged the
  board to CONTENT`, `Lee accused X of Y`, `according to Lee, CONTENT`, `…, noting that CONTENT`;
- before it, when the verb ends the sentence: `CONTENT, Lee said`, `CONTENT, said Lee`,
  `CONTENT, according to Lee`; around it: `CONTENT, the report added, CONTENT`.

It runs to the end of the sentence (without its full stop), or to the next cue in it, or to
a `, but` or a second predicate (`…, and are planning …`). Content that is only a quotation
is a quote, not a report; content holding a partial quote is both. `said`, `told` and their
kind need a clause (`said the plan would fail`, not `said in a statement`); verbs that name a
target rather than words (`praised X`, `described X`) count only with `as`.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ..model import Briefing, CueSpan, Quote, Reported, Speaker
from .cast import Cast, Entity
from .cues import Cue, reporting_verbs, sentence_start_before, sentence_starts
from .lexicon import (
    AFTER_QUOTE_ONLY,
    AUXILIARIES,
    COMMON_VERBS,
    FINITE_VERBS,
    PRONOUNS,
    REPORTED_ADDRESSEE_VERBS,
    REPORTED_NEEDS_THAT,
    REPORTED_OBJECT_VERBS,
    REPORTED_TARGET_VERBS,
    REPORTING_BASES,
    REPORTING_VERBS,
    inflect,
)
from .references import Ref, is_role_noun, parse_reference


class Found(NamedTuple):
    """A report's content at [start, end), and where its speaker is written when not before the verb."""

    start: int
    end: int
    subject: tuple[int, int] | None = None


class Heard(NamedTuple):
    """A reporting cue met in the narration of one paragraph, and the speaker it resolved to."""

    paragraph: int
    cue: Cue
    speaker: Entity | None
    starts: list[int] | None = None  # the narration's sentence starts in that paragraph, when known


BASE_OF = {form: base for base in REPORTING_BASES for form in inflect(base)}
BASE_OF.update({form: form[:-1] for form in AFTER_QUOTE_ONLY if form[:-1] in REPORTING_BASES})

MAX_REPORT_CHARS = 3000  # no report is longer; it also bounds the work per cue in an endless sentence
MIN_WORDS = 2  # 'denied it' reports nothing that can be shown
MAX_LEAD_WORDS = 8  # words between a verb and its 'that': 'said in a statement on Monday that'
MAX_SUBJECT_WORDS = 14  # 'CONTENT, the head of the board, Ann Lee, said'
MAX_TAIL_WORDS = 10  # 'CONTENT, Lee said in a statement to the press on Monday.'
WORD_RUN = re.compile(r"\S+")
WORD = re.compile(r"[\w'’-]+")
QUOTE_OPENS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*\s+$")
THAT = re.compile(r"(?<![\w'’-])that(?![\w'’-])")
AS = re.compile(r"(?<![\w'’-])as(?![\w'’-])")
DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
ADJUNCT = re.compile(
    rf"\s*,?\s*(?:(?:on\s+)?(?:{DAYS})(?:\s+(?:night|morning|afternoon|evening))?|(?:last|this|earlier|later)\s+(?:week|month|year|night|morning|\w+day)"
    r"|again|also|instead|once|still|now|then|however|though|\w+ly)(?![\w'’-])\s*,?",
    re.IGNORECASE,
)
PREPOSITIONS = {
    *"in on at to during after before from with via through over by for about of without".split(),
}
ADJUNCT_PREPOSITIONS = {
    "in",
    "on",
    "at",
    "to",
    "during",
    "after",
    "before",
    "from",
    "with",
    "via",
    "through",
    "over",
}
SUBORDINATORS = {
    "while",
    "although",
    "though",
    "whereas",
    "because",
    "if",
    "when",
    "as",
    "since",
    "after",
    "before",
}
GERUND_AFTER = {"of", "for", "by", "about", "without", "from", "in", "on", "at", "against", "to"}
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those"}
STOP_WORDS = (
    ";",
    ", but ",
    ", although ",
    ", while ",
    ", whereas ",
    ", even as ",
    ", even though ",
)  # the content ends before these
TIMING = re.compile(r"\s(?:since|after|before|upon)\s+(?:being|having|\w+ing)\s")  # 'since being charged'
SECOND_PREDICATE = re.compile(r",\s+and\s+(?:\w+ly\s+)?([a-z]+)\b")
CLOSING = "”’\"'"
QUOTE_MARKS = frozenset(CLOSING + "“‘")
COMMA_OR_CLOSING = (",", *CLOSING)
OBJECT_RELATIVE = re.compile(r"(?<![\w'’-])(?:which|that)\s+(?:\S+\s+){1,4}$")
WRITINGS = (
    "report|article|post|analysis|poll|survey|study|statement|email|e-mail|release|letter|filing"
    "|lawsuit|memo|data|figures|review|editorial|column"
)
ISSUED_BY = re.compile(
    rf"(?:the |a |an |his |her |its |their )?(?:[\w’'-]+ ){{0,3}}?(?:{WRITINGS})s?"
    r" (?:\w+ )?(?:from|by|of|in|for) (?P<issuer>(?:the )?[A-Z].*)$"
)
ISSUER_END = re.compile(r",| (?:who|which|that|released|published|obtained|filed|posted|on|last|this)\b")
NAMED_BODY = re.compile(
    r"(?:the )?(?:state |federal |city )?(?:[A-Z][\w&.-]* ){1,4}of (?:the )?(?:[A-Z][\w&.-]* ?){1,5}"
)
ELISION = re.compile(r"[‘’']\d")
RELATIVES = {"who", "whose", "whom", "which", "where", "when"}
SUBJECT_PRONOUNS = {*PRONOUNS, "you", "there"}
CONTRACTED = re.compile(r"(?i)(?:he|she|they|it|we|i|you|there|that|who)['’](?:d|s|ll|re|ve|m)$")
PARTICIPLE_AT = re.compile(r"[A-Z][a-z]+ing\b")
OPENING_PARTICIPLES = {v.capitalize() for v in REPORTING_VERBS if v.endswith("ing")}
COORDINATED = re.compile(  # starts with a space, so the search skips ahead to spaces
    r" (?:and|but)\s+(?:also\s+|then\s+|later\s+)?("
    + "|".join(
        sorted(
            (v for v in REPORTING_VERBS if v.endswith("ed") or v in {"said", "told", "wrote"}),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w'’-])"
)


def add_reported(briefing: Briefing, heard: list[Heard], cast: Cast) -> Briefing:
    """The briefing with its reported speech, and the speakers extended by those reported."""
    paragraphs = briefing.article.paragraphs
    quotes_by_paragraph: dict[int, list[Quote]] = {}
    for quote in briefing.quotes:
        quotes_by_paragraph.setdefault(quote.paragraph, []).append(quote)
    by_paragraph: dict[int, list[Heard]] = {}
    for item in heard:
        if 0 <= item.paragraph < len(paragraphs):
            by_paragraph.setdefault(item.paragraph, []).append(item)
    found: list[tuple[int, int, int, Heard]] = []
    for index, text in enumerate(paragraphs):
        items = by_paragraph.get(index, [])
        items += unresolved_sources(index, text, items)
        if items:
            quotes = quotes_by_paragraph.get(index, [])
            found.extend((index, *span, item) for item, span in paragraph_reports(text, items, quotes, cast))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    reported: list[Reported] = []
    entities: dict[str, Entity | None] = {}
    for index, start, end, item in found:
        if reported and reported[-1].paragraph == index and start < reported[-1].end:
            continue  # two cues of one report ('Lee said, according to the filing, …'): the first
        text = paragraphs[index]
        cue = item.cue
        rid = f"r{len(reported) + 1}"
        entities[rid] = item.speaker
        reported.append(
            Reported(
                id=rid,
                text=text[start:end],
                speaker=item.speaker.name if item.speaker else None,
                cue=CueSpan(text[cue.start : cue.end], index, cue.start, cue.end),
                paragraph=index,
                start=start,
                end=end,
                quotes=tuple(q.id for q in quotes_within(quotes_by_paragraph.get(index, []), start, end)),
            )
        )
    speakers = merge_speakers(briefing, reported, entities)
    names = {s.name for s in speakers}
    people = tuple(p for p in briefing.people if p.name not in names)
    return Briefing(briefing.article, briefing.quotes, tuple(reported), speakers, people)


def merge_speakers(
    briefing: Briefing, reported: list[Reported], entities: dict[str, Entity | None]
) -> tuple[Speaker, ...]:
    """Everyone quoted or reported, in order of first appearance, each with both lists of ids."""
    first: dict[str, tuple[int, int]] = {}
    for quote in briefing.quotes:
        if quote.speaker is not None:
            first.setdefault(quote.speaker, (quote.paragraph, quote.start))
    roles = {s.name: s.role for s in briefing.speakers}
    said: dict[str, list[str]] = {}
    for report in reported:
        entity = entities[report.id]
        if report.speaker is None or entity is None:
            continue
        said.setdefault(report.speaker, []).append(report.id)
        at = (report.paragraph, report.start)
        first[report.speaker] = min(first.get(report.speaker, at), at)
        if report.speaker not in roles:
            roles[report.speaker] = entity.role if entity.kind == "person" else None
    quoted = {s.name: s.quotes for s in briefing.speakers}
    names = sorted(set(quoted) | set(said), key=lambda n: first.get(n, (len(briefing.article.paragraphs), 0)))
    return tuple(Speaker(n, roles.get(n), quoted.get(n, ()), tuple(said.get(n, ()))) for n in names)


def paragraph_reports(
    text: str, items: list[Heard], quotes: list[Quote], cast: Cast
) -> list[tuple[Heard, tuple[int, int]]]:
    """The content span of each cue of one paragraph that reports something, with its speaker."""
    known = next((i.starts for i in items if i.starts is not None), None)
    if known is None:
        starts = sentence_starts(text)
        if quotes:
            starts = [s for s in starts if not inside_quote(quotes, s)]
    else:  # the walk's, which leave out sentences that open with a quotation: put those back
        opening = [
            q.start - 1 for q in quotes if QUOTE_OPENS_SENTENCE.search(text, max(0, q.start - 8), q.start - 1)
        ]
        starts = sorted({0, *known, *opening}) if opening or not known or known[0] else known
    items = sorted((i for i in items if not embedded(text, i.cue)), key=lambda i: i.cue.start)
    implied = implied_cues(text, items, starts)
    if implied:
        items = sorted(items + implied, key=lambda i: i.cue.start)
    found = []
    count, size = len(starts), len(text)
    for n, item in enumerate(items):
        cue = item.cue
        later = bisect.bisect_right(starts, cue.start)
        sentence = starts[later - 1] if later else 0
        end = starts[later] if later < count else size
        if cue.start - sentence > MAX_REPORT_CHARS:
            sentence = cue.start - MAX_REPORT_CHARS
        if end - cue.end > MAX_REPORT_CHARS:
            end = cue.end + MAX_REPORT_CHARS
        if quotes and after_quotation(text, cue, sentence, end, quotes):
            continue
        following = items[n + 1].cue.start if n + 1 < len(items) else end
        span = content(text, cue, sentence, end, following if following < end else None)
        if span is None or quotes and not reports_words(text, span, quotes):
            continue
        speaker = item.speaker
        if span.subject is not None:
            speaker = speaker_written(text, span.subject, item, cast)
        elif speaker is None and cue.ref is not None and cue.ref.kind == "unnamed":
            speaker = cast.named(cue.ref.text, "unnamed")
        if speaker is not None:
            end = own_clause(text, span, speaker)
            found.append((Heard(item.paragraph, cue, speaker), (span.start, end)))
    return found


SPEAKER_AGAIN = {"m": " and he ", "f": " and she "}


def own_clause(text: str, span: Found, speaker: Entity) -> int:
    """`Lee says A and she is suing`: a clause joined on about the speaker is narration again."""
    joined = SPEAKER_AGAIN.get(speaker.gender or "")
    at = text.find(joined, span.start, span.end) if joined else -1
    if at < 0 or not has_words(text[span.start : at]):
        return span.end
    verb = text[at + len(joined) : span.end].split(maxsplit=1)[:1]
    return span.end if verb and verb[0] in BACKSHIFTED else at  # 'said A and he would stay' is his


BACKSHIFTED = {"would", "could", "might", "should", "had"}


def after_quotation(text: str, cue: Cue, sentence: int, end: int, quotes: list[Quote]) -> bool:
    """`"…," Lee said.`: the cue of a quotation that opens its sentence, with nothing after it.

    The common case, decided without reading the content: it is the quotation itself.
    """
    n = bisect.bisect_right(quotes, cue.start, key=lambda q: q.end) - 1
    if (
        n < 0
        or cue.participle
        or quotes[n].partial
        or quotes[n].start > sentence + 2
        or quotes[n].start < sentence
    ):
        return False
    tail = text[cue.end : end]
    return len(text[quotes[n].end : cue.start].split()) <= MAX_LEAD_WORDS and (
        not tail.strip(" .") or "that" not in tail and len(tail.split()) <= MAX_TAIL_WORDS
    )


QUANTIFIED = re.compile(
    r"(?<![\w-])((?:\d+|[A-Za-z]+(?:-[a-z]+)?) percent|(?:[Nn]early |[Aa]lmost |[Aa]bout |[Mm]ore than )?"
    r"(?:half|a (?:third|quarter|majority))|[Aa] majority|[Mm]ost)"
    r"((?: of (?:all |the )?[\w’'-]+(?: [\w’'-]+){0,2})?) (said|say|says)(?![\w'’-])"
)


ACCORDING_TO = re.compile(r"(?<![\w-])[Aa]ccording to(?![\w-])")


def unresolved_sources(paragraph: int, text: str, items: list[Heard]) -> list[Heard]:
    """Sources the cue finder cannot read as a person: `according to early results of a poll`,
    `Sixty percent of voters said`. They are reported speech all the same."""
    found: list[Heard] = []
    if not (
        "ccording to" in text or "percent" in text or "half" in text or "majority" in text or "Most" in text
    ):
        return found
    known = {i.cue.start for i in items}  # the cues the walk has read
    if "ccording to" in text:
        for match in ACCORDING_TO.finditer(text):
            if match.start() not in known:
                found.append(Heard(paragraph, Cue(match.start(), match.end(), None), None))
    if ("percent" in text or "half" in text or "majority" in text or "Most" in text) and may_quantify(text):
        for match in QUANTIFIED.finditer(text):
            if match.start(3) not in known:
                ref = Ref("unnamed", match.group(1) + match.group(2), head=match.group(1).split()[-1])
                found.append(Heard(paragraph, Cue(match.start(3), match.end(3), ref), None))
    return found


QUANTITY_WORDS = ("percent ", "half ", "third ", "quarter ", "majority ", "Most ", "most ")


def may_quantify(text: str) -> bool:
    """Does the text hold what every QUANTIFIED match needs: a quantity word before a space,
    and `say` or `said`? Checked first, since QUANTIFIED, with no fixed first word, tries
    every letter of the text ('halfway' and 'mostly' pass the cheaper test before)."""
    return (" said" in text or " say" in text) and any(word in text for word in QUANTITY_WORDS)


def speaker_written(text: str, at: tuple[int, int], item: Heard, cast: Cast) -> Entity | None:
    """The speaker of `CONTENT, said Lee`, read where the subject stands, not in the content.

    The cue finder looks for a subject before the verb; when the content comes first, what
    stands there can be the content's own subject ('Prices will rise, said Lee'). Where the
    subject read here agrees with the cue's, the speaker the walk resolved stands.
    """
    written = text[at[0] : at[1]].strip(" ,.")
    issuer = issuer_of(written)
    if issuer is not None and item.cue.ref is not None and ref_key(item.cue.ref) == ref_key(issuer):
        return item.speaker  # the issuer the cue finder read, resolved by the walk
    if issuer is not None:
        return cast.find_name(issuer.name) or cast.resolve(issuer)
    if NAMED_BODY.fullmatch(written.split(",", 1)[0]):
        return cast.named(written.split(",", 1)[0], "org")  # 'the Bureau of Labor Statistics'
    first = full_name(written.split(",", 1)[0].split(" of ", 1)[0])  # 'Ann Lee (of Ohio), …'
    if first is not None:
        if item.cue.ref is not None and ref_key(item.cue.ref) == ref_key(first):
            return item.speaker
        return cast.find_name(first.name) or cast.resolve(first)
    if item.cue.ref is not None and ref_key(item.cue.ref) in WORD.findall(written.lower()):
        return item.speaker  # the cue's own subject: resolved by the walk, in context
    first = parse_reference(written.split(",", 1)[0])  # 'Ann Lee, Democrat of Ohio': the name first
    ref = first if first is not None and first.kind == "name" else parse_reference(written)
    if ref is None:
        if item.speaker is None and 0 < len(written.split()) <= MAX_SUBJECT_WORDS:
            return cast.named(written, "unnamed")  # 'according to early results of the exit poll'
        return item.speaker
    if item.cue.ref is not None and ref_key(item.cue.ref) == ref_key(ref) or ref.kind == "pronoun":
        return item.speaker
    if ref.kind == "role" and not is_role_noun(ref.head):
        return cast.named(ref.text, "unnamed")  # 'according to the polling average': a thing
    if ref.kind == "name":
        return cast.find_name(ref.name) or cast.resolve(ref)
    return cast.resolve(ref)


def full_name(written: str) -> Ref | None:
    """The name of more than one word that `written` is, if any ('Ann Lee', not 'Lee' or 'he').

    One word is never such a name, so it is not parsed (a `said Lee` after every report of a
    long article).
    """
    if len(WORD.findall(written)) < 2:  # parse_reference reads no more words than WORD finds
        return None
    ref = parse_reference(written)
    return ref if ref is not None and ref.kind == "name" and len(ref.name) > 1 else None


def issuer_of(written: str) -> Ref | None:
    """`according to a report from Acme Corp.`: a writing speaks for whoever issued it."""
    issued = ISSUED_BY.match(written)
    if issued is None:
        return None
    ref = parse_reference(ISSUER_END.split(issued.group("issuer"), 1)[0].strip(" ,."))
    return ref if ref is not None and ref.kind in {"name", "org"} else None


def ref_key(ref: Ref) -> str:
    return (ref.name[-1] if ref.name else ref.text.split()[-1] if ref.text else "").lower()


def embedded(text: str, cue: Cue) -> bool:
    """'accused them of telling lies', 'expected to attack': a verb inside another report or plan."""
    word = text[cue.start : cue.end]
    if word.startswith("to ") or word == "went on":
        return True
    if not word.endswith("ing"):
        return False
    before = text[max(0, cue.start - 20) : cue.start].split()
    return bool(before) and before[-1].lower() in GERUND_AFTER


def implied_cues(text: str, items: list[Heard], starts: list[int]) -> list[Heard]:
    """Reporting verbs the cue finder leaves to their sentence's subject.

    `Noting that A, Lee said B`: the opening participle is Lee's. `Lee attacked A and said B`:
    the second verb is the first one's.
    """
    if not items:
        return []
    paragraph = items[0].paragraph
    at = [i.cue.start for i in items]  # items come in text order
    known = set(at)
    extra = []
    for n, start in enumerate(starts if "ing" in text else ()):
        opening = PARTICIPLE_AT.match(text, start)
        if opening is None or opening.group() not in OPENING_PARTICIPLES or start in known:
            continue
        word = opening.group()
        end = starts[n + 1] if n + 1 < len(starts) else len(text)
        first, last = bisect.bisect_right(at, start), bisect.bisect_left(at, end)
        main = next((i for i in items[first:last] if not i.cue.participle), None)
        if main is not None:
            extra.append(Heard(paragraph, Cue(start, start + len(word), None, participle=True), main.speaker))
    # from the first cue on: a verb before it has no earlier cue to take its subject from
    for match in COORDINATED.finditer(text, at[0]) if " and " in text or " but " in text else ():
        if match.start(1) in known:
            continue
        sentence = sentence_start_before(starts, match.start())
        earlier = bisect.bisect_left(at, match.start()) - 1
        if earlier >= 0 and at[earlier] >= sentence:
            cue = Cue(match.start(1), match.end(1), None, participle=True)
            extra.append(Heard(paragraph, cue, items[earlier].speaker))
    return extra


def inside_quote(quotes: list[Quote], at: int) -> bool:
    """Is `at` strictly inside a quotation (a full stop inside it ends no narrated sentence)?"""
    n = bisect.bisect_right(quotes, at, key=lambda q: q.start) - 1
    return n >= 0 and quotes[n].start < at <= quotes[n].end


def content(text: str, cue: Cue, sentence: int, end: int, next_verb: int | None) -> Found | None:
    """Where the content of one cue lies: after the verb, else before it."""
    low = text[cue.start : cue.end].lower()
    if low.startswith("according"):
        return according(text, cue, sentence, end)
    base = BASE_OF.get(low, "")
    limit = end if next_verb is None else min(end, clause_end(text, cue.end, next_verb))
    opener = text[sentence : sentence + 12].split(maxsplit=1)
    if opener and (opener[0].lower() in SUBORDINATORS or opener[0].endswith("ing")):
        # 'While Lee said A, B …', 'Having said A, B …': A ends at the comma
        comma = text.find(", ", cue.end, limit)
        limit = comma if comma > 0 else limit
    if not cue.participle and inverted(text, cue, limit):
        span = backward(text, cue, sentence, cue.start)
        return Found(*span, (cue.end, limit)) if span else None
    if not cue.participle and next_verb is None and text[cue.end : end].lstrip().startswith(","):
        aside = around(text, cue, sentence, end)
        if aside is not None:
            return Found(*aside)
    mark = text[max(sentence, cue.start - 4) : cue.start].rstrip()[-1:]
    # '"…," said Lee, an aide who …', '…, said Lee, who …': the words after the verb are its subject
    inverted_here = mark in tuple(CLOSING) or mark == "," and subject_follows(text, cue)
    forward = None if low in AFTER_QUOTE_ONLY or inverted_here else after(text, cue, base, limit)
    if forward is not None or cue.participle:
        return Found(*forward) if forward else None
    tail = text[cue.end : limit]
    if tail.strip(" ,.") and not is_tail(tail):
        return None
    span = backward(text, cue, sentence, subject_start(text, sentence, cue))
    return Found(*span, (span[1] + 1, cue.start)) if span else None


def subject_follows(text: str, cue: Cue) -> bool:
    """Is the cue's own subject written right after its verb ('…, said Ann Lee, director …')?"""
    key = ref_key(cue.ref) if cue.ref is not None else ""
    return bool(key) and key in WORD.findall(text[cue.end : cue.end + 60].lower())


def according(text: str, cue: Cue, sentence: int, end: int) -> Found | None:
    """`According to Lee, CONTENT` or `CONTENT, according to Lee`."""
    comma = text.rfind(",", sentence, cue.start)
    if comma > sentence:
        span = after_colon(text, trim(text, sentence, comma))
        seen = SEEN_BY.match(text, cue.end)
        if seen and span is not None and next(reporting_verbs(text, span[0], span[1]), None) is not None:
            return None  # 'Acme said it would close, according to a letter seen by the Courier': Acme's
        if span is None or is_clause(text[span[0] : span[1]]) or text.find(",", cue.end, end) < 0:
            return Found(*span, (cue.end, end)) if span else None
        # 'For Lee, according to the poll, the race is over': the claim follows
    comma = text.find(",", cue.end, end)
    span = trim(text, comma + 1, stop_at(text, comma + 1, end)) if comma > 0 else None
    if span is None or not is_clause(text[span[0] : span[1]]):
        return None  # 'According to a poll, other major cleavages …' is a heading, not a claim
    return Found(*span, (cue.end, comma))


def inverted(text: str, cue: Cue, limit: int) -> bool:
    """`…, said Lee.`: the verb comes straight after a comma, its subject after it, then the end."""
    if not text[max(0, cue.start - 40) : cue.start].rstrip().endswith(COMMA_OR_CLOSING):
        return False
    words = [w.strip(",.;:!?()" + CLOSING) for w in text[cue.end : limit].split()]
    relative = next((n for n, w in enumerate(words[1:6], 1) if w in RELATIVES), None)
    words = words[:relative]  # 'said an official who was briefed on …': the subject ends at 'who'
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return False
    ref = cue.ref
    if ref is not None and ref.kind == "pronoun":
        if words[0].lower() == ref.text:
            return True
        if ref.text in text[max(0, cue.start - 30) : cue.start].lower().split():
            return False  # '…, he said' reads the pronoun before the verb
    elif ref is not None and ref.kind == "name":
        if ref.name[-1] in words:
            return True
        named = text.find(ref.name[-1], max(0, cue.start - 200), cue.start)
        between = text[named + len(ref.name[-1]) : cue.start].split() if named >= 0 else []
        if named >= 0 and not any(is_verb(w.strip(",")) for w in between):
            return False  # 'Tad Devine, his aide, told The Post.': the subject stands before
    elif ref is not None and ref.text:  # '…, said the spokesman (for Acme).', not 'warned the board not to'
        after = text[cue.end : limit].lstrip()
        if after.lower().startswith(ref.text.lower()):
            rest = after[len(ref.text) :].strip(" .")
            return not rest or rest[0] == "," or rest.split()[0] in PREPOSITIONS - {"to"}
    subject_like = words[0][:1].isupper() or words[0].lower() in DETERMINERS
    return subject_like and not any(starts_clause(words, n) for n in range(1, len(words)))


def starts_clause(words: list[str], n: int) -> bool:
    """A verb, `not`, `that` or an infinitive: 'the board not to …', never 'adviser to the king'."""
    word = words[n]
    if word == "to":
        following = words[n + 1] if n + 1 < len(words) else ""
        return following.islower() and following not in DETERMINERS
    return is_verb(word) or word in {"not", "that"}


def backward(text: str, cue: Cue, sentence: int, at: int) -> tuple[int, int] | None:
    """The content before the cue's subject (which starts at `at`): `CONTENT, Lee said`."""
    stretch = text[sentence:at]
    if OBJECT_RELATIVE.search(text, max(sentence, cue.start - 60), cue.start):
        return None  # 'the plan, which analysts have estimated': the verb's object, not content
    closing = max(stretch.rfind(c) for c in CLOSING) if stretch.rstrip()[-1:] in CLOSING else -1
    cut = max(stretch.rfind(","), closing)
    if cut < 0 or len(text[sentence + cut : cue.start].split()) > MAX_SUBJECT_WORDS + 1:
        return None
    if "than" in text[sentence + cut : cue.start].split():
        return None  # '…, but turnout was higher than analysts had predicted': a comparison
    span = after_colon(text, trim(text, sentence, sentence + cut))
    if span is None or stretch.rstrip()[-1:] not in CLOSING and not is_clause(text[span[0] : span[1]]):
        return None  # 'On Monday, the founder of the group, Lee, spoke about …'
    if (
        text[span[0] : span[0] + 12].split(maxsplit=1)[0].lower() in SUBORDINATORS
        and "," not in text[span[0] : span[1]]
    ):
        return None  # 'When asked about it, Lee said': a bare clause; 'If A, B, Lee said' is a report
    return span


def subject_start(text: str, sentence: int, cue: Cue) -> int:
    """Where the cue's subject begins, when it stands before the verb (else the verb itself)."""
    ref = cue.ref
    if ref is None:
        return cue.start
    key = (
        ref.text
        if ref.kind == "pronoun"
        else ref.honorific or (ref.name[:1] or ref.text.split()[:1] or ("",))[0]
    )
    found = text.rfind(key, sentence, cue.start) if key else -1
    comma = text.rfind(",", sentence, cue.start)
    named = text[comma + 1 : cue.start].split() if comma > found else []
    if 0 < len(named) <= 4 and named[0][:1].isupper():
        return text.index(named[0], comma)  # '…, the agency, Tom Reed said': the name before the verb
    return found if found > sentence else cue.start


def around(text: str, cue: Cue, sentence: int, end: int) -> tuple[int, int] | None:
    """`Its claims, the suit added, were "false"`: the attribution splits the content in two."""
    start = subject_start(text, sentence, cue)
    before = text[sentence:start].rstrip()
    rest = text[cue.end : end].strip(" ,.")
    if not before.endswith(",") or before[:-1].rstrip()[-1:] in CLOSING or not has_words(rest):
        return None
    first = rest.split()[0].lower()
    if len(before.split()) <= 3 and not is_verb(first) and is_clause(rest):
        return trim(text, text.index(rest, cue.end), end)  # 'Still, he said, costs will rise'
    if not (is_verb(first) or first in BASE_OF or is_clause(rest)):
        return None  # '…, he said, adding …' or '…, he said, in a statement'
    return trim(text, sentence, end)


def clause_end(text: str, start: int, next_verb: int) -> int:
    """Where a report ends when another cue follows in its sentence: at the comma or `and` before
    that cue's subject ('Noting that A, Lee said B'; 'attacked A and said B')."""
    stretch = text[start:next_verb]
    comma = stretch.rfind(",")
    conjunction = max(stretch.rfind(" and "), stretch.rfind(" but "))
    if conjunction >= 0 and len(stretch[conjunction:].split()) <= 3:
        return start + conjunction
    if comma >= 0 and len(stretch[comma:].split()) <= MAX_SUBJECT_WORDS:
        return start + comma
    return len(text)  # 'said Lee had not replied': a verb inside the content, not a new report


def after(text: str, cue: Cue, base: str, limit: int) -> tuple[int, int] | None:
    """The content after the verb, from after its `that`, addressee or `to`, up to `limit`."""
    at = cue.end
    if not text[cue.start : cue.end].endswith("ing") and PASSIVE_BEFORE.search(
        text, max(0, cue.start - 30), cue.start
    ):
        return None  # 'was confirmed by the group', 'has been attacked on it': nobody here says anything
    limit = stop_at(text, at, limit)
    that = lead_that(text, at, limit, base)
    opening = text[at:limit].split(maxsplit=1)
    first = opening[0].lower() if opening else ""
    if that is None and (text[at:limit].lstrip().startswith(",") or first in SUBORDINATORS):
        return None  # 'Lee said, referring to …', 'she added when asked', 'which he describes as …'
    clause = True
    if that is not None:
        at = that
    elif base in REPORTED_NEEDS_THAT:
        return None
    elif base in REPORTED_TARGET_VERBS:
        if not AS.search(text, at, limit):
            return None
        clause = False
    elif base == "call" and (CALLED_SOMETHING.match(text, at) or naming(text, cue)):
        clause = False  # 'calling it "a blunder" that would hurt': what it was called, in their words
    elif base in {"urge", "ask", "call", "warn", "encourage", "press", "implore", "beg"}:
        at = infinitive(text, at, limit, base)
        if at < 0:
            return None
        clause = False
    elif base in REPORTED_ADDRESSEE_VERBS and base in REPORTED_OBJECT_VERBS and text.startswith(" to ", at):
        clause = False  # 'promised to cut taxes': no one addressed, the promise itself follows
    elif base in REPORTED_ADDRESSEE_VERBS:
        at = skip_object(text, at, limit)
        if at < 0:
            return None
    else:
        adjunct = ADJUNCT.match(text, at, limit)
        if adjunct:
            at = adjunct.end()
        clause = base not in REPORTED_OBJECT_VERBS
    limit = second_predicate(text, at, limit)
    if RELATIVE_SUBJECT.search(text, max(0, cue.start - 30), cue.start):
        limit = relative_end(text, at, limit)
    span = trim(text, at, limit)
    if span is None or clause and that is None and not is_clause(text[span[0] : span[1]]):
        return None  # 'said in a statement', 'predicted an election defeat'
    if not clause and text[span[0] : span[1]].split(maxsplit=1)[0].lower() in ADJUNCT_PREPOSITIONS - {"to"}:
        return None  # 'warned on Wednesday': when, not what
    return span


PROGRESSIVE = re.compile(r"\b(?:is|are|was|were)\s+(?:still\s+|now\s+)?$")
CALLED_SOMETHING = re.compile(r"\s+(?:it|him|her|them|this|that|the [a-z]+)\s+[\"“]")
SEEN_BY = re.compile(
    r"\s+(?:a|an|the)\s+(?:copy|letter|email|memo|document|transcript)\s+(?:seen|obtained|reviewed)\s+by\b"
)
PASSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
RELATIVE_SUBJECT = re.compile(r",\s*who\s+(?:\w+\s+)?$")  # 'Lee, who (had) said …'
COMMA_WORD = re.compile(r",\s+([\w'’-]+)")


def naming(text: str, cue: Cue) -> bool:
    """'…, calling the effort a rescue operation': after a comma, 'calling' names, it does not phone
    ('calling for' and 'calling on … to' ask for something instead)."""
    return (
        text[cue.start : cue.end] == "calling"
        and (
            text[: cue.start].rstrip().endswith(",")
            or PROGRESSIVE.search(text, max(0, cue.start - 20), cue.start)
        )
        and not re.match(r"\s+(?:for|on|in|out|up|off|back)\b", text[cue.end : cue.end + 6])
    )


def relative_end(text: str, at: int, limit: int) -> int:
    """`Lee, who said A, left the board`: a report in a relative clause ends at the comma before
    the main clause's verb."""
    for match in COMMA_WORD.finditer(text, at, limit):
        if is_verb(match.group(1)):
            return match.start()
    return limit


def is_clause(stretch: str) -> bool:
    """Does the stretch have a verb after its first word ('the plan would fail', not 'a plan')?

    One that opens with a preposition is an adjunct ('said in a statement') unless a clause
    follows its comma ('said through it all, the sisters have …').
    """
    words = WORD.findall(stretch)
    if not words:
        return False
    if words[0].lower() in PREPOSITIONS:
        comma = stretch.find(",")
        rest = stretch[comma + 1 :].split(maxsplit=1)[:1] if comma > 0 else []
        return bool(rest) and rest[0].lower() not in RELATIVES and is_clause(stretch[comma + 1 :])
    if contracted(words[0]) and len(words) > 1:
        return True  # "he'd welcome it", "it's over"
    for n in range(1, len(words)):
        word, previous = words[n], words[n - 1]
        if word.lower() in BASE_OF and previous.lower() in DETERMINERS | PREPOSITIONS:
            continue  # 'responsibility for the attack': a noun, however often the verb reports
        if is_verb(word) or previous.lower() in SUBJECT_PRONOUNS and word.islower() or contracted(word):
            return True  # 'the plan had failed', 'they prefer'
        if n == 1 and plural_then_verb(previous, word) and len(words) > 2:
            return True  # 'costs remain high', 'prices rise again'
        if word.islower() and word.endswith("s") and not word.endswith("ss"):
            owner = previous.lower() in PRONOUNS or previous[:1].isupper() and "-" not in previous
            if owner or n >= 2 and words[n - 2].lower() in DETERMINERS:
                return True  # 'China wants', 'the plan works'
    return False


NOT_AFTER_A_SUBJECT = PREPOSITIONS | DETERMINERS | {"and", "or", "but", "who", "which", "that", "than", "as"}


def plural_then_verb(noun: str, word: str) -> bool:
    """'costs remain': a plural noun, then a plain lowercase word that can only be its verb."""
    return (
        noun.islower()
        and not is_verb(noun)
        and noun.endswith("s")
        and not noun.endswith(("ss", "us", "is"))
        and word.islower()
        and word not in NOT_AFTER_A_SUBJECT
        and not word.endswith(("ly", "s", "ing", "ed", "al", "ic", "ous", "ive", "ful"))
    )


def contracted(word: str) -> bool:
    """A pronoun with its verb in one word: "he'd", "it's", "they’re"."""
    return ("'" in word or "’" in word) and CONTRACTED.match(word) is not None


def is_verb(word: str) -> bool:
    low = word.lower()
    return word.islower() and (
        low.endswith(("n't", "n’t"))
        or low in FINITE_VERBS
        or low in AUXILIARIES
        or low in COMMON_VERBS
        or low.endswith("ed")
        or low in BASE_OF
    )


def stop_at(text: str, at: int, limit: int) -> int:
    """Where the content must end at the latest: `;`, `, but`, a colon or dash before a quotation
    (`told them: "…"`), or a clause that times the saying (`since being charged`)."""
    for word in STOP_WORDS:
        found = text.find(word, at, limit)
        while found >= 0 and text.startswith(", but that ", found):
            found = text.find(word, found + 1, limit)  # 'said A, but that B': one report
        if found >= 0:
            limit = found
    colon = text.find(":", at, limit)
    while colon >= 0:
        if not text[colon + 1 : colon + 3].strip() or text[colon + 1 : colon + 3].lstrip()[:1] in "\"“‘'":
            limit = colon
            break
        colon = text.find(":", colon + 1, limit)
    for dash in ("– ", "— "):
        found = text.find(" " + dash, at, limit)
        if found >= 0 and text[found + 3 : found + 4] in '"“':
            limit = found
    if text.find("ing ", at, limit) >= 0:
        timing = TIMING.search(text, at, limit)
        if timing is not None:
            limit = timing.start()
    return limit


def lead_that(text: str, at: int, limit: int, base: str) -> int | None:
    """After `that` when it comes first, or after an adjunct or an addressee: `said in Paris that`."""
    if text.find("that", at, min(limit, at + 80)) < 0:
        return None
    match = THAT.search(text, at, min(limit, at + 80))
    if match is None:
        return None
    lead = text[at : match.start()].replace(",", " ").split()
    prepositional = (
        bool(lead) and lead[0].lower() in {"in", "at", "during"} and len(lead) <= 2 * MAX_LEAD_WORDS
    )
    if (
        len(lead) > MAX_LEAD_WORDS
        and not prepositional
        and not text[at : match.start()].rstrip().endswith(",")
    ):
        return None  # 'said Thursday during a taping in Buffalo, that …' has its comma
    lead_text = text[at : match.start()]
    if "‘" in lead_text or "'" in lead_text:
        lead_text = ELISION.sub("", lead_text)  # 'said in ‘08 that'
    if not QUOTE_MARKS.isdisjoint(lead_text) or any(is_verb(w) for w in lead):
        return None  # 'vowed to "take our fight" to the states that …': a relative 'that'
    first = lead[0].lower() if lead else ""
    following = text[match.end() : match.end() + 30].split(maxsplit=1)[:1]
    if lead and following and is_verb(following[0]) and following[0] not in AUXILIARIES:
        return None  # 'said of a list that included …': a relative 'that'
    if first == "to" and len(lead) > 1 and lead[1].islower() and lead[1] not in DETERMINERS:
        return None  # 'pledged to work with those that …'
    if not lead or first in PREPOSITIONS or ADJUNCT.fullmatch(" ".join(lead)) or first.endswith("ly"):
        return match.end()
    if base in REPORTED_ADDRESSEE_VERBS and not any(w.lower() in FINITE_VERBS for w in lead):
        return match.end()  # 'told reporters that', 'warned the board that'
    return None


CALL_FOR = re.compile(r"\s*(?:for|on\b[^,;]*?\bto)\s")  # 'called for', 'called on the board to'
INFINITIVE = re.compile(r"(?<![\w-])(?:(?P<keep>not to|against|of|for|whether|if|about)|to|that)\s")


def infinitive(text: str, at: int, limit: int, base: str) -> int:
    """`urged the US to CONTENT`, `called for CONTENT`, `asked X for Y`; -1 when there is no content."""
    head = text[at : min(limit, at + 120)]
    if base == "call":
        match = CALL_FOR.match(head)
        return at + match.end() if match else -1
    match = INFINITIVE.search(head)
    if match is None or len(head[: match.start()].split()) > MAX_LEAD_WORDS:
        return -1 if base == "ask" else at
    keep = match.group("keep")
    if keep and (base == "ask") != (keep in {"of", "against", "not to"}):
        return at + match.start()  # 'asked … for permission', 'warned against complacency'
    return at + match.end()


def skip_object(text: str, at: int, limit: int) -> int:
    """`told reporters the plan …`, `told the BBC he …`: the content starts at its own subject."""
    words = list(WORD_RUN.finditer(text, at, limit))
    plural = len(words) > 2 and words[0].group().islower() and words[0].group().endswith("s")
    if plural and is_clause(text[words[1].start() : limit]):
        return words[1].start()  # 'told reporters rates would rise'
    for n, word in enumerate(words[1:MAX_LEAD_WORDS], 1):
        low = word.group().lower()
        previous = words[n - 1].group().lower()
        if previous in PREPOSITIONS:  # 'told the BBC at the time': an adjunct, no content …
            return pronoun_clause(text, words[n:MAX_LEAD_WORDS], limit)  # … unless 'last week she would'

        if low in DETERMINERS or low in SUBJECT_PRONOUNS or contracted(low):
            return word.start()
    return -1


def pronoun_clause(text: str, words: list[re.Match[str]], limit: int) -> int:
    """Where a clause opened by a subject pronoun starts among `words`, else -1."""
    for word in words:
        low = word.group().lower()
        if (low in SUBJECT_PRONOUNS or contracted(low)) and is_clause(text[word.start() : limit]):
            return word.start()
    return -1


def second_predicate(text: str, at: int, limit: int) -> int:
    """`say the experience has been positive, and are planning …`: the report ends before `and`."""
    if text.find(" and ", at, limit) < 0:
        return limit
    for match in SECOND_PREDICATE.finditer(text, at, limit):
        verb = match.group(1)
        if verb in AUXILIARIES or verb in FINITE_VERBS or verb in BASE_OF:
            return match.start()  # '…, and are planning'

    return limit


def is_tail(stretch: str) -> bool:
    """`said on Tuesday.`, `said in a statement`: what follows the verb is no content."""
    words = stretch.replace(",", " ").split()
    if not words or len(words) > MAX_TAIL_WORDS:
        return not words
    first = words[0].lower()
    return first in ADJUNCT_PREPOSITIONS or bool(ADJUNCT.fullmatch(" ".join(words).rstrip(".")))


def after_colon(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """`At the same time, the tax has not hurt: London is …, according to X`: the claim the
    colon introduces is the content."""
    if span is None:
        return None
    colon = text.rfind(": ", span[0], span[1])
    if colon < 0 or not is_clause(text[colon + 2 : span[1]]):
        return span
    return trim(text, colon + 1, span[1]) or span


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without edge spaces, commas and the sentence's final full stop."""
    while start < end and text[start] in " ,:\t":
        start += 1
    while end > start and text[end - 1] in " ,.\t":
        end -= 1
    return (start, end) if has_words(text[start:end]) else None


def has_words(stretch: str, count: int = MIN_WORDS) -> bool:
    """Does the stretch hold at least `count` words? (It is split no further than that: a
    report runs to a few dozen words, and only its first two are counted.)"""
    return len(stretch.split(None, count - 1)) == count


def quotes_within(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    """The quotes of a paragraph (in text order) that lie inside [start, end)."""
    if not quotes:
        return []
    first = bisect.bisect_left(quotes, start, key=lambda q: q.start)
    last = bisect.bisect_right(quotes, end, key=lambda q: q.start)
    return [q for q in quotes[first:last] if q.end <= end]


def reports_words(text: str, span: Found, quotes: list[Quote]) -> bool:
    """Content that is only a quotation (`said "…"`, `told them "…"`) is a quote, not a report."""
    start, end = span.start, span.end
    pieces, at = [], start
    first = max(0, bisect.bisect_left(quotes, start, key=lambda q: q.start) - 1)
    last = bisect.bisect_right(quotes, end, key=lambda q: q.start)
    for quote in quotes[first:last]:
        if quote.end <= start or quote.start >= end:
            continue
        pieces.append(text[at : max(at, quote.start - 1)])
        at = max(at, quote.end + 1)
    pieces.append(text[at:end])
    return has_words(" ".join(pieces).strip(" ,.\"“”‘’'"))
