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

from factcheck.extract.lexicon import (
    ATTRIBUTION_VERBS,
    DENIAL_VERBS,
    DENIAL_WORDS,
    NEGATED_DENIAL_WORDS,
    NEGATION_WORDS,
    REPORTING_VERBS,
)
from factcheck.extract.names import ent_span

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SUFFIXED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|bn|b)$", re.IGNORECASE)
_SUFFIXES = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "thousand": 1000, "million": 1_000_000,
}
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Words before a number that make it a bound or an estimate rather than an exact count.
_LOWER_BOUND = frozenset("least more over above exceeding upwards beyond".split())
_UPPER_BOUND = frozenset("most less fewer under below".split())
_APPROXIMATE = frozenset("about around approximately roughly some estimated nearly almost close".split())
_NOT_COUNTS = frozenset(("DATE", "TIME", "ORDINAL", "MONEY"))
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
_LOCATIVE_PREPS = frozenset("in at near inside outside across around throughout".split())
_CONTENT_DEPS = frozenset(("ccomp", "xcomp", "conj", "parataxis", "advcl"))
_ARG_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "attr", "pobj", "acomp", "agent", "oprd"))
_CLAIM_NOUNS = frozenset("claim report reports assertion statement allegation account story version".split())
_POSITIVE_DETERMINERS = frozenset("the a an".split())
# Adjectives that name people by what happened to them: "12 dead", "40 injured".
_CASUALTY_WORDS = frozenset("dead injured wounded missing hurt".split())
# "to-300", the second half of a hyphenated range as the tokenizer leaves it.
_HYPHEN_RANGE = re.compile(r"^to[-–](\d[\d,]*(?:\.\d+)?)$")
# Nouns that place a figure on a scale rather than name what it counts: "the low end of the range".
_SCALE_NOUNS = frozenset("spectrum range end estimate figure mark level scale bracket".split())


def entity_key(text: str) -> str:
    """A mention's comparable form: lower case, no leading article, no possessive ending."""
    key = text.lower().strip()
    key = re.sub(r"^(the|a|an)\s+", "", key)
    key = re.sub(r"[’']s?$", "", key).strip(" .,;:“”\"'")
    return key


def _number_value(text: str) -> float | None:
    suffixed = _SUFFIXED.match(text)
    if suffixed:
        return float(suffixed.group(1).replace(",", "")) * _SUFFIXES[suffixed.group(2).lower()]
    match = _NUMBER.search(text)
    if match:
        try:
            return float(match.group().replace(",", ""))
        except ValueError:
            return None
    return float(_WORD_NUMBERS[text.lower()]) if text.lower() in _WORD_NUMBERS else None


