"""Questions on invented events: what is contested, who asserts, who denies, and the links that follow.

Claims are built by hand (speaker, side, article) with features from the real parser, as in
test_link.py, so these tests pin the grouping and the stances whatever attribution decides.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

import pytest
from spacy.language import Language

from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline
from factcheck.link import link_questions, suggest_verdicts
from factcheck.link.evidence import predicates
from factcheck.link.label import core_clause
from factcheck.link.questions import build_bonds
from factcheck.link.stance import format_value, value_stances
from factcheck.model import Claim, Link, Question

pytestmark = pytest.mark.slow

Spec = tuple[str, str, str | None, str | None]  # (article, sentence, speaker, side)

BACKGROUND: list[Spec] = [
    ("gazette.txt", "The city council approved a new budget for public parks on Tuesday.", None, None),
    ("gazette.txt", "A new tram line to the airport will open next year, the transport office said.", None, None),
    ("courier.txt", "Heavy rain flooded several roads in the northern suburbs overnight.", None, None),
    ("courier.txt", "The museum will host an exhibition of medieval maps this summer.", None, None),
    ("herald.txt", "Local farmers expect a good harvest of apples and pears this autumn.", None, None),
    ("herald.txt", "The football club signed a young goalkeeper from a rival team.", None, None),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(autouse=True)
def lexical(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "lexical")


@pytest.fixture(scope="module")
def make_claims(nlp: Language) -> Callable[[Sequence[Spec]], list[Claim]]:
    def make(specs: Sequence[Spec]) -> list[Claim]:
        claims = []
        offsets: dict[str, int] = {}
        for article, text, speaker, side in specs:
            start = offsets.get(article, 0)
            offsets[article] = start + len(text) + 2
            digest = hashlib.sha1(f"{article}\0{text}".encode()).hexdigest()[:12]
            features = claim_features(next(iter(nlp(text).sents)), 0.0)
            claims.append(
                Claim(f"c-{digest}", article, start, start + len(text), text, speaker, side, features=features)
            )
        return claims

    return make


def _question_of(questions: Sequence[Question], claim: Claim) -> Question | None:
    return next((q for q in questions if claim.id in q.claims), None)


def _relation(links: Sequence[Link], a: Claim, b: Claim) -> str | None:
    return next((lk.relation for lk in links if {lk.source, lk.target} == {a.id, b.id}), None)


def test_a_numbers_dispute_gives_each_side_its_figure(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            (
                "wire.txt",
                "Organisers said 80,000 people marched through Velden on Saturday against the dam project.",
                "organisers",
                "organisers",
            ),
            ("post.txt", "Police said about 12,000 people marched through Velden on Saturday.", "police", "police"),
            (
                "radio.txt",
                "Some 80,000 people joined the march in Velden, the organisers said.",
                "organisers",
                "organisers",
            ),
            (
                "radio.txt",
                "The organisers said the march through Velden on Saturday was peaceful.",
                "organisers",
                "organisers",
            ),
            (
                "courier.txt",
                "Observers said there were about 11,000 people at the march in Velden on Saturday.",
                "observers",
                None,
            ),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and question.disputed
    assert question.claims[claims[0].id] == "80,000"
    assert question.claims[claims[1].id] == "11,000-12,000"  # police and observers: figures that can both hold
    assert question.claims[claims[4].id] == "11,000-12,000"  # "there were about 11,000 people"
    assert question.claims[claims[2].id] == "80,000"
    assert _relation(links, claims[0], claims[1]) == "competes"
    assert _relation(links, claims[0], claims[2]) == "corroborates"
    assert claims[3].id not in question.claims  # the organisers' own claim, but about no figure
    assert all(_question_of(questions, c) is None for c in claims[5:])  # bearing on no contested point


def test_a_capture_and_its_denial_are_one_disputed_question(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    claims = make_claims(
        [
            (
                "wire.txt",
                "Norland troops have captured the Orsk dam, Norland army spokesman Per Vik said.",
                "Per Vik",
                "Norland army",
            ),
            (
                "post.txt",
                "Sudmark's defence ministry denied that the Orsk dam had been captured, calling the claim false.",
                "defence ministry",
                "Sudmark",
            ),
            ("radio.txt", "The Orsk dam was captured by Norland troops on Tuesday.", None, None),
            (
                "post.txt",
                "Sudmark soldiers still hold the Orsk dam and the road to it, Sudmark commander Ola Brun said.",
                "Ola Brun",
                "Sudmark",
            ),
            ("courier.txt", "The Orsk dam is located near the road that Norland troops use.", None, None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and question.disputed
    norland, sudmark = question.claims[claims[0].id], question.claims[claims[1].id]
    assert {norland, sudmark} == {"asserts", "denies"}
    assert question.claims.get(claims[2].id) == norland  # the outlet reports the capture
    assert question.claims.get(claims[3].id) == sudmark
    assert _relation(links, claims[0], claims[1]) == "competes"
    reason = next(lk.reason for lk in links if {lk.source, lk.target} == {claims[0].id, claims[1].id})
    assert reason.startswith(f"'{question.label}': ")
    assert f"Norland army {norland}" in reason and f"Sudmark {sudmark}" in reason
    assert claims[4].id not in question.claims  # where the dam is: background, not an answer
    suggest_verdicts(claims, links, questions)
    assert claims[4].suggestion == {
        "label": "unverified",
        "reason": "unverified: single source; no other claim bears on it",
    }


def test_a_blame_dispute_over_whose_rocket_hit(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            (
                "wire.txt",
                "Sudmark said a Norland rocket hit the school in Tarn, killing pupils.",
                "Sudmark",
                "Sudmark",
            ),
            (
                "post.txt",
                "Norland said the blast at the school in Tarn was caused by a misfired Sudmark rocket.",
                "Norland",
                "Norland",
            ),
            (
                "radio.txt",
                "Norland's army blamed a Sudmark rocket for the explosion at the Tarn school.",
                "Norland army",
                "Norland",
            ),
            (
                "wire.txt",
                "Sudmark's interior ministry said rescuers were still searching the rubble.",
                "Sudmark",
                "Sudmark",
            ),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and question.disputed
    assert question.claims[claims[1].id] == question.claims[claims[2].id] != question.claims[claims[0].id]
    assert _relation(links, claims[0], claims[1]) == "competes"
    assert _relation(links, claims[1], claims[2]) == "corroborates"


def test_two_outlets_repeating_one_party_are_not_independent(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    claims = make_claims(
        [
            (
                "tribune.txt",
                "The dockers' union said 4,000 workers joined the port strike in Havn.",
                "Mara Olsen",
                "Dockers Union",
            ),
            (
                "gazette.txt",
                "Union official Jon Brekk said the port strike in Havn drew 4,000 workers.",
                "Jon Brekk",
                "Dockers Union",
            ),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    suggest_verdicts(claims, links, questions)
    assert _relation(links, claims[0], claims[1]) == "corroborates"
    reason = next(lk.reason for lk in links if lk.relation == "corroborates")
    assert reason.endswith("a repeat, not independent")
    assert claims[0].suggestion is not None and claims[0].suggestion["label"] == "unverified"
    assert "not independent" in claims[0].suggestion["reason"]


@pytest.mark.parametrize(("second_speaker", "repeat"), [("Ola Brun", True), ("Brun", False), ("engineers", False)])
def test_one_person_quoted_by_two_outlets_is_not_independent(
    make_claims: Callable[[Sequence[Spec]], list[Claim]], second_speaker: str, repeat: bool
) -> None:
    """A speaker of no camp is still one source: two outlets quoting the same engineer are a repeat, not
    "independent sources (two outlets)". A bare surname may be another of the family, and "engineers"
    anyone: those stay independent."""
    claims = make_claims(
        [
            ("wire.txt", "Ola Brun, the chief engineer, said the Orsk dam walls held through the storm.", "Ola Brun",
             None),
            ("post.txt", "The Orsk dam walls held through the storm, the engineer said.", second_speaker, None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    suggest_verdicts(claims, links, questions)
    assert _relation(links, claims[0], claims[1]) == "corroborates"
    reason = next(lk.reason for lk in links if lk.relation == "corroborates")
    assert reason.endswith("both from Ola Brun: a repeat, not independent") is repeat
    assert claims[1].suggestion is not None
    assert claims[1].suggestion["label"] == ("unverified" if repeat else "corroborated")


def test_a_rejection_of_a_nations_account_answers_its_people(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    """A bare rejection names the nation ("Marna's account"), the camp goes by its people ("Marnese"):
    the rejection answers that camp's question, against it. It was left out, or grouped with a line of
    its own outlet into a question of its own."""
    claims = make_claims(
        [
            ("wire.txt", "Marnese officials said Norland troops crossed the river border at Orsk twice on Monday.",
             "officials", "Marnese"),
            ("post.txt", "The Marnese foreign ministry said Norland troops crossed the river border at Orsk and "
             "attacked a patrol.", "foreign ministry", "Marnese"),
            ("radio.txt", "Norland said its troops never crossed the river border at Orsk.", "Norland", "Norland"),
            ("gazette.txt", "A Velden report contradicts Marna's account of what happened.", "report", None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and claims[3].id in question.claims
    assert question.claims[claims[3].id] != question.claims[claims[0].id]  # against the Marnese account
    assert _relation(links, claims[0], claims[3]) == "competes"


def test_a_rejection_grouped_with_its_own_outlets_line_answers_the_party_it_rejects(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    """Grouping put the rejection with another line of its own report: a question of two lines of one
    report, one asserting, one denying. It leaves for the question where the party it rejects asserts,
    and the question left with one voice is dropped."""
    claims = make_claims(
        [
            ("wire.txt", "Marnese officials said Norland troops crossed the river border at Orsk twice on Monday.",
             "officials", "Marnese"),
            ("post.txt", "The Marnese foreign ministry said Norland troops crossed the river border at Orsk and "
             "attacked a patrol.", "foreign ministry", "Marnese"),
            ("radio.txt", "Norland said its troops never crossed the river border at Orsk.", "Norland", "Norland"),
            ("gazette.txt", "The Velden inquiry report found that Marna had concealed what happened at the weir.",
             None, None),
            ("gazette.txt", "The Velden inquiry report contradicts Marna's account of what happened at the weir.",
             "report", None),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and question.claims.get(claims[4].id) == question.claims[claims[2].id]
    assert not any(claims[3].id in q.claims for q in questions)  # was a question: "report asserts, report denies"


def test_two_denials_of_one_rumour_agree(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            (
                "wire.txt",
                "The mayor of Dunmore denied reports that he had fled the city after the flood.",
                "mayor of Dunmore",
                "city hall",
            ),
            (
                "radio.txt",
                "The mayor's office rejected as false the rumour that the mayor had fled the city.",
                "mayor's office",
                "city hall",
            ),
            *BACKGROUND,
        ]
    )
    _, links = link_questions(claims)
    assert _relation(links, claims[0], claims[1]) != "competes"


def test_a_remark_its_speaker_never_made_is_disputed(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    # Two outlets report the abbot's remark; a third finds he never made it. That is a dispute, not a third
    # outlet repeating the remark because it names the same words.
    claims = make_claims(
        [
            ("wire.txt", "Abbot Ivo Kern told us that the monastery will sell its vineyard soon.", "Ivo Kern", None),
            ("radio.txt", "Abbot Ivo Kern said that the monastery will sell its vineyard soon.", "Ivo Kern", None),
            (
                "post.txt",
                "Abbot Ivo Kern never said that the monastery will sell its vineyard soon, the monastery said.",
                "monastery",
                None,
            ),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[2])
    assert question is not None and question is _question_of(questions, claims[1])
    assert question.claims[claims[2].id] != question.claims[claims[1].id]
    relations = {_relation(links, claims[0], claims[2]), _relation(links, claims[1], claims[2])}
    assert "competes" in relations and "corroborates" not in relations


def test_two_refusals_to_comment_are_nothing(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("wire.txt", "The ministry declined to comment on Monday.", "ministry", "Norland"),
            ("radio.txt", "The company did not respond to a request for comment.", "company", None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    assert links == [] and questions == []


def test_question_ids_are_stable_and_well_formed(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    specs: list[Spec] = [
        ("wire.txt", "Organisers said 80,000 people marched through Velden on Saturday.", "organisers", "organisers"),
        ("post.txt", "Police said 12,000 people marched through Velden on Saturday.", "police", "police"),
        *BACKGROUND,
    ]
    first, _ = link_questions(make_claims(specs))
    again, _ = link_questions(make_claims(specs))
    assert first and [q.id for q in first] == [q.id for q in again]
    assert all(re.fullmatch(r"q-[0-9a-f]{12}", q.id) for q in first)


def test_labels_are_the_claims_own_core_clause() -> None:
    assert core_clause("Police said about 12,000 people marched through Velden.") == (
        "About 12,000 people marched through Velden"
    )
    assert core_clause("The army, for its part, said in a statement that the dam was intact.") == "The dam was intact"
    assert core_clause("Brun, who has led the unit for years, warned the dam would “fall within days” soon.") == (
        "Brun, who has led the unit for years, warned the dam would “fall within days” soon"
    )  # a quoted fragment of a longer sentence is not the claim
    assert core_clause("The union claimed that 4,000 dockers joined the strike.") == "4,000 dockers joined the strike"
    assert core_clause("Norland claimed victory at the Orsk dam on Monday.") == (
        "Norland claimed victory at the Orsk dam on Monday"
    )  # "claimed" with an object is the claim itself
    assert core_clause("“We have not lost the dam,” Sudmark commander Ola Brun said.") == "We have not lost the dam"
    assert core_clause("Church groups this week wrote to MPs to back a law on the Tarn dam.") == (
        "Church groups this week wrote to MPs to back a law on the Tarn dam"
    )  # "wrote to …" heads no claimed clause
    assert core_clause('Brun "came to the conclusion that the dam on the river was unsafe and decided to resign".') == (
        'Brun "came to the conclusion that the dam on the river was unsafe and decided to resign"'
    )  # a quoted predicate keeps the subject outside the quotation
    assert core_clause("An engineer told Norland state television in Orsk after the flood that the dam fell.") == (
        "The dam fell"
    )
    assert not core_clause("Residents near the dam told local media they heard a blast before the flood.").startswith(
        "Media"
    )
    assert core_clause("The mayor said that “the dam will hold through the winter storms” on Monday.") == (
        "The dam will hold through the winter storms"
    )  # a quotation after "said that" is the claimed clause
    assert core_clause("The pilot was flown to Orsk and was declared clinically dead before he was revived.") == (
        "The pilot was flown to Orsk and was declared clinically dead before he was revived"
    )  # a verb in the passive reports nothing
    assert core_clause("The dam, said to be unsafe, was closed by the Norland water board.") == (
        "The dam, said to be unsafe, was closed by the Norland water board"
    )


def test_figures_that_can_both_hold_share_a_stance() -> None:
    stances = value_stances({0: (500.0, 500.0, ">="), 1: (471.0, 471.0, ">="), 2: (100.0, 300.0, "=")})
    assert stances == {0: "at least 500", 1: "at least 500", 2: "100-300"}  # the head's floor, not the weakest
    most = value_stances({0: (471.0, 471.0, ">="), 1: (500.0, 500.0, "="), 2: (500.0, 500.0, "=")})
    assert set(most.values()) == {"500"}  # the figure most members give names the group
    assert format_value(100.0, 300.0, "=") == "100-300"
    assert format_value(80000.0, 80000.0, "=") == "80,000"


def test_a_negation_opposes_only_what_the_other_asserts(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("wire.txt", "The Orsk dam was breached on Monday night, villagers said.", "villagers", None),
            ("post.txt", "The Orsk dam was not breached on Monday night, engineers said.", "engineers", None),
            (
                "radio.txt",
                "Rescuers could not reach the villages below the Orsk dam, which was breached on Monday night.",
                None,
                None,
            ),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None
    villagers, engineers = question.claims[claims[0].id], question.claims[claims[1].id]
    assert villagers != engineers  # "not breached" against "breached"
    assert question.claims.get(claims[2].id) == villagers  # "could not reach" negates nothing the others say
    assert _relation(links, claims[0], claims[2]) == "corroborates"


def test_no_evidence_for_a_breach_answers_the_breach(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("wire.txt", "The Orsk dam was breached on Monday night, villagers said.", "villagers", None),
            ("post.txt", "Engineers found no evidence that the Orsk dam was breached on Monday night.", None, None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and claims[1].id in question.claims
    assert question.claims[claims[0].id] != question.claims[claims[1].id]  # was "asserts" both: "found" was the point
    assert _relation(links, claims[0], claims[1]) == "competes"


def test_a_named_boat_and_the_boat_are_one_subject(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("wire.txt", "The ferry Ada sank near the Varn estuary on Monday, the port office said.", "office", None),
            ("post.txt", "The ferry did not sink near the Varn estuary on Monday, its owner said.", "owner", None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and claims[1].id in question.claims
    assert question.claims[claims[0].id] != question.claims[claims[1].id]  # "Ada" and "ferry" were two subjects
    assert _relation(links, claims[0], claims[1]) == "competes"


def test_a_rising_death_toll_is_a_figure_for_the_count(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("wire.txt", "At least 40 people were killed when the Orsk dam burst, aides said.", "aides", None),
            ("post.txt", "The death toll from the Orsk dam collapse has risen to 63, rescuers said.", "rescuers", None),
            ("radio.txt", "Only 12 people died when the Orsk dam burst, its operator said.", "operator", None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[1])
    assert question is not None and set(question.claims) == {c.id for c in claims[:3]}
    stances = [question.claims[c.id] for c in claims[:3]]
    assert stances[0] == stances[1] != stances[2]  # 63 can be "at least 40"; 12 cannot (was: no figure in the toll)
    assert _relation(links, claims[0], claims[1]) == "corroborates"


def test_a_denied_fortune_answers_the_fortune(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    # "make" is too light a verb to carry a claim in "made a statement", but "did not make $9 million"
    # answers "made $9 million", with no camp to tell the two apart.
    claims = make_claims(
        [
            ("wire.txt", "An Orsk pupil told the magazine that he made $9 million trading shares.", None, None),
            ("post.txt", "Ivo Brandt, the Orsk pupil, says he did not make $9 million trading shares.", None, None),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and question.disputed
    assert question.claims[claims[1].id] != question.claims[claims[0].id]


def test_a_copula_with_its_complement_is_one_predicate() -> None:
    worth = {"lemma": "be", "subj": "pupil", "obj": "worth"}
    says_not, says_so = predicates([{**worth, "neg": True}, {"lemma": "be", "neg": False, "subj": "it", "obj": None}])
    assert says_not == {("be worth", "pupil")} and not says_so  # a bare copula still says nothing
    assert predicates([{**worth, "neg": False}])[1] == {("be worth", "pupil")}


def test_naming_a_rumour_is_not_denying_it(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("wire.txt", "A rumour surfaced on Monday that the mayor of Dunmore had fled the city after the flood.",
             None, None),
            ("radio.txt", "The mayor of Dunmore fled the city after the flood, local media reported.", "local media",
             None),
            *BACKGROUND,
        ]
    )  # fmt: skip
    _, links = link_questions(claims)
    assert _relation(links, claims[0], claims[1]) == "corroborates"


def test_sizes_in_two_units_are_no_disputed_count(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("wire.txt", "The flood left a hole 12 metres wide in the Orsk dam, engineers said.", "engineers", None),
            ("radio.txt", "The hole in the Orsk dam is 40 feet wide, villagers said.", "villagers", None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and set(question.claims.values()) == {"asserts"}
    assert _relation(links, claims[0], claims[1]) == "corroborates"


def test_with_more_than_two_contenders_only_those_that_argue_are_opposed(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    claims = make_claims(
        [
            ("wire.txt", "Norland said Sudmark troops shelled the Orsk dam on Monday.", "Norland", "Norland"),
            ("wire.txt", "Norland said Sudmark had lied about the shelling.", "Norland", "Norland"),
            ("post.txt", "Sudmark said Norland engineers blew up the Orsk dam themselves.", "Sudmark", "Sudmark"),
            ("post.txt", "Sudmark accused Norland of flooding its own villages.", "Sudmark", "Sudmark"),
            ("radio.txt", "The weather office said heavy rain fell near Orsk on Monday.", "weather office",
             "weather office"),
            ("radio.txt", "The weather office said the river rose by two metres overnight.", "weather office",
             "weather office"),
            *BACKGROUND,
        ]
    )  # fmt: skip
    parties = build_bonds(claims).parties
    assert len(parties.contenders) == 3
    assert parties.opposed("Norland", "Sudmark")
    assert not parties.opposed("Norland", "weather office")


def test_a_claim_whose_competitors_are_all_taken_keeps_its_best_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.link import linker
    from factcheck.link.evidence import build_profiles
    from factcheck.link.parties import Parties
    from factcheck.link.questions import Grouping

    claims = [
        Claim("c-00000000000a", "a1.txt", 0, 1, "x", "Ana", "Norland"),
        Claim("c-00000000000b", "a2.txt", 0, 1, "x", "Bo", "Norland"),
        Claim("c-00000000000c", "b1.txt", 0, 1, "x", "Cy", "Sudmark"),
    ]
    parties = Parties(["Norland", "Norland", "Sudmark", "Sudmark"])
    grouping = Grouping(build_profiles(claims, parties), parties, {(0, 2): 1.0, (1, 2): 0.1})
    grouping.questions = [Question("q-00000000000a", "the dam fell", {c.id: "" for c in claims})]
    grouping.members = [[0, 1, 2]]
    grouping.stances = [{0: "asserts", 1: "asserts", 2: "denies"}]
    grouping.anchors = [0]
    monkeypatch.setattr(linker, "COMPETE_MAX_DEGREE", 1)
    links = linker._links(claims, grouping)
    assert _relation(links, claims[0], claims[2]) == "competes"
    assert _relation(links, claims[1], claims[2]) == "competes"  # past the cap: its only competitor


def test_a_rejected_count_competes_with_the_camp_it_answers_not_a_third_partys_figure() -> None:
    """Sudmark's "inflating the toll" disputes Norland's 300; the Velm observers' lower 40-90 sides with it."""
    from factcheck.link import linker
    from factcheck.link.evidence import build_profiles
    from factcheck.link.parties import Parties
    from factcheck.link.questions import Grouping

    claims = [
        Claim("c-00000000000a", "a1.txt", 0, 1, "x", "Ana", "Norland"),
        Claim("c-00000000000b", "b1.txt", 0, 1, "x", "Bo", "Sudmark"),
        Claim("c-00000000000c", "c1.txt", 0, 1, "x", "Cy", "Velm observers"),
        Claim("c-00000000000d", "a2.txt", 0, 1, "x", "Di", "Norland"),
    ]
    parties = Parties(["Norland", "Norland", "Sudmark", "Sudmark", "Velm observers"])
    assert parties.opposed("Norland", "Sudmark") and not parties.opposed("Sudmark", "Velm observers")
    grouping = Grouping(build_profiles(claims, parties), parties, {(0, 1): 0.6, (1, 2): 0.6, (0, 2): 0.6})
    grouping.questions = [Question("q-00000000000a", "How many people were killed?", {c.id: "" for c in claims})]
    grouping.members = [[0, 1, 2, 3]]
    grouping.stances = [{0: "300", 1: "denies", 2: "40-90", 3: "300"}]
    grouping.anchors = [0]
    links = linker._links(claims, grouping)
    assert _relation(links, claims[1], claims[0]) == "competes"  # the camp it argues with
    assert _relation(links, claims[1], claims[2]) is None  # a third party's lower figure: no dispute
    assert _relation(links, claims[0], claims[2]) == "competes"  # two figures still dispute


