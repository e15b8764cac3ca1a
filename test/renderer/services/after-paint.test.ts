// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, useAfterFirstPaint } from '../../../renderer/src/services/after-paint';

describe('afterFirstPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the task after the next frame, in an idle period', () => {
    const frames: FrameRequestCallback[] = [];
    const idles: IdleRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idles.push(cb));
    const task = vi.fn();
    afterFirstPaint(task);
    expect(task).not.toHaveBeenCalled();
    frames.shift()!(0);
    expect(task).not.toHaveBeenCalled();
    idles.shift()!({ didTimeout: false, timeRemaining: () => 10 });
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs a cancelled task, whichever step it was waiting for', () => {
    const frames: FrameRequestCallback[] = [];
    const idles: IdleRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idles.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
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
    const frames: FrameRequestCallback[] = [];
    const idles: IdleRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idles.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
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
