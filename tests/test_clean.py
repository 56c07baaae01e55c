"""Cleaning and metadata lifting: the five sample articles, then one hand-built case per rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.ingest import patterns as P
from newsline.ingest.clean import clean_name, clean_text, parse_date

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "newsline" / "data" / "sample"


def _sample(prefix: str) -> str:
    (path,) = SAMPLE_DIR.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# Expected results, written after reading each article in full.
# removed: (1-based line, reason); the text of each line is checked against the raw file.
SAMPLES = {
    # Politico: no headline, no date, no byline; contributors and a comment widget at the end.
    "000": dict(
        title=None,
        author=None,
        publisher=None,
        published=None,
        removed=[(17, "contributor"), (18, "boilerplate")],
    ),
    # Washington Times: no headline or date line; the contact line names the author.
    "001": dict(
        title=None,
        author="Dan Boylan",
        publisher=None,
        published=None,
        removed=[(20, "contributor"), (21, "contact"), (22, "boilerplate")],
    ),
    # VICE: publisher line, headline, dek (a quote repeated from the body), byline,
    # dateline, a lone photo credit, a cover-image caption and a trailing tag list.
    "002": dict(
        title="North Korea bailed on Mike Pence two hours before a secret Olympic meeting",
        author="Tim Hume",
        publisher="VICE",
        published="2018-02-21",
        removed=[
            (1, "publisher"),
            (3, "title"),
            (5, "dek"),
            (7, "byline"),
            (8, "dateline"),
            (10, "photo_credit"),
            (42, "photo_credit"),
            (44, "tag_list"),
            (45, "tag_list"),
            (46, "tag_list"),
            (47, "tag_list"),
            (48, "tag_list"),
        ],
    ),
    # Washington Times: headline and a bare date line; a feed widget at the end.
    "003": dict(
        title="North Korea threatens to kill nuclear talks over human rights sanctions",
        author=None,
        publisher=None,
        published="2018-12-16",
        removed=[(1, "title"), (3, "dateline"), (33, "boilerplate")],
    ),
    # KEI's blog The Peninsula: site chrome above, two bylines (the first, "Author: Robert
    # King", wins), a category, a photo credit and site chrome below. "The Peninsula" above
    # the headline is the blog's masthead, confirmed by "Return to the Peninsula".
    "004": dict(
        title="Humanitarian Engagement with North Korea Could Be Important to the Success of a "
        "Trump-Kim Summit",
        author="Robert King",
        publisher="The Peninsula",
        published="2018-05-04",
        removed=[
            (1, "boilerplate"),
            (3, "boilerplate"),
            (5, "boilerplate"),
            (7, "boilerplate"),
            (9, "publisher"),
            (11, "title"),
            (13, "dateline"),
            (14, "byline"),
            (15, "category"),
            (17, "byline"),
            (51, "photo_credit"),
            (53, "boilerplate"),
            (55, "boilerplate"),
            (56, "boilerplate"),
        ],
    ),
}


@pytest.mark.parametrize("prefix", sorted(SAMPLES))
def test_sample_metadata(prefix):
    expected = SAMPLES[prefix]
    res = clean_text(_sample(prefix))
    assert res.meta.title == expected["title"]
    assert res.meta.author == expected["author"]
    assert res.meta.publisher == expected["publisher"]
    assert res.meta.published == expected["published"]
    lifted = {k for k in ("title", "author", "publisher", "published") if expected[k]}
    assert dict(res.meta.provenance) == {k: "text" for k in lifted}


@pytest.mark.parametrize("prefix", sorted(SAMPLES))
def test_sample_removed_lines(prefix):
    raw = _sample(prefix)
    raw_lines = raw.split("\n")
    res = clean_text(raw)
    assert [(r.line, r.reason) for r in res.removed] == SAMPLES[prefix]["removed"]
    for r in res.removed:
        assert r.text == raw_lines[r.line - 1].rstrip()
        assert r.reason in P.REASONS


@pytest.mark.parametrize("prefix", sorted(SAMPLES))
def test_sample_body_is_kept_whole(prefix):
    """Every line not removed is in the cleaned text, in order (no-break spaces become
    spaces, bullets and outer spaces are stripped)."""
    raw = _sample(prefix)
    res = clean_text(raw)
    gone = {r.line for r in res.removed}
    kept = [
        ln.replace("\u00a0", " ").strip().lstrip("• ")
        for n, ln in enumerate(raw.split("\n"), 1)
        if n not in gone and ln.strip()
    ]
    assert [ln for ln in res.text.split("\n") if ln] == kept
    assert "\n\n\n" not in res.text
    assert res.text == res.text.strip()
    assert all(ln == ln.rstrip() for ln in res.text.split("\n"))


def test_sample_paragraphs_keep_their_newlines():
    assert "\n\n" in clean_text(_sample("002")).text  # blank-line paragraphs
    text_001 = clean_text(_sample("001")).text
    assert "\n\n" not in text_001 and text_001.count("\n") == 18  # 19 single-newline paragraphs


def test_samples_key_sentences_survive():
    assert "Kim Yong Nam, the nominal head of state" in clean_text(_sample("002")).text
    assert clean_text(_sample("004")).text.startswith("The pending summit between President")
    assert "The views expressed here are his own." in clean_text(_sample("004")).text
    assert clean_text(_sample("003")).text.endswith("Washington established last month.")


# --- boilerplate -----------------------------------------------------------------------------

BODY = (
    "The two leaders met in Singapore on Tuesday for a summit that lasted several hours and "
    "ended with a joint statement on denuclearization."
)


@pytest.mark.parametrize(
    "line",
    [
        "Search All Site Content",
        "Subscribe to our Mailing List!",
        "Subscribe",
        "Sign up for our mailing list to keep up to date on all the latest developments.",
        "Sign up for our daily newsletter",
        "Be First to Comment",
        "Be the first to comment.",
        "Please read our comment policy before commenting.",
        "12 Comments",
        "Leave a reply",
        "Update hourly",
        "Return to the Peninsula",
        "Back to top",
        "Stay Informed",
        "Register to receive updates from KEI",
        "Total Index: 5819 publications.",
        "Advertisement",
        "Share this article",
        "Facebook Twitter Email",
        "Skip to main content",
        "All rights reserved.",
        "FULL TEXT.",
        "Read the full transcript",
    ],
)
def test_boilerplate_lines_are_removed(line):
    res = clean_text(f"{BODY}\n\n{line}\n\n{BODY}")
    assert [(r.line, r.reason) for r in res.removed] == [(3, "boilerplate")]
    assert res.text == f"{BODY}\n\n{BODY}"


def test_a_links_box_of_other_outlets_headlines_is_removed_however_long():
    box = ("UK and Ireland BP to defend spill as Obama pitches greener U.S. - 1 hr ago CBS News Obama Seeks to "
           "Show Control of Oil Spill Crisis - 1 hr ago Channel 4 News BP downgraded as Obama eyes green agenda "
           "- 3 hrs ago Houston Chronicle White House: Obama ready to seize claims process - 4 hrs ago")
    res = clean_text(f"{BODY}\n\n{box}\n\n{BODY}")
    assert [(r.line, r.reason) for r in res.removed] == [(3, "boilerplate")]
    # one age in a sentence is the sentence's own
    one = "The last update - 3 hrs ago - said the well was capped, officials told reporters on Friday."
    assert clean_text(f"{BODY}\n\n{one}\n\n{BODY}").removed == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers who subscribe to the newsletter get the story first, the editor said on Monday.",
        "Getty Images sued the company over its use of millions of photos, lawyers said Monday.",
        "Subscribe to our mailing list, the officials urged the visitors as they left the hall.",
        "By the time officials arrived, the talks had collapsed and the delegation had left.",
        "By Tuesday, officials said, the meeting had been called off for good.",
        "Reporting by the Washington Post revealed that the meeting had been planned for weeks.",
        "Photos of the meeting, released by state media, showed Kim smiling at the table.",
        "Pictures from Port-au-Prince show some of the damage caused to the capital.",
        "Image from the satellite shows the storm moving north.",
        "Stay informed, the minister told reporters, because the situation is changing quickly.",
        "Back to the drawing board, then, for the negotiators on both sides of the table.",
        "He was born on December 16, 1948, in a village near the border with China.",
        "The photo credit line said (AP) but the wire had not sent one, editors noted later.",
        "Full text of the speech was released by the White House on Monday evening.",
    ],
)
def test_no_false_removal_of_body_sentences(sentence):
    text = f"{BODY}\n\n{sentence}\n\n{BODY}"
    res = clean_text(text)
    assert res.removed == ()
    assert res.text == text


def test_bullet_prefixes_are_stripped():
    res = clean_text(f"• {BODY}\n• {BODY}\n• Jane Roe contributed to this report.")
    assert res.text == f"{BODY}\n{BODY}"
    assert res.removed[0].text == "• Jane Roe contributed to this report."
    assert res.removed[0].reason == "contributor"


# --- photo credits, contributors, contacts, categories, tags ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Getty Images",
        "AFP/Getty Images",
        "AP Photo/Ahn Young-joon",
        "Cover image: Mike Pence watches the opening ceremony on February 9, 2018. "
        "(Matthias Hangst/Getty Images)",
        "Photo from USAID U.S. Agency for International Development’s photostream on flickr "
        "Creative Commons.",
        "Photo: Reuters",
        "Photograph by Jane Doe",
        "Image courtesy of the Ministry of Unification",
        "Kim Jong Un waves to the crowd in Pyongyang on Sunday. (Ed Jones/AFP)",
        "Bloomberg via Getty Images.",
        "Getty.",
    ],
)
def test_photo_credits_are_removed(line):
    res = clean_text(f"{BODY}\n\n{line}\n\n{BODY}")
    assert [(r.line, r.reason) for r in res.removed] == [(3, "photo_credit")]


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Nahal Toosi, Elana Schor and Burgess Everett contributed to this report.", "contributor"),
        ("Dave Boyer contributed to this report.", "contributor"),
        ("The Associated Press contributed reporting to this story.", "contributor"),
        ("Reporting by Hyonhee Shin; Editing by Michael Perry", "contributor"),
        ("Additional reporting by Josh Smith in Seoul", "contributor"),
        ("Dan Boylan can be reached at dboylan@washingtontimes.com.", "contact"),
        ("Follow Tim Hume on Twitter @timhume", "contact"),
        ("Email: news@example.org", "contact"),
        ("Category: North Korea", "category"),
        ("Filed under: Politics, Asia", "category"),
        ("Tags: North Korea, Mike Pence, Olympics", "tag_list"),
    ],
)
def test_trailer_lines_are_removed(line, reason):
    res = clean_text(f"{BODY}\n{line}")
    assert [(r.line, r.reason) for r in res.removed] == [(2, reason)]
    assert res.text == BODY


def test_contact_line_names_the_author_when_there_is_no_byline():
    res = clean_text(f"{BODY}\nDan Boylan can be reached at dboylan@washingtontimes.com.")
    assert res.meta.author == "Dan Boylan"
    res = clean_text(f"By Jane Roe\n\n{BODY}\nDan Boylan can be reached at d@example.com.")
    assert res.meta.author == "Jane Roe"


def test_contact_line_needs_an_address():
    text = f"{BODY}\nThe minister can be reached through his office, aides said on Sunday."
    assert clean_text(text).removed == ()


def test_trailing_tag_list():
    res = clean_text(f"{BODY}\n\nSouth Korea\nkim jong-un\nWinter Olympics\nmike pence\n")
    assert [r.reason for r in res.removed] == ["tag_list"] * 4
    assert res.text == BODY


def test_single_short_last_line_is_not_a_tag_list():
    text = f"{BODY}\n\nThe end"
    assert clean_text(text).removed == ()


def test_short_lines_inside_the_body_are_not_tags():
    text = f"{BODY}\n\nSouth Korea\nJapan\n\n{BODY}"
    assert clean_text(text).removed == ()


# --- metadata: title ---------------------------------------------------------------------------


def test_title_at_the_top():
    res = clean_text(f"Trump and Kim meet in Singapore\n\n{BODY}")
    assert res.meta.title == "Trump and Kim meet in Singapore"
    assert [(r.line, r.reason) for r in res.removed] == [(1, "title")]
    assert res.text == BODY


def test_top_line_is_a_title_only_as_its_own_paragraph():
    # one sentence a line: the first line is the body's first sentence, not a headline
    text = f"Has the bloodlust for BP gone too far?\n{BODY}\n{BODY}"
    res = clean_text(text)
    assert res.meta.title is None and res.text == text
    assert clean_text(f"Has the bloodlust for BP gone too far?\n\n{BODY}").meta.title is not None


def test_no_title_when_the_text_starts_with_the_body():
    res = clean_text(f"{BODY}\n\n{BODY}")
    assert res.meta.title is None
    assert res.removed == ()


def test_short_first_sentence_is_not_a_title():
    text = f"It happened again.\n\n{BODY}"
    res = clean_text(text)
    assert res.meta.title is None and res.text == text


def test_a_lone_heading_is_not_lifted_when_nothing_would_be_left():
    res = clean_text("Trump and Kim meet in Singapore")
    assert res.meta.title is None
    assert res.text == "Trump and Kim meet in Singapore"


def test_masthead_above_title_and_dek_below_it():
    text = (
        "World News\n\nKim and Moon agree to end the war this year\n\n"
        "A joint declaration, signed at the border.\n\nBy Jane Roe\n\n" + BODY
    )
    res = clean_text(text)
    assert res.meta.title == "Kim and Moon agree to end the war this year"
    assert [(r.line, r.reason) for r in res.removed] == [
        (1, "masthead"),
        (3, "title"),
        (5, "dek"),
        (7, "byline"),
    ]
    assert res.meta.publisher is None  # a masthead alone is not called the publisher


def test_title_after_the_date_line():
    res = clean_text(f"May 4, 2018\n\nTrump and Kim meet in Singapore\n\n{BODY}")
    assert res.meta.title == "Trump and Kim meet in Singapore"
    assert res.meta.published == "2018-05-04"


def test_known_title_only_removes_a_line_that_repeats_it():
    text = f"Trump and Kim meet in Singapore\n\n{BODY}"
    res = clean_text(text, known_title="Trump and Kim meet in Singapore | Example News")
    assert [(r.line, r.reason) for r in res.removed] == [(1, "title")]
    res = clean_text(text, known_title="Something else entirely happened today")
    assert res.removed == () and res.meta.title is None and res.text == text


# --- metadata: author ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,author",
    [
        ("by Tim Hume", "Tim Hume"),
        ("By Robert R. King", "Robert R. King"),
        ("Author: Robert King", "Robert King"),
        ("BY JANE ROE", "Jane Roe"),  # print style, in capitals
        ("By Anna Fifield and Simon Denyer", "Anna Fifield, Simon Denyer"),
        ("By John Smith, Associated Press", "John Smith"),
        ("By Jean-Luc O'Neill, Staff Writer", "Jean-Luc O'Neill"),
        ("Written by Ahmed bin Salman", "Ahmed bin Salman"),
        ("By JOSH BOAK and ZEKE MILLER Associated Press", "Josh Boak, Zeke Miller"),
        ("By Dr. Jack Wheeler", "Jack Wheeler"),
    ],
)
def test_bylines(line, author):
    res = clean_text(f"{line}\n\n{BODY}")
    assert res.meta.author == author
    if author:
        assert [(r.line, r.reason) for r in res.removed] == [(1, "byline")]


def test_byline_with_date():
    res = clean_text(f"By Tim Hume | Feb 21 2018, 12:25pm\n\n{BODY}")
    assert (res.meta.author, res.meta.published) == ("Tim Hume", "2018-02-21")
    res = clean_text(f"By Tim Hume Feb 21 2018\n\n{BODY}")
    assert (res.meta.author, res.meta.published) == ("Tim Hume", "2018-02-21")


def test_first_byline_wins():
    res = clean_text(f"Author: Robert King\n\nBy Robert R. King\n\n{BODY}")
    assert res.meta.author == "Robert King"
    assert [r.reason for r in res.removed] == ["byline", "byline"]


def test_byline_glued_to_a_sentence_is_not_removed():
    # (a correspondent's signature before an outlet is cut from the sentence: see below)
    for line in [
        "Written by Dr. Jack Wheeler The O-man, Barack Hussein Obama, is an eloquently tailored empty suit.",
        "By Ezra Klein | June 17, 2009; 2:46 PM ET The comments to this entry are closed and gone.",
    ]:
        res = clean_text(f"{BODY}\n{line}\n{BODY}")
        assert res.removed == () and res.meta.author is None, line


def test_long_labelled_photo_line_keeps_its_text():
    # the credit run into the text is cut off; the text after it stays
    line = "Photograph: AP Hollywood star Jane Fonda is planning to take a bus tour across America to call for action."
    out = clean_text(f"{BODY}\n{line}\n{BODY}")
    assert [(r.text, r.reason) for r in out.removed] == [("Photograph: AP", "photo_credit")]
    assert "\nHollywood star Jane Fonda is planning" in out.text


@pytest.mark.parametrize(
    ("line", "credit", "rest"),
    [
        ("Photograph: Martin Argles Robin Cook, who has died suddenly at the age of 59, was one of the most gifted parliamentarians of his time.",
         "Photograph: Martin Argles", "Robin Cook, who has died"),
        ("Photograph: al-Jazeera/Reuters Osama bin Laden's deputy blamed the foreign policy of the government for the bombings in a video shown today.",
         "Photograph: al-Jazeera/Reuters", "Osama bin Laden's deputy"),
        ("(By Andrew Harrer -- Bloomberg News) You know you're in a heap of trouble when the Fed calls.",
         "(By Andrew Harrer -- Bloomberg News)", "You know you're in"),
        ("(Jason Reed -- Reuters) Sens. John McCain and Barack Obama will meet at the White House today.",
         "(Jason Reed -- Reuters)", "Sens. John McCain"),
        ("(AP Photo/Alastair Grant) (Alastair Grant - AP) BP PLC Chief Executive Bob Dudley speaks at a press "
         "conference at their headquarters in London.", "(AP Photo/Alastair Grant) (Alastair Grant - AP)", "BP PLC Chief"),
        ("(Charles Dharapak - AP) President Bush pauses during a press conference with the finance ministers in "
         "the Rose Garden.", "(Charles Dharapak - AP)", "President Bush pauses"),
    ],
)
def test_photo_credit_run_into_text_is_split_off(line, credit, rest):
    out = clean_text(f"{BODY}\n{line}\n{BODY}")
    assert [(r.text, r.reason) for r in out.removed] == [(credit, "photo_credit")]
    assert f"\n{rest}" in out.text


@pytest.mark.parametrize(
    ("line", "signature", "author", "rest"),
    [
        ("Jim Muir BBC News, Beirut The Istanbul meeting faces a mass of dilemmas, contradictions and complexities.",
         "Jim Muir BBC News, Beirut", "Jim Muir", "The Istanbul meeting faces"),
        ("Andy Gallacher BBC News, Miami Barack Obama called the oil spill the worst environmental disaster of its kind.",
         "Andy Gallacher BBC News, Miami", "Andy Gallacher", "Barack Obama called"),
        ("Christian Fraser, BBC News, Jacmel Jacmel, a former colonial coffee town, is desperate for help.",
         "Christian Fraser, BBC News, Jacmel", "Christian Fraser", "Jacmel, a former colonial"),
        ("Barbara Plett BBC News, United Nations The General Assembly was very much a plan B for the sponsors.",
         "Barbara Plett BBC News, United Nations", "Barbara Plett", "The General Assembly"),
        ("Lyse Doucet BBC News, Masnaa border crossing, Lebanon In the middle of the day, the heat is scorching.",
         "Lyse Doucet BBC News, Masnaa border crossing, Lebanon", "Lyse Doucet", "In the middle"),
        ("By Richard Black Environment correspondent, BBC News The oil has covered waters key to creatures such as crabs.",
         "By Richard Black Environment correspondent, BBC News", "Richard Black", "The oil has covered"),
    ],
)
def test_a_correspondent_signature_run_into_text_is_a_byline(line, signature, author, rest):
    out = clean_text(f"{BODY}\n{line}\n{BODY}")
    assert [(r.text, r.reason) for r in out.removed] == [(signature, "byline")]
    assert f"\n{rest}" in out.text
    # it signs the article when it opens it; below text it signs one section of a live page
    assert out.meta.author is None
    assert clean_text(f"{line}\n{BODY}").meta.author == author


def test_a_headline_run_into_a_signature_stays_and_a_title_after_an_outlet_is_no_signature():
    line = "Syria crisis: Counting the victims By Jastinder Khera BBC News The number of those killed is disputed."
    out = clean_text(f"{BODY}\n{line}\n{BODY}")
    assert [(r.text, r.reason) for r in out.removed] == [("By Jastinder Khera BBC News", "byline")]
    assert "\nSyria crisis: Counting the victims\nThe number of those killed" in out.text
    said = "Peter Horrocks, BBC World Service Director, said: 'We believe our new service will be welcome.'"
    assert clean_text(f"{BODY}\n{said}\n{BODY}").removed == ()
    mention = "Dr Kessler told BBC News, Washington that the plume was far larger than thought."
    assert clean_text(f"{BODY}\n{mention}\n{BODY}").removed == ()


def test_a_wire_credit_run_into_the_comments_notice_is_cut_and_the_comments_go():
    line = ("(Editing by Deborah Charles and Doina Chiacu) We welcome comments that advance the story through "
            "relevant opinion, anecdotes, links and data.")
    out = clean_text(f"{BODY}\n\n{BODY}\n\n{line}\n\nA reader writes that the plan is good.")
    assert [r.reason for r in out.removed] == ["contributor", "comments", "comments"]
    assert out.text == f"{BODY}\n\n{BODY}"


def test_a_dash_inside_parentheses_in_a_sentence_is_no_photo_credit():
    line = "(The senator -- a Democrat -- said no.) The committee met again on Monday to vote."
    assert clean_text(f"{BODY}\n{line}\n{BODY}").removed == ()


def test_publication_stamp_run_into_text_is_a_dateline():
    text = (
        "Wednesday 27 July 2005 23.59 BST It was so attractive that the people of the city came out to see it.\n"
        f"{BODY}\nThe future of war, as Philip Ball reports Thursday 4 August 2005 00.02 BST The third world war has started, says the professor.\n{BODY}"
    )
    out = clean_text(text)
    assert [(r.text, r.reason) for r in out.removed] == [
        ("Wednesday 27 July 2005 23.59 BST", "dateline"), ("Thursday 4 August 2005 00.02 BST", "dateline"),
    ]
    assert out.meta.published == "2005-07-27"
    assert out.text.startswith("It was so attractive")
    assert "as Philip Ball reports\nThe third world war has started" in out.text


def test_clean_name():
    assert clean_name("Robert R. King") == "Robert R. King"
    assert clean_name("Martin Luther King Jr.") == "Martin Luther King Jr."
    assert clean_name("Ludwig van Beethoven") == "Ludwig van Beethoven"
    assert clean_name("Tuesday morning") is None
    assert clean_name("the staff") is None
    assert clean_name("Madonna") is None
    assert clean_name("Robert R.") is None
    assert clean_name("Dr. Jack Wheeler") == "Jack Wheeler"
    assert clean_name("Rami Ruhayem BBC News") is None


# --- metadata: publisher -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,publisher",
    [
        ("News by VICE", "VICE"),
        ("© 2018 The Washington Times, LLC.", "The Washington Times"),
        ("Copyright 2018 Reuters. All rights reserved.", "Reuters"),
    ],
)
def test_publisher_lines(line, publisher):
    res = clean_text(f"{BODY}\n\n{line}")
    assert res.meta.publisher == publisher
    assert [r.reason for r in res.removed] == ["publisher"]


def test_masthead_confirmed_by_return_link_is_the_publisher():
    text = f"The Peninsula\n\nA headline about the summit in Singapore\n\nBy Jane Roe\n\n{BODY}\n\nReturn to the Peninsula"
    res = clean_text(text)
    assert res.meta.publisher == "The Peninsula"
    assert [r.reason for r in res.removed] == ["publisher", "title", "byline", "boilerplate"]


# --- metadata: published date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,iso",
    [
        ("Feb 21 2018, 12:25pm", "2018-02-21"),
        ("Published May 4, 2018", "2018-05-04"),
        ("December 16, 2018", "2018-12-16"),
        ("Published: Tuesday 21 February 2018 10.00 GMT", "2018-02-21"),
        ("Posted on Sept. 5, 2018 at 3:15 p.m. ET", "2018-09-05"),
        ("2018-02-21", "2018-02-21"),
        ("Published 2:37 PM EST Feb 21, 2018", "2018-02-21"),
        ("21 February 2018 • 12:25pm", "2018-02-21"),
        ("February 21, 2018 / 12:25 PM / Updated 5 years ago", "2018-02-21"),
        ("Feb 21, 2018 | 3 min read", "2018-02-21"),
        ("LONDON | Tue Mar 15, 2011 1:48 pm GMT", "2011-03-15"),
        ("DERAA, Syria | Sat Mar 26, 2011 11:08 pm GMT", "2011-03-26"),
    ],
)
def test_datelines(line, iso):
    res = clean_text(f"{line}\n\n{BODY}")
    assert res.meta.published == iso
    assert [(r.line, r.reason) for r in res.removed] == [(1, "dateline")]


def test_wire_dateline_run_into_the_lead_is_cut_off():
    raw = f"LONDON | Tue Mar 15, 2011 1:48 pm GMT LONDON (Reuters) - {BODY}\nMore text."
    res = clean_text(raw)
    assert res.text == f"LONDON (Reuters) - {BODY}\nMore text."
    assert res.meta.published == "2011-03-15"
    assert [(r.line, r.text, r.reason) for r in res.removed] == [
        (1, "LONDON | Tue Mar 15, 2011 1:48 pm GMT", "dateline")]
    # a wire lead without a dateline before it is body text
    assert clean_text(f"Crowds gathered on Sunday, LONDON (Reuters) - {BODY}").removed == ()


def test_a_reader_comments_section_ends_the_article():
    raw = (f"{BODY}\nThe talks resume next week.\n"
           "Views expressed in the comments do not represent those of Reuters.\n"
           "Oh, I forgot they have no oil!\nThis discussion is now closed.\n"
           "We welcome comments on our articles for a limited period after their publication.\n")
    res = clean_text(raw)
    assert res.text == f"{BODY}\nThe talks resume next week."
    assert [(r.line, r.reason) for r in res.removed] == [(k, "comments") for k in (3, 4, 5, 6)]
    # a comment's signature, anywhere in a line, opens the section too
    raw = (f"{BODY}\nThe talks resume next week.\nGreat piece, thanks. Posted by: Abc12 | September 17, "
           "2008 10:53 AM | Report abuse Far too much is made of it.\nI agree.\n")
    assert clean_text(raw).text == f"{BODY}\nThe talks resume next week."
    for signature in ("At 10:14 am on 28 May 2010, pzero wrote:", "At 13:44 20th Jan 2012, Abc12 wrote:",
                      "Posted by: Abc12 | January 16, 2009 8:56 PM", "abc12 | January 16, 2009 9:02 PM"):
        raw = f"{BODY}\nThe talks resume next week.\n{signature} They never learn.\nI agree.\n"
        assert clean_text(raw).text == f"{BODY}\nThe talks resume next week."
    # a notice before any paragraph of the article is no comments section
    assert clean_text(f"We welcome comments on this series.\n\n{BODY}").text.endswith(BODY)


def test_a_page_s_last_updated_stamp_after_the_headline_is_cut_as_an_update_time():
    out = clean_text("Envoy briefs council on Norland 16 March 2012 Last updated at 14:51 GMT Help The envoy is "
                     f"briefing the council on his mission today, officials said.\n{BODY}")
    assert [(r.text, r.reason) for r in out.removed] == [("16 March 2012 Last updated at 14:51 GMT Help", "dateline")]
    assert out.text.startswith("Envoy briefs council on Norland\nThe envoy is briefing")
    assert out.meta.published is None  # an update time, not the publication


def test_a_page_last_updated_stamp_run_into_the_first_line_is_cut():
    for stamp in ("Page last updated at 11:51 GMT, Friday, 29 January 2010 "
                  "(an error occurred while processing this directive)",
                  "Page last updated at 07:41 GMT, Wednesday, 9 June 2010 08:41 UK"):
        out = clean_text(f"{stamp} Wyclef Jean says his former group should record a charity single.\n{BODY}")
        assert [(r.text, r.reason) for r in out.removed] == [(stamp, "dateline")]
        assert out.text.startswith("Wyclef Jean says")
        assert out.meta.published is None  # an update time, not the publication


def test_a_us_paper_s_stamp_run_into_the_first_line_is_the_publication_dateline():
    out = clean_text(f"Sunday, November 28, 2010; 6:43 PM BP has agreed to sell its share of an oil company.\n{BODY}")
    assert [(r.text, r.reason) for r in out.removed] == [("Sunday, November 28, 2010; 6:43 PM", "dateline")]
    assert out.text.startswith("BP has agreed")
    assert out.meta.published == "2010-11-28"
    # a date in the text with no time after it stays
    line = "Sunday, November 28, 2010, was the day BP agreed to sell its share."
    assert clean_text(f"{BODY}\n{line}").text.endswith(line)


@pytest.mark.parametrize("stamp", ["Clare Spencer | 09:51 UK time, Friday, 28 May 2010", "12:13 UK time, Friday, 28 May 2010"])
def test_a_blog_post_s_stamp_run_into_the_first_line_is_the_publication_dateline(stamp):
    out = clean_text(f"{stamp} Commentators react to the president's handling of the oil spill.\n{BODY}")
    assert [(r.text, r.reason) for r in out.removed] == [(stamp, "dateline")]
    assert out.text.startswith("Commentators react")
    assert out.meta.published == "2010-05-28"


def test_a_story_toolbar_run_into_the_first_line_is_cut():
    out = clean_text("” This Story: Read + | Watch + | Talk + | Latvians gathered in Riga's Old Town this month "
                     f"to protest their government's handling of the crisis.\n{BODY}")
    assert [(r.text, r.reason) for r in out.removed] == [("” This Story: Read + | Watch + | Talk + |", "boilerplate")]
    assert out.text.startswith("Latvians gathered in Riga's Old Town")


def test_updated_date_is_not_the_publication_date():
    res = clean_text(f"Updated 5:32 PM ET, Tue February 20, 2018\n\n{BODY}")
    assert res.meta.published is None
    res = clean_text(f"Updated: Feb 22, 2018 at 10:00 a.m. ET\n\n{BODY}")
    assert res.meta.published is None
    assert [r.reason for r in res.removed] == ["dateline"]
    res = clean_text(f"Updated: Feb 22, 2018\nPublished Feb 21, 2018\n\n{BODY}")
    assert res.meta.published == "2018-02-21"


def test_bare_date_inside_the_body_is_kept():
    text = f"{BODY}\n\nJune 12, 2018\n\n{BODY}"
    res = clean_text(text)
    assert res.removed == () and res.meta.published is None


def test_no_date_means_none_not_today():
    res = clean_text(f"Trump and Kim meet in Singapore\n\n{BODY}")
    assert res.meta.published is None


def test_parse_date_is_absolute_only():
    assert parse_date("Feb 21 2018") == "2018-02-21"
    assert parse_date("yesterday") is None
    assert parse_date("December 2018") is None  # no day: not filled from today
    assert parse_date("February 30, 2018") is None


# --- text shape ----------------------------------------------------------------------------------


def test_blank_line_runs_collapse_and_trailing_spaces_go():
    res = clean_text(f"{BODY}   \n\n\n\n{BODY}\r\n\r\n")
    assert res.text == f"{BODY}\n\n{BODY}"


def test_removed_line_between_paragraphs_leaves_one_blank_line():
    res = clean_text(f"{BODY}\n\nGetty Images\n\n{BODY}")
    assert res.text == f"{BODY}\n\n{BODY}"


def test_crlf_line_numbers():
    res = clean_text(f"{BODY}\r\nGetty Images\r\n{BODY}")
    assert [(r.line, r.text) for r in res.removed] == [(2, "Getty Images")]


def test_empty_input():
    res = clean_text("")
    assert res.text == "" and res.removed == ()
    res = clean_text("Subscribe\nBe First to Comment\n")
    assert res.text == "" and len(res.removed) == 2


def test_a_footer_notice_run_onto_the_last_line_is_cut_off():
    last = ("Ann Whitlow is the head of a charity for widows. Letters for publication should be sent to: "
            "letters@example.co.uk If you need help using the site: help@example.co.uk This article appeared "
            "on p16 of the G2 section of the Daily Example on Thursday 28 July 2005.")
    out = clean_text(f"{BODY}\n{last}\nThis article appeared in the journal Nature last week, she said.")
    assert out.text.endswith("Ann Whitlow is the head of a charity for widows.\nThis article appeared in the journal Nature last week, she said.")
    assert [r.reason for r in out.removed] == ["boilerplate"]
    assert out.removed[0].text.startswith("Letters for publication") and out.removed[0].text.endswith("28 July 2005.")
    # a line that is only the notice goes whole
    assert clean_text(f"{BODY}\nThis article appeared on page 3 of the Observer on Sunday.").text == BODY


def test_a_comment_opening_on_its_stamp_ends_the_article():
    raw = (f"{BODY}\n2nd July 2011 - 13:45 “If I have a pistol by my side, I will never hesitate.”\n"
           "10th August 2011 - 11:12 So Sunni doesn't support Shia, well that's a surprise.")
    out = clean_text(raw)
    assert out.text == BODY and [r.reason for r in out.removed] == [P.COMMENTS] * 2
    # a chronology's entry has no clock time
    entry = "22nd January 2012 - The Arab League extends its mission in Syria by a month."
    assert clean_text(f"{BODY}\n{entry}").text.endswith(entry)


def test_the_print_edition_s_notice_ends_the_article():
    raw = (f"{BODY}\nA version appeared on p1 of the Main section section of the Daily Example on Follow all the "
           "top stories of the day on Twitter with our world news team\n"
           "Find out more and buy the ebook on Kindle from Amazon UK and US or iTunes UK or US\n"
           "Anyone can help and contribute to the project.")
    out = clean_text(raw)
    assert out.text == BODY
    assert [r.reason for r in out.removed] == [P.BOILERPLATE] * 3
    # a version of a text that appeared elsewhere, in prose, is no notice
    prose = f"{BODY}\nA version of the report appeared in the journal Nature last week, she said.\n{BODY}"
    assert clean_text(prose).text == prose


def test_a_wire_story_s_summary_points_and_byline_run_into_its_lead_are_lines_of_their_own():
    raw = ("* Combines social and console games in web browser * Opened first game, Gunshine.net, to public this "
           "week By Tarmo Virki, European Technology Correspondent HELSINKI, May 25 (Reuters) - Finnish online "
           "start-up Supercell has raised $12 million from venture capital firms.\n"
           "The firm builds free games that can be played in a browser, it said on Wednesday.")
    out = clean_text(raw)
    assert out.text.split("\n") == [
        "* Combines social and console games in web browser",
        "* Opened first game, Gunshine.net, to public this week",
        "HELSINKI, May 25 (Reuters) - Finnish online start-up Supercell has raised $12 million from venture "
        "capital firms.",
        "The firm builds free games that can be played in a browser, it said on Wednesday."]
    assert [(r.reason, r.text) for r in out.removed] == [
        (P.BYLINE, "By Tarmo Virki, European Technology Correspondent")]
    assert out.meta.author == "Tarmo Virki"
    # an update note goes; a line that only opens with a star is left as it is
    noted = ("* Albania cenbank keeps rates on hold at 5.25 pct (Updates with reserve interest decision) TIRANA, "
             "April 27 (Reuters) - Albania's central bank kept interest rates on hold on Wednesday.")
    assert clean_text(noted).text.split("\n")[1].startswith("TIRANA, April 27 (Reuters) - Albania's")
    plain = "* The bank kept its main rate at 5.25 percent, as expected by analysts polled last week."
    assert clean_text(plain).text == plain


def test_a_market_close_run_into_a_chronology_entry_is_a_line_of_its_own():
    raw = ("Timeline of the crisis\n"
           "The Tribune Co. files for Chapter 11 bankruptcy protection.\n"
           "Dow Jones Industrial Average : -242.85 House Speaker Nancy Pelosi says the plan will pass.\n"
           "Dow Jones Industrial Average: +64.59 A $14 billion bailout for Detroit fails in the Senate.\n"
           "The Dow fell 3 percent on Monday.")
    lines = clean_text(raw).text.split("\n")
    assert "Dow Jones Industrial Average : -242.85" in lines
    assert "House Speaker Nancy Pelosi says the plan will pass." in lines
    assert "A $14 billion bailout for Detroit fails in the Senate." in lines
    assert "The Dow fell 3 percent on Monday." in lines  # no figure label: untouched


@pytest.mark.parametrize(
    "line, kept",
    [
        ("(AP Photo) President Obama warned Sunday that the oil spill nearing the Gulf coast is a potentially "
         "unprecedented disaster.",
         ["President Obama warned Sunday that the oil spill nearing the Gulf coast is a potentially unprecedented "
          "disaster."]),
        ("(AP Photo\\/Charles Dharapak) (Charles Dharapak - AP) (Photos By Melina Mara -- The Washington Post) "
         "Officials from 20 major countries endorsed a coordinated approach.",
         ["Officials from 20 major countries endorsed a coordinated approach."]),
        ("(AP) President Obama on Saturday reassured Prime Minister David Cameron that his frustration over the "
         "spill is not an attack on Britain.",
         ["President Obama on Saturday reassured Prime Minister David Cameron that his frustration over the spill "
          "is not an attack on Britain."]),
        ("(nN07171381) Hayward, BP's chief executive, was seen by Reuters with a senior official from another Abu "
         "Dhabi fund, a report said.",
         ["Hayward, BP's chief executive, was seen by Reuters with a senior official from another Abu Dhabi fund, "
          "a report said."]),
        ("(By Alex Wong -- Getty Images For “Meet The Press”) David Brancaccio of PBS says journalists too often "
         "accept what smart people hand down to them.",
         ["David Brancaccio of PBS says journalists too often accept what smart people hand down to them."]),
        ("AP Photo/Patrick Semansky Oil-dispersing chemicals used to clean the vast BP spill in the Gulf of Mexico "
         "carry their own environmental risks, experts say.",
         ["Oil-dispersing chemicals used to clean the vast BP spill in the Gulf of Mexico carry their own "
          "environmental risks, experts say."]),
        ("BP, via AP BP CEO Tony Hayward said the company should know within 12 or 24 hours whether their latest "
         "attempt to cap the oil spill is working.",
         ["BP CEO Tony Hayward said the company should know within 12 or 24 hours whether their latest attempt to "
          "cap the oil spill is working."]),
        ("The converted tanker A Whale, 14 miles northwest of the spill site Photograph: Lyle Ratliff/Reuters "
         "A whale of an oil skimmer is being put through its paces in the Gulf of Mexico.",
         ["The converted tanker A Whale, 14 miles northwest of the spill site",
          "A whale of an oil skimmer is being put through its paces in the Gulf of Mexico."]),
        # an agency of two words at the end of the credit, and an illustrator's credit
        ("Photograph: Jim Watson/AFP/Getty Images Prolonged exposure to crude oil and chemical dispersants is a "
         "public health danger, environmental scientists warned yesterday.",
         ["Prolonged exposure to crude oil and chemical dispersants is a public health danger, environmental "
          "scientists warned yesterday."]),
        ("Barack Obama speaks to a parish president at Port Fourchon Beach, Louisiana. Photograph: Jim Watson/AFP/"
         "Getty Images Prolonged exposure to crude oil is a danger, scientists warned.",
         ["Barack Obama speaks to a parish president at Port Fourchon Beach, Louisiana.",
          "Prolonged exposure to crude oil is a danger, scientists warned."]),
        ("Illustration: Paul Scruton for the Guardian BP's report into the Deepwater Horizon oil well disaster "
         "contains a detailed timeline of events.",
         ["BP's report into the Deepwater Horizon oil well disaster contains a detailed timeline of events."]),
    ],
)
def test_a_photo_credit_run_into_a_line_goes_and_the_text_stays(line, kept):
    # (the cases below the decorator's: an agency's bare credit, a wire's story code, a credit
    # naming the show it was taken for)
    result = clean_text("Oil spill update\nThe well was capped on Thursday after weeks of work.\n" + line)
    lines = result.text.split("\n")
    assert [x for x in lines if x in kept] == kept
    assert not any("Photo" in x for x in lines)
    assert any(r.reason == P.PHOTO_CREDIT for r in result.removed)


def test_a_page_s_instruction_to_click_goes_however_long_and_what_it_runs_into_stays():
    raw = ("Politics live\nThe vote was held on Tuesday.\n"
           "Click on the links below to talk about anything political - from the Iraq war, to the government's "
           "transport policy, to who's the best-looking MP - with one of the most informed and passionate "
           "political audiences online.\n"
           "Click on any image to get a bigger picture December 9: The photographer travelled with US marines.\n"
           "Click on the map to see where the fighting is.\n"
           "Readers who click on links in the email are tracked, the report said.")
    result = clean_text(raw)
    assert result.text.split("\n") == [
        "Politics live", "The vote was held on Tuesday.",
        "December 9: The photographer travelled with US marines.",
        "Readers who click on links in the email are tracked, the report said."]
    assert [r.reason for r in result.removed] == [P.BOILERPLATE] * 3


def test_a_newsletter_s_call_to_sign_up_goes_and_a_delivery_in_the_news_stays():
    raw = ("Get the Morning Fix and the new Afternoon Fix delivered to your inbox or mobile device for easy "
           "access to the top political stories of the day.\n"
           "All you need is one click to get Morning Fix and Afternoon Fix!\n"
           "Send an email with “Politics and Pints” in the subject line to us and we'll make sure you know about "
           "upcoming “Politics and Pints” events.\n"
           "First thoughts on the president's press conference on the oil spill.\n"
           "The courier said he would get the ballots delivered to your county clerk by Friday.")
    result = clean_text(raw)
    assert result.text.split("\n") == [
        "First thoughts on the president's press conference on the oil spill.",
        "The courier said he would get the ballots delivered to your county clerk by Friday."]
    assert [r.reason for r in result.removed] == [P.BOILERPLATE] * 3


def test_utf8_read_as_a_one_byte_code_page_is_repaired_and_nothing_else_changes():
    res = clean_text(f"{BODY}\n\nFrench President FranÃ§ois Hollande spoke at GuantÃ¡namo Bay, he said.")
    assert "François Hollande" in res.text and "Guantánamo" in res.text
    clean = f"{BODY}\n\nPelé’s goal at the Café “Zoë” — in São Paulo — was the résumé’s end, he said."
    assert clean_text(clean).text == clean
