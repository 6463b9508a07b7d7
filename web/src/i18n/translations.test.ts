import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const localesDir = join(root, 'locales');
const LANGUAGES = ['id', 'en'];
/** Plural forms: Indonesian has one (`_other`), English two (`_one`, `_other`); they count as one key. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

function keysOf(language: string): Set<string> {
  const keys = new Set<string>();
  for (const file of readdirSync(join(localesDir, language))) {
    const namespace = file.replace(/\.json$/, '');
    const content = JSON.parse(readFileSync(join(localesDir, language, file), 'utf8'));
    for (const key of flatten(content)) keys.add(`${namespace}:${key.replace(PLURAL, '')}`);
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('translations', () => {
  it('have the same namespaces in Indonesian and English', () => {
    expect(readdirSync(join(localesDir, 'en')).sort()).toEqual(readdirSync(join(localesDir, 'id')).sort());
  });

  it.each([
    ['id', 'en'],
    ['en', 'id'],
  ])('every key in %s exists in %s', (from, to) => {
    const target = keysOf(to);
    expect([...keysOf(from)].filter((key) => !target.has(key))).toEqual([]);
  });

  it('cover every literal key the app uses, in both languages', () => {
    const missing: string[] = [];
    const known = Object.fromEntries(LANGUAGES.map((language) => [language, keysOf(language)]));
    for (const file of sourceFiles(root)) {
      const source = readFileSync(file, 'utf8');
      const namespace = /useTranslation\('(\w+)'\)/.exec(source)?.[1] ?? 'common';
      for (const match of source.matchAll(/\bt\('([\w.:-]+)'/g)) {
        const key = match[1].includes(':') ? match[1] : `${namespace}:${match[1]}`;
        for (const language of LANGUAGES) {
          if (!known[language].has(key)) missing.push(`${relative(root, file)}: ${key} (${language})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
