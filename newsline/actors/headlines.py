"""Names in headlines, where the NER is least reliable.

A headline is written in title case ("Mara Quell Leaves Harbourview, Checks Into Seaford
Rehab"), so the tagger runs names over verbs and common words and labels capitalised
common words as names. These rules find the title-case lines, cut headline names at
headline verbs and at words the article writes in lower case elsewhere, and take the NER
label off a name only a headline gives. They are ours because the spaCy model has no
notion of headline style.
"""

from __future__ import annotations

import re

from newsline.actors import lexicon as lx
from newsline.actors.article import NAME_LABELS, ArticleIndex, Mention
from newsline.actors.names import name_tokens


HEADLINE_BREAKS = frozenset(
    "into out on to in for at with after over from as by up down off vs vs. against amid says said".split()
)


HEADLINE_VERBS = frozenset(
    """dies died dead dying checks leaves left wins won beats beat killed kills arrested charged
    named hired hires rehires fired fires says said admits denies sentenced jailed quits resigns
    returns joins signs escapes escaped found shot hit clinch clinches loses lost faces faced
    set sets takes took gets got makes made shoots stabs attacks confesses pleads convicted
    announces unveils releases offers reverses overturns restores sues warns urges rejects approves
    appoints names hits flips""".split()
)
# More verbs a headline runs a surname into ("Obama Outlines His Plans ..."): used only to read
# a two-word name as surname + verb across the corpus, not to cut names inside headlines
# (there the longer list cut real names).
RUN_ON_VERBS = HEADLINE_VERBS | frozenset(
    """outlines plans seeks vows backs slams blasts defends pledges proposes promises meets visits
    tells asks orders blames praises cuts raises signals mulls weighs nears launches opens ends
    fears hails touts criticizes criticises dismisses considers pushes presses taps nominates
    endorses rebuffs vetoes""".split()
)


HEADLINE_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of in on at to for with by from as vs via into onto over after up".split()
)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_case_lines(art: ArticleIndex) -> list[tuple[int, int]]:
    """Character ranges of lines written in title case (headlines), where the NER's labels
    are unreliable: most words outside the named entities are capitalised ("Mara Quell
    Leaves Harbourview, Checks Into Seaford Rehab"), which a sentence full of names is not
    ("Kim Jong Un met Kim Yo Jong and Kim Yong Nam in Pyongyang.")."""
    ent_chars = set()
    for e in art.doc.entities:
        if e.label in NAME_LABELS:
            ent_chars.update(range(e.start, e.end))
    out = []
    pos = 0
    for line in art.text.split("\n"):
        words = []
        every = []
        for mt in _WORD.finditer(line):  # one pass: every word, and those outside names
            w = mt.group()
            every.append(w)
            if pos + mt.start() not in ent_chars:
                words.append(w)
        ends_sentence = line.rstrip().endswith((".", "?", "!", '"', "”"))
        if len(every) >= 3 and all(w[:1].isupper() or w in HEADLINE_FUNCTION_WORDS for w in every):
            out.append((pos, pos + len(line)))  # every word capitalised but the small ones
        elif words:
            ratio = sum(1 for w in words if w[:1].isupper()) / len(words)
            if ratio >= 0.7 and (len(words) >= 3 or not ends_sentence):
                out.append((pos, pos + len(line)))
        elif line.strip() and not ends_sentence and len(line.split()) <= 12:
            out.append((pos, pos + len(line)))  # a line that is all name(s): a headline
        pos += len(line) + 1
    return out


def demote_headline_names(
    art: ArticleIndex, names: list[Mention], known: frozenset = frozenset(), common: frozenset = frozenset(),
    corpus_names: frozenset = frozenset(),
) -> None:
    """A name found only in a title-case line keeps its span but loses its NER label
    (so "Clerk Charged" in a headline does not become a person). A headline name that
    runs over a verb ("Harlow Reverses Quimby", "Falcons Beat Lynxes" where the corpus names the Falcons) is cut there, and the
    capitalised words after the verb become a name of their own."""
    lines = title_case_lines(art)
    if not lines:
        return

    def in_head(m: Mention) -> bool:
        return any(a <= m.start < b for a, b in lines)

    elsewhere = set()
    for m in names:
        if not in_head(m):
            toks = name_tokens(m.text)
            elsewhere.add(" ".join(toks))
            elsewhere.update(toks)
    added = []
    for m in names:
        # a headline verb the name ran over from the left ("Reverses Quimby"), where the
        # rest is known as a name
        if in_head(m) and m.tok_end - m.tok_start >= 2 and art.low[m.tok_start] in HEADLINE_VERBS:
            rest = name_tokens(art.span_text(m.tok_start + 1, m.tok_end))
            if " ".join(rest) in elsewhere or " ".join(rest) in corpus_names or len(rest) == 1 and rest[0] in known:
                m.tok_start += 1
                m.start = art.toks[m.tok_start].start
                m.text = art.span_text(m.tok_start, m.tok_end)
        if not in_head(m) or m.tok_end - m.tok_start < 2:
            continue
        cut = m.tok_end
        # a verb right after the first word cuts only a word known as a name ("Falcons")
        w0 = art.low[m.tok_start]
        first_known = w0 in elsewhere or w0 in known or w0 in corpus_names
        if m.tok_end - m.tok_start == 2 and not first_known:
            continue  # "Harlow Reverses" is cut only where "Harlow" is known as a name
        for k in range(m.tok_start + 1, m.tok_end):
            if art.low[k] in HEADLINE_BREAKS or (art.low[k] in HEADLINE_VERBS and (k >= m.tok_start + 2 or first_known)):
                cut = k
                break
        if art.low[m.tok_start] in lx.MALE_GIVEN or art.low[m.tok_start] in lx.FEMALE_GIVEN:
            cut = min(cut, m.tok_start + 2)
        if cut < m.tok_end:
            if art.low[cut] in HEADLINE_VERBS:
                rest = cut + 1
                while rest < m.tok_end and art.words[rest][:1].isupper() and art.low[rest] not in HEADLINE_BREAKS \
                        and art.low[rest] not in HEADLINE_VERBS and art.low[rest] not in HEADLINE_FUNCTION_WORDS:
                    rest += 1
                if rest > cut + 1:
                    added.append(Mention(
                        cut + 1, rest, art.toks[cut + 1].start, art.toks[rest - 1].end, art.span_text(cut + 1, rest),
                        "name", art.sent_of[cut + 1], "PROPN", evidence="name in a headline", head=rest - 1,
                    ))
            m.tok_end = cut
            m.end = art.toks[cut - 1].end
            m.text = art.span_text(m.tok_start, cut)
            m.head = cut - 1
    if added:
        names.extend(added)
        names.sort(key=lambda m: m.tok_start)
    if HEADLINE_COMMON_WORDS:
        cut_common_words(art, names, in_head, elsewhere, known, common, corpus_names)
    for m in names:
        if in_head(m) and m.label != "PROPN":
            toks = name_tokens(m.text)
            if " ".join(toks) not in elsewhere and not (len(toks) == 1 and toks[0] in elsewhere):
                m.label = "PROPN"
                m.evidence = "name in a headline"


