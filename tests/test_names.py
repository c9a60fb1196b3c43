"""The name model and the speaker gate, on invented names and articles.

`parse_name` splits a capitalised run into role and name; `source_flaw` says why words read as
a source name nobody; the gate (briefing/extract/gate.py) mends or withdraws such a source in
a whole briefing.
"""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.gate import addressee, before_clause, read_article, shown_name
from briefing.extract.names import parse_name
from briefing.extract.sources import source_flaw, tidy_source
from briefing.model import Article, CueSpan


def run(*paragraphs: str):
    return extract(Article(headline="A headline", paragraphs=tuple(paragraphs)))


# (capitalised run, the name in it): a two-word place is whole, or no part of a person's name.
PLACES_IN_RUNS = [
    ("New Hampshire Republican", "New Hampshire Republican"),
    ("South Dakota GOP", "South Dakota GOP"),
    ("New Jersey Ann Lee", "Ann Lee"),
    ("United States Cui Tiankai", "Cui Tiankai"),
    ("New Mexico Public Radio", "New Mexico Public Radio"),
    ("New Hampshire Brandt", "Brandt"),
    ("New Jersey Generals", "New Jersey Generals"),
    ("Assemblywoman Claudia Brandt", "Claudia Brandt"),
    ("AG Brandt", "Brandt"),
]


@pytest.mark.parametrize(("run_", "name"), PLACES_IN_RUNS)
def test_a_two_word_place_is_never_cut_in_two(run_: str, name: str) -> None:
    parsed = parse_name(run_.split())
    assert parsed is not None
    assert " ".join(parsed.tokens) == name


# (words read as a source, why they name nobody)
FLAWED = [
    ("Iowa", "place"),
    ("the Netherlands", "place"),
    ("New Hampshire", "place"),
    ("Va.", "place"),
    ("Twitter", "platform"),
    ("on Facebook", "platform"),
    ("Democrat", "affiliation"),
    ("Norwegian", "affiliation"),
    ("Catholic", "affiliation"),
    ("Sixty-six percent", "quantity"),
    ("nearly half", "quantity"),
    ("30%", "quantity"),
    ("Six", "quantity"),
    ("Mr", "title or pronoun alone"),
    ("VP", "title or pronoun alone"),
    ("Nobody", "title or pronoun alone"),
    ("I've", "pronoun"),
    ("she and her aides", "pronoun"),
    ("Much", "starts with a function word"),
    ("in a press release", "starts with a function word"),
    ("For Tax Cuts Ann Lee", "starts with a function word"),
    ("a member of the", "ends mid-phrase"),
    ("Orla Brandt and", "ends mid-phrase"),
    ("Jan Novak Ã", "cut at a mis-decoded character"),
    ("Tamsin Q", "ends in an initial"),
    ("the plan was dropped by the board", "a clause"),
    ("Lee generated the most replies", "a clause"),
    ("the Sept", "date"),
    ("Upper West Side", "place"),
    ("Mount Calder", "place"),
    ("Compared To Brandt", "a title-case phrase"),
    ("outside the campaign", "starts with a function word"),
    ("releasing a statement", "starts with a verb"),
    ("letter", "lower-case stub"),
    ("will their editors", "starts with a function word"),
    ("the Promise I", "ends mid-phrase"),
    ("state law", "lower-case stub"),
    ("a video Thursday afternoon from an account", "date"),
]


@pytest.mark.parametrize(("name", "flaw"), FLAWED)
def test_words_that_name_nobody(name: str, flaw: str) -> None:
    assert source_flaw(name) == flaw


