"""The specimen factory: synthetic identity documents (PRC and Kazakhstan passports, Kazakhstan ID
cards) with exact truth, for tests, benchmarks and demos. No real person's data or photo is used.

Typical use::

    rng = random.Random(7)
    person = random_person(rng)
    spec = make_document("prc_passport", person, rng)          # clean render + truth
    spec = degrade(spec, sample_params("phone", rng))          # as a phone would photograph it
"""

from __future__ import annotations

from ocr.specimens.degrade import DegradeParams, degrade, sample_params
from ocr.specimens.documents import KINDS, Kind, Specimen, make_document, random_document
from ocr.specimens.generate import generate_set
from ocr.specimens.mrz_compose import MrzData, compose, name_field
from ocr.specimens.persons import SpecimenPerson, random_person

__all__ = [
    "KINDS",
    "DegradeParams",
    "Kind",
    "MrzData",
    "Specimen",
    "SpecimenPerson",
    "compose",
    "degrade",
    "generate_set",
    "make_document",
    "name_field",
    "random_document",
    "random_person",
    "sample_params",
]
