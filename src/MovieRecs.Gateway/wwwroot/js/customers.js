// The Customers page: the analytics' last refresh, an admin refresh with progress, and every
// analytics section (see customer-sections.js).

import { clearError, getJson, sendJson, showError } from "./api.js";
import { chartsOf } from "./charts.js";
import {
  loadDemand, loadFactors, loadLoyalty, loadPromotions, loadRisk, loadSegments, loadStock,
} from "./customer-sections.js";
import { formatTime } from "./tables.js";

const byId = (id) => document.getElementById(id);
const delay = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Describes a run in one sentence: its state, times and, while it runs, the current step. */
function describeRun(run) {
  const trigger = run.trigger === "Scheduled" ? "scheduled" : "started by request";
  if (run.state === "Running") {
    const done = run.steps.filter((step) => step.state === "Completed").length;
    const current = run.steps.find((step) => step.state === "Running");
    const step = current ? `, now ${current.name}` : "";
    return `Refresh ${run.runId} (${trigger}) is running since ${formatTime(run.startedAt)}: ` +
      `${done} of ${run.steps.length} steps done${step}.`;
  }
  const outcome = run.state === "Completed" ? "completed" : "failed";
  return `Last refresh ${run.runId} (${trigger}) ${outcome} at ${formatTime(run.finishedAt)} ` +
    `after ${run.durationSeconds.toFixed(1)} s.`;
}

/** Shows the status line and a failed run's error; returns the status. */
async function showStatus() {
  const line = byId("analytics-status");
  const errorBox = byId("analytics-error");
  try {
    const status = await getJson("/api/analytics/status");
    const parts = [];
    parts.push(status.lastRun
      ? describeRun(status.lastRun)
      : "No analytics refresh has run since the service started.");
    if (status.lastCompletedRun && status.lastCompletedRun.runId !== status.lastRun?.runId) {
      parts.push(`The results of a step that failed are from the run that last computed it; the last complete run ` +
        `ended ${formatTime(status.lastCompletedRun.finishedAt)}.`);
    }
    if (status.customers !== null) {
      parts.push(`Data: ${status.customers} customers, ${status.purchases} ratings.`);
    }
    parts.push(status.nextRefreshAt
      ? `Next scheduled refresh ${formatTime(status.nextRefreshAt)} (every ${status.refreshIntervalSeconds / 3600} h).`
      : "The scheduled refresh is off.");
    line.textContent = parts.join(" ");
    if (status.lastRun?.state === "Failed") {
      showError(errorBox, { title: "The last refresh failed", detail: status.lastRun.error });
    } else {
      clearError(errorBox);
    }
    return status;
  } catch (error) {
    line.textContent = "";
    showError(errorBox, error, "The analytics status is not available");
    return null;
  }
}

/** Loads every section; the run id makes the browser fetch the charts of a new run. */
async function loadSections(run) {
  let charts = [];
  try {
    charts = await chartsOf("analytics");
  } catch (error) {
    showError(byId("analytics-error"), error, "The chart list is not available");
  }
  await Promise.all([
    loadSegments(charts, run),
    loadDemand(charts, run),
    loadRisk(charts, run),
    loadLoyalty(),
    loadFactors(charts, run),
    loadStock(),
    loadPromotions(),
  ]);
}

async function refreshNow() {
  const apiKey = byId("analytics-api-key").value;
  const button = byId("analytics-refresh");
  const progress = byId("analytics-refresh-status");
  const errorBox = byId("analytics-refresh-error");
  button.disabled = true;
  try {
    let status = await sendJson("/api/admin/analytics/refresh", undefined, { headers: { "X-Api-Key": apiKey } });
    clearError(errorBox);
    // A run takes from seconds to minutes; a poll every two seconds is enough to show its steps.
    while (status.isRunning) {
      progress.textContent = describeRun(status.lastRun);
      await delay(2000);
      status = await getJson("/api/analytics/status");
    }
    progress.textContent = describeRun(status.lastRun);
    await showStatus();
    await loadSections(status.lastRun.runId);
  } catch (error) {
    showError(errorBox, error, "The refresh did not run");
  } finally {
    button.disabled = false;
  }
}

/** Loads the status and every section, and wires the refresh and promotion forms. */
export async function initCustomers() {
  byId("analytics-refresh-form").addEventListener("submit", (event) => {
    event.preventDefault();
    refreshNow();
  });
  byId("promotion-form").addEventListener("submit", (event) => {
    event.preventDefault();
    loadPromotions();
  });
  const status = await showStatus();
  await loadSections(status?.lastCompletedRun?.runId ?? status?.lastRun?.runId ?? "none");
}
