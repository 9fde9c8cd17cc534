"""The specimen passports and ID cards print, in their visual zone, what their MRZ encodes: the
same document number, dates, sex and names (the MRZ name being the printed Latin name, cut to fit).
A reader's cross-check of the two zones is only meaningful if the specimens agree."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from ocr.specimens import make_document, random_person
from ocr.specimens.documents import Kind
from ocr.specimens.persons import Ethnicity

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _printed_date(text: str) -> dt.date:
    """A date as either issuer prints it: '13 6月 /JUN 1994' or '13.06.1994'."""
    m = re.fullmatch(r"(\d\d) (\d{1,2})月 /([A-Z]{3}) (\d{4})", text)
    if m:
        assert MONTHS.index(m.group(3)) + 1 == int(m.group(2)), text
        return dt.date(int(m.group(4)), int(m.group(2)), int(m.group(1)))
    return dt.datetime.strptime(text, "%d.%m.%Y").date()


def _mrz_name(printed: str) -> str:
    return re.sub(r"[^A-Z]+", "<", printed.upper()).strip("<")


CASES: list[tuple[Kind, Ethnicity]] = [
    ("prc_passport", "han"),
    ("prc_passport", "uyghur"),
    ("kaz_passport", "kazakh"),
    ("kaz_passport", "uyghur"),
    ("kaz_id_card", "kazakh"),
]


@pytest.mark.parametrize(("kind", "ethnicity"), CASES)
@pytest.mark.parametrize("seed", range(6))
def test_printed_fields_match_the_mrz(kind: Kind, ethnicity: Ethnicity, seed: int) -> None:
    rng = random.Random(f"viz-vs-mrz:{kind}:{ethnicity}:{seed}")
    spec = make_document(kind, random_person(rng, ethnicity), rng, dpi=100)
    printed = {k: v["value"] for k, v in spec.truth["printed"].items()}
    mrz = spec.truth["fields"]
    assert printed["document_number"] == mrz["document_number"]
    assert _printed_date(printed["birth_date"]).isoformat() == mrz["birth_date"]
    assert _printed_date(printed["expiry_date"]).isoformat() == mrz["expiry_date"]
    assert printed["sex"].endswith("/" + mrz["sex"])
    if "issuing_state" in printed:
        assert printed["issuing_state"] == mrz["issuing_state"]
    if "iin" in printed:
        assert mrz["optional_data"].startswith(printed["iin"])
    if "surname_latin" in printed:  # the MRZ name is the printed Latin name, truncated if long
        full = _mrz_name(printed["surname_latin"]) + "<<" + _mrz_name(printed["given_names_latin"])
        line = spec.truth["mrz_lines"][0]
        field = line[5:].rstrip("<")
        assert full.startswith(field) or full == field, (full, field)
    else:  # the ID card prints Cyrillic only; its MRZ holds the ICAO transliteration
        from ocr.viz.translit import icao_latin

        assert _mrz_name(icao_latin(printed["surname"])) == mrz["surname"].replace(" ", "<").replace("-", "<")
