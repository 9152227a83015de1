"""What ../shared/SEEDS.md asks of each seed's edition, asserted by XPath on the converted seeds."""

import pytest
from lxml import etree

import teiconv

from conftest import SEEDS, text_of, xpath


@pytest.fixture(scope="module")
def seed():
    trees = {path.name[:3]: etree.fromstring(teiconv.to_bytes(teiconv.convert_file(path))) for path in SEEDS}
    return trees.__getitem__


def strings(tree, expr):
    return [text_of(e) if isinstance(e, etree._Element) else str(e) for e in xpath(tree, expr)]


# --- 000: a letter without title or date -----------------------------------------------------

def test_000_letter_parts(seed):
    tree = seed("000")
    assert strings(tree, "//tei:body/tei:opener/tei:salute") == ["Dear friends,"]
    assert strings(tree, "//tei:body/tei:closer/tei:salute") == ["With most cordial greetings,"]
    assert strings(tree, "//tei:body/tei:closer/tei:signed") == ["The President of the Communist International."]
    assert len(xpath(tree, "//tei:body/tei:p")) == 9


def test_000_header_title_from_signer_and_no_invented_date(seed):
    tree = seed("000")
    assert strings(tree, "//tei:titleStmt/tei:title") == ["Letter from The President of the Communist International"]
    [sender] = xpath(tree, "//tei:correspDesc/tei:correspAction[@type='sent']/tei:persName")
    assert xpath(tree, f"//tei:person[@xml:id='{sender.get('ref')[1:]}']")
    assert not xpath(tree, "//tei:correspAction/tei:date | //tei:creation")


# --- 001: a letter with From:/To: ------------------------------------------------------------

def test_001_correspondents_from_address_lines(seed):
    tree = seed("001")
    sent = "//tei:correspDesc/tei:correspAction[@type='sent']"
    assert strings(tree, f"{sent}/tei:orgName") == ["International Relations of the Left Party of Iran"]
    assert strings(tree, f"{sent}/tei:date/@when") == ["2024-03-08"]
    assert strings(tree, "//tei:correspAction[@type='received']/tei:orgName") == ["Iraqi Communist Party"]
    assert not [p for p in strings(tree, "//tei:body//tei:p") if p.startswith(("From:", "To:"))]


def test_001_salutations_open_sections_and_closer(seed):
    tree = seed("001")
    sections = xpath(tree, "//tei:body/tei:div[@type='section']")
    assert [xpath(s, "string(tei:opener/tei:salute)") for s in sections] == [
        "Dear comrades,", "Dear comrades", "Dear comrades", "Dear comrades,"]
    [closer] = xpath(tree, "//tei:body/tei:closer")
    assert strings(closer, "tei:salute") == ["Best wishes to you"]
    assert strings(closer, "tei:signed") == ["International relations of The Left Party of Iran"]
    assert strings(closer, "tei:dateline/tei:date/@when") == ["2024-03-08"]


# --- 002: a blog page with posts and comments ------------------------------------------------

def test_002_posts_with_heads_datelines_and_bylines(seed):
    tree = seed("002")
    posts = xpath(tree, "//tei:body/tei:div[@type='post']")
    assert len(posts) == 2 and all(xpath(p, "tei:head") for p in posts)
    second = posts[1]
    assert strings(second, "tei:dateline[1]/tei:date/@when") == ["2014-08-09"]
    assert strings(second, "tei:byline")[0].startswith("Statement of the Political Bureau")
    assert strings(second, ".//tei:dateline[tei:placeName='BAGHDAD']/tei:date/@when") == ["2014-08-06"]
    assert strings(second, ".//tei:byline/tei:persName") == ["Andrew Coates"]
    assert "2014-08-12T12:44:00" in strings(second, ".//tei:dateline/tei:date/@when")


def test_002_comment_thread(seed):
    tree = seed("002")
    comments = xpath(tree, "//tei:div[@type='comments']/tei:post[@type='comment']")
    assert [c.get("n") for c in comments] == ["1", "2", "4", "6", "7"]
    ids = set(xpath(tree, "//tei:listPerson/tei:person/@xml:id"))
    authors = [c.get("who") for c in comments]
    assert authors[2] is None  # comment 4 has no author line
    assert all(a[1:] in ids for a in authors if a)
    assert [xpath(c, "string(tei:byline/tei:persName)") for c in comments] == [
        "Jim Monaghan", "Andrew Coates", "", "Jim Denham", "Sue R"]
    assert all(c.get("when") for c in comments)


