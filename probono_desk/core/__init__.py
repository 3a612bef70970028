"""The rules, pure Python. Imports nothing else of the project."""
