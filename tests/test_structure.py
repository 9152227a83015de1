"""Document structure on fixtures of each genre, written for these tests (not the seeds).

Each fixture differs in its conventions from the seed of its genre; the expected structure is
checked by XPath, and every fixture must stay valid and lose no word.
"""

import pytest

import teiconv

from conftest import convert, lost_words, text_of, xpath


def check(text: str, **metadata) -> object:
    tree = convert(text, metadata=metadata or None)
    assert teiconv.validate(tree) == []
    assert lost_words(text, tree) == []
    return tree


# --- letters ---------------------------------------------------------------------------------

NINETEENTH_CENTURY_LETTER = """\
Edinburgh, 14 March 1862.

My dear Sir,

I have to thank you for your kind letter of the 3rd, which reached
me only yesterday, having followed me from Glasgow.

The proofs shall be returned to you by Friday's post; I have made
but few corrections.

I remain, dear Sir,
Yours very faithfully,

Thomas Blackwood

P.S. My brother desires to be remembered to you.
"""

TELEGRAM = """\
From: Embassy in Lisbon
To: Secretary of State
Date: June 2, 1941

Dear Mr Secretary,

Portuguese authorities confirm the convoy sailed at dawn. Further
reports follow by pouch.

Respectfully yours,

Harold Whitcombe
"""

EMAIL = """\
Hi Anna,

Thanks for the scans, they arrived this morning and look very good indeed. I will go through them over the weekend and send you my notes.

Could you also check whether the second volume has the same binding? It would help to know before we order the box.

Cheers,
Tom
"""


def test_letter_with_dateline_salutation_closer_and_postscript():
    tree = check(NINETEENTH_CENTURY_LETTER)
    [opener] = xpath(tree, "//tei:body/tei:opener")
    assert xpath(opener, "tei:dateline/tei:placeName/text()") == ["Edinburgh"]
    assert xpath(opener, "tei:dateline/tei:date/@when") == ["1862-03-14"]
    assert xpath(opener, "tei:salute/text()") == ["My dear Sir,"]
    assert len(xpath(tree, "//tei:body/tei:p")) == 2
    [closer] = xpath(tree, "//tei:body/tei:closer")
    assert [text_of(s) for s in xpath(closer, "tei:salute")] == ["I remain, dear Sir, Yours very faithfully,"]
    assert xpath(closer, "tei:signed/text()") == ["Thomas Blackwood"]
    assert text_of(xpath(tree, "//tei:body/tei:postscript/tei:p")[0]).startswith("P.S. My brother")
    assert xpath(tree, "//tei:correspDesc/tei:correspAction[@type='sent']/tei:persName/text()") == ["Thomas Blackwood"]
    assert xpath(tree, "//tei:correspAction[@type='sent']/tei:placeName/text()") == ["Edinburgh"]
    assert xpath(tree, "//tei:correspAction[@type='sent']/tei:date/@when") == ["1862-03-14"]
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["Letter from Thomas Blackwood"]


def test_telegram_with_address_lines():
    tree = check(TELEGRAM)
    [opener] = xpath(tree, "//tei:body/tei:opener")
    assert xpath(opener, "tei:seg[@type='sender']/tei:orgName/text()") == ["Embassy in Lisbon"]
    assert xpath(opener, "tei:seg[@type='addressee']/tei:persName/text()") == ["Secretary of State"]
    assert xpath(opener, "tei:dateline/tei:date/@when") == ["1941-06-02"]
    sent = "//tei:correspAction[@type='sent']"
    received = "//tei:correspAction[@type='received']"
    [org] = xpath(tree, f"{sent}/tei:orgName")
    assert xpath(tree, f"//tei:listOrg/tei:org[@xml:id='{org.get('ref')[1:]}']")
    assert xpath(tree, f"{received}/tei:persName/text()") == ["Secretary of State"]
    assert xpath(tree, "//tei:closer/tei:signed/text()") == ["Harold Whitcombe"]
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["Letter from Embassy in Lisbon to Secretary of State"]


def test_email_letter_one_line_paragraphs():
    tree = check(EMAIL)
    assert xpath(tree, "//tei:opener/tei:salute/text()") == ["Hi Anna,"]
    assert len(xpath(tree, "//tei:body/tei:p")) == 2
    assert xpath(tree, "//tei:closer/tei:salute/text()") == ["Cheers,"]
    assert xpath(tree, "//tei:closer/tei:signed/text()") == ["Tom"]


