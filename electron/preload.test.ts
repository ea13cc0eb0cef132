import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot load in plain Node: its two preload APIs are stood in for here.
const exposeInMainWorld = vi.fn();
const invoke = vi.fn(async () => ({ id: 1, ok: true, result: 'pong' }));
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } }));

describe('preload bridge', () => {
  beforeEach(async () => {
    vi.resetModules();
    exposeInMainWorld.mockClear();
    await import('./preload');
  });

  it('exposes exactly invoke and savePdf on window.postbag', () => {
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = exposeInMainWorld.mock.calls[0]!;
    expect(key).toBe('postbag');
    expect(Object.keys(bridge)).toEqual(['invoke', 'savePdf']);
  });

  it('asks the main process to save a PDF, passing only the file name', async () => {
    const [, bridge] = exposeInMainWorld.mock.calls[0]!;
    await bridge.savePdf('Summary.pdf');
    expect(invoke).toHaveBeenCalledWith('postbag:savePdf', { suggestedName: 'Summary.pdf' });
  });

  it('sends the envelope over the one IPC channel and returns only the reply', async () => {
    const [, bridge] = exposeInMainWorld.mock.calls[0]!;
    const envelope = { id: 1, method: 'system.health', input: {} };
    await expect(bridge.invoke(envelope)).resolves.toEqual({ id: 1, ok: true, result: 'pong' });
    expect(invoke).toHaveBeenCalledWith('postbag:invoke', envelope);
  });
});
