export interface AfterNextPaintOptions {
  /**
   * Run the task after this many milliseconds if no frame has come by then: a hidden tab paints
   * none, and work such as writing the history must not wait for the tab to be shown.
   */
  latest?: number;
}

/**
 * Runs `task` once the browser has painted the next frame, and returns a function that cancels
 * it. A callback of `requestAnimationFrame` runs before that frame's paint, so work done there
 * (restyling the map, starting a camera move) delays whatever the DOM just changed; a task
 * queued from it runs after the paint. The map follows the panel instead of holding it back.
 */
export function afterNextPaint(task: () => void, options: AfterNextPaintOptions = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    task();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  if (options.latest !== undefined) fallback = setTimeout(run, options.latest);
  function cancel() {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    if (fallback !== undefined) clearTimeout(fallback);
  }
  return () => {
    done = true;
    cancel();
  };
}
