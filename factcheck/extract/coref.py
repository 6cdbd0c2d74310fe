"""Pronoun chains within one article: which earlier person a "he" or "she" is.

No name list: gender is learnt from the article itself. A title says it ("Mr. Kern", "Ms Lusk"); so
does a sentence that names one person and refers back with his/her ("Kern said his ministry ...").
A pronoun then goes to the nearest earlier person whose learnt gender does not contradict it.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Callable

from spacy.tokens import Span

from factcheck.extract.described import many_people
from factcheck.extract.lexicon import ROLE_NOUNS
from factcheck.extract.names import favoured, without_generation
from factcheck.extract.sides import same_nation, spelling_key, typo_of

MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())


def pronoun_gender(word: str) -> str | None:
    """ "m" for he/him/his, "f" for she/her, None for any other word."""
    low = word.lower()
    if low in MALE_PRONOUNS:
        return "m"
    if low in FEMALE_PRONOUNS:
        return "f"
    return None


def surname_key(name: str) -> str:
    """The key a person's gender is kept under: the last word of the name, lower-cased, after any generation
    ("<Name> III", "<Name>, Jr.")."""
    words = without_generation(name.split())
    return words[-1].strip(",").lower() if words else ""


class Genders:
    """Evidence of each person's gender in one article, by surname; by full name for namesakes (two people
    of one surname, "Ivo Kern" and "Ana Kern": what is learnt of one says nothing of the other)."""

    def __init__(self) -> None:
        self._votes: dict[str, Counter[str]] = defaultdict(Counter)
        self._full: dict[str, Counter[str]] = defaultdict(Counter)
        self._namesakes: dict[str, set[str]] = defaultdict(set)  # surname → the full names met with it
        self._kin: dict[str, str] = {}  # full name → the gender the kin it was written as tell

    def vote(self, name: str, gender: str | None, weight: int = 1) -> None:
        """Record that `name` was referred to as `gender` ("m"/"f"); None only notes the name."""
        full = name.lower()
        if " " in full:
            self._namesakes[surname_key(name)].add(full)
        if gender and name:
            self._votes[surname_key(name)][gender] += weight
            if " " in full:
                self._full[full][gender] += weight

    def kin(self, name: str, gender: str) -> None:
        """Record that a full name was written as someone's kin of `gender` ("her son, Ivo Kern"): that name's
        gender, whatever is written of its surname (which it most often shares with whom it is kin to)."""
        if " " in name.strip():
            self._kin[name.lower()] = gender

    def of(self, name: str) -> str | None:
        """The gender the evidence favours for `name`, None when there is none or it is split evenly. A full
        name whose surname two people share is judged on what was learnt of that full name alone."""
        full = name.lower()
        shared = " " in full and len(self._namesakes.get(surname_key(name), ())) > 1
        if full in self._kin:  # "her husband, Ivo Kern" is a man however often "she" is written of a "Kern"
            return self._kin[full]
        return favoured(self._full.get(full) if shared else self._votes.get(surname_key(name)))

    def of_full(self, name: str) -> str | None:
        """The gender the evidence learnt of this full name itself favours, None when there is none or it is
        split evenly: what was learnt of its surname alone may be a spouse's ("Mr. Kern" beside "Ana Kern")."""
        return self._kin.get(name.lower()) or favoured(self._full.get(name.lower()))

    def written_as_kin(self) -> set[str]:
        """The full names (lower case) the article wrote as someone's kin ("her husband, Ivo Kern")."""
        return set(self._kin)

    def learn_sentence(
        self, sent: Span, persons: list[str], inside_quote: Callable[[int], bool], named_at: int = -1
    ) -> None:
        """A sentence naming exactly one person, outside quotes, whose pronouns after the name (character
        offset `named_at`) are all of one gender: the person is of that gender ("Kern said his ministry would
        ..."). A pronoun before the name is someone else ("He said Lusk had lost her seat" tells of Lusk only)."""
        if len(set(persons)) != 1:
            return
        genders = {
            g
            for t in sent
            if t.idx > named_at
            and not inside_quote(t.idx)
            and t.pos_ == "PRON"
            and (g := pronoun_gender(t.text)) is not None
        }
        if len(genders) == 1:
            self.vote(persons[0], genders.pop())


