"""Read articles from files, directories and stdin; one bad input becomes a Problem, never a crash.

Formats, by extension (stdin is sniffed): ``.txt`` plain text, ``.html``/``.htm`` a web
page (body and metadata extracted, the raw HTML kept), ``.jsonl`` one article a line
(``text`` or ``html``, optional ``url``, ``title``, ``published``, ``source``, ``author``,
``publisher``, ``id``; common other names of these fields are read too, see
``JSONL_FIELD_ALIASES``); each of them also gzipped (``page.html.gz``). Files of other
types under a directory are skipped with one warning per directory naming their types.
Every article's text goes through ``clean_text``; its metadata takes each field from the
input's own fields first, then the HTML page, then the text, and records which in
``Metadata.provenance`` ("given", "html", "text").

Bad inputs yield a ``Problem`` (stage "ingest") and the batch goes on: W101 empty, W102
binary, W103 undecodable, W104 over the size limit, W105 malformed JSONL line, W106 HTML
page with no article, W107 unsupported file type, W108 nothing left after cleaning, W109
unreadable, W110 not English (the analysis reads English only). A path that does not exist
raises ``NewslineError("E001")`` when ``read_inputs`` is called, before anything is read.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import zlib
import os
import re
import sys
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Mapping, Sequence

from newsline.errors import InputProblem, NewslineError, problem_message
from newsline.ingest.clean import clean_text, parse_date
from newsline.ingest.language import guess_language, language_name
from newsline.model import Article, Metadata, Origin, Problem, content_id
from newsline.textutil import detokenize_ptb, looks_ptb

log = logging.getLogger(__name__)

__all__ = ["read_inputs", "SUPPORTED_EXTENSIONS", "STDIN_PATH", "STDIN_SOURCE"]

# extension -> format
SUPPORTED_EXTENSIONS: Mapping[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}
STDIN_PATH = "-"
STDIN_SOURCE = "<stdin>"
DEFAULT_MAX_BYTES = 20_000_000

# Binary detection: share of control bytes (other than tab, newline, CR, form feed, escape)
# in the first BINARY_SNIFF_BYTES bytes above which the input is not text.
BINARY_SNIFF_BYTES = 8192
BINARY_CONTROL_RATIO = 0.10
_CONTROL_BYTES = frozenset(set(range(0x00, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F})

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# When charset-normalizer finds several single-byte encodings about equally good (short
# texts often fit many), take windows-1252, the Western default (as browsers do): it is
# by far the most common legacy encoding of English-language news.
PREFERRED_LEGACY_ENCODING = "cp1252"
LEGACY_CHAOS_MARGIN = 0.05
LEGACY_COHERENCE_MARGIN = 0.01

_HTML_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|article|main|section|div|p|meta|title|h1)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE_RE = re.compile(r"^\s*<(?:html|body)[\s>]", re.IGNORECASE | re.MULTILINE)

# JSONL fields: the article is "html" or "text"; the rest are optional strings.
JSONL_BODY_FIELDS = ("html", "text")  # "html" wins when a line has both
JSONL_META_FIELDS = ("url", "title", "published", "source", "author", "publisher")
# other names the same fields go by in common dumps (news-please, Common Crawl news, the
# Timeline17 and CrisisLC "time" field, schema.org's datePublished); the first one a record
# has wins, the canonical name first
JSONL_FIELD_ALIASES = {
    "url": ("url", "link", "source_url"),
    "title": ("title", "headline"),
    "published": ("published", "date_publish", "published_at", "publication_date", "datePublished",
                  "pubdate", "date", "time"),
    "source": ("source", "source_domain", "site", "feed"),
    "author": ("author", "authors", "byline"),
    "publisher": ("publisher", "outlet"),
}
_META_FIELDS = ("title", "author", "publisher", "published", "url", "source")
_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


# --- the entry point -----------------------------------------------------------------------


def read_inputs(
    paths: Sequence[str | Path],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Problem]:
    """Articles and Problems from files, directories (recursive) and "-" (stdin), in order.

    Directories are walked recursively in sorted order, skipping hidden files and folders
    and files of unknown type; a file of unknown type named explicitly gives W107. Inputs
    over ``max_bytes`` give W104 without being read. ``stdin`` defaults to
    ``sys.stdin.buffer``; its format (JSONL, HTML or text) is sniffed from the content.

    Raises ``NewslineError("E001")`` at once (before anything is read) when a path does
    not exist; every other failure is a Problem for that one article.
    """
    plan: list[Path | None] = []  # None stands for stdin
    for p in paths:
        if str(p) == STDIN_PATH:
            plan.append(None)
            continue
        path = Path(p)
        if not path.exists():
            raise NewslineError("E001", path=str(p))
        plan.append(path)
    return _read_plan(plan, stdin, max_bytes)


def _read_plan(
    plan: list[Path | None], stdin: BinaryIO | None, max_bytes: int
) -> Iterator[Article | Problem]:
    for path in plan:
        if path is None:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
        elif path.is_dir():
            for file in walk_directory(path):
                yield from _read_file(file, max_bytes, explicit=False)
        else:
            yield from _read_file(path, max_bytes, explicit=True)


def input_format(path: Path) -> tuple[str | None, bool]:
    """(format, gzipped) by the file's extension: ``a.html`` -> ("html", False),
    ``a.jsonl.gz`` -> ("jsonl", True); (None, ...) for a type not read."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return SUPPORTED_EXTENSIONS.get(Path(path.stem).suffix.lower()), True
    return SUPPORTED_EXTENSIONS.get(suffix), False


