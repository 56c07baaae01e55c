"""Recognition and normalisation of temporal expressions on hand-made sentences."""

from __future__ import annotations

import pytest

from newsline.time import find_timexes


def values(text: str, dct: str | None, **kw) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct=dct, **kw)}


def one(text: str, dct: str | None, expr: str):
    found = [t for t in find_timexes(text, dct=dct) if t.text == expr]
    assert found, f"{expr!r} not found in {text!r}: {[t.text for t in find_timexes(text, dct=dct)]}"
    return found[0]


# --- the examples of the issue (from the sample articles) ----------------------------------


@pytest.mark.parametrize(
    "text, expr, typ, value",
    [
        ("the vice president's office said Tuesday.", "Tuesday", "DATE", "2018-12-11"),
        ("The Treasury Department announced sanctions Monday against top advisers.", "Monday",
         "DATE", "2018-12-10"),
        ("The commentary was published Friday.", "Friday", "DATE", "2018-12-14"),
        ("the administration's decision in recent days to raise concerns", "recent days",
         "DATE", "PAST_REF"),
        ("We will know more in the coming days.", "the coming days", "DATE", "FUTURE_REF"),
    ],
)
def test_issue_examples_dct_2018_12_16(text, expr, typ, value):
    t = one(text, "2018-12-16", expr)
    assert (t.type, t.value) == (typ, value)


def test_for_months_is_a_duration():
    t = one("Administration officials have for months said they are pushing for a summit.",
            "2018-12-16", "months")
    assert t.type == "DURATION" and t.value == "PXM"


def test_issue_examples_dct_2018_02_21():
    text = ("Pyongyang backed out less than two hours before the secret gathering was due "
            "to start on Feb. 10, officials said. Pence skipped the Feb. 9 opening ceremony "
            "dinner.")
    v = values(text, "2018-02-21")
    assert v["Feb. 10"] == ("DATE", "2018-02-10")
    assert v["Feb. 9"] == ("DATE", "2018-02-09")


@pytest.mark.parametrize(
    "text, expr, typ, value",
    [
        ("The talks collapsed in February 2008.", "February 2008", "DATE", "2008-02"),
        ("They met in February of this year.", "February of this year", "DATE", "2018-02"),
        ("It has been a decade since the talks.", "a decade", "DURATION", "P10Y"),
        ("The division has lasted seven decades.", "seven decades", "DURATION", "P70Y"),
        ("Until a year ago, nobody expected it.", "a year ago", "DATE", "2017"),
        ("He escaped six year ago.", "six year ago", "DATE", "2012"),
        ("We've been asking for the release for 17 months.", "17 months", "DURATION", "P17M"),
        ("The report came out in October 2015.", "October 2015", "DATE", "2015-10"),
        ("Trade fell last year.", "last year", "DATE", "2017"),
    ],
)
def test_issue_examples_dct_2018_05_04(text, expr, typ, value):
    t = one(text, "2018-05-04", expr)
    assert (t.type, t.value) == (typ, value)


def test_year_ago_has_year_granularity():
    t = one("Until a year ago, nobody expected it.", "2018-05-04", "a year ago")
    assert t.granularity == "year" and t.direction == "past"


def test_centuries_ago_before_the_calendar_s_first_year_is_the_past():
    dated = {t.text: t.value for t in find_timexes("It began two centuries ago, and 31 centuries ago too.",
                                                     dct="2000-05-01")}
    assert dated == {"two centuries ago": "1800", "31 centuries ago": "PAST_REF"}


def test_a_clock_time_is_not_a_year():
    text = "The quake struck at 1653 local time (2153 GMT) on Tuesday; shelling began at 1830 GMT."
    found = values(text, "2010-01-13")
    assert "1653" not in found and "1830" not in found
    assert found["Tuesday"] == ("DATE", "2010-01-12")
    # a year before a word that is not a clock's stays a year
    assert values("Elections were held in 1830 and again later.", "2010-01-13")["1830"] == ("DATE", "1830")
    # a live page's stamp: the day and month are a date, the clock time is no year
    stamp = values("19 JANUARY, 1815 GMT, ENTERING HAITI Finally we're in Haiti.", "2010-01-20")
    assert stamp.get("19 JANUARY") == ("DATE", "2010-01-19") and not any("1815" in k for k in stamp)
    assert values("It began on 19 January, 1815, in a storm.", "2010-01-20")["19 January, 1815"] == ("DATE", "1815-01-19")


@pytest.mark.parametrize(
    "text, years",
    [
        ("They won in 1995, 2004 and 2008.", ["1995", "2004", "2008"]),
        ("It was an invasion. 2004 brought a coup.", ["2004"]),
        ("He scored 3,2004 points on Flight 2012 for $1999.", []),
    ],
)
def test_a_year_after_a_comma_or_a_full_stop_is_a_year(text, years):
    assert [k for k, (typ, _) in values(text, None).items() if typ == "DATE"] == years


