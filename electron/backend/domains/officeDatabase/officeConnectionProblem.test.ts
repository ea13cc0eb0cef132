import { describe, expect, it } from 'vitest';
import type { OfficeConnection } from '../../../../shared/contract/officeDatabase';
import { officeConnectionProblem } from './officeConnectionProblem';

const connection: OfficeConnection = {
  host: 'office-server',
  port: 5432,
  database: 'postbag',
  user: 'postbag',
  password: 'x',
  tls: 'verified',
};

describe('why a connection set up in Settings did not work', () => {
  it('points at the TLS choice when the certificate cannot be checked, and at the password when it is refused', () => {
    const problem = officeConnectionProblem(
      Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
      connection,
    );
    expect(problem?.fields).toEqual({
      tls: [expect.stringMatching(/^The server’s certificate could not be checked \(DEPTH_ZERO_SELF_SIGNED_CERT\)/)],
    });
    const refused = officeConnectionProblem(
      Object.assign(new Error('password authentication failed for user "postbag"'), { code: '28P01' }),
      connection,
    );
    expect(refused?.fields).toEqual({ password: ['office-server refused this user name and password.'] });
  });

  it('leaves failures that are not about the connection details to the usual reporting', () => {
    expect(
      officeConnectionProblem(
        Object.assign(new Error('relation "cases" does not exist'), { code: '42P01' }),
        connection,
      ),
    ).toBeNull();
  });
});
