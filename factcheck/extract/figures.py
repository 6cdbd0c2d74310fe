"""Figures in a sentence: each numeral's value, what it counts, whether it is a bound or a range, what
happened to the counted things and whose they are ("at least 500 people killed", "12 <Force> soldiers").
Split from `features.py` (which records them with the rest of a claim's structure); nothing here reads
anything but the parse. What a numeral counts and whose the counted are is read in `counted.py`.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from spacy.tokens import Token

from factcheck.extract.counted import (
    CASUALTY_WORDS,
    counted_before,
    death_toll,
    may_count_people,
    number_of,
    of_persons,
    owner_of,
    participle_of,
    subject_done_to,
    there_were,
)
from factcheck.extract.estimates import CROWD_WORDS, TOLL_WORDS, estimate_of
from factcheck.extract.spelled import spelled_value, starts_within

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SUFFIXED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|bn|b)$", re.IGNORECASE)
_SUFFIXES = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9}
# Numbers written out are read by `spelled.py` first; "dozen" is the one word it does not read.
_WORD_NUMBERS = {"dozen": 12}
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Words before a number that make it a bound or an estimate rather than an exact count.
_LOWER_BOUND = frozenset("least more over above exceeding upwards beyond".split())
_UPPER_BOUND = frozenset("most less fewer under below".split())
_NEGATED_BOUNDS = {"more": "<=", "over": "<=", "less": ">=", "fewer": ">="}
_APPROXIMATE = frozenset("about around approximately roughly some estimated nearly almost close".split())
_NOT_COUNTS = frozenset(("DATE", "TIME", "ORDINAL", "MONEY"))
# "to-300", the second half of a hyphenated range as the tokenizer leaves it.
_HYPHEN_RANGE = re.compile(r"^to[-–](\d[\d,]*(?:\.\d+)?)$")
# Nouns that place a figure on a scale rather than name what it counts: "the low end of the range".
_SCALE_NOUNS = frozenset("spectrum range end estimate figure mark level scale bracket".split())


_SLASHED = re.compile(r"\d/\d")  # digits joined by a slash: a date or a share
# The parts a share is counted in: "two-thirds of the delegates", "two thirds of the town" are no count.
_FRACTIONS = frozenset(
    "half halves third thirds quarter quarters fifth fifths sixth sixths eighth eighths tenth tenths".split()
)


def _share(tok: Token) -> bool:
    """A numeral that counts parts of a whole ("two-thirds", "two thirds of"), not things."""
    after = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 3]]  # "thirds", or "-" then "thirds"
    return bool(after) and (after[0] in _FRACTIONS or (after[0] == "-" and len(after) > 1 and after[1] in _FRACTIONS))


def _number_value(text: str) -> float | None:
    suffixed = _SUFFIXED.match(text)
    if suffixed:
        return float(suffixed.group(1).replace(",", "")) * _SUFFIXES[suffixed.group(2).lower()]
    match = _NUMBER.search(text)
    if match:
        try:
            return float(match.group().replace(",", ""))
        except ValueError:
            return None
    return float(_WORD_NUMBERS[text.lower()]) if text.lower() in _WORD_NUMBERS else None


# Nouns of an event done to what they count, by the verb they stand for: "the release of 200 girls" says what
# happened to the girls, whatever verb governs it ("to secure the release of ...").
# fmt: off
_EVENT_NOUNS = {
    "release": "release", "arrest": "arrest", "abduction": "abduct", "kidnapping": "kidnap", "killing": "kill",
    "death": "die", "murder": "murder", "execution": "execute", "evacuation": "evacuate", "rescue": "rescue",
    "capture": "capture", "detention": "detain", "deportation": "deport", "expulsion": "expel",
    "injury": "injure", "displacement": "displace",
}
# fmt: on

# Prepositions the tagger hangs a figure on ("said about two tonnes …", "said over 300 …"): `approximation`.
_BEFORE_A_FIGURE = _APPROXIMATE | {"over"}


def approximation(prep: Token) -> bool:
    """ "said about two tonnes of chlorine had leaked": the tagger reads "about" as a preposition of the saying
    (what was spoken of, like "said on Twitter"); before a numeral it says how many, and what follows is the
    claim."""
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return prep.dep_ == "prep" and prep.lower_ in _BEFORE_A_FIGURE and nxt is not None and nxt.like_num


def _governing_verb(tok: Token) -> str | None:
    """The lemma of the first verb above a token (what happened to the counted thing); an event noun the
    count hangs on by "of" stands for its verb ("to secure the release of 200 girls": release); a count the
    tagger hung on the saying by its "about" is the subject of the clause said ("said about two tonnes had
    leaked": leak)."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return _verb_lemma(cur) if cur.pos_ in ("VERB", "AUX") else None
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _EVENT_NOUNS:
            return _EVENT_NOUNS[cur.head.head.lemma_.lower()]
        if cur.dep_ == "pobj" and approximation(cur.head):
            said = next((c for c in cur.head.head.children if c.dep_ == "ccomp" and c.i > cur.i), None)
            if said is not None and said.pos_ in ("VERB", "AUX"):
                return _verb_lemma(said)
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return _verb_lemma(cur)
    return None


def _verb_lemma(verb: Token) -> str:
    """A verb's lemma, with the phrasal verbs of taking part read as one: "took part" is "participate" (not
    "take", a verb of seizing a place), "turned out" is "attend"."""
    lemma = verb.lemma_.lower()
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return "participate"
    if lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return "attend"
    return lemma


_MONTHS = frozenset("january february march april may june july august september october november december".split())
_PERIODS = frozenset("years decades months".split())


def span_of(tok: Token) -> str | None:
    """The span of time a figure adds up, read from what its verb (or counted noun) is tied to: "since" (killed
    13,000 since 2009, in the years since 2009, over the past five years), "year" (2,000 this year, in 2014
    alone, last year), "rate" (12 a year, every year); None for one event's count ("40 abducted on Saturday").
    Two figures of two spans are two counts, whatever they count."""
    anchors = [tok]
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        anchors.append(cur)
        if cur.pos_ in ("VERB", "AUX"):
            break
    for anchor in anchors:
        for child in anchor.children:
            found = _span_word(child)
            if found:
                return found
    return None


def _span_word(tok: Token) -> str | None:
    """ "since 2009" / "over the past years" / "in 2014" / "this year" / "a year" hung on a verb or noun."""
    low = tok.lower_
    objects = [g for g in tok.children if g.dep_ == "pobj"]
    if tok.dep_ == "prep" and low == "since":
        return "since"
    if tok.dep_ == "prep" and low in ("over", "in", "during", "for") and objects:
        obj = objects[0]
        if obj.lower_ in _PERIODS or any(g.dep_ == "prep" and g.lower_ == "since" for g in obj.children):
            return "since"  # "over the past five years", "in the years since 2009"
        month = obj.lower_ in _MONTHS and obj.text[:1].isupper()  # "in March", not "took part in the march"
        if (obj.like_num and obj.text.isdigit() and 1900 <= int(obj.text) <= 2100) or month:
            return "year"  # "in 2014 alone", "in March"
    if tok.dep_ in ("npadvmod", "pobj", "dobj") and tok.lower_ in ("year", "month"):
        dets = {g.lower_ for g in tok.children if g.dep_ in ("det", "amod")}
        if dets & {"this", "last", "past"}:
            return "year"  # "this year", "last year"
        if dets & {"a", "every", "each", "per"}:
            return "rate"  # "12 a year", "every year"
    if low in ("annually", "yearly"):
        return "rate"
    return None


def number_entry(tok: Token, back: bool = True) -> list[Any] | None:
    """[value, counted noun, bound, governing verb(, upper end of a range)] for one numeral.

    The bound is ">=" ("at least 17"), "<=" ("fewer than 40"), "~" ("about", "up to", "as many
    as": a rough size) or "=". Percentages count "percent", so "11%" and "11 per cent" compare.
    `back`: whether a figure set as "the figure" ("Police put the figure at 12,000") may take what the
    figure before it counted (`_figure_before`, which reads those figures with `back` off).
    """
    doc = tok.doc
    spelled = spelled_value(tok)  # "Twenty-five", "one hundred and twenty": the whole run of words
    value, end = spelled if spelled is not None else (_number_value(tok.text), tok.i)
    if value is None or (tok.lower_ in ("one", "a", "an") and end == tok.i) or _SLASHED.search(tok.text):
        return None  # "one of them"; a date, no count: "9/11-style", "24/7", "3/4 of"
    if _share(tok):
        return None  # a share, no count: "two-thirds of"
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in _MULTIPLIERS and value < 1000:
        value *= _MULTIPLIERS[nxt.lower_]
    window = doc[end + 1 : min(len(doc), end + 3)]  # after the whole number: "Twenty-five per cent"
    percent = "%" in tok.text or any(t.lower_ in ("%", "percent", "per", "pct") for t in window)
    if tok.ent_type_ in _NOT_COUNTS and not percent:
        return None
    head = tok.head
    while (head.like_num or _HYPHEN_RANGE.match(head.text)) and head.head.i != head.i and head.i != tok.i:
        head = head.head  # "100-to-300 range": the tagger may take "to-300" for the noun
    done_to = participle_of(tok)
    if done_to is None and (on_head := participle_of(head)) is not None and may_count_people(head):
        done_to = on_head  # "20 soldiers killed", "12 dead"; not "in three movies combined", "200 homes destroyed"
    counted: Token | None = None  # what "the number of <noun>" names, when the figure counts that
    persons = False  # "five of them": the numeral counts the persons a pronoun names
    bare = head.pos_ not in ("NOUN", "PROPN")  # the figure hangs on no noun of its own ("rose to 63")
    toll = bare and death_toll(tok.sent)  # ... in a sentence about a death toll: it counts the dead
    share_owner: str | None = None
    if percent:
        base, share_owner = _share_of(tok, end)
        noun: str | None = f"percent {base}" if base else "percent"
    elif done_to is not None:
        noun = "people"  # "500 killed", "12 dead": the numeral counts people
    elif _across_colon(tok, head):
        noun = None  # "500 killed ...: Health Ministry": a headline's source is not what is counted
    elif persons := bare and (of_persons(tok) or of_persons(doc[end]) or subject_done_to(tok)):
        noun = "people"  # "twelve thousand of us", "five of them", "only 40 were detained": persons
        if (elided := counted_before(tok)) is not None:
            noun, head = elided.lemma_.lower(), elided  # "5 <Force> soldiers were killed and 11 were injured"
    else:
        noun = None if bare else head.lemma_.lower()
        counted = number_of(tok.sent) if noun in _SCALE_NOUNS or noun is None else None
        if counted is not None and counted.lemma_.lower() in CASUALTY_WORDS:
            noun, done_to = "people", counted  # "confirming the number of dead at 20": as "20 dead"
        elif counted is not None:
            noun = counted.lemma_.lower()  # "the number of people killed at the low end of the 100-to-300 range"
            done_to = participle_of(counted)  # "the number of people killed has risen to 63": killed, not risen
        elif toll:
            noun = "people"  # "the death toll has risen to 63": 63 dead
    named_as = estimate_of(tok) if noun is None and counted is None and not toll else None
    told_before: list[Any] | None = None  # "Police put the figure at 12,000": the figure given before counts it
    if named_as is not None and named_as.lemma_.lower() in CROWD_WORDS:
        noun = "people"  # "put the turnout at 80,000": the people who came
    elif named_as is not None and named_as.lemma_.lower() in TOLL_WORDS:
        noun, toll = "people", True  # "the fire service put the toll at nine": nine dead
    elif named_as is not None and back and (told_before := _figure_before(tok)) is not None:
        noun = told_before[1]
    before = [t.lower_ for t in doc[max(tok.sent.start, tok.i - 3) : tok.i]]
    last = " ".join(before[-2:])
    words = set(before) | {c.lower_ for c in tok.children}
    negated = next((b for a, b in itertools.pairwise(before) if a in ("no", "not") and b in _NEGATED_BOUNDS), None)
    if negated is not None:  # "no more than 3,000" is at most 3,000; "no fewer than 40" at least 40
        bound = _NEGATED_BOUNDS[negated]
    elif last in ("up to", "as many", "many as") or words & _APPROXIMATE:
        bound = "~"
    elif words & _LOWER_BOUND and "most" not in words:
        bound = ">="
    elif words & _UPPER_BOUND:
        bound = "<="
    else:
        bound = "="
    if done_to is not None:
        verb: str | None = done_to.lemma_.lower()
    elif told_before is not None:
        verb = told_before[3]
    elif noun == "people" and toll:
        verb = "die"  # what the toll counts, not "rise" nor "put"
    elif named_as is not None and noun == "people":
        verb = "attend"
    elif counted is not None and bare:
        verb = None  # "the number of protesters rose to 5,000": what the protesters did is not told
    elif persons:
        verb = _governing_verb(doc[end])  # the numeral's own verb: "there were" of "twelve thousand of us"
    else:
        verb = _governing_verb(head if noun else tok)
    if noun == "people" and verb == "be" and there_were(head if head.pos_ in ("NOUN", "PROPN") else doc[end]):
        verb = "attend"  # "there were 12,000 of us", "there were 3,000 people": those who were there
    if percent and noun != "percent":  # a share of something: "won", "received" one share; "was", "stood at" one level
        verb = "win" if verb in _WIN_VERBS else "be" if verb in _LEVEL_VERBS else verb
    entry: list[Any] = [value, noun, bound, verb]
    upper = _range_end(doc[end])
    if upper is not None and upper > value:
        entry.append(upper)  # "400-500 metres", "150,000 to 200,000 people": a range
    owner = owner_of(head) if noun and head.i != tok.i and done_to is None and not percent else share_owner
    if owner is not None:
        entry.extend([None] * (5 - len(entry)) + [owner])  # [value, noun, bound, verb, upper or None, owner]
    return entry


# Verbs of winning a share of a vote: "<Name> won 58 percent" is <Name>'s share of the vote. Not "gain",
# "get" or "take": "shares gained 5 percent" is no vote, and "took 30 percent of the market" names its whole.
_WIN_VERBS = frozenset("win receive secure garner poll".split())
_PERCENT_WORDS = frozenset(("%", "percent", "cent", "pct"))
# Verbs that set a share at a level without telling more: "turnout was / stood at / reached 61 percent".
_LEVEL_VERBS = frozenset("be stand reach hit remain".split())


def _share_of(tok: Token, end: int) -> tuple[str | None, str | None]:
    """What a percentage is a share of, and whose share: "58 percent of the vote" → ("vote", None),
    "turnout was 61 percent" → ("turnout", None), "<Name> won 51 percent" → ("vote", "<Name>"). Two
    percentages of different things ("won 58 percent", "turnout was 61 percent") are two quantities,
    and two candidates' shares two counts, not answers to one."""
    doc = tok.doc
    sign = next((t for t in doc[end : min(len(doc), end + 3)] if t.lower_ in _PERCENT_WORDS), tok)
    base = next(
        (
            obj.lemma_.lower()
            for prep in sign.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN"
        ),
        None,
    )
    verb = sign.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return base, None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.lemma_.lower() in _WIN_VERBS:
        whose = subject.text if subject is not None and subject.pos_ == "PROPN" else None
        return base or "vote", whose
    if base is None and subject is not None and subject.pos_ == "NOUN":
        return subject.lemma_.lower(), None  # "turnout was 61 percent", "unemployment rose to 9 percent"
    return base, None


def _figure_before(tok: Token) -> list[Any] | None:
    """The last figure with a counted noun in the two sentences before the figure's, in its paragraph: what
    "the figure" in "Police put the figure at 12,000" stands for."""
    doc, sent = tok.doc, tok.sent
    for _ in range(2):
        if sent.start == 0:
            return None
        gap = doc.text[doc[sent.start - 1].idx : doc[sent.start].idx]
        if "\n\n" in gap or "\n \n" in gap:
            return None  # a new paragraph: the figure before is of another count
        sent = doc[sent.start - 1].sent
        entries = [
            entry
            for t in sent
            if (t.like_num or t.pos_ == "NUM") and not in_range(t) and (entry := number_entry(t, back=False))
        ]
        named = [entry for entry in entries if entry[1]]
        if named:
            return named[-1]
    return None


def _across_colon(tok: Token, head: Token) -> bool:
    """A colon lies between a numeral and its head: the parser joined a headline to its source."""
    low, high = sorted((tok.i, head.i))
    return any(t.text == ":" for t in tok.doc[low + 1 : high])


def _range_end(tok: Token) -> float | None:
    """The upper end when a numeral opens a range ("400-500", "5 to 10", "the 100-to-300 spectrum")."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–", "to") and doc[tok.i + 2].like_num:
        spelled = spelled_value(doc[tok.i + 2])  # "twenty to thirty-five"
        return spelled[0] if spelled is not None else _number_value(doc[tok.i + 2].text)
    joined = _HYPHEN_RANGE.match(doc[tok.i + 2].text) if tok.i + 2 < len(doc) else None
    if joined and doc[tok.i + 1].text in ("-", "–"):
        return _number_value(joined.group(1))  # "100-to-300": the tokenizer keeps "to-300" whole
    return None


def in_range(tok: Token) -> bool:
    """The numeral closes a range opened just before it, or follows another numeral."""
    doc = tok.doc
    if (tok.i > 0 and doc[tok.i - 1].like_num) or starts_within(tok):
        return True  # "2 million", "twenty-five", "one hundred and twenty": read with the first word
    return tok.i > 1 and doc[tok.i - 1].text in ("-", "–", "to") and doc[tok.i - 2].like_num
