"""The README documents every CLI command and option (a missing one fails here)."""

from pathlib import Path

import typer.main

from newsline.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    group = typer.main.get_command(app)
    missing = [name for name in group.commands if f"newsline {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_option_is_in_the_readme():
    group = typer.main.get_command(app)
    missing = set()
    for cmd in group.commands.values():
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in README and opt != "--help":
                    missing.add(f"{cmd.name} {opt}")
    assert not missing, f"options missing from README.md: {sorted(missing)}"


def test_readme_has_exactly_the_two_setup_commands():
    setup = README.split("## Set up", 1)[1].split("##", 1)[0]
    commands = [line.split("#")[0].strip() for line in setup.splitlines() if line.startswith("make ")]
    assert commands == ["make demo", "make test"]
