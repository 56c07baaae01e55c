"""Cleaning heuristics as data: the line patterns, word lists and thresholds clean.py uses.

Every pattern is matched against one whole line (after bullets are stripped and spaces
collapsed), never against a substring of a sentence, so a body sentence that mentions
"subscribe" or "Getty Images" is never removed. Patterns are compiled case-insensitive
unless a comment says otherwise.
"""

from __future__ import annotations

import re

# --- reason codes ------------------------------------------------------------------------
# The reason recorded with every removed line (RemovedLine.reason).

BOILERPLATE = "boilerplate"  # web page debris: navigation, sign-up, comment widgets
BYLINE = "byline"  # "by Tim Hume", "Author: Robert King" (lifted into Metadata.author)
DATELINE = "dateline"  # "Feb 21 2018, 12:25pm", "Published May 4, 2018" (-> published)
TITLE = "title"  # the headline at the top (-> Metadata.title)
PUBLISHER = "publisher"  # "News by VICE", "(c) 2018 The Times" (-> Metadata.publisher)
MASTHEAD = "masthead"  # site or section name above the headline
DEK = "dek"  # standfirst / subtitle between the headline and the byline
PHOTO_CREDIT = "photo_credit"  # "Getty Images", "Cover image: ...", "(X/Getty Images)"
CATEGORY = "category"  # "Category: North Korea", "Filed under: ..."
TAG_LIST = "tag_list"  # trailing list of topic tags
CONTRIBUTOR = "contributor"  # "X contributed to this report", "Reporting by X"
CONTACT = "contact"  # "X can be reached at x@example.com", "Follow X on Twitter @x"
COMMENTS = "comments"  # a reader-comments section: its notice line and every line after it

REASONS: tuple[str, ...] = (
    BOILERPLATE,
    BYLINE,
    DATELINE,
    TITLE,
    PUBLISHER,
    MASTHEAD,
    DEK,
    PHOTO_CREDIT,
    CATEGORY,
    TAG_LIST,
    CONTRIBUTOR,
    CONTACT,
    COMMENTS,
)

_I = re.IGNORECASE

# --- line normalisation -------------------------------------------------------------------

# Bullet glyphs stripped from the start of every line (also from kept lines).
BULLET_RE = re.compile(r"^\s*[•·▪▫■□►▸◦‣∙●○◆◇]\s*")
# Extra list markers stripped only for matching (kept lines keep them: they may be content).
LIST_MARKER_RE = re.compile(r"^\s*(?:[*+\-]|\d{1,2}[.)])\s+")
# Characters removed from the cleaned text.
INVISIBLE_CHARS = "\u200b\ufeff\u2060"

# --- boilerplate: web page debris, whole lines --------------------------------------------

