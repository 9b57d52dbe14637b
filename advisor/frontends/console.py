"""The ``stridewise`` console script: the command line, started and ended as a short-lived process.

A cold ``stridewise check`` is mostly start-up and tear-down, so for the commands in
``cli.QUICK_EXIT`` two costs that buy nothing are skipped (measured on the example, cold):

* the cyclic garbage collector, off from here on (before click and the advisor are imported):
  importing them makes tens of thousands of objects and no cycle worth collecting: 4-6 ms. Any
  other command turns it back on as soon as it is resolved (``StridewiseGroup.resolve_command``);
* the interpreter's teardown: once stdout and stderr are flushed the process leaves with
  ``os._exit``, instead of freeing every object and module one by one: about 10 ms. mypy's
  command line ends the same way (``mypy.util.hard_exit``).

``main`` called in-process (tests, ``CliRunner``) never does either.
"""
from __future__ import annotations

import gc

gc.disable()

import os  # noqa: E402 - after the collector is off, on purpose
import sys  # noqa: E402

from advisor.frontends.cli import main  # noqa: E402


def run() -> None:
    """Run ``stridewise``; a QUICK_EXIT command then leaves without the interpreter's teardown."""
    try:
        main()
    except SystemExit as done:
        if not (main.quick_exit and isinstance(done.code, (int, type(None)))):
            raise
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
        except Exception:  # noqa: BLE001 - a stream that cannot be flushed: exit the normal way
            raise done from None
        os._exit(done.code or 0)
