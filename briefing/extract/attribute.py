"""extract(): from an Article to a Briefing — quote spans, their speakers, the people named.

Two passes over the paragraphs. The first registers every name the narration gives, with
the role written before it (`Health Minister Ann Lee`) or after it (`Jan Kühn, the head of
the board,`), so that `Lee` or `Kuehn` later resolve to the full name. The second walks
the article in order, keeping track of who is in focus, and gives each quotation the
speaker of its cue, of its chain (a quote continued across a reopening mark), or of the
narration right before it. A cue is a reporting verb with its subject (cues.py), a label
(`Ann Lee:`), a sentence that ends in a colon and introduces the quote, or a short sentence
right after it (`Lee said.`); the words that credit a quote are kept as its evidence.
Partial quotes need a cue in their sentence (any kept quote of the sentence lends its own);
without one they are scare quotes, titles or terms and are left out. Every cue heard on the
way is handed to reported.py, which reads what it reports.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Article, Briefing, CueSpan, Person, Quote, Speaker
from .cast import Cast, Entity, qualifiers_of
from .cues import (
    ADDRESSED,
    Cue,
    evidence_span,
    find_cues,
    owned_words,
    sentence_start_before,
    sentence_starts,
    thought_cues,
)
from .gate import gate
from .lexicon import (
    AUXILIARIES,
    COMPANY_NOUNS,
    DOC_NOUNS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    LEADING_FILLER,
    NAMING_CUES,
    NON_NAME_WORDS,
    ORG_NOUNS,
    POSSESSIVES,
    REPORTING_VERBS,
    ROLE_STOP_WORDS,
)
from .mentions import (
    Mention,
    Mentions,
    in_ranges,
    narration_ranges,
    register_headline_names,
    register_names,
    register_short_names,
)
from .quotes import Span, find_spans
from .references import (
    POSSESSIVE_END,
    Ref,
    fold,
    is_capitalised,
    is_role_noun,
    is_verbish,
    parse_reference,
)
from .reported import Heard, add_reported

OWNED_DOCUMENTS = (
    "report|suit|lawsuit|complaint|statement|study|survey|letter|petition|ruling|memo|review|assessment"
)
DOC_OWNER = re.compile(
    r"(?<![\w'’-])(his|her|its|their|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,4}['’]s?)\s+(?:[a-z-]+\s+){0,2}"
    rf"({OWNED_DOCUMENTS})\b"
)
DOC_ISSUED = re.compile(
    r"(?<![\w-])(?:(?:is|are|has|have|had|was|were) )?(?:suing|sued|filed (?:a |the )?(?:law)?suit"
    r"|(?:published|issued|released) (?:a|its|their|the) (?:[a-z-]+ ){0,2}(report|study|statement|survey))\b"
)
DOC_AFTER_CUE = re.compile(
    r"\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(report|statement|study|survey|letter)\b"
)
DOC_WORD = re.compile(f"{OWNED_DOCUMENTS}|suing|sued")  # a cheap test before the patterns above
ORGANISATION = re.compile(r"(?<![\w-])[Tt]he ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,5})(?:[ ,.;:]|$)([a-z]*)")
TITLE_SMALL_WORDS = {
    "with",
    "from",
    "into",
    "over",
    "upon",
    "onto",
    "than",
    "that",
    "about",
}  # 'Midday with Ann Lee'
POSSESSIVE_BEFORE = re.compile(r"\w(?:['’]s|s['’])$")
SUBORDINATORS = {
    "although",
    "though",
    "while",
    "when",
    "after",
    "before",
    "as",
    "if",
    "since",
    "because",
    "once",
}
PREPOSITIONS = {
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "with",
    "for",
    "from",
    "despite",
    "following",
    "amid",
    "under",
    "by",
    "to",
    "like",
    "unlike",
    "earlier",
    "later",
}
BODY_SUBJECT = re.compile(r"[Tt]he ([a-z]+)\s")
DESCRIBED = re.compile(r"[Tt]he (?:[A-Za-z-]+ ){0,2}([a-z-]+) (?:[a-z]+ )?(?:has |had |was |is )?[a-z]+ed\b")
SIGNATURE = re.compile(r"\s*[–—-]\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})\s*$")  # '" – Ann Lee'
ACCUSATION = re.compile(
    r"\b(?:allegations?|accusations?|claims?|charges?|suggestions?|criticism)\s+(?:that|of)\b"
)
HYPOTHETICAL = re.compile(r"\b(?:will|would|could|should|might|may|can|must)\s+(?:\w+ly\s+)?\Z")
# A name, a short tag, an affiliation and a colon, at a sentence start or after a dash.
LABEL = re.compile(
    r"(?:^|(?<=[-–—] ))\s*([A-Z][\w'’.-]*(?: [\w'’.][\w'’.-]*){0,7}?)"
    r"(?: \([^()]{1,20}\))?(?:,[^,:;\"“”]{1,60})?:\s*$"
)
MAX_RIGHT_CUE_GAP = 14  # words between a closing mark and its cue verb: `," the head of X said`


ATTRIBUTION_OF_REF = {
    "name": "cue",
    "org": "cue",
    "pronoun": "pronoun",
    "role": "description",
    "unnamed": "description",
    "doc": "description",
    "possessive-doc": "description",
}


@dataclass
class SpanInfo:
    """One quotation during the walk: its speaker and the evidence for it."""

    span: Span
    sentence: int = 0
    speaker: Entity | None = None
    has_cue: bool = False
    fallback: Entity | None = None
    keep: bool = True
    evidence: CueSpan | None = None  # the cue that named the speaker, where the text has one
    attribution: str | None = None
    term: bool = False  # a title, nickname or slogan in marks


@dataclass(frozen=True)
class Introduced:
    """A person first named inside a sentence rather than as its subject."""

    entity: Entity


@dataclass
class Walk:
    """State of the second pass: the cast, the mentions per paragraph, the spans met."""

    cast: Cast
    mentions: Mentions = field(default_factory=Mentions)
    infos: list[SpanInfo] = field(default_factory=list)
    last_event_paragraph: int = -10
    paragraph: int = 0
    text: str = ""
    forward: dict[int, tuple[int, Entity]] = field(default_factory=dict)
    subject: tuple[int, int, Entity] | None = None
    colon: tuple[Entity | None, CueSpan, str] | None = None  # who introduced the next paragraph
    heard: list[Heard] = field(default_factory=list)  # every cue with its speaker, for reported speech

    def note_subject(self, paragraph: int, at: int, entity: Entity | None) -> None:
        """An entity acts at this point of the text; it comes into focus."""
        if entity is not None:
            self.subject = (paragraph, at, entity)
        self.cast.attend(entity)

    def resolve(self, cue: Cue, starts: list[int]) -> Entity | None:
        """A cue's speaker. 'Although he said …, Lee stopped': the pronoun means Lee."""
        sentence = sentence_start_before(starts, cue.start)
        if cue.participle:  # '…, saying': the subject of the clause it hangs on
            if self.subject and self.subject[0] == self.paragraph and self.subject[1] >= sentence:
                return self.subject[2]
            head = self.forward.get(sentence)
            if head:
                own = subordinate_subject(self.text, sentence) if cue.start < head[0] else None
                return self.cast.resolve(own) if own else head[1]
            opening = leading_reference(self.text, sentence)  # 'Landlord groups defended it, saying …'
            return self.cast.resolve(opening) if opening else self.cast.in_focus(None, person=False)
        if cue.ref is None:
            return None
        if cue.ref.kind == "pronoun":
            head = self.forward.get(sentence)
            if head is not None and cue.start < head[0]:
                return head[1]
        return self.cast.resolve(cue.ref)


