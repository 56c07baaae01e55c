"""Reading inputs: formats, directories, stdin, ids, and every bad input as a Problem."""

from __future__ import annotations

import gzip
import io
import json
import logging
from pathlib import Path

import pytest

from newsline.errors import InputProblem, NewslineError
from newsline.ingest import read_inputs
from newsline.ingest import readers
from newsline.ingest.readers import decode_bytes, sniff_format
from newsline.model import Article, Problem, content_id

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "newsline" / "data" / "sample"

BODY = (
    "The two leaders met in Singapore on Tuesday for a summit that lasted several hours and "
    "ended with a joint statement on denuclearization."
)
ARTICLE = f"Trump and Kim meet in Singapore\n\nBy Jane Roe\nJune 12, 2018\n\n{BODY}\n\nBe First to Comment\n"


def _read(*paths, **kw) -> list[Article | Problem]:
    return list(read_inputs([str(p) for p in paths], **kw))


def _articles(items) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def _problems(items) -> list[Problem]:
    return [x for x in items if isinstance(x, Problem)]


def _only_problem(items) -> Problem:
    assert len(items) == 1 and isinstance(items[0], Problem), items
    problem = items[0]
    assert problem.stage == "ingest"
    assert problem.message.startswith(f"[{problem.code}] ")
    return problem


# --- plain text -------------------------------------------------------------------------------


def test_text_file_is_cleaned_and_keeps_raw(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (article,) = _read(path)
    assert article.raw == ARTICLE and article.raw_format == "text"
    assert article.text == BODY
    assert article.id == content_id(ARTICLE)
    assert article.origin.path == str(path) and article.origin.line is None
    assert article.meta.title == "Trump and Kim meet in Singapore"
    assert article.meta.author == "Jane Roe"
    assert article.meta.published == "2018-06-12"
    assert dict(article.meta.provenance) == {"title": "text", "author": "text", "published": "text"}
    assert [r.reason for r in article.removed] == ["title", "byline", "dateline", "boilerplate"]


def test_sample_directory():
    items = _read(SAMPLE_DIR)
    assert len(_articles(items)) == 5 and not _problems(items)
    assert [Path(a.origin.path).name[:3] for a in items] == ["000", "001", "002", "003", "004"]
    assert items[2].meta.publisher == "VICE"


def test_missing_path_raises_before_reading(tmp_path):
    with pytest.raises(NewslineError) as e:
        read_inputs([SAMPLE_DIR, tmp_path / "nope.txt"])  # raises at the call, not on iteration
    assert e.value.code == "E001" and "nope.txt" in str(e.value)


# --- directories ---------------------------------------------------------------------------------


def test_directory_recursive_sorted_skipping_hidden_and_unknown(tmp_path, caplog):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "z.txt").write_text(f"Zed. {BODY}")
    (tmp_path / "a.txt").write_text(f"Ay. {BODY}")
    (tmp_path / "b" / "c.TXT").write_text(f"Cee. {BODY}")
    (tmp_path / "b" / "deep" / "d.txt").write_text(f"Dee. {BODY}")
    (tmp_path / ".secret.txt").write_text(f"Hidden. {BODY}")
    (tmp_path / ".hidden" / "e.txt").write_text(f"Hidden dir. {BODY}")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "README").write_text("not an article")
    with caplog.at_level(logging.WARNING, logger="newsline"):
        items = _read(tmp_path)
    assert not _problems(items)  # unknown extensions in a directory are no problem ...
    names = [Path(a.origin.path).relative_to(tmp_path).as_posix() for a in items]
    assert names == ["a.txt", "b/c.TXT", "b/deep/d.txt", "z.txt"]
    # ... but one warning names what was skipped
    (warning,) = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert "skipped 2 file(s)" in warning and ".pdf x1" in warning and "(no extension) x1" in warning


def test_bad_file_in_directory_does_not_stop_the_batch(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "d.txt").write_text(f"Another one. {BODY}")
    items = _read(tmp_path)
    assert [type(x).__name__ for x in items] == ["Article", "Problem", "Problem", "Article"]
    assert [p.code for p in _problems(items)] == ["W101", "W102"]


def test_explicit_hidden_file_is_read(tmp_path):
    path = tmp_path / ".draft.txt"
    path.write_text(BODY)
    assert len(_articles(_read(path))) == 1


# --- bad inputs ------------------------------------------------------------------------------------


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    problem = _only_problem(_read(path))
    assert problem.code == "W101" and problem.source == str(path) and problem.line is None


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t \n")
    assert _only_problem(_read(path)).code == "W101"


