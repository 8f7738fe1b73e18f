// An analysed article (the khabar.article/1 record) as a page: the text with entities, quotes,
// figures and dates highlighted, a tooltip with each quote's speaker and chain, and side panels
// listing the quotes as chains and the figures as a table with their sources.
import { h, num, entityHref, safeHref } from "./dom.js";
import { ENTITY_TYPES, QUOTE_KINDS, FACT_TYPES, label } from "./labels.js";

// Outer layers first: a quote may hold figures, dates and names; a figure may hold a date.
const LAYERS = { quote: 0, fact: 1, time: 2, mention: 3 };

export function renderArticle(record, { heading = "h2" } = {}) {
  const index = indexRecord(record);
  const text = h("div", { class: "article-text", dir: "rtl", lang: record.language || "ar" });
  text.append(highlighted(record.text || "", spansOf(record, index), index));
  const article = h("article", { class: "card", "aria-labelledby": "article-title" },
    h(heading, { id: "article-title", dir: "auto" }, record.title || "(بلا عنوان)"),
    meta(record),
    legend(),
    text);
  const panels = h("div", { class: "panels" },
    quotesPanel(record, index), factsPanel(record, index), entitiesPanel(record), timesPanel(record));
  return h("div", { class: "layout" }, article, panels);
}

function indexRecord(record) {
  const byId = (list) => Object.fromEntries((list || []).map((item) => [item.id, item]));
  return { record, entities: byId(record.entities), quotes: byId(record.quotes), times: byId(record.times) };
}

function meta(record) {
  const outlet = record.outlet && (record.outlet.name || record.outlet.domain);
  const parts = [];
  if (outlet) parts.push(h("span", { dir: "auto" }, outlet));
  if (record.published) parts.push(h("time", { datetime: record.published, class: "ltr" }, record.published));
  if (record.url) parts.push(h("a", { href: safeHref(record.url), rel: "noopener noreferrer nofollow", class: "ltr" }, "الرابط"));
  const credits = (record.credits || []).map((c) => c.name || c.domain).filter(Boolean);
  if (credits.length) parts.push(h("span", {}, "المصدر: ", h("span", { dir: "auto" }, [...new Set(credits)].join("، "))));
  const line = h("p", { class: "muted" });
  parts.forEach((part, i) => line.append(i ? " · " : "", part));
  return line;
}

function legend() {
  const items = [
    ["ent ent-PER", "شخص"], ["ent ent-ORG", "منظمة"], ["ent ent-LOC", "مكان"], ["ent ent-MISC", "اسم آخر"],
    ["q", "اقتباس"], ["fig", "رقم"], ["date", "تاريخ"],
  ];
  return h("ul", { class: "legend", "aria-label": "دليل الألوان" }, items.map(([cls, text]) => h("li", { class: cls }, text)));
}

// -- the highlighted text ---------------------------------------------------------------

function spansOf(record, index) {
  const spans = [];
  for (const quote of record.quotes || []) spans.push({ start: quote.start, end: quote.end, layer: "quote", data: quote });
  for (const fact of record.facts || []) spans.push({ start: fact.start, end: fact.end, layer: "fact", data: fact });
  for (const time of record.times || []) spans.push({ start: time.start, end: time.end, layer: "time", data: time });
  for (const entity of record.entities || []) {
    for (const mention of entity.mentions || []) {
      spans.push({ start: mention.start, end: mention.end, layer: "mention", data: { entity, mention } });
    }
  }
  const length = (record.text || "").length;
  return spans.filter((sp) => Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start < sp.end && sp.end <= length);
}

// Make the spans nest: a span crossing the edge of an outer-layer one is cut there.
function nested(spans) {
  const ordered = [...spans].sort((a, b) => LAYERS[a.layer] - LAYERS[b.layer] || a.start - b.start);
  const accepted = [];
  for (const span of ordered) {
    let pieces = [span];
    for (const outer of accepted) pieces = pieces.flatMap((piece) => cutAt(piece, outer));
    accepted.push(...pieces);
  }
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end || LAYERS[a.layer] - LAYERS[b.layer]);
}

function cutAt(piece, outer) {
  const crossesStart = piece.start < outer.start && outer.start < piece.end && piece.end < outer.end;
  const crossesEnd = outer.start < piece.start && piece.start < outer.end && outer.end < piece.end;
  if (crossesStart) return [{ ...piece, end: outer.start }, { ...piece, start: outer.start }];
  if (crossesEnd) return [{ ...piece, end: outer.end }, { ...piece, start: outer.end }];
  return [piece];
}

function highlighted(text, spans, index) {
  const root = { start: 0, end: text.length, children: [] };
  const stack = [root];
  for (const span of nested(spans)) {
    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) stack.pop();
    const node = { ...span, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  }
  const fragment = document.createDocumentFragment();
  build(fragment, text, root, index);
  return fragment;
}

