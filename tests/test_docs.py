"""The README tells the truth: its Python example prints what it says; every command is documented."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from dragoman.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_every_command_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    for name in main.list_commands(None):  # type: ignore[arg-type]
        assert f"dragoman {name}" in text, name


@pytest.mark.slow
def test_python_example_prints_what_the_readme_says() -> None:
    (code,) = blocks("python")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    text = README.read_text(encoding="utf-8")
    expected = text.split("prints\n\n```\n", 1)[1].split("```", 1)[0]
    assert printed.getvalue() == expected
