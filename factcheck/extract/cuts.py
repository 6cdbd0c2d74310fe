"""Where one sentence holds two speakers' reports, and the cut that makes each its own claim.

"X said ..., while Y wrote ...", "X said ..., and Y vowed ...", "X said ..., which Y denied": each speaker's
report becomes a claim with its own speaker, so that a verdict, a side and a question can be given to each.
Kept apart from attribution.py, which finds who speaks one clause; this decides where a sentence is two.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from factcheck.extract.clauses import subject_of
from factcheck.extract.lexicon import ATTRIBUTION_VERBS, DENIAL_VERBS
from factcheck.extract.mentions import Attribution, mention_from_token


def contrast_clause(sent: Span, inside_quote: Callable[[int], bool]) -> tuple[int, int, int] | None:
    """Where a sentence holds a second speaker's report after a first one's: "X said ..., while <subject>
    <reporting verb> ..." (also "whereas", "and", and "While X said ..., Y said ..." put first), the clause's
    own subject named outside quotes. Returns (end of
    the first clause, start of the second, the second's verb) as token indices, or None; each clause then
    becomes a claim with its own speaker."""
    leading = _leading_contrast(sent, inside_quote)
    if leading is not None:
        return leading
    for tok in sent:
        if tok.lower_ not in ("while", "whereas", "and") or inside_quote(tok.idx):
            continue
        if tok.lower_ == "and" and not _coordinated_report(tok, inside_quote):
            continue  # "X said ..., and Y vowed ...": two reports side by side, not a list inside the content
        comma = tok.i - 1
        if comma <= sent.start + 3 or sent.doc[comma].text != "," or sent.root.i > tok.i:
            continue  # the main clause must be whole before the cut
        if sent.doc[comma - 1].pos_ in ("SCONJ", "CCONJ", "DET", "ADP"):
            continue  # "... finds that, while X say ...": the clause is inside the content
        # The clause's verb: the first verb after "while" (its parse attachment is often wrong).
        verb = _first_verb(sent.doc[tok.i + 1 : sent.end])
        if verb is None or not _reports(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and tok.i < c.i < verb.i), None)
        heads = [t for t in sent if t.i < tok.i and t.pos_ in ("VERB", "AUX")]  # the first clause's own report
        reported = any(h.lemma_.lower() in ATTRIBUTION_VERBS and not inside_quote(h.idx) for h in heads)
        if subj is not None and not inside_quote(subj.idx) and reported:
            return comma, tok.i, verb.i
    return _semicolon_clause(sent, inside_quote)


def _semicolon_clause(sent: Span, inside_quote: Callable[[int], bool]) -> tuple[int, int, int] | None:
    """ "X says three died; Y says seven" (or "Y puts the toll at seven"): two reports that a semicolon
    outside quotes parts, each with its own subject and verb. The parser hangs one on the other, so the
    whole sentence went to the second speaker with the first one's figure. Returns (the semicolon, the
    semicolon, the second report's verb), or None. A second part too short to be a claim ("...; Y says 21")
    is left uncut."""
    for tok in sent:
        if tok.text != ";" or inside_quote(tok.idx):
            continue
        before, after = sent.doc[sent.start : tok.i], sent.doc[tok.i + 1 : sent.end]
        if sum(t.is_alpha for t in after) < 4:
            continue  # "...; Y says 21": an elliptical figure, no claim of its own
        first = [t for t in before if _reports(t) and _own_subject(t, sent.start, tok.i, inside_quote)]
        verb = _first_verb(after)
        if not first or verb is None or not (_reports(verb) or _puts_at(verb)):
            continue
        if _own_subject(verb, tok.i + 1, sent.end, inside_quote):
            return tok.i, tok.i, verb.i
    return None


def _own_subject(verb: Token, start: int, end: int, inside_quote: Callable[[int], bool]) -> bool:
    """Whether the verb has a subject of its own between `start` and `end`, outside quotes."""
    return not inside_quote(verb.idx) and any(
        c.dep_ == "nsubj" and start <= c.i < end and not inside_quote(c.idx) for c in verb.children
    )


def _puts_at(verb: Token) -> bool:
    """ "puts the toll at seven": an estimate given, which reads as a report."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


def _leading_contrast(sent: Span, inside_quote: Callable[[int], bool]) -> tuple[int, int, int] | None:
    """ "While <X> <reporting verb> ..., <Y> <reporting verb> ...": the contrast put first. Returns (the comma
    that ends the first report, the same comma, the main clause's verb), or None."""
    opener = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if opener is None or opener.lower_ not in ("while", "whereas") or inside_quote(opener.idx):
        return None
    root = sent.root
    if inside_quote(root.idx) or not _reports(root) or not any(c.dep_ == "nsubj" for c in root.children):
        return None
    first = _first_verb(sent.doc[opener.i + 1 : root.i])
    if first is None or not _reports(first):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and opener.i < c.i < first.i for c in first.children):
        return None
    main_subject = min(c.left_edge.i for c in root.children if c.dep_ == "nsubj")
    comma = main_subject - 1  # the comma just before the main clause's subject ends the first report
    if comma <= first.i or sent.doc[comma].text != ",":
        return None
    return comma, comma, root.i


