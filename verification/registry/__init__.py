"""The local copy of the partner registry: its data model, its store, signed sync packages and
transliteration-aware look-ups."""
