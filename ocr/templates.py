"""Document layouts as data: one JSON file per document kind and edition, describing where each
printed field is (in millimetres on the page), in which language and script it is printed, what
its value must look like, and which printed marks (frame, MRZ, titles, labels) let a reader find
the page. Field IT adds a new edition by dropping a file into a template folder; no release needed.

Folders read, later ones overriding earlier ones for the same kind and edition:
the bundled `resources/templates`, then every folder in TEKSERU_TEMPLATE_DIRS (os.pathsep-separated),
then any `extra_dirs` the caller gives. See resources/templates/README.md for the format."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from ocr.bundled import resource_path
from ocr.errors import TekseruError

log = logging.getLogger(__name__)

SCHEMA = "tekseru-template/1"
ENV_DIRS = "TEKSERU_TEMPLATE_DIRS"
Family = Literal["viz", "certificate"]
FieldType = Literal["text", "name", "date", "choice", "number", "code"]
BoxMm = tuple[float, float, float, float]
_FAMILIES = ("viz", "certificate")
_TYPES = ("text", "name", "date", "choice", "number", "code")
_PAIR_RULES = ("pinyin", "icao_cyrillic")
_CHECKS = ("iin",)
_DATE_TOKENS = re.compile(r"YYYY|MON|DD|MM|D|M")


class TemplateError(TekseruError):
    """A template file that cannot be used, with the file and the reason."""


@dataclass(frozen=True)
class TextAnchor:
    """Fixed printed text (a title or a field label) and where it is. Titles identify the
    document; labels help to pin the page down."""

    text: str
    box: BoxMm
    lang: str
    role: Literal["title", "label"]
    min_score: float = 0.6


@dataclass(frozen=True)
class MrzAnchor:
    """Where the machine readable zone is printed, and what its first fields must say for the
    page to be this kind: the centre of the first character of the first line, the character pitch
    and the line pitch, all in mm."""

    format: str
    lines: int
    chars: int
    first_centre: tuple[float, float]
    pitch: float
    line_pitch: float
    document_code: str | None = None
    issuing_state: str | None = None


@dataclass(frozen=True)
class Part:
    """One part of a field printed in two languages, e.g. 'ҚЫТАЙ/CHINA'."""

    lang: str
    pattern: str | None = None
    whitelist: str | None = None


@dataclass(frozen=True)
class Fix:
    """A spelling convention of the field's values, applied to what was read: Kazakh patronymics
    end in -ҰЛЫ or -ҚЫЗЫ, never -УЛЫ or -КЫЗЫ, whatever Tesseract prefers."""

    pattern: str
    replace: str


@dataclass(frozen=True)
class Choice:
    """A value a closed-vocabulary field may print (`text`) and what it means (`value`)."""

    text: str
    value: str


@dataclass(frozen=True)
class FieldSpec:
    """One printed field. `box` is the region its text line occupies: x0 where the (left-aligned)
    text starts, x1 the furthest it may reach, y0..y1 the line from cap top to descender.
    A field with `after` shares the line of that field and starts after a gap of `gap_mm`.
    `letter_mm` is the height of its capital letters (or Chinese characters), which tells its line
    from a label's; by default 0.8 of the box height. `known` are common values of an open field:
    a reading that differs from one only by lookalike letters (Қ/К, Ұ/У) is taken as it."""

    name: str
    box: BoxMm
    lang: str
    type: FieldType = "text"
    label: str = ""
    pattern: str | None = None
    date_format: str | None = None
    choices: tuple[Choice, ...] = ()
    case: Literal["upper", "keep"] = "keep"
    after: str | None = None
    gap_mm: float = 1.8
    parts: tuple[Part, ...] = ()
    separator: str = "/"
    pair: str | None = None
    pair_rule: str | None = None
    whitelist: str | None = None
    check: str | None = None
    letter_mm: float | None = None
    fixes: tuple[Fix, ...] = ()
    known: tuple[str, ...] = ()
    code_format: str | None = None
    code_separator: str | None = None
    code_fields: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True, eq=False)
class Template:
    """One edition of one document kind (or one side of a card). Compared and hashed by identity:
    templates are loaded once, and readers cache per template."""

    kind: str
    edition: str
    family: Family
    description: str
    page_mm: tuple[float, float]
    fields: tuple[FieldSpec, ...]
    titles: tuple[TextAnchor, ...] = ()
    labels: tuple[TextAnchor, ...] = ()
    mrz: MrzAnchor | None = None
    frame: BoxMm | None = None
    frame_stroke_mm: float = 1.0
    outline: bool = True
    source: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.edition)

    def field(self, name: str) -> FieldSpec:
        """The field called `name`; KeyError when there is none."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def _err(src: str, where: str, why: str) -> TemplateError:
    return TemplateError(f"template {src}: {where}: {why}")


