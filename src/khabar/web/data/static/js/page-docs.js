// A local viewer of /openapi.json: every endpoint, its parameters, and a form to try the GET ones.
import { h, $, clear } from "./dom.js";

function parameterRows(parameters) {
  return parameters.map((p) => h("tr", {},
    h("td", {}, h("code", {}, p.name)), h("td", {}, p.in), h("td", {}, p.required ? "yes" : ""),
    h("td", {}, schemaText(p.schema)), h("td", {}, (p.schema && p.schema.description) || p.description || "")));
}

function schemaText(schema) {
  if (!schema) return "";
  if (schema.anyOf) return schema.anyOf.map(schemaText).filter((t) => t !== "null").join(" | ");
  const bounds = [];
  if (schema.minimum !== undefined) bounds.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) bounds.push(`≤ ${schema.maximum}`);
  if (schema.pattern) bounds.push(schema.pattern);
  return `${schema.type || ""}${bounds.length ? ` (${bounds.join(", ")})` : ""}`;
}

function tryForm(path, parameters) {
  const output = h("pre", { class: "json", "aria-live": "polite" });
  const inputs = parameters.map((p) => ({ p, input: h("input", { name: p.name, "aria-label": p.name, placeholder: p.name, dir: "auto" }) }));
  const form = h("form", { class: "row" }, inputs.map(({ input }) => input), h("button", { type: "submit" }, "Try"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let url = path;
    const query = new URLSearchParams();
    for (const { p, input } of inputs) {
      if (!input.value) continue;
      if (p.in === "path") url = url.replace(new RegExp(`\\{${p.name}(:path)?\\}`), encodeURIComponent(input.value));
      else query.set(p.name, input.value);
    }
    const text = query.toString();
    output.textContent = "…";
    const response = await fetch(text ? `${url}?${text}` : url);
    const body = await response.text();
    let pretty = body;
    try { pretty = JSON.stringify(JSON.parse(body), null, 2); } catch { /* not JSON: show it as it is */ }
    output.textContent = `${response.status}\n${pretty.slice(0, 20000)}`;
  });
  return h("div", {}, form, output);
}

function endpoint(path, method, op) {
  const parameters = op.parameters || [];
  return h("details", { class: "endpoint card" },
    h("summary", {}, h("span", { class: "method" }, method.toUpperCase()), " ", h("code", {}, path), " — ", op.summary || ""),
    op.description ? h("p", { class: "muted" }, op.description) : null,
    parameters.length ? h("div", { class: "table-wrap" }, h("table", {},
      h("thead", {}, h("tr", {}, ["name", "in", "required", "type", "description"].map((t) => h("th", {}, t)))),
      h("tbody", {}, parameterRows(parameters)))) : null,
    op.requestBody ? h("p", {}, "Body: ", Object.keys(op.requestBody.content || {}).join(", ")) : null,
    method === "get" ? tryForm(path, parameters) : null);
}

async function load() {
  const box = $("#endpoints");
  try {
    const spec = await (await fetch("/openapi.json")).json();
    clear(box).append(h("p", {}, `${spec.info.title} ${spec.info.version}`), h("p", { class: "muted" }, spec.info.description || ""));
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) box.append(endpoint(path, method, op));
    }
  } catch (error) {
    $("#status").textContent = `تعذّر تحميل المواصفة: ${error.message}`;
  }
}

load();
