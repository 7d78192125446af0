"""Size limits shared by the readers."""

from __future__ import annotations

# spaCy refuses texts longer than `nlp.max_length`, 1,000,000 characters by default.
MAX_TEXT_CHARS = 1_000_000

# A file holding one article cannot hold fewer characters than bytes / 4 (UTF-8
# and UTF-32 use at most 4 bytes per character), so larger files are refused unread.
MAX_SINGLE_TEXT_BYTES = 4 * MAX_TEXT_CHARS + 4

# HTML is mostly markup; above this it is not an article page and would only stall the extractor.
MAX_HTML_BYTES = 20 * 1024 * 1024

# A .json corpus is parsed whole (unlike .jsonl/.csv, which are streamed).
MAX_JSON_BYTES = 512 * 1024 * 1024


def too_long_message(chars: int, subject: str = "text is") -> str:
    return (
        f"{subject} {chars:,} characters, above the {MAX_TEXT_CHARS:,}-character limit "
        "per article of the language pipeline; split it into smaller articles"
    )
