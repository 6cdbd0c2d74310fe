"""What answer a claim gives to the question it bears on: asserts, denies, or the value it states.

A question is anchored on one claim (its label is that claim's core clause). Every other member
takes its stance from the strongest signal it carries, in this order:

* a figure for the question's quantity: its value, normalised ("80,000", "at least 500",
  "100-300"); figures that can both hold (at least 471 and at least 500) share one stance;
* its camp: the anchor's camp asserts, an opposing contender camp denies (two camps on one
  point is the strongest opposition signal; polarity words are weak);
* for a claim of no camp (an outlet's own voice, a third party): the stance of the camp claim
  it is most closely bonded to (or of the anchor), turned round when one of the two rejects a
  claim (deny, reject, "false", "baseless") and the other does not, or one negates the very
  predicate the other asserts of the same subject, or they put one thing in two places.
  An outlet's own line whose stance only a rejection turned round against the anchor is a guess
  (what it rejects may be another thing than the anchor says): it is shown, but opposes no one.

A negation on its own is no opposition: "could not reach the villages" says nothing against
"the dam was breached", and two denials of one rumour agree.
Nothing here needs spaCy; everything comes from `Claim.features` and the claim's text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.lexicon import DENIAL_WORDS, NEGATION_WORDS
from factcheck.link.evidence import Profile, interval, same_measure
from factcheck.link.evidence import places_differ as located_apart

ASSERTS, DENIES = "asserts", "denies"
LABEL_CHARS = 90  # a question's label is at most this long (cut at a word)
NEIGHBOUR_MIN = 0.5  # a claim of no camp follows a camp member only when bonded to it this closely

_QUOTE = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
# Reporting verbs to strip before the claimed clause; those that also take a plain object ("claimed
# victory", "confirmed 500 deaths") only before "that". Verbs that carry a stance (deny, accuse) stay.
# "told" and whom: a phrase up to "that", a capitalised name ("told US News the ..."), or one word.
_TOLD = (
    r"told (?:[^,.:“\"]{1,60}?(?=\s+that\b)|(?-i:(?:the |a |an )?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})|"
    r"(?:(?:local|state|national|foreign|international|regional|public|official|independent|visiting) )?\w+)"
)
_VERBS = (
    rf"said|says|{_TOLD}|"
    r"added|stated|insisted|alleged|argued|maintained|declared|noted|wrote|tweeted|"
    r"(?:claim|confirm|announc|report)(?:ed|es|s)(?=\s+that\b)|"
    r"(?:admit(?:ted|s)|acknowledg(?:ed|es)|warn(?:ed|s)|assert(?:ed|s)|reveal(?:ed|s)|conced(?:ed|es)|"
    r"suggest(?:ed|s)|believ(?:ed|es)|estimat(?:ed|es)|explain(?:ed|s)|stress(?:ed|es)|emphasi[sz](?:ed|es)|"
    r"indicat(?:ed|es))(?=\s+that\b)|"
    r"(?:express|voic|rais)(?:ed|es) (?:\w+ )?(?:concerns?|fears?|hopes?|doubts?)(?=\s+that\b)"
)
_WHERE = r"(?:\s+(?:in|on|via) (?:a|an|the|his|her|its|their) [\w-]+(?: post)?)?"  # "in a statement"
# A verb in the passive reports nothing: "was declared clinically dead", "were told to leave".
_NOT_PASSIVE = r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bbe )"
_LEAD = re.compile(
    rf"^(?:according to [^,]{{1,80}},\s*|.{{1,100}}?{_NOT_PASSIVE}\b(?:{_VERBS}){_WHERE}"
    rf"(?:\s+(?:in|on|at) [^,“\"]{{1,30}}?(?= that\b))?(?:\s+that\b)?[\s:,]+)",
    re.IGNORECASE,
)
# A list item's number or bullet before a headline: "3. Norland claims victory".
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[-•*])\s+")
# Words that join a sentence to the one before it and say nothing of the claim: "Meanwhile, ...",
# "But ...". Adverbs only with their comma ("Earlier reports said" keeps its word).
_CONNECTIVE = re.compile(
    r"^(?:(?:and|but)(?:\s+(?:yet|also|still))?\s+(?!,)|(?:meanwhile|however|moreover|furthermore|nevertheless|"
    r"nonetheless|instead|still|also|earlier|later|separately|in addition|in turn|in response|on the other hand|"
    r"for (?:its|his|her|their) part)\s*,\s*)+",
    re.IGNORECASE,
)
# A dateline before a report: "ORSK, Norland, Sept. 26 (Reuters) — ", "VELDEN (AP) - ".
_DATELINE = re.compile(
    r"^(?-i:[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*)(?:,\s[A-Z][\w.]*(?: [A-Z][\w.]*)?)*"
    r"(?:,?\s(?-i:[A-Z][a-z]{2,})\.?\s\d{1,2})?\s*(?:\([^()]{1,30}\))?\s*[—–-]{1,2}\s+"
)
# A quotation that opens the sentence, then who said it: '"The dam will hold," the mayor, Ola Brun, said.'
_QUOTE_THEN_SPEAKER = re.compile(r"^[“\"]([^”\"]{12,}?)[,.]?[”\"],?\s+([^“”\"]+)$")
# A quotation split by who said it: '"We never left the dam," he said, "and we never will."'
_SPLIT_QUOTE = re.compile(
    r"^[“\"]([^”\"]{4,}?)([,.]?)[”\"],?\s+([^“”\"]{1,80}?),?\s+[“\"]([^”\"]{4,}?)[”\"]\.?$"
)
_SPEAKS = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|tweeted|stated|explained|insisted|argued)\b"
)
# What follows "says" is no claimed clause when it opens with a verb: "Everything X says is a lie",
# "the weapons it has, he added, are like …": the "says" sat inside the subject.
_VERB_FIRST = re.compile(
    r"(?:is|was|are|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)\b(?!-)"
)  # lower case only: "the minister said May had lost" names someone
# Nor when it opens with "to": "wrote to MPs to back …", "said to be unsafe" report no clause.
_NO_CLAUSE_FIRST = re.compile(r"to\b", re.IGNORECASE)
# A claimed clause that opens with a pronoun of a third party needs the lead that names it.
_PRONOUN_FIRST = re.compile(r"(?:he|she|it|they|his|her|its|their|them|him)\b", re.IGNORECASE)
# "The troops have disengaged, the army said ...": the claim comes first, the speaker after a comma.
_CLAUSE_THEN_SPEAKER = re.compile(r",\s+(?:the|a|an)\s", re.IGNORECASE)
_TAIL = re.compile(
    r",?\s*(?:according to [^,]{1,80}|[^,—–]{0,60}\b(?:said|says|added|claimed|told [^,]{1,40}|insisted|stated))"
    r"(?: [^,]{0,40})?\.?$",
    re.IGNORECASE,
)


# The same closing attribution taken apart: where one can begin (a verb, "according to"), and whether
# what follows that word runs to the end as `_TAIL` requires. See `_without_tail`.
_TAIL_WORD = re.compile(r"\b(?:said|says|added|claimed|told|insisted|stated)|according to", re.IGNORECASE)
_TAIL_REST = re.compile(
    r"(?:according to [^,]{1,80}|(?:said|says|added|claimed|told [^,]{1,40}|insisted|stated))(?: [^,]{0,40})?\.?$",
    re.IGNORECASE,
)


def _without_tail(core: str) -> str:
    """The clause without a closing attribution ("…, the army said."): what `_TAIL.sub` leaves of the
    last 150 characters, found from the few places a match can hinge on instead of trying every start.

    A match of `_TAIL` is an optional comma, spaces, then either "according to …" or up to 60 characters
    without a comma or dash before a verb, then a short end. So for each verb (or "according to") whose
    rest runs to the end, the earliest start is fixed: 60 characters back or just after the last comma or
    dash before it, then back over spaces and one comma. The leftmost of these is where `_TAIL` matches,
    and the regex is run there alone. (Its scan of every start took ~0.3 ms a claim, a tenth of linking
    20,000 claims; tests/test_stance_tail.py holds both to the same answer.)
    """
    head, tail = core[:-150], core[-150:]  # the attribution is at the end: search only there
    start = len(tail) + 1
    for word in _TAIL_WORD.finditer(tail):
        at = word.start()
        if not _TAIL_REST.match(tail, at):
            continue
        if word.group(0).lower() != "according to":  # a verb: up to 60 characters without a comma or dash
            stop = max(tail.rfind(",", 0, at), tail.rfind("—", 0, at), tail.rfind("–", 0, at))
            at = max(at - 60, stop + 1)
        while at > 0 and tail[at - 1].isspace():
            at -= 1
        if at > 0 and tail[at - 1] == ",":
            at -= 1
        start = min(start, at)
    if start > len(tail):
        return core  # no word a closing attribution could hinge on
    found = _TAIL.match(tail, start)
    if found is None:  # never seen (PolNeAR, the events, random strings); the regex decides then
        return head + _TAIL.sub("", tail, count=1)
    return head + tail[:start] + tail[found.end() :]


def _predicate_quoted(flat: str, quote: str) -> bool:
    """The quotation is the rest of the sentence's own clause, its subject outside: '<Name> "came to the
    conclusion he was not right for the part"' (lower case, right after a word that reports nothing and
    is no "that")."""
    at = flat.find(quote) - 1
    before = flat[:at].rstrip() if at > 0 else ""
    if not quote[:1].islower() or not before or before[-1] in ":,;—–-(":
        return False
    last = before.rsplit(" ", 1)[-1]
    return last.lower() != "that" and not _SPEAKS.search(last)  # 'said that “the dam …”' quotes a clause


@lru_cache(maxsize=65536)
def core_clause(text: str) -> str:
    """The part of a claim that is claimed, in its own words: the quote, or the text without "X said"."""
    flat = _CONNECTIVE.sub("", _NUMBERED.sub("", _DATELINE.sub("", " ".join(text.split()))))
    quotes = _QUOTE.findall(flat)
    longest = max(quotes, key=len) if quotes else ""
    opening = _QUOTE_THEN_SPEAKER.match(flat)
    split = _SPLIT_QUOTE.match(flat)
    if split is not None and _SPEAKS.search(split.group(3)):
        two = split.group(2) == "." or split.group(3).endswith(".")
        joint = ". " if two else " "  # one sentence cut in two, or two sentences
        core = f"{split.group(1)}{joint}{split.group(4)}"  # the quotation's halves, without who said them
    elif opening is not None and _SPEAKS.search(opening.group(2)) and len(opening.group(1).split()) >= 4:
        core = opening.group(1)  # the quotation the sentence opens with, however long who said it runs
    elif (
        len(longest) >= 0.5 * len(flat)
        and len(longest.split()) >= 4
        and not _VERB_FIRST.match(longest)
        and not _predicate_quoted(flat, longest)
    ):
        core = longest  # a direct quote is the claim; a quoted fragment ("X says fraud “would be …”") is not
    else:
        lead = _LEAD.match(flat)
        # "..., the army said" puts the claim first; a lead ending in "that" never does ("Since the storm
        # began, the army said that ...": the comma closes a clause of time).
        claimed_first = (
            lead is not None
            and _CLAUSE_THEN_SPEAKER.search(lead.group(0)) is not None
            and not lead.group(0).rstrip().lower().endswith(" that")
        )
        core = flat
        rest = flat[lead.end() :] if lead else ""
        if (
            lead
            and not claimed_first
            and len(rest.split()) >= 3
            and not _PRONOUN_FIRST.match(rest)
            and not _VERB_FIRST.match(rest)
            and not _NO_CLAUSE_FIRST.match(rest)
        ):
            core = rest  # "X said that ..." (but "X said their ..." needs X to say whose)
        core = _without_tail(core)  # "..., X said."
        if len(core.split()) < 3:
            core = flat
    core = core.strip(" .,;:—–")  # "… wrong —" when the sentence went on after a dash
    if core.count("“") != core.count("”") or core.count('"') % 2:
        core = core.replace("“", "").replace("”", "").replace('"', "")  # a quote cut in two by the sentence
    if len(core) > LABEL_CHARS:
        core = _ASIDE.sub(r"\1 ", core, count=1)  # "The front, which is made up of …, is all over the valley"
    if len(core) > LABEL_CHARS:
        core = _cut(core)
    return core[:1].upper() + core[1:]


# Words that say no, and the auxiliaries and adverbs written before them ("is categorically false").
_SAYS_NO = NEGATION_WORDS | DENIAL_WORDS
_AUXILIARIES = frozenset(
    "is are was were be been being has have had do does did will would can could may might must should shall".split()
)
_TAIL_CHARS = 45  # at most this much of a label is its tail
# A subject that is itself what someone claimed: "The suggestion that …", "Reports that …", "Claims that …".
_CLAIM_SUBJECT = re.compile(
    r"^(?:\w+\s+){0,3}?(?:suggestions?|claims?|reports?|allegations?|assertions?|accusations?|ideas?|notions?"
    r"|rumou?rs?|story|stories|statements?)\s+that\b",
    re.IGNORECASE,
)


# A relative clause set off by commas right after the subject says more about who or what it is, not
# what is claimed: a label too long for the list drops it first ("<Name>, who has led two such talks,
# said the border is closed"). Only after a subject of at most six words that opens the sentence, and
# before its verb: not an "-ing" word ("The official, who spoke on condition of anonymity, citing …") nor
# a word that goes on a list or a phrase ("<Name>, who was at the gate, and <Name> were seen …").
_ASIDE = re.compile(
    r"^((?:\S+\s+){0,5}\S+),\s+(?:which|who)\s+[^,;:“”\"]{3,120},\s+"
    r"(?=[a-z])(?!(?:the|a|an|and|or|but|as|in|on|at|to|for|of|with|from|by)\b)(?![a-z]*ing\b)"
)


def _cut(core: str) -> str:
    """A label cut to LABEL_CHARS at a word. When its subject is a claim ("The suggestion that …") and the
    words cut off say no ("… is categorically false"), they are kept after the head: cut after its
    subject, the label said the opposite of the claim."""
    head = core[:LABEL_CHARS].rsplit(" ", 1)[0]
    rest = core[len(head) :].split()
    bare = [w.strip(",.;:!?\"“”‘’()").lower() for w in rest]
    says_no = (k for k, w in enumerate(bare) if w in _SAYS_NO or w.endswith("n't") or w.endswith("n’t"))
    at = next(says_no, None) if _CLAIM_SUBJECT.match(core) else None
    if at is None:
        return head.rstrip(" ,;:") + "…"
    start = at
    while start > 0 and (bare[start - 1] in _AUXILIARIES or bare[start - 1].endswith("ly")):
        start -= 1  # "was never confirmed", "is categorically false"
    tail = ""
    for word in rest[start:]:
        if len(tail) + len(word) + 1 > _TAIL_CHARS:
            tail += "…"
            break
        tail = f"{tail} {word}".strip()
        if word.endswith((",", ";", ":")):
            break  # the clause ends
    tail = tail.rstrip(" ,;:")
    head = core[: LABEL_CHARS - len(tail) - 2].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{head}… {tail}"


def polarity(profile: Profile) -> bool:
    """True when the claim says no: it rejects a claim, or its main content predicate is negated."""
    return profile.denies or profile.negated


def format_value(low: float, high: float, bound: str) -> str:
    """A figure as the analyst reads it: "80,000", "at least 500", "about 450", "100-300"."""
    text = f"{low:,.0f}" if low == int(low) else f"{low:,g}"
    if high > low:
        top = f"{high:,.0f}" if high == int(high) else f"{high:,g}"
        return f"{text}-{top}"
    prefix = {">=": "at least ", "<=": "at most ", "~": "about "}.get(bound, "")
    return prefix + text


@dataclass(frozen=True)
class Measure:
    """The quantity a question asks about: the counted noun (and what happened to it)."""

    noun: str
    verb: str | None
    owner: str | None = None  # the party whose things are counted ("12 Sudmark soldiers")


def figure_for(profile: Profile, measure: Measure) -> tuple[float, float, str] | None:
    """The claim's figure for the measure, as (low, high, bound), or None when it gives none."""
    for low, high, noun, bound, verb, owner in profile.numbers:
        if same_measure(noun, verb, measure.noun, measure.verb, owner, measure.owner):
            return low, high, bound
    return None


