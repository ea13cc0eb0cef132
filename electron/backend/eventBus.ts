import type { ServerEvent } from '../../shared/contract/events';

export type EventListener = (event: ServerEvent) => void;

/** The backend's events, fanned out to every connected page (each transport subscribes once per connection). */
export interface EventBus {
  subscribe(listener: EventListener): () => void;
  emit(event: ServerEvent): void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // One closed connection must not stop the others hearing.
        }
      }
    },
  };
}
