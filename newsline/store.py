"""The store: SQLite (WAL) as the system of record, under named migrations, one writer.

What lives where:

- ``articles``: one row per article (raw and cleaned text, metadata columns, provenance and
  removed lines as JSON, origin). ``id`` is the content hash, so inserting an article again
  is a no-op; ``seq`` keeps the ingest order.
- ``sentences`` and ``entities``: the two core layers as rows, so SQL can join on them.
- ``layers``: one row per (article, layer name) for every layer a doc carries. Layers other
  than sentences and entities keep their items in ``data`` (JSON); for sentences and
  entities ``data`` is NULL and the row only records that the layer was written (an
  article with no entities still *has* its entities layer).
- ``corpus_layers``: corpus-level layers (actors, events, timeline ...), JSON.
- ``problems``: recorded Problems, deduplicated on (code, source, line, stage, message).
- ``migrations``: the name and time of every migration applied to this file.

Layer JSON. A layer whose items are all of the dataclass registered for its name
(``newsline.model.register_layer``) is stored compactly as a header of field names and one
list of values per item, ``{"f": [...], "r": [[...], ...]}`` (so the ``tokens`` layer is a
list of lists, not a list of dicts); any other value is stored as ``item_to_json`` gives
it (``{"v": [...]}`` for a sequence, ``{"o": ...}`` for a single value). On loading, a
registered layer comes back as its dataclass items, rebuilt by field name (a field added
later with a default still loads old rows); an unregistered name comes back as plain JSON
data with lists turned into tuples (a header layer whose type is not registered in this
process loads as one dict per item). Sequences always load as tuples.

Writes: every write method takes a process-wide lock for the database file and runs in
one ``BEGIN IMMEDIATE`` transaction (so other processes wait on ``busy_timeout``), using
``executemany``. Reads of several tables run inside one read transaction, so they see one
snapshot while a writer works.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import logging
import sqlite3
import threading
import types
from collections.abc import Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from newsline.codec import codec, plain
from newsline.errors import NewslineError
from newsline.model import (
    Article,
    ArticleDoc,
    Corpus,
    Entity,
    Metadata,
    Origin,
    Problem,
    RemovedLine,
    Sentence,
    item_to_json,
    layer_type,
    short_id,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0
# SQLite allows 32766 bound parameters; stay well below for IN (...) lists.
_CHUNK = 500
# Core layers kept in their own tables rather than as JSON.
TABLE_LAYERS = ("sentences", "entities")


# --- migrations -------------------------------------------------------------------------
#
# A migration is a function of a connection that runs inside the transaction opened for
# it; its name is recorded in ``migrations`` when it commits. Append new migrations at the
# end of ``MIGRATIONS``; never rename, reorder or edit one that has shipped.


def m001_initial(conn: sqlite3.Connection) -> None:
    """Articles, the core layers, generic layers, corpus layers and problems."""
    statements = [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            raw TEXT NOT NULL,
            raw_format TEXT NOT NULL,
            text TEXT NOT NULL,
            title TEXT,
            author TEXT,
            publisher TEXT,
            published TEXT,
            url TEXT,
            source TEXT,
            provenance TEXT NOT NULL,
            removed TEXT NOT NULL,
            origin_path TEXT NOT NULL,
            origin_line INTEGER,
            ingested_at TEXT NOT NULL
        )""",
        """CREATE TABLE sentences (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            i INTEGER NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            token_start INTEGER NOT NULL,
            token_end INTEGER NOT NULL,
            PRIMARY KEY (article_id, i)
        ) WITHOUT ROWID""",
        """CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            i INTEGER NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            sent INTEGER NOT NULL,
            token_start INTEGER NOT NULL,
            token_end INTEGER NOT NULL,
            PRIMARY KEY (article_id, i)
        ) WITHOUT ROWID""",
        "CREATE INDEX entities_label ON entities(label)",
        """CREATE TABLE layers (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            data TEXT,
            PRIMARY KEY (article_id, name)
        )""",
        "CREATE INDEX layers_name ON layers(name)",
        """CREATE TABLE corpus_layers (
            name TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE problems (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            source TEXT NOT NULL,
            line INTEGER,
            stage TEXT NOT NULL,
            article_id TEXT,
            created_at TEXT NOT NULL
        )""",
        # NULL lines are distinct in a plain UNIQUE index: coalesce them.
        """CREATE UNIQUE INDEX problems_unique
            ON problems(code, source, coalesce(line, -1), stage, message)""",
        "CREATE INDEX problems_stage ON problems(stage)",
    ]
    for sql in statements:
        conn.execute(sql)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [m001_initial]


