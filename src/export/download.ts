/** Save bytes as a file through the browser's download: the one helper every format uses. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A Blob from bytes or text with its MIME type. */
export function blobOf(data: Uint8Array | string, type: string): Blob {
  return new Blob([typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>)], { type });
}