def extract(article: Article) -> Briefing:
    """Find quotes, attribute them, list speakers and the other people named."""
    paragraphs = article.paragraphs
    spans = find_spans(paragraphs)
    by_paragraph: dict[int, list[Span]] = {}
    for span in spans:
        by_paragraph.setdefault(span.paragraph, []).append(span)
    walk = Walk(Cast())
    register_headline_names(walk.cast, article.headline)
    if article.standfirst:
        register_names(walk.mentions, walk.cast, -1, article.standfirst, find_spans([article.standfirst]))
    for index, text in enumerate(paragraphs):
        walk.cast.paragraph = index
        register_names(walk.mentions, walk.cast, index, text, by_paragraph.get(index, []))
    register_short_names(walk.mentions, walk.cast)
    for index, text in enumerate(paragraphs):
        walk_paragraph(walk, index, text, by_paragraph.get(index, []))
    share_later_cues(walk.infos)
    assign_chains(walk.infos)
    return gate(add_reported(assemble(article, walk), walk.heard, walk.cast))


def walk_paragraph(walk: Walk, index: int, text: str, spans: list[Span]) -> None:
    """Second pass over one paragraph: narration events and quotations, in text order."""
    ranges = narration_ranges(text, spans)
    starts = [s for s in sentence_starts(text) if in_ranges(ranges, s)]
    cues = [find_cues(text, lo, hi, starts) for lo, hi in ranges]
    mentions = walk.mentions.of(index)
    walk.forward = forward_subjects(walk.cast, text, starts, mentions)
    walk.paragraph, walk.text, walk.cast.paragraph = index, text, index
    carried: list[Cue] = []  # cues before a dropped term still cue the quote after it
    for n, (lo, hi) in enumerate(ranges):
        first = bisect.bisect_left(mentions, lo, key=lambda m: m.at)
        last = bisect.bisect_left(mentions, hi, key=lambda m: m.at)
        narrate(walk, index, text, (lo, hi), cues[n], starts, mentions[first:last])
        if n < len(spans):
            span = spans[n]
            sentence = sentence_start_before(starts, span.start - 1)
            left = [c for c in carried + cues[n] if c.start >= sentence]
            if not left:
                left = labelled(walk.cast, text, sentence, span) or introduced(text, sentence, span.start - 1)
            if not left and span.partial:
                left = [c for c in thought_cues(text, lo, hi, starts) if c.start >= sentence]
            owned = owned_words(text, sentence, span.start - 1) if span.partial else None
            if owned is not None:
                left = [owned]  # 'recalled Lee's claim that "…"': the claim's words are Lee's
            right = right_cues(text, ranges[n + 1], cues[n + 1], starts)
            info = attribute(walk, span, text, (outer_cue(text, left, span), right), starts)
            walk.infos.append(info)
            carried = [] if info.keep else left
            if info.speaker is not None or (info.fallback is not None and not span.partial):
                walk.last_event_paragraph = index  # a run of quoted paragraphs keeps one voice
    walk.colon = None
    end = len(text.rstrip())
    if not spans or ranges[-1][0] < end:  # '… he wrote:' ends the paragraph; the quote is the next one
        colon = introduced(text, sentence_start_before(starts, end - 1), end)
        if colon:
            start, stop = evidence_span(text, colon[0])
            credited = ATTRIBUTION_OF_REF[colon[0].ref.kind]
            walk.colon = (
                walk.resolve(colon[0], starts),
                CueSpan(text[start:stop], index, start, stop),
                credited,
            )


