"""The ``quotes`` stage: registered with its requirements, and usable in a pipeline."""

from __future__ import annotations

from khabar.pipeline import STAGES, Pipeline
from khabar.read import RawArticle


def test_stage_is_registered():
    import khabar.speech.stage  # noqa: F401

    stage = STAGES["quotes"]
    assert stage.requires == ("tokens", "sentences")
    assert stage.assigns == ("quotes",)


def test_pipeline_with_the_stage():
    import khabar.speech.stage  # noqa: F401

    doc = Pipeline(["segment", "quotes"])(RawArticle(text="قال الوزير إن الاجتماع انتهى.\n\nوأضاف: «سنلتقي مجددا»."))
    assert [q["kind"] for q in doc.quotes] == ["indirect", "direct"]
    assert doc.to_dict()["quotes"] == doc.quotes
