"""The `tekseru` command line: the same pipeline as the desk app, headless, with JSON for machines."""
