// Search: the query and filters live in the URL (a plain GET form), so every result page is a link.
import { h, $, clear, link, params, num, when } from "./dom.js";
import { get, showError } from "./api.js";

const PAGE = 20;
const query = params();
const status = $("#status");
const results = $("#results");

for (const name of ["q", "since", "until", "entity"]) $(`#${name}`).value = query.get(name) || "";

async function loadOutlets() {
  try {
    const stats = await get("/api/stats");
    const select = $("#outlet");
    for (const outlet of stats.outlets || []) {
      const value = outlet.domain || outlet.outlet;
      select.append(h("option", { value }, `${outlet.outlet || outlet.domain} (${num(outlet.articles)})`));
    }
    select.value = query.get("outlet") || "";
  } catch {
    /* the filter is optional: search still works without the list */
  }
}

// The text of `text` between start and end, with each [from, to) of `marks` in <mark> (offsets into text).
export function markedText(text, start, end, marks) {
  const el = h("span", { dir: "auto" });
  let at = start;
  for (const [from, to] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (from < at || to > end) continue;
    el.append(text.slice(at, from), h("mark", {}, text.slice(from, to)));
    at = to;
  }
  el.append(text.slice(at, end));
  return el;
}

function hitItem(hit) {
  const title = hit.title || "(بلا عنوان)";
  const snippetMarks = hit.highlights.map(([a, b]) => [a - hit.snippet_start, b - hit.snippet_start]);
  const outlet = hit.outlet && (hit.outlet.name || hit.outlet.domain);
  return h("li", {},
    h("a", { class: "title", href: link("/article", { id: hit.id }) }, markedText(title, 0, title.length, hit.title_highlights)),
    h("div", { class: "muted" }, outlet ? h("span", { dir: "auto" }, outlet) : null, hit.published ? [" · ", when(hit.published)] : ""),
    h("p", { class: "snippet" }, hit.snippet_start > 0 ? "… " : "", markedText(hit.snippet, 0, hit.snippet.length, snippetMarks), " …"));
}

function pager(offset, next) {
  const nav = h("nav", { class: "pager", "aria-label": "الصفحات" });
  const here = Object.fromEntries(query.entries());
  if (offset > 0) nav.append(h("a", { class: "button secondary", href: link("/search", { ...here, offset: Math.max(0, offset - PAGE) }) }, "→ السابق"));
  if (next !== null && next !== undefined) nav.append(h("a", { class: "button secondary", href: link("/search", { ...here, offset: next }) }, "التالي ←"));
  return nav;
}

async function search() {
  const q = query.get("q");
  if (!q) return;
  const offset = Number(query.get("offset") || 0);
  status.textContent = "جارٍ البحث…";
  try {
    const page = await get("/api/search", {
      q, outlet: query.get("outlet"), since: query.get("since"), until: query.get("until"),
      entity: query.get("entity"), limit: PAGE, offset,
    });
    status.textContent = page.total !== null && page.total !== undefined
      ? `${num(page.total)} نتيجة` : `${num(page.items.length)} نتيجة في هذه الصفحة`;
    clear(results).append(
      page.items.length ? h("ol", { class: "hits card", start: offset + 1 }, page.items.map(hitItem)) : h("p", {}, "لا نتائج."),
      pager(offset, page.next));
  } catch (error) {
    status.textContent = "";
    showError(results, error);
  }
}

loadOutlets();
search();
