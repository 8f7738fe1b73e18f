// One stored article, rendered as the Analyse page renders a fresh one.
import { h, $, link, params, num } from "./dom.js";
import { get, showError } from "./api.js";
import { renderArticle } from "./article.js";

// Republished copies (issue 7): the original this article copies, or the articles that copy it.
function copiesSection(copies) {
  if (!copies || (!copies.duplicate_of && !(copies.copies || []).length)) return "";
  const links = (copies.copies || []).map((id, i) => h("li", {}, h("a", { href: link("/article", { id }) }, `نسخة ${num(i + 1)}`),
    " ", h("code", { class: "ltr" }, id)));
  return h("section", { class: "card", "aria-labelledby": "copies-h" },
    h("h2", { id: "copies-h" }, "النسخ المعاد نشرها"),
    copies.duplicate_of ? h("p", {}, "هذا الخبر نسخة من ", h("a", { href: link("/article", { id: copies.duplicate_of }) }, "الخبر الأصلي"), ".") : null,
    links.length ? [h("p", {}, `أعيد نشر هذا الخبر ${num(links.length)} مرة:`), h("ol", {}, links)] : null);
}

async function load() {
  const id = params().get("id");
  const result = $("#result");
  if (!id) {
    showError(result, new Error("لم يُحدَّد الخبر (?id=)"));
    return;
  }
  try {
    const record = await get(`/api/articles/${encodeURIComponent(id)}`);
    document.title = `${record.title || "خبر"} — خبر`;
    result.replaceChildren(renderArticle(record, { heading: "h1" }));
    result.append(copiesSection(record.copies));
  } catch (error) {
    showError(result, error);
  }
}

load();
