"""Figures and labels of questions, on an invented flood at the Orsk dam (Norland against Sudmark).

A camp's claim that speaks of a count without giving one shows no figure (it used to take its
camp's); a label never starts inside "X told Y"; each side's own losses are two counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from spacy.language import Language
from test_questions import BACKGROUND, Spec, _relation, lexical, make_claims, nlp  # noqa: F401  (fixtures)

from factcheck.extract.features import claim_features
from factcheck.link import link_questions, link_with_figures, suggest_verdicts
from factcheck.link.label import core_clause
from factcheck.model import Claim

pytestmark = pytest.mark.slow

NOR = "Norland"
Make = Callable[[Sequence[Spec]], list[Claim]]


def test_a_camp_claim_without_a_figure_shows_none(make_claims: Make) -> None:  # noqa: F811
    claims = make_claims(
        [
            ("wire.txt", "Norland's health office said at least 300 people were killed in the flood.", "office", NOR),
            ("post.txt", "Norland officials said 300 people were killed when the flood hit Orsk.", "officials", NOR),
            ("radio.txt", "Sudmark said about 40 people were killed in the flood at Orsk.", "army", "Sudmark"),
            (
                "daily.txt",
                "Sudmark's defence ministry accused Norland of inflating the death toll of the flood at Orsk.",
                "defence ministry",
                "Sudmark",
            ),
            ("post.txt", "Norland's health office said the death toll of the flood was a crime.", "office", "Norland"),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    question = next(q for q in questions if claims[0].id in q.claims)
    assert question.claims[claims[0].id] == question.claims[claims[1].id] == "300"  # the figure most give
    assert question.claims[claims[2].id] == "about 40"
    assert claims[3].id not in question.claims  # a camp that gives a figure: its claim without one shows none
    assert claims[4].id not in question.claims
    assert question.label == "How many people were killed?"  # the question, not one camp's answer


def test_two_tolls_of_two_disasters_are_two_questions(make_claims: Make) -> None:  # noqa: F811
    """Figures of one measure bond two claims only when they share more than the count: a place, a name
    or another word. Two death tolls of two disasters are two questions, each its own dispute."""
    claims = make_claims(
        [
            ("wire.txt", "Norland said at least 300 people were killed when floodwater burst the Orsk dam walls.",
             "office", NOR),
            ("radio.txt", "Sudmark said about 40 people were killed when floodwater burst the Orsk dam walls.",
             "army", "Sudmark"),
            ("post.txt", "Velm officials said 12 people were killed as a gas blast wrecked the Tarn chemical works.",
             "officials", "Velm"),
            ("daily.txt", "Union leaders said 30 people were killed as a gas blast wrecked the Tarn chemical works.",
             "leaders", "union"),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    flood = next(q for q in questions if claims[0].id in q.claims)
    blast = next(q for q in questions if claims[2].id in q.claims)
    assert set(flood.claims) == {claims[0].id, claims[1].id}
    assert set(blast.claims) == {claims[2].id, claims[3].id}
    assert flood.label == "How many people were killed? (when floodwater burst the Orsk dam walls)"
    competing = {frozenset((lk.source, lk.target)) for lk in links if lk.relation == "competes"}
    assert frozenset((claims[0].id, claims[2].id)) not in competing  # 300 at Orsk is no answer to 12 at Tarn



def test_a_label_skips_whom_the_speaker_told() -> None:
    assert core_clause("The army spokesman told Radio Norland the dam held through the night.") == (
        "The dam held through the night"
    )
    assert core_clause("Ola Brun told a news conference that the bridge was intact.") == "The bridge was intact"
    assert core_clause("The mayor told reporters the water had receded.") == "The water had receded"
    assert core_clause("One officer told The Orsk Courier: “We never left the dam.”") == "We never left the dam"


def test_a_label_is_the_quotation_not_who_said_it() -> None:
    assert core_clause(
        "“It is an invasion, in our estimation, of the river authority's domain,” Ola Brun, the Norland "
        "attorney general, said in an interview on Tuesday with the Orsk Courier."
    ) == "It is an invasion, in our estimation, of the river authority's domain"  # however long the attribution
    split = "“We never left the dam,” he said, “and we never will.”"
    assert core_clause(split) == "We never left the dam and we never will"
    assert core_clause("“The dam held,” the mayor said. “It always will.”") == "The dam held. It always will"


def test_a_label_keeps_a_says_inside_its_subject_and_a_quoted_predicate_its_subject() -> None:
    assert core_clause("Everything the mayor says is a lie unless proven otherwise.") == (
        "Everything the mayor says is a lie unless proven otherwise"
    )  # "says" sits in the subject: no "X says" lead to strip
    assert core_clause("The mayor says voter fraud “would be one hell of a way to lose.”") == (
        "Voter fraud “would be one hell of a way to lose.”"
    )  # a quoted predicate is no claim without its subject
    assert core_clause("The minister said May had lost the vote in the house.") == "May had lost the vote in the house"


def test_a_label_drops_a_dateline() -> None:
    dated = "ORSK, Norland, Sept. 26 (Reuters) — The dam at Orsk was breached overnight, officials said."
    assert core_clause(dated) == "The dam at Orsk was breached overnight"
    assert core_clause("VELDEN (AP) - Sudmark troops crossed the river on Monday.") == (
        "Sudmark troops crossed the river on Monday"
    )
    assert core_clause("NORLAND ARMY denies the dam was breached") == "NORLAND ARMY denies the dam was breached"
    assert core_clause("The dam is unsafe — or about to fail — the engineers said.") == (
        "The dam is unsafe — or about to fail"
    )  # no dash left hanging where the attribution was


def test_a_label_drops_a_list_number() -> None:
    assert core_clause("3. Norland claims victory at the Orsk dam, Sudmark vows to fight on") == (
        "Norland claims victory at the Orsk dam, Sudmark vows to fight on"
    )
    assert core_clause("2.5 million people live along the river, the office said.") == (
        "2.5 million people live along the river"
    )  # a figure is no list number


def test_outlets_agreeing_on_a_toll_stay_undisputed(make_claims: Make) -> None:  # noqa: F811
    claims = make_claims(
        [
            ("wire.txt", "At least 12 people were killed by the flood in Orsk on Friday night.", None, None),
            ("post.txt", "The flood in Orsk led to at least 12 deaths and more than 30 injuries.", None, None),
            (
                "radio.txt",
                "Norland's governor said the flood in Orsk killed people because Sudmark opened the dam gates.",
                "governor",
                NOR,
            ),
            (
                "daily.txt",
                "Sudmark's minister said Norland's neglect of the dam caused the killing of people in Orsk.",
                "minister",
                "Sudmark",
            ),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    toll = next(q for q in questions if claims[0].id in q.claims)
    assert toll.claims == {claims[0].id: "at least 12", claims[1].id: "at least 12"}  # "12 deaths" = 12 killed
    assert not toll.disputed  # the camps' claims, giving no figure, are not answers to the count


def test_figures_no_camp_stands_behind_compete_with_no_one(make_claims: Make) -> None:  # noqa: F811
    """Two outlets' own counts differ (a report updated, or another count); two camps' counts are a dispute."""
    claims = make_claims(
        [
            ("wire.txt", "At least 12 people were hurt when the footbridge at Orsk collapsed on Sunday.", None, None),
            ("post.txt", "Some 40 people were hurt when the footbridge at Orsk collapsed, rescuers found.", None, None),
            (
                "radio.txt",
                "The Orsk council said 12 people were hurt when the footbridge at Orsk collapsed.",
                "council",
                "Orsk council",
            ),
            (
                "daily.txt",
                "The bridge builders' union said 40 people were hurt when the footbridge at Orsk collapsed.",
                "union",
                "builders' union",
            ),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    wire, post, council, union = (c.id for c in claims[:4])
    question = next(q for q in questions if wire in q.claims)
    assert question.claims[wire] != question.claims[post]  # both figures are shown ...
    competing = {frozenset((lk.source, lk.target)) for lk in links if lk.relation == "competes"}
    assert frozenset((wire, post)) not in competing  # ... but no camp stands behind either
    assert frozenset((council, union)) in competing


def test_one_camps_two_figures_compete_with_no_one(make_claims: Make) -> None:  # noqa: F811
    """A camp that gives a toll and later another (an update) does not dispute itself; another camp's
    figure still competes with both."""
    claims = make_claims(
        [
            ("wire.txt", "Norland's health office said 12 people were killed in the flood at Orsk.", "office", NOR),
            ("post.txt", "Norland officials said 40 people were killed when the flood hit Orsk.", "officials", NOR),
            ("radio.txt", "Sudmark's army said 3 people were killed in the flood at Orsk.", "army", "Sudmark"),
            ("radio.txt", "Sudmark's army said the dam at Orsk was never breached.", "army", "Sudmark"),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    first, update, other = (c.id for c in claims[:3])
    question = next(q for q in questions if first in q.claims)
    assert len({question.claims[first], question.claims[update], question.claims[other]}) == 3  # all shown
    competing = {frozenset((lk.source, lk.target)) for lk in links if lk.relation == "competes"}
    assert frozenset((first, update)) not in competing
    assert {frozenset((first, other)), frozenset((update, other))} <= competing


def test_a_figure_placed_on_a_scale_joins_the_count_question(make_claims: Make) -> None:  # noqa: F811
    claims = make_claims(
        [
            ("wire.txt", "Norland's health office said at least 300 people were killed in the flood.", "office", NOR),
            ("post.txt", "Norland officials said 300 people were killed when the flood hit Orsk.", "officials", NOR),
            (
                "radio.txt",
                'A Sudmark assessment puts the number of people killed in the flood at the "low end of the '
                '40-to-90 range."',
                "assessment",
                "Sudmark",
            ),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    question = next(q for q in questions if claims[0].id in q.claims)
    assert claims[2].id in question.claims and question.claims[claims[2].id] != question.claims[claims[0].id]


def test_a_label_drops_a_leading_connective() -> None:
    assert core_clause("Meanwhile, the Sudmark mayor admitted that the levee had failed.") == "The levee had failed"
    assert core_clause("But the bridge over the Orsk still stood.") == "The bridge over the Orsk still stood"
    assert core_clause("However, Norland's army said the dam held.") == "The dam held"
    assert core_clause("And yet the pumps ran all night.") == "The pumps ran all night"
    # Without its comma an adverb is a word of the claim.
    assert core_clause("Earlier reports put the toll at 12.") == "Earlier reports put the toll at 12"


def test_a_label_strips_a_lead_that_opens_with_a_clause_of_time() -> None:
    assert core_clause("Since the storm began, the army said in a statement that 450 homes were flooded.") == (
        "450 homes were flooded"
    )
    assert core_clause("The pumps have stopped, the army said in a statement on Monday.") == "The pumps have stopped"


def test_a_label_keeps_the_speaker_whose_pronoun_it_needs() -> None:
    assert core_clause("Meanwhile, the Sudmark mayor admitted that their pumps had failed.") == (
        "The Sudmark mayor admitted that their pumps had failed"
    )  # "Their pumps had failed" would not say whose
    assert core_clause("The army said it had lost the bridge.") == "The army said it had lost the bridge"


def test_each_sides_own_losses_are_two_counts_not_one_disputed_count(make_claims: Make) -> None:  # noqa: F811
    claims = make_claims(
        [
            (
                "wire.txt",
                "Norland's army said 12 Sudmark soldiers were killed in the clash at the Orsk dam.",
                "army",
                NOR,
            ),
            (
                "post.txt",
                "Sudmark's defence ministry said 4 Norland soldiers were killed in the clash at the Orsk dam.",
                "defence ministry",
                "Sudmark",
            ),
            (
                "radio.txt",
                "Sudmark said 3 Sudmark soldiers were killed in the clash at the Orsk dam.",
                "army",
                "Sudmark",
            ),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    # Norland's count of Sudmark's dead disputes Sudmark's own count of its dead ...
    question = next(q for q in questions if claims[0].id in q.claims and claims[2].id in q.claims)
    assert question.claims[claims[0].id] == "12" and question.claims[claims[2].id] == "3"
    # ... but not Sudmark's count of Norland's dead: another quantity, not another answer.
    assert not any(claims[1].id in q.claims and claims[0].id in q.claims for q in questions)
    assert not any({lk.source, lk.target} == {claims[0].id, claims[1].id} and lk.relation == "competes" for lk in links)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The army said 12 Sudmark soldiers were killed at the dam.", "Sudmark"),
        ("Officials said 20 Norlandic troops died in the clash.", "Norlandic"),
        ("The office said 500 were killed at the dam.", None),  # a bare count names no one's
        ("The office said 40 soldiers were wounded at the dam.", None),
        ("A Sudmark colonel and two soldiers were killed at the dam.", "Sudmark"),  # joined to a named noun
    ],
)
def test_a_figure_records_whose_things_it_counts(nlp: Language, text: str, owner: str | None) -> None:  # noqa: F811
    numbers = claim_features(next(iter(nlp(text).sents)), 0.0)["numbers"]
    assert len(numbers) == 1
    assert (numbers[0][5] if len(numbers[0]) > 5 else None) == owner


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            '"The suggestion that engineers with ties to the Sudmark water board opened the sluices of the Orsk dam '
            'on Monday night is categorically false," a Norland spokeswoman said.',
            "is categorically false",
        ),
        (
            "The report that the floodwater carried away every bridge and every ferry landing between Orsk and "
            "Velden on the night of the storm was never confirmed by the river office.",
            "was never confirmed by the river office",
        ),
    ],
)
def test_a_cut_label_keeps_the_words_that_say_no(text: str, kept: str) -> None:
    label = core_clause(text)
    assert label.endswith(kept)  # cut after its subject, the label said the opposite of the claim
    assert "…" in label and len(label) <= 90
    assert label.startswith(("The suggestion that engineers", "The report that the floodwater"))


def test_a_cut_label_with_no_word_that_says_no_keeps_its_head() -> None:
    text = (
        "Engineers with ties to the Sudmark water board opened the sluices of the Orsk dam on Monday night and "
        "then left the valley before the water rose."
    )
    assert core_clause(text) == (
        "Engineers with ties to the Sudmark water board opened the sluices of the Orsk dam on…"
    )


def test_reasons_quote_each_claims_own_figure(make_claims: Make) -> None:  # noqa: F811
    """Figures that can both hold are one answer, named for the figure most give; a reason quotes the
    claim's own figure ("at least 471"), never the answer's name in its place ("both give at least 500")."""
    claims = make_claims(
        [
            ("wire.txt", "Norland's health office said at least 500 people were killed in the flood at Orsk.",
             "office", NOR),
            ("post.txt", "Norland officials said at least 500 people were killed when the flood hit Orsk.",
             "officials", NOR),
            ("daily.txt", "Norland officials later said at least 471 people were killed in the flood at Orsk.",
             "officials", NOR),
            ("radio.txt", "Sudmark said about 40 people were killed in the flood at Orsk.", "army", "Sudmark"),
            *BACKGROUND,
        ]
    )
    questions, links, figures = link_with_figures(claims)
    question = next(q for q in questions if claims[2].id in q.claims)
    assert question.claims[claims[2].id] == question.claims[claims[0].id] == "at least 500"  # one answer
    assert figures == {claims[2].id: "at least 471"}  # only where the claim's figure is not the answer's name

    def reason(a: Claim, b: Claim, relation: str) -> str:
        return next(
            lk.reason for lk in links if lk.relation == relation and {lk.source, lk.target} == {a.id, b.id}
        )

    echo = reason(claims[0], claims[2], "corroborates")
    assert "at least 471" in echo and "at least 500" in echo and "which can both hold" in echo
    assert reason(claims[0], claims[1], "corroborates").startswith("both give at least 500 for")
    against = reason(claims[2], claims[3], "competes")
    assert "gives at least 471" in against and "gives about 40" in against and "at least 500" not in against
    suggest_verdicts(claims, links, questions, figures)
    said = {i: (claims[i].suggestion or {}).get("reason", "") for i in (0, 2)}
    assert said[2].startswith("disputed: gives at least 471 for 'How many people were killed?'")
    assert said[0].startswith("disputed: gives at least 500 for")


def test_losses_of_a_force_no_side_speaks_for_are_their_own_count(make_claims: Make) -> None:  # noqa: F811
    """"5 Velm Guard soldiers were killed" counts that force's dead even though no claim speaks for it:
    set against "two soldiers were killed" beside a Norland colonel, it made one disputed count ("2" vs "5")
    of two armies' losses."""
    claims = make_claims(
        [
            (
                "wire.txt",
                "A Norland colonel, the commander of a border battalion, and two soldiers were killed in the clash "
                "at the Orsk dam.",
                None,
                None,
            ),
            (
                "post.txt",
                'She wrote, "Reports say 5 Velm Guard soldiers were killed and 11 were injured in the clash at the '
                'Orsk dam."',
                "reporter",
                "Sudmark Daily",
            ),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    assert not any(claims[0].id in q.claims and claims[1].id in q.claims for q in questions)
    assert not any({lk.source, lk.target} == {claims[0].id, claims[1].id} and lk.relation == "competes" for lk in links)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("A Sudmark colonel, the commander of a battalion, and two soldiers were killed at the dam.", "Sudmark"),
        ("Two Sudmark officers, both majors, and five soldiers died in the clash.", "Sudmark"),
        ("The colonel, a veteran of the war, and two soldiers were killed at the dam.", None),
    ],
)
def test_a_figure_after_an_apposition_counts_the_named_noun_it_is_joined_to(
    nlp: Language,  # noqa: F811
    text: str,
    owner: str | None,
) -> None:
    """With an apposition between them, the parser makes "two soldiers" a second subject of the verb rather
    than a conjunct of "a Sudmark colonel": the soldiers are still the colonel's side's."""
    numbers = [n for n in claim_features(next(iter(nlp(text).sents)), 0.0)["numbers"] if n[1] == "soldier"]
    assert len(numbers) == 1
    assert (numbers[0][5] if len(numbers[0]) > 5 else None) == owner


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # Seen on an unseen FNC-1 story: "the release of at least 26 soldiers kidnapped in August" and "one of 140
        # women released in March" were one count ("26-140"), the 26 disputing another outlet's 150.
        ("kidnap", "release", False),
        ("kill", "injure", False),
        ("arrest", "free", False),
        ("kill", "die", True),
        ("detain", "arrest", True),
        ("wound", "injure", True),
        ("kill", None, True),
    ],
)
def test_two_things_done_to_people_are_two_counts(first: str, second: str | None, same: bool) -> None:
    from factcheck.link.evidence import same_measure

    assert same_measure("people", first, "people", second) is same


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # Seen on an unseen FNC-1 story: "negotiations to secure the release of more than 200 schoolgirls" asked
        # "How many schoolgirls were secured?": what happened to the girls is their release, not "secure".
        ("Talks are under way to secure the release of more than 200 fishermen.", "release"),
        ("Sudmark condemned the abduction of 40 fishermen from the harbour.", "abduct"),
        ("The flood led to the deaths of 12 fishermen.", "die"),
        ("The navy secured 40 boats in the harbour.", "secure"),  # no event noun: the verb itself
    ],
)
def test_a_count_after_an_event_noun_takes_that_event(nlp: Language, text: str, verb: str) -> None:  # noqa: F811
    entry = claim_features(next(iter(nlp(text).sents)), 0.0)["numbers"][0]
    assert entry[3] == verb


