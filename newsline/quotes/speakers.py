"""Who the speaker is, within one article: pronoun -> earlier person, description -> role
holder, short name -> the fullest form of that name in the article.

Works on our own layers only (tokens, entities); the corpus stage later maps the result to
the canonical actors of ``newsline.actors`` when that layer exists.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsline.actors.lexicon import OPENING_PREPOSITIONS, PERSON_NOUNS, person_role_word
from newsline.quotes import cues as lex
from newsline.quotes.parse import Parse
from newsline.textutil import is_event_name

HONORIFICS = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir dame madam prof prof. rev rev. gen gen. col
    col. lt lt. sgt sgt. capt capt. adm adm. sen sen. rep rep. gov gov. lt. pres pres.""".split()
)

# Words of a title that may precede a name ("Secretary of State Mike Pompeo").
TITLE_WORDS = frozenset(
    """president vice secretary state minister prime foreign defense defence treasury
    senator sen. sen representative rep. rep governor gov. gov mayor chairman chairwoman
    chair director spokesman spokeswoman spokesperson leader chief general gen. colonel
    col. ambassador envoy special adviser advisor aide counsel attorney judge justice
    king queen prince pope cardinal bishop dictator chancellor premier commander admiral
    sergeant captain lieutenant officer official fellow analyst professor defector
    lawyer deputy assistant national security press first lady former then new
    newly-installed newly installed acting senior top white house department""".split()
)

# Short forms of roles ("the VP") -> the role words a title gives ("Vice President").
ROLE_ALIASES = {"vp": "vice president", "potus": "president", "secstate": "secretary of state",
                "pm": "prime minister"}
# Roles written as capitalised abbreviations that the tagger reads as proper nouns ("the MP
# said", "the PM told reporters"): a description of the holder, not an organisation's name.
ROLE_ABBREVIATIONS = frozenset(ROLE_ALIASES) | {"mp", "mep", "msp"}

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us", "their"})
SELF_PRONOUNS = frozenset({"i", "me", "you"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})
# "it" of a body that speaks or takes a stand ("It said evaluations were under way", "it
# accepted a partial share of the blame"), not the "it" of "It is clear that ...", "it seems"
# or "it became clear": the subject of a verb other than these
NEUTER_PRONOUNS = frozenset({"it"})
NOT_SAID_BY_IT = frozenset("be seem appear become look remain sound feel get turn prove mean matter happen "
                           "take make go come".split())

ANONYMOUS_HEADS = frozenset(
    """source sources official officials insider insiders aide aides person people
    someone somebody individual individuals spokesman spokeswoman spokesperson""".split()
)
ORG_HEADS = frozenset(
    """office ministry department agency administration government campaign committee
    house council commission party embassy media newspaper network company firm
    organization organisation association institute foundation union court army
    military navy police bureau service staff board press station channel regime""".split()
)

ORG_LABELS = ("ORG", "NORP", "GPE", "FAC")

# Bodies of their own whose name may open with who set them up or whom they serve: "the White
# House oil spill commission", "the Senate intelligence committee", "a UN panel". The name in
# front does not make the body's words that name's (a government or ministry is its country's;
# "the U.S. media" are not the United States).
BODY_HEADS = frozenset(
    "commission committee subcommittee panel council board court tribunal inquiry caucus media".split()
)
# A party's member, singular: "the Wisconsin Republican" is a person.
PARTY_MEMBERS = frozenset({"republican", "democrat"})


@dataclass
class Person:
    """A person named in the article: the fullest name seen and the roles given to them."""

    name: str  # fullest form, e.g. "Mike Pompeo"
    tokens: tuple[str, ...]  # folded name tokens
    mentions: list[int] = field(default_factory=list)  # character offsets of mentions
    roles: set[str] = field(default_factory=set)  # lower-case role words and phrases
    gender: str = ""  # "m", "f" or "" (from pronouns that follow the name, else the given name)


def fold(word: str) -> str:
    return re.sub(r"[^\w]", "", word.lower().replace("’", "'").split("'")[0])


def name_parts(text: str) -> tuple[str, ...]:
    """'Kang Chol-hwan' -> ('kang', 'chol', 'hwan', 'cholhwan'); honorifics dropped."""
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    while words and words[0].lower().rstrip(".") + "." in HONORIFICS | {w + "." for w in HONORIFICS}:
        words = words[1:]
    parts: list[str] = []
    for w in words:
        w = re.sub(r"['’]s$", "", w)
        f = fold(w)
        if not f:
            continue
        parts.append(f)
        if "-" in w:
            parts.extend(fold(x) for x in w.split("-") if fold(x))
    return tuple(parts)