def test_binary_file_with_nul_bytes(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    problem = _only_problem(_read(path))
    assert problem.code == "W102" and "NUL" in problem.message


def test_binary_file_of_control_bytes(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + b"a few letters")
    assert _only_problem(_read(path)).code == "W102"


def test_cp1252_bytes_are_decoded_by_detection(tmp_path):
    text = (
        "The président of the club said that the meeting at the Café had been cancelled, déjà vu for "
        "all of them — «Très bien», he said. Señor Müller’s façade was “perfect”, the critics wrote.\n"
    ) * 3
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    (article,) = _read(path)
    assert "président of the club" in article.text and "Müller’s façade" in article.text
    assert article.raw == text


def test_latin1_bytes_are_decoded_by_detection(tmp_path):
    text = "The people of München voted on the new Maßnahmen for the city, a Bürger spokesman said. " * 4
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    (article,) = _read(path)
    assert "people of München" in article.text and "Maßnahmen" in article.text


def test_other_code_pages_are_not_forced_to_cp1252(tmp_path):
    text = "Президент заявил, что встреча отменена. Переговоры продолжатся на следующей неделе.\n" * 3
    assert decode_bytes(text.encode("cp1251")) == text
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    problem = _only_problem(_read(path))  # decoded, then found to be no English
    assert problem.code == "W110" and "Cyrillic" in problem.message


def test_utf8_bom_and_utf16_bom(tmp_path):
    a = tmp_path / "bom8.txt"
    a.write_bytes(b"\xef\xbb\xbf" + BODY.encode("utf-8"))
    b = tmp_path / "bom16.txt"
    b.write_bytes(BODY.encode("utf-16"))  # with a BOM, so NUL bytes are fine
    items = _read(a, b)
    assert [x.text for x in items] == [BODY, BODY]
    assert items[0].id == items[1].id == content_id(BODY)


UNDECODABLE = bytes(range(0x80, 0x100)) * 3  # not UTF-8, and no single-byte code page fits


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(UNDECODABLE)
    problem = _only_problem(_read(path))
    assert problem.code == "W103" and "not UTF-8" in problem.message


def test_decode_bytes_direct():
    assert decode_bytes("naïve".encode("utf-8")) == "naïve"
    with pytest.raises(InputProblem) as e:
        decode_bytes(UNDECODABLE)
    assert e.value.code == "W103"
    with pytest.raises(InputProblem) as e:
        decode_bytes(b"abc\x00def")
    assert e.value.code == "W102"


def test_over_size_limit_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text(BODY * 10)

    def no_read(self):
        raise AssertionError("a file over the limit must not be read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    problem = _only_problem(_read(path, max_bytes=100))
    assert problem.code == "W104" and "100" in problem.message and str(path) in problem.message


def test_under_size_limit_is_read(tmp_path):
    path = tmp_path / "ok.txt"
    path.write_text(BODY)
    assert len(_articles(_read(path, max_bytes=len(BODY)))) == 1


def test_unknown_extension_named_explicitly(tmp_path):
    path = tmp_path / "story.pdf"
    path.write_bytes(b"%PDF-1.4 whatever")
    problem = _only_problem(_read(path))
    assert problem.code == "W107" and ".pdf" in problem.message and ".jsonl" in problem.message


def test_nothing_left_after_cleaning(tmp_path):
    path = tmp_path / "chrome.txt"
    path.write_text("Search All Site Content\n\nSubscribe to our Mailing List!\nBe First to Comment\n")
    problem = _only_problem(_read(path))
    assert problem.code == "W108" and "boilerplate" in problem.message


# --- JSONL -------------------------------------------------------------------------------------------


def _jsonl(tmp_path, *lines: object, name="in.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8"
    )
    return path


def test_jsonl_fields_win_and_lines_are_recorded(tmp_path):
    path = _jsonl(
        tmp_path,
        {
            "text": ARTICLE,
            "title": "Given title",
            "url": "https://example.org/a",
            "published": "2018-06-13T09:00:00Z",
            "source": "Example Wire",
        },
        {"text": f"Second. {BODY}", "id": "custom-id-2"},
    )
    first, second = _read(path)
    assert first.meta.title == "Given title"
    assert first.meta.published == "2018-06-13"  # given wins over the text's June 12
    assert first.meta.author == "Jane Roe"  # not given: from the text
    assert first.meta.url == "https://example.org/a" and first.meta.source == "Example Wire"
    assert dict(first.meta.provenance) == {
        "title": "given",
        "author": "text",
        "published": "given",
        "url": "given",
        "source": "given",
    }
    # the text's own headline differs from the given title, so it stays in the text
    assert first.text.startswith("Trump and Kim meet in Singapore")
    assert first.id == content_id(ARTICLE) and first.origin.line == 1
    assert second.id == "custom-id-2" and second.origin.line == 2
    assert first.origin.path == second.origin.path == str(path)


def test_jsonl_fields_under_other_common_names(tmp_path):
    path = _jsonl(
        tmp_path,
        {"text": BODY, "time": "2010-01-12", "headline": "Quake hits", "link": "https://example.org/q",
         "authors": ["Ann Lee", "Bo Park"], "outlet": "Example Times"},
        {"text": f"Two. {BODY}", "date_publish": "2010-01-13 08:15:00", "date": "2009-12-31"},
        {"text": f"Three. {BODY}", "headline": ["not", "a", "string"]},
    )
    first, second, bad = _read(path)
    assert first.meta.published == "2010-01-12" and first.meta.field_source("published") == "given"
    assert (first.meta.title, first.meta.url) == ("Quake hits", "https://example.org/q")
    assert (first.meta.author, first.meta.publisher) == ("Ann Lee, Bo Park", "Example Times")
    assert second.meta.published == "2010-01-13"  # the more specific name wins over "date"
    assert isinstance(bad, Problem) and bad.code == "W105" and "'headline'" in bad.message


def test_ptb_tokenised_text_is_read_as_plain_text(tmp_path):
    ptb = ("DERAA , Syria -LRB- Reuters -RRB- - Crowds set fire to the party 's office on Sunday , "
           "residents said . \nThey did n't stop , witnesses said .\n")
    path = _jsonl(tmp_path, {"text": ptb}, {"text": BODY})
    first, second = _read(path)
    assert first.raw == ptb and first.id == content_id(ptb)
    assert "(Reuters)" in first.text and "party's office on Sunday, residents said." in first.text
    assert "didn't stop, witnesses said." in first.text
    assert second.text == BODY  # ordinary text is left alone


def test_jsonl_given_title_matching_the_text_removes_it(tmp_path):
    path = _jsonl(tmp_path, {"text": ARTICLE, "title": "Trump and Kim meet in Singapore"})
    (article,) = _read(path)
    assert article.text == BODY
    assert article.meta.field_source("title") == "given"


def test_jsonl_malformed_line_among_good_ones(tmp_path):
    path = _jsonl(
        tmp_path,
        {"text": f"One. {BODY}"},
        '{"text": "unterminated',
        "",
        {"text": f"Three. {BODY}"},
        ["not", "an", "object"],
        {"title": "no body"},
        {"text": 42},
        {"text": "   "},
        {"text": BODY, "title": 7},
        {"text": f"Ten. {BODY}"},
    )
    items = _read(path)
    assert [(type(x).__name__, x.origin.line if isinstance(x, Article) else x.line) for x in items] == [
        ("Article", 1),
        ("Problem", 2),
        ("Article", 4),
        ("Problem", 5),
        ("Problem", 6),
        ("Problem", 7),
        ("Problem", 8),
        ("Problem", 9),
        ("Article", 10),
    ]
    codes = [p.code for p in _problems(items)]
    assert codes == ["W105", "W105", "W105", "W105", "W101", "W105"]
    bad = _problems(items)[0]
    assert bad.source == str(path) and f"{path}:2" in bad.message


def test_jsonl_unparseable_published_is_ignored(tmp_path):
    path = _jsonl(tmp_path, {"text": ARTICLE, "published": "sometime soon"})
    (article,) = _read(path)
    assert article.meta.published == "2018-06-12"
    assert article.meta.field_source("published") == "text"


def test_jsonl_html_line(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "_extract_html", _fake_extract)
    path = _jsonl(tmp_path, {"html": PAGE, "url": "https://example.org/p", "source": "Feed"})
    (article,) = _read(path)
    assert article.raw == PAGE and article.raw_format == "html"
    assert article.meta.url == "https://example.org/p"
    assert article.meta.field_source("url") == "given"
    assert article.meta.field_source("title") == "html"
    assert _CALLS[-1] == "https://example.org/p"


# --- HTML --------------------------------------------------------------------------------------------

PAGE = "<html><head><title>Page</title></head><body><article>...</article></body></html>"
_CALLS: list[str | None] = []


def _fake_extract(html, *, url=None):
    from types import SimpleNamespace

    _CALLS.append(url)
    if "<article>" not in html:
        raise InputProblem("W106", detail="no article text in the page")
    body = f"Page headline from the body\n\nby Tim Hume\nFeb 21 2018\n\n{BODY}\n\nGetty Images"
    return SimpleNamespace(
        body=body,
        title="Page headline from the body",
        author=None,
        published="2018-02-20",
        publisher="Example News",
        url=url,
    )


def test_html_metadata_wins_over_text_and_raw_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "_extract_html", _fake_extract)
    path = tmp_path / "page.htm"
    path.write_text(PAGE)
    (article,) = _read(path)
    assert article.raw == PAGE and article.raw_format == "html"
    assert article.id == content_id(PAGE)
    assert article.text == BODY
    assert article.meta.title == "Page headline from the body"
    assert article.meta.published == "2018-02-20"  # the page's date beats the body's line
    assert article.meta.author == "Tim Hume"  # the page gives none: lifted from the body
    assert article.meta.publisher == "Example News"
    assert dict(article.meta.provenance) == {
        "title": "html",
        "author": "text",
        "publisher": "html",
        "published": "html",
    }
    assert [r.reason for r in article.removed] == ["title", "byline", "dateline", "photo_credit"]


def test_html_page_with_no_article(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "_extract_html", _fake_extract)
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav>Home</nav></body></html>")
    problem = _only_problem(_read(path))
    assert problem.code == "W106" and problem.source == str(path)


REAL_PAGE = """<!DOCTYPE html>
<html><head><title>North Korea bailed on Mike Pence | Example News</title>
<meta property="og:title" content="North Korea bailed on Mike Pence">
<meta name="author" content="Tim Hume">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2018-02-21T12:25:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>North Korea bailed on Mike Pence</h1>
<p>North Korean officials pulled out of an historic face-to-face meeting with Mike Pence during
the Winter Olympics, the vice president's office said Tuesday.</p>
<p>The VP was scheduled to meet members of the North Korean delegation, including Kim Yo Jong,
but Pyongyang backed out less than two hours before the gathering was due to start.</p>
<p>Hours before the withdrawal, North Korean officials sent a message to Pence's team saying
they were unhappy with his attacks on the regime, but that the meeting was still on.</p>
<p>Be First to Comment</p></article></body></html>
"""


def test_real_html_page(tmp_path):
    pytest.importorskip("newsline.ingest.html")
    path = tmp_path / "page.html"
    path.write_text(REAL_PAGE)
    empty = tmp_path / "empty.html"
    empty.write_text("<!DOCTYPE html><html><body><nav><a href='/a'>Home</a></nav></body></html>")
    article, problem = _read(path, empty)
    assert article.raw == REAL_PAGE and article.raw_format == "html"
    assert article.meta.published == "2018-02-21" and article.meta.field_source("published") == "html"
    assert article.meta.author == "Tim Hume"
    assert "pulled out of an historic face-to-face meeting" in article.text
    assert "Be First to Comment" not in article.text
    assert "boilerplate" in {r.reason for r in article.removed}
    assert isinstance(problem, Problem) and problem.code == "W106"


# --- stdin ---------------------------------------------------------------------------------------------


def test_stdin_text():
    (article,) = _read("-", stdin=io.BytesIO(ARTICLE.encode("utf-8")))
    assert article.origin.path == "<stdin>" and article.text == BODY
    assert article.id == content_id(ARTICLE)


def test_stdin_jsonl():
    data = json.dumps({"text": BODY}) + "\n{broken\n" + json.dumps({"text": f"Two. {BODY}"}) + "\n"
    items = _read("-", stdin=io.BytesIO(data.encode()))
    assert [type(x).__name__ for x in items] == ["Article", "Problem", "Article"]
    assert items[1].code == "W105" and items[1].source == "<stdin>" and items[1].line == 2
    assert items[2].origin.line == 3


def test_stdin_html(monkeypatch):
    monkeypatch.setattr(readers, "_extract_html", _fake_extract)
    (article,) = _read("-", stdin=io.BytesIO(PAGE.encode()))
    assert article.raw_format == "html" and article.origin.path == "<stdin>"


def test_stdin_bad_inputs():
    assert _only_problem(_read("-", stdin=io.BytesIO(b""))).code == "W101"
    assert _only_problem(_read("-", stdin=io.BytesIO(b"ab\x00cd"))).code == "W102"
    assert _only_problem(_read("-", stdin=io.BytesIO(b"x" * 101), max_bytes=100)).code == "W104"


def test_stdin_mixed_with_files(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"File. {BODY}")
    items = _read(path, "-", stdin=io.BytesIO(f"Stdin. {BODY}".encode()))
    assert [a.origin.path for a in items] == [str(path), "<stdin>"]


def test_sniff_format():
    assert sniff_format('{"text": "x"}\n{"text": "y"}') == "jsonl"
    assert sniff_format("<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff_format("  <html lang='en'>") == "html"
    assert sniff_format("<p>Hello</p>") == "html"
    assert sniff_format("Plain text that mentions <html> in passing.") == "text"
    assert sniff_format("Plain text.\n{not json}") == "text"


# --- ids ---------------------------------------------------------------------------------------------


def test_ids_are_stable_across_reads_and_inputs(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE)
    b = tmp_path / "copy" / "b.txt"
    b.parent.mkdir()
    b.write_text(ARTICLE.replace("\n", "\r\n"))  # same article, other line endings
    j = _jsonl(tmp_path, {"text": ARTICLE})
    first = [x.id for x in _read(a, b, j)]
    second = [x.id for x in _read(a, b, j)]
    assert first == second
    assert len(set(first)) == 1
    stdin_id = _read("-", stdin=io.BytesIO(ARTICLE.encode()))[0].id
    assert stdin_id == first[0]


def test_different_articles_get_different_ids(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(BODY)
    b = tmp_path / "b.txt"
    b.write_text(BODY + " And more.")
    assert len({x.id for x in _read(a, b)}) == 2


# --- gzipped inputs ---------------------------------------------------------------------------


def test_gzipped_inputs_are_read_by_their_inner_extension(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    page = f"<html><head><title>Summit</title></head><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    line = json.dumps({"id": "j1", "title": "Summit", "text": BODY})
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(line.encode("utf-8")))
    (tmp_path / "d.pdf.gz").write_bytes(gzip.compress(b"%PDF-1.4"))
    items = _read(tmp_path)
    assert not _problems(items)
    arts = _articles(items)
    assert [Path(a.origin.path).name for a in arts] == ["a.txt.gz", "b.html.gz", "c.jsonl.gz"]
    assert all(BODY in a.text for a in arts)
    assert arts[1].meta.title == "Summit" and arts[2].id == "j1"


def test_a_broken_gzip_file_is_a_problem_and_an_unknown_inner_type_is_named(tmp_path):
    bad = tmp_path / "bad.txt.gz"
    bad.write_bytes(b"not gzip at all")
    problem = _only_problem(_read(bad))
    assert problem.code == "W109" and "gzip" in problem.message
    odd = tmp_path / "story.pdf.gz"
    odd.write_bytes(gzip.compress(b"%PDF-1.4"))
    problem = _only_problem(_read(odd))
    assert problem.code == "W107" and ".pdf.gz" in problem.message and ".gz" in problem.message


def test_a_gzipped_input_over_the_size_limit_uncompressed_is_not_read(tmp_path):
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(((BODY + "\n") * 200).encode("utf-8")))
    problem = _only_problem(_read(path, max_bytes=5000))
    assert problem.code == "W104"


# --- language ---------------------------------------------------------------------------------


SPANISH = ("El consejero de Educación y Deporte de la Junta de Andalucía anunció este martes que los "
           "colegios abrirán sus puertas el próximo lunes, y que las familias podrán elegir si sus hijos "
           "asisten a las clases o siguen desde casa durante las primeras semanas del curso.")
RUSSIAN = ("В Оренбургской области чиновники живут припеваючи: вот и теперь правительство региона решило "
           "купить новые автомобили для своих сотрудников, несмотря на то что бюджет области остаётся "
           "дефицитным уже несколько лет подряд, а зарплаты врачей и учителей не растут.")
RESULTS = ("High School Roundup: Viera defeats Rockledge to remain undefeated. GIRLS VOLLEYBALL Viera 3, "
           "Rockledge 1: Scores 25-20, 22-25, 25-18, 25-21. Leaders: Kaylee Smith 14 kills, Jordan Bell 9 "
           "kills, Ava Cruz 31 assists. Records: Viera 12-0, Rockledge 8-4. Next: Viera at Melbourne Tuesday.")


def test_an_article_not_in_english_is_a_problem_that_names_the_language(tmp_path):
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "results.txt").write_text(RESULTS, encoding="utf-8")
    items = _read(tmp_path)
    assert sorted(Path(a.origin.path).name for a in _articles(items)) == ["en.txt", "results.txt"]
    problems = {Path(p.source).name: p for p in _problems(items)}
    assert set(problems) == {"es.txt", "ru.txt"} and {p.code for p in problems.values()} == {"W110"}
    assert "Spanish" in problems["es.txt"].message and "Cyrillic" in problems["ru.txt"].message


def test_guess_language():
    from newsline.ingest.language import guess_language

    assert guess_language(ARTICLE * 2) == "en"
    assert guess_language(SPANISH) == "es"
    assert guess_language(RUSSIAN) == "cyrillic"
    assert guess_language("Hola amigos") is None  # too short to tell
