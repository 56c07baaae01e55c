"""The cue lexicon, kept as data: reporting, attitude and belief words and their frames.

PolNeAR-style attribution covers speech ("say", "tell", "tweet"), writing and publishing
("write", "report", "post"), belief and knowledge ("believe", "know", "think"), stance
("support", "oppose", "criticize", "call for") and expectation ("expect", "hope"). How
often a word is a cue depends on the frame it appears in ("say" + clause almost always,
"make" + object almost never), so the lexicon scores (lemma, frame) pairs. The scores in
``cue_lexicon.tsv`` are the share of occurrences that are attributions, counted on the
PolNeAR training split by ``benchmarks/quotes_lexicon.py`` (general word statistics, no
text); ``SEED_VERBS`` below is the hand list that works without that file.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

# Verbs whose xcomp/ccomp carries the real cue ("appeared to suggest", "declined to say"):
# the inner verb keeps the attribution and inherits their subject.
RAISING = frozenset(
    """appear seem continue decline refuse want try begin start go tend fail need
    plan intend hope expect promise threaten vow pledge agree offer seek""".split()
)

# "X seems Y": the subject is part of the content and no source is named.
SUBJECT_RAISING = frozenset({"seem", "appear", "sound"})

# "X is expected to Y", "X is seen as Y": passive belief verbs, same.
PASSIVE_BELIEF = frozenset(
    """expect see consider believe think say report know view regard deem rumor
    project predict estimate describe label call rate""".split()
)

# Prepositions that attach circumstances, not content, to a cue ("said at a rally").
ADJUNCT_PREPS = frozenset(
    """in at during after before since while amid through via until from by with
    without throughout inside outside near following""".split()
)

# Media and channels that turn a clause into a statement ("in a statement", "on Twitter").
MEDIA_NOUNS = frozenset(
    """statement interview tweet twitter post posting email letter release conference
    briefing speech remarks commentary op-ed editorial column blog video ad
    interpreter translator spokesman spokeswoman spokesperson""".split()
)

# Nouns of time: "said on Tuesday" is circumstance, not content.
TIME_NOUNS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
    night day week weekend month year occasion""".split()
)

# Documents and surveys that carry findings or statements ("In a poll, ...").
DOCUMENT_NOUNS = frozenset(
    """poll polls survey study report statement interview letter tweet post op-ed
    editorial column memo ad advertisement speech book video article email filing
    complaint lawsuit release analysis document transcript affidavit ruling opinion
    briefing testimony remarks message""".split()
)

# Nouns for people, groups and institutions that can be sources ("officials said").
SOURCE_NOUNS = frozenset(
    """official officials source person people spokesman spokeswoman spokesperson aide
    adviser advisor analyst expert economist strategist lawmaker senator representative
    governor mayor president minister secretary chairman chairwoman chair director
    leader candidate nominee campaign administration government ministry department
    agency office committee party democrat republican voter supporter critic opponent
    activist resident member group team staff staffer organizer observer official
    diplomat envoy ambassador officer commander general colonel prosecutor judge lawyer
    attorney investigator researcher scientist professor scholar author writer reporter
    journalist editor columnist commentator host anchor pollster poll survey study
    report newspaper paper magazine network outlet media press agency company firm
    executive ceo founder owner worker union delegate caucusgoer american citizen
    father mother son daughter wife husband brother sister friend family man woman
    defector fellow colonel veteran student teacher pastor priest bishop pope king queen
    prince chancellor premier general spokesmen officials insider insiders""".split()
)

# Reporting nouns taking a "that"-clause ("the announcement that ...", "claims that").
NOUN_CUES = frozenset(
    """announcement statement claim claims report reports warning assertion allegation
    allegations belief view suggestion argument promise pledge comment comments remark
    remarks charge accusation insistence admission acknowledgment acknowledgement
    conclusion concern fear hope message indication prediction estimate assurance
    testimony threat vow notion idea sense impression word news rumor speculation""".split()
)

# Verbs of saying proper: an attribution inside their reported clause is part of theirs.
SPEECH_VERBS = frozenset(
    """say tell add announce state declare report claim tweet write post note explain
    argue insist suggest warn acknowledge admit concede confirm deny reveal assert
    maintain contend allege answer reply respond recall remark comment observe emphasize
    stress reiterate repeat testify predict""".split()
)

# Nouns of stance and speech with an object ("support for", "criticism of", "decision to").
STANCE_NOUNS = frozenset(
    """support supporter supporters criticism critic critics opposition opponent
    endorsement decision call calls demand demands proposal plan promise pledge vow
    attack attacks defense defence praise condemnation denunciation rejection approval
    backing embrace commitment push pressure appeal request plea warning threat question
    questions concern concerns complaint complaints doubt doubts fear fears hope hopes
    belief view views opinion position stance argument case suggestion idea reference
    mention discussion debate comment comments remark remarks description portrayal
    characterization accusation allegation charge charges claim claims assessment
    analysis prediction forecast estimate expectation desire wish willingness refusal
    reluctance skepticism disagreement agreement interest enthusiasm frustration anger
    outrage disgust admiration respect confidence trust distrust suspicion emphasis
    focus insistence acknowledgment admission denial response reaction answer reply
    message statement announcement report reports study poll survey finding findings""".split()
)

