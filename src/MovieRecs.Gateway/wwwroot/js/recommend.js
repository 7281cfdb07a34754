// The Recommend page: a user's top-N with reasons, rating in place, and the user's profile.

import { clearError, element, getJson, sendJson, showError } from "./api.js";
import { renderCards } from "./cards.js";

const form = () => document.getElementById("request-form");
const errorBox = () => document.getElementById("recommend-error");

function readForm() {
  return {
    userId: document.getElementById("user-id").value.trim(),
    model: document.getElementById("model").value,
    count: document.getElementById("count").value.trim(),
  };
}

async function rate(userId, movieId, rating, card) {
  try {
    await sendJson(`/api/users/${encodeURIComponent(userId)}/ratings`, { movieId, rating });
    card.classList.add("rated");
    await Promise.all([recommend(), showProfile(userId)]);
  } catch (error) {
    showError(errorBox(), error, "The rating was not stored");
  }
}

/** Requests the list for the form's values and shows it, or the gateway's error. */
async function recommend() {
  const { userId, model, count } = readForm();
  const list = document.getElementById("recommendations");
  const summary = document.getElementById("summary");
  const query = new URLSearchParams({ n: count, model, explain: "true" });
  try {
    const result = await getJson(`/api/users/${encodeURIComponent(userId)}/recommendations?${query}`);
    clearError(errorBox());
    renderCards(list, result.items, (movieId, rating, card) => rate(userId, movieId, rating, card));
    const served = result.fallback
      ? `served by ${result.servedBy} as a fallback, because ${result.model} could not score this user`
      : `served by ${result.servedBy}`;
    summary.textContent = `User ${result.userId}: ${result.items.length} movies from ${result.model}, ${served}.`;
  } catch (error) {
    list.replaceChildren();
    summary.textContent = "";
    document.getElementById("profile").replaceChildren();
    showError(errorBox(), error);
    return false;
  }
  return true;
}

function profileTable(ratings) {
  const table = element("table", "history");
  const head = table.createTHead().insertRow();
  for (const label of ["Movie", "Rating", "Date"]) {
    head.append(element("th", null, label));
  }
  const body = table.createTBody();
  for (const entry of ratings) {
    const row = body.insertRow();
    row.append(
      element("td", null, entry.title),
      element("td", "number", entry.rating.toFixed(1)),
      element("td", "number", new Date(entry.timestamp * 1000).toISOString().slice(0, 10)),
    );
    if (entry.posted) {
      row.classList.add("posted");
      row.title = "Posted to the service";
    }
  }
  return table;
}

function genreBars(genres) {
  const list = element("ul", "genre-bars");
  for (const genre of genres.slice(0, 10)) {
    const item = element("li");
    const bar = element("span", "bar");
    bar.style.width = `${Math.round(genre.share * 100)}%`;
    const label = element("span", "bar-label",
      `${genre.genre}: ${genre.ratingCount} ratings, mean ${genre.meanRating.toFixed(2)}`);
    item.append(bar, label);
    list.append(item);
  }
  return list;
}

async function showProfile(userId) {
  const panel = document.getElementById("profile");
  try {
    const profile = await getJson(`/api/users/${encodeURIComponent(userId)}/profile?n=15`);
    const mean = profile.meanRating === null ? "no ratings yet" : `mean rating ${profile.meanRating.toFixed(2)}`;
    panel.replaceChildren(
      element("h3", null, `User ${profile.userId}`),
      element("p", "summary", `${profile.ratingCount} ratings, ${mean}.`),
      element("h4", null, "Genre profile"),
      genreBars(profile.genres),
      element("h4", null, "Most recent ratings"),
      profileTable(profile.ratings),
    );
  } catch (error) {
    showError(panel, error, "The profile is not available");
  }
}

async function show() {
  if (await recommend()) {
    await showProfile(readForm().userId);
  }
}

async function pickUser() {
  try {
    const summary = await getJson("/api/stats/summary");
    // ml-latest-small numbers its users 1 to 610 without gaps. In a data set with gaps, a picked
    // id may have no ratings and then gets the popularity list, marked as a fallback.
    document.getElementById("user-id").value = String(1 + Math.floor(Math.random() * summary.users));
    await show();
  } catch (error) {
    showError(errorBox(), error, "No user could be picked");
  }
}

// A link such as /?userId=1&model=user-knn&n=5 or #/recommend?userId=1 fills the form and shows the list.
function applyQuery() {
  const hashQuery = window.location.hash.split("?")[1] ?? "";
  const query = new URLSearchParams(hashQuery || window.location.search);
  if (!query.has("userId")) {
    return false;
  }
  document.getElementById("user-id").value = query.get("userId");
  if (query.has("model")) {
    const select = document.getElementById("model");
    const model = query.get("model");
    // An unknown name stays selected, so the gateway's error about it is shown.
    if (![...select.options].some((option) => option.value === model)) {
      select.add(new Option(model, model));
    }
    select.value = model;
  }
  if (query.has("n")) {
    document.getElementById("count").value = query.get("n");
  }
  return true;
}

/** Wires the form and shows the list of a user named in the address. */
export function initRecommend() {
  form().addEventListener("submit", (event) => {
    event.preventDefault();
    show();
  });
  document.getElementById("random-user").addEventListener("click", pickUser);
  if (applyQuery()) {
    show();
  }
}
