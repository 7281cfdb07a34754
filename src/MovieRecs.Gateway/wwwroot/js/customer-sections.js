// The sections of the Customers page: segments, demand forecast, customers at risk, factors, stock
// plan and one customer's promotions. Each loads its route and shows the gateway's problem when
// the route fails, such as a 404 before the first analytics run.

import { clearError, element, getJson, showError } from "./api.js";
import { renderCharts } from "./charts.js";
import { formatNumber, formatPercent, hideTable, renderTable } from "./tables.js";

const byId = (id) => document.getElementById(id);

/** The page size of the customers sorted by risk. */
const riskPageSize = 15;

/** The stock plan rows the page shows; the CSV download has all of them. */
const stockRows = 25;

/** Shows the analytics charts with the given ids, with query values added to their URLs. */
function showCharts(containerId, charts, ids, query) {
  renderCharts(byId(containerId), charts.filter((chart) => ids.includes(chart.id)), query);
}

/** Clears a section's table, charts and summary and shows the error in its error box. */
function showSectionError(prefix, error, context, tableIds = [`${prefix}-table`], chartsId = null) {
  for (const id of tableIds) {
    hideTable(byId(id));
  }
  if (chartsId) {
    byId(chartsId).replaceChildren();
  }
  byId(`${prefix}-summary`).textContent = "";
  showError(byId(`${prefix}-error`), error, context);
}

export async function loadSegments(charts, run) {
  try {
    const result = await getJson("/api/analytics/segments");
    clearError(byId("segments-error"));
    const stability = result.stability;
    byId("segments-summary").textContent =
      `${result.customerCount} customers in ${result.k} segments (silhouette ${result.silhouette.toFixed(3)}, ` +
      `k tried ${result.silhouetteByK.map((score) => score.k).join(", ")}; adjusted Rand index under reseeding ` +
      `mean ${stability.mean.toFixed(3)}, min ${stability.min.toFixed(3)}).`;
    renderTable(byId("segments-table"), [
      ["Segment", (segment) => `${segment.id}. ${segment.name}`],
      ["Customers", (segment) => `${segment.size} (${formatPercent(segment.share)})`, true],
      ["Recency (days)", (segment) => formatNumber(segment.meanRecencyDays, 0), true],
      ["Frequency", (segment) => formatNumber(segment.meanFrequency, 1), true],
      ["Monetary", (segment) => formatNumber(segment.meanMonetary, 1), true],
      ["Tenure (days)", (segment) => formatNumber(segment.meanTenureDays, 0), true],
      ["Top genres (lift)", (segment) => segment.topCategories
        .map((genre) => `${genre.label} ${formatPercent(genre.share)} (${genre.lift.toFixed(2)})`).join(", ")],
      ["Peak hours (UTC)", (segment) => segment.peakHours.map((hour) => String(hour).padStart(2, "0")).join(", ")],
      ["Weekend", (segment) => formatPercent(segment.weekendShare), true],
    ], result.segments);
    showCharts("segments-charts", charts, ["segment-scatter"], { run });
  } catch (error) {
    showSectionError("segments", error, "The segments are not available", ["segments-table"], "segments-charts");
  }
}

/** Loads the genre series once, fills the series picker and shows the chosen series. */
export async function loadDemand(charts, run) {
  const picker = byId("demand-series");
  try {
    const [aggregate, genres] = await Promise.all([
      getJson("/api/analytics/forecast/demand"),
      getJson("/api/analytics/forecast/demand?level=genre"),
    ]);
    clearError(byId("demand-error"));
    const series = [...aggregate.series, ...genres.series];
    const chosen = picker.value || "all";
    picker.replaceChildren(...series.map((item) =>
      new Option(item.key === "all" ? "All purchases" : item.name, item.key, false, item.key === chosen)));
    const beats = aggregate.beatsNaive ? "beats" : "does not beat";
    byId("demand-summary").textContent =
      `Weekly ratings from ${aggregate.firstWeek} to ${aggregate.lastWeek}, ` +
      `forecast ${aggregate.horizon} weeks ahead by ${aggregate.chosenModel}, ` +
      `which ${beats} the naive forecast on the aggregate series ` +
      `(MASE ${formatNumber(aggregate.mase, 3)} against ${formatNumber(aggregate.naiveMase, 3)}, ` +
      `${aggregate.origins.length} backtest origins).`;
    const show = () => {
      const current = series.find((item) => item.key === picker.value) ?? series[0];
      renderTable(byId("demand-table"), [
        ["Model", (model) => model.model + (model.model === current.chosenModel ? " (chosen)" : "")],
        ["MAE (units)", (model) => formatNumber(model.mae, 1), true],
        ["sMAPE (%)", (model) => formatNumber(model.smape, 1), true],
        ["MASE", (model) => formatNumber(model.mase, 3), true],
        ["Origins", (model) => String(model.origins), true],
      ], current.models);
      showCharts("demand-charts", charts, ["demand-forecast"], { series: current.key, run });
    };
    picker.onchange = show;
    show();
  } catch (error) {
    showSectionError("demand", error, "The demand forecast is not available", ["demand-table"], "demand-charts");
  }
}

