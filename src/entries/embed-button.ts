/**
 * The Embed buttons and the page's one Embed dialog: a button fills the
 * dialog with its chapter's snippet and opens it; the preview frame is made
 * on first open (not before: it is a document of its own and loads a map)
 * and sized from its height messages; Copy uses the clipboard API, or selects
 * the text for the reader to copy when the API is refused.
 */
import { SANDBOX } from '../embed/snippet';
import { parseMessage } from '../embed/messages';

const dialog = document.querySelector<HTMLDialogElement>('[data-embed-dialog]');
if (dialog) {
  const heading = dialog.querySelector<HTMLElement>('[data-embed-heading]')!;
  const chapterBlock = dialog.querySelector<HTMLElement>('[data-embed-chapter-block]')!;
  const chapterSnippet = chapterBlock.querySelector<HTMLTextAreaElement>('textarea')!;
  const status = dialog.querySelector<HTMLElement>('[data-embed-copy-status]')!;
  const slot = dialog.querySelector<HTMLElement>('[data-embed-preview-slot]')!;
  let preview: HTMLIFrameElement | undefined;

  const showPreview = (path: string, title: string, height: string) => {
    if (!preview) {
      preview = document.createElement('iframe');
      preview.className = 'embed-preview';
      preview.dataset.embedPreview = '';
      preview.setAttribute('sandbox', SANDBOX);
      slot.replaceWith(preview);
    }
    preview.title = title;
    // The same frame for another chapter: start again from the card's height.
    if (preview.getAttribute('src') !== path) {
      preview.height = height;
      preview.src = path;
    }
  };

  for (const open of document.querySelectorAll<HTMLButtonElement>('[data-embed-open]')) {
    open.dataset.ready = '';
    open.addEventListener('click', () => {
      const { embedOpen: chapterId, snippet, preview: path, previewTitle, previewHeight } = open.dataset;
      heading.textContent = (chapterId ? heading.dataset.chapter : heading.dataset.story)!;
      chapterBlock.hidden = !chapterId;
      chapterSnippet.value = snippet ?? '';
      status.textContent = '';
      if (path) showPreview(path, previewTitle ?? 'Preview', previewHeight ?? '640');
      dialog.showModal();
    });
  }

  // Any of the three formats will do; only the preview's messages count.
  window.addEventListener('message', (event) => {
    if (!preview || event.source !== preview.contentWindow) return;
    const message = parseMessage(event.data);
    const height =
      message?.protocol === 'datawrapper' ? Object.values(message.heights)[0]
      : message?.protocol === 'amp' ? message.height
      : undefined;
    if (height !== undefined) preview.height = String(Math.ceil(height));
  });

  for (const button of dialog.querySelectorAll<HTMLButtonElement>('[data-embed-copy]')) {
    button.addEventListener('click', async () => {
      const area = dialog.querySelector<HTMLTextAreaElement>(`#${CSS.escape(button.dataset.embedCopy!)}`)!;
      try {
        await navigator.clipboard.writeText(area.value);
        status.textContent = status.dataset.copied!;
      } catch {
        area.select();
        status.textContent = status.dataset.selected!;
      }
    });
  }
}