def test_a_live_page_s_clock_stamps_are_not_years():
    page = (
        "1526 The minister says the reports are heart-wrenching.\n"
        "1522 Rescue teams from three countries will arrive in 2010 or sooner, officials say.\n"
        "1514 Hundreds went to the clinic for treatment 1508 The archbishop is reported dead.\n"
        "1504 The island suffered four hurricanes in 2008.\n"
    )
    found = values(page, "2010-01-13")
    assert [k for k in found if k.isdigit()] == ["2010", "2008"]
    # two stamped lines are not a live page: a line opening with a year stays a year
    two = values("1994 brought an invasion.\n2004 brought a coup.\n", None)
    assert (two["1994"], two["2004"]) == (("DATE", "1994"), ("DATE", "2004"))


# --- tense decides the direction of bare weekdays and months -------------------------------


def test_future_clause_weekday_is_ahead():
    # DCT 2018-12-12 is a Wednesday
    assert one("The envoys will meet on Monday.", "2018-12-12", "Monday").value == "2018-12-17"


def test_past_clause_weekday_is_behind():
    assert one("The envoys met on Monday.", "2018-12-12", "Monday").value == "2018-12-10"


def test_weekday_of_the_dct_is_the_dct():
    assert one("The envoys met Wednesday.", "2018-12-12", "Wednesday").value == "2018-12-12"


def test_last_and_next_weekday():
    v = values("They met last Friday and will meet again next Tuesday.", "2018-12-12")
    assert v["last Friday"] == ("DATE", "2018-12-07")
    assert v["next Tuesday"] == ("DATE", "2018-12-18")


def test_month_direction_by_tense():
    assert one("The summit will take place in June.", "2018-12-12", "June").value == "2019-06"
    assert one("The summit took place in June.", "2018-12-12", "June").value == "2018-06"


def test_weekday_direction_with_parse(parse):
    doc = parse("Pompeo will travel to Pyongyang on Sunday. He met Kim on Sunday.")
    tx = find_timexes(doc.text, dct="2018-10-03", tokens=doc.tokens, sentences=doc.sentences)
    assert [t.value for t in tx] == ["2018-10-07", "2018-09-30"]
    assert [t.sent for t in tx] == [0, 1]
    assert [t.direction for t in tx] == ["future", "past"]


def test_a_modal_looks_ahead_for_a_far_date_and_back_with_have(parse):
    doc = parse("Everyone should be prepared for the worst, and that could mean a Christmas timeframe. The "
                "well could have been sealed by Christmas. The relief well might be finished in August. "
                "The ship could be located Wednesday.")
    tx = find_timexes(doc.text, dct="2010-06-14", tokens=doc.tokens, sentences=doc.sentences)
    assert [(t.text, t.value) for t in tx] == [
        ("Christmas", "2010-12-25"), ("Christmas", "2009-12-25"), ("August", "2010-08"),
        ("Wednesday", "2010-06-09")]


def test_a_date_naming_an_event_takes_the_tense_of_the_event_s_own_clause(parse):
    doc = parse("The facility has been set up to compensate victims of the April 20 well blowout that killed 11 "
                "rig workers. Officials will review the April 20 hearing that is planned for next spring.")
    tx = find_timexes(doc.text, dct="2010-11-04", tokens=doc.tokens, sentences=doc.sentences)
    assert [(t.text, t.value) for t in tx if t.text == "April 20"] == [("April 20", "2010-04-20"),
                                                                       ("April 20", "2011-04-20")]


def test_an_expectation_looks_ahead(parse):
    doc = parse("Staff from ActionAid were traveling to Haiti and should be in the country by Sunday. The "
                "money must be paid on Friday. The team should have arrived on Monday.")
    tx = find_timexes(doc.text, dct="2010-01-13", tokens=doc.tokens, sentences=doc.sentences)
    assert [(t.text, t.value) for t in tx] == [
        ("Sunday", "2010-01-17"), ("Friday", "2010-01-15"), ("Monday", "2010-01-11")]


def test_weekday_of_a_plan(parse):
    """A passive infinitive is no past tense; a plan reported in the past ("planned to go",
    "were due to start") takes the occurrence nearest the article date, either side."""
    doc = parse("A TV appeal is due to be shown on Friday. He said he planned to go to Haiti on "
                "Thursday. The talks were due to start on Monday.")
    tx = find_timexes(doc.text, dct="2010-01-13", tokens=doc.tokens, sentences=doc.sentences)
    assert [(t.text, t.value) for t in tx] == [
        ("Friday", "2010-01-15"), ("Thursday", "2010-01-14"), ("Monday", "2010-01-11")]