def _box(v: Any, src: str, where: str) -> BoxMm:
    if not (isinstance(v, list | tuple) and len(v) == 4 and all(isinstance(x, int | float) for x in v)):
        raise _err(src, where, "a box is [x0, y0, x1, y1] in millimetres")
    x0, y0, x1, y1 = (float(x) for x in v)
    if not (x1 > x0 and y1 > y0):
        raise _err(src, where, f"box {list(v)} is empty (x1 must exceed x0 and y1 exceed y0)")
    return (x0, y0, x1, y1)


def _str(d: Mapping[str, Any], key: str, src: str, where: str, default: str | None = None) -> str:
    v = d.get(key, default)
    if not isinstance(v, str) or (default is None and not v):
        raise _err(src, where, f"'{key}' must be a non-empty string")
    return v


def _lang(v: Any, src: str, where: str, known: set[str] | None) -> str:
    if not isinstance(v, str) or not re.fullmatch(r"[a-z_]+(\+[a-z_]+)*", v):
        raise _err(src, where, f"'lang' must be Tesseract codes joined by '+', e.g. 'kaz+rus', not {v!r}")
    if known is not None:
        missing = [x for x in v.split("+") if x not in known]
        if missing:
            raise _err(src, where, f"language data {missing} is not installed")
    return v


def _pattern(v: Any, src: str, where: str) -> str | None:
    if v is None:
        return None
    if not isinstance(v, str):
        raise _err(src, where, "'pattern' must be a regular expression string")
    try:
        re.compile(v)
    except re.error as exc:
        raise _err(src, where, f"'pattern' is not a valid regular expression ({exc})") from exc
    return v


def _anchor(d: Any, role: Literal["title", "label"], src: str, where: str, known: set[str] | None) -> TextAnchor:
    if not isinstance(d, dict):
        raise _err(src, where, "an anchor is an object with 'text', 'box_mm' and 'lang'")
    score = d.get("min_score", 0.6)
    if not isinstance(score, int | float) or not 0 < score <= 1:
        raise _err(src, where, "'min_score' must be in (0, 1]")
    return TextAnchor(
        _str(d, "text", src, where), _box(d.get("box_mm"), src, where), _lang(d.get("lang"), src, where, known),
        role, float(score),
    )  # fmt: skip


