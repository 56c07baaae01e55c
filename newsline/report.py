"""The story report: ``story.json`` (data) and ``report.html`` (one self-contained page).

A section appears only when the stage that fills it has run: no placeholders. Feature
sections (timeline, actors, quotes...) are built by the feature's own ``story_section``
function and listed in ``SECTION_BUILDERS``.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
from pathlib import Path
from typing import Any, Callable, Iterable

from newsline import __version__
from newsline.model import Article, ArticleDoc, Corpus, Problem, item_to_json, short_id

# (section key, corpus layer or doc layer that must exist, builder(corpus) -> JSON-ready data)
SectionBuilder = tuple[str, str, Callable[[Corpus], Any]]
SECTION_BUILDERS: list[SectionBuilder] = []


def _article_entry(doc: ArticleDoc) -> dict[str, Any]:
    a: Article = doc.article
    m = a.meta
    entry: dict[str, Any] = {
        "id": a.id,
        "title": m.title,
        "author": m.author,
        "publisher": m.publisher,
        "published": m.published,
        "url": m.url,
        "source": m.source,
        "provenance": dict(m.provenance),
        "origin": {"path": a.origin.path, "line": a.origin.line},
        "raw_format": a.raw_format,
        "chars": len(a.text),
        "words": len(a.text.split()),
        "removed": [item_to_json(r) for r in a.removed],
    }
    if doc.has("sentences"):
        entry["sentences"] = len(doc.sentences)
    if doc.has("entities"):
        entry["entities"] = [
            {"start": e.start, "end": e.end, "label": e.label, "text": e.text}
            for e in doc.entities
        ]
    entry["text"] = a.text
    return entry


def _has_layer(corpus: Corpus, name: str) -> bool:
    return corpus.has(name) or any(d.has(name) for d in corpus.docs)


def build_story(corpus: Corpus, *, problems: Iterable[Problem] = ()) -> dict[str, Any]:
    """The story as JSON-ready data: articles, then every section whose stage has run."""
    story: dict[str, Any] = {
        "newsline": __version__,
        "generated": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "articles": [_article_entry(d) for d in corpus.docs],
    }
    for key, layer, builder in SECTION_BUILDERS:
        if _has_layer(corpus, layer):
            story[key] = builder(corpus)
    story["problems"] = [item_to_json(p) for p in problems]
    return story


# --- HTML ------------------------------------------------------------------------------

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#1d232a;color:#fff;padding:1.2rem 2rem}
header h1{margin:0;font-size:1.5rem} header p{margin:.3rem 0 0;color:#c7ced6}
main{max-width:60rem;margin:0 auto;padding:1rem 2rem 3rem}
section{background:#fff;border:1px solid #e1e4e8;border-radius:6px;padding:1rem 1.3rem;margin:1rem 0}
h2{font-size:1.2rem;margin:.2rem 0 .8rem} h3{font-size:1.05rem;margin:.2rem 0}
table{border-collapse:collapse;width:100%} td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
th{font-weight:600;color:#555} .meta td:first-child{width:9rem;color:#555}
.muted{color:#6a737d} .reason{font-family:ui-monospace,monospace;font-size:.85em;color:#8a5300}
.text{white-space:pre-wrap} mark{background:#fff3b0;border-radius:2px;padding:0 1px}
mark.PERSON{background:#dbeafe} mark.ORG{background:#e9d5ff} mark.GPE,mark.LOC,mark.NORP{background:#dcfce7}
mark.DATE,mark.TIME,mark.timex{background:#fde68a}
details summary{cursor:pointer;color:#0550ae} .toc a{margin-right:1rem}
.problem{color:#b42318}
"""


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def annotate(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` and wrap non-overlapping spans (start, end, css class, title) in <mark>.

    Overlapping spans: the earlier-starting (then longer) one wins."""
    chosen: list[tuple[int, int, str, str]] = []
    last = 0
    for s, e, cls, title in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if s < last or s >= e:
            continue
        chosen.append((s, e, cls, title))
        last = e
    out, pos = [], 0
    for s, e, cls, title in chosen:
        out.append(html.escape(text[pos:s]))
        out.append(
            f'<mark class="{_esc(cls)}" title="{_esc(title)}">{html.escape(text[s:e])}</mark>'
        )
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


# Per-article text annotators a feature can add: fn(article entry, story) -> spans
TEXT_ANNOTATORS: list[Callable[[dict[str, Any], dict[str, Any]], list[tuple[int, int, str, str]]]] = []

# Renderers of story sections to HTML: key -> fn(section data) -> html string
SECTION_RENDERERS: dict[str, Callable[[Any], str]] = {}


def _entity_spans(entry: dict[str, Any], story: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    # names only: dates are marked by the time stage with their resolved values
    names = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
    return [
        (e["start"], e["end"], e["label"], e["label"])
        for e in entry.get("entities", [])
        if e["label"] in names or "time" not in story
    ]


def _article_html(entry: dict[str, Any], story: dict[str, Any]) -> str:
    rows = []
    for label, key in (
        ("Title", "title"),
        ("Author", "author"),
        ("Publisher", "publisher"),
        ("Published", "published"),
        ("URL", "url"),
        ("Source", "source"),
    ):
        value = entry.get(key)
        if value:
            src = entry.get("provenance", {}).get(key)
            note = f' <span class="muted">({_esc(src)})</span>' if src else ""
            rows.append(f"<tr><td>{label}</td><td>{_esc(value)}{note}</td></tr>")
    if not entry.get("published"):
        rows.append('<tr><td>Published</td><td class="muted">unknown (no date in the input)</td></tr>')
    origin = entry["origin"]
    where = origin["path"] + (f":{origin['line']}" if origin.get("line") else "")
    rows.append(f"<tr><td>Input</td><td>{_esc(where)} · {_esc(entry['raw_format'])}</td></tr>")
    rows.append(
        f"<tr><td>Size</td><td>{entry['words']} words"
        + (f", {entry['sentences']} sentences" if "sentences" in entry else "")
        + "</td></tr>"
    )
    removed = entry.get("removed", [])
    removed_html = ""
    if removed:
        items = "".join(
            f'<tr><td>{r["line"]}</td><td class="reason">{_esc(r["reason"])}</td><td>{_esc(r["text"])}</td></tr>'
            for r in removed
        )
        removed_html = (
            f"<details><summary>{len(removed)} line(s) removed by cleaning</summary>"
            f"<table><tr><th>line</th><th>reason</th><th>text</th></tr>{items}</table></details>"
        )
    spans: list[tuple[int, int, str, str]] = []
    for annotator in [_entity_spans, *TEXT_ANNOTATORS]:
        spans.extend(annotator(entry, story))
    text_html = annotate(entry["text"], spans)
    title = entry.get("title") or "(untitled)"
    return (
        f'<section id="a-{_esc(entry["id"])}"><h3>{_esc(title)}</h3>'
        f'<p class="muted">id {_esc(entry["id"])}</p>'
        f'<table class="meta">{"".join(rows)}</table>{removed_html}'
        f'<details><summary>Text</summary><div class="text">{text_html}</div></details></section>'
    )


# The order sections appear in; sections not listed come after these.
SECTION_ORDER = ("timeline", "time", "actors", "quotes")


def _ordered_renderers() -> list[tuple[str, Callable[[Any], str]]]:
    rank = {k: i for i, k in enumerate(SECTION_ORDER)}
    return sorted(SECTION_RENDERERS.items(), key=lambda kv: rank.get(kv[0], len(rank)))


def render_html(story: dict[str, Any]) -> str:
    """One self-contained HTML page (inline CSS, no scripts, no network)."""
    arts = story["articles"]
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        "<meta name=viewport content='width=device-width,initial-scale=1'>",
        f"<title>newsline report</title><style>{_CSS}</style></head><body>",
        f"<header><h1>newsline report</h1><p>{len(arts)} article(s) · generated "
        f"{_esc(story['generated'])} · newsline {_esc(story['newsline'])}</p></header><main>",
    ]
    toc = ['<nav class="toc">']
    for key, _ in _ordered_renderers():
        if key in story:
            toc.append(f'<a href="#{key}">{key.capitalize()}</a>')
    toc.append('<a href="#articles">Articles</a>')
    if story.get("problems"):
        toc.append('<a href="#problems">Problems</a>')
    toc.append("</nav>")
    parts.extend(toc)
    for key, renderer in _ordered_renderers():
        if key in story:
            parts.append(f'<section id="{key}"><h2>{key.capitalize()}</h2>{renderer(story[key])}</section>')
    rows = "".join(
        f'<tr><td>{_esc(a.get("published") or "—")}</td><td>{_esc(a.get("publisher") or a.get("source") or "")}</td>'
        f'<td><a href="#a-{_esc(a["id"])}">{_esc(a.get("title") or "(untitled)")}</a></td>'
        f'<td>{_esc(a.get("author") or "")}</td><td>{a["words"]}</td></tr>'
        for a in arts
    )
    parts.append(
        '<section id="articles"><h2>Articles</h2><table><tr><th>published</th><th>publisher</th>'
        f"<th>title</th><th>author</th><th>words</th></tr>{rows}</table></section>"
    )
    parts.extend(_article_html(a, story) for a in arts)
    if story.get("problems"):
        items = "".join(
            f'<tr><td class="problem">{_esc(p["code"])}</td><td>{_esc(p["stage"])}</td>'
            f'<td>{_esc(p["source"])}{":" + str(p["line"]) if p.get("line") else ""}</td><td>{_esc(p["message"])}</td></tr>'
            for p in story["problems"]
        )
        parts.append(
            '<section id="problems"><h2>Problems</h2><table><tr><th>code</th><th>stage</th>'
            f"<th>input</th><th>message</th></tr>{items}</table></section>"
        )
    parts.append("</main></body></html>")
    return "".join(parts)


def write_report(corpus: Corpus, *, out: Path, problems: Iterable[Problem] = ()) -> dict[str, Path]:
    """Write story.json and report.html under ``out``; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    story = build_story(corpus, problems=problems)
    json_path = out / "story.json"
    html_path = out / "report.html"
    json_path.write_text(json.dumps(story, ensure_ascii=False, indent=1), encoding="utf-8")
    html_path.write_text(render_html(story), encoding="utf-8")
    return {"json": json_path, "html": html_path}


# --- feature sections ----------------------------------------------------------------------


def _actor_rows(cast: list[dict[str, Any]]) -> str:
    rows = []
    for a in cast:
        aliases = ", ".join(f'{_esc(x["alias"])} ({x["count"]})' for x in a["aliases"][:8])
        roles = "; ".join(
            _esc(r["role"])
            + (" (former)" if r.get("past") else "")
            + (f' <span class="muted">{_esc(r["first_date"])}</span>' if r.get("first_date") else "")
            for r in a["roles"][:5]
        )
        rows.append(
            f'<tr><td><b>{_esc(a["name"])}</b></td><td>{_esc(a["type"])}</td><td>{roles}</td>'
            f'<td>{aliases}</td><td>{a["mentions"]}</td><td>{len(a["articles"])}</td></tr>'
        )
    head = (
        "<tr><th>actor</th><th>type</th><th>roles</th><th>also called</th>"
        "<th>mentions</th><th>articles</th></tr>"
    )
    return f"<table>{head}{''.join(rows)}</table>"


def _render_actors(cast: list[dict[str, Any]]) -> str:
    main = [a for a in cast if a["mentions"] > 1]
    rest = [a for a in cast if a["mentions"] <= 1]
    out = _actor_rows(main)
    if rest:
        out += (
            f"<details><summary>{len(rest)} more, mentioned once</summary>{_actor_rows(rest)}</details>"
        )
    return out


def _actors_section(corpus: Corpus) -> Any:
    from newsline.actors import story_section

    return story_section(corpus)


SECTION_BUILDERS.append(("actors", "actors", _actors_section))
SECTION_RENDERERS["actors"] = _render_actors


def _time_section(corpus: Corpus) -> Any:
    from newsline.time import story_section

    return story_section(corpus)


def _render_time(section: dict[str, Any]) -> str:
    s = section["summary"]
    head = (
        f"<p>{s['dated']} of {s['articles']} article(s) dated ({s['estimated']} estimated from "
        f"the text), {s['undated']} undated; {s['timexes']} temporal expressions resolved "
        "(hover over a marked expression in an article's text for its value).</p>"
    )
    rows = []
    for a in section["articles"]:
        d = a.get("date") or {}
        value = d.get("value")
        if value:
            how = "from the metadata" if d.get("source") == "metadata" else (
                f"estimated, confidence {d.get('confidence', 0):.2f}"
            )
            cell = f"<b>{_esc(value)}</b> <span class=muted>({_esc(d.get('granularity'))}; {how})</span>"
        else:
            cell = f'<span class="muted">undated: {_esc(d.get("note") or "no evidence")}</span>'
        evidence = "; ".join(_esc(e) for e in d.get("evidence", [])[:4])
        rows.append(
            f'<tr><td><a href="#a-{_esc(a["id"])}">{_esc(a.get("title") or a["id"])}</a></td>'
            f"<td>{cell}</td><td>{evidence}</td></tr>"
        )
    return head + (
        "<table><tr><th>article</th><th>date</th><th>evidence</th></tr>" + "".join(rows) + "</table>"
    )


def _timex_spans(entry: dict[str, Any], story: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    section = story.get("time") or {}
    for a in section.get("articles", []):
        if a["id"] == entry["id"]:
            return [
                (t["start"], t["end"], "timex", f'{t["type"]} {t["value"]} ({t["granularity"]})')
                for t in a["timexes"]
            ]
    return []


SECTION_BUILDERS.append(("time", "timexes", _time_section))
SECTION_RENDERERS["time"] = _render_time
TEXT_ANNOTATORS.append(_timex_spans)


def _quotes_section(corpus: Corpus) -> Any:
    from newsline.quotes import story_section

    return story_section(corpus)


def _render_quotes(groups: list[dict[str, Any]]) -> str:
    total = sum(g["count"] for g in groups)
    said = sum(g.get("statements", g["count"]) for g in groups)
    parts = [f"<p>{total} quote(s) from {len(groups)} speaker(s): {said} statement(s), and {total - said} stance(s) "
             "or act(s) reported as attributions, marked and listed after them; direct quotes in their "
             "quotation marks.</p>"]
    for g in groups:
        name = _esc(g.get("speaker") or "(no speaker)")
        who = name
        if g.get("article"):
            who += f' <span class="muted">in <a href="#a-{_esc(g["article"])}">{_esc(g["article"])}</a></span>'
        kind = _esc(g.get("kind") or "")
        items = []
        for q in sorted(g["quotes"], key=lambda q: not q.get("statement", True)):  # statements first
            text = _esc(q["text"])  # direct quotes keep their own quotation marks
            if not q.get("statement", True):
                text = f'<span class="muted">stance:</span> {text}'
            cue = _esc(q.get("cue_lemma") or "")
            said_as = _esc(q["speaker"]["text"]) if q.get("speaker") else ""
            date = _esc(q.get("date") or "undated")
            also = q.get("also") or []
            more = "".join(f' <a href="#a-{_esc(a["article"])}">{n}</a>' for n, a in enumerate(also[:20], 2))
            items.append(
                f'<li>{text} <span class="muted">— {cue}'
                + (f" ({said_as})" if said_as and said_as != name else "")
                + f', {date}, <a href="#a-{_esc(q["article"])}">article</a>'
                + (f"; the same words in {len(also)} more article(s):{more}{' ...' if len(also) > 20 else ''}" if also else "")
                + "</span></li>"
            )
        parts.append(
            f"<details><summary><b>{who}</b> <span class=muted>{kind}</span> · {g['count']}</summary>"
            f"<ul>{''.join(items)}</ul></details>"
        )
    return "".join(parts)


SECTION_BUILDERS.append(("quotes", "quotes", _quotes_section))
SECTION_RENDERERS["quotes"] = _render_quotes


def _timeline_section(corpus: Corpus) -> Any:
    from newsline.timeline import story_section

    return story_section(corpus)


def _render_timeline(entries: list[dict[str, Any]]) -> str:
    parts = ["<p>The dated events of the story; each sentence cites its article and character span; "
             "the same event in other articles is listed under it.</p>"]
    for e in entries:
        gran = e.get("granularity", "day")
        marker = "" if gran == "day" else f' <span class="muted">(known to the {_esc(gran)})</span>'
        items = []
        for s in e.get("sentences", []):
            cite = f'<a href="#a-{_esc(s["article"])}">{_esc(short_id(s["article"]))}:{s["start"]}-{s["end"]}</a>'
            also = s.get("also") or []
            more = ""
            if also:
                more = " <span class=muted>also: " + ", ".join(
                    f'<a href="#a-{_esc(c["article"])}" title="{_esc(c["text"])}">{_esc(short_id(c["article"]))}</a>'
                    for c in also
                ) + "</span>"
            items.append(f"<li>{_esc(s['text'])} <span class=muted>[{cite}]</span>{more}</li>")
        parts.append(f"<h3>{_esc(e['date'])}{marker}</h3><ul>{''.join(items)}</ul>")
    return "".join(parts)


SECTION_BUILDERS.append(("timeline", "timeline", _timeline_section))
SECTION_RENDERERS["timeline"] = _render_timeline
