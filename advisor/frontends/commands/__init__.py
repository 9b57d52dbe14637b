"""The ``stridewise`` commands, one module per command (or per pair that shares code).

``advisor.frontends.cli`` imports a module only when its command runs, or for ``--help``:
a cold ``stridewise check`` does not pay for defining the other commands.
"""
