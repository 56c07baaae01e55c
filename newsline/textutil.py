"""Small text utilities: recognising and undoing Penn Treebank tokenisation (as some corpora
ship text)."""

from __future__ import annotations

import re

_PTB_BRACKETS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}
_BRACKET_RE = re.compile("|".join(re.escape(k) for k in _PTB_BRACKETS))

# Rules applied in order to a line of PTB tokens.
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"``\s*"), "\u201c"),  # opening double quote, glued to the next word
    (re.compile(r"\s*''"), "\u201d"),  # closing double quote, glued to the previous word
    (re.compile(r"([(\[{])\s+"), r"\1"),
    (re.compile(r"\s+([)\]}])"), r"\1"),
    (re.compile(r"\s+([.,;:!?%])(?=\s|$|[\u201d\u2019])"), r"\1"),  # glued to the word before
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m|'S|'RE|'VE|'LL|'D|'M|N'T)\b"), r"\1"),
    (re.compile(r"\$\s+(?=\d)"), "$"),
    (re.compile(r"(?<=\s)`\s*"), "\u2018"),  # opening single quote
    (re.compile(r"\s+'(?=\s|$)"), "\u2019"),  # closing single quote
    (re.compile(r"\s*--\s*"), " -- "),
    (re.compile(r"\\([/*])"), r"\1"),  # PTB escapes a slash and an asterisk ("Herbert\/AP", "\* Lawsuit")
    (re.compile(r"[ \t]{2,}"), " "),
]


def detokenize_ptb(text: str) -> str:
    """Turn PTB-tokenised text ("He said `` yes '' -LRB- AP -RRB- .") into plain text.

    Line structure is kept (one sentence per line stays one per line)."""
    out_lines = []
    for line in text.split("\n"):
        line = _BRACKET_RE.sub(lambda m: _PTB_BRACKETS[m.group(0)], line)
        for pattern, repl in _RULES:
            line = pattern.sub(repl, line)
        out_lines.append(line.strip())
    return "\n".join(out_lines)


_PTB_BRACKET_TOKEN = re.compile(r"(?:^|\s)-[LR][RSC]B-(?=\s|$)")
_SPACED_PUNCT = re.compile(r" [,.;:](?=\s|$)")
_ANY_PUNCT = re.compile(r"[,.;:](?=\s|$)")
PTB_MIN_PUNCT = 5  # at least this many , . ; : to judge by their spacing
PTB_SPACED_SHARE = 0.8


def looks_ptb(text: str) -> bool:
    """Whether ``text`` is PTB-tokenised: a bracket token ("-LRB-"), or punctuation that
    nearly always stands apart from the word before it ("Deraa , on Sunday .")."""
    if _PTB_BRACKET_TOKEN.search(text):
        return True
    spaced = len(_SPACED_PUNCT.findall(text))
    return spaced >= PTB_MIN_PUNCT and spaced >= PTB_SPACED_SHARE * len(_ANY_PUNCT.findall(text))


# Head nouns of the names of events ("World War I", "the Gulf War", "the Cultural
# Revolution", "the Great Depression", "the Cuban Missile Crisis"): no actor and no
# speaker, whatever label the NER gave them.
EVENT_NOUNS = frozenset("war wars revolution uprising olympics games depression recession crisis".split())
# ... and of laws and treaties ("the Official Secrets Act", "the 13th Amendment", "the Dayton
# Accords"), which the NER often calls a person or an organisation
LAW_NOUNS = frozenset("act acts amendment treaty accord accords".split())
# Holidays and feasts counted or named as days ("two Christmases", "Christmas Eve", "Eid
# al-Fitr", a lone "Christmas" the NER called a person or a work of art): a time, never an
# actor. A holiday that is also a surname ("Ramadan": Tariq Ramadan) is left to the NER.
HOLIDAY_NAMES = frozenset("christmas xmas easter ramadan thanksgiving hanukkah passover halloween diwali eid".split())
HOLIDAY_SURNAMES = frozenset({"ramadan", "eid"})  # holidays that are also people's names
_HOLIDAY_DAYS = frozenset("day eve al-fitr al-adha".split())
_ORDINAL_TAIL = frozenset("i ii iii iv v vi vii viii ix x one two three".split())
# Days named by a word before a weekday ("Super Tuesday", "Black Friday", "Good Friday").
DAY_NAME_WORDS = frozenset("super black cyber good holy ash fat maundy palm easter boxing giving".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def is_event_name(text: str) -> bool:
    """'World War I', 'World War Two', 'the Gulf War', 'the Patriot Act', 'Christmas Eve', 'Super
    Tuesday': the name of an event, a law, a holiday or a named day."""
    words = [w.strip(".,'’").lower() for w in text.split()]
    while len(words) > 1 and (words[-1] in _ORDINAL_TAIL or words[-1].isdigit()):
        words = words[:-1]
    bare = words[1:] if words[:1] == ["the"] else words
    if len(bare) == 1 and bare[0].endswith("s") and bare[0][:-1].removesuffix("e") in HOLIDAY_NAMES:
        return True  # "Christmases", "Easters"
    if len(bare) == 1 and bare[0] in HOLIDAY_NAMES and bare[0] not in HOLIDAY_SURNAMES:
        return True  # "Christmas" (tagged a person or a work of art), not "Ramadan" (Tariq Ramadan)
    if len(bare) == 2 and bare[0] in HOLIDAY_NAMES and bare[1] in _HOLIDAY_DAYS:
        return True
    if len(bare) == 2 and bare[0] in DAY_NAME_WORDS and bare[1] in _WEEKDAYS:
        return True  # "Super Tuesday", "Black Friday"
    return len(words) > 1 and (words[-1] in EVENT_NOUNS or words[-1] in LAW_NOUNS) \
        or words in (["olympics"], ["paralympics"], ["depression"])
