"""File type detection from magic bytes. The extension is never trusted: a renamed file must be
decoded by the decoder for what it really is, and anything outside the short allow-list is refused
before any decoder sees it (smaller attack surface than letting Pillow try every plugin)."""

from __future__ import annotations

from enum import Enum

#: How many leading bytes the sniffers need (PDF allows junk before its header within 1 KiB).
SNIFF_BYTES = 1024


class ImageFormat(Enum):
    """Formats the loader accepts; the value is Pillow's format name (PDF is rendered by pdfium)."""

    JPEG = "JPEG"
    PNG = "PNG"
    TIFF = "TIFF"
    BMP = "BMP"
    WEBP = "WEBP"
    PDF = "PDF"

    @property
    def label(self) -> str:
        """The name people know the format by, for messages."""
        return "WebP" if self is ImageFormat.WEBP else self.value


ALLOWED_DESCRIPTION = "JPEG, PNG, TIFF, BMP, WebP or PDF"

_TIFF_MAGICS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")  # classic and BigTIFF

# Common things people pick by mistake, so the refusal can say what the file actually is.
_KNOWN_OTHERS: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "program (ELF executable)"),
    (b"MZ", "Windows program"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000 image"),
    (b"\xff\x4f\xff\x51", "JPEG 2000 codestream"),
    (b"8BPS", "Photoshop document"),
    (b"\x00\x00\x01\x00", "icon file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
)


def sniff_format(head: bytes) -> ImageFormat | None:
    """The allowed format whose signature `head` (the first SNIFF_BYTES of the file) carries."""
    if head.startswith(b"\xff\xd8\xff"):
        return ImageFormat.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ImageFormat.PNG
    if head.startswith(_TIFF_MAGICS):
        return ImageFormat.TIFF
    if head.startswith(b"BM"):
        return ImageFormat.BMP
    if len(head) >= 12 and head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return ImageFormat.WEBP
    if b"%PDF-" in head[:SNIFF_BYTES]:
        return ImageFormat.PDF
    return None


def describe_unsupported(head: bytes) -> str:
    """A short human name for a refused file, for the error message ('GIF image', 'text file' …)."""
    for magic, name in _KNOWN_OTHERS:
        if head.startswith(magic):
            return name
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"hevc", b"avif"):
            return "HEIC/AVIF image"
        return "video or MP4-family file"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<svg", b"<?xml")) and b"<svg" in text:
        return "SVG drawing"
    if text.startswith((b"<!doctype html", b"<html")):
        return "web page"
    decoded = _as_utf8(head)
    if decoded and all(ch.isprintable() or ch in "\t\r\n\f" for ch in decoded):
        return "text file"
    return "unrecognised binary data"


def _as_utf8(head: bytes) -> str | None:
    # A multi-byte character cut at the sniff boundary still counts as text.
    for trim in range(4):
        try:
            return head[: len(head) - trim].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None
