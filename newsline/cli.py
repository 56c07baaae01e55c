"""The command line: each command parses, calls one ``newsline.api`` function, prints.

Exit codes: 0 done, 3 done with problems (bad inputs skipped), 1 usage or setup error.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from typer.core import TyperGroup
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsline import api
from newsline.config import DEFAULT_DB, Options
from newsline.errors import NewslineError
from newsline.model import Article, ArticleDoc, Problem, short_id

EXIT_OK, EXIT_ERROR, EXIT_PROBLEMS = 0, 1, 3

def _is_usage_error(exc: BaseException) -> bool:
    # Typer vendors its own copy of click, so match the class by name, not identity.
    return any(c.__name__ == "UsageError" for c in type(exc).__mro__)


class _Group(TyperGroup):
    """Usage errors exit with 1 (like setup errors), not click's default 2."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except Exception as exc:
            if _is_usage_error(exc):
                exc.exit_code = EXIT_ERROR
            raise

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            if _is_usage_error(exc):
                exc.exit_code = EXIT_ERROR
            raise


def _handle_errors(fn):
    """Turn a NewslineError from the library into a clean message and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except NewslineError as exc:
            err_console.print(f"[red]error[/] {exc}", highlight=False)
            raise typer.Exit(EXIT_ERROR) from exc

    return wrapper


app = typer.Typer(
    name="newsline",
    cls=_Group,
    help="Reconstruct a news story from a pile of articles.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True)


DbOpt = Annotated[Path, typer.Option("--db", help="The store (an SQLite file).")]
VerboseOpt = Annotated[int, typer.Option("-v", "--verbose", count=True, help="More logging (-v, -vv).")]


def _setup(verbose: int) -> None:
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("newsline").setLevel(level)
    # the HTML extractor's own notes ("discarding data: None") are for -vv only: what it
    # could not extract is reported as a problem (W106) already
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.ERROR if verbose < 2 else logging.DEBUG)


@contextlib.contextmanager
def _progress(enabled: bool = True) -> Iterator[api.Progress]:
    """A Rich progress bar driven by the library's progress callbacks (stderr)."""
    if not enabled or not err_console.is_terminal:
        yield lambda done, total, label: None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        tasks: dict[str, int] = {}

        def update(done: int, total: int | None, label: str) -> None:
            if label not in tasks:
                tasks[label] = bar.add_task(label, total=total)
            bar.update(tasks[label], completed=done, total=total)

        yield update


def _print_problems(problems: list[Problem], *, limit: int = 20) -> None:
    if not problems:
        return
    err_console.print(f"[yellow]{len(problems)} problem(s); the affected articles were skipped:[/]")
    for p in problems[:limit]:
        where = p.source + (f":{p.line}" if p.line else "")
        err_console.print(f"  {where}: {p.message}", markup=False, highlight=False, soft_wrap=True)
    if len(problems) > limit:
        err_console.print(f"  ... and {len(problems) - limit} more (see `newsline problems`)")


def _articles_table(
    arts: list[Article], title: str = "Articles", *, estimated: dict[str, str] | None = None
) -> Table:
    """``estimated``: article id -> a date estimated from the text, shown as such."""
    estimated = estimated or {}
    table = Table(title=title, show_lines=False)
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("title", ratio=3)
    table.add_column("by", ratio=1)  # publisher · author
    table.add_column("words", justify="right", no_wrap=True)
    for a in arts:
        m = a.meta
        by = " · ".join(x for x in (m.publisher or m.source, m.author) if x)
        table.add_row(
            short_id(a.id),
            m.published or (f"~{estimated[a.id]} [dim](est.)[/]" if a.id in estimated else "[dim]unknown[/]"),
            m.title or "[dim](untitled)[/]",
            by,
            str(len(a.text.split())),
        )
    return table