def _field(d: Any, src: str, where: str, known: set[str] | None) -> FieldSpec:
    if not isinstance(d, dict):
        raise _err(src, where, "a field is an object")
    name = _str(d, "name", src, where)
    where = f"field '{name}'"
    ftype = d.get("type", "text")
    if ftype not in _TYPES:
        raise _err(src, where, f"'type' must be one of {', '.join(_TYPES)}")
    lang = "eng" if ftype == "code" and "lang" not in d else _lang(d.get("lang"), src, where, known)
    date_format = d.get("date_format")
    if ftype == "date" and (
        not isinstance(date_format, str) or not {"YYYY", "D", "DD"} & set(_DATE_TOKENS.findall(date_format))
    ):
        raise _err(src, where, "a date field needs 'date_format' with YYYY, MM/M/MON and DD/D, e.g. 'DD.MM.YYYY'")
    choices = d.get("choices", [])
    if ftype == "choice" and not choices:
        raise _err(src, where, "a choice field needs 'choices'")
    parsed_choices: list[Choice] = []
    for c in choices:
        if isinstance(c, str):
            parsed_choices.append(Choice(c, c))
        elif isinstance(c, dict) and isinstance(c.get("text"), str) and isinstance(c.get("value", ""), str):
            parsed_choices.append(Choice(c["text"], str(c.get("value", c["text"]))))
        else:
            raise _err(src, where, "each choice is a string or {'text': ..., 'value': ...}")
    parts = tuple(
        Part(_lang(p.get("lang"), src, where, known), _pattern(p.get("pattern"), src, where), p.get("whitelist"))
        for p in d.get("parts", [])
        if isinstance(p, dict)
    )
    fixes = []
    for fx in d.get("fixes", []):
        if not (
            isinstance(fx, dict) and isinstance(fx.get("replace"), str) and _pattern(fx.get("pattern"), src, where)
        ):
            raise _err(src, where, "each fix is {'pattern': regex, 'replace': text}")
        fixes.append(Fix(fx["pattern"], fx["replace"]))
    if len(parts) != len(d.get("parts", [])):
        raise _err(src, where, "each part is {'lang': ..., 'pattern': ...}")
    pair_rule = d.get("pair_rule")
    if pair_rule is not None and pair_rule not in _PAIR_RULES:
        raise _err(src, where, f"'pair_rule' must be one of {', '.join(_PAIR_RULES)}")
    check = d.get("check")
    if check is not None and check not in _CHECKS:
        raise _err(src, where, f"'check' must be one of {', '.join(_CHECKS)}")
    case = d.get("case", "keep")
    if case not in ("upper", "keep"):
        raise _err(src, where, "'case' must be 'upper' or 'keep'")
    return FieldSpec(
        name=name,
        box=_box(d.get("box_mm"), src, where),
        lang=lang,
        type=ftype,
        label=str(d.get("label", "")),
        pattern=_pattern(d.get("pattern"), src, where),
        date_format=date_format,
        choices=tuple(parsed_choices),
        case=case,
        after=d.get("after"),
        gap_mm=float(d.get("gap_mm", 1.8)),
        parts=parts,
        separator=str(d.get("separator", "/")),
        pair=d.get("pair"),
        pair_rule=pair_rule,
        whitelist=d.get("whitelist"),
        check=check,
        letter_mm=float(d["letter_mm"]) if d.get("letter_mm") is not None else None,
        fixes=tuple(fixes),
        known=tuple(str(k) for k in d.get("known", [])),
        code_format=d.get("code_format"),
        code_separator=d.get("code_separator"),
        code_fields=tuple(d.get("code_fields", ())),
        optional=bool(d.get("optional", False)),
    )


