"""The label of a question about a count: "How many soldiers were killed?", in the members' own words.

A question whose members give figures for one quantity asks how many; its anchor's sentence ("The
health office in Orsk has confirmed at least 300 people…") says one answer, not the question, and
reads as if that answer were the point. The analyst thinks "How many people were killed?", so the
label asks that: the counted noun and what happened to it, taken from the members' text (their
plural, their capitals, their past tense), and whose they are when the figures count one party's.

Only English grammar is known here: which verbs say nothing of what happened to the counted ("the
ministry confirmed 300 people", "the toll stands at 300"), which tell what the counted did ("300
died", "5,000 marched") rather than what was done to them, and the irregular past forms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.link.stance import Measure

# Verbs that report, estimate or total a figure: they say nothing of what happened to the counted.
SAYS_NOTHING = frozenset(
    """be have include result lead say report confirm estimate claim put give reach rise stand number total
    bring cause see show make count tally record cite register list state announce tell add become remain
    seem""".split()
)
# Verbs of what the counted did themselves: "300 died", not "300 were died".
DONE_BY_THEM = frozenset(
    """die march flee gather rally protest arrive remain perish drown starve escape vote return survive
    walk demonstrate strike riot travel cross live stay fight disappear vanish participate attend""".split()
)
# (past, participle) of irregular verbs that figures often follow; the rest add -ed.
IRREGULAR = {
    verb: (past, participle)
    for verb, past, participle in (
        entry.split()
        for entry in """arise arose arisen; bear bore borne; beat beat beaten; become became become; begin began begun;
        bend bent bent; bind bound bound; bite bit bitten; bleed bled bled; blow blew blown; break broke broken;
        bring brought brought; build built built; burn burned burned; buy bought bought; catch caught caught;
        choose chose chosen; come came come; cost cost cost; cut cut cut; deal dealt dealt; dig dug dug;
        draw drew drawn; drive drove driven; eat ate eaten; fall fell fallen; feed fed fed; feel felt felt;
        fight fought fought; find found found; flee fled fled; fly flew flown; forget forgot forgotten;
        freeze froze frozen; get got gotten; give gave given; go went gone; grow grew grown; hang hung hung;
        hear heard heard; hide hid hidden; hit hit hit; hold held held; hurt hurt hurt; keep kept kept;
        know knew known; lay laid laid; lead led led; leave left left; lend lent lent; let let let;
        lose lost lost; make made made; meet met met; pay paid paid; put put put; quit quit quit; read read read;
        ride rode ridden; run ran run; see saw seen; seek sought sought; sell sold sold; send sent sent;
        set set set; shake shook shaken; shed shed shed; shoot shot shot; show showed shown; shut shut shut;
        sink sank sunk; sit sat sat; slay slew slain; sleep slept slept; speak spoke spoken; spend spent spent;
        spread spread spread; stand stood stood; steal stole stolen; stick stuck stuck; strike struck struck;
        swear swore sworn; sweep swept swept; take took taken; teach taught taught; tear tore torn;
        tell told told; think thought thought; throw threw thrown; wake woke woken; wear wore worn; win won won;
        withdraw withdrew withdrawn; withhold withheld withheld; write wrote written""".split(";")
    )
}
# What a figure gives that is no count of things: a share, a sum, a scale.
NOT_COUNTED = frozenset(
    """percent percentage per pct point share proportion dollar euro pound cent million billion trillion
    thousand hundred dozen""".split()
)
# Nouns whose plural is not made with -s.
PLURALS = {
    "person": "people", "man": "men", "woman": "women", "child": "children", "foot": "feet", "tooth": "teeth",
    "mouse": "mice", "goose": "geese", "ox": "oxen", "wife": "wives", "knife": "knives", "life": "lives",
    "half": "halves", "leaf": "leaves", "loaf": "loaves", "calf": "calves", "wolf": "wolves", "shelf": "shelves",
    "thief": "thieves", "self": "selves", "sheaf": "sheaves", "hero": "heroes", "potato": "potatoes",
    "tomato": "tomatoes", "echo": "echoes", "veto": "vetoes", "torpedo": "torpedoes", "embargo": "embargoes",
}  # fmt: skip
UNCHANGED = frozenset(
    """people police staff personnel crew civilians military troops aircraft spacecraft hovercraft sheep deer
    fish series species offspring livestock cattle""".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def count_label(measure: Measure, texts: Sequence[str], owner: str | None = None) -> str | None:
    """"How many <owner> <noun> were <done>?" for the measure, worded as `texts` (anchor first) write it.

    `owner` is how the party whose things are counted is written ("12 Sudmark soldiers"), when a
    party's. With no noun known the count is of what happened ("How many were killed?"). A share of a
    named whole asks for the share (`_share_label`); None for any other share or a sum ("40 percent",
    "2 million", "$5"): "how many" does not ask for those.
    """
    if measure.noun.startswith("percent "):
        return _share_label(measure.noun.removeprefix("percent "), measure.verb, owner, texts)
    if measure.noun and (measure.noun in NOT_COUNTED or not measure.noun.isalpha()):
        return None
    noun = _noun(measure.noun, texts) if measure.noun else ""
    if owner and noun and owner.lower() not in noun.lower():
        noun = f"{owner} {noun}"
    subject = f"How many {noun}".rstrip()
    verb = measure.verb
    if not verb or verb in SAYS_NOTHING or not verb.isalpha():
        return f"{subject}?" if noun else "How many?"
    written = {w.lower() for text in texts for w in _WORD.findall(text)}
    if verb in DONE_BY_THEM:
        return f"{subject} {_past(verb, written, participle=False)}?"
    return f"{subject} were {_past(verb, written, participle=True)}?"


def _share_label(base: str, verb: str | None, owner: str | None, texts: Sequence[str]) -> str | None:
    """A share's question: "What share of the vote did <Name> win?", "What was the turnout?" (when a member
    writes the whole as the level's subject: "turnout was", "turnout stood at"); None for a share of
    something else ("40 percent of voters are undecided" asks no "What was the voter?"): its anchor's words
    say it better than a template would."""
    if verb == "win":
        return f"What share of the {base} did {owner} win?" if owner else f"What share of the {base} was won?"
    verbs = "was|is|stood|stands|reached|hit|remained"
    level = re.compile(rf"\b{re.escape(base)}\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:{verbs})\b", re.IGNORECASE)
    if verb in (None, "be") and any(level.search(text) for text in texts):
        return f"What was the {base}?"
    return None


def _noun(lemma: str, texts: Sequence[str]) -> str:
    """The counted noun in the plural as the texts write it: lower case where any text has it so, a
    capital kept only where it is no sentence's first letter ("Chinese", "PLA"); else its plural made."""
    forms = {lemma, _plural(lemma)}
    capital = None
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group()
            if word.lower() not in forms or (word.lower() == lemma and lemma != _plural(lemma) and word.islower()):
                continue  # another word, or the singular
            if word.islower():
                return word
            acronym = word.isupper() and len(word) <= 5
            mid_sentence = bool(text[: match.start()].strip(" \"“‘'("))
            if capital is None and (acronym or (mid_sentence and not word.isupper())):
                capital = word
    return capital or _plural(lemma)


def _plural(noun: str) -> str:
    """The plural of a lower-case noun by the spelling rules of English."""
    if noun in PLURALS:
        return PLURALS[noun]
    if noun.endswith(("man", "woman")) and noun not in ("human", "german", "roman", "shaman", "talisman"):
        return noun[:-3] + "men"  # "fisherman", "policewoman", "congressman"
    if noun in UNCHANGED or noun.endswith("ese") or (noun.endswith("s") and not noun.endswith("ss")):
        return noun  # "people", "Chinese", already plural
    if noun.endswith(("ss", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _past(verb: str, written: set[str], *, participle: bool) -> str:
    """The verb's past (or participle) as the texts write it, else by rule."""
    if verb in IRREGULAR:
        return IRREGULAR[verb][1 if participle else 0]
    candidates = [verb + "d" if verb.endswith("e") else verb + "ed"]
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        candidates.insert(0, verb[:-1] + "ied")
    candidates.append(verb + verb[-1] + "ed")  # "trapped", "banned": doubled only when written so
    return next((form for form in candidates if form in written), candidates[0])
