"""TimeML (.tml): the text of <TEXT> with its tags removed, exactly; the DCT from <DCT>."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from model.loaders.decoding import decode_bytes
from model.loaders.draft import Draft, FormatError

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_timeml(data: bytes) -> Draft:
    root = _parse(data)
    text_element = _find(root, "TEXT")
    if text_element is None:
        raise FormatError("no <TEXT> element: not a TimeML document")
    try:
        text = "".join(text_element.itertext())
    except RecursionError:
        raise FormatError("not valid TimeML: elements nested too deeply") from None
    docid = _find(root, "DOCID")
    dct = _find(root, "DCT")
    dct_timex = _find(dct, "TIMEX3") if dct is not None else None
    return Draft(
        text=text,
        title=" ".join("".join(docid.itertext()).split()) if docid is not None else "",
        date=dct_timex.get("value") if dct_timex is not None else None,
        format="tml",
    )


def _parse(data: bytes) -> Element:
    """defusedxml: no entity expansion, no external entities or DTDs fetched."""
    try:
        return SafeET.fromstring(data)
    except DefusedXmlException:
        raise FormatError("refused: the XML declares entities or external references") from None
    except ParseError as exc:
        error = exc
    except RecursionError:
        raise FormatError("not valid TimeML: elements nested too deeply") from None
    # Latin-1/UTF-16 files without a correct encoding declaration: decode, then parse the text.
    try:
        text = _XML_DECLARATION.sub("", decode_bytes(data).text, count=1)
        return SafeET.fromstring(text)
    except DefusedXmlException:
        raise FormatError("refused: the XML declares entities or external references") from None
    except (ParseError, ValueError):
        pass
    line = error.position[0] if getattr(error, "position", None) else None
    raise FormatError(f"not valid TimeML XML: {_reason(error)}", line)


def _reason(error: ParseError) -> str:
    # "not well-formed (invalid token): line 3, column 4" -> the part before the position.
    return str(error).split(": line ")[0]


def _find(root: Element, name: str) -> Element | None:
    """First descendant (or root) called `name`, namespace or not."""
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.rsplit("}", 1)[-1] == name:
            return element
    return None


@dataclass(frozen=True)
class TaggedExtent:
    """Where one tag of a TimeML text lies in that text with its tags removed."""

    tag: str
    start: int
    end: int
    attrib: dict[str, str]


def text_and_tags(element: Element, tags: Collection[str]) -> tuple[str, list[TaggedExtent]]:
    """``element``'s text with its tags removed (as ``read_timeml`` reads it) and the extents of
    the named tags in it, in document order of their end (gold EVENTs, TIMEX3s for benchmarks
    and training)."""
    parts: list[str] = []
    found: list[TaggedExtent] = []

    def walk(elem: Element, pos: int) -> int:
        start = pos
        if elem.text:
            parts.append(elem.text)
            pos += len(elem.text)
        for child in elem:
            pos = walk(child, pos)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if elem.tag in tags:
            found.append(TaggedExtent(str(elem.tag), start, pos, dict(elem.attrib)))
        return pos

    walk(element, 0)
    return "".join(parts), found