def _compatible(a: tuple[float, float, str], b: tuple[float, float, str]) -> bool:
    min_a, max_a = interval(*a)
    min_b, max_b = interval(*b)
    return not (max_a < min_b or max_b < min_a)


def value_stances(figures: dict[int, tuple[float, float, str]]) -> dict[int, str]:
    """Each figure's stance: figures that can both hold (with the first of them) share one, named
    for the figure most of them give ("80,000"; "at least 500"; "10,000-12,000" for 10,000 and about 12,000)."""
    groups: list[tuple[tuple[float, float, str], list[int]]] = []
    for index in sorted(figures, key=lambda i: (-_precision(figures[i]), i)):
        fig = figures[index]
        for head, members in groups:
            if _compatible(head, fig):
                members.append(index)
                break
        else:
            groups.append((fig, [index]))
    named = [(_group_name([figures[k] for k in members]), members) for _, members in groups]  # once a group
    return {i: name for name, members in named for i in members}


def _group_name(figures: list[tuple[float, float, str]]) -> str:
    """The figure most members give; on a tie, the span of them (a floor: the head's, the one given first
    among the most precise), so a "500" claim is not shown as "at least 471" when "at least 500" is
    given as often."""
    counts = Counter(format_value(*fig) for fig in figures)
    ranked = counts.most_common(2)
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    low = min(fig[0] for fig in figures)
    if all(bound == ">=" for _, _, bound in figures):
        return format_value(*figures[0])
    high = max(max(fig[0], fig[1]) for fig in figures if fig[2] != ">=")
    return format_value(low, high, "=") if high > low else format_value(low, low, figures[0][2])