HEADLINE_COMMON_WORDS = True
_INFLECTIONS = ("es", "ed", "s", "d")


def cut_common_words(
    art: ArticleIndex, names: list[Mention], in_head, elsewhere: set, known: frozenset = frozenset(),
    common_words: frozenset = frozenset(), corpus_names: frozenset = frozenset(),
) -> None:
    """In a headline, a capitalised word the article writes in lower case elsewhere, or a
    form of a verb or noun it writes so ("Reverses" for "reversed"), is a common word, not
    part of a name ("Suspended Cook Stabs 3 Women", "Overturn Quimby Rules"): a headline name
    keeps its first run of other words, or goes if none is left; a later run is a name of
    its own when the article (or, with ``known`` or ``corpus_names``, the corpus) names it
    so elsewhere
    ("Harlow Reverses Quimby": "Harlow", "Quimby"). Words of names the article gives outside its
    headlines are kept ("Stonebridge Center"). ``common_words`` are the corpus's words
    written in lower case and never inside a name (``corpus_common_words``): a headline
    with no text of its own under it is read with them."""
    lower: set = set()
    for k in range(art.n):
        w = art.words[k]
        if w.isalpha() and w.islower():
            lower.add(w)
            if art.toks[k].pos in ("VERB", "NOUN"):
                lower.add(art.toks[k].lemma.lower())

    def common(k: int) -> bool:
        low = art.low[k]
        if low in elsewhere or not art.words[k][:1].isupper():
            return False
        if low in lower or low in common_words:
            return True
        # inflected forms: "reverses"/"reversed" -> "reverse", "rules" -> "rule"
        return any(
            low.endswith(suf) and len(low) - len(suf) >= 3 and (low[: -len(suf)] in lower or low[: -len(suf)] in common_words)
            for suf in _INFLECTIONS
        )

    keep = []
    for m in names:
        if not in_head(m):
            keep.append(m)
            continue
        runs: list[list[int]] = []
        run: list[int] = []
        for k in range(m.tok_start, m.tok_end):
            if common(k) or not any(c.isalnum() for c in art.words[k]):
                if run:
                    runs.append(run)
                    run = []
                continue
            run.append(k)
        if run:
            runs.append(run)
        if not runs:
            continue
        a, b = runs[0][0], runs[0][-1] + 1
        if (a, b) != (m.tok_start, m.tok_end):
            m.tok_start, m.tok_end = a, b
            m.start, m.end = art.toks[a].start, art.toks[b - 1].end
            m.text = art.span_text(a, b)
            m.head = b - 1
        keep.append(m)
        for r in runs[1:]:
            a, b = r[0], r[-1] + 1
            words = " ".join(art.low[k] for k in r)
            if words in elsewhere or words in known or words in corpus_names:
                keep.append(Mention(a, b, art.toks[a].start, art.toks[b - 1].end, art.span_text(a, b), "name",
                                    art.sent_of[a], "PROPN", evidence="name in a headline", head=b - 1))
    keep.sort(key=lambda m: m.tok_start)
    names[:] = keep


def trim_to_known_names(art: ArticleIndex, names: list[Mention]) -> None:
    """Headline NER errors: 'Mara Quell Checks Into Rehab' tagged as one name is cut back
    to 'Mara Quell' when the article names that person on its own elsewhere."""
    known = set()
    for m in names:
        if m.label == "PERSON":
            t = tuple(name_tokens(m.text))
            if 2 <= len(t) <= 3:
                known.add(t)
    if not known:
        return
    for m in names:
        t = tuple(name_tokens(m.text))
        if len(t) <= 2:
            continue
        for k in range(len(t) - 1, 1, -1):
            if t[:k] in known and t not in known:
                # find the doc token where the prefix ends
                for j in range(m.tok_start + 1, m.tok_end):
                    if tuple(name_tokens(art.span_text(m.tok_start, j))) == t[:k]:
                        m.tok_end = j
                        m.end = art.toks[j - 1].end
                        m.text = art.span_text(m.tok_start, j)
                        m.head = j - 1
                        m.label = "PERSON"
                        break
                break
