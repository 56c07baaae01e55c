import json
import re

from newsline import report as rpt
from newsline.model import ArticleDoc, Corpus, Entity, Problem, RemovedLine, make_article
import dataclasses


def _corpus():
    a = make_article("Kim met Moon in <Seoul> & talked.", published="2018-04-27", title="Summit")
    a = dataclasses.replace(a, removed=(RemovedLine(1, "Getty Images", "photo_credit"),))
    doc = ArticleDoc(a).with_layers(entities=(Entity(0, 3, "PERSON", "Kim", 0, 0, 1),))
    return Corpus((doc,))


def test_story_lists_articles_with_metadata_and_removed_lines():
    story = rpt.build_story(_corpus())
    art = story["articles"][0]
    assert art["title"] == "Summit" and art["published"] == "2018-04-27"
    assert art["removed"] == [{"line": 1, "text": "Getty Images", "reason": "photo_credit"}]
    json.dumps(story)  # JSON-ready


def test_sections_appear_only_when_their_stage_ran(monkeypatch):
    monkeypatch.setattr(rpt, "SECTION_BUILDERS", [("timeline", "timeline", lambda c: ["entry"])])
    monkeypatch.setattr(rpt, "SECTION_RENDERERS", {"timeline": lambda data: "<p>TL</p>"})
    story = rpt.build_story(_corpus())
    assert "timeline" not in story
    assert 'id="timeline"' not in rpt.render_html(story)
    corpus = _corpus().with_layers(timeline=("x",))
    story = rpt.build_story(corpus)
    assert story["timeline"] == ["entry"]
    assert '<section id="timeline">' in rpt.render_html(story)


def test_html_is_self_contained_and_escaped():
    story = rpt.build_story(_corpus(), problems=[Problem("W101", "[W101] Empty input: e.txt", "e.txt")])
    page = rpt.render_html(story)
    assert "&lt;Seoul&gt; &amp;" in page and "<Seoul>" not in page
    assert not re.search(r'(src|href)="https?://', page)
    assert "<script" not in page
    assert 'title="PERSON">Kim</mark>' in page
    assert "W101" in page and "Getty Images" in page


def test_annotate_skips_overlaps():
    out = rpt.annotate("abcdef", [(0, 4, "A", "a"), (2, 5, "B", "b"), (5, 6, "C", "c")])
    assert out == '<mark class="A" title="a">abcd</mark>e<mark class="C" title="c">f</mark>'