/** Describes the outcome of a scored customer, which is unknown when the data ends before the horizon. */
function boughtAgain(returned) {
  if (returned === null) {
    return "–";
  }
  return returned ? "yes" : "no";
}

/** Loads one page of the customers sorted by risk, with the calibration and ROC charts. */
export async function loadRisk(charts, run, page = 1) {
  try {
    const result = await getJson(`/api/analytics/forecast/repeat?page=${page}&pageSize=${riskPageSize}`);
    clearError(byId("risk-error"));
    // A labelled cutoff lies a horizon before the end of the data, so the list is a backtest that
    // shows who did buy again.
    const cutoff = result.labelled
      ? `the test cutoff ${result.cutoff.slice(0, 10)} (a backtest: the last column shows who did)`
      : result.cutoff.slice(0, 10);
    const lost = result.maxRecencyDays === null
      ? ""
      : ` active in the ${formatNumber(result.maxRecencyDays, 0)} days before it; ` +
        `${result.lostCustomerCount} customers silent for longer are left out as lost rather than at risk`;
    byId("risk-summary").textContent =
      `Probability of rating again within ${result.horizonDays} days after ${cutoff}: ` +
      `${result.customerCount} customers${lost}, highest risk first. ROC AUC ${formatNumber(result.rocAuc, 3)} ` +
      `(recency only ${formatNumber(result.baselineRocAuc, 3)}), PR AUC ${formatNumber(result.prAuc, 3)}, ` +
      `Brier ${formatNumber(result.brier, 4)}.`;
    renderTable(byId("risk-table"), [
      ["#", (customer) => String(result.offset + result.customers.indexOf(customer) + 1), true],
      ["Customer", (customer) => customer.customerId],
      ["P(buy again)", (customer) => formatNumber(customer.probability, 3), true],
      ["Risk", (customer) => formatNumber(customer.risk, 3), true],
      ["Recency (days)", (customer) => formatNumber(customer.recencyDays, 0), true],
      ["Purchases", (customer) => String(customer.purchases), true],
      ["Monetary", (customer) => formatNumber(customer.monetary, 1), true],
      ["Bought again", (customer) => boughtAgain(customer.returned)],
    ], result.customers);
    const pages = Math.max(1, Math.ceil(result.customerCount / riskPageSize));
    byId("risk-page").textContent = `Page ${page} of ${pages}`;
    byId("risk-previous").disabled = page <= 1;
    byId("risk-next").disabled = page >= pages;
    byId("risk-previous").onclick = () => loadRisk(charts, run, page - 1);
    byId("risk-next").onclick = () => loadRisk(charts, run, page + 1);
    if (page === 1) {
      showCharts("repeat-charts", charts, ["repeat-calibration", "repeat-roc"], { run });
    }
  } catch (error) {
    showSectionError("risk", error, "The repeat-purchase forecast is not available", ["risk-table"], "repeat-charts");
    byId("risk-page").textContent = "";
  }
}

export async function loadLoyalty() {
  try {
    const result = await getJson("/api/analytics/loyalty");
    clearError(byId("loyalty-error"));
    byId("loyalty-summary").textContent =
      `${result.atRisk.length} of ${result.scoredCustomers} recent customers have a probability below ` +
      `${result.probabilityThreshold} of rating within ${result.horizonDays} days and a lifetime value of at least ` +
      `${result.monetaryThreshold.toFixed(1)} (the ${result.valueQuantile} quantile); highest expected loss first.`;
    renderTable(byId("loyalty-table"), [
      ["Customer", (customer) => customer.customerId],
      ["Segment", (customer) => customer.segmentName ?? "–"],
      ["P(buy again)", (customer) => formatNumber(customer.probability, 3), true],
      ["Lifetime value", (customer) => formatNumber(customer.monetary, 1), true],
      ["Recent value", (customer) => formatNumber(customer.recentValue, 1), true],
      ["Expected loss", (customer) => formatNumber(customer.expectedValueLost, 1), true],
      ["Action", (customer) => customer.action],
    ], result.atRisk);
  } catch (error) {
    showSectionError("loyalty", error, "The list of customers at risk is not available");
  }
}

function repeatFactorRows(factors) {
  return {
    summary: `Coefficients of a ridge logistic regression of rating again within ${factors.repeat.horizonDays} days, ` +
      `per standard deviation of each feature, with 95 % Wald intervals; the AUC drop is the permutation importance ` +
      `over ${factors.repeat.permutationRepeats} shuffles (mean ± standard deviation).`,
    columns: [
      ["Feature", (factor) => factor.feature],
      ["Coefficient", (factor) => formatNumber(factor.coefficient, 3), true],
      ["95 % interval", (factor) => `${formatNumber(factor.waldLow, 3)} to ${formatNumber(factor.waldHigh, 3)}`, true],
      ["Odds ratio", (factor) => formatNumber(factor.oddsRatio, 2), true],
      ["AUC drop", (factor) => factor.rocAucDrop
        ? `${factor.rocAucDrop.mean.toFixed(4)} ± ${factor.rocAucDrop.standardDeviation.toFixed(4)}` : "–", true],
    ],
    rows: factors.repeat.factors,
  };
}

