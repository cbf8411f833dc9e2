// Interactive API docs: reads /api/openapi.json and lets you try the GET endpoints.
// Plain DOM code, no inline script or style (the Content-Security-Policy forbids both).
"use strict";

function element(tag, attributes, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children || []) node.append(child);
  return node;
}

function buildUrl(path, form) {
  let url = path;
  const query = new URLSearchParams();
  for (const input of form.querySelectorAll("input[data-in]")) {
    const value = input.value.trim();
    if (!value) continue;
    if (input.dataset.in === "path") {
      url = url.replace("{" + input.name + "}", encodeURIComponent(value));
    } else if (input.dataset.array === "true") {
      for (const part of value.split(",")) if (part.trim()) query.append(input.name, part.trim());
    } else {
      query.append(input.name, value);
    }
  }
  const text = query.toString();
  return text ? url + "?" + text : url;
}

async function tryRequest(path, form, output, link) {
  const url = buildUrl(path, form);
  link.textContent = url;
  link.href = url;
  output.textContent = "…";
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.text();
    let shown = body;
    try { shown = JSON.stringify(JSON.parse(body), null, 2); } catch (error) { /* not JSON */ }
    const took = Math.round(performance.now() - started);
    output.textContent = `HTTP ${response.status} · ${took} ms\n\n${shown}`;
  } catch (error) {
    output.textContent = "Request failed: " + error;
  }
}

function parameterRows(parameters, id) {
  const rows = [];
  for (const parameter of parameters) {
    const inputId = `${id}-${parameter.name}`;
    const isArray = parameter.schema && parameter.schema.type === "array";
    const label = element("label", { for: inputId, text: parameter.name + (parameter.required ? " *" : "") });
    const input = element("input", {
      id: inputId, name: parameter.name, type: "text", "data-in": parameter.in,
      "data-array": String(isArray),
      placeholder: isArray ? "comma-separated" : (parameter.schema && parameter.schema.enum ? parameter.schema.enum.join(" | ") : ""),
    });
    if (parameter.required) input.required = true;
    rows.push(label, input, element("small", { text: parameter.description || "" }));
  }
  return rows;
}

function endpoint(path, method, operation, number) {
  const id = `endpoint-${number}`;
  const heading = element("h2", { id: id + "-title" }, [
    element("span", { class: "method " + method, text: method.toUpperCase() }), path,
  ]);
  const section = element("section", { class: "endpoint", "aria-labelledby": id + "-title" }, [
    heading, element("p", { text: operation.summary || "" }),
  ]);
  if (method !== "get" || path.endsWith("/docs")) {
    if (operation.security) {
      section.append(element("p", { class: "muted", text: "Needs Authorization: Bearer <token> (annals token create NAME). For example:" }));
      const origin = window.location.origin;
      section.append(element("pre", { class: "response", text:
        `curl -H "Authorization: Bearer $ANNALS_TOKEN" \\\n  -F file=@statements.jsonl -F body_format=text ${origin}${path}` }));
    }
    return section;
  }
  const form = element("form", { class: "try" });
  form.append(element("div", { class: "param-grid" }, parameterRows(operation.parameters || [], id)));
  const output = element("pre", { class: "response", "aria-live": "polite", text: "Press “Send” to see the response." });
  const link = element("a", { href: path, text: path });
  form.append(element("p", {}, [element("button", { type: "submit", text: "Send" }), " ", link]));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    tryRequest(path, form, output, link);
  });
  section.append(form, output);
  return section;
}

async function main() {
  const container = document.getElementById("endpoints");
  const response = await fetch("/api/openapi.json");
  const spec = await response.json();
  container.textContent = "";
  let number = 0;
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      number += 1;
      container.append(endpoint(path, method, operation, number));
    }
  }
}

main();
