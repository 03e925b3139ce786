"use strict";
// Up/down buttons for admin inlines marked "sortable-inline"; on submit the
// hidden order fields are numbered in the order the rows are shown.
(function () {
  const ROW = ".inline-related:not(.empty-form), tr.form-row:not(.empty-form)";

  function rows(group) {
    return Array.from(group.querySelectorAll(ROW)).filter(
      (row) => row.querySelector("[data-sortable-order]")
    );
  }

  function button(label, text, onClick) {
    const element = document.createElement("button");
    element.type = "button";
    element.className = "sortable-inline__move";
    element.textContent = text;
    element.setAttribute("aria-label", label);
    element.title = label;
    element.addEventListener("click", onClick);
    return element;
  }

  function addButtons(row) {
    if (row.querySelector(".sortable-inline__controls")) return;
    const labels = row.querySelector("[data-sortable-order]").dataset;
    const controls = document.createElement("span");
    controls.className = "sortable-inline__controls";
    controls.append(
      button(labels.moveUp, "\u2191", () => {
        const previous = row.previousElementSibling;
        if (previous && previous.matches(ROW)) previous.before(row);
      }),
      button(labels.moveDown, "\u2193", () => {
        const next = row.nextElementSibling;
        if (next && next.matches(ROW)) next.after(row);
      })
    );
    const place = row.querySelector("h3") || row.querySelector("td.original") || row.firstElementChild;
    place.append(controls);
  }

  function renumber(group) {
    rows(group).forEach((row, index) => {
      row.querySelector("[data-sortable-order]").value = index + 1;
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const groups = document.querySelectorAll(".sortable-inline");
    groups.forEach((group) => rows(group).forEach(addButtons));
    document.addEventListener("formset:added", (event) => {
      if (event.target.closest(".sortable-inline")) addButtons(event.target);
    });
    const form = document.querySelector("#content-main form");
    if (form) form.addEventListener("submit", () => groups.forEach(renumber));
  });
})();
