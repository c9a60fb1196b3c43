"""Reported speech, form by form: small invented articles, the exact content and its speaker."""

from __future__ import annotations

import json

import pytest

from briefing.extract import extract
from briefing.model import Article


def run(*paragraphs: str):
    return extract(Article(headline="A headline", paragraphs=tuple(paragraphs)))


def reports(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.speaker) for r in run(*paragraphs).reported]


SAID_THAT = {
    "said that": (
        ["Mayor Ann Lee said that the bridge would reopen in May."],
        [("the bridge would reopen in May", "Ann Lee")],
    ),
    "said without that": (
        ["Mayor Ann Lee said the bridge would reopen in May."],
        [("the bridge would reopen in May", "Ann Lee")],
    ),
    "said with a place before that": (
        ["Mayor Ann Lee said in Lisbon that the talks had been useful."],
        [("the talks had been useful", "Ann Lee")],
    ),
    "said with a colon and no quotation": (
        ["Mayor Ann Lee said: the plan is dead and nobody will revive it."],
        [("the plan is dead and nobody will revive it", "Ann Lee")],
    ),
    "said with an elided year before that": (
        ["Mayor Ann Lee said in ‘08 that the bridge would reopen."],
        [("the bridge would reopen", "Ann Lee")],
    ),
    "said with a day": (
        ["Mayor Ann Lee said on Tuesday the talks had been useful."],
        [("the talks had been useful", "Ann Lee")],
    ),
    "a belief inside a report": (
        ["Mayor Ann Lee said that she hoped that the council would agree."],
        [("she hoped that the council would agree", "Ann Lee")],
    ),
    "has said, said A and that B": (
        ["Chairman Tom Reed has said the club was sound and that no player would be sold."],
        [("the club was sound and that no player would be sold", "Tom Reed")],
    ),
    "pronoun speaker": (
        ["Mayor Ann Lee opened the bridge.", "She said the repairs had cost less than planned."],
        [("the repairs had cost less than planned", "Ann Lee")],
    ),
    "content with a contracted subject": (
        ["Mayor Ann Lee said she'd sign the bill."],
        [("she'd sign the bill", "Ann Lee")],
    ),
    "content with a contracted negation": (
        ["Mayor Ann Lee said the board doesn't meet in August."],
        [("the board doesn't meet in August", "Ann Lee")],
    ),
    "the subject of the last joined clause": (
        ["The plant will close in May, and aides say the owner will sell the site."],
        [("the owner will sell the site", "aides")],
    ),
    "the subject after but": (
        ["The mayor left early, but critics argue the vote was rushed."],
        [("the vote was rushed", "critics")],
    ),
    "surname expanded to the full name": (
        ["Coach Tom Reed spoke after the game.", "Reed said his side had deserved the win."],
        [("his side had deserved the win", "Tom Reed")],
    ),
}

