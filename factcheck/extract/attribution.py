"""Who says what: speakers, cue verbs and the side a speaker speaks for, from a parsed sentence.

The rules read spaCy's dependency parse and entities. A reporting verb counts only in the
main clause (the root, its conjuncts, its open complements and participle adjuncts), and
only outside quotation marks, so a verb inside a quote never makes its subject the speaker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    NOT_A_SIDE,
    NOT_PERSONS,
    OUTLET_NOUNS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    STATE_NOUNS,
    UTTERANCE_NOUNS,
)

PARTY_ENTS = frozenset({"ORG", "NORP", "GPE"})
NAME_ENTS = frozenset({"PERSON"}) | PARTY_ENTS


@dataclass
class Mention:
    """A speaker as written: the name, whether it is a person, the side evidence, the pronoun used."""

    name: str
    is_person: bool
    side: str | None = None
    pronoun: str | None = None  # "he", "they": to be resolved by the caller
    ambiguous: bool = False  # a bare proper name: a person if the corpus knows one by that name
    weight: int = 2  # how strongly this mention's side evidence counts (speakers 2, passing mentions 1)


@dataclass
class Attribution:
    """The speaker of a sentence, with its cue word."""

    mention: Mention
    cue: str
    cue_index: int  # token index of the cue in the doc
    at: int = 0  # char offset of the cue in the article, for resolving pronouns against earlier mentions


def clean_name(text: str) -> str:
    """Strip articles, possessive endings and stray punctuation from a name."""
    text = text.strip().strip(',;:—–-()[]"“”‘’ ')
    for suffix in ("’s", "'s", "`s", "’", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an", "one", "some", "another"):
        words = words[1:]
    while words and words[-1].lower() in ("of", "for", "the", "and", "in", "on", "at", "to", "from"):
        words = words[:-1]  # an entity cut short by the tagger: "Federation of" (Norland)
    return " ".join(words).strip(",;:—–- ")


def _ent_span(tok: Token) -> Span | None:
    """The named entity the token belongs to, if any."""
    if not tok.ent_type_:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def party_of_role(role: Token) -> str | None:
    """The party a role noun belongs to: "<Org> spokesman", "<Org>'s head", "spokesman for <Org>"."""
    for child in role.children:
        if child.dep_ in ("compound", "nmod", "amod", "poss") and child.i < role.i:
            ent = _ent_span(child)
            if ent is not None and ent.label_ in PARTY_ENTS:
                return clean_name(ent.text)
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                return clean_name(child.text)
            named_group = child.pos_ == "PROPN" or (child.pos_ == "NOUN" and child.lower_ in GROUP_NOUNS)
            if child.dep_ in ("compound", "nmod") and child.lower_ not in NOT_A_SIDE and named_group:
                # a multiword proper name ending at this child: "State Department official"
                left = [
                    t
                    for t in child.subtree
                    if t.i <= child.i
                    and (t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in PARTY_ENTS)
                    and t.lower_ not in NOT_A_SIDE
                ]
                return _phrase(left) or None
    for child in role.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "in", "with"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                ent = _ent_span(pobj)
                if ent is not None and ent.label_ in PARTY_ENTS:
                    return clean_name(ent.text)
                if pobj.lower_ in GROUP_NOUNS and child.lower_ == "for":
                    return clean_name(pobj.text)
    return _named_left_of(role)


def _phrase(tokens: list[Token]) -> str:
    """Tokens as written: "SPLA-IO" keeps its hyphen; tokens with a gap between are joined by spaces."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    chosen = {t.i for t in tokens}
    between = doc[tokens[0].i : tokens[-1].i + 1]
    if all(t.i in chosen or t.text in ("-", "/", "&") for t in between):
        return clean_name(between.text)
    return clean_name(" ".join(t.text for t in tokens))


