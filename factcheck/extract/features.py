"""What linking needs to know about a claim, computed once from the parse (so linking needs no spaCy).

Besides the bag of content lemmas and entities used for similarity, this records the structure
that tells whether two claims can both hold: the content predicates under the reporting verb with
their polarity, whether the speaker rejects someone's claim (and whose), the numbers with what
they count and whether they are bounds, and where things happened. Everything is plain JSON so
that the store can cache it with the claims.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from factcheck.extract.figures import approximation, in_range, number_entry, span_of
from factcheck.extract.lexicon import (
    ATTRIBUTION_VERBS,
    DENIAL_VERBS,
    DENIAL_WORDS,
    NEGATED_DENIAL_WORDS,
    NEGATION_WORDS,
    REPORTING_VERBS,
)
from factcheck.extract.speech_verbs import refuses_a_thing
from factcheck.extract.unshown import lacking_evidence, opens_with_that

_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
_LOCATIVE_PREPS = frozenset("in at near inside outside across around throughout".split())
_CONTENT_DEPS = frozenset(("ccomp", "xcomp", "conj", "parataxis", "advcl"))
_ARG_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "attr", "pobj", "acomp", "agent", "oprd"))
_CLAIM_NOUNS = frozenset(
    "claim report reports assertion statement allegation account story version rumor rumour speculation "
    "suggestion accusation".split()
)


def entity_key(text: str) -> str:
    """A mention's comparable form: lower case, no leading article, no possessive ending."""
    key = text.lower().strip()
    key = re.sub(r"^(the|a|an)\s+", "", key)
    key = re.sub(r"[’']s?$", "", key).strip(" .,;:“”\"'")
    return key


def _is_negated(tok: Token) -> bool:
    """A predicate is negated by a `neg` child, "never", or a "no"/"none" determiner on an argument."""
    for child in tok.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "nowhere"):
            return True
        if child.dep_ in _ARG_DEPS and child.lower_ in ("nothing", "none", "nobody", "noone"):
            return True
        if child.dep_ in _ARG_DEPS and any(g.dep_ == "det" and g.lower_ == "no" for g in child.children):
            return True
    return False


# Belief verbs that raise a negation above themselves: "I do not think the dam broke" holds that it did not.
RAISED_BELIEF = frozenset("think believe expect feel reckon suppose imagine".split())
# Speech verbs whose negation with a content clause disowns a report: "<X> never said that the dam broke" rejects
# the claim put in X's mouth, as "<X> denied saying it" would. Not "did not confirm / know that ...": those hold
# nothing back.
DISOWNED_SPEECH = frozenset("say claim state tell write tweet post announce declare assert allege mention".split())
_OPEN_QUESTION = frozenset("whether if how what when where why who which".split())


def _negated_over(verb: Token, clause: Token, verbs: frozenset[str]) -> bool:
    """One of `verbs`, negated, over a content clause that states something ("never said that ..."), not one
    that leaves a question open ("did not say whether / when ...")."""
    if verb.lemma_.lower() not in verbs or clause.dep_ != "ccomp" or not _is_negated(verb):
        return False
    return not any(t.lower_ in _OPEN_QUESTION for t in clause.lefts)


def _disowned_report(tok: Token) -> bool:
    """ "<X> never said / did not claim that ...": the sentence rejects a report of what X said."""
    return tok.lemma_.lower() in DISOWNED_SPEECH and any(_negated_over(tok, c, DISOWNED_SPEECH) for c in tok.children)


# Prepositions by which a verb names where it was said: "said in a statement", "wrote on its website".
_SAID_IN = frozenset("in on during through via".split())


def hung_content(verb: Token) -> Token | None:
    """The content clause the parser hung on where or to whom something was said, not on the verb: in "<X>
    said in a statement that the dam was safe" or "<X> told a briefing that ..." it may make the that-clause
    part of "statement" or "briefing", leaving the verb with nothing to say. The clause is what was said when
    it opens with the conjunction "that", not with the relative pronoun ("a statement that was released")."""
    nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _SAID_IN for o in p.children]
    nouns += [c for c in verb.children if c.dep_ == "dobj"]
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ in ("acl", "relcl") and opens_with_that(clause):
                return clause
    return None


