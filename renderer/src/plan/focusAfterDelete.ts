/**
 * Where focus goes once an application is deleted from its side panel, worked out at the moment of the
 * delete (while its row or card is still on the page): the control that opens the details of the row or
 * card after it in the same list or column (before it, when it was the last), or the list's heading when
 * it was the only one. Focus returned to the panel's opener would fall to the page once that row leaves.
 * Returns the function that puts focus there, for the panel to call as it closes.
 */
export function focusAfterDelete(id: number): () => void {
  const item = document.querySelector(`[data-application="${id}"]`);
  const siblings = item?.parentElement ? [...item.parentElement.children].filter((node) => node.hasAttribute('data-application')) : [];
  const index = item ? siblings.indexOf(item) : -1;
  const neighbour = index >= 0 ? (siblings[index + 1] ?? siblings[index - 1]) : undefined;
  const neighbourId = neighbour?.getAttribute('data-application') ?? null;
  return () => {
    const opener =
      neighbourId === null ? null : document.querySelector<HTMLElement>(`[data-application="${neighbourId}"] [data-opens-details]`);
    (opener ?? document.querySelector<HTMLElement>('[data-applications-heading]'))?.focus();
  };
}