def test_a_total_since_a_date_is_not_one_event_s_count(make_claims: Make) -> None:  # noqa: F811
    # Seen on an unseen FNC-1 story: "some 40 women abducted" in one village on Saturday against a rights group's
    # "more than 500 women and girls abducted since 2009" was a disputed "How many women were abducted?".
    claims = make_claims(
        [
            ("wire.txt", "A village elder said some 40 fishermen were abducted from Orsk harbour on Saturday.",
             "elder", None),
            ("post.txt", "A rights group estimates the Front has abducted about 500 fishermen from Orsk since 2009.",
             "rights group", None),
            ("radio.txt", "The harbour master said 45 fishermen were abducted from Orsk on Saturday.", "harbour master",
             None),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    total = next((q for q in questions if claims[1].id in q.claims), None)
    assert total is None or claims[0].id not in total.claims
    count = next(q for q in questions if claims[0].id in q.claims)
    assert set(count.claims.values()) == {"about 40", "45"} or len(set(count.claims.values())) == 1


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Front has killed 13,000 fishermen in the years since 2009.", "since"),
        ("The Front has been fighting since 2009, with some 2,000 fishermen killed this year.", "year"),
        ("The Front killed more than 2,000 fishermen in 2014 alone.", "year"),
        ("Storms drown about 12 fishermen every year.", "rate"),
        ("The Front abducted 40 fishermen from Orsk harbour on Saturday.", None),
    ],
)
def test_a_figure_knows_the_span_of_time_it_adds_up(nlp: Language, text: str, span: str | None) -> None:  # noqa: F811
    assert claim_features(next(iter(nlp(text).sents)), 0.0)["span"] == span


