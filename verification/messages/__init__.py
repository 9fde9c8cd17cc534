"""One message catalogue for every reason the rules and the verdict give, in English, Russian,
Kazakh and Chinese (resources/messages/reasons.json). An unknown id or a missing parameter never
raises: the officer sees the id and the raw parameters instead of nothing."""

from __future__ import annotations

import json
from functools import cache
from typing import Any, Protocol

from ocr.bundled import resource_path

LANGUAGES = ("en", "ru", "kk", "zh")


class HasReason(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def params(self) -> dict[str, Any]: ...


@cache
def catalogue() -> dict[str, dict[str, str]]:
    data = json.loads(resource_path("messages", "reasons.json").read_text(encoding="utf-8"))
    messages: dict[str, dict[str, str]] = data["messages"]
    return messages


class _Keep(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def text(message_id: str, lang: str = "en", params: dict[str, Any] | None = None) -> str:
    entry = catalogue().get(message_id)
    if entry is None:
        return f"{message_id} {params or ''}".strip()
    template = entry.get(lang) or entry["en"]
    return template.format_map(_Keep(params or {}))


def render(reason: HasReason, lang: str = "en") -> str:
    return text(reason.id, lang, reason.params)


def check_title(check_id: str, lang: str = "en") -> str:
    return text(f"check.{check_id}", lang)
