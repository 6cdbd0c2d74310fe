"""The verbs of a sentence's main clause: where a reporting verb gives the sentence its speaker.

Split from attribution.py (which takes a speaker from these verbs): the root, its conjuncts, open
complements and participle adjuncts, and the shapes the parser gives a report it hangs elsewhere (a
parenthetical "<Name> said", an aside on a contracted auxiliary, "..., with three in 10 saying ...",
a belief set off by commas, the clause after a topic label).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from factcheck.extract.inverted import issued_statement
from factcheck.extract.lexicon import ATTRIBUTION_VERBS, BELIEF_VERBS, DOCUMENT_NOUNS, REPORTING_VERBS
from factcheck.extract.speech_verbs import purpose, says, speech


def main_clause_verbs(sent: Span, inside_quote: Callable[[int], bool]) -> list[Token]:
    """The root and the verbs that share its clause: conjuncts, open complements, participle adjuncts."""
    root = sent.root
    if name_said(root):  # "..., General Said Barek told reporters": the clause is the name's, under "Said"
        verbs = [c for c in root.children if c.dep_ == "ccomp" and c.i > root.i and c.pos_ in ("VERB", "AUX")]
        return verbs + [g for v in verbs for g in v.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")]
    verbs = [root]
    if _bare_participle(root):  # "Fishermen clamoring to reopen the port say they ...": the parser's root is the
        verbs += [c for c in root.children if participle_subject(c) is not None]  # participle, "say" hangs on it
    if root.pos_ in ("PROPN", "NOUN"):  # "<Name>, <description>, on Tuesday called ...": the name parsed as root
        verbs += [c for c in root.rights if c.dep_ == "relcl" and not any(g.dep_ == "nsubj" for g in c.children)]
        if root.ent_type_ == "PERSON":  # "<Name>, <role>, endorsed ... Saturday, saying she ...": all hung on the name
            verbs += [
                c
                for c in root.rights
                if c.dep_ == "acl" and c.tag_ == "VBG" and speech(c) and sent.doc[c.i - 1].text == ","
            ]
        verbs += _after_label(root)
    frontier = [root]
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    if inside_quote(root.idx) or subjectless or root.lemma_.lower() not in ATTRIBUTION_VERBS:
        # A report the parser hung as the complement of a later root: '"...," <Name> told the crowd, her voice
        # drowned out by boos' (the absolute phrase as root), '<Name> did not seem impressed, telling reporters,
        # "... said ..."' (the quotation's verb as root), '<A>, the mayor said, <B>, as <Other> said' (a
        # subjectless "said" as root). Its clause is the main one.
        for child in root.children:
            if (
                child.dep_ == "ccomp"
                and child.i < root.i
                and child.pos_ in ("VERB", "AUX")
                and not inside_quote(child.idx)
                and any(g.dep_ == "nsubj" and not inside_quote(g.idx) for g in child.children)
            ):
                verbs.append(child)  # with its "..., telling reporters" and "<A>, he said, <B>", not what it reports
                verbs += [
                    g
                    for g in child.children
                    if (g.dep_ == "advcl" and g.tag_ == "VBG" and speech(g))
                    or (g.dep_ == "parataxis" and g.lemma_.lower() in REPORTING_VERBS)
                ]
    while frontier:
        head = frontier.pop()
        for child in head.children:
            if child.dep_ in ("conj", "xcomp") and child.pos_ in ("VERB", "AUX"):
                if child.dep_ == "xcomp" and _it_is(head):
                    continue  # "It is important to confirm ...": advice to anyone, nobody's report
                verbs.append(child)
                frontier.append(child)
            elif child.dep_ == "advcl" and (child.tag_ == "VBG" or (purpose(child) and speech(child))):
                verbs.append(child)  # "..., saying ...", "went on the radio to say ..."
            elif child.dep_ == "prep" and child.lower_ in _MEANS:  # "opened the session by saying ..."
                verbs += [
                    c
                    for c in child.children
                    if c.dep_ == "pcomp"
                    and c.tag_ == "VBG"
                    and speech(c)
                    and not any(g.dep_ == "nsubj" for g in c.children)
                ]
            elif child.dep_ == "prep" and child.lower_ == "with":
                # "..., with three in 10 saying the levy ..." (not "with all precincts reporting": no content)
                verbs += [
                    c
                    for c in child.children
                    if c.dep_ == "pcomp"
                    and c.tag_ == "VBG"
                    and speech(c)
                    and {"nsubj", "ccomp"} <= {g.dep_ for g in c.children}
                ]
            elif child.dep_ == "acomp" and not _it_is(head):
                # "were more likely to say ..." (not "it is worth noting ...", "it is important to confirm ...")
                verbs += [c for c in child.children if c.dep_ == "xcomp" and c.tag_ == "VB" and speech(c)]
            elif child.dep_ == "parataxis" and (
                child.lemma_.lower() in REPORTING_VERBS or aside_view(child) or _document_aside(child)
            ):
                verbs.append(child)  # "<Name>, Kern said, had been ...": a parenthetical reporting clause
            elif child.dep_ in ("aux", "auxpass") and head is root:
                # "Even then, he said, he’s learned ...": the aside hung on the contracted auxiliary
                verbs += [g for g in child.children if g.dep_ == "parataxis" and g.lemma_.lower() in REPORTING_VERBS]
            elif child.dep_ == "dobj" and issued_statement(child):
                verbs += [g for g in child.children if g.dep_ == "acl" and g.tag_ == "VBG" and speech(g)]
            elif (
                child.dep_ == "ccomp"
                and child.i > head.i
                and child.lemma_ in ATTRIBUTION_VERBS
                and not says(head, inside_quote)
            ):
                # "... that X had fled, he said": a reporting verb parsed under the content (but in "<Name> said
                # officials were calling "..."", the calling is what <Name> reports).
                verbs.append(child)
    return verbs


def _document_aside(verb: Token) -> bool:
    """A poll, study or report finding set off inside the clause it found: "Voters oppose the levy, a new poll
    finds, ..." (the poll is the source, not the voters)."""
    return verb.lemma_.lower() in ATTRIBUTION_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children
    )