_BOILERPLATE = [
    # search / navigation
    r"search(?: all)?(?: site)?(?: content)?",
    r"search (?:this|the) (?:site|website)",
    r"skip to (?:main )?(?:content|navigation)",
    r"(?:back|return|go back) to (?:top|home(?:page)?|the homepage|main menu|menu)",
    r"(?:main )?menu|home|navigation|close|open menu|toggle navigation",
    r"total index:? [\d,.]+ (?:publications|articles|posts|items)\.?",
    r"(?:previous|next) (?:article|post|story)(?::.*)?",
    r"(?:read|see|view) (?:more|next|also|the full (?:story|article))(?::.*)?",
    r"(?:read (?:the )?)?full (?:text|story|article|transcript)\.?",  # a link to the whole piece: "FULL TEXT."
    r"related(?: articles| stories| content| posts| coverage)?:?",
    r"(?:most (?:popular|read|viewed|shared)|trending(?: now)?|recommended(?: for you)?)",
    r"advertisement|sponsored(?: content)?|ad|loading\.*|continue reading\.*",
    # newsletters, sign-up, registration
    r"subscribe(?: now| today| here)?!?",
    r"subscribe to (?:our|the) (?:mailing list|newsletter|updates|feed|channel)s?[.!]?",
    r"sign up(?: now| today| here)?(?: for (?:our|the|free) (?:[\w-]+ )?(?:newsletters?|mailing list|alerts|updates)\b.*)?",
    r"sign up (?:for|to) (?:our|the) (?:[\w-]+ )?(?:newsletters?|mailing list|alerts|updates)\b.{0,120}",
    r"get (?:our|the) (?:[\w-]+ )?(?:newsletter|alerts|updates)\b.{0,80}",
    r"register(?: now| here| today)? to receive .{0,80}",
    # "Get the Morning Fix ... delivered to your inbox or mobile device ...", "All you need is one
    # click to get ...", "Send an email with “Politics and Pints” in the subject line to us ..."
    r"get (?:the |our )?.{1,60} delivered (?:straight |right )?to your (?:inbox|e-?mail|mobile|phone)\b.{0,160}",
    r"all (?:you need|it takes) is one click\b.{0,100}",
    r"send (?:us )?an e-?mail with .{1,60} in the subject line\b.{0,160}",
    r"stay (?:informed|connected|in touch|up to date|tuned)[.!]?",
    r"join (?:our|the) (?:mailing list|newsletter)[.!]?",
    r"(?:sign|log) (?:in|out)|create (?:an )?account|my account",
    # comments and sharing
    r"be (?:the )?first to comment[.!]?",
    r"(?:no|\d+) comments?(?: yet)?\.?",
    r"(?:leave|post|add) a (?:comment|reply)\.?",
    r"(?:view|show|hide|load) (?:all )?comments(?: \(\d+\))?",
    r"please read our comment(?:ing)? (?:policy|guidelines)(?: before commenting)?\.?",
    r"comments? (?:are|is) closed\.?",
    r"share(?: this)?(?: (?:article|story|post|page))?(?: on)?(?: (?:facebook|twitter|x|email|linkedin|whatsapp),?)*:?",
    r"(?:facebook|twitter|email|e-mail|print|linkedin|whatsapp|reddit|pinterest|tweet|share)(?:[ ,|/]+(?:facebook|twitter|email|e-mail|print|linkedin|whatsapp|reddit|pinterest|tweet|share))*",
    r"(?:follow|like) us on (?:facebook|twitter|instagram|x|linkedin).{0,60}",
    r"click here (?:to|for) .{0,80}",
    # "Click on the links below to talk about anything political - from the Iraq war ...",
    # "Click on any image to get a bigger picture": a page's instruction to its reader
    r"click on (?:the |any |an |this )?(?:links?|images?|pictures?|photos?|thumbnails?|buttons?|icons?|maps?|graphics?|videos?)\b.{0,300}",
    # feeds, legal
    r"updated? (?:hourly|daily|every \w+)",
    r"all rights reserved\.?",
    r"(?:privacy policy|terms of (?:use|service)|cookie (?:policy|settings)|contact us|about us)(?:[ |]+(?:privacy policy|terms of (?:use|service)|cookie (?:policy|settings)|contact us|about us))*",
    r"we use cookies.{0,200}",
    # "Return to the Peninsula": a link back to the site or section (see RETURN_TO_RE)
    r"(?:return|back|go back) to (?:the )?[\w&' -]{1,40}",
]
BOILERPLATE_RES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"^(?:{p})$", _I) for p in _BOILERPLATE
)
# All of them in one pattern (what the cleaner runs; the tuple is for tests and reading).
BOILERPLATE_RE = re.compile("^(?:" + "|".join(f"(?:{p})" for p in _BOILERPLATE) + ")$", _I)
# Longest line (in words) a boilerplate pattern may match; real sentences are longer.
BOILERPLATE_MAX_WORDS = 30
# A page's instruction to click, which may run long or into the text after it ("Click on any
# image to get a bigger picture December 9: The Guardian's photographer ...").
CLICK_RUN_IN_RE = re.compile(
    r"^click on (?:the |any |an |this )?(?:links?|images?|pictures?|photos?|thumbnails?)\b[^.:!?]{0,120}?"
    r"(?:bigger|larger|full[- ]size|enlarge)\s+(?:picture|image|version|view)\s+(?=[A-Z0-9])",
    _I,
)
CLICK_LINE_RE = re.compile(r"^click on (?:the |any |an |this )?(?:links?|images?|pictures?)\b", _I)
# An aggregator's list of other outlets' headlines, each with its age ("UK and Ireland BP
# to defend spill - 1 hr ago CBS News Obama Seeks to Show Control - 3 hrs ago ..."): a
# line with two or more such ages is a links box, however long.
LINK_AGE_RE = re.compile(r"\s[-–—]\s(?:\d+|an?)\s(?:sec|secs|seconds?|min|mins|minutes?|hr|hrs|hours?|days?)\sago\b", _I)

# A reader-comments section opens with a notice ("Views expressed in the comments do not
# represent those of Reuters.", "We welcome comments that advance the story ...", "This
# discussion is now closed."); what follows it is readers' text or page debris, not the article.
COMMENTS_START_RE = re.compile(
    r"^(?:views expressed in (?:the )?comments (?:do not|don't) (?:necessarily )?(?:represent|reflect)\b.{0,80}"
    r"|we welcome (?:your )?comments (?:that|on)\b.{0,160}"
    r"|this discussion is (?:now )?closed\b.{0,200}"
    r"|(?:reader|readers'|user) comments:?|comments \(\d+\):?)$",
    _I,
)

