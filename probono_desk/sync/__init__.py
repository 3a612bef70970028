"""Stations: the change feed out of the event file and into it (``feed``), and the transport on top of it."""
