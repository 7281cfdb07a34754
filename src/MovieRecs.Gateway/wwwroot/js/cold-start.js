// The Cold start page: a visitor picks genres and rates popular movies, then gets a list at once.

import { clearError, element, getJson, sendJson, showError } from "./api.js";
import { ratingSelect, renderCards } from "./cards.js";

const errorBox = () => document.getElementById("cold-error");

// The ratings the visitor chose, by movie id, with the title to list them by. They outlive a
// reload of the popular list, so picking a genre after rating a movie keeps the rating.
const chosen = new Map();

// Numbers the popular-list requests, so that a slow response to an older genre choice cannot
// replace the list of a newer one.
let popularRequest = 0;

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

/** Creates the list item of one movie: a "not seen" choice and the ratings, set to any earlier choice. */
function popularItem(movieId, title) {
  const item = element("li", "popular-movie");
  item.dataset.movieId = String(movieId);
  const select = ratingSelect(`Your rating of ${title}`);
  select.prepend(new Option("not seen", "", true, true));
  select.value = chosen.get(movieId)?.value ?? "";
  select.addEventListener("change", () => {
    if (select.value === "") {
      chosen.delete(movieId);
    } else {
      chosen.set(movieId, { title, value: select.value });
    }
  });
  item.append(select, element("span", null, ` ${title}`));
  return item;
}

/**
 * Lists the most rated movies of the picked genres, each with a "not seen" choice and ratings.
 * Movies the visitor already rated stay at the top even when the new genres leave them out.
 */
async function showPopular() {
  const list = document.getElementById("cold-popular");
  const query = new URLSearchParams({ n: "12" });
  for (const genre of pickedGenres()) {
    query.append("genre", genre);
  }
  const request = ++popularRequest;
  try {
    const movies = await getJson(`/api/movies/popular?${query}`);
    if (request !== popularRequest) {
      return;
    }
    const listed = new Set(movies.map((movie) => movie.movieId));
    const keptRatings = [...chosen]
      .filter(([movieId]) => !listed.has(movieId))
      .map(([movieId, choice]) => popularItem(movieId, choice.title));
    list.replaceChildren(...keptRatings, ...movies.map((movie) => popularItem(movie.movieId, movie.title)));
    list.dataset.genres = pickedGenres().join(",");
  } catch (error) {
    showError(errorBox(), error, "The popular movies are not available");
  }
}

async function recommend() {
  const ratings = [...chosen].map(([movieId, choice]) => ({ movieId, rating: Number(choice.value) }));
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
