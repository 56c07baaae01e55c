"""Article body and metadata from an HTML page (trafilatura), publication date (htmldate+).

``extract_html`` is what the HTML reader calls; ``extract_date`` gives the publication date
alone. Both are pure functions of the page (and its URL, when known); no network.

Body: trafilatura with ``favor_precision`` (on the Zyte article-extraction benchmark it
scores higher than trafilatura's defaults: it drops more teasers and link lists and loses
almost no article text), falling back to the default and then the recall-oriented setting
when the precise setting finds nothing. Tables are kept (dropping them loses article text).

Date, in order of trust:
1. a full date in the page's URL (the given URL, else its canonical or og:url address),
   as ``/2020/05/21/``, ``2020-05-21`` or a compact ``-20200521`` between non-digits;
2. htmldate (extensive search, ``original_date=True``), except that
   - the ``datePublished`` of the page's JSON-LD article object wins when it disagrees
     (htmldate reads only ISO dates there and falls back to dates elsewhere in the page
     when a site writes ``"Tue, Sep 15 2020 10:01:41 EDT"``);
   - a 1 January date that the page never writes out is dropped: it comes from a bare
     year (a copyright line), not from a publication date.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import warnings
from dataclasses import dataclass
from typing import Any, Iterator

from newsline.errors import InputProblem

__all__ = ["HtmlPage", "extract_html", "extract_date", "url_date"]


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What an HTML page gives: the article body (one paragraph a line) and its metadata."""

    body: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # "YYYY-MM-DD"
    publisher: str | None = None  # the site's name
    url: str | None = None


# A page whose extracted text has no line of at least this many words holds no article
# (only menus, link lists or captions, which trafilatura's fallbacks sometimes return).
MIN_LINE_WORDS = 8

# trafilatura settings tried in turn until one finds an article.
_EXTRACTION_SETTINGS: tuple[dict[str, bool], ...] = (
    {"favor_precision": True},
    {},
    {"favor_recall": True},
)

MIN_YEAR = 1995  # no news page on the web is older; earlier "dates" are placeholders

