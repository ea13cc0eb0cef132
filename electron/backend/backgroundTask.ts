/**
 * Runs `task` now and then every `everyMs` while the backend runs, never two turns at once; a failure
 * is logged and the next turn tries again. `stop` ends the turns and waits for one still running.
 */
export function repeatInBackground(task: () => Promise<void>, everyMs: number, log: (error: unknown) => void) {
  let running: Promise<void> | null = null;
  const turn = () => {
    running ??= task()
      .catch(log)
      .finally(() => (running = null));
  };
  turn();
  const timer = setInterval(turn, everyMs);
  timer.unref();
  return {
    async stop(): Promise<void> {
      clearInterval(timer);
      await running;
    },
  };
}
