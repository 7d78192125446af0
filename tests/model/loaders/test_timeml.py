"""TimeML: the text of <TEXT> without its tags, exactly; the DCT from <DCT>; safe parsing."""

from __future__ import annotations

from model.loaders import load_path

TML = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>NYT19981120.0362</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" functionInDocument="CREATION_TIME">1998-11-20 19:30</TIMEX3></DCT>
<TITLE>ANTIABORTION ACTIVIST</TITLE>
<TEXT>
The activist <EVENT eid="e1" class="I_ACTION">wanted</EVENT> in <TIMEX3 tid="t2" type="DATE" value="1998-10">last month</TIMEX3>'s shooting &amp; more.

Second <SIGNAL sid="s1">after</SIGNAL> paragraph.
</TEXT>
</TimeML>
"""


def test_timeml_text_dct_and_title(write) -> None:
    result = load_path(write("NYT19981120.0362.tml", TML))
    assert result.errors == []
    (article,) = result.articles
    assert (
        article.text == "\nThe activist wanted in last month's shooting & more.\n\nSecond after paragraph.\n"
    )
    assert article.title == "NYT19981120.0362"
    assert article.metadata_date == "1998-11-20"
    assert article.dct.value == "1998-11-20" and article.dct.source == "metadata"
    assert article.id == "nyt19981120-0362"
    assert article.format == "tml"


def test_invalid_xml_is_a_clear_error_with_its_line(write) -> None:
    path = write("bad.tml", "<TimeML>\n<TEXT>open <TIMEX3>never closed</TEXT>\n</TimeML>\n")
    result = load_path(path)
    assert result.articles == []
    (error,) = result.errors
    assert str(error).startswith(f"{path}:2: not valid TimeML XML: mismatched tag")


def test_xml_without_text_element(write) -> None:
    path = write("notext.tml", "<TimeML><DOCID>x</DOCID></TimeML>")
    assert [str(e) for e in load_path(path).errors] == [f"{path}: no <TEXT> element: not a TimeML document"]


def test_external_entities_are_refused(write) -> None:
    xxe = '<?xml version="1.0"?>\n<!DOCTYPE TimeML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    xxe += "<TimeML><TEXT>&secret;</TEXT></TimeML>"
    path = write("xxe.tml", xxe)
    result = load_path(path)
    assert result.articles == []
    assert [str(e) for e in result.errors] == [
        f"{path}: refused: the XML declares entities or external references"
    ]


def test_entity_expansion_bomb_is_refused(write) -> None:
    bomb = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n'
    bomb += "<TimeML><TEXT>&lol2;</TEXT></TimeML>"
    result = load_path(write("bomb.tml", bomb))
    assert result.articles == [] and "refused" in str(result.errors[0])


def test_latin1_timeml_without_declaration_is_read(write) -> None:
    data = "<TimeML><DOCID>d</DOCID><TEXT>Café à Genève</TEXT></TimeML>".encode("latin-1")
    (article,) = load_path(write("latin.tml", data)).articles
    assert article.text == "Café à Genève"
    assert article.dct.value is None


def test_text_and_tags_gives_the_text_read_and_each_tag_s_place_in_it() -> None:
    from xml.etree.ElementTree import fromstring

    from model.loaders.timeml import text_and_tags

    element = fromstring('<TEXT>Talks <EVENT eid="e1" class="OCCURRENCE">resumed</EVENT> on '
                         '<TIMEX3 tid="t1" type="DATE" value="2021-11-15">Monday</TIMEX3>.</TEXT>')
    text, tags = text_and_tags(element, ("EVENT", "TIMEX3"))
    assert text == "Talks resumed on Monday." == "".join(element.itertext())
    assert [(t.tag, text[t.start : t.end], t.attrib.get("class") or t.attrib["value"]) for t in tags] == [
        ("EVENT", "resumed", "OCCURRENCE"), ("TIMEX3", "Monday", "2021-11-15"),
    ]
