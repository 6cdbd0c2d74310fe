"""Who speaks a quotation or report when the parser hung the speaker elsewhere: an inverted verb
('"...," said <Name>'), an aside ("<claim>, said <Name>, an expert, would ..."), a name just before or
after a verb left without a subject, an object quoted "as saying". Split from attribution.py, whose
`_main_clause` asks these in turn.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from factcheck.extract.described import is_age
from factcheck.extract.lexicon import (
    ATTRIBUTION_VERBS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ISSUING_VERBS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    UTTERANCE_NOUNS,
)

VOICES = ROLE_NOUNS | GROUP_NOUNS | OUTLET_NOUNS | UTTERANCE_NOUNS  # nouns that can speak: roles, bodies, outlets
WRITTEN = DOCUMENT_NOUNS | UTTERANCE_NOUNS  # what a document or a statement is called: "the letter", "the statement"


def issued_statement(noun: Token) -> bool:
    """The object of a verb that puts out a statement or document ("released a statement saying ..."): its
    "saying" speaks for whoever put it out, unlike a letter someone obtained or received."""
    return noun.lemma_.lower() in WRITTEN and noun.head.lemma_.lower() in ISSUING_VERBS


def heads_a_report(verb: Token) -> bool:
    """A reporting verb heading the sentence, or set in it as an aside ("..., she said, ...")."""
    return verb.dep_ in ("ROOT", "parataxis") and verb.lemma_.lower() in REPORTING_VERBS


def inverted_aside(verb: Token) -> Token | None:
    """The speaker of an inverted aside inside the claim: "Any reading of his actions, said <Name>, an expert,
    would show ...". The parser makes the aside's verb the root, the claim's subject its subject and the
    speaker the subject of the claim's verb; the speaker is the name (or a role, a body: "say experts") just
    after the verb, set off by a comma."""
    if not heads_a_report(verb):
        return None
    doc = verb.doc
    if verb.i == verb.sent.start or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        right = next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
        if right is not None and (right.pos_ == "PROPN" or right.lemma_.lower() in VOICES):  # not "their plans"
            end = right.right_edge.i  # the closing comma, hung on the speaker's phrase or just after it
            if end < clause.i and "," in (doc[end].text, doc[end + 1].text):
                return right
    return None


def joined_after_quote(verb: Token) -> bool:
    """'"...," <Name>, 58, told AFP': a reporting verb with no subject that the parser joined to the
    quotation's verb, with the quotation closed in between."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in REPORTING_VERBS or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(t.text in CLOSING_QUOTES for t in verb.doc[verb.head.i : verb.i])


CLOSING_QUOTES = frozenset(('"', "”", "''"))


def name_beside(verb: Token) -> Token | None:
    """A person's name the parser hung elsewhere, written just before a reporting verb that got no subject
    ("Sen. <Name> (<Party>-<State>) said", "<Name>, 44, said") or just after it ('"...," said former
    engineer <Name>, half joking'; '"The risk," said <Name>, an engineer, "is ...": the parser hangs the inverted
    verb of a split quotation on the quotation's second half, and the name on that half's verb)."""
    if not (heads_a_report(verb) or joined_after_quote(verb)):
        return None
    doc, i = verb.doc, verb.i - 1
    for after in doc[verb.i + 1 : min(verb.i + 6, verb.sent.end)]:
        if after.ent_type_ == "PERSON" and _object_of(after, verb):
            break  # "..., also accused <Name> of ...": whom the verb is about, not who speaks
        if after.ent_type_ == "PERSON":
            return after
        if after.pos_ == "NOUN" and _inverted_after_quote(verb) and _ends_phrase(after):
            return after  # '"...," said the woman, who ...': the parser hung her on the relative clause
        if after.is_punct or after.pos_ in ("VERB", "AUX", "ADP", "PRON"):
            break
    if i >= 0 and doc[i].text == ")":  # a parenthesis after the name
        while i > verb.sent.start and doc[i].text != "(":
            i -= 1
        i -= 1
    elif i >= 0 and doc[i].text == ",":  # an apposition or an age set off by commas
        end = i
        i -= 1
        while i > verb.sent.start and doc[i].text != "," and doc[i].pos_ not in ("VERB", "AUX"):
            if doc[i].is_quote:  # a quotation inside the aside ('"<Slogan>" pins') holds no verb of its own
                i -= 1
                while i > verb.sent.start and not doc[i].is_quote:
                    i -= 1
            i -= 1
        aside = doc[i].tag_ in ("VBG", "VBN") and i - 1 > verb.sent.start and doc[i - 1].text == ","
        if aside:
            i -= 1  # '"...," <Name>, wearing a cap and "<Slogan>" pins, said': a participle's aside set off
        i = i - 1 if doc[i].text == "," else -1
        if aside and i >= verb.sent.start and doc[i].pos_ == "PROPN":
            return doc[i]  # the name before the aside, whatever the tagger called it after a quotation
        if i >= verb.sent.start and doc[i].lower_ in ROLE_NOUNS:  # "<role>, <Name>, said": the name set off
            named = [t for t in doc[i + 2 : end] if t.ent_type_ == "PERSON"]
            return named[-1] if named else None
        if i >= verb.sent.start and doc[i].pos_ == "PROPN" and end == i + 3 and is_age(doc[i + 2]):
            return doc[i]  # '"...," <Name>, 58, told ...': an age tells a person, whatever the tagger called it
    if i < verb.sent.start or doc[i].ent_type_ != "PERSON":
        return None
    return doc[i]