# The hand list: speech, writing and belief verbs that are cues in (almost) any frame.
SEED_VERBS = frozenset(
    """say tell add announce state declare report claim tweet write post note explain
    argue insist suggest warn believe think know feel fear hope expect predict
    acknowledge admit concede confirm deny reveal disclose indicate assert maintain
    contend allege charge accuse criticize praise blame urge ask answer reply respond
    recall remark comment observe emphasize stress reiterate repeat promise pledge vow
    threaten propose recommend demand call describe estimate conclude agree disagree
    complain lament boast joke quip testify inform assure caution signal hint imply
    mention cite quote understand doubt worry wonder""".split()
)


# Cues that make a quote a statement (what someone said, wrote or holds to be so) rather than
# a stance or an act reported as an attribution ("North Korea rejected the Libya scenario",
# "the United States levelled sanctions"): PolNeAR counts both, a reader of "who said what"
# looks for the first. Direct quotes are statements whatever their cue.
STATEMENT_CUES = SEED_VERBS | NOUN_CUES | frozenset(
    ("according", "according to", ":", "express", "speak", "talk", "brief", "interview")
)


def is_statement(cue_lemma: str | None, direct: bool) -> bool:
    """A quote is a statement when it is direct or its cue is a verb or noun of saying,
    writing or believing (``STATEMENT_CUES``); else it is a stance."""
    return direct or (cue_lemma or "").lower() in STATEMENT_CUES


@dataclass(frozen=True)
class Lexicon:
    """Scores of (lemma, frame) and a threshold above which a cue is kept."""

    scores: dict  # (lemma, frame) or (lemma, frame, context) -> score in [0, 1]
    lemma_scores: dict  # lemma -> score over all frames
    threshold: float = 0.35
    context_ratio: dict = None  # (frame, context) -> factor applied to a (lemma, frame) score
    prep_cues: dict = field(default_factory=dict)  # lemma -> prepositions whose object it reports

    def maybe(self, lemma: str) -> bool:
        """Worth finding the frame of: the lemma has a score or is a seed cue."""
        return lemma in self.lemma_scores or lemma in SEED_VERBS

    def maybe_noun(self, lemma: str) -> bool:
        return lemma in NOUN_CUES or lemma in STANCE_NOUNS

    def score(self, lemma: str, frame: str, ctx: str = "") -> float:
        """The share of such cues that are attributions: the (lemma, frame, context) row,
        else the (lemma, frame) row times the context's factor, backing off from a
        preposition frame ("prep:about") to the plain one ("prep") and to the lemma."""
        s = self.scores.get((lemma, frame, ctx))
        if s is not None:
            return s
        if ":" in frame and (lemma, frame) not in self.scores:
            return self.score(lemma, frame.split(":")[0], ctx)
        ratios = self.context_ratio or {}
        frame_key = frame.split(":")[0]
        ratio = ratios.get((frame_key, ctx)) if ctx else 1.0
        if ratio is None:
            ratio = 1.0
            for flag in ctx:
                ratio *= ratios.get((frame_key, flag), 1.0)
        s = self.scores.get((lemma, frame))
        if s is not None:
            return min(1.0, s * ratio)
        if frame in ("according",):
            return 0.9
        s = self.lemma_scores.get(lemma)
        if s is not None:
            return s * 0.8
        if lemma in SEED_VERBS:
            return 0.6 if frame in ("ccomp", "up", "colon") else 0.4
        return 0.0

    def keep(self, lemma: str, frame: str, ctx: str = "") -> bool:
        return self.score(lemma, frame, ctx) >= self.threshold


def tables_from_rows(rows) -> tuple[dict, dict, dict]:
    """(scores, lemma_scores, ratios) from (lemma, frame, ctx, n, score) rows of the table:
    '*' as lemma marks a context ratio, '*' as frame a lemma score, '*' as ctx a
    (lemma, frame) score."""
    scores: dict = {}
    lemma_scores: dict = {}
    ratios: dict = {}
    for lemma, frame, ctx, _n, score in rows:
        if lemma == "*":
            ratios[(frame, ctx)] = float(score)
        elif frame == "*":
            lemma_scores[lemma] = float(score)
        elif ctx == "*":
            scores[(lemma, frame)] = float(score)
        else:
            scores[(lemma, frame, ctx)] = float(score)
    return scores, lemma_scores, ratios


def _read_table() -> tuple[dict, dict, dict]:
    try:
        data = resources.files("newsline.quotes").joinpath("cue_lexicon.tsv").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return {}, {}, {}
    rows = (
        line.split("\t")[:5]
        for line in data.splitlines()
        if line.strip() and not line.startswith("#")
    )
    return tables_from_rows(rows)


# A (verb, preposition) pair is looked for ("balked at", "agreed with", "responded to")
# when its candidates were attributions this often on PolNeAR train, smoothed toward a
# low prior (``benchmarks/quotes_lexicon.py``: 2 of 2, 3 of 5 pass; 1 of 1 does not).
PREP_CUE_KEEP = 0.3


def prep_cues_from(scores: dict, keep: float = PREP_CUE_KEEP) -> dict:
    """lemma -> prepositions of its 'vprep:' rows that score at least ``keep``."""
    out: dict = {}
    for key, s in scores.items():
        if len(key) == 2 and key[1].startswith("vprep:") and s >= keep:
            out.setdefault(key[0], set()).add(key[1].split(":", 1)[1])
    return {k: frozenset(v) for k, v in out.items()}


# The cue score above which a cue is kept: the best F1 on PolNeAR train (0.35 - 0.4).
DEFAULT_THRESHOLD = 0.35


@functools.lru_cache(maxsize=4)
def default_lexicon(threshold: float = DEFAULT_THRESHOLD) -> Lexicon:
    scores, lemma_scores, ratios = _read_table()
    return Lexicon(scores, lemma_scores, threshold, ratios, prep_cues_from(scores))
