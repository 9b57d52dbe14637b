"""What can go wrong with a weekly history database, each one line at the CLI edge."""
from __future__ import annotations

from advisor.errors import AdvisorError


class StoreError(AdvisorError):
    """The database cannot be used: not a stridewise database, made by a newer version,
    a server that cannot be reached. Exit 3, like any other unusable input."""

    exit_code = 3


class StoreUsageError(StoreError):
    """The command line does not fit the database: a target that is neither a file path nor a
    postgresql:// URL, or --anonymize given to a database of names (or left out for one of
    pseudonyms). Exit 2, like a bad option."""

    exit_code = 2
