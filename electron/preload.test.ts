import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot load in plain Node: its two preload APIs are stood in for here.
const exposeInMainWorld = vi.fn();
const invoke = vi.fn(async () => ({ id: 1, ok: true, result: 'pong' }));
const on = vi.fn();
const removeListener = vi.fn();
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke, on, removeListener } }));

describe('preload bridge', () => {
  beforeEach(async () => {
    vi.resetModules();
    exposeInMainWorld.mockClear();
    await import('./preload');
  });

  it('exposes exactly invoke, stageFile, download, onEvent, savePdf, connectOfficeDatabase and restartToRestore on window.postbag', () => {
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = exposeInMainWorld.mock.calls[0]!;
    expect(key).toBe('postbag');
    expect(Object.keys(bridge)).toEqual([
      'invoke',
      'stageFile',
      'download',
      'onEvent',
      'savePdf',
      'connectOfficeDatabase',
      'restartToRestore',
    ]);
  });

  it('hands a listener the event’s payload only, never the IPC event, and stops when asked', () => {
    const [, bridge] = exposeInMainWorld.mock.calls[0]!;
    const heard: unknown[] = [];
    const stop = bridge.onEvent((...args: unknown[]) => heard.push(args));
    expect(on).toHaveBeenCalledWith('postbag:event', expect.any(Function));
    const forward = on.mock.calls.at(-1)![1] as (ipcEvent: unknown, payload: unknown) => void;
    const payload = { type: 'changed', changes: [{ entity: 'case', id: 1 }], origin: 'tab:x' };
    forward({ sender: 'the raw IPC event', ports: [] }, payload);
    expect(heard).toEqual([[payload]]);
    stop();
    expect(removeListener).toHaveBeenCalledWith('postbag:event', forward);
  });

  it('asks the main process to save a PDF, passing only the file name', async () => {
    const [, bridge] = exposeInMainWorld.mock.calls[0]!;
    await bridge.savePdf('Summary.pdf');
    expect(invoke).toHaveBeenCalledWith('postbag:savePdf', { suggestedName: 'Summary.pdf' });
  });

  it('asks the main process to restart for a restore, passing only the session', async () => {
    const [, bridge] = exposeInMainWorld.mock.calls[0]!;
    await bridge.restartToRestore('session-token');
    expect(invoke).toHaveBeenCalledWith('postbag:restartToRestore', { session: 'session-token' });
  });

  it('sends the envelope over the one IPC channel and returns only the reply', async () => {
    const [, bridge] = exposeInMainWorld.mock.calls[0]!;
    const envelope = { id: 1, method: 'system.health', input: {} };
    await expect(bridge.invoke(envelope)).resolves.toEqual({ id: 1, ok: true, result: 'pong' });
    expect(invoke).toHaveBeenCalledWith('postbag:invoke', envelope);
  });
});
