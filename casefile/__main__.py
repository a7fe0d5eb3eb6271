from casefile.cli import main

raise SystemExit(main())
