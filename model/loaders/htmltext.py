"""A plain, offline HTML-to-text reduction: the fallback when trafilatura finds no main text,
and the cleaner for HTML fragments in corpora (TimelineJS event text)."""

from __future__ import annotations

import html as html_lib
import re

from lxml import etree
from lxml import html as lxml_html

# Never shown as text: code, styling and embedded objects.
_DROP = ("script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "math")
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "dt",
        "dd",
        "hr",
        "title",
        "main",
        "aside",
        "nav",
    ]
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


def parse_html(markup: str) -> lxml_html.HtmlElement | None:
    """lxml's forgiving parser, with no network access; None when nothing can be parsed."""
    markup = _XML_DECLARATION.sub("", markup, count=1).replace("\x00", "")
    if not markup.strip():
        return None
    # huge_tree: libxml2 otherwise stops at 256 nested elements, and unclosed <font> soup in
    # old pages nests that deep: everything after it was silently dropped.
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root if isinstance(root, lxml_html.HtmlElement) else None


# libxml2's deepest tree with huge_tree; a tree this deep was cut there.
PARSER_MAX_DEPTH = 2048
# Without huge_tree (as trafilatura parses): content below this depth is lost.
PLAIN_PARSER_MAX_DEPTH = 256


def tree_depth(root: etree._Element) -> int:
    depth = deepest = 0
    for event, _element in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


_CODE = re.compile(r"<(script|style|template|head)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|blockquote|section|article|pre|hr)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")


def markup_text(markup: str) -> str:
    """The visible text of markup too deeply nested for any tree: tags removed, blocks as lines."""
    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", _CODE.sub(" ", markup)))
    lines = [_SPACES.sub(" ", line).strip() for line in html_lib.unescape(text).split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(markup: str) -> str:
    root = parse_html(markup)
    if root is None:
        return ""
    return element_text(root)


def element_text(root: lxml_html.HtmlElement) -> str:
    for element in root.iter(*_DROP):
        if element is not root:
            element.drop_tree()
    parts: list[str] = []
    _collect(root, parts)
    text = "".join(parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_title(root: lxml_html.HtmlElement) -> str:
    for path in ("//title", "//h1"):
        found = root.xpath(path)
        if found:
            title = " ".join(found[0].text_content().split())
            if title:
                return title
    return ""


def _collect(root: etree._Element, parts: list[str]) -> None:
    """Text in document order, newlines around blocks. Iterative: unclosed tags in malformed
    pages nest thousands deep, beyond Python's recursion limit."""
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            if event == "end" and element.tail and element is not root:
                parts.append(element.tail)
            continue
        block = element.tag.lower() in _BLOCKS
        if event == "start":
            if block:
                parts.append("\n")
            if element.text:
                parts.append(element.text)
        else:
            if block:
                parts.append("\n")
            if element.tail and element is not root:
                parts.append(element.tail)
