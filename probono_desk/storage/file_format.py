"""What marks a SQLite file as an event file: the ``meta`` row the first migration writes and the opening checks.
A module of its own so that the schema steps and the opening code both read it without importing each other."""

from __future__ import annotations

FORMAT_MARKER = "probono_desk-event"
