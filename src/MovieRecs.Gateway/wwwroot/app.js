"use strict";

const form = document.getElementById("request-form");
const errorBox = document.getElementById("error");
const summary = document.getElementById("summary");
const table = document.getElementById("results");
const tableBody = table.querySelector("tbody");
const health = document.getElementById("health");

// Shows the message of a problem response (application/problem+json), or the status when the body has none.
async function describeProblem(response) {
  try {
    const problem = await response.json();
    return `${problem.title ?? "Request failed"} (${response.status}): ${problem.detail ?? ""}`.trim();
  } catch {
    return `The request failed with status ${response.status}.`;
  }
}

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = false;
  table.hidden = true;
  summary.textContent = "";
}

function appendCell(row, text, className) {
  const cell = document.createElement("td");
  cell.textContent = text;
  if (className) {
    cell.className = className;
  }
  row.appendChild(cell);
}

function showRecommendations(list) {
  errorBox.hidden = true;
  tableBody.replaceChildren();
  list.items.forEach((item, index) => {
    const row = document.createElement("tr");
    appendCell(row, String(index + 1), "number");
    appendCell(row, item.title);
    appendCell(row, item.year ?? "");
    appendCell(row, item.genres.join(", "));
    appendCell(row, item.score.toFixed(3), "number");
    tableBody.appendChild(row);
  });
  table.hidden = list.items.length === 0;
  const served = list.fallback
    ? `served by ${list.servedBy} as a fallback, because ${list.model} could not score this user`
    : `served by ${list.servedBy}`;
  summary.textContent = `User ${list.userId}: ${list.items.length} movies from ${list.model}, ${served}.`;
}

async function recommend() {
  const userId = document.getElementById("user-id").value.trim();
  const model = document.getElementById("model").value;
  const count = document.getElementById("count").value.trim();
  const query = new URLSearchParams({ n: count, model });
  try {
    const response = await fetch(`/api/users/${encodeURIComponent(userId)}/recommendations?${query}`);
    if (!response.ok) {
      showError(await describeProblem(response));
      return;
    }
    showRecommendations(await response.json());
  } catch (error) {
    showError(`The service could not be reached: ${error.message}`);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  recommend();
});

// A link such as /?userId=1&model=user-knn&n=5 fills the form and shows that list at once.
function applyQuery() {
  const query = new URLSearchParams(window.location.search);
  if (!query.has("userId")) {
    return;
  }
  document.getElementById("user-id").value = query.get("userId");
  if (query.has("model")) {
    const select = document.getElementById("model");
    const model = query.get("model");
    // An unknown name stays selected, so the API's error about it is shown instead of the default list.
    if (![...select.options].some((option) => option.value === model)) {
      select.add(new Option(model, model));
    }
    select.value = model;
  }
  if (query.has("n")) {
    document.getElementById("count").value = query.get("n");
  }
  recommend();
}

async function showHealth() {
  try {
    const response = await fetch("/health");
    const report = await response.json();
    health.textContent = `Service ${report.status.toLowerCase()}: ${report.description ?? ""}`;
  } catch (error) {
    health.textContent = `The health check could not be reached: ${error.message}`;
  }
}

showHealth();
applyQuery();
