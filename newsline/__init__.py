"""newsline: reconstruct a news story from a pile of articles."""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
