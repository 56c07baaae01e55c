"""Clean plain article text line by line and lift its metadata (title, author, publisher, date).

The cleaner works on whole lines, the unit web page debris comes in: a line is either kept
as it is (bullets and trailing spaces stripped) or removed whole, and every removed line is
returned as a ``RemovedLine`` with a reason code, so nothing is lost silently. Lines lifted
into metadata (the headline, the byline, the dateline) are removed with that reason too.

The heuristics are data in ``newsline.ingest.patterns``; this module applies them in
three passes:

1. each line on its own: boilerplate, photo credits, categories, publisher, bylines,
   contributor and contact lines, datelines (a bare date counts only in the header zone);
2. the header zone, the lines above the first real paragraph: the headline, mastheads above
   it and a dek between it and the byline block;
3. the end of the text: a trailing list of short tag lines.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

import ftfy

from newsline.ingest import patterns as P
from newsline.model import Metadata, RemovedLine

# The marks of UTF-8 decoded as a one-byte code page: a lead byte's letter (Ã, Â, â, Ð, Ø, ...)
# before a continuation byte's character. Checked first, so clean text costs one search.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4]"  # Â ... ô
    "[\u0080-\u00bf"  # the continuation bytes as Latin-1 reads them
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"  # ... and as Windows-1252 does
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)

log = logging.getLogger(__name__)

__all__ = ["CleanResult", "clean_text", "clean_name", "parse_date"]


@dataclass(frozen=True, slots=True)
class CleanResult:
    """The cleaned text, the metadata lifted out of it and every line removed (with why)."""

    text: str
    meta: Metadata
    removed: tuple[RemovedLine, ...]


@dataclass(slots=True)
class _Line:
    i: int  # 0-based index
    raw: str  # the raw line, trailing whitespace stripped
    norm: str  # bullets and list markers stripped, spaces collapsed: what patterns see
    words: int
    reason: str | None = None
    value: object = None  # what the line gives: a name, a date, (author, date)...
    stamp: bool = False  # a publication stamp cut out of a line of text (a dateline anywhere)
    signature: bool = False  # a correspondent's signature cut out of a line of text


# --- public helpers ------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """An absolute date string ("Feb 21 2018", "May 4, 2018") as ISO "YYYY-MM-DD", else None.

    dateparser is used with relative dates off and no filling from today's date, so a
    string without a day, month and year gives None rather than a made-up date.
    """
    import dateparser  # slow to import: only when a date line is seen

    try:
        parsed = dateparser.parse(
            text, languages=P.DATEPARSER_LANGUAGES, settings=P.DATEPARSER_SETTINGS
        )
    except (ValueError, OverflowError, TypeError):  # dateparser raises on odd input
        return None
    if parsed is None or not 1000 <= parsed.year <= 9999:
        return None
    return parsed.strftime("%Y-%m-%d")


_NAME_TOKEN_RE = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:['’\-][^\W\d_]+)*\.?$")
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def clean_name(text: str) -> str | None:
    """A person's name as written ("Robert R. King"), or None when ``text`` is not one.

    Two to five tokens, each capitalised (or a particle such as "de", "van", "bin"), the
    last one a word rather than an initial; "By Tuesday" or "the staff" are not names.
    """
    tokens = text.strip(" \t,;:|").split()
    while tokens and tokens[0].lower() in P.NAME_HONORIFICS:
        tokens = tokens[1:]
    if tokens and tokens[-1].endswith(".") and len(tokens[-1]) > 2 and tokens[-1].lower() not in _SUFFIXES:
        tokens[-1] = tokens[-1][:-1]  # a sentence's full stop, not an initial
    if not P.NAME_MIN_TOKENS <= len(tokens) <= P.NAME_MAX_TOKENS:
        return None
    if tokens[0].lower().strip(".,") in P.NOT_NAME_WORDS:
        return None
    for k, tok in enumerate(tokens):
        low = tok.lower()
        if low in P.NOT_IN_NAME_WORDS:
            return None
        if len(tok) > 1 and tok.isupper() and tok.isalpha():  # an acronym: "BBC", not a name
            return None
        if low in P.NAME_PARTICLES and 0 < k < len(tokens) - 1:
            continue
        if k == len(tokens) - 1 and low in _SUFFIXES and k >= 2:
            continue
        if not (tok[0].isupper() and _NAME_TOKEN_RE.match(tok)):
            return None
    last = tokens[-1].rstrip(".")
    if len(last) < 2 and tokens[-1].lower() not in _SUFFIXES:
        return None
    return " ".join(tokens)


# --- pass 1: one line at a time ------------------------------------------------------------


def _normalise(line: str) -> str:
    text = P.BULLET_RE.sub("", line)
    text = P.LIST_MARKER_RE.sub("", text)
    for ch in P.INVISIBLE_CHARS:
        text = text.replace(ch, "")
    return " ".join(text.split())


def _parse_byline(rest: str) -> tuple[str, str | None] | None:
    """(authors, ISO date or None) from what follows "By"; None when it names nobody."""
    if len(rest.split()) > 20:
        return None
    parts = P.BYLINE_SPLIT_RE.split(rest)
    names_part, others = parts[0], parts[1:]
    date = None
    m = P.TRAILING_DATE_RE.search(names_part)
    if m and m.start() > 0:
        date = parse_date(m.group("date"))
        names_part = names_part[: m.start()]
    if any(len(other.split()) > P.BYLINE_PART_MAX_WORDS for other in others):
        return None
    for other in others:
        dm = P.DATELINE_RE.match(other.strip())
        if dm and date is None:
            date = parse_date(dm.group("date"))
    authors: list[str] = []
    for k, piece in enumerate(P.AUTHOR_JOIN_RE.split(names_part.strip())):
        if not piece:
            continue
        words = piece.split()
        if k > 0 and words[-1].lower().strip(".") in P.BYLINE_TITLE_NOUNS:
            continue  # "Tarmo Virki, European Technology Correspondent": the title of the one before
        while len(words) > 2 and words[-1].lower().strip(".") in P.BYLINE_ROLE_WORDS:
            words.pop()  # "Zeke Miller Associated Press" -> "Zeke Miller"
        piece = " ".join(words)
        if piece.isupper():  # "BY JANE ROE" -> "Jane Roe"
            piece = piece.title()
        name = clean_name(piece)
        is_role = all(w.lower().strip(".") in P.BYLINE_ROLE_WORDS for w in piece.split())
        if k == 0 and name is None:
            return None
        if len(piece.split()) > P.BYLINE_PART_MAX_WORDS:
            return None
        if name is not None and not is_role:
            authors.append(name)
    if not authors:
        return None
    return ", ".join(authors), date


def _contributor_ok(norm: str) -> bool:
    """A "Reporting by ..." line: after "by" only names and the filler words."""
    m = re.search(r"\bby\s+(.*)$", norm, re.IGNORECASE)
    if not m:
        return True
    for word in re.findall(r"[^\W\d_][\w'’.\-]*", m.group(1)):
        if word.lower() not in P.CONTRIBUTOR_FILLER and not word[0].isupper():
            return False
    return True


def _classify(line: _Line) -> None:
    """Set ``line.reason`` (and ``line.value``) from the per-line patterns."""
    norm, words = line.norm, line.words
    if not norm:
        return
    if (words <= P.PHOTO_CREDIT_MAX_WORDS and any(r.match(norm) for r in P.PHOTO_CREDIT_RES)) or (
        words <= P.PHOTO_LABEL_MAX_WORDS and any(r.match(norm) for r in P.PHOTO_LABEL_RES)
    ):
        line.reason = P.PHOTO_CREDIT
        return
    if len(P.LINK_AGE_RE.findall(norm)) >= 2:
        line.reason = P.BOILERPLATE  # a links box of other outlets' headlines
        return
    if (words <= P.BOILERPLATE_MAX_WORDS or P.CLICK_LINE_RE.match(norm)) and P.BOILERPLATE_RE.match(norm):
        line.reason = P.BOILERPLATE
        m = P.RETURN_TO_RE.match(norm)
        if m and words <= P.RETURN_TO_MAX_WORDS:
            line.value = ("return_to", m.group("name").strip())
        return
    if P.CATEGORY_RE.match(norm):
        line.reason = P.CATEGORY
        return
    if P.TAGS_RE.match(norm):
        line.reason = P.TAG_LIST
        return
    for r in P.PUBLISHER_RES:
        m = r.match(norm)
        if m:
            pub = P.PUBLISHER_SUFFIX_RE.sub("", m.group("pub").strip()).strip(" ,.")
            if pub:
                line.reason, line.value = P.PUBLISHER, pub
                return
    m = P.BYLINE_RE.match(norm)
    if m:
        parsed = _parse_byline(m.group("rest"))
        if parsed is not None:
            line.reason, line.value = P.BYLINE, parsed
            return
    if any(r.match(norm) for r in P.CONTRIBUTOR_RES) and _contributor_ok(norm):
        line.reason = P.CONTRIBUTOR
        return
    if words <= P.CONTACT_MAX_WORDS:
        for r in P.CONTACT_RES:
            m = r.match(norm)
            if m and P.CONTACT_ADDRESS_RE.search(norm):
                who = m.groupdict().get("who")
                line.reason, line.value = P.CONTACT, clean_name(who) if who else None
                return
    dateline = _parse_dateline(norm)
    if dateline is not None:
        line.reason, line.value = P.DATELINE, dateline


def _parse_dateline(norm: str) -> tuple[str, bool, bool] | None:
    """(ISO date, has a "Published"-like prefix, is an update time) of a dateline, else None."""
    m = P.DATELINE_RE.match(norm)
    if m:
        date = parse_date(m.group("date"))
        if date is None:
            return None
        prefix = (m.group("prefix") or "").strip()
        return date, bool(prefix), bool(P.UPDATE_PREFIX_RE.match(prefix))
    parts = P.DATELINE_PART_SPLIT_RE.split(norm)
    if len(parts) < 2 or len(norm.split()) > 20:
        return None
    found: list[tuple[str, bool, bool]] = []
    for k, part in enumerate(parts):
        if k == 0 and P.DATELINE_PLACE_PART_RE.match(part):
            continue  # "LONDON | Tue Mar 15, 2011 ..."
        if P.DATELINE_RE.match(part):
            sub = _parse_dateline(part)
            if sub is None:
                return None
            found.append(sub)
        elif not P.DATELINE_EXTRA_PART_RE.match(part):
            return None
    if not found:
        return None
    published = [f for f in found if not f[2]]
    return (published or found)[0]


# --- pass 2: the header zone -----------------------------------------------------------------


def _is_heading(line: _Line) -> bool:
    norm = line.norm
    return (
        line.reason is None
        and P.TITLE_MIN_WORDS <= line.words <= P.TITLE_MAX_WORDS
        and len(norm) <= P.TITLE_MAX_CHARS
        and not P.NOT_TITLE_END_RE.search(norm)
        and (norm[0].isupper() or norm[0].isdigit() or norm[0] in "\"'“‘")
    )


def _is_sentence(line: _Line) -> bool:
    return line.words >= P.BODY_SENTENCE_MIN_WORDS and bool(P.SENTENCE_END_RE.search(line.norm))


def _title_key(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.lower())


def _same_title(a: str, b: str) -> bool:
    ka, kb = _title_key(a), _title_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return len(short) >= 10 and short in long_


_HEADER_META = frozenset({P.BYLINE, P.DATELINE, P.PUBLISHER, P.CATEGORY})


def _header(lines: list[_Line], known_title: str | None) -> int | None:
    """Mark title, masthead and dek lines in the header zone; return the title's index."""
    text_lines = [ln for ln in lines if ln.norm and ln.reason is None]
    first_body = next(
        (ln.i for ln in text_lines if ln.words >= P.BODY_PARAGRAPH_MIN_WORDS),
        next((ln.i for ln in text_lines if _is_sentence(ln)), len(lines)),
    )
    # a bare date is a dateline only above the body; prefixed ones and stamps count anywhere
    for ln in lines:
        if ln.reason == P.DATELINE and ln.i > first_body and not ln.value[1] and not ln.stamp:
            ln.reason, ln.value = None, None
    last_meta = max((ln.i for ln in lines[:first_body] if ln.reason in _HEADER_META), default=-1)
    header = [ln for ln in lines[:first_body] if ln.norm and ln.reason is None]
    above = [ln for ln in header if ln.i < last_meta]
    below = [ln for ln in header if ln.i > last_meta]

    def has_text_after(idx: int) -> bool:
        return any(ln.i > idx for ln in text_lines)

    title: _Line | None = None
    if known_title is not None:
        title = next((ln for ln in header if _same_title(ln.norm, known_title)), None)
    elif above:
        cands = [ln for ln in above if _is_heading(ln)]
        title = next((ln for ln in cands if ln.words >= P.TITLE_PREFERRED_MIN_WORDS), None)
        if title is None and cands:
            title = max(cands, key=lambda ln: (ln.words, -ln.i))
    if title is None and known_title is None and below:
        # a headline below the byline block, or at the top with no byline block at all;
        # with no block to bound it, it must stand as its own paragraph
        first = below[0]
        standalone = last_meta >= 0 or (first.i + 1 < len(lines) and not lines[first.i + 1].norm)
        if _is_heading(first) and standalone and has_text_after(first.i):
            title = first
    if title is None:
        return None
    title.reason, title.value = P.TITLE, title.norm
    for ln in above:
        if ln.reason is None:
            ln.reason = P.MASTHEAD if ln.i < title.i else P.DEK
    return title.i


