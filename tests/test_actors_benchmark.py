"""Score floors of the actor stage on ECB+ (benchmarks/actors.py), from the benchmark's
cached spaCy analysis: skipped where the data or the cache (``python -m benchmarks.actors
--cache``) is not there."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.actors import DEFAULT_DATA, DEV_TOPICS, analysis_cache, evaluate, load_topic, run_topic  # noqa: E402

CACHE = analysis_cache(REPO / "benchmarks" / "out" / "actors")

# measured: train topics 0.7814, dev topics 0.7455 (CoNLL F1, actor mentions, pooled)
FLOORS = {"train": 0.780, "dev": 0.745}


@pytest.mark.skipif(not (CACHE.exists() and DEFAULT_DATA.exists()), reason="no ECB+ data or no cached analysis")
@pytest.mark.parametrize("split", sorted(FLOORS))
def test_conll_f1_floor(split):
    from newsline.model import ArticleDoc

    raw = pickle.loads(CACHE.read_bytes())
    results = {}
    for topic, docs in raw.items():
        if (topic in DEV_TOPICS) != (split == "dev"):
            continue
        analysed = [ArticleDoc(a).with_layers(**layers) for a, layers in docs]
        rows, _ = run_topic(analysed)
        results[topic] = (load_topic(DEFAULT_DATA / topic)[1], rows)
    if not results:
        pytest.skip("the cache holds no topic of this split")
    assert evaluate(results, "actors")["conll_f1"] >= FLOORS[split]
