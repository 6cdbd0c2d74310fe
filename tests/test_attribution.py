"""Attribution patterns on small invented articles about invented events (never the sample's names)."""

from __future__ import annotations

import pytest

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims
from factcheck.model import Claim

pytestmark = pytest.mark.slow


def claims_of(*texts: str) -> list[Claim]:
    """Extract the claims of one or more invented articles, in order."""
    articles = [article_from_text(f"{i:03d}_test.txt", text) for i, text in enumerate(texts)]
    return extract_claims(articles)


def find(claims: list[Claim], fragment: str) -> Claim:
    """The claim whose text contains `fragment`."""
    hits = [c for c in claims if fragment in c.text]
    assert hits, f"no claim contains {fragment!r}; claims: {[c.text for c in claims]}"
    return hits[0]


HEADLINE = "Strike at Northvale hospital enters its third week\n\n"


def test_subject_of_reporting_verb_is_speaker() -> None:
    claims = claims_of(HEADLINE + "Union organiser Maria Keller said that 400 nurses had walked out on Monday.")
    claim = find(claims, "400 nurses")
    assert claim.speaker == "Maria Keller"
    assert claim.cue == "said"
    assert claim.kind == "reported"


def test_name_after_closing_quote() -> None:
    claims = claims_of(HEADLINE + "“Not a single ward has closed,” Daniel Osei told reporters.")
    claim = find(claims, "single ward")
    assert claim.speaker == "Daniel Osei"
    assert claim.kind == "quote"
    assert claim.cue == "told"


def test_according_to() -> None:
    claims = claims_of(
        HEADLINE + "Forty operations were cancelled on Tuesday, according to the Northvale Health Trust."
    )
    claim = find(claims, "operations were cancelled")
    assert claim.speaker == "Northvale Health Trust"
    assert claim.cue == "according to"
    assert claim.side == "Northvale Health Trust"


def test_pronoun_resolves_to_last_named_person() -> None:
    claims = claims_of(
        HEADLINE + "Hospital director Peter Lindqvist met the press on Friday.\n\n"
        "He said that every emergency patient had been treated within four hours."
    )
    claim = find(claims, "every emergency patient")
    assert claim.speaker == "Peter Lindqvist"


def test_organisation_as_speaker() -> None:
    claims = claims_of(HEADLINE + "The Nurses Union said the hospital had hired 60 agency staff to break the strike.")
    claim = find(claims, "60 agency staff")
    assert claim.speaker == "Nurses Union"
    assert claim.side == "Nurses Union"


def test_org_spokesman_name_gives_side() -> None:
    claims = claims_of(
        HEADLINE + "Nurses Union spokesman Tomas Varga said that 12 wards were without staff on Sunday night."
    )
    claim = find(claims, "12 wards")
    assert claim.speaker == "Tomas Varga"
    assert claim.side == "Nurses Union"


def test_name_comma_spokesman_for_org_gives_side() -> None:
    claims = claims_of(
        HEADLINE
        + "“The wards are fully staffed,” Anna Berg, spokeswoman for the Northvale Health Trust, told reporters."
    )
    claim = find(claims, "fully staffed")
    assert claim.speaker == "Anna Berg"
    assert claim.side == "Northvale Health Trust"


def test_org_leader_name_gives_side() -> None:
    claims = claims_of(
        HEADLINE + "Nurses Union leader Grace Mensah said on Monday that the strike would continue until pay rose."
    )
    claim = find(claims, "strike would continue")
    assert claim.speaker == "Grace Mensah"
    assert claim.side == "Nurses Union"


def test_possessive_head_of_gives_side() -> None:
    claims = claims_of(
        HEADLINE
        + "The Nurses Union’s head of communications, Leila Haddad, said that 300 members had joined the picket."
    )
    claim = find(claims, "300 members")
    assert claim.speaker == "Leila Haddad"
    assert claim.side == "Nurses Union"


def test_appositive_role_before_name_gives_side() -> None:
    claims = claims_of(
        HEADLINE + "A Northvale Health Trust spokesperson, Ivan Petrov, said on Sunday that all clinics had reopened."
    )
    claim = find(claims, "all clinics had reopened")
    assert claim.speaker == "Ivan Petrov"
    assert claim.side == "Northvale Health Trust"


