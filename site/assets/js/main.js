// The site's only script: copy buttons, the theme toggle, keyboard shortcuts and search.

// Copy buttons copy a program exactly as verified: the text of its code block.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button.copy");
  if (!button) return;
  const code = button.closest(".program").querySelector("pre.chroma");
  await navigator.clipboard.writeText(code.textContent);
  const label = button.textContent;
  button.textContent = button.dataset.copied;
  setTimeout(() => { button.textContent = label; }, 1500);
});

// The theme follows the system until the reader picks one; the choice is remembered.
document.querySelector("button.theme")?.addEventListener("click", () => {
  const root = document.documentElement;
  const current = root.dataset.theme ||
    (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  root.dataset.theme = current === "dark" ? "light" : "dark";
  try { localStorage.setItem("theme", root.dataset.theme); } catch (e) { /* private mode */ }
});

// Keyboard: "/" focuses search; "p" and "n" go to the previous and next page.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target.closest("input, textarea, select, [contenteditable]")) return;
  if (event.key === "/") {
    event.preventDefault();
    document.getElementById("search-input")?.focus();
  } else if (event.key === "n" || event.key === "p") {
    const link = document.querySelector(`.prevnext a[rel=${event.key === "n" ? "next" : "prev"}]`);
    if (link) location.href = link.href;
  }
});

// Search: Pagefind's index for this page's language, loaded on first use.
const input = document.getElementById("search-input");
if (input) {
  const box = input.parentElement.querySelector(".search-results");
  let pagefind;
  const load = async () => {
    pagefind ??= import(input.dataset.bundle + "pagefind.js");
    return pagefind;
  };
  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  let latest = 0;
  input.addEventListener("input", async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) { box.hidden = true; return; }
    let html;
    try {
      const search = await (await load()).debouncedSearch(query);
      if (!search || ticket !== latest) return;
      const results = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      html = results.length
        ? "<ul>" + results.map((r) => `<li><a href="${escape(r.url)}">${escape(r.meta.title || r.url)}</a><p>${r.excerpt}</p></li>`).join("") + "</ul>"
        : `<p>${escape(input.dataset.none)}</p>`;
    } catch (e) {
      html = `<p>${escape(input.dataset.unavailable)}</p>`;
    }
    box.innerHTML = html;
    box.hidden = false;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") { input.value = ""; box.hidden = true; input.blur(); }
  });
}
