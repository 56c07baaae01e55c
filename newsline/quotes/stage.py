"""The quote stages (article and corpus), the story section and the look-up the CLI uses."""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from typing import Any

from newsline.model import ArticleDoc, Corpus
from newsline.pipeline import Stage
from newsline.quotes import cues as cue_lexicon
from newsline.quotes.cues import is_statement
from newsline.quotes.classify import CueModel, default_model
from newsline.quotes.extract import Candidate, View, extract
from newsline.quotes.model import Quote, QuoteSpeaker
from newsline.quotes.spans import SpanModel, default_span_model
from newsline.quotes.speakers import (
    BODY_HEADS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    Speaker,
    SpeakerResolver,
    honorific_gender,
    name_parts,
)
from newsline.time.model import APPROXIMATE_MODS

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = cue_lexicon.DEFAULT_THRESHOLD


_DEFAULT = object()


def extract_quotes(
    doc: ArticleDoc,
    *,
    threshold: float | None = None,
    lexicon: cue_lexicon.Lexicon | None = None,
    model: CueModel | None | object = _DEFAULT,
    span_model: SpanModel | None | object = _DEFAULT,
) -> tuple[Quote, ...]:
    """The ``quotes`` layer of one analysed article (tokens, sentences, entities).

    Cues are accepted by the packaged learned model (``classify.default_model()``) unless
    ``model=None`` asks for the lexicon score alone; ``threshold`` overrides the acceptance
    threshold of whichever is used. Contents are chosen among alternative spans by the
    packaged span model (``spans.default_span_model()``) unless ``span_model=None``."""
    if not doc.tokens:
        return ()
    if model is _DEFAULT:
        model = default_model()
    if span_model is _DEFAULT:
        span_model = default_span_model()
    lexicon = lexicon or _lexicon(DEFAULT_THRESHOLD if threshold is None or model is not None else threshold)
    view = View(doc)
    cands = extract(doc, lexicon, view=view, model=model, threshold=threshold, span_model=span_model)
    resolver = SpeakerResolver(view.p, view.regions, author=_single_author(doc.article.meta.author))
    article_date = _article_date(doc)
    quotes = []
    for c in cands:
        if c.extra.get("transcript") and c.source_span:
            sp = _interview_turn(resolver, view.text[c.source_span[0] : c.source_span[1]], cands)
        else:
            sp = None
        if sp is None:
            sp = resolver.resolve(c.source, c.source_span, c.source_span[0] if c.source_span else c.cue_span[0])
        quotes.append(
            Quote(
                content=tuple(c.content),
                cue=c.cue_span,
                cue_lemma=c.lemma,
                speaker=c.source_span,
                speaker_text=sp.text,
                speaker_name=sp.name,
                speaker_actor_id=None,
                speaker_kind=sp.kind,
                direct=c.direct,
                mixed=c.mixed,
                sents=_sents(view, c),
                date=_statement_date(doc, view, c) or article_date,
                confidence=round(min(1.0, c.score), 3),
            )
        )
    return tuple(quotes)


# An interview's question and answer labels.
_QUESTION_LABELS = frozenset({"q", "question"})
_ANSWER_LABELS = frozenset({"a", "answer"})


def _interview_turn(resolver: SpeakerResolver, label: str, cands: list[Candidate]) -> Speaker | None:
    """The speaker of a "Q:" or "A:" turn of an interview: the question is the interviewer's,
    the byline's author when it names one person, else unnamed; the answer is the person the
    introduction names most. None for a named label ("Blair:"), which resolves as any speaker
    does."""
    low = label.strip(" .").lower()
    if low in _QUESTION_LABELS:
        return Speaker(label, resolver.author, "person" if resolver.author else "none")
    if low not in _ANSWER_LABELS:
        return None
    first = min(c.cue_span[0] for c in cands if c.extra.get("transcript"))
    name = resolver.interviewee(first)
    return Speaker(label, name, "person" if name else "none")


def _single_author(author: str | None) -> str | None:
    """The byline's author when it names one person ("Robert King"; not "A and B")."""
    if not author or re.search(r",|\band\b|&", author):
        return None
    return author