# --- calendar boundaries -------------------------------------------------------------------


def test_the_next_month_told_in_the_past_follows_the_story_s_month(parse):
    text = ("In September, the panel's staff director was fired. The next month, a former staffer announced plans "
            "to sue the panel. Prices will rise over the next month, analysts say.")
    doc = parse(text, published="2016-02-19")
    found = [(t.text, t.value) for t in find_timexes(doc.text, dct="2016-02-19", tokens=doc.tokens,
                                                      sentences=doc.sentences)]
    assert ("The next month", "2015-10") in found  # the month after September
    assert ("the next month", "2016-03") in found  # still ahead of the article, told in the future


def test_a_holiday_of_a_year_is_that_year_s():
    assert one("During a speech on Labor Day of 1936, Roosevelt addressed the drought.", "2008-10-12",
               "Labor Day of 1936").value == "1936-09-07"


def test_last_month_across_a_year_boundary():
    assert one("Exports fell last month.", "2019-01-05", "last month").value == "2018-12"


def test_next_year_and_last_week_across_year_boundary():
    v = values("Talks resume next year; they stalled last week.", "2018-12-31")
    assert v["next year"] == ("DATE", "2019")
    assert v["last week"] == ("DATE", "2018-W52")


def test_yesterday_across_a_month_boundary():
    assert one("The vote was held yesterday.", "2018-03-01", "yesterday").value == "2018-02-28"


def test_leap_year_yesterday_and_tomorrow():
    assert one("The vote was held yesterday.", "2016-03-01", "yesterday").value == "2016-02-29"
    assert one("The vote will be held tomorrow.", "2016-02-28", "tomorrow").value == "2016-02-29"


def test_a_year_ago_from_a_leap_day():
    t = one("Prices were lower a year ago.", "2016-02-29", "a year ago")
    assert t.value == "2015"


def test_month_day_of_the_previous_year():
    # said on 2019-01-04, "Dec. 28" in a past clause is last year's
    assert one("The ship sank on Dec. 28.", "2019-01-04", "Dec. 28").value == "2018-12-28"


def test_month_day_of_the_next_year():
    assert one("The deadline is Jan. 15.", "2018-12-20", "Jan. 15").value == "2019-01-15"


def test_feb_29_only_in_leap_years():
    assert one("It ended on Feb. 29, 2016.", "2018-01-01", "Feb. 29, 2016").value == "2016-02-29"
    assert all(t.text != "Feb. 29, 2017" for t in find_timexes("On Feb. 29, 2017 it ended.",
                                                                dct="2018-01-01"))


def test_week_numbers_follow_iso():
    # 2021-01-01 is in ISO week 53 of 2020
    assert one("Shares rose this week.", "2021-01-01", "this week").value == "2020-W53"


# --- ordinary words are not dates ------------------------------------------------------------


def test_may_the_verb_is_not_a_date():
    assert values("Officials said they May reconsider. Sanctions may follow.", "2018-05-04") == {}


def test_may_the_person_is_not_a_date():
    assert "May" not in values("Prime Minister Theresa May said so.", "2018-05-04")


def test_march_the_verb_is_not_a_date():
    assert values("Protesters march through the capital.", "2018-05-04") == {}


def test_march_the_month_is_a_date():
    assert one("The talks began in March.", "2018-05-04", "March").value == "2018-03"


def test_sunday_in_a_name_is_not_a_date():
    v = values("Bloody Sunday is remembered. He reads the Sunday Times.", "2018-05-04")
    assert "Sunday" not in v


def test_may_the_modal_with_parse(parse):
    doc = parse("North Korea may release the prisoners. Kim met Moon in May.")
    tx = find_timexes(doc.text, dct="2018-06-01", tokens=doc.tokens, sentences=doc.sentences)
    assert [(t.text, t.value) for t in tx] == [("May", "2018-05")]


# --- durations versus dates, sets, times -----------------------------------------------------


