"""The cast: everyone the article names, and who is in focus at each point.

It resolves a reference (references.py) to the fullest name the article gives: a surname
to the full name, a spelling variant (Kühn, Kuhn, Kuehn) to one person, a pronoun to the
person most recently in focus, a description to the person whose role it matches, a
document to whoever issued it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (
    AFFILIATIONS,
    COMPANY_NOUNS,
    CORPORATE_SUFFIXES,
    DEMONYMS,
    GENDERED_NOUNS,
    HONORIFICS,
    LESSER_RANKS,
    PORTFOLIOS,
    POSSESSIVES,
    PRONOUNS,
)
from .references import POSSESSIVE_END, Ref, fold, head_noun, is_role_noun, one_of_a_people, sentence_case


def bare(description: str) -> str:
    """'An analyst at Acme & Co' and 'analyst at Acme Co' are one description."""
    words = re.findall(r"[\w'’-]+", description.lower())
    return " ".join(words[1:] if words[:1] in (["a"], ["an"], ["one"], ["the"]) else words)


ACRONYM = re.compile(r"[A-Z]{2,}")  # 'CNN', 'NATO': a body


@dataclass(eq=False)
class Entity:
    """One speaker or named person; `name` is the fullest form seen so far."""

    name: str
    kind: str  # person | org | unnamed
    role: str | None = None
    gender: str | None = None
    tokens: tuple[str, ...] = ()
    mentions: int = 0
    keys: frozenset[str] = frozenset()

    def rename(self, tokens: tuple[str, ...]) -> None:
        self.name, self.tokens, self.keys = " ".join(tokens), tokens, frozenset(fold(t) for t in tokens)


SAME_ROLE = {  # words a report uses in turn for one post
    **dict.fromkeys(("manager", "boss", "coach"), {"manager", "boss", "coach"}),
    **dict.fromkeys(
        ("spokesman", "spokeswoman", "spokesperson"), {"spokesman", "spokeswoman", "spokesperson"}
    ),
}


def qualifiers_of(ref: Ref) -> tuple[str, ...]:
    """The words before a description's noun that narrow it: 'the Acme manager', 'the former
    midfielder' (not the words after it: 'the aide to President Lee' is no Lee)."""
    words = ref.text.split()
    low = [w.lower().strip(".,") for w in words]
    if ref.head not in low[1:]:
        return ()
    before = words[1 : low.index(ref.head, 1)]
    capitalised = tuple(w.lower() for w in before if w[:1].isupper())
    lowercase = [w.lower() for w in before if not w[:1].isupper()]
    own = before[next((i + 1 for i in reversed(range(len(before))) if POSSESSIVE_END.search(before[i])), 0) :]
    ranks = [w.lower() for w in own if w.lower() != "prime"][-1:]  # 'the deputy prime minister'
    posts = (  # 'the health secretary', 'the vice president'; not 'the vice president's aide'
        *(w.lower() for w in own if w.lower() in PORTFOLIOS),
        *(w for w in ranks if w in LESSER_RANKS),
    )
    former = ("former",) if lowercase == ["former"] else ()  # 'the former Acme striker'
    return (*capitalised, *posts, *former)


NOT_RIVALS = set(
    "former ex then acting interim new senior junior top current outgoing incoming longtime veteran".split()
)


def rival_names(words: list[str]) -> set[str]:
    """The names among a post's modifiers ('Northam', 'Ohio'): not a party or nation, a
    portfolio, a rank or a title ('Republican', 'Foreign', 'Vice', 'Chief')."""
    low = (w.lower() for w in words if w[:1].isupper())
    return {
        w
        for w in low
        if not any(part in AFFILIATIONS for part in w.split("-"))  # 'Afro-Colombian'
        and w not in PORTFOLIOS
        and w not in LESSER_RANKS
        and w not in NOT_RIVALS
        and not is_role_noun(w)
    }


