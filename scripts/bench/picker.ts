import type { MovementTarget } from './baselines';

type Target = MovementTarget & { left: number };

/**
 * Chooses what the benchmark moves: random lots with stock, one unit per line, keeping count of what the run has
 * already taken so a movement never asks for more than is left (every request is a valid one). A phase runs for its
 * time or its budget, whichever ends first: `budget` shares what is left among the phases still to run, so a fast
 * machine ends a phase early instead of running out of stock.
 */
export class Picker {
  readonly points = new Map<string, Target[]>();
  private readonly all: Target[];
  private readonly batchPoints: Target[][];

  constructor(targets: (MovementTarget & { quantity: number })[], reserve = 5) {
    this.all = targets.map((target) => ({ pointId: target.pointId, productId: target.productId, lotId: target.lotId, left: target.quantity - reserve }));
    for (const target of this.all) {
      const list = this.points.get(target.pointId) ?? [];
      list.push(target);
      this.points.set(target.pointId, list);
    }
    this.batchPoints = [...this.points.values()].filter((list) => list.length >= 10);
  }

  /** How many movements of `size` lines can still be made (1: any lot; more: lines from one point). */
  capacity(size: number): number {
    if (size === 1) return this.all.reduce((sum, target) => sum + Math.max(0, target.left), 0);
    return this.batchPoints.reduce((sum, lots) => sum + Math.floor(lots.reduce((units, lot) => units + Math.max(0, lot.left), 0) / size), 0);
  }

  /**
   * The movements of `size` lines one phase may make when `phasesLeft` phases (this one included) still need stock.
   * `slack` covers requests a load generator prepares but never sends.
   */
  budget(size: number, phasesLeft: number, slack = 0): number {
    return Math.max(0, Math.floor(this.capacity(size) / Math.max(1, phasesLeft)) - slack);
  }

  /** One line from a random lot with stock left; undefined when none is left. */
  single(): MovementTarget[] | undefined {
    for (let attempt = 0; attempt < 50; attempt++) {
      const target = this.all[Math.floor(Math.random() * this.all.length)];
      if (target.left > 0) return [this.take(target)];
    }
    const any = this.all.find((target) => target.left > 0);
    return any ? [this.take(any)] : undefined;
  }

  /** `size` lines from one random point with enough stock left; undefined when no point has enough. */
  batch(size: number): MovementTarget[] | undefined {
    const enough = (lots: Target[]) => lots.reduce((sum, lot) => sum + Math.max(0, lot.left), 0) >= size;
    let lots: Target[] | undefined;
    for (let attempt = 0; attempt < 50 && !lots; attempt++) {
      const candidate = this.batchPoints[Math.floor(Math.random() * this.batchPoints.length)];
      if (candidate && enough(candidate)) lots = candidate;
    }
    lots ??= this.batchPoints.find(enough);
    if (!lots) return undefined;
    const lines: MovementTarget[] = [];
    let index = Math.floor(Math.random() * lots.length);
    while (lines.length < size) {
      const lot = lots[index++ % lots.length];
      if (lot.left > 0) lines.push(this.take(lot));
    }
    return lines;
  }

  private take(target: Target): MovementTarget {
    target.left--;
    return { pointId: target.pointId, productId: target.productId, lotId: target.lotId };
  }
}
