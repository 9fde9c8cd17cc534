"""Capture sources besides files: a SANE scanner, a camera, a watched scan folder. `panel.SourcesPanel`
is the widget; `scanner` is Qt-free so it can be tested and reused without a display."""