CONTENT_FIRST = {
    "a clause with its own subject before the speaker": (
        ["The plant will close before the new mayor takes office in January, officials say."],
        [("The plant will close before the new mayor takes office in January", "officials")],
    ),
    "a speaker whose relative clause lists names": (
        ["Coach Tom Reed, whose teams include Leeds, York and Bath, said the season was over."],
        [("the season was over", "Tom Reed")],
    ),
    "split by the attribution after a connective": (
        ["Ann Lee runs the plant. Still, she said, the talks had gone well."],
        [("the talks had gone well", "Ann Lee")],
    ),
    "split by the attribution, a speaker with an honorific": (
        ["Still, Mr Tom Reed said, union voters will back the party."],
        [("union voters will back the party", "Tom Reed")],
    ),
    "split by the attribution after a short phrase": (
        ["Ann Lee runs the plant. In the end, she said, the talks had gone well."],
        [("the talks had gone well", "Ann Lee")],
    ),
    "split by the attribution after an adjunct": (
        ["Ann Lee runs the plant. In the spring of 2014, she said, the plant made a loss."],
        [("In the spring of 2014, she said, the plant made a loss", "Ann Lee")],
    ),
    "a conditional content before the speaker": (
        ["If the vote fails, the plan will be dropped, Ann Lee said."],
        [("If the vote fails, the plan will be dropped", "Ann Lee")],
    ),
    "an inverted speaker with a long relative clause": (
        [
            "The talks must not fail, said an official who was briefed on the details of the meeting"
            " and spoke on condition of anonymity."
        ],
        [("The talks must not fail", "an official")],
    ),
    "an inverted speaker with party and state": (
        ["The bill will pass, said Senator Ann Lee, Republican of South Dakota."],
        [("The bill will pass", "Ann Lee")],
    ),
    "a relative clause in the content before the speaker": (
        ["Voters could turn on the agency, which is unpopular in rural areas, Tom Reed said."],
        [("Voters could turn on the agency, which is unpopular in rural areas", "Tom Reed")],
    ),
    ", X said": (
        ["The bridge will reopen in May, Mayor Ann Lee said."],
        [("The bridge will reopen in May", "Ann Lee")],
    ),
    ", said X": (
        ["The bridge will reopen in May, said Ann Lee."],
        [("The bridge will reopen in May", "Ann Lee")],
    ),
    ", said X, apposition": (
        ["Prices will keep rising, said Ann Lee, an economist at the Harwell Bank."],
        [("Prices will keep rising", "Ann Lee")],
    ),
    ", he said on a day": (
        ["Ann Lee chairs the board.", "The merger is off, she said on Monday."],
        [("The merger is off", "Ann Lee")],
    ),
    ", a description said": (
        ["The plant will close in June, a company spokesman said."],
        [("The plant will close in June", "a company spokesman")],
    ),
    "the attribution inside the content": (
        ["The club's accounts, the auditors added, were in good order."],
        [("The club's accounts, the auditors added, were in good order", "the auditors")],
    ),
}

ACCORDING_TO = {
    "the claim a colon introduces": (
        [
            "At the same time, the tax has not hurt the city: Leeds was the top market in 2015,"
            " according to one index."
        ],
        [("Leeds was the top market in 2015", "one index")],
    ),
    "a writing speaks for its issuer": (
        ["Sales rose by half, according to a recent report from Harwell Energy Finance."],
        [("Sales rose by half", "Harwell Energy Finance")],
    ),
    "a body named with 'of'": (
        ["Jobs fell in May, according to the Bureau of Labor Statistics."],
        [("Jobs fell in May", "the Bureau of Labor Statistics")],
    ),
    "a leading phrase, then the claim after the source": (
        ["For Tom Reed, according to the latest poll, the race is over."],
        [("the race is over", "the latest poll")],
    ),
    "a thing as the source, not the person in focus": (
        ["The agency released the papers. According to the polling average, Tom Reed leads by two points."],
        [("Tom Reed leads by two points", "the polling average")],
    ),
    "according to X, content": (
        ["According to Ann Lee, the bridge will reopen in May."],
        [("the bridge will reopen in May", "Ann Lee")],
    ),
    "content, according to X": (
        ["The bridge will reopen in May, according to Ann Lee."],
        [("The bridge will reopen in May", "Ann Lee")],
    ),
    "according to a document by an organisation": (
        ["The plan will fail, according to a new survey by the Harwell Institute."],
        [("The plan will fail", "the Harwell Institute")],
    ),
    "according to a source that names nobody": (
        ["According to early results of the town's exit poll, turnout rose by a fifth."],
        [("turnout rose by a fifth", "early results of the town's exit poll")],
    ),
}

POLLS = {
    "a share of those asked": (
        ["Sixty percent of the tenants said the rent was too high."],
        [("the rent was too high", "sixty percent of the tenants")],
    ),
    "a share of a group not named: a report with no speaker shown": (
        ["Nearly half said they prefer a candidate with experience."],
        [("they prefer a candidate with experience", None)],
    ),
}

