"""Word lists for actors, kept as data: honorifics, titles, role nouns, demonyms, metonyms, pronouns.

Everything is lower case; multi-word entries are space-separated token sequences as they
appear after tokenisation ("secretary of state"). Lookups strip a trailing period
("Mr." -> "mr").
"""

from __future__ import annotations

# --- honorifics: before a name, never a role -------------------------------------------
HONORIFICS_MALE = frozenset({"mr", "sir", "lord", "messrs", "monsieur", "herr", "señor", "senor", "viscount"})
HONORIFICS_FEMALE = frozenset(
    {"mrs", "ms", "miss", "madam", "madame", "mme", "dame", "lady", "mlle", "frau", "señora",
     "baroness", "countess", "viscountess"}
)
HONORIFICS_NEUTRAL = frozenset({"dr", "prof", "rev", "mx", "hon", "fr", "st"})
HONORIFICS = HONORIFICS_MALE | HONORIFICS_FEMALE | HONORIFICS_NEUTRAL

# Abbreviated titles before a name: expanded to the role they stand for.
TITLE_ABBREVIATIONS = {
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "cpt": "captain",
    "sgt": "sergeant",
    "cpl": "corporal",
    "pte": "private",
    "pvt": "private",
    "spc": "specialist",
    "l/cpl": "lance corporal",
    "lcpl": "lance corporal",
    "adm": "admiral",
    "cmdr": "commander",
    "cdr": "commander",
    "comdr": "commander",
    "cmdt": "commandant",
    "brig": "brigadier",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "pres": "president",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "amb": "ambassador",
    "vp": "vice president",
    "pm": "prime minister",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "atty": "attorney",
    "gm": "general manager",
    "gov.": "governor",
}

# Short forms of roles used in descriptions ("the VP", "the PM").
ROLE_ALIASES = {
    "vp": "vice president",
    "veep": "vice president",
    "pm": "prime minister",
    "ceo": "chief executive",
    "chief executive officer": "chief executive",
    "secretary-general": "secretary general",
    "ag": "attorney general",
    "potus": "president",
    "advisor": "adviser",
    "national security advisor": "national security adviser",
    "spokesperson": "spokesman",
    "spokeswoman": "spokesman",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "chair": "chairman",
    "congresswoman": "congressman",
    "assemblywoman": "assemblyman",
    "councilwoman": "councilman",
    "actress": "actor",
}

# Multi-word titles (the longest match wins). Single role nouns are in PERSON_NOUNS.
TITLE_PHRASES = frozenset(
    {
        "secretary of state",
        "surgeon general",
        "inspector general",
        "secretary of defense",
        "secretary of the treasury",
        "secretary of homeland security",
        "secretary general",
        "secretary-general",
        "treasury secretary",
        "defense secretary",
        "defence secretary",
        "foreign secretary",
        "home secretary",
        "press secretary",
        "foreign minister",
        "prime minister",
        "deputy prime minister",
        "defense minister",
        "defence minister",
        "finance minister",
        "interior minister",
        "vice president",
        "vice-president",
        "vice chairman",
        "national security adviser",
        "national security advisor",
        "chief of staff",
        "attorney general",
        "special representative",
        "special envoy",
        "head of state",
        "chief executive",
        "chief executive officer",
        "supreme leader",
        # leaders of something other than a state (``KIND_LEADERS``)
        "opposition leader",
        "rebel leader",
        "military leader",
        "party leader",
        "religious leader",
        "spiritual leader",
        "tribal leader",
        "union leader",
        "protest leader",
        "community leader",
        "first lady",
        "crown prince",
        "district attorney",
        "police chief",
        "police commissioner",
        "fire chief",
        "head coach",
        "senior fellow",
        "non-resident fellow",
        "chief justice",
        "supreme court justice",
        "white house press secretary",
        "cia director",
        "cia chief",
        "fbi director",
        "state department spokeswoman",
        "state department spokesman",
        "u.n. ambassador",
        "un ambassador",
        # the other cabinet posts, written both ways ("Secretary of the Interior Ken Salazar",
        # "Interior Secretary Ken Salazar")
        "secretary of the interior",
        "interior secretary",
        "secretary of commerce",
        "commerce secretary",
        "secretary of energy",
        "energy secretary",
        "secretary of labor",
        "labor secretary",
        "secretary of agriculture",
        "agriculture secretary",
        "secretary of transportation",
        "transportation secretary",
        "secretary of education",
        "education secretary",
        "secretary of health and human services",
        "health secretary",
        "homeland security secretary",
        "secretary of veterans affairs",
        "secretary of housing and urban development",
        "secretary of the navy",
        "secretary of the army",
        "secretary of the air force",
        "chancellor of the exchequer",
        "energy minister",
        "health minister",
        "justice minister",
        "trade minister",
        "economy minister",
        "home minister",
    }
)

# Offices addressed by an honorific and the title alone ("Mr President", "Madam Speaker",
# "Mr Chairman"): the holder of the office, never a name. Titles that are also surnames
# ("Mr Major", "Mr Marshal") are left out.
ADDRESS_TITLES = frozenset(
    {
        "president",
        "vice president",
        "prime minister",
        "deputy prime minister",
        "chairman",
        "chairwoman",
        "speaker",
        "secretary",
        "secretary-general",
        "secretary general",
        "ambassador",
        "minister",
        "mayor",
        "governor",
        "senator",
        "chancellor",
        "commissioner",
        "attorney general",
        "chief justice",
    }
)