def test_letter_collection_splits_into_letters():
    text = (
        "Dear Father,\n\nWe arrived safely and the weather is fine.\n\nYour affectionate son,\n\nJohn\n\n"
        "Dear Mother,\n\nThe house is small but we are happy here.\n\nYour loving son,\n\nJohn\n"
    )
    tree = check(text)
    letters = xpath(tree, "//tei:body/tei:div[@type='letter']")
    assert len(letters) == 2
    assert [xpath(d, "string(tei:opener/tei:salute)") for d in letters] == ["Dear Father,", "Dear Mother,"]
    assert [xpath(d, "string(tei:closer/tei:signed)") for d in letters] == ["John", "John"]


def test_prose_is_not_taken_for_letter_parts():
    text = "Notes on the harvest\n\nThe harvest was late this year, and the rains came early.\n\nWith that, the season ended.\n"
    tree = check(text)
    assert not xpath(tree, "//tei:opener | //tei:closer | //tei:salute")


# --- articles --------------------------------------------------------------------------------

NUMBERED_ARTICLE = """\
Water Rights in the Upper Valley

1. Introduction

Disputes over water are older than the villages themselves, and the records of the
valley court are full of them.

2. Sources

The court books survive from 1712. Three kinds of entry matter here:

- petitions by millers
- orders of the bench
- fines for diverting streams

As one clerk wrote, "the water is the valley's only wealth."

3. Conclusion

The disputes ended only with the reservoir, which made the streams a single property.
"""

CHAPTERED_ARTICLE = """\
THE HISTORY OF THE CANAL

Chapter I

The canal was first proposed in 1788, and the proposal was argued over for two years.

The Survey

The first survey of the line was made in the spring, when the ground was firm enough.

The Engineers

Two engineers shared the work, and neither trusted the other's levels.

Chapter II

Construction began at the northern end, where the quarries were.
"""

QUOTING_ARTICLE = """\
**On Reading Old Newspapers**

Old newspapers are a record of what people thought mattered on one day.

“The price of bread rose again this week, and the bakers blame the millers.

“The millers blame the weather, and the weather, as usual, says nothing.”

“Nobody reads yesterday's news.” (Quoted in The Daily Courier, 4 May 1891)

The editor's complaint is as true now as it was then.
"""


def test_numbered_sections_list_and_quotation():
    tree = check(NUMBERED_ARTICLE)
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["Water Rights in the Upper Valley"]
    assert xpath(tree, "//tei:front/tei:docTitle/tei:titlePart/text()") == ["Water Rights in the Upper Valley"]
    heads = [text_of(h) for h in xpath(tree, "//tei:body/tei:div/tei:head")]
    assert heads == ["1. Introduction", "2. Sources", "3. Conclusion"]
    items = xpath(tree, "//tei:div[2]/tei:list/tei:item")
    assert [text_of(i) for i in items] == ["petitions by millers", "orders of the bench", "fines for diverting streams"]
    assert xpath(tree, "//tei:p/tei:q/text()") == ['"the water is the valley\'s only wealth."']


def test_heading_levels_follow_heading_styles():
    tree = check(CHAPTERED_ARTICLE)
    assert xpath(tree, "//tei:front//tei:titlePart/text()") == ["THE HISTORY OF THE CANAL"]
    chapters = xpath(tree, "//tei:body/tei:div")
    assert [xpath(c, "string(tei:head)") for c in chapters] == ["Chapter I", "Chapter II"]
    sections = xpath(chapters[0], "tei:div")
    assert [xpath(s, "string(tei:head)") for s in sections] == ["The Survey", "The Engineers"]


def test_bold_title_and_multi_paragraph_quotation_with_source():
    tree = check(QUOTING_ARTICLE)
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["On Reading Old Newspapers"]
    quotes = xpath(tree, "//tei:body/tei:quote | //tei:body/tei:cit")
    assert [q.tag.split("}")[1] for q in quotes] == ["quote", "cit"]
    assert len(xpath(quotes[0], "tei:p")) == 2
    assert xpath(quotes[1], "string(tei:bibl)") == "Quoted in The Daily Courier, 4 May 1891"
    assert len(xpath(tree, "//tei:body/tei:p")) == 2


def test_prose_paragraphs_are_not_headings():
    text = "A short first line\n\nIt was late.\n\nWe went home then\nand slept until noon, tired from the long walk.\n"
    tree = check(text)
    assert len(xpath(tree, "//tei:body//tei:head")) == 0


# --- blog pages with comments ----------------------------------------------------------------

BLOG = """\
Notes from the Archive Basement

Posted by Clara Reyes

March 3, 2019 at 9:05 am

We finally opened the boxes that came from the parish office last winter. Most of them hold account books.

Comments

  1) Wonderful news! Are the account books going to be digitised?

    Martin K.

    March 3, 2019 at 10:15 am

  2) Which parish was it? My family came from that district and I would love to see the baptism records.

    Another paragraph from the same commenter, with a second thought.

    March 4, 2019 at 8:00 pm

  3) Yes, all of them, over the summer.

    clara_r

    March 4, 2019 at 9:12 pm
"""