TOLD = {
    "told a paper with an adjunct, then the clause": (
        ["Ann Lee told The Courier of Leeds last week she would vote for Tom Reed."],
        [("she would vote for Tom Reed", "Ann Lee")],
    ),
    "told me, a contracted subject": (
        ["Ann Lee told me she’s had a quiet life."],
        [("she’s had a quiet life", "Ann Lee")],
    ),
    "told reporters that": (
        ["Ann Lee told reporters that the vote would be close."],
        [("the vote would be close", "Ann Lee")],
    ),
    "told reporters, no that": (
        ["Ann Lee told reporters the vote would be close."],
        [("the vote would be close", "Ann Lee")],
    ),
    "told a named outlet": (
        ["Ann Lee told the Daily Courier she would stand again."],
        [("she would stand again", "Ann Lee")],
    ),
}

VERBS = {
    "alleging that": (
        ["Acme Corp filed a suit on Monday, alleging that the firm had stolen its designs."],
        [("the firm had stolen its designs", "Acme Corp")],
    ),
    "claim for a plural subject": (
        ["Critics claim the vote was rigged."],
        [("the vote was rigged", "critics")],
    ),
    "note for a plural subject": (
        ["Analysts note that sales have slowed."],
        [("sales have slowed", "analysts")],
    ),
    "an infinitive joined by and is no second report": (
        ['Mr Tom Reed said the plan was to get a few "wealthy donors" in one room and ask them to help.'],
        [('the plan was to get a few "wealthy donors" in one room and ask them to help', "Tom Reed")],
    ),
    "pointed out that": (
        ["Ann Lee pointed out that the plan had failed twice."],
        [("the plan had failed twice", "Ann Lee")],
    ),
    "point out for a plural subject": (
        ["Critics point out the plan has failed twice."],
        [("the plan has failed twice", "critics")],
    ),
    "acknowledge for a plural subject": (
        ["Republicans acknowledge that the plan will be hard to sell."],
        [("the plan will be hard to sell", "Republicans")],
    ),
    "denies": (["Tom Reed denies the firm broke the law."], [("the firm broke the law", "Tom Reed")]),
    "announces": (
        ["Ann Lee announces she will stand down in May."],
        [("she will stand down in May", "Ann Lee")],
    ),
    "stating that": (
        ["Ann Lee spoke on Monday, stating that the plan was dead."],
        [("the plan was dead", "Ann Lee")],
    ),
    "urged someone to": (
        ["Ann Lee urged the council to delay the vote."],
        [("delay the vote", "Ann Lee")],
    ),
    "called on someone to": (
        ["Ann Lee called on the government to fund the bridge."],
        [("fund the bridge", "Ann Lee")],
    ),
    "called for": (
        ["Ann Lee called for a new inquiry into the fire."],
        [("a new inquiry into the fire", "Ann Lee")],
    ),
    "warned that": (
        ["Ann Lee warned that the river could flood again."],
        [("the river could flood again", "Ann Lee")],
    ),
    "warned someone not to": (
        ["Ann Lee warned the builders not to cut corners."],
        [("not to cut corners", "Ann Lee")],
    ),
    "warned against": (
        ["Ann Lee warned her staff against complacency."],
        [("against complacency", "Ann Lee")],
    ),
    "denied a charge": (
        ["Ann Lee denied taking any money from the firm."],
        [("taking any money from the firm", "Ann Lee")],
    ),
    "insisted": (
        ["Ann Lee insisted the plan was legal."],
        [("the plan was legal", "Ann Lee")],
    ),
    "noted that": (
        ["Ann Lee noted that turnout had doubled."],
        [("turnout had doubled", "Ann Lee")],
    ),
    "accused someone of": (
        ["Ann Lee accused the mayor of wasting public money."],
        [("the mayor of wasting public money", "Ann Lee")],
    ),
    "added that": (
        ["Ann Lee spoke first.", "She added that the fund would double."],
        [("the fund would double", "Ann Lee")],
    ),
    "vowed to, and a relative that inside": (
        ['Ann Lee vowed to "take the fight" to the towns that have not voted.'],
        [('to "take the fight" to the towns that have not voted', "Ann Lee")],
    ),
    "promised to, with no one addressed": (
        ["Ann Lee promised to cut taxes."],
        [("to cut taxes", "Ann Lee")],
    ),
    "a contracted auxiliary before the verb": (
        ["Ann Lee spoke first.", "She's said she will run again."],
        [("she will run again", "Ann Lee")],
    ),
    "content whose verb is an irregular past": (
        ["Ann Lee, who also serves on the board, said builders eventually built a margin into bids."],
        [("builders eventually built a margin into bids", "Ann Lee")],
    ),
    "described as": (
        ["Ann Lee described the budget as a missed chance."],
        [("the budget as a missed chance", "Ann Lee")],
    ),
    "forecast that": (
        ["The Acme Growers Association forecast that exports would grow."],
        [("exports would grow", "the Acme Growers Association")],
    ),
    "forecast without that": (
        ["Analyst Ann Lee forecast sales would slow next year."],
        [("sales would slow next year", "Ann Lee")],
    ),
}