_ISO_DAY = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?![0-9])")
# A full date in a URL: 2020/05/21, 2020-05-21, 2020_05_21, 2020.05.21 or 20200521,
# not inside a longer run of digits (ids).
_URL_DATE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})([/_.-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
_ARTICLE_TYPES = re.compile(r"article|posting|report|blog|news", re.I)
_MEDIA_TYPES = re.compile(r"image|video|audio|media|organization|person|website", re.I)


# --- helpers ---------------------------------------------------------------------------


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _valid_day(year: int, month: int, day: int) -> str | None:
    try:
        d = _dt.date(year, month, day)
    except ValueError:
        return None
    if d.year < MIN_YEAR or d > _dt.date.today() + _dt.timedelta(days=1):
        return None
    return d.isoformat()


def _iso_day(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = _ISO_DAY.match(value)
    return _valid_day(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _parse_day(value: str) -> str | None:
    """A date written in any common format ("2020-09-15T10:01", "Tue, Sep 15 2020 ...")."""
    iso = _iso_day(value)
    if iso or _ISO_DAY.match(value):
        return iso
    from dateutil import parser as dateutil_parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = dateutil_parser.parse(value, ignoretz=True)
    except (ValueError, OverflowError, TypeError):
        return None
    return _valid_day(parsed.year, parsed.month, parsed.day)


# Scripts written without spaces between words (CJK, kana, hangul, Thai): about two
# characters a word.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _word_count(line: str) -> int:
    unspaced = len(_UNSPACED.findall(line))
    spaced = len(_UNSPACED.sub(" ", line).split())
    return spaced + unspaced // 2


def _body_lines(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _parse_tree(html: str) -> Any:
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except Exception:  # lxml refuses some inputs as str (encoding declarations)
        try:
            return lxml.html.fromstring(html.encode("utf-8", "replace"))
        except Exception:
            return None


# --- dates -----------------------------------------------------------------------------


def url_date(url: str | None) -> str | None:
    """A full date written in a URL path ("/2020/05/21/", "-20200521"), or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.I)
    for m in _URL_DATE.finditer(path):
        day = _valid_day(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if day:
            return day
    return None


def _page_urls(tree: Any) -> list[str]:
    if tree is None:
        return []
    found = tree.xpath(
        '//link[@rel="canonical"]/@href|//meta[@property="og:url"]/@content'
        '|//meta[@name="og:url"]/@content'
    )
    return [str(u) for u in found if isinstance(u, str)]


def _json_objects(data: Any) -> Iterator[dict]:
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))


def jsonld_date(tree: Any) -> str | None:
    """``datePublished`` of the page's JSON-LD article (articles first, then other works)."""
    if tree is None:
        return None
    ranked: list[tuple[int, int, str]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content(), strict=False)
        except (ValueError, TypeError):
            continue
        for obj in _json_objects(data):
            value = obj.get("datePublished")
            if not isinstance(value, str):
                continue
            kind = obj.get("@type")
            kind = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            if _MEDIA_TYPES.search(kind) and not _ARTICLE_TYPES.search(kind):
                continue
            day = _parse_day(value)
            if day:
                rank = 0 if _ARTICLE_TYPES.search(kind) else 1
                ranked.append((rank, len(ranked), day))
    return min(ranked)[2] if ranked else None


_JAN = r"(?:jan[a-z]*|ene[a-z]*|gen[a-z]*|янв[а-я]*|stycz[a-z]*)"


def _writes_new_year(html: str, year: str) -> bool:
    """Does the page write out 1 January of ``year`` (not just the year)?"""
    patterns = (
        rf"(?<![0-9]){year}[-/._]?0?1[-/._]?0?1(?![0-9])",
        rf"(?<![0-9])0?1[-/.]0?1[-/.]{year}(?![0-9])",
        rf"\b{_JAN}\.?\s+0?1(?:st)?\b,?\s+{year}",
        rf"(?<![0-9])0?1(?:st|er|\.|º)?\s+(?:de\s+)?{_JAN}\.?,?\s+(?:de\s+)?{year}",
    )
    return any(re.search(p, html, re.I) for p in patterns)


def _htmldate(html: str | Any, url: str | None, *, extensive: bool = True) -> str | None:
    from htmldate import find_date

    try:
        return _iso_day(
            find_date(html, url=url, extensive_search=extensive, original_date=True)
        )
    except Exception:  # htmldate can fail on malformed pages; a date is optional
        return None


def extract_date(html: str, *, url: str | None = None, _tree: Any = None) -> str | None:
    """The page's publication date as "YYYY-MM-DD", or None when the page gives none."""
    if not html or not html.strip():
        return None
    tree = _tree if _tree is not None else _parse_tree(html)
    for address in [url, *_page_urls(tree)]:
        day = url_date(address)
        if day:
            return day
    found = _htmldate(html, url)
    structured = jsonld_date(tree)
    if structured and structured != found:
        return structured
    if found and found.endswith("-01-01") and not _writes_new_year(html, found[:4]):
        return None
    return found


# --- the page --------------------------------------------------------------------------


def _first_article(html: str, url: str | None) -> Any:
    import trafilatura

    doc = None
    for settings in _EXTRACTION_SETTINGS:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            **settings,
        )
        if doc is not None and _body_lines(doc.text or ""):
            return doc
    return doc


def extract_html(html: str, *, url: str | None = None) -> HtmlPage:
    """Article body (one paragraph a line) and metadata of an HTML page.

    Raises ``InputProblem("W106")`` when the page holds no article text.
    """
    where = url or "page"
    if not html or not html.strip():
        raise InputProblem("W106", detail=f"{where}: the page is empty")
    try:
        doc = _first_article(html, url)
    except Exception as exc:  # lxml/trafilatura errors on broken markup
        raise InputProblem("W106", detail=f"{where}: {type(exc).__name__}: {exc}") from exc
    body = _body_lines(doc.text or "") if doc is not None else ""
    if not body:
        raise InputProblem("W106", detail=f"{where}: no article text in the page")
    if max(_word_count(line) for line in body.splitlines()) < MIN_LINE_WORDS:
        raise InputProblem(
            "W106", detail=f"{where}: only short fragments in the page ({len(body)} characters)"
        )
    page_url = _clean(url) or _clean(doc.url)
    return HtmlPage(
        body=body,
        title=_clean(doc.title),
        author=_clean(doc.author),
        published=extract_date(html, url=page_url),
        publisher=_clean(doc.sitename),
        url=page_url,
    )