# --- pass 3: the trailing tag list -----------------------------------------------------------


def _is_tag(line: _Line) -> bool:
    norm = line.norm
    return (
        line.words <= P.TAG_MAX_WORDS
        and len(norm) <= P.TAG_MAX_CHARS
        and bool(P.TAG_LINE_RE.match(norm))
        and not P.NOT_TITLE_END_RE.search(norm)
        and not norm.endswith(("?", "!"))
    )


def _first_below_body(lines: list[_Line], is_end) -> int | None:
    """Index of the first line below the article's first paragraph that ``is_end`` says ends
    the article, else None."""
    body_seen = False
    for k, ln in enumerate(lines):
        if ln.reason is None and ln.words >= P.BODY_PARAGRAPH_MIN_WORDS:
            body_seen = True
        if body_seen and ln.norm and is_end(ln):
            return k
    return None


def _comments(lines: list[_Line]) -> None:
    """A reader-comments notice or a comment's signature below the article's first
    paragraph ends the article: that line and every line after it are removed as "comments"."""
    k = _first_below_body(lines, lambda ln: P.COMMENTS_START_RE.match(ln.norm) or P.COMMENT_SIGNATURE_RE.search(ln.norm))
    if k is None:
        return
    for rest in lines[k:]:
        if rest.norm and rest.reason is None:
            rest.reason = P.COMMENTS
        elif rest.reason == P.BOILERPLATE:
            rest.reason = P.COMMENTS