PARTICIPLES = {
    "noting that, then the main clause": (
        ["Noting that sales had fallen, Ann Lee said the shop would close."],
        [("sales had fallen", "Ann Lee"), ("the shop would close", "Ann Lee")],
    ),
    ", saying": (
        ["Ann Lee left the meeting early, saying the vote was rigged."],
        [("the vote was rigged", "Ann Lee")],
    ),
    ", noting that": (
        ["Ann Lee backed the plan, noting that it would create jobs."],
        [("it would create jobs", "Ann Lee")],
    ),
}

JOINED = {
    "two verbs, one subject": (
        ['Ann Lee attacked the budget as "reckless" and said the minister should resign.'],
        [('the budget as "reckless"', "Ann Lee"), ("the minister should resign", "Ann Lee")],
    ),
    "a quotation first, then a second verb of the same subject": (
        ['"We are ready," Ann Lee said and added that the plan was sound.'],
        [("the plan was sound", "Ann Lee")],
    ),
    "report then second report in the next sentence": (
        ["Ann Lee said the plan was ready. She added that work would start in May."],
        [("the plan was ready", "Ann Lee"), ("work would start in May", "Ann Lee")],
    ),
    "said A, but that B is one report": (
        ["Ann Lee said the plan was sound, but that the timing was wrong."],
        [("the plan was sound, but that the timing was wrong", "Ann Lee")],
    ),
    "a report in a relative clause ends before the main verb": (
        ["Tom Reed, who said the plan would fail, left the board in May."],
        [("the plan would fail", "Tom Reed")],
    ),
    "ends before a clause joined on about the speaker": (
        ["Ms Ann Lee says the firm damaged her name and she is seeking damages in court."],
        [("the firm damaged her name", "Ann Lee")],
    ),
    "a joined clause with a backshifted modal stays in the report": (
        ["Mr Tom Reed said the club was sound and he would stay."],
        [("the club was sound and he would stay", "Tom Reed")],
    ),
    "ends at but": (
        ["Ann Lee insisted she did not know the date, but it is expected in May."],
        [("she did not know the date", "Ann Lee")],
    ),
    "a reporting verb inside the content does not end it": (
        ["Ann Lee said the mayor had not replied to her letters."],
        [("the mayor had not replied to her letters", "Ann Lee")],
    ),
    "a subordinate clause ends at its comma": (
        ["While Ann Lee said the plan was legal, the court disagreed."],
        [("the plan was legal", "Ann Lee")],
    ),
    "ends before a time clause of the saying": (
        ["Ann Lee has denied taking the money since being charged in May."],
        [("taking the money", "Ann Lee")],
    ),
    "a predicate joined without a comma stays in the content": (
        ["Ann Lee said the firm has closed two plants and has cut 300 jobs."],
        [("the firm has closed two plants and has cut 300 jobs", "Ann Lee")],
    ),
    "ends before a second predicate": (
        ["The organisers say the event has been a success, and are planning another."],
        [("the event has been a success", "the organisers")],
    ),
}