function build(parent, text, node, index) {
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) parent.append(text.slice(at, child.start));
    const el = element(child, index);
    build(el, text, child, index);
    parent.append(el);
    at = Math.max(at, child.end);
  }
  if (node.end > at) parent.append(text.slice(at, node.end));
}

function element(span, index) {
  if (span.layer === "quote") {
    const quote = span.data;
    const el = h("span", { class: `q q-${quote.kind}`, tabindex: "0", "data-quote": quote.id, "aria-describedby": "quote-tip" });
    el.addEventListener("mouseenter", () => showTip(el, quote, index));
    el.addEventListener("focus", () => showTip(el, quote, index));
    el.addEventListener("mouseleave", hideTip);
    el.addEventListener("blur", hideTip);
    return el;
  }
  if (span.layer === "fact") {
    const fact = span.data;
    return h("span", { class: "fig", title: `${label(FACT_TYPES, fact.type)}: ${factValue(fact)} ${fact.noun || ""}`.trim() });
  }
  if (span.layer === "time") {
    const time = span.data;
    return h("span", { class: "date", title: time.value || "تاريخ لم يُحدَّد" });
  }
  const { entity } = span.data;
  const canonical = entity.canonical && (entity.canonical.en || entity.canonical.ar);
  return h("span", { class: `ent ent-${entity.type}`, "data-entity": entity.id,
    title: `${label(ENTITY_TYPES, entity.type)}: ${entity.name}${canonical ? ` (${canonical})` : ""}` });
}

// -- the quote tooltip ----------------------------------------------------------------------

let tip = null;

function tipElement() {
  if (!tip) {
    tip = h("div", { id: "quote-tip", class: "tip", role: "tooltip", hidden: true });
    document.body.append(tip);
    document.addEventListener("keydown", (event) => { if (event.key === "Escape") hideTip(); });
  }
  return tip;
}

function showTip(el, quote, index) {
  const box = tipElement();
  box.replaceChildren(
    h("div", {}, "المتكلم: ", h("strong", { class: "tip-speaker", dir: "auto" }, speakerName(quote, index)),
      quote.speaker && quote.speaker.anonymous ? h("span", { class: "badge warn" }, "مصدر مجهول") : null),
    h("div", {}, "السلسلة: ", h("span", { class: "chain tip-chain", dir: "rtl" }, chainText(chainOf(quote, index)))),
    h("div", { class: "tip-kind" }, `${label(QUOTE_KINDS, quote.kind)}${quote.cue ? ` · ${quote.cue.text}` : ""}`,
      timeOf(quote, index) ? ` · ${timeOf(quote, index)}` : ""));
  box.hidden = false;
  document.querySelectorAll(".q.active").forEach((q) => q.classList.remove("active"));
  el.classList.add("active");
  const rect = el.getBoundingClientRect();
  const top = window.scrollY + rect.bottom + 6;
  const right = Math.max(8, document.documentElement.clientWidth - rect.right);
  box.style.top = `${top}px`;
  box.style.right = `${Math.min(right, document.documentElement.clientWidth - Math.min(box.offsetWidth, 360) - 8)}px`;
}

function hideTip() {
  if (tip) tip.hidden = true;
  document.querySelectorAll(".q.active").forEach((q) => q.classList.remove("active"));
}

// -- chains: outlet ← credit ← via ← speaker ------------------------------------------------------

export function speakerName(quote, index) {
  const speaker = quote.speaker || {};
  const entity = speaker.entity && index.entities[speaker.entity];
  return (entity && entity.name) || speaker.text || "غير معروف";
}

function timeOf(quote, index) {
  const time = quote.time && index.times[quote.time];
  return time ? time.value || time.text : "";
}

export function chainOf(quote, index) {
  const links = [];
  const record = index.record;
  const outlet = record && record.outlet && (record.outlet.name || record.outlet.domain);
  if (outlet) links.push({ role: "outlet", name: outlet });
  for (const credit of (record && record.credits) || []) {
    const name = credit.name || credit.domain;
    if (name && !links.some((l) => l.name === name)) links.push({ role: "credit", name });
  }
  const via = quote.via && index.entities[quote.via];
  if (via && !links.some((l) => l.name === via.name)) links.push({ role: "via", name: via.name });
  links.push({ role: "speaker", name: speakerName(quote, index) });
  return links;
}

function chainText(links) {
  return links.map((l) => l.name).join(" ← ");
}

const ROLE_NAMES = { outlet: "الناشر", credit: "المصدر", via: "عبر", speaker: "المتكلم" };