def walk_directory(root: Path) -> list[Path]:
    """The readable files under ``root``, recursively, sorted; hidden entries skipped. Files
    of a type not read are logged as a warning (how many of each extension)."""
    found: list[Path] = []
    skipped: dict[str, int] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            if input_format(Path(name))[0] is not None:
                found.append(Path(dirpath) / name)
            else:
                ext = "".join(Path(name).suffixes[-2:]).lower() or "(no extension)"
                skipped[ext] = skipped.get(ext, 0) + 1
    if skipped:
        kinds = ", ".join(f"{ext} x{n}" for ext, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        log.warning("skipped %d file(s) under %s of a type not read (%s); read: %s, each also .gz",
                    sum(skipped.values()), root, kinds, ", ".join(sorted(SUPPORTED_EXTENSIONS)))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


# --- one input ----------------------------------------------------------------------------------


def _problem(code: str, source: str, line: int | None = None, **values: Any) -> Problem:
    return Problem(code, problem_message(code, **values), source, line, stage="ingest")


def _read_file(path: Path, max_bytes: int, *, explicit: bool) -> Iterator[Article | Problem]:
    source = str(path)
    fmt, gzipped = input_format(path)
    if fmt is None:
        if explicit:
            valid = ", ".join(sorted(SUPPORTED_EXTENSIONS))
            shown = "".join(path.suffixes[-2:]) if gzipped else path.suffix or "(no extension)"
            yield _problem("W107", source, detail=f"{shown!s} ({source}); supported: {valid}, each also .gz")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield _problem("W104", source, limit=max_bytes, detail=f"{source} is {size} bytes")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _problem("W109", source, detail=f"{source}: {exc.strerror or exc}")
        return
    if gzipped:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                data = fh.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            yield _problem("W109", source, detail=f"{source}: not a readable gzip file ({exc})")
            return
        if len(data) > max_bytes:
            yield _problem("W104", source, limit=max_bytes, detail=f"{source} is larger uncompressed")
            return
    yield from _read_bytes(data, fmt, source)


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Article | Problem]:
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        yield _problem("W109", STDIN_SOURCE, detail=f"{STDIN_SOURCE}: {exc}")
        return
    if isinstance(data, str):  # a text stream was passed: take it as it is
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        yield _problem("W104", STDIN_SOURCE, limit=max_bytes, detail=f"{STDIN_SOURCE} is larger")
        return
    yield from _read_bytes(data, None, STDIN_SOURCE)


def _read_bytes(data: bytes, fmt: str | None, source: str) -> Iterator[Article | Problem]:
    """Decode and dispatch one input; ``fmt`` None means sniff it (stdin)."""
    if not data.strip():
        yield _problem("W101", source, detail=f"{source} has no text" if data else f"{source} is 0 bytes")
        return
    try:
        text = decode_bytes(data, source)
    except InputProblem as exc:
        yield Problem(exc.code, exc.message, source, None, stage="ingest")
        return
    if not text.strip():
        yield _problem("W101", source, detail=f"{source} has no text")
        return
    fmt = fmt or sniff_format(text)
    if fmt == "jsonl":
        yield from _read_jsonl(text, source)
        return
    yield _guarded(lambda: _make_article(text, fmt, Origin(source), {}), source, None)