def _governing_verb(tok: Token) -> str | None:
    """The lemma of the first verb above a token (what happened to the counted thing)."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return cur.lemma_.lower() if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower()
    return None


def _number_entry(tok: Token) -> list[Any] | None:
    """[value, counted noun, bound, governing verb(, upper end of a range)] for one numeral.

    The bound is ">=" ("at least 17"), "<=" ("fewer than 40"), "~" ("about", "up to", "as many
    as": a rough size) or "=". Percentages count "percent", so "11%" and "11 per cent" compare.
    """
    value = _number_value(tok.text)
    if value is None or tok.lower_ in ("one", "a", "an"):
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in _MULTIPLIERS and value < 1000:
        value *= _MULTIPLIERS[nxt.lower_]
    window = doc[tok.i + 1 : min(len(doc), tok.i + 3)]
    percent = "%" in tok.text or any(t.lower_ in ("%", "percent", "per", "pct") for t in window)
    if tok.ent_type_ in _NOT_COUNTS and not percent:
        return None
    head = tok.head
    while (head.like_num or _HYPHEN_RANGE.match(head.text)) and head.head.i != head.i and head.i != tok.i:
        head = head.head  # "100-to-300 range": the tagger may take "to-300" for the noun
    done_to = _participle_of(tok) or _participle_of(head)
    if percent:
        noun: str | None = "percent"
    elif done_to is not None:
        noun = "people"  # "500 killed", "12 dead": the numeral counts people
    elif _across_colon(tok, head):
        noun = None  # "500 killed ...: Health Ministry": a headline's source is not what is counted
    else:
        noun = head.lemma_.lower() if head.pos_ in ("NOUN", "PROPN") else None
        counted = _number_of(tok.sent) if noun in _SCALE_NOUNS or noun is None else None
        if counted is not None and counted.lemma_.lower() in _CASUALTY_WORDS:
            noun, done_to = "people", counted  # "confirming the number of dead at 20": as "20 dead"
        elif counted is not None:
            noun = counted.lemma_.lower()  # "the number of people killed at the low end of the 100-to-300 range"
    before = [t.lower_ for t in doc[max(tok.sent.start, tok.i - 3) : tok.i]]
    last = " ".join(before[-2:])
    words = set(before) | {c.lower_ for c in tok.children}
    if last in ("up to", "as many", "many as") or words & _APPROXIMATE:
        bound = "~"
    elif words & _LOWER_BOUND and "most" not in words:
        bound = ">="
    elif words & _UPPER_BOUND:
        bound = "<="
    else:
        bound = "="
    verb = done_to.lemma_.lower() if done_to is not None else _governing_verb(head if noun else tok)
    entry: list[Any] = [value, noun, bound, verb]
    upper = _range_end(tok)
    if upper is not None and upper > value:
        entry.append(upper)  # "400-500 metres", "150,000 to 200,000 people": a range
    owner = _owner_of(head) if noun and head.i != tok.i and done_to is None else None
    if owner is not None:
        entry.extend([None] * (5 - len(entry)) + [owner])  # [value, noun, bound, verb, upper or None, owner]
    return entry


def _owner_of(noun: Token) -> str | None:
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


def _participle_of(tok: Token) -> Token | None:
    """What a bare numeral had done to it, when it names people by it: "500 killed" (a participle
    hung on the numeral), "12 dead" (the numeral on a casualty adjective). None otherwise."""
    if tok.pos_ == "ADJ" and tok.lemma_.lower() in _CASUALTY_WORDS:
        return tok
    for child in tok.children:
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and child.i > tok.i:
            return child
    return None


def _across_colon(tok: Token, head: Token) -> bool:
    """A colon lies between a numeral and its head: the parser joined a headline to its source."""
    low, high = sorted((tok.i, head.i))
    return any(t.text == ":" for t in tok.doc[low + 1 : high])


def _range_end(tok: Token) -> float | None:
    """The upper end when a numeral opens a range ("400-500", "5 to 10", "the 100-to-300 spectrum")."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–", "to") and doc[tok.i + 2].like_num:
        return _number_value(doc[tok.i + 2].text)
    joined = _HYPHEN_RANGE.match(doc[tok.i + 2].text) if tok.i + 2 < len(doc) else None
    if joined and doc[tok.i + 1].text in ("-", "–"):
        return _number_value(joined.group(1))  # "100-to-300": the tokenizer keeps "to-300" whole
    return None


def _number_of(sent: Span) -> Token | None:
    """What a sentence says it counts with "the number of <noun>" ("estimates the number of people killed at
    ..."): the figure written elsewhere in it counts that noun."""
    for tok in sent:
        if tok.lower_ in ("number", "toll", "tally", "count", "total"):
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "ADJ")), None)
                    if pobj is not None:
                        return pobj
    return None