def outer_cue(text: str, left: list[Cue], span: Span) -> Cue | None:
    """The cue before a quote. For a partial quote, a speech only imagined inside what an
    earlier cue reports ('Lee said Fox was right to urge voters "to stand up"', 'voters will
    say "no"') is not the speaker's: Lee's is."""
    if not left:
        return None
    inner = left[-1]
    if span.partial and ACCUSATION.search(text, inner.end, max(inner.end, span.start)):
        return Cue(inner.start, inner.end, None)  # 'Lee denied claims that Acme is "a cartel"': whose?
    modal = HYPOTHETICAL.search(text, max(0, inner.start - 30), inner.start)
    hypothetical = text.startswith("to ", inner.start) or modal  # 'Rob Dent shouted "help!"' is Dent's
    outer = left[0] if len(left) > 1 and left[0].ref is not None else None
    if span.partial and hypothetical and outer and evidence_span(text, inner)[0] > outer.end:
        return outer
    if span.partial and outer and inner.ref is not None and not speaks(inner.ref) and inner.start > outer.end:
        return outer  # 'Lee said the figures reflected "strong demand"': figures say nothing; Lee does
    return inner


def speaks(ref: Ref) -> bool:
    """Can this subject say something: a person, a body, a document, or a role that speaks?"""
    return ref.kind in {"name", "pronoun", "org", "doc", "possessive-doc", "unnamed"} or is_role_noun(
        ref.head
    )


