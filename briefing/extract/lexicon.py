"""Word lists the extractor reads: reporting verbs, titles, role nouns, function words.

Kept as data so that a rule change is a list change. Nothing here names a particular
article's people, places or phrases.
"""

from __future__ import annotations

import re

# Verbs that report speech or writing, as base forms; inflections are generated below.
REPORTING_BASES = """
say tell add ask answer reply respond explain note stress underline emphasise emphasize
insist claim argue warn urge vow pledge promise deny admit acknowledge concede confirm
announce declare state write tweet post recall describe accuse attack criticise criticize
condemn praise hail brand label dismiss complain suggest predict reveal report continue
repeat demand threaten plead boast contend maintain assert allege observe remark comment
conclude mention joke laugh shout scream cry sigh muse quip speak agree
disagree caution counter protest lament concur estimate grumble recount reflect reiterate
rule testify charge call berate bark snap retort exclaim yell chant scoff thunder gush marvel
crow proclaim opine interject whisper mutter tease inquire decry blast slam mock ridicule
chide scold applaud refer talk ponder imply forecast
""".split()
IRREGULAR = {  # third person, past, -ing, then any other form
    "say": ["says", "said", "saying"],
    "tell": ["tells", "told", "telling"],
    "write": ["writes", "wrote", "writing", "written"],
    "speak": ["speaks", "spoke", "speaking"],
    "cry": ["cries", "cried", "crying"],
    "reply": ["replies", "replied", "replying"],
    "deny": ["denies", "denied", "denying"],
    "testify": ["testifies", "testified", "testifying"],
    "label": ["labels", "labelled", "labelling", "labeled", "labeling"],
    "slam": ["slams", "slammed", "slamming"],
    "decry": ["decries", "decried", "decrying"],
    "refer": ["refers", "referred", "referring"],
    "imply": ["implies", "implied", "implying"],
    "forecast": ["forecasts", "forecast", "forecasting", "forecasted"],
    "concur": ["concurs", "concurred", "concurring"],
    "marvel": ["marvels", "marvelled", "marvelling", "marveled", "marveling"],
}


def inflect(base: str) -> list[str]:
    """Third person, past and -ing forms of a regular verb."""
    if base in IRREGULAR:
        return [base, *IRREGULAR[base]]
    stem = base[:-1] if base.endswith("e") else base
    if re.search(r"(?:qu|[^aeiou])[aeiou][tp]$", base) and base not in {"visit", "comment"}:
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = stem + "ed", stem + "ing"
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    return [base, third, past, ing]


# Present and -ing forms double as nouns ("weekend reports", "a warning"), so only these count.
PRESENT_BASES = set(
    """
say tell add ask explain insist warn argue write recall admit agree acknowledge concede
confirm tweet reply respond urge suggest stress accuse describe predict maintain contend
continue recount underline call conclude declare deny announce vow pledge
""".split()
)
ING_BASES = set(
    """
say add insist tell argue explain note stress claim ask urge describe accuse write declare
promise pledge vow admit acknowledge concede confirm announce reply respond answer suggest
complain warn call label praise state recall emphasize emphasise mention predict allege tweet
""".split()
)
NOT_CUES = {"alleged", "pointed"}  # more often an adjective, or not speech without a complement


def reporting_forms(base: str) -> set[str]:
    """The forms of one reporting verb that can head a cue."""
    _, third, past, ing, *rest = inflect(base)
    forms = {past, *rest}
    if base in PRESENT_BASES:
        forms.add(third)
    if base in ING_BASES:
        forms.add(ing)
    return forms


# Base forms for plural subjects ("officials say", "the Greens accuse"), where not nouns.
PLURAL_PRESENT = {
    "say",
    "tell",
    "add",
    "accuse",
    "insist",
    "argue",
    "warn",
    "admit",
    "deny",
    "concede",
    "urge",
    "predict",
    "explain",
    "complain",
    "suggest",
    "acknowledge",
    "claim",
    "note",
    "vow",
    "promise",
    "ask",
    "announce",
    "write",
}
REPORTING_VERBS = (
    frozenset(PLURAL_PRESENT | {f for base in REPORTING_BASES for f in reporting_forms(base)}) - NOT_CUES
)

