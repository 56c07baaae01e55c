"""Name structure: folding (case, diacritics, hyphens), parsing into given names and surname,
and comparing two names token by token.

Names are compared by structure, never by a similarity threshold: "Kim Jong Un" and
"Kim Jong-un" are the same name (hyphens and spacing inside a given name do not count),
"Kim Jong Un" and "Kim Jong Il" are not (different given names under one surname), and
"Mr. Kim" only says "someone whose surname (or, for East Asian names written in Western
order, last token) is Kim".
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsline.actors import lexicon as lx

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$")

NICKNAMES = {
    "mike": "michael",
    "mikey": "michael",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "bill": "william",
    "billy": "william",
    "will": "william",
    "jim": "james",
    "jimmy": "james",
    "tony": "anthony",
    "dave": "david",
    "steve": "steven",
    "stephen": "steven",
    "dan": "daniel",
    "danny": "daniel",
    "nick": "nicholas",
    "tom": "thomas",
    "tommy": "thomas",
    "joe": "joseph",
    "chris": "christopher",
    "matt": "matthew",
    "rudy": "rudolph",
    "ben": "benjamin",
    "sam": "samuel",
    "alex": "alexander",
    "andy": "andrew",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "kathy": "katherine",
    "catherine": "katherine",
    "don": "donald",
    "ted": "edward",
    "ed": "edward",
    "eddie": "edward",
    "jerry": "gerald",
    "larry": "lawrence",
    "pat": "patrick",
    "rick": "richard",
    "dick": "richard",
    "ron": "ronald",
    "tim": "timothy",
    "vlad": "vladimir",
    "jeff": "jeffrey",
    "greg": "gregory",
    "ken": "kenneth",
    "sue": "susan",
    "jen": "jennifer",
    "jenny": "jennifer",
    "meg": "margaret",
    "peggy": "margaret",
    "fred": "frederick",
    "freddie": "frederick",
    "freddy": "frederick",
    "frank": "francis",
    "harry": "henry",
    "hank": "henry",
    "jack": "john",
    "johnny": "john",
    "jon": "jonathan",
    "nate": "nathan",
    "zach": "zachary",
    "josh": "joshua",
    "charlie": "charles",
    "chuck": "charles",
    "walt": "walter",
    "al": "albert",
    "art": "arthur",
    "gene": "eugene",
    "vince": "vincent",
    "phil": "philip",
    "mo": "maurice",
    "abe": "abraham",
    "becky": "rebecca",
    "maggie": "margaret",
    "patty": "patricia",
    "trish": "patricia",
    "sandy": "sandra",
    "vicky": "victoria",
    "debbie": "deborah",
    "katie": "katherine",
    "kathryn": "katherine",
    "cathy": "katherine",
    "kat": "katherine",
}


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, straight quotes, no diacritics: 'Pyeongchang’s Élan' -> "pyeongchang's elan"."""
    text = text.translate(_QUOTES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().strip()


_POSSESSIVE = re.compile(r"\s*(?:['’]s|['’])$")
_NICKNAME = re.compile(r"(?<=\w)\s+[\"'`]+[^\"'`]+[\"'`]+\s+(?=\w)")
_HYPHEN = re.compile(r"\s*-\s*")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_NOT_ALPHA = re.compile(r"[^a-z]")


@lru_cache(maxsize=1 << 16)
def strip_possessive(text: str) -> str:
    """'North Korea's' -> 'North Korea'; "Pence’s" -> 'Pence'; "Jones'" -> 'Jones'."""
    t = text.rstrip()
    t2 = _POSSESSIVE.sub("", t)
    return t2 if t2 else t


def name_tokens(text: str) -> list[str]:
    return list(_name_tokens(text))


@lru_cache(maxsize=1 << 16)
def _name_tokens(text: str) -> tuple[str, ...]:
    """Folded tokens of a name, hyphenated parts kept together, periods dropped.

    'Kim Jong-un' -> ['kim', 'jong-un']; 'Steven T. Mnuchin' -> ['steven', 't', 'mnuchin'].
    Spaces around a hyphen ('Jong - un', as the benchmark's tokenisation writes it) are
    closed up first.
    """
    t = fold(strip_possessive(text))
    # a nickname in quotes inside a name: "Salvo 'The Hat' Brancato" -> "salvo brancato"
    t = _NICKNAME.sub(" ", t)
    t = _HYPHEN.sub("-", t)
    toks = []
    for raw in t.replace(",", " ").split():
        tok = raw.strip(".\"'()[]:;!?*")
        if tok and any(c.isalnum() for c in tok):
            toks.append(tok)
    return tuple(toks)


def compact(tokens: list[str] | tuple[str, ...]) -> str:
    """Letters only, in order: 'Kim Jong Un' and 'Kim Jong-un' both give 'kimjongun'."""
    return _compact("".join(tokens))


@lru_cache(maxsize=1 << 16)
def _compact(joined: str) -> str:
    return _NOT_ALNUM.sub("", joined)


_SKEL = [
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q|c(?=[aou])"), "k"),
    (re.compile(r"^g"), "k"),
    (re.compile(r"ou|oo"), "u"),
    (re.compile(r"ee|y"), "i"),
    (re.compile(r"z"), "s"),  # "Elizabeth" / "Elisabeth", "Gonzalez" / "Gonzales"
    (re.compile(r"(?<=[^aeiou])h"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=.)[aeiou]"), ""),
]


@lru_cache(maxsize=1 << 16)  # pure; the same tokens come back in every pair
def skeleton(token: str) -> str:
    """A rough transliteration key: 'Qaddafi', 'Gadhafi', 'Kadhafi' -> 'kdf' (consonant
    skeleton after the first letter); used only where the rest of the name agrees."""
    s = _NOT_ALPHA.sub("", fold(token))
    for pat, rep in _SKEL:
        s = pat.sub(rep, s)
    return s


@lru_cache(maxsize=1 << 16)  # pure; the same tokens come back in every pair
def spelling(token: str) -> str:
    """A spelling-variant key that keeps the vowels: 'Qaddafi' / 'Gadhafi' -> 'kadafi', but
    'Landry' and 'Landrieu' stay apart."""
    s = _NOT_ALPHA.sub("", fold(token))
    for pat, rep in _SKEL[:-1]:
        s = pat.sub(rep, s)
    return s


@dataclass(frozen=True)
class PersonName:
    """A parsed person name (folded tokens, honorifics and suffixes removed)."""

    tokens: tuple[str, ...]
    surname: str
    given: tuple[str, ...]  # in written order
    surname_first: bool
    honorific: str = ""
    gender: str = ""  # "m", "f" or "" (from the honorific or the given name)

    @property
    def full(self) -> bool:
        return len(self.tokens) >= 2

    @property
    def key(self) -> str:
        return compact(self.tokens)

    @property
    def order_free_key(self) -> str:
        return " ".join(sorted(self.tokens))


def is_surname_first(tokens: list[str] | tuple[str, ...]) -> bool:
    """East Asian order (surname first): 'Kim Jong-un', 'Kim Yo Jong', 'Xi Jinping'."""
    if len(tokens) < 2 or tokens[0] not in lx.SURNAME_FIRST:
        return False
    if "-" in tokens[1]:
        return True
    if len(tokens) == 3 and all(len(t) <= 4 for t in tokens) and tokens[1] not in lx.MALE_GIVEN:
        return True
    if len(tokens) == 2 and tokens[0] not in {"kim", "lee", "park", "moon", "song", "long", "ma", "ho", "do", "le", "han", "lim"}:
        return tokens[1] not in lx.MALE_GIVEN and tokens[1] not in lx.FEMALE_GIVEN
    return False


@lru_cache(maxsize=1)
def _packaged_given_names() -> tuple[frozenset[str], frozenset[str]]:
    """(male, female) given names from the name lists that the coreferee package ships.

    A maintained, MIT-licensed list of several thousand given names (drawn from public
    birth-name registers, named in its data/LICENSE) rather than one of our own: the
    hand lists in the lexicon know only the most frequent names. Only its two data files are read; importing coreferee
    itself would load its spaCy pipeline components and register Doc extensions, so the
    module is located without being run. Read once, on the first lookup. Without the
    package the lookup falls back to the hand lists."""
    spec = importlib.util.find_spec("coreferee")
    if spec is None or not spec.submodule_search_locations:
        return frozenset(), frozenset()
    data = importlib.resources.files(importlib.util.module_from_spec(spec)).joinpath("lang", "common", "data")
    out = []
    for fname in ("male_names.dat", "female_names.dat"):
        try:
            text = data.joinpath(fname).read_text(encoding="utf-8")
        except OSError:
            return frozenset(), frozenset()
        out.append(frozenset(fold(w) for w in text.splitlines() if w.strip()))
    return out[0], out[1]


def given_name_gender(given: str) -> str:
    """'m', 'f' or '' for a folded given name: the hand lists first (frequent names, and
    the usual sex of names the packaged list has for both), then the packaged lists; a
    name in both packaged lists is of unknown gender."""
    male, female = given in lx.MALE_GIVEN, given in lx.FEMALE_GIVEN
    if male != female:
        return "m" if male else "f"
    if male:
        return ""
    p_male, p_female = _packaged_given_names()
    male, female = given in p_male, given in p_female
    if male != female:
        return "m" if male else "f"
    return ""


# The Arabic article a surname may be written with or without: "Bashar al-Assad" is
# "Bashar Assad" in another outlet's style.
ARABIC_ARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "at-", "an-")


def bare_surname(surname: str) -> str:
    """The surname without a leading Arabic article ('al-assad' -> 'assad', 'al assad' ->
    'assad'); other surnames unchanged."""
    for art in ARABIC_ARTICLES + ("al ", "el "):
        if surname.startswith(art) and len(surname) - len(art) >= 3:
            return surname[len(art):]
    return surname


def opens_with_given_name(text: str) -> bool:
    """A name of two words or more whose first is a known given name ("Julian Assange", not
    "Following Assange", "Jisr al-Shughour" or "Deepwater Horizon")."""
    toks = name_tokens(text)
    return len(toks) > 1 and bool(given_name_gender(toks[0]))


@lru_cache(maxsize=65536)
def parse_person(text: str) -> PersonName:
    toks = name_tokens(text)
    while toks and toks[0] in ("the", "a", "an"):
        toks = toks[1:]
    hon = ""
    while toks and (toks[0] in lx.HONORIFICS or toks[0] in lx.TITLE_ABBREVIATIONS):
        hon = hon or toks[0]
        toks = toks[1:]
    while len(toks) > 1 and toks[-1] in lx.NAME_SUFFIXES:
        toks = toks[:-1]
    toks_t = tuple(toks)
    if not toks_t:
        return PersonName((), "", (), False, hon)
    if is_surname_first(toks_t):
        surname, given, sf = toks_t[0], toks_t[1:], True
    else:
        # keep particles with the surname: 'Ludwig van Beethoven' -> 'van beethoven'
        i = len(toks_t) - 1
        while i > 0 and toks_t[i - 1] in lx.NAME_PARTICLES:
            i -= 1
        surname = " ".join(toks_t[i:]) if len(toks_t) > 1 else toks_t[0]
        given = toks_t[:i] if len(toks_t) > 1 else ()
        sf = False
    gender = ""
    if hon in lx.HONORIFICS_MALE:
        gender = "m"
    elif hon in lx.HONORIFICS_FEMALE:
        gender = "f"
    elif given:
        gender = given_name_gender(given[0])
    return PersonName(toks_t, surname, tuple(given), sf, hon, gender)


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree: equal modulo hyphens/spacing, nicknames, initials, a dropped middle name."""
    if not a or not b:
        return True
    if compact(a) == compact(b):
        return True

    def canon(t: str) -> str:
        return NICKNAMES.get(t, t)

    def tok_ok(x: str, y: str) -> bool:
        if canon(x) == canon(y):
            return True
        if len(x) == 1 or len(y) == 1:  # an initial
            return x[0] == y[0]
        return skeleton(x) == skeleton(y) and len(x) > 3

    # a leading initial on one side only ("J. Alden Voss" / "Alden Voss") is dropped
    if len(a[0]) == 1 and len(b[0]) > 1 and len(a) > 1 and a[1] != b[0][:1]:
        a = a[1:]
    elif len(b[0]) == 1 and len(a[0]) > 1 and len(b) > 1 and b[1] != a[0][:1]:
        b = b[1:]
    # first given names must agree; extra middle names/initials on one side are allowed
    if not tok_ok(a[0], b[0]):
        # or the shorter form drops a leading given name and goes by the middle one
        # ("Tayyip Erdogan" for "Recep Tayyip Erdogan")
        short, full = sorted((a, b), key=len)
        return len(full) > len(short) and len(short[0]) > 1 and all(
            tok_ok(x, y) for x, y in zip(short, full[len(full) - len(short):]))
    ra, rb = a[1:], b[1:]
    if not ra or not rb:  # a middle name or initial dropped on one side
        return True
    return all(tok_ok(x, y) for x, y in zip(ra, rb))


def compare(a: PersonName, b: PersonName) -> str:
    """'same' (full names that agree), 'short' (one is a bare surname/given name of the
    other), 'conflict' (different people by structure) or 'unrelated'."""
    if not a.tokens or not b.tokens:
        return "unrelated"
    if a.key == b.key or (a.full and b.full and a.order_free_key == b.order_free_key):
        return "same"
    if a.full and b.full:
        if a.surname_first or b.surname_first:
            # East Asian names: the given name is one unit ('Jong Un' == 'Jong-un' == 'Jongun')
            if compact((a.surname,)) == compact((b.surname,)) or {a.surname, b.surname} & set(a.tokens) & set(b.tokens):
                ga = compact(a.tokens[1:]) if a.surname_first else compact(a.tokens[:-1])
                gb = compact(b.tokens[1:]) if b.surname_first else compact(b.tokens[:-1])
                sa = a.tokens[0] if a.surname_first else a.tokens[-1]
                sb = b.tokens[0] if b.surname_first else b.tokens[-1]
                if sa == sb:
                    return "same" if ga == gb or skeleton(ga) == skeleton(gb) else "conflict"
            return "unrelated"
        sa, sb = bare_surname(a.surname), bare_surname(b.surname)
        if sa == sb or spelling(sa) == spelling(sb) and len(sa) > 4:
            return "same" if _given_compatible(a.given, b.given) else "conflict"
        return "unrelated"
    short, full = (a, b) if not a.full else (b, a)
    if not full.full:
        return "unrelated"
    t = short.tokens[0]
    if t == full.tokens[-1] or t == full.tokens[0] or t == full.surname:
        return "short"
    if compact((t,)) in (compact((full.tokens[-1],)), compact((full.tokens[0],))):
        return "short"
    return "unrelated"


@lru_cache(maxsize=1 << 16)  # pure, and asked again for every bare name of a story
def short_match_rank(token: str, full: PersonName) -> int:
    """How well a bare name token fits a full name: 2 last token (Western surname, or the
    part of an East Asian name a Western writer treats as one), 1 first-token surname of an
    East Asian name, 0 no match."""
    t = compact((token,))
    if not full.full:
        return 0
    last = full.tokens[-1]
    for art in ARABIC_ARTICLES:
        if last.startswith(art) and compact((last[len(art):],)) == t and not t.startswith(art[:-1]):
            return 2  # "Assad" for "Bashar al-Assad"
    if t == compact((full.tokens[-1],)) and not full.surname_first:
        return 2
    if full.surname_first and t == compact((full.tokens[0],)):
        return 1
    if t == compact((full.tokens[-1],)) and (not full.surname_first or "-" in full.tokens[-1]):
        # an East Asian given name is used alone only as a whole ("Hak-Song", never "Un")
        return 2
    if t == compact((full.surname,)):
        return 1
    return 0


def canonical_display(variants: dict[str, int], *, fuller_forms: bool = True) -> str:
    """The fullest of the frequent forms. Forms that differ only in spacing, hyphens or case
    ('Kim Jong Un', 'Kim Jong-un') count as one form, written with the most spaces and
    capitals. Among the forms used at least a tenth as often as the most used one, the
    one of most words wins, then the most used, then the longest, then alphabetical (for
    stability); a fuller form of the most used one (words before it) needs only two uses or a
    thirtieth, or one use when it is the only such form and adds a given name ('Jeremy
    Paxman' x1 beside 'Paxman' x88).
    'Kim' x17, 'Kim Jong-un' x7, 'Kim Jong Un' x3 -> 'Kim Jong Un'; 'BP' x964, 'BP PLC' x26
    -> 'BP'; 'Geithner' x55, 'Timothy Geithner' x3 -> 'Timothy Geithner'; a one-off
    headline run-on never wins. A spelling with more spaces needs two uses or a tenth of
    the most used one's ("Deepwater Horizon" x96 stays, not "Deep Water Horizon" x1).
    ``fuller_forms`` is for persons: words before an organisation's or a place's name are
    mostly another name run into it ("Future BP", "Interbrand London"), so they win only
    by the tenth rule, and a body's form written once competes only where no name of several
    words is used three times ("New York Times" x9, not the one-off "International New York
    Times"), nor when it puts words before a name used three times ("Twitter", not the one-off
    "Wilayat Twitter")."""
    return _canonical_display(tuple(variants.items()), fuller_forms)


@lru_cache(maxsize=1 << 14)  # asked again for every evidence string of an actor
def _canonical_display(items: tuple[tuple[str, int], ...], fuller_forms: bool = True) -> str:
    variants = dict(items)
    groups: dict[str, dict[str, int]] = {}
    for text, count in variants.items():
        groups.setdefault(compact(name_tokens(text)), {})[text] = count

    def written(forms: dict[str, int]) -> str:
        def style(item: tuple[str, int]) -> tuple:
            text, count = item
            shouting = text.isupper() and len(text) > 5
            # a lower-case word standing alone is a particle a hyphen should hold
            # ("Port-au-Prince", not "Port au Prince")
            loose = sum(1 for w in text.split() if w.isalpha() and w.islower())
            # a form that ends in a stray symbol ("Arab League &" of a run-on headline) is not
            # the way the name is written, however many spaces it has
            clean_end = text[-1:].isalnum() or text.endswith(".")
            # more spaces win ("Kim Jong Un" over "Kim Jong-un") for a spelling in real use
            spaces = text.count(" ") if count >= 2 or count * 10 >= top_count else -1
            return (not shouting, clean_end, -loose, spaces, count, text)

        top_count = max(forms.values())
        return max(forms.items(), key=style)[0]

    merged = {written(forms): sum(forms.values()) for forms in groups.values()}
    top = max(merged.values())
    top_toks = name_tokens(max(merged.items(), key=lambda kv: (kv[1], kv[0]))[0])

    def fuller(text: str) -> bool:
        # the most used form with words before it: "Timothy Geithner" for "Geithner"; or,
        # for a name written surname first, after it: "Ban Ki-moon" for "Ban"
        toks = name_tokens(text)
        return len(toks) > len(top_toks) and (toks[-len(top_toks):] == top_toks or (
            toks[: len(top_toks)] == top_toks and is_surname_first(toks)))

    fullers = [t for t in merged if fuller_forms and fuller(t)]
    # a person's only fuller form that adds a given name ("Jeremy Paxman" once beside
    # "Paxman" x88 of an interview's labels; "Ban Ki-moon" beside "Ban" x32) is the name,
    # however rarely it is written out
    lone_given = fullers[0] if len(fullers) == 1 and len(name_tokens(fullers[0])) == len(top_toks) + 1 and (
        opens_with_given_name(fullers[0]) or is_surname_first(name_tokens(fullers[0]))) else None
    pool = {t: c for t, c in merged.items()
            if c * 10 >= top or t in fullers and (c >= 2 or c * 30 >= top or t == lone_given)}
    if fuller_forms:
        # a person's one-off form that runs words on after a more used full name is the
        # name run into what followed it ("Chris Huhne Energy" of a pull quote's credit)
        toks_of = {t: name_tokens(t) for t in pool}
        pool = {
            t: c for t, c in pool.items()
            if c > 1 or not any(
                1 < len(o) < len(toks_of[t]) and toks_of[t][: len(o)] == o and pool[u] > c
                for u, o in toks_of.items()
            )
        } or pool
    elif any(c >= 3 and len(name_tokens(t)) > 1 for t, c in pool.items()):
        # a body's form written once does not outrank a name of several words in real use:
        # "International New York Times" once (a paper of that name) beside "New York Times"
        # x9 (but "Marlow Brothers" once beside "Marlow" x4 is the firm's name written out)
        pool = {t: c for t, c in pool.items() if c > 1} or pool
    elif top >= 3:
        # nor one that puts words before the name in use ("Wilayat Twitter", a joke's "province
        # of Twitter", once beside "Twitter")
        pool = {t: c for t, c in pool.items() if c > 1 or name_tokens(t)[-len(top_toks):] != top_toks
                or len(name_tokens(t)) == len(top_toks)} or pool

    def score(item: tuple[str, int]) -> tuple:
        text, count = item
        # of a person's fuller forms, one that opens with a given name ("Julian Assange", not
        # "Following Assange" of a sentence the tagger ran into the name)
        given = fuller_forms and opens_with_given_name(text)
        # more words win, then more uses: between two forms of as many words the longer
        # spelling is not the fuller name ("Fox News" x7, not the one-off "Fox Forum")
        toks = name_tokens(text)
        return (given, len(toks), count, len(compact(toks)), text)

    return max(pool.items(), key=score)[0]


ACRONYM_STOP = frozenset({"of", "the", "for", "and", "on", "in", "de", "at", "to"})


def demonym_nations(words) -> set[str]:
    """The countries the demonyms among lower-case ``words`` name: "Libyan leader" ->
    {"Libya"}; a description's or a role's nationality."""
    words = list(words)
    out = set()
    k = 0
    while k < len(words):
        pair = " ".join(words[k : k + 2])
        if k + 1 < len(words) and pair in lx.DEMONYMS:  # "North Korean" is not "Korean"
            out.add(lx.DEMONYMS[pair])
            k += 2
            continue
        if words[k] in lx.DEMONYMS:
            out.add(lx.DEMONYMS[words[k]])
        k += 1
    return out


def role_nations(roles) -> set[str]:
    """The countries a person's roles name by demonym ("Libyan leader" -> {"Libya"})."""
    return demonym_nations(w for r in roles for w in fold(r.text).split())


_ROMAN = re.compile(r"[ivx]+")


def is_roman(word: str) -> bool:
    """A regnal or generational number ("II", "iv") rather than a word or initials."""
    return bool(_ROMAN.fullmatch(word.lower()))


def credit_run_on(name: str) -> bool:
    """A byline, caption or pull quote that runs an outlet's or body's initials onto a
    person's name: "Jeremy Bowen BBC", "Doug Coates UN", "Catherine Ashton EU"."""
    words = name.split()
    last = words[-1] if words else ""
    return len(words) >= 3 and len(last) >= 2 and last.isalpha() and last.isupper() and not words[0].isupper() \
        and not is_roman(last) and last.lower() not in ("jr", "sr")


def acronym(text: str) -> str:
    """'Central Intelligence Agency' -> 'cia'; 'Korean Central News Agency' -> 'kcna'."""
    toks = [t for t in name_tokens(text) if t not in ACRONYM_STOP]
    return "".join(t[0] for t in toks if t and t[0].isalpha())


def acronyms(text: str) -> set[str]:
    """The acronyms a name may go by, with and without its trailing 'of ...' part:
    'Korea Economic Institute of America' -> {'keia', 'kei'}."""
    toks = name_tokens(text)
    content = [t for t in toks if t not in ACRONYM_STOP]
    if len(content) == 2 and min(len(t) for t in content) < 4:
        return set()  # "US Navy" is not "UN"
    out = {acronym(text)}
    # a key that lost its "Department" keeps its initials ("alder police" -> "apd")
    if len(toks) > 1 and toks[-1] in SERVICE_WORDS:
        out.add(acronym(text) + "d")
    # a leading article is sometimes kept in the initials ("The Daily Courier" -> "TDC"),
    # and names are stored without it
    if len(content) >= 2:
        out.add("t" + acronym(text))
    for k, t in enumerate(toks):
        if k > 1 and t in ("of", "for", "in", "on"):
            out.add(acronym(" ".join(toks[:k])))
            break
    out.discard("")
    return out


# A company's legal suffix ("Transocean Ltd.", "BP Plc"): part of the generic words below.
COMPANY_SUFFIXES = frozenset({"inc", "corp", "corporation", "ltd", "llc", "plc"})
ORG_GENERIC = COMPANY_SUFFIXES | {"the", "co", "company", "group", "magazine", "news"}


PLACE_GENERIC = frozenset({"sea", "ocean", "river", "lake", "bay", "gulf", "island", "islands", "desert", "coast", "valley", "county", "province", "region"})
SERVICE_WORDS = frozenset({"police", "fire", "sheriff", "sheriff's", "sheriffs"})
ABBREVIATIONS = {"mt": "mount", "ft": "fort", "pt": "point", "st": "saint"}
# Clipped names that stand for one body only, whatever the article calls it ("the Fed" is the
# Federal Reserve, not the "New York Fed" that contains the word)
CLIPPED_NAMES = {"fed": "federal reserve"}
# The abbreviations of US states that news writes after a town ("Grand Isle, La."), with their
# dot: the state itself ("La." is Louisiana; "Miss" without the dot is a title, "Pa" a father).
US_STATE_ABBREVIATIONS = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california", "colo.": "colorado",
    "conn.": "connecticut", "del.": "delaware", "fla.": "florida", "ga.": "georgia", "ill.": "illinois",
    "ind.": "indiana", "kan.": "kansas", "ky.": "kentucky", "la.": "louisiana", "md.": "maryland",
    "mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi",
    "mo.": "missouri", "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire",
    "n.j.": "new jersey", "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina",
    "n.d.": "north dakota", "okla.": "oklahoma", "ore.": "oregon", "pa.": "pennsylvania",
    "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota", "tenn.": "tennessee",
    "tex.": "texas", "vt.": "vermont", "va.": "virginia", "wash.": "washington state",
    "w.va.": "west virginia", "wis.": "wisconsin", "wyo.": "wyoming",
}
# British and American spellings of the words names are made of ("Stonebridge Centre")
SPELLINGS = {
    "centre": "center", "centres": "centers", "theatre": "theater", "jewellery": "jewelry",
    "jewellers": "jewelers", "jeweller": "jeweler", "defence": "defense", "organisation": "organization",
    "programme": "program", "harbour": "harbor", "labour": "labor", "neighbourhood": "neighborhood",
}


# a prefix written with or without its hyphen ("Co-ordination" / "Coordination")
_HYPHEN_PREFIX = re.compile(r"^(co|re|pre|non)-(?=[a-z]{3})")


def _unhyphen(token: str) -> str:
    return _HYPHEN_PREFIX.sub(r"\1", token)


_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]\.?")