# "One opposition leader" is not the country's leader named in the same report: a
# description with one of these titles is held only by someone with that title.
KIND_LEADERS = frozenset(
    f"{w} leader" for w in "opposition rebel military party religious spiritual tribal union protest community".split()
)

# Titles before a given or regnal name, never a surname ("Prince Charles", "King Abdullah",
# "Sheikh Nasser", "Pope Benedict").
ROYAL_TITLES = frozenset(
    "prince princess king queen emperor empress duke duchess sultan emir sheikh sheikha pope".split()
) | {"crown prince"}

# Titles that can stand before a name with no determiner ("President Trump", "defector Kang").
PRENOMINAL_TITLES = frozenset(
    {
        "president",
        "vice president",
        "leader",
        "dictator",
        "chairman",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "empress",
        "pope",
        "senator",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "councilman",
        "councilwoman",
        "governor",
        "mayor",
        "ambassador",
        "envoy",
        "minister",
        "secretary",
        "director",
        "chief",
        "general",
        "colonel",
        "admiral",
        "captain",
        "lieutenant",
        "sergeant",
        "corporal",
        "lance corporal",
        "private",
        "major",
        "commander",
        "judge",
        "justice",
        "sheriff",
        "detective",
        "inspector",
        "officer",
        "constable",
        "coach",
        "manager",
        "defector",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "representative",
        "rep",
        "chancellor",
        "speaker",
        "bishop",
        "cardinal",
        "archbishop",
        "father",
        "sister",
        "brother",
        "actor",
        "actress",
        "singer",
        "rapper",
        "star",
        "lawyer",
        "attorney",
        "professor",
        "doctor",
        "analyst",
        "author",
        "founder",
        "chief executive",
        "ceo",
        "superintendent",
        "commissioner",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "quarterback",
        "guard",
        "forward",
        "pitcher",
        "skipper",
        "fellow",
        "dissident",
        "activist",
        "journalist",
        "reporter",
        "correspondent",
        "columnist",
        "editor",
        "designer",
        "producer",
        "filmmaker",
        "musician",
        "comedian",
        "model",
        "host",
        "presenter",
        "anchor",
        "chef",
        "pilot",
        "astronaut",
        "scientist",
        "economist",
        "historian",
        "candidate",
        "nominee",
        "strongman",
        "warlord",
        "agent",
        "deputy",
        "trooper",
        "sen",
        "gov",
    }
)

# Modifiers in a title that do not change who holds it ("Newly-installed Secretary of State").
TITLE_SKIP_MODIFIERS = frozenset(
    {
        "newly",
        "newly-installed",
        "installed",
        "newly-appointed",
        "appointed",
        "new",
        "current",
        "incumbent",
        "acting",
        "outgoing",
        "incoming",
        "then",
        "then-",
        "former",
        "ex",
        "ex-",
        "late",
        "retired",
        "nominal",
        "de",
        "facto",
        "top",
        "senior",
        "veteran",
        "longtime",
        "embattled",
    }
)
PAST_MARKERS = frozenset({"former", "ex", "ex-", "then", "late", "retired", "erstwhile", "onetime"})

# A person's relatives: one named in apposition to such a word ("his father, Thomas Dodd")
# is not whom the shared surname alone stands for.
KIN_NOUNS = frozenset(
    """father mother son daughter brother sister husband wife uncle aunt nephew niece cousin
    grandfather grandmother grandson granddaughter stepfather stepmother stepson stepdaughter
    father-in-law mother-in-law son-in-law daughter-in-law brother-in-law sister-in-law widow
    widower dad mom mum""".split()
)

