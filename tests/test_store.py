"""The store: round trips through the disk, idempotent inserts, migrations, one writer."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsline import store as store_mod
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
    Token,
    make_article,
    register_layer,
)
from newsline.store import Store

# --- a custom layer type, as a later stage would register it -----------------------------


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    content: tuple[Span, ...]
    cue: Span
    speaker: Span | None
    speaker_name: str | None
    direct: bool
    score: float
    tags: tuple[str, ...] = ()
    pairs: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Checked:  # no slots, and a __post_init__ that must still run on loading
    n: int
    label: str | None = None

    def __post_init__(self):
        if self.n < 0:
            raise ValueError("n must not be negative")


@dataclass(frozen=True, slots=True)
class Wrapper:  # one field, not a scalar
    spans: tuple[Span, ...]


register_layer("test_store_quotes", Quote)
register_layer("test_store_span", Span)
register_layer("test_store_checked", Checked)
register_layer("test_store_wrapper", Wrapper)


# --- strategies ----------------------------------------------------------------------------

texts = st.text(max_size=40)  # any code point but surrogates, NUL included
opt_texts = st.none() | texts
ints = st.integers(min_value=-(2**63), max_value=2**63 - 1)
small = st.integers(min_value=0, max_value=10**6)

metadata = st.builds(
    Metadata,
    title=opt_texts,
    author=opt_texts,
    publisher=opt_texts,
    published=opt_texts,
    url=opt_texts,
    source=opt_texts,
    provenance=st.lists(st.tuples(texts, texts), max_size=3).map(tuple),
)
removed_lines = st.lists(
    st.builds(RemovedLine, line=small, text=texts, reason=texts), max_size=4
).map(tuple)
origins = st.builds(Origin, path=texts, line=st.none() | small)
article_ids = st.text(alphabet="0123456789abcdef", min_size=1, max_size=16)

articles_st = st.builds(
    Article,
    id=article_ids,
    raw=texts,
    raw_format=st.sampled_from(["text", "html"]),
    text=texts,
    meta=metadata,
    removed=removed_lines,
    origin=origins,
)

tokens_st = st.lists(
    st.builds(
        Token,
        i=ints,
        start=ints,
        end=ints,
        lemma=texts,
        pos=texts,
        tag=texts,
        dep=texts,
        head=ints,
        morph=texts,
        ent_iob=st.sampled_from(["B", "I", "O"]),
        ws=st.booleans(),
    ),
    max_size=6,
).map(tuple)


@st.composite
def sentences_st(draw):
    n = draw(st.integers(0, 5))
    return tuple(
        Sentence(
            i=k, start=draw(ints), end=draw(ints), token_start=draw(ints), token_end=draw(ints)
        )
        for k in range(n)
    )


entities_st = st.lists(
    st.builds(
        Entity,
        start=ints,
        end=ints,
        label=texts,
        text=texts,
        sent=ints,
        token_start=ints,
        token_end=ints,
    ),
    max_size=5,
).map(tuple)

# plain JSON-like data made of tuples (an unregistered layer comes back like this)
json_values = st.recursive(
    st.none() | st.booleans() | ints | st.floats(allow_nan=False) | texts,
    lambda inner: (
        st.lists(inner, max_size=3).map(tuple) | st.dictionaries(texts, inner, max_size=3)
    ),
    max_leaves=10,
)

spans = st.builds(Span, start=ints, end=ints)
quotes_st = st.lists(
    st.builds(
        Quote,
        content=st.lists(spans, max_size=3).map(tuple),
        cue=spans,
        speaker=st.none() | spans,
        speaker_name=opt_texts,
        direct=st.booleans(),
        score=st.floats(allow_nan=False),
        tags=st.lists(texts, max_size=3).map(tuple),
        pairs=st.lists(st.tuples(texts, ints), max_size=3).map(tuple),
    ),
    max_size=3,
).map(tuple)


@st.composite
def docs_st(draw):
    arts = draw(st.lists(articles_st, min_size=1, max_size=4, unique_by=lambda a: a.id))
    docs = []
    for art in arts:
        layers = {}
        if draw(st.booleans()):
            layers["tokens"] = draw(tokens_st)
        if draw(st.booleans()):
            layers["sentences"] = draw(sentences_st())
        if draw(st.booleans()):
            layers["entities"] = draw(entities_st)
        if draw(st.booleans()):
            layers["test_store_quotes"] = draw(quotes_st)
        if draw(st.booleans()):
            layers["test_store_unregistered"] = draw(st.lists(json_values, max_size=4).map(tuple))
        docs.append(ArticleDoc(art).with_layers(**layers))
    return docs


def _doc(text: str, **layers) -> ArticleDoc:
    return ArticleDoc(make_article(text)).with_layers(**layers)


def _sents(*bounds: tuple[int, int]) -> tuple[Sentence, ...]:
    return tuple(Sentence(k, s, e, k, k + 1) for k, (s, e) in enumerate(bounds))


# --- round trips ----------------------------------------------------------------------------


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=docs_st(), corpus_value=json_values, quotes=quotes_st)
def test_round_trip_through_disk(tmp_path_factory, docs, corpus_value, quotes):
    path = tmp_path_factory.mktemp("roundtrip") / "news.db"
    with Store(path) as store:
        assert store.put_articles(d.article for d in docs) == len(docs)
        store.put_docs(docs)
        store.put_corpus_layer("test_store_corpus_plain", corpus_value)
        store.put_corpus_layer("test_store_quotes", quotes)
    with Store(path) as store:  # a later run, a new object
        assert store.articles() == [d.article for d in docs]
        assert store.article_ids() == [d.id for d in docs]
        assert store.load_docs() == docs
        for d in docs:
            assert store.get_article(d.id) == d.article
            assert store.load_doc(d.id) == d
            assert store.layer_names(d.id) == set(d.layers)
        assert store.corpus_layer("test_store_corpus_plain") == corpus_value
        assert store.corpus_layer("test_store_quotes") == quotes
        # a subset of the layers, in a chosen order of ids
        ids = [d.id for d in reversed(docs)]
        subset = store.load_docs(ids=ids, layers=["tokens", "sentences"])
        assert [d.id for d in subset] == ids
        for got, want in zip(subset, reversed(docs)):
            assert dict(got.layers) == {
                k: v for k, v in want.layers.items() if k in ("tokens", "sentences")
            }


def test_loaded_values_are_tuples_and_none_stays_none(tmp_path):
    art = Article(
        id="a1",
        raw="raw",
        raw_format="text",
        text="text",
        meta=Metadata(title=None, author="Ünïcødé 北", provenance=(("author", "text"),)),
        removed=(RemovedLine(2, "Getty Images", "photo-credit"),),
        origin=Origin("<stdin>", None),
    )
    q = Quote(
        content=(Span(0, 2),),
        cue=Span(3, 4),
        speaker=None,
        speaker_name=None,
        direct=True,
        score=0.5,
    )
    with Store(tmp_path / "s.db") as store:
        store.put_docs([ArticleDoc(art).with_layers(test_store_quotes=(q,), sentences=())])
    with Store(tmp_path / "s.db") as store:
        doc = store.load_doc("a1")
    assert doc.article == art
    assert isinstance(doc.article.meta.provenance[0], tuple)
    assert isinstance(doc.article.removed, tuple)
    assert doc.article.meta.title is None and doc.article.origin.line is None
    (got,) = doc.layer("test_store_quotes")
    assert got == q and isinstance(got.content, tuple) and got.speaker is None
    assert doc.sentences == ()  # written empty: present, not missing


def test_custom_layer_type_round_trips(tmp_path):
    quotes = (
        Quote(
            content=(Span(0, 5), Span(9, 12)),
            cue=Span(6, 8),
            speaker=Span(13, 18),
            speaker_name="Mike Pompeo",
            direct=False,
            score=0.75,
            tags=("indirect", "said"),
            pairs=(("x", 1), ("y", -2)),
        ),
    )
    doc = _doc(
        "We will all soon be finding out, he said.",
        test_store_quotes=quotes,
        test_store_span=Span(1, 2),
    )
    with Store(tmp_path / "s.db") as store:
        store.put_docs([doc])
    with Store(tmp_path / "s.db") as store:
        got = store.load_doc(doc.id)
    assert got.layer("test_store_quotes") == quotes
    assert type(got.layer("test_store_quotes")[0].content[0]) is Span
    assert got.layer("test_store_span") == Span(1, 2)  # a single-item layer


def test_other_shapes_of_registered_types_round_trip(tmp_path):
    doc = _doc(
        "Shapes.",
        test_store_checked=(Checked(1), Checked(2, "two")),
        test_store_wrapper=(Wrapper((Span(0, 1), Span(2, 3))), Wrapper(())),
    )
    with Store(tmp_path / "s.db") as store:
        store.put_docs([doc])
        assert store.load_doc(doc.id) == doc
        # __post_init__ runs on loading: a bad stored value is not let through silently
        store.conn.execute(
            "UPDATE layers SET data = ? WHERE name = 'test_store_checked'",
            ('{"f":["n","label"],"r":[[-1,null]]}',),
        )
        with pytest.raises(ValueError, match="negative"):
            store.load_doc(doc.id)


def test_unregistered_layer_loads_as_plain_json(tmp_path):
    @dataclass(frozen=True)
    class Unknown:
        a: int
        b: tuple[str, ...]

    doc = _doc(
        "Text.", test_store_mystery=(Unknown(1, ("x",)),), test_store_plain=[[1, 2], {"k": [3]}]
    )
    with Store(tmp_path / "s.db") as store:
        store.put_docs([doc])
        got = store.load_doc(doc.id)
    assert got.layer("test_store_mystery") == ({"a": 1, "b": ("x",)},)
    assert got.layer("test_store_plain") == ((1, 2), {"k": (3,)})


def test_tokens_are_stored_as_rows_not_dicts(tmp_path):
    tok = Token(0, 0, 5, "hello", "INTJ", "UH", "ROOT", 0, "", "O", False)
    doc = _doc("Hello", tokens=(tok,))
    with Store(tmp_path / "s.db") as store:
        store.put_docs([doc])
        (data,) = store.conn.execute("SELECT data FROM layers WHERE name = 'tokens'").fetchone()
        assert store.load_doc(doc.id).tokens == (tok,)
    obj = json.loads(data)
    assert obj["r"] == [[0, 0, 5, "hello", "INTJ", "UH", "ROOT", 0, "", "O", False]]
    assert " " not in data  # compact separators


# --- ids and articles ---------------------------------------------------------------------------


def test_reinsert_is_a_no_op(tmp_path):
    a, b = make_article("First article."), make_article("Second article.")
    with Store(tmp_path / "s.db") as store:
        assert store.put_articles([a, b]) == 2
        assert store.put_articles([b, a, a]) == 0
        assert store.put_articles([]) == 0
        assert store.count_articles() == 2
        assert store.article_ids() == [a.id, b.id]  # ingest order kept
        c = make_article("Third.")
        assert store.put_articles([a, c]) == 1
        assert store.article_ids() == [a.id, b.id, c.id]
        assert store.has_article(c.id) and not store.has_article("nope")


def test_resolve_id(tmp_path):
    arts = [
        make_article(t, id=i) for t, i in (("one", "abc123"), ("two", "abd456"), ("three", "ff00"))
    ]
    with Store(tmp_path / "s.db") as store:
        store.put_articles(arts)
        assert store.resolve_id("abc") == "abc123"
        assert store.resolve_id("ff") == "ff00"
        assert store.resolve_id("abd456") == "abd456"
        with pytest.raises(NewslineError) as e:
            store.resolve_id("ab")
        assert e.value.code == "E009" and "abc123" in str(e.value) and "abd456" in str(e.value)
        with pytest.raises(NewslineError) as e:
            store.resolve_id("zz")
        assert e.value.code == "E006" and "'zz'" in str(e.value) and "abc123" in str(e.value)
        with pytest.raises(NewslineError) as e:
            store.get_article("zz")
        assert e.value.code == "E006"
        with pytest.raises(NewslineError) as e:
            store.load_doc("zz")
        assert e.value.code == "E006"


def test_resolve_id_on_an_empty_store(tmp_path):
    with Store(tmp_path / "s.db") as store, pytest.raises(NewslineError) as e:
        store.resolve_id("ab")
    assert e.value.code == "E006" and "empty" in str(e.value)


# --- layers ---------------------------------------------------------------------------------------


def test_put_docs_replaces_layers_of_the_same_name_only(tmp_path):
    text = "One. Two. Three."
    ent = Entity(0, 3, "CARDINAL", "One", 0, 0, 1)
    tok = Token(0, 0, 3, "one", "NUM", "CD", "ROOT", 0, "", "B", False)
    first = _doc(
        text, sentences=_sents((0, 4), (5, 9), (10, 16)), entities=(ent, ent), tokens=(tok,)
    )
    with Store(tmp_path / "s.db") as store:
        store.put_docs([first])
        second = ArticleDoc(first.article).with_layers(sentences=_sents((0, 16)), entities=())
        store.put_docs([second])
        got = store.load_doc(first.id)
        assert got.sentences == _sents((0, 16))
        assert got.entities == ()
        assert got.tokens == (tok,)  # not rewritten, kept
        assert store.stats()["sentences"] == 1 and store.stats()["entities"] == 0


def test_put_docs_inserts_a_new_article(tmp_path):
    doc = _doc("Fresh.", sentences=_sents((0, 6)))
    with Store(tmp_path / "s.db") as store:
        store.put_docs([doc])
        assert store.article_ids() == [doc.id]
        assert store.load_doc(doc.id) == doc


def test_sentence_i_must_be_its_position(tmp_path):
    doc = _doc("One.", sentences=(Sentence(3, 0, 4, 0, 1),))
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(ValueError, match="position"):
            store.put_docs([doc])
        assert store.count_articles() == 0  # the whole batch rolled back


def test_layer_names_and_ids_missing_layer(tmp_path):
    a, b, c = _doc("A."), _doc("B.", tokens=()), _doc("C.", sentences=_sents((0, 2)), tokens=())
    with Store(tmp_path / "s.db") as store:
        store.put_docs([a, b, c])
        assert store.layer_names(a.id) == set()
        assert store.layer_names(c.id) == {"sentences", "tokens"}
        assert store.ids_missing_layer("tokens") == [a.id]
        assert store.ids_missing_layer("sentences") == [a.id, b.id]
        assert store.ids_missing_layer("never") == [a.id, b.id, c.id]
        assert store.load_doc(c.id, layers=["sentences", "absent"]).layers == {
            "sentences": _sents((0, 2))
        }


def test_corpus_layers_and_load_corpus(tmp_path):
    docs = [_doc("A.", tokens=()), _doc("B.", sentences=_sents((0, 2)))]
    with Store(tmp_path / "s.db") as store:
        store.put_docs(docs)
        assert store.corpus_layer("test_store_actors") is None
        assert store.corpus_layer("test_store_actors", default=()) == ()
        store.put_corpus_layer("test_store_actors", ({"name": "Kim Jong Un"},))
        store.put_corpus_layer("test_store_actors", ({"name": "Mike Pompeo"},))  # replaces
        store.put_corpus_layer("test_store_span", (Span(1, 2), Span(3, 4)))
        corpus = store.load_corpus()
        assert isinstance(corpus, Corpus)
        assert list(corpus.docs) == docs
        assert corpus.get("test_store_actors") == ({"name": "Mike Pompeo"},)
        assert corpus.get("test_store_span") == (Span(1, 2), Span(3, 4))
        only = store.load_corpus(layers=["sentences", "test_store_span"])
        assert set(only.layers) == {"test_store_span"}
        assert [set(d.layers) for d in only.docs] == [set(), {"sentences"}]


# --- problems -----------------------------------------------------------------------------------


def test_problems_are_deduplicated(tmp_path):
    p = Problem("W101", "[W101] Empty input: a.txt", "a.txt")
    q = Problem("W105", "[W105] Malformed JSONL line: x", "b.jsonl", line=3, stage="ingest")
    r = Problem("W201", "[W201] Stage 'nlp' failed", "a.txt", stage="nlp", article_id="abc")
    with Store(tmp_path / "s.db") as store:
        assert store.put_problems([p, q, r]) == 3
        assert store.put_problems([p, q, r, p]) == 0  # None line twice is still one problem
        assert store.put_problems([Problem("W105", q.message, "b.jsonl", line=4)]) == 1
        assert store.problems()[:3] == [p, q, r]
        assert store.problems(stage="nlp") == [r]
        assert store.clear_problems("nlp") == 1
        assert [x.code for x in store.problems()] == ["W101", "W105", "W105"]
        store.clear_problems()
        assert store.problems() == []
    with Store(tmp_path / "s.db") as store:
        assert store.put_problems([p]) == 1  # cleared, so new again


# --- migrations and opening -----------------------------------------------------------------------


def test_migrations_are_recorded_and_not_reapplied(tmp_path, monkeypatch):
    calls = []

    def m002_test_extra(conn):
        calls.append(1)
        conn.execute("CREATE TABLE extra (x INTEGER)")

    path = tmp_path / "s.db"
    with Store(path) as store:
        first = store.migrations()
    assert [n for n, _ in first] == ["m001_initial"]
    monkeypatch.setattr(store_mod, "MIGRATIONS", [*store_mod.MIGRATIONS, m002_test_extra])
    with Store(path) as store:
        assert [n for n, _ in store.migrations()] == ["m001_initial", "m002_test_extra"]
        assert store.migrations()[0] == first[0]  # not re-applied
    with Store(path) as store:
        assert len(store.migrations()) == 2
    assert calls == [1]


def test_a_failing_migration_leaves_nothing_behind(tmp_path, monkeypatch):
    def m002_broken(conn):
        conn.execute("CREATE TABLE half (x INTEGER)")
        raise RuntimeError("boom")

    path = tmp_path / "s.db"
    Store(path).close()
    monkeypatch.setattr(store_mod, "MIGRATIONS", [*store_mod.MIGRATIONS, m002_broken])
    with pytest.raises(RuntimeError):
        Store(path)
    monkeypatch.undo()
    with Store(path) as store:
        assert [n for n, _ in store.migrations()] == ["m001_initial"]
        assert not store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half'").fetchone()


def test_readonly_open_of_a_store_that_needs_migrating_is_E012(tmp_path, monkeypatch):
    def m002_test_later(conn):
        conn.execute("CREATE TABLE later (x INTEGER)")

    path = tmp_path / "s.db"
    Store(path).close()
    monkeypatch.setattr(store_mod, "MIGRATIONS", [*store_mod.MIGRATIONS, m002_test_later])
    with pytest.raises(NewslineError) as e:
        Store(path, readonly=True)
    assert e.value.code == "E012" and "m002_test_later" in str(e.value)


def test_unknown_migration_is_E007(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO migrations VALUES ('m999_from_the_future', '2030-01-01')")
    conn.close()
    for readonly in (False, True):
        with pytest.raises(NewslineError) as e:
            Store(path, readonly=readonly)
        assert e.value.code == "E007" and "m999_from_the_future" in str(e.value)


def test_unopenable_files_are_E012(tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database at all, not at all" * 100)
    cases = [(tmp_path, False), (garbage, False), (tmp_path / "missing.db", True), (garbage, True)]
    for path, readonly in cases:
        with pytest.raises(NewslineError) as e:
            Store(path, readonly=readonly)
        assert e.value.code == "E012" and str(path) in str(e.value)


def test_creates_missing_parent_directories(tmp_path):
    with Store(tmp_path / "out" / "deep" / "s.db") as store:
        assert store.count_articles() == 0


def test_wal_and_pragmas(tmp_path):
    with Store(tmp_path / "s.db") as store:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_readonly_store_refuses_writes(tmp_path):
    path = tmp_path / "s.db"
    doc = _doc("Read me.", sentences=_sents((0, 8)))
    with Store(path) as store:
        store.put_docs([doc])
    with Store(path, readonly=True) as store:
        assert store.load_doc(doc.id) == doc
        assert store.stats()["articles"] == 1
        writes = [
            lambda: store.put_articles([make_article("New.")]),
            lambda: store.put_docs([doc]),
            lambda: store.put_corpus_layer("x", ()),
            lambda: store.put_problems([Problem("W101", "m", "a.txt")]),
            lambda: store.clear_problems(),
        ]
        for write in writes:
            with pytest.raises(NewslineError) as e:
                write()
            assert e.value.code == "E012" and "read-only" in str(e.value)
    with Store(path) as store:
        assert store.count_articles() == 1


def test_stats_counts_every_table(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.put_docs([_doc("A. B.", sentences=_sents((0, 2), (3, 5)), tokens=())])
        store.put_problems([Problem("W101", "m", "a.txt")])
        assert store.stats() == {
            "articles": 1,
            "sentences": 2,
            "entities": 0,
            "layers": 2,
            "corpus_layers": 0,
            "problems": 1,
            "migrations": 1,
        }


def test_writers_in_threads_and_two_store_objects(tmp_path):
    path = tmp_path / "s.db"
    stores = [Store(path), Store(path)]
    errors = []

    def work(k):
        try:
            for j in range(20):
                st = stores[(k + j) % 2]
                st.put_docs([_doc(f"thread {k} article {j}.", sentences=_sents((0, 5)))])
                st.put_problems([Problem("W101", f"m{j}", "a.txt")])
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        assert stores[0].count_articles() == 80
        assert stores[1].stats()["sentences"] == 80
        assert len(stores[1].problems()) == 20
    finally:
        for s in stores:
            s.close()