def nearest_person(
    pool: list[tuple[int, str]],
    at: int,
    pronoun: str,
    genders: Genders,
    places: dict[int, tuple[int, bool]] | None = None,
) -> str | None:
    """The last person in `pool` (sorted (offset, name)) before `at` whose gender fits `pronoun`.

    A person of unknown gender fits any pronoun, several people ("aides") none; None when every earlier person
    is of the other gender.
    `places` maps a person's offset to (the start of their sentence, whether they are its subject): when
    the last fitting person is not a subject, a fitting subject earlier in the same sentence is taken
    instead ("<Name> met envoy <Other> on Monday. He said ..." → <Name>).
    """
    want = pronoun_gender(pronoun)
    i = bisect.bisect_left(pool, (at, "")) - 1
    while i >= 0:
        name = pool[i][1]
        if _fits(name, want, genders):
            return _sentence_subject(pool, i, want, genders, places or {}) or name
        i -= 1
    return None  # every earlier person is known to be of the other gender


def _fits(name: str, want: str | None, genders: Genders) -> bool:
    """Whether a pronoun of gender `want` may stand for `name`: one person (several, "aides", take no "she"),
    of that gender or of none known."""
    known = genders.of(name)
    return not many_people(name) and (want is None or known is None or known == want)


def _sentence_subject(
    pool: list[tuple[int, str]], i: int, want: str | None, genders: Genders, places: dict[int, tuple[int, bool]]
) -> str | None:
    """A fitting subject named earlier in the sentence of pool[i], when pool[i] itself is no subject."""
    place = places.get(pool[i][0])
    if place is None or place[1]:
        return None
    j = i - 1
    while j >= 0 and pool[j][0] >= place[0]:
        offset, name = pool[j]
        if places.get(offset, (0, False))[1] and _fits(name, want, genders):
            return name
        j -= 1
    return None


# Offices a definite description can stand for once their holder is named ("the diplomat said" after
# "Deputy Director <Name>"): one person each, so the article's named person is the likely referent.
OFFICES = frozenset(
    """
    diplomat spokesperson official minister envoy officer commander ambassador director negotiator adviser
    advisor
    """.split()
)


def _proper(name: str) -> bool:
    """A person's name, not a description kept as a speaker ("Norlandic officials", "the senator")."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() for w in words) and words[-1].lower() not in ROLE_NOUNS


def fits_description(modifiers: list[str], sides: set[str]) -> bool:
    """Whether a person whose known sides are `sides` fits a description's capitalised modifiers ("the
    Norlandic diplomat" fits a person of "Norland" or "Norlandic"; a one-letter typo does not block). A
    description with such a modifier needs a person whose side is known and fits."""
    named = [spelling_key(m) for m in modifiers if m[:1].isupper()]
    if not named:
        return True
    words = {spelling_key(w) for side in sides for w in side.split()}
    return any(m == w or same_nation(m, w) or _misspelt(m, w) for m in named for w in words)


_ADJECTIVE_ENDINGS = ("", "ic", "ian", "an", "ese", "i", "ish", "n")


def _misspelt(modifier: str, word: str) -> bool:
    """A modifier one letter from the word or its people's adjective: "Norlnadic" ~ "Norland(ic)"."""
    return any(typo_of(modifier, word + ending) for ending in _ADJECTIVE_ENDINGS)


def described_person(
    pool: list[tuple[int, str]], at: int, modifiers: list[str], sides: dict[str, set[str]], after: int = -1
) -> str | None:
    """The last person in `pool` named before `at` (and after `after`, where an unnamed holder of the
    office was introduced) whose sides fit the description's modifiers; None when none does."""
    i = bisect.bisect_left(pool, (at, "")) - 1
    while i >= 0 and pool[i][0] > after:
        name = pool[i][1]
        if _proper(name) and fits_description(modifiers, sides.get(surname_key(name), set())):
            return name
        i -= 1
    return None
