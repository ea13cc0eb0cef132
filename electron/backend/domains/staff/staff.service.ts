import type { ParsedInput, SignedInSession } from '../../../../shared/contract/api';
import type { AuthStatus, SignedIn, StaffMember, StaffRole } from '../../../../shared/contract/staff';
import { ROLE_LABELS } from '../../../../shared/contract/staff';
import { formatUkDateTime } from '../../../../shared/dates';
import { nameKey } from '../../../../shared/samePerson';
import type { BackendContext, Caller, CommandContext, Db, QueryContext } from '../../context';
import { isUniqueViolation } from '../../db/dialect';
import { DomainError, notFound } from '../../errors';
import { staleEdit } from '../audit/audit.service';
import { markSetUp, setSignInOff, signInOff } from '../settings/settings.service';
import { hashPassword, passwordMatches, UNKNOWN_STAFF_HASH } from './passwords';
import {
  activeStaffRows,
  clearFailedSignIns,
  countActiveAdministrators,
  countFailedSignIn,
  countStaff,
  findStaff,
  findStaffByNameKey,
  insertStaff,
  listStaffRows,
  lockStaff,
  setPasswordHash,
  toStaffMember,
  updateStaffAtVersion,
  type StaffRow,
} from './staff.repository';

/** Wrong passwords in a row before the account is locked, and for how long. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const WRONG_DETAILS = 'That name and password do not match. Check both and try again.';

/** The caller before anyone has signed in on this connection. */
export function anonymousCaller(origin: string): Caller {
  return { staffId: null, role: null, staffName: '', origin };
}

function callerFrom(row: StaffRow, origin: string, session?: string): Caller {
  return { staffId: row.id, role: row.role as StaffRole, staffName: row.name, origin, session };
}

/** The one staff member of a solo office that switched sign-in off, or null when sign-in is required. */
async function staffWithoutSignIn(ctx: BackendContext): Promise<StaffRow | null> {
  if (ctx.engine !== 'sqlite' || !(await signInOff(ctx.reader))) return null;
  return onlyStaffMember(ctx);
}

/** A solo office's one active staff member (who may switch sign-in off), or null when there are more, or in office mode. */
async function onlyStaffMember(ctx: BackendContext): Promise<StaffRow | null> {
  if (ctx.engine !== 'sqlite') return null;
  const active = await activeStaffRows(ctx.reader);
  return active.length === 1 ? active[0]! : null;
}

/**
 * Who is calling on a connection: the staff member whose live session token it sent (read afresh,
 * so a role change or deactivation applies at once), or the one staff member when sign-in is off.
 */
export async function callerOf(ctx: BackendContext, session: string | undefined, origin: string): Promise<Caller> {
  const staffId = ctx.sessions.staffOf(session, Date.now());
  if (staffId !== null) {
    const row = await findStaff(ctx.reader, staffId);
    if (row && row.active === 1) return callerFrom(row, origin, session);
    ctx.sessions.end(session);
  }
  const only = await staffWithoutSignIn(ctx);
  return only ? callerFrom(only, origin) : anonymousCaller(origin);
}

function signedIn(caller: Caller): SignedIn | null {
  return caller.staffId === null || caller.role === null
    ? null
    : { staffId: caller.staffId, name: caller.staffName, role: caller.role };
}

export async function authStatus(ctx: QueryContext): Promise<AuthStatus> {
  const only = await onlyStaffMember(ctx);
  return {
    setUp: (await countStaff(ctx.db)) > 0,
    signInRequired: only === null || !(await signInOff(ctx.reader)),
    mayTurnOffSignIn: only !== null,
    me: signedIn(ctx.caller),
  };
}

function startSession(ctx: BackendContext, row: StaffRow): SignedInSession {
  return {
    staffId: row.id,
    name: row.name,
    role: row.role as StaffRole,
    sessionToken: ctx.sessions.start(row.id, Date.now()),
  };
}

