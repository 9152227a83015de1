"""Speakers and people: dialogue labels, interviews, chat exports, reported speech in records and
minutes, participant lists, and names that address someone without being speaker labels."""

import re

import pytest

import teiconv
from teiconv.names import parse_name, same_person
from teiconv.passes.speech import _SPEECH_VERBS, _VERB

from conftest import SEEDS, convert, lost_words, text_of, xpath

PLAY = """\
THE LIGHTHOUSE KEEPER

(A small round room at the top of a lighthouse. Night. MARTHA sits by the lamp, mending a net.)

MARTHA. The wind has turned again. Do you hear it?

TOBIAS. I hear nothing but the kettle.

MARTHA. (rising) Then you are deafer than the rocks below us.

TOBIAS
(crossing to the window)
The boat should have been in by now.
It is past midnight.

MARTHA
It will come when the sea allows it, and not before.

[A knock at the door.]

TOBIAS. Who would climb all those stairs at this hour?

MARTHA
Open it and see, you old fool.
"""

INTERVIEW = """\
Voices from the Harbour

An interview with Rosa Almeida, conducted by Peter Lindqvist in Lisbon on 12 May 2019.

Q: When did you first go out with the boats?

A: I was eleven. My uncle needed someone small to untangle the nets.

Q: Was it hard work?

A: Hard and cold. But I loved the silence before dawn.

Q: Do the young people still fish?

A: Very few of them. They go to the city now.
"""

MINUTES = """\
MINUTES OF THE HARBOUR BOARD

Present: Captain Ingrid Solberg (Chair of the Board), Dr. Tomas Rivera, Mrs. Alma Rivera, Councillor Ben Okafor, and representatives of the Fishermen's Cooperative Society.

Captain Solberg opens the meeting and states that the new quay must be finished before the winter storms.

Dr. Rivera replies that the engineers need another month. The ground is softer than expected.

He asks the board to approve additional funds for the foundations.

Councillor Okafor objects to any further spending this year.

The engineers, continues Dr. Rivera, have found old timber piles under the quay.

Mrs. Rivera states that the cooperative will contribute labour without payment.

Then the members of the board discuss the timetable for the works.

The meeting ended at nine in the evening.
"""

CHAT = """\
Ferry volunteers

[09:14] maria: has anyone seen the new schedule?
[09:15] kofi: yes, it was posted last night
[09:15] kofi: the ferry leaves at ten now
[09:17] maria: thanks!
that helps a lot

anna (09:20): I can take the morning shift
09:21 <kofi> great, I will tell the captain
"""

THREAD = """\
Notes on the Bridge Debate

The council voted on Tuesday to repair the old bridge rather than build a new one.

  1. I think the repair is the cheaper option in the long run, whatever the engineers say.

    Tom Harding

    March 3, 2021 at 10:15 am

  2. Tom: the engineers said the opposite. Repairs will cost more within ten years.

    Lena Fischer

    March 3, 2021 at 11:02 am
"""

ESSAY = """\
On Keeping Bees

Bees need little from their keeper but patience and a dry place for the hives in winter.

Margaret: you asked me last spring why my hives survived the frost. The answer is straw.

Straw keeps the warmth in and lets the damp out, which matters more than any medicine.
"""


def turns(tree):
    return [sp.get("who") for sp in xpath(tree, "//tei:body//tei:sp")]


def assert_sound(text, tree):
    """Every @who and @ref points to an id of the header; the edition is valid; no word is lost."""
    ids = set(xpath(tree, "//tei:teiHeader//@xml:id"))
    for value in xpath(tree, "//tei:text//@who | //tei:text//@ref | //tei:teiHeader//@ref"):
        assert value.startswith("#") and value[1:] in ids, value
    assert teiconv.validate(tree) == []
    assert lost_words(text, tree) == []


# --- dialogue labels ---------------------------------------------------------------------------


def test_play_labels_in_two_styles():
    tree = convert(PLAY, "play.txt")
    assert turns(tree) == ["#martha", "#tobias", "#martha", "#tobias", "#martha", "#tobias", "#martha"]
    assert [text_of(s) for s in xpath(tree, "//tei:sp/tei:speaker")] == [
        "MARTHA.", "TOBIAS.", "MARTHA.", "TOBIAS", "MARTHA", "TOBIAS.", "MARTHA"]
    assert_sound(PLAY, tree)