def _preposition_run_in(text: str) -> bool:
    """A "person" that opens with a preposition and goes on with no given name: the tagger runs
    an opening preposition into a name ("Via Skype, the BBC spoke to ...", "Without Bloomberg in
    the mix, ..."; a later "he" had been resolved to it)."""
    from newsline.actors.names import opens_with_given_name  # the given-name lists live there

    words = text.split()
    return len(words) >= 2 and words[0].lower() in OPENING_PREPOSITIONS and not opens_with_given_name(" ".join(words[1:]))


def clean_name(text: str) -> str:
    """Strip honorifics, possessives and edge punctuation from a name."""
    words = text.strip().strip(",;:.\"“”'").split()
    while words and words[0].lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        words = words[1:]
    out = " ".join(words)
    out = re.sub(r"['’]s?$", "", out).strip()
    return out


class ArticleCast:
    """The people, organisations and roles named in one article."""

    def __init__(self, p: Parse, regions=None) -> None:
        self.p = p
        self.regions = regions
        self.text = p.text
        self.people: list[Person] = []
        self._by_token: dict[str, list[Person]] = {}
        self.orgs: list[tuple[int, int, str]] = []
        self._collect()

    # --- building ---------------------------------------------------------------------

    def _collect(self) -> None:
        ents = list(self.p.doc.entities)
        person_spans = []
        for e in ents:
            if e.label == "PERSON" and not is_event_name(e.text) and not _preposition_run_in(e.text):
                person_spans.append(e)
            elif e.label in ORG_LABELS:
                self.orgs.append((e.start, e.end, e.text))
        # full names first so that short forms join them
        for e in sorted(person_spans, key=lambda e: (-len(name_parts(e.text)), e.start)):
            name = clean_name(e.text)
            parts = name_parts(name)
            if not parts or len(parts) > 6:
                continue
            # "Mrs. Clinton" is Hillary Clinton beside Bill, and someone else where only he is named
            person = self._match(parts, e.start, _honorific_gender(self.p, e), by_given_name=True)
            if person is None:
                person = Person(name, parts)
                self.people.append(person)
                for t in parts:
                    self._by_token.setdefault(t, []).append(person)
            person.mentions.append(e.start)
            self._roles_of(person, e)
        # names the NER labelled as places or organisations but that match a person
        for s, e_, text in list(self.orgs):
            parts = name_parts(clean_name(text))
            if len(parts) == 1 and parts[0] in self._by_token:
                for person in self._by_token[parts[0]]:
                    person.mentions.append(s)
        # surnames the NER missed ("Pence got close to ...")
        covered = {e.start for e in ents}
        toks = self.p.toks
        for t in toks:
            if t.pos != "PROPN" or t.start in covered or not self.text[t.start : t.end][:1].isupper():
                continue
            f = fold(self.text[t.start : t.end])
            owners = self._by_token.get(f, [])
            if len(owners) == 1 and (t.i + 1 >= len(toks) or toks[t.i + 1].pos != "PROPN"):
                owners[0].mentions.append(t.start)
        for person in self.people:
            person.mentions = sorted(set(person.mentions))
        self._genders()

    def regions_at(self, offset: int):
        return self.regions.at(offset) if self.regions is not None else None

    def _match(self, parts: tuple[str, ...], offset: int, gender: str = "", by_given_name: bool = False) -> Person | None:
        """The person whose fuller name contains these name tokens (nearest before; never of the
        other gender than an honorific gives, and of that gender when one of them has it). While
        the cast is being built, ``by_given_name``: a person's gender is the given name's."""
        found = None
        best = None
        for person in self.people:
            if all(t in person.tokens for t in parts):
                theirs = person.gender
                if by_given_name and gender:
                    from newsline.actors.names import given_name_gender  # the given-name lists live there

                    theirs = given_name_gender(person.tokens[0]) if len(person.tokens) > 1 else ""
                if gender and theirs and theirs != gender:
                    continue  # "Mrs. Clinton" is not Bill Clinton, even where he is the only Clinton named
                before = [m for m in person.mentions if m <= offset]
                fits = not gender or theirs == gender
                key = (fits, max(before) if before else -1, len(person.mentions))
                if best is None or key > best:
                    best, found = key, person
        return found

    def _roles_of(self, person: Person, e) -> None:
        """Title words before the name and appositions after it."""
        p = self.p
        toks = p.toks
        i = e.token_start - 1
        words = []
        while i >= 0 and (p.lower(i) in TITLE_WORDS or p.lower(i) in ("of", "-") or (toks[i].pos == "PROPN" and toks[i].ent_iob == "O")):
            w = p.lower(i)
            if toks[i].pos == "PUNCT" and w not in ("-", "."):
                break
            if toks[i].pos == "ADP" and w != "of":
                break
            if w in ("'s", "’s"):
                break
            words.insert(0, w)
            i -= 1
            if len(words) > 6:
                break
        while words and words[0] in ("of", "-"):
            words.pop(0)
        if words:
            phrase = " ".join(words)
            person.roles.add(phrase)
            for w in words:
                if w not in ("of", "the", "-", "former", "then", "new", "u.s.", "north", "south"):
                    person.roles.add(w)
        # apposition: "David Maxwell, a retired colonel and senior fellow"
        head = e.token_end - 1
        for k in p.kids[head]:
            if toks[k].dep == "appos" and k > head:
                lo, hi = p.left[k], p.right[k]
                for j in range(lo, hi + 1):
                    if toks[j].pos == "NOUN":
                        person.roles.add(toks[j].lemma.lower())
                    elif p.lower(j) in ROLE_ABBREVIATIONS:  # "the newly elected MP for ..."
                        person.roles.add(p.lower(j))
                phrase = " ".join(p.lower(j) for j in range(lo, hi + 1) if toks[j].pos not in ("DET", "PUNCT"))
                person.roles.add(phrase)
        # "defector Kang Chol-hwan": a common noun compound just before the name
        if e.token_start > 0 and toks[e.token_start - 1].pos == "NOUN":
            person.roles.add(toks[e.token_start - 1].lemma.lower())

    def _genders(self) -> None:
        """A person followed (in the next sentence or two) by he/she as a subject."""
        from newsline.actors.names import given_name_gender  # the given-name lists live there

        p = self.p
        for person in self.people:
            votes = {"m": 0, "f": 0}
            honorific = {"m": 0, "f": 0}
            for m in person.mentions:
                ti = p.token_at(m)
                if ti is None:
                    continue
                s = p.sent_of[ti]
                h = ti
                while h + 1 < len(p) and p.toks[h].dep in ("compound", "flat") and p.toks[h].head > h:
                    h = p.toks[h].head
                if p.toks[h].dep in ("nsubj", "nsubjpass") and self.regions_at(m) is None:
                    for j in range(h + 1, min(len(p), h + 80)):
                        if p.sent_of[j] > s + 1:
                            break
                        if p.toks[j].pos in ("PROPN",) and p.toks[j].dep in ("nsubj", "nsubjpass"):
                            break  # someone else became the subject
                        g = PERSON_PRONOUNS.get(p.lower(j))
                        if g and p.toks[j].dep in ("nsubj", "nsubjpass") and self.regions_at(p.toks[j].start) is None:
                            votes[g] += 1
                            break
                # an honorific says it too
                if ti > 0 and p.lower(ti - 1) in ("mr.", "mr"):
                    votes["m"] += 2
                    honorific["m"] += 1
                if ti > 0 and p.lower(ti - 1) in ("mrs.", "ms.", "mrs", "ms"):
                    votes["f"] += 2
                    honorific["f"] += 1
            # a known given name outweighs the pronouns that follow a mention ("Jessica Mendoza
            # replaced Schilling on ESPN's broadcasts. He was subsequently reassigned": he is
            # Schilling), though not an honorific; it also says what no pronoun does ("John
            # Marsh" is not a later "she")
            given = given_name_gender(person.tokens[0]) if len(person.tokens) > 1 else ""
            if given and honorific["m" if given == "f" else "f"] <= honorific[given]:
                person.gender = given
            elif votes["m"] > votes["f"]:
                person.gender = "m"
            elif votes["f"] > votes["m"]:
                person.gender = "f"

    # --- look-ups ---------------------------------------------------------------------

    def person_by_name(self, text: str, offset: int) -> Person | None:
        parts = name_parts(clean_name(text))
        if not parts:
            return None
        # an honorific says which of two namesakes: "Mrs. Clinton" is not Bill Clinton
        return self._match(parts, offset, honorific_gender(text))

    def person_by_role(self, words: list[str], offset: int) -> Person | None:
        """The person holding a role ("secretary of state", "defector"), nearest before."""
        phrase = " ".join(words)
        best = None
        for person in self.people:
            score = 0
            if phrase in person.roles:
                score = 3
            elif words and words[-1] in person.roles and words[-1] not in ("official", "officials"):
                score = 1
                if all(w in person.roles for w in words if w not in ("the", "of")):
                    score = 2
            if not score:
                continue
            before = [m for m in person.mentions if m < offset]
            key = (score, 1 if before else 0, max(before) if before else -min(person.mentions or [0]))
            if best is None or key > best[0]:
                best = (key, person)
        return best[1] if best else None

    def nearest_person_before(self, offset: int, gender: str = "") -> Person | None:
        best = None
        for person in self.people:
            if gender and person.gender and person.gender != gender:
                continue
            before = [m for m in person.mentions if m < offset]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), person)
        return best[1] if best else None


