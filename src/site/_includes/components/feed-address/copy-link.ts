/* 复制链接: adds a copy button after every feed address whose field asks for one (data-xc-copy).
   Served as /assets/copy-link.js, loaded by the subscribe page. An enhancement only: without
   JavaScript each address is a labelled read-only field that can be selected and copied by hand,
   so the button is created here rather than shipped in the HTML, where it would do nothing. */

const status = document.getElementById("xc-copy-status");

/** Says the outcome in the polite live region (screen readers) and next to the button (everyone). */
function announce(button: HTMLButtonElement, note: HTMLElement, message: string): void {
  note.textContent = message;
  if (status) status.textContent = message;
  button.setAttribute("data-xc-copied", "");
}

/** Copies with the Clipboard API, falling back to the selection where it is missing (plain-http hosts). */
function copy(field: HTMLInputElement): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(field.value);
  field.focus();
  field.select();
  return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy refused"));
}

/** The button (its name: 复制链接 and, hidden, which address) and the note below the field. */
function addCopyButton(field: HTMLInputElement): void {
  const what = field.getAttribute("data-xc-copy") ?? "";
  const button = document.createElement("button");
  const context = document.createElement("span");
  const note = document.createElement("span");
  button.type = "button";
  button.className = "xc-feed-address__copy";
  button.setAttribute("data-xc-needs-script", ""); // a control, not content: the audit's no-JS check knows it
  button.textContent = "复制链接";
  // The visible text starts the accessible name (WCAG 2.5.3); the hidden rest says which address.
  context.className = "xc-visually-hidden";
  context.textContent = `：${what}`;
  button.appendChild(context);
  note.className = "xc-feed-address__note";
  button.addEventListener("click", () => {
    copy(field).then(
      () => announce(button, note, `已复制${what}，可以粘贴到阅读器里了。`),
      () => {
        field.focus();
        field.select();
        announce(button, note, "没能自动复制：地址已选中，请按 Ctrl+C（苹果电脑按 ⌘+C）或长按复制。");
      },
    );
  });
  field.parentElement?.appendChild(button);
  field.parentElement?.parentElement?.appendChild(note);
}

Array.from(document.querySelectorAll<HTMLInputElement>("input[data-xc-copy]")).forEach(addCopyButton);
