"""The ``serve`` command itself: a bad rule pack stops it before any worker starts; without
STRIDEWISE_SECRET the workers share one generated key, and a restart invalidates old links."""
from __future__ import annotations

import httpx

from .conftest import start_server, stop_server


def test_an_invalid_rule_pack_stops_serve_with_exit_4(run_line):
    result = run_line(["serve", "--rules", "tests/fixtures/broken_pack", "--port", "1"])
    assert result.exit_code == 4, result.output
    assert "stridewise: error:" in result.output


def test_serve_help_has_an_example(run_line):
    result = run_line(["serve", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "STRIDEWISE_SECRET" in result.output


def test_without_a_secret_workers_share_a_generated_key_until_restart():
    server = start_server(workers=2, env_extra={"STRIDEWISE_SECRET": ""})
    try:
        assert "no STRIDEWISE_SECRET set" in server.log_text()
        doc = httpx.post(server.url + "/api/v1/ask", json={}, timeout=30).json()
        # many fresh connections: the kernel spreads them over both workers, and every one accepts the token
        for _ in range(12):
            assert httpx.post(server.url + "/api/v1/ask/current", json={"token": doc["token"]}, timeout=30).status_code == 200
    finally:
        stop_server(server)
    restarted = start_server(workers=1, env_extra={"STRIDEWISE_SECRET": ""})
    try:
        response = httpx.post(restarted.url + "/api/v1/ask/current", json={"token": doc["token"]}, timeout=30)
        assert response.status_code == 400 and "STRIDEWISE_SECRET" in response.json()["detail"]
    finally:
        stop_server(restarted)


def test_a_short_secret_is_refused(run_line, monkeypatch):
    monkeypatch.setenv("STRIDEWISE_SECRET", "short")
    result = run_line(["serve", "--port", "1"])
    assert result.exit_code == 2 and "at least 16 characters" in result.output


def test_accepted_connections_have_nagle_off():
    """Regression: with uvicorn's own socket (protocol 0) asyncio left Nagle on for every
    worker connection, and keep-alive requests waited 40 ms for the client's delayed ACK."""
    import asyncio
    import socket

    from advisor.frontends.web.serve import listen

    from .conftest import free_port

    sock = listen("127.0.0.1", free_port())
    seen = []

    async def main():
        def on_connect(reader, writer):
            seen.append(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()
        server = await asyncio.start_server(on_connect, sock=sock)
        _, writer = await asyncio.open_connection(*sock.getsockname())
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.01)
        writer.close()
        server.close()

    asyncio.run(main())
    assert sock.proto == socket.IPPROTO_TCP and seen and seen[0] != 0


def test_a_busy_port_is_one_clear_line(run_line):
    import socket
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = run_line(["serve", "--port", str(busy.getsockname()[1])])
    assert result.exit_code == 1 and "stridewise: error: cannot listen on 127.0.0.1:" in result.stderr
    # (test drive 46: it said "Stridewise is serving on ..." first, then failed)
    assert "is serving" not in result.stderr
