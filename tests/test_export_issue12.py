"""ClaimReview and FEVER as a new user found them (issue 12): no cut summaries, no relative urls,
REFUTES and SUPPORTS rows with their evidence (article and sentence)."""

from __future__ import annotations

import dataclasses
import json

from factcheck.export import build_export
from factcheck.model import Extraction, Question, Session, Verdict
from factcheck.synthetic import small_extraction

SESSION = Session(name="dam", corpus=["/data/dam"], analyst="ana")
LONG = (
    "The Sudmark water board said that the eastern wall of the reservoir dam near the border town gave way "
    "shortly after midnight, flooding three villages downstream and cutting the only road to Norland."
)


def extraction_with_a_long_claim() -> Extraction:
    ext = small_extraction()
    first = ext.claims[0]
    ext.claims[0] = dataclasses.replace(first, text=LONG)
    return ext


def reviews(ext: Extraction, verdicts: list[Verdict], **options: str) -> dict[str, dict]:
    doc = json.loads(build_export("claimreview", SESSION, {v.claim: v for v in verdicts}, ext, **options))
    return {r["itemReviewed"].get("text", r["claimReviewed"]): r for r in doc}


def test_claim_reviewed_is_never_cut() -> None:
    ext = extraction_with_a_long_claim()
    found = reviews(ext, [Verdict(ext.claims[0].id, "disputed", "", "ana", "2024-05-01T09:30:00.000Z")])
    summary = found[LONG]["claimReviewed"]
    assert "…" not in summary and summary == LONG


def test_without_url_the_review_points_at_the_claims_article_when_it_has_one() -> None:
    ext = small_extraction()
    with_url = ext.claims[0].article
    ext.articles = [
        dataclasses.replace(a, url="https://news.example/dam-breach#top") if a.file == with_url else a
        for a in ext.articles
    ]
    c = ext.claims
    rows = [Verdict(x.id, "disputed", "", "ana", "2024-05-01T09:30:00.000Z") for x in (c[0], c[-1])]
    doc = json.loads(build_export("claimreview", SESSION, {v.claim: v for v in rows}, ext))
    by_claim = {r["url"].rsplit("#", 1)[-1].rsplit(":", 1)[-1]: r for r in doc}
    assert by_claim[c[0].id]["url"] == f"https://news.example/dam-breach#{c[0].id}"
    assert by_claim[c[0].id]["itemReviewed"]["appearance"]["url"] == "https://news.example/dam-breach#top"
    assert c[-1].article != with_url
    assert by_claim[c[-1].id]["url"] == f"urn:factcheck:claim:{c[-1].id}"  # absolute, never a bare "#c-…"
    for review in doc:
        assert not review["url"].startswith("#")


def test_the_url_option_still_wins() -> None:
    ext = small_extraction()
    c = ext.claims[0]
    doc = json.loads(
        build_export(
            "claimreview",
            SESSION,
            {c.id: Verdict(c.id, "disputed", "", "ana", "2024-05-01T09:30:00.000Z")},
            ext,
            url="https://checks.example/dam",
        )
    )
    assert doc[0]["url"] == f"https://checks.example/dam#{c.id}"


def fever(ext: Extraction, verdicts: list[Verdict]) -> dict[str, dict]:
    lines = build_export("fever", SESSION, {v.claim: v for v in verdicts}, ext).splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}


def test_refutes_evidence_names_the_competing_claims_article_and_sentence() -> None:
    ext = small_extraction()
    c = ext.claims
    rows = fever(ext, [Verdict(c[1].id, "disputed", "", "ana", "t")])
    (evidence,) = rows[c[1].id]["evidence"]
    assert evidence[0]["article"] == c[4].article and evidence[0]["sentence"] == c[4].text
    assert (evidence[0]["start"], evidence[0]["end"]) == (c[4].start, c[4].end)


def test_refutes_without_a_competing_link_takes_the_other_stance_of_its_question() -> None:
    ext = small_extraction()
    c = ext.claims
    ext.links = []  # the linker found nothing; the question still holds both stances
    a, b = c[1], c[4]
    assert a.article != b.article
    ext.questions = [Question("q-000000000001", "the dam wall gave way", {a.id: "asserts", b.id: "denies"})]
    rows = fever(ext, [Verdict(a.id, "disputed", "", "ana", "t"), Verdict(b.id, "corroborated", "", "ana", "t")])
    (evidence,) = rows[a.id]["evidence"]
    assert evidence[0]["id"] == b.id and evidence[0]["relation"] == "competes"
    assert evidence[0]["article"] == b.article and evidence[0]["sentence"] == b.text
    assert rows[b.id]["evidence"] == []  # nothing says the same: no evidence is invented