def _first_verb(tokens: Span) -> Token | None:
    """The first verb of a stretch, not an auxiliary: a clause's own verb, whatever the parser hung it on."""
    return next((t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)


def _reports(verb: Token) -> bool:
    """An attribution verb not negated: "X said", not "X did not say"."""
    return verb.lemma_.lower() in ATTRIBUTION_VERBS and not any(c.dep_ == "neg" for c in verb.children)


def _coordinated_report(conj: Token, inside_quote: Callable[[int], bool]) -> bool:
    """ "and" joining two reports: the verb after it is a conjunct of a reporting verb outside quotes, with a
    subject of its own (not "X said ... and that Y ..." nor "X said Y fell and Z fled")."""
    verb = conj.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ATTRIBUTION_VERBS or inside_quote(verb.idx):
        return False
    after = [c for c in verb.children if c.dep_ == "conj" and c.i > conj.i]
    return any(
        c.lemma_.lower() in ATTRIBUTION_VERBS and any(g.dep_ == "nsubj" and g.i > conj.i for g in c.children)
        for c in after
    )


def clause_speaker(verb: Token) -> Attribution | None:
    """The speaker of a clause cut from its sentence by `contrast_clause`: its reporting verb's subject."""
    subj = subject_of(verb)
    mention = mention_from_token(subj) if subj is not None else None
    # Resolved from the subject's place, not the verb's: "while the group as well as <Org> denied".
    return None if mention is None or subj is None else Attribution(mention, verb.text, min(subj.i, verb.i))


# Verbs of a clause that answers the claim before it: ", which <party> denied / confirmed".
_REPLY_VERBS = DENIAL_VERBS | frozenset("confirm acknowledge admit".split())


def reply_clause(sent: Span, inside_quote: Callable[[int], bool]) -> tuple[int, int, int] | None:
    """Where a sentence ends with another voice answering its claim: "X said the blast was caused by a
    rocket, which the group as well as <Org> have denied" (also "confirmed", "admitted"), the answering
    subject named outside quotes. Returns (end of the claim, the "which", the answering verb) as token
    indices, or None; the answer then becomes a claim of its own with its own speaker, about the same
    content (its features are the whole sentence's: "which" stands for the claim)."""
    for tok in sent:
        if tok.lower_ != "which" or inside_quote(tok.idx) or tok.dep_ not in ("dobj", "nsubjpass"):
            continue
        comma = tok.i - 1
        if comma <= sent.start + 3 or sent.doc[comma].text != "," or sent.root.i > tok.i:
            continue  # the claim must be whole before the cut
        verb = tok.head
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in _REPLY_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "which it did not deny" is no answer of its own
        if not _ends_sentence(verb, sent):
            continue  # "the levy, which the council rejected, would pay ...": inside the content
        subj = subject_of(verb)  # "which <Org> denied"; passive: "which was denied by <Org>"
        if subj is not None and subj.i > tok.i and not inside_quote(subj.idx):
            return comma, tok.i, verb.i
    return None


def _ends_sentence(verb: Token, sent: Span) -> bool:
    """Whether the verb's clause runs to the sentence's end, or only ", calling it ..." follows (the parser
    often hangs that participle on the main verb)."""
    last = max((t.i for t in sent if not t.is_punct), default=sent.end - 1)
    edge = verb.right_edge.i
    if edge >= last:
        return True
    doc = sent.doc
    return doc[edge + 1].text == "," and edge + 2 <= last and doc[edge + 2].tag_ == "VBG" and (
        doc[edge + 2].right_edge.i >= last
    )
