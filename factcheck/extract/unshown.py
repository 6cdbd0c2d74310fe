"""Claims that something was not shown: "no evidence that the dam was breached" answers the breach.

Feature extraction (`features.py`) reads what a claim asserts as the predicates under its reporting
verb. A lack of evidence ("found no evidence that ...", "there is no sign that ...", "has no
intelligence to suggest that ...") is, for the analyst, a "no" to the clause it is lacking for; read
as the verb ("find", "have") it answered nothing any other claim says.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of what would show a thing happened: "no evidence that the dam broke" says it did not (as far as anyone
# shows), and "the dam broke" is what it answers, not "find" or "have".
EVIDENCE_NOUNS = frozenset("evidence indication sign proof intelligence information trace hint".split())
# Verbs by which evidence points at a clause: "no intelligence to suggest that ...".
_EVIDENCE_POINTS = frozenset("suggest indicate show prove support confirm".split())
_EVIDENCE_ROLES = frozenset(("dobj", "attr", "nsubj", "nsubjpass"))


def lacking_evidence(tok: Token) -> Token | None:
    """The clause that `tok` says there is no evidence for ("found no evidence that the dam was breached",
    "there is no sign that ...", "had not seen any proof that ...", "has no intelligence to suggest that ..."),
    also through a verb it hangs on ("continues to have no evidence that ..."); else None. Only a clause
    counts: "no sign of the ferry" names nothing said to have happened."""
    for holder in (tok, *(c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))):
        for noun in holder.children:
            if noun.dep_ in _EVIDENCE_ROLES and _lacking(noun, holder):
                clause = _evidenced(noun, holder)
                if clause is not None:
                    return clause
    return None


def _lacking(noun: Token, holder: Token) -> bool:
    """A noun of evidence said to be lacking: "no evidence", "any evidence" under a negated verb, or "nothing"
    ("nothing suggests that ...", "there is nothing to show that ...")."""
    if noun.lower_ == "nothing":
        return True
    if noun.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    dets = {g.lower_ for g in noun.children if g.dep_ == "det"}
    return "no" in dets or ("any" in dets and any(c.dep_ == "neg" for c in holder.children))


def _evidenced(noun: Token, holder: Token) -> Token | None:
    """What a lacking evidence noun would show: its that-clause ("no evidence that ..."), or the clause it is
    said to point at ("no evidence to suggest that ...", the parser hanging "to suggest" on the noun or on
    its verb; "no evidence suggests that ...")."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl", "ccomp") and clause.pos_ in ("VERB", "AUX") and opens_with_that(clause):
            return clause
    pointers = [
        c
        for c in (*noun.children, *holder.children)
        if c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in _EVIDENCE_POINTS
    ]
    if noun.dep_ == "nsubj" and holder.lemma_.lower() in _EVIDENCE_POINTS:
        pointers.append(holder)
    for verb in pointers:
        inner = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if inner:
            return inner[0]
    return None


def opens_with_that(clause: Token) -> bool:
    """Whether a clause opens with "that" as a conjunction: marked so, or taken for its subject though the
    clause has a subject of its own ("that at the time the army was not ...")."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "that" or first.head != clause:
        return False
    if first.dep_ == "mark":
        return True
    return first.dep_ == "nsubj" and any(c.dep_ in ("nsubj", "nsubjpass") and c != first for c in clause.children)
