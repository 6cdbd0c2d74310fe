"""What a numeral counts and whose the counted are, read from the parse: persons by what was done to them
("500 killed", "12 dead", "only 40 were detained"), persons a pronoun names ("five of them"), what "the
number of <noun>" or a death toll names, and the name before the counted noun ("12 Sudmark soldiers").

Split from figures.py, whose `number_entry` asks these questions of each numeral.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import PERSON_NOUNS, ROLE_NOUNS
from factcheck.extract.names import ent_span

# Words for people beside the person and role words of the lexicon: "500 people killed", "20 troops wounded".
_PEOPLE_WORDS = frozenset(
    "people person persons civilian civilians child children troop troops men women casualty casualties victims "
    "body bodies".split()
)
# Adjectives that name people by what happened to them: "12 dead", "40 injured".
CASUALTY_WORDS = frozenset("dead injured wounded missing hurt".split())


def owner_of(noun: Token) -> str | None:
    """Whose the counted things are, when a name before the noun says so: "12 Sudmark soldiers", "20 Indian
    troops", "Norland's soldiers", or before the noun it is joined to ("a Sudmark colonel and two soldiers
    were killed"). Each side's own losses are two counts, not two answers to one count."""
    owner = _named_before(noun)
    if owner is None and noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        owner = _named_before(noun.head)
        if owner is None and noun.head.dep_ == "appos":  # "two Sudmark officers, both majors, and five soldiers"
            owner = _named_before(noun.head.head)
    if owner is None and (first := _first_conjunct(noun)) is not None:
        owner = _named_before(first)
    return owner


def _first_conjunct(noun: Token) -> Token | None:
    """The noun a subject is joined to when an apposition stands between them: in "a Sudmark colonel, the
    commander of a battalion, and two soldiers were killed" the parser hangs "soldiers" on the verb as a
    second subject, and the "and" on "colonel"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for sibling in noun.head.children:
        if sibling.i >= noun.i:
            break
        if (
            sibling.dep_ == noun.dep_
            and sibling.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "cc" and c.i < noun.i for c in sibling.children)
            and any(c.dep_ == "appos" for c in sibling.children)
        ):
            return sibling
    return None


def _named_before(noun: Token) -> str | None:
    """The name among the noun's modifiers before it ("Sudmark" of "12 Sudmark soldiers"), if any."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("compound", "amod", "poss", "nmod"):
            continue
        if child.pos_ == "PROPN" or child.ent_type_ in ("NORP", "GPE", "ORG"):
            ent = ent_span(child)
            return (ent.text if ent is not None and ent.end <= noun.i else child.text).removesuffix("'s").strip()
    return None


def of_persons(tok: Token) -> bool:
    """The numeral counts persons a pronoun names: "twelve thousand of us", "five of them"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lower_ in _PERSONS for o in prep.children)
        for prep in tok.children
    )


def there_were(counted: Token) -> bool:
    """The count is said to have been there: "there were 12,000 of us" ("be" with an expletive "there")."""
    verb = counted.head
    return verb.lemma_ == "be" and counted.dep_ in ("attr", "nsubj") and any(c.dep_ == "expl" for c in verb.children)


_PERSONS = frozenset("us them you".split())
# Things done only to persons: a bare numeral they are done to counts persons ("only 40 were detained").
_DONE_TO_PERSONS = frozenset(
    """kill injure wound hurt arrest detain jail imprison abduct kidnap release free evacuate rescue displace
    execute murder shoot hospitalize hospitalise treat deport expel""".split()
)
# Verbs of dying, whose bare numeral subject counts persons ("14 died").
_DYING = frozenset("die perish drown".split())


def counted_before(tok: Token) -> Token | None:
    """The noun of persons a bare numeral leaves out, counted just before it in its sentence: "soldiers" of "5
    <Force> soldiers were killed and 11 were injured" (whose owner it keeps)."""
    for t in reversed(tok.sent[: tok.i - tok.sent.start]):
        if t.like_num and t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < tok.i:
            return t.head if may_count_people(t.head) else None  # "two buses were hit and 11 were injured"
    return None


def subject_done_to(tok: Token) -> bool:
    """A bare numeral is the subject of a passive verb done only to persons ("only 40 were detained", "at
    least 17 were killed"; not "200 were destroyed", which counts homes, cars or anything), or of a verb of
    dying ("14 died")."""
    lemma = tok.head.lemma_.lower()
    return (tok.dep_ == "nsubjpass" and lemma in _DONE_TO_PERSONS) or (tok.dep_ == "nsubj" and lemma in _DYING)


def participle_of(tok: Token) -> Token | None:
    """What a bare numeral had done to it, when it names people by it: "500 killed" (a participle
    hung on the numeral), "12 dead" (the numeral on a casualty adjective). None otherwise."""
    if tok.pos_ == "ADJ" and tok.lemma_.lower() in CASUALTY_WORDS:
        return tok
    for child in tok.children:
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and child.i > tok.i:
            return child
    return None


def may_count_people(head: Token) -> bool:
    """Whether the word a numeral counts may be people, so that a participle on it ("20 soldiers killed") tells
    what happened to people: a person or role word, or no noun at all ("12 dead"). Things ("three movies
    combined", "200 homes destroyed") keep their own noun."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return True
    lemma, word = head.lemma_.lower(), head.lower_
    return bool({lemma, word} & (PERSON_NOUNS | ROLE_NOUNS | _PEOPLE_WORDS))


def number_of(sent: Span) -> Token | None:
    """What a sentence says it counts with "the number of <noun>" ("estimates the number of people killed at
    ..."): the figure written elsewhere in it counts that noun."""
    for tok in sent:
        if tok.lower_ == "number" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            continue  # "a number of jihadists": some, not a count
        if tok.lower_ in ("number", "toll", "tally", "count", "total"):
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "ADJ")), None)
                    if pobj is not None:
                        return pobj
    return None


def death_toll(sent: Span) -> bool:
    """The sentence speaks of a death toll ("the death toll has risen to 63", "a casualty toll of ..."): a figure
    with no noun of its own counts the dead."""
    return any(
        t.lower_ == "toll" and any(c.lemma_.lower() in ("death", "casualty", "fatality") for c in t.lefts) for t in sent
    )