function chainElement(links) {
  const el = h("span", { class: "chain", dir: "rtl" });
  links.forEach((l, i) => {
    if (i) el.append(h("span", { class: "arrow", "aria-hidden": "true" }, "←"));
    el.append(h("span", { class: `link ${l.role}`, title: ROLE_NAMES[l.role], dir: "auto" }, l.name));
  });
  return el;
}

// -- the side panels -------------------------------------------------------------------------------

function quotesPanel(record, index) {
  const quotes = record.quotes || [];
  const list = h("ol", { class: "quotes" });
  for (const quote of quotes) {
    const links = chainOf(quote, index);
    list.append(h("li", { "data-quote-item": quote.id },
      chainElement(links),
      h("span", { class: "badge" }, label(QUOTE_KINDS, quote.kind)),
      quote.speaker && quote.speaker.anonymous ? h("span", { class: "badge warn" }, "مجهول") : null,
      h("blockquote", { dir: "auto" }, quote.text || ""),
      h("button", { type: "button", class: "secondary", onclick: () => focusQuote(quote.id) }, "أظهره في النص")));
  }
  return h("section", { class: "card", "aria-labelledby": "quotes-heading" },
    h("h2", { id: "quotes-heading" }, `الاقتباسات (${num(quotes.length)})`),
    quotes.length ? list : h("p", { class: "muted" }, "لا اقتباسات."));
}

function focusQuote(id) {
  const el = document.querySelector(`[data-quote="${CSS.escape(id)}"]`);
  if (el) {
    el.scrollIntoView({ block: "center" });
    el.focus();
  }
}

export function factValue(fact) {
  if (fact.value !== null && fact.value !== undefined) return `${fact.approximate ? "نحو " : ""}${num(fact.value)}`;
  if (fact.min !== null && fact.min !== undefined && fact.max !== null && fact.max !== undefined) return `${num(fact.min)}–${num(fact.max)}`;
  if (fact.min !== null && fact.min !== undefined) return `أكثر من ${num(fact.min)}`;
  if (fact.max !== null && fact.max !== undefined) return `أقل من ${num(fact.max)}`;
  return fact.text || "";
}

function factsPanel(record, index) {
  const facts = record.facts || [];
  const rows = facts.map((fact) => {
    const place = fact.location && index.entities[fact.location];
    const time = fact.time && index.times[fact.time];
    const quote = fact.quote && index.quotes[fact.quote];
    return h("tr", {},
      h("td", {}, label(FACT_TYPES, fact.type)),
      h("td", { class: "num" }, factValue(fact)),
      h("td", { dir: "auto" }, fact.noun || ""),
      h("td", { dir: "auto" }, place ? place.name : ""),
      h("td", {}, time ? (time.value || time.text) : ""),
      h("td", { dir: "auto" }, quote ? speakerName(quote, index) : h("span", { class: "muted" }, "النص")));
  });
  return h("section", { class: "card", "aria-labelledby": "facts-heading" },
    h("h2", { id: "facts-heading" }, `الأرقام (${num(facts.length)})`),
    facts.length
      ? h("div", { class: "table-wrap" }, h("table", {},
        h("thead", {}, h("tr", {}, ["النوع", "القيمة", "المعدود", "المكان", "الزمن", "المصدر"].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, rows)))
      : h("p", { class: "muted" }, "لا أرقام."));
}

function entitiesPanel(record) {
  const entities = [...(record.entities || [])].sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
  const groups = h("div", {});
  for (const type of ["PER", "ORG", "LOC", "MISC"]) {
    const ofType = entities.filter((e) => e.type === type);
    if (!ofType.length) continue;
    groups.append(h("h3", {}, ENTITY_TYPES[type]), h("ul", { class: "chips" }, ofType.map((e) => h("li", { class: `ent-${type}` },
      h("a", { href: entityHref(e), dir: "auto" }, e.name),
      ` ×${num((e.mentions || []).length)}`,
      (e.roles || []).length ? h("span", { class: "muted", dir: "auto" }, ` (${e.roles.join("، ")})`) : null))));
  }
  return h("section", { class: "card", "aria-labelledby": "entities-heading" },
    h("h2", { id: "entities-heading" }, `الكيانات (${num(entities.length)})`),
    entities.length ? groups : h("p", { class: "muted" }, "لا كيانات."));
}

function timesPanel(record) {
  const times = record.times || [];
  if (!times.length) return null;
  return h("section", { class: "card", "aria-labelledby": "times-heading" },
    h("h2", { id: "times-heading" }, `التواريخ (${num(times.length)})`),
    h("ul", { class: "plain" }, times.map((t) => h("li", {}, h("span", { dir: "auto" }, t.text), " → ",
      h("span", { class: "ltr" }, t.value || "؟")))));
}
