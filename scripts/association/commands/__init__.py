"""The subcommands of ``association``, one module each: ``add(subparsers)`` and ``run(args, site)``."""
