/**
 * The chapters' Share buttons: the system's share sheet where the browser
 * has the Web Share API (phones, most desktop browsers on Windows and macOS),
 * else the chapter's link copied to the clipboard, said in the button's
 * status line (role="status": screen readers hear it). A refused clipboard
 * leaves the link written out there, for the reader to copy.
 */
export function bindShareButtons(root: ParentNode = document, nav: Navigator = navigator): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-share]')) {
    const status = button.nextElementSibling!;
    button.dataset.ready = '';
    button.addEventListener('click', async () => {
      const url = button.dataset.share!;
      status.textContent = '';
      if (nav.share) {
        try {
          return await nav.share({ title: button.dataset.shareTitle, url });
        } catch (error) {
          // The reader closed the sheet: nothing to say. Refused (no user gesture, a policy): copy instead.
          if ((error as Error).name === 'AbortError') return;
        }
      }
      try {
        await nav.clipboard.writeText(url);
        status.textContent = button.dataset.textCopied ?? '';
      } catch {
        // The page's words (data-text-copy-this, from the dictionary), with the link in place of {url}.
        status.textContent = (button.dataset.textCopyThis ?? '{url}').replace('{url}', url);
      }
    });
  }
}