def test_side_carried_across_articles_by_surname() -> None:
    claims = claims_of(
        HEADLINE + "Nurses Union spokesman Tomas Varga said that 12 wards were without staff on Sunday night.",
        "Pay talks collapse at Northvale\n\n“Management walked out of the talks on Thursday,” Varga said.",
    )
    claim = find(claims, "Management walked out")
    assert claim.speaker == "Tomas Varga"
    assert claim.side == "Nurses Union"


def test_acronym_and_long_form_are_one_side() -> None:
    claims = claims_of(
        HEADLINE + "The Coastal Workers Federation (CWF) said that 2,000 members had voted to strike.\n\n"
        "CWF spokesman Rui Matos said that 15 ships were stuck in the port.",
        "Port strike spreads\n\nThe Coastal Workers Federation said that the port had been closed since Monday.",
    )
    sides = {find(claims, frag).side for frag in ("2,000 members", "15 ships", "port had been closed")}
    assert len(sides) == 1
    assert sides.pop() == "CWF"


def test_multi_sentence_quote_takes_attribution_at_its_end() -> None:
    claims = claims_of(
        HEADLINE + "“We have closed no wards this week. Every shift was covered by our own staff. "
        "The union is exaggerating the numbers,” Hospital director Peter Lindqvist said."
    )
    for fragment in ("closed no wards", "Every shift was covered", "exaggerating the numbers"):
        claim = find(claims, fragment)
        assert claim.speaker == "Peter Lindqvist", fragment
        assert claim.kind == "quote", fragment


def test_unbalanced_quote_marks_do_not_break_the_article() -> None:
    claims = claims_of(
        HEADLINE + "The union’s version was: “We have shut down 14 wards and the managers are hiding.\n\n"
        "“Our members will stay out until the board resigns.”\n\n"
        "Hospital director Peter Lindqvist said on Friday that 3 wards had closed."
    )
    assert find(claims, "14 wards").kind == "quote"
    assert find(claims, "stay out until the board").kind == "quote"
    assert find(claims, "3 wards had closed").speaker == "Peter Lindqvist"


def test_quote_continued_in_next_paragraph_keeps_speaker() -> None:
    claims = claims_of(
        HEADLINE + "“We have shut down 14 wards,” union organiser Maria Keller said.\n\n"
        "“Our members will stay out until the board resigns and pay rises by 10 percent.”"
    )
    assert find(claims, "stay out until the board").speaker == "Maria Keller"


def test_short_trailing_attribution_sentence() -> None:
    claims = claims_of(
        HEADLINE + "Nurses Union leader Grace Mensah posted a video on Sunday.\n\n"
        "“Forty patients were sent home without treatment last night. The managers know it.” Mensah wrote."
    )
    claim = find(claims, "Forty patients")
    assert claim.speaker == "Grace Mensah"
    assert all(c.text.strip() != "Mensah wrote." for c in claims)


def test_reporting_verb_inside_quote_is_not_attribution() -> None:
    claims = claims_of(HEADLINE + "“Management said the strike was illegal, but 400 nurses walked out anyway.”")
    claim = find(claims, "400 nurses")
    assert claim.speaker != "Management"


def test_outlet_statement_has_no_speaker() -> None:
    claims = claims_of(HEADLINE + "At least 40 operations were cancelled at Northvale hospital on Tuesday.")
    claim = find(claims, "40 operations")
    assert claim.speaker is None
    assert claim.side is None
    assert claim.kind == "statement"


def test_negated_reporting_verb_is_the_outlets_statement() -> None:
    claims = claims_of(HEADLINE + "The Northvale Health Trust did not respond to a request for comment on Tuesday.")
    claim = find(claims, "did not respond")
    assert claim.speaker is None


BORDER = "Border clash on the Sarn ridge\n\n"


def test_state_institution_speaks_for_its_country() -> None:
    claims = claims_of(
        BORDER + "Kessland's defence ministry said on Thursday that its troops had taken the ridge.\n\n"
        "Kessland Defence Ministry spokesman Brandt insisted that 14 soldiers had been killed."
    )
    assert find(claims, "taken the ridge").side == "Kessland"
    claim = find(claims, "14 soldiers")
    assert claim.side == "Kessland"
    assert claim.speaker == "Brandt"


def test_nation_adjective_and_country_are_one_side() -> None:
    claims = claims_of(
        BORDER + "Valdoria said on Friday that not one metre of its territory had been lost.\n\n"
        "“The attackers were pushed back,” said Lena Mirow, commander of the Valdorian Northern Army."
    )
    assert find(claims, "not one metre").side == find(claims, "attackers were pushed back").side