def introduced(text: str, sentence: int, end: int) -> list[Cue]:
    """`He then listed them: "…"`: a sentence that ends in a colon introduces the quote after it.

    Its subject is the speaker, read up to the sentence's first verb.
    """
    if not text[sentence:end].rstrip().endswith(":"):
        return []
    comma = text.rfind(", ", sentence, end)  # 'When Lee died, President Ray released a statement:'
    if comma > 0:
        found = introduced(text, comma + 2, end)
        if found:
            return found
    at = first_word_at(text, sentence)
    if text.count(",", at, end) > 1:
        return []  # 'At a rally in Ohio, on Monday, fans cheered:': no plain subject to read
    words = list(re.finditer(r"\S+", text[at:end]))
    verb = next((i for i, w in enumerate(words) if i and is_verbish(w.group())), 0)
    if not verb:
        return []
    ref = parse_reference(text[at : at + words[verb].start()])
    if ref is None or ref.kind not in ATTRIBUTION_OF_REF:
        return []
    while verb + 1 < len(words) and is_verbish(words[verb + 1].group()):
        verb += 1  # 'She then listed', 'He has written'
    return [Cue(at, at + words[verb].end(), ref)]


def labelled(cast: Cast, text: str, sentence: int, span: Span) -> list[Cue]:
    """`Ann Lee, Daily Planet: "…"`, `LEE: "…"`, `… - Former mayor Ann Lee (D): "…"`: a name and
    a colon before a quote, no verb. One word is a label only when it is a name the article gave."""
    label = LABEL.search(text[sentence : max(sentence, span.start - 1)])
    if label is None or any(is_verbish(w) for w in label.group(1).split()):
        return []
    ref = parse_reference(label.group(1).title() if label.group(1).isupper() else label.group(1))
    if ref is None or ref.kind != "name":
        return []
    if len(ref.name) + bool(ref.honorific) < 2 and fold(ref.name[-1]) not in cast.by_token:
        return []
    return [Cue(sentence + label.start(1), sentence + label.end(1), ref)]


def right_cues(text: str, rng: tuple[int, int], cues: list[Cue], starts: list[int]) -> Cue | None:
    """The cue right after a closing mark: `," he said`, `," said Lee`, `" – Ann Lee`."""
    lo, hi = rng
    signed = SIGNATURE.match(text, lo, hi)
    if signed:
        ref = parse_reference(signed.group(1))
        if ref is not None and ref.kind == "name":
            return Cue(signed.start(1), signed.end(1), ref)
    later = bisect.bisect_right(starts, lo)
    if later < len(starts) and not text[lo : starts[later]].strip():
        tag = tag_sentence(text, starts, later, hi, cues)  # '…win." Lee said.': the quote ended the sentence
        if tag is not None:
            return tag
    if later < len(starts):
        hi = min(hi, starts[later])
    for cue in cues:
        if cue.start >= hi:
            break
        if len(text[lo : cue.start].split()) <= MAX_RIGHT_CUE_GAP:
            return cue
        break
    return None


