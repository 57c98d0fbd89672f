from pmfit.cli import main

raise SystemExit(main())
