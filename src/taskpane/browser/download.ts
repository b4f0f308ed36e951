/** MIME types of the files the pane offers for download. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const JSON_MIME = "application/json";

/**
 * Hands bytes or text to the browser as a download named `fileName`.
 * The object URL is released after the click has been handled.
 */
export function downloadFile(data: Uint8Array | string | Blob, fileName: string, mime: string): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
