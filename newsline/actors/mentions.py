"""Within one article: actor mentions (names, titles, descriptions, pronouns, metonyms) and
the article's local actors they belong to, each link with its evidence.

Works on the core layers only (tokens with their dependency parse, sentences, entities).
The steps, in order:
1. names from the NER spans, repaired (hyphen splits closed, possessives and titles cut,
   an ORG "State" inside "Secretary of State" dropped);
2. names linked inside the article by structure ("Mr. Kim" / "Kim" to the person with that
   surname named most prominently; "Pompeo" tagged GPE still joins "Mike Pompeo"),
   countries by alias, demonym and metonym ("Pyongyang" -> North Korea);
3. roles from titles ("Secretary of State Mike Pompeo"), appositions ("Nick Ayers, Pence's
   chief of staff") and copulas ("King is a Non-Resident Fellow"), with "former"/"then" as past;
4. descriptions ("the secretary of state", "the VP", "the dictator's sister") to the person
   holding that role here; other person/organisation/place noun phrases to anonymous actors
   by head noun;
5. pronouns: "he"/"she" to the most recent compatible person (subjects first), "who" to the
   noun it qualifies, "they"/"it" to a recent group or organisation.
The type of each actor is a vote over its mentions, which fixes most NER label errors.
The shared types (``Mention``, ``LocalActor``, the token indexes) are in ``article.py``; the
rules for names in headlines are in ``headlines.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from types import SimpleNamespace

from newsline.actors import lexicon as lx
from newsline.actors.article import (
    LOCATION_PREPS,
    NAME_LABELS,
    NP_LEFT_DEPS,
    SUBJECT_DEPS,
    LocalActor,
    Mention,
    Role,
)
from newsline.actors.article import ArticleIndex as _Article
from newsline.actors.headlines import HEADLINE_VERBS, demote_headline_names, trim_to_known_names
from newsline.actors.names import (
    acronyms,
    compact,
    compare,
    credit_run_on,
    demonym_nations,
    fold,
    given_name_gender,
    is_roman,
    name_tokens,
    opens_with_given_name,
    org_key,
    parse_person,
    role_nations,
    short_match_rank,
    strip_possessive,
)
from newsline.ingest.patterns import TIME_ZONE_NAMES
from newsline.model import ArticleDoc
from newsline.textutil import DAY_NAME_WORDS, is_event_name
from newsline.time.patterns import MONTHS, WEEKDAYS

# --- 1. names --------------------------------------------------------------------------


_TITLE_TUPLES = frozenset(tuple(p.split()) for p in lx.TITLE_PHRASES)
_TITLE_MAXLEN = max(len(p) for p in _TITLE_TUPLES)
_TITLES_LONGEST_FIRST = tuple(sorted(lx.TITLE_PHRASES, key=len, reverse=True))
_TITLE_FIRST_WORDS = frozenset(p[0] for p in _TITLE_TUPLES if p)  # cheap test before slicing


def _title_phrase_spans(art: _Article) -> list[tuple[int, int]]:
    """Token ranges that match a multi-word title ("Secretary of State"), longest first."""
    phrases = _TITLE_TUPLES
    maxlen = _TITLE_MAXLEN
    firsts = _TITLE_FIRST_WORDS
    low = art.low
    spans = []
    i = 0
    while i < art.n:
        if low[i] not in firsts:
            i += 1
            continue
        found = 0
        for L in range(min(maxlen, art.n - i), 1, -1):
            if tuple(art.low[i : i + L]) in phrases:
                found = L
                break
        if found:
            spans.append((i, i + found))
            i += found
        else:
            i += 1
    return spans


_CAUSE_JOINERS = frozenset({"for", "against", "without"})
_CAUSE_OPENER_LABELS = frozenset({"NORP"})  # "Americans for Prosperity"; never a person or place


def _cause_names(art: _Article, common: frozenset = frozenset()) -> list[tuple[int, int]]:
    """Token spans of organisation names built as "<Members> for <cause>": "Americans for
    Prosperity", "Club for Growth", "Democracy for America", "Citizens for a Working America",
    "Ready for Hillary PAC", "Doctors Without Borders". The small model's tagger breaks them
    into a nationality, a country or a person and a stray word ("Democracy for America,
    which ..." spoke as the United States), so they are read here from the words: a run of
    capitalised nouns or adjectives that no entity of another kind covers, the joiner, and a
    capitalised run, inside a sentence written in ordinary case (a headline in title case
    capitalises every word: "Pence Calls for Special Prosecutor")."""
    ent_label = {}
    for e in art.doc.entities:
        for k in range(e.token_start, min(e.token_end, art.n)):
            ent_label[k] = e.label
    out = []
    for k in range(1, art.n - 1):
        if art.low[k] not in _CAUSE_JOINERS:
            continue
        sent = art.sent_of[k]

        def capital(x: int) -> bool:
            return 0 <= x < art.n and art.sent_of[x] == sent and art.words[x][:1].isupper() and art.words[x].isalpha()

        a = k
        while capital(a - 1) and k - a < 3 and art.low[a - 1] != "the":
            a -= 1
        if a == k or capital(a - 1) and art.low[a - 1] != "the":
            continue
        if art.toks[k - 1].tag in ("NN", "NNP") and (art.is_title_word(k - 1) or art.low[k - 1] in lx.ROLE_ALIASES):
            continue  # a role: "the MP for Bethnal Green", "Minister for Foreign Affairs"
        if a >= 2 and art.low[a - 1] in ("of", "and", "&") and capital(a - 2):
            continue  # the tail of a longer name: "the Court of Appeals for the Seventh Circuit"
        if k - a == 1 and (art.low[a] in common or art.word_case[0][art.low[a]]) and _sentence_start(art, a):
            continue  # a common word opening a sentence: "Staff for the House Select Committee said"
        # the members: no person, place or date; an organisation only as one plural noun
        # the tagger took for the whole name ("Citizens" of "Citizens for a Working America")
        if any(art.toks[x].pos not in ("NOUN", "PROPN", "ADJ") or art.low[x] in lx.CALENDAR_WORDS
               or ent_label.get(x, "NORP") not in _CAUSE_OPENER_LABELS
               and not (k - a == 1 and ent_label.get(x) == "ORG" and art.toks[x].tag in ("NNS", "NNPS"))
               for x in range(a, k)):
            continue
        m = k + 1
        if m < art.n and art.low[m] in ("a", "the") and capital(m + 1):
            m += 1
        b = m
        while capital(b) and b - m < 4:
            b += 1
        if b == m or capital(b) or b < art.n and art.words[b] in ("'s", "’s"):
            continue
        if art.toks[k - 1].tag in ("NN", "NNP") and all(ent_label.get(x) == "PERSON" for x in range(m, b)) \
                and b - m > 1 and art.low[b - 1] not in lx.ORG_NOUNS:
            continue  # one thing for a person: "thank the Lord for Donald Trump"
        line = art.line_sent[k]
        words = [w for x, w in enumerate(art.words) if art.line_sent[x] == line and not a <= x < b and w.isalpha()]
        if sum(w[:1].islower() for w in words) < max(1, 0.3 * len(words)):
            continue  # a title-case headline
        out.append((a, b))
    return out


def _person_despite_the_tagger(art: _Article, m: Mention, common: frozenset) -> bool:
    """A full name the tagger called an organisation is a person when the article reads it as
    one: the next "she" or "he" takes it up (``_pronoun_takes_up``), an appositive right after
    it gives a role only a person holds ("said Fadel Gheit, an oil analyst at Oppenheimer"; a
    firm's appositive is "a unit of", "a maker of"), or such a role stands right before it in
    small letters ("Washington lawyer Stan Brand said"). Never a name no person bears
    (``_no_one_s_name``)."""
    pn = parse_person(m.text)
    if not pn.full or m.label != "ORG" or _no_one_s_name(art, m, common):
        return False
    if m.tok_start > 0 and lx.person_role_word(art.words[m.tok_start - 1], art.toks[m.tok_start - 1].tag):
        return True
    if m.tok_end < art.n and art.words[m.tok_end] == "," and any(
            art.toks[c].dep == "appos" and c > m.tok_end and lx.person_role_word(art.words[c], art.toks[c].tag)
            for k in range(m.tok_start, m.tok_end) for c in art.children[k]):
        return True
    return _pronoun_takes_up(art, m, pn)


def _pronoun_takes_up(art: _Article, m: Mention, pn) -> bool:
    """Whether the next "she" or "he", within two sentences and with no other name in between,
    has the gender of the name's given name: "Carly Fiorina strode onstage ... the charisma
    she had showcased" (the tagger took her for the company she ran). A firm named after a
    man ("Edison Research") is taken up by "it", or by a "he" of someone named since."""
    if pn.gender not in ("f", "m"):
        return False  # (a place the tagger knows is one: "Beverly Hills ... she")
    last_sent = art.sent_of[m.tok_end - 1] + 2
    for k in range(m.tok_end, art.n):
        if art.sent_of[k] > last_sent or art.toks[k].pos == "PROPN":
            return False
        if art.low[k] in ("it", "its", "they", "their", "them"):
            return False
        for g, word in (("f", "she"), ("m", "he")):
            if art.low[k] == word and art.toks[k].pos == "PRON":
                return g == pn.gender
    return False


def _no_one_s_name(art: _Article, m: Mention, common: frozenset) -> bool:
    """A name of more than three words, or one ending in a common, organisation, place or
    company word ("Betty Ford Clinic", "Sandy Hook", "Anadarko Petroleum"), is no person's."""
    last = art.low[m.tok_end - 1]
    return m.tok_end - m.tok_start > 3 or last in common or art.word_case[0][last] or last in lx.ORG_NOUNS \
        or last in lx.PLACE_NOUNS or last.rstrip("s") in lx.PLACE_NOUNS or last in lx.COMPANY_WORDS


_NOT_ONLY = frozenset({"only", "just", "merely", "simply"})  # "not only a star, but ..."


def _inside_quotation(art: _Article, pos: int) -> bool:
    """Whether character ``pos`` lies inside a quotation its paragraph opened before it."""
    line = art.text[art.text.rfind("\n", 0, pos) + 1 : pos]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _repair_entity(art: _Article, a: int, b: int) -> tuple[int, int]:
    """Close hyphen splits ("Kim Jong" "-" "un"), cut possessives and trailing punctuation."""
    toks = art.toks
    # never across a line break (headlines run into the first line in some inputs)
    for k in range(a, b):
        if "\n" in art.words[k] or (k > a and "\n" in art.text[toks[k - 1].end : toks[k].start]):
            if k - a >= 1 and not (toks[k].pos == "SPACE" and k == a):
                b = k
                break
    # nor into a parenthesis: "Local Coordination Committees (LCC" is the committees
    b = next((k for k in range(a + 1, b) if art.words[k] in ("(", "[")), b)
    while b > a + 1 and toks[b - 1].pos in ("PUNCT", "SPACE") and art.words[b - 1] not in (".", "'s", "’s", "-"):
        b -= 1
    # extend right over "-word" glued without spaces (or with the benchmark's " - "), but not
    # over a participle or adjective suffix: "UN-supervised", "Saudi-led" name the UN, Saudi
    while b + 1 < art.n and art.words[b] == "-" and not _compound_suffix(art.words[b + 1]) and (
        (not toks[b - 1].ws and not toks[b].ws and art.words[b + 1][:1].isalpha())
        or toks[b + 1].pos in ("PROPN", "NOUN", "ADJ", "X", "NUM") and (
            not toks[b - 1].ws or (art.words[b + 1][:1].islower() and len(art.words[b + 1]) <= 4))
    ):
        b += 2
    while a >= 2 and art.words[a - 1] == "-" and not toks[a - 2].ws and toks[a - 2].pos == "PROPN":
        a -= 2
    while b > a + 1 and art.low[b - 1] in ("'s", "'", "’s", "’", ".", ",", "-", "s"):
        if art.low[b - 1] == "s" and art.words[b - 1] != "s":
            break
        if art.low[b - 1] == "." and len(art.words[b - 2]) <= 3:  # "Calif ." / "U.S." keep
            break
        b -= 1
    # (and a possessive that opens the sentence: "Its Clinton Health Access Initiative"; not
    # "Our" or "Her", which open names: "Our Lady of Lourdes", "Her Majesty's Treasury")
    while b > a + 1 and art.low[a] in ("the", "a", "an", "its", "their"):
        a += 1
    # a rank abbreviated the British way before the name: "Lt-Gen Ken Keen", "Maj-Gen Simon Mayall"
    k = a
    while k + 2 < b and art.low[k] in lx.TITLE_ABBREVIATIONS and art.words[k + 1] in ("-", "–") \
            and not toks[k].ws and not toks[k + 1].ws:
        k += 2
    if k > a and k + 2 < b and art.low[k] in lx.TITLE_ABBREVIATIONS:
        a = k + 1
    # a sentence adverb the tagger ran into the name: "Later David Miliband said"
    while b > a + 1 and art.low[a] in LEADING_ADVERBS:
        a += 1
    # a past marker the tagger ran into a body's name: "Retired Coast Guard Admiral Thad Allen"
    if b > a + 1 and art.low[a] == "retired":
        a += 1
    # a pull quote's closing mark as a web page spells it out: "End Quote Recep Tayyip Erdogan"
    if b > a + 2 and art.low[a] == "end" and art.low[a + 1] == "quote":
        a += 2
    elif b > a + 1 and art.low[a] == "quote" and a > 0 and art.low[a - 1] == "end":
        a += 1
    # and one run onto its end: "John Sentamu Perhaps the ..."
    while b > a + 1 and art.low[b - 1] in TRAILING_ADVERBS and art.words[b - 1][:1].isupper():
        if art.low[b - 1] == "today" and b - a == 2 and art.low[a] in lx.COUNTRIES:
            break  # a paper or a channel: "USA Today", "Russia Today"
        b -= 1
    # a kind noun in small letters the tagger ran onto the name ("the Associated Press news
    # agency"): the name is the body's, the noun says what it is
    if b > a + 1 and art.words[b - 1].islower() and art.low[b - 1] in lx.KIND_AFTER_NAME_NOUNS:
        k = b - 1
        while k > a and art.words[k - 1].islower() and toks[k - 1].pos in ("NOUN", "ADJ"):
            k -= 1
        # (not "People magazine": a common word alone would lose what makes it a name)
        if k > a and art.words[k - 1][:1].isupper() and (k < b - 1 or k - a >= 2):
            b = k
    return a, b


COMPOUND_SUFFIXES = frozenset("led run born made era style wide like sized owned based backed".split())


def _compound_suffix(word: str) -> bool:
    """A lower-case word after a hyphen that makes the name a modifier ("-supervised",
    "-led", "-wide"), not part of it ("Jong-un", "Port-au-Prince")."""
    return word.islower() and (word in COMPOUND_SUFFIXES or len(word) >= 5 and word.endswith("ed"))


PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around"})
# Adverbs that link a clause to what came before, never part of a role ("and thus their
# candidate", "is also a senior fellow").
DISCOURSE_ADVERBS = frozenset("thus hence therefore also still now currently again even perhaps probably "
                              "essentially effectively indeed instead however".split())
TRAILING_ADVERBS = frozenset("perhaps maybe however meanwhile instead nevertheless yesterday today".split())
LEADING_ADVERBS = frozenset(
    "later earlier meanwhile then also now yesterday today separately however still afterwards "
    "elsewhere instead ultimately nevertheless maybe perhaps via "
    # prepositions that open a sentence before a name: "Following Assange's arrest"
    "following after before despite unlike amid since without "
    "watch "  # a video link run into a name: "Watch Kholood ..."
    # determiners that open a sentence before a name: "All Lord Goldsmith gave the cabinet ..."
    "all both only even just every".split()
)


def _entity_mentions(
    art: _Article, title_spans: list[tuple[int, int]], known: frozenset = frozenset(), common: frozenset = frozenset(),
    corpus_names: frozenset = frozenset(),
) -> list[Mention]:
    in_title = set()
    for a, b in title_spans:
        in_title.update(range(a, b))
    person_spans = {tuple(art.low[e.token_start : e.token_end]) for e in art.doc.entities if e.label == "PERSON"}
    # a person's given name or surname alone under another label ("Tyrell" tagged PRODUCT)
    person_words = {w for t in person_spans if len(t) > 1 for w in (t[0], t[-1])}
    out = []
    cause_done: set[tuple[int, int]] = set()
    storms: set[str] = set()  # the given names of weather systems ("Alex" of "Tropical Storm Alex")
    cut_openers: set[int] = set()  # words cut from the front of a name: a verb or a preposition
    weather_tokens: set[int] = set()
    causes = _cause_names(art, common)
    # a cause name the tagger saw no part of ("the Club for Growth") is read as an organisation
    tagged = art.entity_tokens
    untagged = [SimpleNamespace(label="ORG", token_start=a, token_end=b) for a, b in causes
                if not any(x in tagged for x in range(a, b))]
    for e in sorted((*art.doc.entities, *untagged), key=lambda e: e.token_start):
        label = e.label
        if _weather_name(art, e.token_start, e.token_end, weather_tokens):
            storms.add(fold(art.words[e.token_end - 1]))
            continue  # "Tropical Storm Alex", "Hurricane Katrina": weather, not an actor
        if label not in NAME_LABELS:
            if e.token_end - e.token_start != 1 or art.low[e.token_start] not in person_words:
                continue
            label = "PROPN"
        a, b = _repair_entity(art, e.token_start, e.token_end)
        if label == "ORG" and b < art.n and art.low[b] in ("'s", "’s") and b < e.token_end \
                and art.toks[b - 1].dep != "poss":
            b += 1  # a firm's name ends in its "'s" when nothing is its possession: "Moody's said"
        if all(k in in_title for k in range(a, b)):
            continue  # "State" of "Secretary of State"
        if label == "PERSON" and b - a >= 2 and (art.low[a].rstrip(".") in lx.PLACE_OPENERS and art.words[a][:1].isupper()
                                                 or art.low[b - 1] in lx.PLACE_CLOSERS and art.words[b - 1][:1].isupper()):
            label = "LOC"  # "Cape Florida", "Mount Vernon", "Xinhua Square": a place, whatever the tagger said
        elif label == "PERSON" and a > 0 and art.low[a - 1] in lx.FIRM_BEFORE_NAME and art.words[a - 1].islower():
            label = "ORG"  # "Dutch bank ABN Amro", "insurer AIG": the firm the noun names, whatever the tagger said
        elif label == "ORG" and b - a == 2 and art.low[a].rstrip(".") in lx.PLACE_OPENERS and art.words[a][:1].isupper() \
                and art.low[b - 1] not in lx.ORG_NOUNS and art.low[b - 1] not in lx.PUBLIC_BODY_WORDS:
            label = "LOC"  # "Fort Pierce", "Camp David" (not "Port Authority")
        if a in in_title and b - 1 not in in_title:
            # "the Interior Ken Salazar" of "Secretary of the Interior Ken Salazar" (tagged ORG)
            while a < b - 1 and a in in_title:
                a += 1
            if label == "ORG" and parse_person(art.span_text(a, b)).full:
                label = "PERSON"  # what is left after the title is a person's full name
        # a time zone run into the name by a dateline: "... 01.44 BST Tony Blair has been"
        while b - a > 1 and art.words[a] in TIME_ZONES:
            a += 1
        if b - a == 1 and art.words[a] in TIME_ZONES:
            continue  # "23.59 BST" of a publication stamp, tagged as an organisation
        # leading titles/honorifics inside a PERSON span: "President Trump", "Mr. Kim"
        while b - a > 1 and (
            art.low[a].rstrip(".") in lx.HONORIFICS or art.low[a].rstrip(".") in lx.TITLE_ABBREVIATIONS
            or (art.low[a] in lx.PRENOMINAL_TITLES and art.words[a][:1].isupper() and label == "PERSON")
        ):
            a += 1
        if b - a > 2 and f"{art.low[a]} {art.low[a + 1]}" in lx.PRENOMINAL_TITLES and art.words[a][:1].isupper() \
                and (label == "PERSON" or opens_with_given_name(art.span_text(a + 2, b))):
            a += 2  # "Lance Corporal David McGough" (the tagger may call it an organisation)
        # "Coroner Gary Whitcombe": the role word is not part of the name
        a = _cut_role_word(art, a, b, person_spans, label)
        # a seat of government after a leader's name ("the Obama White House") is the seat: the
        # name only says whose, and as a "person" it had made Obama's mentions the seat's
        for seat in _SEAT_WORDS:
            if b - a > len(seat) and tuple(art.low[b - len(seat) : b]) == seat:
                a, label = b - len(seat), "ORG"
                break
        opener = a
        if label == "PERSON":
            a = _cut_common_opener(art, a, b, common, person_spans, corpus_names)
        a = _cut_preposition_opener(art, a, b, corpus_names)
        cut_openers.update(range(opener, a))  # no name of their own ("Hire" of "Hire Maurice Cheeks")
        # an outlet's or body's initials run onto a person's name by a caption or a pull
        # quote ("Catherine Ashton EU foreign policy chief", "Jeremy Bowen BBC")
        if label == "PERSON" and credit_run_on(art.span_text(a, b)):
            b -= 1
            while b > a + 1 and not art.words[b - 1][:1].isalnum():
                b -= 1  # "Charles Dharapak - AP"
        # ... or a place or nationality of a caption ("Vladimir Putin Moscow", "Joshua Landis
        # Syrian expert"), after a full name whose last word is no initial
        if label == "PERSON" and b - a >= 3 and len(art.words[b - 2].rstrip(".")) > 1 and art.words[b - 2][:1].isupper() and (
                fold(art.words[b - 1]) in lx.METONYMS or fold(art.words[b - 1]) in lx.COUNTRIES
                or fold(art.words[b - 1]) in lx.DEMONYMS) and parse_person(art.span_text(a, b - 1)).full:
            b -= 1
        # ... or the first word of the sentence after a caption's name, an adjective of the noun
        # after it ("Samantha Joye Vast undersea plumes of oil ... stretch from the site")
        if label == "PERSON" and b - a >= 3 and art.toks[b - 1].dep == "amod" and art.toks[b - 1].head >= b \
                and art.toks[art.toks[b - 1].head].pos == "NOUN" and art.words[art.toks[b - 1].head].islower() \
                and parse_person(art.span_text(a, b - 1)).full:
            b -= 1
            cut_openers.add(b)  # (and no name of its own)
        # ... or an outlet's initials with more words after them ("Paul Adams BBC News")
        if label == "PERSON" and b - a >= 4:
            for k in range(a + 2, b - 1):
                w = art.words[k]
                if len(w) >= 2 and w.isalpha() and w.isupper() and not is_roman(w) \
                        and all(art.words[x][:1].isupper() for x in range(k + 1, b)):
                    b = k
                    break
        # a headline run into the lead, its speech verb taken into the name ("Obama Says
        # Economic Crisis Comes First President Obama declared ..."): the name ends there
        for k in range(a + 1, b):
            if art.words[k] in lx.HEADLINE_VERBS:
                b = k
                break
        if b - a >= 2 and art.words[a] in lx.HEADLINE_VERBS:
            a += 1  # "... President Criticizes Obama's Economic Policies"
        # two names run together over a common noun ("the Macondo well Anadarko co-owned"):
        # the name ends before it (words that join a name's parts are kept: "Bank of America",
        # "Texas A and M", "the eastern Gulf of Mexico")
        for k in range(a + 1, b - 1):
            w = art.words[k]
            if w[:1].islower() and w.isalpha() and art.low[k] not in lx.NAME_JOINERS \
                    and any(art.words[x][:1].isupper() for x in range(a, k) if art.low[x] != "the") \
                    and art.words[k + 1][:1].isupper():
                b = k
                break
        # a line's last words run into the next line's subject over its capitalised article
        # ("originally from Leigh-on-Sea, Essex The Foreign Office (FCO) said"): the name is
        # the one after "The", which the tagger's label is for
        for k in range(a + 1, b - 1):
            if art.words[k] == "The" and art.words[k + 1][:1].isupper() and art.words[k - 1][:1].isupper():
                a = k + 1
                break
        # a byline's writer run onto the outlet ("By Finlo Rohrer BBC News, Washington"): the
        # outlet is the organisation, the writer no part of its name
        if label == "ORG" and b - a >= 3 and art.words[a + 1][:1].isupper() and art.words[a + 2][:1].isupper() \
                and a > 0 and art.low[a - 1] == "by" and len(art.words[a + 2]) >= 2 and art.words[a + 2].isupper():
            a += 2
        # a dateline's place in capitals and its dash before the name ("CLEVELAND - Donald Trump")
        for k in range(a + 1, b - 1):
            if art.words[k] in ("-", "–", "—", "--") and art.toks[k - 1].ws and art.words[k + 1][:1].isupper() \
                    and all(art.words[x].isupper() or not art.words[x].isalpha() for x in range(a, k)):
                a = k + 1
                break
        # "Mara Quell - Mara Quell": a name, a spaced dash and another name
        for k in range(a + 2, b - 1):
            if art.words[k] in ("-", "–", "—") and art.toks[k - 1].ws and art.words[k + 1][:1].isupper():
                b = k
                break
        # a label before a colon inside the span ("Photo: American Red Cross")
        for k in range(b - 2, a - 1, -1):
            if art.words[k] == ":":
                a = k + 1
                break
        # leading bullets and symbols; a credit line's "/Getty Images"
        while b > a + 1 and not art.words[a][:1].isalnum():
            a += 1
        for k in range(a + 1, b):
            if "/" in art.words[k] or art.words[k] == "/":
                b = k
                break
        if "/" in art.words[a] and b == a + 1:
            continue
        cause = next((c for c in causes if c[0] < b and a < c[1]), None)
        if cause is not None:
            if cause in cause_done:
                continue  # the other half of a name already read whole
            cause_done.add(cause)
            (a, b), label = cause, "ORG"
        text = art.span_text(a, b)
        low = fold(strip_possessive(text))
        low_nothe = low[4:] if low.startswith("the ") else low
        if low in lx.NOT_NAMES or not any(c.isalpha() for c in text) or not text[:1].isupper() and not text[:1].isdigit():
            continue
        if any(w in ("v", "v.", "vs", "vs.", "versus") for w in low.split()[1:-1]):
            continue  # "Hitchens v Galloway": two parties, not a name
        if _date_stamp(low):
            continue  # "Tue Jun 15" of a wire's time stamp
        if b - a == 1 and _capitalised_common(art, a, low, common, person_words):
            continue  # "Dispersants work ...": a word the corpus writes in lower case
        if _caps_label(art, a, b, common):
            continue  # "NEW CAP FOR LEAKING OIL WELL": a graphic's label in capitals
        if is_event_name(text):
            continue  # "World War I" is no actor, though the NER may call it a person
        if b - a == 1 and b < art.n and art.low[b] in WEEKDAYS and len(art.low[b]) > 4 and art.words[b][:1].isupper() \
                and (low in common or low in DAY_NAME_WORDS):
            continue  # "Super Tuesday", "Black Friday": a day's name, no actor
        if label == "NORP" and low not in lx.DEMONYMS:
            continue
        # a common noun or a role the NER took for a name ("VP", "Administration",
        # "Non-Resident Fellow"): left to the description step
        last = art.low[b - 1].rstrip(".")
        if b - a == 1 and (
            low_nothe in lx.ROLE_ALIASES or low_nothe in lx.TITLE_ABBREVIATIONS or low_nothe in lx.PERSON_NOUNS
            or low_nothe in lx.ORG_NOUNS or low_nothe in lx.PLACE_NOUNS or low_nothe in lx.STATE_DESCRIPTIONS
        ) and low_nothe not in lx.COUNTRIES and low_nothe not in lx.METONYMS:
            continue
        if label in ("ORG", "FAC") and b - a > 1 and (last in lx.PRENOMINAL_TITLES or last in lx.TITLE_ABBREVIATIONS) \
                and last not in lx.ORG_NOUNS and last not in lx.PUBLIC_BODY_WORDS:
            continue  # "Lakers Coach" before a name; but the "Coast Guard" is a body
        if label == "PERSON" and _ends_in_title(art, a, b):
            continue  # "U.S. Coast Guard Rear Adm." before the name: a title, not a person
        head = max(range(a, b), key=lambda k: (art.toks[k].head < a or art.toks[k].head >= b, -k if False else k))
        out.append(Mention(a, b, art.toks[a].start, art.toks[b - 1].end, text, "name", art.sent_of[a], label, head=head))
    # "Mr. Kang" where the NER missed the name: honorific + capitalised token
    covered = set(weather_tokens) | cut_openers
    for m in out:
        covered.update(range(m.tok_start, m.tok_end))
    for i in range(art.n - 1):
        if art.low[i].rstrip(".") in lx.HONORIFICS and art.words[i][:1].isupper():
            j = i + 1
            if art.words[j] == ".":
                j += 1
            k = j
            while k < art.n and art.toks[k].pos == "PROPN" and art.words[k][:1].isupper() and k not in covered:
                k += 1
            if k > j:
                a, b = _repair_entity(art, j, k)
                out.append(Mention(a, b, art.toks[a].start, art.toks[b - 1].end, art.span_text(a, b), "name", art.sent_of[a], "PERSON", evidence="honorific", head=b - 1))
                covered.update(range(a, b))
    # proper nouns the NER left out ("Falcons", "Blue Herons"): names of unknown type; a
    # nationality or party before them is no part of them ("fellow Republicans David Vitter")
    groups = {e.token_start for e in art.doc.entities if e.label == "NORP" and e.token_end - e.token_start == 1
              and art.words[e.token_start].endswith("s") and e.token_end < art.n
              and art.toks[e.token_end].pos == "PROPN" and art.words[e.token_end][:1].isupper()}
    covered |= groups
    for i in range(art.n):
        if i in covered or i in in_title:
            continue
        tok = art.toks[i]
        if tok.pos != "PROPN" or not art.words[i][:1].isupper() or art.words[i] in TIME_ZONES \
                or art.words[i] in lx.HEADLINE_VERBS:
            continue
        j = i
        while j < art.n and j not in covered and j not in in_title and art.toks[j].pos == "PROPN" and art.words[j][:1].isupper() and art.sent_of[j] == art.sent_of[i] \
                and art.words[j] not in lx.HEADLINE_VERBS:
            j += 1
        words = [art.low[k].rstrip(".") for k in range(i, j)]
        covered.update(range(i, j))
        if all(
            w in lx.PERSON_NOUNS or w in lx.ORG_NOUNS or w in lx.PLACE_NOUNS or w in lx.HONORIFICS
            or w in lx.PRENOMINAL_TITLES or w in lx.TITLE_ABBREVIATIONS or w in lx.CALENDAR_WORDS
            or w in lx.NOT_NAMES or w in lx.PAST_MARKERS or len(w) < 2
            for w in words
        ) or len(words) > 1 and words[-1] in lx.PERSON_NOUNS and not given_name_gender(words[0]) \
                or " ".join(words) in lx.PRENOMINAL_TITLES:
            continue  # a byline's title ("Diplomatic Correspondent"), a rank ("Lance Corporal") is no name
        if is_event_name(" ".join(words)):
            continue  # "World War II"
        if j - i == 1 and _capitalised_common(art, i, words[0], common, person_words):
            continue  # "Hair samples were taken ..."
        if j - i == 1 and words[0] not in person_words and words[0] not in corpus_names and art.words[i][1:].islower() \
                and art.word_case[0][words[0]] >= 3 and art.word_case[0][words[0]] > 2 * art.word_case[1][words[0]]:
            continue  # a word the article mostly writes in lower case, capitalised inside a longer
            # name the tagger broke ("the STOXX Europe 600 Oil and Gas index") or a caption
            # run into the text ("... since the oil spill Oil giant BP has announced")
        if _caps_label(art, i, j, common):
            continue  # "NEW CAP FOR LEAKING OIL WELL"
        if _ends_in_title(art, i, j):
            continue  # "U.S. Coast Guard Rear Adm." before a name
        a, b = _repair_entity(art, i, j)
        a = _cut_role_word(art, a, b, person_spans, "PROPN")
        if b - a >= 3:
            a = _cut_common_opener(art, a, b, common, person_spans, corpus_names)
        a = _cut_preposition_opener(art, a, b, corpus_names)
        out.append(Mention(a, b, art.toks[a].start, art.toks[b - 1].end, art.span_text(a, b), "name", art.sent_of[a], "PROPN", evidence="proper noun", head=b - 1))
    # a sentence-initial (or headline) capitalised word the tagger called a noun, named so
    # elsewhere here or, with ``known``, by the NER elsewhere in the corpus ("Falcons clinch")
    single = {fold(m.text) for m in out if m.tok_end - m.tok_start == 1} | known
    for i in range(art.n):
        tok = art.toks[i]
        if i in covered or not art.words[i][:1].isupper():
            continue
        # a verb only where a noun would stand ("Fielding threw for 290 yards": a VBG subject);
        # an adjective only for a name of the corpus ("Judge sentences Noble to death")
        adj = tok.pos == "ADJ"
        if tok.pos != "NOUN" and not adj and not (tok.pos == "VERB" and tok.dep in SUBJECT_DEPS):
            continue
        w = fold(art.words[i])
        if adj and (w not in corpus_names or w in lx.DEMONYMS):
            continue
        if _capitalised_common(art, i, w, common, person_words):
            continue  # "Underwater robots ..."
        if w in single or w in corpus_names and _plain_name_word(w):
            out.append(Mention(i, i + 1, art.toks[i].start, art.toks[i].end, art.words[i], "name", art.sent_of[i], "PROPN", evidence="named so elsewhere", head=i))
            covered.add(i)
    if storms:
        # "Alex could bring high waves": the storm named in full elsewhere here
        out = [m for m in out if not (m.tok_end - m.tok_start == 1 and fold(m.text) in storms)]
    # a legislator's party and state after the name ("Barney Frank (D-Mass.)") is no one
    out = [m for m in out if not _PARTY_STATE.fullmatch(m.text)]
    out.sort(key=lambda m: m.tok_start)
    trim_to_known_names(art, out)
    demote_headline_names(art, out, known, common, corpus_names)
    return out


_PARTY_STATE = re.compile(r"[DRI]-(?:[A-Z][A-Za-z]{1,5}\.?|[A-Z]\.[A-Z]\.?)")  # "R-Wis.", "D-N.J."


def _weather_name(art: _Article, a: int, b: int, tokens: set[int]) -> bool:
    """Whether tokens a..b name a weather system ("Storm Alex" after "Tropical", "Hurricane
    Katrina", "Typhoon Haiyan"); its tokens and the capitalised storm words before it are
    added to ``tokens``."""
    k = a
    while k > 0 and art.low[k - 1] in lx.WEATHER_WORDS and art.words[k - 1][:1].isupper():
        k -= 1
    j = k
    while j < b - 1 and art.low[j] in lx.WEATHER_WORDS:
        j += 1
    if j == k or j >= b:
        return False  # no storm word, or nothing named after it
    if not any(art.low[x] in lx.WEATHER_KINDS for x in range(k, j)):
        return False  # "Tropical Smoothie Cafe"
    tokens.update(range(k, b))
    return True


def _cut_role_word(art: _Article, a: int, b: int, person_spans: set, label: str) -> int:
    """Start of a name after the capitalised role words the NER ran into it, mostly in
    headlines and at the start of a sentence ("Coroner Gary Whitcombe", "Quarterback Tom
    Hollister", both ranks of "Lt Col Christophe Renou"): cut when what follows is a person
    name: two or more capitalised proper nouns in a span not tagged as an organisation or
    place, else a known given name or a name tagged as a person in this article."""
    while True:
        cut = _cut_one_role_word(art, a, b, person_spans, label)
        if cut == a:
            return a
        a = cut


def _cut_common_opener(art: _Article, a: int, b: int, common: frozenset, person_spans: set,
                       corpus_names: frozenset) -> int:
    """Start of a person's name after an ordinary word the NER ran onto its front: a word the
    corpus writes in lower case, a participle, or any word before a name the corpus names
    without it, when what follows opens with a known given name ("Entrusting Donald Trump with
    our economic future", "The Inside Story of the Real Donald Trump"); and a participle before
    one word that another person of the article bears ("Entrusting Trump ..."). Kept on the
    name, such a word made "Real Donald Trump" a second full name whose given name conflicts
    with Donald Trump's, which kept two actors of one man apart. A known given name or a
    surname of the article is never cut ("Kim Jong Un", "Wells" of "Kent Wells"), nor the
    first word of a body's name ("Royal Caroline Hospital") or of a two-word name of another
    kind ("Catching Fire": no other person bears "Fire")."""
    if b - a < 2 or not art.words[a][:1].isupper() or not art.words[a].isalpha():
        return a
    w = art.low[a]
    if given_name_gender(fold(w)) or any(w == t[-1] for t in person_spans if len(t) > 1):
        return a  # a given name, or a surname here ("Wells said" after "Kent Wells")
    rest = art.span_text(a + 1, b)
    if b - a >= 3:
        last = art.low[b - 1]
        return a + 1 if (w in common or art.toks[a].tag == "VBG" or fold(rest) in corpus_names) \
            and opens_with_given_name(rest) and last not in lx.ORG_NOUNS and last not in lx.PLACE_NOUNS else a
    # (another span's: "Catching Fire" tagged as a person makes no person of "Fire")
    return a + 1 if art.toks[a].tag == "VBG" and any(
        art.low[a + 1] in (t[0], t[-1]) for t in person_spans if len(t) > 1 and t[0] != w) else a


_SEAT_WORDS = tuple(tuple(seat.split()) for seat in sorted(lx.SEAT_NAMES))


def _cut_preposition_opener(art: _Article, a: int, b: int, corpus_names: frozenset) -> int:
    """Start of a name after a preposition that opens the sentence and that the NER ran into a
    name the corpus writes without it ("Outside Carrier's plant ...": Carrier). "Inside Edition"
    stays: no "Edition" alone is named anywhere."""
    if b - a >= 2 and art.low[a] in lx.PLACE_PREPOSITIONS and art.words[a][:1].isupper() \
            and _sentence_start(art, a) and fold(strip_possessive(art.span_text(a + 1, b))) in corpus_names:
        return a + 1
    return a


def _cut_one_role_word(art: _Article, a: int, b: int, person_spans: set, label: str) -> int:
    if b - a < 3 or not art.words[a][:1].isupper():
        return a
    w = art.low[a].rstrip(".")
    if not (w in lx.PERSON_NOUNS or w in lx.PRENOMINAL_TITLES or w in lx.TITLE_ABBREVIATIONS):
        return a
    nxt = art.low[a + 1]
    if nxt in lx.MALE_GIVEN or nxt in lx.FEMALE_GIVEN or tuple(art.low[a + 1 : b]) in person_spans:
        return a + 1
    if label in ("PERSON", "PROPN") and all(
        art.toks[k].pos == "PROPN" and art.words[k][:1].isupper() and art.low[k] not in lx.PERSON_NOUNS for k in range(a + 1, b)
    ):
        return a + 1
    return a


class _OtherPersons:
    """Tokens of person names other than actor ``local``'s (a lazy set: ``k in others``)."""

    __slots__ = ("an", "local")

    def __init__(self, an: "ArticleActors", local: int) -> None:
        self.an = an
        self.local = local

    def __contains__(self, k: int) -> bool:
        x = self.an.by_token.get(k)
        return (
            x is not None and x.kind == "name" and x.local != self.local and x.local >= 0
            and self.an.actors[x.local].type == "person"
        )


def _caps_label(art: _Article, a: int, b: int, common: frozenset) -> bool:
    """The span is words the corpus writes in lower case, in capitals inside a run of at least
    three capitalised words ("NEW CAP FOR LEAKING OIL WELL", a graphic's label in a mixed-case
    article): no name ("BP", "NOAA" are no lower-case words, and stay). Not in an article
    written mostly in capitals."""
    if not common or not all(art.words[k].isalpha() and art.words[k].isupper() and art.low[k] in common
                             for k in range(a, b)):
        return False
    if art.caps_share > 0.2:
        return False  # an article in capitals (a transcript, a wire's old style): read as it is
    lo, hi = a, b
    while lo > 0 and art.words[lo - 1].isupper() and art.words[lo - 1].isalpha():
        lo -= 1
    while hi < art.n and art.words[hi].isupper() and art.words[hi].isalpha():
        hi += 1
    return hi - lo >= 3


def _capitalised_common(art: _Article, k: int, word: str, common: frozenset, person_words: set) -> bool:
    """The one-word "name" at token ``k`` is a word the corpus writes in lower case
    (``corpus_vocabulary``), capitalised only because it opens the sentence, and no person of
    the article bears it ("Underwater robots ...", but "Wells said" after "Kent Wells"); a
    plural counts by its singular too ("Records show ..." where the corpus writes "record")."""
    plural_of_common = len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word[:-1] in common
    return (word in common or plural_of_common) and word not in person_words and _sentence_start(art, k)


def _ends_in_title(art: _Article, a: int, b: int) -> bool:
    """The span [a, b) of several words ends in an abbreviated title ("U.S. Coast Guard Rear
    Adm."): the title before a name, not a name."""
    if b - a < 2 or art.low[b - 1].rstrip(".") not in lx.TITLE_ABBREVIATIONS:
        return False
    # the abbreviation's full stop, in the token or split off by the tokenizer ("Cmdr" ".")
    return art.words[b - 1].endswith(".") or b < art.n and art.words[b] == "." and not art.toks[b - 1].ws


def _sentence_start(art: _Article, k: int) -> bool:
    """Token ``k`` opens its sentence or its line (after quotation marks or a bullet)."""
    j = k - 1
    while j >= 0 and art.sent_of[j] == art.sent_of[k] and not art.words[j][:1].isalnum() and "\n" not in art.words[j]:
        j -= 1
    return j < 0 or art.sent_of[j] != art.sent_of[k] or "\n" in art.text[art.toks[j].end : art.toks[k].start]


def _date_stamp(low: str) -> bool:
    """A run of a weekday, a month and numbers ("tue jun 15", "thu jun 30 2011"): a time
    stamp the tagger read as a name."""
    words = [w.strip(".,") for w in low.split()]
    return (
        len(words) >= 2
        and any(w in WEEKDAYS for w in words)
        and all(w in WEEKDAYS or w in MONTHS or w.isdigit() for w in words)
    )


def _honorific_before(art: _Article, a: int) -> str:
    j = a - 1
    if j >= 0 and art.words[j] == ".":
        j -= 1
    if j >= 0 and art.low[j].rstrip(".") in lx.HONORIFICS:
        return art.low[j].rstrip(".")
    return ""


def _glued_hyphen(art: _Article, k: int) -> bool:
    """Token ``k`` is a hyphen with no space on either side ("vice-president")."""
    return art.words[k] == "-" and art.toks[k - 1].end == art.toks[k].start and art.toks[k].end == art.toks[k + 1].start


# The words of the title phrases ("prime" of "prime minister", "attorney" of "attorney general").
_TITLE_PHRASE_WORDS = frozenset(w for p in lx.TITLE_PHRASES for w in p.split())
# ... and those joined by "of" or "for" ("chief of staff"), as word lists
_OF_TITLE_PHRASES = tuple(p.split() for p in lx.TITLE_PHRASES if " of " in p or " for " in p)


def _of_phrase_start(art: _Article, j: int, end: int) -> int | None:
    """Start of a title phrase joined by "of"/"for" whose joining word is token ``j`` and which
    ends before ``end`` ("Chief of Staff" before "Cheryl Mills"), else None."""
    w = art.low[j]
    for pw in _OF_TITLE_PHRASES:
        for k, x in enumerate(pw):
            s0 = j - k
            if x == w and s0 >= 0 and s0 + len(pw) <= end and all(
                    art.low[s0 + i].rstrip(".") == pw[i] for i in range(len(pw))):
                return s0
    return None


def _title_before(art: _Article, a: int, taken: set | None = None) -> tuple[str, bool, int] | None:
    """The title written right before a name: ("Secretary of State", past, start token).
    An honorific right before the name is stepped over ("President Mr Moon" is rare, but
    "people Mr Brown" must not make "people Mr" a title); the scan stops at another
    mention's tokens ("BBC's Matt Frei Haitian President Rene Preval")."""
    j = a - 1
    sent = art.sent_of[a]
    if j >= 0 and art.words[j] == ".":
        j -= 1
        if j >= 0 and art.low[j] in lx.TITLE_ABBREVIATIONS:
            sent = art.sent_of[j]  # the splitter may end a sentence at "Cmdr." before the name
    if j >= 0 and art.low[j].rstrip(".") in lx.HONORIFICS:
        a = j
        j -= 1
        if j >= 0 and art.words[j] == ".":
            j -= 1
    start = a
    past = False
    saw_title = False
    last_title_end = None
    while j >= 0 and a - j <= 10:
        w = art.low[j].rstrip(".")
        tok = art.toks[j]
        if art.sent_of[j] != sent or tok.pos in ("PUNCT", "SPACE") and art.words[j] not in ("-",):
            break
        if art.words[j] == "-" and (tok.ws or j > 0 and art.toks[j - 1].ws):
            break  # a dash between words, not a hyphen: "the Special Republican Guard - Saddam's bodyguard"
        if taken is not None and j in taken:
            break  # another person's name
        if art.words[j] != "-" and not any(c.isalpha() for c in art.words[j]):
            break  # a figure of a ticker run into a caption: "Dow Jones: -348.22 Sen. Barack Obama"
        if art.words[j] in TIME_ZONES:
            break  # a stamp's time zone: "09.32 BST President Bush"
        if w in lx.HONORIFICS:
            break
        if w in ("of", "for") and saw_title and (k := _of_phrase_start(art, j, a)) is not None:
            start = k  # "Chief of Staff Cheryl Mills": the phrase whole, not its last word
            j = k - 1
            continue
        if tok.pos in ("DET", "VERB", "AUX", "PRON", "ADP") and w not in ("of", "for"):
            break
        if w in WEEKDAYS or w in MONTHS:
            break  # "On Thursday US Secretary-General Ban Ki-moon"
        if w in ("am", "pm", "a.m", "p.m") and j > 0 and any(ch.isdigit() for ch in art.words[j - 1]):
            break  # a page's stamp: "March 3, 2009; 4:57 PM President Obama"
        if saw_title and tok.tag == "NNS" and art.words[j].islower():
            break  # a headline run into the sentence: "... earthquake victims US President Obama"
        if tok.tag in ("JJS", "RBS") and art.words[j].islower():
            break  # "or at least President Assad"
        if tok.pos == "ADJ" and art.words[j].islower() and tok.dep in ("ccomp", "acomp", "oprd", "xcomp", "advcl"):
            break  # a predicate, not a modifier: "made sure President Barack Obama did not ..."
        if saw_title and art.words[j].islower() and w in lx.PERSON_NOUNS and w not in _TITLE_PHRASE_WORDS \
                and last_title_end is not None and art.words[last_title_end - 1][:1].isupper():
            break  # a description before a title: "primary rival Sen. Bernie Sanders" is a senator
        if w in lx.PAST_MARKERS:
            past = True
            start = j
            j -= 1
            continue
        if art.is_title_word(j) or w in lx.TITLE_SKIP_MODIFIERS:
            if not saw_title and w not in lx.TITLE_SKIP_MODIFIERS:
                last_title_end = j + 1
            saw_title = saw_title or w not in lx.TITLE_SKIP_MODIFIERS
            start = j
            j -= 1
            continue
        if w in ("of", "for") and saw_title is False and j + 1 < a:
            start = j
            j -= 1
            continue
        if art.words[j][:1].isupper() or tok.pos in ("PROPN", "ADJ") or art.words[j] == "-":
            if art.low[j] in ("'s", "’s"):
                break
            if art.words[j].islower() and j > 0 and art.toks[j - 1].tag == "TO":
                break  # a verb after an infinitive's "to", tagged an adjective: "to shoehorn Secretary Clinton's conduct"
            if art.words[j][:1].isupper() and j not in art.entity_tokens and art.word_case[0][art.low[j]] \
                    and w not in lx.DEMONYMS and w not in lx.COUNTRIES and w not in _TITLE_PHRASE_WORDS \
                    and not (j + 2 < art.n and _glued_hyphen(art, j + 1)):
                break  # a headline's word the article writes in small letters: "Economic Recovery President"
                # (not the first half of a hyphened word: "Front-runner Hillary Clinton")
            start = j
            j -= 1
            continue
        break
    if not saw_title or last_title_end is None:
        return None
    # drop leading words that are not part of the title proper
    while start < a and (art.low[start] in ("-",) or art.low[start].rstrip(".") in lx.PAST_MARKERS):
        start += 1
    while start < a and art.toks[start].pos not in ("PROPN", "NOUN", "ADJ") and art.low[start] not in lx.TITLE_SKIP_MODIFIERS:
        start += 1
    if start >= a:
        return None
    end = a - 1 if art.words[a - 1] == "." and art.low[a - 2].rstrip(".") in lx.TITLE_ABBREVIATIONS else a
    return art.span_text(start, end), past, start


@lru_cache(maxsize=1 << 14)
def role_key(text: str) -> str:
    """The part of a role that identifies it: a title phrase, else the head noun.

    'Newly-installed Secretary of State' -> 'secretary of state'; 'North Korean dictator'
    -> 'dictator'; 'the VP' -> 'vice president'; 'younger sister of leader Kim' -> 'sister'.
    """
    toks = [t for t in name_tokens(text.replace("-", " - ")) if t not in ("-",)]
    if len(toks) == 1 or all(t in lx.TITLE_ABBREVIATIONS for t in toks):  # "VP", "Lt Col"
        toks = " ".join(lx.TITLE_ABBREVIATIONS.get(t, t) for t in toks).split()
    joined = " ".join(toks)
    for p in _TITLES_LONGEST_FIRST:
        if f" {p} " in f" {joined} ":
            return lx.ROLE_ALIASES.get(p, p)
    # head: last noun before "of"/"for"/"at"
    cut = toks
    for k, t in enumerate(toks):
        if t in ("of", "for", "at", "to", "with", "in", "from", "on") and k > 0:
            cut = toks[:k]
            break
    head = cut[-1] if cut else ""
    if head.endswith("s") and head[:-1] in lx.PERSON_NOUNS and head not in lx.PERSON_NOUNS:
        head = head[:-1]
    head = lx.ROLE_ALIASES.get(head, head)
    return lx.TITLE_ABBREVIATIONS.get(head, head) if head in ("vp", "pm", "ceo") else head


# --- the article pass --------------------------------------------------------------------


class ArticleActors:
    """Local actors and mentions of one article (``analyse`` fills them)."""

    def __init__(
        self, doc: ArticleDoc, *, descriptions: bool = True, pronouns: bool = True, known_names: frozenset = frozenset(),
        common_words: frozenset = frozenset(), corpus_names: frozenset = frozenset(),
    ):
        self.art = _Article(doc)
        self.known_names = known_names
        self.common_words = common_words
        self.corpus_names = corpus_names
        self.actors: list[LocalActor] = []
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        self.descriptions = descriptions
        self.pronouns = pronouns
        self._last_candidates: list = []

    # helpers ---------------------------------------------------------------------------
    def _new(self, kind: str = "named") -> LocalActor:
        a = LocalActor(len(self.actors), kind=kind)
        self.actors.append(a)
        return a

    def _attach(self, m: Mention, actor: LocalActor, evidence: str = "") -> None:
        m.local = actor.index
        if evidence and not m.evidence:
            m.evidence = evidence
        elif evidence:
            m.evidence = f"{m.evidence}; {evidence}"
        if not actor.mentions:
            actor.first = m.tok_start
        if m.kind == "pronoun" and self.art.low[m.tok_start] in GENDERED_PRONOUNS:
            actor.types["person"] += 1
        if m.kind == "description" and actor.kind == "named" and m.head >= 0:
            h = self.art.toks[m.head]
            lemma = self.art.low[m.head] if h.pos == "PROPN" else fold(h.lemma)
            actor.desc_heads.add(lx.ROLE_ALIASES.get(lemma, lx.HEAD_SYNONYMS.get(lemma, lemma)))
        actor.mentions.append(m)
        self.mentions.append(m)
        for k in range(m.tok_start, m.tok_end):
            self.by_token.setdefault(k, m)

    def _add_role(self, actor: LocalActor, text: str, past: bool, sent: int) -> None:
        text = text.strip(" ,")
        if past:
            # the role is shown with "(former)"; "then CIA chief (former)" says it twice
            words = text.split()
            while len(words) > 1 and words[0].lower().rstrip(".") in lx.PAST_MARKERS:
                words = words[1:]
            text = " ".join(words)
        if not text:
            return
        key = role_key(text)
        if not key:
            return
        if actor.type != "person" and not (
            key in lx.PERSON_NOUNS or key in lx.PRENOMINAL_TITLES or key in lx.TITLE_PHRASES
        ):
            return  # "Reuters, a news agency": not a person's role
        actor.roles.append(Role(text, key, past, sent))
        actor.types["person"] += 2
        if key in lx.FEMALE_NOUNS and not actor.gender:
            actor.gender = "f"
        elif key in lx.MALE_NOUNS and not actor.gender:
            actor.gender = "m"

    # main --------------------------------------------------------------------------------
    def analyse(self) -> "ArticleActors":
        art = self.art
        title_spans = _title_phrase_spans(art)
        names = _entity_mentions(art, title_spans, self.known_names, self.common_words, self.corpus_names)
        self._link_names(names)
        self._team_cities()
        self._roles(names)
        if self.descriptions:
            self._descriptions(title_spans)
        if self.pronouns:
            self._pronouns()
            if self.descriptions:
                self._gendered_descriptions_again()
        self._ages()
        if self.descriptions:
            self._bodies()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        for a in self.actors:  # no vote changes after this: the corpus step reads them often
            a.settled_type = a.type
        return self

    def _team_cities(self) -> None:
        """A place name that acts ("Norbury beat Alder 3-1", "Norbury's defence") where the
        article names one organisation called after that place ("Norbury Rovers") is that
        organisation, as sports reports write it; "in Norbury" stays the town."""
        art = self.art
        orgs = [a for a in self.actors if a.kind == "named" and a.mentions and not a.country
                and a.type == "organisation"]
        if not orgs:
            return
        for m in list(self.mentions):
            if m.kind != "name" or m.local < 0:
                continue
            a = self.actors[m.local]
            if a.type != "place" or a.country:
                continue
            h = m.head if m.head >= 0 else m.tok_end - 1
            if art.toks[h].dep not in SUBJECT_DEPS and art.toks[h].dep != "poss":
                continue
            if m.tok_start > 0 and art.low[m.tok_start - 1] in LOCATION_PREPS:
                continue
            toks = name_tokens(m.text)
            fits = [o for o in orgs if o is not a and len(name_tokens(o.display())) > len(toks)
                    and name_tokens(o.display())[: len(toks)] == toks]
            if len(fits) != 1:
                continue
            a.mentions.remove(m)
            self.mentions.remove(m)
            self._attach(m, fits[0], f"place name for {fits[0].display()}")

    # 2. names ------------------------------------------------------------------------------
    def _country_of(self, m: Mention) -> tuple[str, str]:
        """(canonical country, kind) for a country name, demonym or metonym; ('', '') otherwise."""
        low = fold(strip_possessive(m.text))
        low_nothe = low[4:] if low.startswith("the ") else low
        if low_nothe in lx.COUNTRY_ALIASES:
            return lx.COUNTRY_ALIASES[low_nothe], "name"
        if m.label == "NORP" and low in lx.DEMONYMS and self._one_national(m, low):
            # "the American regards himself as ...": one person of that nation, not the country
            # ("the British", "the Chinese" are the people as a whole, and stay the country)
            return "", ""
        if m.label == "NORP" and low in lx.DEMONYMS:
            return lx.DEMONYMS[low], "name"
        if low_nothe in lx.METONYMS and m.label in ("GPE", "ORG", "FAC", "LOC"):
            prev = self.art.low[m.tok_start - 1] if m.tok_start > 0 else ""
            if prev not in LOCATION_PREPS and not self._city_use(m):
                return lx.METONYMS[low_nothe], "metonym"
        # a country's name under another label is the country too: "the Iraq war" (left
        # out by the NER, found as a proper noun), "Iran" tagged ORG as a government
        if m.label in ("GPE", "LOC", "ORG", "PROPN") and low_nothe in lx.COUNTRIES:
            return lx.COUNTRIES[low_nothe], "name"
        return "", ""

    def _located(self, m: Mention) -> bool:
        """A name of two words or more, opening with no given name, as the object of a place
        preposition ("in", "at", "near"): a place the NER took for a person."""
        art = self.art
        if len(name_tokens(m.text)) < 2 or opens_with_given_name(m.text) or m.tok_start == 0:
            return False
        if m.tok_end < art.n and art.low[m.tok_end] in ("'s", "’s", "'"):
            return False
        return art.low[m.tok_start - 1] in PLACE_PREPS

    @staticmethod
    def _family_name(key: str, pn, persons: list) -> bool:
        """Where Donald Trump is named, a "Trump" the NER called an organisation is his
        surname, not the end of "Ivanka Trump", and "Ivanka Trump" is no fuller name of that
        "Trump": neither is matched to the other as an organisation's short and long name."""
        full = [p.person for p in persons if p.person is not None and p.person.full]
        if " " not in key:
            return any(short_match_rank(key, p) == 2 for p in full)
        return pn.full and any(compare(pn, p) == "conflict" for p in full)

    def _one_national(self, m: Mention, low: str) -> bool:
        """"the American" or "an Iraqi" as a noun of its own: one person, not the nation."""
        art = self.art
        if m.tok_start == 0 or art.low[m.tok_start - 1] not in ("the", "a", "an") or not low.endswith(("an", "i")):
            return False
        h = m.head if m.head >= 0 else m.tok_end - 1
        return art.toks[h].dep not in ("amod", "compound", "nmod", "npadvmod")

    def _city_use(self, m: Mention) -> bool:
        """A capital used as the city, not the government: a modifier of a noun ("a Paris
        store", "Paris police") or the object of a place preposition ("in central Paris")."""
        art = self.art
        h = m.head if m.head >= 0 else m.tok_end - 1
        tok = art.toks[h]
        if tok.dep in ("compound", "amod", "nmod", "npadvmod"):
            return True
        return tok.dep == "pobj" and 0 <= tok.head < art.n and art.low[tok.head] in LOCATION_PREPS

    def _link_names(self, names: list[Mention]) -> None:
        art = self.art
        persons: list[LocalActor] = []
        by_country: dict[str, LocalActor] = {}
        by_org: dict[str, LocalActor] = {}
        by_place: dict[str, LocalActor] = {}
        pending_short: list[Mention] = []
        # pass A: full names, countries, organisations, places
        pending_compass: list[Mention] = []
        # full names the tagger called organisations that the article reads as persons
        # ("Carly Fiorina ... she"), and their surnames alone, wherever in the article they stand
        taken_up = {m.tok_start for m in names if _person_despite_the_tagger(art, m, self.common_words)}
        taken_surnames = {tuple(name_tokens(m.text)[-1:]) for m in names if m.tok_start in taken_up}
        # a name the article itself calls a district ("the Baba Amr district", "the Baba Amr
        # neighbourhood") is a place in every mention, though the NER called it a person
        settlements = {
            org_key(m.text) for m in names
            for k in (m.tok_end, m.tok_end - 1)  # "Baba Amr district", "[Hama province]"
            if k - m.tok_start >= 1 and k < art.n and art.low[k] in lx.SETTLEMENT_NOUNS and art.words[k].islower()
        } | {
            org_key(m.text) for m in names  # "the city of Homs", "the town of Jisr al-Shughour"
            if m.tok_start >= 2 and art.low[m.tok_start - 1] == "of" and art.low[m.tok_start - 2] in lx.SETTLEMENT_NOUNS
            and art.words[m.tok_start - 2].islower()
        } | {
            # "protesters gathered in Jisr al-Shughour", "the killings at Jisr al-Shughour"
            org_key(m.text) for m in names if m.label == "PERSON" and self._located(m)
        } | {
            # the noun inside the name, in small letters: "Hama province", "the Homs region"
            org_key(m.text) for m in names
            if m.tok_end - m.tok_start >= 2 and art.low[m.tok_end - 1] in lx.SETTLEMENT_NOUNS
            and art.words[m.tok_end - 1].islower()
        }
        for m in names:
            low_c = fold(strip_possessive(m.text))
            if (low_c[4:] if low_c.startswith("the ") else low_c) in lx.COMPASS_STATES:
                pending_compass.append(m)
                continue
            country, ckind = self._country_of(m)
            if country:
                actor = by_country.get(country)
                if actor is None:
                    actor = by_country[country] = self._new()
                    actor.country = country
                actor.types["country"] += 1
                actor.names[strip_possessive(m.text)] += 1
                m.kind = ckind
                self._attach(m, actor, f"{ckind} of {country}" if ckind == "metonym" else "country name")
                continue
            words_c = low_c.split()
            if low_c in lx.ADDRESS_TITLES and _honorific_before(art, m.tok_start):
                continue  # "Mr President", "Madam Speaker": the office addressed, no name
            if m.label == "NORP" or 0 < len(words_c) <= 2 and words_c[-1] in lx.COMMUNITIES:
                continue  # a nationality or a community ("Alawites", "Sunni Muslims"), no actor
            if "-" in m.text and (m.label != "PERSON" or self._modifies_noun(m)):
                parts = [p for p in re.split(r"\s*-\s*", m.text) if p]
                known = {t for p in persons if p.person for t in (p.person.tokens[0], p.person.tokens[-1]) if p.person.tokens}
                known |= {fold(x.text) for x in pending_short}
                if len(parts) == 2 and all(fold(part) in known for part in parts):
                    continue  # "Trump-Kim summit": two persons, not a name (even tagged PERSON)
                if len(parts) == 2 and parts[0].isupper() and 2 <= len(parts[0]) <= 5 and len(parts[1].split()) >= 2 \
                        and all(w[:1].isupper() for w in parts[1].split()):
                    continue  # "UN-Arab League envoy": two organisations' joint office, not a name of either
            typ = NAME_LABELS[m.label]
            if typ == "person" and len(words_c) > 1 and (words_c[0] == "team" or words_c[-1] in lx.PERSON_LED_ORGS):
                typ = "organisation"  # "Team Obama", "the Obama Administration": his people, not him
            hon = _honorific_before(art, m.tok_start)
            if typ in ("person", "organisation") and not hon and org_key(m.text) in settlements:
                typ = "place"
            pn = parse_person(m.text)
            looks_person = typ == "person" or bool(hon) or m.tok_start in taken_up \
                or m.label == "ORG" and tuple(name_tokens(m.text)) in taken_surnames
            if looks_person and not pn.full:
                pending_short.append(m)
                continue
            if looks_person or (pn.full and any(compare(pn, p.person) == "same" for p in persons if p.person)):
                actor = None
                for p in persons:
                    if p.person and compare(pn, p.person) == "same":
                        actor = p
                        break
                if actor is None:
                    actor = self._new()
                    persons.append(actor)
                if actor.person is None or len(pn.tokens) > len(actor.person.tokens):
                    actor.person = pn
                # a full name the NER calls a person is strong evidence (the NER often
                # tags the bare surname ORG or GPE: "Pence", "Pompeo")
                actor.types["person" if looks_person else typ] += 3 if m.label == "PERSON" and pn.full else 1
                if hon:
                    actor.types["person"] += 1
                    actor.gender = actor.gender or pn.gender or parse_person(hon + " x").gender
                actor.gender = actor.gender or pn.gender
                actor.names[strip_possessive(m.text)] += 1
                self._attach(m, actor, "full name")
                continue
            key = org_key(m.text)
            if not key:
                continue
            pool = by_org if typ in ("organisation", "") else by_place
            actor = pool.get(key) or (by_place if pool is by_org else by_org).get(key)
            if actor is None and typ in ("organisation", "") and not self._family_name(key, pn, persons):
                actor = _affix_match(key, by_org)
                if actor is not None:
                    pool[key] = actor
            if actor is None:
                # a single-token name a known person is called by ("Pompeo" tagged GPE)
                if len(name_tokens(m.text)) == 1:
                    cand = self._person_for_token(name_tokens(m.text)[0], persons, m.tok_start, forward=False)
                    if cand is not None and cand.person and cand.person.full and (
                        typ != "organisation" or short_match_rank(name_tokens(m.text)[0], cand.person) == 2
                    ):
                        cand.names[strip_possessive(m.text)] += 1
                        cand.types["person"] += 1
                        self._attach(m, cand, f"surname of {cand.display()} (NER said {m.label})")
                        continue
                    cand = _given_name_holder(name_tokens(m.text), persons)
                    prev = art.low[m.tok_start - 1] if m.tok_start > 0 else ""
                    if cand is not None and key not in lx.COUNTRIES and prev not in LOCATION_PREPS:  # "to Paris"
                        cand.names[strip_possessive(m.text)] += 1
                        cand.types["person"] += 1
                        self._attach(m, cand, f"given name of {cand.display()} (NER said {m.label})")
                        continue
                actor = self._new()
                pool[key] = actor
                actor.org = key if typ == "organisation" else ""
            if typ:
                actor.types[typ] += 1
            actor.names[strip_possessive(m.text)] += 1
            self._attach(m, actor, "same name")
        # pass B: bare surnames / given names ("Kim", "Mr. Kang", "Hak-Song")
        for m in pending_short:
            tok = name_tokens(m.text)
            hon = _honorific_before(art, m.tok_start)
            self._last_candidates = []
            actor = self._person_for_token(tok[0], persons, m.tok_start, forward=False) if tok else None
            evidence = ""
            tied = self._tied_surname()
            if tied:
                actor = self._new()
                actor.person = parse_person(m.text)
                actor.ambiguous = tuple(p.index for p in tied)
                evidence = "surname shared by " + ", ".join(p.display() for p in tied) + " (most prominent in the corpus)"
            elif actor is not None:
                evidence = f"short name of {actor.display()}"
            else:
                self._last_candidates = []
                actor = self._person_for_token(tok[0], persons, m.tok_start, forward=True) if tok else None
                if actor is not None:
                    evidence = f"short name of {actor.display()} (named later)"
            if actor is None:
                # an organisation known by this single word ("Vantage" for "Vantage Weekly")
                low = " ".join(tok)
                for a2 in list(by_org.values()):
                    if a2.org.split()[:1] == [low] and not hon and a2.org.split()[-1] not in lx.PERSON_LED_ORGS:
                        actor = a2
                        evidence = f"short name of {a2.display()}"
                        break
            if actor is None and len(tok) == 1 and (not hon or hon in ("sir", "dame")):
                # a given name alone ("Marisol" after "Marisol Venter"): the one person here
                # who has it, children and victims are often called so; a knight by "Sir"
                # and his given name ("Sir Christopher" for Sir Christopher Meyer)
                actor = _given_name_holder(tok, persons)
                if actor is not None:
                    evidence = f"given name of {actor.display()}"
            if actor is None and tok:
                # the same bare name again ("Tolliver" ... "Tolliver")
                for p in persons:
                    if p.person is not None and not p.person.full and p.person.tokens == tuple(tok):
                        actor = p
                        evidence = "same name"
                        break
            if actor is None:
                actor = self._new()
                actor.person = parse_person(m.text)
                persons.append(actor)
                evidence = "surname only"
            # a surname the tagger called an organisation ("Pence" beside "Mike Pence") is the
            # person's all the same once it is read as the short name of a full one
            person_vote = hon or m.label == "PERSON" or tuple(tok) in taken_surnames or (
                evidence.startswith("short name of") and actor.person is not None and actor.person.full)
            actor.types["person" if person_vote else NAME_LABELS.get(m.label, "person")] += 1
            if hon:
                g = parse_person(hon + " x").gender
                actor.gender = actor.gender or g
            actor.names[strip_possessive(m.text)] += 1
            self._attach(m, actor, evidence)
        # "the North" for North Korea where the article names North Korea
        for m in pending_compass:
            low_c = fold(strip_possessive(m.text))
            word = (low_c[4:] if low_c.startswith("the ") else low_c).capitalize()
            target = next((a for a in by_country.values() if a.country.startswith(word + " ")), None)
            if target is None:
                target = by_place.get(low_c)
                if target is None:
                    target = by_place[low_c] = self._new()
                target.types["place"] += 1
                target.names[strip_possessive(m.text)] += 1
                self._attach(m, target, "same name")
                continue
            m.kind = "metonym"
            target.names[strip_possessive(m.text)] += 1
            self._attach(m, target, f"'the {word}' for {target.country}")
        # a surname the NER called an organisation or place before the full name came
        # ("Pence's office ... Mike Pence")
        full_persons = [p for p in persons if p.person is not None and p.person.full and p.mentions]
        for a in list(by_org.values()) + list(by_place.values()):
            if not a.mentions or a.country or " " in (a.org or org_key(a.display())):
                continue
            tok = name_tokens(a.display())
            if len(tok) != 1:
                continue
            fits = [p for p in full_persons if short_match_rank(tok[0], p.person) == 2]
            if len(fits) == 1:
                # its mentions are the person's, and so are the votes the tagger's labels cast,
                # when the full name is a person's to the tagger too (not an acronym, "SVP",
                # run onto a word a given name list holds: "Junge SVP")
                person = fits[0]
                votes = 0
                if not tok[0].isupper() and not a.display().isupper() \
                        and person.types["person"] > sum(person.types.values()) - person.types["person"]:
                    votes = sum(a.types.values())
                    a.types.clear()
                self._merge(person, a, evidence=f"surname of {person.display()}")
                person.types["person"] += votes + 1
        # acronyms: "CIA" and "Central Intelligence Agency" in one article
        orgs = [a for a in self.actors if a.org]
        for a in orgs:
            if " " not in a.org and len(a.org) >= 2:
                for b in orgs:
                    if b is not a and b.mentions and " " in b.org and a.org in acronyms(b.org):
                        self._merge(b, a)
                        break

    def _merge(self, keep: LocalActor, drop: LocalActor, evidence: str = "") -> None:
        if keep is drop or not drop.mentions:
            return
        evidence = evidence or f"acronym of {keep.display()}"
        for m in drop.mentions:
            m.local = keep.index
            m.evidence = (m.evidence + "; " if m.evidence else "") + evidence
        keep.mentions.extend(drop.mentions)
        keep.mentions.sort(key=lambda m: m.tok_start)
        keep.names.update(drop.names)
        keep.types.update(drop.types)
        keep.roles.extend(drop.roles)
        drop.mentions = []

    def _person_for_token(self, token: str, persons: list[LocalActor], at: int, *, forward: bool) -> LocalActor | None:
        """The person a bare name token refers to: last-token (Western surname) matches before
        first-token (East Asian surname) matches, then the most mentioned, then the latest."""
        best = None
        best_score = None
        for p in persons:
            if p.person is None or not p.person.full or not p.mentions:
                continue
            first_at = min(m.tok_start for m in p.mentions if m.kind == "name" and parse_person(m.text).full) if any(
                m.kind == "name" and parse_person(m.text).full for m in p.mentions) else p.first
            if forward != (first_at > at):
                continue
            rank = short_match_rank(token, p.person)
            if rank == 0:
                continue
            before = [m for m in p.mentions if m.tok_start < at]
            last = max((m.tok_start for m in before), default=-1)
            # a relative introduced as such ("his father, Thomas Dodd") comes after the
            # person the article is about ("Dodd was practically born into politics")
            score = (rank, not self._named_as_kin(p), len(before), last if not forward else -first_at)
            if best_score is None or score > best_score:
                best, best_score = p, score
            self._last_candidates.append((rank, p))
        return best

    def _named_as_kin(self, p: LocalActor) -> bool:
        """A full name of ``p`` stands in apposition to a kinship noun: "his father, Thomas
        Dodd", "Dodd's father Thomas Dodd", "Thomas Dodd, his father"."""
        art = self.art
        for m in p.mentions:
            if m.kind != "name":
                continue
            j = m.tok_start - 1
            if j >= 0 and art.words[j] == ",":
                j -= 1
            if j >= 1 and art.low[j] in lx.KIN_NOUNS and art.toks[j - 1].tag in ("PRP$", "POS"):
                return True
            k = m.tok_end
            if k + 2 < art.n and art.words[k] == "," and art.toks[k + 1].tag in ("PRP$",) \
                    and art.low[k + 2] in lx.KIN_NOUNS:
                return True
        return False

    def _tied_surname(self) -> list[LocalActor]:
        """East Asian surname shared by several persons of the article ("Kim" among Kim Jong
        Un, Kim Yo Jong and Kim Yong Nam): the candidates, left for the corpus to decide."""
        c = self._last_candidates
        if len(c) < 2:
            return []
        top = max(r for r, _ in c)
        tied = [p for r, p in c if r == top]
        return tied if top == 1 and len(tied) > 1 else []

    # 3. roles -------------------------------------------------------------------------------
    def _roles(self, names: list[Mention]) -> None:
        art = self.art
        for m in names:
            if m.local < 0:
                continue
            actor = self.actors[m.local]
            if actor.country or actor.type not in ("person", "unknown"):
                continue
            t = _title_before(art, m.tok_start, _OtherPersons(self, m.local))
            if t is not None and (role_key(t[0]) in lx.NOT_TITLES or art.toks[m.tok_start - 1].tag == "NNS"):
                t = None  # "people Mr Brown", "residents Jane Doe": not a title
            if t is not None:
                text, past, start = t
                self._add_role(actor, text, past, m.sent)
                # the title itself is a mention of the person ("Secretary of State")
                tm = Mention(start, m.tok_start, art.toks[start].start, art.toks[m.tok_start - 1].end,
                             art.span_text(start, m.tok_start), "title", m.sent, evidence=f"title of {actor.display()}", head=m.tok_start - 1)
                if tm.text.strip(" .") and not any(k in self.by_token for k in range(start, m.tok_start)):
                    self._attach(tm, actor)
            # apposition: "Nick Ayers, Pence's chief of staff," / "Quell's attorney, Dana Pirtle"
            for k in range(m.tok_start, m.tok_end):
                tok = art.toks[k]
                for c in art.children[k]:
                    if art.toks[c].dep == "appos" and (c < m.tok_start or c >= m.tok_end):
                        self._appos_role(actor, c, m)
                if tok.dep == "appos" and not (m.tok_start <= tok.head < m.tok_end):
                    h = tok.head
                    if art.toks[h].pos == "NOUN" and art.low[h] in lx.PERSON_NOUNS | lx.PRENOMINAL_TITLES:
                        self._appos_role(actor, h, m)
            # copula: "Robert R. King is a Non-Resident Fellow at ...", "Harmon became the
            # scoring leader", and the infinitive a subject controls ("scored 23 points to
            # become the scoring leader")
            head = art.toks[m.head]
            if head.dep in SUBJECT_DEPS and not _inside_quotation(art, m.start):
                # (not a speaker's claim: '"Ted is a supporter of legalizing people ...,"
                # Rubio said')
                v = head.head
                verbs = [v] + [c for c in art.children[v] if art.toks[c].dep in ("xcomp", "advcl") and art.toks[c].lemma in COPULAS]
                for v2 in verbs:
                    if art.toks[v2].lemma not in COPULAS or any(
                            art.toks[c].dep == "neg" and (c + 1 >= art.n or art.low[c + 1] not in _NOT_ONLY)
                            for c in art.children[v2]):
                        continue  # (nor what one is not: "Obama is not a natural politician"; "is
                        # not only a big star" is one)
                    for c in art.children[v2]:
                        if art.toks[c].dep in ("attr", "oprd") and art.toks[c].pos in ("NOUN", "PROPN"):
                            self._appos_role(actor, c, m)

    def _appos_role(self, actor: LocalActor, h: int, m: Mention) -> None:
        art = self.art
        if art.low[h] not in lx.PERSON_NOUNS and art.low[h] not in lx.PRENOMINAL_TITLES and (
                ROLE_NOUNS_ONLY or art.toks[h].pos != "NOUN"):
            return  # "Bush, an absurd chimp", "Blair is in breach of ...": no role
        if h in self.by_token and self.by_token[h].kind == "name":
            return
        if art.toks[h].tag == "NNS":
            return  # "Mr Bush, EU foreign ministers are ...": a plural is no one person's role
        lo, hi = art.subtree(h)
        gap = range(m.tok_end, lo) if lo >= m.tok_end else range(hi, m.tok_start)
        if any(art.words[k] == ":" for k in gap):
            return  # "Paxman: Prime Minister, is there ...": a transcript's turn addresses someone
        if h >= m.tok_end and m.tok_end < art.n and art.low[m.tok_end] in ("'s", "’s", "'", "’") and lo <= m.tok_end + 1:
            return  # "Gore, the Democrats' 2000 presidential nominee": the nominee is theirs, not them
        if lo >= m.tok_end and any(art.toks[k].dep == "conj" and art.toks[k].pos == "PROPN"
                                   and m.tok_start <= art.toks[k].head < m.tok_end for k in gap):
            return  # "Bill Clinton and Melania Trump, Republican nominee Donald Trump's wife": the
            # appositive is the nearer name's, wherever the parser hung it
        near = self.by_token.get(lo - 2) if lo >= m.tok_end and lo >= 2 and art.words[lo - 1] == "," else None
        if near is not None and near.kind == "name" and near.local != m.local and art.toks[lo - 2].pos == "PROPN" \
                and fold(near.text).rstrip(".") not in lx.NAME_SUFFIXES and self.actors[near.local].type == "person":
            # "Emanuel - who fired McCarthy, the Chicago police chief, ...": McCarthy's role, though
            # the parser hung it on Emanuel ("Felt, Sr., the number 2 man" stays Felt's, "Misha
            # Shah, of Chicago, an account executive" Shah's)
            if near.tok_end == lo - 1:
                self._appos_role(self.actors[near.local], h, near)
            return
        # "Bush is a more substantial figure than ...": a judgement, not a role (a "younger
        # sister" is one)
        if any(art.low[k] == "than" or k < h and art.toks[k].tag == "RBR" for k in range(lo, hi)):
            return
        # cut at a comma, a relative clause or a coordinated second role
        toks = []
        for k in range(lo, hi):
            if m.tok_start <= k < m.tok_end:
                if k > h:
                    break
                toks = []
                continue
            if art.words[k] in (",", ";", "(", ")", "—", "–") or art.low[k] in ("who", "which", "that"):
                if k > h:
                    break
                toks = []
                continue
            if k > h and art.toks[k].dep == "cc" and art.toks[k].head == h:
                break  # "actress and record-setting swimmer": the second role is added below
            if k > h and k in self.by_token and self.by_token[k].kind == "name" and self.by_token[k].local != m.local and (
                art.toks[k].pos == "PROPN" and fold(self.by_token[k].text) not in lx.COUNTRIES
                and fold(self.by_token[k].text) not in lx.DEMONYMS
            ) and self.actors[self.by_token[k].local].type == "person" and not self._modifies_later(k, hi):
                break  # "Tunisian diplomat Edmond Mulet": another person begins (not "for the
                # Kim government", where the name only qualifies a later noun)
            toks.append(k)
        # nor a discourse adverb before it ("thus their candidate")
        if len(toks) > 2 and art.low[toks[0]] == "not" and art.low[toks[1]] in _NOT_ONLY:
            toks = toks[2:]  # "not only a big telenovela star, but ..."
        while toks and (art.toks[toks[0]].pos in ("DET", "PRON") or art.low[toks[0]] in ("'s",)
                        or art.low[toks[0]] in DISCOURSE_ADVERBS):
            toks = toks[1:]
        # nor the words left hanging where another person began ("chairman of the Federal
        # Reserve during the | Carter and Reagan administrations")
        while toks and toks[-1] > h and art.toks[toks[-1]].pos in ("DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT"):
            toks.pop()
        # nor the name's own title right before it ("primary rival Sen. Bernie Sanders": the
        # title is read as such)
        while len(toks) > 1 and toks[-1] < m.tok_start and toks[-1] > h and (
                art.words[toks[-1]] == "." or art.words[toks[-1]][:1].isupper() and (
                    art.low[toks[-1]].rstrip(".") in lx.TITLE_ABBREVIATIONS or art.low[toks[-1]] in lx.PRENOMINAL_TITLES)):
            toks.pop()
        if not toks:
            return
        past = any(art.low[k] in lx.PAST_MARKERS for k in toks)
        j = toks[0] - 1
        while j >= 0 and art.toks[j].pos in ("PUNCT", "DET"):
            j -= 1
        if j >= 0 and art.low[j] in lx.PAST_MARKERS and j >= m.tok_end:
            past = True
            if art.toks[toks[0]].pos != "DET":
                toks = [j] + [k for k in range(j + 1, toks[0]) if art.toks[k].pos not in ("PUNCT",)] + toks
        # a word the tokenizer split off at a hyphen belongs to the role ("vice-president",
        # "ex-minister", which the parser may hang elsewhere)
        while toks[0] >= 2 and _glued_hyphen(art, toks[0] - 1) and art.words[toks[0] - 2].isalpha() \
                and not m.tok_start <= toks[0] - 2 < m.tok_end:
            toks = [toks[0] - 2, toks[0] - 1] + toks
        # a possessor before the role ("Pence's chief of staff") stays in the text
        text = art.span_text(toks[0], toks[-1] + 1)
        if len(toks) > 12:
            text = art.span_text(toks[0], h + 1)
        # a judgement is no office, though it names the person: "perhaps the least-excitable
        # person in American public life", "the most famous anonymous source in history"
        if not any(art.low[k] in ("most", "least") and art.toks[k].tag in ("RBS", "JJS") for k in toks if k < h):
            self._add_role(actor, text, past, m.sent)
        # coordinated second role: "a retired colonel and senior fellow at ..."
        for c in art.children[h]:
            if art.toks[c].dep == "conj" and art.toks[c].pos == "NOUN":
                lo2, hi2 = art.subtree(c)
                # past only by its own words: "a retired colonel and senior fellow" is a fellow now
                past2 = any(art.low[k].rstrip(".") in lx.PAST_MARKERS for k in range(lo2, c))
                a2 = lo2  # with its own modifiers ("senior fellow"), not "and" or "a"
                # ("and thus their candidate": the candidate)
                while a2 < c and (art.toks[a2].pos in ("DET", "CCONJ", "PUNCT", "PRON")
                                  or art.low[a2] in DISCOURSE_ADVERBS
                                  or art.low[a2].rstrip(".") in lx.PAST_MARKERS):
                    a2 += 1
                self._add_role(actor, art.span_text(a2, hi2) if hi2 - a2 <= 12 else art.words[c], past2, m.sent)
        # the appositive NP is itself a mention of the person
        a = toks[0]
        if not any(k in self.by_token for k in range(a, h + 1)):
            dm = Mention(a, h + 1, art.toks[a].start, art.toks[h].end, art.span_text(a, h + 1), "description",
                         m.sent, evidence=f"apposition to {actor.display()}", head=h)
            self._attach(dm, actor)

    def _modifies_noun(self, m: Mention) -> bool:
        """The name qualifies a noun after it ("the Trump-Kim summit")."""
        t = self.art.toks[m.head if m.head >= 0 else m.tok_end - 1]
        return t.dep in ("compound", "amod", "nmod") and t.head >= m.tok_end and self.art.toks[t.head].pos == "NOUN"

    def _modifies_later(self, k: int, hi: int) -> bool:
        """Token ``k`` (with the rest of its name) qualifies a noun after it, before ``hi``."""
        art = self.art
        while k < hi and art.toks[k].dep in ("compound", "flat") and art.toks[k].head > k:
            k = art.toks[k].head
            if art.toks[k].pos == "NOUN":
                return True
        return art.toks[k].dep == "poss" and k < art.toks[k].head < hi

    # 4. descriptions ----------------------------------------------------------------------
    def _np_span(self, h: int) -> int:
        """Leftmost token of the noun phrase headed by ``h`` (left dependents only)."""
        art = self.art
        lo = h
        for c in sorted(art.children[h]):
            if c < h and art.toks[c].dep in NP_LEFT_DEPS:
                clo, _ = art.subtree(c)
                lo = min(lo, clo)
        return lo

    def _descriptions(self, title_spans: list[tuple[int, int]]) -> None:
        art = self.art
        title_end = {b - 1: a for a, b in title_spans}
        title_start = {a: b for a, b in title_spans}
        for h in range(art.n):
            tok = art.toks[h]
            if h in self.by_token:
                continue
            if tok.dep in ("nsubj", "nsubjpass", "dobj", "pobj") and (
                tok.pos == "NUM" and art.low[h].replace(",", "").isdigit()
                or art.low[h] in lx.QUANTITY_WORDS and tok.pos in ("NUM", "PRON", "NOUN")
            ) and not any(art.toks[c].pos in ("NOUN", "PROPN") for c in art.children[h]):
                # "killed two", "two of them", "others": a group named by its number
                num = lx.NUMBER_WORDS.get(art.low[h], art.low[h])
                m = Mention(h, h + 1, tok.start, tok.end, art.words[h], "description", art.sent_of[h], head=h)
                self._resolve_description(m, "group", num)
                continue
            if tok.dep in ("nsubj", "nsubjpass", "dobj") and art.low[h] in lx.ORDINAL_PERSONS and (
                art.low[h] == "another" or h > 0 and art.low[h - 1] == "a"
            ) and (not art.children[h] or art.children[h] == [h - 1]):
                # "killing two and wounding a third", "two were killed and another wounded"
                lo = h - 1 if art.low[h] != "another" else h
                m = Mention(lo, h + 1, art.toks[lo].start, tok.end, art.span_text(lo, h + 1), "description", art.sent_of[h], head=h)
                self._resolve_description(m, "person", art.low[h])
                continue
            age, a0 = age_before(art, h + 1) if art.low[h].endswith("old") else (0, h)
            if age and tok.dep not in ("amod", "compound", "nummod", "npadvmod") or age and art.toks[tok.head].pos == "VERB":
                # "the 16-year-old" standing alone for a person
                lo = a0 - 1 if a0 > 0 and art.low[a0 - 1] in ("the", "a", "an") else a0
                if not any(k in self.by_token for k in range(lo, h + 1)):
                    m = Mention(lo, h + 1, art.toks[lo].start, tok.end, art.span_text(lo, h + 1), "description", art.sent_of[h], head=h)
                    self._resolve_description(m, "person", "child" if age < 13 else "teenager" if age < 20 else "year-old")
                continue
            if tok.pos not in ("NOUN", "PROPN"):
                continue
            if art.words[h] in ("pm", "am", "p.m.", "a.m.") and h > 0 and art.low[h - 1][:1].isdigit():
                continue  # "10.45 pm" is a time, not the PM
            if fold(tok.lemma) == "market" and not self._market_place(h):
                continue  # "the housing market", "market penalties": a trade, not a place
            if art.low[h] in ("lot", "lots") and h > 0 and art.low[h - 1] == "a" and (
                    h + 1 < art.n and art.low[h + 1] in ("of", "more", "less") or tok.dep == "npadvmod"):
                continue  # "a lot of oil", "a lot more": a quantity, not a place ("in a lot" may be one)
            if fold(tok.lemma) == "source" and any(
                    art.toks[c].dep == "prep" and art.low[c] == "of" for c in art.children[h]):
                continue  # "the source of the leak": where it comes from, no one
            if tok.dep == "compound" and h not in title_end and not (
                tok.pos == "NOUN" and (fold(tok.lemma) in lx.PLACE_NOUNS) and art.toks[tok.head].pos == "NOUN"
                and fold(art.toks[tok.head].lemma) not in lx.PLACE_NOUNS
            ) and not (
                # a headline's subject the tagger ran into its verb ("Suspended Cook Stabs 2")
                art.words[h][:1].isupper() and art.low[tok.head] in HEADLINE_VERBS and tok.head > h
            ):
                continue  # "prison guards": "prison" is a place of its own; "rehab facility" is one
            if h in title_end and any(k in self.by_token for k in range(title_end[h], h)):
                continue  # the rest of a title already taken ("nominal head of state")
            low = art.low[h]
            lemma = fold(tok.lemma)
            if tok.pos == "PROPN":
                lemma = low  # "Sands" is a place name, not the plural of "sand"
            lemma = lx.HEAD_SYNONYMS.get(lemma, lemma)
            phrase_start = title_end.get(h)
            end = h + 1
            if h in title_start and title_start[h] - 1 > h:
                # "chief of staff": the title runs past its head noun
                end = title_start[h]
                lemma = role_key(art.span_text(h, end))
            kind_type = ""
            if phrase_start is not None:
                kind_type = "person"
            elif lemma in lx.PERSON_NOUNS or low in lx.PERSON_NOUNS:
                kind_type = "person"
            elif lemma in lx.ORG_NOUNS or low in lx.ORG_NOUNS:
                kind_type = "organisation"
            elif lemma in lx.PLACE_NOUNS or low in lx.PLACE_NOUNS:
                kind_type = "place"
            elif low in lx.ROLE_ALIASES or low.rstrip(".") in lx.TITLE_ABBREVIATIONS and tok.pos == "PROPN":
                kind_type = "person"
            elif low in lx.COMPASS_STATES and tok.pos == "PROPN" and h > 0 and art.low[h - 1] == "the":
                kind_type = "compass"
            elif lemma in lx.VEHICLE_NOUNS or low in lx.VEHICLE_NOUNS:
                kind_type = "vehicle"
            elif tok.pos == "NOUN" and len(lemma) > 5 and lemma.endswith(lx.AGENT_SUFFIXES) and lemma not in lx.NOT_AGENTS:
                kind_type = "person"  # "wholesaler", "arsonist", "shooter": someone who does
            if not kind_type:
                continue
            lo = self._np_span(h)
            if phrase_start is not None:
                lo = min(lo, phrase_start)
                lemma = role_key(art.span_text(phrase_start, h + 1))
            # stop at a name inside the NP ("Pence's chief of staff" keeps "chief"; a
            # named possessor is its own mention)
            while lo < h and ("\n" in art.text[art.toks[lo].start : art.toks[h].start] or art.toks[lo].pos == "PUNCT"):
                lo += 1
            # a pronoun or a mention taken by another actor starts no description
            while lo < h and (
                lo in self.by_token and self.by_token[lo].kind in ("pronoun", "description", "title")
                or art.low[lo] in ("'s", "’s", "'")
                or POSSESSIVE_SPLIT and art.low[lo] in lx.PRONOUNS and art.toks[lo].tag == "PRP$"
            ):
                lo += 1  # "her rep": "her" is a pronoun mention of its own
            text = art.span_text(lo, end)
            m = Mention(lo, end, art.toks[lo].start, art.toks[end - 1].end, text, "description", art.sent_of[h], head=h)
            self._resolve_description(m, kind_type, lemma)

    def _market_place(self, h: int) -> bool:
        """A "market" that is a place (see ``lexicon.MARKET_PLACE_WORDS``)."""
        art = self.art
        tok = art.toks[h]
        if tok.dep in ("compound", "amod"):
            return False
        if any(art.low[c] in lx.MARKET_PLACE_WORDS for c in art.children[h]):
            return True
        # "a market in Aleppo", "the market near the mosque"
        return any(art.toks[c].dep == "prep" and art.low[c] in lx.MARKET_PLACE_PREPS for c in art.children[h])

    def _resolve_description(self, m: Mention, typ: str, lemma: str) -> None:
        art = self.art
        h = m.head
        words = [art.low[k] for k in range(m.tok_start, m.tok_end)]
        det = words[0] if words else ""
        plural = art.toks[h].tag in ("NNS", "NNPS") or (typ == "group" and lemma != "1")
        if typ == "person" and not plural and h == m.tok_end - 1 and art.words[h].islower() \
                and (nm := self.by_token.get(m.tok_end)) is not None and nm.kind == "name" and nm.local >= 0 \
                and nm.tok_start == m.tok_end and self.actors[nm.local].type == "person":
            # a title the name follows at once, with a name inside it ("longtime Washington lawyer
            # Stephen Ryan"): his, not the one the article knows as a lawyer
            self._attach(m, self.actors[nm.local], f"title of {self.actors[nm.local].display()}")
            return
        if typ == "compass":
            prefix = art.words[h].lower()
            for a in self.actors:
                if a.country and a.country.lower().startswith(prefix + " "):
                    m.kind = "metonym"
                    self._attach(m, a, f"'the {art.words[h]}' for {a.country}")
                    return
            return
        # the state: "the regime", "the administration", "Kim's regime"
        if lemma in ("country", "nation") and not plural and det in ("the", "this") and not (set(words) & CONTRAST_WORDS):
            named = {a.country for a in self.actors if a.country and a.mentions and a.first < m.tok_start}
            if len(named) == 1:
                target = next(a for a in self.actors if a.country in named and a.mentions)
                self._attach(m, target, f"'the {lemma}' is the one country named here")
                return
        # (not a system of rules: "the sanctions regime", "the tax regime", a common noun before it)
        policy = lemma == "regime" and any(art.toks[k].pos == "NOUN" and art.words[k].islower()
                                           and art.toks[k].dep == "compound" for k in range(m.tok_start, h))
        if lemma in lx.STATE_DESCRIPTIONS and not plural and typ == "organisation" and not policy \
                and det not in ("a", "an", "another", "any"):
            # "the British government" is Britain's, whatever country was named last
            inside = [self.actors[nm.local] for k in range(m.tok_start, h) if (nm := self.by_token.get(k)) is not None
                      and nm.local >= 0]
            own = [a for a in inside if a.country]
            leaders = [a for a in inside if a.type == "person" and not a.country]
            if own:
                target = own[-1]
            elif leaders and len(nations := self._person_nations(leaders[-1], m)) == 1:
                # "Assad's government", "the Blair government": the leader's country as
                # their roles or descriptions say it ("Syrian President"), not the country
                # named most here
                target = next((a for a in self.actors if a.country in nations and a.mentions), None)
            elif leaders and lemma != "administration":
                # a leader the article gives no country: the one country it names, else none
                # ("Bashar al-Assad's government" in a piece mostly about Russia is not Russia's;
                # "the Obama administration" goes to the United States below)
                named = {a.country for a in self.actors if a.country and a.mentions and a.first < m.tok_start}
                target = next((a for a in self.actors if a.country in named and a.mentions), None) \
                    if len(named) == 1 else None
            else:
                target = self._state_for(lemma, m)
            if target is not None:
                m.kind = "metonym"
                self._attach(m, target, f"'{lemma}' for {target.country}")
                return
        # "a Norbury neighborhood", "Norbury town centre": a part of a named place that news
        # writes for the place itself (not "a Norbury store"; "a Norbury street" and "a
        # Norbury area" are more often one spot of their own)
        if typ == "place" and (lemma in AREA_NOUNS or lemma in ("centre", "center") and h > 0
                               and art.low[h - 1] in ("town", "city")):
            for k in range(h - 1, m.tok_start - 1, -1):
                nm = self.by_token.get(k)
                if nm is not None and nm.kind == "name" and nm.local >= 0 and art.toks[nm.head if nm.head >= 0 else k].head == h:
                    target = self.actors[nm.local]
                    if target.type in ("place", "unknown") and not target.country:
                        self._attach(m, target, f"'{lemma}' of {target.display()}")
                        return
                    break
        if typ == "organisation" and not plural and det not in ("a", "an") and (
                lemma in lx.KIND_AFTER_NAME_NOUNS or lemma in lx.GROUP_AFTER_NAME_NOUNS):
            nm = self._name_before_kind(m)
            named = self.actors[nm.local] if nm is not None else None
            if named is not None and (named.type == "organisation" or named.type == "unknown" and (
                    nm.label == "ORG" or lemma in lx.GROUP_AFTER_NAME_NOUNS and nm.label != "PERSON")):
                # "Reuters news agency", "the AFP news agency": the named body and what it is
                self._attach(m, named, f"'{lemma}' after the name {named.display()}")
                return
        if typ == "vehicle" and not plural and det not in ("a", "an"):
            nm = self._name_before_kind(m)
            named = self.actors[nm.local] if nm is not None else None
            if named is not None and named.type in ("person", "unknown") and nm.tok_end - nm.tok_start >= 2 \
                    and nm.label in ("PERSON", "PROPN", "", "FAC", "PRODUCT", "WORK_OF_ART"):
                # "the Deepwater Horizon rig": the tagger's person is the rig (an owner before
                # the noun, "the BP rig", "the Transocean rig", is a firm of one word the
                # tagger labels a body or a place, and stays what it is)
                for a in self.actors:  # and so is every actor of this article under its name
                    if a is named or a.kind == "named" and set(a.names) & set(named.names):
                        a.kind_noun = "vehicle"
                self._attach(m, named, f"'{lemma}' after the name {named.display()}")
                return
        key = role_key(" ".join(words))
        # a person description to the holder of that role in this article
        if typ == "person" and not plural:
            holder = self._role_holder(key, words, m)
            if holder is not None:
                self._attach(m, holder, f"role '{key}' of {holder.display()}")
                return
        # "the woman" / "the grandmother": the one named person of that gender here
        possessed = any(art.toks[c].dep == "poss" for c in art.children[h]) or (
            h + 1 < art.n and art.low[h + 1] == "of") or det in POSSESSIVE_DETS
        if GENDER_LINKS and typ == "person" and not plural and not possessed and not (set(words) & CONTRAST_WORDS) \
                and det in DEFINITE_DETS:
            g = "f" if lemma in lx.FEMALE_NOUNS else "m" if lemma in lx.MALE_NOUNS else ""
            if g:
                named = [a for a in self.actors if a.kind == "named" and a.type == "person" and a.mentions
                         and (a.person is not None and a.person.full or a.gender)]
                pool = [a for a in named if a.gender == g]
                if len(pool) == 1:
                    self._attach(m, pool[0], f"'{lemma}' is the one {'female' if g == 'f' else 'male'} person named here")
                    return
        # anonymous: same head noun (and number) in this article, modifiers compatible
        mods = frozenset(w for w in words[:-1] if w not in ("the", "a", "an", "this", "that", "these", "those", "'s", "’s"))
        head = lx.ROLE_ALIASES.get(lemma, lemma)
        for a in reversed(self.actors):
            if a.kind == "anonymous" and a.head == head and a.number == ("pl" if plural else "sg"):
                if _modifiers_compatible(a.modifiers, mods):
                    a.modifiers = a.modifiers | mods
                    # a possessor later says whose it is ("chief executive officer" ... "The
                    # Podesta Group's CEO"): someone else's, which the description step leaves
                    # to no holder of the role elsewhere in the story
                    a.possessed = a.possessed or possessed
                    self._attach(m, a, f"same description '{head}'")
                    return
        # "the company" / "the team": the organisation this article is mostly about
        if typ == "organisation" and lemma in lx.COMPANY_NOUNS and det in ("the", "this") and not plural and not possessed \
                and not (lemma in lx.KIND_AFTER_NAME_NOUNS and mods & lx.PRESS_MODIFIERS):
            # ("the state news agency" quoted in a story about the Arab League is not the League)
            counts = []
            business = lemma in lx.BUSINESS_NOUNS
            for a in self.actors:
                if a.kind == "named" and a.type in ("organisation", "unknown") and not a.country:
                    if business and any(w in lx.PUBLIC_BODY_WORDS for t in a.names for w in name_tokens(t)):
                        continue  # "the company" is not the White House
                    n = sum(1 for x in a.mentions if x.kind == "name" and x.tok_start < m.tok_start)
                    if n:
                        counts.append((n, a.first, a))
            counts.sort(key=lambda t: (-t[0], t[1]))
            if counts and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
                target = counts[0][2]
                self._attach(m, target, f"'{m.text}' is the organisation named most here ({target.display()})")
                return
        # a named organisation/place of this type whose name holds the head ("the center")
        if typ in ("organisation", "place") and det in ("the", "this", "that") and not plural and head not in GENERIC_PLACES \
                and not (head in DWELLING_NOUNS and art.words[h].islower()):
            # ("the house" that collapsed is not the White House; "the House" may be the U.S. House)
            for a in reversed(self.actors):
                if a.kind == "named" and a.mentions and a.first < m.tok_start and not a.country and name_tokens(
                        a.display())[-1:] == [head]:
                    self._attach(m, a, f"'{head}' names {a.display()}")
                    return
        a = self._new("anonymous")
        a.possessed = possessed
        a.head = head
        a.number = "pl" if plural else "sg"
        a.modifiers = mods
        a.types[typ] += 1
        # the word as written, before its alias ("actress", not "actor")
        a.gender = _noun_gender(lemma) or _noun_gender(head)
        self._attach(m, a, "description")

    def _name_before_kind(self, m: Mention) -> Mention | None:
        """The name mention right before a description's head noun, which says what kind of
        thing it is: "(the) Reuters news agency" is Reuters, "the Deepwater Horizon rig" the
        rig. Only a name as the noun's compound counts, with at most two words in small letters
        between ("news", "drilling"); a possessor ("Kuwait's state news agency") owns the thing
        and is not it, and a country names where it is, not which one."""
        art = self.art
        h = m.head
        for k in range(h - 1, max(m.tok_start, h - 3) - 1, -1):
            nm = self.by_token.get(k)
            if nm is None:
                if not (art.toks[k].pos in ("NOUN", "ADJ") and art.words[k].islower()):
                    return None
                continue
            if nm.kind != "name" or nm.local < 0 or nm.tok_end != k + 1:
                return None
            if any(art.low[j] not in ("the", "a", "an") for j in range(m.tok_start, nm.tok_start)):
                return None
            return None if self.actors[nm.local].country else nm
        return None

    def _person_nations(self, person: LocalActor, m: Mention) -> set[str]:
        """The countries a person's roles and the descriptions taken for them before ``m``
        name by demonym ("Syrian President", "the Syrian leader")."""
        art = self.art
        words = [art.low[k] for x in person.mentions if x.kind == "description" and x.tok_start < m.tok_start
                 for k in range(x.tok_start, x.tok_end)]
        return role_nations(person.roles) | demonym_nations(words)

    def _state_for(self, lemma: str, m: Mention) -> LocalActor | None:
        """The country a 'regime'/'administration'/'government' stands for here."""
        countries = [a for a in self.actors if a.country and a.mentions and a.first < m.tok_start]
        if "federal" in self.art.low[m.tok_start : m.tok_end]:
            countries = [a for a in countries if a.country in lx.FEDERATIONS]
        if lemma == "administration":
            # news writes "the administration" ("the Trump administration") for a president's
            # government: the United States once named, never the other country named last
            # ("North Korea threatened ... if the Trump administration continues")
            return next((a for a in countries if a.country == "United States"), None)
        if not countries:
            return None
        # the most named country other than the United States (news about a foreign state
        # names Washington too), unless that country is a passing mention beside a United
        # States named three times as often ("bowing to the Saudis and places like Russia"
        # in a piece on Washington's response to an oil spill); else the United States
        def last(a: LocalActor) -> int:
            return max(x.tok_start for x in a.mentions if x.tok_start < m.tok_start)

        def weight(a: LocalActor) -> tuple[int, int]:
            return (sum(1 for x in a.mentions if x.tok_start < m.tok_start), last(a))

        us = next((a for a in countries if a.country == "United States"), None)
        floor = weight(us)[0] / 3 if us is not None else 0
        others = [a for a in countries if a.country != "United States" and weight(a)[0] >= floor]
        pool = others or countries
        return max(pool, key=weight)

    def _role_holder(self, key: str, words: list[str], m: Mention) -> LocalActor | None:
        if not key:
            return None
        # a nationality in the description must be the holder's ("the Syrian leader" is not
        # the "Libyan leader Muammar Gaddafi" named in the same report)
        nations = demonym_nations(words)
        cands = []
        national = set()  # holders whose role names that nation ("French President Sarkozy")
        for a in self.actors:
            if a.kind != "named" or not a.roles or not a.mentions or a.type != "person":
                continue
            for r in a.roles:
                if r.key == key or (key == "president" and r.key == "president"):
                    theirs = role_nations((r,))
                    if nations and theirs and not nations & theirs:
                        continue
                    cands.append(a)
                    if nations & theirs:
                        national.add(a.index)
                    break
        if words and words[0] in INDEFINITE_DETS:
            # "a real leader", "one opposition leader" after the holder was named is someone
            # new; before it, a lead's "A British climber has fallen ..." may be the one named
            # later
            cands = [a for a in cands if not any(x.tok_start < m.tok_start for x in a.mentions)]
        elif key in lx.GENERIC_PERSON_KEYS:
            # "the man" before "the 21-year-old man, Emmannuel Buso" was named is whoever the
            # report was on then (a caption's "the trapped man" above another rescue), not
            # the man a later apposition names: a bare gender or age noun looks back only
            cands = [a for a in cands if any(x.kind == "name" and x.tok_start < m.tok_start for x in a.mentions)]
        age = mention_age(self.art, m)
        if age:
            # "a 24-year-old man" is not the "21-year-old man, Emmannuel Buso"
            cands = [a for a in cands if not ((ages := {n for x in a.mentions if (n := mention_age(self.art, x))})
                                              and age not in ages)]
        if not cands:
            return None
        # several holders: the one of the nation the description names ("the French
        # president" is Sarkozy beside a "President Bush" named more), then the most
        # mentioned so far, then the most recent
        def score(a: LocalActor):
            before = [x for x in a.mentions if x.tok_start < m.tok_start]
            return (a.index in national, len(before), max((x.tok_start for x in before), default=-1))

        return max(cands, key=score)

    # 5. pronouns ----------------------------------------------------------------------------
    def _pronouns(self) -> None:
        art = self.art
        self.mentions.sort(key=lambda x: x.tok_start)
        for i in range(art.n):
            low = art.low[i]
            tok = art.toks[i]
            if low in ("there", "here") and tok.dep == "advmod" and i not in self.by_token:
                # "there" for the place just named (not the "there is" of existence)
                place = self._recent_place(i)
                if place is not None:
                    pm = Mention(i, i + 1, tok.start, tok.end, art.words[i], "pronoun", art.sent_of[i], head=i)
                    self._attach(pm, place, f"'{low}' for {place.display()}")
                continue
            if i in self.by_token or tok.pos != "PRON" and low not in ("who", "whom", "whose", "where"):
                continue
            if low in ("who", "whom", "whose", "which", "that", "where") and tok.tag in ("WP", "WP$", "WDT", "WRB"):
                v = tok.head
                if 0 <= v < art.n and art.toks[v].dep in ("relcl", "acl") or (low == "whose"):
                    ante = art.toks[v].head if low != "whose" else art.toks[art.toks[v].head].head if art.toks[v].dep != "relcl" else art.toks[v].head
                    mm = self.by_token.get(ante)
                    if mm is None:
                        # the head of the antecedent NP may be inside a name span
                        for x in self.mentions:
                            if x.tok_start <= ante < x.tok_end:
                                mm = x
                                break
                    if mm is not None and mm.local >= 0 and (low != "which" or self.actors[mm.local].type != "person") and (
                        low != "where" or self.actors[mm.local].type in ("place", "organisation", "country", "unknown")
                    ):
                        pm = Mention(i, i + 1, tok.start, tok.end, art.words[i], "pronoun", art.sent_of[i], head=i)
                        self._attach(pm, self.actors[mm.local], f"relative pronoun for {self.actors[mm.local].display()}")
                continue
            if low not in lx.PRONOUNS:
                continue
            _, number, gender = lx.PRONOUNS[low]
            target = self._antecedent(i, number, gender)
            if target is not None:
                pm = Mention(i, i + 1, tok.start, tok.end, art.words[i], "pronoun", art.sent_of[i], head=i)
                self._attach(pm, target, f"pronoun for {target.display()}")

    def _bodies(self) -> None:
        """A dead person's body is that person in a report of the death: "his body was found",
        "Okafor's body" join the possessor."""
        art = self.art
        for a in self.actors:
            if a.kind != "anonymous" or not a.mentions or a.head not in BODY_NOUNS or a.number != "sg":
                continue
            owners = set()
            for m in a.mentions:
                for c in art.children[m.head] if m.head >= 0 else ():
                    if art.toks[c].dep == "poss":
                        pm = self.by_token.get(c)
                        if pm is not None and pm.local >= 0 and pm.local != a.index:
                            owners.add(pm.local)
            if len(owners) == 1:
                owner = self.actors[owners.pop()]
                if owner.type == "person" and owner.mentions:
                    self._merge(owner, a, evidence=f"the body of {owner.display()}")

    def _ages(self) -> None:
        """Each actor's age, as written before or after a name ("16-year-old Darnell Okafor",
        "Okafor, 16,") or inside a description ("a 16-year-old boy"); then an unnamed
        person described by age ("the 16-year-old") or by an age noun ("the teen") joins
        the one named person of this article of that age (under 20 for an age noun)."""
        art = self.art
        found = False
        for a in self.actors:
            if not a.mentions:
                continue
            ages: Counter = Counter()
            for m in a.mentions:
                n = mention_age(art, m)
                if n:
                    ages[n] += 1
            if ages and a.type in ("person", "unknown"):  # the type vote last: it costs most
                a.age = ages.most_common(1)[0][0]
                found = True
        if not self.descriptions or not found:
            return
        named = [a for a in self.actors if a.kind == "named" and a.age and a.mentions and a.type == "person"]
        if not named:
            return
        for a in self.actors:
            if a.kind != "anonymous" or not a.mentions or a.possessed or a.number != "sg" or a.type != "person":
                continue
            if a.modifiers & CONTRAST_WORDS:
                continue
            if a.age:
                pool = [p for p in named if p.age == a.age]
            elif a.head in lx.AGE_NOUNS:
                pool = [p for p in named if p.age < 20]
            else:
                continue
            pool = [p for p in pool if not (a.gender and p.gender and a.gender != p.gender)]
            if len(pool) == 1:
                self._merge(pool[0], a, evidence=f"the one person aged {pool[0].age} named here")

    def _gendered_descriptions_again(self) -> None:
        """Pronouns have told the genders of more named persons: link the gendered
        descriptions ("the woman") that had more than one possible person before."""
        if not GENDER_LINKS:
            return
        named = [
            a for a in self.actors
            if a.kind == "named" and a.type == "person" and a.mentions and (a.person is not None and a.person.full or a.gender)
        ]
        for a in self.actors:
            if a.kind != "anonymous" or not a.mentions or a.possessed or a.number != "sg" or a.type != "person":
                continue
            m0 = a.mentions[0]
            g = _noun_gender(fold(self.art.toks[m0.head].lemma)) if m0.head >= 0 else ""
            if not g or a.modifiers & CONTRAST_WORDS:
                continue
            if not any(self.art.low[m.tok_start] in DEFINITE_DETS for m in a.mentions):
                continue  # "a woman" brings in someone new
            pool = [p for p in named if p.gender == g]
            if len(pool) == 1:
                self._merge(pool[0], a, evidence=f"'{a.head}' is the one {'female' if g == 'f' else 'male'} person named here")

    def _recent_place(self, i: int) -> LocalActor | None:
        s = self.art.sent_of[i]
        best = None
        for m in self.mentions:
            if m.tok_start >= i or m.local < 0 or s - m.sent > 1:
                continue
            a = self.actors[m.local]
            if a.type == "place" or (a.type == "country" and m.kind == "name"):
                best = a
        return best

    def _understood_subject(self, v: int) -> int:
        """The local actor understood as the subject of a verb ``v`` that has none written:
        a subjectless conjunct, participle or infinitive takes the subject of the clause it
        hangs on ("Kell was hoping to arrest him": Kell hopes and would arrest); an
        infinitive after an object gives none ("asked him to leave": the object leaves).
        -1 if there is none, or if ``v`` has a subject of its own."""
        art = self.art
        start = v
        for _ in range(6):
            if any(art.toks[c].dep in SUBJECT_DEPS for c in art.children[v]):
                break
            dep, up = art.toks[v].dep, art.toks[v].head
            if dep not in ("xcomp", "advcl", "conj") or up == v or not 0 <= up < art.n:
                return -1
            if dep == "xcomp" and any(art.toks[c].dep in ("dobj", "dative") for c in art.children[up]):
                return -1
            v = up
        else:
            return -1
        if v == start:
            return -1
        c = next(c for c in art.children[v] if art.toks[c].dep in SUBJECT_DEPS)
        mm = self.by_token.get(c) or next((x for x in self.mentions if x.tok_start <= c < x.tok_end), None)
        return mm.local if mm is not None else -1

    def _plural_name(self, a: LocalActor) -> bool:
        """A named actor written as a plural with "the" ("the Port Alder Herons"): a team,
        a band, a family; "they", whatever its type vote says."""
        if a.kind != "named" or a.type in ("person", "country", "place"):
            return False
        low = self.art.low
        for m in a.mentions:
            k = m.tok_start - 1
            if k > 0 and self.art.toks[k].dep == "amod":
                k -= 1  # "the visiting Herons"
            if m.kind == "name" and k >= 0 and low[k] == "the":
                last = low[m.tok_end - 1]
                if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
                    return True
        return False

    def _antecedent(self, i: int, number: str, gender: str) -> LocalActor | None:
        """The actor a third-person pronoun refers to: a weighted choice among the actors
        mentioned in this and the three previous sentences (gender and number must agree;
        known gender, names, subjects, nearness and salience count for a candidate, a name
        that only modifies a noun counts little; the subject of the pronoun's own verb, written
        or understood, is excluded unless it is reflexive). "Same sentence" is read with
        line breaks as sentence ends (``_Article.line_sent``), so a headline the parser ran
        into the lead is not the pronoun's own sentence; distance counts parser sentences."""
        art = self.art
        sent = art.line_sent
        s = sent[i]
        ptok = art.toks[i]
        reflexive = art.low[i].endswith("self") or art.low[i].endswith("selves")
        verb = ptok.head
        if reflexive and 0 <= verb < art.n:
            # "X hanged himself": the subject of the pronoun's own verb, whatever its type
            for c in art.children[verb]:
                if art.toks[c].dep not in SUBJECT_DEPS:
                    continue
                mm = self.by_token.get(c) or next((x for x in self.mentions if x.tok_start <= c < x.tok_end), None)
                if mm is None or mm.local < 0:
                    break
                a = self.actors[mm.local]
                if gender in ("m", "f") and (a.type in ("person", "unknown", "group") and a.number != "pl"
                                             and a.gender in ("", gender)):
                    return a
                if gender == "n" and a.type not in ("person",) or gender not in ("m", "f", "n"):
                    return a
                break
        # "A beat B, knocking him down", "X was hoping to arrest him": an object pronoun is
        # not the understood subject of its verb either (the subject of the clause that
        # verb hangs on, through subjectless conjuncts, participles and infinitives)
        understood = -1
        if not reflexive and ptok.dep in ("dobj", "dative", "iobj") and 0 <= verb < art.n:
            understood = self._understood_subject(verb)
        best: dict[int, float] = {}
        seen_count: Counter = Counter()
        for m in self.mentions:
            if m.local < 0 or m.tok_start >= i or art.sent_of[i] - m.sent > 3:
                continue
            m_sent = sent[m.tok_start]
            seen_count[m.local] += 1
            a = self.actors[m.local]
            typ = a.type
            plural_name = False
            if gender in ("m", "f"):
                if typ not in ("person", "unknown") or a.number == "pl" or (a.gender and a.gender != gender):
                    continue
                if a.kind == "anonymous" and a.head in lx.ORG_NOUNS:
                    continue  # a body of people ('the police', 'the staff') is not 'he'
            elif gender == "n":
                if typ in ("person",) or a.number == "pl":
                    continue
            else:  # they
                plural_name = self._plural_name(a)
                if not (a.number == "pl" or plural_name or typ in ("organisation", "group")) or typ == "country":
                    continue
            mh = art.toks[m.head] if m.head >= 0 else None
            is_subj = mh is not None and mh.dep in SUBJECT_DEPS
            same_verb = mh is not None and mh.head == verb and m_sent == s
            if same_verb and is_subj and not reflexive and ptok.dep in ("dobj", "pobj", "dative", "iobj"):
                continue  # "Trump told him": him is not Trump
            if m.local == understood:
                continue
            score = 0.0
            if gender in ("m", "f") and a.gender == gender:
                score += 2.0
            if a.kind == "named":
                score += 1.5 if typ == "person" or gender not in ("m", "f") else 0.5
            if gender not in ("m", "f", "n") and plural_name:
                score += 1.0  # "the Herons" are "they" more surely than a company is
            if is_subj:
                score += 1.0
            elif mh is not None and mh.dep == "compound":
                score -= MODIFIER_PENALTY  # "a Harlow aide": the name modifies; the aide is the one talked of
            if m_sent == s:
                score += 1.0 if is_subj else 0.3
            score -= 1.0 * (art.sent_of[i] - m.sent)
            score += 0.3 * min(5, seen_count[m.local])
            score += 0.001 * m.tok_start  # nearer wins ties
            if reflexive and same_verb and is_subj:
                score += 5.0
            if score > best.get(m.local, -1e9):
                best[m.local] = score
        # cataphora: "After she left the clinic, Mara Quell checked into ..."
        if gender and not any(
            self.actors[k].mentions and any(sent[x.tok_start] == s and x.tok_start < i for x in self.actors[k].mentions) for k in best
        ):
            # (or "In her statement, Mara Quell said": a fronted phrase on the main verb)
            root = i
            while art.toks[root].head != root and art.toks[root].dep not in ("advcl", "prep"):
                root = art.toks[root].head
            if art.toks[root].dep in ("advcl", "prep") and art.toks[art.toks[root].head].pos in ("VERB", "AUX"):
                main = art.toks[root].head
                for c in art.children[main]:
                    if art.toks[c].dep in SUBJECT_DEPS and c > i:
                        mm = self.by_token.get(c) or next((x for x in self.mentions if x.tok_start <= c < x.tok_end), None)
                        if mm is not None and mm.local >= 0:
                            a = self.actors[mm.local]
                            if gender == "n":
                                fits = a.type == "organisation"  # "As it promised, Corvane Ltd issued ..."
                            else:
                                fits = a.type == "person" and (not a.gender or a.gender == gender)
                            if fits and (a.kind == "named" or not best):
                                return a
        if not best:
            return None
        k = max(best, key=best.get)
        a = self.actors[k]
        if gender in ("m", "f") and not a.gender and a.type in ("person", "unknown"):
            a.gender = gender
        return a


# Parts of a place that stand for the place itself after its name ("a Norbury neighborhood").
# Not "street" or "area": one street, one spot of the place.
AREA_NOUNS = frozenset("neighborhood neighbourhood district quarter suburb".split())


def _noun_gender(word: str) -> str:
    return "f" if word in lx.FEMALE_NOUNS else "m" if word in lx.MALE_NOUNS else ""


_AGE_WORD = re.compile(r"(\d{1,3})-years?-old")


def age_before(art: _Article, end: int) -> tuple[int, int]:
    """(age, first token) of an "N-year-old" that ends just before token ``end`` (one token,
    or "N - year - old" as split by the tokenizer); (0, end) if there is none."""
    low = art.low
    if end >= 1:
        mt = _AGE_WORD.fullmatch(low[end - 1])
        if mt:
            return int(mt.group(1)), end - 1
    if end >= 5 and low[end - 1] == "old" and low[end - 2] == "-" and low[end - 3] in ("year", "years") \
            and low[end - 4] == "-" and low[end - 5].isdigit() and len(low[end - 5]) <= 3:
        return int(low[end - 5]), end - 5
    return 0, end


def mention_age(art: _Article, m: Mention) -> int:
    """The age a mention gives: "16-year-old Darnell Okafor", "Okafor, 16,", "a 16-year-old
    boy"; 0 if none."""
    low = art.low
    if m.kind == "name":
        n = 0
        if m.tok_start > 0 and low[m.tok_start - 1].endswith("old"):
            n = age_before(art, m.tok_start)[0]
        if not n and m.tok_end < art.n and low[m.tok_end] == ",":
            n = _age_after(art, m.tok_end)
        return n
    if m.kind == "description":
        for k in range(m.tok_start, m.tok_end):
            if low[k].endswith("old"):
                n = age_before(art, k + 1)[0]
                if n:
                    return n
    return 0


def _age_after(art: _Article, end: int) -> int:
    """The age in ", 16," right after a name ending before token ``end``; 0 if none."""
    low = art.low
    if end + 1 < art.n and low[end] == "," and low[end + 1].isdigit() and len(low[end + 1]) <= 3 and (
        end + 2 >= art.n or low[end + 2] in (",", ".", ";", ")")
    ):
        n = int(low[end + 1])
        return n if 0 < n < 111 else 0
    return 0


def _given_name_holder(tok: list[str], persons: list[LocalActor]) -> LocalActor | None:
    """The one fully named person of the article whose given name is the single token
    ``tok`` ("Marisol" after "Marisol Venter"; children and victims are called so)."""
    if len(tok) != 1:
        return None
    key = compact(tok)
    fits = [
        p for p in persons
        if p.person is not None and p.person.full and p.mentions and not p.person.surname_first
        and compact(p.person.tokens[:1]) == key
    ]
    return fits[0] if len(fits) == 1 else None


def affix_ok(short: list[str], long: list[str]) -> bool:
    """'Herons' may stand for 'Port Alder Herons': the short name ends the long one, the
    long one is a plain name (no 'of', 'to', 'for': not 'Coalition to Restore Alder
    Marshes') of at most four words that does not open with a given and a family name, and
    the short one is not a place's name."""
    if len(long) <= len(short) or len(long) > 4 or long[-len(short):] != short:
        return False
    if any(t in ("of", "to", "for", "and", "the", "on", "in", "at") for t in long):
        return False
    rest = long[: -len(short)]
    if len(rest) >= 2 and given_name_gender(rest[0]):
        return False  # a byline run into the outlet: "Doug Coates UN" is no name of the UN
    if national_force(short) and rest != ["royal"]:
        return False  # the "Syrian Army" is the state's, the "Free Syrian Army" its enemy
    joined = " ".join(short)
    return joined not in lx.COUNTRIES and joined not in lx.METONYMS and joined not in lx.DEMONYMS


# The state's own forces and government, named by the nation's adjective ("Syrian Army")
STATE_FORCE_WORDS = frozenset("army military navy air force forces police government troops armed security".split())


def national_force(words) -> bool:
    """Name words that are a nation's adjective and a state force or government ("syrian
    army", "iraqi police"): the state's own body, which a name adding a word before the
    adjective ("Free Syrian Army", a rebel force) does not stand for."""
    words = list(words)
    nations = [w for w in words if w in lx.DEMONYMS]
    return len(words) >= 2 and len(nations) == 1 and all(w in STATE_FORCE_WORDS for w in words if w not in nations)


# What follows the distinctive word(s) of a facility's or business's name, which writers
# drop ("Harbourview" for "Harbourview Treatment Center", "Fairway" for "Fairway supermarket")
FACILITY_WORDS = frozenset(
    """center centre clinic treatment recovery rehab rehabilitation facility supermarket store stores
    shop boutique hotel motel resort unit institute""".split()
)


def prefix_ok(short: list[str], long: list[str]) -> bool:
    """'Harbourview' may stand for 'Harbourview Treatment Center': the short name starts the long
    one and the rest of the long one is made of facility words only (``FACILITY_WORDS``)."""
    if len(long) <= len(short) or long[: len(short)] != short:
        return False
    return all(t in FACILITY_WORDS for t in long[len(short) :])


def _affix_match(key: str, *pools: dict) -> LocalActor | None:
    """An organisation named by the end of its full name ('Herons' for 'Port Alder
    Herons'), or the reverse (see ``affix_ok``), or by the start of a facility's name
    (see ``prefix_ok``)."""
    kt = key.split()

    def related(at: list[str], bt: list[str]) -> bool:
        return at == bt or affix_ok(at, bt) or affix_ok(bt, at) or prefix_ok(at, bt) or prefix_ok(bt, at)

    for pool in pools:
        for k2, a2 in pool.items():
            if related(kt, k2.split()):
                # the actor's other names must fit too: "Times" stood for "Sunday Times",
                # so "New York Times" is not that actor though it ends in "Times"
                others = [k3.split() for k3, a3 in pool.items() if a3 is a2 and k3 != k2]
                if all(related(kt, k3t) for k3t in others):
                    return a2
    return None


# Place words too general to pick out a named place by their last word ("the state" is not
# "Penn State").
GENERIC_PLACES = frozenset("state states country nation city town area region world place county province district".split())
# Dwellings a story describes in small letters ("the house collapsed"): no named house (the
# White House) and, in capitals, maybe a chamber ("the House").
DWELLING_NOUNS = frozenset({"house", "home"})
GENDERED_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
INDEFINITE_DETS = frozenset({"a", "an", "one", "another", "any", "some", "each", "every", "no"})
TIME_ZONES = frozenset(TIME_ZONE_NAMES)
ROLE_NOUNS_ONLY = True  # a role's head is a person noun or a title ("chief", "fellow", "defector")
GENDER_LINKS = True  # "the woman" may be the one woman named in the article
DEFINITE_DETS = frozenset({"the", "this", "that"})
COPULAS = frozenset({"be", "become", "remain"})
BODY_NOUNS = frozenset({"body", "remains", "corpse"})
POSSESSIVE_SPLIT = True  # a possessive pronoun before a description is its own mention
POSSESSIVE_DETS = frozenset({"his", "her", "their", "its", "my", "our", "your", "'s", "’s"})
MODIFIER_PENALTY = 3.0  # a name that modifies a noun ('a Harlow aide') is a last resort
CONTRAST_WORDS = frozenset({"other", "another", "different", "second", "third", "fourth"})


def _modifiers_compatible(a: frozenset, b: frozenset) -> bool:
    """Two descriptions with the same head can be one referent unless a modifier marks them
    apart: different numbers ("two guards" / "three guards") or a contrast word on either
    side ("another prison", "the second man")."""
    if (a | b) & CONTRAST_WORDS:
        return False
    nums_a = {w for w in a if w.isdigit() or w in _NUMBER_WORDS}
    nums_b = {w for w in b if w.isdigit() or w in _NUMBER_WORDS}
    if nums_a and nums_b and nums_a != nums_b:
        return False
    return True


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands".split())


def analyse_article(doc: ArticleDoc, **options) -> ArticleActors:
    """Local actors and mentions of one article. Options: ``known_names`` and
    ``corpus_names`` (folded names the rest of the corpus gives, found here even where the
    tagger took a capitalised word for a common noun or a verb; see ``corpus_vocabulary``),
    ``common_words`` (the corpus's lower-case words, which read its headlines)."""
    return ArticleActors(doc, **options).analyse()


def _plain_name_word(w: str) -> bool:
    """A single word that may be a name on its own: not a common noun of the lexicon."""
    return len(w) > 2 and w.isalpha() and not (
        w in lx.PERSON_NOUNS or w in lx.ORG_NOUNS or w in lx.PLACE_NOUNS or w in lx.NOT_NAMES
        or w in lx.CALENDAR_WORDS or w in lx.PRENOMINAL_TITLES or w in lx.HONORIFICS
    )


_NOT_WORD_POS = frozenset({"PROPN", "PUNCT", "NUM", "SPACE", "SYM", "X"})


def corpus_vocabulary(docs) -> tuple[frozenset, frozenset]:
    """(common words, names) of a corpus: the words it writes in lower case (and the lemmas
    of its lower-case verbs and nouns), less every word of a name the NER found anywhere in
    it ("page" stays out when one article names "Anna Page") unless the corpus writes it in
    lower case three times as often as it tags it ("underwater"), what ``common_words``
    takes; and the folded names the NER found (and the surnames of its persons), what
    ``corpus_names`` takes."""
    lower: Counter = Counter()  # words written in lower case, and how often
    lemmas: set = set()  # the lemmas of lower-case verbs and nouns
    in_names: set = set()
    names: set = set()
    single: Counter = Counter()  # one-word names other than surnames, and how often tagged
    tagged: Counter = Counter()  # every one-word name, and the words of persons' names, as tagged
    for d in docs:
        text = d.text
        for t in d.tokens:
            if t.pos in _NOT_WORD_POS:  # tested first: cheaper than slicing the text
                continue
            w = text[t.start : t.end]
            if w.islower() and w.isalpha():
                lower[w] += 1
                if t.pos == "VERB" or t.pos == "NOUN":
                    lemmas.add(t.lemma.lower())
        for e in d.entities:
            # a nationality or group ("Arab", "Western") is no name an adjective could be
            if e.label in NAME_LABELS and e.label != "NORP":
                name = fold(strip_possessive(text[e.start : e.end]))
                names.add(name)
                words = name.split()
                in_names.update(words)
                if len(words) == 1 and e.label != "PERSON":
                    single[name] += 1
                if len(words) == 1 or e.label == "PERSON":
                    tagged.update(words)
                if e.label == "PERSON" and len(words) > 1:
                    names.add(words[-1])  # the surname a person goes by alone
                    single[words[-1]] += 1
    # a word the corpus writes in lower case far more often than the NER tags it as a name
    # ("Aid" of "Christian Aid", taken for a person, against hundreds of "aid") is no name a
    # capital at the start of a sentence makes
    names -= {w for w, n in single.items() if lower[w] >= max(5, 3 * n)}
    # and a one-word "name" the corpus writes in lower case far more often is a common word
    # after all ("Dispersants work ...", "Underwater robots ...": capitals of a sentence start)
    mostly_lower = {w for w, n in tagged.items() if lower[w] >= max(5, 3 * n)}
    return frozenset((set(lower) | lemmas) - (in_names - mostly_lower)), frozenset(names)
