"""``python -m mediakit`` runs the command-line interface."""

from mediakit.cli import main

raise SystemExit(main())
