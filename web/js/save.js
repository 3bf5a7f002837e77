// Saving the network picture: the SVG document or PNG blob comes from netdraw.js; this hands it to the browser
// as a download with a stable file name (erfaringsgraf-network.svg / .png).

/** The last file offered for download, so a test can check what a click produced without a file system. */
export const lastDownload = { name: null, blob: null };

export function download(blob, name) {
  if (!blob) throw new Error(`Could not build ${name}`);
  lastDownload.name = name;
  lastDownload.blob = blob;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