# Present forms that are nouns as often as verbs; a cue only right after a quotation:
# '"…," reports Lee', '"…," notes the report'.
AFTER_QUOTE_ONLY = {
    "reports",
    "notes",
    "states",
    "posts",
    "claims",
    "comments",
    "remarks",
    "observes",
    "found",
    "finds",
    "pressed",
    "fumed",
    "beamed",
    "reacted",
    "remembered",
    "assured",
    "retaliated",
    "exhorted",
    "questioned",
    "wondered",
    "echoed",
    "texted",
    "emailed",
}

# Verbs of thought and regard: they credit the words in quotation marks of their clause to
# their subject ('Lee thought the plan "a folly"', 'Lee thanked him for "his courage"'), but
# what they introduce is a belief, not reported speech.
CREDIT_ONLY = {
    *("thought", "thinks", "believes", "believed", "worried", "worries", "feared", "fears"),
    *("thanked", "thanks", "blamed", "blames", "derided", "derides", "touted", "touts"),
    *("deemed", "deems", "portrayed", "portrays", "considers", "considered"),
}

# Role nouns that tell a person's gender, for 'she added' after 'a ministry spokeswoman said'.
FEMININE_NOUNS = "spokeswoman chairwoman businesswoman actress woman girl mother daughter sister wife queen"
MASCULINE_NOUNS = "spokesman chairman businessman man boy father son brother husband king prince"
GENDERED_NOUNS = {**dict.fromkeys(FEMININE_NOUNS.split(), "f"), **dict.fromkeys(MASCULINE_NOUNS.split(), "m")}

# Last words of a capitalised run that make it a place or a building, not a person.
PLACE_WORDS = set(
    """
theatre theater house street road avenue square hall centre center park stadium arena bridge
airport station hotel church cathedral school university college hospital museum gallery
court palace tower building island river valley lake mountain county city
""".split()
)

# Titles that belong to the name itself: 'Pope Francis', 'Queen Elizabeth II'.
REGNAL_TITLES = {
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "saint",
    "sultan",
    "emperor",
    "empress",
    "sheikh",
}

# Person pronouns that can stand for a speaker, with the gender they imply.
PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "we": None, "i": None}
POSSESSIVES = {"his": "m", "her": "f", "their": None, "its": None}

HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
    "professor": None,
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "father": "m",
    "fr": "m",
    "sister": "f",
    "mother": "f",
    "brother": "m",
    "rev": None,
    "rev.": None,
    "reverend": None,
}

# Titles written before a name; in a capitalised run they belong to the role, not the name.
TITLE_WORDS = set(
    """
president minister secretary ambassador advisor adviser senator governor mayor chancellor
premier chairman chairwoman chair director chief officer judge justice general colonel
captain commander admiral sergeant lieutenant major inspector detective constable sheriff
coach manager editor professor bishop archbishop cardinal rabbi imam pope king queen prince
princess duke duchess emperor speaker leader spokesman spokeswoman spokesperson deputy
representative congressman congresswoman commissioner superintendent superior executive
vice prosecutor attorney counsel envoy secretary-general president-elect
sen rep gov lt gen col capt sgt det insp supt atty cmdr adm maj pres supt
ceo cfo coo cto cio md chairperson mep mp msp
assemblyman assemblywoman councilman councilwoman councillor alderman ag
""".split()
)

# Heads of descriptions that stand for a person: "the actor", "a police spokesman".
ROLE_NOUNS = TITLE_WORDS | set(
    """
official spokesman spokeswoman spokesperson co-chairman co-chair co-host host presenter
lawyer solicitor barrister analyst economist researcher scientist expert founder co-founder
owner boss star actor actress singer musician player striker midfielder defender goalkeeper
athlete sprinter champion medallist medalist coordinator co-ordinator organiser organizer
campaigner activist priest nun author writer journalist reporter correspondent producer
doctor surgeon nurse teacher student partner investor trader consultant head legend veteran
diplomat mp engineer pilot witness victim resident insider observer shopper mother father daughter
son wife husband ally loyalist follower demonstrator billionaire millionaire businessman
businesswoman mogul tycoon magnate
sister brother chef designer architect historian spokesmen officials chairperson treasurer
dean principal economist strategist fan member worker employee agent negotiator
referee umpire winger forward batsman bowler jockey trainer rider driver boxer skipper
cyclist swimmer golfer runner gymnast skater wrestler footballer cricketer novelist poet
playwright artist photographer filmmaker comedian dancer rapper drummer guitarist composer
conductor broadcaster columnist commentator critic blogger developer programmer director-general
chancellor minister councillor councilor alderman lawmaker legislator politician candidate
aide adviser advisor assistant deputy intern clerk banker accountant auditor
landlord tenant farmer fisherman builder contractor entrepreneur
psychologist psychiatrist therapist physician paramedic firefighter officer soldier
sergeant veteran survivor relative neighbour neighbor friend colleague teammate
spokesman-for futurologist forecaster meteorologist professor lecturer academic
pastor whip staff rival nominee hopeful challenger incumbent frontrunner front-runner
source supporter opponent advocate respondent voter donor attendee protester delegate participant
backer investigator regulator
""".split()
)

