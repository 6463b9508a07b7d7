import { Picker } from '../scripts/bench/picker';

const lot = (point: number, index: number, quantity: number) => ({
  pointId: `p${point}`,
  productId: `product${index}`,
  lotId: `p${point}-lot${index}`,
  quantity,
});

describe('the benchmark never runs out of stock to move', () => {
  // Two points of 12 lots of 40 (35 movable each): 840 units, 8 batches of 100.
  const targets = () => [0, 1].flatMap((point) => Array.from({ length: 12 }, (_, index) => lot(point, index, 40)));

  it('shares the stock among the phases however fast each one runs', () => {
    const picker = new Picker(targets());
    expect(picker.capacity(1)).toBe(840);
    expect(picker.capacity(100)).toBe(8);
    // The phases of a quick run, each using its whole budget as a fast machine would: 4 single, 3 batched.
    const kinds = [1, 1, 1, 1, 100, 100, 100];
    let phasesLeft = kinds.length;
    const used = kinds.map((size) => {
      const budget = picker.budget(size, phasesLeft--);
      for (let i = 0; i < budget; i++) {
        const lines = size === 1 ? picker.single() : picker.batch(size);
        expect(lines).toHaveLength(size);
      }
      return budget;
    });
    expect(used.slice(0, 4).every((budget) => budget > 0)).toBe(true);
    expect(used.slice(4).some((budget) => budget > 0)).toBe(true);
    expect(picker.capacity(1)).toBeGreaterThanOrEqual(0);
  });

  it('answers undefined, not an exception, when the stock is gone', () => {
    const picker = new Picker([lot(0, 0, 7)]);
    expect(picker.single()).toHaveLength(1);
    expect(picker.single()).toHaveLength(1);
    expect(picker.single()).toBeUndefined();
    expect(picker.batch(100)).toBeUndefined();
    expect(picker.budget(1, 3)).toBe(0);
  });
});