# --- person nouns: heads of descriptions that refer to people ---------------------------
PERSON_NOUNS = frozenset(
    """
    man woman men women boy girl boys girls child children kid kids baby babies teen teenager
    teenagers youth youngster person people individual individuals adult adults
    father mother son daughter brother sister husband wife wives parent parents uncle aunt
    nephew niece cousin grandfather grandmother grandson granddaughter grandparent grandparents
    fiance fiancee fiancé fiancée boyfriend girlfriend partner spouse widow widower family
    relative relatives sibling siblings twin twins dad mom mum mother-in-law father-in-law
    friend friends neighbor neighbour neighbors neighbours colleague colleagues
    president vice-president leader leaders dictator chairman chairwoman premier king queen
    prince princess emperor empress monarch pope senator senators congressman congresswoman
    assemblyman assemblywoman councilman councilwoman
    lawmaker lawmakers legislator legislators politician politicians governor mayor ambassador
    envoy diplomat diplomats minister ministers secretary director chief head boss official
    officials officer officers spokesman spokeswoman spokesperson spokespeople representative
    representatives rep mp mps mep meps adviser advisor advisers advisors aide aides staffer staffers
    commander general colonel admiral captain lieutenant sergeant major soldier soldiers
    troops trooper troopers marine marines sailor sailors pilot pilots crew crewman crewmen
    judge judges justice jury juror jurors prosecutor prosecutors lawyer lawyers attorney
    attorneys counsel defendant defendants plaintiff suspect suspects accused culprit
    criminal criminals convict inmate inmates prisoner prisoners detainee detainees hostage
    hostages captive captives victim victims survivor survivors witness witnesses
    killer killers murderer gunman gunmen shooter attacker attackers assailant robber robbers
    thief thieves burglar burglars bandit bandits pirate pirates hijacker hijackers bomber
    bombers terrorist terrorists militant militants rebel rebels insurgent insurgents
    fighter fighters gang gangster gangsters kidnapper kidnappers hacker hackers
    police policeman policemen policewoman cop cops detective detectives sheriff deputy
    deputies investigator investigators agent agents guard guards constable inspector
    firefighter firefighters fireman firemen paramedic paramedics rescuer rescuers doctor doctors physician
    surgeon nurse nurses patient patients dentist pharmacist therapist psychiatrist
    medic medics coroner
    actor actors actress actresses singer singers star stars celebrity celebrities musician
    musicians rapper band artist artists performer performers comedian host hosts presenter
    dancer dancers model models director producer filmmaker writer author novelist poet
    journalist journalists reporter reporters correspondent editor columnist photographer
    photographers publicist publicists manager managers agent owner owners founder
    co-founder ceo executive executives employee employees worker workers staff chairman
    entrepreneur businessman businesswoman banker bankers investor investors trader traders
    analyst analysts expert experts researcher researchers scientist scientists professor
    teacher teachers student students pupil pupils scholar economist historian engineer
    engineers technician technicians mechanic mechanics programmer developer developers
    designer designers consultant consultants contractor contractors
    player players coach coaches athlete athletes champion champions striker midfielder
    defender goalkeeper quarterback pitcher batter skier skater climber climbers mountaineer
    mountaineers runner runners driver drivers rider riders cyclist boxer wrestler
    golfer swimmer tennis teammate teammates captain referee umpire fan fans supporter
    supporters spectator spectators
    resident residents citizen citizens villager villagers local locals native natives
    immigrant immigrants migrant migrants refugee refugees defector defectors activist
    activists protester protesters protestor protestors demonstrator demonstrators dissident
    dissidents critic critics opponent opponents rival rivals ally allies member members
    voter voters candidate candidates nominee nominees delegate delegates
    customer customers client clients user users consumer consumers buyer buyers seller
    shopper shoppers passenger passengers traveler travelers traveller tourist tourists
    visitor visitors guest guests tenant tenants homeowner landlord occupant occupants
    owner heir heiress bride groom
    priest priests bishop cardinal archbishop pastor imam rabbi monk nun cleric clergy
    maid maids nanny servant butler chauffeur
    source sources insider insiders observer observers commentator commentators pundit
    negotiator negotiators mediator envoy emissary
    teen-ager youngster toddler infant newborn veteran veterans retiree pensioner
    skipper fisherman fishermen farmer farmers miner miners
    gunmen sniper snipers hitman assassin
    fugitive escapee mourners mourner relatives
    heavyweight lightweight middleweight contender challenger titleholder winner winners
    loser nominee recipient laureate
    newcomer successor predecessor incumbent figure figures body bodies brigand brigands
    corpse corpses
    arsonist arsonists offender offenders youths rioter rioters anarchist anarchists operator
    operators scorer co-worker coworker foe foes starlet molester fugitives salesman mafioso
    mafia miscreant miscreants environmentalist environmentalists parishioner parishioners
    colonist colonists moviegoer moviegoers rookie magistrate hostess waiter waitress
    receptionist accountant motorist emcee bagman second-in-command ex-girlfriend
    ex-boyfriend ex-wife ex-husband girlfriend mobster mobsters godfather don capo
    smuggler smugglers trafficker traffickers dealer dealers addict addicts alcoholic
    gunmen raider raiders looter looters vandal vandals mugger muggers intruder intruders
    perpetrator perpetrators accomplice accomplices ringleader henchman henchmen
    student-athlete freshman sophomore junior senior guard forward center linebacker
    receiver tackle kicker punter cornerback runningback running-back
    lineman goalie keeper batsman bowler jockey trainer owner
    entertainer singer-songwriter songwriter bassist guitarist drummer vocalist frontman
    crooner diva heartthrob hunk
    administrator commissioner chancellor inspector-general surgeon-general
    doctors nurses staffers spokesmen spokeswomen
    """.split()
)

# Role nouns only a person holds (not "owner", "operator", "investor", "member", "producer",
# "adviser", "manager", which firms and bodies are too): an appositive of one of these makes a
# name a person's though the tagger called it an organisation ("Fadel Gheit, an oil analyst at
# Oppenheimer").
HUMAN_ROLE_NOUNS = frozenset(
    """analyst economist strategist spokesman spokeswoman spokesperson professor lecturer lawyer
    attorney scientist researcher engineer reporter correspondent columnist editor writer author
    journalist activist lobbyist senator congressman congresswoman assemblyman assemblywoman councilman
    councilwoman governor mayor ambassador
    diplomat minister secretary aide official officer executive ceo chairman chairwoman president
    vice-president director founder co-founder doctor physician surgeon nurse teacher student
    historian commentator pundit actor actress singer musician artist man woman boy girl husband
    wife father mother son daughter brother sister widow grandmother grandfather""".split()
)


def person_role_word(word: str, tag: str) -> bool:
    """``word`` is a role only a person holds, written as a common noun in small letters
    ("lawyer" of "Washington lawyer Stan Brand", "analyst" of "Gheit, an oil analyst")."""
    return tag == "NN" and word.islower() and word in HUMAN_ROLE_NOUNS

# Nouns for groups and organisations ("the company", "the team", "authorities").
ORG_NOUNS = frozenset(
    """
    company companies firm firms corporation group groups organisation organization
    organisations organizations agency agencies authority authorities government governments
    administration regime ministry department office bureau council committee commission
    board panel court tribunal parliament congress senate assembly legislature cabinet
    party parties union unions federation league association alliance coalition club clubs
    team teams squad side army military navy air force forces force troops militia police
    service services network channel newspaper paper magazine station studio label
    bank banks school university college hospital church charity foundation institute
    embassy consulate delegation mission campaign movement opposition rebels
    family band crew staff management media press outlet outlets publisher retailer
    manufacturer maker makers producer airline carrier operator provider startup
    giant franchise business conglomerate chain pac pacs
    """.split()
)