def aside_view(verb: Token) -> bool:
    """A belief verb set off by commas inside the clause it holds: "Such efforts, they believe, will ..."
    (its content is the clause around it, so it has no complement of its own)."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.lemma_.lower() not in BELIEF_VERBS or verb.head.i < verb.i:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return (
        subj is not None
        and subj.left_edge.i > verb.sent.start
        and doc[subj.left_edge.i - 1].text == ","
        and verb.i + 1 < verb.sent.end
        and doc[verb.i + 1].text == ","
    )


def _after_label(root: Token) -> list[Token]:
    """The clause after a topic label and a colon that the parser hung on the label ("Ferry access: <Name>,
    whose ..., said ...", with "said" an acl of "access"): a verb with a subject of its own after the colon and
    a content clause ("Report: <Name> to speak at ..." and "<Camp>: <X> threatens ..." are headlines, no report)."""
    colon = next((t for t in root.rights if t.text == ":" and t.i == root.i + 1), None)
    if colon is None:
        return []
    return [
        c
        for c in root.rights
        if c.dep_ in ("acl", "appos", "dep")
        and c.pos_ == "VERB"
        and any(g.dep_ == "nsubj" and g.i > colon.i for g in c.children)
        and any(g.dep_ == "ccomp" for g in c.children)
    ]


def _it_is(verb: Token) -> bool:
    """A copula with "it" for subject: "it is important to ...", "it is worth noting ..." (an extraposed
    clause, no speaker)."""
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def name_said(tok: Token) -> bool:
    """A first name that is also a reporting verb, inside a person's name: "General Said Barek told ...". The
    parser takes it for the verb; the tagger's entity and its capital (not at the sentence's start, and not
    after a quotation) say it is a name."""
    return (
        tok.text == "Said"
        and tok.ent_type_ == "PERSON"
        and tok.ent_iob_ == "B"  # the name's first word ("Kern Said <...>" in a headline is a verb)
        and tok.i > tok.sent.start
        and tok.i + 1 < tok.sent.end
        and tok.doc[tok.i + 1].pos_ == "PROPN"
        and tok.doc[tok.i - 1].text not in ("”", '"', "’", "'", ",", ":")
    )


# Prepositions whose "-ing" clause says how or when the subject spoke: "by saying", "after saying".
_MEANS = frozenset("by after before in upon while".split())


def _bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary, taken for the main verb: "fishermen clamoring to reopen the port ..."."""
    return verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def participle_subject(verb: Token) -> Token | None:
    """The subject of a finite verb of saying that the parser hung on a participle it took for the main verb
    ("Farm groups clamoring to halt the dam say ..."): the participle's subject, which is the verb's."""
    head = verb.head
    if (
        verb.dep_ != "dep"
        or verb.i < head.i
        or verb.tag_ not in ("VB", "VBP", "VBZ", "VBD")
        or not _bare_participle(head)
    ):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "to say", "will say": no finite verb of its own
    if verb.lemma_.lower() not in ATTRIBUTION_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)
