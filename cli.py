"""Run the ``stridewise`` command from a checkout: ``python cli.py ...``.

The command itself lives in ``advisor.frontends.cli`` (the installed console script points
there), so the wheel installs no bare top-level ``cli`` module.
"""
from advisor.frontends.cli import main

if __name__ == "__main__":
    main()
