import pytest

from khabar.text.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف.", "ar"),
        ("قالت شركة Apple إن مبيعات iPhone ارتفعت في الربع الأخير.", "ar"),
        ("وزیر امور خارجه ایران گفت که مذاکرات هفته آینده از سر گرفته می‌شود.", "fa"),
        ("وزیر خارجہ نے کہا کہ مذاکرات اگلے ہفتے دوبارہ شروع ہوں گے۔", "ur"),
        ("The foreign minister said talks would resume next week in Geneva.", "en"),
        ("1234 5678 !!!", "und"),
        ("", "und"),
    ],
)
def test_language(text, language):
    assert detect_language(text) == language
