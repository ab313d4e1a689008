"""Facts in words, the same in every renderer (terminal summary, HTML report)."""

from __future__ import annotations

from typing import Any, Callable, Optional


def change_phrase(change: Optional[dict[str, Any]], amount: Callable[[float], str]) -> str:
    """"up", "down from 611", "up by 4.1 from 208": a number's change as a reader says it, amounts worded by
    ``amount``; empty for a number that is no change."""
    if not change:
        return ""
    words = [change["direction"]]
    if change.get("by") is not None:
        words.append(f"by {amount(change['by'])}")
    if change.get("from") is not None:
        words.append(f"from {amount(change['from'])}")
    return " ".join(words)
