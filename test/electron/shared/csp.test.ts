// The sharing origin in the CSP (issue 18): which addresses may be used, and the policy naming
// exactly that origin, in the header and in the page's meta tag.
import { describe, expect, it } from 'vitest';
import { CSP, cspWith, htmlWithCsp, policyAllows, sharingOriginOf } from '../../../electron/shared/csp';
import { RESPONSE_HEADERS, responseHeaders } from '../../../electron/shared/response-headers';

describe('sharing origin', () => {
  it('accepts https anywhere and plain http only on this machine', () => {
    expect(sharingOriginOf('https://couch.exemple.fr/equipe')).toEqual({
      ok: true,
      origin: 'https://couch.exemple.fr',
    });
    expect(sharingOriginOf(' https://couch.exemple.fr:6984/equipe/ ')).toEqual({
      ok: true,
      origin: 'https://couch.exemple.fr:6984',
    });
    expect(sharingOriginOf('http://127.0.0.1:5984/equipe')).toEqual({
      ok: true,
      origin: 'http://127.0.0.1:5984',
    });
    expect(sharingOriginOf('http://localhost:5984/equipe')).toEqual({
      ok: true,
      origin: 'http://localhost:5984',
    });
  });

  it('refuses plain http elsewhere, credentials in the address, other schemes and missing databases, in French', () => {
    for (const address of [
      'http://couch.exemple.fr/equipe',
      'http://192.168.1.10:5984/equipe',
      'https://admin:secret@couch.exemple.fr/equipe',
      'ftp://couch.exemple.fr/equipe',
      'javascript:alert(1)//',
      'https://couch.exemple.fr',
      'https://couch.exemple.fr/equipe?x=1',
      'pas une adresse',
      '',
    ]) {
      const checked = sharingOriginOf(address);
      expect(checked.ok, address).toBe(false);
      expect(checked.ok ? '' : checked.reason, address).toMatch(/[a-zé]/);
    }
  });

  it('names the origin in connect-src only, and nowhere without sharing', () => {
    expect(CSP).toContain("connect-src 'self';");
    const policy = cspWith('https://couch.exemple.fr');
    expect(policy).toContain("connect-src 'self' https://couch.exemple.fr;");
    expect(policy.replace("connect-src 'self' https://couch.exemple.fr", '')).not.toContain('couch');
    expect(policyAllows(policy, 'https://couch.exemple.fr')).toBe(true);
    expect(policyAllows(policy, 'https://autre.exemple.fr')).toBe(false);
    expect(policyAllows(CSP, 'https://couch.exemple.fr')).toBe(false);
    expect(RESPONSE_HEADERS['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(responseHeaders('https://couch.exemple.fr')['Content-Security-Policy']).toContain(
      "connect-src 'self' https://couch.exemple.fr;",
    );
  });

  it('rewrites the page meta policy to match the header', () => {
    const html = `<head><meta http-equiv="Content-Security-Policy" content="${CSP}" /></head>`;
    expect(htmlWithCsp(html, null)).toBe(html);
    const shared = htmlWithCsp(html, 'http://127.0.0.1:5984');
    expect(shared).toContain(`content="${cspWith('http://127.0.0.1:5984')}"`);
    expect(shared).not.toContain(`content="${CSP}"`);
  });
});
