"""The search columns: a name or document number is found however it was typed (case, accents,
spacing, punctuation, the MRZ's '<' fillers)."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w]+|_")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def name_key(*parts: str) -> str:
    """Lower case, accents dropped, words separated by single spaces, padded with a space at each
    end so that a search for a word start is LIKE '% word%'."""
    text = unicodedata.normalize("NFKD", " ".join(parts).replace("<", " "))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = _NOT_WORD.sub(" ", text).split()
    return f" {' '.join(words)} " if words else ""


def name_terms(query: str) -> list[str]:
    return name_key(query).split()


def document_key(number: str) -> str:
    """Upper case letters and digits only."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", number).upper())