# A reader comment's signature ("Posted by: name | date | Report abuse", "Posted by: name |
# January 16, 2009 8:56 PM", "At 11:45 pm on 13 Jan 2010, name wrote:"), found anywhere in a
# line: the comments section has begun.
_COMMENT_STAMP = r"[A-Z][a-z]+ \d{1,2},? \d{4},? \d{1,2}:\d\d ?[AaPp]\.?[Mm]\b"
COMMENT_SIGNATURE_PATTERN = (
    r"Posted by:[^\n|]{0,60}\|[^\n|]{0,40}\|\s*Report abuse\b|\|\s*Report abuse\b"
    # "Posted by: name | January 16, 2009 8:56 PM", and a line that opens "name | <that stamp>"
    rf"|Posted by:[^\n|]{{1,60}}\|\s*{_COMMENT_STAMP}|^[^\s|]{{2,40}} \| {_COMMENT_STAMP}"
    r"|^At \d{1,2}[:.]\d\d(?:\s*[ap]m on| [0-3]?\d(?:st|nd|rd|th)?) [^,]{3,30}, [^\n]{1,60}? wrote:"
    # "2nd July 2011 - 13:45 “If I have a pistol ...”": a page's comment opening on its stamp
    r"|^[0-3]?\d(?:st|nd|rd|th) (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d{4} - [0-2]?\d:\d\d\b"
)
COMMENT_SIGNATURE_RE = re.compile(COMMENT_SIGNATURE_PATTERN, re.M)

# A site's footer notice run onto the end of the last line of text, cut from where it starts:
# "... Rights Committee Letters for publication should be sent to: letters@guardian.co.uk If
# you need help ...", "... This article appeared on p16 of the G2 section of the Guardian on
# 11.43 BST on Thursday 28 July 2005."
TRAILER_IN_LINE_RE = re.compile(
    r"(?:(?<=\s)|^)(?:(?:letters for publication should be sent to|if you need help using the site)\s*:.{0,400}"
    r"|(?:this article|a version(?: of this article)?) appeared (?:on|in) p(?:age)?\s?\d+ of .{0,400}"
    r"|this article was amended on \d.{0,300})$",
    _I,
)

# A page's story toolbar run into the first line: "This Story: Read + | Watch + | Talk + |
# Latvians gathered in Riga ..." (the toolbar goes, the text stays).
# The print edition's notice among them ends the article: what follows it on the page is the
# site's promotion ("Follow all the top stories of the day on Twitter ...", "Find out more and
# buy the ebook ...").
PRINT_TRAILER_RE = re.compile(r"^(?:this article|a version(?: of this article)?) appeared (?:on|in) p(?:age)?\s?\d", _I)

TOOLBAR_RUN_IN_RE = re.compile(
    r"^[\"'”’`\s]*This Story\s*:\s*(?:(?:Read|Watch|Talk|Listen|Discuss|View|Comments?)\s*\+?\s*\|\s*)+"
)

# A market index's close run into the line after it, as a page's chronology of a crisis gives
# each day ("Dow Jones Industrial Average: -196.33 Detroit's auto industry has faced ..."): the
# figure is a line of its own, so that the index is no speaker of the day's entry.
MARKET_FIGURE_RUN_IN_RE = re.compile(
    r"^\s*(?:the\s+)?(?:Dow Jones(?:\s+Industrial\s+Average|\s+industrials)?|Dow|Nasdaq(?:\s+Composite)?|"
    r"S\s*&\s*P(?:\s+500)?|Standard\s*&\s*Poor's\s+500|FTSE(?:\s+100)?|Nikkei(?:\s+225)?|DAX|CAC(?:\s+40)?|"
    r"Hang\s+Seng|Euro\s+Stoxx\s+50)\s*:\s*[-+\u2212]?\s*\d[\d,]*(?:\.\d+)?\s*%?(?=\s+\S)"
)

# "Return to X" names the site or section X (used to confirm a masthead as publisher).
RETURN_TO_RE = re.compile(r"^(?:return|back|go back) to (?:the )?(?P<name>[\w&' -]{1,40})$", _I)
RETURN_TO_MAX_WORDS = 6

# --- category and tag lines ---------------------------------------------------------------

CATEGORY_RE = re.compile(
    r"^(?:categor(?:y|ies)|filed under|section|posted in|published in|department)\s*:\s*\S.{0,150}$", _I
)
TAGS_RE = re.compile(r"^(?:tags?|topics?|keywords?|related topics|more on)\s*:\s*\S.{0,300}$", _I)

