"""Layout templates as data: the bundled ones load and are consistent, folders override in order,
and a broken file is refused with the file and the reason, never half-used."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ocr.bundled import resource_path
from ocr.templates import ENV_DIRS, TemplateError, load_template, load_templates, parse_template
from ocr.tesseract_probe import available_languages

KINDS = {"prc_passport", "kaz_passport", "kaz_id_card_front", "kaz_id_card_back", "prc_renunciation", "kaz_termination"}


def _bundled(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("templates", name).read_text(encoding="utf-8"))
    return data


def test_bundled_templates_cover_every_kind_and_edition() -> None:
    found = load_templates(languages=available_languages())
    assert {t.kind for t in found} == KINDS
    assert {t.edition for t in found if t.kind == "prc_renunciation"} == {"2004", "2019"}
    assert {t.edition for t in found if t.kind == "kaz_termination"} == {"2012", "2021"}
    for t in found:
        w, h = t.page_mm
        for f in t.fields:
            x0, y0, x1, y1 = f.box
            assert 0 <= x0 < x1 <= w + 1 and 0 <= y0 < y1 <= h, (t.key, f.name)
        if t.family == "certificate":
            assert t.titles and t.frame is not None


def test_languages_per_field() -> None:
    prc = next(t for t in load_templates() if t.kind == "prc_passport")
    assert prc.field("surname").lang == "chi_sim" and prc.field("surname").pair_rule == "pinyin"
    assert prc.field("surname_latin").lang == "eng" and prc.field("surname_latin").after == "surname"
    kaz = next(t for t in load_templates() if t.kind == "kaz_passport")
    assert kaz.field("surname").lang == "kaz+rus" and kaz.field("iin").check == "iin"
    assert [p.lang for p in kaz.field("place_of_birth").parts] == ["kaz+rus", "eng"]


def test_a_later_folder_replaces_an_edition(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _bundled("kaz_termination_2021.json")
    data["description"] = "corrected by field IT"
    (tmp_path / "fix.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv(ENV_DIRS, str(tmp_path))
    found = {t.key: t for t in load_templates()}
    assert found[("kaz_termination", "2021")].description == "corrected by field IT"
    assert found[("kaz_termination", "2021")].source.endswith("fix.json")
    assert ("kaz_termination", "2012") in found


def _broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(_bundled("prc_renunciation_2019.json"))
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema="tekseru-template/0"), "schema"),
        (lambda d: d.update(family="poster"), "family"),
        (lambda d: d.pop("titles"), "title"),
        (lambda d: d["fields"][0].update(box_mm=[10, 10, 5, 20]), "empty"),
        (lambda d: d["fields"][0].update(lang="klingon+eng"), "not installed"),
        (lambda d: d["fields"][0].update(pattern="([A-Z"), "regular expression"),
        (lambda d: d["fields"][1].update(name=d["fields"][0]["name"]), "repeat"),
        (lambda d: d["fields"][0].update(after="nowhere"), "after"),
        (lambda d: d["fields"][3].update(date_format="whenever"), "date_format"),
        (lambda d: d["fields"][2].update(choices=[]), "choices"),
    ],
)
def test_broken_templates_are_refused(change: Any, message: str) -> None:
    with pytest.raises(TemplateError, match=message):
        parse_template(_broken(change), "broken.json", available_languages())


def test_bad_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"schema": "tekseru-template/1",\n  "kind": }', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bad\.json.*line 2"):
        load_template(path)
    with pytest.raises(TemplateError, match=r"bad\.json"):
        load_templates([tmp_path])