def _content_predicates(sent: Span) -> list[tuple[Token, bool]]:
    """The predicates that carry what is claimed, each with whether a negated belief verb above it turns its
    polarity ("I do not think the dam broke"): under a reporting or stance verb ("said", "determined",
    "believes"), its complement clauses, so "X determined there were no strikes" says no; under a lack of
    evidence ("found no evidence that the dam broke"), the clause it is lacking for, turned."""
    out: list[tuple[Token, bool]] = []
    seen: set[int] = set()

    def visit(tok: Token, depth: int, turned: bool) -> None:
        if tok.i in seen or depth > 4:
            return
        seen.add(tok.i)
        lemma = tok.lemma_.lower()
        unshown = lacking_evidence(tok)
        if unshown is not None:  # "no evidence that the dam broke": the dam's breaking, said not to be shown
            visit(unshown, depth + 1, not turned)
            return
        clauses = [c for c in tok.children if c.dep_ in _CONTENT_DEPS and c.pos_ in ("VERB", "AUX", "ADJ")]
        hung = hung_content(tok) if lemma in REPORTING_VERBS and not clauses else None
        if hung is not None:
            clauses = [hung]  # "said in a statement that ...", the clause hung on "statement"
        if lemma in ATTRIBUTION_VERBS and lemma not in DENIAL_VERBS and (
            hung is not None or any(c.dep_ in ("ccomp", "xcomp") for c in clauses)
        ):
            for c in clauses:
                visit(c, depth + 1, turned != _negated_over(tok, c, RAISED_BELIEF))
            return
        out.append((tok, turned))
        for c in clauses:
            if c.dep_ in ("conj", "ccomp", "parataxis"):
                visit(c, depth + 1, turned)

    visit(sent.root, 0, False)
    return out


def _arg_key(tok: Token) -> str | None:
    """The lemma of a predicate's subject or object (its entity's key when it is a name)."""
    if tok.ent_type_:
        ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return entity_key(ent.text)
    if tok.is_stop or not tok.is_alpha:
        return None
    return tok.lemma_.lower()


def _arg_words(tok: Token) -> list[str]:
    """The common nouns that say what a named subject is ("the ferry Ada", "Ada, a passenger ferry": "ferry"),
    so that "the ferry did not sink" can answer "the ferry Ada sank" though one names the boat and the other
    does not. Empty for a subject that is no name or has no such noun."""
    if not tok.ent_type_ and tok.pos_ != "PROPN":
        return []
    return sorted(
        {
            c.lemma_.lower()
            for c in tok.children
            if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c.is_alpha and not c.is_stop
        }
    )


def _predicate_entry(tok: Token, turned: bool = False) -> dict[str, Any]:
    """One content predicate: lemma, polarity (turned when a negated belief verb is raised above it) and the
    lemmas of its subject and object; for a named subject, the nouns that say what it is (`_arg_words`)."""
    subj = obj = None
    kinds: list[str] = []
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl") and subj is None and child.dep_ != "expl":
            subj = _arg_key(child)
            kinds = _arg_words(child)
        elif child.dep_ in ("dobj", "attr", "acomp", "oprd") and obj is None:
            obj = _arg_key(child)
        elif child.dep_ == "prep" and obj is None:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                obj = _arg_key(pobj)
    entry = {"lemma": tok.lemma_.lower(), "neg": _is_negated(tok) != turned, "subj": subj, "obj": obj}
    if subj and kinds:
        entry["subj_kind"] = kinds  # what the named subject is: "ferry" of "the ferry Ada"
    return entry


def _denial(sent: Span) -> tuple[bool, list[str], list[str]]:
    """Whether the sentence rejects a claim, the names it mentions as the rejected party, and the denier's."""
    denier: set[int] = set()
    denying = False
    scope: list[Token] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if (
            lemma in DENIAL_VERBS
            and tok.pos_ == "VERB"
            and not _is_negated(tok)
            and not _aside_of_another(tok)
            and not refuses_a_thing(tok)  # "rejected the offer": an act, no "no" to a claim
        ):
            denying = True
            denier.update(_subject_tokens(tok))
        elif _not_true(tok) or (
            tok.lower_ in DENIAL_WORDS
            and tok.pos_ in ("ADJ", "NOUN")
            and not _is_negated(tok.head)
            and not _wrong_with_no_claim(tok)
        ):
            denying = True
            scope.append(tok.head)
        elif _disowned_report(tok) and not _aside_of_another(tok):
            denying = True  # the disowned speaker is no denier: its name stays among the targets
        elif _doubts(tok) and not _aside_of_another(tok):
            denying = True
            # "<X> cast doubt", "<X> is sceptical": the doubter is the head's subject; "<X> questioned": the verb's
            denier.update(_subject_tokens(tok if tok.pos_ == "VERB" else tok.head))
    if not denying:
        return False, [], []
    denier_keys: list[str] = []
    for ent in sent.ents:
        if any(t.i in denier for t in ent):
            key = entity_key(ent.text)
            if key and key not in denier_keys:
                denier_keys.append(key)
    targets: list[str] = []
    for ent in sent.ents:
        if ent.label_ in ("ORG", "NORP", "PERSON", "GPE") and not any(t.i in denier for t in ent):
            key = entity_key(ent.text)
            if key and key not in targets:
                targets.append(key)
    for tok in sent:
        if tok.lemma_.lower() in _CLAIM_NOUNS:
            for child in tok.children:
                if child.dep_ in ("poss", "compound") and child.pos_ in ("PROPN", "NOUN"):
                    key = entity_key(child.text)
                    if key not in targets and child.i not in denier:
                        targets.append(key)
    return True, targets, denier_keys