def _precision(fig: tuple[float, float, str]) -> int:
    """Exact figures name a group before bounds and estimates do."""
    return {"=": 3, "~": 2, ">=": 1, "<=": 1}.get(fig[2], 0) - (1 if fig[1] > fig[0] else 0)


def proposition_stances(
    members: Sequence[int],
    anchor: int,
    profiles: Sequence[Profile],
    opposed: dict[tuple[str, str], bool],
    bonds: dict[tuple[int, int], float],
    allied: frozenset[tuple[str, str]] = frozenset(),
    guessed: set[int] | None = None,
) -> dict[int, str]:
    """asserts / denies for each member toward the anchor's proposition.

    A member of the anchor's camp or of an allied camp (`allied`: placed on the same side) asserts,
    one of an opposing camp denies (`opposed[(a, b)]`).
    A member of no such camp takes the stance of the camp member it is most closely bonded to,
    turned round when one of the two says no and the other does not (or they name different
    places); with no such neighbour it is compared with the anchor itself.
    Members in the outlet's own voice (no speaker) whose stance is the anchor's turned round by a
    rejection alone are added to `guessed`: on the FNC-1 stance benchmark their competing links
    joined an agreeing and a disagreeing article about half as often as random pairs did (issue 11).
    """
    head = profiles[anchor]
    out: dict[int, str] = {}
    loose = []
    for index in members:
        p = profiles[index]
        if index == anchor or (head.party and (p.party == head.party or (head.party, p.party) in allied)):
            out[index] = ASSERTS
        elif head.party and p.party and opposed.get((head.party, p.party), False):
            out[index] = DENIES
        else:
            loose.append(index)
    placed = list(out)
    for index in loose:
        near = max(placed, key=lambda k: (bonds.get((min(k, index), max(k, index)), 0.0), k == anchor))
        if bonds.get((min(near, index), max(near, index)), 0.0) < NEIGHBOUR_MIN:
            near = anchor
        other, p = profiles[near], profiles[index]
        same = out[near] == ASSERTS
        if says_otherwise(p, other):
            same = not same
            if guessed is not None and near == anchor and not p.speaker and _rejection_alone(p, other):
                guessed.add(index)
        out[index] = ASSERTS if same else DENIES
    return out


