// The « Partage » settings, kept in the settings table (personal: never replicated, never
// exported). The password is not here: see service.ts.
import { z } from 'zod';

export const SharingConfig = z.object({
  address: z.string().max(500).default(''),
  username: z.string().max(200).default(''),
  /** The display name written with every record this person shares. */
  author: z.string().max(100).default(''),
  enabled: z.boolean().default(false),
  /** Browser build: keep the password in this browser (the desktop app always uses the keychain). */
  remember: z.boolean().default(false),
});
export type SharingConfig = z.infer<typeof SharingConfig>;

export const SHARING_CONFIG_KEY = 'sharing.config';
export const DEFAULT_SHARING_CONFIG: SharingConfig = SharingConfig.parse({});
