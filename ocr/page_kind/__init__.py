"""Which document a captured page is (a passport data page, either side of an ID card, a
renunciation certificate, or something else), so pages can be handed over in any order, and the
whole read of a page: its kind, its MRZ, and its printed fields."""

from ocr.page_kind.classify import classify_page
from ocr.page_kind.model import KIND_LABELS, PageKind, PageRead, Side
from ocr.page_kind.reading import read_page

__all__ = ["KIND_LABELS", "PageKind", "PageRead", "Side", "classify_page", "read_page"]
