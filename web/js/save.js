// Saving the network picture: the SVG document or PNG blob comes from netdraw.js; this hands it to the browser
// as a download with a stable file name (erfaringsgraf-network.svg / .png), through the kit's download.
import { download as offer } from './kit.js';

export { lastDownload } from './kit.js';

/** network.js's order of arguments (blob first); the kit's download takes the name first. */
export function download(blob, name) {
  offer(name, blob);
}
