"""Article body and metadata from an HTML page (trafilatura), publication date (htmldate).

``extract_html`` is what the HTML reader calls; ``extract_date`` gives the publication date
alone. Both are pure functions of the page (and its URL, when known); no network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsline.errors import InputProblem

__all__ = ["HtmlPage", "extract_html", "extract_date"]


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

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _iso_day(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = _ISO_DAY.match(value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _body_lines(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def extract_date(html: str, *, url: str | None = None) -> str | None:
    """The page's publication date as "YYYY-MM-DD", or None when the page gives none."""
    from htmldate import find_date

    if not html or not html.strip():
        return None
    try:
        found = find_date(html, url=url, extensive_search=True, original_date=True)
    except Exception:  # htmldate can fail on malformed pages; a date is optional
        return None
    return _iso_day(found)


def extract_html(html: str, *, url: str | None = None) -> HtmlPage:
    """Article body and metadata of an HTML page.

    Raises ``InputProblem("W106")`` when the page holds no article text.
    """
    import trafilatura

    where = url or "page"
    if not html or not html.strip():
        raise InputProblem("W106", detail=f"{where}: the page is empty")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
        )
    except Exception as exc:  # lxml/trafilatura errors on broken markup
        raise InputProblem("W106", detail=f"{where}: {type(exc).__name__}: {exc}") from exc
    body = _body_lines(doc.text or "") if doc is not None else ""
    if not body:
        raise InputProblem("W106", detail=f"{where}: no article text in the page")
    if max(len(line.split()) for line in body.splitlines()) < MIN_LINE_WORDS:
        raise InputProblem(
            "W106", detail=f"{where}: only short fragments in the page ({len(body)} characters)"
        )
    published = _iso_day(doc.date) or extract_date(html, url=url)
    return HtmlPage(
        body=body,
        title=_clean(doc.title),
        author=_clean(doc.author),
        published=published,
        publisher=_clean(doc.sitename),
        url=_clean(url) or _clean(doc.url),
    )
