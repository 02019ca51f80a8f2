/**
 * Copy buttons for "Try this sentence". The buttons are rendered hidden and shown here, so a page
 * without JavaScript shows no button that does nothing. A copy confirms itself twice: the button
 * reads "Copied" for a moment, and a status region tells screen readers.
 */

const RESET_MS = 2000;

/** Copies text: the async Clipboard API where the page may use it, else a hidden textarea. */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy command refused');
}

function announce(status: HTMLElement | null, message: string): void {
  if (!status) return;
  // Clearing first makes a second copy of the same sentence announce again.
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}

/** Wires every `[data-copy-target]` button below `root`. Safe to call more than once. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    if (button.dataset['enhanced']) continue;
    button.dataset['enhanced'] = 'true';
    button.hidden = false;
    const label = button.textContent?.trim() ?? '';
    let timer: number | undefined;
    const onClick = async (): Promise<void> => {
      const target = document.getElementById(button.dataset['copyTarget'] ?? '');
      const status = button.closest('section')?.querySelector<HTMLElement>('[data-copy-status]') ?? null;
      const text = (target instanceof HTMLInputElement ? target.value : target?.textContent)?.trim() ?? '';
      try {
        await copyText(text);
        button.textContent = button.dataset['labelCopied'] ?? label;
        button.dataset['state'] = 'copied';
        announce(status, status?.dataset['announceCopied'] ?? '');
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          button.textContent = label;
          delete button.dataset['state'];
        }, RESET_MS);
      } catch {
        announce(status, status?.dataset['announceFailed'] ?? '');
      }
    };
    button.addEventListener('click', () => void onClick());
  }
}
