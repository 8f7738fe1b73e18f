// One story: its articles in time order; its claims with the first report, independent
// confirmations and contradictions; and each figure over time as each source reported it.
import { h, $, link, params, num, when } from "./dom.js";
import { get, showError } from "./api.js";
import { lineChart } from "./chart.js";
import { FACT_TYPES, label } from "./labels.js";

const MOST_CLAIMS = 50;
const DETAILED_CLAIMS = 20; // claims whose reports and provenance are fetched (one request each)

function outletName(outlet) {
  return (outlet && (outlet.name || outlet.domain)) || outlet || "";
}

function storyTitle(story) {
  return story.title || story.label || story.headline || `قصة ${story.id}`;
}

function articlesSection(articles) {
  return h("section", { class: "card", "aria-labelledby": "story-articles-h" },
    h("h2", { id: "story-articles-h" }, `المقالات بترتيب النشر (${num(articles.length)})`),
    h("ol", { class: "plain" }, articles.map((a) => h("li", {},
      h("time", { class: "ltr muted", datetime: a.published || "" }, a.published || ""), " ",
      h("a", { href: link("/article", { id: a.id || a.article }), dir: "auto" }, a.title || a.id || a.article),
      outletName(a.outlet) ? h("span", { class: "muted" }, " · ", h("bdi", {}, outletName(a.outlet))) : null,
      a.duplicate_of || a.copy_of ? h("span", { class: "badge" }, "نسخة") : null))));
}

function claimText(claim) {
  if (claim.text) return claim.text;
  const parts = [label(FACT_TYPES, claim.type)];
  if (claim.value !== undefined && claim.value !== null) parts.push(num(claim.value));
  if (claim.noun) parts.push(claim.noun);
  return parts.join(" ");
}

function firstReport(claim) {
  const first = claim.first_report || claim.first || (claim.reports || [])[0];
  if (!first) return "";
  const article = first.article || first.id;
  const outlet = outletName(first.outlet);
  return [article ? h("a", { href: link("/article", { id: article }) }, h("bdi", {}, outlet || "؟")) : h("bdi", {}, outlet),
    first.published ? [" · ", h("span", { class: "nowrap" }, when(first.published))] : ""];
}

// Independent sources: reports that are not copies of one another.
function sources(claim) {
  if (claim.n_sources !== undefined) return claim.n_sources;
  return (claim.reports || []).filter((r) => r.independent).length;
}

function status(claim) {
  if (contradicted(claim)) return h("span", { class: "badge warn" }, "متناقض");
  const reports = (claim.reports || []).length || claim.n_reports || 0;
  return reports > 1 ? h("span", { class: "badge ok" }, "متسق") : h("span", { class: "muted nowrap" }, "تقرير واحد");
}

function contradicted(claim) {
  if (claim.contradicted !== undefined) return Boolean(claim.contradicted);
  return Boolean(claim.contradictions && (Array.isArray(claim.contradictions) ? claim.contradictions.length : claim.contradictions));
}

function claimKind(claim) {
  const text = claim.kind === "quote" ? "قول" : label(FACT_TYPES, claim.type);
  return text ? h("span", { class: "badge" }, text) : null;
}

// Who passed the claim to whom: the provenance graph's edges, each "from ← to".
function provenance(claim) {
  const graph = claim.provenance;
  if (!graph || !(graph.edges || []).length) return null;
  const names = Object.fromEntries((graph.nodes || []).map((n) => [n.id, n.label || n.id]));
  return h("details", { class: "provenance" }, h("summary", {}, "مسار النقل"),
    h("ul", { class: "plain" }, graph.edges.map((e) => h("li", {},
      h("bdi", {}, names[e.source] ?? e.source), " ← ", h("bdi", {}, names[e.target] ?? e.target),
      e.kind ? h("span", { class: "badge" }, e.kind) : null))));
}

function claimsSection(claims) {
  const rows = claims.map((c) => h("tr", { class: contradicted(c) ? "contradicted" : "" },
    h("td", { dir: "auto" }, claimKind(c), claimText(c), provenance(c)),
    h("td", { dir: "auto" }, firstReport(c)),
    h("td", { class: "num" }, num(sources(c))),
    h("td", {}, status(c)),
    h("td", { class: "num" }, num((c.reports || []).length || c.n_reports || c.reported_by || ""))));
  return h("section", { class: "card", "aria-labelledby": "claims-h" },
    h("h2", { id: "claims-h" }, `الادعاءات (${num(claims.length)})`),
    claims.length ? h("div", { class: "table-wrap" }, h("table", {},
      h("thead", {}, h("tr", {}, ["الادعاء", "أول من نشر", "مصادر مستقلة", "الحالة", "التقارير"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows))) : h("p", { class: "muted" }, "لا ادعاءات."));
}

// One chart per claimed figure that was reported with a number by several reports.
function chartsSection(claims) {
  const charts = [];
  for (const claim of claims) {
    const reports = (claim.reports || []).filter((r) => r.value !== null && r.value !== undefined && r.published);
    if (reports.length < 2) continue;
    const byOutlet = new Map();
    for (const r of reports) {
      const name = outletName(r.outlet) || "؟";
      if (!byOutlet.has(name)) byOutlet.set(name, []);
      byOutlet.get(name).push({ date: r.published, value: r.value, label: r.independent ? "مستقل" : "منقول" });
    }
    const series = [...byOutlet].map(([name, points]) => ({ name, points }));
    charts.push(h("figure", { class: "card" }, h("figcaption", { dir: "auto" }, claimText(claim)),
      lineChart(series, `${claimText(claim)} كما أورده كل مصدر عبر الزمن`)));
  }
  return h("section", { "aria-labelledby": "charts-h" }, h("h2", { id: "charts-h" }, "الأرقام عبر الزمن"),
    charts.length ? charts : h("p", { class: "muted" }, "لا رقم ورد في أكثر من تقرير."));
}

// The story's claims, each with its reports (the list may leave them out; each claim's own answer has them);
// null when this server's store has no claims.
async function storyClaims(id) {
  const health = await get("/api/health");
  if (!health.features.claims) return null;
  const page = await get("/api/claims", { story: id, limit: MOST_CLAIMS });
  return Promise.all(page.items.map((c, i) => (c.reports || i >= DETAILED_CLAIMS ? c
    : get(`/api/claims/${encodeURIComponent(c.id)}`).catch(() => c))));
}

async function load() {
  const id = params().get("id");
  const box = $("#story");
  if (!id) {
    showError(box, new Error("لم تُحدَّد القصة (?id=)"));
    return;
  }
  $("#status").textContent = "جارٍ التحميل…";
  try {
    const story = await get(`/api/stories/${encodeURIComponent(id)}`);
    const claims = await storyClaims(id);
    document.title = `${storyTitle(story)} — خبر`;
    box.replaceChildren(
      h("h1", { dir: "auto" }, storyTitle(story)),
      h("p", { class: "muted" }, `${num((story.articles || []).length)} مقالا من ${num((story.outlets || []).length)} مصدرا`,
        story.first_published ? [" · ", when(story.first_published), " ← ", when(story.last_published)] : ""),
      articlesSection(story.articles || []),
      ...(claims ? [claimsSection(claims), chartsSection(claims)]
        : [h("p", { class: "card muted" }, "الادعاءات غير متاحة في مخزن هذه النسخة.")]));
    $("#status").textContent = "";
  } catch (error) {
    $("#status").textContent = "";
    showError(box, error);
  }
}

load();