@dataclass
class Speaker:
    text: str | None
    name: str | None
    kind: str  # person | pronoun | organisation | group | anonymous | none
    ref_kind: str = ""  # for a pronoun: the kind of what it refers to


def describe(p: Parse, head: int, span: tuple[int, int] | None, cast: "ArticleCast | None" = None) -> tuple[str, list[str]]:
    """The kind of a source phrase and its content words (lower case, no determiners)."""
    t = p.toks[head]
    low = p.lower(head)
    lo, hi = (p.token_range(*span) if span else (head, head)) or (head, head)
    words = [p.lower(j) for j in range(lo, hi + 1) if p.toks[j].pos not in ("DET", "PUNCT", "NUM")]
    if low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in SELF_PRONOUNS:
        return "pronoun", words
    if low in NEUTER_PRONOUNS and t.dep == "nsubj" and p.toks[t.head].pos == "VERB" \
            and p.toks[t.head].lemma.lower() not in NOT_SAID_BY_IT:
        return "pronoun", words
    if low in RELATIVE_PRONOUNS and t.tag in ("WP", "WDT"):
        return "relative", words
    ent = _entity_at(p, head)
    if ent is not None and ent.label == "PERSON":
        return "name", words
    word = p.word(head)
    if cast is not None and word[:1].isupper() and fold(word) in cast._by_token:
        return "name", words  # a person's name the tagger read as a noun or a place
    if low in PARTY_MEMBERS and t.tag in ("NNP", "NN", "JJ") \
            and p.lower(lo) in ("the", "this", "that", "a", "an", "one", "another"):
        # "the Wisconsin Republican", "a Republican familiar with ...": one member, not the party
        return "description", words
    if t.pos == "PROPN":
        if ent is None and low in ROLE_ABBREVIATIONS:
            return "description", words
        if ent is not None and ent.label == "NORP" and t.tag in ("NNS", "NNPS"):
            return "group", words  # "Americans", "Republicans"
        if ent is not None and ent.label in ORG_LABELS:
            return "orgname", words
        return "name", words
    if ent is not None and ent.label in ORG_LABELS:
        if ent.label == "NORP" and t.tag in ("NNS", "NNPS"):
            return "group", words  # "Americans", "Republicans"
        return "orgname", words
    lemma = t.lemma.lower()
    if lemma == "group" and p.child(head, "prep") is not None:
        return "group", words  # "a group of North Korean defectors"
    if lemma in ORG_HEADS or low in ORG_HEADS:
        return "org", words
    if lemma in ANONYMOUS_HEADS or low in ANONYMOUS_HEADS:
        return "anonymous", words
    if lemma in lex.DOCUMENT_NOUNS:
        return "document", words
    if t.tag in ("NNS", "NNPS"):
        return "group", words
    return "description", words