# Trailing tag lists: short lines at the very end, each a name or topic.
TAG_MAX_WORDS = 5
TAG_MAX_CHARS = 40
TAG_MIN_LINES = 2  # a single short last line is not called a tag list
TAG_LINE_RE = re.compile(r"^[^\W\d_][\w'’&./-]*(?:\s+[\w'’&./-]+){0,4}$")

# --- photo credits ---------------------------------------------------------------------

_AGENCIES = (
    r"Getty Images|Getty|AP Photo|AP Images|AP|Associated Press|Reuters|AFP|EPA|EPA-EFE|Shutterstock|"
    r"Bloomberg|Xinhua|Yonhap|Kyodo|KCNA|Anadolu|Alamy|iStock|Corbis|Pool|Sipa|NurPhoto|"
    r"Wikimedia Commons|Flickr|Creative Commons|Handout"
)
PHOTO_CREDIT_RES: tuple[re.Pattern[str], ...] = (
    # a line that is only an agency credit: "Getty Images", "AFP/Getty Images", "AP Photo/Ahn Young-joon",
    # "Bloomberg via Getty Images", "BP, via AP", "Getty."
    re.compile(rf"^\(?(?:[\w.' -]{{1,40}}(?:/|,?\s+via)\s*)?(?:{_AGENCIES})(?:\s*/\s*[\w.' -]{{1,40}})?\)?\.?$", _I),
    # a caption ending in a parenthesised credit: "... (Matthias Hangst/Getty Images)"
    re.compile(
        rf"^.*\((?:[^()]*/\s*(?:{_AGENCIES})[^()]*|[^()]*(?:Getty Images|AP Photo|Photo by|Photo:|Photograph:)[^()]*)\)\.?$"
    ),
)
# A credit may be a long caption, but not a whole article.
PHOTO_CREDIT_MAX_WORDS = 80

# Labelled credits, only on short lines (a long line starting "Photo: X" has text glued on).
PHOTO_LABEL_RES: tuple[re.Pattern[str], ...] = (
    # "Cover image: ...", "Photo: ...", "Image credit: ..."
    re.compile(
        r"^(?:(?:cover|top|header|featured|lead|main|hero|file|inline)\s+)?"
        r"(?:image|photo|photograph|picture|pic|illustration|graphic|video|caption)s?"
        r"(?:\s+(?:credit|courtesy|source))?\s*[:|]\s*\S.*$",
        _I,
    ),
    # "Photo from USAID's photostream on flickr", "Photo by X", "Image courtesy of Y"
    # (singular, and no verb: "Pictures from Haiti show the damage." is a sentence)
    re.compile(
        r"^(?:(?:cover|top|header|featured|lead|main|hero|file)\s+)?"
        r"(?:image|photo|photograph|picture|illustration|graphic)\s+"
        r"(?:from|by|via|courtesy(?: of)?|credit(?:ed)? to|taken by)\s+"
        r"(?!.*\b(?:shows?|showed|shown|depicts?|depicted|reveals?|is|are|was|were|has|have)\b)\S.*$",
        _I,
    ),
    re.compile(r"^(?:photo |image )?credits?\s*:\s*\S.*$", _I),
)
PHOTO_LABEL_MAX_WORDS = 15
# A photographer and the agency or paper in parentheses: "(By Misha Japaridze -- Associated
# Press)", "(Jason Reed -- Reuters)" (a newspaper's photo credit, often run into the caption).
_BY_CREDIT = (r"\((?:By\s+)?[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}(?:\s*(?:--|—|–)\s*|\s+-\s+)"
              r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}"
              # "(By Alex Wong -- Getty Images For “Meet The Press”)"
              r"(?:\s+[Ff]or\s+[\"“]?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4}[\"”]?)?\)")
# an agency's own photo credit before it: "(AP Photo/Alastair Grant) (Alastair Grant - AP)",
# its slash escaped in some feeds ("AP Photo\/Charles Dharapak"), or no photographer ("(AP Photo)")
_AGENCY_PHOTO = r"\((?:AP|Reuters|AFP|EPA|Getty\s+Images)\s+Photos?(?:\s*\\?/\s*[^()\n]{2,60})?\)"
PHOTO_CREDIT_RES += (re.compile(rf"^(?:(?:{_AGENCY_PHOTO}|{_BY_CREDIT})\s*)*(?:{_AGENCY_PHOTO}|{_BY_CREDIT})\.?$"),
                     # a page's list of its photos' credits and captions, however long
                     re.compile(r"^photo credits?\s*:\s*\S.*$", re.I))