SOURCES = [
    "Ann Lee",
    "Mr Lee",
    "King",
    "Pope Francis",
    "the Acme Agency",
    "the New York Daily News",
    "New Hampshire Republican",
    "Republicans",
    "the Republican",
    "one senior Democrat",
    "a senior official",
    "federal prosecutors",
    "sixty percent of the tenants",
    "half of the town's voters",
    "a source",
    "people familiar with the talks",
    "Congress",
    "Will Doyle",
    "outside experts",
    "Mount Sinai Hospital",
    "the White House",
    "exit polling data",
    "someone in attendance",
    "results tallied through Wednesday",
    "figures released Friday by the board",
    "an account she gave to the Courier",
]


@pytest.mark.parametrize("name", SOURCES)
def test_names_organisations_and_descriptions_pass(name: str) -> None:
    assert source_flaw(name) is None


TIDIED = [
    ("the Lee campaign on Tuesday", "the Lee campaign"),
    ("the Acme Agency Monday", "the Acme Agency"),
    ("OSLOBURG The Acme Agency", "The Acme Agency"),
    ("a source close", "a source"),
    ("a person familiar", "a person"),
    ("in the Lee release", "the Lee release"),
    ("Ann Lee", "Ann Lee"),
    ("Acme Close", "Acme Close"),
    ("a poll conducted in February", "a poll conducted in February"),
    ("a survey released Thursday", "a survey released Thursday"),
    ("Continued Brandt", "Brandt"),
    ("Brandt. He", "Brandt"),
    ("the Daily Courier. And", "the Daily Courier"),
    ("Sen. Brandt", "Sen. Brandt"),
    ("state filings)", "state filings"),
    (
        "early results of a poll conducted for the Daily Courier and two television networks last week",
        "early results of a poll",
    ),
    ("new documents he filed with the county board of elections in the spring", "new documents"),
]


@pytest.mark.parametrize(("name", "tidy"), TIDIED)
def test_what_was_read_past_a_source_is_dropped(name: str, tidy: str) -> None:
    assert tidy_source(name) == tidy


def speakers_of(briefing) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in briefing.quotes]


def test_a_place_as_subject_is_no_speaker_of_its_report():
    briefing = run("Vermont says the new road will open in June.")
    assert [(r.text, r.speaker) for r in briefing.reported] == [("the new road will open in June", None)]
    assert briefing.speakers == ()


def test_a_bare_share_is_no_speaker_but_a_share_of_a_group_is():
    shares = run("Sixty-two percent said the park should stay open.")
    assert [(r.text, r.speaker) for r in shares.reported] == [("the park should stay open", None)]
    briefing = run("Sixty percent of the tenants said the rent was too high.")
    assert [(r.text, r.speaker) for r in briefing.reported] == [
        ("the rent was too high", "sixty percent of the tenants")
    ]


def test_a_party_noun_keeps_the_description_it_heads():
    briefing = run('"We are ready," said one senior Democrat.')
    assert speakers_of(briefing) == [("We are ready,", "one senior Democrat")]
    assert [s.name for s in briefing.speakers] == ["one senior Democrat"]


def test_a_place_before_a_party_noun_stays_whole():
    briefing = run('"The vote is close," said one New Hampshire Republican.')
    assert speakers_of(briefing) == [("The vote is close,", "New Hampshire Republican")]


def test_a_surname_that_is_also_a_title_is_the_person_named_in_full():
    briefing = run("Rep. Dana King of Ohio spoke first.", '"It was a fair hearing," King said.')
    assert speakers_of(briefing) == [("It was a fair hearing,", "Dana King")]


def test_a_modifier_cut_from_its_complement_is_dropped():
    briefing = run('"Turnout was low," said a source close to the mayor.')
    assert [s.name for s in briefing.speakers] == ["a source"]


def test_a_quote_whose_source_is_no_name_keeps_its_text_and_no_speaker():
    briefing = run('"We will win," Iowa said.', '"Quiet," Nobody said.')
    assert [(q.text, q.speaker, q.cue, q.attribution) for q in briefing.quotes] == [
        ("We will win,", None, None, None),
        ("Quiet,", None, None, None),
    ]
    assert briefing.speakers == ()


