"""Catalogue fields of memoranda, telegrams and diplomatic letters, worded in the usual ways."""

import teiconv

from conftest import convert, lost_words, text_of, xpath


def check(text: str):
    tree = convert(text)
    assert teiconv.validate(tree) == []
    assert lost_words(text, tree) == []
    return tree


MEMO_ONE_BLOCK = """\
MEMORANDUM OF CONVERSATION

Topic: Harbour Dues at the Northern Ports
Persons present: Consul Marta Ilves; Mr. Jonas Berg, Trade Section;
   Deputy Minister Aino Kask
Dated: 4 October 1962
Location: Ministry of Foreign Affairs, Tallinn

The Consul opened by saying that the new harbour dues fell hardest on small shipping lines.

The Deputy Minister promised to raise the matter with the port authority before the winter.
"""


def test_fields_on_consecutive_lines_are_separate_fields():
    tree = check(MEMO_ONE_BLOCK)
    assert xpath(tree, "//tei:keywords[@n='Topic']/tei:term/text()") == ["Harbour Dues at the Northern Ports"]
    assert xpath(tree, "//tei:creation/tei:date/@when") == ["1962-10-04"]
    assert xpath(tree, "//tei:creation/tei:placeName/text()") == ["Ministry of Foreign Affairs, Tallinn"]
    # the wrapped line goes on the participants' value, which stays in the text with its people listed
    [participants] = xpath(tree, "//tei:body/tei:p[starts-with(., 'Persons present')]")
    assert "Deputy Minister Aino Kask" in text_of(participants)
    ids = xpath(tree, "//tei:particDesc/tei:listPerson/tei:person/@xml:id")
    assert {"ilves", "berg", "kask"} <= set(ids)
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["MEMORANDUM OF CONVERSATION: Harbour Dues at the Northern Ports"]
    assert not xpath(tree, "//tei:notesStmt")


MEMO_SEPARATE_BLOCKS = """\
Record of Meeting

Re: Exchange of Students, 1975

Attendees: Professor Elena Rossi, Dr. Paul Meyer

Date: March 3, 1975

Place: Embassy of Italy

Professor Rossi proposed that twenty students be exchanged each year.
"""


def test_fields_in_separate_blocks_go_to_their_header_places():
    tree = check(MEMO_SEPARATE_BLOCKS)
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["Record of Meeting: Exchange of Students, 1975"]
    assert xpath(tree, "//tei:keywords[@n='Re']/tei:term/text()") == ["Exchange of Students, 1975"]
    assert set(xpath(tree, "//tei:listPerson/tei:person/@xml:id")) == {"rossi", "meyer"}
    assert xpath(tree, "//tei:creation/tei:placeName/text()") == ["Embassy of Italy"]
    assert not xpath(tree, "//tei:notesStmt")
    assert not xpath(tree, "//tei:body//tei:dateline")


def test_subject_gives_the_title_when_there_is_no_heading():
    text = "Subject: Visa Policy\nDate: 2 May 1980\n\nThe visitor asked about the new rules for students.\n"
    tree = check(text)
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["Visa Policy"]


TELEGRAM = """\
CONFIDENTIAL

CABLEGRAM

From: Legation Stockholm
To: Foreign Office, London
Date: 11 February 1940
Telegram No. 88

MINISTER RECEIVED ME THIS MORNING STOP HE WILL REPLY BY THURSDAY.

HARGREAVE
"""


def test_telegram_address_lines_number_marking_and_signature():
    tree = check(TELEGRAM)
    sent = "//tei:correspDesc/tei:correspAction[@type='sent']"
    assert xpath(tree, f"{sent}/tei:orgName/text()") == ["Legation Stockholm"]
    assert xpath(tree, f"{sent}/tei:date/@when") == ["1940-02-11"]
    assert xpath(tree, "//tei:correspAction[@type='received']/*/text()") == ["Foreign Office, London"]
    assert xpath(tree, "//tei:sourceDesc/tei:bibl/tei:idno[@type='reference']/text()") == ["88"]
    assert xpath(tree, "//tei:notesStmt/tei:note[@type='classification']/text()") == ["CONFIDENTIAL"]
    assert xpath(tree, "//tei:body/tei:closer/tei:signed/text()") == ["HARGREAVE"]
    assert xpath(tree, "//tei:body/tei:opener/tei:seg/@type") == ["sender", "addressee"]
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["CABLEGRAM from Legation Stockholm to Foreign Office, London"]
    assert len(xpath(tree, "//tei:body/tei:p")) == 1


def test_makers_and_references_and_classification_fields():
    text = ("NOTE FOR THE FILE\n\nClassification: Secret\nRef.: AB/17/3\nDrafted by: Ms. Ann Ortiz\n"
            "Distribution: Political Section; Archive\n\nThe talks will resume after the holidays.\n")
    tree = check(text)
    assert xpath(tree, "//tei:notesStmt/tei:note[@type='classification'][@n='Classification']/text()") == ["Secret"]
    assert xpath(tree, "//tei:bibl/tei:idno[@n='Ref.']/text()") == ["AB/17/3"]
    assert xpath(tree, "//tei:respStmt[tei:resp='drafted by']/tei:persName/text()") == ["Ms. Ann Ortiz"]
    assert xpath(tree, "//tei:notesStmt/tei:note[not(@type)]/text()") == ["Distribution: Political Section; Archive"]


def test_a_lone_capitalised_word_ends_an_article_as_a_paragraph():
    text = ("The Harbour Question\n\nThe harbour dues were raised twice in one year, and the small lines suffered.\n\n"
            "Nobody in the ministry would say why.\n\nAgain\n")
    tree = check(text)
    assert not xpath(tree, "//tei:closer")


def test_a_letter_signed_without_a_valediction():
    text = "Dear Mr. Novak,\n\nThe books you asked for were sent on Monday.\n\nPetra Lindqvist\n"
    tree = check(text)
    assert xpath(tree, "//tei:closer/tei:signed/text()") == ["Petra Lindqvist"]
    assert xpath(tree, "//tei:correspAction[@type='sent']/tei:persName/text()") == ["Petra Lindqvist"]