# Nouns for places and facilities ("the hospital", "the scene", "the area").
# Religious and ethnic communities: groups the NER sometimes calls a person or a place
# ("Alawite", "the Alawites"); never a named actor, as a nationality is not.
COMMUNITIES = frozenset(
    """
    alawite alawites sunni sunnis shia shias shiite shiites shi'ite shi'ites kurd kurds druze
    christian christians muslim muslims jew jews catholic catholics protestant protestants hindu
    hindus sikh sikhs buddhist buddhists copt copts maronite maronites yazidi yazidis salafist
    salafists salafi salafis islamist islamists jihadist jihadists evangelical evangelicals
    latino latinos latina latinas latinx hispanic hispanics
    """.split()
)

# Nouns a place name modifies as the kind of place it is ("the Baba Amr district"): a name
# so used is a place, whatever the NER called it.
SETTLEMENT_NOUNS = frozenset(
    "district districts neighborhood neighbourhood suburb quarter province region town village city area".split()
)
PLACE_NOUNS = frozenset(
    """
    place places area areas region regions city cities town towns village villages country
    countries nation nations state states province provinces county district neighborhood
    neighbourhood suburb community capital island islands coast shore sea ocean gulf bay
    river lake mountain mountains peak valley desert border borders territory
    continent world peninsula
    building buildings house home homes apartment flat residence mansion hotel hotels motel
    store stores shop shops mall market restaurant bar club nightclub cafe office offices
    headquarters factory plant facility facilities center centre clinic hospital rehab
    prison jail cell court courthouse courtroom school campus university church mosque
    temple cathedral stadium arena field pitch track course venue theater theatre cinema
    museum gallery library station airport port harbor harbour dock pier 
    base camp compound site scene spot location road roads street streets highway avenue
    bridge tunnel park garden beach parking lot garage room rooms hall lobby floor
    embassy consulate palace castle farm ranch estate property land
    """.split()
)

# Nouns too general to be a mention head on their own.
NON_MENTION_HEADS = frozenset(
    """
    way time times thing things lot lots kind sort part parts number numbers one ones year
    years day days week weeks month months hour hours minute minutes end side fact case cases
    reason reasons point points issue issues matter matters deal deals plan plans report
    reports statement statements news story stories word words question questions
    """.split()
)

