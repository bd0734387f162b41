import { describe, expect, it } from 'vitest';
import { uiRow } from '../../../pipeline/stages/clean/ui-row.ts';

describe('uiRow', () => {
  it.each<[string, boolean]>([
    ['Suscríbase Edición impresa Ingresar', true],
    ['Subscribe E-paper Sign in', true],
    ['Log in Register', true],
    ['Abonnieren Anmelden', true],
    ['Mon compte Se connecter', true],
    // a row of article buttons
    ['Font Size Save Print Comment Follow us', true],
    ['Save Print this page Gift this article Share', true],
    // one label alone is a phrase, not a row
    ['Subscribe', false],
    // any other word makes it a sentence or a headline
    ['Sign in to read the report', false],
    ['Subscribe to the council budget plan', false],
    ['Home News', false],
    ['Next story', false],
  ])('%s', (text, want) => expect(uiRow(text)).toBe(want));

  it('needs every word covered, whatever the case and spacing', () => {
    expect(uiRow('  SUSCRÍBASE   edición IMPRESA  ')).toBe(true);
    expect(uiRow('Suscríbase Edición')).toBe(false);
  });
});
