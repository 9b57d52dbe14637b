"""A per-user cache of loaded rule packs, so a cold ``stridewise check`` skips the YAML.

Loading and validating the pack (PyYAML import, parse, build, cross-checks) is most of a
cold ``check``. The loaded ``KnowledgeBase`` is stored once per pack and read back in
later processes.

Never stale: the file name is a hash of every byte of every file in the rules folder,
of the source of the code that turns those files into a ``KnowledgeBase``
(``advisor/knowledge/*.py``, ``advisor/errors.py``), of the folder argument as given
(it appears in messages), and of the Python version. Change any of them and the old
entry is simply never looked up again.

Why pickle is acceptable here, and only here: unpickling runs code named in the file, so
a pickle must never come from anyone else. This one is ours: written by this module
into a per-user folder (``$XDG_CACHE_HOME/stridewise`` or ``~/.cache/stridewise``,
created 0700), each file 0600, and read only if the folder and the file belong to the
current user and nobody else can write them (checked on the open file, symlinks
refused). Anyone who could forge it could already run code as this user. On top, a file
is used only if its header, the CRC-32 of its payload (against a torn or damaged file;
the trust comes from ownership, above) and the key inside it all check out and it holds
a ``KnowledgeBase``; anything else (corrupt, truncated, foreign, a read-only
or full disk) falls back silently to loading the pack. ``STRIDEWISE_NO_CACHE=1`` turns
the cache off.
"""
from __future__ import annotations

import os
import stat
import sys

from advisor.knowledge.model import KnowledgeBase

FORMAT = b"stridewise-kb-cache 2\n"
"""First line of every cache file; bump it when the layout below changes."""
MAX_PACK_BYTES = 16 * 1024 * 1024
"""A folder bigger than this (or with more than MAX_PACK_FILES files) is not hashed: no cache."""
MAX_PACK_FILES = 2000

_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
"""The installed ``advisor`` folder. Paths here are strings: a cold ``check`` never imports pathlib."""


def content_hash(data: bytes = b""):
    """A BLAKE2b hasher (32-byte digest), without loading OpenSSL.

    ``import hashlib`` loads ``_hashlib`` (libcrypto): several ms of a cold ``check``, more
    than hashing the pack. CPython's own ``_blake2`` module gives the same digests as
    ``hashlib.blake2b(digest_size=32)`` and hashes about three times faster than its built-in
    SHA-256 (0.5 against 1.7 ms for the 400 KB a cold ``check`` hashes); ``hashlib`` is the
    fallback anywhere it is missing.
    """
    global _blake2b
    if _blake2b is None:
        try:
            from _blake2 import blake2b as _blake2b
        except ImportError:
            from hashlib import blake2b as _blake2b
    return _blake2b(data, digest_size=32)


_blake2b = None


def default_rules_folder():
    """Where ``load_knowledge_base(None)`` reads, as a ``Path`` (a test holds this equal to the loader's)."""
    from pathlib import Path
    return Path(_default_rules_folder())


def _default_rules_folder() -> str:
    installed = os.path.join(_PACKAGE, "_rules")
    return installed if os.path.isdir(installed) else os.path.join(os.path.dirname(_PACKAGE), "rules")