def test_pronoun_after_a_named_spokesman_is_that_spokesman() -> None:
    claims = claims_of(
        BORDER + "Kessland Defence Ministry spokesman Brandt insisted the ridge had fallen.\n\n"
        "He said 14 soldiers had died in the fighting on Thursday."
    )
    assert find(claims, "14 soldiers had died").speaker == "Brandt"


def test_reporting_credit_line_is_furniture() -> None:
    claims = claims_of(
        BORDER
        + "The ridge was shelled for six hours on Thursday night.\n\n(Reporting by Ana Ruiz; Editing by Tom Reed)"
    )
    assert not [c for c in claims if "Reporting by" in c.text]


def test_long_forms_defined_in_different_articles_are_one_side() -> None:
    claims = claims_of(
        HEADLINE + "The Coastal Workers Federation (CWF) said that 2,000 members had voted to strike.",
        "Port strike spreads\n\nThe Coastal Workers Federation of Norland (CWFN) said 15 ships were stuck in port.",
    )
    assert find(claims, "2,000 members").side == find(claims, "15 ships").side


def test_dateline_is_not_the_speaker() -> None:
    claims = claims_of(
        BORDER + "HOLLEN, 14 Mar (Border Wire) - Valdorian rebels said they had taken the ridge and killed 14 soldiers."
    )
    claim = find(claims, "taken the ridge")
    assert claim.text.startswith("Valdorian rebels said")
    assert claim.side == "Valdorian rebels"


def test_role_then_comma_then_name() -> None:
    claims = claims_of(
        BORDER + "The Ridge-Front deputy military spokesman, Ivo Kern said their position came under attack on Sunday."
    )
    claim = find(claims, "came under attack")
    assert claim.speaker == "Ivo Kern"
    assert claim.side == "Ridge-Front"


def test_a_countrys_unions_speak_for_the_unions_not_the_country() -> None:
    claims = claims_of(HEADLINE + "Norland's unions said three quarters of public sector workers joined the strike.")
    assert find(claims, "three quarters").side == "unions"


def test_lone_first_name_is_expanded_to_the_full_name() -> None:
    claims = claims_of(
        BORDER + "Rebel spokesman Lam Oru Gabir said on Monday that 9 soldiers had been captured.\n\n"
        "“We reached the county headquarters on Sunday night,” said Lam."
    )
    claim = find(claims, "county headquarters")
    assert claim.speaker == "Lam Oru Gabir"


def test_hyphenated_capitals_are_not_a_dateline() -> None:
    claims = claims_of(BORDER + "U.S.-led forces evacuated about 1,200 villagers from the ridge on Friday.")
    assert find(claims, "evacuated about 1,200").text.startswith("U.S.-led forces")


def test_a_body_named_before_statement_is_the_speaker() -> None:
    claims = claims_of(BORDER + "A Valdorian ministry statement rejected the report of 14 deaths as baseless.")
    claim = find(claims, "14 deaths")
    assert claim.speaker is not None and "ministry" in claim.speaker
    assert claim.cue == "rejected"


def test_short_quoted_judgement_is_not_a_claim_but_a_short_quoted_fact_is() -> None:
    claims = claims_of(
        BORDER + "“The ridge is under our control. Nothing is more honorable.” Kessland spokesman Ivo Kern said."
    )
    assert find(claims, "ridge is under our control").kind == "quote"
    assert not [c for c in claims if "honorable" in c.text]


def test_a_statement_from_a_body_is_that_bodys() -> None:
    claims = claims_of(
        BORDER + "“We condemn the attack on our 3 posts,” said a statement from Valdoria's defence ministry."
    )
    claim = find(claims, "3 posts")
    assert claim.side is not None and "Valdoria" in claim.side


def test_a_newspaper_is_not_a_party() -> None:
    claims = claims_of(BORDER + "The Kessland Times newspaper reported that 2 soldiers had been beheaded.")
    claim = find(claims, "2 soldiers")
    assert claim.speaker is not None and claim.side is None


def test_a_party_named_by_a_modifier() -> None:
    claims = claims_of(BORDER + "Valdorian reports said 2 soldiers had been killed on the ridge on Tuesday.")
    assert find(claims, "2 soldiers").side == "Valdorian"


def test_a_reporting_verb_with_nothing_reported_is_not_a_claim() -> None:
    claims = claims_of(BORDER + "The ridge fell on Monday, witnesses said. A new statement by the rebels suggests so.")
    assert not [c for c in claims if "suggests so" in c.text]
