// Charts drawn as inline SVG (no chart library): bars of a count per day, and lines of a figure
// over time as each source reported it. Every mark has a <title>, read on hover and by screen readers.
import { h, s, num } from "./dom.js";

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 44 };
const MAX_BAR = 36;
export const PALETTE = ["#0b5cad", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#be185d"];

function frame(label) {
  return s("svg", { class: "chart", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": label });
}

function day(text) {
  return Date.parse(String(text).slice(0, 10) + "T00:00:00Z");
}

function yAxis(svg, most) {
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  svg.append(s("line", { class: "axis", x1: PAD.left, x2: PAD.left, y1: PAD.top, y2: HEIGHT - PAD.bottom }));
  svg.append(s("line", { class: "axis", x1: PAD.left, x2: WIDTH - PAD.right, y1: HEIGHT - PAD.bottom, y2: HEIGHT - PAD.bottom }));
  const ticks = most >= 4 ? [0, Math.round(most / 2), most] : [0, most];
  for (const tick of ticks) {
    const y = PAD.top + plotHeight * (1 - tick / most);
    svg.append(s("text", { x: PAD.left - 6, y: y + 4, "text-anchor": "end" }, num(tick)));
  }
}

function xLabels(svg, first, last) {
  svg.append(s("text", { x: PAD.left, y: HEIGHT - 8, "text-anchor": "start" }, first));
  if (last !== first) svg.append(s("text", { x: WIDTH - PAD.right, y: HEIGHT - 8, "text-anchor": "end" }, last));
}

// points: [{date: "2015-08-01", value: 3}], oldest first; days without a point are drawn empty.
export function barChart(points, label) {
  const svg = frame(label);
  if (!points.length) return svg;
  const start = day(points[0].date);
  const days = Math.max(1, Math.round((day(points[points.length - 1].date) - start) / 86400000) + 1);
  const most = Math.max(1, ...points.map((p) => p.value));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = plotWidth / days;
  const barWidth = Math.min(MAX_BAR, Math.max(1, step * 0.8));
  yAxis(svg, most);
  for (const point of points) {
    const i = Math.round((day(point.date) - start) / 86400000);
    const height = Math.max(1, (point.value / most) * plotHeight);
    svg.append(s("rect", { class: "bar", x: PAD.left + i * step + (step - barWidth) / 2, width: barWidth,
      y: PAD.top + plotHeight - height, height }, s("title", {}, `${point.date}: ${num(point.value)}`)));
  }
  xLabels(svg, points[0].date, points[points.length - 1].date);
  return svg;
}

// series: [{name, points: [{date, value, label}]}]: one line per source, one dot per report.
export function lineChart(series, label) {
  const svg = frame(label);
  const all = series.flatMap((line) => line.points).filter((p) => p.date && p.value !== null && p.value !== undefined);
  if (!all.length) return h("div", {}, svg);
  const times = all.map((p) => day(p.date));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const most = Math.max(1, ...all.map((p) => p.value));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const inset = 16; // keeps the first and last dots off the axes
  const x = (date) => PAD.left + inset + (last === first ? (plotWidth - 2 * inset) / 2
    : ((day(date) - first) / (last - first)) * (plotWidth - 2 * inset));
  const y = (value) => PAD.top + plotHeight * (1 - value / most);
  yAxis(svg, most);
  // every report in time order, in grey: the figure over time whoever gave it
  const timeline = [...all].sort((a, b) => day(a.date) - day(b.date) || a.value - b.value);
  if (timeline.length > 1) {
    svg.append(s("polyline", { class: "series all", points: timeline.map((p) => `${x(p.date)},${y(p.value)}`).join(" ") }));
  }
  const legend = h("ul", { class: "series-legend" });
  series.forEach((line, i) => {
    const colour = PALETTE[i % PALETTE.length];
    const points = line.points.filter((p) => p.date && p.value !== null && p.value !== undefined)
      .sort((a, b) => day(a.date) - day(b.date));
    if (!points.length) return;
    const path = s("polyline", { class: "series", points: points.map((p) => `${x(p.date)},${y(p.value)}`).join(" ") });
    path.style.stroke = colour;
    svg.append(path);
    for (const p of points) {
      const dot = s("circle", { cx: x(p.date), cy: y(p.value), r: 4 },
        s("title", {}, `${line.name} · ${p.date.slice(0, 10)}: ${num(p.value)}${p.label ? ` (${p.label})` : ""}`));
      dot.style.fill = colour;
      svg.append(dot);
    }
    const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.background = colour;
    legend.append(h("li", {}, swatch, h("span", { dir: "auto" }, line.name)));
  });
  xLabels(svg, new Date(first).toISOString().slice(0, 10), new Date(last).toISOString().slice(0, 10));
  return h("div", {}, svg, legend);
}
