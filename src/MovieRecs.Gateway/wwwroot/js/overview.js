// The Overview page: the data set's key numbers, then every chart of section "data".

import { element, getJson, showError } from "./api.js";
import { chartsOf, renderCharts } from "./charts.js";

const numberFormat = new Intl.NumberFormat("en");

function formatDate(value) {
  return value ? new Date(value).toISOString().slice(0, 10) : "unknown";
}

function statTile(label, value) {
  const tile = element("div", "stat");
  tile.append(element("span", "stat-value", value), element("span", "stat-label", label));
  return tile;
}

/** Creates the date range tile; each date stays on one line on a narrow screen. */
function dateRangeTile(first, last) {
  const value = element("span", "stat-value");
  value.append(element("span", "nowrap", formatDate(first)), " to ", element("span", "nowrap", formatDate(last)));
  const tile = element("div", "stat");
  tile.append(value, element("span", "stat-label", "first and last rating"));
  return tile;
}

async function showStats() {
  const container = document.getElementById("overview-stats");
  try {
    const summary = await getJson("/api/stats/summary");
    container.replaceChildren(
      statTile("users", numberFormat.format(summary.users)),
      statTile("movies", numberFormat.format(summary.movies)),
      statTile("ratings", numberFormat.format(summary.ratings)),
      statTile("sparsity", `${summary.sparsityPercent.toFixed(2)} %`),
      dateRangeTile(summary.firstRating, summary.lastRating),
    );
  } catch (error) {
    showError(container, error, "The key numbers are not available");
  }
}

async function showCharts() {
  const container = document.getElementById("overview-charts");
  try {
    const charts = await chartsOf("data");
    if (charts.length === 0) {
      container.replaceChildren(element("p", "summary", "The gateway lists no data charts."));
      return;
    }
    renderCharts(container, charts);
  } catch (error) {
    showError(document.getElementById("overview-error"), error, "The charts are not available");
  }
}

/** Loads the page's numbers and charts. */
export function initOverview() {
  showStats();
  showCharts();
}