def _opens_sentence(p: Parse, i: int) -> bool:
    """Token ``i`` is the first word of its sentence (after any quotation marks)."""
    j = i - 1
    while j >= 0 and p.sent_of[j] == p.sent_of[i] and p.toks[j].pos in ("PUNCT", "SPACE"):
        j -= 1
    return j < 0 or p.sent_of[j] != p.sent_of[i]


def _entity_at(p: Parse, i: int):
    t = p.toks[i]
    for e in p.doc.entities:
        if e.token_start <= i < e.token_end:
            return e
        if e.start > t.end:
            break
    return None


def _has_named_part(p: Parse, head: int, span: tuple[int, int] | None):
    """A person entity that is the source phrase's head or in apposition to it
    ("Secretary of State Mike Pompeo", "The president's lawyer, Rudy Giuliani"); a name
    that only modifies the head ("Mr. Kim's regime") does not count."""
    if span is None:
        return None
    heads = {head} | {k for k in p.kids[head] if p.toks[k].dep == "appos"}
    # a person can be in apposition only to the head, whatever the parser hung the name on:
    # "the former head of Russia's National Strategy Institute, Stanislav Belkovsky" (the
    # parser's governor is "Institute", inside an organisation's name)
    lo, hi = p.token_range(*span) or (head, head)
    appos = [k for k in range(lo, hi + 1) if p.toks[k].dep == "appos" and k not in heads]
    if appos:
        in_thing = {k for e in p.doc.entities if e.label in ("ORG", "GPE", "LOC", "FAC", "NORP")
                    for k in range(e.token_start, e.token_end)}
        heads |= {k for k in appos if p.toks[k].head in in_thing}
    for e in p.doc.entities:
        if e.label == "PERSON" and e.start >= span[0] and e.end <= span[1]:
            if any(e.token_start <= h < e.token_end for h in heads):
                return e
    # a name in apposition to a person noun is a person's, whatever the tagger called it:
    # "Schilling's son, Grant," and "Sylke Tempel, the editor of International Policy," (both
    # tagged organisations)
    own = set()
    if p.toks[head].lemma.lower() in PERSON_NOUNS:
        own = {k for k in p.kids[head] if p.toks[k].dep == "appos" and p.toks[k].pos == "PROPN"}
    elif p.toks[head].pos == "PROPN" and any(p.toks[k].dep == "appos" and p.toks[k].lemma.lower() in PERSON_NOUNS
                                             for k in p.kids[head]):
        own = {head}
    found = next((e for e in p.doc.entities if own and e.label in ("ORG", "PRODUCT", "WORK_OF_ART")
                  and e.start >= span[0] and e.end <= span[1] and any(e.token_start <= h < e.token_end for h in own)),
                 None)
    if found is not None:
        return found
    # ... and so is a name right after a role only a person holds, in small letters, that heads
    # the phrase: "Washington lawyer Stan Brand" (tagged an organisation; not "Washington")
    return next((e for e in p.doc.entities if e.label == "ORG" and e.start >= span[0] and e.end <= span[1]
                 and e.token_start <= head < e.token_end and e.token_start > 0
                 and person_role_word(p.word(e.token_start - 1), p.toks[e.token_start - 1].tag)), None)