@app.command()
@_handle_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or '-' for stdin.")],
    db: DbOpt = Path(DEFAULT_DB),
    max_bytes: Annotated[int, typer.Option(help="Skip inputs larger than this.")] = Options.max_bytes,
    verbose: VerboseOpt = 0,
) -> None:
    """Read articles (.txt, .html, .jsonl, each also .gz; directories recursively; '-' = stdin) into the store."""
    _setup(verbose)
    stdin = sys.stdin.buffer if "-" in paths else None
    with _progress() as progress:
        result = api.ingest(paths, db=db, stdin=stdin, progress=progress, options=Options(max_bytes=max_bytes))
    console.print(f"Read {result.read} article(s), {result.new} new, into {db}.", soft_wrap=True)
    _print_problems(result.problems)
    raise typer.Exit(EXIT_PROBLEMS if result.problems else EXIT_OK)


@app.command()
@_handle_errors
def analyze(
    db: DbOpt = Path(DEFAULT_DB),
    force: Annotated[bool, typer.Option(help="Re-analyse articles already analysed.")] = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Analyse the articles in the store not analysed yet (sentences, entities, ...)."""
    _setup(verbose)
    with _progress() as progress:
        result = api.analyze(db=db, force=force, progress=progress)
    console.print(
        f"Analysed {result.analyzed} article(s) in {result.seconds:.1f}s"
        + (f"; corpus stages: {', '.join(result.corpus_stages)}" if result.corpus_stages else "")
        + "."
    )
    _print_problems(result.problems)
    raise typer.Exit(EXIT_PROBLEMS if result.problems else EXIT_OK)


@app.command()
@_handle_errors
def report(
    db: DbOpt = Path(DEFAULT_DB),
    out: Annotated[Path, typer.Option(help="Folder for report.html and story.json.")] = Path("out"),
    verbose: VerboseOpt = 0,
) -> None:
    """Write report.html and story.json from the store."""
    _setup(verbose)
    paths = api.report(db=db, out=out)
    console.print(f"Wrote {paths['html']} and {paths['json']}.", soft_wrap=True)


def print_story_summary(corpus) -> None:
    """A readable terminal summary of the story: articles, the cast, and what later stages add."""
    arts = [d.article for d in corpus.docs]
    estimated = {}
    for d in corpus.docs:
        ad = d.get("article_date", ())
        if ad and ad[0].value and ad[0].source == "estimate":
            estimated[d.id] = ad[0].value
    console.print(_articles_table(arts, title=f"The story: {len(arts)} article(s)", estimated=estimated))
    cast = [a for a in corpus.get("actors", ()) if getattr(a, "named", True)]
    groups = (("person", "People"), ("organisation", "Organisations"), ("country", "Countries"))
    for kind, label in groups:
        members = [a for a in cast if a.type == kind][:12]
        if members:
            names = ", ".join(f"{a.name} ({a.mentions})" for a in members)
            console.print(f"[bold]{label}[/] (mentions): {names}", highlight=False)
    entries = corpus.get("timeline", ())
    if entries:
        console.rule("Timeline")
        print_timeline(entries)


@app.command()
@_handle_errors
def demo(
    db: DbOpt = Path("out/newsline.db"),
    out: Annotated[Path, typer.Option(help="Folder for report.html and story.json.")] = Path("out"),
    verbose: VerboseOpt = 0,
) -> None:
    """Ingest and analyse the bundled sample story, write the report and print a summary."""
    _setup(verbose)
    db.parent.mkdir(parents=True, exist_ok=True)
    with _progress() as progress:
        result = api.demo(db=db, out=out, progress=progress)
    print_story_summary(api.corpus(db=db))
    console.print(
        f"\nReport: {result.report['html']}  Data: {result.report['json']}  Store: {db}",
        soft_wrap=True,
    )
    _print_problems(result.ingest.problems + result.analyze.problems)
    problems_found = result.ingest.problems or result.analyze.problems
    raise typer.Exit(EXIT_PROBLEMS if problems_found else EXIT_OK)


@app.command()
@_handle_errors
def articles(db: DbOpt = Path(DEFAULT_DB), verbose: VerboseOpt = 0) -> None:
    """List the articles in the store."""
    _setup(verbose)
    console.print(_articles_table(api.articles(db=db)))


def _print_doc(doc: ArticleDoc, *, text: bool) -> None:
    a = doc.article
    m = a.meta
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for label, value in (
        ("id", a.id),
        ("title", m.title),
        ("author", m.author),
        ("publisher", m.publisher),
        ("published", m.published or "unknown"),
        ("url", m.url),
        ("source", m.source),
        ("input", a.origin.path + (f":{a.origin.line}" if a.origin.line else "")),
        ("layers", ", ".join(sorted(doc.layers)) or "none (not analysed yet)"),
    ):
        if value:
            table.add_row(label, str(value))
    console.print(table)
    if a.removed:
        rem = Table(title=f"{len(a.removed)} line(s) removed by cleaning")
        rem.add_column("line", justify="right")
        rem.add_column("reason")
        rem.add_column("text", overflow="fold")
        for r in a.removed:
            rem.add_row(str(r.line), r.reason, r.text)
        console.print(rem)
    if text:
        console.rule("text")
        console.print(a.text, markup=False, highlight=False)


@app.command()
@_handle_errors
def show(
    id: Annotated[str, typer.Argument(help="Article id or a unique prefix of it.")],
    db: DbOpt = Path(DEFAULT_DB),
    text: Annotated[bool, typer.Option("--text/--no-text", help="Print the cleaned text.")] = True,
    times: Annotated[bool, typer.Option("--times", help="List its temporal expressions and values.")] = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Show one article: metadata, removed lines, text; --times: its dates."""
    _setup(verbose)
    doc = api.show(id, db=db)
    _print_doc(doc, text=text and not times)
    if times:
        _print_times(doc)


def _print_times(doc: ArticleDoc) -> None:
    from newsline.time import format_times

    ad = doc.get("article_date", ())
    if ad:
        d = ad[0]
        if d.value:
            console.print(
                f"[bold]Article date[/]: {d.value} ({d.granularity}, {d.source}, "
                f"confidence {d.confidence:.2f})" + (f" — {'; '.join(d.evidence[:3])}" if d.evidence else ""),
                highlight=False,
            )
        else:
            console.print(f"[bold]Article date[/]: undated ({d.note or 'no evidence'})", highlight=False)
    rows = format_times(doc)
    if not doc.has("timexes"):
        console.print("Not analysed for time yet (run `newsline analyze`).")
        return
    table = Table(title=f"{len(rows)} temporal expression(s)")
    for col in ("sent", "text", "type", "value", "granularity", "direction"):
        table.add_column(col, overflow="fold", no_wrap=col in ("sent", "type"))
    for r in rows:
        table.add_row(str(r["sent"]), r["text"], r["type"], r["value"] + (f" {r['mod']}" if r["mod"] else ""),
                      r["granularity"], r["direction"])
    console.print(table)


@app.command()
@_handle_errors
def problems(db: DbOpt = Path(DEFAULT_DB), verbose: VerboseOpt = 0) -> None:
    """List the problems recorded in the store (skipped inputs, failed stages)."""
    _setup(verbose)
    probs = api.problems(db=db)
    if not probs:
        console.print("No problems recorded.")
        return
    table = Table(title=f"{len(probs)} problem(s)")
    for col in ("code", "stage", "input", "message"):
        table.add_column(col, overflow="fold")
    for p in probs:
        table.add_row(p.code, p.stage, p.source + (f":{p.line}" if p.line else ""), p.message)
    console.print(table)


@app.command()
@_handle_errors
def actors(
    name: Annotated[Optional[str], typer.Argument(help="Show the actors matching this name.")] = None,
    db: DbOpt = Path(DEFAULT_DB),
    limit: Annotated[int, typer.Option(help="At most this many actors.")] = 40,
    verbose: VerboseOpt = 0,
) -> None:
    """The cast: one canonical actor per person, organisation and country."""
    _setup(verbose)
    found = api.actors(name, db=db)
    if not found:
        console.print("No actors" + (f" matching {name!r}." if name else " (run `newsline analyze`)."))
        raise typer.Exit(EXIT_OK)
    table = Table(title=f"{len(found)} actor(s)" + (f" matching {name!r}" if name else ""))
    table.add_column("actor", ratio=2)
    table.add_column("type", no_wrap=True)
    table.add_column("mentions", justify="right", no_wrap=True)
    table.add_column("roles", ratio=2)
    table.add_column("also called", ratio=3)
    for a in found[:limit]:
        roles = "; ".join(r.role + (" (former)" if r.past else "") for r in a.roles[:4])
        aliases = ", ".join(f"{t} ({c})" for t, c in a.aliases[:6] if t != a.name)
        table.add_row(a.name, a.type, str(a.mentions), roles, aliases)
    console.print(table)


@app.command()
@_handle_errors
def quotes(
    speaker: Annotated[Optional[str], typer.Option(help="Only quotes of this speaker.")] = None,
    stances: Annotated[bool, typer.Option("--stances", help="Also stances and acts reported as attributions "
                                           "('rejected the plan'), not only statements.")] = False,
    db: DbOpt = Path(DEFAULT_DB),
    verbose: VerboseOpt = 0,
) -> None:
    """Who said what: direct and indirect quotes with their cue, speaker and date."""
    _setup(verbose)
    found = api.quotes(speaker=speaker, stances=True, db=db)
    shown = found if stances else [q for q in found if q["statement"]]
    if not shown:
        console.print("No quotes" + (f" of {speaker!r}" if speaker else "")
                      + (f" ({len(found)} stance(s): --stances)." if found else
                         "." if speaker else " (run `newsline analyze`)."))
        raise typer.Exit(EXIT_OK)
    hidden = len(found) - len(shown)
    table = Table(title=f"{len(shown)} quote(s)" + (f" of {speaker!r}" if speaker else "")
                  + (f"; {hidden} stance(s) not shown (--stances)" if hidden else ""))
    table.add_column("speaker", ratio=1)
    table.add_column("cue", no_wrap=True)
    table.add_column("what was said", ratio=4)
    table.add_column("date", no_wrap=True)
    for q in shown:
        who = q["speaker_name"] or (q["speaker"]["text"] if q["speaker"] else "—")
        table.add_row(who, (q["cue_lemma"] or "") + ("" if q["statement"] else " (stance)"), q["text"], q["date"] or "")
    console.print(table)


def print_timeline(entries, *, limit: int | None = None) -> None:
    """The timeline as text: date (and granularity when coarser than a day), sentences, citations."""
    for e in list(entries)[:limit]:
        when = e.date + ("" if e.granularity == "day" else f" ({e.granularity})")
        console.print(f"[bold]{when}[/]", highlight=False)
        for s in e.sentences:
            cites = ", ".join(f"{short_id(c.article)}:{c.start}-{c.end}" for c in s.citations)
            console.print(f"  • {s.text} [dim]\\[{cites}][/]", highlight=False)


@app.command()
@_handle_errors
def timeline(
    dates: Annotated[Optional[int], typer.Option("--dates", help="Number of dates (default: as the evidence allows).")] = None,
    per_date: Annotated[int, typer.Option("--per-date", help="Sentences per date.")] = 2,
    start: Annotated[Optional[str], typer.Option("--from", help="First date (YYYY-MM-DD).")] = None,
    end: Annotated[Optional[str], typer.Option("--to", help="Last date (YYYY-MM-DD).")] = None,
    focus: Annotated[Optional[str], typer.Option("--focus", help="Query words or actor names to favour; several terms separated by commas. Default: in a pile of ten articles or more, the actors named in most of them.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text, timelinejs or csv.")] = "text",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file.")] = None,
    db: DbOpt = Path(DEFAULT_DB),
    verbose: VerboseOpt = 0,
) -> None:
    """The story's timeline: dated events, each sentence cited to its article and span."""
    _setup(verbose)
    if fmt not in ("text", "timelinejs", "csv"):
        raise NewslineError("E008", name="--format", value=fmt, valid="text, timelinejs, csv")
    tl = api.timeline(dates=dates, per_date=per_date, start=start, end=end, focus=focus, db=db)
    if fmt == "text" and output is None:
        if not tl.entries:
            console.print("No dated events (run `newsline analyze`, or widen --from/--to).")
        print_timeline(tl.entries)
        return
    from newsline.timeline import to_csv, to_text, to_timelinejs

    if fmt == "timelinejs":
        import json

        data = json.dumps(to_timelinejs(tl, title="newsline timeline"), ensure_ascii=False, indent=1)
    elif fmt == "csv":
        data = to_csv(tl)
    else:
        data = to_text(tl)
    if output is None:
        sys.stdout.write(data)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(data, encoding="utf-8")
        console.print(f"Wrote {len(tl.entries)} date(s) to {output}.", soft_wrap=True)


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
