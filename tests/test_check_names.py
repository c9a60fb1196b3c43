"""The name-invariant predicate of tests/check_names.py, on invented names.

The script itself runs over a corpus outside the repository; this checks what it counts as a
violation and what it must leave alone.
"""

from __future__ import annotations

import pytest
from check_names import main, name_violation

# (name shown as a speaker, the reason it is not a name)
VIOLATIONS = [
    ("", "empty"),
    ("mrs", "title alone"),
    ("rep", "title alone"),
    ("the Rev", "title alone"),
    ("former Sen", "title alone"),
    ("Minister", "title alone"),
    ("Army Capt", "ends in a title: the name was cut"),
    ("Oregon Gov", "ends in a title: the name was cut"),
    ("Tamsin Q", "ends in a lone initial: the name was cut"),
    ("Senator Orla Brandt", "title glued to the name"),
    ("Sen. Brandt", "title glued to the name"),
    ("Public Prosecutor Orla Brandt", "title glued to the name"),
    ("Chief Justice Orla Brandt", "title glued to the name"),
    ("Prosecutor Orla Brandt", "title glued to the name"),
    ("Vice President Orla Brandt", "title glued to the name"),
    ("Rev. Orla Brandt", "title glued to the name"),
    ("Former Brandt", "adjective glued to the name"),
    ("Ohio-based Orla Brandt", "adjective glued to the name"),
    ("Republican Orla Brandt", "party or country glued to the name"),
    ("Even Orla Brandt", "starts with a function word: Even"),
    ("Like Brandt", "starts with a function word: Like"),
    ("in the text of the letter", "starts with a function word: in"),
    ("published Tuesday", "date in the name"),
    ("published late", "starts with a verb"),
    ("Said Brandt", "starts with a verb"),
    ("tuesday", "date in the name"),
    ("the Sept", "date in the name"),
    ("Brandt later Friday", "date in the name"),
    ("OSLO", "dateline: a place in capitals"),
    ("Oslo", "bare place"),
    ("TRONDHEIM", "dateline: a place in capitals"),
    ("SAN MATEO", "dateline: a place in capitals"),
    ("LONDON Orla Brandt", "dateline: a place in capitals"),
    ("Twitter", "platform"),
    ("on Facebook", "platform"),
    ("Norwegian", "nationality adjective"),
    ("Democrat", "party adjective"),
    ("Peru", "bare place"),
    ("the Netherlands", "bare place"),
    ("Nev.", "bare place"),
    ("Upper West Side", "bare place"),
    ("Hampshire Republicans", "a place name cut in two"),
    ("R-Ore.", "party-state tag"),
    ("she", "pronoun"),
    ("Nobody", "pronoun"),
    ("Several", "determiner or number alone"),
    ("brandt’s office", "lower-cased name"),
    ("state", "lower-case stub"),
    ("statement", "lower-case stub"),
    ("a source close", "ends mid-phrase: cut short"),
    ("Orla Brandt and", "ends mid-phrase: cut short"),
    ("state law", "lower-case stub"),
    ("outside the council", "starts with a function word: outside"),
    ("the Lee campaign on Tuesday", "date in the name"),
    ("a video Thursday afternoon", "date in the name"),
    ("the Daily Courier. But", "runs past a sentence end"),
    ("the plan was dropped by the board", "a clause, not a name"),
    ("Enrique PeÃ", "cut at a mis-decoded character"),
    (
        "a retired teacher who has lived in the valley for forty years and runs the town's museum",
        "too long for a name or a description",
    ),
]


@pytest.mark.parametrize(("name", "reason"), VIOLATIONS)
def test_violations(name: str, reason: str) -> None:
    assert name_violation(name) == reason


# Names, organisations and descriptions of unnamed sources that must pass.
FINE = [
    "Orla Brandt",
    "Orla M. Brandt",
    "I. Tobias Brandt",
    "Tobias Brandt Jr.",
    "Tobias Brandt III",
    "Bill de Vries",
    "Al From",  # a surname that is a preposition
    "Will Okafor",  # a given name that is a modal verb
    "Duke Halvorsen",
    "Gen Ikeda",  # a given name that is a title abbreviation, without its full stop
    "Brandt",
    "Mr Brandt",
    "Mr. Brandt",
    "Dr. Brandt",
    "Pope Gregory",
    "Queen Astrid",
    "the Justice Department",
    "Justice Ministry",
    "General Dynamics Group",
    "Reuters",
    "CNN",
    "USA TODAY",
    "the Daily Courier",
    "Republican National Committee",
    "American Unity Fund",
    "Ohio Republican Party",
    "a senior official",
    "a police spokesman",
    "the campaign",
    "the minister",
    "The President",
    "federal prosecutors",
    "his lawyers",
    "two aides",
    "a Norwegian official",
    "another Lutheran",
    "the Ohio Republican",
    "a source close to the talks",
    "a spokesman for the council",
    "an official who was not authorized to speak",
    "the statement",
    # descriptions of unnamed sources and of documents, often after "according to"
    "people familiar with the talks",
    "officials close to the mayor",
    "attorneys for the county",
    "leaders of the union",
    "someone in attendance",
    "numerous sources",
    "outside experts",
    "conservative outside groups",
    "Keep the Promise PAC",
    "three-quarters of the voters",
    "exit polls",
    "complete but unofficial returns",
    "exit polling data",
    "audio provided to the Courier",
    "half of the town's voters",
    "thirty percent of those asked",
    "a person familiar with Thursday's vote",
    "returns tallied through Wednesday afternoon",
    "figures released Friday by the board",
    "an account she gave to the Courier",  # a relative clause without its 'that'
]


@pytest.mark.parametrize("name", FINE)
def test_names_that_pass(name: str) -> None:
    assert name_violation(name) is None


def test_the_script_lists_violations_and_fails(tmp_path, monkeypatch, capsys) -> None:
    import briefing.extract
    from briefing.model import Briefing, Person, Speaker

    def fake_extract(article):  # the names a faulty extractor might give, whatever the text
        speakers = (Speaker("Orla Brandt", None, ("q1",)), Speaker("sen", None, ("q2",)))
        return Briefing(article=article, speakers=speakers, people=(Person("Twitter", None),))

    monkeypatch.setattr(briefing.extract, "extract", fake_extract)
    (tmp_path / "one.txt").write_text('Headline\n\n"Yes," said Orla Brandt.\n', encoding="utf-8")
    (tmp_path / "two.md").write_text('# Headline\n\n"No," said Orla Brandt.\n', encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    assert main(["--articles", str(tmp_path), "--limit", "1"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "one: sen (title alone)",
        "one: Twitter (platform)",
        "2 violations in 1 articles",
    ]
    assert main(["--articles", str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "4 violations in 2 articles"


def test_the_script_passes_a_clean_folder(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text('Quiet\n\n"Nothing to add," said Tobias Lund.\n', encoding="utf-8")
    assert main(["--articles", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["0 violations in 0 articles"]


def test_the_script_refuses_a_missing_folder(tmp_path, capsys) -> None:
    assert main(["--articles", str(tmp_path / "nowhere")]) == 2
    assert "no folder" in capsys.readouterr().err
