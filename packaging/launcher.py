"""Entry point of the frozen app: the same `casefile` command line (no arguments: the desktop)."""

from casefile.cli import main

raise SystemExit(main())