def test_blog_post_with_comment_thread():
    tree = check(BLOG)
    assert xpath(tree, "//tei:byline/tei:persName/text()")[0] == "Clara Reyes"
    posts = xpath(tree, "//tei:div[@type='comments']/tei:post")
    assert [p.get("n") for p in posts] == ["1", "2", "3"]
    assert [p.get("when") for p in posts] == ["2019-03-03T10:15:00", "2019-03-04T20:00:00", "2019-03-04T21:12:00"]
    assert posts[0].get("who") == "#" + xpath(tree, "//tei:person[tei:persName='Martin K.']/@xml:id")[0]
    assert posts[1].get("who") is None  # anonymous
    assert len(xpath(posts[1], "tei:p")) == 2
    assert xpath(posts[2], "string(tei:byline)") == "clara_r"


def test_numbered_list_without_timestamps_is_not_a_comment_thread():
    text = "Steps\n\n1. Open the box.\n2. Count the books.\n3. Close the box.\n\nThat is all there is to it.\n"
    tree = check(text)
    assert not xpath(tree, "//tei:post")
    assert [i.get("n") for i in xpath(tree, "//tei:list/tei:item")] == ["1", "2", "3"]


def test_multiple_dated_posts():
    text = (
        "Field Diary\n\nMonday, 4 May 2015\n\nArrival\n\nWe reached the camp after dark and pitched the tents by torchlight.\n\n"
        "Tuesday, 5 May 2015\n\nFirst trench\n\nThe first trench went down two metres before we hit the wall.\n"
    )
    tree = check(text)
    dated = xpath(tree, "//tei:body/tei:div[tei:dateline]")
    assert [xpath(d, "string(tei:dateline/tei:date/@when)") for d in dated] == ["2015-05-04", "2015-05-05"]
    assert [xpath(d, "string(tei:head)") for d in dated] == ["Arrival", "First trench"]


# --- archival records ------------------------------------------------------------------------

MEMORANDUM = """\
Source:

Memorandum of a conversation, National Archives, RG 59, Box 3, Folder 12. <https://example.org/doc/17>

Description:

A consul reports a conversation with a shipping agent about delayed cargo.

Language:

English

Archive:

Box 3, Folder 12

[Stamp: CONFIDENTIAL]

MEMORANDUM OF CONVERSATION
April 2, 1951

The agent said the cargo would leave within the week.
"""

RECORD_WITH_TRANSLATOR = """\
Title:

Minutes of the committee on schools

Translated by:

Maria Lopes

Original Language:

Portuguese

Keywords:

schools; budgets; teachers

[handwritten: copy for the minister]

The committee met at ten. The chairman opened the session.
"""


def test_catalogue_fields_move_to_the_header():
    tree = check(MEMORANDUM)
    header = "//tei:teiHeader"
    assert xpath(tree, f"{header}//tei:sourceDesc/tei:bibl/tei:ptr/@target") == ["https://example.org/doc/17"]
    assert xpath(tree, f"{header}//tei:sourceDesc/tei:bibl/tei:idno[@type='archival']/text()") == ["Box 3, Folder 12"]
    assert xpath(tree, f"{header}//tei:abstract/tei:p/text()") == [
        "A consul reports a conversation with a shipping agent about delayed cargo."]
    assert xpath(tree, "//tei:body//tei:note[@type='stamp']/text()") == ["CONFIDENTIAL"]
    assert not xpath(tree, "//tei:note[@type='stamp']/@hand")
    assert xpath(tree, "string(//tei:body//tei:head)") == "MEMORANDUM OF CONVERSATION"
    assert xpath(tree, "//tei:body//tei:dateline/tei:date/@when") == ["1951-04-02"]
    assert "Source" not in text_of(xpath(tree, "//tei:text")[0])


def test_translated_record_with_keywords_and_a_hand():
    tree = check(RECORD_WITH_TRANSLATOR)
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["Minutes of the committee on schools"]
    assert xpath(tree, "//tei:respStmt[tei:resp='translated by']/tei:persName/text()") == ["Maria Lopes"]
    assert xpath(tree, "//tei:keywords/tei:term/text()") == ["schools", "budgets", "teachers"]
    assert xpath(tree, "//tei:notesStmt/tei:note[contains(., 'translation from Portuguese')]")
    [note] = xpath(tree, "//tei:body/tei:note[@type='handwritten']")
    assert note.get("hand") == "#hand-handwritten"
    assert xpath(tree, "//tei:handNotes/tei:handNote/@xml:id") == ["hand-handwritten"]


