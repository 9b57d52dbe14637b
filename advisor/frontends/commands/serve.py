"""``stridewise serve``: the web pages and JSON API (advisor.frontends.web) on a local server."""
from __future__ import annotations

import click

from advisor.frontends.options import rules_option


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default serves this computer only; 0.0.0.0 serves your network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (one engine each); about one per CPU core.")
@rules_option
def serve(host, port, workers, rules_dir):
    """Serve the runner and coach pages and the JSON API on a local web server.

    Nothing else to install or run: no database, no network calls. Runners answer
    one question at a time in a browser; coaches upload a roster; apps use the API
    under /api/v1 (docs at /api/v1/docs). Set STRIDEWISE_SECRET to keep
    questionnaire links working across restarts and across machines.

    \b
    Example:
      stridewise serve
      STRIDEWISE_SECRET=$(openssl rand -hex 32) stridewise serve --host 0.0.0.0 --workers 2
    """
    from advisor.frontends.web.serve import run
    run(host, port, workers, rules_dir)
