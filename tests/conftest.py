"""Shared fixtures. Tests that load the spaCy model use ``parse`` (loaded once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.model import ArticleDoc, make_article

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "newsline" / "data" / "sample"


@pytest.fixture(scope="session")
def nlp():
    from newsline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def parse(nlp):
    """parse(text, published=None) -> ArticleDoc with tokens, sentences and entities."""
    from newsline.nlp import analyze_docs

    def _parse(text: str, published: str | None = None, **kw) -> ArticleDoc:
        doc = ArticleDoc(make_article(text, published=published, **kw))
        return analyze_docs([doc])[0]

    return _parse


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    return sorted(SAMPLE_DIR.glob("*.txt"))
