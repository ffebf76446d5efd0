// Owns handing a file the renderer made to the person: a Blob behind a short-lived object URL,
// "clicked" through an <a download>. The browser (or Electron's download handling) saves it; no
// bytes leave through the bridge.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click has captured the Blob; the URL is no longer needed once this task ends.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