# --- the one-writer lock ------------------------------------------------------------------

_LOCKS_GUARD = threading.Lock()
_WRITE_LOCKS: dict[str, threading.RLock] = {}


def _write_lock(key: str) -> threading.RLock:
    with _LOCKS_GUARD:
        lock = _WRITE_LOCKS.get(key)
        if lock is None:
            lock = _WRITE_LOCKS[key] = threading.RLock()
        return lock


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# --- JSON --------------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    raise TypeError(f"cannot store a value of type {type(value).__name__} as JSON: {value!r}")


# Compact, and the fastest settings of the C encoder (measured: ensure_ascii=False and the
# circularity check each cost about a third more on token layers). Layer data is built
# from frozen dataclasses and tuples, so it cannot hold a cycle.
_encoder = json.JSONEncoder(
    separators=(",", ":"), ensure_ascii=True, check_circular=False, default=_json_default
)
_dumps = _encoder.encode
_loads = json.loads


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building or decoding many small objects
    (hundreds of thousands of tokens): its passes would otherwise dominate the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _registered_dataclass(name: str) -> type | None:
    cls = layer_type(name)
    if cls is not None and dataclasses.is_dataclass(cls):
        return cls
    return None


def encode_layer(name: str, value: Any) -> str:
    """A layer's value as compact JSON (see the module docstring for the format)."""
    cls = _registered_dataclass(name)
    if isinstance(value, (tuple, list)):
        if cls is not None and value and set(map(type, value)) == {cls}:
            c = codec(cls)
            return _dumps({"f": c.fields, "r": [c.row(x) for x in value]})
        return _dumps({"v": [item_to_json(x) for x in value]})
    if cls is not None and type(value) is cls:
        c = codec(cls)
        return _dumps({"f": c.fields, "o": c.row(value)})
    return _dumps({"o": item_to_json(value)})


def decode_layer(name: str, data: str) -> Any:
    """Inverse of ``encode_layer``."""
    obj = _loads(data)
    header = obj.get("f")
    if header is not None:
        cls = _registered_dataclass(name)
        if cls is not None:
            c = codec(cls)
            if "r" in obj:
                return c.from_rows(header, obj["r"])
            return c.from_row(header, obj["o"])
        if "r" in obj:
            return tuple({k: plain(v) for k, v in zip(header, r)} for r in obj["r"])
        return {k: plain(v) for k, v in zip(header, obj["o"])}
    if "v" in obj:
        return tuple(plain(v) for v in obj["v"])
    return plain(obj.get("o"))


# --- rows <-> model objects ---------------------------------------------------------------

_ARTICLE_COLS = (
    "id, raw, raw_format, text, title, author, publisher, published, url, source, "
    "provenance, removed, origin_path, origin_line"
)


def _article_row(article: Article, seq: int, now: str) -> tuple:
    m = article.meta
    return (
        article.id,
        seq,
        article.raw,
        article.raw_format,
        article.text,
        m.title,
        m.author,
        m.publisher,
        m.published,
        m.url,
        m.source,
        _dumps([list(p) for p in m.provenance]),
        _dumps([[r.line, r.text, r.reason] for r in article.removed]),
        article.origin.path,
        article.origin.line,
        now,
    )


def _article_from_row(row: Sequence[Any]) -> Article:
    (
        id_,
        raw,
        raw_format,
        text,
        title,
        author,
        publisher,
        published,
        url,
        source,
        provenance,
        removed,
        origin_path,
        origin_line,
    ) = row
    meta = Metadata(
        title=title,
        author=author,
        publisher=publisher,
        published=published,
        url=url,
        source=source,
        provenance=tuple(tuple(p) for p in _loads(provenance)),
    )
    return Article(
        id=id_,
        raw=raw,
        raw_format=raw_format,
        text=text,
        meta=meta,
        removed=tuple(RemovedLine(*r) for r in _loads(removed)),
        origin=Origin(origin_path, origin_line),
    )


def _chunks(seq: Sequence[str], n: int = _CHUNK) -> Iterator[Sequence[str]]:
    for k in range(0, len(seq), n):
        yield seq[k : k + n]


def _marks(n: int) -> str:
    return ",".join("?" * n)


# --- the store ----------------------------------------------------------------------------


