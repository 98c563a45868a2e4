import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

describe('afterNextPaint', () => {
  let frames: Map<number, FrameRequestCallback>;
  /** Runs the frame callbacks queued so far, as the browser does before painting. */
  const runFrame = () => {
    const queued = [...frames.values()];
    frames.clear();
    for (const callback of queued) callback(0);
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = new Map();
    let next = 1;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.set(next, callback);
      return next++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task after the frame, not inside it', () => {
    const task = vi.fn();
    afterNextPaint(task);
    expect(task).not.toHaveBeenCalled();
    runFrame();
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();
  });

  it.each([
    ['before the frame', (cancel: () => void) => (cancel(), runFrame())],
    ['between the frame and the task', (cancel: () => void) => (runFrame(), cancel())],
  ])('cancels %s', (_when, cancelAndRunFrame) => {
    const task = vi.fn();
    cancelAndRunFrame(afterNextPaint(task));
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
  });

  it('runs the task once, at the latest after the fallback, when no frame comes', () => {
    const task = vi.fn();
    afterNextPaint(task, { latest: 200 });
    vi.advanceTimersByTime(199);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledOnce();
    runFrame();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();
  });

  it('does not run the fallback after the frame has run the task', () => {
    const task = vi.fn();
    afterNextPaint(task, { latest: 200 });
    runFrame();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledOnce();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();
  });
});