def cache_dir() -> str:
    """The per-user cache folder (it may not exist yet)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "stridewise")


def cache_key(rules_dir: str | os.PathLike | None) -> str | None:
    """The hash naming the cache entry for this pack and this code; None: do not cache."""
    folder = os.fspath(_default_rules_folder() if rules_dir is None else rules_dir)
    digest = content_hash(FORMAT)
    digest.update(sys.version.encode() + b"\0" + repr(None if rules_dir is None else str(rules_dir)).encode())
    code_dir = os.path.join(_PACKAGE, "knowledge")
    files = [("code/" + name, os.path.join(code_dir, name))
             for name in sorted(os.listdir(code_dir)) if name.endswith(".py")]
    files.append(("code/errors.py", os.path.join(_PACKAGE, "errors.py")))
    code_files = len(files)
    # Every file under the folder, not only *.yaml: whatever the loader reads is covered.
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        relative = os.path.relpath(root, folder).replace(os.sep, "/")
        for name in sorted(names):
            files.append(("pack/" + (name if relative == "." else f"{relative}/{name}"), os.path.join(root, name)))
        if len(files) > MAX_PACK_FILES:
            return None
    if len(files) == code_files:
        return None  # no such folder, or empty: let the loader say so
    total = 0
    for name, path in files:
        # Only regular files are hashed, and never more than the limit: a FIFO, a device or
        # a symlink loop in the folder means "no cache", and the loader reports it.
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                return None
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            with os.fdopen(fd, "rb") as fh:
                if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                    return None
                data = fh.read(MAX_PACK_BYTES - total + 1)
        except OSError:
            return None
        total += len(data)
        if total > MAX_PACK_BYTES:
            return None
        digest.update(name.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
    return digest.hexdigest()


def _owned_and_private(st) -> bool:
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def read(key: str) -> KnowledgeBase | None:
    """The cached pack for ``key``, or None if there is none that passes every check."""
    import zlib
    try:
        from _pickle import loads  # the C unpickler alone: pickle.py is only its Python fallback
    except ImportError:
        from pickle import loads
    folder = cache_dir()
    if not _owned_and_private(os.stat(folder)):
        return None
    fd = os.open(os.path.join(folder, f"kb-{key}.pickle"), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or not _owned_and_private(st) or st.st_mode & 0o077:
            return None
        blob = fh.read()
    if not blob.startswith(FORMAT):
        return None
    checksum, payload = blob[len(FORMAT):len(FORMAT) + 8], blob[len(FORMAT) + 9:]
    if b"%08x" % zlib.crc32(payload) != checksum:
        return None
    stored_key, kb = loads(payload)
    if stored_key != key or not isinstance(kb, KnowledgeBase):
        return None
    return kb


def write(key: str, kb: KnowledgeBase) -> None:
    """Store the pack under ``key``: a private temporary file, then an atomic rename."""
    import pickle
    import tempfile
    import zlib
    folder = cache_dir()
    os.makedirs(folder, mode=0o700, exist_ok=True)
    if not _owned_and_private(os.stat(folder)):
        return
    payload = pickle.dumps((key, kb), protocol=pickle.HIGHEST_PROTOCOL)
    fd, tmp = tempfile.mkstemp(prefix=".kb-", dir=folder)  # created 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(FORMAT + b"%08x\n" % zlib.crc32(payload) + payload)
        os.chmod(tmp, 0o600)
        os.replace(tmp, os.path.join(folder, f"kb-{key}.pickle"))
    except BaseException:
        os.unlink(tmp)
        raise
    prune("kb-")


KEEP = {"kb-": 8, "durable-ok-": 4}
"""How many cache files of each kind stay (the newest): one per rule pack and code version the
user ran, so without pruning every edit of a pack and every upgrade left one behind (a new
user's week of trying packs left 398)."""


def prune(prefix: str) -> None:
    """Remove all but the newest ``KEEP[prefix]`` of this user's cache files of one kind."""
    folder = cache_dir()
    try:
        entries = []
        with os.scandir(folder) as it:
            for entry in it:
                if entry.name.startswith(prefix) and entry.is_file(follow_symlinks=False):
                    st = entry.stat(follow_symlinks=False)
                    if st.st_uid == os.getuid():
                        entries.append((st.st_mtime_ns, entry.path))
        for _, path in sorted(entries, reverse=True)[KEEP[prefix]:]:
            os.unlink(path)
    except OSError:
        pass  # a cache that cannot be pruned is still a cache


def load_knowledge_base_cached(rules_dir: str | os.PathLike | None = None) -> KnowledgeBase:
    """``load_knowledge_base(rules_dir)``, from the cache when a valid entry exists.

    Errors in the pack are never cached: they come from the loader, every time.
    """
    key = None
    if not os.environ.get("STRIDEWISE_NO_CACHE"):
        try:
            key = cache_key(rules_dir)
            if key is not None:
                kb = read(key)
                if kb is not None:
                    return kb
        except Exception:  # noqa: BLE001 - any cache trouble means: load the pack the normal way
            pass
    from advisor.knowledge.loader import load_knowledge_base
    kb = load_knowledge_base(rules_dir)
    if key is not None:
        try:
            # A pack edited while it loaded must not be stored under the old content's key.
            if cache_key(rules_dir) == key:
                write(key, kb)
        except Exception:  # noqa: BLE001 - a cache that cannot be written is no cache, not an error
            pass
    return kb