def other_post(text: str, head: str, qualifiers: tuple[str, ...]) -> bool:
    """A description of another post than this role or name holds: another portfolio ('the
    foreign minister' is not the Defence Minister; 'the commerce ministry' is the Ministry of
    Commerce), another rank ('the president' is not the Vice President, nor 'the vice
    president' the President), or another club, state or firm ('the Southby manager' is not
    the Northam manager; 'the Florida senator' may still be the Republican senator)."""
    raw = [w for w in re.split(r"[\s\-]+", text.replace(".", "")) if w]
    words = [w.lower() for w in raw]
    wanted = {w for w in qualifiers if w in PORTFOLIOS}
    held = {w for w in words if w in PORTFOLIOS}
    if wanted and held and not wanted & held:
        return True
    heads = SAME_ROLE.get(head, {head})
    at = next((i for i, w in enumerate(words) if w in heads or w.rstrip("s") in heads), None)
    if at is None:
        return False
    named, rivals = rival_names(raw[:at]), {w for w in qualifiers if w in rival_names([w.title()])}
    initials = "".join(w[0] for w in raw[:at] if w[:1].isupper()).lower()  # 'RNC' is the R. N. Committee
    if named and rivals and not named & rivals and not any(w in initials for w in rivals):
        return True
    before = [w for w in words[:at] if w != "prime"][-1:]  # 'Deputy Prime Minister'
    return {w for w in before if w in LESSER_RANKS} != {w for w in qualifiers if w in LESSER_RANKS}


def role_heads(role: str) -> set[str]:
    """The words of a role that say what the person is: all but a modifier of a role noun
    after it ('theatre critic' is a critic, not a theatre)."""
    words = [w for w in re.split(r"[\s\-]+", role.lower()) if w]
    return {w for w, after in zip(words, [*words[1:], ""], strict=True) if not is_role_noun(after)}


