"""The visual inspection zone: the printed, human-readable fields of a document page, read with
Tesseract in each field's own language at the place a layout template says they are. The same
engine reads passport data pages, ID cards and renunciation certificates."""
