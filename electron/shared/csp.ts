// The renderer's Content-Security-Policy: no remote origin anywhere, no inline script, no eval.
// Shared by the HTML meta tag and the header main (or the browser build's server) sets on every
// response. One exception, only while sharing is on (issue 18): connect-src then names exactly
// the origin of the team's CouchDB database, and nothing else.
const policy = (connect: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');

/** The policy with connect-src naming the sharing origin too, when there is one. */
export function cspWith(sharingOrigin: string | null): string {
  return policy(sharingOrigin ? `'self' ${sharingOrigin}` : "'self'");
}

export const CSP = cspWith(null);

// electron/shared compiles without DOM or Node typings; every runtime running this has URL.
declare const URL: new (input: string) => {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
  search: string;
  hash: string;
  pathname: string;
  origin: string;
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The origin of a CouchDB database address when it may be used: https, or plain http only on
 * this machine (127.0.0.1, localhost); no name or password inside the address; a database path.
 * Anything else gives a reason in French.
 */
export function sharingOriginOf(
  address: string,
): { ok: true; origin: string } | { ok: false; reason: string } {
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, reason: 'Adresse illisible : elle doit commencer par https://' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return {
      ok: false,
      reason: 'L’adresse doit commencer par https:// (http:// seulement pour 127.0.0.1 ou localhost).',
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      reason: 'Le nom d’utilisateur et le mot de passe se saisissent à part, pas dans l’adresse.',
    };
  }
  if (url.search || url.hash) return { ok: false, reason: 'L’adresse ne doit contenir ni « ? » ni « # ».' };
  if (url.pathname.replace(/\/+$/, '') === '') {
    return { ok: false, reason: 'Indiquez aussi le nom de la base, par exemple https://serveur/equipe.' };
  }
  // Written out by hand: quotes, spaces or semicolons can never reach the policy text.
  if (!/^https?:\/\/[a-z0-9.\-[\]:]+$/i.test(url.origin))
    return { ok: false, reason: 'Nom de serveur invalide.' };
  return { ok: true, origin: url.origin };
}

/** Whether a policy's connect-src names this origin. */
export function policyAllows(policy: string, origin: string): boolean {
  const directive = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  return directive !== undefined && directive.slice(1).includes(origin);
}

/** index.html with its meta policy naming the sharing origin (the served page and its header agree). */
export function htmlWithCsp(html: string, sharingOrigin: string | null): string {
  return sharingOrigin ? html.split(`content="${CSP}"`).join(`content="${cspWith(sharingOrigin)}"`) : html;
}