def _print_trailer(lines: list[_Line]) -> None:
    """The print edition's notice ("This article appeared on p16 of the G2 section ...", "A
    version appeared on p1 of the Main section ...") below the article's first paragraph ends
    it: every line after it is the site's promotion, removed as boilerplate."""
    k = _first_below_body(lines, lambda ln: ln.reason == P.BOILERPLATE and P.PRINT_TRAILER_RE.match(ln.norm))
    if k is None:
        return
    for rest in lines[k + 1 :]:
        if rest.norm and rest.reason is None:
            rest.reason = P.BOILERPLATE


def _tags(lines: list[_Line]) -> None:
    found: list[_Line] = []
    for ln in reversed(lines):
        if not ln.norm or ln.reason is not None:
            continue
        if not _is_tag(ln):
            break
        found.append(ln)
    remaining = [ln for ln in lines if ln.norm and ln.reason is None and ln not in found]
    if len(found) >= P.TAG_MIN_LINES and remaining:
        for ln in found:
            ln.reason = P.TAG_LIST


def _line(i: int, text: str, **kw) -> _Line:
    norm = _normalise(text)
    return _Line(i, text, norm, len(norm.split()), **kw)


def _place_words(text: str) -> int | None:
    """How many characters of ``text`` a signature's place takes (its leading space included),
    or None when ``text`` does not open with a place and go on after it. A place is one
    capitalised word, two when the first opens a place name or the second closes one ("New
    Orleans", "Golan Heights"), then up to two lower-case words ending in a site noun ("Zaatari
    refugee camp")."""
    words = list(re.finditer(r"[^\s,]+", text))
    if not words or not words[0].group(0)[:1].isupper():
        return None
    take = 1
    if len(words) > 2 and words[1].group(0)[:1].isupper() and text[words[0].end() : words[1].start()].isspace() and (
        words[0].group(0).lower() in P.PLACE_FIRST_WORDS or words[1].group(0).lower() in P.PLACE_LAST_WORDS
    ):
        take = 2
    for extra in (2, 1):
        tail = words[take : take + extra]
        if len(tail) == extra and len(words) > take + extra and all(w.group(0).islower() for w in tail) \
                and tail[-1].group(0) in P.PLACE_SITE_NOUNS:
            take += extra
            break
    if len(words) <= take:
        return None
    return words[take - 1].end()