def _in_range(tok: Token) -> bool:
    """The numeral closes a range opened just before it, or follows another numeral."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].like_num:
        return True
    return tok.i > 1 and doc[tok.i - 1].text in ("-", "–", "to") and doc[tok.i - 2].like_num


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


def _content_predicates(sent: Span) -> list[Token]:
    """The predicates that carry what is claimed: under a reporting or stance verb ("said", "determined",
    "believes"), its complement clauses, so "X determined there were no strikes" says no."""
    out: list[Token] = []
    seen: set[int] = set()

    def visit(tok: Token, depth: int) -> None:
        if tok.i in seen or depth > 4:
            return
        seen.add(tok.i)
        lemma = tok.lemma_.lower()
        clauses = [c for c in tok.children if c.dep_ in _CONTENT_DEPS and c.pos_ in ("VERB", "AUX", "ADJ")]
        if lemma in ATTRIBUTION_VERBS and lemma not in DENIAL_VERBS and any(
            c.dep_ in ("ccomp", "xcomp") for c in clauses
        ):
            for c in clauses:
                visit(c, depth + 1)
            return
        out.append(tok)
        for c in clauses:
            if c.dep_ in ("conj", "ccomp", "parataxis"):
                visit(c, depth + 1)

    visit(sent.root, 0)
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


def _predicate_entry(tok: Token) -> dict[str, Any]:
    """One content predicate: lemma, polarity and the lemmas of its subject and object."""
    subj = obj = None
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl") and subj is None and child.dep_ != "expl":
            subj = _arg_key(child)
        elif child.dep_ in ("dobj", "attr", "acomp", "oprd") and obj is None:
            obj = _arg_key(child)
        elif child.dep_ == "prep" and obj is None:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                obj = _arg_key(pobj)
    return {"lemma": tok.lemma_.lower(), "neg": _is_negated(tok), "subj": subj, "obj": obj}


def _denial(sent: Span) -> tuple[bool, list[str], list[str]]:
    """Whether the sentence rejects a claim, the names it mentions as the rejected party, and the denier's."""
    denier: set[int] = set()
    denying = False
    scope: list[Token] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in DENIAL_VERBS and tok.pos_ == "VERB" and not _is_negated(tok):
            denying = True
            for child in tok.children:
                if child.dep_ in ("nsubj", "agent"):
                    denier.update(t.i for t in child.subtree)
        elif _not_true(tok) or (
            tok.lower_ in DENIAL_WORDS and tok.pos_ in ("ADJ", "NOUN") and not _is_negated(tok.head)
        ):
            denying = True
            scope.append(tok.head)
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
    has_content = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in root.children)
    if lemma not in DENIAL_VERBS and not has_content:
        return set()
    deps = {"nsubj", "nsubjpass", "agent", "npadvmod", "punct", "aux", "advmod"}
    if lemma not in DENIAL_VERBS:
        deps |= {"dobj", "dative", "prep"}  # "told Reuters", "said on Twitter"
    out = {root.i}
    for child in root.children:
        if child.dep_ in deps:
            out.update(t.i for t in child.subtree)
    return out


def _is_content_word(tok: Token) -> bool:
    return (
        not (tok.is_stop or tok.is_punct or tok.is_space or not tok.is_alpha or len(tok) < 2)
        and tok.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV")
    )


def claim_features(sent: Span, quoted: float) -> dict[str, Any]:
    """Content lemmas, entities, numbers, places, content predicates, negation and denial of a sentence."""
    lemmas: list[str] = []
    negations: list[str] = []
    denials: list[str] = []
    numbers: list[list[Any]] = []
    places: list[str] = []
    for tok in sent:
        low = tok.lower_
        if tok.dep_ == "neg" or low in NEGATION_WORDS:
            negations.append(low)
        lemma = tok.lemma_.lower()
        if lemma in DENIAL_VERBS or low in DENIAL_WORDS:
            denials.append(lemma if lemma in DENIAL_VERBS else low)
        elif _not_true(tok):
            denials.append(f"not {low}")
        if (tok.like_num or tok.pos_ == "NUM") and not _in_range(tok):
            entry = _number_entry(tok)
            if entry is not None:
                numbers.append(entry)
        if _is_content_word(tok):
            lemmas.append(lemma)
    entities = [[ent.text, ent.label_] for ent in sent.ents]
    for ent in sent.ents:
        key = entity_key(ent.text)
        if ent.label_ in _PLACE_LABELS and key not in places:
            places.append(key)
    attribution = _attribution_tokens(sent)
    content_lemmas = [
        t.lemma_.lower()
        for t in sent
        if t.i not in attribution and _is_content_word(t) and t.ent_type_ not in ("DATE", "TIME")
    ]
    predicates = _content_predicates(sent)
    locatives: list[list[str]] = []
    for pred in predicates:
        for prep in pred.children:
            if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_PREPS:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in _PLACE_LABELS:
                        arg = _arg_key(pobj)
                        if arg:
                            locatives.append([pred.lemma_.lower(), arg])
    denies, targets, deniers = _denial(sent)
    pred_entries = [_predicate_entry(p) for p in predicates]
    negated = bool(pred_entries) and pred_entries[0]["neg"]
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return {
        "lemmas": lemmas,
        "entities": entities,
        "numbers": numbers,
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
