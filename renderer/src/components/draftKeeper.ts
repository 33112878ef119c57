/**
 * Keeps what the person is typing through a crash of the window's page.
 * Every edit to a text field is mirrored into sessionStorage, which lives in
 * Electron's main (browser) process and so outlives a crashed renderer; a
 * submitted form forgets its fields. Only after main reloads the page because
 * the old one died (it adds `?recovered` to the address) are the mirrored
 * values put back, into fields that are still empty, as if typed, so React's
 * state takes them. A normal start restores nothing and clears what is there.
 */
const prefix = 'rebound:draft:';
export const recoveredFlag = 'recovered';

type Field = HTMLInputElement | HTMLTextAreaElement;
const textInputs = new Set(['text', 'email', 'search', 'url', 'tel', '']);

function isTextField(target: EventTarget | null): target is Field {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && textInputs.has(target.getAttribute('type') ?? '');
}

/** Where a field is, stably across a reload of the same view: the view's address and the field's name or id. */
export function draftKey(hash: string, field: Pick<Field, 'name' | 'id'>): string | null {
  const name = field.name || field.id;
  return name ? `${prefix}${hash}|${name}` : null;
}

/** Sets a field's value the way typing does, so a React-controlled field updates its state too. */
function typeInto(field: Field, value: string): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function installDraftKeeper(win: Window = window): () => void {
  const doc = win.document;
  const storage = win.sessionStorage;
  const recovering = new URLSearchParams(win.location.search).has(recoveredFlag);
  const waiting = new Map<string, string>();
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) waiting.set(key, storage.getItem(key) ?? '');
  }
  for (const key of waiting.keys()) storage.removeItem(key);
  if (!recovering) waiting.clear();

  const onInput = (event: Event) => {
    const field = event.target;
    if (!isTextField(field)) return;
    const key = draftKey(win.location.hash, field);
    if (!key) return;
    if (field.value) storage.setItem(key, field.value);
    else storage.removeItem(key);
  };
  const onSubmit = (event: Event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    for (const element of Array.from(form.elements)) {
      const key = isTextField(element) ? draftKey(win.location.hash, element) : null;
      if (key) storage.removeItem(key);
    }
  };
  const restore = () => {
    if (waiting.size === 0) return;
    for (const field of Array.from(doc.querySelectorAll<Field>('input, textarea'))) {
      const key = isTextField(field) ? draftKey(win.location.hash, field) : null;
      const value = key ? waiting.get(key) : undefined;
      if (!key || value === undefined) continue;
      waiting.delete(key);
      if (!field.value) typeInto(field, value);
    }
    if (waiting.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(restore);
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('submit', onSubmit, true);
  if (waiting.size > 0) observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    doc.removeEventListener('input', onInput, true);
    doc.removeEventListener('submit', onSubmit, true);
  };
}