# An agency's bare credit ("(AP)") or a wire's story code ("(nN07171381)") opening a line
# of text.
_BARE_CREDIT = r"\((?:AP|AFP|Reuters|EPA)\)|\(n[A-Z]{1,4}\d{6,10}\)"
PHOTO_CREDIT_RES += (re.compile(rf"^(?:{_BARE_CREDIT})$"),)
# The end of a credit whose agency has a second word ("Jim Watson/AFP/Getty Images Prolonged
# exposure ..."), and the papers a photographer or illustrator works "for" in a credit.
_GETTY_TAIL = r"(?:(?<=Getty)\s+Images)?"
_PAPERS = r"(?:Guardian|Observer|Independent|Times|Telegraph|Post|Journal|Globe|Herald|Tribune)"
# A photo label run into the text that follows it on one line: "Photograph: Martin Argles
# Robin Cook, who has died ..."; the credit is a "name/outlet" pair, an agency, or else two
# capitalised words (the usual photographer's name), or a credit in parentheses as above,
# and it is split off.
PHOTO_RUN_IN_RE = re.compile(
    r"^(?P<credit>(?i:photograph|photo|picture|image|illustration)\s*:\s*"
    # "Jim Watson/AFP/Getty Images", "Paul Scruton for the Guardian"
    rf"(?:[^/\s]+(?:\s+[^/\s]+){{0,3}}\s*/\s*\S+{_GETTY_TAIL}|(?:{_AGENCIES})"
    rf"|[A-Z][\w'.-]+\s+[A-Z][\w'.-]+(?:\s+for\s+(?:the|The)\s+(?:[A-Z][\w'.-]+\s+){{0,2}}{_PAPERS})?)"
    # one credit in parentheses or several in a row ("(AP Photo/Charles Dharapak) (Charles
    # Dharapak - AP) (Photos By Melina Mara -- The Washington Post)")
    rf"|(?:(?:{_AGENCY_PHOTO}|{_BY_CREDIT})\s*)*(?:{_AGENCY_PHOTO}|{_BY_CREDIT})|{_BARE_CREDIT}"
    # an agency's credit with no parentheses ("AP Photo/Patrick Semansky Oil-dispersing chemicals
    # ..."), the photographer's two names, or a handout's ("BP, via AP BP CEO Tony Hayward said")
    r"|(?:AP|AFP|Reuters|EPA)\s+Photos?\s*\\?/\s*[A-Z][\w'.-]+\s+[A-Z][\w'.-]+"
    r"|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2},\s+via\s+(?:AP|AFP|Reuters|Getty Images))"
    r"\s+(?=[A-Z\"“‘])"
)
# A page's caption and its credit run into a line of text: "... 14 miles northwest of the
# spill site Photograph: Lyle Ratliff/Reuters A whale of an oil skimmer is being ..."; the
# caption before it and the text after it are lines of their own, the credit goes.
PHOTO_IN_LINE_RE = re.compile(
    r"(?<=\S)\s+(?P<credit>(?:Photograph|Photo|Picture)\s*:\s*"
    r"(?:[^/\s]+(?:\s+[^/\s]+){0,3}(?:\s*\\?/\s*[^\s/]+){1,3}" + _GETTY_TAIL + r"|[a-z]+\.(?:co\.uk|com|org)|[a-z]+\.$))"
    r"(?:\s+(?=[A-Z\"“‘])|\s*$)"
)


# --- contributors and contacts -----------------------------------------------------------

CONTRIBUTOR_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^[^.!?]{1,250}?\b(?:contributed|contributing|also contributed)(?: reporting| research)?"
        r"(?: to| for) (?:this|the|today's) (?:report|story|article|piece|post|dispatch)\.?$",
        _I,
    ),
    # "Reporting by X; Editing by Y", "Additional reporting by X in Seoul"
    re.compile(
        r"^(?:\(?(?:additional |further )?(?:reporting|writing|editing|research|compiled|"
        r"edited|produced)(?: and \w+)? by\s+[^()]{2,200}\)?)$",
        _I,
    ),
)
# A wire's credit in parentheses run into the next line of the page ("(Editing by Deborah
# Charles and Doina Chiacu) We welcome comments ..."): cut off as a line of its own.
CREDIT_RUN_IN_RE = re.compile(
    r"^(?P<credit>\((?:additional |further )?(?:reporting|writing|editing|research|compiled|edited|produced)"
    r"(?: and \w+)? by\s+[^()]{2,200}\))\s+(?=\S)",
    _I,
)
# The words allowed after "Reporting by" (all other words must be capitalised names).
CONTRIBUTOR_FILLER = frozenset(
    "and by in from of at with editing writing reporting additional research compiled edited "
    "written produced the staff".split()
)

