from probono_desk.cli import main

raise SystemExit(main())
