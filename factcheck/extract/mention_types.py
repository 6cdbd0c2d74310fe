"""The speaker of a sentence as the extractor reads it: a `Mention` (who, whether a person, the side
evidence) and an `Attribution` (the mention with its cue word).

Split from `mentions.py` (past 530 lines) so that the modules that read a mention's parts, such as
`described.py`, need not import the whole of it; `mentions.py` still exports both.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    """A speaker as written: the name, whether it is a person, the side evidence, the pronoun used."""

    name: str
    is_person: bool
    side: str | None = None
    pronoun: str | None = None  # "he", "they": to be resolved by the caller
    ambiguous: bool = False  # a bare proper name: a person if the corpus knows one by that name
    weight: int = 2  # how strongly this mention's side evidence counts (speakers 2, passing mentions 1)
    basis: str | None = None  # how the side was found: "role", "affiliation", "party name"
    gender: str | None = None  # "m" / "f" when a title tells it ("Mr.", "Ms")
    described: str | None = None  # the description a name was resolved from ("the senator" → "senator")
    also: tuple[str, ...] = ()  # parties named with it as one subject ("the group as well as <Org> denied")
    owned: bool = False  # a body with a possessor ("his campaign", "<Name>'s campaign"): its owner's
    headline: bool = False  # named in a headline, whose capitals fool the name tagger ("… Rip Ivo Kern As …")
    kin: bool = False  # named as someone's kin ("her husband, Ivo Kern"): no bare "Kern" is completed to it
    bare: str | None = None  # the surname as written when the article completed it ("Mr. Kern" → "Ana Kern")
    bearers: frozenset[str] = frozenset()  # the article's own full names of a surname written bare
    plural: bool = False  # people named in the plural ("residents", "officials"): a later "they", never "he"
    walk: bool = False  # "the novelist": a walk of life, which may stand for the person introduced as one
    # whose role or body, as described ("the governor's office" → "governor") or by a pronoun ("his", "her")
    owner: str | None = None
    # one word lowered only because the sentence's opening capital was read as a common noun's ("<Name>
    # denied ..." read as the noun "<name>"): it may still be a name the corpus writes elsewhere
    opening: bool = False


@dataclass
class Attribution:
    """The speaker of a sentence, with its cue word."""

    mention: Mention
    cue: str
    cue_index: int  # token index of the cue in the doc
    at: int = 0  # char offset of the cue in the article, for resolving pronouns against earlier mentions
    # char offset a he / she speaker is resolved from, when not the cue's: an earlier "he" of the same sentence,
    # or a person named as an earlier clause's subject ("Though he / <Name> did not name <A> or <B>, he ...")
    refers_from: int | None = None