PARTIAL_QUOTES = {
    "partial quote at the end, full stop outside": (
        ['Ann Lee said the theatre was in a "very poor state".'],
        [('the theatre was in a "very poor state"', "Ann Lee")],
    ),
    "partial quote at the end, full stop inside": (
        ["Ann Lee said the city will deal with the river “from a position of strength.”"],
        [("the city will deal with the river “from a position of strength.”", "Ann Lee")],
    ),
}

SOURCES = {
    "organisation": (
        ["The Harwell Bank said that rates would rise in the spring."],
        [("rates would rise in the spring", "the Harwell Bank")],
    ),
    "organisation after a sentence adverb": (
        ["Regardless, the Harwell Bank said it found no evidence of a leak."],
        [("it found no evidence of a leak", "the Harwell Bank")],
    ),
    "organisation as it": (
        ["The Harwell Bank met on Monday.", "It said rates would rise in the spring."],
        [("rates would rise in the spring", "the Harwell Bank")],
    ),
    "a group described": (
        ["The tenants say the repairs have taken too long."],
        [("the repairs have taken too long", "the tenants")],
    ),
    "an unnamed source": (
        ["The talks went on late. One source said the deal was close."],
        [("the deal was close", "one source")],
    ),
    "a group by its role": (
        ["Opponents say the tax is unfair."],
        [("the tax is unfair", "opponents")],
    ),
    "an organisation whose name joins two words with 'and'": (
        ["Kent Fire and Rescue Service said residents should check their alarms."],
        [("residents should check their alarms", "Kent Fire and Rescue Service")],
    ),
    "a plural subject and a plain verb in the content": (
        ["Industry insiders say costs remain high."],
        [("costs remain high", "industry insiders")],
    ),
    "a report seen by an outlet stays with who made it": (
        ["The Acme Guild said in a letter that members cut jobs, according to a copy seen by the Courier."],
        [("members cut jobs", "the Acme Guild")],
    ),
    "calling something a name, after a comma": (
        ['Experts criticised the plan, calling it "a blunder" that would hurt exporters.'],
        [('it "a blunder" that would hurt exporters', "experts")],
    ),
    "calling something a name, in the progressive": (
        ["Hopes were fading, but officials were still calling the effort a rescue operation."],
        [("the effort a rescue operation", "officials")],
    ),
    "an aside between the verb and its 'that'": (
        ["The researchers cautioned, however, that the sample was small."],
        [("the sample was small", "the researchers")],
    ),
    "a long place and time between the verb and its 'that'": (
        ["Ann Lee said in an interview with the broadcaster KTV on Sunday that the firm had lost money."],
        [("the firm had lost money", "Ann Lee")],
    ),
    "a group described by a word before its plural title, before 'who'": (
        ["Ann Lee pressed on, despite a rebellion among backbench MPs who say the plan will fail."],
        [("the plan will fail", "backbench MPs")],
    ),
    "a body named in the narration with 'and' in its name, then by its noun": (
        [
            "Ann Lee of Kent Fire and Rescue Service said crews had worked hard.",
            "The service urged residents to stay away.",
        ],
        [("crews had worked hard", "Ann Lee"), ("stay away", "Kent Fire and Rescue Service")],
    ),
    "a number of people described": (
        ["Two people familiar with the talks said the offer had been rejected."],
        [("the offer had been rejected", "two people familiar with the talks")],
    ),
    "an office owned by a title, with its place": (
        ["The Sheriff's Office of Lake County said in a statement that two people had died."],
        [("two people had died", "the Sheriff's Office of Lake County")],
    ),
    "a document speaks for its issuer": (
        ["Acme Corp published a report on Monday.", "The report said profits would fall."],
        [("profits would fall", "Acme Corp")],
    ),
}