def _correspondent_run_in(line: str) -> tuple[str, str, str, str] | None:
    """(headline, signature, name, text) of a correspondent's signature run into a line of text,
    else None.

    "Jim Muir BBC News, Beirut The UN mission ..." is ("", "Jim Muir BBC News, Beirut", "Jim
    Muir", "The UN mission ..."); a headline run in before a "By" signature is the first part.
    The place has no mark of its end, so ``_place_words`` reads it (and a second one after a
    comma: "Pensacola, Florida").
    """
    m = P.CORRESPONDENT_RUN_IN_RE.match(line)
    if m is None:
        # a headline before it: "Syria crisis: Counting the victims By Jastinder Khera BBC News The ..."
        by = next((b for b in re.finditer(r"(?<=\s)By\s+(?=[A-Z])", line)
                   if P.CORRESPONDENT_RUN_IN_RE.match(line[b.start():])), None)
        if by is None:
            return None
        found = _correspondent_run_in(line[by.start():])
        return None if found is None else (line[: by.start()].strip(), *found[1:])
    name = clean_name(m.group("name"))
    if name is None:
        return None
    end = m.end()
    if m.group("comma"):
        for _ in range(2):  # "Beirut", "Pensacola, Florida", "Hatay, Turkey-Syria border"
            taken = _place_words(line[end:])
            if taken is None:
                return None
            end += taken
            more = re.match(r"\s*,\s+(?=[A-Z])", line[end:])
            if more is None or _place_words(line[end + more.end():]) is None:
                break
            end += more.end()
    end += len(line[end:]) - len(line[end:].lstrip())
    rest = line[end:].strip()
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘"):
        return None
    if rest.split()[0].lower().strip(",") in P.OFFICE_WORDS:
        return None  # "Peter Horrocks, BBC World Service Director, said": a title, no signature
    return "", line[:end].strip().rstrip(","), name, rest


