// Building the page from data. Every string from the server or the user becomes a text node
// (textContent); no data is ever parsed as HTML, so an article holding <script> shows as text.

const SVG_NS = "http://www.w3.org/2000/svg";

// h("a", {href: "/x", class: "y"}, "text", child…): an element with attributes and children.
export function h(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

// s("rect", {x: 1}): an SVG element (charts are inline SVG built this way).
export function s(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (name === "href") el.setAttribute("href", safeHref(value));
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

// Links from data (article URLs) may only be http(s) or a path on this server: never javascript:.
export function safeHref(value) {
  const text = String(value || "");
  if (text.startsWith("/") && !text.startsWith("//")) return text;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch {
    return "#";
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function $(selector) {
  return document.querySelector(selector);
}

// A path on this server with query parameters (empty ones left out).
export function link(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function params() {
  return new URLSearchParams(location.search);
}

// Numbers and dates in Arabic-Indic digits would be unfamiliar to many readers: keep Latin digits.
const numberFormat = new Intl.NumberFormat("ar-u-nu-latn");
export function num(value) {
  return value === null || value === undefined ? "" : numberFormat.format(value);
}

export function entityHref(entity) {
  const name = (entity && (entity.canonical && entity.canonical.ar)) || (entity && entity.name) || entity;
  return link("/entity", { name });
}

// A date or time as a left-to-right island: "2015-07-21" must not be reordered inside Arabic text.
export function when(text) {
  return text ? h("bdi", { dir: "ltr" }, String(text)) : "";
}
