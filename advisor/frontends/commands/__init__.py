"""The ``stridewise`` commands, one module per command (rules: its group and two subcommands).

``advisor.frontends.cli`` imports a module only when its command runs, or for ``--help``:
a cold ``stridewise check`` does not pay for defining the other commands.
"""
