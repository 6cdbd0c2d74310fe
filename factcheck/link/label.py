"""A question's label: the part of its anchor claim that is claimed, in the claim's own words.

The label is what an analyst reads first in the Questions view, so it is the claimed clause without
who claimed it ("<Name> said that …", "…, the army said"), without page and list furniture before it
(datelines, list numbers, "Meanwhile,"), and at most LABEL_CHARS long, cut at a word (keeping a
closing "… is false" when the subject is itself a claim). Only the text is read: no spaCy, no model.
Split from `stance.py`, which says what answer each member gives; labels change no stance.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.link.label_cut import LABEL_CHARS, to_length

__all__ = ["LABEL_CHARS", "core_clause", "reports_both_sides"]
_QUOTE = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
# Reporting verbs to strip before the claimed clause; those that also take a plain object ("claimed
# victory", "confirmed 500 deaths") only before "that". Verbs that carry a stance (deny, accuse) stay.
# "told" and whom: a phrase up to "that", a capitalised name ("told US News the ..."), or one word.
_TOLD = (
    r"told (?:[^,.:“\"]{1,60}?(?=\s+that\b)|(?-i:(?:the |a |an )?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})|"
    r"(?:the|a|an|his|her|its|their) \w+|"  # "told the boy, …"
    r"(?:(?:local|state|national|foreign|international|regional|public|official|independent|visiting) )?\w+)"
)
_VERBS = (
    rf"said|says|{_TOLD}|"
    r"added|stated|insisted|alleged|argued|"
    r"(?:wrote|tweeted|declared|maintained|noted)(?=\s+that\b|:)|"  # "tweeted a photograph", "declared victory"
    # verbs that say only that someone went on speaking, before the quotation they open: '<Name> continued, "…'
    r"(?:continued|went on|concluded|replied|responded|answered|recalled|posted|wrote|tweeted)"
    r"(?=[,:]\s*[“\"](?-i:[A-Z]))|"
    r"(?:claim|confirm|announc|report)(?:ed|es|s)(?=\s+that\b)|"
    r"(?:admit(?:ted|s)|acknowledg(?:ed|es)|warn(?:ed|s)|assert(?:ed|s)|reveal(?:ed|s)|conced(?:ed|es)|"
    r"suggest(?:ed|s)|believ(?:ed|es)|estimat(?:ed|es)|explain(?:ed|s)|stress(?:ed|es)|emphasi[sz](?:ed|es)|"
    r"indicat(?:ed|es))(?=\s+that\b)|"
    r"(?:express|voic|rais)(?:ed|es) (?:\w+ )?(?:concerns?|fears?|hopes?|doubts?)(?=\s+that\b)"
)
# "in a statement", "in a June report", "on its website": where it was said, when the words after it
# are no more of it ("in a telephone interview on Monday" is taken whole, or not at all).
_WHERE = (
    r"(?:\s+(?:in|on|via) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,2}?[\w-]+(?: post)?"
    r"(?=[,.:]|\s+that\b|\s+(?:on|in|at)\s))?"
)
# A verb in the passive reports nothing: "was declared clinically dead", "were told to leave".
_NOT_PASSIVE = r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bbe )"
_LEAD = re.compile(
    rf"^(?:according to [^,]{{1,80}},\s*|.{{1,100}}?{_NOT_PASSIVE}\b(?:{_VERBS}){_WHERE}"
    rf"(?:\s+(?:in|on|at) [^,“\":]{{1,30}}?(?= that\b|:))?"
    rf"(?:\s+(?:\w+ly|instead|again|also|later|earlier|previously)(?=\s+that\b))?(?:\s+that\b)?[\s:,]+)",
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
_SPLIT_QUOTE = re.compile(r"^[“\"]([^”\"]{4,}?)([,.]?)[”\"],?\s+([^“”\"]{1,80}?),?\s+[“\"]([^”\"]{4,}?)[”\"]\.?$")
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
# What may follow the verb of a closing attribution: when, where, how or to whom it was said ("…, the
# army said on Monday", "in a statement", "late Tuesday", "angrily"), never a clause of its own: in
# "Later in the day, the agency said it would cooperate" the words after "said" are the claim; nor "at least" or
# "at most", which open a figure ("said at least 30 were missing").
_ADJUNCT = (
    r"(?:on|in|at(?! (?:least|most)\b)|of|during|after|before|by|via|to|through|outside|inside|while|when|from|"
    r"with|without|near|following|late|early|earlier|later|yesterday|today|tonight|now|again|also|last|recently|afterwards?|ago|"
    r"here|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|as(?! (?:many|much|few|little)\b)|"
    r"(?!only\b)\w+ly(?=\.?$))\b"
)
_SAID = r"(?:said|says|added|claimed|insisted|stated)"
# A closing attribution: "…, the army said (on Monday).", "…, according to …", "…, X told reporters.", or
# who said it after the verb: '…," said <Name>, a shift manager.'
_ACCORDING = r"according to [^,]{1,80}(?: [^,]{0,40})?"
# What an attribution goes on with after when or where it was said: "…, the army said in a statement
# confirming the number of dead": more of what the speaker did, not the claimed clause (which came first).
_REPORTING_ING = (
    r"(?:adding|citing|confirming|noting|quoting|referring|saying|describing|calling|repeating)\b[^,]{0,60}"
)
_GOES_ON = re.compile(_REPORTING_ING, re.IGNORECASE)  # "…, the minister said, adding that …": no predicate
_VERB_TAIL = (
    rf"told [^,]{{1,40}}(?: [^,]{{0,40}})?"
    rf"|{_SAID}(?:(?: {_ADJUNCT}[^,]{{0,40}}?)(?:,? {_REPORTING_ING})?|, {_REPORTING_ING})?"  # "said on Monday"
)
_NAMED_AFTER = rf"{_SAID}\s+(?!to\b)[^,]{{1,60}}(?:,\s+[^,]{{1,80}}){{0,2}}"  # "said <Name>, 62, who …"
_TAIL = re.compile(
    rf"(?:,?\s*(?:{_ACCORDING}|[^,—–]{{0,60}}\b(?:{_VERB_TAIL}))|(?:,\s*)?[”\"]\s*\b{_NAMED_AFTER})\.?$",
    re.IGNORECASE,
)


# The same closing attribution taken apart: where one can begin (a verb, "according to"), and whether
# what follows that word runs to the end as `_TAIL` requires. See `_without_tail`.
_TAIL_WORD = re.compile(r"\b(?:said|says|added|claimed|told|insisted|stated)|according to", re.IGNORECASE)
_TAIL_REST = re.compile(rf"(?:{_ACCORDING}|{_VERB_TAIL})\.?$", re.IGNORECASE)
_SPEAKER_REST = re.compile(rf"{_NAMED_AFTER}\.?$", re.IGNORECASE)


# '…," said <Name>': the verb right after the claim's comma or closing quote mark, who said it after it.
_SPEAKER_AFTER = re.compile(rf"[,”\"]\s*\b{_SAID}$", re.IGNORECASE)
# Who said it, after the verb: a name and what they are ("Ola Brun, a shift manager.").
_WHO = re.compile(r"(?!to\b)[^,:“”\"]{1,60}(?:,\s+[^,]{1,80}){0,2}\.?$", re.IGNORECASE)
# "The dam, the mayor said, will hold": the claim's subject, who said it between commas, its predicate.
_SPEECH_ASIDE = re.compile(rf"^([^,]{{2,80}}),\s+(?:[^,\s]+\s+){{1,6}}?{_SAID}(?:\s+{_ADJUNCT})?,$", re.IGNORECASE)
# Words that open a predicate, not a clause: lower case, and no determiner, pronoun or "there".
_PREDICATE_FIRST = re.compile(
    r"(?-i:[a-z])(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|no|every|"
    r"each|he|she|it|they|we|i|you|there|one|two|three)\b)"
)
# What opens the words after "X said" when they are no clause of their own: an adjunct ("in a
# statement", "on Monday"); after a comma also an -ing word ("…, the army said, citing …", where
# without the comma "said closing the gates would …" opens a clause).
_ADJUNCT_FIRST = re.compile(_ADJUNCT, re.IGNORECASE)
_ING = re.compile(r"\w+ing\b", re.IGNORECASE)
# "…, the agency said in a report, and those …": what follows is joined to the claim before.
_JOINED = re.compile(r"(?:and|but|or|so|while)\b", re.IGNORECASE)
# A sentence that reports both answers: one side's claim and, after "but" or "while", another's answer
# ("X claims victory, but Y say they still hold it"; "While X says it has taken the valley, the claim
# has been rejected by Y"). "…, but he said …" is the same speaker going on, and stays one side.
_BOTH_SIDES = re.compile(
    r"\b(?:say|says|said|claim|claims|claimed)\b[^.;]*?\b(?:but|while|whereas)\s+(?!(?:he|she|it|they|i|we)\b)"
    r"[^.;]*?\b(?:say|says|said|insist|insists|insisted|deny|denies|denied|reject|rejects|rejected|maintain|maintains)\b"
    r"|^while\b[^,]*\b(?:say|says|said|claim|claims)\b[^,]*,[^.;]*"
    r"\b(?:reject|rejected|deny|denied|dismiss|dismissed|dispute|disputed)\b",
    re.IGNORECASE,
)
# "He said …", "She also told …": a label that says who only by a pronoun, and a speaker that is a name
# (two or more capitalised words, none of them a pronoun) to put there instead.
_HE_SAID = re.compile(
    r"^(?:He|She)(?=\s+(?:\w+\s+)?(?:said|says|added|claimed|insisted|stated|told|tells|wrote|tweeted)\b)"
)
_A_NAME = re.compile(r"^(?!(?:He|She|It|They|We|I|The|A|An)\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+$")
# The "that" of a second reported clause, once the verb that reported both is gone ("said all exits were open
# and that the fire was caused by faulty wiring"); not a "that" that points ("and that road").
_AND_THAT = re.compile(
    r"\b(and|but) that (?=(?:the|a|an|all|no|none|its|their|his|her|he|she|it|they|we|i|there|some|many|most|only|"
    r"about|at|more|fewer|every|each)\b|[A-Z0-9])"
)
# A label that is one quotation, marks and all.
_WHOLE_QUOTE = re.compile(r"^[“\"]([^“”\"]+)[”\"]$")
# What a closing attribution that names only whom the words come from opens with.
_ACCORDING_WORDS = re.compile(r"[,\s]*according to\b", re.IGNORECASE)
# A lead that is only "According to X," (another lead may follow it).
_ACCORDING_LEAD = re.compile(r"^according to [^,]{1,80},$", re.IGNORECASE)
# In a lead kept whole: who the speaker is, after their name ("<Name>, a spokesman for the board, said"), and
# where it was said ("said in an email that").
_LEAD_APPOSITION = re.compile(
    r"^(?!(?i:in|on|at|after|before|also|when|while|since|during|for|from|with|by|as|asked|according|later|earlier)\b)"
    r"((?:[^\s,]+\s+){0,4}[^\s,]+),\s+(?:\d{1,3},\s+)?(?:a|an|the|who)\s+[^,“”\"]{2,80}(?:,\s+[^,“”\"]{2,60}){0,2},\s+"
    r"(?=(?:(?:also|\w+ly)\s+)?(?:said|says|told|tells|added|stated|wrote|insisted|argued|explained|announced|claimed)\b)"
)
_LEAD_WHERE = re.compile(
    r"\b((?:said|says|added|stated|told \w+))\s+(?:in|on|via) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,2}?[\w-]+"
    r"(?=\s+that\b|:)",
    re.IGNORECASE,
)
# Where or when a lead's speaker spoke, before the speaker: "In a profile published on Monday, one pupil …".
_LEAD_SETTING = re.compile(
    r"^(?:In|At|On|During|After|Before|Speaking|Asked|Writing|Interviewed|Responding|Talking)\b[^,“”\"]{0,100},\s+"
    # ...when the speaker follows: not a phrase cut at a comma of its own ("In a long, in-prison interview,")
    # nor a word that goes on with it ("After the row began, though, the ministry said")
    r"(?!(?:in|on|at|of|for|to|with|by|from|though|however|also|then|too|yet|still|and|but)\b)(?=\S+\s+\S)"
)
# Two apostrophes inside a word are one that the page escaped ("Norland''s"), not a quotation mark.
_DOUBLED_APOSTROPHE = re.compile(r"(?<=\w)''(?=\w)")
# An opening quote mark that ends the text belongs to the next sentence.
_DANGLING_QUOTE = re.compile(r"\s+[“\"]$")


def _a_clause(rest: str, after_comma: bool = False) -> bool:
    """Whether the words after "X said" can be the claimed clause: three words or more that open with
    no adjunct, no verb ("Everything X says is a lie"), no "to" ("said to be unsafe"), and after a
    comma no -ing word."""
    return (
        len(rest.split()) >= 3
        and not _ADJUNCT_FIRST.match(rest)
        and not _JOINED.match(rest)
        and not (after_comma and _ING.match(rest))
        and not _VERB_FIRST.match(rest)
        and not _NO_CLAUSE_FIRST.match(rest)
    )


def _unattributed(flat: str, speaker: str | None) -> str:
    """A sentence without its attribution, when no quotation is the claim: "X said (that) …", "…, X said",
    '…," said X', "…, said <speaker>, a …" and "The dam, X said, will hold" each leave the claimed words."""
    lead = _LEAD.match(flat)
    if lead is None:
        return _at_least_three(_tails_off(flat), flat)
    rest = flat[lead.end() :]
    led = lead.group(0).rstrip()
    if _ACCORDING_LEAD.match(led) and _LEAD.match(rest):
        return _unattributed(rest, speaker)  # "According to the report, <Name> said the dam held"
    aside = _SPEECH_ASIDE.match(led)
    if aside is not None and _PREDICATE_FIRST.match(rest) and not _GOES_ON.match(rest):
        return _at_least_three(_tails_off(f"{aside.group(1)} {rest}"), flat)  # the subject and its predicate
    clause = _a_clause(rest, after_comma=led.endswith(","))
    # "..., the army said" and '…," said <Name>' put the claim first; a lead ending in "that" never does
    # ("Since the storm began, the army said that ..."), nor one a clause follows ("Later in the day, the
    # army said the dam held": the comma closes a phrase of time). "…, said <Name>" without a quote mark
    # only when the words after the verb name the speaker ("<Name>, a manager, said the dam held").
    ends_that = led.lower().endswith(" that")
    after = _SPEAKER_AFTER.search(led.rstrip(","))
    who_after = after is not None and _WHO.match(rest) is not None and not ends_that
    if who_after and after is not None and after.group(0)[0] == ",":
        if speaker and _names(rest, speaker):
            return _at_least_three(led.rstrip(",")[: after.start()], flat)
        who_after = False
    # "The top tenth would gain most, the group said, compared with …": who said it set off by commas
    # in the middle of the claim (unless a quotation opens after it: 'the announcer said, “It is …').
    mid = led.endswith(",") and not rest.startswith(("“", '"'))
    speaker_between = _CLAUSE_THEN_SPEAKER.search(led) is not None  # "…, the army said"
    claimed_first = who_after or (speaker_between and (not clause or mid) and not ends_that)
    core = flat
    if not claimed_first and clause and not _PRONOUN_FIRST.match(rest):
        core = rest  # "X said that ..." (but "X said their ..." needs X to say whose)
    elif not claimed_first and clause and len(flat) > LABEL_CHARS:
        # "X said it …": who, without what they are or where they said it (the lead is no closing attribution)
        return _at_least_three(f"{_short_lead(led)} {_tails_off(rest)}", flat)
    return _at_least_three(_tails_off(core), flat)  # "..., X said."


def _tails_off(core: str) -> str:
    """The clause without its closing attribution, and without a second one when the last was only
    "according to" an outlet: '…," X said in a press conference, according to <Agency> (<AG>).'"""
    once = _without_tail(core)
    if once != core and _ACCORDING_WORDS.match(core[len(once) :]):
        twice = _without_tail(once.rstrip(" ,"))
        return twice if len(twice.split()) >= 3 else once
    return once


def _short_lead(led: str) -> str:
    """A lead kept for the pronoun the claim opens with, without what its speaker is and where it was said:
    "<Name>, a spokesman for the board, said in an email that" → "<Name> said that"; "In a profile
    published on Monday, one pupil confirms that" → "One pupil confirms that"."""
    short = _LEAD_SETTING.sub("", led, count=1)
    short = short[:1].upper() + short[1:]
    short = _LEAD_APPOSITION.sub(r"\1 ", short, count=1)
    return _LEAD_WHERE.sub(r"\1", short, count=1).strip()


