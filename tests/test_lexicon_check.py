"""`rasd lexicon check` and user lexicon folders."""

import pytest
from typer.testing import CliRunner

import rasd
from rasd.cli import app
from rasd.lexicons import clear_caches
from rasd.lexicons.check import check_all

runner = CliRunner()


@pytest.fixture
def user_lexicons(tmp_path, monkeypatch):
    monkeypatch.setenv("RASD_LEXICONS", str(tmp_path))
    clear_caches()
    yield tmp_path
    monkeypatch.delenv("RASD_LEXICONS")
    clear_caches()


def write(folder, name, lines):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bundled_lexicons_have_no_errors():
    assert [p for p in check_all() if p.level == "error"] == []


def test_bad_user_files_are_reported_with_file_and_line(user_lexicons):
    people = write(user_lexicons, "people.tsv", [
        "# names\tenglish\tcode\tstart\tend",
        "سامي المثال\tSami Example\tXXXGOV\t2010-01-01\t2012-01-01",  # unknown country
        "سامي المثال\tSami Example\tEGYGOV\t2011-13-01\t-",  # bad date
        "رامي المثال\tRami Example\tEGYGOV\t2010-01-01\t2014-01-01",
        "رامي المثال\tRami Example\tEGYMIL\t2012-01-01\t2016-01-01",  # overlaps
        "هادي المثال\tHadi Example\tEGYGOV\t2015-01-01\t2013-01-01",  # ends before start
    ])
    write(user_lexicons, "agents.tsv", ["XYZ\tالحارس\tguard", "GOV"])
    write(user_lexicons, "nisba.tsv", ["EGY\tمصرا\t-"])
    write(user_lexicons, "triggers/19.tsv", [
        "190\tverb\tقصف مدفعي/يقصف\tsubj\tobj",
        "190\tverb\tقصف/قصف\tsubj\tobj",
        "041\tverb\tهاتف/يهاتف\tsubj\tobj",
        "999\tverb\tضرب/يضرب\tsubj\tobj",
        "190\tverb\tضرب/يضرب\tsubj\tفوق",
    ])
    words = write(user_lexicons, "function_words.tsv", ["ocasion\tخطبة\ta misspelt category"])
    problems = [str(p) for p in check_all()]
    text = "\n".join(problems)
    assert f"{people}:2: error: 'XXXGOV' starts with 'XXX'" in text
    assert f"{people}:3: error: '2011-13-01' is not a date" in text
    assert f"{people}:5: warning: Rami Example: role EGYMIL from 2012-01-01 overlaps" in text
    assert f"{people}:6: error: the role ends" in text
    assert "agents.tsv:1: error: unknown sector 'XYZ'" in text
    assert "agents.tsv:2: error: expected at least 2 tab-separated columns" in text
    assert "nisba.tsv:1: error: nisba 'مصرا' does not end in ي" in text
    assert "19.tsv:1: error: verb head" in text
    assert "19.tsv:2: error: imperfect 'قصف' does not start with ي" in text
    assert "19.tsv:3: warning: code 041 is filed under root 19" in text
    assert "19.tsv:4: error: '999' is not a CAMEO event code" in text
    assert "19.tsv:5: error: unknown target slot 'فوق'" in text
    assert f"{words}:1: error: unknown category 'ocasion'" in text
    result = runner.invoke(app, ["lexicon", "check"])
    assert result.exit_code == 1


def test_a_pattern_may_have_two_frames_but_not_one_twice(user_lexicons):
    write(user_lexicons, "triggers/18.tsv", [
        "1823\tnoun\tذبح\tclaim\tgen",
        "1823\tnoun\tذبح\tsubj\tgen",
        "1823\tnoun\tذبح\tsubj\tgen",
    ])
    dups = [str(p) for p in check_all() if "duplicates" in str(p) and "18.tsv" in str(p)]
    assert len(dups) == 1 and "18.tsv:3:" in dups[0]


def test_coding_survives_bad_lexicons(user_lexicons):
    write(user_lexicons, "triggers/19.tsv", ["190\tverbb\tقصف/يقصف\tsubj\tobj", "garbage"])
    write(user_lexicons, "people.tsv", ["اسم\tName\tnot-a-code\tyesterday\t-"])
    doc = rasd.code_text("اتهمت روسيا أوكرانيا بقصف المدينة.")
    assert doc.error is None and doc.events


def test_user_entries_add_to_and_override_the_bundled_ones(user_lexicons):
    text = "قال سامي المثال إن المحادثات مفيدة. واتهم بايدن روسيا بالتدخل."
    write(user_lexicons, "people.tsv", [
        "سامي المثال|المثال\tSami Example\tEGYGOV\t2010-01-01\t-",
        # overrides the bundled Joe Biden: only this role, so in 2022 he is not USAGOV
        "جو بايدن|بايدن\tJoe Biden\tUSALEG\t1973-01-03\t2009-01-15",
    ])
    doc = rasd.code_text(text, published="2022-01-01")
    codes = {m.text: m.code for m in doc.entities}
    assert codes["سامي المثال"] == "EGYGOV"
    assert codes["بايدن"] == "USA"


def test_the_code_cannot_ask_for_a_function_word_category_that_does_not_exist():
    from rasd.lexicons import words_of

    assert "امام" in words_of("preposition")  # normalised: hamza seats folded
    with pytest.raises(KeyError, match="ocasion"):
        words_of("ocasion")