def _lexicon(threshold: float) -> cue_lexicon.Lexicon:
    return cue_lexicon.default_lexicon(threshold)


def _sents(view: View, c: Candidate) -> tuple[int, ...]:
    p = view.p
    out = set()
    for s, e in list(c.content) + [c.cue_span]:
        rng = p.token_range(s, e)
        if rng:
            out.update(range(p.sent_of[rng[0]], p.sent_of[rng[1]] + 1))
    return tuple(sorted(out))


def _article_date(doc: ArticleDoc) -> str | None:
    layer = doc.get("article_date", None)
    if layer:
        item = layer[0] if isinstance(layer, (tuple, list)) else layer
        value = getattr(item, "value", item if isinstance(item, str) else None)
        if value:
            return value
    return doc.article.meta.published or None


def _statement_date(doc: ArticleDoc, view: View, c: Candidate) -> str | None:
    """A day-level date the cue's own clause gives ("told reporters on Saturday")."""
    timexes = doc.get("timexes", ())
    if not timexes:
        return None
    p = view.p
    v = c.cue
    lo, hi = p.toks[p.left[v]].start, p.toks[p.right[v]].end
    content = [(s, e) for s, e in c.content]
    for t in timexes:
        if t.type != "DATE" or t.granularity != "day" or not t.value or "X" in t.value:
            continue
        if getattr(t, "mod", None) in APPROXIMATE_MODS:
            continue  # "roughly 10 days ago" is no day to date the statement at
        if not (lo <= t.start and t.end <= hi):
            continue
        if any(s <= t.start < e for s, e in content):
            continue  # a date inside the reported words is not the statement's date
        ti = p.token_at(t.start)
        if ti is not None and (ti == v or p.dominates(v, ti)):
            return t.value
    return None


def quote_stage(*, threshold: float | None = None) -> Stage:
    """``Stage.per_article('quotes')``: requires tokens, sentences, entities; provides
    quotes. Uses ``timexes`` and ``article_date`` when an earlier stage gave them."""

    def run(doc: ArticleDoc) -> ArticleDoc:
        return doc.with_layers(quotes=extract_quotes(doc, threshold=threshold))

    return Stage.per_article(
        "quotes", run, requires={"tokens", "sentences", "entities"}, provides={"quotes"}
    )


# --- corpus: canonical speakers ------------------------------------------------------


def _actors_api():
    try:
        import newsline.actors as actors
    except ImportError:  # the actor package is optional
        return None
    return actors if hasattr(actors, "resolve_mention") else None


def resolve_speakers(corpus: Corpus) -> Corpus:
    """Map each quote's speaker to a canonical actor (when the actor layers exist) and
    record the mapping in ``quote_speakers``; quotes keep their own resolution otherwise.
    Undated quotes take the article date a later dating stage estimated."""
    actors = _actors_api()
    by_id = {a.id: a for a in corpus.get("actors", ())} if actors else {}
    docs = []
    for doc in corpus.docs:
        quotes = doc.get("quotes", ())
        if not quotes:
            docs.append(doc.with_layers(quote_speakers=()))
            continue
        new_quotes = []
        rows = []
        article_date = _article_date(doc)
        for k, q in enumerate(quotes):
            if actors is not None and doc.has("actor_mentions"):
                span_actor = by_id.get(actors.resolve_mention(doc, *q.speaker)) if q.speaker else None
                if _plural_pronoun(q) and span_actor is not None and not span_actor.named:
                    # "Outside experts ... but they note": the actor stage found the group
                    # "they" stands for among every noun phrase, where our reading looked only
                    # at earlier speakers; the group is unnamed, so no one in the cast
                    q = _replace(q, speaker_name=None, speaker_actor_id=None)
                    span_actor = None
                described = _described(doc, q, by_id, span_actor)
                if described is not None:
                    q = _replace(q, speaker_kind="person")  # one person, not an unnamed source
                actor = described or _actor_for(doc, q, span_actor, by_id)
                if actor is not None:
                    q = _replace(q, speaker_name=actor.name, speaker_actor_id=actor.id)
                    if q.speaker_kind == "person" and actor.type in ("organisation", "country"):
                        # "BP said", "Transocean said": a name our reading took for a person's
                        # is the body the cast knows it as
                        q = _replace(q, speaker_kind="organisation")
                elif fuller := _fuller_description(q, span_actor):
                    q = _replace(q, speaker_name=fuller)
                elif _person_pronoun(q) and _names_no_person(doc, q, by_id):
                    # "she" resolved within the article to a name the NER took for a person
                    # there, which the corpus knows as a place ("Homs"): no one, not a city
                    q = _replace(q, speaker_name=None)
            if q.date is None and article_date:
                # the dating stage estimated a date for an article that gave none
                q = _replace(q, date=article_date)
            new_quotes.append(q)
            rows.append(QuoteSpeaker(doc.id, k, q.speaker_name, q.speaker_actor_id, q.speaker_kind))
        docs.append(doc.with_layers(quotes=tuple(new_quotes), quote_speakers=tuple(rows)))
    return corpus.with_docs(tuple(docs))


