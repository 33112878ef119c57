/**
 * jsdom has HTMLDialogElement but neither showModal() nor close(). This stand-in does what the tests
 * read: `open` set and cleared, and the close event. It does not make the page behind inert (the
 * e2e suite checks that in Chromium, with the real showModal()).
 */
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement> & HTMLDialogElement;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
