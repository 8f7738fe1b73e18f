// Stories: groups of articles reporting one event, latest first.
import { h, $, clear, link, params, num, entityHref, when } from "./dom.js";
import { get, showError } from "./api.js";

const PAGE = 20;
const query = params();
for (const name of ["since", "until", "entity"]) $(`#${name}`).value = query.get(name) || "";

function count(value) {
  return Array.isArray(value) ? value.length : value;
}

function storyItem(story) {
  const span = story.last_published && story.last_published !== story.first_published ? [" ← ", when(story.last_published)] : "";
  return h("li", {},
    h("a", { class: "title", href: link("/story", { id: story.id }), dir: "auto" }, story.title || `قصة ${story.id}`),
    h("div", { class: "muted" }, `${num(count(story.articles))} مقالا · ${num(count(story.outlets))} مصدرا`,
      story.first_published ? [" · ", when(story.first_published), span] : ""),
    (story.entities || []).length
      ? h("ul", { class: "chips" }, story.entities.slice(0, 6).map((e) => h("li", {}, h("a", { href: entityHref(e), dir: "auto" }, e.name))))
      : null);
}

async function load() {
  const offset = Number(query.get("offset") || 0);
  const results = $("#results");
  try {
    const page = await get("/api/stories", { since: query.get("since"), until: query.get("until"), entity: query.get("entity"), limit: PAGE, offset });
    const here = Object.fromEntries(query.entries());
    const nav = h("nav", { class: "pager", "aria-label": "الصفحات" });
    if (offset > 0) nav.append(h("a", { class: "button secondary", href: link("/stories", { ...here, offset: Math.max(0, offset - PAGE) }) }, "→ السابق"));
    if (page.next !== null) nav.append(h("a", { class: "button secondary", href: link("/stories", { ...here, offset: page.next }) }, "التالي ←"));
    clear(results).append(page.items.length ? h("ol", { class: "hits card", start: offset + 1 }, page.items.map(storyItem)) : h("p", {}, "لا قصص."), nav);
  } catch (error) {
    showError(results, error);
  }
}

load();
