import { cp, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed fixture folder of awkward but real inputs. */
export const BAD_INPUTS = fileURLToPath(new URL('../fixtures/bad-inputs/', import.meta.url));

const STORY = [
  'Flood barriers in the river town held overnight',
  '',
  'Emergency crews in the river town worked through the night to reinforce the flood barriers after two days of heavy rain swelled the water to its highest level in a decade.',
  '',
  'The mayor said on Tuesday that no homes had been flooded so far, but she asked residents of the low-lying streets near the old bridge to stay with relatives until the water drops.',
  '',
  'Forecasters expect the rain to ease by Thursday, although the river is likely to stay high for several more days as water from the hills reaches the valley.',
].join('\n');

const LATIN1_STORY = [
  'Café owners welcome the return of the summer market',
  '',
  'The summer market returned to the old square on Saturday, and the owners of the cafés around it said business was better than on any weekend since the spring.',
  '',
  'Stallholders sold cheese, bread and early strawberries, and a brass band played near the fountain until the evening. Le maire é was there too.',
].join('\n');

const UTF16_STORY = [
  'Library extends its opening hours for exam season',
  '',
  'The city library will stay open until midnight for the next four weeks so that students can prepare for their exams in a quiet place, the council announced.',
  '',
  'Extra staff will be hired for the late shifts, and the café on the ground floor will serve “coffee and soup” until ten in the evening.',
].join('\n');

/**
 * A folder holding every kind of bad input the runner must account for, made fresh in a
 * temporary directory (some cases, like an unreadable file or NUL bytes, are not kept in git).
 */
export async function makeBadInputs(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'np-bad-inputs-'));
  await cp(BAD_INPUTS, dir, { recursive: true });
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.txt'), '  \n\t\n   \r\n');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  await writeFile(join(dir, 'story-latin1.txt'), Buffer.from(LATIN1_STORY, 'latin1'));
  await writeFile(join(dir, 'story-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_STORY, 'utf16le')]));
  await writeFile(join(dir, 'copy-a.txt'), STORY);
  await writeFile(join(dir, 'copy-b.txt'), STORY);
  await symlink(join(dir, 'no-such-target'), join(dir, 'unreadable.txt'));
  return dir;
}
