// The Models page: the latest evaluation's table and charts, and an admin run with progress.

import { clearError, element, getJson, sendJson, showError } from "./api.js";
import { chartsOf, renderCharts } from "./charts.js";

const columns = [
  ["model", "Model", null],
  ["rmse", "RMSE", 4],
  ["mae", "MAE", 4],
  ["precisionAtK", "Precision@k", 4],
  ["recallAtK", "Recall@k", 4],
  ["ndcgAtK", "nDCG@k", 4],
  ["mapAtK", "MAP@k", 4],
  ["mrr", "MRR", 4],
  ["hitRateAtK", "Hit rate@k", 4],
  ["coverage", "Rating coverage", 3],
  ["catalogCoverage", "Catalogue coverage", 3],
  ["novelty", "Novelty (bits)", 2],
  ["popularShare", "Top-1% share", 3],
  ["fitSeconds", "Fit (s)", 1],
];

/** Creates a table cell: text as it is, a number with the digits given, a dash for no value. */
function cell(value, digits) {
  if (digits === null) {
    return element("td", null, value);
  }
  if (value === null || value === undefined) {
    return element("td", "number", "–");
  }
  return element("td", "number", value.toFixed(digits));
}

function renderTable(report) {
  const table = document.getElementById("models-table");
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const [, label] of columns) {
    head.append(element("th", null, label));
  }
  const body = table.createTBody();
  for (const result of report.results) {
    const row = body.insertRow();
    for (const [key, , digits] of columns) {
      row.append(cell(result[key], digits));
    }
  }
  table.hidden = false;
}

async function showLatest() {
  const time = document.getElementById("evaluation-time");
  const errorBox = document.getElementById("models-error");
  try {
    const report = await getJson("/api/evaluations/latest");
    clearError(errorBox);
    const k = report.results[0]?.k ?? "?";
    const finished = new Date(report.finishedAt).toISOString().replace("T", " ").slice(0, 16);
    time.textContent = `Last evaluation finished ${finished} UTC ` +
      `(${report.split}, k = ${k}, ${report.results.length} models, ${report.elapsedSeconds.toFixed(1)} s).`;
    renderTable(report);
  } catch (error) {
    time.textContent = "";
    document.getElementById("models-table").hidden = true;
    showError(errorBox, error, "No evaluation to show");
  }
}

async function showCharts(cacheKey) {
  const container = document.getElementById("models-charts");
  try {
    // The key makes the browser fetch the charts again after a new evaluation.
    renderCharts(container, await chartsOf("models"), cacheKey ? { run: cacheKey } : {});
  } catch (error) {
    showError(container, error, "The model charts are not available");
  }
}

const delay = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function runEvaluation() {
  const apiKey = document.getElementById("api-key").value;
  const models = document.getElementById("evaluation-models").value
    .split(",").map((name) => name.trim()).filter((name) => name.length > 0);
  const progress = document.getElementById("evaluation-progress");
  const status = document.getElementById("evaluation-status");
  const errorBox = document.getElementById("evaluation-error");
  const button = document.getElementById("evaluation-start");
  button.disabled = true;
  try {
    // An empty field means every model, which the API takes as a body without the models field.
    const body = models.length > 0 ? { models } : {};
    let job = await sendJson("/api/admin/evaluations", body, { headers: { "X-Api-Key": apiKey } });
    clearError(errorBox);
    progress.hidden = false;
    // An evaluation of every model takes minutes; a poll a second is enough to show progress.
    while (job.state === "Running") {
      progress.max = job.modelsTotal;
      progress.value = job.modelsDone;
      status.textContent = `Job ${job.jobId}: ${job.modelsDone} of ${job.modelsTotal} models evaluated…`;
      await delay(1000);
      job = await getJson(`/api/evaluations/${encodeURIComponent(job.jobId)}`);
    }
    progress.value = job.modelsDone;
    if (job.state === "Failed") {
      status.textContent = `Job ${job.jobId} failed: ${job.error}`;
      return;
    }
    status.textContent = `Job ${job.jobId}: all ${job.modelsTotal} models evaluated.`;
    await Promise.all([showLatest(), showCharts(job.jobId)]);
  } catch (error) {
    showError(errorBox, error, "The evaluation did not run");
  } finally {
    button.disabled = false;
  }
}

/** Loads the latest evaluation and wires the admin form. */
export function initModels() {
  showLatest();
  showCharts();
  document.getElementById("evaluation-form").addEventListener("submit", (event) => {
    event.preventDefault();
    runEvaluation();
  });
}
