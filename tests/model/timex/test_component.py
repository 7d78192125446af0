from __future__ import annotations

from model.timex import redate
from model.timex.expression import Timex


def _tag(nlp, text: str, dct: str | None) -> list[Timex]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return list(next(iter(nlp.pipe([doc])))._.timexes)


def test_api_and_redate(nlp) -> None:
    text = "Officials met on Tuesday and will meet again on Wednesday. The deal was signed Nov 15, 2021."
    doc = nlp.make_doc(text)
    doc._.dct = None
    doc = next(iter(nlp.pipe([doc])))
    values = {t.text: t.value for t in doc._.timexes}
    assert values == {"Tuesday": "XXXX-WXX-2", "Wednesday": "XXXX-WXX-3", "Nov 15, 2021": "2021-11-15"}
    redate(doc, "2021-11-18")
    values = {t.text: t.value for t in doc._.timexes}
    assert values == {"Tuesday": "2021-11-16", "Wednesday": "2021-11-24", "Nov 15, 2021": "2021-11-15"}
    assert doc._.dct == "2021-11-18"
    for t in doc._.timexes:
        assert text[t.start : t.end] == t.text


def test_package_redate_stays_the_function_after_the_submodule_is_imported() -> None:
    import importlib

    import model.timex
    from model.timex import redating

    importlib.import_module("model.timex.redating")
    assert callable(model.timex.redate)
    assert model.timex.redate is not redating
    from model.timex import redate as again

    assert callable(again) and again.__module__ == "model.timex"
