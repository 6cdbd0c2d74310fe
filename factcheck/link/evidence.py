"""What linking compares in a claim, and the pairwise signals that questions and stances are built on.

Each claim is reduced once to a `Profile`: its party (camp), speaker, whether it rejects a claim
and whose, which predicates it asserts or negates, its figures (what they count, bounds and
ranges) and where things happened. The helpers here compare two profiles: figures of the same
measure that can or cannot both hold, one thing put in two places, a rejection aimed at the
other's party, a topic in common beyond a name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.extract.lexicon import REPORTING_VERBS
from factcheck.link.claim_words import ClaimWords
from factcheck.link.lexicon import COUNT_KINDS, DEATH_NOUNS, FRAME_OF
from factcheck.link.parties import Parties, label_tokens, stem
from factcheck.link.people_counted import as_that_kind, one_kind
from factcheck.model import Claim

# Words that name a claim as hearsay without rejecting it: "a rumour surfaced" denies nothing.
HEARSAY = frozenset("rumour rumor rumours rumors".split())
# Verbs too light to carry a proposition: "could not be more excited" negates nothing anyone claimed.
_LIGHT = frozenset("be have do say get make go come seem".split())
# ...but a copula with its complement does ("the figure is not true", "he is worth eight figures"): the
# predicate is the two together.
_COPULAS = frozenset("be seem".split())
# ...and "make" of money or gains carries one ("he did not make $9 million"), whatever spaCy takes for its
# object ("made $9 million trading stocks" gives "stock"). On the FNC-1 stance clusters the two readings
# turned 13 members' stances (a fortune its owner denies making, a vision a bishop calls hallucinations;
# "have" turned 23 more, wrongly: "we have no idea") and competes lift went 1.188 -> 1.191.
_HEAVY_LIGHT = frozenset({"make"})
_BOUNDS = {"=": (0.97, 1.03), "~": (0.7, 1.3)}
COPY_MIN_WORDS = 4  # a claim of fewer content words is too short to tell a copy from a coincidence
ALIKE_MIN = 0.75  # two claims sharing this share of their content words (and their polarity) say one thing


@dataclass(frozen=True)
class Profile:
    """What linking compares in one claim."""

    index: int
    article: str
    speaker: str | None
    party: str | None
    denies: bool
    negated: bool
    targets: tuple[str, ...]
    names_of_source: frozenset[str]
    numbers: tuple[tuple[float, float, str, str, str | None, str | None], ...]  # low, high, noun, bound, verb, owner
    locatives: tuple[tuple[str, str], ...]
    places: frozenset[str]
    words: frozenset[str]
    names: frozenset[str]
    name_words: frozenset[str]
    topic_words: frozenset[str]  # its context words that are not part of a name
    frames: frozenset[str]  # event classes of its words (and borrowed words)
    context: frozenset[str]  # its words, and those of the claim it answers when it is short
    says_not: frozenset[tuple[str, str | None]] = frozenset()  # (predicate, subject) it negates
    says_so: frozenset[tuple[str, str | None]] = frozenset()  # (predicate, subject) it asserts
    kinds: frozenset[tuple[str, str]] = frozenset()  # (named subject, what it is): ("ada", "ferry")
    written: str | None = None  # its speaker as the claim writes it ("DNA tests"), for reasons
    span: str | None = None  # the span of time its figures add up ("since", "year", "rate"; None: one event's)


def build_profiles(claims: Sequence[Claim], parties: Parties, words: ClaimWords | None = None) -> list[Profile]:
    """One profile per claim; a claim without a side takes the party of whoever it shows denying."""
    by_stem: dict[str, str] = {}
    for label in parties.members:
        for member in parties.members[label]:
            for token in label_tokens(member):
                by_stem.setdefault(stem(token), label)
    words = words or ClaimWords.of(claims)
    prev = words.previous
    out = []
    for i, claim in enumerate(claims):
        f = claim.features
        party = parties.of(claim.camp or claim.side)  # the camp, once attribution knows it
        if party is None:
            party = _party_of_deniers(f.get("deniers", ()), by_stem, parties)
        speaker = claim.speaker.strip().lower() if claim.speaker else None
        source_names: frozenset[str] = parties.names(party) if party else frozenset()
        if speaker:
            source_names = source_names | {speaker, stem(speaker.split()[-1])}
        numbers = tuple(
            _number(entry, _owner_party(entry, by_stem, parties))
            for entry in f.get("numbers", ())
            if len(entry) >= 3 and entry[1]
        )
        own = frozenset(words.terms[i])
        context = own | frozenset(words.terms[prev[i]]) if i in prev and words.short[i] else own
        names = frozenset(words.names[i])
        says_not, says_so = predicates(f.get("predicates", ()))
        out.append(
            Profile(
                index=i,
                article=claim.article,
                speaker=speaker,
                written=claim.speaker.strip() if claim.speaker else None,
                party=party,
                denies=bool(f.get("denies")) and not set(f.get("denials", ())) <= HEARSAY,
                negated=bool(f.get("negated")),
                targets=tuple(f.get("denial_targets", ())),
                names_of_source=source_names,
                numbers=numbers,
                locatives=tuple((str(p), str(q)) for p, q in f.get("locatives", ())),
                places=frozenset(f.get("places", ())),
                words=own,
                names=names,
                name_words=(name_words := frozenset(t for n in names for t in n.split())),
                topic_words=context - name_words,
                frames=frozenset(words.frames[i] | words.frames[prev[i]])
                if context is not own
                else frozenset(words.frames[i]),
                context=context,
                says_not=says_not,
                says_so=says_so,
                kinds=frozenset(
                    (str(e["subj"]), str(kind))
                    for e in f.get("predicates", ())
                    if e.get("subj")
                    for kind in e.get("subj_kind", ())
                ),
                span=f.get("span") if numbers else None,
            )
        )
    kinds = one_kind([p.numbers for p in out])  # "12 workers", "19 people": one count when only workers are counted
    return [replace(p, numbers=as_that_kind(p.numbers, kinds)) if p.numbers else p for p in out]


def copular(lemma: str) -> bool:
    """Whether a predicate's lemma is a copula with its complement ("be worth"), as `predicates` writes it."""
    return " " in lemma