def _inverted_after_quote(verb: Token) -> bool:
    """The verb comes straight after a closed quotation (and its comma): '"...," said the woman'."""
    doc, i = verb.doc, verb.i - 1
    if i > verb.sent.start and doc[i].text == ",":
        i -= 1
    return i >= verb.sent.start and doc[i].text in CLOSING_QUOTES


def _ends_phrase(tok: Token) -> bool:
    """The token closes its noun phrase: a comma, a full stop or the sentence's end follows it."""
    nxt = tok.i + 1
    return nxt >= tok.sent.end or tok.doc[nxt].text in (",", ".", ";")


def _object_of(tok: Token, verb: Token) -> bool:
    """The token is (part of) the verb's object: "accused <Name>", "told <Name>"."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in ("dobj", "dative", "iobj") and tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


def quoted_source(verb: Token) -> Token | None:
    """ "<Outlet> quoted <X> as saying ...": X speaks, the outlet only relays (also "cited X as saying", and
    without the "as": "quoted the minister saying ..."). Asked of the "saying" itself, as when it opens the
    quotation ('quoted him saying, "..."'), the verb it hangs on answers."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        if verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head.lemma_.lower() in ("quote", "cite"):
            return quoted_source(verb.head)
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    as_saying = any(
        p.dep_ == "prep"
        and p.lower_ == "as"
        and any(c.tag_ == "VBG" and c.lemma_ in ATTRIBUTION_VERBS for c in p.children)
        for p in verb.children
    ) or (obj is not None and any(_saying_after(obj, c) for c in verb.children))
    if as_saying:
        return obj
    # "cited the ministry saying ...", parsed with the ministry as the subject of "saying"
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.tag_ == "VBG" and clause.lemma_ in ATTRIBUTION_VERBS:
            subj = next((g for g in clause.children if g.dep_ == "nsubj" and g.i > verb.i), None)
            if subj is not None and (subj.ent_type_ in ("PERSON", "ORG") or subj.lower_ in VOICES):
                return subj
    return None


