"""Is a sentence a checkable claim? A score in 0..1 from cheap features of its parse.

Claims report events, numbers, places, casualties, control, denials, or what a party says.
Not claims: fragments, questions, calls to action, hypotheticals, scene-setting description
and the outlet's notes about its own reporting ("could not independently verify").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.features import hung_content
from factcheck.extract.lexicon import REPORTING_VERBS

_HEDGES = frozenset("if unless whether perhaps".split())
_CONTENT_ENTS = frozenset(
    "PERSON NORP FAC ORG GPE LOC PRODUCT EVENT LAW CARDINAL QUANTITY PERCENT MONEY DATE TIME".split()
)


def _is_verification_note(sent: Span) -> bool:
    """The outlet saying what it could not check: "X could not independently verify the report"."""
    lemmas = {t.lemma_.lower() for t in sent}
    return "verify" in lemmas and ("independently" in lemmas or any(t.dep_ == "neg" for t in sent))


def _is_evaluation(root: Token) -> bool:
    """A copula judging its subject: "X is honorable", "it's a difficult situation"."""
    copula = root.lemma_ == "be" or root.lower_ in ("’s", "'s")
    return copula and any(c.dep_ in ("acomp", "attr") for c in root.children)


# Verbs that disclose a finding with an expletive "it": "it turned out / emerged / transpired that ...", "it was
# revealed / found / confirmed that ...".
_DISCLOSING = frozenset("turn emerge transpire reveal discover find establish confirm learn".split())


def _discloses(root: Token) -> bool:
    """ "However, it turned out the mayor had not made the comment", "it later emerged that the dam was never
    inspected": a finding that turns a story, with a clause of its own (not "it turned out to be a long day")."""
    if root.lemma_.lower() not in _DISCLOSING:
        return False
    expletive = any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it" for c in root.children)
    if not expletive:
        return False
    if root.lemma_.lower() == "turn":  # "it turned out the mayor had not ...": the parser often breaks the clause
        out = any(c.dep_ == "prt" and c.lower_ == "out" for c in root.children)
        return out and not any(c.dep_ == "xcomp" for c in root.children) and any(
            t.pos_ in ("VERB", "AUX") and t.i > root.i for t in root.sent
        )
    return any(c.dep_ == "ccomp" for c in root.children)


def _says_nothing(root: Token) -> bool:
    """A reporting verb with no content: no clause, object or quote under it ("X suggests so"), nor a clause the
    parser hung on where it was said ("X said in a statement that ...")."""
    return (
        root.lemma_.lower() in REPORTING_VERBS
        and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "attr", "acomp", "advcl", "parataxis") for c in root.children
        )
        and hung_content(root) is None
    )


def claim_worthiness(sent: Span, kind: str, attributed: bool) -> float:
    """A 0..1 score; higher means more worth an analyst's verdict."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 4:
        return 0.0
    if sent.text.rstrip("”\"’' ").endswith("?"):
        return 0.1
    root = sent.root
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return 0.1
    score = 0.25
    if kind in ("quote", "reported") or attributed:
        score += 0.3
    has_entity = any(e.label_ in _CONTENT_ENTS for e in sent.ents)
    has_number = any(t.like_num for t in sent) or any(e.label_ in ("CARDINAL", "QUANTITY") for e in sent.ents)
    if has_entity:
        score += 0.15
    if has_number:
        score += 0.1
    if not has_entity and not has_number:
        score -= 0.15
    if any(t.dep_ == "neg" for t in sent):
        score += 0.05
    if _discloses(root):
        score += 0.15  # the finding a story turns on, though it names no one and gives no figure
    if root.tag_ in ("VBD", "VBN") or any(t.tag_ == "VBD" for t in sent):
        score += 0.1
    if kind == "statement" and root.lemma_ in ("be", "have") and root.tag_ in ("VBZ", "VBP"):
        score -= 0.2  # present-tense description: background, not an event
    if root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        score -= 0.3  # imperative: a call to action
    if words[0].lower_ in _HEDGES:
        score -= 0.15
    if len(words) < 7 and kind == "statement":
        score -= 0.15  # a short line in the outlet's voice is most often a caption or a fragment
    elif len(words) < 7 and not has_entity and not has_number and _is_evaluation(root):
        score -= 0.1  # "Nothing is more honorable.": a judgement, not a checkable claim
    if len(words) > 60:
        score -= 0.1
    if _is_verification_note(sent):
        score -= 0.3
    if kind == "reported" and _says_nothing(root):
        score -= 0.2  # "A new statement suggests so.": someone spoke, but the sentence carries no claim
    return max(0.0, min(1.0, score))
