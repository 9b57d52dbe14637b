"""A throwaway PostgreSQL server for the store's tests and benchmark (never shipped).

Debian's ``postgresql`` package (``/usr/lib/postgresql/*/bin``) in a temporary folder: unix
socket only (``listen_addresses=''``), trust authentication, no fsync. initdb refuses root, so
as root the server runs as the ``postgres`` user (``runuser``).
"""
from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class Server:
    folder: str
    port: int
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{database}?host={self.folder}&port={self.port}"

    def sql(self, statement: str) -> None:
        import psycopg
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(statement)


def _binaries() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[-3]))
    if not found:
        raise RuntimeError("PostgreSQL is missing: install postgresql (apt-get install -y postgresql)")
    return os.path.dirname(found[-1])


def _free_port() -> int:
    # listen_addresses='' leaves TCP alone; the port only names the socket, but a port in use
    # by a server on this machine would still clash with its lock file name in /tmp
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(args: list[str], user: str | None) -> list[str]:
    return ["runuser", "-u", user, "--", *args] if user else args


@contextlib.contextmanager
def temporary_server() -> Iterator[Server]:
    """A PostgreSQL server in a new temporary folder, stopped and removed on the way out.
    RuntimeError when it cannot be had (the binaries missing, initdb or start failing)."""
    bin_dir = _binaries()
    as_root = os.geteuid() == 0
    folder = tempfile.mkdtemp(prefix="stridewise-pg-")  # not under pytest's 0700 root-only tmp
    data = os.path.join(folder, "data")
    run_as = "postgres" if as_root else None
    if as_root:
        account = pwd.getpwnam("postgres")
        os.chown(folder, account.pw_uid, account.pw_gid)
    user = "postgres" if as_root else pwd.getpwuid(os.geteuid()).pw_name
    port = _free_port()
    log = os.path.join(folder, "server.log")
    try:
        subprocess.run(_as_server_user([f"{bin_dir}/initdb", "-D", data, "-U", user, "--auth=trust",
                                        "--encoding=UTF8", "--no-sync"], run_as),
                       check=True, capture_output=True, text=True)
        options = f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        subprocess.run(_as_server_user([f"{bin_dir}/pg_ctl", "start", "-w", "-D", data, "-l", log, "-o", options],
                                       run_as), check=True, capture_output=True, text=True, timeout=120)
    except subprocess.CalledProcessError as err:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {err.stderr or err.stdout}") from err
    try:
        yield Server(folder, port, user)
    finally:
        subprocess.run(_as_server_user([f"{bin_dir}/pg_ctl", "stop", "-w", "-m", "fast", "-D", data], run_as),
                       capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)
