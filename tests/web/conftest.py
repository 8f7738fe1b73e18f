"""Fixtures of the server's tests: a store of real SaudiNewsNet articles plus crafted ones, and the app over it."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

import khabar
from khabar.ingest import ingest
from khabar.store import Store

PER_OUTLET = 3  # articles taken from each outlet of the first day
OUTLETS = 8

# A crafted article: markup in the title and the text must come back, and be shown, as text.
HOSTILE_TITLE = 'عنوان <script>window.__pwned = 1</script> خبيث'
HOSTILE_TEXT = (
    'قال المتحدث باسم الوزارة خالد العتيبي للصحفيين يوم الأحد إن "><img src=x onerror="window.__pwned=2"> '
    "لن يمر، وإن الاجتماع سيعقد في الرياض.\n\n"
    "وأضاف العتيبي: «<script>window.__pwned = 3</script> هذا نص وليس شيفرة».\n\n"
    "وأسفر الحادث عن مقتل 12 شخصا وإصابة 30 آخرين."
)
QUOTE_TITLE = "الجبير: لن نقبل بأي تدخل في شؤون اليمن"
# A crafted article with a quote whose speaker and chain are known.
QUOTE_TEXT = (
    "الرياض - واس\n\n"
    "قال وزير الخارجية السعودي عادل الجبير للصحفيين في الرياض يوم الأحد إن المملكة ستواصل دعم الحكومة اليمنية.\n\n"
    "وأضاف الجبير: «لن نقبل بأي تدخل في شؤون اليمن الداخلية».\n\n"
    "وأسفرت الاشتباكات عن مقتل 15 شخصا وإصابة 40 آخرين، وفقا لوزارة الصحة اليمنية."
)

# One event told by three outlets over two days, the toll revised: a story whose killed figure changes.
STORY = [
    ("2015-07-22", "https://www.alwatan.com.sa/yemen/1", "مقتل 15 في اشتباكات عدن",
     ("عدن - قتل 15 شخصا وأصيب 40 آخرون في اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مدينة عدن اليمنية "
     "يوم الثلاثاء، وفقا لمصادر طبية.\n\nوقال مسؤول محلي إن المعارك تركزت في أحياء المدينة الشمالية.")),
    ("2015-07-22", "https://aawsat.com/home/article/1", "اشتباكات عنيفة في عدن",
     ("أسفرت اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مدينة عدن اليمنية عن مقتل 15 شخصا وإصابة 40 آخرين، "
     "بحسب مصادر طبية.\n\nوتركزت المعارك في أحياء المدينة الشمالية بحسب مسؤول محلي.")),
    ("2015-07-23", "https://www.alyaum.com/article/1", "ارتفاع قتلى اشتباكات عدن إلى 22",
     ("ارتفعت حصيلة المواجهات بين المقاومة الشعبية والحوثيين في عدن إلى مقتل 22 شخصا، بحسب مصادر طبية، "
     "بعد ليلة من القصف المتبادل.\n\nوأعلنت السلطات المحلية فتح ممرات آمنة لإجلاء الجرحى إلى مستشفيات المدينة، "
     "فيما دعت منظمات الإغاثة إلى هدنة إنسانية عاجلة.")),
]


def first_day_sample(shared_data: Path) -> list[dict]:
    """A few articles of each outlet from SaudiNewsNet's first day, in the file's order."""
    days = sorted((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    if not days:
        pytest.skip(f"no SaudiNewsNet day files under {shared_data}/news/saudinewsnet")
    with zipfile.ZipFile(days[0]) as day:
        articles = json.loads(day.read(day.namelist()[0]))
    taken: dict[str, list[dict]] = {}
    for article in articles:
        mine = taken.setdefault(article["source"], [])
        if len(mine) < PER_OUTLET and "قال" in article["content"]:
            mine.append(article)
    return [a for outlet in list(taken)[:OUTLETS] for a in taken[outlet]]


@pytest.fixture(scope="session")
def web_db(shared_data, tmp_path_factory) -> Path:
    """A store: real articles (ingested as `khabar ingest` does) and the two crafted ones."""
    folder = tmp_path_factory.mktemp("web")
    sample = folder / "sample.json"
    sample.write_text(json.dumps(first_day_sample(shared_data), ensure_ascii=False), encoding="utf-8")
    db = folder / "web.db"
    ingest([str(sample)], str(db), workers=1, progress=False)
    with Store(db) as store:
        store.add([
            analyse_plain(HOSTILE_TEXT, title=HOSTILE_TITLE, published="2015-07-21", url="https://example.org/hostile"),
            analyse_plain(QUOTE_TEXT, title=QUOTE_TITLE, published="2015-07-21", url="https://example.org/jubeir"),
            *(analyse_plain(text, title=title, published=day, url=url) for day, url, title, text in STORY),
        ])
        # Stories and claims (issue 7) are recomputed over everything stored, where this khabar has them.
        for rebuild in ("rebuild_stories", "rebuild_claims"):
            if hasattr(store, rebuild):
                getattr(store, rebuild)()
    sample.unlink()
    return db


@pytest.fixture()
def db_copy(web_db, tmp_path) -> Path:
    """A private copy of the store, for tests that write or check the file is untouched."""
    copy = tmp_path / "copy.db"
    shutil.copy(web_db, copy)
    return copy


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from khabar.web import ServerConfig, create_app

    with TestClient(create_app(ServerConfig(db=str(web_db)))) as test_client:
        yield test_client


def analyse_plain(text: str, **metadata) -> khabar.Article:
    """The article read as plain text (as the server reads a text/plain body): markup stays text."""
    from khabar.pipeline import Pipeline
    from khabar.read.sources import article_from_text

    return Pipeline()(article_from_text(text, "<test>", as_html=False), **metadata)
