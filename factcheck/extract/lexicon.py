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
    proclaim exclaim shout yell scream whisper mutter quip joke muse interject
    """.split()
)

# Stance, belief, judgement and evidence verbs: their subject holds or puts forward the content, so the
# sentence is an attributed claim too ("X blamed Y for ...", "X expects ...", "a study found ...").
# Kept apart from REPORTING_VERBS, which linking also reads.
STANCE_VERBS = frozenset(
    """
    blame criticize criticise condemn denounce slam praise applaud hail commend defend endorse oppose
    believe think expect hope fear worry doubt suspect feel reckon guess assume presume
    want wish intend plan propose recommend demand urge request ask call question challenge
    find show conclude determine calculate project forecast signal hint imply concur agree disagree
    apologize apologise lament regret cite mention highlight underline underscore lash decry deplore
    welcome question protest appeal criticise push pledge swear acknowledge attest certify affirm
    speculate theorize theorise envision foresee anticipate caution advise mock ridicule lambast chide
    rebuke scold fault accuse insist stress contend speak talk rule decide
    tout scoff recount characterize characterise label brand dub rail
    point express remind portray detail comment recognize recognise
    know consider wonder hop see view regard share
    """.split()
)

# Belief and feeling verbs that attribute only with the view they hold ("X thinks that ...", "X worries the
# dam will fail", "X knows that ...", "X considers the locks unsafe"): with an object or an adjective alone they
# say what something does or how someone feels ("the collapse should worry everyone", "X feels tired", "X
# believes him", "X knows the valley", "X recognized the new council", "the storm reminded everyone of 1890").
# "hop" is the small English model's lemma of "hoped" and "hoping".
BELIEF_VERBS = frozenset(
    """
    worry feel think believe hope hop guess reckon assume presume know consider wonder recognize recognise remind
    """.split()
)

# Verbs whose person subject does not put forward a view: motion, presence, bodily acts, deeds ("worked",
# "picked up", "withdrew from the role": the outlet says what the person did).
NOT_A_STANCE = frozenset(
    """
    be have go come arrive leave return travel walk run fly drive sit stand live die bear grow sleep eat
    visit meet attend enter join begin start end finish stay remain become seem appear marry move
    receive get face need lead trail win lose do spend earn hold play take give
    beat defeat tie resign buy purchase sell turn slip serve pull roll drop open close perform dominate draw
    trade invite happen make fail try bring donate help rub jump hire sign see watch look hear notice spot
    star host work pick capture keep break gain score step rise fare withdraw produce direct quit retire depart
    """.split()
)

# Verbs whose passive subject is the speaker: "X was quoted as saying", "X was heard warning".
PASSIVE_SPEECH = frozenset("quote hear overhear record film cite".split())

# Every verb whose subject is the source of the sentence's content, for attribution.
ATTRIBUTION_VERBS = REPORTING_VERBS | STANCE_VERBS

# Verbs whose subject rejects a claim made by someone else.
DENIAL_VERBS = frozenset(
    "deny reject dismiss rebut refute dispute contradict rebuff counter retort disprove debunk".split()
)

# Words that mark a statement as a denial when they qualify a claim. ("hoax", "fabrication", "fictitious"
# were tried at extractor 87 and left out: on FNC-1 they are often the story's own topic, "confirming the
# hoax", and competes lift fell 1.191 -> 1.167. With the linker's stance rules since (two noes never
# compete, guessed stances), the same words with "spoof", "disinformation" and the like raised it 1.168 ->
# 1.177 at extractor 148, dev and held halves both, so they are in.)
DENIAL_WORDS = frozenset(
    "false untrue baseless lie lies propaganda fake fabricated rumour rumor rumours rumors groundless "
    "unfounded nonsense misleading incorrect wrong bogus inaccurate erroneous hoax hoaxes spoof fabrication "
    "falsehood falsehoods disinformation misinformation debunked fictitious".split()
)
# Words that reject a claim when negated: "these claims are not true", "it is not true that …".
NEGATED_DENIAL_WORDS = frozenset("true accurate correct".split())

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
    lieutenant delegate delegation staff employee employees agent agents operative operatives rep reps publicist
    publicists
    editor editor-in-chief reporter reporters correspondent correspondents journalist journalists columnist
    analyst analysts researcher researchers expert experts strategist strategists advisers advisors
    counsel attorney lawyer lawyers manager campaigner candidate nominee senator congressman congresswoman
    congressmen legislator legislators mp mps mep meps msp msps mla mlas
    diplomat diplomats major sergeant admiral marshal brigadier commissioner inspector superintendent
    chancellor minister ministers secretary-general undersecretary pollster pollsters residents witness
    witnesses witnesses survivor survivors doctor doctors medic medics executive executives
    """.split()
)

