"""Run the ``stridewise`` command from a checkout: ``python cli.py ...``.

The command itself lives in ``advisor.frontends.cli``, started as the installed console script
starts it (``advisor.frontends.console:run``), so the wheel installs no bare top-level ``cli`` module.
"""
from advisor.frontends.console import run

if __name__ == "__main__":
    run()