def _rejection_alone(a: Profile, b: Profile) -> bool:
    """Two claims that answer differently only because one rejects something and the other does not."""
    return a.denies != b.denies and not (
        _contradicts(a.says_not, b.says_so) or _contradicts(b.says_not, a.says_so) or places_differ(a, b)
    )


def says_otherwise(a: Profile, b: Profile) -> bool:
    """Whether two claims on one point answer it differently, without the help of camps.

    One rejects a claim and the other does not (unless the other negates: "rejected the claim that the
    port reopened" and "the port has not reopened" both say no); or one negates a predicate the other asserts
    ("the dam was not breached" against "the dam was breached"); or they put one thing in two
    places. A negation of something the other does not say is no opposition.
    """
    if a.denies != b.denies and not (a.negated or b.negated):
        return True
    if _contradicts(a.says_not, b.says_so) or _contradicts(b.says_not, a.says_so):
        return True
    return places_differ(a, b)


def _contradicts(denied: frozenset[tuple[str, str | None]], asserted: frozenset[tuple[str, str | None]]) -> bool:
    """One predicate denied of the subject the other asserts it of."""
    return bool(denied & asserted)


def places_differ(a: Profile, b: Profile) -> bool:
    """The same thing put in different places ("happened near X" against "happened near Y")."""
    return bool(a.locatives and b.locatives and located_apart(a, b))