# Members elected for a place: a bare name before the title may be the place ("<Town> MP"), not a party.
ELECTED_FOR_A_PLACE = frozenset("mp mps mep meps msp msps mla mlas".split())
# Titles of elected lawmakers, before which a party family may be written ("Labour MP <Name>").
LAWMAKER_TITLES = ELECTED_FOR_A_PLACE | frozenset(
    "mk senator senators sen sen. rep rep. congressman congresswoman councillor councillors councilor "
    "councilors lawmaker lawmakers legislator legislators assemblyman assemblywoman".split()
)
# Words that name a family of political parties, as written before a lawmaker's title ("Labour MP <Name>",
# "Liberal Democrat MP <Name>", "Green councillor <Name>"): generic political English the tagger often leaves
# untagged. "Social" and "Christian" only lead a longer name ("Christian Democrat"), never stand alone.
PARTY_FAMILIES = frozenset(
    """labour conservative tory liberal democrat democratic republican green socialist communist nationalist
    unionist social christian""".split()
)
LEADING_ONLY_FAMILIES = frozenset({"social", "christian"})

# Roles of the press: a name before one is often the beat, not the employer ("House editor for the <Outlet>",
# "a <Country> correspondent at the <Outlet>"), so the employer named after the role comes first.
PRESS_ROLES = frozenset(
    "editor editor-in-chief reporter reporters correspondent correspondents journalist journalists columnist "
    "analyst analysts commentator".split()
)

# Roles of people who only live or work somewhere: a place named with them is no side of theirs ("a Kessport
# businessman", "a financial adviser in Port Lund").
PRIVATE_ROLES = PRESS_ROLES | frozenset(
    """
    activist activists adviser advisers advisor advisors attorney campaigner candidate co-founder counsel
    doctor doctors employee employees executive executives expert experts figure figures founder lawyer lawyers
    loyalist loyalists
    manager medic medics member members nominee operative operatives pollster pollsters researcher
    researchers residents staff strategist strategists supporter supporters survivor survivors witness
    witnesses
    """.split()
)

# Roles a place speaks through: offices of a state, a town or an armed group ("a Kessport official", "police
# in Kessport"): every role but the private ones.
OFFICE_ROLES = (ROLE_NOUNS - PRIVATE_ROLES) | frozenset(
    "councillors councilors envoys negotiators policeman policemen prosecutor prosecutors senators".split()
)

# Nouns that stand for a group speaking as one ("the group said", "the rebels claimed").
GROUP_NOUNS = frozenset(
    """
    group movement organisation organization government ministry army military police militia militants
    rebels insurgents insurgency resistance opposition forces authorities administration regime coalition
    alliance party union committee council agency company firm campaign office department side camp
    command junta cabinet parliament court organisers organizers protesters protestors demonstrators strikers
    campaigners marchers unions ministries prosecutors investigators authority navy coastguard coastguards
    gendarmerie guard guards force troops front
    """.split()
)

# Group nouns of a movement that stands against or beside a state, never its own body: "the <Country> Liberation
# Movement", "the <Country> Workers' Front", "<Country> rebels" speak for themselves, not for the state their name
# begins with. Not a party ("the <State> Democratic Party" and "Democratic" are one camp) nor a campaign ("the
# <Name> campaign" is <Name>'s).
NON_STATE_GROUPS = frozenset(
    "movement militia militants rebels insurgents insurgency resistance opposition front protesters".split()
)

# Determiners that introduce someone or something not met before ("a spokesman", "another official",
# "one witness"): what a later "he", "the official" or a name beside it may point back to.
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another", "one"})

# Group nouns that on their own name no party ("the group said"): they refer back like "it".
GENERIC_GROUPS = frozenset(
    "group movement organisation organization party side camp coalition alliance faction outfit".split()
)

