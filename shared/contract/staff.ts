import { z } from 'zod';
import { entityId, requiredText } from './fields';

/**
 * Administrators run the office (staff, settings, reference data); caseworkers do all casework;
 * volunteers work on campaigns and signatures only, never cases, correspondence or constituents' casework.
 */
export const STAFF_ROLES = ['administrator', 'caseworker', 'volunteer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  administrator: 'Administrator',
  caseworker: 'Caseworker',
  volunteer: 'Volunteer',
};

export interface StaffMember {
  id: number;
  name: string;
  role: StaffRole;
  active: boolean;
  /** Locked after repeated wrong passwords, until this instant (ISO); null when not locked. */
  lockedUntil: string | null;
  version: number;
}

/** Who is signed in on this connection. */
export interface SignedIn {
  staffId: number;
  name: string;
  role: StaffRole;
}

export interface AuthStatus {
  /** False until the first administrator has been created (a new office). */
  setUp: boolean;
  /** False only in solo mode with one staff member who switched sign-in off. */
  signInRequired: boolean;
  /** Whether this office may switch sign-in off (solo mode, one active staff member). */
  mayTurnOffSignIn: boolean;
  me: SignedIn | null;
}

/** At least 10 characters (three random words make a good one); spaces and any characters allowed. */
export const passwordSchema = z
  .string()
  .min(10, 'Use at least 10 characters (three random words make a good password)')
  .max(200, 'Use at most 200 characters');

const staffName = requiredText(100, 'Name', 'Enter the name that goes on notes, letters and the audit trail');

export const setUpInput = z.object({ name: staffName, password: passwordSchema });

export const signInInput = z.object({
  name: requiredText(100, 'Name', 'Enter your name'),
  password: z.string().min(1, 'Enter your password').max(200),
});

export const createStaffInput = z.object({
  name: staffName,
  role: z.enum(STAFF_ROLES, { error: 'Choose a role' }),
  password: passwordSchema,
});

export const updateStaffInput = z.object({
  id: entityId,
  version: z.number().int().positive(),
  name: staffName,
  role: z.enum(STAFF_ROLES, { error: 'Choose a role' }),
  active: z.boolean(),
});

export const setPasswordInput = z.object({ id: entityId, password: passwordSchema });

export const signInRequiredInput = z.object({ required: z.boolean() });
