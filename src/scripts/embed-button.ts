/**
 * The "Embed" buttons: open the dialog, load the preview on first open (not
 * before: ten previews would load ten maps), size the preview from its
 * height messages, and copy a snippet (clipboard API, or select the text
 * for the reader to copy when the API is refused).
 */
import { parseMessage } from '../lib/embed/messages';

for (const share of document.querySelectorAll<HTMLElement>('[data-embed-share]')) {
  const open = share.querySelector<HTMLButtonElement>('[data-embed-open]')!;
  const dialog = share.querySelector<HTMLDialogElement>('[data-embed-dialog]')!;
  const preview = share.querySelector<HTMLIFrameElement>('[data-embed-preview]')!;
  const status = share.querySelector<HTMLElement>('[data-embed-copy-status]')!;
  open.hidden = false;

  open.addEventListener('click', () => {
    status.textContent = '';
    if (!preview.getAttribute('src') && preview.dataset.src) preview.src = preview.dataset.src;
    dialog.showModal();
  });

  // Any of the three formats will do; only this preview's messages count.
  window.addEventListener('message', (event) => {
    if (event.source !== preview.contentWindow) return;
    const message = parseMessage(event.data);
    const height =
      message?.protocol === 'datawrapper' ? Object.values(message.heights)[0]
      : message?.protocol === 'amp' ? message.height
      : undefined;
    if (height !== undefined) preview.height = String(Math.ceil(height));
  });

  for (const button of share.querySelectorAll<HTMLButtonElement>('[data-embed-copy]')) {
    button.addEventListener('click', async () => {
      const area = share.querySelector<HTMLTextAreaElement>(`#${CSS.escape(button.dataset.embedCopy!)}`)!;
      try {
        await navigator.clipboard.writeText(area.value);
        status.textContent = 'Copied the snippet.';
      } catch {
        area.select();
        status.textContent = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
      }
    });
  }
}
