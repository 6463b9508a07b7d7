import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storedJwtSecret } from './jwt-secret';

describe('the stored token secret', () => {
  it('is made at random on first use, kept for the owner only, and the same on the next start', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'pasokan-secret-'));
    const file = join(folder, 'data', 'jwt-secret');
    const first = await storedJwtSecret(file);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await storedJwtSecret(file)).toBe(first);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);

    const other = await storedJwtSecret(join(folder, 'another', 'jwt-secret'));
    expect(other).not.toBe(first);
  });
});
