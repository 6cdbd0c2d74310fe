"""Hand-built extractions for tests, screenshots and benchmarks: no spaCy, no real corpus.

The small one is an invented dispute (a port strike) told by three outlets, with claims that
compete and corroborate, camps, and three questions (one disputed yes/no point, one disputed
figure, one point nobody contests); the large one repeats invented sentences to any size, with
links and about one question per ten claims, to measure the review app at 10k–50k claims.
"""

from __future__ import annotations

import hashlib
import random

from factcheck.model import Article, Claim, Extraction, Link, Question, Relation, SideBasis

# (speaker, side, cue, kind, sentence); one list per article, paragraphs separated by a blank line.
_ARTICLES: list[tuple[str, str, list[list[tuple[str | None, str | None, str | None, str, str]]]]] = [
    (
        "harbour_daily.txt",
        "Dockers Walk Out At Northfield Port As Talks Collapse",
        [
            [
                (
                    None,
                    None,
                    None,
                    "statement",
                    "Thousands of dockers stopped work at Northfield port on Monday.",
                ),
                (
                    "Mara Olsen",
                    "Dockers Union",
                    "said",
                    "quote",
                    "“Every crane in the port is idle and not one ship has been unloaded,” said Mara Olsen.",
                ),
            ],
            [
                (
                    "Piet Ruud",
                    "Port Authority",
                    "said",
                    "reported",
                    "Port Authority spokesman Piet Ruud said that three terminals were working normally.",
                ),
                (
                    "Mara Olsen",
                    "Dockers Union",
                    "added",
                    "reported",
                    "Olsen added that 4,000 workers had joined the strike.",
                ),
            ],
        ],
    ),
    (
        "coast_news.txt",
        "Port Authority Says Strike Turnout Is Low",
        [
            [
                (
                    "Piet Ruud",
                    "Port Authority",
                    "told",
                    "quote",
                    "“Fewer than 900 workers stayed away and the port is open,” Ruud told reporters.",
                ),
                (None, None, None, "statement", "Two container ships left the port on Monday afternoon."),
            ],
            [
                (
                    "Lena Brak",
                    "Police",
                    "said",
                    "reported",
                    "Police spokeswoman Lena Brak said the protest near gate 4 was peaceful.",
                ),
            ],
        ],
    ),
    (
        "river_post.txt",
        "Strike Halts Cargo, Union Says; Ships Wait Offshore",
        [
            [
                (
                    "Mara Olsen",
                    "Dockers Union",
                    "said",
                    "quote",
                    "“The port is closed to cargo until our demands are met,” Olsen said.",
                ),
                (None, None, None, "statement", "At least twelve ships were waiting offshore on Tuesday."),
            ],
            [
                (
                    "Piet Ruud",
                    "Port Authority",
                    "denied",
                    "reported",
                    "Ruud denied that any ship had been turned away.",
                ),
                (
                    "Lena Brak",
                    "Police",
                    "said",
                    "reported",
                    "Brak said officers made no arrests at the port.",
                ),
            ],
        ],
    ),
]

# (claim index a, claim index b, relation, score, reason)
_LINKS: list[tuple[int, int, Relation, float, str]] = [
    (1, 4, "competes", 0.81, "same subject (port, working); opposite sides"),
    (3, 4, "competes", 0.77, "incompatible numbers (4,000 vs fewer than 900)"),
    (7, 4, "competes", 0.74, "same subject (port, closed vs open); opposite sides"),
    (2, 7, "competes", 0.66, "same subject (terminals, working); opposite sides"),
    (5, 7, "competes", 0.55, "same subject (ships, leaving); one denies"),
    (1, 7, "corroborates", 0.69, "same speaker, other outlet: port not working"),
    (2, 4, "corroborates", 0.62, "same side, other outlet: port working"),
    (0, 8, "corroborates", 0.45, "same event (strike halts cargo)"),
    (6, 10, "corroborates", 0.41, "same source (police): calm at the port"),
]

# (label, {claim index: stance}): a yes/no point, a figure, and a point only one camp speaks to.
_QUESTIONS: list[tuple[str, dict[int, str]]] = [
    ("the port is closed to cargo", {1: "asserts", 7: "asserts", 2: "denies", 4: "denies", 5: "denies"}),
    ("how many workers joined the strike", {3: "4,000", 4: "900"}),
    ("the protest at the port was peaceful", {6: "asserts", 10: "asserts"}),
]
# How each speaker's side was decided (the side itself is the camp in this small dispute).
_SIDE_BASIS: dict[tuple[str, str], SideBasis] = {
    ("Mara Olsen", "said"): "party name",
    ("Mara Olsen", "added"): "carried",
    ("Piet Ruud", "said"): "role",
    ("Piet Ruud", "told"): "carried",
    ("Piet Ruud", "denied"): "carried",
    ("Lena Brak", "said"): "role",
}
# Outlets named in the articles' metadata; the third article has none (its file name stands in).
_OUTLETS = {"harbour_daily.txt": "Harbour Daily", "coast_news.txt": "Coast News"}

_SUGGESTIONS = {
    1: {"label": "disputed", "reason": "disputed: 2 competing claims from the other side"},
    4: {"label": "disputed", "reason": "disputed: 3 competing claims from the other side"},
    6: {"label": "corroborated", "reason": "corroborated: 1 other source says the same"},
    10: {"label": "unverified", "reason": "unverified: single source"},
}


def claim_id(file: str, start: int, end: int) -> str:
    """A stable claim id in the contract's `c-` + 12 hex form."""
    return "c-" + hashlib.sha256(f"{file}\0{start}\0{end}".encode()).hexdigest()[:12]


