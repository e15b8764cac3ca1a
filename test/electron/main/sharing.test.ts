// Main's sharing store: the origin the CSP names survives a restart, a bad origin is refused, and
// the password is kept only as the keychain's ciphertext.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSharingStore, type Cipher } from '../../../electron/main/sharing';

const cipher = (available = true): Cipher => ({
  isEncryptionAvailable: () => available,
  encryptString: (t) => Buffer.from(`chiffré:${[...t].reverse().join('')}`),
  decryptString: (b) => {
    const s = b.toString();
    if (!s.startsWith('chiffré:')) throw new Error('bad');
    return [...s.slice('chiffré:'.length)].reverse().join('');
  },
});

describe('sharing store (main)', () => {
  it('keeps the origin across restarts and refuses origins the renderer must not give', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sharing-')), 'sharing.json');
    const store = createSharingStore(file, cipher());
    expect(store.origin()).toBeNull();
    expect(store.setOrigin('https://couch.exemple.fr').ok).toBe(true);
    expect(createSharingStore(file, cipher()).origin()).toBe('https://couch.exemple.fr');
    for (const bad of ['http://couch.exemple.fr', "https://x.fr 'unsafe-inline'", 'https://x.fr/db', '*']) {
      expect(store.setOrigin(bad).ok, bad).toBe(false);
    }
    expect(store.origin()).toBe('https://couch.exemple.fr');
    expect(store.setOrigin(null).ok).toBe(true);
    expect(createSharingStore(file, cipher()).origin()).toBeNull();
  });

  it('stores the password only encrypted, reads it back, forgets it, and says so when there is no keychain', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sharing-')), 'sharing.json');
    const store = createSharingStore(file, cipher());
    expect(store.saveSecret('mot de passe').ok).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain('mot de passe');
    expect(createSharingStore(file, cipher()).loadSecret()).toEqual({ ok: true, value: 'mot de passe' });
    expect(store.saveSecret(null).ok).toBe(true);
    expect(store.loadSecret()).toEqual({ ok: true, value: null });
    const none = createSharingStore(file, cipher(false)).saveSecret('x');
    expect(none.ok).toBe(false);
    expect(none.ok ? '' : none.error.message).toMatch(/trousseau/);
  });

  it('survives a damaged file: nothing shared, no crash', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sharing-')), 'sharing.json');
    writeFileSync(file, '{"origin": "http://evil.example", "secret": 42');
    expect(createSharingStore(file, cipher()).origin()).toBeNull();
    writeFileSync(file, JSON.stringify({ origin: 'http://evil.example', secret: null }));
    expect(createSharingStore(file, cipher()).origin()).toBeNull();
  });
});