# Heads of descriptions that stand for an organisation or a group.
ORG_NOUNS = set(
    """
administration government ministry department agency council committee commission party
company firm group police army military union court board authority authorities office
team club campaign bank embassy parliament senate congress federation association league
society institute foundation charity trust organisation organization network alliance coalition
body regulator watchdog panel jury tribunal inquiry firm business group groups bureau service
newspaper paper magazine broadcaster channel station website agency journal tabloid daily
""".split()
)

# What a ministry, a minister or a secretary is for: 'the defence ministry' is not the Foreign
# Ministry, 'the health secretary' not the home secretary.
PORTFOLIOS = set(
    """
foreign home defence defense health education finance treasury trade commerce justice interior
environment energy transport transportation culture housing labour labor agriculture industry
economy economic business science technology tourism sport sports immigration security
welfare pensions information communications veterans homeland
""".split()
)
# Words that make a post another post: a vice president is not the president.
LESSER_RANKS = {"vice", "deputy", "shadow", "assistant"}

# Institutions that speak as bodies ('the orphanage said in a statement'): never a person.
INSTITUTION_NOUNS = set(
    """
orphanage hospice hospital clinic infirmary school academy college university museum gallery
library zoo prison jail shelter church diocese parish cathedral mosque synagogue temple
theatre theater orchestra festival airport
""".split()
)

# Last words of a company's name, and the nouns that describe a company ('the firm said').
CORPORATE_SUFFIXES = {
    "corp",
    "inc",
    "co",
    "ltd",
    "llc",
    "plc",
    "group",
    "holdings",
    "company",
    "ag",
    "sa",
    "gmbh",
    *"""
    airlines airways motor motors shipping terminals foods brands energy petroleum mining steel
    chemicals pharmaceuticals pharma logistics technologies systems industries enterprises
    partners investments securities insurance properties solutions networks telecom electronics
    """.split(),  # words that end a company's name: 'Castellan Foods', 'Nordhaven Terminals'
}
COMPANY_NOUNS = set(
    """
company firm business group carrier retailer bank maker airline lender insurer carmaker automaker
chipmaker drugmaker utility conglomerate manufacturer supplier exporter importer operator giant
""".split()
)

# Heads of descriptions that stand for a document; its speaker is whoever issued it.
DOC_NOUNS = {
    "report": "report",
    "suit": "suit",
    "lawsuit": "suit",
    "complaint": "suit",
    "statement": "statement",
    "study": "study",
    "survey": "survey",
    "letter": "letter",
    "document": "document",
    "filing": "suit",
    "petition": "petition",
    "ruling": "ruling",
    "judgment": "ruling",
    "memo": "memo",
    "release": "statement",
    "paper": "paper",
    "review": "review",
    "assessment": "assessment",
    "indictment": "indictment",
}

# Capitalised words that are not part of a person's name when they start a run.
NON_NAME_WORDS = set(
    """
the a an and but or if in on at of to for from by with as after before when while since
this that these those there then he she it they we i you his her its their our my your
mr mrs ms dr meanwhile however also now still yet so although though because until
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december united states kingdom republic
national federal state foreign security affairs home office department ministry council
party union association agency house senate congress court district supreme general
university college school institute centre center news press times daily post world
north south east west northern southern eastern western new old great royal
bbc us uk eu un
whether where why how what who which once unless despite during following amid
yes no not every each both neither either such many most some several few all
absent given whatever top unlike without against toward towards across
""".split()
)

# Lowercase words that end a backward scan for a role ("led by senior official X").
ROLE_STOP_WORDS = set(
    """
by with and or but since as that which who whom whose in on at from after before when while
into onto than said says told tells is was are were has have had be been will would can
could did does do not also then where while about against between among during under over
through including met meets meet joined replaced visited called named dubbed like
""".split()
)

