// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaint,
  afterInteractive,
  INTERACTIVE_MARK,
  useAfterFirstPaint,
} from '../../../renderer/src/services/after-paint';

/** Frames and idle periods the test runs by hand. */
function stubFrames() {
  const frames: FrameRequestCallback[] = [];
  const idles: IdleRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idles.push(cb));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  const flush = () => {
    frames.splice(0).forEach((f) => f(0));
    idles.splice(0).forEach((i) => i({ didTimeout: false, timeRemaining: () => 10 }));
  };
  return { frames, idles, flush };
}

describe('afterFirstPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the task after the next frame, in an idle period', () => {
    const { frames, idles } = stubFrames();
    const task = vi.fn();
    afterFirstPaint(task);
    expect(task).not.toHaveBeenCalled();
    frames.shift()!(0);
    expect(task).not.toHaveBeenCalled();
    idles.shift()!({ didTimeout: false, timeRemaining: () => 10 });
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs a cancelled task, whichever step it was waiting for', () => {
    const { frames, idles } = stubFrames();
    const early = vi.fn();
    afterFirstPaint(early)();
    frames.shift()!(0);
    expect(idles).toHaveLength(0);
    const late = vi.fn();
    const cancel = afterFirstPaint(late);
    frames.shift()!(0);
    cancel();
    idles.shift()!({ didTimeout: false, timeRemaining: () => 10 });
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});

describe('useAfterFirstPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is false until the first frame is painted and the browser idle, then true for every later view', () => {
    const { frames, idles } = stubFrames();
    const first = renderHook(() => useAfterFirstPaint());
    expect(first.result.current).toBe(false);
    act(() => frames.shift()!(0));
    expect(first.result.current).toBe(false);
    act(() => idles.shift()!({ didTimeout: false, timeRemaining: () => 10 }));
    expect(first.result.current).toBe(true);
    // A view mounted afterwards has nothing to wait for.
    const later = renderHook(() => useAfterFirstPaint());
    expect(later.result.current).toBe(true);
    expect(frames).toHaveLength(0);
  });
});

describe('afterInteractive', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    performance.clearMarks(INTERACTIVE_MARK);
  });

  it('waits for the catalogue to be interactive, then for a frame and an idle period', async () => {
    const { frames, flush } = stubFrames();
    const task = vi.fn();
    afterInteractive(task);
    flush();
    expect(frames).toHaveLength(0);
    expect(task).not.toHaveBeenCalled();
    performance.mark(INTERACTIVE_MARK);
    await vi.waitFor(() => expect(frames.length).toBeGreaterThan(0));
    expect(task).not.toHaveBeenCalled();
    flush();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once (after a frame) when the catalogue is already interactive', () => {
    const { flush } = stubFrames();
    performance.mark(INTERACTIVE_MARK);
    const task = vi.fn();
    afterInteractive(task);
    flush();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback delay when the catalogue never comes, and never once cancelled', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { flush } = stubFrames();
    const task = vi.fn();
    const cancelled = vi.fn();
    afterInteractive(task, 1000);
    afterInteractive(cancelled, 1000)();
    vi.advanceTimersByTime(999);
    flush();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    flush();
    expect(task).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
