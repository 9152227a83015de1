"""The command line through click's CliRunner: exit codes and messages."""

import shutil

import pytest
from click.testing import CliRunner

from teiconv.cli import main

from conftest import REPO

LETTER = "Dear Anna,\n\nThe parcel came today and the books are safe.\n\nYours ever,\n\nTom\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with seeds/ holding one text, as the current directory."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "letter.txt").write_text(LETTER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_version_and_help(runner):
    assert runner.invoke(main, ["--version"]).output.startswith("teiconv, version ")
    for command in ("convert", "validate", "build", "check"):
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output


def test_convert_writes_one_edition_per_text(runner, project):
    result = runner.invoke(main, ["convert", "seeds", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert (project / "out" / "letter.xml").read_bytes().startswith(b"<?xml")


def test_convert_missing_file_exits_2_naming_it(runner, project):
    result = runner.invoke(main, ["convert", "nowhere.txt"])
    assert result.exit_code == 2
    assert "nowhere.txt: no such file or folder" in result.output


def test_convert_folder_without_texts_exits_2(runner, project):
    (project / "empty").mkdir()
    result = runner.invoke(main, ["convert", "empty"])
    assert result.exit_code == 2
    assert "no .txt files" in result.output


def test_unreadable_input_exits_2_and_writes_nothing(runner, project):
    (project / "seeds" / "bad.txt").write_bytes(b"caf\xe9\n")
    result = runner.invoke(main, ["convert", "seeds/bad.txt", "-o", "out"])
    assert result.exit_code == 2
    assert "seeds/bad.txt:1: not valid utf-8" in result.output
    assert not (project / "out" / "bad.xml").exists()


def test_validate_reports_file_line_column_and_exits_1(runner, project):
    bad = project / "bad.xml"
    bad.write_text(
        '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <nonsense/>\n</TEI>\n', encoding="utf-8"
    )
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"{bad}:3:3: error:"), first
    assert "1 files, 1 invalid" in result.output


def test_validate_not_well_formed(runner, project):
    broken = project / "broken.xml"
    broken.write_text("<TEI>\n<p>\n</TEI>\n", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:3:" in result.output and "[not-well-formed]" in result.output


def hand_edit(edition):
    edition.write_text(edition.read_text(encoding="utf-8").replace("parcel", "packet"), encoding="utf-8")


def test_build_then_check_passes_and_a_hand_edit_fails_check(runner, project):
    assert runner.invoke(main, ["build"]).exit_code == 0
    assert runner.invoke(main, ["check"]).exit_code == 0
    hand_edit(project / "tei" / "letter.xml")
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1
    assert "tei/letter.xml: edited by hand" in result.output
    assert "+" in result.output and "parcel" in result.output


def test_check_tells_a_changed_source_apart(runner, project):
    runner.invoke(main, ["build"])
    (project / "seeds" / "letter.txt").write_text(LETTER.replace("today", "yesterday"), encoding="utf-8")
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1
    assert "tei/letter.xml: stale: its source changed" in result.output


def test_convert_refuses_to_overwrite_a_hand_edit(runner, project):
    runner.invoke(main, ["convert", "seeds", "-o", "tei"])
    edition = project / "tei" / "letter.xml"
    hand_edit(edition)
    edited = edition.read_bytes()
    result = runner.invoke(main, ["convert", "seeds", "-o", "tei"])
    assert result.exit_code == 1
    assert "tei/letter.xml: error: was edited by hand" in result.output and "--force" in result.output
    assert edition.read_bytes() == edited
    assert runner.invoke(main, ["convert", "seeds", "-o", "tei", "--force"]).exit_code == 0
    assert b"parcel" in edition.read_bytes()


def test_convert_does_not_overwrite_a_file_it_did_not_write(runner, project):
    (project / "tei").mkdir()
    foreign = project / "tei" / "letter.xml"
    foreign.write_text("<mine/>", encoding="utf-8")
    result = runner.invoke(main, ["convert", "seeds", "-o", "tei"])
    assert result.exit_code == 1 and "was not written by teiconv" in result.output
    assert foreign.read_text(encoding="utf-8") == "<mine/>"


def test_dry_run_writes_nothing(runner, project):
    result = runner.invoke(main, ["convert", "seeds", "-o", "tei", "--dry-run"])
    assert result.exit_code == 0
    assert "would write: tei/letter.xml" in result.output
    assert not (project / "tei").exists()


def test_files_no_source_produced_are_kept(runner, project):
    (project / "tei").mkdir()
    (project / "tei" / "notes.xml").write_text("<kept/>", encoding="utf-8")
    runner.invoke(main, ["convert", "seeds", "-o", "tei"])
    assert (project / "tei" / "notes.xml").read_text(encoding="utf-8") == "<kept/>"


def test_unwritable_output_folder_exits_2(runner, project):
    (project / "blocked").write_text("a file, not a folder", encoding="utf-8")
    result = runner.invoke(main, ["convert", "seeds", "-o", "blocked/out"])
    assert result.exit_code == 2
    assert "blocked/out: cannot write" in result.output


def test_check_fails_when_an_edition_is_missing(runner, project):
    runner.invoke(main, ["build"])
    (project / "tei" / "letter.xml").unlink()
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1 and "missing" in result.output


def test_check_on_the_repository_seeds_passes(runner, tmp_path, monkeypatch):
    """The committed tei/ is what the converter produces now (the CI gate)."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copytree(REPO / "tei", tmp_path / "tei")
    shutil.copy(REPO / "teiconv.toml", tmp_path / "teiconv.toml")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 0, result.output


def test_no_progress_bar_when_not_on_a_terminal(runner, project):
    for number in range(5):
        (project / "seeds" / f"extra{number}.txt").write_text(LETTER, encoding="utf-8")
    result = runner.invoke(main, ["convert", "seeds", "-o", "out", "-j", "1"])
    assert result.exit_code == 0
    assert "Converting" not in result.output and "%" not in result.output


def test_verbose_says_what_happened_to_each_file(runner, project):
    result = runner.invoke(main, ["-v", "convert", "seeds", "-o", "out"])
    assert "out/letter.xml: write" in result.output
    assert "out/letter.xml" not in runner.invoke(main, ["-q", "convert", "seeds", "-o", "out2"]).output