# Words that make a title no one's yet ("the next president").
NOT_YET = frozenset("next future eventual potential prospective hypothetical would-be".split())
# Documents that a body makes and publishes on its own, not as what someone just quoted said.
MADE_DOCUMENTS = frozenset("poll survey study report analysis ruling document transcript article book editorial".split())
# How many sentences back "it" looks for the body that spoke.
NEUTER_REACH = 3


class SpeakerResolver:
    """Resolve the speakers of an article's quotes in text order."""

    def __init__(self, p: Parse, regions=None, author: str | None = None) -> None:
        self.p = p
        self.regions = regions
        self.author = author  # the byline: who "I" is outside quotation marks
        self.cast = ArticleCast(p, regions)
        self.history: list[tuple[int, Speaker]] = []  # (offset, resolved speaker) so far

    def resolve(self, head: int | None, span: tuple[int, int] | None, offset: int) -> Speaker:
        p = self.p
        if head is None:
            return Speaker(None, None, "none")
        text = p.text[span[0] : span[1]] if span else p.word(head)
        kind, words = describe(p, head, span, self.cast)
        if (span is None or p.token_range(*span) == (head, head)) and _opens_sentence(p, head):
            # "Aides said ...", "Banks said ...": the capital a sentence gives a source noun or a
            # plural the article writes in small letters ("banks") makes no name, whatever the
            # tagger says (a person named so before keeps it; "Sanders" the tagger calls a plural)
            low = p.lower(head)
            if low in ANONYMOUS_HEADS:
                return self._done(offset, Speaker(text, None, "anonymous"))
            if p.toks[head].tag == "NNS" and re.search(rf"\b(?:{re.escape(low)}|{re.escape(low[:-1])})\b", p.text):
                known = self.cast.person_by_name(p.word(head), offset)
                if known is None or not any(m < p.toks[head].start for m in known.mentions):
                    return self._done(offset, Speaker(text, None, "group"))
        named = _has_named_part(p, head, span)
        if named is not None and kind not in ("pronoun", "relative"):
            person = self.cast.person_by_name(_with_honorific(p, named.token_start, named.text), named.start) or None
            return self._done(offset, Speaker(text, person.name if person else clean_name(named.text), "person"))
        if kind == "relative":
            # "X, who said ...": the noun the relative clause modifies
            h = p.toks[head].head
            # a person's antecedent over a conjunction, a naming verb or an apposition (not a
            # body's: its name read from there is too often a part of it, "Democracy for
            # America, an organization that ..." is no "America")
            personal = p.lower(head) in ("who", "whom")
            while personal and p.toks[h].dep == "conj" and p.toks[h].head != h:
                h = p.toks[h].head  # "who is running for Congress and who worked the crowd"
            noun = p.toks[h].head if p.toks[h].dep == "relcl" else h
            if personal and p.toks[noun].pos == "NOUN":
                named = p.child(noun, "acl")
                named = p.child(named, "oprd", "dobj") if named is not None and \
                    p.toks[named].lemma.lower() in ("name", "call") else None
                if named is not None and p.toks[named].pos == "PROPN":
                    noun = named  # "an academic named Eric Kingson, who ..."
                elif p.toks[noun].dep == "appos" and p.toks[p.toks[noun].head].pos == "PROPN":
                    noun = p.toks[noun].head  # "Beto O'Rourke, a Clinton endorser who ..."
            if noun != head and p.toks[noun].pos in ("NOUN", "PROPN"):
                # the noun phrase up to its head, without the relative clause itself
                span = p.span(p.left[noun], noun, keep_quotes=False)
                seen = len(self.history)
                sub = self.resolve(noun, span, offset)
                if p.lower(head) == "which" and sub.kind == "person":
                    # "which" stands for no person: "the Republican-led Congress, which wants
                    # ..." is the Congress, not a person "Republican"; "in July, which showed"
                    # is no one at all
                    del self.history[seen:]
                    ent = _entity_at(p, noun)
                    if ent is not None and ent.label in ("DATE", "TIME"):
                        return Speaker(text, None, "none")
                    body = _has_proper(p, span)
                    return self._done(offset, Speaker(text if body else sub.text, clean_org(sub.text) if body else None,
                                                      "organisation" if body else "none"))
                # an unnamed antecedent ("insurgents, who target ...") is shown by its words
                return Speaker(sub.text if sub.name is None and sub.text else text, sub.name, sub.kind)
            return Speaker(text, None, "none")
        if kind == "pronoun":
            low = p.lower(head)
            outside = self.regions is None or self.regions.at(offset) is None
            if low in ("we", "us") and outside:
                # the writer's own "we" outside anything quoted ("We saw operations taking place
                # in the open air"): the writer's party, not the body quoted last
                return self._done(offset, Speaker(text, None, "pronoun"), record=False)
            if low in ("i", "me") and self.author and outside:
                # the writer's own "I", outside anything quoted, is the byline's author (not
                # recorded: a later "he" is someone the writer names)
                return self._done(offset, Speaker(text, self.author, "pronoun", "person"), record=False)
            return self._done(offset, self._pronoun(low, text, offset))
        if kind in ("name", "orgname"):
            name_text = _head_name(p, head)
            person = self.cast.person_by_name(name_text, span[0] if span else offset)
            if person is not None:
                return self._done(offset, Speaker(text, person.name, "person"))
            ent = _entity_at(p, head)
            if kind == "orgname" or (ent is not None and ent.label in ORG_LABELS) or p.lower(p.left[head]) == "the":
                return self._done(offset, Speaker(text, clean_org(text), "organisation"))
            if (ent is None or ent.label != "PERSON") and _headline_common_words(p, head, text):
                # "New Poll Shows Large Gap ...": a headline's capitals on a thing the article
                # writes in small letters ("a new national poll"), no one's name
                return self._done(offset, Speaker(text, None, "none"))
            return self._done(offset, Speaker(text, clean_name(name_text), "person"))
        if kind == "org":
            return self._done(offset, Speaker(text, clean_org(text), "organisation"))
        if kind == "anonymous":
            return self._done(offset, Speaker(text, None, "anonymous"))
        if kind == "document":
            poss = p.child(head, "poss")
            if poss is not None and p.toks[poss].pos in ("NOUN", "PROPN"):
                # "the relatives' statement said", "Obama's statement said": its maker's
                sub = self.resolve(poss, p.span(p.left[poss], poss, keep_quotes=False), offset)
                return Speaker(text, sub.name, sub.kind)
            # "the statement claimed": whoever made the statement just before (not for many
            # documents: "the emails show that ..." are no one speaker's words). A poll, a
            # study or a report is its makers' only when the speaker before named it ("a
            # Military Times survey ... The survey showed") or was a body just before ("the
            # University of Michigan reported ... the survey found"); else it is a document
            # of its own, not the words of whoever spoke last ("Bernie Sanders" for "the survey")
            prev = self._previous(offset, kinds=("person", "organisation"))
            if prev is not None and p.lower(head) in MADE_DOCUMENTS:
                last = next((sp for off, sp in reversed(self.history) if off <= offset), None)
                near = self._previous(offset, kinds=("organisation",), within_sents=1)
                if not (last is prev and p.lower(head) in (last.text or "").lower().split()) and near is not prev:
                    prev = None
            if prev is not None and p.lower(p.left[head]) in ("the", "this", "that") and p.toks[head].tag != "NNS":
                return Speaker(text, prev.name, prev.kind)
            return self._done(offset, Speaker(text, clean_org(text) if _has_proper(p, span) else None, "organisation" if _has_proper(p, span) else "none"))
        if kind == "group":
            return self._done(offset, Speaker(text, None, "group"))
        # a description: "the secretary of state", "the president", "the defector"
        content = [w for w in words if w not in ("the", "a", "an")]
        content = " ".join(ROLE_ALIASES.get(w, w) for w in content).split()
        person = self.cast.person_by_role(content, offset) if content else None
        if person is not None:
            return self._done(offset, Speaker(text, person.name, "person"))
        hl = p.toks[head].lemma.lower()
        if p.lower(p.left[head]) == "the" and p.toks[head].tag == "NN" and self._introduced_unnamed(head):
            # "approached a Greek journalist ... The Greek journalist said": the one the
            # article brought in with "a" and never named, not the person quoted last
            return self._done(offset, Speaker(text, None, "person" if hl in PERSON_NOUNS else "anonymous"))
        lo_tok = p.left[head]
        hypothetical = any(p.lower(k) in NOT_YET for k in range(lo_tok, head))
        related = any(p.toks[k].pos == "PROPN" and ((e := _entity_at(p, k)) is not None and e.label == "PERSON"
                                                    or self.cast.person_by_name(p.word(k), offset) is not None)
                      for k in range(lo_tok + 1, head))
        if p.lower(lo_tok) == "the" and p.toks[head].tag == "NN" and (hl in TITLE_WORDS or hl in lex.SOURCE_NOUNS) \
                and not hypothetical and not related:
            # "the president said" right after a quote of a person named without the title
            # (not "the next president", no one yet, nor "the Christie supporter", someone
            # of Christie's, not whoever was quoted last)
            prev = self._previous(offset, kinds=("person",), within_sents=3)
            if prev is not None:
                return self._done(offset, Speaker(text, prev.name, "person"))
        if p.lower(head) in PARTY_MEMBERS and p.lower(p.left[head]) in ("the", "this", "that"):
            # "the Wisconsin Republican": one person the text has in mind, not an unnamed source
            return self._done(offset, Speaker(text, None, "person"))
        if p.toks[head].lemma.lower() in lex.SOURCE_NOUNS:
            return self._done(offset, Speaker(text, None, "anonymous"))
        if p.toks[head].tag == "NNS":
            return self._done(offset, Speaker(text, None, "group"))
        if hl in PERSON_NOUNS:
            # "the submersible's pilot", "a BP engineer": a person the article does not name,
            # shown by the description (not a thing that "showed" or "threatened")
            return self._done(offset, Speaker(text, None, "person"))
        return self._done(offset, Speaker(text, None, "none"))

    def _introduced_unnamed(self, head: int) -> bool:
        """Whether the article brought in the head noun earlier with "a"/"an" ("a Greek
        journalist"), someone it describes but does not name."""
        p = self.p
        hl = p.toks[head].lemma.lower()
        return any(
            p.toks[i].pos == "NOUN" and p.toks[i].lemma.lower() == hl and p.lower(p.left[i]) in ("a", "an")
            for i in range(head)
        )

    def interviewee(self, before: int) -> str | None:
        """Who answers an interview's "A:" turns: the person the introduction before
        ``before`` names most often ("Laura Bush sees hope ..., she told USA TODAY"; her
        quotes there count as mentions too), the first named on a tie; None when it names
        no one."""
        counts: Counter = Counter()
        first: dict[str, int] = {}
        for person in self.cast.people:
            n = sum(1 for m in person.mentions if m < before)
            if n:
                counts[person.name] += n
                first[person.name] = min(m for m in person.mentions if m < before)
        for at, sp in self.history:
            if at < before and sp.kind == "person" and sp.name in counts:
                counts[sp.name] += 1
        if not counts:
            return None
        return max(counts, key=lambda name: (counts[name], -first[name]))

    def _done(self, offset: int, sp: Speaker, record: bool = True) -> Speaker:
        if not record:
            return sp
        if sp.kind == "pronoun":
            # later pronouns chain through the person this one resolved to
            if sp.name:
                self.history.append((offset, Speaker(sp.name, sp.name, sp.ref_kind or "person")))
        else:
            self.history.append((offset, sp))
        return sp

    def _previous(self, offset: int, kinds=("person",), gender: str = "", within_sents: int | None = None) -> Speaker | None:
        for off, sp in reversed(self.history):
            if off > offset:
                continue
            if within_sents is not None:
                a, b = self.p.token_at(off), self.p.token_at(offset)
                if a is None or b is None or self.p.sent_of[b] - self.p.sent_of[a] > within_sents:
                    return None
            if sp.kind in kinds and sp.name:
                if gender and sp.kind == "person":
                    person = self.cast.person_by_name(sp.name, off)
                    if person is not None and person.gender and person.gender != gender:
                        continue
                return sp
        return None

    def _pronoun(self, low: str, text: str, offset: int) -> Speaker:
        if low in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[low]
            prev = self._previous(offset, kinds=("person",), gender=gender)
            person = self._subject_before(offset, gender)
            # the previous speaker wins when no other person was named in between
            if prev is not None:
                prev_person = self.cast.person_by_name(prev.name, offset)
                if person is None or prev_person is person:
                    return Speaker(text, prev.name, "pronoun")
                last_prev = max((m for m in (prev_person.mentions if prev_person else []) if m < offset), default=-1)
                last_other = max((m for m in person.mentions if m < offset), default=-1)
                prev_off = max((off for off, sp in self.history if sp is prev), default=-1)
                if max(last_prev, prev_off) >= last_other:
                    return Speaker(text, prev.name, "pronoun")
            if person is not None:
                return Speaker(text, person.name, "pronoun")
            return Speaker(text, prev.name if prev else None, "pronoun")
        if low in PLURAL_PRONOUNS:
            # the last speaker that can be plural, named or not: "Organisers of the telethon
            # said ... They said ..." are the organisers, not a body named before them
            prev = next((sp for off, sp in reversed(self.history)
                         if off <= offset and sp.kind in ("organisation", "group", "anonymous")), None)
            return Speaker(text, prev.name if prev else None, "pronoun", prev.kind if prev else "")
        if low in NEUTER_PRONOUNS:
            # the last speaker, when it is a body and spoke within the last few sentences ("NOAA
            # said ... It said"); after anyone else, "it" is left to the actor stage
            last = next(((off, sp) for off, sp in reversed(self.history) if off <= offset), None)
            if last is None or last[1].kind != "organisation" or not last[1].name:
                return Speaker(text, None, "pronoun")
            a, b = self.p.token_at(last[0]), self.p.token_at(offset)
            if a is None or b is None or self.p.sent_of[b] - self.p.sent_of[a] > NEUTER_REACH:
                return Speaker(text, None, "pronoun")
            return Speaker(text, last[1].name, "pronoun", "organisation")
        return Speaker(text, None, "pronoun")

    def _subject_before(self, offset: int, gender: str) -> Person | None:
        """The person most recently named before the pronoun, preferring subjects of the
        current and previous sentence."""
        p = self.p
        ti = p.token_at(offset)
        if ti is None:
            return self.cast.nearest_person_before(offset, gender)
        s = p.sent_of[ti]
        best = None
        for person in self.cast.people:
            if gender and person.gender and person.gender != gender:
                continue
            for m in person.mentions:
                if m >= offset or self.cast.regions_at(m) is not None:
                    continue
                mi = p.token_at(m)
                if mi is None:
                    continue
                ms = p.sent_of[mi]
                if ms < s - 3:
                    continue
                # the mention's head token: a subject scores higher
                h = mi
                while h + 1 < len(p) and p.toks[h].dep == "compound" and p.toks[h].head > h:
                    h = p.toks[h].head
                subj = p.toks[h].dep in ("nsubj", "nsubjpass")
                poss = p.toks[h].dep == "poss"
                key = (ms, 2 if subj else 0 if poss else 1, m)
                if best is None or key > best[0]:
                    best = (key, person)
        if best is not None:
            return best[1]
        return self.cast.nearest_person_before(offset, gender)


