"""`--help` of the program and of every command: user-facing text, every option explained;
usage errors are one `error:` line like the other refusals."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from lvmh_pipeline.cli import build_parser
from lvmh_pipeline_tests.cli.conftest import assert_refusal, call

COMMANDS = ("demo", "run", "backfill", "generate", "predict", "rollback")
OPTIONS = {
    "demo": ("--data-dir", "--force", "--clients", "--seed"),
    "run": ("--data-dir", "--force"),
    "backfill": ("--data-dir", "--from", "--to", "--all", "YYYY-MM-DD"),
    "generate": ("--out", "--clients", "--seed", "--upload-dates", "--overwrite"),
    "predict": ("INPUT.csv", "--id-column", "--text-column", "--date-column", "--language-column", "--output",
                "--data-dir", "order_history", "top_drivers"),
    "rollback": ("--target", "purchase", "churn", "clv"),
}
EXAMPLES = {"backfill": "lvmh-pipeline backfill --from", "predict": "lvmh-pipeline predict notes.csv"}


def _command_lines(help_text: str) -> list[str]:
    block = help_text.split("\ncommands:\n", 1)[1].split("\n\n", 1)[0]
    return block.splitlines()


def test_main_help_lists_every_command_on_one_line_with_examples(capfd):
    result = call(capfd, "--help")
    assert result.code == 0 and result.err == ""
    lines = _command_lines(result.out)
    assert [line.split()[0] for line in lines] == list(COMMANDS)
    assert all(len(line.split()) > 3 for line in lines)  # a sentence after each name
    assert "examples:" in result.out and "lvmh-pipeline run --data-dir" in result.out
    assert "LVMH_DATA_DIR" in result.out and "exit codes" in result.out
    assert "``" not in result.out  # no developer docstring markup


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_explains_its_options(capfd, command):
    result = call(capfd, command, "--help")
    assert result.code == 0 and result.err == ""
    assert result.out.startswith(f"usage: lvmh-pipeline {command}")
    for option in OPTIONS[command]:
        assert option in result.out, option
    if command in EXAMPLES:
        assert EXAMPLES[command] in result.out.split("example", 1)[1]


def test_every_option_of_every_command_has_a_help_text():
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert tuple(commands.choices) == COMMANDS
    for name, command in commands.choices.items():
        assert command.description and command.description.strip(), name
        for action in command._actions:
            assert action.help and len(action.help) > 10, (name, action.dest)
            if action.default not in (None, False, argparse.SUPPRESS):
                assert "%(default)s" in action.help or str(action.default) in action.help, (name, action.dest)


@pytest.mark.parametrize(("argv", "fragments"), [
    ((), ("required", "COMMAND")),
    (("launch",), ("invalid choice", "launch")),
    (("generate",), ("--out", "lvmh-pipeline generate --help")),
    (("generate", "--out", "x", "--clients", "0"), ("--clients", "at least 1")),
    (("rollback", "--target", "revenue"), ("--target", "revenue")),
    (("predict", "in.csv", "--id-column", "ID"), ("--text-column", "--output")),
])
def test_usage_errors_are_one_error_line(capfd, argv, fragments):
    assert_refusal(call(capfd, *argv), *fragments)


def test_installed_console_script_shows_help():
    script = Path(sys.executable).with_name("lvmh-pipeline")
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert [line.split()[0] for line in _command_lines(done.stdout)] == list(COMMANDS)
    assert done.stderr == ""


def test_the_installed_command_freezes_the_heap_before_the_interpreter_shuts_down(monkeypatch, capfd):
    """``console_main`` (the ``lvmh-pipeline`` script) returns the command's code and leaves
    the objects out of the collector, so that Python's shutdown does not walk them."""
    import gc

    from lvmh_pipeline.cli import console_main

    monkeypatch.setattr(sys, "argv", ["lvmh-pipeline", "--help"])
    try:
        assert console_main() == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert "usage:" in capfd.readouterr().out