def _pieces(i: int, line: str) -> list[_Line]:
    """One input line as the lines it holds: most are one, but some pages run a dateline, a
    photo credit, a publication stamp or a footer notice into a line of text; those are cut
    out as lines of their own (with this line's number), the text around them kept."""
    summary = P.WIRE_SUMMARY_RE.match(line.strip()) if line.lstrip().startswith("*") else None
    if summary:
        # "* Point one * Point two By X, Y Correspondent HELSINKI, May 25 (Reuters) - Lead ...":
        # the points are lines of their own, the update note goes, the byline is one
        points = [pt for pt in P.WIRE_POINT_SPLIT_RE.split(summary.group("points")) if pt.strip()]
        out = [_line(i, "* " + pt.strip()) for pt in points]
        if summary.group("note"):
            out.append(_line(i, summary.group("note"), reason=P.BOILERPLATE))
        if summary.group("byline"):
            out.append(_line(i, summary.group("byline")))
        return out + [_line(i, summary.group("lead"))]
    wire = P.WIRE_LEAD_RE.match(line.strip()) if "(" in line else None
    if wire and _parse_dateline(_normalise(wire.group("head"))) is not None:
        # "LONDON | Tue Mar 15, 2011 1:48 pm GMT LONDON (Reuters) - Leading ...": the
        # dateline is removed, the lead stays
        return [_line(i, wire.group("head")), _line(i, wire.group("lead"))]
    trailer = P.TRAILER_IN_LINE_RE.search(line)
    if trailer:
        # a footer notice run onto a line of text: the text stays, the notice goes
        head = line[: trailer.start()].rstrip()
        return ([_line(i, head)] if head.strip() else []) + [_line(i, trailer.group(0).strip(), reason=P.BOILERPLATE)]
    out: list[_Line] = []
    toolbar = P.TOOLBAR_RUN_IN_RE.match(line)
    if toolbar and line[toolbar.end():].strip():
        out.append(_line(i, toolbar.group(0).strip(), reason=P.BOILERPLATE))
        line = line[toolbar.end():]
    wire_credit = P.CREDIT_RUN_IN_RE.match(line.strip())
    if wire_credit:
        # "(Editing by Deborah Charles) We welcome comments ...": the credit and the rest
        out.append(_line(i, wire_credit.group("credit")))
        line = line.strip()[wire_credit.end() :]
    credit = P.PHOTO_RUN_IN_RE.match(line.strip())
    if credit and len(_normalise(line).split()) > P.PHOTO_LABEL_MAX_WORDS:
        # "Photograph: Martin Argles Robin Cook, who has died ...": the credit goes (classified
        # as one), the text after it stays
        out.append(_line(i, credit.group("credit")))
        line = line.strip()[credit.end() :]
    click = P.CLICK_RUN_IN_RE.match(line.strip())
    if click:
        # "Click on any image to get a bigger picture December 9: ...": the instruction goes
        out.append(_line(i, click.group(0).strip(), reason=P.BOILERPLATE))
        line = line.strip()[click.end() :]
    figure = P.MARKET_FIGURE_RUN_IN_RE.match(line)
    if figure:
        # "Dow Jones Industrial Average: -196.33 Detroit's auto industry ...": the day's close
        # is kept as a line of its own, the entry after it stays
        out.append(_line(i, figure.group(0).strip()))
        line = line[figure.end() :].lstrip()
    signed = _correspondent_run_in(line.strip())
    if signed:
        # "Jim Muir BBC News, Beirut The UN mission ...": the signature is a byline, the
        # sentence stays (its speaker is not "Beirut The UN mission")
        headline, signature, name, line = signed
        if headline:
            out.append(_line(i, headline))
        out.append(_line(i, signature, reason=P.BYLINE, value=(name, None), signature=True))
    stamp = P.STAMP_IN_LINE_RE.search(line)
    dated = _parse_dateline(_normalise(stamp.group("date") or stamp.group("date2") or stamp.group("date3")
                                       or stamp.group("date4") or stamp.group("date5"))) if stamp else None
    if dated is None:
        return out + _caption_run_in(i, line.rstrip())
    # a stamp is a dateline wherever it stands (an update time when it says so)
    before, after = line[: stamp.start()].strip(), line[stamp.end() :].strip()
    if before:
        out.append(_line(i, before))
    out.append(_line(i, stamp.group("stamp"), stamp=True, reason=P.DATELINE,
                     value=(dated[0], False, stamp.group("date") is None and stamp.group("date4") is None
                            and stamp.group("date5") is None)))
    if after:
        out.extend(_caption_run_in(i, after))
    return out


