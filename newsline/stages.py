"""The default pipeline: every stage newsline ships, in order, checked when built."""

from __future__ import annotations

from newsline.actors import actor_stage
from newsline.config import DEFAULTS, Options
from newsline.nlp import nlp_stage
from newsline.pipeline import Pipeline, Stage
from newsline.quotes import quote_speaker_stage, quote_stage
from newsline.time import dating_stage, time_stage
from newsline.timeline import timeline_stage


def default_stages(options: Options = DEFAULTS) -> list[Stage]:
    """Article stages first (per article, parallel-safe), then corpus stages."""
    return [
        nlp_stage(model=options.model, batch_size=options.batch_size),
        time_stage(),
        quote_stage(),
        dating_stage(),
        actor_stage(),
        quote_speaker_stage(),
        timeline_stage(),
    ]


def default_pipeline(options: Options = DEFAULTS) -> Pipeline:
    return Pipeline(default_stages(options))
