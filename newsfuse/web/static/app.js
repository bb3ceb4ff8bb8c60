// newsfuse: small progressive JavaScript. The add/upload forms post with the bearer token.
// Everything shown from a response is set with textContent, never as HTML.
"use strict";

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  return node;
}

function showResult(box, ok, data) {
  box.replaceChildren();
  box.className = "result " + (ok ? "ok" : "failed");
  if (!ok) {
    box.append(el("p", "Not added: " + (data.error || "request failed"), { id: "add-error" }));
    if (data.detail) box.append(el("pre", JSON.stringify(data.detail, null, 1)));
    return;
  }
  box.append(el("p", `Read ${data.read}, new ${data.new_articles}, events now ${data.events}.`,
                { id: "add-summary" }));
  const list = el("ul");
  for (const art of data.articles || []) {
    const item = el("li");
    item.append(el("a", art.title || art.input_id, { href: "/articles/" + encodeURIComponent(art.id) }));
    if (art.main_event_id) {
      item.append(document.createTextNode(" → "));
      item.append(el("a", "its event", { href: "/events/" + encodeURIComponent(art.main_event_id),
                                         class: "added-event" }));
    }
    list.append(item);
  }
  for (const rej of data.rejections || []) {
    list.append(el("li", `${rej.input_id}: rejected (${rej.reason}) ${rej.detail || ""}`));
  }
  box.append(list);
}

async function submit(form, event) {
  event.preventDefault();
  const box = document.getElementById("add-result");
  const fields = new FormData(form);
  const token = String(fields.get("token") || "");
  fields.delete("token");
  const headers = { Authorization: "Bearer " + token };
  let body;
  if (form.enctype === "multipart/form-data") {
    body = fields;
  } else {
    const doc = {};
    for (const [key, value] of fields.entries()) if (String(value).trim()) doc[key] = value;
    body = JSON.stringify(doc);
    headers["Content-Type"] = "application/json";
  }
  box.replaceChildren(el("p", "Running the pipeline…", { id: "add-busy" }));
  form.querySelector("button").disabled = true;
  try {
    const response = await fetch(form.dataset.endpoint, { method: "POST", headers, body });
    let data = {};
    try { data = await response.json(); } catch (e) { data = { error: response.statusText }; }
    showResult(box, response.ok, data);
  } catch (err) {
    showResult(box, false, { error: String(err) });
  } finally {
    form.querySelector("button").disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const id of ["add-form", "upload-form"]) {
    const form = document.getElementById(id);
    if (form) form.addEventListener("submit", (event) => submit(form, event));
  }
});