def _named_left_of(role: Token) -> str | None:
    """The proper name nearest before a role noun in its phrase: "<Org-Name> deputy military spokesman"."""
    doc = role.doc
    run: list[Token] = []
    for i in range(role.i - 1, role.left_edge.i - 1, -1):
        tok = doc[i]
        named = tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTS
        if (named and tok.lower_ not in NOT_A_SIDE) or (run and tok.text in ("-", "/", "&") and i > role.left_edge.i):
            run.insert(0, tok)
        elif run:
            break
    if not run or not (run[0].pos_ == "PROPN" or run[0].ent_type_ in PARTY_ENTS):
        return None
    text = doc[run[0].i : run[-1].i + 1].text
    return clean_name(text) or None


def _roles_near(tok: Token) -> list[Token]:
    """Role nouns attached to a name: itself, its appositions, the noun it is apposed to, or a role
    just before it and a comma that the parser failed to attach ("<Org> spokesman, <Name> said")."""
    roles = []
    if tok.lower_ in ROLE_NOUNS:
        roles.append(tok)
    start = tok.left_edge.i
    if start >= 2 and tok.doc[start - 1].text == "," and tok.doc[start - 2].lower_ in ROLE_NOUNS:
        roles.append(tok.doc[start - 2])
    for child in tok.children:
        if child.dep_ == "appos" and child.lower_ in ROLE_NOUNS:
            roles.append(child)
        if child.dep_ == "compound" and child.lower_ in ROLE_NOUNS:
            roles.append(child)
    if tok.dep_ == "appos" and tok.head.lower_ in ROLE_NOUNS:
        roles.append(tok.head)
    return roles