def tag_sentence(text: str, starts: list[int], at: int, hi: int, cues: list[Cue]) -> Cue | None:
    """A sentence that opens with who spoke: `Lee said.`, `Ann Lee said of the plan on Monday.`"""
    start = starts[at]
    end = min(hi, starts[at + 1]) if at + 1 < len(starts) else hi
    cue = next((c for c in cues if start <= c.start < end), None)
    if cue is None or cue.ref is None or cue.ref.kind not in {"name", "pronoun", "role"}:
        return None
    before, after = text[start : cue.start].split(), text[cue.end : end].split()
    if len(before) > 4 or after[:1] == ["that"]:
        return None  # '…" Lee said that …' reports something else
    if len(after) > 2 and after[0].lower() in {"he", "she", "they", "it", "we", "i", "there"}:
        return None  # '…" Lee said he would have fired him.' reports something else too
    return cue


def narrate(
    walk: Walk,
    index: int,
    text: str,
    rng: tuple[int, int],
    cues: list[Cue],
    starts: list[int],
    mentions: list[Mention],
) -> None:
    """Update the focus from narration: subjects of sentences, cue subjects, document owners."""
    cast = walk.cast
    lo, hi = rng
    events: list[tuple[int, object]] = [(c.start, c) for c in cues]
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    sentence_heads = {first_word_at(text, s) for s in starts[first:last]}
    sentence_heads |= {walk.forward[s][0] for s in starts[first:last] if s in walk.forward}
    for mention in mentions:
        if mention.subject_at in sentence_heads or opens_clause(text, mention.subject_at):
            events.append((mention.at, mention.entity))
        elif mention.introduced:  # 'Lee attacked Ann Ruiz, calling her …': Ruiz is met, not the subject
            events.append((mention.at, Introduced(mention.entity)))
    for head in sentence_heads:
        entity = (
            surname_subject(cast, text, head)
            or described_subject(cast, text, head)
            or described_body(cast, text, head)
        )
        if entity is not None:
            events.append((head, entity))
    if DOC_WORD.search(text, lo, hi):  # a cheap test first: most narration names no document
        for match in DOC_OWNER.finditer(text, lo, hi):
            events.append((match.start(), match))
        for match in DOC_ISSUED.finditer(text, lo, hi):
            sentence = max(lo, sentence_start_before(starts, match.start()), match.start() - 200)
            events.append((match.start(), (text[sentence : match.start()], match.group(1) or "suit")))
    for match in ORGANISATION.finditer(text, lo, hi):
        follower = match.group(2)
        addressed = ADDRESSED.search(text, max(lo, match.start() - 12), match.start() + 4)  # 'told the Forum'
        if not addressed and (
            not follower or follower in ROLE_STOP_WORDS or follower in AUXILIARIES or follower.endswith("ed")
        ):
            events.append((match.start(), match.group(1)))  # 'the Senate voted', not 'the Senate rules'

    for at, event in sorted(events, key=lambda e: e[0]):
        if isinstance(event, Cue):
            entity = walk.resolve(event, starts)
            walk.heard.append(Heard(index, event, entity, starts))
            if entity is not None:
                walk.last_event_paragraph = index
            walk.note_subject(index, at, entity)
            issued = DOC_AFTER_CUE.match(text, event.end)
            if issued and entity is not None:  # 'Oxfam says in a report': the report is Oxfam's
                cast.documents[DOC_NOUNS[issued.group(1)]] = entity
        elif isinstance(event, Entity):
            walk.note_subject(index, at, event)
            walk.last_event_paragraph = index  # 'Lee is upbeat.' then a bare quote: Lee's words
        elif isinstance(event, Introduced):
            cast.attend(event.entity)
        elif isinstance(event, tuple):
            issuer = parse_reference(event[0])  # 'A Texas man is suing Acme': the suit is his
            if issuer is not None and issuer.kind in {"name", "org", "unnamed"}:
                cast.documents[DOC_NOUNS[event[1]]] = cast.resolve(issuer)
        elif isinstance(event, str):
            cast.mention_organisation(tuple(event.split()))
        else:
            own_document(cast, event)