def _caption_run_in(i: int, text: str) -> list[_Line]:
    """A page's caption and its credit run into a line of text ("... of the spill site
    Photograph: Lyle Ratliff/Reuters A whale of an oil skimmer is being ..."): the caption
    before the credit is a line of its own, the credit goes, the text after it stays."""
    caption = P.PHOTO_IN_LINE_RE.search(text)
    if caption is None or not text[: caption.start()].strip():
        return [_line(i, text)]
    out = [_line(i, text[: caption.start()].strip()),
           _line(i, caption.group("credit").strip(), reason=P.PHOTO_CREDIT)]
    rest = text[caption.end() :].strip()
    return out + ([_line(i, rest)] if rest else [])


# --- the whole cleaner -------------------------------------------------------------------------


def clean_text(raw: str, *, known_title: str | None = None) -> CleanResult:
    """Clean plain article text; lift title, author, publisher and published date.

    ``known_title``: the title given with the input (HTML metadata, a JSONL field). When
    set, only a header line that repeats it is removed as the title; other heading lines
    stay in the text.
    Returns the cleaned text (kept lines joined with their newlines, runs of blank lines
    collapsed to one, lines stripped), the metadata with provenance "text" for each lifted
    field, and every removed line with its 1-based line number and reason.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if _MOJIBAKE.search(text):
        # UTF-8 read as Latin-1 or Windows-1252 somewhere before us ("FranÃ§ois Hollande",
        # "GuantÃ¡namo"): ftfy undoes it, and only that (quotes, widths, HTML entities and
        # line breaks are left as they are)
        text = ftfy.fix_encoding(text)
    lines = [piece for i, line in enumerate(text.split("\n")) for piece in _pieces(i, line)]
    for ln in lines:
        if ln.reason is None:
            _classify(ln)
    _header(lines, known_title)
    _comments(lines)
    _print_trailer(lines)
    _tags(lines)

    # metadata
    title = next((ln.value for ln in lines if ln.reason == P.TITLE), None)
    author = next((ln.value[0] for k, ln in enumerate(lines) if ln.reason == P.BYLINE and not (
        # a signature below text signs one section of a live page, not the article
        ln.signature and any(x.reason is None and x.norm for x in lines[:k])
    )), None)
    if author is None:
        author = next((ln.value for ln in lines if ln.reason == P.CONTACT and ln.value), None)
    published = next(
        (ln.value[1] for ln in lines if ln.reason == P.BYLINE and ln.value[1]), None
    ) or next((ln.value[0] for ln in lines if ln.reason == P.DATELINE and not ln.value[2]), None)
    publisher = next((ln.value for ln in lines if ln.reason == P.PUBLISHER), None)
    if publisher is None:
        sites = {
            _title_key(ln.value[1])
            for ln in lines
            if ln.reason == P.BOILERPLATE and isinstance(ln.value, tuple)
        }
        for ln in lines:
            if ln.reason == P.MASTHEAD and _title_key(re.sub(r"(?i)^the\s+", "", ln.norm)) in sites:
                ln.reason = P.PUBLISHER
                publisher = ln.norm
                break
    fields = {"title": title, "author": author, "publisher": publisher, "published": published}
    meta = Metadata(
        **fields, provenance=tuple((k, "text") for k, v in fields.items() if v is not None)
    )

    removed = tuple(
        RemovedLine(ln.i + 1, ln.raw, ln.reason) for ln in lines if ln.reason is not None
    )
    out: list[str] = []
    for ln in lines:
        if ln.reason is not None:
            continue
        kept = P.BULLET_RE.sub("", ln.raw)
        for ch in P.INVISIBLE_CHARS:
            kept = kept.replace(ch, "")
        kept = kept.replace("\u00a0", " ").strip()
        if not kept and (not out or not out[-1]):
            continue
        out.append(kept)
    while out and not out[-1]:
        out.pop()
    if removed:
        log.debug("cleaning removed %d lines: %s", len(removed), [r.reason for r in removed])
    return CleanResult("\n".join(out), meta, removed)