def test_play_stage_directions_between_and_inside_speeches():
    tree = convert(PLAY, "play.txt")
    between = [text_of(s) for s in xpath(tree, "//tei:body//tei:stage[not(ancestor::tei:sp)]")]
    assert between == [
        "(A small round room at the top of a lighthouse. Night. MARTHA sits by the lamp, mending a net.)",
        "[A knock at the door.]"]
    assert [text_of(s) for s in xpath(tree, "//tei:sp/tei:stage")] == ["(rising)", "(crossing to the window)"]
    [crossing] = xpath(tree, "//tei:sp[tei:stage='(crossing to the window)']")
    assert [text_of(p) for p in xpath(crossing, "tei:p")] == [
        "The boat should have been in by now. It is past midnight."]
    assert text_of(xpath(tree, "//tei:sp")[2]).endswith("(rising) Then you are deafer than the rocks below us.")


def test_play_speakers_are_people_of_the_header():
    tree = convert(PLAY, "play.txt")
    people = xpath(tree, "//tei:particDesc/tei:listPerson/tei:person")
    assert {p.get("{http://www.w3.org/XML/1998/namespace}id"): text_of(p) for p in people} == {
        "martha": "MARTHA", "tobias": "TOBIAS"}


def test_labels_of_different_people_sharing_a_surname_stay_apart():
    text = "\n\n".join(["HIGGINS. Where is she?", "MRS. HIGGINS. In the garden.", "HIGGINS. Alone?",
                       "MRS. HIGGINS. With her book.", "HIGGINS. Then I shall wait.", "MRS. HIGGINS. Do."]) + "\n"
    tree = convert(text, "higgins.txt")
    assert turns(tree) == ["#higgins", "#higgins-2"] * 3
    assert_sound(text, tree)


# --- interviews --------------------------------------------------------------------------------


def test_interview_questions_and_answers_are_tied_to_the_people_it_names():
    tree = convert(INTERVIEW, "interview.txt")
    assert turns(tree) == ["#lindqvist", "#almeida"] * 3
    roles = {p.get("role"): text_of(p) for p in xpath(tree, "//tei:listPerson/tei:person")}
    assert roles == {"interviewer": "Peter Lindqvist", "respondent": "Rosa Almeida"}
    assert [text_of(s) for s in xpath(tree, "//tei:sp/tei:speaker")] == ["Q:", "A:"] * 3
    assert_sound(INTERVIEW, tree)


def test_interview_without_names_has_an_interviewer_and_a_respondent():
    text = INTERVIEW.replace("An interview with Rosa Almeida, conducted by Peter Lindqvist in Lisbon on 12 May 2019.",
                             "Recorded in Lisbon on 12 May 2019.")
    tree = convert(text, "interview.txt")
    assert turns(tree) == ["#interviewer", "#respondent"] * 3
    assert_sound(text, tree)


# --- chat exports ------------------------------------------------------------------------------


def test_chat_messages_are_turns_with_their_time():
    tree = convert(CHAT, "chat.txt")
    assert turns(tree) == ["#maria", "#kofi", "#kofi", "#maria", "#anna", "#kofi"]
    assert [text_of(s) for s in xpath(tree, "//tei:sp/tei:speaker")] == [
        "[09:14] maria:", "[09:15] kofi:", "[09:15] kofi:", "[09:17] maria:", "anna (09:20):", "09:21 <kofi>"]
    assert [text_of(d) for d in xpath(tree, "//tei:sp/tei:speaker/tei:date")][:2] == ["09:14", "09:15"]
    assert text_of(xpath(tree, "//tei:sp")[3]).endswith("thanks! that helps a lot")
    assert_sound(CHAT, tree)


# --- reported speech in minutes ----------------------------------------------------------------


def test_minutes_turns_follow_reported_speech():
    tree = convert(MINUTES, "minutes.txt")
    assert turns(tree) == ["#solberg", "#rivera", "#okafor", "#rivera", "#alma-rivera"]
    sps = xpath(tree, "//tei:body//tei:sp")
    assert not xpath(tree, "//tei:sp/tei:speaker")
    assert [len(xpath(sp, "tei:p")) for sp in sps] == [1, 2, 1, 1, 1]
    assert text_of(xpath(sps[1], "tei:p")[1]).startswith("He asks the board")
    assert_sound(MINUTES, tree)