def predicates(
    entries: Sequence[dict],
) -> tuple[frozenset[tuple[str, str | None]], frozenset[tuple[str, str | None]]]:
    """(lemma, subject) of the content predicates it negates, and of those it asserts, light verbs left out
    but for a copula with its complement ("be worth") and "make" (one pass over the predicates for both)."""
    negated: list[tuple[str, str | None]] = []
    asserted: list[tuple[str, str | None]] = []
    for e in entries:
        lemma = e.get("lemma")
        if not lemma:
            continue
        if lemma in _COPULAS and e.get("obj"):
            lemma = f"{lemma} {e['obj']}"
        elif lemma in _LIGHT and lemma not in _HEAVY_LIGHT:
            continue
        (negated if e.get("neg") else asserted).append((str(lemma), e.get("subj")))
    return frozenset(negated), frozenset(asserted)


def contradicts(a: Profile, b: Profile) -> bool:
    """One of the two negates a predicate the other asserts, of one subject: "the dam was not breached"
    against "the dam was breached", or "the ferry did not sink" against "the ferry Ada sank" (a named subject
    answers to what it is said to be, `Profile.kinds`)."""
    return _negates(a, b) or _negates(b, a)


def _negates(a: Profile, b: Profile) -> bool:
    """`a` negates a predicate `b` asserts, of the same subject or of a named one and what it is said to be."""
    if a.says_not & b.says_so:
        return True
    for lemma, subject in a.says_not:
        for other_lemma, other in b.says_so:
            if lemma != other_lemma or not (subject and other):
                continue
            if (other, subject) in b.kinds or (subject, other) in a.kinds:  # "the ferry" / "the ferry Ada"
                return True
    return False


def _party_of_deniers(deniers: Sequence[str], by_stem: dict[str, str], parties: Parties) -> str | None:
    for name in deniers:
        for token in label_tokens(name):
            party = by_stem.get(stem(token))
            if party is not None and party in parties.contenders:
                return party
    return None