def parse_template(data: Any, source: str = "<data>", languages: set[str] | None = None) -> Template:
    """A Template from decoded JSON; TemplateError says what is wrong and where. `languages`, when
    given, are the installed Tesseract languages every field's language must be among."""
    src = source
    if not isinstance(data, dict):
        raise _err(src, "top level", "a template is a JSON object")
    if data.get("schema") != SCHEMA:
        raise _err(src, "top level", f"'schema' must be '{SCHEMA}'")
    family = data.get("family")
    if family not in _FAMILIES:
        raise _err(src, "top level", f"'family' must be one of {', '.join(_FAMILIES)}")
    page = data.get("page_mm")
    if not (isinstance(page, list) and len(page) == 2 and all(isinstance(x, int | float) and x > 0 for x in page)):
        raise _err(src, "top level", "'page_mm' is [width, height] in millimetres")
    fields = tuple(_field(f, src, f"fields[{i}]", languages) for i, f in enumerate(data.get("fields", [])))
    if not fields:
        raise _err(src, "top level", "a template needs at least one field")
    names = [f.name for f in fields]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise _err(src, "fields", f"field names repeat: {dupes}")
    for f in fields:
        if f.after is not None and f.after not in names:
            raise _err(src, f"field '{f.name}'", f"'after' names no field ('{f.after}')")
        if f.pair is not None and (f.pair not in names or f.pair_rule is None):
            raise _err(src, f"field '{f.name}'", "'pair' must name a field, and 'pair_rule' say how they agree")
    titles = tuple(_anchor(a, "title", src, f"titles[{i}]", languages) for i, a in enumerate(data.get("titles", [])))
    labels = tuple(_anchor(a, "label", src, f"labels[{i}]", languages) for i, a in enumerate(data.get("labels", [])))
    if family == "certificate" and not titles:
        raise _err(src, "top level", "a certificate template needs at least one title (it identifies the page)")
    mrz = None
    if data.get("mrz") is not None:
        m = data["mrz"]
        try:
            mrz = MrzAnchor(
                str(m["format"]), int(m["lines"]), int(m["chars"]),
                (float(m["first_centre_mm"][0]), float(m["first_centre_mm"][1])),
                float(m.get("pitch_mm", 2.54)), float(m["line_pitch_mm"]),
                m.get("document_code"), m.get("issuing_state"),
            )  # fmt: skip
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise _err(src, "mrz", "needs format, lines, chars, first_centre_mm, line_pitch_mm") from exc
    frame = _box(data["frame_mm"], src, "frame_mm") if data.get("frame_mm") is not None else None
    return Template(
        kind=_str(data, "kind", src, "top level"),
        edition=_str(data, "edition", src, "top level"),
        family=family,
        description=str(data.get("description", "")),
        page_mm=(float(page[0]), float(page[1])),
        fields=fields,
        titles=titles,
        labels=labels,
        mrz=mrz,
        frame=frame,
        frame_stroke_mm=float(data.get("frame_stroke_mm", 1.0)),
        outline=bool(data.get("outline", True)),
        source=source,
        extra={k: v for k, v in data.items() if k.startswith("x_")},
    )


def load_template(path: Path, languages: set[str] | None = None) -> Template:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"template {path}: cannot be read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise TemplateError(f"template {path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    return parse_template(data, str(path), languages)


def template_dirs(extra_dirs: Iterable[Path | str] = ()) -> list[Path]:
    """The bundled folder, then TEKSERU_TEMPLATE_DIRS, then `extra_dirs`."""
    dirs = [resource_path("templates")]
    env = os.environ.get(ENV_DIRS, "")
    dirs += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    dirs += [Path(p) for p in extra_dirs]
    return dirs


def load_templates(extra_dirs: Sequence[Path | str] = (), languages: set[str] | None = None) -> tuple[Template, ...]:
    """Every template in the template folders; a later folder's file replaces an earlier one of the
    same kind and edition. A broken file raises TemplateError (a half-read layout must not be used)."""
    found: dict[tuple[str, str], Template] = {}
    for folder in template_dirs(extra_dirs):
        if not folder.is_dir():
            if folder != resource_path("templates"):
                log.warning("template folder %s does not exist", folder)
            continue
        for path in sorted(folder.glob("*.json")):
            t = load_template(path, languages)
            if t.key in found:
                log.info("template %s replaces %s", path, found[t.key].source)
            found[t.key] = t
    return tuple(sorted(found.values(), key=lambda t: t.key))


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...], env: str) -> tuple[Template, ...]:
    return load_templates(extra)


def templates(extra_dirs: Sequence[Path | str] = ()) -> tuple[Template, ...]:
    """`load_templates`, cached per folder list (readers call this for every page)."""
    return _cached(tuple(str(p) for p in extra_dirs), os.environ.get(ENV_DIRS, ""))
