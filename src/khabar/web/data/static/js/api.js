// Talking to the JSON API; every failure becomes one message to show.
import { h, clear } from "./dom.js";

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function answer(response) {
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const detail = data && data.detail;
    const text = typeof detail === "string" ? detail : detail ? JSON.stringify(detail) : response.statusText;
    throw new ApiError(response.status, text);
  }
  return data;
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const text = query.toString();
  return answer(await fetch(text ? `${path}?${text}` : path, { headers: { Accept: "application/json" } }));
}

export async function post(path, body, contentType, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return answer(await fetch(text ? `${path}?${text}` : path, {
    method: "POST", body, headers: { "Content-Type": contentType, Accept: "application/json" },
  }));
}

export function showError(container, error) {
  clear(container);
  const status = error && error.status ? ` (${error.status})` : "";
  container.append(h("p", { class: "error", role: "alert" }, `تعذّر ذلك${status}: `, h("span", { dir: "auto" }, error.message)));
}
