"""Light and dark themes: the Fusion style with a palette, and a small style sheet for the parts
that must stand out in both (demo and stale-data banners, titles, the drop zone)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_COMMON = """
#demoBanner { background: #b00020; color: white; font-weight: bold; padding: 4px; }
#staleBanner { background: #ffcc00; color: black; font-weight: bold; padding: 4px; }
#appTitle { font-size: 16pt; font-weight: bold; }
#screenTitle { font-size: 14pt; font-weight: bold; }
#cardTitle { font-weight: bold; }
#officer { font-weight: bold; padding: 0 8px; }
#dropZone { border: 2px dashed palette(mid); border-radius: 6px; padding: 8px; }
#message { color: palette(link); }
"""

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#333333",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a", QPalette.ColorRole.Mid: "#777777",
}  # fmt: skip


def apply_theme(theme: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    if theme == "dark":
        for role, colour in _DARK.items():
            palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    app.setPalette(palette)
    app.setStyleSheet(_COMMON)
