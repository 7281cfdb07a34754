// The Movie page: title search, then a movie's details, similar movies and similarity charts.

import { clearError, element, getJson, showError } from "./api.js";
import { chartsOf, renderCharts } from "./charts.js";

const errorBox = () => document.getElementById("movie-error");
const metric = () => document.getElementById("similarity-metric").value;

function describe(movie) {
  const mean = movie.meanRating === null ? "no ratings" : `mean rating ${movie.meanRating.toFixed(2)}`;
  return `${movie.genres.join(", ")} · ${movie.ratingCount} ratings, ${mean}`;
}

async function search() {
  const text = document.getElementById("search-input").value.trim();
  const results = document.getElementById("search-results");
  try {
    const movies = await getJson(`/api/movies?${new URLSearchParams({ search: text, n: "20" })}`);
    clearError(errorBox());
    if (movies.length === 0) {
      results.replaceChildren(element("li", "summary", `No title contains every word of "${text}".`));
      return;
    }
    results.replaceChildren(...movies.map((movie) => {
      const item = element("li");
      const button = element("button", "link-button", movie.title);
      button.type = "button";
      button.dataset.movieId = String(movie.movieId);
      button.addEventListener("click", () => showMovie(movie.movieId));
      item.append(button, element("span", "facts", ` ${describe(movie)}`));
      return item;
    }));
  } catch (error) {
    results.replaceChildren();
    showError(errorBox(), error);
  }
}

async function showSimilar(movieId, container) {
  try {
    const similar = await getJson(`/api/movies/${movieId}/similar?n=10&metric=${metric()}`);
    const list = element("ol", "similar-list");
    list.id = "similar-list";
    for (const item of similar.items) {
      const entry = element("li");
      const button = element("button", "link-button", item.title);
      button.type = "button";
      button.addEventListener("click", () => showMovie(item.movieId));
      entry.append(button, element("span", "facts", ` similarity ${item.similarity.toFixed(3)}`));
      list.append(entry);
    }
    container.replaceChildren(element("h4", null, `Most similar (${similar.metric})`), list);
  } catch (error) {
    showError(container, error, "The similar movies are not available");
  }
}

async function showCharts(movieId, container) {
  try {
    const charts = await chartsOf("similarity");
    renderCharts(container, charts, { movieId: String(movieId), metric: metric() });
  } catch (error) {
    showError(container, error, "The similarity charts are not available");
  }
}

async function showMovie(movieId) {
  const details = document.getElementById("movie-details");
  try {
    const movie = await getJson(`/api/movies/${movieId}`);
    clearError(errorBox());
    const similar = element("div", "panel");
    const charts = element("div", "charts");
    charts.id = "movie-charts";
    details.replaceChildren(
      element("h3", "movie-title", movie.title),
      element("p", "facts", describe(movie)),
      similar,
      charts,
    );
    await Promise.all([showSimilar(movieId, similar), showCharts(movieId, charts)]);
  } catch (error) {
    details.replaceChildren();
    showError(errorBox(), error);
  }
}

/** Wires the search form. */
export function initMovie() {
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
}