@dataclass
class Cast:
    """Everyone the article names, and who was in focus last (dicts keep order and look up fast)."""

    by_token: dict[str, list[Entity]] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    focus: dict[Entity, None] = field(default_factory=dict)
    documents: dict[str, Entity] = field(default_factory=dict)
    runs: dict[tuple[int, str], dict[tuple[str, ...], None]] = field(default_factory=dict)
    organisations: dict[Entity, None] = field(default_factory=dict)
    by_name: dict[tuple[str, str], Entity] = field(default_factory=dict)
    headline_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    paragraph: int = -1  # where the reading is: 'the company' never means one named further on
    named_at: dict[Entity, int] = field(default_factory=dict)  # where each organisation is first named
    guessed: set[Entity] = field(default_factory=set)  # genders read off a pronoun, not a title or noun

    def short_name(self, honorific: str, surname: str, role: str | None, gender: str | None) -> Entity:
        """'Mrs Lee' when the article names no Lee in full: the headline's Ann Lee, else 'Mrs Lee'.

        A title is no honorific: 'Senator Lee' is Lee, whose role is senator.
        """
        full = self.headline_names.get(fold(surname))
        if full is not None:
            return self.add_name(full, role, gender)
        if honorific.lower().rstrip(".") in HONORIFICS:
            return self.add_name((honorific, surname), role, gender)
        return self.add_name((surname,), role or honorific, gender)  # 'President Lee': Lee, the president

    def know_gender(self, entity: Entity, gender: str | None) -> None:
        """A gender an honorific or a gendered noun gives outranks one guessed from a pronoun."""
        if gender and (not entity.gender or entity in self.guessed):
            entity.gender = gender
            self.guessed.discard(entity)

    def add_run(self, run: tuple[str, ...]) -> None:
        """Remember a capitalised run, for spelling out abbreviations later."""
        if len(run) > 1:  # 'Lib Dems' is spelled out from 'Liberal Democrats'; one word is too little
            self.runs.setdefault((len(run), run[0][:1].lower()), {})[run] = None

    def add_name(self, tokens: tuple[str, ...], role: str | None, gender: str | None) -> Entity:
        """Register a mention of a full or partial name; merge with a known person if it fits."""
        entity = self.find_name(tokens)
        if entity is None:
            entity = Entity("", "person", role, gender)
            entity.rename(tokens)
            self.entities.append(entity)
        else:
            if len(tokens) > len(entity.tokens):
                entity.rename(tokens)
            if role and (not entity.role or len(role.split()) > len(entity.role.split())):
                entity.role = role
            self.know_gender(entity, gender)
        for key in entity.keys:
            known = self.by_token.setdefault(key, [])
            if entity not in known:
                known.append(entity)
        return entity

    def find_name(self, tokens: tuple[str, ...]) -> Entity | None:
        """The known person these name words belong to, preferring the one in focus."""
        keys = [fold(t) for t in tokens]
        if not keys:
            return None
        candidates = [e for e in self.by_token.get(keys[-1], []) if set(keys) <= e.keys]
        if len(keys) > 1:
            candidates = [
                e for e in candidates if fold(e.tokens[-1]) == keys[-1] or len(e.tokens) <= len(keys)
            ]
            first_last = [e for e in candidates if fold(e.tokens[0]) == keys[0]]
            candidates = first_last or candidates
        if not candidates:
            return None
        if len(candidates) > 1:
            for entity in reversed(self.focus):
                if entity in candidates:
                    return entity
        return max(candidates, key=lambda e: (len(e.tokens), e.mentions))

    def resolve(self, ref: Ref) -> Entity | None:
        """The entity a reference stands for, registering new names as they come."""
        if ref.kind == "pronoun":
            if ref.text == "it":
                return self.it()
            if ref.text == "i":
                return None  # 'I said' in the narration is the writer, whom the article does not name
            return self.in_focus(PRONOUNS.get(ref.text), person=ref.text in {"he", "she", "i"})
        if ref.kind == "name":
            plural = ref.name[0].lower().endswith("s")  # 'Critics said'; 'King said' is a surname
            if (
                len(ref.name) == 1
                and plural
                and is_role_noun(ref.name[0])
                and fold(ref.name[0]) not in self.by_token
            ):
                return self.named(sentence_case(ref.name[0]), "unnamed")  # 'Critics said …'
            if len(ref.name) == 1 and ACRONYM.fullmatch(ref.name[0]) and not ref.honorific:
                return self.named(ref.name[0], "org")  # 'CNN', 'POLITICO': a body, never 'he'
            gender = HONORIFICS.get(ref.honorific.lower()) if ref.honorific else None
            if len(ref.name) == 1 and not ref.honorific and not self.find_name(ref.name):
                body = self.organisation_called(ref.name[0])
                if body is not None:
                    return body  # 'Castellan Foods said …', then 'Castellan said'
            if len(ref.name) == 1 and ref.honorific and not self.find_name(ref.name):
                return self.short_name(ref.honorific, ref.name[0], ref.role, gender)
            return self.add_name(ref.name, ref.role, gender)
        if ref.kind == "org":
            return self.organisation(ref)
        if ref.kind in {"doc", "possessive-doc"}:
            return self.document(ref)
        if ref.kind == "role":
            words = ref.text.lower().split()  # 'the tobacco companies', not 'the email goes on'
            group = (
                ref.head.endswith("s")
                and not ref.head.endswith("ss")
                and words[-1] == ref.head
                and len(words) <= 4
            )
            qualifiers = qualifiers_of(ref)
            found = self.by_role(ref.head, qualifiers)
            if found is None and (
                self.other_post_in_focus(ref.head, qualifiers) or self.held_by_another(ref.head, qualifiers)
            ):
                return self.named(ref.text, "unnamed")  # 'the foreign minister': not the defence minister
            if found is None and len(words) == 2 and not is_role_noun(ref.head):
                found = self.named_organisation(ref.head, in_focus=False)  # 'the hospice': Acme Hospice Trust
            if found is None and (group or words[0] in POSSESSIVES):
                return self.named(ref.text, "unnamed")  # 'his father said': not the father's son
            found = found or self.in_focus(None, person=True)
            if found is None and is_role_noun(ref.head):  # nobody named fits: 'the president' it is
                found = self.named(ref.text, "unnamed")
            return found
        if ref.kind == "unnamed":
            described = self.by_role(ref.head)
            article = ref.text.split()[0].lower()
            if described is not None and (
                article == "one"
                or article in {"a", "an"}
                and (described.kind == "unnamed" or bare(ref.text) not in bare(described.role or ""))
            ):  # 'said one longtime adviser' is a source the writer leaves unnamed, not the adviser
                return self.named(ref.text, "unnamed")  # named elsewhere; 'a woman' is not 'one woman'
            return described or self.named(ref.text, "unnamed")
        return None

    def organisation_called(self, word: str) -> Entity | None:
        """The company whose name opens with this word: 'Castellan' for 'Castellan Foods'."""
        for entity in reversed(self.entities):
            words = entity.name.split()
            company = words[-1].lower().rstrip(".") in CORPORATE_SUFFIXES
            if entity.kind == "org" and company and len(words) > 1 and words[words[0] == "the"] == word:
                return entity
        return None

    def it(self) -> Entity | None:
        """'it said': the body just quoted ('said Acme'), else the organisation named last."""
        last = next(reversed(self.focus), None)
        body = last is not None and (last.kind == "org" or last.kind == "person" and len(last.tokens) == 1)
        if body and not last.gender:
            return last
        if self.organisations:
            return next(reversed(self.organisations))
        return self.in_focus(None, person=False)

    def in_focus(self, gender: str | None, *, person: bool) -> Entity | None:
        """The entity most recently in focus that a pronoun of this gender can stand for."""
        for entity in reversed(self.focus):
            if person and (entity.kind == "org" or entity.gender == "plural"):
                continue  # an unnamed 'ministry spokeswoman' is a person; 'critics' are not one
            if gender and entity.gender and entity.gender != gender and entity not in self.guessed:
                continue
            if gender and (not entity.gender or entity in self.guessed):
                entity.gender = gender  # a guess from this pronoun: the next one may correct it
                self.guessed.add(entity)
            return entity
        return None

    def by_role(self, head: str, qualifiers: tuple[str, ...] = ()) -> Entity | None:
        """'the treasurer' is the person whose role has that word, most recent first; 'the Acme
        manager' one whose role also has 'Acme'; 'the boss' may be the manager; 'the foreign
        minister' is no defence minister, 'the president' no vice president."""
        head = head.lower()
        heads = SAME_ROLE.get(head, {head})
        described = [(e, e.role if e.kind == "person" else e.name) for e in self.entities if e.kind != "org"]
        matches = [
            e
            for e, words in described
            if words and heads & role_heads(words) and not other_post(words, head, qualifiers)
        ]
        if "former" in qualifiers:  # 'the former midfielder' is no current midfielder
            matches = [e for e in matches if re.search(r"\b(?:former|ex-)", (e.role or "").lower())]
        qualified = [
            e for e in matches if set(qualifiers) <= set(re.split(r"[\s\-]+", (e.role or "").lower()))
        ]
        matches = qualified or matches  # 'the Florida senator' is still the senator in focus
        if not matches:
            return None
        for entity in reversed(self.focus):
            if entity in matches:
                return entity
        return matches[-1]

    def other_post_in_focus(self, head: str, qualifiers: tuple[str, ...]) -> bool:
        """The person in focus holds a post of this noun, but another one than described: the
        description is someone else ('the foreign minister' after the Defence Minister spoke)."""
        last = self.in_focus(None, person=True)
        heads = SAME_ROLE.get(head, {head})
        role = last.role if last is not None and last.kind == "person" else None
        return bool(role and heads & role_heads(role) and other_post(role, head, qualifiers))

    def held_by_another(self, head: str, qualifiers: tuple[str, ...]) -> bool:
        """A description with a portfolio, a rank or a name ('the foreign minister', 'the vice
        president', 'the Southby manager') that no one fits, while someone holds another post
        of this noun: the description is someone the article has not named."""
        if not any(w in PORTFOLIOS or w in LESSER_RANKS or rival_names([w.title()]) for w in qualifiers):
            return False
        heads = SAME_ROLE.get(head, {head})
        return any(
            e.role and heads & role_heads(e.role) and other_post(e.role, head, qualifiers)
            for e in self.entities
            if e.kind == "person"
        )

    def named(self, name: str, kind: str) -> Entity:
        """The organisation or unnamed source with this name, created on first use."""
        name = sentence_case(name)
        key = (kind, name.lower())
        if key not in self.by_name:
            head = head_noun(name.lower().split())
            plural = kind == "unnamed" and head.endswith("s") and head not in GENDERED_NOUNS
            gender = "plural" if plural else GENDERED_NOUNS.get(head) if kind == "unnamed" else None
            self.by_name[key] = Entity(name, kind, gender=gender)
            self.entities.append(self.by_name[key])
        entity = self.by_name[key]
        if kind == "org" and any(w[:1].isupper() for w in name.split() if w.lower() != "the"):
            self.organisations.pop(entity, None)  # a named body: 'the government' may mean it later
            self.organisations[entity] = None
        return entity

    def organisation(self, ref: Ref) -> Entity:
        """An organisation under the longest name the article spells out ('Lab Dems')."""
        name = ref.text
        if (
            not ref.name
            and len(name.split()) <= 3
            and name.split()[0].lower() in {"a", "an", "one", "another"}
        ):
            return self.named(name, "org")  # 'one company says': not the company named before
        if not ref.name and ref.head:  # 'the ministry said': the ministry the article named
            words = name.split()
            head_at = next((i for i, w in enumerate(words) if w.lower() == ref.head), len(words))
            owner = POSSESSIVE_END.search(words[0]) and words[0].lower() not in POSSESSIVES
            start = 0 if owner else 1  # "Russia's defence ministry"; not 'His campaign'
            modifiers = {
                POSSESSIVE_END.sub("", w.lower()) for w in words[start:head_at] if w[:1].isupper()
            }  # 'the Ohio state government'
            portfolio = tuple(w.lower() for w in words[1:head_at] if w.lower() in PORTFOLIOS)
            named = self.named_organisation(
                ref.head, in_focus=not modifiers and not portfolio, portfolio=portfolio
            )
            if named is not None and modifiers <= {
                POSSESSIVE_END.sub("", w) for w in named.name.lower().split()
            }:
                return named  # not 'the Foreign Ministry' for 'the Ostrian foreign ministry'
        if ref.name:
            expanded = self.expand_abbreviation(ref.name)
            if expanded:
                name = " ".join(["the", *expanded]) if name.lower().startswith("the ") else " ".join(expanded)
        return self.named(name, "org")

    def expand_abbreviation(self, short: tuple[str, ...]) -> tuple[str, ...] | None:
        """('Lib', 'Dems') -> ('Liberal', 'Democrats') when the article has that run."""
        for run in self.runs.get((len(short), short[0][:1].lower()), {}):
            if run == short:
                continue
            if all(
                long.lower().startswith(word.lower().rstrip("s")) and len(long) >= len(word)
                for word, long in zip(short, run, strict=True)
            ):
                return run
        return None

    def document(self, ref: Ref) -> Entity:
        """A document speaks for whoever issued it, when the article says who did."""
        owner = self.documents.get(ref.head)
        if ref.kind == "possessive-doc":
            owner = self.in_focus(POSSESSIVES.get(ref.role or ""), person=ref.role in {"his", "her"}) or owner
        elif ref.role:
            owner = self.resolve(Ref("name", ref.role, name=(POSSESSIVE_END.sub("", ref.role),))) or owner
        if owner is not None:
            self.documents[ref.head] = owner
            return owner
        return self.named(ref.text, "unnamed")

    def named_organisation(
        self, head: str, in_focus: bool = True, portfolio: tuple[str, ...] = ()
    ) -> Entity | None:
        """The organisation named last whose name has this noun: 'the ministry' is the Foreign
        Ministry, 'the company' is Acme Corp. (any company name the article gave); 'the
        defence ministry' is none with another portfolio."""
        wanted = CORPORATE_SUFFIXES if head in COMPANY_NOUNS else {head}
        for entity in reversed(self.organisations):
            if self.named_at.get(entity, -1) > self.paragraph:
                continue  # named later in the article
            if portfolio and other_post(entity.name, head, portfolio):
                continue
            last = entity.name.split()[-1].lower().rstrip(".")
            if last in wanted or head in entity.name.lower().split():
                return entity
        return self.body_in_focus() if in_focus else None

    def body_in_focus(self) -> Entity | None:
        """'Acme said …' then 'the company added': a one-word name with no role, gender or
        honorific that just spoke is a body, not a person."""
        last = next(reversed(self.focus), None)
        bare = last is not None and last.kind == "person" and len(last.tokens) == 1
        return last if bare and not last.gender and not last.role else None

    def mention_organisation(self, words: tuple[str, ...], article: bool = True) -> None:
        """'the Senate' in the narration: what a later 'its report' or 'the senate said' means.
        'the Italian said' is a person of that nation, never a body a later cue could mean."""
        if len(words) == 1 and (words[0].lower() in DEMONYMS or one_of_a_people(words[0].lower())):
            return
        name = " ".join(["the", *words] if article else words)
        entity = self.organisation(Ref("org", name, name=words))
        self.named_at.setdefault(entity, self.paragraph)
        self.organisations.pop(entity, None)
        self.organisations[entity] = None

    def attend(self, entity: Entity | None) -> None:
        """Put an entity in focus: pronouns after this point are likely to mean it."""
        if entity is None:
            return
        entity.mentions += 1
        self.focus.pop(entity, None)
        self.focus[entity] = None