@pytest.mark.parametrize(
    "text, expr, typ, value",
    [
        ("for 17 months", "17 months", "DURATION", "P17M"),
        ("a five-year plan", "five-year", "DURATION", "P5Y"),
        ("the past three years", "the past three years", "DURATION", "P3Y"),
        ("in 2 1/2 years", "2 1/2 years", "DURATION", "P2Y6M"),
        ("for five hours", "five hours", "DURATION", "PT5H"),
        ("several weeks", "several weeks", "DURATION", "PXW"),
        ("the meeting is held daily", "daily", "SET", "P1D"),
        ("every Thursday", "every Thursday", "SET", "XXXX-WXX-4"),
        ("twice a year", "a year", "SET", "P1Y"),
        ("at 10:35 a.m. Friday", "10:35 a.m. Friday", "TIME", "2018-12-14T10:35"),
        ("this morning", "this morning", "TIME", "2018-12-16TMO"),
        ("now", "now", "DATE", "PRESENT_REF"),
        ("recently", "recently", "DATE", "PAST_REF"),
        ("the third quarter", "the third quarter", "DATE", "2018-Q3"),
        ("earlier this year", "earlier this year", "DATE", "2018"),
        ("fiscal 1990", "fiscal 1990", "DATE", "1990"),
        ("the 1990s", "the 1990s", "DATE", "199"),
        ("late 1980s", "late 1980s", "DATE", "198X"),
        ("the nineties", "the nineties", "DATE", "199"),
        ("Christmas Day", "Christmas Day", "DATE", "2018-12-25"),
        ("Mothering Sunday", "Mothering Sunday", "DATE", "2019-03-31"),  # the nearest: Easter 2019-04-21 less 21 days
        ("2018-12-11", "2018-12-11", "DATE", "2018-12-11"),
    ],
)
def test_expression_classes(text, expr, typ, value):
    t = one(text + ".", "2018-12-16", expr)
    assert (t.type, t.value) == (typ, value)


def test_earlier_this_year_has_start_mod():
    assert one("It rose earlier this year.", "2018-12-16", "earlier this year").mod == "START"


def test_no_dct_gives_underspecified_values():
    v = values("They met on Tuesday and will meet again next week; in June 2015 too.", None)
    assert v["Tuesday"] == ("DATE", "XXXX-WXX-2")
    assert v["June 2015"] == ("DATE", "2015-06")
    t = one("They met on Tuesday.", None, "Tuesday")
    assert t.anchor == "unresolved"


def test_offsets_point_into_the_text():
    text = "On Feb. 10, officials said; last year too."
    for t in find_timexes(text, dct="2018-02-21"):
        assert text[t.start:t.end] == t.text


def test_a_chronology_runs_forward_from_its_last_entry_not_from_the_article_date():
    text = ("Below is a timeline of the spill.\n"
            "April 20, 2010 - Explosion and fire on the rig.\n"
            "April 22 - The rig sinks.\n"
            "* Dec. 30: The well is sealed.\n"
            "Jan. 6 - The commission reports.\n"
            "Officials met on April 22 to review it.")
    got = [(t.text, t.value) for t in find_timexes(text, dct="2011-04-25")]
    assert got == [
        ("April 20, 2010", "2010-04-20"),
        ("April 22", "2010-04-22"),
        ("Dec. 30", "2010-12-30"),
        ("Jan. 6", "2011-01-06"),
        ("April 22", "2011-04-22"),  # not an entry: the article date decides
    ]


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Obama risked the wrath of September 11 victim's families by comparing the spill.", "September 11",
         "2001-09-11"),
        ("September 11 was about the murder of 3,000 Americans.", "September 11", "2001-09-11"),
        ("It was the worst day since the Sept. 11 attacks, he said.", "Sept. 11", "2001-09-11"),
        ("McCain compared the crisis with the attacks of Sept. 11 and called for unity.", "Sept. 11", "2001-09-11"),
        ("Police had disrupted at least 10 serious al-Qaida plots since September 11, he said.", "September 11",
         "2001-09-11"),
        ("He returns to the office where he worked before the September 11 attacks.", "September 11", "2001-09-11"),
        ("But after September 11, its US publisher suppressed the book.", "September 11", "2001-09-11"),
        ("There are still some things you cannot say about September 11.", "September 11", "2001-09-11"),
        ("Meetings occurred between al-Qaeda envoys and scientists before 11 September.", "11 September",
         "2001-09-11"),
        # a day of its own
        ("On 11 September families gathered at the site.", "11 September", "2009-09-11"),
        ("The fees will rise after September 11.", "September 11", "2010-09-11"),
        ("Staff must apply before 11 September.", "11 September", "2010-09-11"),
        ("Sales have fallen since September 11, the retailer said.", "September 11", "2009-09-11"),
        ("The board meets on September 11 to decide.", "September 11", "2010-09-11"),
    ],
)
def test_september_11_as_the_name_of_the_attacks(text, expr, value):
    assert one(text, "2010-06-14", expr).value == value


def test_a_holiday_ending_a_title_in_capitals_is_not_a_date():
    assert "Christmas" not in values("It hosted the recording of Do They Know It's Christmas in 1984.", "2010-01-20")
    assert "Christmas" not in values("They watched The Nightmare Before Christmas on TV.", "2010-01-20")
    # a headline in capitals and a name before the holiday keep it
    assert values("Bush Spends Quiet Christmas at Camp David", "2010-01-20")["Christmas"][1] == "2009-12-25"
    assert values("He met President Barack Obama Christmas morning.", "2010-01-20")["Christmas"][1] == "2009-12-25"
