"""The ``association`` command's subcommands, one module each (``add`` and ``run``)."""
