"""The pure parts of the listening tools: reading Orca's speech lines and the step language.

Run with `.venv/bin/pytest -q -p no:cacheprovider tools/a11y` (not part of the app's suite: the tools need
Debian's Orca and Xvfb, these tests do not).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from a11y_session import SpeechLog, Step, parse_steps, split_command, spoken_text
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("logged", "spoken"),
    [
        ("SPEECH OUTPUT: 'Start push button.'", "Start push button."),
        ("SPEECH OUTPUT: 'I'd enjoy it.' voice=uppercase", "I'd enjoy it."),
        ("SPEECH OUTPUT: 'left control ' {'established': False}", "left control"),
        ("SPEECH OUTPUT: 'two\n                  lines'", "two lines"),
        ("SPEECH OUTPUT: 'slower'", "slower"),
    ],
)
def test_spoken_text_keeps_only_the_words(logged: str, spoken: str) -> None:
    assert spoken_text(logged) == spoken


@pytest.mark.parametrize(
    "logged", ["SPEECH: Initializing", "BRAILLE LINE: 'x'", "", "SPEECH OUTPUT: no quotes"]
)
def test_lines_that_are_not_speech_give_none(logged: str) -> None:
    assert spoken_text(logged) is None


# Orca's voice settings are a dict after the closing quote, so words that themselves contain "{" cannot be
# told apart from it; Orca's speech for pmfit never does.
words = st.text(st.characters(exclude_characters="{}", exclude_categories=["Cs"]), min_size=1)


@given(words, st.sampled_from(["", " voice=uppercase", " {'established': False}", " voice=system"]))
def test_any_words_survive_orcas_quoting(text: str, suffix: str) -> None:
    assert spoken_text(f"SPEECH OUTPUT: '{text}'{suffix}") == " ".join(text.split())


def test_key_with_several_names_is_one_step_per_key() -> None:
    assert parse_steps(["key Return 3 Left"]) == [
        Step("key", "Return"),
        Step("key", "3"),
        Step("key", "Left"),
    ]


def test_bare_key_name_comments_and_blank_lines() -> None:
    assert parse_steps(["# a comment", "", "  Up  ", "ctrl+q"]) == [Step("key", "Up"), Step("key", "ctrl+q")]


def test_wait_for_takes_quoted_text_and_a_timeout() -> None:
    assert parse_steps(['wait-for "Press 1" --timeout 5']) == [Step("wait-for", "Press 1", 5.0)]
    assert parse_steps(["wait-for Strongly agree"]) == [Step("wait-for", "Strongly agree", None)]


def test_other_steps() -> None:
    assert parse_steps(["sleep 0.5", "note (b) answers", "type abc", "dump"]) == [
        Step("sleep", "0.5", 0.5),
        Step("note", "(b) answers"),
        Step("type", "abc"),
        Step("dump"),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("press Return", "unknown step 'press'"),
        ("sleep soon", "'sleep' needs seconds"),
        ("wait-for", "'wait-for' needs the text"),
        ("note", "'note' needs text"),
    ],
)
def test_bad_steps_name_the_line(line: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"line 2: {message}"):
        parse_steps(["key Return", line])


def test_split_command_at_double_dash() -> None:
    assert split_command(["key Return", "--", "app", "--flag"]) == (["key Return"], ["app", "--flag"])
    assert split_command(["key Return"]) == (["key Return"], [])


def test_speech_log_reads_whole_lines_only_and_skips_non_speech(tmp_path: Path) -> None:
    path = tmp_path / "speech.jsonl"
    log = SpeechLog(path)
    log.poll()  # no file yet: nothing heard, no error
    first = json.dumps({"t": 1.0, "line": "SPEECH OUTPUT: 'one'"}) + "\n"
    other = json.dumps({"t": 1.5, "line": "SPEECH OUTPUT: ''"}) + "\n"
    second = json.dumps({"t": 2.0, "line": "SPEECH OUTPUT: 'two'"}) + "\n"
    path.write_text(first + other + second[:10])
    log.poll()
    assert [u.text for u in log.heard] == ["one"]
    path.write_text(first + other + second)
    log.poll()
    assert [(u.t, u.text) for u in log.heard] == [(1.0, "one"), (2.0, "two")]
    assert [u.text for u in log.since(1.5)] == ["two"]
    assert [u.text for u in log.since(0, 2.0)] == ["one"]
    assert log.last_time() == 2.0