def test_page_break_inside_a_paragraph_is_joined():
    text = "The delegation said that the treaty would not survive the\n\nwinter, and that the\n\nGovernment knew it.\n\nA new paragraph.\n"
    tree = check(text)
    paragraphs = xpath(tree, "//tei:body/tei:p")
    assert len(paragraphs) == 2
    assert len(xpath(paragraphs[0], "tei:pb")) == 2
    assert text_of(paragraphs[0]).startswith("The delegation said")


def test_real_paragraphs_are_not_joined():
    text = "First paragraph ends here.\n\nsecond starts in lower case but the first was complete.\n"
    tree = check(text)
    assert len(xpath(tree, "//tei:body/tei:p")) == 2 and not xpath(tree, "//tei:pb")


def test_closer_stops_before_annotations_and_note_bodies_and_markers_do_not_make_headings():
    text = "Dear Anna,\n\nThe books came.[1]\n\nYours ever,\n\nTom\n\n[Handwritten: received]\n\n[1] Three of them.\n"
    tree = check(text)
    assert xpath(tree, "//tei:closer/tei:signed/text()") == ["Tom"]
    assert xpath(tree, "//tei:body/tei:note[@type='handwritten']/text()") == ["received"]
    assert not xpath(tree, "//tei:head | //tei:ab")


TELEGRAM_RECORD = """\
Document Date:

March 3, 1962

Repository:

State Archive, Fond 5, op. 30, d. 399

Abstract:

A short cable from the embassy reports on the harvest and the mood in the capital.

Translated by:

Ivan Petrov

[Stamp: Received 4 March]

CABLE

The harvest is late but good. The mood in the capital is calm, and the ministers expect no change.
"""


def test_record_with_differently_worded_fields_and_a_stamp():
    tree = check(TELEGRAM_RECORD)
    assert xpath(tree, "//tei:abstract/tei:p/text()") == [
        "A short cable from the embassy reports on the harvest and the mood in the capital."]
    assert xpath(tree, "//tei:respStmt[tei:resp='translated by']/tei:persName/text()") == ["Ivan Petrov"]
    assert xpath(tree, "//tei:sourceDesc//tei:idno[@type='archival']/text()") == ["State Archive, Fond 5, op. 30, d. 399"]
    assert xpath(tree, "string(//tei:body//tei:note[@type='stamp'])") == "Received 4 March"
    assert xpath(tree, "string(//tei:body//tei:note[@type='stamp']/tei:date/@when)") == "1962-03-04"
    assert xpath(tree, "//tei:body//tei:p/text()")[-1].startswith("The harvest is late")
    assert xpath(tree, "//tei:creation/tei:date/@when") == ["1962-03-03"]


# --- Markdown headings ---------------------------------------------------------------------------

MARKDOWN_ARTICLE = """\
# Notes on the Survey

The survey of the northern marshes began in the spring of that year, when the water was still high.

## The First Season ##

The surveyors worked from the old mill, which the parish lent them for the summer months.

### Instruments

They carried a chain, a level and two compasses, one of which was lost in the reeds.

## The Second Season

The second season was shorter, because the rain came early and the marsh flooded in September.

----

The survey was never finished, and its papers lie in the county record office to this day.
"""


def test_markdown_atx_headings_lose_their_marks_and_take_their_level_from_them():
    tree = check(MARKDOWN_ARTICLE)
    assert xpath(tree, "//tei:front//tei:titlePart/text()") == ["Notes on the Survey"]
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["Notes on the Survey"]
    sections = xpath(tree, "//tei:body/tei:div")
    assert [xpath(s, "string(tei:head)") for s in sections] == ["The First Season", "The Second Season"]
    assert [xpath(s, "string(tei:head)") for s in xpath(sections[0], "tei:div")] == ["Instruments"]
    assert not [h for h in xpath(tree, "//tei:head | //tei:titlePart") if "#" in text_of(h)]


def test_markdown_setext_headings():
    text = ("Notes on the Survey\n===================\n\n"
            "The survey of the northern marshes began in the spring of that year, when the water was high.\n\n"
            "The First Season\n----------------\n\n"
            "The surveyors worked from the old mill, which the parish lent them for the summer months.\n\n"
            "Instruments\n-----------\n\n"
            "They carried a chain, a level and two compasses, one of which was lost in the reeds.\n")
    tree = check(text)
    assert xpath(tree, "//tei:front//tei:titlePart/text()") == ["Notes on the Survey"]
    assert [text_of(h) for h in xpath(tree, "//tei:body/tei:div/tei:head")] == ["The First Season", "Instruments"]
    assert "=" not in text_of(xpath(tree, "//tei:text")[0]) and "--" not in text_of(xpath(tree, "//tei:text")[0])


def test_a_hash_without_a_space_is_no_heading():
    text = "A Short Report\n\n#hashtag\n\nThe survey began in the spring of that year, when the water was still high.\n"
    tree = check(text)
    assert not xpath(tree, "//tei:body//tei:head")
