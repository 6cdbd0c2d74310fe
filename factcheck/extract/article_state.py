"""What the reader carries through one article: the persons, groups, bodies and speakers met so far,
with where each was met, so that a later "he", "the group" or "the senator" can be resolved
(`speakers.resolve_speaker`).

Kept apart from speakers.py, which answers who a speaker is from this state, and from reader.py, which
walks the paragraphs and fills it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Token

from factcheck.extract.coref import Genders, nearest_person, pronoun_gender, surname_key
from factcheck.extract.mention_types import Attribution, Mention
from factcheck.extract.sentences import Sentence


@dataclass
class ArticleState:
    """What the reader carries through one article."""

    persons: list[tuple[int, str]] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    organisations: list[tuple[int, str]] = field(default_factory=list)  # what "the group" can refer to
    group_speakers: list[tuple[int, str]] = field(default_factory=list)
    group_subjects: set[int] = field(default_factory=set)  # where an organisation is its sentence's subject
    subjects: list[tuple[int, Token]] = field(default_factory=list)  # sentences' subjects: whose "its spokesman"
    last_quote: tuple[int, Sentence] | None = None  # (block index, an attributed quote sentence)
    unclosed: bool = False
    evidence: list[Mention] = field(default_factory=list)  # persons named with a role, for sides
    speakers: list[tuple[int, str]] = field(default_factory=list)  # every resolved speaker, for "the statement"
    said_by: dict[str, Mention] = field(default_factory=dict)  # the latest mention of each group speaker
    genders: Genders = field(default_factory=Genders)
    titled: dict[str, tuple[int, str]] = field(default_factory=dict)  # "senator" → the last "Sen. <Name>"
    held: dict[str, set[str]] = field(default_factory=dict)  # name → the titles and roles written with it
    bodies: dict[str, Mention] = field(default_factory=dict)  # "army" → the last named army that spoke
    body_sides: dict[str, set[str]] = field(default_factory=dict)  # "ministry" → the sides of every one that spoke
    lead_in: Attribution | None = None  # the previous paragraph's closing attribution ("X said:")
    person_sides: dict[str, set[str]] = field(default_factory=dict)  # surname → the sides the person was named with
    unnamed: dict[str, int] = field(default_factory=dict)  # "official" → where "an official" was last introduced
    places: dict[int, tuple[int, bool]] = field(default_factory=dict)  # person offset → (sentence start, subject)
    surnames: set[str] = field(default_factory=set)  # the surname keys of `persons`: who the article named so far
    in_body: set[str] = field(default_factory=set)  # the persons named outside a headline

    def add_person(self, at: int, name: str, *, headline: bool = False) -> None:
        """Note a person named (or speaking) at char offset `at` (`headline`: in a headline, whose capitals
        fool the name tagger)."""
        bisect.insort(self.persons, (at, name))
        self.surnames.add(surname_key(name))
        if not headline:
            self.in_body.add(name)

    def subject_again(self, at: int, pronoun: str, sentence: int) -> None:
        """A sentence whose subject is "he"/"she" at `at` keeps the person it stands for its subject ("He would
        not say why <Other> left. But he denied ...": still him, not the one merely named)."""
        who = nearest_person(self.persons, at, pronoun, self.genders, self.places)
        if who is not None:
            self.add_person(at, who)
            self.places[at] = (sentence, True)
            self.genders.vote(who, pronoun_gender(pronoun))  # "He sat beside <Name>. She said ...": not him

    def named_person(self, mention: Mention) -> bool:
        """A name the tagger took for an organisation's whose surname the article gave a person ("<First>
        <Surname>, the mayor's younger sister, spoke ..." after "<Surname>"): a person a later "she" can stand
        for."""
        return mention.ambiguous and self.named_before(mention.name)

    def one_person(self, group: str) -> bool:
        """Whether a "group" the tagger found is one word that is the surname of a person the article named
        ("<Surname>'s cousin" after "Ivo <Surname>", tagged an organisation): never what "they" or "it" stands for."""
        return " " not in group.strip() and self.named_before(group)

    def named_before(self, name: str) -> bool:
        """Whether a person of this surname is among those the article named so far."""
        return surname_key(name) in self.surnames

    def full_names(self, bare: str, gender: str | None, upto: int | None = None) -> set[str]:
        """The full names of a bare surname's person the article wrote (before char offset `upto`, when
        given): not a name written as someone's kin ("her husband, Ivo Kessler"), unless the bare name's
        gender is that kin's, and none the article's pronouns give the other gender ("Ms. Kessler" is not
        the "Ivo Kessler" it writes "he" of). Headlines' names are among them; `in_body` tells them apart."""
        key = surname_key(bare)
        persons = self.persons if upto is None else self.persons[: bisect.bisect_left(self.persons, (upto, ""))]
        kin = self.genders.written_as_kin()
        return {
            n
            for _, n in persons
            if " " in n and surname_key(n) == key
            if n.lower() not in kin or (gender and self.genders.of_full(n) == gender)
            if not gender or self.genders.of_full(n) in (None, gender)
        }

    def learn_side(self, mention: Mention) -> None:
        """Remember the side a person was named with, so a description ("the Norlandic envoy") can be checked."""
        if mention.side and mention.name:
            self.person_sides.setdefault(surname_key(mention.name), set()).add(mention.side)
