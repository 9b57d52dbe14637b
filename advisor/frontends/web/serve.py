"""``stridewise serve``: check the rule pack, share one signing key, start uvicorn.

Workers are separate processes started by uvicorn; each calls ``create_app`` and builds its
own advisor (one engine per process). The signing key reaches them through the environment
of this parent process, so a token signed by one worker is accepted by every other.
"""
from __future__ import annotations

import os
import secrets
import socket

import click

from advisor.errors import AdvisorError

from .app import MIN_SECRET, RULES_ENV, SECRET_ENV


def run(host: str, port: int, workers: int, rules_dir: str | None) -> None:
    import uvicorn

    from advisor.reasoning.advisor import get_advisor
    get_advisor(rules_dir)  # an invalid rule pack stops here with its problems, before any worker starts
    if rules_dir:
        os.environ[RULES_ENV] = os.path.abspath(rules_dir)
    kept = bool(os.environ.get(SECRET_ENV))
    if kept and len(os.environ[SECRET_ENV]) < MIN_SECRET:
        raise click.UsageError(f"STRIDEWISE_SECRET must be at least {MIN_SECRET} characters "
                               "(e.g. the output of 'openssl rand -hex 32')")
    if not kept:
        os.environ[SECRET_ENV] = secrets.token_hex(32)
    # (the socket first: a busy port said "Stridewise is serving on ..." and then failed, test drive 46)
    sock = listen(host, port)
    where = "this computer only" if host in ("127.0.0.1", "localhost", "::1") else "your network: anyone who can reach it"
    click.echo(f"Stridewise is serving on http://{_url_host(host)}:{port}/ ({where}); API docs at /api/v1/docs. "
               f"{workers} worker{'s' if workers > 1 else ''}. Press Ctrl+C to stop.", err=True)
    if not kept:
        click.echo("stridewise: no STRIDEWISE_SECRET set: questionnaire links stop working when the server restarts.",
                   err=True)
    # access_log=False: uvicorn's access log prints each path with its query string, which
    # carries the runner's signed answers; no athlete data goes to any log.
    config = uvicorn.Config("advisor.frontends.web.app:create_app", factory=True, host=host, port=port,
                            workers=workers, access_log=False, log_level="warning", server_header=False,
                            proxy_headers=False)
    try:
        if workers > 1:
            import inspect

            from uvicorn.supervisors import Multiprocess
            # some uvicorn versions take the worker's target, newer ones build it from the config
            extra = {"target": uvicorn.Server(config).run} if "target" in inspect.signature(Multiprocess).parameters else {}
            Multiprocess(config, sockets=[sock], **extra).run()
        else:
            uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, made here rather than by uvicorn for one reason: uvicorn's own
    (``socket.socket(family)``) has protocol 0, so the connections it accepts have protocol 0
    too, and asyncio only turns Nagle's algorithm off (TCP_NODELAY) on sockets whose protocol
    is TCP. With Nagle on, a response written as headers then body waits for the client's
    delayed ACK: 44 ms per keep-alive request with --workers 2, measured here (2 ms with it off)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        raise AdvisorError(f"cannot listen on {host}:{port}: {err.strerror or err}") from err
    sock.set_inheritable(True)
    return sock


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