# --- gender ---------------------------------------------------------------------------
MALE_NOUNS = frozenset(
    """
    man men boy boys father son brother husband uncle nephew grandfather grandson boyfriend
    widower dad king prince emperor monk priest policeman businessman congressman assemblyman councilman chairman
    spokesman actor gentleman lord sir fiance fiancé groom chap guy fisherman sportsman
    """.split()
)
FEMALE_NOUNS = frozenset(
    """
    woman women girl girls mother daughter sister wife aunt niece grandmother granddaughter
    girlfriend widow mom mum queen princess empress nun policewoman businesswoman
    congresswoman assemblywoman councilwoman chairwoman spokeswoman actress lady madam fiancee fiancée
    bride heiress
    waitress hostess maid
    """.split()
)
# A small hand list of frequent given names and their usual short forms, by gender. It
# overrides the larger packaged list (names.given_name_gender), which marks names such as
# "ryan", "jordan" or "karen" as used for both sexes; elsewhere it also tells a given name
# at the start of a name span. Only generic frequent names belong here, no one person's.
MALE_GIVEN = frozenset(
    """
    donald mike michael george bill john james robert david richard joseph thomas
    charles christopher daniel matthew anthony mark paul steven steve andrew kenneth joshua
    kevin brian ronald timothy jason jeffrey ryan jacob gary nicholas nick eric jonathan
    stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander
    patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle
    walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin
    arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan
    alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
    tony jim tim tom ben sam dan dave chris matt rob bob ted ed al vince colin dick chuck
    mohammed muhammad mohamed mohammad ali hussein bashar saeed nabil karim hosni moammar
    muammar recep hamza mustafa rafik nasser fayez anwar bassam fawaz majid imad hamad faisal
    mahmud haider haidar jalal moqtada
    blair
    """.split()  # news names of the Arab and Muslim world the packaged lists lack or misread
    # ("Saeed" as a woman's); "blair" is in both lists, so of no known gender
)
FEMALE_GIVEN = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
    janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
    ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla
    blair
    """.split()
)

PRONOUNS = {
    # pronoun: (person, number, gender) -- gender "m", "f", "n" (neuter) or "" (any)
    "he": (3, "sg", "m"),
    "him": (3, "sg", "m"),
    "his": (3, "sg", "m"),
    "himself": (3, "sg", "m"),
    "she": (3, "sg", "f"),
    "her": (3, "sg", "f"),
    "hers": (3, "sg", "f"),
    "herself": (3, "sg", "f"),
    "they": (3, "pl", ""),
    "them": (3, "pl", ""),
    "their": (3, "pl", ""),
    "theirs": (3, "pl", ""),
    "themselves": (3, "pl", ""),
    "it": (3, "sg", "n"),
    "its": (3, "sg", "n"),
    "itself": (3, "sg", "n"),
}
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "where"})

# --- countries: aliases, demonyms, capitals and seats of government ----------------------
COUNTRY_ALIASES = {
    "united states": "United States",
    "united states of america": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "us": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "america": "United States",
    "the states": "United States",
    "north korea": "North Korea",
    "dprk": "North Korea",
    "d.p.r.k.": "North Korea",
    "democratic people's republic of korea": "North Korea",
    "n. korea": "North Korea",
    "south korea": "South Korea",
    "republic of korea": "South Korea",
    "rok": "South Korea",
    "s. korea": "South Korea",
    "united kingdom": "United Kingdom",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "russia": "Russia",
    "russian federation": "Russia",
    "china": "China",
    "people's republic of china": "China",
    "prc": "China",
    "mainland china": "China",
    "iran": "Iran",
    "islamic republic of iran": "Iran",
    "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates",
    "the netherlands": "Netherlands",
    "holland": "Netherlands",
    "burma": "Myanmar",
    "ivory coast": "Côte d'Ivoire",
}
DEMONYMS = {
    "american": "United States",
    "americans": "United States",
    "north korean": "North Korea",
    "north koreans": "North Korea",
    "south korean": "South Korea",
    "south koreans": "South Korea",
    "korean": "Korea",
    "chinese": "China",
    "japanese": "Japan",
    "russian": "Russia",
    "russians": "Russia",
    "iranian": "Iran",
    "iranians": "Iran",
    "british": "United Kingdom",
    "briton": "United Kingdom",
    "britons": "United Kingdom",
    "english": "England",
    "french": "France",
    "german": "Germany",
    "germans": "Germany",
    "italian": "Italy",
    "spanish": "Spain",
    "indian": "India",
    "indians": "India",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "iraqi": "Iraq",
    "syrian": "Syria",
    "israeli": "Israel",
    "israelis": "Israel",
    "palestinian": "Palestine",
    "palestinians": "Palestine",
    "saudi": "Saudi Arabia",
    "egyptian": "Egypt",
    "turkish": "Turkey",
    "greek": "Greece",
    "dutch": "Netherlands",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "danish": "Denmark",
    "finnish": "Finland",
    "polish": "Poland",
    "ukrainian": "Ukraine",
    "canadian": "Canada",
    "canadians": "Canada",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "australian": "Australia",
    "australians": "Australia",
    "somali": "Somalia",
    "somalis": "Somalia",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "libyan": "Libya",
    "cuban": "Cuba",
    "venezuelan": "Venezuela",
    "vietnamese": "Vietnam",
    "thai": "Thailand",
    "filipino": "Philippines",
    "indonesian": "Indonesia",
    "malaysian": "Malaysia",
    "irish": "Ireland",
    "scottish": "Scotland",
    "welsh": "Wales",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "belgian": "Belgium",
    "portuguese": "Portugal",
    "chilean": "Chile",
    "colombian": "Colombia",
    "peruvian": "Peru",
    "lebanese": "Lebanon",
    "jordanian": "Jordan",
    "yemeni": "Yemen",
    "sudanese": "Sudan",
    "ethiopian": "Ethiopia",
    "south african": "South Africa",
    "new zealander": "New Zealand",
    "taiwanese": "Taiwan",
    "haitian": "Haiti",
    "dominican": "Dominican Republic",
    "jamaican": "Jamaica",
    "tunisian": "Tunisia",
    "algerian": "Algeria",
    "moroccan": "Morocco",
    "bahraini": "Bahrain",
    "kuwaiti": "Kuwait",
    "qatari": "Qatar",
    "emirati": "United Arab Emirates",
    "omani": "Oman",
    "turk": "Turkey",
    "kenyans": "Kenya",
    "zimbabwean": "Zimbabwe",
    "ivorian": "Côte d'Ivoire",
    "bangladeshi": "Bangladesh",
    "sri lankan": "Sri Lanka",
    "nepalese": "Nepal",
    "burmese": "Myanmar",
    "cambodian": "Cambodia",
    "mongolian": "Mongolia",
    "uzbek": "Uzbekistan",
    "kazakh": "Kazakhstan",
    "armenian": "Armenia",
    "azerbaijani": "Azerbaijan",
    "belarusian": "Belarus",
    "serbian": "Serbia",
    "croatian": "Croatia",
    "bosnian": "Bosnia and Herzegovina",
    "albanian": "Albania",
    "romanian": "Romania",
    "bulgarian": "Bulgaria",
    "hungarian": "Hungary",
    "czech": "Czech Republic",
    "slovak": "Slovakia",
    "icelandic": "Iceland",
}
# the people of a country in the plural ("Haitians", "Syrians", "Iraqis", "Turks")
for _k, _v in list(DEMONYMS.items()):
    if _k.endswith(("an", "i", "k")) and not _k.endswith("ish"):
        DEMONYMS.setdefault(_k + "s", _v)
# Executives named after the house they sit in: an organisation (whatever the tagger's place
# label), and no house or home a story describes.
SEAT_NAMES = frozenset({"white house", "blue house", "government house", "state house"})
# The only descriptions that may stand for one of them.
SEAT_DESCRIPTIONS = frozenset({"administration", "government", "executive", "office", "presidency"})
# Capitals and seats of government standing for a country (metonyms).
METONYMS = {
    "pyongyang": "North Korea",
    "washington": "United States",
    "seoul": "South Korea",
    "beijing": "China",
    "moscow": "Russia",
    "kremlin": "Russia",
    "the kremlin": "Russia",
    "tokyo": "Japan",
    "tehran": "Iran",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "damascus": "Syria",
    "baghdad": "Iraq",
    "kabul": "Afghanistan",
    "islamabad": "Pakistan",
    "new delhi": "India",
    "delhi": "India",
    "jerusalem": "Israel",
    "ankara": "Turkey",
    "kiev": "Ukraine",
    "kyiv": "Ukraine",
    "havana": "Cuba",
    "caracas": "Venezuela",
    "ottawa": "Canada",
    "canberra": "Australia",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "tripoli": "Libya",
}
# Metonyms that count only where the capital stands for the state (not "in Washington").
# A government metonym followed by a location preposition is kept as a place.
# Generic references to a state: resolved to the most salient country of the article.
STATE_DESCRIPTIONS = frozenset({"regime", "government", "administration", "state", "country", "nation"})
# Countries with a federal government: "the federal government" is one of them, never
# Britain or France named beside it.
FEDERATIONS = frozenset({
    "United States", "Canada", "Mexico", "Brazil", "Argentina", "Venezuela", "Germany", "Austria", "Switzerland",
    "Belgium", "Russia", "India", "Pakistan", "Nepal", "Malaysia", "Australia", "Nigeria", "Ethiopia", "Somalia",
    "Sudan", "Iraq", "United Arab Emirates", "Bosnia and Herzegovina",
})
# "the North" / "the South": resolved to a country of the article whose name starts so.
COMPASS_STATES = frozenset({"north", "south", "east", "west"})
# A "market" is a place only where the text shows one: a market of stalls ("the fish market",
# "a crowded market") or one located somewhere ("a market in Aleppo"); else it is the trade
# in something ("the housing market", "turmoil in the markets", "market penalties").
MARKET_PLACE_WORDS = frozenset(
    "fish food vegetable vegetables fruit meat street central crowded busy outdoor open-air night local flea "
    "village town city main covered wholesale livestock bird animal spice christmas farmers farmer "
    "weekly sunday friday souk bazaar".split()
)
MARKET_PLACE_PREPS = frozenset("in at near outside inside".split())

# Words that end the names of firms ("Anadarko Petroleum", "Exxon Mobil Corporation"): such a
# name is an organisation's, and the word alone is nobody's surname.
COMPANY_WORDS = frozenset(
    """petroleum oil energy resources holdings industries corporation airlines airways motors
    pharmaceuticals technologies bancorp""".split()
)

# Prepositions of place and direction that open a sentence before a name ("Outside Carrier's
# plant ..."), and with those of time and manner, every preposition the tagger runs into a
# name that opens a sentence ("Via Skype, ...", "Behind Allen's caution ..."). Word lists: the
# tagger's own "IN" also falls on names ("Barack Obama to Name ...").
PLACE_PREPOSITIONS = frozenset("outside inside near at in across behind beyond within throughout under from with for on "
                               "by among between against toward towards into onto upon beside during through".split())
OPENING_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset(
    "via without after before despite unlike amid since following".split()
)
# Words that open the name of a place, never a person's ("Cape Florida", "Mount Vernon", "Camp
# David").
PLACE_OPENERS = frozenset("cape mount mt lake fort ft port isle point camp".split())
# ... and the words that close a place's name ("Xinhua Square", "Tahrir Square"), which the
# tagger may call a person's
PLACE_CLOSERS = frozenset("square plaza avenue boulevard bridge airport".split())

# Weather systems are named like people ("Tropical Storm Alex", "Hurricane Katrina"): the
# words that open such a name, and those of them that say it is a storm.
WEATHER_KINDS = frozenset("storm hurricane typhoon cyclone depression".split())
WEATHER_WORDS = WEATHER_KINDS | frozenset("tropical super superstorm severe".split())

# The last words of a body named after the person who leads it ("the Obama administration",
# "the Bush campaign", "the Clinton Foundation"): the leader's name alone is the person.
PERSON_LED_ORGS = frozenset("administration government campaign team cabinet camp regime presidency foundation".split())

# A role that is only a gender or age noun says nothing of an office, so its holder is
# whoever was called that already, never one named further on.
GENERIC_PERSON_KEYS = frozenset("man woman boy girl person child kid teenager teen youth youngster baby".split())

# A headline's speech verb in capitals, which no name holds (not "Said", a name of its own,
# nor "Claims" of "the Gulf Coast Claims Facility").
HEADLINE_SPEECH_VERBS = frozenset("Says Tells Warns Urges Vows Admits Denies Insists".split())
# ... and the other verbs of a headline written in capitals, before or after a name ("Obama
# Outlines His Plans", "EU President Criticizes Obama's Policies"); none is a name's word
# (not "Banks", "Rules", "Heads", "Names" or "Promises", a clinic's)
HEADLINE_VERBS = HEADLINE_SPEECH_VERBS | frozenset(
    """Outlines Criticizes Criticises Unveils Defends Slams Blasts Backs Rejects Seeks Signs Taps
    Touts Pledges Announces Proposes Blames Praises Accuses Threatens Predicts Signals
    Vetoes Approves Endorses Nominates Appoints Resigns Quits Concedes Acknowledges Pushes
    Dismisses Defies Rebukes Scolds Lambasts Hails""".split()
)

# Words that are never person names even when tagged PERSON.
NOT_NAMES = frozenset(
    {"god", "allah", "jesus", "lord", "twitter", "facebook", "instagram", "youtube", "tweet", "skype", "whatsapp", "via",
     # a function word the NER took for a name in a headline or at a line's start
     "this", "that", "these", "those", "there", "here", "it", "they", "we",
     "am", "pm",  # a clock's "10:00 AM"
     "watch",  # a video link before a name: "Watch Kholood ..."
     "quote"}  # a pull quote's "Start Quote" / "End Quote" as a web page spells them out
)

# Name particles that stay with the surname ("van Gogh", "de la Cruz").
NAME_PARTICLES = frozenset(
    {"van", "von", "de", "del", "della", "der", "den", "da", "di", "du", "la", "le", "lo", "dos", "das", "bin", "ibn", "al", "el", "ben", "st", "st."}
)
# Lower-case words that join the parts of one name ("Bank of America", "Texas A and M").
NAME_JOINERS = NAME_PARTICLES | frozenset("of and the on at for upon in to by from with y e".split())
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "jnr", "snr"})

# Surnames that come first in the name (East Asian order).
SURNAME_FIRST = frozenset(
    """
    kim lee park pak choe choi jong jung chung kang ji moon ri rhee yoon yun jang chang han
    shin cho jo hwang ahn oh seo kwon song hong ryu yoo im lim nam ban
    xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
    zheng liang xie tang deng feng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding shen ren yao lu zhong tan jia fan fu
    abe kishida suga koizumi hatoyama
    nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly
    """.split()
)

_COUNTRY_NAMES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|
Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|
Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Djibouti|Dominica|
Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|England|Equatorial Guinea|Eritrea|
Estonia|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|
Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Korea|Kosovo|Kuwait|Kyrgyzstan|
Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|
Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|
Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|
Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|
Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|
Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|
South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|
Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|
Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vatican|
Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe
"""
COUNTRIES = {
    n.strip().lower(): n.strip() for n in _COUNTRY_NAMES.replace("\n", "").split("|") if n.strip()
}
COUNTRIES.update({k: v for k, v in COUNTRY_ALIASES.items()})

CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thurs fri sat sun today yesterday tomorrow""".split()
)

# Head nouns that name the same kind of referent ("cops" are "police").
HEAD_SYNONYMS = {
    "cop": "police",
    "cops": "police",
    "policeman": "police",
    "policemen": "police",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "teen": "teenager",
    "teen-ager": "teenager",
    "lawyer": "attorney",
    "mum": "mother",
    "mom": "mother",
    "dad": "father",
    "rehabilitation": "rehab",
}
# Relational person nouns: "her mother" is someone else, never the woman herself.
RELATIONAL_NOUNS = frozenset(
    """father mother son daughter brother sister husband wife uncle aunt nephew niece cousin
    grandfather grandmother grandson granddaughter boyfriend girlfriend fiance fiancee widow
    widower dad mom mum""".split()
)

# Vehicles are participants too (ships, cars): the ECB+ "vehicle" participants.
VEHICLE_NOUNS = frozenset(
    """ship ships warship warships vessel vessels boat boats tanker tankers frigate destroyer
    submarine yacht ferry car cars truck trucks van vans bus buses train trains plane planes
    aircraft jet jets helicopter helicopters suv vehicle vehicles motorcycle taxi cab
    ambulance freighter freighters cruiser cruisers skimmer skimmers trawler trawlers barge
    barges rig rigs drillship""".split()
)
NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12",
}
# Pronoun-like quantities heading a noun phrase ("two of them", "others", "those").
QUANTITY_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve dozen dozens others
    those both several many some""".split()
)

