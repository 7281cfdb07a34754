// The Cold start page: a visitor picks genres and rates popular movies, then gets a list at once.

import { clearError, element, getJson, sendJson, showError } from "./api.js";
import { ratingSelect, renderCards } from "./cards.js";

const errorBox = () => document.getElementById("cold-error");

function pickedGenres() {
  return [...document.querySelectorAll("#cold-genres input:checked")].map((input) => input.value);
}

async function showGenres() {
  const fieldset = document.getElementById("cold-genres");
  try {
    const genres = await getJson("/api/genres");
    const labels = genres.map((genre) => {
      const label = element("label", "chip");
      const input = element("input");
      input.type = "checkbox";
      input.value = genre.genre;
      input.addEventListener("change", showPopular);
      label.append(input, document.createTextNode(` ${genre.genre}`));
      return label;
    });
    fieldset.append(...labels);
  } catch (error) {
    showError(errorBox(), error, "The genres are not available");
  }
}

/** Lists the most rated movies of the picked genres, each with a "not seen" choice and ratings. */
async function showPopular() {
  const list = document.getElementById("cold-popular");
  const query = new URLSearchParams({ n: "12" });
  for (const genre of pickedGenres()) {
    query.append("genre", genre);
  }
  try {
    const movies = await getJson(`/api/movies/popular?${query}`);
    list.replaceChildren(...movies.map((movie) => {
      const item = element("li", "popular-movie");
      item.dataset.movieId = String(movie.movieId);
      const select = ratingSelect(`Your rating of ${movie.title}`);
      select.prepend(new Option("not seen", "", true, true));
      select.value = "";
      item.append(select, element("span", null, ` ${movie.title}`));
      return item;
    }));
  } catch (error) {
    showError(errorBox(), error, "The popular movies are not available");
  }
}

async function recommend() {
  const ratings = [...document.querySelectorAll("#cold-popular li")]
    .map((item) => ({ movieId: Number(item.dataset.movieId), value: item.querySelector("select").value }))
    .filter((entry) => entry.value !== "")
    .map((entry) => ({ movieId: entry.movieId, rating: Number(entry.value) }));
  const results = document.getElementById("cold-results");
  const summary = document.getElementById("cold-summary");
  try {
    const list = await sendJson("/api/recommendations/cold-start?n=12", { genres: pickedGenres(), ratings });
    clearError(errorBox());
    renderCards(results, list.items);
    summary.textContent = `${list.items.length} movies, served by ${list.servedBy}.`;
  } catch (error) {
    results.replaceChildren();
    summary.textContent = "";
    showError(errorBox(), error);
  }
}

/** Loads the genres and popular movies and wires the button. */
export function initColdStart() {
  showGenres();
  showPopular();
  document.getElementById("cold-submit").addEventListener("click", recommend);
}
