/**
 * Whether this browser can give MapLibre a WebGL2 context. Checked before the map is built,
 * because MapLibre v6 throws inside its constructor when it cannot.
 */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
