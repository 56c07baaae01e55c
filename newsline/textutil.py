"""Small text utilities: undoing Penn Treebank tokenisation (as some corpora ship text)."""

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
    (re.compile(r"\s+([.,;:!?%])(?=\s|$)"), r"\1"),  # punctuation glued to the word before
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m|'S|'RE|'VE|'LL|'D|'M|N'T)\b"), r"\1"),
    (re.compile(r"\$\s+(?=\d)"), "$"),
    (re.compile(r"(?<=\s)`\s*"), "\u2018"),  # opening single quote
    (re.compile(r"\s+'(?=\s|$)"), "\u2019"),  # closing single quote
    (re.compile(r"\s*--\s*"), " -- "),
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
