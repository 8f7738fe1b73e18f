// The most mentioned entities, by type.
import { h, $, clear, link, params, num, entityHref } from "./dom.js";
import { get, showError } from "./api.js";
import { ENTITY_TYPES, label } from "./labels.js";

const PAGE = 50;
const query = params();
$("#type").value = query.get("type") || "";

async function load() {
  const offset = Number(query.get("offset") || 0);
  const results = $("#results");
  try {
    const page = await get("/api/entities", { type: query.get("type"), limit: PAGE, offset });
    const rows = page.items.map((e, i) => h("tr", {},
      h("td", { class: "num" }, num(offset + i + 1)),
      h("td", {}, h("a", { href: entityHref(e), dir: "auto" }, e.name)),
      h("td", {}, label(ENTITY_TYPES, e.type)),
      h("td", { dir: "ltr" }, (e.canonical && (e.canonical.en || e.canonical.code)) || ""),
      h("td", { class: "num" }, num(e.articles)),
      h("td", { class: "num" }, num(e.mentions))));
    const nav = h("nav", { class: "pager", "aria-label": "الصفحات" });
    if (offset > 0) nav.append(h("a", { class: "button secondary", href: link("/entities", { type: query.get("type"), offset: Math.max(0, offset - PAGE) }) }, "→ السابق"));
    if (page.next !== null) nav.append(h("a", { class: "button secondary", href: link("/entities", { type: query.get("type"), offset: page.next }) }, "التالي ←"));
    clear(results).append(h("div", { class: "card table-wrap" }, h("table", {},
      h("thead", {}, h("tr", {}, ["#", "الاسم", "النوع", "بالإنجليزية", "مقالات", "مرات الذكر"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows))), nav);
  } catch (error) {
    showError(results, error);
  }
}

load();
