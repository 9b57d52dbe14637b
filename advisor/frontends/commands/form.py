"""``stridewise form``: the questionnaire as a Google or Microsoft Forms template."""
from __future__ import annotations

import json

import click

from advisor.frontends.options import kb_for, rules_option


@click.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["google", "microsoft", "text"]), default="text",
              show_default=True, help="Question types named as in Google Forms, Microsoft Forms, or plainly.")
@click.option("--mapping", "mapping_file", metavar="FILE",
              help="Also write the mapping 'screen' applies to the form's exports (question text -> question id, "
                   "option text -> observation id or OSTRC score) to FILE as JSON ('-' for stdout, alone).")
@rules_option
def form(fmt, mapping_file, rules_dir):
    """Write the questionnaire as a form template for Google Forms or Microsoft Forms.

    A name question, a group question, the red-flag checklist first, the other
    checklists, the four OSTRC-O2 questions (weekly severity 0-100) and a free-text
    question, with the texts 'screen' expects. Export the answers as CSV (or .xlsx)
    and screen them: extra columns (timestamp, e-mail) are ignored and listed.

    \b
    Example:
      stridewise form --format google
      stridewise form --mapping form-mapping.json > form.txt
      stridewise screen responses.csv
    """
    from advisor.frontends.output import atomic_writer, check_writable
    from advisor.inputs.forms import FormFormat, mapping, render_template
    kb = kb_for(rules_dir)
    document = json.dumps(mapping(kb), indent=2, ensure_ascii=False) + "\n"
    if mapping_file == "-":
        click.echo(document, nl=False)
        return
    if mapping_file:
        check_writable(mapping_file)
        with atomic_writer(mapping_file) as out:
            out.write(document)
    click.echo(render_template(kb, FormFormat(fmt)))
