"""One kind of people counted: "12 workers were killed" and "19 people were killed" count the same dead.

Reports of one event name the counted by their kind ("workers", "passengers", "pupils") or just as
"people", and figures are compared noun by noun (`evidence.same_measure`), so a fire service's 12 workers
and a hospital's 19 people made no count question. Where the claims count one kind of person for a
kind of thing done (the dead, the hurt, the held) and also "people", the people are that kind. With two
kinds counted ("12 soldiers and 30 civilians were killed") "people" may be both, and is left alone.

Likewise a crowd: "took part", "joined the march" and "80,000 marchers" count one turnout.

Only English is known here: which nouns name people (`PERSON_NOUNS` and the person suffixes), which verbs
tell of taking part in a gathering.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from factcheck.extract.lexicon import PERSON_NOUNS, PERSON_SUFFIXES
from factcheck.link.lexicon import COUNT_KINDS

Number = tuple[float, float, str, str, str | None, str | None]  # low, high, noun, bound, verb, owner

PEOPLE = frozenset(("people", "person"))
# Verbs of coming together to a march or a rally: "took part" (read "participate"), "joined the march",
# "marched", "walked with us", "turned out" (read "attend"), "the rally drew 80,000". A crowd is counted with
# any of them, and each article picks another; as counts they are one ("80,000 took part" against "12,000
# joined the march").
GATHERING = frozenset("march walk join participate attend rally gather demonstrate protest draw attract".split())
# People named by their taking part: "80,000 marchers" counts the people who took part.
AGENT_NOUNS = frozenset("marcher protester protestor demonstrator participant attendee".split())
# Nouns of people that figures count and `PERSON_NOUNS` (nouns of a speaker's walk of life) lacks.
COUNTED_PEOPLE = frozenset("civilian employee child adult soldier troop officer tourist guest fan staff".split())
PARTICIPATE = "participate"
_KINDS_OF_PEOPLE = PERSON_NOUNS | COUNTED_PEOPLE | AGENT_NOUNS


def names_people(noun: str) -> bool:
    """Whether a counted noun names people of some kind ("workers", "fishermen"), not "people" itself."""
    if noun in PEOPLE:
        return False
    return noun in _KINDS_OF_PEOPLE or noun.endswith(PERSON_SUFFIXES)


def counted_verb(noun: str, verb: str | None) -> str | None:
    """What a count says was done, as counts compare it: any verb of taking part in a gathering, or a noun of
    the people who took part with no verb ("80,000 marchers"), is "participate"."""
    if verb in GATHERING or (verb is None and noun in AGENT_NOUNS):
        return PARTICIPATE
    return verb


def _key(verb: str | None, owner: str | None) -> tuple[str, str | None] | None:
    """What is counted of whom: the kind of thing done (the dead, the hurt, the held) and the party owning
    the counted."""
    return None if verb is None else (COUNT_KINDS.get(verb, verb), owner)


def one_kind(numbers: Sequence[Sequence[Number]]) -> dict[tuple[str, str | None], str]:
    """For each kind of thing done to people (and whose they are), the one kind of person counted for it
    across the claims, when there is exactly one; a kind with two or none is absent."""
    kinds: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for entries in numbers:
        for _, _, noun, _, verb, owner in entries:
            key = _key(counted_verb(noun, verb), owner)
            if key is not None and names_people(noun):
                kinds[key].add(noun)
    return {key: next(iter(nouns)) for key, nouns in kinds.items() if len(nouns) == 1}


def as_that_kind(entries: Sequence[Number], kinds: dict[tuple[str, str | None], str]) -> tuple[Number, ...]:
    """The entries with their verbs as counts compare them (`counted_verb`) and "people" counted as the one
    kind of person counted for the same thing (`one_kind`)."""
    out = []
    for low, high, noun, bound, verb, owner in entries:
        verb = counted_verb(noun, verb)
        key = _key(verb, owner)
        if noun in PEOPLE and key is not None and key in kinds:
            noun = kinds[key]
        out.append((low, high, noun, bound, verb, owner))
    return tuple(out)