CONTACT_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^(?P<who>[^.!?]{1,80}?)\s+(?:can|may) be (?:reached|contacted|emailed|followed)\b.{0,200}$", _I
    ),
    re.compile(
        r"^(?:follow|contact|email|e-mail|write to|reach)\s+.{0,60}?(?:on (?:twitter|x|instagram|"
        r"facebook|bluesky|mastodon|threads)|at)\b.{0,120}$",
        _I,
    ),
    re.compile(r"^(?:e-?mail|contact|twitter|x|phone|tel)\s*:\s*\S{2,120}$", _I),
)
CONTACT_MAX_WORDS = 40
# A contact line must carry an address: an e-mail, an @handle, a URL or a phone number.
CONTACT_ADDRESS_RE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\w)@\w{2,}|https?://\S+|\bwww\.\S+|\+?\d[\d ()-]{7,}\d"
)

# --- publisher ---------------------------------------------------------------------------

PUBLISHER_RES: tuple[re.Pattern[str], ...] = (
    # VICE's "News by VICE"
    re.compile(r"^(?i:news|journalism) by (?P<pub>[A-Z][\w&.'’ -]{1,40})$"),
    # "© 2018 The Washington Times, LLC.", "Copyright 2018 Reuters. All rights reserved."
    re.compile(
        r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
        r"(?P<pub>[A-Z][\w&.,'’ -]{1,60}?)[.,]?(?:\s*all rights reserved\.?)?$",
        _I,
    ),
)
PUBLISHER_SUFFIX_RE = re.compile(r",?\s*(?:LLC|Inc|Ltd|Co|Corp|GmbH|S\.A)\.?$", _I)

# --- bylines -----------------------------------------------------------------------------

BYLINE_RE = re.compile(
    r"^(?:by|written by|words by|story by|posted by|reported by|text by|"
    r"authors?\s*:|by\s*:|writer\s*:|reporter\s*:)\s*(?P<rest>\S.{0,160})$",
    _I,
)
# Separators between a byline's parts: "By X | Feb 21 2018", "By X - Staff Writer".
BYLINE_SPLIT_RE = re.compile(r"\s+[|•·—–-]\s+|\s*\|\s*|\s+/\s+")
# Joins between several authors.
AUTHOR_JOIN_RE = re.compile(r"\s*(?:,\s*and\s+|,\s*&\s*|\s+and\s+|\s*&\s*|\s*,\s*)\s*", _I)
# What may follow a name after a comma: a role or an outlet, dropped from the name.
BYLINE_ROLE_WORDS = frozenset(
    "staff writer reporter correspondent editor contributor columnist senior chief associate "
    "special national political diplomatic foreign white house bureau news press associated "
    "the times post journal for and of at in".split()
)
# The nouns a journalist's title ends with ("European Technology Correspondent").
BYLINE_TITLE_NOUNS = frozenset("writer reporter correspondent editor contributor columnist".split())
# Lower-case name particles allowed inside a name.
NAME_PARTICLES = frozenset(
    "de da del della der den di du dos das van von la le al el bin ibn ben y e st.".split()
)
# Capitalised words that start a sentence, never a name (so "By Tuesday, ..." is no byline).
NOT_NAME_WORDS = frozenset(
    """the a an this that these those his her their its our my your some many most all
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    contrast comparison then now far law late early mid end noon night day week month year
    doing using taking making being having staff""".split()
)
# Honorifics dropped from the front of a byline name ("Dr. Jack Wheeler" -> "Jack Wheeler").
NAME_HONORIFICS = frozenset("dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame rev rev.".split())
# Words never inside a name: "Dr. Jack Wheeler The O-man" is a name with text glued on.
NOT_IN_NAME_WORDS = frozenset("the a an is was are said says who which that".split())
# A byline's parts after the name (role, outlet, date) are short; a long one is body text.
BYLINE_PART_MAX_WORDS = 8
NAME_MIN_TOKENS = 2
NAME_MAX_TOKENS = 5

