"""The PySide6 desk application and the `tekseru` entry point. Nothing here is imported by the
core; Qt is imported only when the desk app itself starts (see launcher)."""

__version__ = "0.1.0"
