"""The timeline: dated event mentions, merged across sources, selected and exported."""

from newsline.timeline.items import (
    Citation,
    EventMention,
    Timeline,
    TimelineEntry,
    TimelineSentence,
)
from newsline.timeline.export import to_csv, to_text, to_timelinejs
from newsline.timeline.stage import build_timeline, story_section, timeline_stage

__all__ = [
    "Citation",
    "EventMention",
    "Timeline",
    "TimelineEntry",
    "TimelineSentence",
    "build_timeline",
    "story_section",
    "timeline_stage",
    "to_csv",
    "to_text",
    "to_timelinejs",
]
