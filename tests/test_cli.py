import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def code(*args, input=None):
    result = runner.invoke(app, ["code", *args], input=input)
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, docs


def test_every_command_has_help_with_an_example():
    for cmd in (["code"], ["eval", "gsr"], ["eval", "sentences"], ["lexicon", "check"]):
        result = runner.invoke(app, [*cmd, "--help"])
        assert result.exit_code == 0, result.output
        assert "Example" in result.output


def test_bundled_example_codes_the_analysts_events():
    result, [doc] = code(str(ROOT / "examples" / "summit-call.txt"), "--date", "2023-03-14")
    assert result.exit_code == 0
    assert doc["schema"] == "rasd/1" and doc["published"] == "2023-03-14"
    dropped = {d["text"]: d["reason"] for d in doc["dropped"]}
    assert "التعليقات" in dropped and "شارك الخبر" in dropped
    assert sum(d["text"].startswith("اقرأ أيضا") for d in doc["dropped"]) == 2
    assert "اقرأ أيضا" not in doc["text"]
    got = {(e["root"], e["source"] and e["source"]["country"],
            e["target"] and e["target"]["country"]) for e in doc["events"]}
    assert got == {
        ("04", "EGY", "TUR"),  # the phone call between the two presidents
        ("02", "EGY", "TUR"),  # the urging
        ("01", "EGY", "TUR"),  # the expressed concern
        ("03", "EGY", "TUR"),  # the summit proposal
        ("01", "TUR", None),  # the denial
        ("16", None, "TUR"),  # EU sanctions (the EU has no country)
        ("10", None, "TUR"),  # Amnesty's demand for the journalist's release
    }
    call = next(e for e in doc["events"] if e["root"] == "04")
    assert call["cameo"] == "041" and call["date"] == "2023-03-13"  # «يوم الاثنين»
    denial = next(e for e in doc["events"] if e["cameo"] == "016")
    assert denial["date"] == "2023-03-13"  # «أمس»
    for e in doc["events"]:
        s = doc["sentences"][e["sentence"]]
        assert s["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= s["end"]
        assert doc["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]


def test_shared_scraped_article_codes_the_call_the_proposal_and_the_denial(shared_data):
    # the real scraped article of the shared data (README there): a Biden-Putin call
    result, [doc] = code(str(shared_data / "examples" / "summit-proposal.txt"),
                         "--date", "2021-04-14")
    assert result.exit_code == 0
    got = {(e["cameo"], e["source"] and e["source"]["code"], e["target"] and e["target"]["code"])
           for e in doc["events"]}
    assert {("041", "USAGOV", "RUSGOV"), ("036", "USAGOV", None), ("020", "USAGOV", "RUSGOV"),
            ("016", "RUSGOV", None)} <= got
    assert not any(e["cameo"] == "010" for e in doc["events"])  # no flood of statements
    assert all(e["source"] for e in doc["events"])
    call = next(e for e in doc["events"] if e["cameo"] == "041" and e["source"]["code"] == "USAGOV")
    assert call["date"] == "2021-04-13"  # the call of Tuesday, reported on Wednesday
    assert len(doc["dropped"]) >= 3  # the two "read also" lines and the comments


def test_jsonl_input_with_a_broken_line_goes_on(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(
        json.dumps({"id": "a", "text": "أدانت مصر الهجوم على السفارة.", "published": "2024-01-02"},
                   ensure_ascii=False) + "\n"
        "{this is not json\n"
        + json.dumps({"id": "c", "text": "اتهمت روسيا أوكرانيا بقصف المدينة."},
                     ensure_ascii=False) + "\n"
        + json.dumps({"id": "d", "title": "no text field"}) + "\n",
        encoding="utf-8")
    result, docs = code(str(f))
    assert result.exit_code == 0
    assert [d["id"] for d in docs] == ["a", f"{f}:2", "c", "d"]
    assert "error" not in docs[0] and "not valid JSON" in docs[1]["error"]
    assert "error" not in docs[2] and "text" in docs[3]["error"]
    assert docs[2]["events"][0]["source"]["code"] == "RUS"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"The minister said the talks went well.", "not Arabic"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("قال الوزير".encode("cp1256"), "not valid UTF-8"),
])
def test_bad_files_get_an_error_field_and_the_run_goes_on(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("اتهمت روسيا أوكرانيا بقصف المدينة.", encoding="utf-8")
    result, docs = code(str(bad), str(good))
    assert result.exit_code == 0
    assert message in docs[0]["error"]
    assert docs[0]["events"] == []
    assert "error" not in docs[1] and docs[1]["events"]


def test_a_10mb_article_is_refused_clearly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("اتهمت روسيا أوكرانيا بقصف المدينة. " * 300_000, encoding="utf-8")
    assert big.stat().st_size > 10_000_000
    result, [doc] = code(str(big))
    assert result.exit_code == 0 and "too long" in doc["error"]


def test_folder_stdin_and_output_file(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "one.txt").write_text("أدانت مصر الهجوم.", encoding="utf-8")
    (d / "two.txt").write_text("اتهمت روسيا أوكرانيا بقصف المدينة.", encoding="utf-8")
    out = tmp_path / "out" / "events.jsonl"
    result = runner.invoke(app, ["code", str(d), "-o", str(out), "--date", "2024-05-01"])
    assert result.exit_code == 0
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in docs] == ["one", "two"]
    assert all(x["published"] == "2024-05-01" for x in docs)
    assert not list(out.parent.glob("*.tmp"))
    _result, [doc] = code("-", input="اتهمت روسيا أوكرانيا بقصف المدينة.")
    assert doc["events"]


def test_missing_path_and_bad_date_are_one_clear_line():
    result = runner.invoke(app, ["code", "no/such/file.txt"])
    assert result.exit_code == 2 and "no such file" in result.output
    result = runner.invoke(app, ["code", "-", "--date", "14/03/2023"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output


def test_console_script_runs():
    out = subprocess.run([sys.executable, "-m", "rasd", "--help"], capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0 and "code" in out.stdout


def test_glob_patterns(tmp_path):
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text("اتهمت روسيا أوكرانيا بقصف المدينة.", encoding="utf-8")
    _result, docs = code(str(tmp_path / "*.txt"))
    assert [d["id"] for d in docs] == ["a", "b"]
    result = runner.invoke(app, ["code", str(tmp_path / "*.json")])
    assert result.exit_code == 2 and "no files match" in result.output
