/**
 * Runs `task` once the browser has painted the next frame, and returns a function that cancels
 * it. A callback of `requestAnimationFrame` runs before that frame's paint, so work done there
 * (restyling the map, starting a camera move) delays whatever the DOM just changed; a task
 * queued from it runs after the paint. The map follows the panel instead of holding it back.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
