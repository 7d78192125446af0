"""How an article is named, everywhere: the article list, the lanes on screen and in exported
images, the image footer, the exports' credits; and how the source that told it is named (the
event table's Source column, the sources panel, tooltips).

An article without a title (a plain-text file, a corpus record with no ``title``) is named by the
first line of its text, as a reader would, never by its record id ("articles-23").
"""

from __future__ import annotations

import re

from model.core.documents import Article

_MARKUP = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}
_MARKUP_RE = re.compile("|".join(re.escape(k) for k in _MARKUP))

MAX_NAME = 120  # characters of a first line used as a name; views elide further


def article_name(article: Article) -> str:
    """The title; else the first non-empty line of the text; else the source; else the file name;
    the id only when the article has none of these (an empty text read from nowhere)."""
    title = article.title.strip()
    if title:
        return title
    first = next((line.strip() for line in article.text.splitlines() if line.strip()), "")
    if first:
        return first[:MAX_NAME]
    file_name = article.path.replace("\\", "/").rsplit("/", 1)[-1]
    return article.source.strip() or file_name or article.id


def source_name(article: Article) -> str:
    """Who told it: the article's source ("Reuters"), else the article's name."""
    return article.source.strip() or article_name(article)


def readable(text: str) -> str:
    """Text as a reader should see it: tokenised corpora's markup undone ("-LRB-" -> "(", "``"
    -> '"'), spaced punctuation closed up ("U.S. , he said ." -> "U.S., he said."), one space."""
    text = _MARKUP_RE.sub(lambda m: _MARKUP[m.group(0)], text)
    text = " ".join(text.split())
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    return re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
