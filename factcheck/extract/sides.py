"""Sides across a corpus: one name per organisation.

An acronym and its long form ("Long Name (LN)", read in `acronyms.py`) are one side; "X of Y" is the
same organisation as "X" when both were introduced with acronyms; a firm goes by its name without its
trade word. People, their fullest names and the sides carried with them, are in `people.py`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from factcheck.extract.acronyms import SMALL as _SMALL
from factcheck.extract.acronyms import definitions as _definitions
from factcheck.extract.acronyms import long_forms as _long_forms
from factcheck.extract.acronyms import names_a_body as _names_a_body
from factcheck.extract.acronyms import owners as _owners
from factcheck.extract.acronyms import spellings as _spellings
from factcheck.extract.lexicon import FIRM_WORDS, INSTITUTION_WORDS, MASTHEAD_WORDS, STATE_NOUNS
from factcheck.extract.names import clean_name


def party_name(name: str) -> str:
    """The party a state institution speaks for: "Kessland Defence Ministry", "Kessland Ministry of Health"
    → "Kessland"; not a body whose name says what it does ("Stone Research Office" is no office of "Stone")."""
    words = clean_name(name).split()
    lowered = [w.lower() for w in words]
    head = lowered.index("of") - 1 if "of" in lowered[1:] else len(words) - 1  # "<X> Ministry of Health"
    if (
        len(words) >= 2
        and head >= 1
        and lowered[head] in STATE_NOUNS
        and words[0][:1].isupper()
        and lowered[0] not in INSTITUTION_WORDS
        and all(w in INSTITUTION_WORDS or w in STATE_NOUNS for w in lowered[1:head])
    ):
        return words[0]
    return clean_name(name)


def is_generic_side(side: str | None) -> bool:
    """A side named only by a common noun ("ministry", "resistance"): weaker than a proper name."""
    return bool(side) and side == side.lower()  # type: ignore[union-attr]


# British and American spellings of the words institutions are named with, folded to one.
_SPELLINGS = {
    "theatre": "theater", "defence": "defense", "centre": "center", "labour": "labor",
    "organisation": "organization", "programme": "program", "honour": "honor",
}  # fmt: skip


def spelling_key(name: str) -> str:
    """A name folded for comparison: lower case, dotted acronyms closed ("U.S." → "us"), one spelling."""
    words = []
    for word in name.lower().replace("-", " ").split():
        if len(word) <= 8 and word.count(".") >= 2:
            word = word.replace(".", "")  # "u.s." / "u.n.": an acronym with dots
        words.append(_SPELLINGS.get(word, word))
    return " ".join(words)


def _key(name: str) -> str:
    return spelling_key(party_name(name))


_ADJECTIVE_ENDINGS = ("ese", "ian", "ean", "ish", "an", "ic", "i", "n")
_COUNTRY_ENDINGS = ("ia", "a", "e", "y", "o")


def _stems(word: str, endings: tuple[str, ...]) -> set[str]:
    out = {word}
    for end in endings:
        if word.endswith(end) and len(word) - len(end) >= 3:
            out.add(word[: -len(end)])
    return out


def _same_nation(a: str, b: str) -> bool:
    """A people's adjective and its country: "Valdorian" ~ "Valdoria", "Norlandic" ~ "Norland",
    "Sudmarkese" ~ "Sudmark", "Kenyan" ~ "Kenya", "Japanese" ~ "Japan"."""
    if " " in a or " " in b or a == b:
        return False
    short, long = sorted((a, b), key=len)
    if len(short) < 4 or len(long) - len(short) > 4:
        return False
    common = 0
    for x, y in zip(short, long, strict=False):
        if x != y:
            break
        common += 1
    if common >= len(short) - 1 and common >= 5:
        return True
    adjective = _stems(long, _ADJECTIVE_ENDINGS)
    country = _stems(short, _COUNTRY_ENDINGS)
    return any(len(x) >= 4 for x in adjective & country)


def same_nation(a: str, b: str) -> bool:
    """Public face of the nation test, for the camps reduce: "Chinese" ~ "China" (keys, any case)."""
    return _same_nation(spelling_key(a), spelling_key(b))


def _one_letter_apart(a: str, b: str) -> bool:
    """Two one-word names of six letters or more that differ by one dropped, added or swapped letter:
    a typo in the page ("Norlandic" ~ "Norlnadic", "Sudmarkese" ~ "Sudmarkse")."""
    if " " in a or " " in b or min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def typo_of(a: str, b: str) -> bool:
    """Public face of the typo test: two one-word names one letter apart ("Norlandic" ~ "Norlnadic")."""
    return _one_letter_apart(spelling_key(a), spelling_key(b))


def _initials(name: str) -> set[str]:
    """The capitals a multiword name abbreviates to: "United Nations" → "UN"; "Ministry of Defence" → "MD",
    "MOD"."""
    words = name.replace("-", " ").split()
    return _spellings(words) if sum(w.lower() not in _SMALL for w in words) >= 2 else set()


def _capitalised(name: str) -> bool:
    """Whether every word of a name but its small words is capitalised ("Workers' Front", "Ministry of Health")."""
    return bool(name) and all(w[:1].isupper() or w.lower() in _SMALL for w in name.split())


def _folded_words(name: str) -> list[str]:
    """A name's words folded for comparing its tail: one case, one spelling, no apostrophes ("Dockers’ Union"
    and "dockers union" alike)."""
    return [w for w in (spelling_key(w).replace("’", "").replace("'", "") for w in name.split()) if w]


# How a people's adjective ends ("Norlandian", "Sudmarkese", "Valdorish", "Kesslandi"): a name it qualifies
# ("<Adjective> Liberation Front") is the organisation named without it too.
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "an", "i")


# Last words of an organisation's name that also stand for it alone once it has been named: "the Kessland
# Workers' Front ... the Front said", "the Farmers' Union ... the Union said". State bodies are left to the
# camps (a bare "Ministry" is read there, with its owner).
SHORT_HEADS = frozenset(
    """front bloc congress assembly federation confederation league union party movement alliance coalition
    council committee organisation organization association society foundation institute commission board
    bureau network group campaign brigade brigades""".split()
)


# Bodies named after the portfolio they hold: "Department of <Portfolio>", "Ministry of <Portfolio>".
_PORTFOLIO_BODIES = ("department", "ministry", "office")


class SideNames:
    """Union of the names one organisation goes by; `canonical` gives its display name."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._counts: Counter[str] = Counter()
        self._display: dict[str, str] = {}
        self._acronyms: set[str] = set()
        self._portfolios: set[str] = set()  # "Justice" joined to "Department of Justice": shown by the latter
        self._owned: set[str] = set()  # acronyms of an owner's body ("<Country>'s ... (ACR)"): shown by the owner
        self._cache: dict[str, str] = {}
        self._firms: dict[str, tuple[str, str]] = {}  # a firm's name without its trade words -> (full key, written)

    def _find(self, key: str) -> str:
        self._parent.setdefault(key, key)
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        """Declare two names the same organisation."""
        ra, rb = self._find(_key(a)), self._find(_key(b))
        if ra != rb:
            self._parent[rb] = ra
            self._cache.clear()
        for name in (a, b):
            self._display.setdefault(_key(name), party_name(name))

    def _join_portfolios(self) -> None:
        """ "Water Safety" (of "Water Safety Secretary <Name>") is the "Department of Water Safety" (or "Water
        Safety Department") named elsewhere: a portfolio written before a title names the body that holds
        it. A portfolio held by two kinds of body (a ministry and a department) is left alone."""
        by_key = set(self._parent)
        for key in list(self._parent):
            shown = self._display.get(key, key)
            if not shown[:1].isupper() or shown.split()[0].lower() in _PORTFOLIO_BODIES:
                continue
            found = [[n for n in (f"{body} of {key}", f"{key} {body}") if n in by_key] for body in _PORTFOLIO_BODIES]
            kinds = [names for names in found if names]
            if len(kinds) == 1:  # "Department of Justice" and "Justice Department" alike; a ministry too is two
                for name in kinds[0]:
                    self.union(self._display.get(name, name), shown)
                self._portfolios.add(key)

    def add_acronyms(self, acronyms: dict[str, str]) -> None:
        """Join each acronym with its long form, and long forms that extend one another ("X of Y" ~ "X")."""
        for acronym, long in acronyms.items():
            if party_name(long) == clean_name(long):  # a state body's acronym does not rename its country
                self._acronyms.add(_key(acronym))
            self.union(acronym, long)
        longs = sorted({_key(v) for v in acronyms.values()}, key=len)
        for i, short in enumerate(longs):
            for longer in longs[i + 1 :]:
                if longer.startswith(short + " of ") or longer.startswith(short + " for "):
                    self.union(short, longer)

    def own(self, acronym: str, owner: str) -> None:
        """Declare an acronym the name of a body `owner` owns: the same side, shown by the owner's name (as a
        state body's acronym does not rename its country)."""
        self.union(owner, acronym)
        self._owned.add(_key(acronym))

    def count(self, name: str) -> None:
        """Note one use of a name, so the most used acronym becomes the display name."""
        key = _key(name)
        self._display.setdefault(key, party_name(name))
        self._counts[key] += 1
        self._find(key)
        self._cache.clear()

    def seen(self, name: str) -> bool:
        """Whether some speaker's side was this name ("<Place>'s foreign ministry" makes "<Place>" one)."""
        return self._counts.get(_key(name), 0) > 0

    def join_nations(self) -> None:
        """Join each people's adjective with its country's name, each acronym with the one long name seen
        whose initials spell it ("UN" ~ "United Nations"), and a portfolio with its department, among the
        names seen."""
        self._join_portfolios()
        by_initials: dict[str, set[str]] = defaultdict(set)
        for key in self._parent:
            shown = self._display.get(key, key)
            if shown[:1].isupper() or _names_a_body(shown):  # "ministry of rail affairs" is "MRA" too
                for letters in _initials(shown):
                    by_initials[letters].add(key)
        for key in list(self._parent):
            shown = self._display.get(key, key)
            letters = shown.replace(".", "")  # "U.N." abbreviates "United Nations" as "UN" does
            longs = by_initials.get(letters, set()) if letters.isupper() and 2 <= len(letters) <= 6 else set()
            if len(longs) == 1:
                self.union(shown, self._display.get(next(iter(longs)), next(iter(longs))))
                self._acronyms.add(key)
        keys = sorted(self._parent)
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if b[:3] != a[:3]:
                    break
                if _one_letter_apart(a, b) or (_same_nation(a, b) and not self._common_noun(a, b)):
                    self.union(a, b)
        by_last: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            shown = self._display.get(key, key)
            if len(shown.split()) > 1 and shown[:1].isupper():
                by_last[shown.split()[-1].lower()].append(key)
        for key in keys:  # "the Times said": the one outlet named in full whose masthead word it is
            shown = self._display.get(key, key)
            full = by_last.get(shown.lower(), []) if shown.lower() in MASTHEAD_WORDS and shown.istitle() else []
            if len(full) == 1:
                self.union(self._display.get(full[0], full[0]), shown)
        self._join_short_forms(keys)
        self._join_firm_names(keys)
        for key in keys:  # "Sudmarkese Front of Valdor" is the "Front of Valdor" named elsewhere
            shown = self._display.get(key, key)
            first, _, rest = shown.partition(" ")
            adjective = first.endswith(_DEMONYM_ENDINGS) and first[:1].isupper()
            named = len(rest.split()) >= 2 and rest[:1].isupper() and _key(rest) in self._parent
            if adjective and named and not _names_a_body(rest):
                self.union(rest, shown)

    def _join_short_forms(self, keys: list[str]) -> None:
        """ "the Front said", "the Workers' Front said", "the dockers' union said": the one body named in full
        elsewhere whose last words these are ("the Kessland Workers' Front", "the Velm Dockers' Union"), shown
        by its full name. Only names that end in an organisation's head word, written in capitals or, of two
        words or more, in lower case: "the union" or "the network" alone may be any union or network, and
        "<Name> campaign" is its owner's, as the camps read it. When two bodies end alike ("Popular Front",
        "National Front"), the short form is nobody's."""
        shown = {key: self._display.get(key, key) for key in keys}
        tails: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for key, name in shown.items():
            if _capitalised(name):
                words = _folded_words(name)
                for cut in range(1, len(words)):
                    tails[tuple(words[cut:])].add(key)
        for key, name in sorted(shown.items(), key=lambda kv: (-len(kv[1].split()), kv[0])):  # longer first:
            words = _folded_words(name)  # "Workers' Front" joins its full name before "Front" asks whose it is
            lower = name == name.lower() and len(words) >= 2  # "the dockers' union"; "the union" is any union
            if not words or words[-1] not in SHORT_HEADS or not (_capitalised(name) or lower):
                continue
            longer = tails.get(tuple(words), set())
            if longer and len({self._find(k) for k in longer}) == 1:
                full = max(longer, key=lambda k: (len(k), k))
                self.union(shown[full], name)
                self._portfolios.add(key)  # shown by the full name, as a portfolio is by its department

    def _join_firm_names(self, keys: list[str]) -> None:
        """ "<Name> said" after "<Name> Mining" or "<Name> Shipping Ltd": a firm is called by its name without
        the words that say what trade it is in, as papers do on second mention. Joined only when one firm
        named in full begins so and the short name goes by no other name already (a country joined to its
        people's adjective is not its shipping line: "<Country> said" beside "<Country> Shipping" stays apart).
        The short forms are kept for `firm_short_form`: a one-word name the tagger took for a person's."""
        firms: dict[str, set[str]] = defaultdict(set)
        written: dict[str, str] = {}
        for key in keys:
            words = self._display.get(key, key).split()
            cut = len(words)
            while cut > 1 and words[cut - 1].lower().strip(".,") in FIRM_WORDS:
                cut -= 1
            if cut < len(words) and _capitalised(" ".join(words[:cut])):
                firms[_key(" ".join(words[:cut]))].add(key)
                written[_key(" ".join(words[:cut]))] = " ".join(words[:cut])
        self._firms = {
            short: (next(iter(full)), written[short])
            for short, full in firms.items()
            if len(full) == 1 and short not in full
        }
        for short in self._firms:
            if short in self._parent:
                self.firm_short_form(self._display.get(short, short))

    def firm_short_form(self, name: str) -> str | None:
        """The short form `name` is of one firm named in full (`_join_firm_names`), as the firm's name writes it
        ("<Name>" of "<Name> Mining", whatever the case of `name`), now joined to the firm; None for any other
        name, a people's adjective or a name that already goes by another name (a country and its people)."""
        short = _key(name)
        full, shown = self._firms.get(short, (None, ""))
        if full is None or shown.endswith(_DEMONYM_ENDINGS):
            return None
        if short in self._parent and any(self._find(k) == self._find(short) for k in self._parent if k != short):
            return shown if self._find(full) == self._find(short) else None
        if any(_same_nation(short, k) for k in self._parent):
            return None  # "<Country>" beside "<Country>n officials": the country, not its firm
        self.union(self._display.get(full, full), name)
        return shown

    def _common_noun(self, a: str, b: str) -> bool:
        """Whether one of two names is a common noun and the other a name ("governor" / "Governorate",
        "congressman" / "Congress": an office as a side, extractor 232, begins like a body's name), which no
        people's adjective and its country are: both are written with capitals. (A typo's test, one letter
        apart, still joins "jihadist" and a sentence's opening "Jihadists".)"""
        return is_generic_side(self._display.get(a, a)) != is_generic_side(self._display.get(b, b))

    def canonical(self, name: str | None) -> str | None:
        """The display name of the organisation `name` belongs to."""
        if not name:
            return None
        key = _key(name)
        if not key:
            return None
        if key in self._cache:
            return self._cache[key]
        self._display.setdefault(key, party_name(name))
        root = self._find(key)
        members = [k for k in self._parent if self._find(k) == root]
        acronyms = [k for k in members if k in self._acronyms and k not in self._owned]
        pool = acronyms or [k for k in members if k not in self._portfolios and k not in self._owned] or members
        best = max(pool, key=lambda k: (self._counts[k], -len(k)))
        self._cache[key] = self._display.get(best, name)
        return self._cache[key]


def build_side_names(texts: Iterable[str]) -> SideNames:
    """Side names with every acronym defined in the corpus joined to its long form."""
    names = SideNames()
    acronyms: dict[str, str] = {}
    owners: dict[str, str] = {}
    for text in texts:
        defined = _definitions(text)
        for acronym, long in _long_forms(defined).items():
            acronyms.setdefault(acronym, long)
        for acronym, owner in _owners(defined).items():
            owners.setdefault(acronym, owner)
    names.add_acronyms(acronyms)  # at once, so long forms from different articles meet
    for acronym, owner in sorted(owners.items()):
        names.own(acronym, owner)
    return names