CLAUSE_OPENERS = {"while", "whereas", "although", "though"}


def opens_clause(text: str, at: int) -> bool:
    """'…, while Ann Lee proposed': a name right after a conjunction is its clause's subject."""
    before = text[max(0, at - 10) : at].split()
    return bool(before) and before[-1] in CLAUSE_OPENERS


def subordinate_subject(text: str, start: int) -> Ref | None:
    """'As Lee began tweeting, …': the subject of a fronted clause that has one."""
    opener = re.match(r"\s*(\w+)\s+", text[start : start + 30])
    if opener is None or opener.group(1).lower() not in SUBORDINATORS:
        return None
    ref = leading_reference(text, start + opener.end())
    return ref if ref is not None and ref.kind in {"name", "pronoun", "role", "org"} else None


def leading_reference(text: str, start: int) -> Ref | None:
    """The noun phrase a sentence opens with, up to its first verb."""
    words = text[start : start + 120].split()[:10]
    end = next((i for i, w in enumerate(words) if i and (is_verbish(w) or w.lower() in REPORTING_VERBS)), 0)
    ref = parse_reference(" ".join(words[:end])) if end else None
    adjunct = next((i for i, w in enumerate(words[:end]) if i and w in {"on", "in", "at", "last", "this"}), 0)
    if ref is None and adjunct:  # 'Chinese experts on Tuesday criticized …, calling': the experts
        ref = parse_reference(" ".join(words[:adjunct]))
    return ref


def forward_subjects(
    cast: Cast, text: str, starts: list[int], mentions: list[Mention]
) -> dict[int, tuple[int, Entity]]:
    """Sentences that open with a clause ('Although he …, Lee …'): where the main subject is, and who."""
    found = {}
    by_subject = {m.subject_at: m.entity for m in mentions}
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(text)
        first = text[start : start + 40].split(maxsplit=1)
        opener = first[0].lower() if first else ""
        if not (opener in SUBORDINATORS or opener in PREPOSITIONS or opener.endswith(("ing", "ed,", "ed"))):
            continue
        comma = text.find(", ", start, end)
        if comma < 0:
            continue
        head = first_word_at(text, comma + 2)
        entity = by_subject.get(head) or surname_subject(cast, text, head)
        if entity is not None:
            found[start] = (head, entity)
    return found


def first_word_at(text: str, start: int) -> int:
    """Where a sentence's subject begins, after fillers such as 'But' or 'Meanwhile'."""
    for word in re.finditer(r"\S+", text[start : start + 80]):
        if word.group().strip(",").lower() not in LEADING_FILLER:
            return start + word.start()
    return start


def surname_subject(cast: Cast, text: str, at: int) -> Entity | None:
    """`Lee used to …`, `Mr Lee is …`: a known person starting a sentence."""
    words = text[at : at + 60].split()
    if not words:
        return None
    first = words[0].rstrip(",")
    if first.lower().rstrip(".") in HONORIFICS and len(words) > 1:
        words = words[1:]
        first = words[0].rstrip(",")
    if first == words[0] and len(words) > 1 and words[1][:1].isupper():
        return None  # 'Ohio Gov. John Kasich …': a longer name, whose first word names no one alone
    first = POSSESSIVE_END.sub("", first)
    if not is_capitalised(first) or first.lower() in NON_NAME_WORDS:
        return None
    if fold(first) not in cast.by_token:
        return None
    return cast.find_name((first,))


