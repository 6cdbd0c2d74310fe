"""Generic knowledge of English news prose: reporting verbs, roles, negation, denial.

Nothing here knows any event, name or place: these are words any news report uses.
"""

from __future__ import annotations

# Verbs that introduce what someone said or claimed (lemmas).
REPORTING_VERBS = frozenset(
    """
    say tell claim deny insist add state announce confirm reject dismiss warn assure accuse suggest
    report tweet write post admit vow pledge allege argue note explain reveal declare acknowledge
    maintain stress emphasize emphasise urge threaten promise predict estimate describe respond reply
    answer rebut refute contend assert concede complain recall indicate testify disclose inform quote
    repeat reiterate rebuff dispute counter brief boast caution charge contradict retort remark observe
    proclaim
    """.split()
)

# Verbs whose subject rejects a claim made by someone else.
DENIAL_VERBS = frozenset(
    "deny reject dismiss rebut refute dispute contradict rebuff counter retort disprove debunk".split()
)

# Words that mark a statement as a denial when they qualify a claim.
DENIAL_WORDS = frozenset(
    "false untrue baseless lie lies propaganda fake fabricated rumour rumor rumours rumors groundless "
    "unfounded nonsense misleading incorrect wrong".split()
)

NEGATION_WORDS = frozenset("not n't never no none nobody nothing neither nor without".split())

# Nouns that name a role someone holds for a party: "<Org> spokesman <Name>", "<Name>, leader of <Org>".
ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople spokesmen leader leaders commander commanders official
    officials head chief member members fighter fighters minister representative representatives source
    sources envoy aide aides adviser advisor negotiator founder co-founder officer officers chairman
    chairwoman chairperson director secretary ambassador deputy militant militants soldier soldiers
    activist activists supporter supporters loyalist loyalists figure figures lawmaker lawmakers
    councillor councilor mayor governor general colonel captain president vice-president premier
    lieutenant delegate delegation staff employee employees agent agents operative operatives
    """.split()
)

# Nouns that stand for a group speaking as one ("the group said", "the rebels claimed").
GROUP_NOUNS = frozenset(
    """
    group movement organisation organization government ministry army military police militia militants
    rebels insurgents insurgency resistance opposition forces authorities administration regime coalition
    alliance party union committee council agency company firm campaign office department side camp
    command junta cabinet parliament court
    """.split()
)

# Nouns naming what a party said, whose possessor is the speaker: "<Org>'s version was: ...".
UTTERANCE_NOUNS = frozenset(
    "version statement message response reply account words position view claim claims answer".split()
)

# Platforms that taggers often mistake for people ("he said on Twitter").
NOT_PERSONS = frozenset(
    "twitter facebook telegram youtube instagram tiktok whatsapp x linkedin reddit weibo wechat signal".split()
)

PERSON_PRONOUNS = frozenset("he she him her".split())
GROUP_PRONOUNS = frozenset("they them we us".split())

# Modifiers of a role noun that are not parties: "former spokesman", "chief spokesman".
NOT_A_SIDE = frozenset(
    """
    former ex current chief senior top deputy acting new interim local regional national international
    foreign official main head lead leading key prominent well-known veteran military political
    one another a an the his her their its our some other several many first second third
    vice assistant general executive
    """.split()
)

# Heads of state institutions: "<Country> Defence Ministry", "<Country>n army" speak for the country.
STATE_NOUNS = frozenset(
    """
    ministry government army military police forces navy troops authorities administration cabinet
    parliament junta regime embassy presidency office command guard guards
    """.split()
)

# Words that open an institution's name without naming a party: "Defence Ministry", "Foreign Office".
INSTITUTION_WORDS = frozenset(
    """
    defence defense foreign interior home health state national federal central northern southern eastern
    western military justice finance security presidential prime royal armed police the
    """.split()
)

# Nouns naming a news outlet: when one is the speaker, the claim is reported, not a party's.
OUTLET_NOUNS = frozenset(
    "newspaper paper daily weekly agency broadcaster channel magazine outlet website television radio network".split()
)
