"""How the project's own MRZ glyph model is made: synthetic zones rendered from fonts-ocr-b (and a
few other monospaced faces real documents use), degraded, and cut by the reader's own locator."""
