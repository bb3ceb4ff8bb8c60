from newsfuse.cli import main

raise SystemExit(main())