def _owner_party(entry: Sequence[object], by_stem: dict[str, str], parties: Parties) -> str | None:
    """Whose things a figure counts ("12 Sudmark soldiers"): the party the name is one of, else the name
    as written. A name that is nobody's side still says whose losses are counted: "5 <Force> soldiers"
    and "two soldiers" beside another army's colonel are two counts, not two answers to one."""
    if len(entry) < 6 or not entry[5]:
        return None
    owner = str(entry[5])
    party = parties.of(owner)
    if party is None:
        found = {by_stem.get(stem(token)) for token in label_tokens(owner)} - {None}
        party = parties.of(found.pop()) if len(found) == 1 else None
    return party or owner


def _number(entry: Sequence[object], owner: str | None = None) -> tuple[float, float, str, str, str | None, str | None]:
    """(low, high, noun, bound, verb, owner) from a features entry [value, noun, bound, verb(, upper(, owner))]
    and the party the owner names (None when it names none)."""
    value = float(entry[0])  # type: ignore[arg-type]
    upper = float(entry[4]) if len(entry) > 4 and entry[4] is not None else value  # type: ignore[arg-type]
    verb = str(entry[3]) if len(entry) > 3 and entry[3] else None
    if verb in REPORTING_VERBS or verb in _LIGHT:
        verb = None  # "confirmed 500 people", "there were 300 people": the count is of what happened
    noun = str(entry[1])
    if noun in DEATH_NOUNS:
        noun, verb = "people", "kill"  # "17 deaths" counts what "17 people were killed" counts
    return value, upper, noun, str(entry[2]), verb, owner


def interval(low: float, high: float, bound: str) -> tuple[float, float]:
    if bound == ">=":
        return low, float("inf")
    if bound == "<=":
        return 0.0, high
    down, up = _BOUNDS.get(bound, _BOUNDS["="])
    return low * down, high * up


def same_measure(
    noun_a: str,
    verb_a: str | None,
    noun_b: str,
    verb_b: str | None,
    owner_a: str | None = None,
    owner_b: str | None = None,
) -> bool:
    """Two numbers count the same thing: same noun, of the same party's (or nobody's named), and no two
    different things done to it (verbs of one event class, but not the killed and the wounded, the seized
    and the freed: `COUNT_KINDS`)."""
    if noun_a != noun_b or owner_a != owner_b:
        return False
    if verb_a is None or verb_b is None or verb_a == verb_b:
        return True
    kind_a, kind_b = COUNT_KINDS.get(verb_a), COUNT_KINDS.get(verb_b)
    if kind_a is not None and kind_b is not None and kind_a != kind_b:
        return False
    return bool(set(FRAME_OF.get(verb_a, ())) & set(FRAME_OF.get(verb_b, ())))


def compare_numbers(a: Profile, b: Profile) -> tuple[str, str] | None:
    """("conflict" | "agree", "17 vs 40 death") for numbers of the same thing in both claims (a total over
    a span of time and one event's count are not the same thing)."""
    if a.span != b.span:
        return None
    found: tuple[str, str] | None = None
    for lo_a, hi_a, noun_a, bound_a, verb_a, owner_a in a.numbers:
        for lo_b, hi_b, noun_b, bound_b, verb_b, owner_b in b.numbers:
            if not same_measure(noun_a, verb_a, noun_b, verb_b, owner_a, owner_b):
                continue
            min_a, max_a = interval(lo_a, hi_a, bound_a)
            min_b, max_b = interval(lo_b, hi_b, bound_b)
            if max_a < min_b or max_b < min_a:
                return "conflict", f"{lo_a:g} vs {lo_b:g} {noun_a}"
            if found is None:
                found = ("agree", f"{lo_a:g} {noun_a}")
    return found


def places_differ(a: Profile, b: Profile) -> tuple[str, str] | None:
    """The same event placed in different places, when the two claims share no place at all."""
    if a.places & b.places or a.names & b.names & (a.places | b.places):
        return None
    for pred_a, place_a in a.locatives:
        for pred_b, place_b in b.locatives:
            if pred_a == pred_b and place_a != place_b:
                return place_a, place_b
    return None


def aims_at(denier: Profile, other: Profile) -> bool:
    """The denial names the other claim's party or speaker."""
    return bool(denier.targets) and not target_names(denier.targets).isdisjoint(other.names_of_source)


def target_names(targets: Sequence[str]) -> frozenset[str]:
    """The names a denial's targets are matched by against a claim's `names_of_source`: each target as
    written and the stems of its words ("Norland's claim" meets the party "Norlandic")."""
    return _target_names(tuple(targets))


