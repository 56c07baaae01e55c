"""Is an article English? The analysis (spaCy's English model, the cue and name lexicons)
reads English only, and a page in another language gives nothing but noise: every
capitalised word a "name", one "person" of hundreds of mentions.

Our own check, because the language identifiers on PyPI either need a model download at
run time or weigh more than the task: the share of a text's words that are common function
words of each language (spaCy's stop-word lists, already installed), English against the
others; text in a script other than Latin is not English.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

# Latin-script languages compared with English (spaCy language codes)
OTHER_LATIN = ("es", "fr", "de", "pt", "it", "nl", "da", "sv", "nb", "fi", "pl", "cs", "ro", "tr", "id",
               "hu", "hr", "sq", "sk", "sl", "ca", "tl", "et", "lv", "lt", "af")
MIN_WORDS = 20  # shorter texts are not judged
OTHER_MIN_SHARE = 0.15  # another language's function words: at least this share of the words
OTHER_MARGIN = 1.5  # ... and this many times the English share
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang``, read from its ``stop_words.py`` (a plain module that
    imports nothing) without importing spaCy itself, which would cost seconds at ingest."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        return frozenset()
    path = Path(spec.submodule_search_locations[0]) / "lang" / lang / "stop_words.py"
    namespace: dict = {}
    try:
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
    except OSError:  # pragma: no cover - every listed language ships with spaCy
        return frozenset()
    return frozenset(w.lower() for w in namespace.get("STOP_WORDS", ()))


def _script(word: str) -> str:
    """The Unicode script of a word's first letter ('LATIN', 'CYRILLIC', 'CJK', ...)."""
    return _char_script(word[0])


@lru_cache(maxsize=4096)
def _char_script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    try:
        return unicodedata.name(char).split()[0]
    except ValueError:
        return ""


def guess_language(text: str) -> str | None:
    """'en', another spaCy language code, a script name in lower case ('cyrillic', 'cjk',
    'hiragana', ...) for text not in Latin script, or None when the text is too short to
    tell. A Latin-script text is English unless another language's function words are
    more frequent in it than English ones."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < MIN_WORDS:
        return None
    scripts: dict[str, int] = {}
    for w in words:
        s = _script(w)
        scripts[s] = scripts.get(s, 0) + len(w)
    script = max(scripts, key=scripts.get)
    if script != "LATIN":
        return script.lower()
    counts = Counter(w for w in words if _script(w) == "LATIN")
    total = sum(counts.values())

    def share(lang: str) -> float:
        stop = _stop_words(lang)
        return sum(n for w, n in counts.items() if w in stop) / total

    english = share("en")
    best, best_share = max(((lang, share(lang)) for lang in OTHER_LATIN), key=lambda kv: kv[1])
    # some lists hold short words English uses too ("a", "in", "to"): another language wins
    # only by a clear margin, so that an English results table or list stays English
    if best_share >= OTHER_MIN_SHARE and best_share >= OTHER_MARGIN * english:
        return best
    return "en"


def is_english(text: str) -> bool:
    """True unless the text is long enough to tell and is not English."""
    return guess_language(text) in (None, "en")


LANGUAGE_NAMES = {
    "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian", "nl": "Dutch",
    "da": "Danish", "sv": "Swedish", "nb": "Norwegian", "fi": "Finnish", "pl": "Polish", "cs": "Czech",
    "ro": "Romanian", "tr": "Turkish", "id": "Indonesian", "hu": "Hungarian", "hr": "Croatian",
    "sq": "Albanian", "sk": "Slovak", "sl": "Slovene", "ca": "Catalan", "tl": "Tagalog", "et": "Estonian",
    "lv": "Latvian", "lt": "Lithuanian", "af": "Afrikaans",
}


def language_name(code: str) -> str:
    """'looks like Spanish', 'written in Cyrillic script' for a ``guess_language`` answer."""
    if code in LANGUAGE_NAMES:
        return f"looks like {LANGUAGE_NAMES[code]}"
    return f"written in {code.upper() if code == 'cjk' else code.capitalize()} script"