def test_minutes_narration_belongs_to_no_turn():
    tree = convert(MINUTES, "minutes.txt")
    outside = [text_of(p) for p in xpath(tree, "//tei:body//tei:p[not(ancestor::tei:sp)]")]
    assert outside[1:] == ["Then the members of the board discuss the timetable for the works.",
                           "The meeting ended at nine in the evening."]
    assert outside[0].startswith("Present:")


def test_minutes_participant_list_gives_the_people_and_marks_their_names():
    tree = convert(MINUTES, "minutes.txt")
    forms = {p.get("{http://www.w3.org/XML/1998/namespace}id"): [text_of(n) for n in xpath(p, "tei:persName")]
             for p in xpath(tree, "//tei:listPerson/tei:person")}
    assert forms == {
        "solberg": ["Captain Ingrid Solberg", "Chair of the Board", "Captain Solberg"],
        "rivera": ["Dr. Tomas Rivera", "Dr. Rivera"],
        "alma-rivera": ["Mrs. Alma Rivera", "Mrs. Rivera"],
        "okafor": ["Councillor Ben Okafor", "Councillor Okafor"],
    }
    assert [text_of(o) for o in xpath(tree, "//tei:listOrg/tei:org/tei:orgName")] == ["Fishermen's Cooperative Society"]
    [present] = xpath(tree, "//tei:p[starts-with(., 'Present:')]")
    assert [n.get("ref") for n in xpath(present, "tei:persName | tei:orgName")] == [
        "#solberg", "#rivera", "#alma-rivera", "#okafor", "#fishermen-s-cooperative-society"]
    assert "sp" in " ".join(xpath(tree, "//tei:editorialDecl/tei:p/text()"))


def test_reported_speech_is_left_alone_outside_records():
    text = ("A Quiet Week\n\nThe mayor said on Monday that the market would reopen.\n\n"
            "Shops stayed closed for most of the week, and the square was empty.\n")
    tree = convert(text, "news.txt")
    assert turns(tree) == []
    assert_sound(text, tree)


# --- names that address someone ----------------------------------------------------------------


def test_comment_addressing_someone_is_no_speech():
    tree = convert(THREAD, "thread.txt")
    assert turns(tree) == []
    assert [text_of(p) for p in xpath(tree, "//tei:post[@n='2']/tei:p")] == [
        "Tom: the engineers said the opposite. Repairs will cost more within ten years."]
    assert_sound(THREAD, tree)


def test_prose_paragraph_addressing_someone_is_no_speech():
    tree = convert(ESSAY, "essay.txt")
    assert turns(tree) == []
    assert any(text_of(p).startswith("Margaret: you asked me") for p in xpath(tree, "//tei:body//tei:p"))
    assert_sound(ESSAY, tree)


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize("a, b, same", [
    ("N.S. Ivanov", "Cde. Nikolai Semyonovich Ivanov", True),
    ("General Ivanov", "Brigadier General Pyotr Ivanov", True),
    ("IVANOV", "Ivanov", True),
    ("Ahmed Kamil", "Yusuf Kamil", False),
    ("Mr. Lee", "Mrs. Lee", False),
    ("The King of Argos", "King", False),
])
def test_forms_of_one_name(a, b, same):
    assert same_person(parse_name(a), parse_name(b)) is same


# --- seeds -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return {path.name[:3]: (path.read_text(encoding="utf-8"), convert(path.read_text(encoding="utf-8"), path.name))
            for path in SEEDS}.__getitem__


def test_seed_record_turns_and_their_speakers(seed):
    text, tree = seed("004")
    assert turns(tree) == ["#khrushchev", "#hassan"] * 3 + ["#khrushchev"]
    openings = [text_of(xpath(sp, "tei:p")[0]) for sp in xpath(tree, "//tei:body//tei:sp")]
    assert [o[:40] for o in openings] == [
        "When greeting the delegation, N.S. Khrus",
        "Hassan states that the members of the de",
        "N.S. Khrushchev thanks Hassan for the gr",
        "In the conclusion, Hassan once again fro",
        "N.S. Khrushchev answers that this is jus",
        "Hassan expresses his deep gratitude to N",
        "N.S. Khrushchev requests once again to g",
    ]
    assert_sound(text, tree)


