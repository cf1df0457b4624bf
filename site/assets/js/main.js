// Copy buttons: copy the example's source exactly as verified (the text of its code block).
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button.copy");
  if (!button) return;
  const code = button.closest(".example").querySelector("pre.chroma");
  await navigator.clipboard.writeText(code.textContent);
  const label = button.textContent;
  button.textContent = button.dataset.copied;
  setTimeout(() => { button.textContent = label; }, 1500);
});
