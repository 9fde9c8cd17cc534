"""The report's static labels in English, Russian, Kazakh and Chinese
(resources/messages/report.json); the reasons themselves come from the shared message catalogue."""

from __future__ import annotations

import json
from functools import cache

from ocr.bundled import resource_path
from verification.messages import LANGUAGES
from verification.report.errors import ReportError


@cache
def _labels() -> dict[str, dict[str, str]]:
    data = json.loads(resource_path("messages", "report.json").read_text(encoding="utf-8"))
    labels: dict[str, dict[str, str]] = data["labels"]
    return labels


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ReportError(f"the report language {lang!r} is not one of {', '.join(LANGUAGES)}")
    return lang


def label(key: str, lang: str) -> str:
    """The label in `lang`, else English; an unknown key shows itself rather than nothing."""
    entry = _labels().get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]