def test_seed_record_paragraphs_stay_with_their_speaker(seed):
    _, tree = seed("004")
    def who_says(start):
        [p] = xpath(tree, f"//tei:body//tei:p[starts-with(normalize-space(), '{start}')]")
        return p.getparent().get("who")
    assert who_says("We have no reason to doubt, Hassan continues") == "#hassan"
    assert who_says("The Iraqi people will never forget") == "#hassan"
    assert who_says("The Soviet Union, continues N.S. Khrushchev") == "#khrushchev"
    assert who_says("And therefore, says N.S. Khrushchev") == "#khrushchev"
    assert who_says("You also cannot afford") == "#khrushchev"
    assert who_says("Then the members of the delegation discuss") is None
    assert who_says("The conversation lasted 40 minutes.") is None


def test_seed_record_speaker_known_under_several_forms(seed):
    _, tree = seed("004")
    [hassan] = xpath(tree, "//tei:listPerson/tei:person[@xml:id='hassan']")
    assert [text_of(n) for n in xpath(hassan, "tei:persName")] == [
        "Brigadier General Abdul Majid Hassan", "Mayor of Baghdad", "Hassan"]
    assert xpath(tree, "//tei:listPerson/tei:person[@xml:id='khrushchev']/tei:persName[.='N.S. Khrushchev']")
    [present] = xpath(tree, "//tei:p[starts-with(., 'Present:')]")
    assert len(xpath(present, "tei:persName[@ref]")) == 7


def test_seed_comment_address_is_no_speaker_label(seed):
    _, tree = seed("002")
    assert turns(tree) == []
    assert any(text_of(p).startswith("Andrew: I drew attention") for p in xpath(tree, "//tei:post/tei:p"))


# --- more label and message styles -------------------------------------------------------------


def test_minutes_labels_name_listed_participants():
    text = ("Minutes of the Garden Committee\n\nPresent: Ann Lee, Omar Haddad.\n\n"
            "Lee: We must decide about the fence today.\n\nHaddad: I agree, but the quotes are late.\n\n"
            "The meeting closed at noon.\n")
    tree = convert(text, "garden.txt")
    assert turns(tree) == ["#lee", "#haddad"]
    assert [text_of(s) for s in xpath(tree, "//tei:sp/tei:speaker")] == ["Lee:", "Haddad:"]
    assert [text_of(p) for p in xpath(tree, "//tei:sp/tei:p")] == [
        "We must decide about the fence today.", "I agree, but the quotes are late."]
    assert_sound(text, tree)


def test_labels_in_italics_and_with_directions_before_the_colon():
    text = "\n\n".join([
        "_Hale._ You are late again.", "_Mrs. Hale_ (taking off her gloves): The tram was full.",
        "_Hale._ It always is.", "_Mrs. Hale_: Then we must leave earlier.",
        "_Hale._ Or stay at home.", "_Mrs. Hale:_ Never."]) + "\n"
    tree = convert(text, "hale.txt")
    assert turns(tree) == ["#hale", "#hale-2"] * 3
    assert [text_of(s) for s in xpath(tree, "//tei:sp/tei:stage")] == ["(taking off her gloves):"]
    assert_sound(text, tree)


def test_chat_with_dated_stamps_and_names_with_spaces():
    text = ("[2021-03-12 09:14] Maria Lopez: are we still meeting?\n"
            "[2021-03-12 09:15] Kofi Mensah: yes, at the pier\n"
            "[2021-03-12 09:16] Maria Lopez: see you there\n")
    tree = convert(text, "chat.txt")
    assert turns(tree) == ["#lopez", "#mensah", "#lopez"]
    assert xpath(tree, "//tei:sp/tei:speaker/tei:date/@when")[0] == "2021-03-12T09:14:00"
    assert_sound(text, tree)


def test_agenda_with_times_is_no_chat():
    text = ("Programme\n\n09:30 Registration: coffee in the hall\n10:00 Opening: words of welcome\n"
            "10:30 Keynote: the future of small harbours\n")
    tree = convert(text, "agenda.txt")
    assert turns(tree) == []
    assert_sound(text, tree)


