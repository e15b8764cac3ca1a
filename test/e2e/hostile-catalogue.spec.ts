// A catalogue whose text carries script, HTML and javascript: links is shown as text:
// nothing executes, no element is injected, no navigation happens.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '<a href="javascript:window.__pwned=\'link\'">cliquez</a>',
  'javascript:window.__pwned="url"',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>',
  '**gras** [lien](javascript:window.__pwned="md")',
];
const hostile = PAYLOADS.join(' ');

function hostileCatalogue() {
  const catalogue = JSON.parse(readFileSync(resolve(__dirname, '../../resources/catalogue.json'), 'utf8'));
  const entry = catalogue.entries[0];
  entry.title = `Fiche piégée ${PAYLOADS[0]}`;
  entry.summary = hostile;
  entry.organisation = PAYLOADS[1];
  entry.websites = ['javascript:window.__pwned="site"', ...entry.websites];
  entry.emails = ['"><img src=x onerror="window.__pwned=1">@x.fr'];
  entry.people = [{ name: PAYLOADS[4], role: PAYLOADS[2], email: null, phone: null }];
  entry.sections = entry.sections.map((s: { text: string }) => ({ ...s, text: `${hostile}\n\n${s.text}` }));
  entry.raw = hostile;
  // The original text view reads the document itself: every line of it is hostile too.
  const document = Array.from({ length: (entry.lines as [number, number])[1] + 5 }, () => hostile).join('\n');
  return { catalogue, id: entry.id as string, document };
}

test('document text with script, HTML and javascript: links never executes', async ({ page }) => {
  const { catalogue, id, document } = hostileCatalogue();
  await page.route('**/catalogue.json', (route) => route.fulfill({ json: catalogue }));
  await page.route('**/documents/*', (route) => route.fulfill({ body: document, contentType: 'text/plain' }));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto('./#/catalogue?q=piégée');
  await expect(page.getByText('Fiche piégée', { exact: false }).first()).toBeVisible();
  await page.goto(`./#/fiche/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');

  // Show the original text too, and click every link the page shows.
  const original = page
    .getByRole('checkbox', { name: /texte d.origine/i })
    .or(page.getByRole('switch', { name: /texte d.origine/i }))
    .or(page.getByRole('button', { name: /texte d.origine/i }));
  await original.first().click();
  await expect(page.locator('.original__text')).toContainText('<script>');
  for (const link of await page.locator('main a[href^="javascript:"]').all())
    await link.click().catch(() => undefined);

  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('main script, main iframe, main [onerror], main [onload]').count()).toBe(0);
  expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
  expect(page.url()).toContain(`/fiche/${id}`);
});