def test_workers_and_people_killed_in_one_fire_are_one_count(make_claims: Make) -> None:  # noqa: F811
    """A fire service counts 12 workers killed, a hospital 19 people, a ministry 15 workers: only workers
    are counted dead, so the people are the workers and it is one disputed count. Compared noun by noun
    they were three counts with no question among them."""
    claims = make_claims(
        [
            ("wire.txt", "At least 12 workers were killed when fire swept through the Varn textile plant, the fire "
             "service said.", "fire service", None),
            ("daily.txt", "A hospital official said 19 people were killed in the fire at the Varn textile plant.",
             "hospital official", None),
            ("post.txt", "The labour ministry said 15 workers were killed in the fire at the Varn textile plant.",
             "labour ministry", None),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    question = next((q for q in questions if claims[1].id in q.claims), None)
    assert question is not None and claims[2].id in question.claims and claims[0].id in question.claims
    assert question.claims[claims[2].id] == "15" != question.claims[claims[1].id]  # 19 against 15: disputed
    assert question.label.startswith("How many workers")


def test_people_killed_beside_two_kinds_of_people_stay_apart(make_claims: Make) -> None:  # noqa: F811
    """Soldiers and civilians are both counted dead: "people" may be either or both, so the 42 people are not
    read as soldiers (nor as civilians) and dispute neither count."""
    claims = make_claims(
        [
            ("wire.txt", "Twelve soldiers were killed when shells hit the Varn barracks, the army said.", "army", None),
            ("daily.txt", "Thirty civilians were killed when shells hit the Varn market, a doctor said.", "doctor",
             None),
            ("post.txt", "The shelling of Varn killed 42 people, the mayor said.", "mayor", None),
            ("radio.txt", "At least 40 people were killed in the shelling of Varn, the governor said.", "governor",
             None),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    for soldiers_or_civilians in claims[:2]:
        question = next((q for q in questions if soldiers_or_civilians.id in q.claims), None)
        assert question is None or claims[2].id not in question.claims


def test_a_bound_and_a_figure_that_both_hold_do_not_compete(make_claims: Make) -> None:  # noqa: F811
    """"At least 12" sits in the answer of 19 (it can hold with it) and so differs in name from 15, which it
    also agrees with: the fire service and the ministry competed, the reason reading "gives at least 12,
    gives 15". The two figures can both hold; 19 and 15 cannot."""
    claims = make_claims(
        [
            ("wire.txt", "At least 12 workers were killed when fire swept through the Varn textile plant, the fire "
             "service said.", "fire service", None),
            ("daily.txt", "A hospital official said 19 workers were killed in the fire at the Varn textile plant.",
             "hospital official", "hospital"),
            ("post.txt", "The labour ministry said 15 workers were killed in the fire at the Varn textile plant.",
             "labour ministry", "labour ministry"),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = next(q for q in questions if claims[2].id in q.claims)
    assert question.claims[claims[0].id] != question.claims[claims[2].id]  # the bound is in 19's answer
    assert _relation(links, claims[0], claims[2]) is None
    assert _relation(links, claims[1], claims[2]) == "competes"


def test_marchers_and_people_who_joined_a_march_are_one_count(make_claims: Make) -> None:  # noqa: F811
    """Organisers count "marchers" (no verb: the noun says what they did), police "people" who "joined" the
    march, a counting group people who "took part": one count of a turnout, disputed. The noun of the doers
    and the verbs of one event class (marching, joining, taking part) make one kind of people counted."""
    claims = make_claims(
        [
            ("wire.txt", "Organisers put the number of marchers in Orsk on Saturday at 80,000.", "organisers",
             "Workers' Front"),
            ("daily.txt", "Police said about 12,000 people joined the march in Orsk on Saturday.", "police",
             "police"),
            ("post.txt", "A counting group said 30,000 people took part in the march in Orsk on Saturday.",
             "counting group", None),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    question = next((q for q in questions if claims[0].id in q.claims), None)
    assert question is not None and claims[1].id in question.claims
    assert question.claims[claims[0].id] == "80,000" and question.claims[claims[1].id] == "about 12,000"
    assert question.label.startswith("How many marchers")


def test_a_rally_that_drew_a_crowd_counts_the_people_who_took_part(make_claims: Make) -> None:  # noqa: F811
    """"The rally drew 80,000" is how news counts a crowd as often as "80,000 joined": one count with the
    police's "12,000 people joined the rally"."""
    claims = make_claims(
        [
            ("wire.txt", "The rally in Orsk on Saturday drew 80,000 people, the organisers said.", "organisers",
             "Workers' Front"),
            ("daily.txt", "Police said about 12,000 people joined the rally in Orsk on Saturday.", "police",
             "police"),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    question = next((q for q in questions if claims[0].id in q.claims), None)
    assert question is not None and question.claims.get(claims[1].id) == "about 12,000"
    assert question.claims[claims[0].id] == "80,000"
