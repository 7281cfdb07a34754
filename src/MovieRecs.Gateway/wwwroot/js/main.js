// The dashboard's entry point: hash routes for the six pages and the health line.

import { initOverview } from "./overview.js";
import { initRecommend } from "./recommend.js";
import { initMovie } from "./movie.js";
import { initModels } from "./models.js";
import { initColdStart } from "./cold-start.js";
import { initCustomers } from "./customers.js";

const pages = {
  overview: initOverview,
  recommend: initRecommend,
  movie: initMovie,
  models: initModels,
  "cold-start": initColdStart,
  customers: initCustomers,
};
const initialized = new Set();

function currentPage() {
  const name = window.location.hash.replace(/^#\/?/, "").split("?")[0];
  if (pages[name]) {
    return name;
  }
  // The old page's links (/?userId=1&model=item-knn) open the recommendations.
  return new URLSearchParams(window.location.search).has("userId") ? "recommend" : "overview";
}

function showPage() {
  const name = currentPage();
  for (const section of document.querySelectorAll(".page")) {
    section.hidden = section.id !== `page-${name}`;
  }
  for (const link of document.querySelectorAll(".tabs a")) {
    if (link.dataset.page === name) {
      link.setAttribute("aria-current", "page");
    } else {
      link.removeAttribute("aria-current");
    }
  }
  if (!initialized.has(name)) {
    initialized.add(name);
    pages[name]();
  }
}

async function showHealth() {
  const health = document.getElementById("health");
  try {
    const response = await fetch("/health");
    const report = await response.json();
    health.textContent = `Service ${report.status.toLowerCase()}: ${report.description ?? ""}`;
    health.dataset.status = report.status.toLowerCase();
  } catch (error) {
    health.textContent = `The health check could not be reached: ${error.message}`;
  }
}

window.addEventListener("hashchange", showPage);
showPage();
showHealth();