def test_a_denial_that_names_what_was_counted_but_no_count_answers_the_point(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    # Both Sudmark lines give "more than 200 pupils"; the rebels deny the truce, not the figure, though they
    # name the pupils. Their denials answer whether a truce was agreed: no "How many pupils …? rejects
    # the figures" holds them. "Inflating the number" (a count word) still rejects a figure.
    claims = make_claims(
        [
            ("wire.txt", "The Sudmark army said a truce was agreed to free more than 200 pupils.", "army", "Sudmark"),
            ("post.txt", "Sudmark says talks are under way to free more than 200 pupils.", "government", "Sudmark"),
            ("radio.txt", "The Norland rebel chief said the truce was false and the pupils wed.", "chief", "Norland"),
            ("daily.txt", "Norland rebels said there was no truce and the pupils stay put.", "rebels", "Norland"),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    for rebel in claims[2:4]:
        question = _question_of(questions, rebel)
        assert question is None or not question.label.startswith("How many")


def test_sides_of_one_camp_answer_alike(make_claims: Callable[[Sequence[Spec]], list[Claim]]) -> None:
    claims = make_claims(
        [
            ("wire.txt", "Norland troops have captured the Orsk dam, the Norland army said.", "army", "Norland army"),
            ("post.txt", "The Orsk dam is now in Norland hands, the foreign ministry said.", "ministry", "ministry"),
            ("radio.txt", "Sudmark denied that the Orsk dam had been captured, calling the claim false.", "Sudmark",
             "Sudmark"),
            ("radio.txt", "Sudmark soldiers still hold the Orsk dam, Sudmark said.", "Sudmark", "Sudmark"),
            *BACKGROUND,
        ]
    )  # fmt: skip
    claims[0].camp = claims[1].camp = "Norland"
    claims[2].camp = claims[3].camp = "Sudmark"
    questions, _ = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None
    stances = [question.claims.get(c.id) for c in claims[:4]]
    assert stances[0] == stances[1] != stances[2]


def test_with_camps_a_claim_left_alone_joins_the_question_an_opposing_camp_answers() -> None:
    from factcheck.link.evidence import build_profiles
    from factcheck.link.parties import Parties
    from factcheck.link.questions import ATTACH_MIN, Grouping, _join_opposing_camps

    sides = ["Norland", "Norland", "Sudmark", "Norland", "Sudmark"]
    claims = [Claim(f"c-00000000000{k}", f"{k}.txt", 0, 1, "x", f"speaker {k}", side) for k, side in enumerate(sides)]
    parties = Parties(sides)
    bonds = {(0, 1): 0.9, (0, 2): ATTACH_MIN + 0.05, (0, 3): 0.9, (0, 4): ATTACH_MIN - 0.1}
    grouping = Grouping(build_profiles(claims, parties), parties, bonds)
    groups = _join_opposing_camps([[0, 1]], grouping)
    assert groups == [[0, 1, 2]]  # the other camp's answer joins; its own camp's echo and a faint bond do not


def test_two_sides_keeps_allies_that_name_each_other_apart_from_opponents() -> None:
    from factcheck.link.parties import two_sides

    weights = {
        frozenset(("Norland", "Sudmark")): 3.0,
        frozenset(("Norland", "Red Hand")): 2.0,
        frozenset(("Sudmark", "Red Hand")): 1.0,  # they name each other's towns: weaker than either fight
    }
    opposed, placed = two_sides(weights)
    assert opposed == {frozenset(("Norland", "Sudmark")), frozenset(("Norland", "Red Hand"))}
    assert placed == {"Norland", "Sudmark", "Red Hand"}


def test_allied_camps_that_both_fight_one_opponent_answer_alike(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    claims = make_claims(
        [
            ("wire.txt", "Sudmark said a Norland rocket hit the school in Tarn, killing pupils.", "Sudmark", "Sudmark"),
            ("post.txt", "Red Hand said a Norland rocket hit the Tarn school, where Sudmark families sheltered.",
             "Red Hand", "Red Hand"),
            ("radio.txt", "Norland said a misfired Red Hand rocket hit the school in Tarn.", "Norland", "Norland"),
            ("radio.txt", "Norland said Sudmark officials were hiding what happened at the Tarn school.", "Norland",
             "Norland"),
            ("wire.txt", "Sudmark said Red Hand fighters had left Tarn before the blast.", "Sudmark", "Sudmark"),
            ("post.txt", "Red Hand rejected Norland's claim as a lie.", "Red Hand", "Red Hand"),
            ("radio.txt", "Norland accused Red Hand of firing from the school grounds.", "Norland", "Norland"),
            ("wire.txt", "Sudmark rejected Norland's account as false.", "Sudmark", "Sudmark"),
            *BACKGROUND,
        ]
    )  # fmt: skip
    grouping = build_bonds(claims)
    assert grouping.parties.opposed("Norland", "Red Hand") and grouping.parties.opposed("Norland", "Sudmark")
    assert not grouping.parties.opposed("Sudmark", "Red Hand")
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and claims[1].id in question.claims
    assert question.claims[claims[0].id] == question.claims[claims[1].id]
    assert _relation(links, claims[0], claims[1]) == "corroborates"
    reason = next(lk.reason for lk in links if {lk.source, lk.target} == {claims[0].id, claims[1].id})
    assert reason.endswith("argue on one side: not independent")


def test_a_camp_that_names_one_opponent_most_stands_with_that_opponents_rivals(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    claims = make_claims(
        [
            ("wire.txt", "Norland said Sudmark troops crossed the border at Kell on Monday.", "Norland", "Norland"),
            ("wire.txt", "Norland said Sudmark soldiers attacked a patrol near Kell.", "Norland", "Norland"),
            ("wire.txt", "Norland accused Sudmark of breaking the truce.", "Norland", "Norland"),
            ("post.txt", "The Beacon said Sudmark troops started the clash at Kell.", "Beacon", "Beacon"),
            ("post.txt", "Sudmark must stop its provocations at once, the Beacon said.", "Beacon", "Beacon"),
            ("post.txt", "Five soldiers were hurt in the clash, the Beacon said.", "Beacon", "Beacon"),
            ("radio.txt", "Sudmark said Norland troops opened fire first at Kell.", "Sudmark", "Sudmark"),
            ("radio.txt", "Sudmark said Norland had massed tanks near the border.", "Sudmark", "Sudmark"),
            ("daily.txt", "The Tarn council said Norland shells hit the market in Kell.", "Tarn council",
             "Tarn council"),
            ("daily.txt", "The Tarn council said Norland drones flew over the town all night.", "Tarn council",
             "Tarn council"),
            *BACKGROUND,
        ]
    )  # fmt: skip
    parties = build_bonds(claims).parties
    assert parties.opposed("Norland", "Sudmark") and parties.opposed("Beacon", "Sudmark")
    assert parties.opposed("Norland", "Tarn council")
    assert not parties.opposed("Norland", "Beacon") and not parties.opposed("Sudmark", "Tarn council")


def test_a_camp_is_named_only_by_all_the_distinctive_words_of_one_of_its_labels() -> None:
    from factcheck.link.parties import Parties

    parties = Parties(["Norland", "Sudmark Trade Union", "Sudmark Trade Union"])
    union = parties.of("Sudmark Trade Union")
    assert union is not None
    assert parties.named_in(union, frozenset({"sudmark", "trade", "union"}))
    assert not parties.named_in(union, frozenset({"sudmark", "football"}))  # the country is not the union
    assert parties.named_in("Norland", frozenset({"norlander", "troops"}))


def test_a_ministry_quoted_twice_takes_part_in_the_dispute(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    norland = [
        "Norland said Sudmark troops crossed the border at Kell on Monday.",
        "Norland said Sudmark soldiers attacked a patrol near Kell.",
        "Norland accused Sudmark of breaking the truce.",
        "Norland said its troops had stayed on their side of the line.",
        "Norland said it would defend every metre of its land.",
        "Norland said the patrol had been unarmed.",
        "Norland said Sudmark had moved artillery to the hills.",
        "Norland said talks with Sudmark were suspended.",
        "Norland said two of its soldiers were wounded.",
        "Norland said the border crossing at Kell was closed.",
        "Norland said it had called its ambassador home.",
        "Norland said calm had returned to the valley by evening.",
    ]
    claims = make_claims(
        [
            *[("wire.txt", text, "Norland", "Norland") for text in norland],
            ("post.txt", "The Beacon said Sudmark troops started the clash at Kell.", "Beacon", "Beacon"),
            ("post.txt", "Sudmark must stop its provocations at once, the Beacon said.", "Beacon", "Beacon"),
            ("post.txt", "The Beacon said Sudmark had lied about the clash.", "Beacon", "Beacon"),
            ("daily.txt", "Sudmark said Norland troops shelled the market in Kell.", "Sudmark", "Sudmark"),
            ("daily.txt", "Sudmark said Norland drones flew over the valley all night.", "Sudmark", "Sudmark"),
            ("daily.txt", "Sudmark rejected Norland's account as false.", "Sudmark", "Sudmark"),
            ("radio.txt", "The interior office said Norland troops opened fire first at Kell.", "interior office",
             "interior office"),
            ("radio.txt", "The interior office said Norland had massed tanks near the border.", "interior office",
             "interior office"),
            *BACKGROUND,
        ]
    )  # fmt: skip
    parties = build_bonds(claims).parties
    office = parties.of("interior office")
    assert office is not None and office not in parties.contenders  # two claims beside twelve
    assert parties.opposed("Norland", office) and not parties.opposed("Sudmark", office)
    assert parties.opposed("Norland", "Sudmark") and not parties.opposed("Norland", "Beacon")


def test_a_camp_on_neither_side_is_not_presumed_to_oppose_one(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    mission = "observer mission"
    claims = make_claims(
        [
            ("wire.txt", "The observer mission said the Kell bridge was destroyed during the fighting.", mission,
             mission),
            ("radio.txt", "Sudmark said the Kell bridge was destroyed by Norland shelling.", "Sudmark", "Sudmark"),
            ("wire.txt", "The observer mission said it could not reach the valley on Tuesday.", mission, mission),
            ("wire.txt", "The observer mission said its staff were safe.", mission, mission),
            ("radio.txt", "Sudmark said Norland drones flew over the valley all night.", "Sudmark", "Sudmark"),
            ("radio.txt", "Sudmark rejected Norland's account as false.", "Sudmark", "Sudmark"),
            ("post.txt", "Norland said Sudmark troops crossed the border at Kell.", "Norland", "Norland"),
            ("post.txt", "Norland said Sudmark soldiers attacked a patrol near Kell.", "Norland", "Norland"),
            ("post.txt", "Norland accused Sudmark of breaking the truce.", "Norland", "Norland"),
            *BACKGROUND,
        ]
    )  # fmt: skip
    grouping = build_bonds(claims)
    assert grouping.parties.opposed("Norland", "Sudmark")
    assert mission in grouping.parties.contenders and mission not in grouping.parties.placed
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and claims[1].id in question.claims
    assert question.claims[claims[0].id] == question.claims[claims[1].id]
    assert _relation(links, claims[0], claims[1]) != "competes"


def test_a_participle_meets_its_verb_and_a_spelling_its_other_only_when_the_corpus_writes_both() -> None:
    from collections import Counter

    from factcheck.link.claim_words import fold_inflections

    folded = fold_inflections(
        [
            Counter({"misfired": 1, "shell": 1}),
            Counter({"misfire": 1, "shell": 1, "stopped": 2}),
            Counter({"stop": 1, "wounded": 1, "carried": 1, "carry": 1}),
        ]
    )
    assert folded[0] == Counter({"misfire": 1, "shell": 1})  # "a misfired shell" ~ "a shell misfired by"
    assert folded[1] == Counter({"misfire": 1, "shell": 1, "stop": 2})
    assert folded[2] == Counter({"stop": 1, "wounded": 1, "carry": 2})  # nobody writes "wound": kept
    # Two outlets, two spellings, one word.
    british, american = fold_inflections([Counter({"defence": 1, "centre": 1}), Counter({"defense": 1, "center": 1})])
    assert british == american == Counter({"defense": 1, "center": 1})


def test_a_misfired_shell_and_a_shell_misfired_share_their_word(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    claims = make_claims(
        [
            (
                "wire.txt",
                "Norland said the blast was caused by a misfired shell from Sudmark gunners.",
                "N",
                "Norland",
            ),
            (
                "radio.txt",
                "The Norland army, for its part, said the bridge was hit by a shell misfired by Sudmark gunners.",
                "army",
                "Norland",
            ),
            *BACKGROUND,
        ]
    )
    assert claims[0].features["content_lemmas"].count("misfired") == 1  # the tagger's adjective...
    assert "misfire" in claims[1].features["content_lemmas"]  # ...and its verb
    profiles = build_bonds(claims).profiles
    assert "misfire" in profiles[0].words & profiles[1].words


_S, _N, _A = ("Sudmark", "Sudmark"), ("Norland", "Norland"), ("Norland army", "Norland")
MIRROR: list[Spec] = [
    ("wire.txt", "Sudmark said a Norland rocket struck the Tarn school on Monday.", *_S),
    ("post.txt", "Sudmark's ministry said a Norland rocket struck the Tarn school.", *_S),
    ("radio.txt", "Norland said its forces fired no rocket at the Tarn school on Monday.", *_N),
    ("daily.txt", "Norland's army said it did not strike the Tarn school on Monday.", *_A),
    ("radio.txt", "Norland said a misfired Sudmark shell exploded at the Tarn school on Monday.", *_N),
    ("daily.txt", "A Sudmark shell misfired and exploded at the Tarn school, Norland's army said.", *_A),
    ("wire.txt", "Sudmark denied that a Sudmark shell misfired at the Tarn school, calling it lies.", *_S),
    ("post.txt", "Sudmark's ministry rejected Norland's claim about a misfired shell at the Tarn school.", *_S),
]


def test_mirror_accusations_are_two_questions_each_with_its_denials(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    # Each camp accuses the other and denies the other's accusation: two points, "was it a Norland
    # rocket?" and "was it a misfired Sudmark shell?", each disputed by the camp it accuses.
    claims = make_claims([*MIRROR, *BACKGROUND])
    questions, links = link_questions(claims)
    rocket, shell = _question_of(questions, claims[0]), _question_of(questions, claims[4])
    assert rocket is not None and shell is not None and rocket.id != shell.id
    assert rocket.disputed and shell.disputed
    assert set(rocket.claims) == {c.id for c in claims[:4]}
    assert set(shell.claims) == {c.id for c in claims[4:8]}
    assert _relation(links, claims[0], claims[2]) == "competes"  # the accusation and the denial of it
    assert _relation(links, claims[4], claims[6]) == "competes"
    assert _relation(links, claims[0], claims[4]) is None  # two accusations answer two points


def test_a_camp_that_answers_with_counter_claims_keeps_one_question(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    # Norland says no only once; the rest of its answer is a counter-claim: one point, not two.
    claims = make_claims([*MIRROR[:3], *MIRROR[4:], *BACKGROUND])
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and question.disputed
    assert _question_of(questions, claims[3]) == question
    assert _relation(links, claims[0], claims[3]) == "competes"


def test_two_noes_never_compete() -> None:
    """Norland says Sudmark shelled the dam; Sudmark says it fired no shell; Norland says its own troops did
    not open the sluices. The two noes deny two points and dispute neither: only the shelling is disputed."""
    from factcheck.link import linker
    from factcheck.link.evidence import build_profiles
    from factcheck.link.parties import Parties
    from factcheck.link.questions import Grouping

    claims = [
        Claim("c-00000000000a", "a1.txt", 0, 1, "Sudmark shelled the dam.", "Ana", "Norland"),
        Claim("c-00000000000b", "b1.txt", 0, 1, "We fired no shell at the dam.", "Bo", "Sudmark",
              features={"negated": True}),
        Claim("c-00000000000c", "a2.txt", 0, 1, "Our troops did not open the sluices.", "Cy", "Norland",
              features={"negated": True}),
    ]  # fmt: skip
    parties = Parties(["Norland", "Norland", "Sudmark", "Sudmark"])
    grouping = Grouping(build_profiles(claims, parties), parties, {(0, 1): 0.6, (1, 2): 0.6, (0, 2): 0.6})
    grouping.questions = [Question("q-00000000000a", "Sudmark shelled the dam", {c.id: "" for c in claims})]
    grouping.members = [[0, 1, 2]]
    grouping.stances = [{0: "asserts", 1: "denies", 2: "asserts"}]
    grouping.anchors = [0]
    links = linker._links(claims, grouping)
    assert _relation(links, claims[0], claims[1]) == "competes"  # the shelling and its denial
    assert _relation(links, claims[1], claims[2]) is None  # two noes: neither answers the other


def test_a_long_label_drops_what_a_relative_clause_says_of_its_subject() -> None:
    """"<Subject>, which/who …, <verb> …" is about the subject's verb; the aside goes first when the label is
    too long for the list. A short sentence keeps it; so do an aside before an "-ing" word or a list."""
    assert core_clause(
        "The Velm front, which is made up of farmers and former border guards, is ready to stop fighting if the "
        "shelling of the Orsk dam ends."
    ) == "The Velm front is ready to stop fighting if the shelling of the Orsk dam ends"
    short = "The dam, which is old, held through the night."
    assert core_clause(short) == short.rstrip(".")
    citing = core_clause(
        "The engineer, who was not allowed to speak to reporters about the night of the flood, citing the logs of "
        "the Orsk station and the gauges."
    )
    assert citing.startswith("The engineer, who was not allowed to speak")
    listed = core_clause(
        "Brun, who was at the gate, and Ola Vik, who ran the station, were seen leaving the Orsk dam before the "
        "water rose over the walls."
    )
    assert listed.startswith("Brun, who was at the gate, and Ola Vik")


def test_a_worry_voiced_about_a_point_labels_the_point() -> None:
    assert core_clause("Norland's water minister expressed concern that the Orsk dam could fail within days.") == (
        "The Orsk dam could fail within days"
    )
    assert core_clause("Sudmark officials raised fears that the bridge at Velden would collapse.") == (
        "The bridge at Velden would collapse"
    )


def test_a_headline_reporting_both_sides_does_not_label_the_question(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    # The bundled sample's largest question was labelled by a headline of this shape ("<A> claim victory in
    # <place>, but <B> say they still control …"): both answers in one line. One side's claim says what is asked.
    headline = "Norland claims victory at the Orsk dam, but Sudmark soldiers say they still hold the Orsk dam"
    claims = make_claims(
        [
            ("wire.txt", headline, "Norland", "Norland"),
            (
                "wire.txt",
                "Norland troops have captured the Orsk dam, Norland army spokesman Per Vik said.",
                "Per Vik",
                "Norland",
            ),
            (
                "post.txt",
                "Sudmark's defence ministry denied that the Orsk dam had been captured, calling the claim false.",
                "defence ministry",
                "Sudmark",
            ),
            (
                "post.txt",
                "Sudmark soldiers still hold the Orsk dam, Sudmark commander Ola Brun said.",
                "Ola Brun",
                "Sudmark",
            ),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    question = _question_of(questions, claims[0])
    assert question is not None and question.disputed and claims[1].id in question.claims
    assert question.label == "Norland troops have captured the Orsk dam"


def test_a_question_is_framed_by_a_partys_yes_not_by_a_contenders_no(
    make_claims: Callable[[Sequence[Spec]], list[Claim]],
) -> None:
    """A company rejects reports that water reached the village and says the dam held; a ministry says the
    dam was breached, villagers that water reached them. The question is the ministry's breach, which the
    company denies twice. It was labelled by the company's "not breached" (a contender's "no" went before
    another party's "yes"), and the ministry and the villagers "denied" that."""
    claims = make_claims(
        [
            ("wire.txt", "Varga Energy said reports that water from the dam had reached the village of Orsk were "
             "false.", "Varga Energy", "Varga Energy"),
            ("radio.txt", "Villagers said water from the dam had reached the village of Orsk by Monday morning.",
             "villagers", None),
            ("post.txt", "The Kessland ministry said the dam at Orsk had been breached on Sunday night.",
             "ministry", "Kessland"),
            ("radio.txt", "Varga Energy said the dam at Orsk had not been breached.", "Varga Energy", "Varga Energy"),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = _question_of(questions, claims[2])
    assert question is not None and question.label.startswith("The dam at Orsk had been breached")
    assert {question.claims[c.id] for c in (claims[1], claims[2])} == {"asserts"}
    assert {question.claims[c.id] for c in (claims[0], claims[3])} == {"denies"}
    assert _relation(links, claims[0], claims[1]) == "competes"