class Store:
    """A newsline store on disk. Use as a context manager, or call ``close()``.

    ``readonly=True`` opens the file without write access: it must exist, migrations are
    not applied, and every write method raises NewslineError E012.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.memory = str(path) == ":memory:"
        self.path = Path(path)
        self.db = str(path)
        self.readonly = readonly
        self._lock = threading.RLock()  # guards this connection
        key = f"memory:{id(self)}" if self.memory else str(self.path.resolve())
        self._wlock = _write_lock(key)
        self._conn: sqlite3.Connection | None = None
        conn = self._connect()
        self._conn = conn
        try:
            self._migrate()
        except BaseException as e:
            conn.close()
            self._conn = None
            if isinstance(e, sqlite3.Error):
                raise NewslineError("E012", db=self.db, reason=str(e)) from e
            raise

    # -- opening --------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.memory:
                if self.readonly:
                    raise NewslineError(
                        "E012", db=self.db, reason="an in-memory store cannot be read-only"
                    )
                conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            elif self.readonly:
                if not self.path.exists():
                    raise NewslineError("E012", db=self.db, reason="no such file")
                if not self.path.is_file():
                    raise NewslineError("E012", db=self.db, reason="it is not a file")
                uri = self.path.resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(
                    uri,
                    uri=True,
                    timeout=BUSY_TIMEOUT_S,
                    isolation_level=None,
                    check_same_thread=False,
                )
            else:
                if self.path.exists() and not self.path.is_file():
                    raise NewslineError("E012", db=self.db, reason="it is not a file")
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(
                    self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
                )
        except OSError as e:
            raise NewslineError("E012", db=self.db, reason=e.strerror or str(e)) from e
        except sqlite3.Error as e:
            raise NewslineError("E012", db=self.db, reason=str(e)) from e
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            if not self.readonly and not self.memory:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.warning("store %s: journal mode is %s, not WAL", self.db, mode)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
        except sqlite3.Error as e:
            conn.close()
            raise NewslineError("E012", db=self.db, reason=str(e)) from e
        return conn

    def _applied(self) -> list[str]:
        return [r[0] for r in self._conn.execute("SELECT name FROM migrations ORDER BY rowid")]

    def _migrate(self) -> None:
        """Check the recorded migrations, then apply the pending ones, each in its own
        write transaction. Nothing is written when none is pending."""
        conn = self._conn
        known = [m.__name__ for m in MIGRATIONS]
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
        ).fetchone()
        applied = self._applied() if has_table else []
        self._check_unknown(applied, known)
        pending = [m for m in MIGRATIONS if m.__name__ not in applied]
        if self.readonly:
            if not has_table:
                raise NewslineError(
                    "E012", db=self.db, reason="it is not a newsline store (no migrations table)"
                )
            if pending:
                names = ", ".join(m.__name__ for m in pending)
                raise NewslineError(
                    "E012",
                    db=self.db,
                    reason=f"it needs migrations {names}, which a read-only open cannot apply; "
                    "open it once for writing",
                )
            return
        if not has_table:
            with self._write("open"):
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS migrations "
                    "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
                )
        for migration in pending:
            name = migration.__name__
            with self._write("migrate"):
                # checked again inside the write transaction: another process may have run it
                # (or recorded one this code does not know) since we looked
                self._check_unknown(self._applied(), known)
                if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                    continue
                log.info("store %s: applying migration %s", self.db, name)
                migration(conn)
                conn.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, _now())
                )

    def _check_unknown(self, applied: Iterable[str], known: Sequence[str]) -> None:
        for name in applied:
            if name not in known:
                raise NewslineError("E007", db=self.db, name=name)

    # -- lifecycle ------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "readonly" if self.readonly else "rw"
        return f"Store({self.db!r}, {mode})"

    @property
    def conn(self) -> sqlite3.Connection:
        """The underlying connection, for read-only SQL by tools; write through the methods."""
        if self._conn is None:
            raise NewslineError("E012", db=self.db, reason="the store is closed")
        return self._conn

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def _write(self, what: str) -> Iterator[sqlite3.Connection]:
        if self.readonly:
            raise NewslineError(
                "E012", db=self.db, reason=f"it was opened read-only, so {what} cannot write"
            )
        conn = self.conn
        with self._wlock, self._lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One snapshot for several SELECTs (nested reads and reads in a write reuse it)."""
        conn = self.conn
        with self._lock:
            if conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    # -- articles -------------------------------------------------------------------------

    def put_articles(self, articles: Iterable[Article]) -> int:
        """Insert articles; returns how many were new (an id already stored is a no-op)."""
        articles = list(articles)
        if not articles:
            return 0
        with self._write("put_articles") as conn:
            return self._insert_articles(conn, articles)

    def _insert_articles(self, conn: sqlite3.Connection, articles: Sequence[Article]) -> int:
        seq = conn.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
        now = _now()
        rows = [_article_row(a, seq + k + 1, now) for k, a in enumerate(articles)]
        cur = conn.executemany(
            "INSERT OR IGNORE INTO articles (id, seq, raw, raw_format, text, title, author, "
            "publisher, published, url, source, provenance, removed, origin_path, origin_line, "
            "ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        return max(cur.rowcount, 0)

    def has_article(self, id: str) -> bool:
        with self._lock:
            return (
                self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (id,)).fetchone()
                is not None
            )

    def get_article(self, id: str) -> Article:
        with self._lock:
            row = self.conn.execute(
                f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?", (id,)
            ).fetchone()
        if row is None:
            raise self._not_found(id)
        return _article_from_row(row)

    def _not_found(self, id: str) -> NewslineError:
        with self._lock:
            near = [
                r[0]
                for r in self.conn.execute(
                    "SELECT id FROM articles ORDER BY seq LIMIT 6",
                )
            ]
        if not near:
            hint = "none (the store is empty)"
        else:
            hint = ", ".join(short_id(i) for i in near[:5]) + (", ..." if len(near) > 5 else "")
        return NewslineError("E006", id=id, db=self.db, hint=hint)

    def resolve_id(self, prefix: str) -> str:
        """The one article id that starts with ``prefix`` (an exact id always wins).
        E006 when none does, E009 when several do."""
        prefix = prefix.strip()
        if not prefix:
            raise self._not_found(prefix)
        with self._lock:
            if self.has_article(prefix):
                return prefix
            matches = [
                r[0]
                for r in self.conn.execute(
                    "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 11",
                    (prefix, prefix + "\U0010ffff"),
                )
            ]
        if not matches:
            raise self._not_found(prefix)
        if len(matches) > 1:
            shown = ", ".join(matches[:10]) + (", ..." if len(matches) > 10 else "")
            raise NewslineError("E009", id=prefix, db=self.db, matches=shown)
        return matches[0]

    def article_ids(self) -> list[str]:
        """Every article id, in ingest order."""
        with self._lock:
            return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY seq")]

    def articles(self) -> list[Article]:
        with self._lock:
            rows = self.conn.execute(
                f"SELECT {_ARTICLE_COLS} FROM articles ORDER BY seq"
            ).fetchall()
        return [_article_from_row(r) for r in rows]

    def count_articles(self) -> int:
        with self._lock:
            return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    # -- article layers -------------------------------------------------------------------

    def put_docs(self, docs: Iterable[ArticleDoc]) -> int:
        """Write each doc's layers (inserting its article if it is new), replacing that
        article's stored layers of the same names. Returns the number of docs written."""
        docs = list(docs)
        if not docs:
            return 0
        with _gc_paused():
            sent_ids, sent_rows, ent_ids, ent_rows, layer_rows = _doc_rows(docs)
        with self._write("put_docs") as conn:
            self._insert_articles(conn, [d.article for d in docs])
            if sent_ids:
                conn.executemany("DELETE FROM sentences WHERE article_id = ?", sent_ids)
                conn.executemany(
                    'INSERT INTO sentences (article_id, i, "start", "end", token_start, token_end) '
                    "VALUES (?,?,?,?,?,?)",
                    sent_rows,
                )
            if ent_ids:
                conn.executemany("DELETE FROM entities WHERE article_id = ?", ent_ids)
                conn.executemany(
                    'INSERT INTO entities (article_id, i, "start", "end", label, text, sent, '
                    "token_start, token_end) VALUES (?,?,?,?,?,?,?,?,?)",
                    ent_rows,
                )
            conn.executemany(
                "INSERT OR REPLACE INTO layers (article_id, name, data) VALUES (?,?,?)", layer_rows
            )
        return len(docs)

    def load_doc(self, id: str, *, layers: Iterable[str] | None = None) -> ArticleDoc:
        """An article with its stored layers (all of them, or only those named)."""
        docs = self.load_docs(ids=[id], layers=layers)
        return docs[0]

    def load_docs(
        self, *, ids: Iterable[str] | None = None, layers: Iterable[str] | None = None
    ) -> list[ArticleDoc]:
        """Docs in the order of ``ids`` (default: every article, in ingest order), each with
        its stored layers (all of them, or only those named; a name not stored is left out)."""
        wanted = None if layers is None else set(layers)
        with _gc_paused(), self._read() as conn:
            if ids is None:
                rows = conn.execute(f"SELECT {_ARTICLE_COLS} FROM articles ORDER BY seq")
                arts = [_article_from_row(r) for r in rows]
                id_list = [a.id for a in arts]
                by_id = {a.id: a for a in arts}
                scope = [None]  # one pass over each table, no IN list
            else:
                id_list = list(dict.fromkeys(ids))
                by_id = {}
                for chunk in _chunks(id_list):
                    sql = f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({_marks(len(chunk))})"
                    for r in conn.execute(sql, chunk):
                        a = _article_from_row(r)
                        by_id[a.id] = a
                for i in id_list:
                    if i not in by_id:
                        raise self._not_found(i)
                scope = list(_chunks(id_list))
            found: dict[str, dict[str, Any]] = {i: {} for i in id_list}

            def select(sql: str, chunk: Sequence[str] | None, extra: tuple = ()) -> Any:
                if chunk is None:
                    return conn.execute(sql.format(where="1"), extra)
                return conn.execute(
                    sql.format(where=f"article_id IN ({_marks(len(chunk))})"), (*chunk, *extra)
                )

            layer_sql = "SELECT article_id, name, data FROM layers WHERE {where}"
            names: tuple = ()
            if wanted is not None:  # leave unwanted data (a token layer is large) unread
                names = tuple(wanted)
                layer_sql += f" AND name IN ({_marks(len(names))})"
            make_sentence = codec(Sentence).make
            make_entity = codec(Entity).make
            for chunk in scope:
                if wanted is None or names:
                    for aid, name, data in select(layer_sql, chunk, names):
                        if aid in found:
                            found[aid][name] = None if data is None else decode_layer(name, data)
                if wanted is None or "sentences" in wanted:
                    grouped: dict[str, list] = {}
                    for row in select(
                        'SELECT article_id, i, "start", "end", token_start, token_end '
                        "FROM sentences WHERE {where} ORDER BY article_id, i",
                        chunk,
                    ):
                        grouped.setdefault(row[0], []).append(make_sentence(row[1:]))
                    for aid, items in grouped.items():
                        if aid in found:
                            found[aid]["sentences"] = tuple(items)
                if wanted is None or "entities" in wanted:
                    grouped = {}
                    for row in select(
                        'SELECT article_id, "start", "end", label, text, sent, token_start, '
                        "token_end FROM entities WHERE {where} ORDER BY article_id, i",
                        chunk,
                    ):
                        grouped.setdefault(row[0], []).append(make_entity(row[1:]))
                    for aid, items in grouped.items():
                        if aid in found:
                            found[aid]["entities"] = tuple(items)
        docs = []
        for aid in id_list:
            got = found[aid]
            # a table layer that was written but has no rows is an empty tuple
            for name in TABLE_LAYERS:
                if name in got and got[name] is None:
                    got[name] = ()
            docs.append(ArticleDoc(by_id[aid], types.MappingProxyType(got)))
        return docs

    def layer_names(self, id: str) -> set[str]:
        """The names of the layers stored for one article."""
        with self._lock:
            return {
                r[0]
                for r in self.conn.execute("SELECT name FROM layers WHERE article_id = ?", (id,))
            }

    def ids_missing_layer(self, name: str) -> list[str]:
        """Ids of the articles (in ingest order) that have no stored layer ``name``."""
        with self._lock:
            return [
                r[0]
                for r in self.conn.execute(
                    "SELECT id FROM articles a WHERE NOT EXISTS "
                    "(SELECT 1 FROM layers l WHERE l.article_id = a.id AND l.name = ?) "
                    "ORDER BY seq",
                    (name,),
                )
            ]

    # -- corpus layers --------------------------------------------------------------------

    def put_corpus_layer(self, name: str, items: Any) -> None:
        data = encode_layer(name, items)
        with self._write("put_corpus_layer") as conn:
            conn.execute(
                "INSERT OR REPLACE INTO corpus_layers (name, data, updated_at) VALUES (?,?,?)",
                (name, data, _now()),
            )

    def corpus_layer(self, name: str, default: Any = None) -> Any:
        with self._lock:
            row = self.conn.execute(
                "SELECT data FROM corpus_layers WHERE name = ?", (name,)
            ).fetchone()
        return default if row is None else decode_layer(name, row[0])

    def corpus_layer_names(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self.conn.execute("SELECT name FROM corpus_layers ORDER BY name")]

    def load_corpus(
        self, *, ids: Iterable[str] | None = None, layers: Iterable[str] | None = None
    ) -> Corpus:
        """Every doc (or those in ``ids``) and the corpus layers. ``layers`` names the
        layers wanted, of docs and of the corpus alike (default: all)."""
        wanted = None if layers is None else set(layers)
        with self._read() as conn:
            docs = self.load_docs(ids=ids, layers=wanted)
            corpus_layers = {
                name: decode_layer(name, data)
                for name, data in conn.execute("SELECT name, data FROM corpus_layers ORDER BY name")
                if wanted is None or name in wanted
            }
        return Corpus(tuple(docs), types.MappingProxyType(corpus_layers))

    # -- problems -------------------------------------------------------------------------

    def put_problems(self, problems: Iterable[Problem]) -> int:
        """Record problems; one already recorded (same code, source, line, stage and
        message) is not recorded again. Returns how many were new."""
        now = _now()
        rows = [(p.code, p.message, p.source, p.line, p.stage, p.article_id, now) for p in problems]
        if not rows:
            return 0
        with self._write("put_problems") as conn:
            cur = conn.executemany(
                "INSERT OR IGNORE INTO problems (code, message, source, line, stage, article_id, "
                "created_at) VALUES (?,?,?,?,?,?,?)",
                rows,
            )
            return max(cur.rowcount, 0)

    def problems(self, *, stage: str | None = None) -> list[Problem]:
        """Recorded problems in the order they were first recorded (optionally one stage's)."""
        sql = "SELECT code, message, source, line, stage, article_id FROM problems"
        args: tuple = ()
        if stage is not None:
            sql += " WHERE stage = ?"
            args = (stage,)
        with self._lock:
            return [Problem(*r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def clear_problems(self, stage: str | None = None) -> int:
        """Forget recorded problems (all, or one stage's); returns how many."""
        with self._write("clear_problems") as conn:
            if stage is None:
                return conn.execute("DELETE FROM problems").rowcount
            return conn.execute("DELETE FROM problems WHERE stage = ?", (stage,)).rowcount

    # -- overview -------------------------------------------------------------------------

    def migrations(self) -> list[tuple[str, str]]:
        """(name, applied_at) of every migration applied to this file, in order."""
        with self._lock:
            return [
                tuple(r)
                for r in self.conn.execute("SELECT name, applied_at FROM migrations ORDER BY rowid")
            ]

    def stats(self) -> dict[str, int]:
        """Row counts per table."""
        tables = (
            "articles",
            "sentences",
            "entities",
            "layers",
            "corpus_layers",
            "problems",
            "migrations",
        )
        with self._read() as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _doc_rows(docs: Sequence[ArticleDoc]) -> tuple[list, list, list, list, list]:
    """The rows ``put_docs`` writes: ids whose sentences / entities are replaced, their
    rows, and one ``layers`` row per (article, layer)."""
    sent_ids: list[tuple[str]] = []
    sent_rows: list[tuple] = []
    ent_ids: list[tuple[str]] = []
    ent_rows: list[tuple] = []
    layer_rows: list[tuple[str, str, str | None]] = []
    for doc in docs:
        aid = doc.article.id
        for name, value in doc.layers.items():
            if name == "sentences":
                sent_ids.append((aid,))
                sent_rows.extend(_sentence_row(aid, k, s) for k, s in enumerate(value))
                layer_rows.append((aid, name, None))
            elif name == "entities":
                ent_ids.append((aid,))
                ent_rows.extend(_entity_row(aid, k, e) for k, e in enumerate(value))
                layer_rows.append((aid, name, None))
            else:
                layer_rows.append((aid, name, encode_layer(name, value)))
    return sent_ids, sent_rows, ent_ids, ent_rows, layer_rows


def _sentence_row(aid: str, k: int, s: Sentence) -> tuple:
    if type(s) is not Sentence:
        raise TypeError(f"the sentences layer of {aid} holds a {type(s).__name__}, not a Sentence")
    if s.i != k:
        raise ValueError(f"sentence {k} of {aid} has i={s.i}; a sentence's i is its position")
    return (aid, s.i, s.start, s.end, s.token_start, s.token_end)


def _entity_row(aid: str, k: int, e: Entity) -> tuple:
    if type(e) is not Entity:
        raise TypeError(f"the entities layer of {aid} holds a {type(e).__name__}, not an Entity")
    return (aid, k, e.start, e.end, e.label, e.text, e.sent, e.token_start, e.token_end)
