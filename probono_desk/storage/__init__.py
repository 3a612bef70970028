"""The event file: one SQLite file per event, through sqlite-utils. Functions take ``db`` as their first argument."""
