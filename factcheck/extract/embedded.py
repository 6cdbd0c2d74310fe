"""Speakers inside a clause of the outlet's sentence, when its main clause gives none: "Kern showed footage of
a blast that he said was not caused by a shell" (he, Kern), "a ridge that Norland claims as its own", "...,
which critics said was unfair" (the party, group, role or people of a kind the clause names).

attribution.py tries it after the main clause (`clauses.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from factcheck.extract.clauses import subject_of
from factcheck.extract.described import many_people
from factcheck.extract.lexicon import (
    ATTRIBUTION_VERBS,
    GROUP_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSON_SUFFIXES,
    REPORTING_VERBS,
    ROLE_NOUNS,
)
from factcheck.extract.mentions import Attribution, Mention, mention_from_token


def embedded(sent: Span, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """With no speaker in the main clause, a speech verb in a clause inside it: "Kern showed footage of a
    blast that he said was not caused by a shell" → he (Kern); "a ridge that Norland claims as its own",
    "..., which the ministry says caused the flood" → the party, group or role the clause names."""
    for verb in sent:
        clause = clause_of(verb)
        if clause.dep_ not in ("relcl", "ccomp", "advcl", "pcomp") or verb.lemma_.lower() not in _clause_verbs(clause):
            continue  # pcomp: "in what many engineers said was ..."
        if inside_quote(verb.idx) or any(c.dep_ == "neg" for c in verb.children):
            continue
        if clause.dep_ == "relcl" and clause.head.lower_ in ANY_UTTERANCE:
            continue  # "as damaging as anything <X> said": about what X said, not X's claim
        if clause.dep_ == "relcl" and _addressed(verb):
            continue  # "the guard he was yelling at": whom he yelled at, not what he said
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        # "what many analysts said was ...": the parser can give the clause's "what" as a second subject
        subj = next((c for c in subjects if c.tag_ not in ("WP", "WDT")), subjects[0] if subjects else None)
        if subj is None and clause.dep_ == "advcl" and clause.tag_ == "VBG":
            subj = subject_of(clause.head)  # "<Name> was defensive ..., saying ..."
        relative = subj is not None and subj.lower_ == "who" and clause.dep_ == "relcl"
        if relative:
            subj = clause.head  # "<Name>, who said ...": the person the clause is about
        if subj is None or inside_quote(subj.idx):
            continue
        if subj.lower_ in PERSON_PRONOUNS or subj.ent_type_ == "PERSON":
            mention = _main_subject(sent, subj) or mention_from_token(subj)
            if mention is not None:
                return Attribution(mention, verb.text, verb.i)
        elif subj.lower_ == "they" and (mention := _main_plural(sent)) is not None:
            return Attribution(mention, verb.text, verb.i)  # "<Group> voted it down because they said ..."
        elif clause.dep_ == "relcl" and (mention := mention_from_token(subj)) is not None and mention.pronoun == "role":
            return Attribution(mention, verb.text, verb.i)  # "a lecture from the <Country> president, who said ..."
        elif (clause.dep_ != "advcl" or _conceded(clause, verb)) and (
            mention := named_voice(subj, kind=_holds_view(verb, relative))
        ) is not None:
            return Attribution(mention, verb.text, verb.i)
    return None


def _addressed(verb: Token) -> bool:
    """A relative clause that names whom a verb of speech was aimed at, and nothing said: "the guard he was
    yelling at", "the aide she spoke to" (a preposition left without its object, no content clause)."""
    stranded = any(c.dep_ == "prep" and not any(c.children) for c in verb.children)  # not "complained about not ..."
    return stranded and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)