def described_subject(cast: Cast, text: str, at: int) -> Entity | None:
    """`The prime minister toured …`: the person with that role, now the one in focus."""
    match = DESCRIBED.match(text, at)
    if match is None or not is_role_noun(match.group(1)):
        return None
    head = match.group(1).lower()
    qualifiers = qualifiers_of(Ref("role", text[at : match.end(1)], head=head))
    found = cast.by_role(head, qualifiers)  # 'The Acme boss refused …'
    if found is None and cast.held_by_another(head, qualifiers):
        return cast.named(text[at : match.end(1)], "unnamed")  # 'The foreign minister refused …'
    return found


BODY_NOUNS = ORG_NOUNS | INSTITUTION_NOUNS | COMPANY_NOUNS  # 'The association', 'The hospice', 'The carmaker'


def described_body(cast: Cast, text: str, at: int) -> Entity | None:
    """`The association forecast …`: the organisation the article named with that noun."""
    match = BODY_SUBJECT.match(text, at)
    if match is None or match.group(1) not in BODY_NOUNS:
        return None
    return cast.named_organisation(match.group(1), in_focus=False)


def own_document(cast: Cast, match: re.Match[str]) -> None:
    """`its final report`, `Lee's lawsuit`: remember who issued the document."""
    owner_word, noun = match.group(1), match.group(2)
    possessive = owner_word.lower()
    if possessive in {"its", "their"} and cast.organisations:
        owner = next(reversed(cast.organisations))
    elif possessive in POSSESSIVES:
        owner = cast.in_focus(POSSESSIVES[possessive], person=possessive in {"his", "her"})
    else:
        words = POSSESSIVE_END.sub("", owner_word).split()
        if any(w.lower() in NON_NAME_WORDS for w in words):
            return
        owner = cast.find_name(tuple(words)) or cast.named(" ".join(["the", *words]), "org")
    if owner is not None:
        cast.documents[DOC_NOUNS[noun]] = owner


def attribute(
    walk: Walk, span: Span, text: str, cues: tuple[Cue | None, Cue | None], starts: list[int]
) -> SpanInfo:
    """The speaker of one quotation from its cues; partial quotes without a cue are dropped."""
    cast = walk.cast
    left, right = cues
    order = (left, right) if span.partial else (right, left)
    cue = next((c for c in order if c is not None), None)
    info = SpanInfo(span, sentence_start_before(starts, span.start - 1))
    earlier = walk.infos[-1] if walk.infos else None
    if cue is not None:
        info.has_cue = True
        info.speaker = walk.resolve(cue, starts)
        walk.note_subject(span.paragraph, span.start, info.speaker)
        start, end = evidence_span(text, cue)
        info.evidence = CueSpan(text[start:end], span.paragraph, start, end)
        info.attribution = ATTRIBUTION_OF_REF[cue.ref.kind] if cue.ref else "cue"
    elif span.partial and earlier and earlier.has_cue and coordinated(earlier, info):
        info.has_cue, info.speaker = True, earlier.speaker  # 'said it had "A" and was "B"'
        info.evidence, info.attribution = earlier.evidence, earlier.attribution
    elif walk.colon and walk.colon[0] and span.start <= 1 and not span.partial:
        info.has_cue = True  # the previous paragraph ended '… he wrote:'
        info.speaker, info.evidence, info.attribution = walk.colon
    elif walk.last_event_paragraph >= span.paragraph - 1:
        info.fallback = cast.in_focus(None, person=False)
    info.term = is_name_or_term(span, text)
    info.keep = not ((span.partial and (info.term or not info.has_cue)) or (info.term and not info.has_cue))
    return info