def _guarded(build: Any, source: str, line: int | None) -> Article | Problem:
    """Run ``build()``; an InputProblem, or any failure on this one input, becomes a Problem."""
    try:
        return build()
    except InputProblem as exc:
        return Problem(exc.code, exc.message, source, line, stage="ingest")
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        log.warning("could not read %s%s", source, f":{line}" if line else "", exc_info=True)
        where = f"{source}:{line}" if line else source
        return _problem("W109", source, line, detail=f"{where}: {type(exc).__name__}: {exc}")


# --- decoding and sniffing ------------------------------------------------------------------------


def decode_bytes(data: bytes, source: str = "input") -> str:
    """Bytes to text: a BOM's encoding, else UTF-8, else the encoding charset-normalizer finds.

    Raises ``InputProblem`` W102 for binary data (NUL bytes or mostly control bytes) and
    W103 when no encoding decodes it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputProblem(
                    "W103", detail=f"{source}: starts with a {encoding} byte-order mark but {exc.reason}"
                ) from exc
    if b"\x00" in data:
        raise InputProblem("W102", detail=f"{source} contains NUL bytes")
    head = data[:BINARY_SNIFF_BYTES]
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    if controls / len(head) > BINARY_CONTROL_RATIO:
        raise InputProblem("W102", detail=f"{source}: {controls} of {len(head)} bytes are control codes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        from charset_normalizer import from_bytes

        matches = from_bytes(data)
        best = matches.best()
        if best is None:
            raise InputProblem(
                "W103",
                detail=f"{source}: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                "and no other encoding fits",
            ) from utf8_error
        for match in matches:
            if (
                match.encoding == PREFERRED_LEGACY_ENCODING
                and match.chaos <= best.chaos + LEGACY_CHAOS_MARGIN
                and match.coherence >= best.coherence - LEGACY_COHERENCE_MARGIN
            ):
                best = match
                break
        log.info("%s: not UTF-8, decoded as %s", source, best.encoding)
        return str(best)


def sniff_format(text: str) -> str:
    """"jsonl", "html" or "text" from the content (for stdin, which has no extension).

    JSONL: the first line is a JSON object's braces. HTML: the text starts with a tag
    (after an XML declaration or comments), or has an ``<html>`` or ``<body>`` tag
    within its first 8 KiB on a line of its own."""
    stripped = text.lstrip()
    first = stripped.split("\n", 1)[0].strip()
    if first.startswith("{") and first.endswith("}"):
        return "jsonl"
    if _HTML_START_RE.match(stripped[:4096]) or _HTML_ANYWHERE_RE.search(stripped[:8192]):
        return "html"
    return "text"


# --- JSONL ----------------------------------------------------------------------------------------


def _read_jsonl(text: str, source: str) -> Iterator[Article | Problem]:
    for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _problem("W105", source, n, detail=f"{source}:{n}: {exc.msg} (column {exc.colno})")
            continue
        try:
            body, fmt, given, given_id = _jsonl_record(record, source, n)
        except InputProblem as exc:
            yield Problem(exc.code, exc.message, source, n, stage="ingest")
            continue
        origin = Origin(source, n)
        yield _guarded(lambda: _make_article(body, fmt, origin, given, given_id), source, n)


def _jsonl_record(record: Any, source: str, n: int) -> tuple[str, str, dict[str, str], str | None]:
    """(body, format, given metadata, given id) of one JSONL record, or InputProblem W105/W101."""
    where = f"{source}:{n}"
    if not isinstance(record, dict):
        raise InputProblem("W105", detail=f"{where}: a line must be a JSON object, not {type(record).__name__}")
    fmt = next((f for f in JSONL_BODY_FIELDS if record.get(f) is not None), None)
    if fmt is None:
        raise InputProblem("W105", detail=f"{where}: no 'text' or 'html' field")
    body = record[fmt]
    if not isinstance(body, str):
        raise InputProblem("W105", detail=f"{where}: field {fmt!r} must be a string, not {type(body).__name__}")
    if not body.strip():
        raise InputProblem("W101", detail=f"{where}: field {fmt!r} is empty")
    given: dict[str, str] = {}
    for name in JSONL_META_FIELDS:
        key = next((k for k in JSONL_FIELD_ALIASES[name] if record.get(k) is not None), name)
        value = record.get(key)
        if value is None:
            continue
        if name == "author" and isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ", ".join(v for v in value if v.strip())  # news-please's "authors": [...]
        if not isinstance(value, str):
            raise InputProblem("W105", detail=f"{where}: field {key!r} must be a string, not {type(value).__name__}")
        value = " ".join(value.split())
        if not value:
            continue
        if name == "published":
            iso = normalise_date(value)
            if iso is None:
                log.warning("%s: %s %r is not a date; ignored", where, key, value)
                continue
            value = iso
        given[name] = value
    given_id = record.get("id")
    if given_id is not None:
        if isinstance(given_id, bool) or not isinstance(given_id, (str, int)) or not str(given_id).strip():
            raise InputProblem("W105", detail=f"{where}: field 'id' must be a non-empty string or integer")
        given_id = str(given_id).strip()
    return body, ("html" if fmt == "html" else "text"), given, given_id


def normalise_date(value: str) -> str | None:
    """A given publication date as ISO "YYYY-MM-DD" ("2018-02-21T12:25:00Z" -> "2018-02-21")."""
    m = _ISO_DATE_RE.match(value)
    if m:
        iso = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        return parse_date(iso)
    return parse_date(value)


# --- building the article ---------------------------------------------------------------------------


def _extract_html(html: str, *, url: str | None = None) -> Any:
    """``newsline.ingest.html.extract_html``, imported when the first page is read."""
    from newsline.ingest.html import extract_html

    return extract_html(html, url=url)


def _make_article(
    raw: str,
    fmt: str,
    origin: Origin,
    given: Mapping[str, str],
    given_id: str | None = None,
) -> Article:
    where = origin.path if origin.line is None else f"{origin.path}:{origin.line}"
    html_meta: Metadata | None = None
    if fmt == "html":
        page = _extract_html(raw, url=given.get("url"))
        html_meta = Metadata(
            title=page.title,
            author=page.author,
            publisher=page.publisher,
            published=page.published,
            url=page.url,
        )
        body = page.body
    else:
        # research corpora (Timeline17, the CoNLL sets) ship PTB tokens: "Deraa -LRB- Reuters
        # -RRB- - Crowds ..." reads, splits and quotes as text only once the tokens are undone
        body = detokenize_ptb(raw) if looks_ptb(raw) else raw
    cleaned = clean_text(body, known_title=given.get("title") or (html_meta.title if html_meta else None))
    if not cleaned.text.strip():
        reasons = sorted({r.reason for r in cleaned.removed})
        detail = f"{where}: every line was removed ({', '.join(reasons)})" if reasons else f"{where}: no text"
        raise InputProblem("W108", detail=detail)
    language = guess_language(cleaned.text)
    if language not in (None, "en"):
        # the analysis reads English only: another language gives nothing but noise (every
        # capitalised word a name), so the article is skipped and said so
        raise InputProblem("W110", detail=f"{where}: {language_name(language)}")
    meta = merge_metadata(given, html_meta, cleaned.meta)
    return Article(
        id=given_id or content_id(raw),
        raw=raw,
        raw_format="html" if fmt == "html" else "text",
        text=cleaned.text,
        meta=meta,
        removed=cleaned.removed,
        origin=origin,
    )


def merge_metadata(
    given: Mapping[str, str], html: Metadata | None, text: Metadata
) -> Metadata:
    """Each field from the first source that has it: given, then html, then text."""
    layers: Iterable[tuple[str, Any]] = (("given", given), ("html", html), ("text", text))
    values: dict[str, str] = {}
    provenance: list[tuple[str, str]] = []
    for name in _META_FIELDS:
        for origin, layer in layers:
            if layer is None:
                continue
            value = layer.get(name) if isinstance(layer, Mapping) else getattr(layer, name)
            if value:
                values[name] = value
                provenance.append((name, origin))
                break
    return Metadata(**values, provenance=tuple(provenance))
