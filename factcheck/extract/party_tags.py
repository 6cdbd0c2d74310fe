"""What a lawmaker's title and tag say about the party they speak for.

The party or body written before a title's abbreviation is the speaker's: "Democratic Sen. <Name>" as
"Democratic senator <Name>", "<Company> CEO <Name>". The press of some countries also tags a member of
its legislature with party and state after the name: "<Name> (R-Ohio)", "<Name>, D-Calif., said"; the
letter is the party, the state where they were elected.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ROLE_ABBREVIATIONS
from factcheck.extract.names import clean_party, ent_span

# The party letters of "(R-Ohio)", "D-Calif.": the two parties such tags name. An independent's "I-" is
# no camp, and is left alone.
PARTY_LETTERS = {"R": "Republican", "D": "Democratic"}
_PARTY_LABELS = frozenset({"NORP", "ORG"})  # the tagger's peoples and organisations; not its places


def title_party(person_tok: Token) -> str | None:
    """The party or body written before a title's abbreviation among a name's compounds: "Democratic Sen.
    <Name>", "<Company> CEO <Name>", "<Org> Col. <Name>". Only a people's or an organisation's name: the
    place before it ("<State> Sen. <Name>") is where the holder was elected, not a camp, and a word such as
    "Retired" is no name at all."""
    for title in person_tok.subtree:
        if title.i >= person_tok.i or title.dep_ not in ("compound", "nmod") or title.lower_ not in ROLE_ABBREVIATIONS:
            continue
        for child in title.children:
            ent = ent_span(child) if child.i < title.i and child.dep_ in ("compound", "amod", "nmod") else None
            if ent is None or ent.end > title.i:
                continue  # only a name wholly before the title, never the holder's own the tagger mislabelled
            if ent.label_ in _PARTY_LABELS and (party := clean_party(ent.text)):
                return party
    return None


def party_tag(person_tok: Token) -> str | None:
    """The party of a tag just after the name: "(R-Ohio)", ", D-Maine,", "(D)"; None without one."""
    doc, i = person_tok.doc, person_tok.i + 1
    if i + 1 >= len(doc) or doc[i].text not in ("(", ","):
        return None
    letter = doc[i + 1]
    party = PARTY_LETTERS.get(letter.text)
    if party is None or letter.whitespace_:
        return None
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and after.text == ")" and doc[i].text == "(":
        return party  # "(D)"
    state = doc[i + 3] if i + 3 < len(doc) else None
    if after is None or after.text != "-" or after.whitespace_ or state is None or not state.text[:1].isupper():
        return None
    return party
