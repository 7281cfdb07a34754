// Renders recommendation lists as cards: title, year, genres, score, reason and a rating control.

import { element } from "./api.js";

const ratingValues = [5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5];

/** Creates a select of the half-star ratings, 4.0 preselected. */
export function ratingSelect(label) {
  const select = element("select", "rate-select");
  select.setAttribute("aria-label", label);
  for (const value of ratingValues) {
    const option = new Option(value.toFixed(1), String(value), false, value === 4);
    select.add(option);
  }
  return select;
}

/**
 * Renders the items of a recommendation list. With onRate, each card gets a rating control that
 * calls onRate(movieId, rating, card).
 */
export function renderCards(container, items, onRate) {
  const cards = items.map((item, index) => {
    const card = element("article", "rec-card");
    card.dataset.movieId = String(item.movieId);
    const heading = element("h3", "rec-title");
    heading.append(element("span", "rank", `${index + 1}.`), document.createTextNode(` ${item.title}`));
    card.append(heading);

    const facts = element("p", "facts");
    const year = item.year ? `${item.year} · ` : "";
    facts.textContent = `${year}${item.genres.join(", ")}`;
    card.append(facts);
    card.append(element("p", "score", `Score ${formatScore(item.score)}`));
    if (item.reason) {
      card.append(element("p", "reason", capitalize(item.reason.text)));
    }

    if (onRate) {
      const form = element("form", "rate");
      const select = ratingSelect(`Your rating of ${item.title}`);
      const button = element("button", "rate-button", "Rate");
      button.type = "submit";
      form.append(select, button);
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        button.disabled = true;
        onRate(item.movieId, Number(select.value), card).finally(() => {
          button.disabled = false;
        });
      });
      card.append(form);
    }
    return card;
  });
  container.replaceChildren(...cards);
}

function formatScore(score) {
  return Math.abs(score) >= 100 ? score.toFixed(0) : score.toFixed(3);
}

function capitalize(text) {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}
