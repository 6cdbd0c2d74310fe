"""News outlets among speakers: a newspaper, an agency, a broadcaster reports in its own voice.

An outlet is no party (unless a party takes it on by name, `press.py`): "the Harbor Times reported"
and "<Network> 5 reported" carry a report, not one camp's claim. Taking an outlet for a party makes
it a camp of its own, and every claim it reports a dispute with the camps it reports on.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import GROUP_NOUNS, MASTHEAD_WORDS, OUTLET_NOUNS
from factcheck.extract.names import ent_span

# A masthead's last word: "Reporter" too, a role noun everywhere else ("The <Town> Reporter").
_MASTHEAD_HEADS = MASTHEAD_WORDS | {"reporter"}
# A channel number is one or two digits ("Channel 4", "<Network> 35"): a union local or a military unit
# numbered in hundreds or thousands is no broadcaster.
_CHANNEL_DIGITS = 2
# What only a broadcaster does with news, for a numbered name the tagger did not mark ("<Name> 11 reported").
_BROADCAST_VERBS = frozenset({"report", "broadcast", "air"})


def is_outlet(tok: Token) -> bool:
    """A news outlet: "the <Name> newspaper", "the news agency", "the Harbor Times" (not "the water agency"),
    "<Network> 5", "<CALL>-TV"."""
    if tok.lower_ in OUTLET_NOUNS:
        mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        return tok.lower_ not in GROUP_NOUNS or bool(mods & {"news", "press", "wire", "media", "state-run", "state"})
    ent = ent_span(tok)
    if ent is not None and ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in MASTHEAD_WORDS:
        return True
    return _masthead(tok) or broadcaster_name(tok) is not None


def _masthead(tok: Token) -> bool:
    """A masthead the tagger did not mark: a capitalised masthead word after "the" and capitalised words
    only ("The Messenger", "the Oban Messenger", "The Varn Reporter"); "the guardian of the dam" is none."""
    if not tok.text[:1].isupper() or tok.lower_ not in _MASTHEAD_HEADS:
        return False
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].text[:1].isupper() and tok.doc[i].lower_ != "the":
        i -= 1
    return i >= tok.sent.start and tok.doc[i].lower_ == "the"


def broadcaster_name(tok: Token) -> str | None:
    """A broadcaster's name as written, when `tok` is part of one, else None.

    Stations go by a channel number after capitalised words ("Channel 12", "<Network> 5", "<CALL> 7"),
    which only the tagger's organisation names are trusted for ("Local 32 said" is a union), or by "TV"
    inside a capitalised name ("<CALL>-TV", "TV <Name>"), tagged or not: the parser often splits those
    into two subjects.
    """
    ent = ent_span(tok)
    if ent is not None and ent.label_ == "ORG" and 2 <= len(ent) <= 3 and _channel(list(ent)):
        return ent.text
    numbered = [tok, *(c for c in tok.rights if c.dep_ == "nummod" and c.i == tok.i + 1)]
    if (ent is None or ent.label_ != "PERSON") and tok.head.lemma_ in _BROADCAST_VERBS and _channel(numbered):
        return "".join(t.text_with_ws for t in numbered).strip()  # tagged otherwise or not: "<Name> 11 reported"
    span = _written_with(tok)
    if len(span) > 1 and any(t.text == "TV" for t in span) and all(_capitalised(t) or t.text == "-" for t in span):
        return "".join(t.text_with_ws for t in span).strip()
    return None


def _channel(words: list[Token]) -> bool:
    """Capitalised words and a channel number: "Channel 12", "<Network> 5"."""
    *name, number = words
    return bool(name) and number.text.isdigit() and len(number.text) <= _CHANNEL_DIGITS and all(map(_capitalised, name))


def _capitalised(tok: Token) -> bool:
    """A word written with a capital: "Channel", "NBC" (not a number, not "the")."""
    return tok.text[:1].isupper() and tok.text.replace(".", "").isalpha()


def _written_with(tok: Token) -> list[Token]:
    """The capitalised name around `tok`: the words joined to it by hyphens ("<CALL>-TV") and its
    compounds ("TV <Name>"), as one run of the sentence."""
    start = end = tok.i
    doc, sent = tok.doc, tok.sent
    while (
        start > sent.start
        and (doc[start - 1].whitespace_ == "" or doc[start - 1].head.i == tok.i)
        and (_capitalised(doc[start - 1]) or doc[start - 1].text == "-")
    ):
        start -= 1
    while (
        end + 1 < sent.end and doc[end].whitespace_ == "" and (_capitalised(doc[end + 1]) or doc[end + 1].text == "-")
    ):
        end += 1
    return list(doc[start : end + 1])
