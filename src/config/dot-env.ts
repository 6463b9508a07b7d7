import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * Reads a `.env` file (the format of `.env.example`: `NAME=value`, `#` comments, quotes for values with spaces) into
 * `env`. A variable already set in the environment wins over the file, so a process manager or a one-off
 * `PORT=4000 npm start` is never overridden. Returns the names taken from the file; a missing file is not an error.
 */
export function loadDotEnv(path: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!existsSync(path)) return [];
  const loaded: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    loaded.push(name);
  }
  return loaded;
}