# Nouns naming what a party said, whose possessor is the speaker: "<Org>'s version was: ...".
UTTERANCE_NOUNS = frozenset(
    "version statement message response reply reaction account words position view claim claims answer".split()
)

# Platforms that taggers often mistake for people ("he said on Twitter").
NOT_PERSONS = frozenset(
    "twitter facebook telegram youtube instagram tiktok whatsapp x linkedin reddit weibo wechat signal".split()
)

# Words that answer or exclaim and name nobody, however the tagger reads them ('..." Yep, nothing says ...').
INTERJECTIONS = frozenset("yep yes yeah yup no nope nah ok okay well oh ah sure hey wow alas indeed".split())

PERSON_PRONOUNS = frozenset("he she him her".split())
GROUP_PRONOUNS = frozenset("they them we us".split())

# Titles whose "of <one word>" names a portfolio, not a party: "Secretary of State", "Minister of Defence".
PORTFOLIO_TITLES = frozenset("secretary minister undersecretary".split())
# Titles written short with a full stop and the word each stands for: one table for the tokenizer (which
# keeps each whole, nlp.py), for "the senator" finding "Sen. <Name>" (full_title) and for what is never a
# party (ROLE_ABBREVIATIONS). None: a form of address with no title word of its own.
ABBREVIATED_TITLES: dict[str, str | None] = {
    "Det": "detective", "Insp": "inspector", "Supt": "superintendent", "Sgt": "sergeant", "Cpl": "corporal",
    "Pvt": "private", "Lt": "lieutenant", "Capt": "captain", "Col": "colonel", "Maj": "major", "Cmdr": "commander",
    "Cdr": "commander", "Brig": "brigadier", "Amb": "ambassador", "Atty": "attorney", "Pres": "president",
    "Sec": "secretary", "Hon": "honourable", "Fr": "father", "Gen": "general", "Adm": "admiral", "Sen": "senator",
    "Rep": "representative", "Gov": "governor", "Prof": "professor", "Rev": "reverend", "Dr": "doctor",
    "Mr": None, "Mrs": None, "Ms": None, "Messrs": None,
}  # fmt: skip
# Abbreviations that close a name ("Ivo Brenner Jr."): kept whole by the tokenizer, never a title.
NAME_SUFFIXES = {"Sr": "senior", "Jr": "junior"}
# The marks a nickname is written in ('Robert C. "Bobby" Kern'): double quotes as the tagger cuts them
# into tokens, and single ones too where a name's words are stripped of them.
NICKNAME_QUOTES = '"“”'
NICKNAME_MARKS = NICKNAME_QUOTES + "‘’'"
# Words after a surname that tell a generation, not a family: "<Name> III", "<Name> Jr." is a <Name>.
GENERATION_WORDS = frozenset("jr jr. sr sr. ii iii iv".split())

# Abbreviated titles and role words that are never a party: "FM Spokesperson", "Sen.", "Gov.". ("Sec." is
# left out: "SEC" is as often an agency.)
ROLE_ABBREVIATIONS = frozenset(
    """
    fm pm mp mps ceo cfo coo cto md rear cmdr vp dep dep. st
    """.split()
) | frozenset(form for abbr in ABBREVIATED_TITLES if abbr != "Sec" for form in (abbr.lower(), f"{abbr.lower()}."))

