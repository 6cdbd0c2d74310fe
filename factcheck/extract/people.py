"""People across a corpus: one person under one name, and the side each is given anywhere.

A short mention ("Kass") is completed to the fullest name the corpus writes for it ("Ivo Brenner Kass"),
and the side given with a role anywhere ("<Org> spokesman <Name>") is carried to every mention of that
person, matched by surname (two people sharing one keep their own).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable

from factcheck.extract.described import many_people
from factcheck.extract.lexicon import NICKNAME_MARKS, PRESS_NOUNS, ROLE_NOUNS, TITLE_WORDS
from factcheck.extract.names import clean_name, favoured, without_generation
from factcheck.extract.sides import is_generic_side

PRESS_WORDS = PRESS_NOUNS | {"news"}


# How many times more often a name must be written than a form with words in front of it for that form to be
# a slip of the tagger ("Cheeto Ivo Kern") rather than the name in full.
_FRONT_RATIO = 20


# How many times more often a surname may be written bare than the full form it completes to across the corpus.
_BARE_RATIO = 10
# How many times more often a name may be written than a further, fuller form it completes to in a second step.
_COMMON_RATIO = 2


class People:
    """Speakers met anywhere in the corpus: their fullest name and their side, by surname."""

    def __init__(self, lower_case: Collection[str] = frozenset(), ever_lower: Collection[str] = frozenset()) -> None:
        """`lower_case`: the words the corpus writes in lower case more often than not ("moderator", "condemn");
        one of them written in front of a person's full name describes the person rather than naming them.
        `ever_lower`: every word it writes in lower case at all ("states"), which no surname is."""
        self._lower_case = frozenset(lower_case)
        self._ever_lower = frozenset(ever_lower)
        self._names: dict[str, Counter[str]] = defaultdict(Counter)
        self._first_names: dict[str, set[str]] = defaultdict(set)
        self._said: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))  # by name as given
        # Per surname: the evidence pooled by bearer (first name), computed once after the corpus is read
        # (sides are asked for every claim; recomputing made extraction 1.8x spaCy on 500 articles).
        self._by_bearer: dict[str, dict[str, Counter[str]]] = {}
        self._who_of: dict[str, str] = {}
        self._headline_only: set[str] = set()  # full names met only in headlines
        self._kin_only: set[str] = set()  # full names met only as someone's kin ("her husband, <Name>")
        self._genders: dict[str, Counter[str]] = defaultdict(Counter)  # full name → genders its articles gave it

    @staticmethod
    def surname(name: str) -> str:
        """The key a person is known by: the last word of the name. A description of the press ("media
        sources", "local news reports") names no one and speaks for no party, so it gets no key and carries
        no side."""
        parts = without_generation(clean_name(name).lower().split())  # "<Name> III" is a <Name>
        return parts[-1] if parts and not PRESS_WORDS & set(parts) else ""

    def add(self, name: str, *, headline: bool = False, gender: str | None = None, kin: bool = False) -> None:
        """Record one mention of a person's name (`headline`: as a headline writes it; `gender`: "m" or "f"
        when a title or the article's pronouns tell it; `kin`: written as someone's kin, "her husband, <Name>")."""
        key = self.surname(name)
        if key:
            self._forget()
            full = self._name_part(name)
            if kin and full not in self._names[key]:
                self._kin_only.add(full)
            elif not kin:
                self._kin_only.discard(full)
            if gender:
                self._genders[full.lower()][gender] += 1
            if headline and full not in self._names[key]:
                self._headline_only.add(full)
            elif not headline:
                self._headline_only.discard(full)
            self._names[key][full] += 1
            if len(full.split()) > 1:
                self._first_names[full.split()[0].lower()].add(key)

    def add_side(self, name: str, side: str | None, weight: int = 1) -> None:
        """Record evidence that a person speaks for `side` (a role in the text)."""
        key = self._key_of(name)
        if key and side:
            self._forget()
            self._said[key][self._name_part(name)][side] += weight

    def _forget(self) -> None:
        """Drop what was worked out from the names and evidence so far (more came in)."""
        if self._by_bearer or self._who_of:
            self._by_bearer.clear()
            self._who_of.clear()

    def _key_of(self, name: str) -> str:
        """The surname key for a name; a lone first name ("Lam") finds the one full name it starts."""
        key = self.surname(name)
        words = clean_name(name).split()
        if len(words) == 1 and all(len(f.split()) == 1 for f in self._names.get(key, ())):
            owners = self._first_names.get(words[0].lower(), set())
            if len(owners) == 1:
                return next(iter(owners))
        return key

    def surname_as_written(self, word: str) -> str | None:
        """A surname the tagger lower-cased as a common noun ("hannity said"), as the corpus writes it
        ("Hannity"): only a word the corpus names a person by and never writes in lower case itself."""
        if " " in word or not word.islower() or word in self._ever_lower:
            return None
        forms = self._names.get(word)
        if not forms:
            return None
        written = max(forms, key=lambda f: (forms[f], f)).split()[-1]
        return written if written.lower() == word and written[:1].isupper() else None

    def knows(self, name: str) -> bool:
        """True when a person with this surname (or this lone first name) was named in the corpus."""
        return self._key_of(name) in self._names

    def full_name(self, name: str, gender: str | None = None) -> str:
        """The most used multi-word form of the name seen in the corpus (the short form if none), itself
        completed in turn: "Kass" → "Brenner Kass" → "Ivo Brenner Kass", one person under one name. A
        `gender` a title tells ("Mr. Kass") is never completed to a form the corpus gives the other."""
        seen = [self._headline_word_off(self._name_part(name))]
        while (fuller := self._fuller(seen[-1])) not in seen:
            if gender and self.gender_of(fuller) not in (None, gender):
                break  # "Mr. Kass" is not the "Ana Kass" her articles write "she" of
            if len(seen) > 1 and not self._written_often(fuller, seen[-1], _COMMON_RATIO):
                break  # a rare form with words in front ("<Town> <Role> <First> <Last>") is not the name
            if len(seen) == 1 and " " not in seen[0] and not self._written_often(fuller, seen[0], _BARE_RATIO):
                break  # a full form named once is not the bearer of a surname written bare everywhere
            seen.append(fuller)
        return self._usual(seen[-1])

    def gender_of(self, name: str) -> str | None:
        """The gender the corpus gives a full name most, None when it gives none or is split evenly."""
        return favoured(self._genders.get(name.lower()))

    def _usual(self, name: str) -> str:
        """The form of a full name the corpus writes most for that person: "Ivo T. Brenner", as one outlet
        writes him, is the "Ivo Brenner" the others write ten times as often. A form with other middle words
        ("Tor A. Vik" beside "Tor B. Vik", father and son) may be another person: kept as written."""
        words = name.split()
        forms = self._names.get(self._key_of(name))
        if len(words) < 2 or not forms or not _first_name(name):
            return name
        first, last = words[0].lower(), words[-1].lower()
        same = {
            f: count
            for f, count in forms.items()
            if f not in self._headline_only
            and len(f.split()) > 1
            and f.split()[0].lower() == first
            and f.split()[-1].lower() == last
        }
        middles = {" ".join(f.split()[1:-1]).lower() for f in same} - {""}
        if len(middles) > 1:
            return name
        return max(same, key=lambda f: (same[f], f == name), default=name)

    def _headline_word_off(self, name: str) -> str:
        """A form met only in headlines whose first word is an everyday word is that word and a surname
        ("Derelict Kessler and Lusk;", "Furious Kessler slams ..."): the surname, to be completed."""
        words = name.split()
        if name in self._headline_only and len(words) == 2 and words[0].lower() in self._lower_case:
            return words[-1]
        return name

    def _written_often(self, fuller: str, name: str, ratio: int) -> bool:
        """Whether the corpus writes a fuller form of a name at least 1/`ratio` as often as the name itself.

        Two uses in `full_name`. A surname written bare across the corpus far more often than its one full
        form (`_BARE_RATIO`: "Kern" 78 times in articles that write "President Kern", "Ada Kern"
        once) is another bearer's: an article names a person in full where it first mentions them, and the
        article's own full name is taken before the corpus is asked (`speakers._in_full`). A further step
        (`_COMMON_RATIO`: "Josh Paler Lin" beside "Paler Lin") is the name only when written about as often;
        a description written once in front of it is not."""
        forms = self._names.get(self._key_of(name))
        return forms is not None and ratio * forms.get(fuller, 0) >= forms.get(name, 0)

    def _fuller(self, name: str) -> str:
        """One step of `full_name`: the most used multi-word form met for the name."""
        short = clean_name(name)
        forms = self._names.get(self._key_of(name))
        if not forms or not short.split()[-1][:1].isupper() or (" " not in short and many_people(short)):
            # a description ("lawyers", "the spokeswoman", "Officials" opening a sentence) is no surname to fill
            # in from elsewhere
            return short
        low = short.lower()
        words = len(short.split())
        # The tagger reads "Lawmakers Rip Ivo Kern As …" as the person "Rip Ivo Kern": a form met
        # only in headlines never lengthens a name that has its first name, nor stands for a surname when it
        # only adds words before a form the text writes ("Ivo Kern").
        written = [f.lower() for f in forms if f not in self._headline_only and " " in f]

        def usable(f: str) -> bool:
            if words > 1 and _generation(f) and not _generation(short):
                return False  # "Donald Kass Jr." is his son, not "Donald Kass" in full
            if words == 1 and f in self._kin_only:
                return False  # "Kass" is not "her husband, Ivo Kass", whom the corpus names only as such
            if f not in self._headline_only:
                return True
            return words == 1 and not any(f.lower().endswith(" " + w) for w in written)

        # A name written with its first name is not lengthened in front by a form written far less often, and
        # such a form is that name: "Cheeto Ivo Kern", once, is a word the tagger swallowed into the name
        # written hundreds of times (but "Ada Lin Varga Kessel" once against "Varga Kessel" ten times is her
        # name in full).
        own = forms.get(short, 0) if words > 1 else 0
        has_first = words > 1 and short[:1].isupper()  # "de Blasio" has none: "Bill" may complete it
        inner = [
            (count, f)
            for f, count in forms.items()
            if " " in f and low.endswith(" " + f.lower()) and count > _FRONT_RATIO * own
        ]
        if inner:
            return max(inner)[1]
        longer = [
            (count, f)
            for f, count in forms.items()
            if len(f.split()) > words
            and (f.lower().endswith(low) or f.lower().startswith(low + " "))
            and usable(f)
            and (own <= _FRONT_RATIO * count or not f.lower().endswith(" " + low))
            and not self._describe(_added(f, short), everyday=has_first or f in self._headline_only)
        ]
        if not longer:
            return short
        return max(longer, key=lambda cf: (cf[0], len(cf[1])))[1]

    def _name_part(self, name: str) -> str:
        """A person's name without the words in front that describe them: "Moderator Ana Lusk", "Harbour
        Rival Ana Lusk", "Rabbi Ana Lusk", "N.V. Ana Lusk" are "Ana Lusk" (the tagger took the description into
        the name; a dotted abbreviation before a first name and a surname is a place's, not initials). Only
        when a name remains, a first name and a surname made of no everyday word, the first no initial ("Mark
        S. Lusk" stays whole); a description of no one by name ("senior Norland Health Ministry official") and
        a headline read as a name ("Lusk Sounds Weirdly Calm") stay as written."""
        words = clean_name(name).split()
        for at in range(len(words) - 3, -1, -1):
            rest = words[at + 1 :]
            named = all(w[:1].isupper() for w in rest) and not self._describe(rest)
            abbreviation = "." in words[at][:-1]  # "Cresskill, N.J. Roger Ailes": a place's, not initials
            if named and (abbreviation or self._describe(words[at : at + 1])) and not rest[0].endswith("."):
                return " ".join(rest)
        return " ".join(words)

    def _describe(self, words: list[str], *, everyday: bool = True) -> bool:
        """Whether words written with a name describe its bearer rather than name them: a title or role
        ("Senator", "Moderator"), a possessive ("Dahl’s"), or
        (`everyday`) a word the corpus writes in lower case elsewhere ("Condemn", "Follow"). `everyday` is
        off for the first name that completes a bare surname ("Will" and "Bill" are first names too, of "Ostrava"
        and of "de Blasio" alike)."""
        for word in words:
            low = word.lower()
            if low in TITLE_WORDS or low in ROLE_NOUNS or low.endswith(("’s", "'s")):
                return True
            if everyday and low in self._lower_case:
                return True
        return False

    def _who(self, name: str) -> str:
        """Which bearer of a surname a name stands for: the first name of its fullest form in the corpus
        ("Mr. Guajardo Villarreal" is "Ildefonso Guajardo Villarreal"; "Lusk" the Lusk named most)."""
        if name not in self._who_of:
            words = clean_name(name).split()
            while len(words) > 1 and (words[0].lower() in TITLE_WORDS or words[0].endswith(".")):
                words = words[1:]  # "Mr. Marin Vold": the name after the title
            self._who_of[name] = _first_name(self.full_name(" ".join(words)))
        return self._who_of[name]

    def _bearers(self, key: str) -> dict[str, Counter[str]]:
        """The side evidence of each bearer of a surname (by first name; "" for descriptions)."""
        if key not in self._by_bearer:
            pooled: dict[str, Counter[str]] = {self._who(n): Counter() for n in self._names.get(key, ())}
            for given, counts in self._said.get(key, {}).items():
                pooled.setdefault(self._who(given), Counter()).update(counts)
            self._by_bearer[key] = pooled
        return self._by_bearer[key]

    def side(self, name: str) -> str | None:
        """The side most often given for this person in the corpus.

        Two people may share a surname ("Ana Lusk" and "Per Lusk", a politician and a relative): the
        evidence given with one full name is not the other's, and evidence given with the surname alone
        goes to the person the corpus names most often by it.
        """
        key = self._key_of(name)
        me = self._who(name)
        bearers = self._bearers(key)
        if len((set(bearers) | {me}) - {""}) <= 1:
            sides = sum(bearers.values(), Counter())  # one person by that surname: all its evidence
        else:
            sides = bearers.get(me, Counter())
        if not sides:
            return None
        ranked = sorted(sides.items(), key=lambda kv: (not is_generic_side(kv[0]), kv[1]), reverse=True)
        return ranked[0][0]


_LOWER_WORD = re.compile(r"(?<![\w.’'-])[a-z][a-z’'-]*")
_CAPITAL_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z’'-]+")  # capitalised after a lower-case word or comma


def words_in_lower_case(texts: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The corpus's everyday words, and every word it writes in lower case at all.

    Everyday words are those written in lower case more often than capitalised inside a sentence. A person's
    name is not made of them ("Moderator", "Condemn"); a first name that is also a word ("Will", "Frank") is
    written capitalised at least as often in a corpus that names its bearer. A word written in lower case at
    all ("states") is no surname the tagger lower-cased (`People.surname_as_written`)."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for text in texts:
        lower.update(_LOWER_WORD.findall(text))
        capital.update(w.lower() for w in _CAPITAL_INSIDE.findall(text))
    return frozenset(w for w, n in lower.items() if n > capital.get(w, 0)), frozenset(lower)


def _added(fuller: str, short: str) -> list[str]:
    """The words a fuller form of a name adds to it, in front or behind ("Ivo" of "Ivo Brenner Kass")."""
    words, inner = fuller.split(), len(short.split())
    return words[:-inner] if fuller.lower().endswith(short.lower()) else words[inner:]


def _generation(name: str) -> bool:
    """Whether a name ends with a generation ("<Name> Jr.", "<Name> III")."""
    return len(without_generation(name.split())) < len(name.split())


def _first_name(name: str) -> str:
    """The first word of a person's full name, lower case; "" for a name of one word, a title and a
    surname ("Mr. Lusk"), or a description that is no name ("local health officials", whose evidence
    stays pooled under its last word)."""
    written = clean_name(name).split()
    words = [w.lower() for w in written]
    if len(words) < 2 or words[0] in TITLE_WORDS or words[0].endswith("."):
        return ""
    if not all(w.strip(NICKNAME_MARKS)[:1].isupper() for w in written):
        return ""  # (a nickname in quotes is a name's word: 'Robert C. "Bobby" Kern')
    return words[0]
