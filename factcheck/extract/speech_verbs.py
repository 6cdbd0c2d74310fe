"""Which verbs report: speech proper, views held, commitments, doubts cast, a thing "made clear".

Split from `attribution.py`, which finds a sentence's speaker; these say whether a verb the speaker
stands before is used to say something ("pointed out", not "pointed a rifle"; "talks about", not "Dam
talks stall"), and whether its complement is what is said.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from factcheck.extract.inverted import WRITTEN, after_quote
from factcheck.extract.lexicon import NICKNAME_MARKS, REPORTING_VERBS, ROLE_NOUNS, UTTERANCE_NOUNS


def speech(verb: Token) -> bool:
    """A verb of speech proper ("say", "announce", "warn"), not of a stance ("defend", "criticize"): in a
    side clause only speech tells that the main clause's subject is the source."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS


def says(verb: Token, inside_quote: Callable[[int], bool]) -> bool:
    """A speech verb outside quotes with a subject of its own: its complement is what it reports, not another
    report ('"I would say, 'no'," the minister added' is the minister's: the "say" is quoted)."""
    return (
        verb.lemma_.lower() in REPORTING_VERBS
        and not inside_quote(verb.idx)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def purpose(verb: Token) -> bool:
    """An infinitive of purpose: "went on the radio to say ..."."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Verbs by which a party commits to an act ("agreed to sell", "refused to pay"): an act, not a view.
_COMMITMENTS = frozenset(
    "agree pledge promise vow refuse decline plan intend offer threaten swear commit consent".split()
)


def commits(verb: Token) -> bool:
    """ "<X> agreed / pledged / refused to <act>": a commitment to an act, reported as news."""
    return verb.lemma_.lower() in _COMMITMENTS and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)


def casts_doubt(verb: Token) -> bool:
    """ "<X> cast / raised doubt(s) over the claim": X speaks, though the verb is no verb of speech."""
    return verb.lemma_.lower() in ("cast", "raise", "throw") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "doubt" for c in verb.children
    )


def makes_clear(verb: Token) -> bool:
    """ "<X> made (it) clear / plain / known that ...": X says so, though "make" is no verb of speech."""
    return verb.lemma_.lower() == "make" and any(
        c.dep_ in ("ccomp", "acomp", "oprd", "xcomp") and c.lower_ in ("clear", "plain", "known") for c in verb.children
    )


def sure_that(verb: Token) -> bool:
    """ "<X> is certain / confident / adamant that ...", "<X> is convinced that ...": X holds the view, though
    "be" says nothing; not "it is certain that ..." (nobody's view) nor "sure to pass" (no content clause)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return False
    if lemma in ("convince", "persuade"):  # the passive: "<X> is convinced that ..."
        return any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "ccomp" for c in verb.children)
    if lemma not in ("be", "seem", "remain", "appear", "sound"):
        return False
    content = any(c.dep_ == "ccomp" for c in verb.children)
    return any(
        c.dep_ == "acomp" and c.lower_ in _SURE and (content or any(g.dep_ == "ccomp" for g in c.children))
        for c in verb.children
    )


def convinced(verb: Token) -> Token | None:
    """Who "is convinced that ...": the passive's subject holds the view (no agent convinced them in words)."""
    if verb.lemma_.lower() not in ("convince", "persuade") or not sure_that(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


# Adjectives of a view held of what follows: "certain that", "adamant that", "skeptical that".
_SURE = frozenset(
    "certain sure confident convinced adamant positive optimistic hopeful skeptical sceptical doubtful insistent "
    "unconvinced".split()
)


def speech_use(verb: Token) -> bool:
    """Whether a verb that also names an act is used for speech: "pointed out / to" (not "pointed a rifle
    at"), "portrayed X as" (not "the mural portrays a flood"), "pushed for" (not "pushed them out"); "said
    to be" passes on hearsay, no speech, and a fact that "speaks volumes", a place that "boasts a view" or
    a sum "all told" says nothing."""
    lemma = verb.lemma_.lower()
    if lemma in _SPEECH_PARTICLES:
        # ("experts see the vote held on Sunday as a test": the "as" can hang on the object's participle)
        obj = [c for c in verb.children if c.dep_ == "dobj"]
        near = [
            *verb.children,
            *(g for o in obj for g in o.children),
            *(g for o in obj for a in o.children if a.dep_ == "acl" for g in a.children),
        ]
        return any(c.lower_ in _SPEECH_PARTICLES[lemma] for c in near)
    if lemma == "speak" and any(c.lower_ == "volumes" for c in verb.children):
        return False  # "that fact speaks volumes": an idiom, no speech
    if lemma == "boast" and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "the island boasts a villa and stables": it has them, nobody speaks
    if lemma == "share":  # "<Name> shared with the crowd that ...", not "shared a photo"
        return any(c.dep_ == "ccomp" for c in verb.children)
    if lemma == "push":  # "pushed for / back", "pushing (the council) to end the levy"; not "pushed them out"
        return any(c.lower_ in ("for", "back") or c.dep_ == "xcomp" for c in verb.children)
    if lemma == "call":  # "called the plan a sham", "called on"; not "call the crew in", "called off the deal"
        return _names_as(verb)
    if lemma == "tell" and [c.lower_ for c in verb.children if c.dep_ != "punct"] == ["all"]:
        return False  # "All told, the group raised $4 million": an idiom for "in all"
    if lemma == "add" and any(map(_made_thing, verb.children)) and not any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "<Rail> added the night trains": it added them; not "added a warning" or a quotation
    if lemma == "write" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "<Name> wrote the screenplay", "the film has been written by <Name>": a work made, nothing said in
        # it; not "wrote a letter saying ...", "wrote: ...", nor a quotation
        made = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in _WRITINGS]
        return not any(_made_thing(c) or (c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")) for c in made)
    if lemma == "talk" and any(c.dep_ == "dobj" for c in verb.children):
        return False  # one talks about a thing; "Dam talks stall" is a headline's noun parsed as a verb
    if lemma in _HEARSAY and verb.i + 1 < verb.sent.end and verb.doc[verb.i + 1].lower_ == "to":
        return not any(c.dep_ == "xcomp" for c in verb.children)  # "the bridge, said to be unsafe, ...": hearsay
    return True


def _made_thing(obj: Token) -> bool:
    """Whether a verb's child is a thing added or made, not words ("added two carriages", "wrote the
    screenplay"): an object that is no utterance ("a caveat", "a warning") and is not quoted or announced by
    a colon ('added "a disaster"', "added: ...")."""
    if obj.dep_ != "dobj" or obj.lower_ in _ADDED_WORDS or obj.pos_ == "PRON":
        return False
    between = obj.doc[obj.head.i + 1 : obj.left_edge.i + 1]
    return not any(t.text in NICKNAME_MARKS or t.text in (":", "''", "``") for t in between)


# What one writes to say something: a statement or document, and the pieces a view is written in ("wrote a
# blog against the plan", "wrote an op-ed").
_WRITINGS = WRITTEN | frozenset("blog column op-ed oped essay article piece editorial commentary".split())

# Objects of "add" that are words said: "added a caveat", "added a warning that ...".
_ADDED_WORDS = UTTERANCE_NOUNS | frozenset(
    "caveat warning note comment comments remark remarks point line quip plea hope detail details word".split()
)


# "see / view / regard X as Y" is a view ("voters see the levy as a tax"), seeing alone is not ("X saw the dam").
_SPEECH_PARTICLES = {"point": ("out", "to"), "portray": ("as",), "see": ("as",), "view": ("as",), "regard": ("as",)}

# Verbs that with an infinitive pass on what nobody named says: "<X>, said / reported / rumoured to be ...".
_HEARSAY = frozenset("say report rumor rumour allege".split())

# Words whose infinitive says what their subject did not say: "X declined / refused to comment", "X was unable
# to confirm", "X failed to mention".
REFUSALS = frozenset("decline refuse fail unable".split())


def holds_content(verb: Token, inside_quote: Callable[[int], bool]) -> bool:
    """Whether a belief verb holds a view ("X thinks that ...", "X worries the dam will fail", '"...," X
    feels'), not a feeling or an effect ("the collapse should worry everyone", "X feels tired")."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return True
    return after_quote(verb, inside_quote) or any(inside_quote(t.idx) for t in verb.sent)


# Verbs of a view whose bare participle, in headlines, is a passive: "<X> feared dead" is "<X> is feared dead".
_VIEW_OF = frozenset("fear believe think presume suppose suspect report rumour rumor".split())


def held_of_subject(verb: Token) -> bool:
    """Headline shorthand for a passive: "<X> feared dead", "<X> reported missing", "<X> believed to have fled".
    Its subject is what the view is about, not who holds it: nobody is named as speaking. Not "<X> feared the
    worst" nor "<X> believed the dam was safe" (an object or a clause: the subject holds the view)."""
    if verb.lemma_.lower() not in _VIEW_OF or verb.dep_ not in ("ROOT", "conj") or verb.tag_ not in ("VBN", "VBD"):
        return False  # "a defeat the mayor believes to be his worst": the mayor's view
    if any(c.dep_ in ("dobj", "ccomp", "dative", "nsubjpass") for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ not in ("oprd", "xcomp") or c.left_edge.i != verb.i + 1:
            continue  # the state comes right after the verb: not "<X> reported on ..., to show ..."
        if c.dep_ == "oprd" or c.tag_ in ("JJ", "VBN") or c.pos_ == "ADJ":
            return True
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
    return False


def document_subject(verb: Token) -> bool:
    """The verb's subject is a document or statement: "the letter reads", "a statement read"."""
    return any(c.dep_ == "nsubj" and c.lower_ in WRITTEN for c in verb.children)


# Particles that make "call" a summons, a telephone call or a cancelling: "call the fire crew in", "called back",
# "called off the deal" (not "called out", "called on", which speak).
_CALL_AWAY = frozenset("over in up back off round around down away".split())


def _names_as(call: Token) -> bool:
    """Whether "call" is said of something ("called the plan a sham", "called on", "called out"), not a
    summons, a telephone call or a cancelling ("call the fire crew in", "called back", "called off the deal")."""
    return not any(c.dep_ == "prt" and c.lower_ in _CALL_AWAY for c in call.children)


# What is proposed, decided or brought, not said: rejecting it is no "no" to a claim ("the union rejected the
# offer", "the court dismissed the case", "the country rejects this law").
_PROPOSED = frozenset(
    """law bill offer proposal plan deal demand request appeal application bid motion measure resolution
    amendment nomination budget treaty agreement ceasefire truce settlement invitation ultimatum terms case
    lawsuit suit petition complaint candidacy candidate resignation""".split()
)


def refuses_a_thing(verb: Token) -> bool:
    """ "<X> rejected the offer", "dismissed the case", "rejects this law": a verb of rejection whose object is
    a thing proposed or decided (or a person: "dismissed the minister") and no clause of what is untrue, an
    act rather than a denial. "rejected the claim", "dismissed reports that ...", "rejected the idea that
    ..." still deny."""
    if verb.lemma_.lower() not in ("reject", "dismiss", "rebuff"):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return all(
        (o.lemma_.lower() in _PROPOSED or o.ent_type_ == "PERSON" or o.lower_ in ROLE_NOUNS)
        and not any(c.dep_ in ("acl", "relcl", "ccomp") for c in o.children)
        for o in objects
    )