# "The company" is a business: never an organisation whose name says it is a public body.
BUSINESS_NOUNS = frozenset(
    "company firm corporation corp business conglomerate giant maker manufacturer retailer startup chain carrier".split()
)
# Nouns of a firm that stand right before its name as a title does before a person's ("Dutch
# bank ABN Amro", "insurer AIG").
FIRM_BEFORE_NAME = BUSINESS_NOUNS | frozenset(
    "bank banks insurer lender broker brokerage fund automaker carmaker airline".split()
)
PUBLIC_BODY_WORDS = frozenset(
    """house department ministry agency administration congress senate parliament assembly committee
    commission council guard army navy police court government office service bureau authority
    university college school hospital party cabinet""".split()
)
# What a named body is, written after its name: "(the) Reuters news agency", "the Press
# Democrat newspaper", "the Marfin bank" (a league or a brand before "team" or "franchise" is
# not the body, so those kinds are not here).
KIND_AFTER_NAME_NOUNS = frozenset(
    """agency newspaper paper magazine channel network broadcaster station outlet publisher daily
    tabloid website bank airline""".split()
)
# Nouns after a body's name that say what kind of body it is, "the Islamic State terrorist
# group", "the Black Lives Matter movement": the named body (a person's name before them, "the
# Clinton organization", is not the body).
GROUP_AFTER_NAME_NOUNS = frozenset("group organization organisation movement militia faction".split())
# Words that make such a noun the press ("the state news agency", "the official newspaper"):
# a source the story quotes, not the organisation the article is mostly about.
PRESS_MODIFIERS = frozenset("news state official wire".split())
# Organisation nouns that, with "the", stand for the organisation the article is about.
COMPANY_NOUNS = frozenset(
    """company firm corporation corp group agency organisation organization team club network
    channel newspaper paper magazine bank airline carrier manufacturer maker retailer startup
    giant outlet publisher label studio squad side franchise business conglomerate chain
    charity foundation institute university college school hospital""".split()
)