def clause_of(verb: Token) -> Token:
    """The clause a verb speaks in: itself, or for a conjunct with no subject of its own the clause verb it
    shares one with ("<Name>, though she praised the engineers and said the council should ..., stopped
    short of ...": the "said" is in the "though" clause, its subject "she")."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children)  # "is expected to"
    if verb.dep_ == "conj" and verb.head.dep_ in ("relcl", "advcl") and not own_subject:
        return verb.head
    return verb


def _conceded(clause: Token, verb: Token) -> bool:
    """An adverbial clause that sets a view against the sentence: "while / though the council says it is on
    its way, ..." holds what the council says (the verb, the clause's own or a conjunct of it, says it in
    a content clause). A clause of time or cause does not ("after the army declared it had taken the town,
    gunfire killed ..." tells an event; the declaration is its background)."""
    return any(c.dep_ == "mark" and c.lower_ in _CONCEDING for c in clause.children) and any(
        c.dep_ == "ccomp" for c in verb.children
    )


_CONCEDING = frozenset("while whilst although though whereas".split())


def _main_subject(sent: Span, pronoun: Token) -> Mention | None:
    """The person a "he" / "she" in a clause inside the sentence stands for when the main clause's subject is
    one person named ("In what he called a rant, President <Name> took a whack at ..."): that subject, not a
    person of an earlier sentence. A definite role ("the minister") is left to the pronoun, as before."""
    if pronoun.lower_ not in ("he", "she"):
        return None
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NN", "NNP"):  # one person: "voters booed <Name> as he said" is not them
        return None
    mention = mention_from_token(subj)
    return mention if mention is not None and mention.is_person and mention.pronoun is None else None


def _main_plural(sent: Span) -> Mention | None:
    """Whom a "they" in a clause inside the sentence stands for: the main clause's plural subject, people or a
    party ("Norland senators voted the bill down because they said ...", "Farmers fought the plan, a plan they
    say will ..."); nobody when that subject is one person or a thing."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NNS", "NNPS"):
        return None
    mention = mention_from_token(subj)
    if mention is None or mention.pronoun is not None:
        return None
    return mention if mention.side or many_people(mention.name) or named_voice(subj, kind=True) else None


# Words a relative clause of speech can hang on without naming what was said: "anything <X> said".
ANY_UTTERANCE = frozenset("anything everything something nothing all much little whatever".split())


def _clause_verbs(verb: Token) -> frozenset[str]:
    """The verbs whose clause gives a speaker: speech verbs; also stance verbs in "<Name>, who criticized /
    questioned / welcomed ...", a clause about a person that says what they hold."""
    who = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
    return ATTRIBUTION_VERBS if who else REPORTING_VERBS


def named_voice(subj: Token, kind: bool = False) -> Mention | None:
    """A speaker a clause's subject names without a pronoun: a party, a body, a group or people in a role
    ("Norland", "the water ministry", "many engineers"), or with `kind` people of a kind ("critics",
    "farmers"); never the thing the clause is about ("banners that said ...") nor a pronoun left to resolve."""
    if subj.pos_ == "PRON" or subj.lower_ in ("that", "which", "who", "what"):
        return None
    mention = mention_from_token(subj)
    if mention is None or mention.pronoun is not None:
        return None
    words = mention.name.lower().split()
    head = words[-1] if words else ""
    named = subj.ent_type_ in ("ORG", "NORP", "GPE") or head in ROLE_NOUNS or head in GROUP_NOUNS
    return mention if named or (kind and _people_of_a_kind(subj)) else None


# People described by the view they hold of something: "a veto (which) critics said was unfair".
_VIEW_HOLDERS = frozenset(
    "critics opponents detractors skeptics sceptics observers insiders allies advocates proponents backers "
    "defenders".split()
)


def _holds_view(verb: Token, relative: bool) -> bool:
    """Whether people of a kind who are a clause's subject say what its verb's content clause holds: they are
    the clause's own subject ("a veto which critics said was unfair"), not the noun a "who" clause describes
    ("voters who decided late", "critics who called it unfair": the sentence is about them), and the verb has
    a content clause ("what voters are saying" says nothing)."""
    return not relative and any(c.dep_ == "ccomp" for c in verb.children)


def _people_of_a_kind(subj: Token) -> bool:
    """A plural noun for people of a kind or a walk of life ("critics", "economists", "many farmers"): in a
    clause inside the outlet's sentence they hold what the clause says ("a deadline that several insiders
    said went unnoticed"). A singular one ("a farmer") is left to the rules for a person."""
    if subj.tag_ != "NNS":
        return False
    word = subj.lower_
    single = word[:-1] if word.endswith("s") else word
    return word in _VIEW_HOLDERS or single in PERSON_NOUNS or (single.endswith(PERSON_SUFFIXES) and len(single) > 5)
