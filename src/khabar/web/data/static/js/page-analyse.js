// Analyse: paste an article or drop a file; the server analyses it without storing it.
import { $, num } from "./dom.js";
import { post, showError } from "./api.js";
import { renderArticle } from "./article.js";

const form = $("#analyse-form");
const input = $("#article-input");
const fileInput = $("#file-input");
const fileName = $("#file-name");
const fileClear = $("#file-clear");
const dropZone = $("#drop-zone");
const button = $("#analyse-button");
const status = $("#status");
const result = $("#result");
let file = null;

function chooseFile(chosen) {
  file = chosen || null;
  fileName.textContent = file ? `الملف: ${file.name}` : "";
  fileClear.hidden = !file;
  if (!file) fileInput.value = "";
}

// A file goes as its bytes (the server detects the encoding: UTF-8, Windows-1256…).
function requestBody() {
  if (file) {
    const html = /\.x?html?$/i.test(file.name) || file.type === "text/html";
    return { body: file, type: html ? "text/html" : "text/plain" };
  }
  const text = input.value;
  const html = /<\/?(html|body|article|div|p|h1)\b/i.test(text);
  return { body: text, type: `${html ? "text/html" : "text/plain"}; charset=utf-8` };
}

async function analyse(event) {
  event.preventDefault();
  if (!file && !input.value.trim()) {
    status.textContent = "الصق نص خبر أو اختر ملفا أولا.";
    input.focus();
    return;
  }
  const { body, type } = requestBody();
  button.disabled = true;
  status.textContent = "جارٍ التحليل…";
  try {
    const record = await post("/api/analyze", body, type, { published: $("#published").value, url: $("#url").value });
    result.replaceChildren(renderArticle(record));
    result.hidden = false;
    status.textContent = `تم التحليل — الكيانات: ${num((record.entities || []).length)} · الاقتباسات: ${num((record.quotes || []).length)} · الأرقام: ${num((record.facts || []).length)}`;
    document.getElementById("article-title").setAttribute("tabindex", "-1");
    document.getElementById("article-title").focus();
  } catch (error) {
    status.textContent = "";
    result.hidden = false;
    showError(result, error);
  } finally {
    button.disabled = false;
  }
}

form.addEventListener("submit", analyse);
input.addEventListener("input", () => chooseFile(null));
fileInput.addEventListener("change", () => chooseFile(fileInput.files[0]));
fileClear.addEventListener("click", () => chooseFile(null));
for (const target of [dropZone, input]) {
  target.addEventListener("dragover", (event) => { event.preventDefault(); dropZone.classList.add("over"); });
  target.addEventListener("dragleave", () => dropZone.classList.remove("over"));
  target.addEventListener("drop", (event) => {
    event.preventDefault();
    dropZone.classList.remove("over");
    if (event.dataTransfer.files.length) chooseFile(event.dataTransfer.files[0]);
  });
}