# Party words as roles write them ("GOP presidential candidate" is a Republican one).
_PARTY_WORDS = {"gop": "republican", "democrat": "democratic", "democrats": "democratic"}
_DESCRIPTION_DETS = frozenset({"the", "this", "that"})


def _role_words(text: str) -> set[str]:
    """The words of a role or a description, abbreviations and party names written out
    ("Vermont Sen." -> vermont, senator; "GOP" -> republican)."""
    from newsline.actors import lexicon as lx  # the actor package is there: the cast is

    out = set()
    for w in re.findall(r"[\w'’-]+", text.lower()):
        w = w.rstrip(".")
        w = lx.TITLE_ABBREVIATIONS.get(w, lx.ROLE_ALIASES.get(w, w))
        for x in w.split():
            out.add(_PARTY_WORDS.get(x, x))
    return out


# US states as news abbreviates them after a legislator's party ("R-Wis.", "D-N.Y.", "R-TX"):
# AP style, postal codes and the names written out, each to the state's name in small letters.
_STATE_FORMS = """
alabama ala al|alaska ak|arizona ariz az|arkansas ark ar|california calif cal ca|colorado colo co
|connecticut conn ct|delaware del de|florida fla fl|georgia ga|hawaii hi|idaho id|illinois ill il
|indiana ind in|iowa ia|kansas kan kans ks|kentucky ky|louisiana la|maine me|maryland md
|massachusetts mass ma|michigan mich mi|minnesota minn mn|mississippi miss ms|missouri mo
|montana mont mt|nebraska neb nebr ne|nevada nev nv|new hampshire nh|new jersey nj|new mexico nm
|new york ny|north carolina nc|north dakota nd|ohio oh|oklahoma okla ok|oregon ore or
|pennsylvania pa penn|rhode island ri|south carolina sc|south dakota sd|tennessee tenn tn
|texas tex tx|utah ut|vermont vt|virginia va|washington wash wa|west virginia wva wv
|wisconsin wis wisc wi|wyoming wyo wy
"""
_PARTY_TAG = re.compile(r"\s*[(,]\s*([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]")
_PARTY_NAMES = {"R": "republican", "D": "democratic", "I": "independent"}


_SECOND_WORDS = frozenset("hampshire jersey mexico york carolina dakota island virginia".split())


@functools.lru_cache(maxsize=1)
def _state_forms() -> dict[str, str]:
    """Every written form of a state (no full stops, small letters) -> the state's name."""
    out = {}
    for group in _STATE_FORMS.replace("\n", " ").split("|"):
        words = group.split()
        if not words:
            continue
        # the name may be two words ("new york"); the forms after it are single tokens
        name = " ".join(words[:2]) if len(words) > 1 and words[1] in _SECOND_WORDS else words[0]
        out[name] = name
        for form in words[len(name.split()):]:
            out[form] = name
    return out