const nameTaken = (name: string) =>
  new DomainError('CONFLICT', `There is already a staff member called ${name}; add something to tell them apart.`, {
    field: 'name',
  });

/** A new office: its first administrator, who is signed in at once. Refused once anyone exists. */
export async function setUpOffice(ctx: CommandContext, input: ParsedInput<'auth.setUp'>): Promise<SignedInSession> {
  const passwordHash = await hashPassword(input.password);
  const row = await ctx
    .unitOfWork(async (work) => {
      if ((await countStaff(work.trx)) > 0) throw alreadySetUp();
      await markSetUp(work.trx, work.at);
      const admin = await insertStaff(work.trx, {
        name: input.name,
        nameKey: nameKey(input.name),
        role: 'administrator',
        passwordHash,
        createdAt: work.at,
      });
      work.audit('staff', admin.id, 'set_up_office');
      return admin;
    }, input.name)
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadySetUp() : error;
    });
  return startSession(ctx, row);
}

const alreadySetUp = () =>
  new DomainError('CONFLICT', 'This office has already been set up: sign in with your name and password.');

/**
 * Name and password in, a session out. Wrong passwords are counted in the database; after
 * MAX_FAILED_SIGN_INS the account is locked for LOCKOUT_MS. An unknown name takes as long as a known one.
 */
export async function signIn(ctx: CommandContext, input: ParsedInput<'auth.signIn'>): Promise<SignedInSession> {
  const row = await findStaffByNameKey(ctx.db, nameKey(input.name));
  const matches = await passwordMatches(input.password, row?.passwordHash || UNKNOWN_STAFF_HASH);
  if (!row || row.active !== 1) throw new DomainError('FORBIDDEN', WRONG_DETAILS);
  const now = ctx.clock();
  if (row.lockedUntil && row.lockedUntil > now.toISOString()) throw lockedOut(row.lockedUntil);
  // The count of wrong passwords is committed; the refusal is said afterwards.
  const refusal = await ctx.unitOfWork(async (work): Promise<DomainError | null> => {
    if (matches) {
      await clearFailedSignIns(work.trx, row.id);
      work.audit('staff', row.id, 'sign_in');
      return null;
    }
    const failed = await countFailedSignIn(work.trx, row.id);
    if (failed < MAX_FAILED_SIGN_INS) return new DomainError('FORBIDDEN', WRONG_DETAILS);
    const until = new Date(now.getTime() + LOCKOUT_MS).toISOString();
    await lockStaff(work.trx, row.id, until);
    work.audit('staff', row.id, 'locked_out');
    return lockedOut(until);
  }, row.name);
  if (refusal) throw refusal;
  return startSession(ctx, row);
}

const lockedOut = (until: string) =>
  new DomainError(
    'FORBIDDEN',
    `Too many wrong passwords: this account is locked until ${formatUkDateTime(until)}. An administrator can set a new password sooner.`,
  );

export async function signOut(ctx: CommandContext): Promise<{ signedOut: true }> {
  ctx.sessions.end(ctx.caller.session);
  return { signedOut: true };
}

/** Solo mode with one staff member may switch sign-in off (and on again). */
export async function setSignInRequired(
  ctx: CommandContext,
  input: ParsedInput<'auth.setSignInRequired'>,
): Promise<AuthStatus> {
  await ctx.unitOfWork(async (work) => {
    if (!input.required && !(await onlyStaffMember(ctx))) {
      throw new DomainError(
        'CONFLICT',
        'Sign-in can be switched off only on a single laptop (solo mode) with one staff member.',
      );
    }
    await setSignInOff(work.trx, !input.required);
    work.audit('settings', null, input.required ? 'sign_in_on' : 'sign_in_off');
  });
  return authStatus(ctx);
}

/**
 * A case's assignee as stored: '' (nobody), or an active staff member's name as the office spells it
 * ("sam okoro" is Sam Okoro); anyone else is refused, so "assigned to" always names a colleague.
 */