def test_a_place_that_says_something_is_withdrawn_from_quote_and_report():
    briefing = run('In Bonn, Germany said "the talks are over" and left.')
    assert speakers_of(briefing) == [("the talks are over", None)]
    assert [r.speaker for r in briefing.reported] == [None]


def test_a_name_lower_cased_at_a_sentence_start_gets_its_capital_back():
    briefing = run("Riverton police say they found the van.", "The van was parked in Riverton.")
    assert [(r.text, r.speaker) for r in briefing.reported] == [("they found the van", "Riverton police")]


def test_a_possessive_name_opens_the_description_a_title_heads():
    briefing = run("Lee chose her running mate.", '"He urged me to run," Lee\'s potential VP then revealed.')
    assert speakers_of(briefing)[0][1] == "Lee's potential VP"


@pytest.mark.parametrize(
    ("text", "name", "told"),
    [
        ("She told DAILYWIRE it was fine.", "DAILYWIRE", True),
        ("She told the Courier it was fine.", "Courier", True),
        ("She told DAILYWIRE it was fine.", "Ann Lee", False),
        ("She said DAILYWIRE was fine.", "DAILYWIRE", False),
    ],
)
def test_who_is_told_is_not_who_tells(text: str, name: str, told: bool):
    verb = text.split()[1]
    cue = CueSpan(verb, 0, text.index(verb), text.index(verb) + len(verb))
    assert addressee(cue, name, (text,)) is told


def test_an_acronym_is_a_body_that_no_he_stands_for():
    briefing = run(
        'Senator Tom Reed spoke to CNN on Monday. "We will vote," CNN reported.',
        "He said the bill would pass.",
    )
    assert [(r.text, r.speaker) for r in briefing.reported] == [("the bill would pass", "Tom Reed")]


def test_a_surname_alone_takes_the_given_name_the_article_writes_before_it():
    briefing = run('"Turnout was low," Queen said.', "Ohio lawmaker Dara Queen spoke after the vote.")
    assert speakers_of(briefing) == [("Turnout was low,", "Dara Queen")]


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("a paper from the Acme Institute had this", "a paper from the Acme Institute"),
        ("the Lee plan has already failed", None),  # a plan says nothing
        ("the plan was dropped by the board", None),  # no named source in it
    ],
)
def test_a_named_source_read_on_into_a_clause_is_cut_before_it(name: str, source: str | None):
    assert before_clause(name) == source


def test_a_party_noun_that_opens_its_sentence_keeps_its_description():
    briefing = run("The lifelong Republican says the plan will fail.")
    assert [(r.text, r.speaker) for r in briefing.reported] == [
        ("the plan will fail", "The lifelong Republican")
    ]


def test_a_description_inside_a_clause_is_not_the_speaker():
    briefing = run("Ann Lee, a Republican who called herself a devout Catholic, said she would vote no.")
    assert "a devout Catholic" not in [s.name for s in briefing.speakers]
    assert all(source_flaw(s.name) is None for s in briefing.speakers)


@pytest.mark.parametrize(
    ("text", "name", "shown"),
    [
        ("Rep. Dana King spoke first.", "King", "Dana King"),
        ("Dana King and Tom King spoke.", "King", "King"),  # two given names: no guess
        ("A user named Wilayat Twitter posted a map.", "Twitter", None),  # a platform stays none
        ("The governor of Iowa spoke.", "Iowa", None),
    ],
)
def test_a_lone_word_takes_the_one_given_name_written_before_it(text: str, name: str, shown: str | None):
    assert shown_name(name, read_article((text,), [name])) == shown


def test_a_headline_phrase_glued_before_a_known_name_is_dropped():
    article = read_article(("Governor Ann Lee spoke on Monday.",), ["Ann Lee", "Believe In Ann Lee"])
    assert shown_name("Believe In Ann Lee", article) == "Ann Lee"
    assert shown_name("Believe In Tom Ruiz", article) != "Tom Ruiz"  # no name the article writes
