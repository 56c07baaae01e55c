"""Ingest: read inputs (files, directories, stdin), clean their text, lift their metadata.

``read_inputs`` yields an ``Article`` per good input and a ``Problem`` per bad one;
``clean_text`` is the plain-text cleaner it uses (heuristics in ``patterns``).
"""

from newsline.ingest.clean import CleanResult, clean_text
from newsline.ingest.readers import SUPPORTED_EXTENSIONS, read_inputs

__all__ = ["read_inputs", "clean_text", "CleanResult", "SUPPORTED_EXTENSIONS"]
