"""Typed values that cross the layers: articles, claims, links, verdicts, sessions.

Every layer (corpus, extract, link, store, export, ui) speaks in these dataclasses,
never in raw dicts, so a field renamed here is renamed everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ClaimKind = Literal["quote", "reported", "statement"]
SideBasis = Literal["role", "affiliation", "party name", "carried", "edited"]
Relation = Literal["competes", "corroborates"]
Label = Literal["corroborated", "disputed", "unverified"]
EditKind = Literal["speaker", "side", "merge-sides", "camp", "reject-link", "add-link", "question"]

LABELS: tuple[Label, ...] = ("corroborated", "disputed", "unverified")
EDIT_KINDS: tuple[EditKind, ...] = ("speaker", "side", "merge-sides", "camp", "reject-link", "add-link", "question")
CLAIMS_SCHEMA = "factcheck.claims/1"
VERDICTS_SCHEMA = "factcheck.verdicts/1"


@dataclass(frozen=True)
class Article:
    """One decoded corpus file; `text` is kept exactly as decoded so offsets stay true."""

    id: str
    file: str
    path: str
    title: str
    sha256: str
    text: str = field(repr=False, compare=False)
    encoding: str = "utf-8"
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or date-time, as the source gives it
    author: str | None = None
    record: str | None = None  # line or row number, or the record's own id, for feeds and sheets

    @property
    def text_is_extracted(self) -> bool:
        """Whether `text` was extracted (from a page, a feed's record, a spreadsheet's row), not a file's own text.

        Claims' offsets then index this text, which no file on disk holds, so the claims JSON carries it.
        """
        return self.record is not None or self.file.lower().endswith((".html", ".htm"))

    def to_json(self) -> dict[str, Any]:
        """The article as it appears in the claims JSON (with its text only when it was extracted)."""
        out: dict[str, Any] = {
            "id": self.id,
            "file": self.file,
            "path": self.path,
            "title": self.title,
            "sha256": self.sha256,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "author": self.author,
        }
        if self.record is not None:
            out["record"] = self.record
        if self.text_is_extracted:
            out["text"] = self.text
        return out


@dataclass
class Claim:
    """A claim-worthy sentence with its attribution.

    `start`/`end` are offsets into the article text, so `text == article.text[start:end]`.
    `paragraph` is the (start, end) of the enclosing paragraph, for context in the UI.
    `features` carries what linking needs (lemmas, entities, polarity, numbers), computed
    once during extraction so that linking never needs spaCy.
    """

    id: str
    article: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    side: str | None = None
    cue: str | None = None
    kind: ClaimKind = "statement"
    camp: str | None = None  # the group of sides that argue together; None for the outlet / neutral
    side_basis: SideBasis | None = None  # how the side was decided
    score: float = 0.0
    paragraph: tuple[int, int] = (0, 0)
    features: dict[str, Any] = field(default_factory=dict)
    suggestion: dict[str, str] | None = None

    def to_json(self, *, with_features: bool = False) -> dict[str, Any]:
        """The claim as it appears in the claims JSON."""
        out: dict[str, Any] = {
            "id": self.id,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "side": self.side,
            "camp": self.camp,
            "side_basis": self.side_basis,
            "cue": self.cue,
            "kind": self.kind,
            "score": round(self.score, 3),
            "paragraph": list(self.paragraph),
        }
        if self.suggestion is not None:
            out["suggestion"] = dict(self.suggestion)
        if with_features:
            out["features"] = self.features
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Claim:
        """Rebuild a claim from `to_json` output (extra keys are ignored)."""
        para = data.get("paragraph") or (data["start"], data["end"])
        return cls(
            id=data["id"],
            article=data["article"],
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"],
            speaker=data.get("speaker"),
            side=data.get("side"),
            camp=data.get("camp"),
            side_basis=data.get("side_basis"),
            cue=data.get("cue"),
            kind=data.get("kind", "statement"),
            score=float(data.get("score", 0.0)),
            paragraph=(int(para[0]), int(para[1])),
            features=dict(data.get("features") or {}),
            suggestion=data.get("suggestion"),
        )


@dataclass(frozen=True)
class Link:
    """An undirected relation between two claims from different sources."""

    source: str
    target: str
    relation: Relation
    score: float
    reason: str

    def to_json(self) -> dict[str, Any]:
        """The link as it appears in the claims JSON."""
        out = asdict(self)
        out["score"] = round(self.score, 3)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Link:
        """Rebuild a link from `to_json` output."""
        return cls(
            source=data["source"],
            target=data["target"],
            relation=data["relation"],
            score=float(data.get("score", 0.0)),
            reason=data.get("reason", ""),
        )


def is_count(stances: Iterable[str]) -> bool:
    """Whether a question's stances make it a question of a count: some member gives a figure."""
    return any(stance not in ("asserts", "denies") for stance in stances)


