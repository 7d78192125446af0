"""Is this text English? A cheap check, so that a French or Chinese article is told apart
instead of being mis-dated by English rules.

The share of common function words ("the", "of", "and"…) among a text's words is high in any
English prose (a third or more) and near zero in other languages, whose own function words
("le", "der", "el"…) name the language. Texts in another script are named by their script.
Only the start of a text is looked at; short or word-poor texts (lists, tables, numbers)
are given the benefit of the doubt.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Enough text to tell; an article's first few thousand words speak its language.
_SAMPLE_CHARS = 20_000
# Fewer words than this: too little to tell (headlines, lists of names).
MIN_WORDS = 20
# Shares of all words in a sample.
_MIN_FOREIGN_SHARE = 0.15
_MAX_ENGLISH_SHARE_WHEN_FOREIGN = 0.08
_MIN_OTHER_SCRIPT_SHARE = 0.5

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_ENGLISH = frozenset(
    ["the", "of", "and", "to", "a", "in", "is", "was", "that", "for", "on", "it", "with", "as", "by", "at", "from", "be", "this", "have", "has", "had", "are", "were", "which", "an", "or", "but", "not", "they", "he", "she", "his", "her", "their", "its", "will", "would", "said", "been", "who", "also", "after", "more", "than", "about", "into", "over", "when", "there", "one", "new", "all", "we", "you", "i", "up", "out", "two", "can", "could", "last", "first", "year", "years", "our", "other", "some", "what", "if", "may", "no", "so", "them", "these", "then", "only", "just", "before", "while", "where"]
)

# Function words of the languages a news corpus most often mixes in; a word shared with
# English ("a", "in", "die"…) is left out so as not to count an English text as foreign.
_OTHERS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "French": """le la les des du de et est une un que qui dans pour pas sur au aux par avec ce
            cette sont ont été il elle ils nous vous mais ou où son sa ses leur leurs plus se
            ne lui été être avait fait comme""",
        "German": """der die das den dem des und ist nicht ein eine einer einen mit sich auf für
            von zu im auch es wird wurde sind werden hat haben nach bei aus dass oder wie noch
            über nur am vom zum zur""",
        "Spanish": """el la los las del de y que en es por para con una un se su sus al lo como
            más pero fue ha han este esta entre sobre también sin muy ya porque cuando""",
        "Italian": """il lo la gli le del della dei delle di e è che per una un non con si su da
            al alla nel nella sono anche come più ma ha hanno questo questa dopo""",
        "Portuguese": """o os as do da dos das de e é que em um uma para com não por se mais
            ao na no nas nos foi como mas seu sua também ser pelo pela""",
        "Dutch": """de het een en van is dat niet op te zijn voor met hij zij ze die er maar
            om ook als bij nog naar wordt werd heeft hebben uit""",
    }.items()
}

# Scripts other than Latin: (first code point, last code point, name), checked in order.
_SCRIPTS = (
    (0x3040, 0x30FF, "Japanese"),
    (0xAC00, 0xD7AF, "Korean"),
    (0x1100, 0x11FF, "Korean"),
    (0x4E00, 0x9FFF, "Chinese"),
    (0x3400, 0x4DBF, "Chinese"),
    (0x0400, 0x052F, "Russian or another Cyrillic-script language"),
    (0x0370, 0x03FF, "Greek"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0900, 0x097F, "Hindi or another Devanagari-script language"),
    (0x0E00, 0x0E7F, "Thai"),
)


def guess_language(text: str) -> str | None:
    """The language a text looks written in when it is clearly not English, else None
    (English, or too little text to tell)."""
    sample = text[:_SAMPLE_CHARS]
    script = _other_script(sample)
    if script is not None:
        return script
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(words)
    total = len(words)
    english = sum(counts[w] for w in _ENGLISH) / total
    if english > _MAX_ENGLISH_SHARE_WHEN_FOREIGN:
        return None
    best, share = max(
        ((name, sum(counts[w] for w in vocab) / total) for name, vocab in _OTHERS.items()),
        key=lambda pair: pair[1],
    )
    return best if share >= _MIN_FOREIGN_SHARE and share > 2 * english else None


def not_english_message(text: str) -> str | None:
    """The warning to show for a text in another language, None for English text."""
    language = guess_language(text)
    if language is None:
        return None
    return f"looks like {language}, not English; dates not extracted"


def _other_script(sample: str) -> str | None:
    """A non-Latin script that most letters are written in."""
    if sample.isascii():
        return None  # all Latin: the common case, at C speed (the loop below cost 2 ms an article)
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < MIN_WORDS:
        return None
    latin = sum(1 for c in letters if c.isascii() or "LATIN" in unicodedata.name(c, ""))
    if latin / len(letters) >= _MIN_OTHER_SCRIPT_SHARE:
        return None
    by_script: Counter[str] = Counter()
    for c in letters:
        point = ord(c)
        for first, last, name in _SCRIPTS:
            if first <= point <= last:
                by_script[name] += 1
                break
    if not by_script:
        return "a language other than English"
    # Japanese mixes kana with Chinese characters: any kana at all makes it Japanese.
    if by_script["Japanese"] and by_script["Japanese"] >= 0.05 * len(letters):
        return "Japanese"
    return by_script.most_common(1)[0][0]
