"""The PySide6 face: windows, views, Qt models, widgets, dialogs. The only package that imports PySide6."""
