import { prepared, statementName } from './prepared-statements';

describe('prepared', () => {
  it('names a text by its content: the same text gets the same name, another text another', () => {
    const a = prepared('SELECT 1 FROM points WHERE id = $1');
    expect(statementName(a)).toBe(statementName(`SELECT 1 FROM points WHERE id = ${'$1'}`));
    expect(statementName(prepared('SELECT 2 FROM points WHERE id = $1'))).not.toBe(statementName(a));
  });

  it('stops naming new texts past its bound, so a text built with values inside cannot grow it forever', () => {
    const names = Array.from({ length: 300 }, (_unused, index) => statementName(prepared(`SELECT ${index} FROM points`)));
    expect(names.filter((name) => name !== undefined).length).toBeLessThanOrEqual(200);
    expect(names.at(-1)).toBeUndefined();
    // Texts named before the bound keep their names.
    expect(statementName('SELECT 1 FROM points WHERE id = $1')).toBeDefined();
  });
});
