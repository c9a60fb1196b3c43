"""A bound on the extractor's work, so that no article within the size limits stalls a build.

The extractor is linear, but what it does per quotation mark, reporting verb, capitalised
word and paragraph costs far more than what it does per letter: two megabytes of `"a" `,
of `said ` or of one-word paragraphs would take a minute. Before extracting, each paragraph
is priced from counts taken in C (str.count and one word scan, no Python loop per
character), in rough microseconds on the development machine; the paragraphs that fit
WORK_BUDGET are searched for quotes and the rest are kept as plain article text, with one
warning. About 350 KB of news prose fits, more than the longest real articles; text far
denser than prose reaches the budget sooner.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter

from .extract import extract
from .extract.lexicon import AFTER_QUOTE_ONLY, REPORTING_BASES, REPORTING_VERBS
from .model import Article, Briefing

log = logging.getLogger(__name__)

WORK_BUDGET = 2_000_000  # about 2 s of extraction and rendering on the development machine
COST_PER_MARK = 200  # a quotation mark: pairing, then a quote to attribute, render and list
COST_PER_VERB = 150  # a reporting verb (or its base after "to"): its subject parsed and resolved
COST_PER_CAPITAL = 25  # a capital letter: a possible name to register and resolve
COST_PER_PARAGRAPH = 200  # a paragraph: its sentences, narration ranges and page markup
COST_PER_CHAR = 1.0  # words the extractor reads for names, pronouns and clauses
MARKS = "\"“”„«»‘’'‚‹›"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
WORD = re.compile(r"[A-Za-z]+")
# the words that start a cue: "said", "reports", the "claim" of "to claim", "according to"
CUE_WORDS = REPORTING_VERBS | AFTER_QUOTE_ONLY | set(REPORTING_BASES) | {"according", "According"}


def extract_within_budget(article: Article) -> Briefing:
    """extract() on what fits the budget; the page still shows the whole article.

    The standfirst is read first (names in a caption help later), if it fits at all; then
    the paragraphs, in order, until the budget is spent.
    """
    left = float(WORK_BUDGET)
    read = article
    if article.standfirst:
        left -= cost(article.standfirst, left)
        if left < 0:
            read, left = dataclasses.replace(article, standfirst=None), float(WORK_BUDGET)
    analysed = paragraphs_within_budget(article.paragraphs, left)
    if read is article and analysed == len(article.paragraphs):
        return extract(article)
    if read is not article:
        log.warning(
            "%s: the standfirst is too dense to analyse in time; no names are taken from it",
            article.source_file,
        )
    if analysed < len(article.paragraphs):
        log.warning(
            "%s: quotes were looked for in the first %d of %d paragraphs only; the rest holds more "
            "quotation marks, reporting verbs and paragraphs than one build reads; "
            "split the article to read it all",
            article.source_file,
            analysed,
            len(article.paragraphs),
        )
    briefing = extract(dataclasses.replace(read, paragraphs=article.paragraphs[:analysed]))
    return dataclasses.replace(briefing, article=article)


def paragraphs_within_budget(paragraphs: tuple[str, ...], budget: float = WORK_BUDGET) -> int:
    """How many leading paragraphs the extractor can analyse within `budget`."""
    left = float(budget)
    for index, text in enumerate(paragraphs):
        left -= cost(text, left)
        if left < 0:
            return index
    return len(paragraphs)


def cost(text: str, limit: float = float("inf")) -> float:
    """The rough price of extracting one paragraph, in microseconds (over `limit`: any figure
    over it). The cheap counts come first, so a huge paragraph is priced out without a word list."""
    price = (
        COST_PER_PARAGRAPH
        + COST_PER_CHAR * len(text)
        + COST_PER_MARK * sum(map(text.count, MARKS))
        + COST_PER_CAPITAL * sum(map(text.count, CAPITALS))
    )
    if price > limit:
        return price
    verbs = sum(n for word, n in Counter(WORD.findall(text)).items() if word in CUE_WORDS)
    return price + COST_PER_VERB * verbs
