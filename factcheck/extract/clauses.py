"""Speakers a sentence gives beside the subject of its main reporting verb: the subject of a reporting
clause (also of a passive, a conjunct, or the object a causative moves to speak), a report closing or
opening the sentence ("as <X> reported"), a document's findings, and a person holding the content of a
main clause with no reporting verb. A report in a clause inside the outlet's sentence is `embedded.py`.

attribution.py tries the main clause first; these are its helpers and its fallbacks.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from factcheck.extract.inverted import CLOSING_QUOTES, issued_statement
from factcheck.extract.lexicon import (
    NOT_A_STANCE,
    NOT_PERSONS,
    PASSIVE_SPEECH,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from factcheck.extract.mentions import Attribution, Mention, mention_from_token, proper_mistagged

# Verbs that move their object to speak or think: "the flood led / prompted / forced X to warn ...".
_TITLED = TITLE_WORDS | ROLE_NOUNS  # words of a title phrase: "Vice President", "spokesman"
_MOVING_VERBS = frozenset("lead prompt cause push drive force spur persuade convince encourage inspire".split())


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; for passives, the agent ("rejected by X"); for conjuncts, the first verb's."""
    # ("I would’ve thought": the tagger can take the clitic "’ve" for a second subject, a name)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.text[:1] not in "'’"]
    if subjects:
        # "<Org> spokesman, <Name> said" can come out with two subjects: the named one speaks; "<Name>, said
        # <Other>, does not forgive": an inverted subject (after its verb) is the one who speaks.
        inverted = [t for t in subjects if t.i > verb.i]
        if len(subjects) > 1 and inverted:
            subjects = inverted
        if len(subjects) > 1:  # "Flood defences: <Name>, ..., said": a label before a colon is no subject
            after_colon = [t for t in subjects if not any(w.text == ":" for w in verb.doc[t.i + 1 : verb.i])]
            subjects = after_colon or subjects
        if len(subjects) > 1 and not any(t.ent_type_ == "PERSON" for t in subjects):
            # "<Org> Vice President for news and talk <Name> called ...": the name just before the verb, not the title
            titled = any(t.lower_ in _TITLED for t in subjects)
            named = [t for t in subjects if t.pos_ == "PROPN" and t.i == verb.i - 1]
            subjects = named if titled and named else subjects
        subject = next((t for t in subjects if t.ent_type_ == "PERSON"), subjects[0])
        subject = _titled_name(subject) or subject
        participle = subject.dep_ == "csubj" and subject.tag_ in ("VBG", "VBN")
        if participle and not any(c.dep_ == "mark" for c in subject.children):
            # "Large majorities of voters going to the polls on Tuesday said ...": the participle phrase read as
            # the subject; the noun it describes speaks
            described = next((c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i), None)
            subject = described if described is not None else subject
        return _parenthetical_source(subject, verb) or subject
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is not None and before.head == verb and proper_mistagged(before) and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return before  # "Jolly said he ...": a surname the tagger read as an adverb
    if before is not None and before.head == verb and _share_read_as_count(before):
        return before  # "About 4 in 10 say ...": the share parsed as a count of the verb
    if verb.lemma_.lower() in PASSIVE_SPEECH:  # "X was quoted as saying", "X was heard warning"
        passive = [child for child in verb.children if child.dep_ == "nsubjpass"]
        if passive:
            return passive[0]
    for child in verb.children:
        # ("<Name>, now 81, said by telephone": an agent only of a passive, "was said by" / "as reported by")
        if child.dep_ == "agent" and (verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _MOVING_VERBS:
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj  # "the flood led some engineers to warn ...": the object is who warns
    if verb.dep_ == "xcomp" and (prompted := next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)):
        return prompted  # "X was prompted / asked to say ...": the passive's subject speaks
    if (
        verb.dep_ in ("conj", "xcomp")
        and verb.lemma_.lower() not in PASSIVE_SPEECH
        and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return None  # "the cause has yet to be determined", "... and were considered genuine": what is judged
    if verb.dep_ == "conj" and (misread := _source_read_as_object(verb)) is not None:
        return misread
    if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head.i != verb.i:
        surface = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "conj" and surface is not None and not any(c.dep_ == "nsubj" for c in verb.head.children):
            # "<Name> was forced into damage control and said ...", "<X> were angered by the ruling and
            # predicted ...": the conjunct shares the passive's subject, not its agent
            return surface
        return subject_of(verb.head)
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and issued_statement(verb.head):
        return subject_of(verb.head.head)  # "<Body> released a statement saying ...": the body speaks
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head.head)  # "X opened the session by saying ..."
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.ent_type_ == "PERSON":
        return verb.head  # a name parsed as the root, its reporting verb hung on it with no "who"
    # A name the parser hung on the verb as something else ("<Name>, appearing at the forum, cited ...").
    hung = next((c for c in verb.lefts if c.ent_type_ == "PERSON" and c.dep_ in ("advcl", "npadvmod", "dep")), None)
    if hung is not None and _imperative(verb):
        hung = None  # "<Name>, tell me where you fit in": an imperative speaks to the name, not for it
    return hung or _aside_subject(verb)


