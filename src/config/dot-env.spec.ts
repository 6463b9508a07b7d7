import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';
import { loadDotEnv } from './dot-env';

describe('loadDotEnv', () => {
  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'pasokan-env-')), '.env');
    writeFileSync(path, text);
    return path;
  };

  it('reads the file but never overrides a variable set in the environment', () => {
    const env: NodeJS.ProcessEnv = { PORT: '4000' };
    const loaded = loadDotEnv(file("PORT=3000\nLOG_LEVEL=debug\n# a comment\nDAILY_SCAN_CRON='0 2 * * *'\n"), env);
    expect(env).toEqual({ PORT: '4000', LOG_LEVEL: 'debug', DAILY_SCAN_CRON: '0 2 * * *' });
    expect(loaded.sort()).toEqual(['DAILY_SCAN_CRON', 'LOG_LEVEL']);
  });

  it('ignores a missing file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadDotEnv(join(tmpdir(), 'no-such-dir', '.env'), env)).toEqual([]);
    expect(env).toEqual({});
  });

  it('reads .env.example as a valid configuration with every default', () => {
    const env: NodeJS.ProcessEnv = {};
    loadDotEnv(join(__dirname, '..', '..', '.env.example'), env);
    expect(env.DAILY_SCAN_CRON).toBe('0 1 * * *');
    const config = loadConfig(env);
    expect(config.dailyScan.cron).toBe('0 1 * * *');
    expect(config.port).toBe(3000);
  });

  it('.env.example can be sourced by a shell as it is', () => {
    const shell = spawnSync('bash', ['-c', 'set -ea; . ./.env.example; printf "%s|%s" "$DAILY_SCAN_CRON" "$PORT"'], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(shell.stderr).toBe('');
    expect(shell.stdout).toBe('0 1 * * *|3000');
  });
});
