"""Shared benchmark plumbing: arguments, reading inputs, writing scores, printing.

Every benchmark runs as ``python benchmarks/<name>.py --data DIR --out DIR``; ``--data``
defaults to ``../shared/data/<folder>`` and ``--out`` to ``benchmarks/out/<name>/``, both
resolved from the repository root (so the working directory does not matter). Use::

    REPO = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(REPO))
    from benchmarks._common import parse_args, write_scores, headline

    args = parse_args("pubdate", __doc__, data="pubdate")
    ...
    write_scores(args.out, scores)
    headline("accuracy", 0.953, "htmldate extensive 0.925")   # printed last
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

REPO = Path(__file__).resolve().parent.parent
DATA_ROOT = REPO.parent / "shared" / "data"
OUT_ROOT = REPO / "benchmarks" / "out"

if str(REPO) not in sys.path:  # let benchmarks import the package without installing it
    sys.path.insert(0, str(REPO))


def parse_args(
    name: str,
    description: str | None = None,
    *,
    data: str | None = None,
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None,
    argv: list[str] | None = None,
) -> argparse.Namespace:
    """``--data`` (default ``DATA_ROOT/<data or name>``) and ``--out`` (default
    ``OUT_ROOT/<name>``), both absolute; ``--out`` is created. ``add_arguments`` adds more."""
    parser = argparse.ArgumentParser(
        prog=f"benchmarks/{name}.py",
        description=description,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data", type=Path, default=DATA_ROOT / (data or name), help="data folder (%(default)s)"
    )
    parser.add_argument(
        "--out", type=Path, default=OUT_ROOT / name, help="output folder (%(default)s)"
    )
    if add_arguments is not None:
        add_arguments(parser)
    args = parser.parse_args(argv)
    args.data = args.data.expanduser().resolve()
    args.out = args.out.expanduser().resolve()
    if not args.data.is_dir():
        parser.error(f"--data {args.data} is not a folder")
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def decode(raw: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the detected encoding, else Latin-1."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is not None:
            return str(best)
    except ImportError:  # pragma: no cover - charset_normalizer is a dependency
        pass
    return raw.decode("latin-1")


def read_text(path: Path) -> str:
    """A text file, gzip-compressed when its name ends in ``.gz``."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return decode(raw)


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def write_json(path: Path, obj: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path


def write_scores(out: Path, scores: dict[str, Any]) -> Path:
    """``<out>/scores.json``."""
    return write_json(out / "scores.json", scores)


@contextmanager
def timer() -> Iterator[dict[str, float]]:
    """``with timer() as t: ...`` then ``t["s"]`` holds the seconds taken."""
    box = {"s": 0.0}
    start = time.perf_counter()
    try:
        yield box
    finally:
        box["s"] = time.perf_counter() - start


def fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def print_table(
    rows: list[dict[str, Any]], columns: list[str], *, title: str | None = None
) -> None:
    """Rows of scores as an aligned plain-text table."""
    if title:
        print(title)
    cells = [[fmt(r.get(c, "")) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)))


def headline(label: str, value: float, comparison: str = "", *, passed: bool | None = None) -> str:
    """Print the headline line (call it last) and return it."""
    line = f"HEADLINE {label}: {fmt(value)}"
    if comparison:
        line += f" ({comparison})"
    if passed is not None:
        line += " PASS" if passed else " FAIL"
    print(line, flush=True)
    return line
