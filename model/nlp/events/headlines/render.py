"""Tokens to headline text: markup, brackets, spacing, and the tidy-up of a finished headline."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model.nlp.events.headlines.words import _CLOSERS, _OPENERS, _words
from model.nlp.sentences import doc_scratch, same_sentence, sentence_of, sentence_start, token_texts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Penn Treebank escapes and quotes as left in tokenised corpora.
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_QUOTES = frozenset(("``", "''", "`", '"', "“", "”", "‘", "’", "'", "«", "»"))
_NO_SPACE_BEFORE = frozenset((",", ".", ";", ":", "!", "?", "%", ")", "]", "'s", "’s", "n't", "’t", "'re", "'ve",
                              "'ll", "'d", "'m", "…"))
_NO_SPACE_AFTER = frozenset(("(", "[", "$", "#", "£"))
_MARKUP = re.compile(r"-[LR][RSC]B-|``|''|(?<!\w)`|\s[,.;:!?%](?=\s|$)|\s(?:'s|n't)\b")


def has_markup(text: str) -> bool:
    """Tokenizer markup or spaced punctuation left in a headline."""
    return bool(_MARKUP.search(text))


# --- rendering tokens -----------------------------------------------------------------------


def _in_brackets(token: Token) -> bool:
    """Inside a parenthesis ("Monday (Nov 15)"), looking back at most a dozen tokens."""
    # Asked for every token of every headline rendered: found once per doc and token.
    known = doc_scratch(token.doc).setdefault("in_brackets", {})
    inside = known.get(token.i)
    if inside is None:
        inside = known[token.i] = _looks_back_into_brackets(token)
    return inside  # type: ignore[no-any-return]


def _looks_back_into_brackets(token: Token) -> bool:
    depth = 0
    texts = token_texts(token.doc)
    for i in range(token.i - 1, max(sentence_start(token), token.i - 12) - 1, -1):
        text = texts[i]
        if text in _CLOSERS or (")" in text or "]" in text) and len(text) > 1:
            depth += 1
        elif text in _OPENERS:
            if depth == 0:
                return True
            depth -= 1
    return False


def header_end(token: Token) -> int:
    """Index of the first token after a sentence's header: a dateline ("CAIRO, Egypt (CNN) --",
    "DAR ES SALAAM, Tanzania (AP) _") or an update stamp ("Cairo, 2:38 p.m. ET -RRB-")."""
    # The same for every token of a sentence, and asked for most tokens a headline renders.
    ends = doc_scratch(token.doc).setdefault("header_end", {})
    start = sentence_start(token)
    end = ends.get(start)
    if end is None:
        end = ends[start] = _header_end(sentence_of(token))
    return end  # type: ignore[no-any-return]


def _header_end(sent: Span) -> int:
    depth = 0
    window = list(sent[:24])
    for n, t in enumerate(window):
        text = _PTB.get(t.text, t.text)
        if text in ("(", "["):
            depth += 1
        elif text in (")", "]") or text.startswith(")"):
            if depth == 0:  # a closer with no opener: the end of a stamp carried over
                return _skip_dashes(window, n + 1, sent.start)
            depth -= 1
        elif text == "|" and n <= 12 and any(w.like_num for w in window[:n]):
            return _skip_dashes(window, n + 1, sent.start)  # a comment's stamp: "January 31, 2011 at 2:33 pm |"
        elif text in ("--", "—", "_", "–") or text.endswith("--"):
            before = [w for w in window[:n] if w.is_alpha]
            if before and (before[0].text.isupper() and len(before[0].text) > 2 or any(
                    w.text in ("Reuters", "AP", "CNN", "AFP", "Xinhua", "BLOOMBERG", "Bloomberg") for w in before)):
                return _skip_dashes(window, n + 1, sent.start)
    return sent.start


def _skip_dashes(window: list[Token], n: int, start: int) -> int:
    while n < len(window) and (window[n].text in ("-", "--", "—", "_", "–") or window[n].is_space):
        n += 1
    return start + n


_OPENING_QUOTES = frozenset(("``", "“"))
_CLOSING_QUOTES = frozenset(("''", "”"))


def render(tokens: list[Token] | set[Token], quotes: bool = False) -> str:
    """Tokens as written prose: no quotes (unless ``quotes``: double ones, as “ ”) or brackets, no
    markup, original joins kept."""
    ordered = sorted(tokens, key=lambda t: t.i)
    if ordered:
        start = header_end(ordered[0])
        ordered = [t for t in ordered if t.i >= start or not same_sentence(t, ordered[0])] or ordered
    out: list[str] = []
    prev: Token | None = None
    for n, t in enumerate(ordered):
        text = _PTB.get(t.text, t.text)
        if t.text in ("'", "’") and n + 1 < len(ordered) and not t.whitespace_ and \
                ordered[n + 1].lower_ in ("ve", "re", "ll", "m", "d"):
            out.append("’")  # "we 've" split by the tokenizer into "'" and "ve": "we’ve", not "we ve"
            prev = t
            continue
        if t.text in ("'", "’") and (t.dep_ == "case" or n + 1 < len(ordered) and ordered[n + 1].text == "s"):
            out.append("’")  # "the Beatles ' Apple Corps", "Wayne ' s World" from tokenised text
            prev = t
            continue
        if text.lower() in ("s", "ve", "re", "ll", "m", "d") and out and out[-1] == "’":
            out.append(text)
            prev = t
            continue
        if quotes and t.text == "`" and n > 0 and ordered[n - 1].text == "`" and ordered[n - 1].i == t.i - 1:
            continue  # the second half of "``", which the tokenizer splits in two
        pair = t.text == "`" and n + 1 < len(ordered) and ordered[n + 1].text == "`" and not t.whitespace_
        if quotes and (t.text in _OPENING_QUOTES or t.text in _CLOSING_QUOTES or pair):
            opening = t.text in _OPENING_QUOTES or pair
            if opening and out and out[-1] != " " and out[-1] not in _NO_SPACE_AFTER:
                out.append(" ")
            out.append("“" if opening else "”")
            prev = t if not opening else None  # no space after an opening quote
            continue
        if t.text in _QUOTES or text in _OPENERS or text in _CLOSERS or _in_brackets(t):
            continue
        if t.text == "#" and n + 1 < len(ordered) and ordered[n + 1].like_num:
            text = "£"  # tokenised Reuters text writes the pound sign as "#": "# 50 million"
        if text in ("--", "—", "–") and t.whitespace_:
            continue
        if out and prev is not None:
            joined = prev.i == t.i - 1 and not prev.whitespace_
            if not joined and text.lower() not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER and \
                    out[-1] != "“":
                out.append(" ")
        out.append(text)
        prev = t
    return "".join(out).strip(" ,;:-")


def _word_group(token: Token) -> list[Token]:
    """The whole hyphenated word a token is part of ("working-level", "re-establish", "3½-hour")."""
    doc = token.doc
    known = doc_scratch(doc).setdefault("word_group", {})
    bounds = known.get(token.i)
    if bounds is None:
        lo = hi = token.i
        while lo > 0 and not doc[lo - 1].whitespace_ and (doc[lo].text == "-" or doc[lo - 1].text == "-") \
                and not doc[lo - 1].is_space:
            lo -= 1
        while hi + 1 < len(doc) and not doc[hi].whitespace_ and (doc[hi].text == "-" or doc[hi + 1].text == "-"):
            hi += 1
        bounds = known[token.i] = (lo, hi)
    if bounds[0] == bounds[1]:
        return [token]
    return [doc[i] for i in range(bounds[0], bounds[1] + 1)]


def _with_groups(tokens: set[Token]) -> set[Token]:
    out = set(tokens)
    for t in tokens:
        out.update(_word_group(t))
    return out


def _clean_name(name: str) -> str:
    """Entity text from tokenised corpora: "Beatles ' Apple Corps" -> "Beatles’ Apple Corps"."""
    for escape, char in _PTB.items():
        name = name.replace(escape, char)
    name = re.sub(r"\s+(['’])\s*(s\b)?", lambda m: "’" + (m.group(2) or ""), name)
    name = re.sub(r"\s+([,.;:])", r"\1", name)
    name = re.sub(r"\s*['’]$", "", name)  # "Steve Jobs '" (a possessive left on the entity)
    return name.replace("``", "").replace("''", "").strip()


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_AMOUNT_UNITS = _words("m bn k million billion thousand trillion")


def _pound_amount(token: Token) -> str:
    """"£3 m" for "# 3 m", which tokenised Reuters text writes with "#" for the pound sign and the
    parser takes for a noun with its number hung on it: the amount, whole, or ""."""
    doc = token.doc
    if token.text != "#" or token.i + 1 >= len(doc) or not doc[token.i + 1].like_num:
        return ""
    end = token.i + 2
    while end < len(doc) and (doc[end].like_num or doc[end].lower_ in _AMOUNT_UNITS) and end <= token.i + 3:
        end += 1
    return render(list(doc[token.i : end]))


def _tidy(text: str) -> str:
    for escape, char in _PTB.items():
        text = text.replace(escape, char)
    text = text.replace("``", "").replace("''", "")
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    text = re.sub(r"\s+-\s+(?=[A-Z])", " ", text)
    text = re.sub(r"\s+(?:-|--|—|–)\s+(?:-|--|—|–)(?=\s)", "", text)  # the dashes of an aside that was cut
    text = re.sub(r"(?<![\w#])#\s?(?=\d)", "£", text)  # "# 50" in tokenised Reuters text is "£50"
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?%])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)  # "Gamal Mubarak,, state television reported"
    text = re.sub(r"^\(?\d{1,2}[.)]\s+(?=[A-Z])", "", text)  # a list's number: "3. Schools close"
    text = re.sub(r"^(?:\\?\*|•)\s*", "", text)  # a wire summary's bullet: "\* UN agency criticises …"
    text = text.strip(" ,;:-")
    if text.endswith(".") and not re.search(r"(?:\b[A-Z][a-z]?|\.\w)\.$", text):
        text = text[:-1]  # a headline has no full stop ("… the claims." but "U.S.")
    first = text.split(" ", 1)[0] if text else ""
    if text and not text[0].isupper() and not any(ch.isupper() for ch in first[1:]):
        text = text[0].upper() + text[1:]  # but "iPhone", "eBay" keep their own case
    return text
