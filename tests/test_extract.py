"""Extraction, phenomenon by phenomenon: small hand-written articles and what must come out."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.model import Article


def run(*paragraphs: str):
    return extract(Article(headline="A headline", paragraphs=tuple(paragraphs)))


def pairs(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(*paragraphs).quotes]


CASES = {
    "said after, surname expanded": (
        ["Coach John Smith watched from the bench.", '"We will win," Smith said.'],
        [("We will win,", "John Smith")],
    ),
    "said before the name, with apposition": (
        ['"It is over," said Jane Doe, a lawyer for the family.'],
        [("It is over,", "Jane Doe")],
    ),
    "told with a colon": (
        ['Mary Jones told reporters: "We are ready."'],
        [("We are ready.", "Mary Jones")],
    ),
    "pronoun across paragraphs": (
        ["Prime Minister Anna Berg visited the plant on Monday.", '"This is a good day," she said.'],
        [("This is a good day,", "Anna Berg")],
    ),
    "pronoun means the subject, not the person praised": (
        ['Coach Tom Reed praised striker Ben Cole on Sunday. "He was magnificent," he said.'],
        [("He was magnificent,", "Tom Reed")],
    ),
    "quote split by its attribution": (
        ['"The first part," said Ann Lee, "and the second part."'],
        [("The first part,", "Ann Lee"), ("and the second part.", "Ann Lee")],
    ),
    "second quote continues the speaker": (
        ['"One thing is clear," Ann Lee said. "Another is not."'],
        [("One thing is clear,", "Ann Lee"), ("Another is not.", "Ann Lee")],
    ),
    "quote over two paragraphs": (
        ['Ann Lee said: "The first paragraph ends open.', '"The second one closes."'],
        [("The first paragraph ends open.", "Ann Lee"), ("The second one closes.", "Ann Lee")],
    ),
    "collapsed paragraphs inside one": (
        ['Ann Lee said: "A is here. "B is there."'],
        [("A is here.", "Ann Lee"), ("B is there.", "Ann Lee")],
    ),
    "nested single marks stay inside": (
        ["\"He told me 'no way' and left,\" said Ann Lee."],
        [("He told me 'no way' and left,", "Ann Lee")],
    ),
    "curly marks and nested curly singles": (
        ["“Any attempt to form ‘small cliques’ is useless,” said Ann Lee."],
        [("Any attempt to form ‘small cliques’ is useless,", "Ann Lee")],
    ),
    "single marks as primary quotes": (
        ["‘We will fight on,’ said Jane Doe. ‘It’s not over.’"],
        [("We will fight on,", "Jane Doe"), ("It’s not over.", "Jane Doe")],
    ),
    "straight single marks as primary quotes": (
        ["'I don't know what happened,' said Jane Doe."],
        [("I don't know what happened,", "Jane Doe")],
    ),
    "partial quote in reported speech": (
        ['Mayor Ruth Gale said the plan was "a disaster" for the town.'],
        [("a disaster", "Ruth Gale")],
    ),
    "according to": (
        ['"Sales are falling," according to analyst Ann Lee.'],
        [("Sales are falling,", "Ann Lee")],
    ),
    "organisation as speaker": (
        ['The Green Party said: "We oppose this."'],
        [("We oppose this.", "the Green Party")],
    ),
    "abbreviated organisation under its full name": (
        [
            'Ann Lee said: "The Liberal Democrats will gain."',
            'The Lib Dems accuse the government of a "shabby" deal.',
        ],
        [("The Liberal Democrats will gain.", "Ann Lee"), ("shabby", "the Liberal Democrats")],
    ),
    "unnamed source": (
        ['"We are investigating," a police spokesman said.'],
        [("We are investigating,", "a police spokesman")],
    ),
    "unnamed source referred to again": (
        ['"We are investigating," a police spokesman said.', '"More later," the spokesman added.'],
        [("We are investigating,", "a police spokesman"), ("More later,", "a police spokesman")],
    ),
    "document without an issuer": (
        ['The report said: "Standards have slipped."'],
        [("Standards have slipped.", "the report")],
    ),
    "document speaks for whoever filed it": (
        [
            "Singer Rosa Vale has sued her label.",
            'Her lawsuit said the firm was "reckless and greedy".',
        ],
        [("reckless and greedy", "Rosa Vale")],
    ),
    "role noun resolves to the named person": (
        ["Health Minister Sara Kahn opened the clinic.", '"It will save lives," the minister said.'],
        [("It will save lives,", "Sara Kahn")],
    ),
    "honorific and surname": (
        ["Liam O'Brien runs the bakery.", '"Bread is life," Mr O\'Brien said.'],
        [("Bread is life,", "Liam O'Brien")],
    ),
    "spelling variants are one person": (
        ["Stefan Müller leads the committee.", '"We will decide soon," Mueller said.'],
        [("We will decide soon,", "Stefan Müller")],
    ),
    "tweeted and wrote": (
        ['"Thank you all," Ann Lee tweeted.', 'Bo Diaz wrote: "I disagree."'],
        [("Thank you all,", "Ann Lee"), ("I disagree.", "Bo Diaz")],
    ),
    "pronoun before the name it stands for": (
        [
            "Ann Lee directed the film.",
            'Although he said it was "wild" to watch, Bo Diaz kept quiet.',
            '"I signed away my organs," he joked.',
        ],
        [("wild", "Bo Diaz"), ("I signed away my organs,", "Bo Diaz")],
    ),
    "initials in a name": (
        ['"Scripts are vague," said J.C. Chandor.'],
        [("Scripts are vague,", "J.C. Chandor")],
    ),
    "quote with no one to attribute it to": (
        ['"Nobody knows."'],
        [("Nobody knows.", None)],
    ),
}

NOT_QUOTES = {
    "apostrophes only": "Jones' dog slept through the '90s, and don't we know it.",
    "scare quotes with so-called": 'The so-called "golden rule" was broken again.',
    "a film title": 'She starred in "The Long Night" last year.',
    "a nickname": 'Joe "The Hammer" Smith won the fight.',
    "a term nobody is reported as saying": 'The crash was another "loss of control" accident.',
    "a slogan painted on planes": 'Its jets, with "Now Everyone Can Fly" on the side, are familiar.',
    "only quotation marks": '"""" "" ""',
    "a title in its own sentence": '"A Most Violent Year" opens on Friday.',
    "a translation in brackets": 'A period known as "La Violencia" ("The Violence") followed.',
}


