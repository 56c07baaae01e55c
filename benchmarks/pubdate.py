"""Publication date of news pages, scored as htmldate's evaluation does.

Data (``--data``, default ``../shared/data/pubdate``)::

    html/<id>.html.gz     the pages (the only input newsline sees)
    gold.json             {<id>: {"url": str, "date": "YYYY-MM-DD" | null}}

Writes ``<out>/dates.json`` ``{<id>: "YYYY-MM-DD" | null}`` from
``newsline.ingest.html.extract_date`` and scores it as adbar/htmldate's
``tests/comparison.py`` does, per page: true positive = the gold date returned; false
positive = a different date returned; false negative = no date returned where there is
one; true negative = no date where there is none. precision = TP/(TP+FP),
recall = TP/(TP+FN), accuracy = (TP+TN)/all, F = 2TP/(2TP+FP+FN).

In the same run, on the same pages, it scores htmldate itself as its evaluation calls it:
``find_date(html, extensive_search=True, original_date=True)`` (extensive) and with
``extensive_search=False`` (fast). Target: our accuracy >= htmldate extensive's.
The page URLs are in the gold file, so by default no system sees them; ``--with-url``
gives every system the URL (as the HTML reader does when a JSONL line has one).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import (  # noqa: E402
    headline,
    parse_args,
    print_table,
    read_json,
    read_text,
    timer,
    write_json,
    write_scores,
)


def evaluate(gold: dict[str, str | None], pred: dict[str, str | None]) -> dict:
    tp = fp = tn = fn = 0
    for key, reference in gold.items():
        result = pred.get(key)
        if result is None and reference is None:
            tn += 1
        elif result is None:
            fn += 1
        elif result == reference:
            tp += 1
        else:
            fp += 1
    total = tp + fp + tn + fn
    return {
        "true_positives": tp,
        "false_positives": fp,
        "true_negatives": tn,
        "false_negatives": fn,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "accuracy": (tp + tn) / total if total else 0.0,
        "f_score": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
    }


def _reset_caches() -> None:
    """Clear htmldate's and trafilatura's memo caches so no system is timed on warm ones."""
    try:
        from htmldate.meta import reset_caches

        reset_caches()
    except ImportError:  # pragma: no cover
        pass


def _run(
    fn: Callable[[str, str | None], str | None], pages: dict[str, str], urls: dict[str, str | None]
) -> tuple[dict[str, str | None], float]:
    _reset_caches()
    with timer() as t:
        pred = {key: fn(html, urls.get(key)) for key, html in pages.items()}
    return pred, t["s"]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(
        "pubdate",
        __doc__,
        add_arguments=lambda p: p.add_argument(
            "--with-url", action="store_true", help="give every system the page URL"
        ),
        argv=argv,
    )
    gold_file = read_json(args.data / "gold.json")
    gold = {k: v.get("date") for k, v in gold_file.items()}
    urls = {k: v.get("url") for k, v in gold_file.items()} if args.with_url else {}
    pages = {}
    for path in sorted((args.data / "html").glob("*.html*")):
        key = path.name.split(".")[0]
        if key in gold:
            pages[key] = read_text(path)
    if len(pages) < len(gold):
        print(f"warning: {len(gold) - len(pages)} gold pages have no HTML", file=sys.stderr)

    from htmldate import __version__ as htmldate_version
    from htmldate import find_date

    from newsline.ingest.html import extract_date

    def htmldate_run(extensive: bool) -> Callable[[str, str | None], str | None]:
        def run(html: str, url: str | None) -> str | None:
            try:
                return find_date(html, extensive_search=extensive, original_date=True, url=url)
            except Exception:  # a crash is a missing date, as in htmldate's evaluation
                return None

        return run

    systems = {
        "newsline": lambda html, url: extract_date(html, url=url),
        "htmldate extensive": htmldate_run(True),
        "htmldate fast": htmldate_run(False),
    }
    scores: dict = {
        "pages": len(gold),
        "with_url": bool(args.with_url),
        "htmldate_version": htmldate_version,
    }
    # One untimed pass of every system first: dateparser (under htmldate's extensive
    # search) compiles its per-language patterns on first use, which would otherwise be
    # charged to whichever system meets a language first. Timings are of a warm process.
    for fn in systems.values():
        _run(fn, pages, urls)
    rows = []
    ours: dict[str, str | None] = {}
    for name, fn in systems.items():
        pred, seconds = _run(fn, pages, urls)
        if name == "newsline":
            ours = pred
        m = evaluate(gold, pred)
        m["seconds"] = round(seconds, 2)
        scores[name] = m
        rows.append(
            {
                "system": name,
                "TP": m["true_positives"],
                "FP": m["false_positives"],
                "TN": m["true_negatives"],
                "FN": m["false_negatives"],
                "precision": m["precision"],
                "recall": m["recall"],
                "accuracy": m["accuracy"],
                "F": m["f_score"],
                "seconds": f"{seconds:.1f}",
            }
        )
    write_json(args.out / "dates.json", {k: ours.get(k) for k in sorted(gold)})
    wrong = {
        k: {"gold": gold[k], "newsline": ours.get(k)}
        for k in sorted(gold)
        if ours.get(k) != gold[k]
    }
    acc, base = scores["newsline"]["accuracy"], scores["htmldate extensive"]["accuracy"]
    passed = acc >= base
    scores["newsline"]["wrong"] = wrong
    scores["headline"] = {
        "accuracy": acc,
        "htmldate_extensive_accuracy": base,
        "target": "accuracy >= htmldate extensive",
        "passed": passed,
    }
    write_scores(args.out, scores)

    url_note = "with page URLs" if args.with_url else "without page URLs"
    print(f"pubdate: {len(gold)} pages from {args.data} ({url_note}); output in {args.out}")
    print_table(
        rows,
        ["system", "TP", "FP", "TN", "FN", "precision", "recall", "accuracy", "F", "seconds"],
    )
    print(f"newsline wrong on {len(wrong)} pages:")
    for key, w in wrong.items():
        print(f"  {key}: gold {w['gold']}, newsline {w['newsline']}")
    headline("date accuracy", acc, f"htmldate extensive {base:.4f}", passed=passed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
