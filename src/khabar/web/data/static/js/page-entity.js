// One entity: its names and roles, a timeline of the articles naming it, its quotes and the quotes
// about it, who carries its words and whose words it carries, and the entities named beside it.
import { h, $, link, params, num, entityHref, when } from "./dom.js";
import { get, showError } from "./api.js";
import { barChart } from "./chart.js";
import { ENTITY_TYPES, QUOTE_KINDS, label } from "./labels.js";

function section(title, content, id) {
  return h("section", { class: "card", "aria-labelledby": id }, h("h2", { id }, title), content);
}

function chips(items, text, count, href) {
  if (!items.length) return h("p", { class: "muted" }, "لا شيء.");
  return h("ul", { class: "chips" }, items.map((item) => h("li", {},
    href ? h("a", { href: href(item), dir: "auto" }, text(item)) : h("span", { dir: "auto" }, text(item)),
    ` ×${num(count(item))}`)));
}

function quoteList(quotes, showSpeaker) {
  if (!quotes.length) return h("p", { class: "muted" }, "لا اقتباسات.");
  return h("ol", { class: "quotes" }, quotes.map((q) => h("li", {},
    showSpeaker ? h("strong", { dir: "auto" }, q.speaker || "غير معروف") : null,
    q.anonymous ? h("span", { class: "badge warn" }, "مجهول") : null,
    h("span", { class: "badge" }, label(QUOTE_KINDS, q.kind)),
    h("blockquote", { dir: "auto" }, q.text || ""),
    h("div", { class: "muted" },
      h("a", { href: link("/article", { id: q.article }), dir: "auto" }, q.title || q.article),
      q.outlet ? [" · ", h("bdi", {}, q.outlet)] : null,
      q.via ? [" · عبر ", h("bdi", {}, q.via)] : null,
      q.published ? [" · ", when(q.published)] : ""))));
}

function render(profile) {
  const entity = profile.entity;
  const canonical = entity.canonical || {};
  document.title = `${entity.name} — خبر`;
  const head = h("div", { class: "card" },
    h("h1", { dir: "auto" }, entity.name, h("span", { class: "badge" }, label(ENTITY_TYPES, entity.type))),
    h("p", { class: "muted" },
      canonical.en ? h("span", { dir: "ltr" }, canonical.en) : null, canonical.code ? ` (${canonical.code})` : "",
      ` · ${num(entity.articles)} مقالا · ${num(entity.mentions)} مرة`),
    profile.others && profile.others.length ? h("p", {}, "قد يعني الاسم أيضا: ", profile.others.map((o, i) => [i ? "، " : "",
      h("a", { href: entityHref(o), dir: "auto" }, `${o.name} (${label(ENTITY_TYPES, o.type)})`)])) : null);
  const timeline = (profile.timeline || []).map((p) => ({ date: p.date, value: p.articles }));
  return [
    head,
    section("الأسماء التي ورد بها", chips(profile.variants || [], (v) => v.name, (v) => v.articles), "variants-h"),
    section("الصفات والمناصب", chips(profile.roles || [], (r) => r.role, (r) => r.articles), "roles-h"),
    section("المقالات التي تذكره يوميا", timeline.length
      ? barChart(timeline, `عدد المقالات التي تذكر ${entity.name} في كل يوم`) : h("p", { class: "muted" }, "لا تواريخ."), "timeline-h"),
    h("div", { class: "layout" },
      section(`أقواله (${num((profile.quotes_by || []).length)})`, quoteList(profile.quotes_by || [], false), "quotes-by-h"),
      section(`ما قيل عنه (${num((profile.quotes_about || []).length)})`, quoteList(profile.quotes_about || [], true), "quotes-about-h")),
    h("div", { class: "layout" },
      section("من ينقل أقواله", chips(profile.quoted_by || [], (x) => x.name, (x) => x.quotes), "quoted-by-h"),
      section("من ينقل هو أقوالهم", chips(profile.quotes_from || [], (x) => x.name, (x) => x.quotes,
        (x) => link("/entity", { name: x.name })), "quotes-from-h")),
    section("كيانات تُذكر معه", chips(profile.cooccurring || [], (e) => e.name, (e) => e.together, entityHref), "cooccurring-h"),
    section("أحدث المقالات", h("ul", { class: "plain" }, (profile.articles || []).map((a) => h("li", {},
      h("a", { href: link("/article", { id: a.id }), dir: "auto" }, a.title || a.id),
      h("span", { class: "muted" }, a.outlet ? [" · ", h("bdi", {}, a.outlet)] : "", a.published ? [" · ", when(a.published)] : "")))), "articles-h"),
  ];
}

async function load() {
  const name = params().get("name");
  const box = $("#profile");
  if (!name) {
    showError(box, new Error("لم يُحدَّد الكيان (?name=)"));
    return;
  }
  $("#status").textContent = "جارٍ التحميل…";
  try {
    const profile = await get(`/api/entities/${encodeURIComponent(name)}`);
    box.replaceChildren(...render(profile));
    $("#status").textContent = "";
  } catch (error) {
    $("#status").textContent = "";
    showError(box, error);
  }
}

load();