def _at_least_three(core: str, flat: str) -> str:
    """The core when it has three words or more, else the whole sentence (a cut went wrong)."""
    return core if len(core.split()) >= 3 else flat


def _names(words: str, speaker: str) -> bool:
    """Whether `words` name the speaker: the last word of their name, as a word."""
    last = re.sub(r"[^\w'’-]", " ", speaker).split()
    return bool(last) and len(last[-1]) >= 2 and re.search(rf"\b{re.escape(last[-1])}\b", words) is not None


def _back_over(text: str, at: int, mark: str) -> int:
    """Where a match ending at `at` can start at the earliest: back over spaces, then one `mark` (a comma)
    when `mark` is no space."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at - 1 if mark != " " and at > 0 and text[at - 1] == mark else at


def _speaker_after(text: str, verb: int) -> int:
    """Where '…," said <Name>' can start at the earliest before the verb at `verb`: at the comma before the
    quote mark (spaces between), else at the quote mark; past the end when there is no quote mark."""
    at = _back_over(text, verb, " ")
    if at > 0 and text[at - 1] in '”"':
        comma = _back_over(text, at - 1, ",")
        return comma if text[comma] == "," else at - 1
    return len(text) + 1


def _without_tail(core: str) -> str:
    """The clause without a closing attribution ("…, the army said."): what `_TAIL.sub` leaves of the
    last 150 characters, found from the few places a match can hinge on instead of trying every start.

    A match of `_TAIL` is an optional comma, spaces, then either "according to …" or up to 60 characters
    without a comma or dash before a verb, then a short end; or a quote mark and the verb, then who said
    it. So for each verb (or "according to") whose rest runs to the end, the earliest start is fixed: 60
    characters back or just after the last comma or dash before it (who said it after the verb: just the
    quote mark and spaces before it), then back over spaces and one comma. The leftmost of these is
    where `_TAIL` matches, and the regex is run there alone. (Its scan of every start took ~0.3 ms a
    claim, a tenth of linking 20,000 claims; tests/test_label_tail.py holds both to the same answer.)
    """
    head, tail = core[:-150], core[-150:]  # the attribution is at the end: search only there
    start = len(tail) + 1
    for word in _TAIL_WORD.finditer(tail):
        verb = at = word.start()
        if _SPEAKER_REST.match(tail, verb):  # '," said <Name>, …': after a quote mark
            start = min(start, _speaker_after(tail, verb))
        if not _TAIL_REST.match(tail, verb):
            continue
        if word.group(0).lower() != "according to":  # a verb: up to 60 characters without a comma or dash
            stop = max(tail.rfind(",", 0, at), tail.rfind("—", 0, at), tail.rfind("–", 0, at))
            at = max(at - 60, stop + 1)
        start = min(start, _back_over(tail, at, ","))
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
def core_clause(text: str, speaker: str | None = None) -> str:
    """The part of a claim that is claimed, in its own words: the quote, or the text without "X said".

    `speaker` is who the claim is attributed to, when known: "The gates held, said Ola Brun, a manager"
    names its speaker after the verb, "Ola Brun, a manager, said the gates held" before it, and only
    the name tells the two apart when no quote mark does; and a label left as "He said …" names them."""
    flat = _DOUBLED_APOSTROPHE.sub("'", text)  # "Norland''s": an apostrophe the page escaped
    flat = " ".join(flat.replace("''", '"').replace("``", '"').split())  # ''quoted'' as some wires write it
    flat = _DANGLING_QUOTE.sub("", flat)  # '… he said. "' : the next sentence's quote mark
    flat = _CONNECTIVE.sub("", _NUMBERED.sub("", _DATELINE.sub("", flat)))
    # ('"Dam Days" is based on the memoir, "High Water."': straight marks paired across two titles hold the
    # text between them, which opens with a space after the first title's closing mark; no quotation does)
    quotes = [q for q in _QUOTE.findall(flat) if not q[:1].isspace()]
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
        core = _unattributed(flat, speaker)
    core = core.strip(" .,;:—–")  # "… wrong —" when the sentence went on after a dash
    if speaker and _A_NAME.match(speaker) and _HE_SAID.match(core):
        core = _HE_SAID.sub(speaker, core, count=1)  # "He said …" → "Ola Brun said …": the list says who
    whole = _WHOLE_QUOTE.match(core)  # (after: a quotation's own "He says …" is someone else's)
    if whole is not None:
        core = whole.group(1).strip(" .,;:—–")  # 'said in a tweet: "We are …"': the quotation is the label
    if core[:1] in "'‘" and core.count(core[0]) == 1:
        core = core[1:]  # "said on YouTube: 'I wasn't expecting …": a single quote mark opened the quotation
        if core.endswith(("'", "’")) and core.count("'") + core.count("’") == 1:
            core = core[:-1].rstrip(" .,;:")  # "‘Pray for him.'": and closed it
    if core.count("“") != core.count("”") or core.count('"') % 2:
        core = core.replace("“", "").replace("”", "").replace('"', "").strip(" .,;:—–")  # a quote cut in two
    core = _AND_THAT.sub(r"\1 ", core)  # "all exits were open and that the fire was …": two clauses said
    core = to_length(core)
    return core[:1].upper() + core[1:]


def reports_both_sides(text: str) -> bool:
    """Whether a claim reports one side's claim and another side's answer in one sentence: a poor
    label for what is asked, since it gives both answers (a headline often does)."""
    return _BOTH_SIDES.search(text) is not None
