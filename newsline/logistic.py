"""What every shipped logistic model shares: the clamped sigmoid, and weights saved as a
JSON file with the feature names they were fitted on (so a model fitted for other features
is never applied by position)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Sequence


def sigmoid(z: float) -> float:
    """The logistic function, clamped at |z| = 30 (no overflow; far beyond any threshold)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def probability(x: Sequence[float], coef: Sequence[float]) -> float:
    """A model without intercept over a feature row in ``coef``'s order."""
    return sigmoid(sum(w * v for w, v in zip(coef, x)))


def load_feature_weights(path: Path, features: Sequence[str]) -> dict:
    """The saved model at ``path``; empty when the file is missing or was fitted on other
    ``features`` (the step that uses it is then skipped)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text())
    if list(data.get("features", ())) != list(features):
        return {}
    return data


def named_weights(names: Sequence[str], coefs: Sequence[float], floor: float) -> dict[str, float]:
    """Fitted weights by feature name, rounded to 3 places, those under ``floor`` dropped
    (how the training scripts save a model for ``load_feature_weights``-style reading)."""
    return {name: round(float(w), 3) for name, w in zip(names, coefs) if abs(w) >= floor}