@dataclass
class Question:
    """A contested point: the claims across articles that bear on it, each with its stance.

    A stance is "asserts" or "denies" toward `label`, or, for a quantity, the normalised
    value the claim gives ("12,000"). `disputed` is true when two members differ.
    """

    id: str  # "q-" + 12 hex digits
    label: str
    claims: dict[str, str] = field(default_factory=dict)  # claim id -> stance

    @property
    def disputed(self) -> bool:
        """Whether the question holds two different stances."""
        return len(set(self.claims.values())) > 1

    def to_json(self) -> dict[str, Any]:
        """The question as it appears in the claims JSON."""
        return {"id": self.id, "label": self.label, "disputed": self.disputed, "claims": dict(self.claims)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Question:
        """Rebuild a question from `to_json` output."""
        return cls(
            id=data["id"],
            label=data.get("label", ""),
            claims={str(k): str(v) for k, v in (data.get("claims") or {}).items()},
        )


@dataclass
class Extraction:
    """Everything `extract` produces for a corpus: what the store caches and the UI shows."""

    articles: list[Article]
    claims: list[Claim]
    links: list[Link] = field(default_factory=list)
    similarity: str = ""  # the similarity backend the links were found with ("lexical", "embeddings")
    questions: list[Question] = field(default_factory=list)
    # claim id -> the figure a member of a count gives where it is not its answer's name ("at least 471" in
    # the "at least 500" answer): what its reasons and the Claim pane quote. The session store keeps it; the
    # claims JSON does not (a stance there is the answer, as docs/interfaces.md says).
    figures: dict[str, str] = field(default_factory=dict)

    def to_json(self, *, with_features: bool = False) -> dict[str, Any]:
        """The claims JSON document of docs/interfaces.md."""
        return {
            "schema": CLAIMS_SCHEMA,
            "similarity": self.similarity,
            "articles": [a.to_json() for a in self.articles],
            "claims": [c.to_json(with_features=with_features) for c in self.claims],
            "questions": [q.to_json() for q in self.questions],
            "links": [lk.to_json() for lk in self.links],
        }


@dataclass(frozen=True)
class Verdict:
    """The analyst's current decision on one claim."""

    claim: str
    label: Label | None  # None: a note without a decision yet
    note: str = ""
    analyst: str = ""
    updated: str = ""  # ISO-8601, UTC


@dataclass(frozen=True)
class HistoryEntry:
    """One change of a verdict, appended and never rewritten; undo walks these back."""

    seq: int
    claim: str
    old_label: Label | None
    new_label: Label | None
    old_note: str
    new_note: str
    analyst: str
    time: str  # ISO-8601, UTC
    undo_of: int | None = None  # seq of the entry this change undid, if it was an undo


@dataclass(frozen=True)
class Correction:
    """What the analyst corrects, keyed by claim ids and side names so it applies to every re-extraction.

    | kind | target | value | also |
    | --- | --- | --- | --- |
    | speaker | claim id | the speaker ("" for the outlet's own voice) | `speaker`: every claim by this speaker |
    | side | claim id | the side ("" for none) | `speaker`: every claim by this speaker |
    | merge-sides | a side | the side it joins (a rename when new); the old name becomes an alias | |
    | camp | a side | the camp it argues with ("" for its own) | |
    | reject-link | claim id | the other claim's id | |
    | add-link | claim id | the other claim's id | `relation`: competes / corroborates |
    | question | claim id, or a question id | the question it belongs to (a question id: merge) | `stance` |

    Question ids change when a relink or a re-extraction regroups the questions, so a question
    edit also names its questions by claims: `value_claims`, the members of the question named by
    `value` when the edit was made, and for a merge `target_claims`, those of the question named
    by `target`; the first is the anchor that breaks ties (for a stance, the claim itself). They
    are left out of equality: the same move made against two groupings is the same correction.
    An edit without them (stored before) names its questions by id.
    """

    kind: EditKind
    target: str
    value: str
    relation: Relation | None = None
    stance: str | None = None
    speaker: str | None = None  # speaker and side: apply to every claim by this speaker (as extracted)
    value_claims: tuple[str, ...] = field(default=(), compare=False)
    target_claims: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        _claim_tuples(self)


@dataclass(frozen=True)
class Edit:
    """One correction as the store keeps it: appended and never rewritten, undone by a later entry.

    `undo_of`: this entry is ctrl+z of entry `undo_of` (a verdict change or an edit; an edit made
    with others in one key press, the same `group`, is undone with them). `withdraws`: this entry
    takes back edit `withdraws` (a rejected link restored, an orphaned edit dropped), and is
    itself undoable. `pending`: another analyst's edit, imported, that conflicts with ours; it
    applies only once the analyst keeps it. `source`: the export file it was imported from.
    """

    seq: int
    kind: EditKind
    target: str
    value: str
    analyst: str
    time: str  # ISO-8601, UTC
    relation: Relation | None = None
    stance: str | None = None
    speaker: str | None = None
    group: int | None = None
    undo_of: int | None = None
    withdraws: int | None = None
    pending: bool = False
    source: str = ""
    value_claims: tuple[str, ...] = field(default=(), compare=False)  # see `Correction`
    target_claims: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        _claim_tuples(self)

    @property
    def correction(self) -> Correction:
        """What this edit corrects, without its bookkeeping."""
        return Correction(
            self.kind, self.target, self.value, self.relation, self.stance, self.speaker,
            self.value_claims, self.target_claims,
        )  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        """The edit as an export's `edits` row (CONTRACT), with the optional fields it uses."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "target": self.target,
            "value": self.value,
            "analyst": self.analyst,
            "updated": self.time,
        }
        for name in ("relation", "stance", "speaker"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        for name in ("value_claims", "target_claims"):
            if getattr(self, name):
                out[name] = list(getattr(self, name))
        return out


def _claim_tuples(edit: Correction | Edit) -> None:
    """Keep a question edit's claim lists as tuples of ids (rows read back from JSON hold lists)."""
    for name in ("value_claims", "target_claims"):
        found = getattr(edit, name)
        if isinstance(found, tuple) and all(isinstance(cid, str) for cid in found):
            continue
        if not isinstance(found, (list, type(None))) or not all(isinstance(cid, str) for cid in found or ()):
            raise ValueError(f"bad {name} {found!r}")
        object.__setattr__(edit, name, tuple(found or ()))


@dataclass
class Session:
    """A named review of one corpus, with where the analyst left off."""

    name: str
    corpus: list[str]
    analyst: str = ""
    created: str = ""
    updated: str = ""
    cursor: str | None = None  # claim id under the cursor
    filter: dict[str, Any] = field(default_factory=dict)
    org: str = ""
    model: str | None = None  # the spaCy pipeline the claims were extracted with
    extraction_key: str = ""  # the extraction cache key of the corpus as last opened
    fields: list[str] = field(default_factory=list)  # the `--field NAME=COLUMN` its feeds were read with
