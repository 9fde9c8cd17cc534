"""Renunciation certificates: the PRC certificate of renunciation of nationality and the
Kazakhstan certificate of termination of citizenship, read from layout templates like any other
document page, plus the QR code or barcode newer editions carry."""
