"""The CLI through Typer's runner: commands, exit codes, and the store they share."""

import json

import pytest
from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()

ARTICLE = (
    "Officials met in Geneva on Monday to discuss the ceasefire.\n"
    "The talks, which lasted six hours, ended without an agreement.\n"
)


def _run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_ingest_articles_show_and_reingest(tmp_path):
    db = tmp_path / "n.db"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    res = _run("ingest", tmp_path / "a.txt", "--db", db)
    assert res.exit_code == 0, res.output
    assert "1 new" in res.output
    res = _run("ingest", tmp_path / "a.txt", "--db", db)
    assert res.exit_code == 0 and "0 new" in res.output
    res = _run("articles", "--db", db)
    assert res.exit_code == 0 and "words" in res.output
    from newsline import api

    (art,) = api.articles(db=db)
    res = _run("show", art.id[:6], "--db", db)
    assert res.exit_code == 0 and "Geneva" in res.output


def test_given_ids_are_shown_whole_and_hash_ids_short(tmp_path):
    from newsline.model import content_id, short_id

    assert short_id(content_id(ARTICLE)) == content_id(ARTICLE)[:8]
    assert short_id("reuters-0412") == "reuters-0412"
    db = tmp_path / "n.db"
    lines = [{"id": f"reuters-{k:04d}", "text": ARTICLE.replace("six", str(k + 2))} for k in range(2)]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    assert _run("ingest", tmp_path / "a.jsonl", "--db", db).exit_code == 0
    res = _run("articles", "--db", db)
    assert "reuters-0000" in res.output and "reuters-0001" in res.output
    res = _run("show", "reuters-", "--db", db)  # a prefix of both: the error lists them whole
    assert res.exit_code == 1 and "reuters-0000" in res.output


def test_bad_inputs_exit_3_and_are_listed(tmp_path):
    db = tmp_path / "n.db"
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    res = _run("ingest", tmp_path, "--db", db)
    assert res.exit_code == 3, res.output
    assert "empty.txt" in res.output
    res = _run("problems", "--db", db)
    assert res.exit_code == 0 and "W101" in res.output


def test_usage_and_setup_errors_exit_1(tmp_path):
    db = tmp_path / "n.db"
    assert _run("ingest", tmp_path / "missing.txt", "--db", db).exit_code == 1
    assert _run("ingest", "--no-such-flag").exit_code == 1
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _run("ingest", tmp_path / "a.txt", "--db", db)
    res = _run("show", "zzzz", "--db", db)
    assert res.exit_code == 1 and "E006" in res.output


@pytest.mark.model
def test_analyze_and_report(tmp_path):
    db = tmp_path / "n.db"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert _run("ingest", tmp_path / "a.txt", "--db", db).exit_code == 0
    res = _run("analyze", "--db", db)
    assert res.exit_code == 0 and "Analysed 1 article" in res.output
    res = _run("analyze", "--db", db)  # nothing left to analyse
    assert "Analysed 0 article" in res.output
    out = tmp_path / "out"
    res = _run("report", "--db", db, "--out", out)
    assert res.exit_code == 0
    story = json.loads((out / "story.json").read_text())
    assert story["articles"][0]["sentences"] == 2
    assert "Geneva" in (out / "report.html").read_text()


@pytest.mark.model
def test_demo_builds_report_from_bundled_sample(tmp_path):
    res = _run("demo", "--db", tmp_path / "d.db", "--out", tmp_path / "out")
    assert res.exit_code == 0, res.output
    story = json.loads((tmp_path / "out" / "story.json").read_text())
    assert len(story["articles"]) == 5
    assert all(a["sentences"] > 5 for a in story["articles"])
    assert "North Korea" in res.output
    res = _run("actors", "Kim", "--db", tmp_path / "d.db")
    assert res.exit_code == 0
    # one row per Kim: the leader and his sister are different actors
    assert "Kim Jong Un" in res.output and "Kim Yo Jong" in res.output
    from newsline import api

    (vice,) = [a for a in api.articles(db=tmp_path / "d.db") if a.meta.publisher == "VICE"]
    res = _run("show", vice.id[:8], "--times", "--db", tmp_path / "d.db")
    assert res.exit_code == 0
    assert "Feb. 10" in res.output and "2018-02-10" in res.output
    res = _run("quotes", "--speaker", "Giuliani", "--db", tmp_path / "d.db")
    assert res.exit_code == 0 and "praying" in res.output
    # statements only unless asked: "the United States offered a package to the North" is a
    # stance reported as an attribution, not something said
    res = _run("quotes", "--speaker", "United States", "--db", tmp_path / "d.db")
    assert res.exit_code == 0 and "offer" not in res.output and "--stances" in res.output
    res = _run("quotes", "--speaker", "United States", "--stances", "--db", tmp_path / "d.db")
    assert res.exit_code == 0 and "offer (stance)" in res.output
    db = tmp_path / "d.db"
    res = _run("timeline", "--from", "2018-12-01", "--to", "2018-12-31", "--db", db)
    assert res.exit_code == 0 and "2018-12-16" in res.output and "2018-02" not in res.output
    res = _run("timeline", "--format", "timelinejs", "-o", tmp_path / "tl.json", "--db", db)
    assert res.exit_code == 0
    tljs = json.loads((tmp_path / "tl.json").read_text())
    assert tljs["events"] and all("start_date" in e for e in tljs["events"])
    res = _run("timeline", "--format", "csv", "--dates", "2", "--per-date", "1", "--db", db)
    rows = res.output.strip().splitlines()
    assert rows[0].startswith("date,") and len(rows) == 3
    assert _run("timeline", "--format", "pdf", "--db", db).exit_code == 1
    html = (tmp_path / "out" / "report.html").read_text()
    assert '<section id="timeline">' in html
    assert '<section id="quotes">' in html and '<section id="actors">' in html
    assert '<span class="muted">stance:</span>' in html and " statement(s), and " in html
    assert 'title="DATE 2018-02-10 (day)">Feb. 10</mark>' in html
