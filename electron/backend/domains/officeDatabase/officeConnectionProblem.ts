import type { OfficeConnection } from '../../../../shared/contract/officeDatabase';
import { DomainError } from '../../errors';

const CERTIFICATE_CODES =
  /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|ERR_TLS_CERT_ALTNAME_INVALID)$/;

/**
 * Why a connection set up in Settings did not work, said beside the field to change — or null when
 * the failure is not about those details (the dispatcher then reports it as any other).
 */
export function officeConnectionProblem(error: unknown, connection: OfficeConnection): DomainError | null {
  const { code = '', message = '' } = (error ?? {}) as { code?: string; message?: string };
  const beside = (field: keyof OfficeConnection, text: string) =>
    new DomainError('VALIDATION', text, undefined, { [field]: [text] });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return beside('host', `No server called ${connection.host} was found: check the name, or that the VPN is on.`);
  }
  if (code === 'ECONNREFUSED') {
    return beside(
      'port',
      `${connection.host} refused a connection on port ${connection.port}: is PostgreSQL running there, on this port, and listening to the network (listen_addresses)?`,
    );
  }
  if (['ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code) || /^timeout exceeded/.test(message)) {
    return beside('host', `${connection.host} did not answer within 5 seconds: check the network or VPN.`);
  }
  if (code === '3D000') {
    return beside('database', `There is no database called ${connection.database} on ${connection.host}.`);
  }
  if (code === '28P01') {
    return beside('password', `${connection.host} refused this user name and password.`);
  }
  if (code === '28000') {
    return new DomainError(
      'VALIDATION',
      `${connection.host} does not let ${connection.user} in from this computer${/encryption/.test(message) ? ' without encryption' : ''} (its pg_hba.conf): ask whoever looks after the server.`,
    );
  }
  if (/does not support SSL/.test(message)) {
    return beside(
      'tls',
      'The server does not offer encrypted connections: ask whoever looks after it to switch TLS on, or choose “Not encrypted” only on a trusted office network.',
    );
  }
  if (CERTIFICATE_CODES.test(code)) {
    return beside(
      'tls',
      `The server’s certificate could not be checked (${code}): if it is the office’s own certificate, choose “Encrypted, certificate not checked”.`,
    );
  }
  return null;
}
