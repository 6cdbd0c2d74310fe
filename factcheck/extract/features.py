"""What linking needs to know about a claim, computed once from the parse (so linking needs no spaCy)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from factcheck.extract.lexicon import DENIAL_VERBS, DENIAL_WORDS, NEGATION_WORDS

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "thousand": 1000, "million": 1_000_000,
}


def _number_value(text: str) -> float | None:
    match = _NUMBER.search(text)
    if match:
        try:
            return float(match.group().replace(",", ""))
        except ValueError:
            return None
    return float(_WORD_NUMBERS[text.lower()]) if text.lower() in _WORD_NUMBERS else None


def claim_features(sent: Span, quoted: float) -> dict[str, Any]:
    """Content lemmas, entities, numbers, negation and denial cues of one sentence."""
    lemmas: list[str] = []
    negations: list[str] = []
    denials: list[str] = []
    numbers: list[list[Any]] = []
    for tok in sent:
        low = tok.lower_
        if tok.dep_ == "neg" or low in NEGATION_WORDS:
            negations.append(low)
        lemma = tok.lemma_.lower()
        if lemma in DENIAL_VERBS or low in DENIAL_WORDS:
            denials.append(lemma if lemma in DENIAL_VERBS else low)
        if tok.like_num or tok.pos_ == "NUM":
            value = _number_value(tok.text)
            if value is not None and tok.ent_type_ not in ("DATE", "TIME", "ORDINAL"):
                numbers.append([value, tok.head.lemma_.lower()])
        if tok.is_stop or tok.is_punct or tok.is_space or not tok.is_alpha or len(tok) < 2:
            continue
        if tok.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"):
            lemmas.append(lemma)
    entities = [[ent.text, ent.label_] for ent in sent.ents]
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
        "tense": root.morph.get("Tense", ["?"])[0] if root.morph.get("Tense") else None,
        "quoted": round(quoted, 2),
    }
