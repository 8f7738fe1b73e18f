"""Arabic sample texts and an HTML page for the reader tests, written for them (no corpus text)."""

SENTENCES = (
    "قال وزير الخارجية إن المحادثات في القاهرة كانت مثمرة، وأضاف أن الطرفين اتفقا على مواصلة الحوار.",
    "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة جدة بطاقة ثلاثمئة سرير.",
    "هل ارتفعت أسعار النفط؟ نعم، بنسبة خمسة في المئة خلال الأسبوع الماضي؛ بحسب المحللين.",
)
ARTICLE = "\n".join(SENTENCES)

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الوزير يعلن خطة جديدة | صحيفة الخبر</title>
<meta property="og:title" content="الوزير يعلن خطة جديدة">
<meta property="og:site_name" content="صحيفة الخبر">
<meta property="og:url" content="https://example.com/news/123">
<link rel="canonical" href="https://example.com/news/123">
<meta property="article:published_time" content="2024-03-05T10:30:00+03:00">
<script>var hidden = "نص برمجي لا يظهر";</script>
<style>p { color: red; } .x:after { content: "نمط لا يظهر"; }</style>
</head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article>
<h1>الوزير يعلن خطة جديدة</h1>
<p>أعلن وزير الاقتصاد اليوم الثلاثاء عن خطة جديدة لدعم الشركات الصغيرة والمتوسطة في المملكة، وقال إن الخطة تشمل قروضاً ميسرة.</p>
<p>وأضاف الوزير في مؤتمر صحفي عقده في الرياض أن الحكومة خصصت خمسة مليارات ريال لهذا البرنامج خلال العامين المقبلين.</p>
<p>من جهته، رحب رئيس غرفة التجارة بالقرار، مؤكداً أنه سيسهم في خلق آلاف الوظائف للشباب.</p>
</article>
<div class="comments" id="comments"><h3>التعليقات</h3><p>تعليق قارئ: خطة ممتازة!</p></div>
<script>document.write("نص برمجي آخر");</script>
<footer>جميع الحقوق محفوظة</footer>
</body></html>
"""
PAGE_PARAGRAPHS = (
    "أعلن وزير الاقتصاد اليوم الثلاثاء عن خطة جديدة لدعم الشركات الصغيرة والمتوسطة في المملكة، وقال إن الخطة تشمل قروضاً ميسرة.",
    "وأضاف الوزير في مؤتمر صحفي عقده في الرياض أن الحكومة خصصت خمسة مليارات ريال لهذا البرنامج خلال العامين المقبلين.",
    "من جهته، رحب رئيس غرفة التجارة بالقرار، مؤكداً أنه سيسهم في خلق آلاف الوظائف للشباب.",
)