def org_key(text: str) -> str:
    """Normalised organisation or place name: no article, possessive, punctuation, company
    suffix or generic place word ('the Caspian Sea' -> 'caspian'), common
    abbreviations spelled out ('Mt Arlen' -> 'mount arlen'), British spellings of the last
    word made American ('Centre' -> 'center')."""
    state = US_STATE_ABBREVIATIONS.get(" ".join(text.split()).lower())
    if state:
        return state
    # a hyphen joins the words of one name as a space does ("Kowa-Arena" / "Kowa Arena")
    toks = [w for t in name_tokens(text) for w in _unhyphen(t).split("-") if w]
    # a dotted acronym is the acronym ("U.N." / "UN")
    toks = [t.replace(".", "") if _DOTTED_ACRONYM.fullmatch(t) else t for t in toks]
    while toks and toks[0] == "the":
        toks = toks[1:]
    toks = [ABBREVIATIONS.get(t, t) if k < len(toks) - 1 else SPELLINGS.get(t, t) for k, t in enumerate(toks)]
    while len(toks) > 1 and (toks[-1] in ORG_GENERIC or toks[-1] in PLACE_GENERIC):
        toks = toks[:-1]
    # "the Alder Police Department" goes by "Alder Police" (fire and sheriff's alike)
    if len(toks) > 2 and toks[-1] in ("department", "dept") and toks[-2] in SERVICE_WORDS:
        toks = toks[:-1]
    key = " ".join(toks)
    return CLIPPED_NAMES.get(key, key)