def _party_words(doc: ArticleDoc) -> dict[str, set[str]]:
    """Actor id -> the party and state words a legislator's tag after one of its names gives
    ("Paul Ryan (R-Wis.)" -> republican, wisconsin)."""
    states = _state_forms()
    out: dict[str, set[str]] = {}
    for m in doc.get("actor_mentions", ()):
        if m.kind != "name":
            continue
        tag = _PARTY_TAG.match(doc.text, m.end)
        if tag is None:
            continue
        state = states.get(tag.group(2).replace(".", "").lower())
        if state is None:
            continue
        out.setdefault(m.actor_id, set()).update({_PARTY_NAMES[tag.group(1)], *state.split()})
    return out


def _described(doc: ArticleDoc, q: Quote, by_id: dict, span_actor: Any = None) -> Any:
    """The one person named in the article whose roles in the story hold every word of a
    definite description that speaks ("the Vermont senator said": Bernie Sanders, "Vermont
    Sen." elsewhere; "the Republican presidential nominee": Donald Trump, not the person
    quoted last, nor whoever the description step linked across the story), else None.

    Why our own: the article-level reading knows only this article's titles, and takes the
    person quoted last for a description it cannot place; the actor stage's description
    step decides over the whole story by learned weights and, in a pile of many
    candidates, links "the New Jersey governor" to another governor. The story's roles say
    which candidate of this article the words fit, and a description of two words or more
    fits at most one of them or none. A head noun alone ("the diplomat", "the senator") may
    fit several, so it goes to the one that fits only when that one is the actor stage's link
    too: our reading had given "The diplomat" to Barack Obama, whom the British diplomat
    praised."""
    text = (q.speaker_text or "").strip()
    words = text.split()
    # (a definite description read as an unnamed source, "the Texas senator", may still fit one)
    if q.speaker_kind in ("pronoun", "group") or len(words) < 2 or words[0].lower() not in _DESCRIPTION_DETS:
        return None
    head = words[-1]
    if not (head.islower() or head.lower().rstrip("s") in ("republican", "democrat")):
        return None  # a name ("the Rev. Al Sharpton"), not a description
    want = _role_words(" ".join(words[1:]))
    if not want or len(want) < 2 and span_actor is None:
        return None
    # a definite description takes up someone named before it ("Ben Carson says ... the
    # Republican presidential candidate told CBS"), never a person the article names later
    before = q.speaker[0] if q.speaker else len(doc.text)
    named = {m.actor_id for m in doc.get("actor_mentions", ()) if m.kind == "name" and m.start < before}
    # and a legislator's party and state ("the Wisconsin Republican": Paul Ryan (R-Wis.))
    party = _party_words(doc)
    fits = [a for i in named if (a := by_id.get(i)) is not None and a.type == "person" and a.named
            and want <= {w for r in a.roles for w in _role_words(r.role)} | party.get(i, set())]
    if len(fits) != 1 or len(want) < 2 and fits[0] is not span_actor:
        return None
    return fits[0]


def _other_namesake(name: str, actor: Any) -> bool:
    """Our reading is a full name whose given name is not the actor's: "Bill Clinton" (read
    from "Mr. Clinton" beside Hillary Clinton) shares only the surname with her actor."""
    from newsline.actors.names import compare, parse_person  # the cast is there: so is the package

    if getattr(actor, "type", "") != "person":
        return False
    ours = parse_person(name)
    return ours.full and compare(ours, parse_person(actor.name)) == "conflict"


def _gendered_by_the_actor_stage_only(doc: ArticleDoc, q: Quote, span_actor: Any, by_id: dict) -> bool:
    """"she said", which our reading gave to a one-word name of no known gender ("Dell", the
    one person the tagger saw near) and the actor stage to a woman it knows as one (Carly
    Fiorina, whom the tagger took for her company): the pronoun's gender decides. A full name
    of ours ("Armstrong Williams, Carson's longtime friend ... he told the AP") stands."""
    from newsline.actors.names import parse_person  # there is an actor: the stage ran

    said = _said_gender(q) if _person_pronoun(q) else ""
    if not said or span_actor is None or getattr(span_actor, "gender", "") != said:
        return False
    if not q.speaker_name or parse_person(q.speaker_name).full:
        return False
    ours = {m.actor_id for m in doc.get("actor_mentions", ()) if m.kind == "name" and m.text == q.speaker_name}
    return bool(ours) and all(getattr(by_id.get(a), "gender", "") in ("", None) for a in ours)