def mention_from_token(tok: Token) -> Mention | None:
    """Turn the subject of a reporting verb into a speaker mention (name, person or group, side)."""
    if tok.lower_ in PERSON_PRONOUNS:
        return Mention(name=tok.lower_, is_person=True, pronoun=tok.lower_)
    if tok.lower_ in GROUP_PRONOUNS or tok.lower_ == "it":
        return Mention(name=tok.lower_, is_person=False, pronoun=tok.lower_)
    # Possessor of an utterance noun: "<Org>'s version was", "a statement from <Org>".
    if tok.lower_ in UTTERANCE_NOUNS:
        for child in tok.children:
            if child.dep_ in ("poss", "nmod", "compound"):  # "<Org>'s statement", "a ministry statement"
                inner = mention_from_token(child)
                if inner is not None:
                    return inner
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (inner := mention_from_token(pobj)) is not None:
                        return inner
        return None
    # A news outlet reporting: its words are reported, it is not a party ("the <Name> newspaper said").
    if tok.lower_ in OUTLET_NOUNS:
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct")]
        return Mention(name=clean_name(" ".join(t.text for t in words)) or tok.text, is_person=False, side=None)
    # A person named in apposition: "A <Org> spokesperson, <Name>, said".
    person_tok: Token | None = None
    if tok.ent_type_ == "PERSON" and tok.lower_ not in NOT_PERSONS:
        person_tok = tok
    elif tok.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "nmod", "appos") and c.lower_ in ROLE_NOUNS for c in tok.children
    ):
        person_tok = tok  # "<Org> spokesman <Name>" with the name mis-tagged as an organisation
    else:
        for child in tok.children:
            if child.dep_ == "appos" and (
                child.ent_type_ == "PERSON"
                or (tok.lower_ in ROLE_NOUNS and child.pos_ == "PROPN" and not child.ent_type_)
            ):
                person_tok = child  # "the <Org> spokesman <Name>", the name tagged or not
                break
    if person_tok is not None:
        ent = _ent_span(person_tok)
        if ent is not None and ent.label_ == "PERSON":
            name = clean_name(ent.text)
        else:
            name = clean_name(
                " ".join(t.text for t in person_tok.subtree if t.pos_ == "PROPN" and t.i >= _role_end(person_tok))
            )
            name = name or person_tok.text
        side = None
        for role in _roles_near(person_tok) + _roles_near(tok):
            side = party_of_role(role)
            if side:
                break
        if side is None:
            # "<Org> leader <Name>": the role is a compound of the name.
            for child in person_tok.children:
                if child.dep_ in ("compound", "nmod") and child.lower_ in ROLE_NOUNS:
                    side = party_of_role(child)
                    if side:
                        break
        return Mention(name=name, is_person=True, side=side)
    ent = _ent_span(tok)
    if ent is None or ent.label_ not in PARTY_ENTS:
        # "The opposition <Long Name> (<ACR>)": the organisation named in apposition.
        for child in tok.children:
            child_ent = _ent_span(child) if child.dep_ == "appos" else None
            if child_ent is not None and child_ent.label_ in PARTY_ENTS:
                ent = child_ent
                break
    if ent is not None and ent.label_ in PARTY_ENTS:
        name = clean_name(ent.text)
        owner = _possessor_party(ent.root)
        if owner is not None:  # "<Country>'s defence ministry"
            return Mention(name=f"{owner} {name}", is_person=False, side=owner)
        return Mention(name=name, is_person=False, side=name, ambiguous=len(ent) == 1 and ent.label_ != "NORP")
    if tok.lower_ in ROLE_NOUNS:
        side = party_of_role(tok)
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct", "poss", "case")]
        name = clean_name(" ".join(t.text for t in words)) or tok.text
        return Mention(name=name, is_person=True, side=side)
    if tok.lower_ in GROUP_NOUNS or tok.lemma_.lower() in GROUP_NOUNS:
        words = [t for t in tok.subtree if (t.i <= tok.i and t.dep_ in ("compound", "amod", "nmod")) or t == tok]
        name = clean_name(" ".join(t.text for t in words))
        return Mention(name=name, is_person=False, side=group_side(tok))
    if tok.pos_ in ("NOUN", "PROPN"):
        words = [t for t in tok.subtree if (t.i <= tok.i and t.dep_ in ("compound", "amod", "nmod")) or t == tok]
        name = clean_name(" ".join(t.text for t in words))
        if tok.pos_ == "PROPN":
            return Mention(name=name, is_person=False, side=name, ambiguous=True)
        # "Indian reports", "local officials": a party named by a modifier speaks through the noun.
        party = next(
            (clean_name(t.text) for t in tok.children if t.dep_ in ("amod", "compound") and t.ent_type_ in PARTY_ENTS),
            None,
        )
        return Mention(name=name if party else name.lower(), is_person=False, side=party)
    return None


def group_side(tok: Token) -> str:
    """The side a group speaks for, named by its own phrase: "South Sudanese rebels", "Spanish unions".

    A state body also takes its owner ("<Country>'s defence ministry"); other groups do not:
    a country's unions are not its government.
    """
    mods = [
        t
        for t in tok.subtree
        if t.i < tok.i
        and t.dep_ in ("compound", "amod", "nmod")
        and (t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in PARTY_ENTS)
        and t.lower_ not in NOT_A_SIDE
    ]
    phrase = clean_name(" ".join(t.text for t in [*mods, tok]))
    owner = _possessor_party(tok)
    if owner and (tok.lower_ in STATE_NOUNS or tok.lemma_.lower() in STATE_NOUNS):
        return f"{owner} {phrase}"
    return phrase


def _role_end(tok: Token) -> int:
    """The index just after the last role word before a name ("spokesman Ivo Kern" → the index of Ivo)."""
    roles = [c.i for c in tok.subtree if c.i < tok.i and c.lower_ in ROLE_NOUNS]
    return max(roles) + 1 if roles else tok.left_edge.i