def _subject_tokens(verb: Token) -> set[int]:
    """The token indices of a verb's subject or agent phrase: who rejects, when the verb rejects."""
    return {t.i for child in verb.children if child.dep_ in ("nsubj", "agent") for t in child.subtree}


# Conjunctions of a clause set beside the main one: "..., as some began to raise doubts", "..., while <X> denied it".
_BESIDE = frozenset("as while whereas although though".split())


def _aside_of_another(tok: Token) -> bool:
    """The word lies in a clause set beside the main one with a subject of its own ("The government insisted
    talks went on, as some began to raise doubts a truce was agreed"): another's rejection, not the claim's."""
    root_subject = next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BESIDE for c in cur.children):
            own = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return own is not None and (root_subject is None or own.lower_ != root_subject.lower_)
        cur = cur.head
    return False


# Verbs that put doubt on something ("cast doubt over claims that ...", "raised doubts about the report").
_DOUBT_VERBS = frozenset("cast throw raise pour express voice".split())
# What is doubted of a claim when it is questioned: "questioned the authenticity of the recording".
_TRUTH_NOUNS = frozenset("authenticity veracity accuracy credibility validity reliability truth truthfulness".split())
# Adjectives of doubt about a claim ("sceptical of claims that ...", "doubtful that ...").
_DOUBT_ADJECTIVES = frozenset("sceptical skeptical doubtful".split())


def _doubts(tok: Token) -> bool:
    """Doubt put on a claim: "cast / raised doubt(s) over ...", "questioned / doubted claims that ...", "sceptical
    of the report": a rejection, though no word of it says "false". Not "there is no doubt that ...", nor a
    person questioned ("questioned the mayor about ...")."""
    lemma = tok.lemma_.lower()
    if lemma == "doubt" and tok.pos_ == "NOUN":
        no = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        return not no and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DOUBT_VERBS and not _is_negated(tok.head)
    if lemma in ("question", "doubt") and tok.pos_ == "VERB" and not _is_negated(tok):
        judged = [c for c in tok.children if c.dep_ in ("dobj", "ccomp")]
        return any(c.dep_ == "ccomp" or c.lemma_.lower() in _CLAIM_NOUNS | _TRUTH_NOUNS for c in judged) and (
            lemma == "doubt" or all(c.dep_ == "dobj" for c in judged)
        )
    if lemma in _DOUBT_ADJECTIVES and tok.pos_ == "ADJ" and not _is_negated(tok.head):
        return any(c.dep_ in ("prep", "ccomp") for c in tok.children)
    return False


# Subjects that name no claim: "something was wrong", "nothing is false about it".
_NO_CLAIM_SUBJECTS = frozenset("something anything nothing everything someone somebody anyone anybody".split())


def _wrong_with_no_claim(tok: Token) -> bool:
    """A word of falsehood that judges no claim: "he knew something was wrong", "things went wrong", "the wrong
    gate" ("wrong" judges a claim only as what its subject is said to be: "the figure is wrong")."""
    if tok.lower_ == "wrong" and (tok.dep_ not in ("acomp", "attr") or tok.head.lemma_.lower() == "go"):
        return True
    if tok.dep_ not in ("acomp", "attr"):
        return False
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == "some" and not subject.n_lefts + subject.n_rights:
        return True  # "he knew some was wrong": messy text for "something"; not "some of the figures are wrong"
    return subject is not None and subject.lower_ in _NO_CLAIM_SUBJECTS


def _not_true(tok: Token) -> bool:
    """ "<claim> is not true" or "it is not true that …": a claim (or what follows) called untrue, not a
    state denied ("the dam was not ready")."""
    if tok.lower_ not in NEGATED_DENIAL_WORDS or tok.dep_ != "acomp" or not _is_negated(tok.head):
        return False
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or subject.lemma_.lower() in _CLAIM_NOUNS or subject.lower_ in ("it", "this", "that")


