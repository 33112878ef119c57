/**
 * Hands a file made by main to the person as a download. An object URL is
 * used (not a data: URL) so large exports do not have to be re-encoded;
 * downloads are not navigation, so the CSP and the navigation guard stay as
 * strict as they are.
 */
export function offerDownload(file: { fileName: string; content: string }, type: string): void {
  const url = URL.createObjectURL(new Blob([file.content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
