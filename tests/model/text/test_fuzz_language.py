"""The language check: total on any text, and right on clear cases of each language it names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.text.language_check import guess_language, not_english_message

_ENGLISH_SAMPLE = (
    "US Defense Secretary Lloyd Austin met his Chinese counterpart on Friday, the first such talks "
    "in 18 months, and said the two militaries would keep their lines of communication open after "
    "the summit between the leaders in November."
)
_FOREIGN = {
    "French": "Le président de la République a annoncé lundi que les négociations avec la Chine "
    "reprendraient dans les prochaines semaines, selon un communiqué publié par le ministère.",
    "German": "Der Bundeskanzler hat am Montag angekündigt, dass die Gespräche mit China in den "
    "kommenden Wochen wieder aufgenommen werden, wie das Auswärtige Amt in einer Mitteilung erklärte.",
    "Spanish": "El presidente anunció el lunes que las negociaciones con China se reanudarán en las "
    "próximas semanas, según un comunicado publicado por el Ministerio de Asuntos Exteriores.",
    "Chinese": "美国和中国同意恢复两军之间的高层对话，双方将于下周在北京举行会谈。外交部发言人周一表示，会谈将涉及多个议题。",
    "Japanese": "日本政府は月曜日、中国との協議を来週再開すると発表した。外務省の報道官によると、会談では複数の議題が取り上げられる。",
}
LANGUAGE_TEXT = st.one_of(
    st.text(max_size=500),
    st.lists(st.sampled_from((_ENGLISH_SAMPLE + " " + " ".join(_FOREIGN.values())).split()), max_size=80).map(
        " ".join
    ),
)


def check_language(text: str) -> None:
    language = guess_language(text)
    assert language is None or (language and "\n" not in language)
    message = not_english_message(text)
    assert (message is None) == (language is None)


@settings(max_examples=200, deadline=None)
@given(text=LANGUAGE_TEXT)
def test_the_check_is_total(text: str) -> None:
    check_language(text)


@pytest.mark.parametrize("language", sorted(_FOREIGN))
def test_other_languages_are_named(language: str) -> None:
    assert guess_language(_FOREIGN[language]) == language
    assert not_english_message(_FOREIGN[language]) == f"looks like {language}, not English; dates not extracted"


def test_cyrillic_is_named_by_its_script() -> None:
    text = "Президент объявил в понедельник, что переговоры с Китаем возобновятся в ближайшие недели."
    assert guess_language(text) == "Russian or another Cyrillic-script language"


@pytest.mark.parametrize(
    "text",
    [
        _ENGLISH_SAMPLE,
        # English quoting another language is still English.
        _ENGLISH_SAMPLE + " He said: « Le président a dit oui »." + _ENGLISH_SAMPLE,
        # Too few words, or no prose at all: never flagged.
        "Le président",
        "Record 1 " * 500,
        "x" * 10_000,
        "2021-11-12 14:00 3.5 17 42 " * 50,
    ],
)
def test_english_and_word_poor_texts_are_not_flagged(text: str) -> None:
    assert guess_language(text) is None
