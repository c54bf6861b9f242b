/**
 * Copying text from the card on any page. navigator.clipboard exists only in secure contexts
 * (https, localhost); on plain http pages the older copy command on a selected field still works
 * inside the click that asked for it. Rejects when neither works, so the card can say so.
 */
export async function copyText(text: string, within: ShadowRoot | HTMLElement): Promise<void> {
  if (typeof navigator.clipboard?.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Denied (no focus, a permissions policy): the copy command below may still be allowed.
    }
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  within.appendChild(field);
  try {
    field.select();
    // Deprecated but the only synchronous copy on insecure pages; every engine still ships it.
    if (!document.execCommand('copy')) throw new Error('copy command refused');
  } finally {
    field.remove();
  }
}
