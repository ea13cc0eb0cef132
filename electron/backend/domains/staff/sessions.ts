import crypto from 'node:crypto';

/** A session ends after this long without a call, and after this long whatever happens. */
export const SESSION_IDLE_MS = 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;

interface Session {
  staffId: number;
  startedAt: number;
  lastSeenAt: number;
}

/**
 * Signed-in sessions, held by this backend only (a restart signs everyone out). A token is 32 random
 * bytes; only its SHA-256 is kept, so a memory dump does not hand out live sessions.
 */
export interface SessionStore {
  start(staffId: number, now: number): string;
  /** The staff member a live token belongs to (and the session is kept alive), or null. */
  staffOf(token: string | undefined, now: number): number | null;
  end(token: string | undefined): void;
  /** Ends every session of a staff member (deactivated, password reset), but `except` when given. */
  endAllOf(staffId: number, except?: string): void;
}

const keyOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function createSessionStore(): SessionStore {
  const sessions = new Map<string, Session>();
  return {
    start(staffId, now) {
      const token = crypto.randomBytes(32).toString('base64url');
      sessions.set(keyOf(token), { staffId, startedAt: now, lastSeenAt: now });
      return token;
    },
    staffOf(token, now) {
      if (!token) return null;
      const key = keyOf(token);
      const session = sessions.get(key);
      if (!session) return null;
      if (now - session.lastSeenAt > SESSION_IDLE_MS || now - session.startedAt > SESSION_MAX_MS) {
        sessions.delete(key);
        return null;
      }
      session.lastSeenAt = now;
      return session.staffId;
    },
    end(token) {
      if (token) sessions.delete(keyOf(token));
    },
    endAllOf(staffId, except) {
      const kept = except && keyOf(except);
      for (const [key, session] of sessions) if (session.staffId === staffId && key !== kept) sessions.delete(key);
    },
  };
}
