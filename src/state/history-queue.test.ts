import { describe, expect, it } from 'vitest';
import { HistoryQueue, type HistoryWriter, type Schedule } from './history-queue';

/** A history that records entries as a browser would: push adds one, replace amends the last. */
function fakeHistory() {
  const entries: string[] = ['/'];
  const calls: string[] = [];
  const history: HistoryWriter = {
    pushState: (_data, _unused, url) => {
      calls.push(`push ${url}`);
      entries.push(url);
    },
    replaceState: (_data, _unused, url) => {
      calls.push(`replace ${url}`);
      entries[entries.length - 1] = url;
    },
  };
  return { history, entries, calls };
}

/** A schedule the test runs by hand, like the frame the app waits for. */
function manualSchedule() {
  let queued: (() => void) | null = null;
  let scheduled = 0;
  const schedule: Schedule = (task) => {
    scheduled += 1;
    queued = task;
    return () => (queued = null);
  };
  return {
    schedule,
    run: () => {
      const task = queued;
      queued = null;
      task?.();
    },
    get scheduled() {
      return scheduled;
    },
  };
}

describe('HistoryQueue', () => {
  it('writes at once without a schedule', () => {
    const { history, entries } = fakeHistory();
    const queue = new HistoryQueue(history);
    queue.write('push', '/?zone=huitian');
    expect(entries).toEqual(['/', '/?zone=huitian']);
    expect(queue.pending).toBe(false);
  });

  it('leaves history untouched until the scheduled task runs, then writes in order', () => {
    const { history, entries } = fakeHistory();
    const frame = manualSchedule();
    const queue = new HistoryQueue(history, frame.schedule);
    queue.write('push', '/?zone=huitian');
    queue.write('push', '/?zone=life-valley');
    expect(entries).toEqual(['/']);
    expect(queue.pending).toBe(true);
    expect(frame.scheduled).toBe(1);
    frame.run();
    expect(entries).toEqual(['/', '/?zone=huitian', '/?zone=life-valley']);
    expect(queue.pending).toBe(false);
  });

  it('leaves the same entries as writing at once, for a mix of pushes and replaces', () => {
    const sequence: ['push' | 'replace', string][] = [
      ['replace', '/#map=10/40/116'],
      ['push', '/?zone=huitian'],
      ['replace', '/?zone=huitian#map=12/40.08/116.35'],
      ['replace', '/?zone=huitian#map=12.5/40.08/116.35'],
      ['push', '/?zone=huitian&lang=en'],
      ['push', '/?lang=en'],
      ['replace', '/?lang=en#map=9/40.2/116.4'],
    ];
    const direct = fakeHistory();
    const now = new HistoryQueue(direct.history);
    const later = fakeHistory();
    const frame = manualSchedule();
    const queued = new HistoryQueue(later.history, frame.schedule);
    for (const [mode, target] of sequence) {
      now.write(mode, target);
      queued.write(mode, target);
    }
    frame.run();
    expect(later.entries).toEqual(direct.entries);
    // A replace amends the queued write it follows instead of adding a call of its own.
    expect(later.calls).toEqual([
      'replace /#map=10/40/116',
      'push /?zone=huitian#map=12.5/40.08/116.35',
      'push /?zone=huitian&lang=en',
      'push /?lang=en#map=9/40.2/116.4',
    ]);
  });

  it('flushes on demand and does not write twice when the schedule fires later', () => {
    const { history, calls } = fakeHistory();
    const frame = manualSchedule();
    const queue = new HistoryQueue(history, frame.schedule);
    queue.write('push', '/?zone=huitian');
    queue.flush();
    frame.run();
    expect(calls).toEqual(['push /?zone=huitian']);
  });

  it('drops queued writes when the user moves through history', () => {
    const { history, entries } = fakeHistory();
    const frame = manualSchedule();
    const queue = new HistoryQueue(history, frame.schedule);
    queue.write('push', '/?zone=huitian');
    queue.discard();
    frame.run();
    expect(entries).toEqual(['/']);
    expect(queue.pending).toBe(false);
    queue.write('push', '/?zone=energy-valley');
    expect(frame.scheduled).toBe(2);
  });
});