# Words that begin a relative clause, which is never the subject itself.
RELATIVE_WORDS = {"who", "whose", "whom", "which", "that", "where", "when"}

# Leading words of a sentence or clause that are not part of its subject.
LEADING_FILLER = set(
    """
but and so yet then meanwhile however also now later earlier still instead indeed
moreover furthermore nevertheless today yesterday finally afterwards separately
regardless nonetheless otherwise thus therefore besides overall similarly likewise again plus first
well look
""".split()
)

# Words between a subject and its verb: "has said", "later told", "repeatedly said".
AUXILIARIES = set(
    """
has have had was were is are will would could can may might should must did does do
also later then previously repeatedly once again already often still recently earlier
subsequently further too even never always had
""".split()
)

# Words before a name that say what side or country someone is on: part of the role, never the name.
AFFILIATIONS = set(
    """
republican republicans democrat democrats democratic independent labour tory tories conservative
liberal libertarian socialist communist green greens gop progressive moderate centrist nationalist
u.s. us u.k. uk u.n. un e.u. eu american british english scottish welsh irish chinese japanese
korean french german italian spanish portuguese dutch belgian swiss austrian swedish norwegian
danish finnish polish russian ukrainian turkish greek israeli palestinian iranian iraqi syrian
saudi egyptian lebanese jordanian afghan pakistani indian bangladeshi indonesian malaysian
thai vietnamese filipino australian canadian mexican brazilian argentine argentinian chilean
colombian peruvian venezuelan cuban african nigerian kenyan ethiopian european asian arab
hungarian czech romanian bulgarian serbian croatian taiwanese singaporean emirati qatari
""".split()
)

# Nouns for people of a country: 'the Scot added' means the person in focus.
DEMONYMS = set(
    """
scot briton brit englishman englishwoman welshman welshwoman irishman irishwoman frenchman
frenchwoman dutchman dutchwoman dane swede finn pole spaniard norwegian argentine kiwi aussie
serb croat turk greek czech slovak thai kazakh uzbek
""".split()
)

# Words that can stand before a name at the start of a sentence without being part of it.
NAME_ADVERBS = set(
    """
even only just both other another several many some most few all each every
especially particularly notably perhaps again too like unlike including said says
former ex acting interim besides beyond against among despite toward towards continued met
was were is are had has does did
""".split()
)

# Words that alone never name a speaker: numbers, quantities, determiners and the platforms
# people post on ('Ann Lee wrote on Twitter': Lee wrote, not Twitter).
NO_SPEAKER_WORDS = set(
    """
one two three four five six seven eight nine ten dozens hundreds thousands millions another others
other some many most several few all both each either neither none the a an this that these those
twitter facebook instagram youtube tiktok snapchat reddit linkedin whatsapp telegram
rather perhaps nor instead more here there even beyond yet still so also then now maybe
""".split()
)

# Letters after a name that belong to it: 'Ann Lee Jr.', 'Henry Ford II'.
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}

# Title abbreviations written with a full stop: 'Sen.', 'Gov.', 'Mr.'
TITLE_ABBREVIATIONS = (
    "Mrs|Mr|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Det|Prof|Rev|Maj|Adm|Cmdr|Insp|Supt|Atty|Fr"
)
ABBREVIATED_TITLES = {t.lower() for t in TITLE_ABBREVIATIONS.split("|")}

# Irregular past forms that end a subject as surely as '-ed' does.
COMMON_VERBS = {
    "went",
    "came",
    "got",
    "made",
    "took",
    "gave",
    "began",
    "kept",
    "left",
    "felt",
    "stood",
    "ran",
    "rose",
    "fell",
    "met",
    "won",
    "lost",
    *"""
    built bought brought caught thought taught sought sold paid spent sent lent meant found held
    led heard knew grew threw flew saw broke chose drove stole fought sat struck swore wore
    became forgot understood fled slept swept dealt shook stuck sank drank withdrew overcame
    undertook read quit
    """.split(),
}

# Finite verbs: a phrase with one of these is a clause, never an apposition or a role.
FINITE_VERBS = {
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "did",
    "does",
    "do",
    "be",
    "been",
}

# Words before a quotation that mark it as a name or a term, not speech.
NAMING_CUES = re.compile(
    r"(?:so-called|dubbed|titled|entitled|nicknamed|known as|the (?:term|word|phrase|slogan|hashtag|motto)"
    r"|called|named)\s*$",
    re.IGNORECASE,
)

