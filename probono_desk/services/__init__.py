"""The use cases, shared by the window and the command line. ``Event`` opens a file and hands them out."""
