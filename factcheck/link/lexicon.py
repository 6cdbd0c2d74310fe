"""Generic English vocabulary that linking uses: event classes, words that are not party names.

Nothing here knows any event, name or place. The event classes ("frames") say which claims
answer the same kind of question (who holds a place, how many died, who fired first, how many
joined a strike), so that "now under our command" and "we have not lost territory" are seen
as talking about the same thing even when they share no word.
"""

from __future__ import annotations

from factcheck.extract.lexicon import FIRM_WORDS, GROUP_NOUNS, NOT_A_SIDE, ROLE_NOUNS

FRAMES: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "control": """capture seize take takeover conquer occupy occupation control hold fall overrun clear
            liberate recapture retake surround besiege siege encircle enter advance withdraw withdrawal retreat
            abandon territory ground position stronghold base headquarters command repel repulse push expel
            gain lose victory defeat win rout surrender handover flag presence present""",
        "casualties": """kill die dead death wound wounded injure injured injury casualty victim toll fatality
            body massacre killing life murder execute execution behead decapitate mutilate mutilation hurt""",
        "detention": """arrest detain detention detainee custody prisoner release free jail prison hostage abduct
            kidnap flee escape hide whereabouts exile missing safe""",
        "talks": """talk negotiate negotiation ceasefire truce offer deal agreement peace accept propose proposal
            mediation mediator settlement dialogue terms demand concession""",
        "attack": """attack fire firing shell shelling bomb bombing strike raid assault offensive clash firefight
            gunfight gunfire shoot shot ambush incursion intrude intruder infiltrate infiltration cross violate
            violation provoke provocation provocative unprovoked blame responsible responsibility launch""",
        "turnout": """turnout strike striker walkout join participate participation protest rally march crowd
            demonstrator protester marcher participant attendee attend attendance absenteeism absent stay work
            working usual normal normally disruption disrupt following vote voter ballot""",
        "damage": "damage destroy destruction burn collapse blaze flood explosion blast ruin",
        "spill": """spill leak leakage discharge seep flow pour dump contaminate contamination pollute pollution
            toxic effluent sewage""",
        "aid": "aid humanitarian supply supplies relief assistance food medicine shipment deliver delivery convoy",
        "economy": "price cost budget cut wage salary pay pension deficit tax spend spending fund funding",
    }.items()
}

FRAME_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in FRAMES.items():
    for _word in _words:
        FRAME_OF[_word] = (*FRAME_OF.get(_word, ()), _name)

# What a count's verb does to the people it counts, where one event class holds several: the killed and the
# wounded, the seized and the freed are two counts ("17 killed and 40 wounded" gives no toll of 40), though
# "killed" and "died" are one.
COUNT_KINDS: dict[str, str] = {
    word: kind
    for kind, words in {
        "dead": "kill die dead death fatality toll body massacre killing murder execute execution behead",
        "hurt": "wound wounded injure injured injury hurt",
        "held": "arrest detain detention detainee custody prisoner jail prison hostage abduct kidnap capture",
        "freed": "release free",
        "fled": "flee escape",
    }.items()
    for word in words.split()
}

# Words in a side's label that name a kind of body or role, not which party it is:
# "government army" and "Indian Defence Ministry" are told apart by what is left.
GENERIC_SIDE_WORDS = frozenset(
    GROUP_NOUNS
    | ROLE_NOUNS
    | NOT_A_SIDE
    | frozenset("largest biggest two both defense defence ministry forces troops spokesmen".split())
    # the trade a firm's name gives ("<Name> Mining"): shared with a body of that trade ("the mining
    # authority"), it says nothing about whose claim it is
    | FIRM_WORDS
)

# Nouns that stand for someone's statement: "the claim", "these reports", "that version".
CLAIM_NOUNS = frozenset("claim claims report reports allegation allegations account version statement story".split())

# Verbs of saying nothing: "would not discuss the inquiry", "declined to elaborate" (with a refusal verb,
# REFUSALS); and, beside a word of asking (ASKING), "did not respond to a request for comment", "could not be
# reached for comment", "did not return calls" ("did not respond to the shelling" says something).
SILENCE_VERBS = frozenset("comment discuss elaborate speculate".split())
UNANSWERED_VERBS = frozenset("respond reach return answer".split())
ASKING = frozenset("comment request question call message email inquiry query ask seek contact".split())
REFUSALS = frozenset("decline refuse".split())
# Verbs that only pass words on, and so say nothing themselves ("a spokesman said the ministry declined to comment").
PLAIN_SAYING = frozenset("say tell add write state report note".split())

# Nouns that count deaths: "17 deaths" counts what "17 people were killed" counts.
DEATH_NOUNS = frozenset("death deaths fatality fatalities dead killing killings".split())

# Entity labels that are names of parties, people or places (not dates or amounts).
NAME_LABELS = frozenset(("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"))