def test_002_address_in_a_comment_is_prose_and_quotes_are_block_quotations(seed):
    tree = seed("002")
    sixth = xpath(tree, "//tei:post[@n='6']")[0]
    assert strings(sixth, "tei:p[1]")[0].startswith("Andrew: I drew attention")
    assert len(xpath(sixth, "tei:quote")) >= 2
    assert xpath(tree, "//tei:post[@n='1']//tei:ref/@target")[0].startswith("http://stopwar.org.uk/")


# --- 003: a long article ---------------------------------------------------------------------

def test_003_title_and_section_heads(seed):
    tree = seed("003")
    assert strings(tree, "//tei:front//tei:titlePart") == [
        "Iraq: resistance giving a bloody nose to Anglo-American imperialism"]
    heads = strings(tree, "//tei:body/tei:div/tei:head")
    assert heads[:3] == ["Failure to form a government", "Al-Jaafari dumped", "The economy and infrastructure in ruins"]
    assert "Attempts to provoke a sectarian war" in heads
    assert len(xpath(tree, "//tei:body//tei:head")) == len(heads)  # no prose taken for a heading


def test_003_quotations_and_citation(seed):
    tree = seed("003")
    [cit] = [c for c in xpath(tree, "//tei:cit") if "Sunday Times" in text_of(c)]
    assert strings(cit, "tei:bibl") == ["Reported in Sunday Times, 7 May 2006"]
    assert strings(cit, "tei:quote/tei:p")[0].startswith("“It’s a very worrying development")
    assert len(xpath(tree, "//tei:body//tei:quote")) >= 5


def test_003_interpolations_dates_and_links(seed):
    tree = seed("003")
    remarks = strings(tree, "//tei:note[@type='editorial'][@place='inline']")
    assert "then Foreign Secretary" in remarks and "Defence Secretary at the time" in remarks
    assert "2006-04-21" in strings(tree, "//tei:date/@when")
    assert strings(tree, "//tei:date[.='20 March']/@when") == ["2006-03-20"]
    assert not xpath(tree, "//tei:date[contains(., '20,000') or contains(., 'percent')]")
    assert strings(tree, "//tei:body/tei:div[last()]/tei:list/tei:item") == [
        "Genocide and WMD in Iraq", "Anglo American imperialism caught between a rock and a hard place in Iraq"]


# --- 004: an archival record of a conversation -----------------------------------------------

def test_004_catalogue_fields_in_the_header(seed):
    tree = seed("004")
    bibl = "//tei:sourceDesc/tei:bibl"
    assert strings(tree, f"{bibl}/tei:idno[@type='archival']") == ["RGANI, f. 52, op. 1, d. 566, ll. 8-11"]
    assert strings(tree, f"{bibl}/tei:ptr/@target") == ["https://digitalarchive.umd.edu/document/209747"]
    resp = {xpath(r, "string(tei:resp)"): xpath(r, "string(tei:persName)") for r in xpath(tree, "//tei:respStmt")}
    assert resp["contributed by"] == "Sergey Radchenko"
    assert resp["translated by"] == "Angela Greenfield"
    assert resp["written down by"] == "O. Troyanovsky"
    assert strings(tree, "//tei:abstract/tei:p")[0].startswith("Khrushchev meets with a delegation")
    assert strings(tree, "//tei:funder") == ["Blavatnik Family Foundation"]
    assert "ru" in strings(tree, "//tei:langUsage/tei:language/@ident")
    assert xpath(tree, "//tei:notesStmt/tei:note[contains(., 'translation from Russian')]")
    assert not [p for p in strings(tree, "//tei:text//tei:p") if p.startswith(("Citation", "Summary", "Credits"))]


def test_004_front_matter_and_heading(seed):
    tree = seed("004")
    assert strings(tree, "//tei:front/tei:docDate/tei:date/@when") == ["1958-11-19"]
    assert strings(tree, "//tei:front/tei:docTitle/tei:titlePart")[0].startswith("Record of a Conversation")
    assert strings(tree, "//tei:body/tei:div/tei:head")[0].startswith("RECORD OF A CONVERSATION")


def test_004_annotations_insertions_and_page_breaks(seed):
    tree = seed("004")
    lines = "//tei:body//tei:note[@type='handwritten'][@hand='#hand-handwritten'][not(ancestor::tei:p or ancestor::tei:note)]"
    assert len(xpath(tree, lines)) == 4
    assert sorted(s for s in strings(tree, "//tei:supplied") if not s.isdigit()) == [
        "elements", "fight", "help", "you", "you"]
    broken = xpath(tree, "//tei:p[tei:pb]")
    assert len(broken) == 2
    assert "would not stand the" in text_of(broken[0]) and "aggression against" in text_of(broken[0])