def _possessor_party(tok: Token) -> str | None:
    """The named party owning a noun: "<Country>'s ministry"."""
    for child in tok.children:
        if child.dep_ == "poss":
            ent = _ent_span(child)
            if ent is not None and ent.label_ in PARTY_ENTS:
                return clean_name(ent.text)
            if child.pos_ == "PROPN":
                return clean_name(child.text)
    return None


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject; for passives, the agent ("rejected by X"); for conjuncts, the first verb's."""
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "csubj")]
    if subjects:
        # "<Org> spokesman, <Name> said" can come out with two subjects: the named one speaks.
        return next((t for t in subjects if t.ent_type_ == "PERSON"), subjects[0])
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subject_of(verb.head)
    return None


def _main_clause_verbs(sent: Span) -> list[Token]:
    """The root and the verbs that share its clause: conjuncts, open complements, participle adjuncts."""
    root = sent.root
    verbs = [root]
    frontier = [root]
    while frontier:
        head = frontier.pop()
        for child in head.children:
            if child.dep_ in ("conj", "xcomp") and child.pos_ in ("VERB", "AUX"):
                verbs.append(child)
                frontier.append(child)
            elif child.dep_ == "advcl" and child.tag_ == "VBG":
                verbs.append(child)
            elif child.dep_ == "ccomp" and child.i > head.i and child.lemma_ in REPORTING_VERBS:
                # "... that X had fled, he said": a reporting verb parsed under the content.
                verbs.append(child)
    return verbs


def find_reported(sent: Span, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """The speaker of a sentence from a main-clause reporting verb or "according to X"."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            if inside_quote(tok.idx):
                continue
            for pobj in sent.doc[tok.i + 1].children:
                if pobj.dep_ == "pobj":
                    mention = mention_from_token(pobj)
                    if mention is not None:
                        return Attribution(mention, "according to", tok.i)
    candidates = [
        v
        for v in _main_clause_verbs(sent)
        if v.lemma_.lower() in REPORTING_VERBS
        and not inside_quote(v.idx)
        and not any(c.dep_ == "neg" for c in v.children)  # "X did not respond" is the outlet's word
    ]
    # Also a copula whose subject is an utterance noun: "<Org>'s version was: ..."
    root = sent.root
    if not candidates and root.lemma_ == "be" and not inside_quote(root.idx):
        for child in root.children:
            if child.dep_ == "nsubj" and child.lower_ in UTTERANCE_NOUNS:
                candidates.append(root)
    for verb in candidates:
        subj = _subject_of(verb)
        if subj is None or inside_quote(subj.idx):
            continue
        mention = mention_from_token(subj)
        if mention is not None:
            return Attribution(mention, verb.text, verb.i)
    return None


def persons_in(sent: Span, inside_quote: Callable[[int], bool]) -> list[tuple[str, int]]:
    """PERSON entities mentioned outside quotes, with their character offsets, in order."""
    out = []
    for ent in sent.ents:
        if ent.label_ == "PERSON" and not inside_quote(ent.start_char) and ent.text.lower() not in NOT_PERSONS:
            name = clean_name(ent.text)
            if name:
                out.append((name, ent.start_char))
    return out


def groups_in(sent: Span, inside_quote: Callable[[int], bool]) -> list[tuple[str, int]]:
    """Organisations and groups mentioned outside quotes, with their character offsets, in order."""
    out = []
    for ent in sent.ents:
        if ent.label_ in ("ORG", "NORP") and not inside_quote(ent.start_char):
            name = clean_name(ent.text)
            if name:
                out.append((name, ent.start_char))
    return out


def person_evidence(sent: Span, inside_quote: Callable[[int], bool]) -> list[Mention]:
    """Every person named outside quotes with the side their role gives them, for corpus-wide sides."""
    out = []
    for ent in sent.ents:
        if ent.label_ != "PERSON" or inside_quote(ent.start_char) or ent.text.lower() in NOT_PERSONS:
            continue
        mention = mention_from_token(ent.root)
        if mention is not None and mention.is_person and mention.pronoun is None:
            mention.weight = 1
            out.append(mention)
    return out