NAME_PARTICLES = {
    "de",
    "van",
    "von",
    "bin",
    "al",
    "da",
    "di",
    "le",
    "la",
    "du",
    "der",
    "den",
    "del",
    "dos",
    "ter",
    "ibn",
}
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "jr",
    "sr",
    "gen",
    "sen",
    "rep",
    "gov",
    "prof",
    "rev",
    "lt",
    "col",
    "capt",
    "sgt",
    "fr",
    "vs",
    "etc",
    "inc",
    "corp",
    "co",
    "ltd",
    "mt",
}

# Reported speech (reported.py): how a reporting verb takes its content.
# Verbs with an addressee before the content: 'told reporters (that) …', 'warned the board that …'.
REPORTED_ADDRESSEE_VERBS = {"tell", "remind", "assure", "inform", "advise", "promise", "warn", "write"}
# Verbs that report content only with 'that': 'joked that …', but not 'joked with fans'.
REPORTED_NEEDS_THAT = set(
    """
joke laugh shout scream cry sigh muse quip speak continue recall recount reflect comment agree
disagree concur counter protest lament grumble plead testify answer reply respond remark rule
charge write post tweet mention repeat describe explain
""".split()
) - {"describe", "explain"}
# Verbs that name a target, not words, unless 'as' gives the words: 'described it as "a waste"'.
REPORTED_TARGET_VERBS = set(
    "describe praise hail attack criticise criticize condemn brand label dismiss berate".split()
)
# Verbs whose content can be a noun phrase: 'denied the charges', 'accused X of Y', 'vowed revenge'.
REPORTED_OBJECT_VERBS = set(
    "deny accuse admit acknowledge concede confirm promise pledge vow demand threaten".split()
)

# A gazetteer of places, by name: a place alone is never a source ('Iowa says' credits nobody),
# and the first word of a two-word place is part of a name ('New Hampshire Democrat').
COUNTRIES = set(
    """
afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh
belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia
croatia cuba cyprus czechia denmark ecuador egypt estonia ethiopia finland france georgia
germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland
israel italy japan jordan kazakhstan kenya kosovo kuwait latvia lebanon libya lithuania
luxembourg malaysia mali mexico moldova mongolia montenegro morocco myanmar nepal netherlands
nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland
portugal qatar romania russia rwanda serbia singapore slovakia slovenia somalia spain sudan
sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine uruguay
uzbekistan venezuela vietnam yemen zambia zimbabwe britain england scotland wales america
europe asia africa u.s u.s. us usa u.k. uk e.u. eu
""".split()
) | {"north korea", "south korea", "south africa", "saudi arabia", "new zealand", "united states"}
US_STATES = set(
    """
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas
utah vermont virginia washington wisconsin wyoming
""".split()
) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "south carolina"}
US_STATES |= {"north dakota", "south dakota", "rhode island", "west virginia", "district of columbia"}
# AP-style state abbreviations, the form a party-state tag or a dateline uses: "Ala.", "N.C."
STATE_ABBREVIATIONS = set(
    """
ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn.
miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn.
vt. va. wash. w.va. wis. wyo. d.c.
""".split()
)
CITIES = set(
    """
washington london paris berlin moscow beijing shanghai tokyo seoul delhi mumbai karachi tehran
baghdad damascus beirut jerusalem cairo istanbul ankara athens rome madrid lisbon brussels
amsterdam vienna warsaw kiev kyiv geneva zurich stockholm oslo copenhagen dublin edinburgh
manchester toronto ottawa montreal vancouver sydney melbourne havana caracas bogota lima
chicago boston philadelphia atlanta miami houston dallas austin denver phoenix seattle
detroit cleveland baltimore pittsburgh nashville charlotte orlando tampa brooklyn manhattan
""".split()
) | {"new york city", "los angeles", "san francisco", "las vegas", "new orleans", "palo alto", "san diego"}
PLACE_NAMES = COUNTRIES | US_STATES | STATE_ABBREVIATIONS | CITIES
# The first words of the two-word places above: 'New' of 'New York', 'South' of 'South Carolina'.
PLACE_HEADS = {place.split()[0] for place in PLACE_NAMES if " " in place}

# Where people post; a platform is never the speaker of what is posted on it.
PLATFORMS = set(
    """
twitter facebook instagram youtube tiktok snapchat linkedin reddit weibo wechat whatsapp
telegram tumblr periscope vine pinterest threads truth-social
""".split()
)
