"""Actors: one canonical identity per person, organisation and country across the corpus.

Modules: ``lexicon`` (word lists), ``names`` (name structure), ``mentions`` (within an
article), ``resolve`` (across articles), ``pairs`` (the learned merge of clusters, weights in
``pair_weights.json``), ``describe`` (the learned link of an unnamed person description to
a named person, weights in ``describe_weights.json``), ``stage`` (the corpus stage and look-ups).
"""

from newsline.actors.resolve import Actor, ActorMention, ActorRole
from newsline.actors.stage import (
    actor_by_id,
    actor_stage,
    find_actors,
    resolve_actors,
    resolve_mention,
    story_section,
)

__all__ = [
    "Actor",
    "ActorMention",
    "ActorRole",
    "actor_by_id",
    "actor_stage",
    "find_actors",
    "resolve_actors",
    "resolve_mention",
    "story_section",
]