function ratingFactorRows(factors) {
  const rating = factors.rating;
  return {
    summary: `Least squares on ${rating.trainingRows} ratings before ${rating.splitTime.slice(0, 10)}, tested on ` +
      `${rating.testRows} after: RMSE ${rating.testRmse.toFixed(3)} ` +
      `against ${rating.baselineRmse.toFixed(3)} for the mean. ` +
      `Reference levels: ${rating.referenceLevels.join(", ")}.`,
    columns: [
      ["Factor", (coefficient) => coefficient.name],
      ["Estimate (stars)", (coefficient) => formatNumber(coefficient.estimate, 3), true],
      ["95 % interval (clustered)", (coefficient) =>
        `${formatNumber(coefficient.clusteredLow ?? coefficient.low, 3)} to ` +
        `${formatNumber(coefficient.clusteredHigh ?? coefficient.high, 3)}`, true],
      ["p-value", (coefficient) => formatNumber(coefficient.pValue, 4), true],
    ],
    rows: rating.coefficients,
  };
}

export async function loadFactors(charts, run) {
  const picker = byId("factor-model");
  try {
    const factors = await getJson("/api/analytics/factors");
    clearError(byId("factors-error"));
    const show = () => {
      const model = picker.value;
      const part = model === "rating" ? factors.rating : factors.repeat;
      if (!part) {
        hideTable(byId("factors-table"));
        byId("factor-charts").replaceChildren();
        byId("factors-summary").textContent = `This part was left out: ${factors.skipped.join(" ")}`;
        return;
      }
      const { summary, columns, rows } = model === "rating" ? ratingFactorRows(factors) : repeatFactorRows(factors);
      byId("factors-summary").textContent = summary;
      renderTable(byId("factors-table"), columns, rows);
      showCharts("factor-charts", charts, ["factor-effects"], { model, run });
    };
    picker.onchange = show;
    show();
  } catch (error) {
    showSectionError("factors", error, "The influencing factors are not available", ["factors-table"], "factor-charts");
  }
}

export async function loadStock() {
  try {
    const plan = await getJson("/api/analytics/stock-plan");
    clearError(byId("stock-error"));
    byId("stock-summary").textContent =
      `${plan.lines.length} most rated movies for the ${plan.periodWeeks} weeks from ${plan.periodStart}: ` +
      `forecast by ${plan.chosenModel} plus a safety stock for a ${formatPercent(plan.serviceLevel)} ` +
      `service level (z = ${plan.z.toFixed(2)}); the backtest covered ` +
      `${formatPercent(plan.backtestServiceLevel, 1)} of the periods. ` +
      `The table shows the first ${Math.min(stockRows, plan.lines.length)}.`;
    renderTable(byId("stock-table"), [
      ["Movie", (line) => line.name],
      ["Forecast", (line) => formatNumber(line.forecastUnits, 1), true],
      ["Error s.d.", (line) => formatNumber(line.errorStandardDeviation, 2), true],
      ["Safety stock", (line) => formatNumber(line.safetyStock, 1), true],
      ["Target stock", (line) => formatNumber(line.targetStock, 0), true],
      ["Backtest cover", (line) => formatPercent(line.backtestServiceLevel), true],
    ], plan.lines.slice(0, stockRows));
  } catch (error) {
    showSectionError("stock", error, "The stock plan is not available");
  }
}

/** Shows one customer's promotions as cards. */
export async function loadPromotions() {
  const customerId = byId("promotion-customer").value.trim();
  const results = byId("promotion-results");
  const summary = byId("promotion-summary");
  try {
    const customer = await getJson(`/api/analytics/promotions/${encodeURIComponent(customerId || " ")}`);
    clearError(byId("promotion-error"));
    const segment = customer.segmentName ? ` in segment ${customer.segmentId} (${customer.segmentName})` : "";
    summary.textContent = customer.promotions.length === 0
      ? `No movie in stock is left to promote to customer ${customer.customerId}${segment}.`
      : `${customer.promotions.length} movies in stock to promote to customer ${customer.customerId}${segment}:`;
    results.replaceChildren(...customer.promotions.map((promotion) => {
      const card = element("article", "rec-card promotion");
      const heading = element("h4", "rec-title");
      heading.append(
        element("span", "rank", `${promotion.rank}.`),
        document.createTextNode(` ${promotion.productName}`));
      card.append(
        heading,
        element("p", "facts", promotion.categories.join(", ")),
        element("p", "score", `Score ${promotion.score.toFixed(3)}`),
        element("p", "reason", promotion.reason.charAt(0).toUpperCase() + promotion.reason.slice(1)));
      return card;
    }));
  } catch (error) {
    results.replaceChildren();
    summary.textContent = "";
    showError(byId("promotion-error"), error, "No promotions to show");
  }
}