def _bare_surname_of_the_more_named(doc: ArticleDoc, q: Quote, span_actor: Any) -> bool:
    """The speaker is a bare surname ("Fiorina said"), our reading a namesake's full name
    (Frank Fiorina, the one the tagger called a person), and the actor stage gave the surname
    to a person its article names more often (Carly Fiorina, whom the tagger took for her
    company): a surname alone stands for the article's main bearer of it. "Mr. Clinton" is
    no bare surname: the honorific chose."""
    words = (q.speaker_text or "").split()
    if len(words) != 1 or not words[0][:1].isupper() or getattr(span_actor, "type", "") != "person":
        return False
    counts: dict[str, int] = {}
    ours = None
    for m in doc.get("actor_mentions", ()):
        if m.kind == "name":
            counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
            if m.text == q.speaker_name:
                ours = m.actor_id
    return ours is not None and ours != span_actor.id and counts.get(span_actor.id, 0) > 2 * counts.get(ours, 0)


def _nationality(text: str) -> bool:
    """A nationality word ("German", "Americans"), which qualifies a speaker's name but is none."""
    from newsline.actors import lexicon as lx  # the cast is there: so is the package

    low = text.strip().lower()
    return low in lx.DEMONYMS and low not in lx.COUNTRIES


def _party_member(q: Quote) -> bool:
    """A definite description of one member of a party ("the Wisconsin Republican"), which is
    a person and never the party nor its members as a group."""
    words = (q.speaker_text or "").split()
    return len(words) >= 2 and words[0].lower() in _DESCRIPTION_DETS and words[-1].lower() in ("republican", "democrat")


def _actor_for(doc: ArticleDoc, q: Quote, span_actor: Any, by_id: dict) -> Any:
    """The canonical actor of a quote's speaker, or None; ``span_actor`` is the actor of the
    speaker span's mention (None when it has none).

    Our own reading of the speaker comes first: anonymous sources and groups are kept as
    such; a speaker we resolved to a name ("he" -> Mike Pompeo) takes the actor of a
    mention of that name in the article; otherwise the actor of the speaker span itself.
    An unnamed actor is not taken: it is not in the cast, and its canonical name is a bare
    head noun ("office"), while our own reading keeps the description ("VP's office"). Nor
    is a person taken for a speaker we read as an organisation.
    """
    if q.speaker_kind in ("anonymous", "group", "none"):
        return None
    if span_actor is not None and not _fits(q, span_actor):
        span_actor = None
    if _party_member(q):
        return None  # "the Wisconsin Republican said": one of the party, whom no role here names
    if not q.speaker_name or (span_actor is not None and q.speaker_name.islower()):
        return span_actor  # no name of our own, or a description ("company") the actor stage linked
    ours = _words(q.speaker_name)
    head = _body_head(q.speaker_name) if q.speaker_kind == "organisation" else None
    if head is not None:
        # "the White House oil spill commission said": not the White House. The body is the
        # speaker only under a name that holds its own head noun ("Financial Crisis Inquiry
        # Commission")
        fitting = [span_actor] if span_actor is not None and _fits(q, span_actor) else []
        fitting += [by_id[m.actor_id] for m in doc.get("actor_mentions", ())
                    if m.actor_id in by_id and _words(m.text) <= ours and _fits(q, by_id[m.actor_id])]
        return next((a for a in fitting if head in _words(a.name)), None)
    # a person we read by name is not the country or body a word of the span names ("U.S.
    # Democratic presidential candidate Hillary Clinton" opens with the United States, whose
    # alias "Clinton administration" shares her name): the mentions of her name decide
    other_kind = q.speaker_kind == "person" and span_actor is not None and span_actor.type not in ("person", "unknown")
    if span_actor is not None and not other_kind and _same_name(ours, span_actor) \
            and (not _other_namesake(q.speaker_name, span_actor) or _bare_surname_of_the_more_named(doc, q, span_actor)):
        return span_actor
    if _gendered_by_the_actor_stage_only(doc, q, span_actor, by_id):
        return span_actor
    votes: dict[str, int] = {}
    # the head word of our name, its last ("congress" of "Republican-led Congress")
    last_words = _words(re.split(r"[\s\-\u2010\u2013]+", q.speaker_name.strip())[-1])
    head_word = next(iter(last_words)) if len(last_words) == 1 else ""
    for m in doc.get("actor_mentions", ()):
        parts = _words(m.text)
        if _nationality(m.text):
            continue  # "German" of "the German Council on Foreign Relations" names no speaker
        fits = m.actor_id in by_id and _fits(q, by_id[m.actor_id]) and not _other_namesake(q.speaker_name, by_id[m.actor_id])
        if parts and parts <= ours and fits and _same_name(ours, by_id[m.actor_id]):
            if q.speaker_kind == "organisation" and head_word and head_word not in parts:
                continue  # a body is named by its head: "the Republican-led Congress" is no Republican's
            votes[m.actor_id] = votes.get(m.actor_id, 0) + (2 if parts == ours else 1)
    if votes:
        return by_id[max(votes, key=lambda a: (votes[a], a))]
    return span_actor if other_kind and _same_name(ours, span_actor) else None