# Agent nouns by their ending ("wholesaler", "arsonist", "detainee"), with the common
# nouns that share the ending but name no one.
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ee", "ant", "eer")
NOT_AGENTS = frozenset(
    """number water power order letter paper computer center matter corner quarter
    summer winter border member chapter character cancer finger shoulder weather
    charter theater theatre daughter answer minister chamber filter folder shelter
    trigger poster sticker cluster monster disaster register banner dinner cover error
    mirror terror horror honor honour favor favour labor labour factor sector motor
    anchor vendor tractor mayor elevator indicator calculator monitor reactor
    interior exterior tremor rumor rumour humor humour vapor liquor manor razor scissor
    committee coffee fee guarantee jubilee degree decree refugee
    percent cent tenant giant plant grant warrant restaurant instant constant servant
    elephant infant variant pageant peasant quadrant assistant consultant
    christian guardian median civilian
    list twist wrist mist fist
    preventer container dispenser transformer generator compressor sensor detector
    scanner printer trailer steamer counter meter barrier
    layer boiler cylinder adapter converter heater shutter marker ladder rubber leather timber
    powder burner cooler freezer tower shower processor ventilator radiator escalator simulator
    accelerator excavator incinerator corridor meteor booster launcher thruster propeller
    sprinkler breaker refrigerator
    career server behavior behaviour danger gender transgender merger murder reminder prayer
    manner flower filibuster waiver newsletter encounter ouster helicopter takeover makeover
    chatter fervor fervour silver teleprompter gutter frontier demeanor demeanour swagger
    lavender temper penchant mailer bluster coffer whisper endeavor endeavour conditioner soccer
    disorder thriller firepower manpower fodder epicenter epicentre spoiler blacklist slaughter
    laughter chandelier misdemeanor surrender transfer specter spectre moniker metaphor
    bulldozer butter remnant pepper headquarter parameter perimeter bellwether hunger crossover
    spillover maneuver manoeuvre airliner hamburger dishwasher wonder tinder rancor rancour
    locker marquee oyster candor candour dossier blockbuster copper retainer ledger remainder
    parlor parlour voiceover voucher caliber calibre
    dispersant dispersants pollutant pollutants contaminant contaminants coolant lubricant sealant
    surfactant surfactants disinfectant propellant oxidant antioxidant fertilizer fertilizers
    gusher gushers insurer insurers reinsurer reinsurers lender lenders refiner refiners
    """.split()
) - {"tenant", "servant", "infant", "assistant", "consultant", "civilian", "guardian", "peasant"}

# Person nouns that never serve as a title before a name.
NOT_TITLES = frozenset("people person persons man men woman women individual individuals folks others member members".split())

# Heads that, within one story, name the same party of the event: "the gunman", "the
# shooter" and "the suspect" of a shooting are one person; "thieves" and "robbers" one gang;
# "protesters" and "rioters" one crowd; "customers" and "users" of a service one clientele;
# "the house" and "the home" of a story one dwelling.
# Used only to group unnamed descriptions of a story (their own words stay as written).
_HEAD_CLASS_LISTS = {
    "perpetrator": "suspect gunman shooter attacker assailant killer murderer sniper bomber culprit perpetrator hacker",
    "robber": "thief robber burglar crook raider bandit looter ram-raider mugger",
    "police": "police cop policeman officer trooper",
    "crowd": "protester protestor demonstrator rioter",
    "customer": "customer user subscriber",
    "home": "home house apartment residence",
    "prison": "prison jail penitentiary",
    "hotel": "hotel motel",
}
HEAD_CLASSES = {w: cls for cls, ws in _HEAD_CLASS_LISTS.items() for w in ws.split()}

# Broader classes of person and place nouns, for the learned merge step only (a shared
# class is one weak signal among others there, never a link by itself): words a story
# uses in turn for one party ("the actress", "the star", "the starlet"; "protesters",
# "demonstrators", "rioters").
_SEMANTIC_CLASS_LISTS = {
    "perpetrator": "suspect gunman shooter attacker assailant killer murderer sniper bomber culprit perpetrator arsonist offender",
    "robber": "thief robber burglar crook raider bandit looter ram-raider mugger gang",
    "police": "police cop policeman officer trooper deputy detective investigator authority authorities",
    "crowd": "protester demonstrator rioter marcher activist youth crowd mob",
    "coworker": "worker co-worker coworker colleague employee staff staffer",
    "performer": "actress actor star starlet singer entertainer performer celebrity icon",
    "athlete": "player athlete champion swimmer boxer fighter forward guard quarterback coach",
    "victim": "victim casualty dead injured wounded",
    "spokesman": "spokesman spokeswoman spokesperson representative rep publicist agent",
    "lawyer": "attorney lawyer counsel prosecutor",
    "prisoner": "prisoner inmate convict escapee fugitive detainee lifer",
    "scientist": "scientist biologist researcher expert",
    "facility": "facility center centre clinic rehab hospital",
    "shop": "store shop boutique jeweler jeweller",
    "prison": "prison jail penitentiary cell unit",
    "plant": "plant factory building facility",
}
SEMANTIC_CLASSES: dict[str, set] = {}
for _cls_name, _words in _SEMANTIC_CLASS_LISTS.items():
    for _w in _words.split():
        SEMANTIC_CLASSES.setdefault(_w, set()).add(_cls_name)

# Nouns that say a person is young ("the teen", "the boy"): an unnamed one of these may be
# the one named person under 20 of the story.
AGE_NOUNS = frozenset(
    "teenager teen boy girl child kid youth youngster juvenile minor schoolboy schoolgirl".split()
)

# An ordinal or "another" standing alone for one more person of a group already counted
# ("killing two and wounding a third").
ORDINAL_PERSONS = frozenset("another second third fourth fifth".split())