# Honorifics that say a person's sex.
GENDERED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def honorific_gender(text: str) -> str:
    """'m' or 'f' when ``text`` opens with a gendered honorific ("Mrs. Clinton"), else ''."""
    words = text.split()
    return GENDERED_HONORIFICS.get(words[0].lower().rstrip("."), "") if words else ""


def _honorific_gender(p: Parse, e) -> str:
    """'m' or 'f' when an honorific is written before entity ``e`` ("Mrs." of "Mrs. Clinton")."""
    return honorific_gender(_with_honorific(p, e.token_start, e.text))


def _with_honorific(p: Parse, start: int, text: str) -> str:
    """A name with the honorific written before it ("Mrs." of "Mrs. Clinton"), which the
    tagger leaves out of the entity and which says which of two namesakes is meant."""
    j = start - 1
    if j >= 0 and p.word(j) == ".":
        j -= 1
    if j >= 0 and p.lower(j).rstrip(".") in GENDERED_HONORIFICS:
        return f"{p.word(j).rstrip('.')}. {text}"
    return text


def _headline_common_words(p: Parse, head: int, text: str) -> bool:
    """The speaker stands in a line written in title case (a headline) and the article writes
    each of its words in small letters elsewhere ("New Poll", "Retired General"; not "Trump
    Campaign", which holds a name)."""
    start = p.text.rfind("\n", 0, p.toks[head].start) + 1
    end = p.text.find("\n", p.toks[head].end)
    end = len(p.text) if end < 0 else end
    words = [w for w in re.findall(r"[A-Za-z]+", p.text[start:end]) if len(w) > 3]
    if not words or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return False
    rest = p.text[:start] + p.text[end:]
    return all(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", rest) for w in re.findall(r"[A-Za-z]+", text))


def _head_name(p: Parse, head: int) -> str:
    """The proper-noun run around a source's head ("Secretary of State Mike Pompeo" -> the
    name part): compounds before the head that are names, and the head."""
    lo = head
    while lo - 1 >= 0 and p.toks[lo - 1].dep == "compound" and p.toks[lo - 1].head in range(lo, head + 1) and p.toks[lo - 1].pos == "PROPN":
        lo -= 1
    text = p.text[p.toks[lo].start : p.toks[head].end]
    return text if honorific_gender(text) else _with_honorific(p, lo, text)


def _has_proper(p: Parse, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    rng = p.token_range(*span)
    return bool(rng) and any(p.toks[j].pos == "PROPN" for j in range(rng[0], rng[1] + 1))


def clean_org(text: str) -> str:
    """'the vice president's office' stays; 'The White House' -> 'White House'."""
    t = text.strip().strip(",;:\"“”")
    t = re.sub(r"^(the|The)\s+", "", t)
    t = re.sub(r"['’]s$", "", t)
    return t
