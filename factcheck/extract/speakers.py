"""Who a speaker mention stands for in the light of what the reader carried through the article so far
(`article_state.ArticleState`): "he" the last person of his gender, "the group" the last
organisation named, "the senator" the last person given that title, "the army" the party whose army
spoke before.

Kept apart from reader.py, which walks the paragraphs and decides which sentence has which attribution;
this module only answers who an attribution's speaker is, from what came before it. A bare body's party
is told by body_ties.py.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Span, Token

from factcheck.extract.article_state import ArticleState
from factcheck.extract.body_ties import tie_body, tie_side, tie_spokesperson
from factcheck.extract.coref import (
    OFFICES,
    described_person,
    fits_description,
    nearest_person,
    pronoun_gender,
    surname_key,
)
from factcheck.extract.lexicon import OFFICE_ROLES, PRIVATE_ROLES, TITLE_WORDS, office_title
from factcheck.extract.mentions import Attribution, Mention
from factcheck.extract.referents import owning_body


def resolve_speaker(
    attribution: Attribution,
    state: ArticleState,
    spoken_of: frozenset[str] = frozenset(),
    others: frozenset[str] = frozenset(),
) -> Mention | None:
    """Who an attribution's speaker is, from what the article said before it: a pronoun or a description
    resolved, a group joined by the parties named with it, a lower-cased surname read as the person, and a
    bare body ("the army") given the party that owned it last. `spoken_of`: the surname keys of the persons
    the reported clause is about (its subject), whom a description does not stand for ("the spokesman said
    <Name> had fled" is not <Name>'s word); `others`: the names (lower case) a "he" or "she" does not stand for
    (`referents.others_named`)."""
    mention = _with_others(_resolve(attribution, state, spoken_of, others), attribution.mention.also)
    mention = _known_person(mention, state, attribution.at)
    mention = _in_full(mention, state, attribution.at)
    if mention is not None and not mention.is_person:
        mention = tie_body(mention, state, attribution.at)
    if mention is None:
        return None
    return tie_spokesperson(tie_side(mention, state, attribution.at), state, attribution.at)


def _resolve(
    attribution: Attribution, state: ArticleState, spoken_of: frozenset[str], others: frozenset[str]
) -> Mention | None:
    """Resolve a pronoun speaker: he/she to the last person of a fitting gender, they/we/it to the last group
    (speaker first), "the statement" to the last speaker."""
    mention = attribution.mention
    if mention.walk:  # "the novelist said": the last person introduced as one, else as written
        return _introduced_as(mention, attribution.at, state, spoken_of)
    if mention.owner:  # "the governor's office said": whose office tells its side
        return _owned_by(mention, attribution.at, state)
    if mention.pronoun is None:
        return mention
    at = attribution.at
    if mention.pronoun in ("question", "answer"):  # an interview: the outlet asks, the person named first answers
        first = state.persons[0][1] if state.persons and mention.pronoun == "answer" else None
        return None if first is None else Mention(name=first, is_person=True)
    if mention.pronoun == "utterance":
        i = bisect.bisect_left(state.speakers, (at, "")) - 1
        if i < 0:
            return Mention(name=mention.name, is_person=False)
        return _as_said(state.speakers[i][1], state)
    if mention.pronoun == "role":  # "the senator said": the last person introduced with that title
        return _described(mention, at, state, spoken_of)
    if mention.is_person:
        since = at if attribution.refers_from is None else attribution.refers_from
        # "he said <Name> could not have known", "he tells <Name> ...": <Name> is not who speaks
        pool = [(k, who) for k, who in state.persons if not _among(who, others)] if others else state.persons
        person = nearest_person(pool, since, mention.pronoun, state.genders, state.places)
        if person is None and mention.pronoun == "age":  # "said the 46-year-old", nobody named before
            return Mention(name=mention.name, is_person=True)
        # "he said" after "Ana Kern" and "Ivo Kern", resolved to a bare "Kern": the pronoun's gender picks which
        return None if person is None else Mention(name=person, is_person=True, gender=pronoun_gender(mention.pronoun))
    if mention.pronoun in ("we", "us"):  # "We took a look at the photo and found ...": outside quotes, the writers
        return None
    if mention.pronoun == "group":  # "the group said": the last organisation named, never a country or army
        i = bisect.bisect_left(state.organisations, (at, "")) - 1
        if i < 0:
            return Mention(name=mention.name, is_person=False)
        return _as_said(state.organisations[i][1], state)
    if not state.group_speakers:
        i = bisect.bisect_left(state.groups, (at, "")) - 1
        while i >= 0 and state.one_person(state.groups[i][1]):
            i -= 1
        return None if i < 0 else _as_said(state.groups[i][1], state)
    # The last group that spoke, or a group that spoke earlier and was named again after it
    # ("... but Sudmark blamed a rocket fired by the Front. It said ..." → the Front, if it spoke before).
    i = bisect.bisect_left(state.group_speakers, (at, "")) - 1
    if i < 0:
        return None
    best_at, best = state.group_speakers[i]
    j = bisect.bisect_left(state.groups, (at, "")) - 1
    while j >= 0 and state.groups[j][0] > best_at:
        # ("<Trust> sent divers to the dam. It said ...": "it" is the organisation a sentence after the last
        # speaker is about; "they" there is as often the people it spoke to)
        about = mention.pronoun == "it" and state.groups[j][0] in state.group_subjects
        if (state.groups[j][1] in state.said_by or about) and not state.one_person(state.groups[j][1]):
            best = state.groups[j][1]
            break
        j -= 1
    return _as_said(best, state)


def _among(name: str, others: frozenset[str]) -> bool:
    """Whether a person is one of `others`: the same name, or the one word written of them ("<First>" of
    "<First> <Middle> <Last>")."""
    low = name.lower()
    return low in others or any(" " not in o and o in low.split() for o in others)


def _titled_before(state: ArticleState, title: str, at: int) -> str | None:
    """The person last introduced with a title or a walk of life ("Sen. <Name>", "<Name>, a novelist,")
    before offset `at`: whom "the senator", "the novelist", "the governor's office" point back to."""
    titled = state.titled.get(title)
    return titled[1] if titled is not None and titled[0] < at else None


def _described(mention: Mention, at: int, state: ArticleState, spoken_of: frozenset[str]) -> Mention:
    """ "The senator said": the last person introduced with that title; else, for an office one person
    holds ("the Norlandic diplomat"), the last person named since any unnamed holder ("a diplomat") whose
    known sides fit the description's modifiers; else the description itself."""
    words = mention.name.split()
    role = office_title(words)  # "the vice president" is not the last president named
    name = _titled_before(state, role, at)
    if name and surname_key(name) in spoken_of:  # the last holder is whom the claim is about: another one
        pool = [(k, who) for k, who in state.persons if surname_key(who) not in spoken_of]
        name = described_person(pool, at, words[:-1], state.person_sides)
    known = state.person_sides.get(surname_key(name), set()) if name else set()
    if name and known and not fits_description(words[:-1], known):
        # "the <Party A> nominee" is not the last nominee named when that one is of <Party B> and a person of
        # <Party A> was named before: that person.
        name = described_person(state.persons, at, words[:-1], state.person_sides) or name
    if name is None and role in OFFICES and not UNNAMED_WORDS & {w.lower() for w in words}:
        # not a person the article gave only a private role ("<Name>, an analyst at ...")
        pool = [
            (k, who)
            for k, who in state.persons
            if not _private_only(state.held.get(who, set()), role)
            and not _other_office(state.held.get(who, set()), role)
            and surname_key(who) not in spoken_of
        ]
        name = described_person(pool, at, words[:-1], state.person_sides, state.unnamed.get(role, -1))
    if name is None:
        return Mention(name=mention.name, is_person=True, side=mention.side, basis=mention.basis)
    return Mention(name=name, is_person=True, side=mention.side, basis=mention.basis, described=mention.name)


def _owned_by(mention: Mention, at: int, state: ArticleState) -> Mention:
    """ "The governor's office said", "the prime minister's spokesman said": the side of the person last
    introduced with that title ("Governor <Name>": their surname, as for "a spokesman for <Name>"); with none,
    the office itself ("governor"), so that the mayor's office and the governor's are two sides, not the
    last office's one. Whose a walk of life is ("the man's lawyer") names no side unless someone was
    introduced as one ("the guitarist's reps" after "guitarist <Name>"). "His" / "her": `_theirs`."""
    if mention.owner in ("his", "her"):
        return _theirs(mention, at, state)
    if mention.owner in ("its", "their"):  # "its spokesman, <Name>,": the body the sentences before are about
        body = owning_body(state.subjects, at)
        return mention if body is None else replace(mention, side=body.side, basis="affiliation")
    words = mention.owner.split() if mention.owner else []
    if holder := _titled_before(state, office_title(words), at):
        return replace(mention, side=holder.split()[-1], basis="role")
    if words and words[-1] in TITLE_WORDS:
        return replace(mention, side=mention.owner, basis="role")
    return mention


def _theirs(mention: Mention, at: int, state: ArticleState) -> Mention:
    """ "His campaign said", "her spokeswoman said": the person a "he" or "she" there would stand for (the last
    fitting person named), written as "<Name>'s campaign" is: the "<Surname> campaign", "<Name>'s
    spokeswoman". With nobody fitting, no side: not "campaign", which would make rival campaigns one voice."""
    pronoun = "he" if mention.owner == "his" else "she"
    person = nearest_person(state.persons, at, pronoun, state.genders, state.places)
    if person is None or state.genders.of(person) != pronoun_gender(pronoun) or not person[:1].isupper():
        return mention  # a person of unknown gender is as likely a rival named between
    surname = person.split()[-1]
    name = f"{person}'s {mention.name}" if mention.is_person else f"{surname} {mention.name}"
    return replace(mention, name=name, side=surname, basis="role")


def _introduced_as(mention: Mention, at: int, state: ArticleState, spoken_of: frozenset[str]) -> Mention:
    """ "The novelist said": the last person introduced with that walk of life ("<Name>, a novelist,"). Unlike
    an office, no other person is guessed: with none so introduced the description stays what it was, no
    person a later "he" or "she" could be taken for ("the woman said ... 'No,' she said" is the woman named)."""
    name = _titled_before(state, mention.name.split()[-1].lower(), at)
    if name is None or surname_key(name) in spoken_of:
        return mention
    return Mention(name=name, is_person=True, side=mention.side, basis=mention.basis, described=mention.name)


def _private_only(held: set[str], role: str) -> bool:
    """Whether a person was written with a private role ("analyst", "lawyer") and with no office, nor with
    the role a description names: such a person is not "the official"."""
    return bool(held & PRIVATE_ROLES) and role not in held and not held & OFFICE_ROLES


def _other_office(held: set[str], role: str) -> bool:
    """Whether a person was introduced with an office that the description does not name ("Ana Kern, the
    port director" is not "the minister"); any office holder is "the official", and an ambassador or an
    envoy (or a foreign ministry's minister or spokesperson) is "the diplomat" or "the envoy"."""
    offices = held & (OFFICE_ROLES | OFFICES)
    if not offices or role in held or role == "official":
        return False
    return not (offices & _KINDS_OF.get(role, frozenset()))


# A foreign ministry's minister or spokesperson is written of as its diplomat, or loosely its envoy.
_DIPLOMATS = frozenset("ambassador envoy diplomat consul negotiator minister spokesperson".split())

# The offices a broader description stands for: "the diplomat" may be the ambassador named before.
_KINDS_OF: dict[str, frozenset[str]] = {
    "diplomat": _DIPLOMATS,
    "envoy": _DIPLOMATS,
    "officer": frozenset("commander general colonel captain lieutenant major sergeant".split()),
    "commander": frozenset("general colonel brigadier".split()),
    "adviser": frozenset(("advisor",)),
    "advisor": frozenset(("adviser",)),
}


# "the unnamed official said": the article says it does not name the speaker.
UNNAMED_WORDS = frozenset("unnamed unidentified anonymous".split())


def _with_others(mention: Mention | None, others: tuple[str, ...]) -> Mention | None:
    """A group speaker with the parties named with it: "<Org> and <Org2>" (the side stays the first's)."""
    if mention is None or mention.is_person or not others:
        return mention
    names = [mention.name, *(o for o in others if o.lower() not in mention.name.lower())]
    joined = " and ".join(names)
    return Mention(name=joined, is_person=False, side=mention.side, basis=mention.basis, ambiguous=mention.ambiguous)


def _known_person(mention: Mention | None, state: ArticleState, at: int) -> Mention | None:
    """A one-word speaker the parser read as a common noun ("Varga accused ...", lower-cased to
    "varga") that is the surname of a person the article named before: that person."""
    if mention is None or mention.is_person or mention.pronoun is not None or mention.side:
        return mention
    if " " in mention.name or not mention.name.islower() or surname_key(mention.name) not in state.surnames:
        return mention
    i = bisect.bisect_left(state.persons, (at, "")) - 1
    while i >= 0:
        name = state.persons[i][1]
        if surname_key(name) == surname_key(mention.name):
            return Mention(name=name, is_person=True)
        i -= 1
    return mention


def _in_full(mention: Mention | None, state: ArticleState, at: int) -> Mention | None:
    """A person named by surname alone ("Kessler said") whom the article named in full before as one person
    ("Ivo Kessler, a data analyst, said"): that person, not a namesake another article names more often.

    The text's own full name wins over a headline's ("Ivo T. Kessler" in the text, "Ivo Kessler" in the
    headline: one person), and a headline's stands when the text has none. Two full names of that surname
    in the text ("Ana Kessler" and "Ivo Kessler", or a son and a father "Ivo Kessler" and "Ivo Tor Kessler"),
    or a headline's of another first name ("Ana Kessler" above a text naming her husband "Ivo Kessler"),
    leave the surname as written, to be completed across the corpus to one of them only (`bearers`). A
    title's gender ("Ms. Kessler") leaves out a full name the article's pronouns give the other, and a full
    name written as someone's kin ("her husband, Ivo Kessler") is not the bare surname of the person the
    article is about."""
    if mention is None or not (mention.is_person or mention.ambiguous) or mention.pronoun is not None:
        return mention
    if " " in mention.name.strip() or not mention.name[:1].isupper():
        return mention
    key = surname_key(mention.name)
    if not key or key not in state.surnames:
        return mention
    full = state.full_names(mention.name, mention.gender, upto=at)
    in_text = full & state.in_body
    # A headline's form that ends with the text's ("<Rival> Challenger Ivo Kessler") is that person too.
    other = {name for name in full - in_text if not any(name.endswith(" " + own) for own in in_text)}
    first_names = {name.split()[0].lower() for name in in_text | other}
    if len(in_text) > 1 or len(first_names) != 1:
        return replace(mention, bearers=frozenset(in_text | other))  # which one, the corpus may tell
    name = next(iter(in_text or full))
    headline = not in_text  # the corpus is told, as for a name met in a headline: its capitals fool the tagger
    bare = mention.name  # kept: a title's gender may yet show this is another bearer (`SideLedger.assign`)
    if mention.ambiguous:  # a bare proper name was its own party until now
        mention = replace(mention, is_person=True, ambiguous=False, side=None, basis=None)
    return replace(mention, name=name, headline=headline, bare=bare)


def _as_said(name: str, state: ArticleState) -> Mention:
    """A fresh mention of a speaker met earlier, with the side it had then."""
    earlier = state.said_by.get(name)
    if earlier is None:
        return Mention(name=name, is_person=False, side=name, basis="party name")
    return Mention(name=earlier.name, is_person=earlier.is_person, side=earlier.side, basis=earlier.basis)


def pronoun_anchor(sent: Span, attribution: Attribution) -> int | None:
    """Where in its block a he / she speaker is resolved from, when not from its cue: the first such pronoun of
    the sentence ("Though he did not mention <A> or <B> by name, he made it clear ...": both one person named
    before the sentence), or just after a person named as the subject of a clause set before the main one
    ("Though <Name> did not mention <A> ..., he said"); never the last name between them."""
    word = attribution.mention.pronoun
    if word not in ("he", "she") or not attribution.mention.is_person:
        return None
    speaker = next((c for c in sent.doc[attribution.cue_index].children if c.lower_ == word), None)
    if speaker is None:
        return None
    first = next((t for t in sent if t.i < speaker.i and t.dep_ in ("nsubj", "nsubjpass") and _leads(t, word)), None)
    if first is None:
        return None
    # "Though <Name> did not mention <A> by name, he said ...": resolved just after <Name>, the clause's subject
    return first.idx if first.lower_ == word else first.idx + len(first.text)


def _leads(subject: Token, word: str) -> bool:
    """A subject of an earlier clause the speaker's he / she stands for: the same pronoun, or one person
    named in a clause set before the main one ("Though <Name> did not ..., he said")."""
    if subject.lower_ == word:
        return True
    clause = subject.head
    return (
        subject.ent_type_ == "PERSON"
        and subject.tag_ == "NNP"
        and clause.dep_ == "advcl"
        and clause.i < clause.head.i
        and not any(c.dep_ == "conj" for c in subject.children)
    )
