"""``stridewise schema``: print one of the published JSON Schemas (advisor/schemas)."""
from __future__ import annotations

import click


@click.command()
@click.argument("which", type=click.Choice(["input", "result", "team", "history", "error"]))
def schema(which):
    """Print a JSON Schema: symptom files (input), check's JSON (result), screen's JSON (team),
    history's JSON (history), and the errors --format json prints on stderr (error).

    \b
    Example:
      stridewise schema input > input.schema.json
    """
    from importlib.resources import files
    click.echo(files("advisor.schemas").joinpath(f"{which}.schema.json").read_text(encoding="utf-8"), nl=False)