# A correspondent's signature run into the first sentence of a section of a live page or a
# report: "Jim Muir BBC News, Beirut The UN mission is seen ...", "By Lyse Doucet BBC News,
# Damascus Damascus is hoping ...", "Ian Pannell, BBC News, Aleppo A hole-in-the-wall bakery
# ...". The name, an optional role, the outlet; the place after it is read word by word in
# ``clean._correspondent_run_in`` (only the words can tell where it ends).
CORRESPONDENT_RUN_IN_RE = re.compile(
    r"^(?:By\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)\s*,?\s+"
    r"(?:(?P<role>(?:[A-Za-z]+\s+){0,3}(?i:reporter|correspondent|editor|analyst|producer))\s*,\s*)?"
    r"(?P<outlet>BBC\s+(?:News|World\s+Service))(?!\s+(?i:website|online|channel|24)\b)"
    r"(?P<comma>\s*,)?\s+(?=\S)"
)
# Words that open a two-word place ("New Orleans", "Sao Paulo", "United Nations") and words
# that close one ("Golan Heights", "Niger Delta"); lower-case nouns that end a site named after
# a place ("Zaatari refugee camp", "Masnaa border crossing").
PLACE_FIRST_WORDS = frozenset(
    "new san sao são los las santa st saint port lake mount united hong abu tel buenos rio cape "
    "el al gaza sri kuala".split()
)
PLACE_LAST_WORDS = frozenset(
    "heights delta strip bank city island islands bay valley coast mountains hills province state".split()
)
# Titles that follow a name and an outlet ("Peter Horrocks, BBC World Service Director, said").
OFFICE_WORDS = frozenset(
    "director head controller chairman chief presenter anchor host reporter correspondent editor".split()
)
PLACE_SITE_NOUNS = frozenset("camp crossing border conference summit airport base".split())