NOT_REPORTS = {
    "narration": ["Ann Lee met the mayor in Lisbon on Monday."],
    "an action": ["Ann Lee visited the plant and opened a new wing."],
    "a hope on its own": ["Ann Lee hopes the bridge will reopen in May."],
    "a wish on its own": ["Ann Lee wants the council to delay the vote."],
    "a belief on its own": ["Ann Lee believes the plan is legal."],
    "reported with no source": ["It is reported that the bridge will reopen in May."],
    "wholly a direct quote, cue after": ['"The bridge will reopen in May," Ann Lee said.'],
    "wholly a direct quote, cue before with a colon": ['Ann Lee said: "The bridge will reopen in May."'],
    "wholly a direct quote, no colon": ['Ann Lee told the crowd "we will rebuild it all."'],
    "a verb with only an adjunct": ["Ann Lee spoke in a statement on Monday."],
    "a passive verb: nobody here says anything": [
        "Her death was confirmed by the Acme Forum, the group she founded."
    ],
    "a time after the verb, not what was said": ["Ann Lee warned on Wednesday."],
    "a reporting verb's form used as a noun": ["The group claimed responsibility for the attack."],
    "a reporting verb's past form used as an adjective": ["Ann Lee won her pledged delegates and the vote."],
    "said with only an adjunct": ["Ann Lee said so in a statement on Monday."],
    "a target, not words": ["Ann Lee praised the firefighters for their work."],
    "a plan, not an act of saying": ["Ann Lee is expected to attack the budget on Monday."],
    "a noun, not a verb": ["Weekend reports that the bridge would close were denied."],
    "a participle after a comma": ['"We will rebuild," Ann Lee said, referring to the fire of 1990.'],
    "the speaker's apposition after a quotation": [
        '"Prices will fall," said Ann Lee, a professor who has studied the market. "Few agree."'
    ],
    "a relative 'that' after the verb's adjunct": [
        '"They would be on it," Ann Lee said of a list that included Tom Reed and Jo Bell.'
    ],
    "an adjunct with a relative clause after a quotation": [
        '"We will tax you," Ann Lee said in May of Acme Corp., whose owner moved 300 jobs abroad.'
    ],
    "the verb's object in a relative clause": [
        "The most generous is the plan of the mayor, Ann Lee, which analysts have estimated to cost"
        " nine million pounds over ten years."
    ],
    "pointed out a thing, not words": ["Ann Lee pointed out the exits to the guests."],
    "a day and time of day before a relative clause": [
        '"It matters," Mr Tom Reed said Saturday night at the debate, which was held in Leeds.'
    ],
    "a time clause after the verb": ['"Really," Ann Lee added when the host laughed.'],
    "a forecast as a noun": ["The weather forecast was wrong again, and the match was called off."],
    "a forecast with its own object": ["Ann Lee forecast a fall in prices."],
    "a comparison with what was predicted": [
        "Many doubted it, but turnout was higher than most analysts had predicted."
    ],
}

TABLES = {
    **SAID_THAT,
    **CONTENT_FIRST,
    **ACCORDING_TO,
    **POLLS,
    **TOLD,
    **VERBS,
    **PARTICIPLES,
    **JOINED,
    **PARTIAL_QUOTES,
    **SOURCES,
}


@pytest.mark.parametrize("paragraphs, expected", TABLES.values(), ids=TABLES.keys())
def test_reported_content_and_speaker(paragraphs, expected):
    assert reports(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NOT_REPORTS.values(), ids=NOT_REPORTS.keys())
def test_not_reported_speech(paragraphs):
    assert reports(*paragraphs) == []


