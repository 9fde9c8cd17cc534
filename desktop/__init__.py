"""The PySide6 desk application and the `tekseru` entry point."""
