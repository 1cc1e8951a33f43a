"""Sub-commands of the ``mediakit`` command line (see :mod:`mediakit.cli`)."""
