// Sharing (issue 18) on the main side: the origin the CSP names while sharing is on, and the
// password kept with the system's keychain through Electron's safeStorage. Both live in one small
// JSON file in the user folder, so the policy is right from the first page load after a restart.
// The cipher is injected: tests drive this module without Electron.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { sharingOriginOf } from '../shared/csp';
import { fail, ok, type Result } from '../shared/result';

export interface Cipher {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

const Stored = z.object({
  origin: z.string().max(300).nullable().default(null),
  /** safeStorage ciphertext, base64. */
  secret: z.string().max(10_000).nullable().default(null),
});
type Stored = z.infer<typeof Stored>;

/** A sharing origin as the renderer may give it: exactly what sharingOriginOf accepts. */
export function isSharingOrigin(origin: string): boolean {
  const checked = sharingOriginOf(`${origin}/base`);
  return checked.ok && checked.origin === origin;
}

export function createSharingStore(file: string, cipher: Cipher) {
  const read = (): Stored => {
    try {
      const parsed = Stored.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : { origin: null, secret: null };
    } catch {
      return { origin: null, secret: null };
    }
  };
  const write = (value: Stored) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(value), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  let origin = read().origin;
  if (origin !== null && !isSharingOrigin(origin)) origin = null;
  return {
    /** The origin the CSP names now (null: sharing off). */
    origin: () => origin,
    setOrigin(next: string | null): Result<null> {
      if (next !== null && !isSharingOrigin(next)) {
        return fail('sharing-origin', 'Adresse refusée : https:// (ou http://127.0.0.1) seulement.');
      }
      origin = next;
      write({ ...read(), origin });
      return ok(null);
    },
    saveSecret(secret: string | null): Result<null> {
      if (secret === null) {
        write({ ...read(), secret: null });
        return ok(null);
      }
      if (!cipher.isEncryptionAvailable()) {
        return fail(
          'no-keychain',
          'Le trousseau du système n’est pas disponible : le mot de passe ne sera gardé que jusqu’à la fermeture.',
        );
      }
      write({ ...read(), secret: cipher.encryptString(secret).toString('base64') });
      return ok(null);
    },
    loadSecret(): Result<string | null> {
      const { secret } = read();
      if (secret === null) return ok(null);
      try {
        return ok(cipher.decryptString(Buffer.from(secret, 'base64')));
      } catch (error) {
        return fail(
          'secret-unreadable',
          'Le mot de passe enregistré est illisible : saisissez-le à nouveau.',
          String(error),
        );
      }
    },
  };
}
export type SharingStore = ReturnType<typeof createSharingStore>;
