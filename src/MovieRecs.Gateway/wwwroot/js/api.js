// Calls the gateway and turns its problem responses (application/problem+json) into errors.

/** An error from the gateway, with the status and the problem's title and detail. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

async function toError(response) {
  try {
    const problem = await response.json();
    return new ApiError(response.status, problem.title ?? `Request failed with status ${response.status}`,
      problem.detail ?? "");
  } catch {
    return new ApiError(response.status, `Request failed with status ${response.status}`, "");
  }
}

/** Fetches JSON, throwing an ApiError for an error status and for an unreachable service. */
export async function getJson(url, options = {}) {
  let response;
  try {
    response = await fetch(url, options);
  } catch (error) {
    throw new ApiError(0, "The service could not be reached", error.message);
  }
  if (!response.ok) {
    throw await toError(response);
  }
  return response.json();
}

/** Sends a JSON body with the method given (POST by default) and returns the JSON response. */
export function sendJson(url, body, { method = "POST", headers = {} } = {}) {
  return getJson(url, {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Shows an error in a container as an alert with the status, title and detail. */
export function showError(container, error, context) {
  const box = document.createElement("p");
  box.className = "error";
  box.setAttribute("role", "alert");
  const status = error.status ? ` (${error.status})` : "";
  const title = error.title ?? "Something went wrong";
  const strong = document.createElement("strong");
  strong.textContent = context ? `${context}: ${title}${status}` : `${title}${status}`;
  box.append(strong);
  const detail = error.detail ?? (error.title ? "" : error.message);
  if (detail) {
    box.append(document.createTextNode(` ${detail}`));
  }
  container.replaceChildren(box);
}

/** Removes any message from a container. */
export function clearError(container) {
  container.replaceChildren();
}

/** Creates an element with a class and text. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}