def test_a_few_labelled_paragraphs_do_not_make_a_dialogue():
    text = ("Field Notes\n\nNote: the river was high.\n\nWeather: rain all day.\n\n"
            "Note: the ferry did not run.\n\nWeather: clearing by evening.\n")
    tree = convert(text, "notes.txt")
    assert turns(tree) == []
    assert_sound(text, tree)


def test_interview_after_catalogue_fields():
    text = ("Title: Harbour voices\n\nInterviewer: Peter Lindqvist\n\nQ: When did you start?\n\nA: At eleven.\n\n"
            "Q: Was it hard?\n\nA: Very.\n\nQ: And now?\n\nA: Retired.\n")
    assert turns(convert(text, "interview.txt")) == ["#lindqvist", "#respondent"] * 3


def test_the_verb_pattern_matches_exactly_the_speech_verbs():
    verbs = re.compile(rf"(?:{_VERB})")
    assert all(verbs.fullmatch(verb) for verb in _SPEECH_VERBS)
    assert not any(verbs.fullmatch(word) for word in ("state", "say", "asking", "s", "", "notesx", "Says"))


# --- short scenes and plays --------------------------------------------------------------------

SHORT_PLAY = """\
THE NIGHT FERRY

A Play in One Act

CHARACTERS:
ROSA, a ferry-keeper
PETER QUINN, a traveller
AN OLD MAN

SCENE: A jetty on a river at dusk.

ROSA. You are too late, sir. The ferry left at eight.

PETER QUINN. Then I must wait till dawn?

ROSA. [Setting down her lantern.] There is a hut by the landing.

Quinn: That is good of you.

Rosa (smiling): Goodness has nothing to do with it.
"""

COLON_SCENE = """\
A Kitchen Scene

ADA: Is the kettle on?

BORIS: It has been on for an hour.

ADA: Then where is the tea?

BORIS: In the tin, where it always is.
"""


def test_short_play_with_a_cast_list_and_mixed_labels():
    tree = convert(SHORT_PLAY, "ferry.txt")
    assert turns(tree) == ["#rosa", "#quinn", "#rosa", "#quinn", "#rosa"]
    assert [text_of(s) for s in xpath(tree, "//tei:sp/tei:speaker")] == [
        "ROSA.", "PETER QUINN.", "ROSA.", "Quinn:", "Rosa"]
    assert [text_of(s) for s in xpath(tree, "//tei:sp/tei:stage")] == ["[Setting down her lantern.]", "(smiling):"]
    assert not xpath(tree, "//tei:body//tei:p[not(ancestor::tei:sp)]")
    assert_sound(SHORT_PLAY, tree)


def test_cast_list_is_a_cast_list_of_roles_pointing_at_the_speakers():
    tree = convert(SHORT_PLAY, "ferry.txt")
    [cast] = xpath(tree, "//tei:body//tei:castList")
    assert text_of(xpath(cast, "tei:head")[0]) == "CHARACTERS:"
    assert [text_of(i) for i in xpath(cast, "tei:castItem")] == [
        "ROSA, a ferry-keeper", "PETER QUINN, a traveller", "AN OLD MAN"]
    assert [(text_of(n), n.get("ref")) for n in xpath(cast, "tei:castItem/tei:role/tei:persName")] == [
        ("ROSA", "#rosa"), ("PETER QUINN", "#quinn")]
    assert [text_of(d) for d in xpath(cast, "tei:castItem/tei:roleDesc")] == ["a ferry-keeper", "a traveller"]
    assert xpath(tree, "//tei:editorialDecl//tei:p[contains(., 'castList')]")
    assert not xpath(tree, "//tei:head[contains(., 'ROSA')]")
    people = {p.get("{http://www.w3.org/XML/1998/namespace}id"): text_of(p)
              for p in xpath(tree, "//tei:particDesc//tei:person")}
    assert people == {"rosa": "ROSA", "quinn": "PETER QUINN"}


def test_scene_line_before_the_first_speech_is_a_setting():
    tree = convert(SHORT_PLAY, "ferry.txt")
    [setting] = xpath(tree, "//tei:body//tei:stage[@type='setting']")
    assert text_of(setting) == "SCENE: A jetty on a river at dusk."
    assert setting.getnext().tag.endswith("}sp")