def _share_read_as_count(tok: Token) -> bool:
    """A share of people written "<n> in <m>" or "<n> out of <m>" just before a verb with no subject: the
    parser can hang "10" on "say" as its count ("About 4 in 10 say ..."), which leaves the verb without a
    speaker. The share is who speaks, as "Two in three voters said" is."""
    if tok.dep_ != "nummod" or not tok.like_num:
        return False
    return any(c.dep_ == "quantmod" and c.like_num for c in tok.children) and any(
        c.lower_ in ("in", "of") for c in tok.children
    )


def _imperative(verb: Token) -> bool:
    """A base-form verb with no auxiliary: an order ("tell us", "please explain"), not a report."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def spoken_to(verb: Token) -> bool:
    """An imperative after a name set off by a comma ("<Name>, tell us ...", "<Name>, please explain ..."):
    the parser can make the name the subject, but a base-form verb with no auxiliary after a singular name
    is an order given to that person, who says nothing in it."""
    if not _imperative(verb):
        return False
    for name in verb.lefts:
        between = verb.doc[name.i + 1 : verb.i]
        if name.dep_ in ("nsubj", "npadvmod") and name.tag_ == "NNP" and len(between) and between[0].text == ",":
            return all(t.dep_ in ("punct", "intj") for t in between)
    return False


def _source_read_as_object(verb: Token) -> Token | None:
    """In "<Org> built the tool, a spokeswoman, <Name>, said on Saturday, and ...", the parser can read the
    source as the first verb's object and "said" as its conjunct: the phrase set off by commas just before
    the reporting verb, a role or a person's name, speaks (its name when it has one), not the first verb's
    subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    # The phrase's head: set off by a comma before it, running up to the comma before "said" (that comma
    # its own or the phrase it stands beside).
    source = next(
        (
            t
            for t in doc[verb.sent.start + 1 : verb.i - 1]
            if t.dep_ in ("dobj", "npadvmod", "attr", "appos")
            and t.right_edge.i in (verb.i - 2, verb.i - 1)
            and t.left_edge.i > verb.sent.start
            and doc[t.left_edge.i - 1].text == ","
        ),
        None,
    )
    if source is None or source.pos_ not in ("NOUN", "PROPN"):
        return None
    if source.dep_ == "appos" and source.head.ent_type_ == "PERSON" and source.head.i > source.sent.start:
        return source.head  # "..., <Name>, a spokesman for <Body>, told ...": the name the role describes
    name = next((c for c in source.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if name is not None:
        return name
    return source if source.lower_ in ROLE_NOUNS or source.ent_type_ == "PERSON" else None


def _parenthetical_source(subject: Token, verb: Token) -> Token | None:
    """In "<Name>, a top aide said, "is very confident"" and "... to, now, <Name>, <Other> said", the source
    the parser took for an apposition of the name before it speaks: it runs up to the reporting verb with no
    comma between (a true apposition is closed by one: "<Name>, a top aide, said ..."). Only where the name
    cannot be the speaker: the clause about it goes on after "said," or content (not a quotation) comes
    before it; a sentence that opens with the name (or follows a quotation) is one whose writer left out
    the closing comma ("<Name>, president of <Body> said ...")."""
    doc = verb.doc
    if verb.lemma_.lower() not in REPORTING_VERBS or subject.i + 1 >= verb.i or doc[subject.i + 1].text != ",":
        return None
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1), None)
    if appos is None or doc[verb.i - 1].is_punct:
        return None
    goes_on = verb.dep_ == "parataxis" and verb.head.i > verb.i and doc[verb.i + 1].text == ","
    start = subject.left_edge.i
    # ('"...," <Name>, the engineer who ... said': after a closing quotation mark, the name is the speaker)
    after_content = start > verb.sent.start + 1 and doc[start - 1].text not in CLOSING_QUOTES
    return appos if goes_on or after_content else None


def _aside_subject(verb: Token) -> Token | None:
    """The name opening the sentence when the parser took the aside after it for a clause of its own and left
    the verb with no subject: "<Name>, meanwhile, who sits on the board, said ...", "<Name>, a <Town>, <State>,
    rabbi helping to organise the boycott, said ...", "<Name>, never shy of sharing her opinion, said: …" (the
    aside's verb or adjective, or a noun read as one, takes the name as its subject). Only a name or noun that
    opens the sentence, is followed by a comma and is nobody's."""
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "advcl") or clause.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        for subject in clause.children:
            if subject.dep_ != "nsubj" or subject.pos_ not in ("PROPN", "NOUN"):
                continue
            if any(c.dep_ == "poss" for c in subject.children):
                continue  # "<Name>'s temperament, a subject of ..., came under scrutiny": a thing, no speaker
            comma = subject.i + 1 < len(subject.doc) and subject.doc[subject.i + 1].text == ","
            if subject.left_edge.i == subject.sent.start and comma:
                return subject
    return None