def read_document(verb: Token) -> Token | None:
    """'"...," read the statement, which ...': an inverted "read" after a quotation, its document (parsed as
    the object) speaks, as in "the statement read"."""
    if verb.lemma_.lower() != "read" or not _inverted_after_quote(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.lower_ not in WRITTEN:
        return None
    return obj


def voice_after_quote(verb: Token, inside_quote: Callable[[int], bool]) -> Token | None:
    """'"...," lamented the mayor.', '"...," opined the <Outlet> in an editorial.': a verb of any kind straight
    after a closed quotation, with no subject outside it, whose object the parser took for the speaker who
    closes the sentence (a name, a voice or a person word, with at most a phrase of where or how after it).
    A verb of saying the parser knows ("said the mayor") gets its subject the usual way; this is for the
    others, put in the same place by a writer who wanted a livelier word."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ") or not _inverted_after_quote(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and not inside_quote(c.idx) for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or inside_quote(obj.idx):
        return None
    if not (obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG") or _person_or_voice(obj)):
        return None
    after = [t for t in verb.sent if t.i > obj.right_edge.i and not t.is_punct and not t.is_space]
    closing = {t.i for c in verb.children if c.dep_ in ("prep", "advmod", "npadvmod") for t in c.subtree}
    return obj if all(t.i in closing for t in after) else None


def _saying_after(obj: Token, clause: Token) -> bool:
    """ "quoted the minister saying ...": a subjectless "saying" straight after the verb's object, which is
    a person or a voice ("quoted the figures, saying ..." is the subject's own saying)."""
    if clause.dep_ not in ("xcomp", "advcl") or clause.tag_ != "VBG":
        return False
    if clause.lemma_ not in ATTRIBUTION_VERBS or any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children):
        return False
    voice = obj.ent_type_ == "PERSON" or obj.pos_ == "PRON" or obj.lower_ in VOICES
    return voice and clause.i == obj.right_edge.i + 1


def after_quote(root: Token, inside_quote: Callable[[int], bool]) -> bool:
    """'"...," Kern shot back.', '"...," the engineer gushed.': a root verb outside quotes, after a quotation in
    its own sentence, whose subject is a name, a pronoun or (after a quotation opening the sentence) a noun that
    can speak after the quotation too."""
    if inside_quote(root.idx) or root.pos_ not in ("VERB", "AUX"):
        return False
    sent = root.sent
    if not any(inside_quote(t.idx) for t in sent if t.i < root.i and t.is_alpha):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or inside_quote(subj.idx) or not any(inside_quote(t.idx) for t in sent if t.i < subj.i):
        return False
    if any(c.dep_ in ("dobj", "ccomp") and not inside_quote(c.idx) for c in root.children):
        return False  # '"...," and then Kern closed the gates.': an action, not a reply
    if subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ == "PERSON":
        return True
    # a noun only after a quotation that opens the sentence: 'in a box labeled "medical problem," a doctor had
    # typed ...' writes down a label, it does not answer it
    opening = next((t for t in sent if t.is_alpha), None)
    return _person_or_voice(subj) and opening is not None and inside_quote(opening.idx)


def _person_or_voice(tok: Token) -> bool:
    """A noun that can speak: a role, a body, an outlet ("the spokesman", "the ministry") or a walk of life ("the
    engineer", "a farmer")."""
    return tok.pos_ == "NOUN" and (tok.lower_ in VOICES or tok.lower_ in PERSON_NOUNS)


def reported_last(sent: Span, inside_quote: Callable[[int], bool]) -> Token | None:
    """The source of "<content>, reported <Outlet>." (or "..., said <Name>.") closing a sentence whose main
    verb is no verb of saying: the parser hangs the report on the content as a conjunct and takes the
    source for its object, so the content's own subject looked like the speaker ("Furious parents are
    demanding to know why ..., reported the <Outlet>" is the outlet's report, not the parents' claim)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words:
        return None
    last = words[-1]
    for verb in sent:
        if verb.lemma_.lower() not in REPORTING_VERBS or verb.dep_ not in ("conj", "ccomp", "parataxis", "ROOT"):
            continue
        content = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        if verb.dep_ == "ROOT" and not any(c.lemma_.lower() not in REPORTING_VERBS for c in content):
            # As the root, only after its content ("..., said a spokesman for <Body>, <Name>, who ..."), and not
            # after a report of its own ('"...," said <Name>, reports <Outlet>': the outlet relays <Name>).
            continue
        if verb.lemma_.lower() in _TOLD_TO:
            continue  # "..., <Name> told CNN", "..., telling The <Outlet>": the object is who heard it
        if inside_quote(verb.idx) or verb.i <= sent.start or verb.doc[verb.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "ccomp" and c.i > verb.i) for c in verb.children):
            continue  # "..., and <Name> said that ...": a report of its own
        source = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > verb.i), None)
        if source is None or source.left_edge.i != verb.i + 1 or source.right_edge.i < last.i:
            continue  # the name must follow the verb and close the sentence
        if source.pos_ == "PROPN" or source.lemma_.lower() in VOICES:
            return source
    return None


# Verbs of saying whose object is who is told, never who tells.
_TOLD_TO = frozenset("tell inform brief warn assure remind notify advise ask".split())