# --- datelines ---------------------------------------------------------------------------

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE = (
    rf"(?:{WEEKDAY}\s+)?"
    rf"(?:{MONTH}\s+{_DAY},?\s+\d{{4}}"
    rf"|{_DAY}\s+(?:of\s+)?{MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{4}/\d{1,2}/\d{1,2})"
)
TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
    r"(?:\s*(?:\(?[A-Z]{2,5}\)?|GMT[+-]?\d*|UTC[+-]?\d*))?"
)
DATE_PREFIX = (
    r"(?:(?:first |originally |last )?(?:published|posted|updated|modified|dated?|released|"
    r"created|issued)(?:\s+(?:on|at))?\s*:?\s*)"
)
# A whole dateline: optional prefix, the date, an optional time before or after.
DATELINE_RE = re.compile(
    rf"^(?P<prefix>{DATE_PREFIX})?(?:{TIME}\s*,?\s*)?(?P<date>{DATE})"
    rf"(?:\s*(?:,|at|-|–|—|\||•|·|/|T)?\s*{TIME}(?:\s*(?:[+-]\d{{2}}:?\d{{2}}|Z))?)?[.,]?$",
    _I,
)
# A date at the end of a byline with no separator: "By Tim Hume Feb 21 2018".
TRAILING_DATE_RE = re.compile(rf"\s*,?\s*(?P<date>{DATE})(?:\s*,?\s*(?:at\s+)?{TIME})?\s*$", _I)
# A dateline in parts: "February 21, 2018 / 12:25 PM / Updated 5 years ago". Every part
# must be a dateline, a time, or one of these.
DATELINE_PART_SPLIT_RE = re.compile(r"\s+[|/•·]\s+|\s*\|\s*")
DATELINE_EXTRA_PART_RE = re.compile(
    rf"^(?:{TIME}|(?:last )?(?:updated|posted|modified)\b.{{0,40}}|\d+\s+min(?:ute)?s?\s+read|"
    r"[\w ]{1,30}\bago)$",
    _I,
)
# The place that opens a wire dateline in parts: "LONDON | Tue Mar 15, 2011 1:48 pm GMT".
DATELINE_PLACE_PART_RE = re.compile(r"^[A-Z][A-Z.'\- ]{1,30}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?$")
# A news agency's credit in a dateline: "DAMASCUS (Reuters) -", "VENICE, La. (AP) --".
WIRE_AGENCIES = ("AP", "Reuters", "AFP", "UPI", "CNN", "Xinhua", "dpa", "Bloomberg")
WIRE_AGENCY = r"\((?:" + "|".join(WIRE_AGENCIES) + r")\)"
# A wire dateline run into the lead on one line: "<dateline> LONDON (Reuters) - Leading ...";
# the part before the lead is cut off as a dateline when it parses as one.
WIRE_LEAD_RE = re.compile(
    r"^(?P<head>.{5,80})\s+(?P<lead>[A-Z][A-Z.'\- ]{1,30}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?\s*"
    + WIRE_AGENCY + r"\s*[-\u2013\u2014].*)$"
)
# A wire story's summary points, an update note and the byline run into the dateline and the
# lead on its first line: "* Combines social and console games * Opened first game this week
# By Tarmo Virki, European Technology Correspondent HELSINKI, May 25 (Reuters) - Finnish ...".
# Each point becomes a line of its own, the note and the byline go, the lead stays.
WIRE_SUMMARY_RE = re.compile(
    r"^(?P<points>\*\s+\S.{0,800}?)\s+"
    r"(?:(?P<note>\((?:Updates|Adds|Recasts|Corrects|Repeats|Refiles|Changes|Writes through)\b[^()]{0,160}\))\s+)?"
    r"(?:(?P<byline>By\s+[A-Z][^*()]{1,120}?)\s+)?"
    r"(?P<lead>[A-Z][A-Z.'\-/ ]{1,30}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    + WIRE_AGENCY + r"\s*[-\u2013\u2014]\s*\S.*)$"
)
WIRE_POINT_SPLIT_RE = re.compile(r"(?:^|\s+)\*\s+")
# A publication stamp with weekday, date, time and zone run into the text on one line:
# "Wednesday 27 July 2005 23.59 BST It was so attractive ..." (also after a standfirst:
# "... Philip Ball reports Thursday 4 August 2005 00.02 BST The third world war ..."). So
# specific that it is cut out wherever it stands before a capitalised word; so is a page's
# "16 March 2012 Last updated at 14:51 GMT" stamp, and a US paper's "Sunday, November 28, 2010;
# 6:43 PM".
# The time zones a publication stamp ends with (the actor stage also cuts them off names).
TIME_ZONE_NAMES = tuple("GMT BST UTC CET CEST EST EDT CST CDT MST MDT PST PDT ET PT JST KST IST AEST AEDT".split())
_STAMP_ZONE = "(?:" + "|".join(TIME_ZONE_NAMES) + ")"
STAMP_IN_LINE_RE = re.compile(
    rf"(?<!\w)(?P<stamp>(?P<date>(?i:{WEEKDAY})\s+{_DAY}\s+(?i:{MONTH})\s+\d{{4}})\s+\d{{1,2}}[.:]\d{{2}}\s+{_STAMP_ZONE}"
    # "16 March 2012 Last updated at 14:51 GMT Help" after a headline (a page's stamp and link)
    rf"|(?P<date2>{_DAY}\s+(?i:{MONTH})\s+\d{{4}})\s+Last updated at\s+\d{{1,2}}[.:]\d{{2}}\s+{_STAMP_ZONE}(?:\s+Help)?"
    # "Page last updated at 11:51 GMT, Friday, 29 January 2010 12:51 UK", once with a server's
    # "(an error occurred while processing this directive)" after it
    rf"|Page last updated at\s+\d{{1,2}}[.:]\d{{2}}\s+{_STAMP_ZONE}\s*,\s*(?i:{WEEKDAY})\s*,\s*"
    rf"(?P<date3>{_DAY}\s+(?i:{MONTH})\s+\d{{4}})(?:\s+\d{{1,2}}[.:]\d{{2}}\s+UK)?"
    r"(?:\s*\(an error occurred while processing this directive\))?"
    # "Sunday, November 28, 2010; 6:43 PM BP has agreed to ..." (a US paper's page)
    rf"|(?i:{WEEKDAY})\s+(?P<date4>(?i:{MONTH})\s+{_DAY},\s+\d{{4}});\s+\d{{1,2}}:\d{{2}}\s+[AaPp]\.?[Mm]\.?"
    # "Clare Spencer | 09:51 UK time, Friday, 28 May 2010 Commentators react ..." (a blog's post)
    r"|(?:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2}\s*\|\s*)?\d{1,2}:\d{2}\s+UK time,\s*"
    rf"(?i:{WEEKDAY}),\s*(?P<date5>{_DAY}\s+(?i:{MONTH})\s+\d{{4}}))"
    r"\s+(?=[A-Z\"“‘`'])"
)
# Prefixes that make a date line the update time rather than the publication.
UPDATE_PREFIX_RE = re.compile(r"^(?:last )?(?:updated|modified)", _I)

# dateparser for the absolute date string only: no relative dates, no filling from today.
DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
    "PREFER_DAY_OF_MONTH": "first",
}
DATEPARSER_LANGUAGES = ["en"]

# --- title and the header zone ------------------------------------------------------------

# A paragraph long enough that it must be body text: the header zone ends before it.
BODY_PARAGRAPH_MIN_WORDS = 20
# A sentence-like line: at least this many words and ends in sentence punctuation.
BODY_SENTENCE_MIN_WORDS = 8
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’»)\]]*$")
# A headline: a short line that does not end like a sentence or a clause.
TITLE_MIN_WORDS = 3
TITLE_PREFERRED_MIN_WORDS = 5  # shorter heading lines above the headline are mastheads
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
# A line ending like a sentence or clause ("down.”") is no headline; "?" and "!" may end one.
NOT_TITLE_END_RE = re.compile(r"[.,;:][\"'”’»)\]]*$")