def _attribution_tokens(sent: Span) -> set[int]:
    """Token indices that say who speaks and where ("X said on Facebook"), not what is claimed."""
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma not in REPORTING_VERBS:
        return set()
    hung = hung_content(root)
    has_content = hung is not None or any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in root.children)
    if lemma not in DENIAL_VERBS and not has_content:
        return set()
    deps = {"nsubj", "nsubjpass", "agent", "npadvmod", "punct", "aux", "advmod"}
    if lemma not in DENIAL_VERBS:
        deps |= {"dobj", "dative", "prep"}  # "told Reuters", "said on Twitter"
    out = {root.i}
    for child in root.children:
        if child.dep_ in deps and not approximation(child):  # "said about two tonnes had leaked"
            out.update(t.i for t in child.subtree)
    if hung is not None:
        out -= {t.i for t in hung.subtree}  # what was said, though hung on where it was said
    return out


def _is_content_word(tok: Token) -> bool:
    return (
        not (tok.is_stop or tok.is_punct or tok.is_space or not tok.is_alpha or len(tok) < 2)
        and tok.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV")
    )


# Nouns of time: in a date ("last week", "on Sunday morning") they say when, not what.
_TIME_NOUNS = frozenset(
    """time day week month year decade century hour minute second night morning afternoon evening weekend
    weekday today tonight tomorrow yesterday noon midnight dawn dusk season spring summer autumn fall winter
    quarter half end start beginning era age period moment holiday anniversary date come""".split()
)


def _time_word(tok: Token) -> bool:
    """Whether a token of a date or a time says when: any of it but a lower-case noun or verb that names no
    time. The tagger stretches a date over what follows it ("on Sunday that Saturday's march" is one date,
    its "march" a proper noun: the month), and "march" there is what the claim is about."""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return False
    return not (tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.is_lower and tok.lemma_.lower() not in _TIME_NOUNS)


def claim_features(sent: Span, quoted: float) -> dict[str, Any]:
    """Content lemmas, entities, numbers, places, content predicates, negation and denial of a sentence."""
    lemmas: list[str] = []
    negations: list[str] = []
    denials: list[str] = []
    numbers: list[list[Any]] = []
    span: str | None = None  # the span of time its figures add up (`span_of`), the first that says
    places: list[str] = []
    for tok in sent:
        low = tok.lower_
        if tok.dep_ == "neg" or low in NEGATION_WORDS:
            negations.append(low)
        lemma = tok.lemma_.lower()
        if (lemma in DENIAL_VERBS and not _aside_of_another(tok) and not refuses_a_thing(tok)) or (
            low in DENIAL_WORDS and not _wrong_with_no_claim(tok)
        ):
            denials.append(lemma if lemma in DENIAL_VERBS else low)
        elif _not_true(tok):
            denials.append(f"not {low}")
        elif _disowned_report(tok) and not _aside_of_another(tok):
            denials.append(f"not {lemma}")
        elif _doubts(tok) and not _aside_of_another(tok):
            denials.append(lemma)
        if (tok.like_num or tok.pos_ == "NUM") and not in_range(tok):
            entry = number_entry(tok)
            if entry is not None:
                numbers.append(entry)
                span = span or span_of(tok)
        if _is_content_word(tok):
            lemmas.append(lemma)
    entities = [[ent.text, ent.label_] for ent in sent.ents]
    for ent in sent.ents:
        key = entity_key(ent.text)
        if ent.label_ in _PLACE_LABELS and key not in places:
            places.append(key)
    attribution = _attribution_tokens(sent)
    content_lemmas = [
        t.lemma_.lower() for t in sent if t.i not in attribution and _is_content_word(t) and not _time_word(t)
    ]
    predicates = _content_predicates(sent)
    locatives: list[list[str]] = []
    for pred, _ in predicates:
        for prep in pred.children:
            if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_PREPS:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in _PLACE_LABELS:
                        arg = _arg_key(pobj)
                        if arg:
                            locatives.append([pred.lemma_.lower(), arg])
    denies, targets, deniers = _denial(sent)
    pred_entries = [_predicate_entry(p, turned) for p, turned in predicates]
    negated = bool(pred_entries) and pred_entries[0]["neg"]
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return {
        "lemmas": lemmas,
        "entities": entities,
        "numbers": numbers,
        "span": span,
        "negations": negations,
        "denials": denials,
        "root": root.lemma_.lower(),
        "subject": subject.lemma_.lower() if subject is not None else None,
        "tense": root.morph.get("Tense", ["?"])[0] if root.morph.get("Tense", []) else None,
        "quoted": round(quoted, 2),
        "content_lemmas": content_lemmas,
        "places": places,
        "predicates": pred_entries,
        "locatives": locatives,
        "negated": negated,
        "denies": denies,
        "denial_targets": targets,
        "deniers": deniers,
    }
