"""Linking on invented events: each way two claims compete or corroborate, and what must not link.

Claims are built by hand (speaker, side, article) with features computed by the real parser
on each sentence, so these tests pin down linking and the features it reads, whatever
attribution decides. Each corpus mixes a few events, as a real one does, so that term weights
behave as they do on real articles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence

import pytest
from spacy.language import Language

from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline
from factcheck.link import link_claims, link_questions, similarity_backend, suggest_verdicts
from factcheck.link.evidence import Profile, build_profiles, compare_numbers
from factcheck.link.linker import COMPETE_MAX_DEGREE
from factcheck.link.parties import Parties, build_parties
from factcheck.link.reasons import echo_reason
from factcheck.link.stance import ASSERTS
from factcheck.model import Claim, Link, Question

pytestmark = pytest.mark.slow

Spec = tuple[str, str, str | None, str | None]  # (article, sentence, speaker, side)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(autouse=True)
def lexical(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """These tests pin the default (lexical) backend; test_link_semantic.py covers the other."""
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "lexical")
    yield


@pytest.fixture(scope="module")
def make_claims(nlp: Language) -> Callable[[Sequence[Spec]], list[Claim]]:
    def make(specs: Sequence[Spec]) -> list[Claim]:
        claims = []
        offsets: dict[str, int] = {}
        for article, text, speaker, side in specs:
            sent = next(iter(nlp(text).sents))
            start = offsets.get(article, 0)
            offsets[article] = start + len(text) + 2
            digest = hashlib.sha1(f"{article}\0{text}".encode()).hexdigest()[:12]
            claims.append(
                Claim(
                    id=f"c-{digest}",
                    article=article,
                    start=start,
                    end=start + len(text),
                    text=text,
                    speaker=speaker,
                    side=side,
                    kind="reported" if speaker else "statement",
                    features=claim_features(sent, 0.0),
                )
            )
        return claims

    return make


# Background claims about other, unrelated events, as any real corpus has.
BACKGROUND: list[Spec] = [
    ("gazette.txt", "The city council approved a new budget for public parks on Tuesday.", None, None),
    ("gazette.txt", "A new tram line to the airport will open next year, the transport office said.", None, None),
    ("courier.txt", "Heavy rain flooded several roads in the northern suburbs overnight.", None, None),
    ("courier.txt", "The museum will host an exhibition of medieval maps this summer.", None, None),
    ("herald.txt", "Local farmers expect a good harvest of apples and pears this autumn.", None, None),
    ("herald.txt", "The football club signed a young goalkeeper from a rival team.", None, None),
]


def _pairs(links: Sequence[Link], relation: str) -> set[frozenset[str]]:
    return {frozenset((lk.source, lk.target)) for lk in links if lk.relation == relation}


def _link(links: Sequence[Link], a: Claim, b: Claim) -> Link | None:
    return next((lk for lk in links if {lk.source, lk.target} == {a.id, b.id}), None)


def _relation(links: Sequence[Link], a: Claim, b: Claim) -> str | None:
    found = _link(links, a, b)
    return found.relation if found else None


def test_numbers_that_cannot_both_hold_compete(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("tribune.txt", "Twelve people died in the fire at the Orlen textile mill, the fire brigade said.",
             "fire brigade", "fire brigade"),
            ("observer.txt", "At least 40 people died in the fire at the Orlen textile mill, workers said.",
             "workers", "workers"),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    found = _link(links, claims[0], claims[1])
    assert found is not None and found.relation == "competes"
    assert "gives 12" in found.reason and "gives at least 40" in found.reason


def test_numbers_of_different_things_do_not_conflict(nlp: Language) -> None:
    sent = next(iter(nlp("Rebels killed four soldiers and captured nine others.").sents))
    other = next(iter(nlp("The rebels captured nine soldiers near the bridge.").sents))
    claims = [
        Claim(id="c-000000000001", article="a.txt", start=0, end=1, text="", features=claim_features(sent, 0.0)),
        Claim(id="c-000000000002", article="b.txt", start=0, end=1, text="", features=claim_features(other, 0.0)),
    ]
    a, b = build_profiles(claims, Parties([]))
    assert compare_numbers(a, b) != ("conflict", "4 vs 9 soldier")


def _profiles(nlp: Language, texts: Sequence[str]) -> list[Profile]:
    """Profiles of one-sentence claims, each from an article of its own, with no parties known."""
    claims = [
        Claim(id=f"c-00000000000{i}", article=f"{i}.txt", start=0, end=1, text=t,
              features=claim_features(next(iter(nlp(t).sents)), 0.0))
        for i, t in enumerate(texts)
    ]
    return build_profiles(claims, Parties([]))


def test_a_reason_names_speakers_as_written(nlp: Language) -> None:
    texts = ["The dam at Marrow was breached on Monday.", "The Marrow dam was breached on Monday."]
    claims = [
        Claim(id=f"c-00000000000{i}", article=f"{i}.txt", start=0, end=1, text=t, speaker=speaker,
              features=claim_features(next(iter(nlp(t).sents)), 0.0))
        for i, (t, speaker) in enumerate(zip(texts, ["DNA tests", "Ana McAllister"], strict=True))
    ]  # fmt: skip
    a, b = build_profiles(claims, Parties([]))
    question = Question("q-000000000001", "the dam was breached", {c.id: ASSERTS for c in claims})
    reason = echo_reason(question, a, b, ASSERTS, Parties([]))
    assert reason.endswith("independent sources (DNA tests, Ana McAllister)")  # was "Dna Tests, Ana Mcallister"


def test_bounds_and_ranges_are_intervals(nlp: Language) -> None:
    texts = [
        "At least 17 people were killed in the blast.",
        "Twenty people were killed in the blast.",
        "Between 400-500 people were evacuated.",
        "About 450 people were evacuated.",
    ]
    p = _profiles(nlp, texts)
    assert compare_numbers(p[0], p[1]) == ("agree", "17 people")
    assert compare_numbers(p[2], p[3]) is not None and compare_numbers(p[2], p[3])[0] == "agree"


def test_headline_figures_count_the_people_a_participle_names(nlp: Language) -> None:
    """"500 killed ...: Ministry" counts people killed (not ministries), and so does "100-300 killed"."""
    texts = [
        "At least 500 killed in shelling of Velm clinic: Health Ministry",
        "Harbor intelligence estimates 100-300 killed in Velm clinic blast",
        "At least 12 dead in Velm ferry fire: coastguard",
    ]
    p = _profiles(nlp, texts)
    assert [n[2] for n in p[0].numbers] == ["people"]
    assert compare_numbers(p[0], p[1]) == ("conflict", "500 vs 100 people")
    assert [(n[0], n[2]) for n in p[2].numbers] == [(12.0, "people")]


def test_negation_across_opposing_sides_competes(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("post.txt", "Ardenian troops crossed the river at Kessel and fired on the border post, Borovian "
             "army spokesman Ilya Marn said.", "Ilya Marn", "Borovian army"),
            ("daily.txt", "No Ardenian soldier crossed the river, Ardenian defence ministry spokesman Vask Tiber "
             "said.", "Vask Tiber", "Ardenian defence ministry"),
            ("daily.txt", "Borovian forces shelled three Ardenian villages, Tiber said.", "Vask Tiber",
             "Ardenian defence ministry"),
            ("post.txt", "Borovian artillery did not fire on any village, Marn said.", "Ilya Marn", "Borovian army"),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    assert _relation(links, claims[0], claims[1]) == "competes"
    assert _relation(links, claims[2], claims[3]) == "competes"
    reason = _link(links, claims[0], claims[1]).reason  # type: ignore[union-attr]
    assert reason.endswith("(opposing camps)")


def test_a_denial_of_the_other_sides_claim_competes(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("ledger.txt", "The nurses' union said 900 nurses walked out of Westbrook General Hospital.",
             "Dana Kell", "nurses' union"),
            ("ledger.txt", "Hospital director Marc Olin rejected the union's claims as false.", "Marc Olin",
             "hospital management"),
            ("bulletin.txt", "Union leader Dana Kell said 900 nurses joined the walkout at Westbrook General "
             "Hospital.", "Dana Kell", "nurses' union"),
            ("bulletin.txt", "The union said the strike would continue until wages rise.", "Dana Kell",
             "nurses' union"),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    for union_claim in (claims[0], claims[2]):
        found = _link(links, union_claim, claims[1])
        assert found is not None and found.relation == "competes"
        # "walked out" and "joined the walkout" are one count of nurses: the rejection answers the union's figure
        assert "nurses' union gives 900" in found.reason and "hospital management rejects the figures" in found.reason


def test_a_rejection_of_a_partys_claims_answers_its_count(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    """The union's figure is a count, not a "yes": a rejection naming the union joined only yes/no questions,
    so it stood alone and nothing competed with the union's 900."""
    claims = make_claims(
        [
            ("ledger.txt", "The nurses' union said 900 nurses joined the strike at Westbrook General Hospital.",
             "Dana Kell", "nurses' union"),
            ("bulletin.txt", "Union leader Dana Kell said 900 nurses took part in the strike at Westbrook General "
             "Hospital.", "Dana Kell", "nurses' union"),
            ("courier.txt", "Hospital director Marc Olin rejected the union's claims as false.", "Marc Olin",
             "hospital management"),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    (count,) = [q for q in questions if claims[0].id in q.claims]
    assert count.claims == {claims[0].id: "900", claims[1].id: "900", claims[2].id: "denies"}
    assert _relation(links, claims[0], claims[2]) == "competes"


@pytest.mark.parametrize("word", ["baseless", "false", "untrue"])
def test_calling_a_report_baseless_or_false_competes(
    make_claims: Callable[[Sequence[Spec]], list[Claim]], word: str
) -> None:
    claims = make_claims(
        [
            ("wire.txt", "Local media reported that the mayor of Dunmore had fled the city after the flood.",
             "local media", None),
            ("radio.txt", f"The mayor of Dunmore said reports that he had fled the city were {word}.",
             "mayor of Dunmore", None),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    assert _relation(links, claims[0], claims[1]) == "competes"


def test_the_same_event_in_different_places_competes(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("wire.txt", "The clash between the two patrols happened near Kessel, the army said.", "army", None),
            ("radio.txt", "The clash between the two patrols happened near Dorna, villagers said.", "villagers",
             None),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    found = _link(links, claims[0], claims[1])
    assert found is not None and found.relation == "competes"
    assert "asserts" in found.reason and "denies" in found.reason


def test_opposing_sides_answering_the_same_question_compete(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    claims = make_claims(
        [
            ("tribune.txt", "Rebel fighters now control the town of Saltmarsh, rebel commander Oda Renn said.",
             "Oda Renn", "rebels"),
            ("observer.txt", "Government troops still hold every position around Saltmarsh, army spokesman "
             "Pel Arvo said.", "Pel Arvo", "government"),
            ("tribune.txt", "The rebels also seized two fuel depots, Renn said.", "Oda Renn", "rebels"),
            ("observer.txt", "The army repelled an attack on the fuel depots, Arvo said.", "Pel Arvo", "government"),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    assert _relation(links, claims[0], claims[1]) == "competes"


def test_two_outlets_saying_the_same_corroborate(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("tribune.txt", "The fire at the Lindqvist paint factory started in the storage hall.", None, None),
            ("observer.txt", "The blaze at the Lindqvist paint factory began in its storage hall.", None, None),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    assert _relation(links, claims[0], claims[1]) == "corroborates"
    assert _link(links, claims[0], claims[1]).reason.endswith("(two outlets)")  # type: ignore[union-attr]


def test_the_same_side_echoed_in_two_outlets_corroborates(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    claims = make_claims(
        [
            ("tribune.txt", "The dockers' union said 4,000 workers joined the port strike.", "Mara Olsen",
             "Dockers Union"),
            ("observer.txt", "About 4,000 workers took part in the port strike, union leader Mara Olsen said.",
             "Mara Olsen", "Dockers Union"),
            ("gazette.txt", "Union official Jon Brekk said the port strike drew 4,000 workers.", "Jon Brekk",
             "Dockers Union"),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    assert _relation(links, claims[0], claims[2]) == "corroborates"
    assert _link(links, claims[0], claims[2]).reason.endswith("not independent")  # type: ignore[union-attr]
    assert _relation(links, claims[0], claims[1]) == "corroborates"  # two outlets quote her alike


def test_unrelated_claims_sharing_a_place_or_a_common_word_do_not_link(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    # A town everyone writes about: its name is in most claims, as the disputed place is in a real corpus.
    claims = make_claims(
        [
            ("tribune.txt", "Nurses at the Westbrook hospital went on strike on Monday over staffing.", None, None),
            ("observer.txt", "The Westbrook library has not reopened since the storm, the mayor said on Monday.",
             "mayor", "city hall"),
            ("gazette.txt", "Westbrook's chess club won a regional trophy on Monday.", None, None),
            ("courier.txt", "The Westbrook bakery did not bake bread on Sunday, shopkeepers said.", "shopkeepers",
             None),
            ("herald.txt", "A cycle lane was painted in Westbrook on Friday.", None, None),
            ("tribune.txt", "Westbrook will host a jazz festival in August.", None, None),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    assert links == []


def test_nothing_links_within_one_voice(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("tribune.txt", "The rebels captured the airport at Saltmarsh, Renn said.", "Oda Renn", "rebels"),
            ("tribune.txt", "Government troops did not lose the airport at Saltmarsh, Renn was told.", "Oda Renn",
             "rebels"),
            ("observer.txt", "The airport at Saltmarsh was captured by the rebels.", None, None),
            ("observer.txt", "The airport at Saltmarsh was not captured, according to the outlet.", None, None),
            *BACKGROUND,
        ]
    )
    links = link_claims(claims)
    assert _link(links, claims[0], claims[1]) is None
    assert _link(links, claims[2], claims[3]) is None


def test_links_are_listed_once_and_lists_stay_short(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    rebels = ["captured the town of Saltmarsh", "took the bridge at Saltmarsh", "hold the Saltmarsh airport",
              "seized two fuel depots near Saltmarsh", "control the road to Saltmarsh",
              "shot down a helicopter over Saltmarsh"]
    army = ["have not lost Saltmarsh", "still guard the bridge at Saltmarsh", "never left the Saltmarsh airport",
            "repelled an attack on the fuel depots", "keep the road to Saltmarsh open",
            "lost no helicopter over Saltmarsh"]
    specs: list[Spec] = []
    for k, (r, g) in enumerate(zip(rebels, army, strict=True)):
        specs.append((f"a{k}.txt", f"Rebel fighters {r}, commander Oda Renn said.", "Oda Renn", "rebels"))
        specs.append((f"b{k}.txt", f"Government troops {g}, army spokesman Pel Arvo said.", "Pel Arvo", "army"))
    claims = make_claims(specs + BACKGROUND)
    links = link_claims(claims)
    keys = [frozenset((lk.source, lk.target)) for lk in links]
    assert len(keys) == len(set(keys))
    assert all(lk.source != lk.target for lk in links)
    competing = [lk for lk in links if lk.relation == "competes"]
    assert competing
    assert 2 * len(competing) / len(claims) <= 6
    degree: dict[str, int] = {}
    for lk in competing:
        degree[lk.source] = degree.get(lk.source, 0) + 1
        degree[lk.target] = degree.get(lk.target, 0) + 1
    assert max(degree.values()) <= COMPETE_MAX_DEGREE


def test_suggested_verdicts_say_why(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("tribune.txt", "Twelve people died in the fire at the Orlen textile mill, the fire brigade said.",
             "fire brigade", "fire brigade"),
            ("observer.txt", "At least 40 people died in the fire at the Orlen textile mill, workers said.",
             "workers", "workers"),
            ("gazette.txt", "The fire at the Orlen textile mill started in the dye house.", None, None),
            ("courier.txt", "The blaze at the Orlen textile mill began in its dye house.", None, None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    suggest_verdicts(claims, links, questions)
    assert claims[0].suggestion == {
        "label": "disputed",
        "reason": "disputed: gives 12 for 'How many people died?'; "
        "1 competing claim from another camp gives at least 40",
    }
    assert claims[3].suggestion == {
        "label": "corroborated",
        "reason": "corroborated: 1 corroborating claim, 1 independent (1 other outlet); no competing claim",
    }
    assert claims[-1].suggestion == {
        "label": "unverified",
        "reason": "unverified: single source; no other claim bears on it",
    }


def test_acronyms_demonyms_and_bare_labels_fold_into_parties() -> None:
    parties = Parties(
        ["NRLA", "National Relief League of Arcadia", "Indian", "India", "Indian Defence Ministry",
         "government", "Catalan government", "Dockers Union", "Dockers Union", "UN"],
    )
    assert parties.of("India") == parties.of("Indian") == parties.of("Indian Defence Ministry")
    assert parties.of("NRLA") == parties.of("National Relief League of Arcadia")
    assert parties.of("government") == parties.of("Catalan government")
    assert parties.of("India") != parties.of("Dockers Union")


def test_a_long_form_seen_only_in_the_text_joins_its_acronym(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    claims = make_claims(
        [
            ("a.txt", "The Southern Dock Workers Union (SDWU) called the strike.", "SDWU", "SDWU"),
            ("b.txt", "The union said the strike would go on.", "union", "union"),
            ("c.txt", "The SDWU said all cranes were idle.", "SDWU", "SDWU"),
        ]
    )
    parties = build_parties(claims)
    assert parties.of("union") == parties.of("SDWU")


def test_the_backend_is_named() -> None:
    assert similarity_backend() == "lexical"


def test_linking_needs_no_claims_and_no_parser() -> None:
    assert link_claims([]) == []
    lone = Claim(id="c-000000000001", article="a.txt", start=0, end=1, text="x")
    assert link_claims([lone]) == []


@pytest.mark.parametrize("camps", [(None, None), ("village council", "teachers' union"), (None, "teachers' union")])
def test_two_bystanders_differing_only_in_a_rejection_do_not_compete(
    make_claims: Callable[[Sequence[Spec]], list[Claim]], camps: tuple[str | None, str | None]
) -> None:
    """Neither is the anchor and they are in no camp, or in camps that do not oppose each other, or one
    is in no camp and the other's camp did not set its answer: both answers are inferred, and what the
    one rejects may be another thing than the other says."""
    claims = make_claims(
        [
            ("a.txt", "Norland troops captured the hill above Kessel on Monday, the Norland army said.",
             "Norland army", "Norland"),
            ("b.txt", "Sudmark officers said their troops still hold the hill above Kessel.", "Sudmark officers",
             "Sudmark"),
            ("c.txt", "Villagers said Norland troops captured the hill above Kessel on Monday.", "villagers", camps[0]),
            ("d.txt", "A local teacher said reports that troops captured the hill above Kessel were false.",
             "local teacher", camps[1]),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    together = [q for q in questions if {claims[2].id, claims[3].id} <= set(q.claims)]
    assert together and together[0].claims[claims[2].id] != together[0].claims[claims[3].id]
    assert _relation(links, claims[2], claims[3]) is None
    assert _relation(links, claims[0], claims[3]) == "competes"


def test_a_rejection_and_a_negation_both_say_no(nlp: Language) -> None:
    """"The union rejected the claim" and "the port has not reopened" answer the point alike: both say no.
    Before, one rejecting and the other not was read as answering it differently, so a bystander's "has
    not reopened" beside the union's rejection was set against it."""
    from factcheck.link.stance import says_otherwise

    rejects, negates, asserts = _profiles(
        nlp,
        [
            "The dockers union rejected the authority's claim that the port of Vell had reopened.",
            "The port of Vell has not reopened, the harbour master said.",
            "The port of Vell reopened on Tuesday.",
        ],
    )
    assert rejects.denies and not negates.denies and negates.negated
    assert not says_otherwise(rejects, negates)
    assert says_otherwise(rejects, asserts)  # a rejection against a plain assertion still differs


def test_a_camp_outside_the_contenders_is_not_set_against_one_by_its_camp_alone() -> None:
    """Two contenders argue; a third body quoted once is nobody's opponent until what it says shows it.
    Before, any camp beside a contender was taken for its opponent, so a ministry repeating the port
    authority's own figure "denied" it (the FNC-1 benchmark's "Pentagon" and "White House" case)."""
    from factcheck.link.questions import _camps_opposed

    parties = build_parties(
        [
            Claim(f"c-{k:012x}", f"{k}.txt", 0, 1, "", side=side)
            for k, side in enumerate(["Port Authority"] * 6 + ["Dockers Union"] * 5 + ["Transport Ministry"])
        ]
    )
    assert parties.contenders == {"Port Authority", "Dockers Union"}
    assert _camps_opposed("Port Authority", "Dockers Union", parties)
    assert not _camps_opposed("Port Authority", "Transport Ministry", parties)
    assert not _camps_opposed("Transport Ministry", "Dockers Union", parties)