def test_offsets_cue_and_ids():
    text = 'Ann Lee said the theatre was in a "very poor state". Later she told reporters rates would rise.'
    briefing = run(text)
    assert [r.id for r in briefing.reported] == ["r1", "r2"]
    for report in briefing.reported:
        assert text[report.start : report.end] == report.text
        assert report.cue is not None
        assert text[report.cue.start : report.cue.end] == report.cue.text
    assert [r.cue.text for r in briefing.reported] == ["said", "told"]
    assert briefing.reported[0].quotes == ("q1",)
    assert briefing.quotes[0].text == "very poor state"
    assert briefing.reported[1].quotes == ()


def test_someone_only_reported_is_a_speaker_without_quotes():
    briefing = run(
        "Chairman Tom Reed has said the club is sound.",
        '"We will win the league," said Coach Ann Lee.',
    )
    assert [(s.name, s.role, s.quotes, s.reported) for s in briefing.speakers] == [
        ("Tom Reed", "Chairman", (), ("r1",)),
        ("Ann Lee", "Coach", ("q1",), ()),
    ]
    assert "Tom Reed" not in [p.name for p in briefing.people]


def test_a_speaker_quoted_and_reported_gets_both_lists():
    briefing = run('Ann Lee said the plan was ready. "We start in May," she added.')
    assert [(s.name, s.quotes, s.reported) for s in briefing.speakers] == [("Ann Lee", ("q1",), ("r1",))]


def test_briefing_json_lists_reported_speech():
    briefing = run("Mayor Ann Lee said the bridge would reopen in May.")
    data = json.loads(json.dumps(briefing.to_dict()))
    assert data["reported"] == [
        {
            "id": "r1",
            "text": "the bridge would reopen in May",
            "speaker": "Ann Lee",
            "cue": {"text": "said", "paragraph": 0, "start": 14, "end": 18},
            "paragraph": 0,
            "start": 19,
            "end": 49,
            "quotes": [],
        }
    ]
    assert data["speakers"] == [{"name": "Ann Lee", "role": "Mayor", "quotes": [], "reported": ["r1"]}]


def test_a_paragraph_that_opens_with_a_quote_and_joins_two_verbs_builds():
    text = (
        "“This is one of my friends from school,” Tom told Ann Lee, who answered her door Sunday "
        "afternoon and said she planned to vote for Reed."
    )
    briefing = extract(Article(headline="H", paragraphs=(text,)))
    assert [q.text for q in briefing.quotes] == ["This is one of my friends from school,"]


def test_a_number_alone_reports_nothing_of_its_own():
    briefing = extract(Article(headline="H", paragraphs=("Six said the mayor is honest.",)))
    assert [(r.speaker, r.text) for r in briefing.reported] == [
        (None, "the mayor is honest")
    ] or not briefing.reported


def test_who_was_warned_is_not_who_warned():
    text = "Father Tom Reed, a priest who was the first to write about it, warned the bishops not to meddle."
    briefing = extract(Article(headline="H", paragraphs=(text,)))
    assert [(r.speaker, r.text) for r in briefing.reported] == [("Tom Reed", "not to meddle")]


def test_a_body_named_in_a_cue_is_what_its_description_means_later():
    paragraphs = (
        "The US government accused the firms of lying.",
        'The government said the firms had "lied".',
    )
    briefing = extract(Article(headline="H", paragraphs=paragraphs))
    assert [r.speaker for r in briefing.reported] == ["the US government", "the US government"]


def test_a_verb_after_an_article_is_a_noun():
    texts = [
        text
        for text, _ in reports(
            "Acme Corp accused three firms of fraud. Among the accused were Ann Lee and Tom Reed."
        )
    ]
    assert texts == ["three firms of fraud"]


def test_the_speaker_after_an_inverted_verb_is_never_content():
    texts = [
        text
        for text, _ in reports(
            '"We are happy" about the ruling, said Ann Lee, director of the Harwell Union,'
            " a union that has broken away from the others."
        )
    ]
    assert not any(text.startswith("Ann Lee") for text in texts), texts