_ARTICLES = frozenset({"the", "a", "an"})


def _body_head(speaker_name: str) -> str | None:
    """The body's head noun our speaker reading ends in, written in small letters, so the names
    before it only say whose body it is ("commission" of "White House oil spill commission");
    None for any other reading."""
    words = speaker_name.split()
    if "and" in words:
        return None  # two speakers: "Reuters and reports in the South Korean media" (Reuters')
    return words[-1] if words and words[-1].islower() and words[-1] in BODY_HEADS else None


def _fuller_description(q: Quote, actor: Any) -> str | None:
    """The fuller description an unnamed ``actor`` (the speaker span's) gives a speaker we
    read by its head alone: "the company said" where the story calls that company "the BP
    company". Only the words are taken; the actor, outside the cast, is not."""
    if actor is None or actor.named or not q.speaker_name or q.speaker_kind in ("anonymous", "none"):
        return None
    ours = [w for w in name_parts(q.speaker_name) if w not in _ARTICLES]
    theirs = [w for w in name_parts(actor.name) if w not in _ARTICLES]
    if ours and len(theirs) > len(ours) and theirs[-1] == ours[-1]:
        return re.sub(r"^(?:the|a|an)\s+", "", actor.name, flags=re.I)
    return None


def _fits(q: Quote, actor: Any) -> bool:
    """The actor may be the quote's speaker: a named actor (the cast), no person for a
    speaker we read as an organisation ("the Trump administration" is not Donald Trump), no
    place for one we read as a person or a pronoun, and nothing but a person (or a name of
    unknown type) for "he" or "she"."""
    if _person_pronoun(q) and actor.type != "person":
        from newsline.actors.names import opens_with_given_name  # there is an actor: the stage ran

        # a name of unknown type only when it opens with a given name (not "Deepwater Horizon")
        if actor.type != "unknown" or not opens_with_given_name(actor.name):
            return False
    if q.speaker_kind in ("person", "pronoun") and actor.type == "place":
        return False  # "York said" of a person named York is not New York, nor "they" a town
    said = _said_gender(q)
    if said and getattr(actor, "gender", "") and actor.gender != said:
        return False  # "Mrs. Clinton", or "she", is not Bill Clinton, whatever mention the actor stage gave him
    return actor.named and not (q.speaker_kind == "organisation" and actor.type == "person")


def _said_gender(q: Quote) -> str:
    """The gender the speaker's own words give: "she" or "he", or an honorific ("Mrs. Clinton")."""
    text = q.speaker_text or ""
    return PERSON_PRONOUNS.get(text.strip().lower(), "") if _person_pronoun(q) else honorific_gender(text)


def _plural_pronoun(q: Quote) -> bool:
    return q.speaker_kind == "pronoun" and (q.speaker_text or "").strip().lower() in PLURAL_PRONOUNS


