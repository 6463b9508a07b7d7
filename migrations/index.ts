import { Foundation1795392000000 } from './1795392000000-Foundation';

/**
 * Every migration in order. Listed explicitly (not globbed) so the same list works compiled and under Jest;
 * `npm run migration:generate` writes a new file here, then add its class to this list.
 */
export const MIGRATIONS = [Foundation1795392000000];
