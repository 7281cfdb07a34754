// Fills a table from column definitions: each column has a label and a function that returns the
// cell text of a row, and numeric columns are right-aligned.

import { element } from "./api.js";

/** Formats a number with the digits given, or a dash for a missing value. */
export function formatNumber(value, digits) {
  return value === null || value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits);
}

/** Formats a share from 0 to 1 as a percentage, or a dash for a missing value. */
export function formatPercent(value, digits = 0) {
  return value === null || value === undefined ? "–" : `${(value * 100).toFixed(digits)} %`;
}

/** Formats an ISO time as "YYYY-MM-DD HH:MM UTC". */
export function formatTime(value) {
  return `${new Date(value).toISOString().replace("T", " ").slice(0, 16)} UTC`;
}

/**
 * Renders rows into a table and shows it. Columns are [label, cellText(row), numeric]; a column
 * whose numeric flag is true is right-aligned.
 */
export function renderTable(table, columns, rows) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const [label] of columns) {
    head.append(element("th", null, label));
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tableRow = body.insertRow();
    for (const [, text, numeric] of columns) {
      tableRow.append(element("td", numeric ? "number" : null, text(row)));
    }
  }
  table.hidden = false;
}

/** Hides a table and removes its rows. */
export function hideTable(table) {
  table.replaceChildren();
  table.hidden = true;
}