# Titles and ranks written before a name: "Colonel Ivo Kern", "Foreign Minister Ana Lusk", "Sen. Tor Vik".
TITLE_WORDS = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. reverend father
    sen sen. senator rep rep. representative gov gov. governor president vice-president premier chancellor
    minister secretary ambassador colonel col col. general gen gen. lieutenant lt lt. captain capt capt.
    major maj maj. sergeant sgt sgt. admiral adm adm. commander cmdr marshal brigadier corporal private
    judge justice mayor councillor councilor chairman chairwoman chief spokesman spokeswoman spokesperson
    deputy director commissioner inspector superintendent sheriff king queen prince princess sheikh
    mp mep msp mla mk congressman congresswoman assemblyman assemblywoman
    """.split()
)

# Nouns for the press in general ("Norlandic media reported", "local press said"): the press takes no
# nation's side, unless a modifier makes it the state's own voice ("state media", "state-run television").
PRESS_NOUNS = frozenset("media press outlets newspapers papers broadcasters channels".split())
STATE_PRESS_WORDS = frozenset("state state-run state-owned state-controlled government government-run official".split())

# Words that open a compound rank before a title word ("Air Marshal", "Vice Admiral", "Staff Sergeant",
# "Wing Commander", "Group Captain"): part of the title, never an organisation.
RANK_PREFIXES = frozenset("air vice rear flight wing squadron group staff lance master".split())
RANK_TITLES = frozenset(
    "marshal admiral general colonel major sergeant commander commodore captain lieutenant brigadier corporal".split()
)

# Title words in full and lower case, so "the senator" finds "Sen. <Name>" and "the spokeswoman" a
# spokesman. (Not "Dr.": "the doctor" is a profession, not the title of whoever holds a doctorate.)
TITLE_FULL = {abbr.lower(): word for abbr, word in ABBREVIATED_TITLES.items() if word and abbr != "Dr"} | {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "congressman": "representative", "congresswoman": "representative",
    "premier": "prime minister",
}  # fmt: skip


def full_title(word: str) -> str:
    """A title word in full and lower case: "Sen." → "senator", "spokeswoman" → "spokesperson"."""
    low = word.lower().strip(".")
    return TITLE_FULL.get(low, low)


# Words that make a title another office: a vice president is not "the president", nor a deputy "the minister".
# Not before a military rank: a vice admiral is "the admiral", a lieutenant colonel "the colonel".
SUBORDINATE_TITLES = frozenset("vice deputy assistant lieutenant under".split())


def office_title(words: list[str]) -> str:
    """The title a description's last word names, with a word that makes it another office kept:
    ["the", "vice", "president"] → "vice president", ["Sen."] → "senator", ["Vice", "Admiral"] → "admiral"."""
    if not words:
        return ""
    title = full_title(words[-1])
    before = [w.lower() for w in words[:-1] if w != "-"]
    if before and before[-1] in SUBORDINATE_TITLES and title not in RANK_TITLES:
        return f"{before[-1]} {title}"
    return title


# Titles that tell a person's gender: "Mr", "Ms", "Sir", "Queen".
MALE_TITLES = frozenset("mr mr. sir lord father king prince sheikh monsieur herr señor signor".split())
FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss dame lady queen princess madam madame frau señora".split())
# Roles written as a woman's ("a police spokeswoman, <Name>,"): her gender, as a title tells it. Not their
# "-man" forms: news writes "spokesman" and "chairman" of women too.
FEMALE_ROLES = frozenset(
    "spokeswoman chairwoman congresswoman councilwoman assemblywoman businesswoman policewoman anchorwoman".split()
)
# Kin written just before a name tell its gender too: "her son, <Name>", "his wife <Name>".
MALE_KIN = frozenset("son husband brother father grandson grandfather nephew uncle boyfriend widower".split())
FEMALE_KIN = frozenset("daughter wife sister mother granddaughter grandmother niece aunt girlfriend widow".split())
# Nouns that describe a person, in apposition after a name the tagger did not mark ("<Name>, a rabbi,
# said"): everyday occupations and walks of life. Roles (ROLE_NOUNS), kin (MALE_KIN, FEMALE_KIN) and nouns
# ending in PERSON_SUFFIXES ("fisherman", "activist", "librarian") say so already and are not repeated.
PERSON_NOUNS = frozenset(
    """rabbi priest pastor imam cleric bishop monk nun preacher teacher professor lecturer student
    pupil nurse surgeon farmer worker labourer laborer driver pilot sailor shopkeeper
    baker butcher carpenter plumber engineer mechanic miner resident villager neighbour neighbor
    parent veteran retiree pensioner volunteer owner landlord tenant
    voter citizen refugee migrant immigrant prisoner detainee inmate passenger pilgrim victim
    patient mom dad author writer poet singer actor actress filmmaker photographer blogger podcaster
    host presenter athlete player coach entrepreneur banker trader judge priestess chaplain deacon
    graduate teenager man woman boy girl protester demonstrator organiser organizer bystander""".split()
)
PERSON_SUFFIXES = ("man", "woman", "person", "ist", "ian")  # fisherman, chairwoman, activist, librarian

# Nouns naming a document, poll or study that can be the source of a claim ("the letter reads").
DOCUMENT_NOUNS = frozenset(
    """
    poll polls survey surveys study studies report reports letter letters memo memos document documents
    analysis review audit assessment investigation inquiry findings data figures record records
    filing filings complaint lawsuit indictment ruling verdict order decree resolution bill
    petition opinion decision transcript footage video email emails tweet post estimate estimates projection projections
    results statistics
    """.split()
)

# Parts of a publication, which speak for the publication or writer that owns them: "according to <Paper>'s
# Sunday issue", "the <Outlet> piece says", "a story by <Reporter> reports".
PUBLICATION_PARTS = frozenset("issue edition article story piece column editorial episode broadcast bulletin".split())

# Verbs by which a body puts out its own statement or document: "the board released a statement saying ...",
# "issued a letter warning ..." (the board speaks); not "obtained / received / saw a letter saying ...".
ISSUING_VERBS = frozenset("release issue publish send post put write sign file deliver give read".split())

# Modifiers of a role noun that are not parties: "former spokesman", "chief spokesman".
NOT_A_SIDE = frozenset(
    """
    former ex retired outgoing incoming current chief senior top deputy acting new interim local regional
    national international foreign official main head lead leading key prominent well-known veteran military political
    one another a an the his her their its our some other several many first second third
    vice assistant general executive
    """.split()
)

# What attribution never takes as a party: NOT_A_SIDE plus abbreviated titles ("FM", "Sen.").
NOT_A_PARTY = (
    NOT_A_SIDE
    | ROLE_ABBREVIATIONS
    | TITLE_WORDS
    | MALE_TITLES  # "Madam Mayor", "Sir": a form of address, never a party
    | FEMALE_TITLES
    | frozenset("information press media communications rear".split())
)

# Heads of state institutions: "<Country> Defence Ministry", "<Country>n army" speak for the country.
STATE_NOUNS = frozenset(
    """
    ministry government army military police forces navy troops authorities administration cabinet
    parliament junta regime embassy presidency office command guard guards intelligence intel
    coastguard coastguards gendarmerie customs prosecutors
    """.split()
)

# A government portfolio: "Interior minister <Name>", "the Health Ministry" name a brief, not a party.
PORTFOLIO_WORDS = frozenset(
    """
    defence defense foreign interior home health justice finance security education energy agriculture
    transport transportation environment labour labor trade economy commerce culture tourism housing public
    works welfare planning industry water fisheries communications immigration religious affairs social
    """.split()
)

# Words that open an institution's name without naming a party: "Defence Ministry", "Foreign Office".
INSTITUTION_WORDS = PORTFOLIO_WORDS | frozenset(
    """
    state national federal central northern southern eastern western military presidential prime royal
    armed police the
    """.split()
)

# Last words of firms' names that no person's name ends with ("<Name> Apparel", "<Name> Logistics", "<Name>
# Ltd"): a name the tagger took for a person's that ends so is a firm's.
FIRM_WORDS = frozenset(
    """apparel textiles logistics foods motors airlines airways industries holdings pharmaceuticals chemicals
    technologies electronics solutions shipping mining petroleum telecom communications construction
    engineering insurance securities enterprises corporation corp inc ltd llc plc gmbh""".split()
)

# Last words of organisations' names, by which a bare mention refers back to one named before ("the trust
# said" after "the <Name> Water Trust"), and which make a tagged name an organisation's ("<Name> Law School").
ORGANISATION_HEADS = frozenset(
    """
    school university college institute institution center centre foundation house society association
    club church hospital bank fund trust commission board bureau service corporation network league federation
    """.split()
)

# Second halves of "X-run Y", "X-led Y", "X-backed Y": the body speaks for X.
RUN_WORDS = frozenset("run led backed controlled owned operated funded sponsored aligned allied affiliated".split())

# Last words of newspaper and broadcaster names ("the Harbor Times", "the Valley Courier"): such a name is an
# outlet, which reports in its own voice and is no party unless the dispute is with the press.
MASTHEAD_WORDS = frozenset(
    """
    times post news herald journal tribune gazette courier telegraph chronicle observer express mirror
    independent examiner inquirer dispatch bulletin monitor register sentinel standard star sun today
    weekly daily review report press wire broadcasting tv radio network globe guardian enquirer messenger
    """.split()
)

# Nouns naming a news outlet: when one is the speaker, the claim is reported, not a party's.
OUTLET_NOUNS = frozenset(
    "newspaper paper daily weekly agency broadcaster channel magazine outlet website television radio network".split()
)
