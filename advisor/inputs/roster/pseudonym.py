"""Stable pseudonyms for ``--anonymize`` (and the store): a name never leaves in clear."""
from __future__ import annotations

import hashlib

PSEUDONYM_HEX = 20
"""Hex digits of an --anonymize pseudonym: 80 bits. A club screening ten million distinct
names over its whole history has about one chance in 10^10 of any two sharing one."""


def pseudonym(name: str, salt: str) -> str:
    """A stable pseudonym: the same name and salt always give the same one (``athlete-`` and
    ``PSEUDONYM_HEX`` hex digits of SHA-256 over salt and name)."""
    digest = hashlib.sha256(f"{salt}\0{name}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"athlete-{digest[:PSEUDONYM_HEX]}"