def share_later_cues(infos: list[SpanInfo]) -> None:
    """'Guns are "a crisis" and "a plague," Lee said': a partial quote with no cue of its own
    takes the cue of a later quote of its sentence, as later ones take an earlier one's."""
    later: SpanInfo | None = None
    for info in reversed(infos):
        same_sentence = later is not None and (later.span.paragraph, later.sentence) == (
            info.span.paragraph,
            info.sentence,
        )
        if same_sentence and not info.keep and info.span.partial and not info.term and later.has_cue:
            info.keep, info.has_cue = True, True
            info.speaker, info.evidence, info.attribution = later.speaker, later.evidence, later.attribution
        if info.keep and info.has_cue:
            later = info


def coordinated(a: SpanInfo, b: SpanInfo) -> bool:
    """'said it had "A" and did "B" with "C"': later partial quotes of a cued sentence are its words too."""
    return a.keep and a.span.paragraph == b.span.paragraph and a.sentence == b.sentence


def is_name_or_term(span: Span, text: str) -> bool:
    """A title, nickname or slogan: Title Case words, or introduced by 'so-called', 'dubbed'."""
    before = text[max(0, span.start - 40) : span.start - 1].rstrip()
    if NAMING_CUES.search(before):
        return True
    if POSSESSIVE_BEFORE.search(before) and len(text[span.start : span.end].split()) <= 3:
        return True  # 'the bank's "lending rule"': a term the bank has, not words it said
    words = re.findall(r"[^\W\d_][\w'’-]*", text[span.start : span.end])
    significant = [w for w in words if (len(w) > 3 and w.lower() not in TITLE_SMALL_WORDS) or w[0].isupper()]
    return bool(significant) and all(w[0].isupper() for w in significant) and len(words) <= 8


def assign_chains(infos: list[SpanInfo]) -> None:
    """Quotes continued across a reopening mark share the speaker of the chain's cue."""
    chain: list[SpanInfo] = []
    for info in infos:
        if not info.keep:
            chain = []
            continue
        chain.append(info)
        if info.span.closed:
            settle(chain)
            chain = []
    settle(chain)


def settle(chain: list[SpanInfo]) -> None:
    """Every quote of a chain takes the speaker and evidence of its cue, else of the focus."""
    cued = next((i for i in chain if i.has_cue and i.speaker is not None), None)
    for info in chain:
        if info.has_cue and info.speaker is not None:
            continue
        if cued is not None:
            info.speaker, info.evidence, info.attribution = cued.speaker, cued.evidence, cued.attribution
        else:
            info.speaker, info.evidence = info.fallback, None
            info.attribution = "context" if info.fallback is not None else None


def assemble(article: Article, walk: Walk) -> Briefing:
    """Number the quotes, group them by speaker, list the people named but not quoted."""
    quotes: list[Quote] = []
    quoted: dict[int, list[str]] = {}
    speakers_in_order: list[Entity] = []
    for info in walk.infos:
        if not info.keep:
            continue
        span, entity = info.span, info.speaker
        qid = f"q{len(quotes) + 1}"
        quotes.append(
            Quote(
                id=qid,
                text=article.paragraphs[span.paragraph][span.start : span.end],
                speaker=entity.name if entity else None,
                paragraph=span.paragraph,
                start=span.start,
                end=span.end,
                partial=span.partial,
                cue=info.evidence if entity is not None else None,
                attribution=info.attribution if entity is not None else None,
            )
        )
        if entity is not None:
            if id(entity) not in quoted:
                speakers_in_order.append(entity)
            quoted.setdefault(id(entity), []).append(qid)
    speakers = tuple(
        Speaker(e.name, e.role if e.kind == "person" else None, tuple(quoted[id(e)]))
        for e in speakers_in_order
    )
    seen: set[int] = set()
    people = []
    for index in sorted(walk.mentions.by_paragraph):
        for mention in walk.mentions.of(index):
            entity = mention.entity
            if mention.confirmed and id(entity) not in quoted and id(entity) not in seen:
                seen.add(id(entity))
                people.append(Person(entity.name, entity.role))
    return Briefing(article=article, quotes=tuple(quotes), speakers=speakers, people=tuple(people))