def _person_pronoun(q: Quote) -> bool:
    return q.speaker_kind == "pronoun" and (q.speaker_text or "").strip().lower() in PERSON_PRONOUNS


def _names_no_person(doc: ArticleDoc, q: Quote, by_id: dict) -> bool:
    """The name a pronoun was resolved to within the article is, in the cast, only the name
    of actors that are no persons."""
    ours = _words(q.speaker_name or "")
    named = [
        by_id[m.actor_id]
        for m in doc.get("actor_mentions", ())
        if m.actor_id in by_id and ours and _words(m.text) and _words(m.text) <= ours and _same_name(ours, by_id[m.actor_id])
    ]
    return bool(named) and not any(_fits(q, a) for a in named)


def _words(name: str) -> set[str]:
    """The words of a name, a hyphenated one split ("Kim Jong-un" -> kim, jong, un), so that
    the canonical "Kim Jong Un" a first pass wrote into the quote finds the same mentions
    again: resolving the speakers twice gives what resolving them once gave."""
    return {p for w in re.split(r"[\s\-‐–]+", name) if w for p in name_parts(w)}


def _same_name(ours: set[str], actor: Any) -> bool:
    """The actor's name or an alias shares a name word with ours ("Pompeo"): a word the alias
    writes with a capital ("government" of Germany's alias "German government" makes no
    "government in Beijing" German), and not a nationality ("the German Council on Foreign
    Relations" is no speech of Germany's)."""
    names = [getattr(actor, "name", "")] + [a for a, _ in getattr(actor, "aliases", ())]
    return any({w for w in ours & {p for w in n.split() if w[:1].isupper() for p in name_parts(w)}
                if not _nationality(w)} - {"the", "of", "mr", "mrs", "ms"} for n in names)


def _replace(q: Quote, **changes: Any) -> Quote:
    import dataclasses

    return dataclasses.replace(q, **changes)


def quote_speaker_stage() -> Stage:
    """``Stage.corpus('quote_speakers')``: requires quotes and actor_mentions; provides
    quote_speakers (and updates the quotes' speaker_name and speaker_actor_id)."""
    return Stage.corpus(
        "quote_speakers",
        resolve_speakers,
        requires={"quotes", "actor_mentions"},
        provides={"quote_speakers"},
    )


# --- surfaces --------------------------------------------------------------------------


def quote_json(doc: ArticleDoc, q: Quote) -> dict:
    text = doc.text
    return {
        "article": doc.id,
        "content": [{"start": s, "end": e, "text": text[s:e]} for s, e in q.content],
        "text": q.content_text(text),
        "cue": {"start": q.cue[0], "end": q.cue[1], "text": text[q.cue[0] : q.cue[1]]} if q.cue else None,
        "cue_lemma": q.cue_lemma,
        "speaker": (
            {"start": q.speaker[0], "end": q.speaker[1], "text": text[q.speaker[0] : q.speaker[1]]}
            if q.speaker
            else None
        ),
        "speaker_name": q.speaker_name,
        "speaker_actor_id": q.speaker_actor_id,
        "speaker_kind": q.speaker_kind,
        "direct": q.direct,
        "mixed": q.mixed,
        "statement": is_statement(q.cue_lemma, q.direct),
        "sents": list(q.sents),
        "date": q.date,
        "confidence": q.confidence,
    }


_NOT_WORD = re.compile(r"[\W_]+")


def _merge_repeats(quotes: list[dict]) -> list[dict]:
    """One entry per statement: the same words of the same speaker in several articles (wire
    copy, a page's recurring teaser) are the earliest report, the others listed under
    ``also`` (article, content start and end, date)."""
    first: dict[str, dict] = {}
    out = []
    for q in sorted(quotes, key=lambda x: (x["date"] or "9999", x["article"], x["content"][0]["start"])):
        key = _NOT_WORD.sub(" ", q["text"].casefold()).strip()
        if key in first:
            first[key].setdefault("also", []).append(
                {"article": q["article"], "start": q["content"][0]["start"], "end": q["content"][-1]["end"], "date": q["date"]})
            continue
        first[key] = q
        out.append(q)
    return out