def person_subject(
    sent: Span, inside_quote: Callable[[int], bool], known_person: Callable[[str], bool] | None = None
) -> Attribution | None:
    """With no reporting verb at all, a named person (or he/she) as the main clause's subject holds its
    content: "Kern still favors a new dam", "Lusk took issue with the audit". A name the tagger took for
    an organisation or left untagged counts when `known_person` knows it (the article named that person)."""
    root = sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() in NOT_A_STANCE or inside_quote(root.idx):
        return None
    if any(c.dep_ == "neg" for c in root.children) or spoken_to(root):
        return None  # "Lusk did not receive ...": a fact about her, not her view; "<Name>, tell us ...": an order
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or inside_quote(subj.idx):
        return None
    if subj.lower_ in PERSON_PRONOUNS or (subj.ent_type_ == "PERSON" and subj.lower_ not in NOT_PERSONS):
        mention = mention_from_token(subj)
        if mention is not None and mention.is_person:
            return Attribution(mention, root.text, root.i)
    elif known_person is not None and subj.text.istitle() and subj.ent_type_ in ("ORG", "PERSON", ""):
        # "Sandoval voted ...": sentence-initial, a surname is often tagged a noun or an organisation
        name = " ".join(t.text for t in subj.subtree if t.i <= subj.i and (t.dep_ == "compound" or t == subj))
        if subj.pos_ in ("PROPN", "NOUN") and known_person(name):
            return Attribution(Mention(name=name, is_person=True), root.text, root.i)
    return None


# Prepositions that make an "as" clause an action rather than a source: "as farmers responded to the drought".
_ACTION_PREPS = frozenset("to against with for about from of into".split())


def as_reported(sent: Span, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """ "As <X> reported, <content>", "<content>, as <X> noted", "as reported by <X>", "as <X> put it: <quote>",
    "<content>, <X> reported on Tuesday" (hung by the parser on the content's verb): X is the source of the main
    clause. The reporting clause must be complete in itself (no object, content clause or complement of its own)
    and have its own subject or agent, so "the levy rose as farmers responded to the drought" names no one."""
    for verb in sent:
        put_it = verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        if verb.dep_ != "advcl" or not (put_it or verb.lemma_.lower() in REPORTING_VERBS) or inside_quote(verb.idx):
            continue  # "as <X> put it: ..." is speech too
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not _trailing_report(verb):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "neg", "dative")]
        if objects and not (put_it and len(objects) == 1):
            continue
        if any(c.dep_ == "prep" and c.lower_ in _ACTION_PREPS for c in verb.children):
            continue
        own = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        found = speaker_of(subject_of(verb) if own else None, verb, inside_quote)
        if found is not None:
            return found
    return None


def _trailing_report(verb: Token) -> bool:
    """ "<content>, the audit office reported on Tuesday -- ...": a report set after the claim by a comma that the
    parser hung on the claim's verb as an adverbial clause with no "as" (and no "after", "when" of its own)."""
    if any(c.dep_ == "mark" for c in verb.children) or verb.i < verb.head.i:
        return False
    start = verb.left_edge.i
    return start > verb.sent.start and verb.doc[start - 1].text == "," and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children
    )


def _titled_name(subject: Token) -> Token | None:
    """ "Council member and retired teacher <Name> said": a singular common noun with no determiner cannot be
    a subject of its own, so it is the first of the titles of the name conjoined to it ("The mayor and
    <Name> said", "Farmers and <Name> said" are two speakers)."""
    if subject.tag_ != "NN" or subject.pos_ != "NOUN" or subject.ent_type_ == "PERSON":
        return None
    if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in subject.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return None  # "Everything but <Name>"
    return next((c for c in subject.children if c.dep_ == "conj" and c.ent_type_ == "PERSON" and c.i > subject.i), None)


def speaker_of(subj: Token | None, verb: Token, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """The attribution a verb's subject gives, if it is outside quotes and names a speaker."""
    if subj is None or inside_quote(subj.idx):
        return None
    mention = mention_from_token(subj)
    return None if mention is None else Attribution(mention, verb.text, verb.i)


# Documents whose findings a sentence reports by saying it is "in" them: "In a <Outlet> poll, X led by 9 points".
_FINDINGS = frozenset("poll polls survey surveys study studies report reports analysis assessment audit".split())


def in_document(sent: Span, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """With no speaker at all, a poll, study or report the main clause says its content is in ("In a
    <Outlet> poll, the levy led by 24 points", "<Name> leads in national polls"): the document is the source."""
    for prep in sent:
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i != sent.root.i:
            continue
        doc_tok = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if doc_tok is None or doc_tok.lemma_.lower() not in _FINDINGS or inside_quote(doc_tok.idx):
            continue
        mention = mention_from_token(doc_tok)
        if mention is not None and mention.pronoun is None:
            return Attribution(mention, prep.text, prep.i)
    return None
