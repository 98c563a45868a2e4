import { shownMap } from './shown-map';

/**
 * Copies the map, as it is on screen now, into `target` (resized to the map's pixels). Returns
 * false when there is no map to copy (the list view).
 *
 * The map draws without `preserveDrawingBuffer`, which would cost every frame; its drawing
 * buffer is only readable until the frame is shown. So the map is drawn again here and copied
 * in the same task, which is cheap and happens only when a picture is wanted.
 */
export function copyMapImage(target: HTMLCanvasElement): boolean {
  const map = shownMap();
  if (!map) return false;
  map.redraw();
  const source = map.getCanvas();
  const context = target.getContext('2d');
  if (!context || source.width === 0 || source.height === 0) return false;
  target.width = source.width;
  target.height = source.height;
  context.drawImage(source, 0, 0);
  return true;
}