def test_short_scene_with_colon_labels_is_a_dialogue():
    tree = convert(COLON_SCENE, "kitchen.txt")
    assert turns(tree) == ["#ada", "#boris"] * 2
    assert [text_of(p) for p in xpath(tree, "//tei:sp/tei:p")][-1] == "In the tin, where it always is."
    assert_sound(COLON_SCENE, tree)


def test_short_scene_with_names_alone_above_the_speech():
    text = ("At the Gate\n\nADA\n\nWho is there?\n\nBORIS\n\nOnly me. Open up.\n\nADA\n\nAt this hour?\n\n"
            "BORIS\n\nIt is raining, Ada.\n")
    tree = convert(text, "gate.txt")
    assert turns(tree) == ["#ada", "#boris"] * 2
    assert [text_of(p) for p in xpath(tree, "//tei:sp/tei:p")] == [
        "Who is there?", "Only me. Open up.", "At this hour?", "It is raining, Ada."]
    assert_sound(text, tree)


def test_short_scene_in_italic_and_mixed_case_labels_ties_one_person():
    text = ("Breakfast\n\n_Ada._ The toast is burnt.\n\nBORIS. Again?\n\nADA (sighing): Again.\n\n"
            "_Boris._ Then we shall have eggs.\n")
    tree = convert(text, "breakfast.txt")
    assert turns(tree) == ["#ada", "#boris"] * 2
    assert len(xpath(tree, "//tei:particDesc//tei:person")) == 2
    assert_sound(text, tree)


def test_cast_list_one_member_a_block_and_a_member_who_speaks_once():
    text = ("THE VISIT\n\nPERSONS OF THE PLAY\n\nMrs. Vane, a widow.\n\nDoctor Lark.\n\nA Maid.\n\n"
            "ACT I\n\nMRS. VANE. You came after all.\n\nDOCTOR LARK. I said I would.\n\n"
            "MAID. The tea is ready, madam.\n\nMRS. VANE. Then we shall have it here.\n")
    tree = convert(text, "visit.txt")
    assert turns(tree) == ["#vane", "#lark", "#maid", "#vane"]
    [cast] = xpath(tree, "//tei:castList")
    assert [text_of(i) for i in xpath(cast, "tei:castItem")] == ["Mrs. Vane, a widow.", "Doctor Lark.", "A Maid."]
    assert_sound(text, tree)


@pytest.mark.parametrize("text", [
    # Fields of a record alternate as a scene's names do.
    "Record 12\n\nSubject: Harbour repairs.\n\nDate: 12 May 2019.\n\nSubject: Quay lights.\n\nDate: 14 May 2019.\n",
    # Memos of two meetings, their fields in turn.
    "Memos\n\nParticipants: Ann Lee, Omar Haddad.\n\nSubject: The fence.\n\nParticipants: Ann Lee, Ben Okafor.\n\n"
    "Subject: The budget for the year.\n",
    # Letters in which two friends address each other.
    "Two Letters\n\nTom: you are right about the boat, and I was wrong.\n\nAnna: you never admit that.\n\n"
    "Tom: only in writing.\n\nAnna: then keep writing to me.\n",
    # Places that open paragraphs of a travel diary, each more than once, in a long text.
    "Travels\n\nLondon. The city was grey.\n\nParis. The city was gold.\n\nLondon. Rain again.\n\nParis. Sun again.\n\n"
    + "We walked every day and saw a great deal of both cities, more than we could write down here.\n\n" * 6,
])
def test_short_texts_shaped_like_fields_or_addresses_are_no_scene(text):
    tree = convert(text, "record.txt")
    assert turns(tree) == []
    assert_sound(text, tree)


def test_a_label_stands_for_a_cast_member_only_when_it_names_one():
    text = ("THE FORGE\n\nCHARACTERS\nIRON AND FIRE, two smiths\nA SMITH\nMILO, an apprentice\n\n"
            "IRON. Strike now.\n\nMILO. I am striking.\n\nSMITH. Harder, boy.\n\nMILO. Harder it is.\n\n"
            "IRON. Good.\n\nMILO. Is it done?\n")
    tree = convert(text, "forge.txt")
    names = [text_of(p) for p in xpath(tree, "//tei:particDesc//tei:person")]
    assert names == ["IRON", "MILO", "SMITH"]
    assert turns(tree) == ["#iron", "#milo", "#smith", "#milo", "#iron", "#milo"]
    assert_sound(text, tree)
