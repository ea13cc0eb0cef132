import { z } from 'zod';

/** How the laptop talks to the server: checked against the system's certificates, encrypted unchecked, or in the clear. */
export const OFFICE_TLS_MODES = ['verified', 'encrypted', 'off'] as const;
export type OfficeTlsMode = (typeof OFFICE_TLS_MODES)[number];

export const OFFICE_TLS_LABELS: Record<OfficeTlsMode, string> = {
  verified: 'Encrypted, server certificate checked (recommended)',
  encrypted: 'Encrypted, certificate not checked (the office’s own certificate)',
  off: 'Not encrypted (only on a trusted office network)',
};

const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}`)
    .max(63, `The ${what} must be at most 63 characters (PostgreSQL’s limit)`)
    .refine((value) => !/[\0\r\n]/.test(value), `The ${what} cannot hold line breaks`);

/** Where the office database is and how to sign in to it (Settings → Office database). */
export const officeConnectionInput = z.object({
  host: z
    .string()
    .trim()
    .min(1, 'Enter the server’s name or address')
    .max(253, 'The server’s name must be at most 253 characters')
    .regex(/^(\[[0-9a-fA-F:.]+\]|[0-9a-fA-F:]*:[0-9a-fA-F:.]*|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$/, {
      message: 'Enter a server name or address, like office-server, db.example.org or 192.168.1.20',
    }),
  port: z
    .number({ error: 'Enter the port as a number (PostgreSQL’s usual port is 5432)' })
    .int('Enter the port as a whole number')
    .min(1, 'The port is a number from 1 to 65535')
    .max(65535, 'The port is a number from 1 to 65535'),
  database: name('database name'),
  user: name('user name'),
  /** Empty when the server trusts this user without one (not advisable beyond a test server). */
  password: z.string().max(1000, 'The password must be at most 1,000 characters'),
  tls: z.enum(OFFICE_TLS_MODES, { error: 'Choose how the connection is protected' }),
});
export type OfficeConnection = z.infer<typeof officeConnectionInput>;

/** What "Test connection" found on the server. */
export interface OfficeConnectionCheck {
  /** Server, database and user (never the password). */
  database: string;
  serverVersion: string;
  /** `empty`: no tables yet; `postbag`: an office's Postbag database; `other`: tables that are not Postbag's. */
  holds: 'empty' | 'postbag' | 'other';
  /** For a Postbag database: how many staff and cases it holds. */
  staff: number | null;
  cases: number | null;
}

export interface OfficeMoveResult {
  /** Where the office now is: server, database and user (never the password). */
  database: string;
  /** Rows copied, table by table (each compared with the office database's count before it committed). */
  tables: { table: string; rows: number }[];
}