def question_id(label: str, members: list[str]) -> str:
    """A stable question id in the contract's `q-` + 12 hex form."""
    return "q-" + hashlib.sha256("\0".join([label, *sorted(members)]).encode()).hexdigest()[:12]


def small_extraction() -> Extraction:
    """Eleven claims in three articles with links (`_LINKS`), camps and three questions (`_QUESTIONS`)."""
    articles: list[Article] = []
    claims: list[Claim] = []
    for file, title, paragraphs in _ARTICLES:
        text = title + "\n\n"
        spans: list[tuple[int, int, int, int, tuple]] = []
        for paragraph in paragraphs:
            p_start = len(text)
            offsets = []
            for row in paragraph:
                if len(text) > p_start:
                    text += " "
                offsets.append((len(text), len(text) + len(row[4]), row))
                text += row[4]
            p_end = len(text)
            text += "\n\n"
            spans.extend((s, e, p_start, p_end, row) for s, e, row in offsets)
        digest = hashlib.sha256(text.encode()).hexdigest()
        articles.append(
            Article(
                id="a-" + digest[:12],
                file=file,
                path=f"corpus/{file}",
                title=title,
                sha256=digest,
                text=text,
                outlet=_OUTLETS.get(file),
            )
        )
        for s, e, p_start, p_end, (speaker, side, cue, kind, sentence) in spans:
            claims.append(
                Claim(
                    id=claim_id(file, s, e),
                    article=file,
                    start=s,
                    end=e,
                    text=sentence,
                    speaker=speaker,
                    side=side,
                    camp=side,
                    side_basis=_SIDE_BASIS.get((speaker, cue or "")) if speaker and side else None,
                    cue=cue,
                    kind=kind,
                    score=0.5 + 0.04 * (len(claims) % 10),
                    paragraph=(p_start, p_end),
                )
            )
    for index, suggestion in _SUGGESTIONS.items():
        claims[index].suggestion = dict(suggestion)
    links = [Link(claims[a].id, claims[b].id, relation, score, reason) for a, b, relation, score, reason in _LINKS]
    questions = [
        Question(
            question_id(label, [claims[i].id for i in stances]),
            label,
            {claims[i].id: stance for i, stance in stances.items()},
        )
        for label, stances in _QUESTIONS
    ]
    return Extraction(articles=articles, claims=claims, links=links, questions=questions)


_SPEAKERS = [("Ada Kern", "Union"), ("Bo Lind", "Authority"), ("Cy Ortiz", "Police"), (None, None)]
_WORDS = (
    "port", "strike", "ships", "workers", "terminal", "cargo", "gate",
    "police", "union", "talks", "wages", "crane", "dock", "shift",
)  # fmt: skip


def large_extraction(n_claims: int, *, per_article: int = 50, seed: int = 7) -> Extraction:
    """`n_claims` invented claims over `n_claims / per_article` articles, each with a few links,
    and about one question per ten claims (3–15 members from several articles; one in three a figure)."""
    rng = random.Random(seed)
    articles: list[Article] = []
    claims: list[Claim] = []
    n_articles = max(1, -(-n_claims // per_article))
    for a in range(n_articles):
        file = f"article_{a:05d}.txt"
        sentences = []
        count = min(per_article, n_claims - len(claims))
        for _ in range(count):
            words = rng.sample(_WORDS, 8)
            sentences.append(f"The {words[0]} {words[1]} said {rng.randint(2, 9000)} {' '.join(words[2:])}.")
        text = "\n\n".join(sentences) + "\n"
        digest = hashlib.sha256(text.encode()).hexdigest()
        articles.append(
            Article(id="a-" + digest[:12], file=file, path=file, title=sentences[0], sha256=digest, text=text)
        )
        pos = 0
        for sentence in sentences:
            speaker, side = _SPEAKERS[rng.randrange(len(_SPEAKERS))]
            start, end = pos, pos + len(sentence)
            claims.append(
                Claim(
                    id=claim_id(file, start, end),
                    article=file,
                    start=start,
                    end=end,
                    text=sentence,
                    speaker=speaker,
                    side=side,
                    camp=side,
                    side_basis="role" if side else None,
                    cue="said" if speaker else None,
                    kind="reported" if speaker else "statement",
                    score=rng.random(),
                    paragraph=(start, end),
                )
            )
            pos = end + 2
    links = []
    for i, claim in enumerate(claims):
        for _ in range(2):
            j = rng.randrange(len(claims))
            if j != i and claims[j].article != claim.article:
                relation: Relation = "competes" if rng.random() < 0.5 else "corroborates"
                links.append(Link(claim.id, claims[j].id, relation, round(rng.random(), 3), "shared terms"))
    return Extraction(articles=articles, claims=claims, links=links, questions=_large_questions(claims, rng))


def _large_questions(claims: list[Claim], rng: random.Random) -> list[Question]:
    """About one question per ten claims, each over claims drawn from the whole corpus."""
    questions: list[Question] = []
    for q in range(len(claims) // 10):
        members = rng.sample(claims, min(len(claims), rng.randint(3, 15)))
        words = rng.sample(_WORDS, 3)
        if q % 3 == 2:
            label = f"how many {words[0]} {words[1]} joined"
            values = [f"{rng.randint(1, 90) * 100:,}" for _ in range(rng.randint(2, 4))]
            stances = {c.id: rng.choice(values) for c in members}
        else:
            label = f"the {words[0]} {words[1]} {words[2]} was closed"
            stances = {c.id: "asserts" if rng.random() < 0.6 else "denies" for c in members}
        questions.append(Question(question_id(label, list(stances)), label, stances))
    return questions
