/** A search text for ILIKE '%…%' taken literally: `%`, `_` and `\` in it match themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
