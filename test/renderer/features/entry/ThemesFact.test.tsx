// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemesFact } from '../../../../renderer/src/features/entry/ThemesFact';

afterEach(cleanup);

describe('ThemesFact', () => {
  it('shows the themes, and behind « Pourquoi ces thèmes ? » the passages that gave each one', () => {
    render(
      <dl>
        <ThemesFact
          themes={['Commande publique responsable', 'Mobilité']}
          evidence={[{ theme: 'Mobilité', passages: ['La mobilité est un frein.', 'Le permis coûte cher.'] }]}
        />
      </dl>,
    );
    expect(screen.getByText('Mobilité', { selector: 'li' })).toBeTruthy();
    const summary = screen.getByText('Pourquoi ces thèmes ?');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(summary);
    expect(screen.getByText('La mobilité est un frein.').tagName).toBe('Q');
    expect(screen.getByText('Thème donné par le document lui-même.')).toBeTruthy();
  });

  it('renders document text as text, never as HTML', () => {
    const { container } = render(
      <dl>
        <ThemesFact
          themes={['Jeunes']}
          evidence={[{ theme: 'Jeunes', passages: ['<img src=x onerror=alert(1)>'] }]}
        />
      </dl>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByText('Pourquoi ce thème ?')).toBeTruthy();
  });

  it('shows nothing for an item without themes', () => {
    const { container } = render(
      <dl>
        <ThemesFact themes={[]} evidence={[]} />
      </dl>,
    );
    expect(container.querySelector('dl')!.children).toHaveLength(0);
  });
});