@pytest.mark.parametrize("paragraphs, expected", CASES.values(), ids=CASES.keys())
def test_quotes_and_speakers(paragraphs, expected):
    assert pairs(*paragraphs) == expected


@pytest.mark.parametrize("text", NOT_QUOTES.values(), ids=NOT_QUOTES.keys())
def test_not_a_quote(text):
    assert pairs(text) == []


def test_partial_flag():
    briefing = run('Ann Lee said the plan was "a disaster". "It is," she added.')
    assert [q.partial for q in briefing.quotes] == [True, False]


def test_offsets_point_into_the_paragraph():
    briefing = run('Ann Lee said: "One." Then: "Two," she said.')
    for quote in briefing.quotes:
        assert briefing.article.paragraphs[quote.paragraph][quote.start : quote.end] == quote.text


def test_unclosed_mark_does_not_swallow_later_quotes():
    briefing = run(
        'Ann Lee said "this mark never closes and the sentence runs on',
        "Nothing here is quoted.",
        '"A real quote," said Bo Diaz.',
    )
    assert [(q.text, q.speaker) for q in briefing.quotes] == [("A real quote,", "Bo Diaz")]


def test_speakers_with_roles_and_quote_ids():
    briefing = run(
        "Chancellor Gordon Brown spoke first.",
        '"Growth is back," Mr Brown said.',
        '"It is not," said Carla Diaz, chief executive of Acme.',
    )
    assert [(s.name, s.role, s.quotes) for s in briefing.speakers] == [
        ("Gordon Brown", "Chancellor", ("q1",)),
        ("Carla Diaz", "chief executive of Acme", ("q2",)),
    ]


def test_people_named_but_not_quoted():
    briefing = run(
        "Foreign Minister Wang Yi met US Secretary of State Antony Blinken.",
        '"It went well," said Ann Lee.',
    )
    assert [(p.name, p.role) for p in briefing.people] == [
        ("Wang Yi", "Foreign Minister"),
        ("Antony Blinken", "US Secretary of State"),
    ]