@lru_cache(maxsize=8192)
def _target_names(targets: tuple[str, ...]) -> frozenset[str]:
    """`target_names`, worked out once per list of targets: a rejection is compared with each claim
    it is related to, and its targets' words were split and stemmed again for every one."""
    return frozenset(key for target in targets for key in (target, *(stem(t) for t in label_tokens(target))))


def printed_twice(a: Profile, b: Profile) -> bool:
    """One sentence in two articles, nearly word for word (`worded_alike`: a wire story lightly edited, a
    quotation cut at another word): enough content words to tell a copy from a coincidence, the same
    figures and polarity (12 dead is not 40 dead). Two articles that do draw on one source (a wire, a
    press release, one another), so each reports the same dispute rather than disputing the other.

    Nearly, not only exactly: on the FNC-1 stance benchmark (fnc4 harness) the competing links of
    article pairs that only nearly printed a sentence alike joined agreeing and disagreeing articles
    less often than chance; counting them as one source raised the lift (dev 1.029 -> 1.046, held out
    1.071 -> 1.095), the events unchanged. A copy is always among the strong bonds (`bonds.py` tells
    copies apart while it bonds each related pair: one pass, no second loop over 180k bonds).
    """
    return len(a.words) >= COPY_MIN_WORDS and len(b.words) >= COPY_MIN_WORDS and worded_alike(a, b)


def worded_alike(a: Profile, b: Profile) -> bool:
    """Whether two claims say one thing in (nearly) the same words: the same polarity and figures, and
    most content words in common ("We will not negotiate." in two articles, a quotation cut at another
    word). Whatever their speakers' camps, the two cannot answer one question differently.

    On the FNC-1 stance benchmark such pairs linked as competing never joined an agreeing and a
    disagreeing article (15 links over both halves of the fnc4 harness); the events had none.
    """
    small, large = sorted((len(a.words), len(b.words)))
    if not small or small < ALIKE_MIN * large:  # too few words in common, whatever they are
        return False
    if (a.negated, a.denies, a.numbers) != (b.negated, b.denies, b.numbers):
        return False
    return len(a.words & b.words) >= ALIKE_MIN * len(a.words | b.words)


# A figure that changed ("rose from 12 to 20", "revised down to 471") gives two values of one count that
# each held at a time: rival answers still, not a whole and its part.
_CHANGE = re.compile(
    r"\b(?:revis\w*|updat\w*|correct\w*|lower\w*|rais\w*|rose|ris(?:e|en|es|ing)|climb\w*|increas\w*|jump\w*|"
    r"drop\w*|fell|later|earlier|initial\w*|first|originally|from\s+(?:about\s+|at\s+least\s+)?[\d,.]+\s+to)\b",
    re.IGNORECASE,
)


def told_together(claims: Sequence[Claim]) -> dict[str, dict[frozenset[float], set[int]]]:
    """Per counted noun, the pairs of figures one claim gives for that count both ("Of the 40 scouts at the camp,
    nine came home ill": 40 and 9 scouts; "The 40 scouts were at the camp when nine fell ill"): both hold, so
    they are a whole and its part, never rival answers. A bare figure ("nine") counts the noun of the other figure; two
    things done to people ("17 killed and 40 wounded") are two counts, not one told twice; a figure that
    changed ("rose from 12 to 20") is left out. Each pair maps to the claims (by index) that give it."""
    pairs: dict[str, dict[frozenset[float], set[int]]] = {}
    for index, claim in enumerate(claims):
        entries = [e for e in claim.features.get("numbers", ()) if len(e) >= 3]
        if len(entries) < 2 or _CHANGE.search(claim.text):
            continue
        numbers = [_number([e[0], e[1] or "", *e[2:]]) for e in entries]
        for a, b in itertools.combinations(numbers, 2):
            noun = a[2] or b[2]
            if not noun or a[0] == b[0] or not same_measure(noun, a[4], b[2] or noun, b[4]):
                continue
            if a[2] and b[2] and a[2] != b[2]:
                continue
            pairs.setdefault(noun, {}).setdefault(frozenset((a[0], b[0])), set()).add(index)
    return pairs