def _speaker_matches(q: Quote, doc: ArticleDoc, speaker: str) -> bool:
    """The speaker's canonical name (or, for an unnamed speaker, the words of the speaker
    span) holds the asked-for name: "Pence" finds Mike Pence, not Pence's chief of staff."""
    want = speaker.lower().strip()
    values = [q.speaker_name, q.speaker_actor_id] if q.speaker_name else [q.speaker_text]
    for value in values:
        if not value:
            continue
        v = value.lower()
        if want == v or want in v.split() or (len(want) > 3 and want in v):
            return True
    return False


def find_quotes(corpus: Corpus, *, speaker: str | None = None, stances: bool = True) -> list[dict]:
    """Every quote in the corpus (optionally of one speaker; without ``stances``, only the
    statements), in article and text order, as JSON-ready dicts."""
    out = []
    for doc in corpus.docs:
        for q in doc.get("quotes", ()):
            if speaker and not _speaker_matches(q, doc, speaker):
                continue
            if not stances and not is_statement(q.cue_lemma, q.direct):
                continue
            out.append(quote_json(doc, q))
    return out


def story_section(corpus: Corpus) -> list[dict]:
    """The quotes section of ``story.json``: quotes grouped by speaker, most quoted first and
    the unattributed last.
    A group's kind is its actor's type when the speaker is a canonical actor, else the
    kind of its speakers, a pronoun ("he said") taking the kind it refers to. A pronoun
    that resolves to no one is grouped within its article (the group names it). The same
    words of one speaker in several articles are one entry, the repeats under ``also``."""
    actor_type = {a.id: a.type for a in corpus.get("actors", ())}
    groups: dict[str, dict] = {}
    for doc in corpus.docs:
        for q in doc.get("quotes", ()):
            # a source that names nobody ("it is critical to ...", an unresolved "that") is
            # no speaker to group by: such quotes go with the unattributed ones
            shown = q.speaker_name or (q.speaker_text if q.speaker_kind != "none" else None)
            if not q.speaker_name and q.speaker_kind == "pronoun" and (shown or "").strip().lower() == "you":
                shown = None  # the reader addressed ("if you are happy to be contacted"): no one
            # "Activists said" opening a sentence and "activists said" are one speaker
            key = q.speaker_actor_id or (shown.casefold() if shown else "(unattributed)")
            # an unresolved pronoun ("I" of an unsigned column, "they") is someone of its own
            # article: one group per article, not one "I" for every writer in the pile
            local = not q.speaker_name and q.speaker_kind == "pronoun" and shown is not None
            if local:
                key = f"{shown.lower()}\0{doc.id}"
            g = groups.setdefault(
                key,
                {
                    "speaker": shown,
                    "actor_id": q.speaker_actor_id,
                    "kind": actor_type.get(q.speaker_actor_id, q.speaker_kind),
                    **({"article": doc.id} if local else {}),
                    "quotes": [],
                },
            )
            if g["kind"] == "pronoun" and q.speaker_kind != "pronoun":
                g["kind"] = q.speaker_kind
            g["quotes"].append(quote_json(doc, q))
            g.setdefault("_forms", Counter())[shown] += 1
    for g in groups.values():
        g["quotes"] = _merge_repeats(g["quotes"])
    # speakers by how much they said; what no one is named for last (it is the largest group
    # of a big pile, and mostly the stance of a thing: "the video showed", "it appears")
    ordered = sorted(groups.values(), key=lambda g: (g["speaker"] is None, -len(g["quotes"]), str(g["speaker"]).casefold()))
    for g in ordered:
        forms = g.pop("_forms")
        if not g["actor_id"] and g["speaker"] is not None:
            # the way the speaker is written most often, lower case first on a tie
            g["speaker"] = max(forms, key=lambda f: (forms[f], f is not None and f[:1].islower(), str(f)))
        g["count"] = len(g["quotes"])
        g["statements"] = sum(1 for q in g["quotes"] if q["statement"])
        g["quotes"].sort(key=lambda x: (x["date"] or "", x["article"], x["content"][0]["start"]))
    return ordered