export async function assigneeName(db: Db, name: string): Promise<string> {
  if (name === '') return '';
  const row = await findStaffByNameKey(db, nameKey(name));
  if (!row || row.active !== 1) {
    throw new DomainError(
      'VALIDATION',
      `Please check the details: assignee: ${name} is not one of the office’s staff.`,
      undefined,
      { assignee: [`Choose someone from the office’s staff (Settings → Staff), not “${name}”`] },
    );
  }
  return row.name;
}

/** Active staff who have no password yet (sign-in was off): they could not sign in on the office database. */
export async function staffWithoutPassword(db: Db): Promise<string[]> {
  return (await activeStaffRows(db)).filter((row) => row.passwordHash === '').map((row) => row.name);
}

export async function listStaff(ctx: QueryContext): Promise<StaffMember[]> {
  return (await listStaffRows(ctx.db)).map(toStaffMember);
}

export async function createStaff(ctx: CommandContext, input: ParsedInput<'staff.create'>): Promise<StaffMember> {
  const passwordHash = await hashPassword(input.password);
  const row = await ctx
    .unitOfWork(async (work) => {
      // A second person means the office signs in: whoever had it switched off needs a password first.
      if (await signInOff(work.trx)) {
        const me = ctx.caller.staffId === null ? undefined : await findStaff(work.trx, ctx.caller.staffId);
        if (!me?.passwordHash) {
          throw new DomainError(
            'CONFLICT',
            'Set yourself a password first: with a second staff member, everyone signs in.',
          );
        }
        await setSignInOff(work.trx, false);
      }
      const created = await insertStaff(work.trx, {
        name: input.name,
        nameKey: nameKey(input.name),
        role: input.role,
        passwordHash,
        createdAt: work.at,
      });
      work.audit('staff', created.id, 'create');
      return created;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken(input.name) : error;
    });
  return toStaffMember(row);
}

/** The office always keeps one active administrator. */
async function keepAnAdministrator(db: Db, id: number, role: StaffRole, active: boolean): Promise<void> {
  if ((role !== 'administrator' || !active) && (await countActiveAdministrators(db, id)) === 0) {
    throw new DomainError(
      'CONFLICT',
      `The office needs at least one active administrator: make someone else an ${ROLE_LABELS.administrator.toLowerCase()} first.`,
    );
  }
}

export async function updateStaff(ctx: CommandContext, input: ParsedInput<'staff.update'>): Promise<StaffMember> {
  const row = await ctx
    .unitOfWork(async (work) => {
      if (!(await findStaff(work.trx, input.id))) throw notFound('Staff member', input.id);
      await keepAnAdministrator(work.trx, input.id, input.role, input.active);
      const updated = await updateStaffAtVersion(work.trx, input.id, input.version, {
        name: input.name,
        nameKey: nameKey(input.name),
        role: input.role,
        active: input.active ? 1 : 0,
      });
      if (!updated) throw await staleEdit(work.trx, 'staff', input.id, 'this staff member');
      work.audit('staff', input.id, 'update');
      return updated;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken(input.name) : error;
    });
  if (row.active !== 1) ctx.sessions.endAllOf(row.id);
  return toStaffMember(row);
}

/** An administrator sets someone's password (a new colleague's, or a forgotten one): it unlocks them too. */
export async function setStaffPassword(
  ctx: CommandContext,
  input: ParsedInput<'staff.setPassword'>,
): Promise<StaffMember> {
  const passwordHash = await hashPassword(input.password);
  const row = await ctx.unitOfWork(async (work) => {
    const updated = await setPasswordHash(work.trx, input.id, passwordHash);
    if (!updated) throw notFound('Staff member', input.id);
    work.audit('staff', input.id, 'set_password');
    return updated;
  });
  // Sessions started with the old password end, except the one setting it (their own).
  ctx.sessions.endAllOf(row.id, ctx.caller.session);
  return toStaffMember(row);
}
