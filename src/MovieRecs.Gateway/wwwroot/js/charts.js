// Lists the gateway's charts and shows them as images.

import { element, getJson } from "./api.js";

/** Returns the charts of one section ("data", "models" or "similarity"). */
export async function chartsOf(section) {
  const charts = await getJson("/api/charts");
  return charts.filter((chart) => chart.section === section);
}

/**
 * Shows charts as figures with their titles. Query values are added to each chart's URL; an image
 * that fails to load is replaced by a message.
 */
export function renderCharts(container, charts, query = {}) {
  const figures = charts.map((chart) => {
    const figure = element("figure", "chart");
    figure.dataset.chartId = chart.id;
    const image = element("img");
    const url = new URL(chart.url, window.location.origin);
    for (const [name, value] of Object.entries(query)) {
      url.searchParams.set(name, value);
    }
    image.src = url.pathname + url.search;
    image.alt = chart.title;
    image.addEventListener("error", () => {
      const message = element("p", "error", `The chart "${chart.title}" could not be loaded from ${image.src}.`);
      message.setAttribute("role", "alert");
      image.replaceWith(message);
    });
    // The drawn chart shows its title, so the caption is for screen readers only.
    figure.append(image, element("figcaption", "visually-hidden", chart.title));
    return figure;
  });
  container.replaceChildren(...figures);
}
