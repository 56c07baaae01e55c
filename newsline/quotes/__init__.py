"""Quotes: who said (or holds) what, with cue, content spans and resolved speaker.

Modules: ``cues`` (the cue lexicon, as data), ``text`` (paragraphs, quotation marks),
``parse`` (the dependency tree view), ``extract`` (attributions in one article),
``speakers`` (speaker resolution within an article), ``model`` (the ``Quote`` layer item),
``stage`` (the article and corpus stages, story section and look-up).
"""

from newsline.quotes.model import Quote, QuoteSpeaker
from newsline.quotes.stage import (
    extract_quotes,
    find_quotes,
    quote_json,
    quote_speaker_stage,
    quote_stage,
    resolve_speakers,
    story_section,
)

__all__ = [
    "Quote",
    "QuoteSpeaker",
    "extract_quotes",
    "find_quotes",
    "quote_json",
    "quote_speaker_stage",
    "quote_stage",
    "resolve_speakers",
    "story_section",
]
