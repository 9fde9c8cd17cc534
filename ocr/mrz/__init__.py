"""ICAO 9303 machine readable zones: locate, read, parse, check and correct."""
