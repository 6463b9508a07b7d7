/**
 * `npm run bench:seed -- --scale tiny|small|national|regional`: builds the benchmark database `pasokan_bench_<scale>`.
 *
 * 1. The schema and the regions come from the application's own start-up: the compiled app is started once against
 *    the new database (migrations, the 514 regencies from idn-area-data, the first administrator), then stopped.
 * 2. Points are spread over the regencies in proportion to their number of districts (kecamatan) in idn-area-data's
 *    districts.csv (no population figures ship with the package): one district health office per regency, the rest
 *    puskesmas, NGO offices, drop-in centres and outreach kits. 30 products; lots released every few weeks nationally,
 *    some short-dated.
 * 3. A year of history is simulated regency by regency, day by day, with the ledger's rules (FEFO, no negative stock,
 *    no expired stock handed out): monthly receipts at the district health office, shipments down the supply chain
 *    (some lost or damaged in part, a few cancelled, the last ones still in transit), distribution sessions, stock
 *    counts, damage, expired write-offs and a few reversals. Stock-out periods and their alerts follow the rule of
 *    StockoutTracker (a movement that leaves no usable stock of a product it took out opens one, stock coming back
 *    closes it).
 * 4. Rows go in with COPY with triggers and foreign-key checks off in the loading sessions
 *    (session_replication_role = replica); then stock_balances is rebuilt from ledger sums and stock_histories and
 *    consumption_months by the migration's rebuild_consumption_aggregates(), and a check compares balances with
 *    ledger sums and the aggregates with the simulation's own totals.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { StockoutAlertDetails } from '../../src/stock/stockout';
import { BenchProduct, CATALOGUE, DONORS, PointType, RESTRICTED_TYPES, TYPE_USE } from './catalogue';
import {
  BENCH_ADMIN,
  BenchServer,
  ensureBuilt,
  formatNumber,
  freePort,
  log,
  login,
  openServer,
  parseScale,
  SCALES,
  ScaleName,
  SEED_MARK,
  seedDatabaseName,
  seededRandom,
  spawnApp,
  stopApp,
  waitReady,
  withClient,
} from './common';

const DAY_MS = 86_400_000;
const TZ_OFFSET_HOURS: Record<string, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };

// ---------------------------------------------------------------------------------------------------------------
// Ids, dates, COPY text

/** UUID-shaped ids with a growing prefix (index-friendly appends while loading); random in the other bits. */
class IdMaker {
  private counter = 0;
  private pool = Buffer.alloc(0);
  private offset = 0;

  private hex(bytes: number): string {
    if (this.offset + bytes > this.pool.length) {
      this.pool = randomBytes(1 << 16);
      this.offset = 0;
    }
    const text = this.pool.toString('hex', this.offset, this.offset + bytes);
    this.offset += bytes;
    return text;
  }

  uuid(): string {
    const prefix = (this.counter++).toString(16).padStart(12, '0');
    const rest = this.hex(10);
    return `${prefix.slice(0, 8)}-${prefix.slice(8, 12)}-4${rest.slice(0, 3)}-${'89ab'[parseInt(rest[3], 16) & 3]}${rest.slice(4, 7)}-${rest.slice(7, 19)}`;
  }

  /** 64 hex characters, shaped like the SHA-256 request hash the app stores for idempotency. */
  requestHash(): string {
    return this.hex(32);
  }
}

const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function copyText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

const row = (...values: (string | number | boolean | null | undefined)[]) => values.map(copyText).join('\t') + '\n';

/** One COPY … FROM STDIN on its own connection, with triggers and foreign-key checks off for that session. */
class CopyWriter {
  private client?: Client;
  private stream?: Writable;
  private buffer: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    private readonly url: string,
    private readonly table: string,
    private readonly columns: string[],
  ) {}

  async open(): Promise<this> {
    this.client = new Client({ connectionString: this.url });
    this.client.on('error', () => undefined); // reported by the COPY itself; never an unhandled 'error' event
    await this.client.connect();
    await this.client.query(`SET session_replication_role = replica`);
    await this.client.query(`SET synchronous_commit = off`);
    this.stream = this.client.query(copyFrom(`COPY ${this.table} (${this.columns.join(', ')}) FROM STDIN`));
    return this;
  }

  push(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    this.rows++;
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream!.write(chunk)) await new Promise<void>((done) => this.stream!.once('drain', () => done()));
  }

  async flushIfLarge(): Promise<void> {
    if (this.size > 1 << 20) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((done, fail) => {
      this.stream!.once('finish', () => done());
      this.stream!.once('error', fail);
      this.stream!.end();
    });
    await this.client!.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reference data

interface Regency {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  timeZone: string;
  districts: string[];
}

interface SeedPoint {
  id: string;
  code: string;
  name: string;
  type: PointType;
  regency: Regency;
  supplier?: SeedPoint;
  mayHoldRestricted: boolean;
  /** Units a day per product index; 0 = not carried. */
  rates: number[];
}

interface SeedLot {
  id: string;
  product: number;
  lotNumber: string;
  releaseDay: number;
  expiryDay: number;
  expiry: string;
  fundingSource: string;
  donorName: string | null;
  firstReceivedAt?: string;
}

function readDistricts(): Map<string, string[]> {
  const path = require.resolve('idn-area-data/data/districts.csv');
  const byRegency = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [code, regencyCode, ...name] = line.trim().split(',');
    if (!code || !regencyCode) continue;
    byRegency.set(regencyCode, [...(byRegency.get(regencyCode) ?? []), name.join(',').replace(/^"|"$/g, '')]);
  }
  return byRegency;
}

/** Splits `total` over weights by largest remainder. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder);
  for (const { index } of order) {
    if (left-- <= 0) break;
    counts[index]++;
  }
  return counts;
}

const titleCase = (text: string) => text.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());

// ---------------------------------------------------------------------------------------------------------------
// The simulation

interface Holding {
  lot: SeedLot;
  qty: number;
}

interface PointState {
  point: SeedPoint;
  offsetMs: number;
  stock: Holding[][];
  /** Day a stock-out of the product opened, or -1. */
  stockoutSince: number[];
  stockoutAlert: (string | null)[];
  lastSession: number;
  resupplyOffset: number;
  countOffset: number;
  /** Quantity in transit to this point per product. */
  inTransit: number[];
}

interface InTransit {
  id: string;
  from: PointState;
  to: PointState;
  lines: { lot: SeedLot; product: number; qty: number }[];
  arrivalDay: number;
  dispatchedAt: string;
  cancel: boolean;
}

interface Totals {
  movements: number;
  lines: number;
  consumed: number;
  shipments: number;
  stockoutPeriods: number;
}

interface Writers {
  movements: CopyWriter;
  lines: CopyWriter;
  shipments: CopyWriter;
  shipmentLines: CopyWriter;
  stockouts: CopyWriter;
  alerts: CopyWriter;
}

class Simulation {
  readonly totals: Totals = { movements: 0, lines: 0, consumed: 0, shipments: 0, stockoutPeriods: 0 };
  private minuteClock = new Map<PointState, number>();

  constructor(
    private readonly random: () => number,
    private readonly ids: IdMaker,
    private readonly products: BenchProduct[],
    private readonly lotsByProduct: SeedLot[][],
    private readonly adminId: string,
    private readonly firstDay: number,
    private readonly lastDay: number,
    private readonly w: Writers,
  ) {}

  private pick<T>(items: T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean < 30) {
      const limit = Math.exp(-mean);
      let k = 0;
      let p = this.random();
      while (p > limit) {
        k++;
        p *= this.random();
      }
      return k;
    }
    const u = Math.max(1e-12, this.random());
    const gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.random());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian));
  }

  /** An instant on local day `day` at about `hour`, later than the point's previous movement that day. */
  private at(state: PointState, day: number, hour: number): string {
    const key = day * 1440 + hour * 60;
    const previous = this.minuteClock.get(state) ?? 0;
    const minute = Math.max(key + Math.floor(this.random() * 50), previous + 1);
    this.minuteClock.set(state, minute);
    return new Date(minute * 60_000 - state.offsetMs).toISOString();
  }

  usable(state: PointState, product: number, day: number): number {
    let total = 0;
    for (const holding of state.stock[product]) if (holding.lot.expiryDay >= day) total += holding.qty;
    return total;
  }

  private add(state: PointState, lot: SeedLot, qty: number): void {
    const holdings = state.stock[lot.product];
    const holding = holdings.find((candidate) => candidate.lot === lot);
    if (holding) holding.qty += qty;
    else holdings.push({ lot, qty });
  }

  private take(state: PointState, lot: SeedLot, qty: number): void {
    const holdings = state.stock[lot.product];
    const index = holdings.findIndex((candidate) => candidate.lot === lot);
    holdings[index].qty -= qty;
    if (holdings[index].qty < 0) throw new Error('simulation bug: negative stock');
    if (holdings[index].qty === 0) holdings.splice(index, 1);
  }

  /** First expired, first out over the usable lots (the app's allocateFefo). */
  private fefo(state: PointState, product: number, quantity: number, day: number): { lot: SeedLot; qty: number }[] {
    const usable = state.stock[product]
      .filter((holding) => holding.lot.expiryDay >= day && holding.qty > 0)
      .sort((a, b) => a.lot.expiryDay - b.lot.expiryDay || a.lot.lotNumber.localeCompare(b.lot.lotNumber) || a.lot.id.localeCompare(b.lot.id));
    const taken: { lot: SeedLot; qty: number }[] = [];
    let remaining = quantity;
    for (const holding of usable) {
      if (remaining === 0) break;
      const qty = Math.min(holding.qty, remaining);
      remaining -= qty;
      taken.push({ lot: holding.lot, qty });
    }
    for (const entry of taken) this.take(state, entry.lot, entry.qty);
    return taken;
  }

  private movement(
    state: PointState,
    type: string,
    occurredAt: string,
    lines: { product: number; lot: SeedLot; quantity: number; counted?: number | null; reason?: string | null }[],
    extra: { id?: string; contacts?: number; source?: string; reverses?: string; shipmentId?: string; note?: string; day: number },
    // What the lines count as (src/stock/posting/figures.ts): the type's own figures unless given, consumption in the
    // local month of `consumedAt` (an ISO instant) when given.
    figures: { countsAs?: string; consumedAt?: string } = {},
    // A shipment's movements also move its transit and loss accounts (migrations/1795441300000-TransitInTheLedger.ts).
    offShelf: { account: 'transit' | 'loss'; product: number; lot: SeedLot; quantity: number; reason?: string | null; countsAs: string }[] = [],
  ): string {
    const id = extra.id ?? this.ids.uuid();
    const recordedAt = new Date(Date.parse(occurredAt) + 20_000 + Math.floor(this.random() * 600_000)).toISOString();
    this.w.movements.push(
      row(id, state.point.id, type, occurredAt, recordedAt, this.adminId, extra.note ?? null, extra.contacts ?? null, extra.source ?? null,
        extra.reverses ?? null, extra.shipmentId ?? null, this.ids.requestHash()),
    );
    // The hot path (about 10 million rows at national scale): the row text is built directly; no value needs escaping.
    const pointId = state.point.id;
    const countsAs = figures.countsAs ?? type;
    const consumedIn = figures.consumedAt ? `${new Date(Date.parse(figures.consumedAt) + state.offsetMs).toISOString().slice(0, 7)}-01` : '\\N';
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      this.w.lines.push(
        `${id}\t${index + 1}\t${pointId}\t${productIds[line.product]}\t${line.lot.id}\t${line.quantity}\t${line.counted ?? '\\N'}\t${line.reason ?? '\\N'}\t${occurredAt}\t${countsAs}\t${consumedIn}\tstock\t\\N\n`,
      );
    }
    offShelf.forEach((line, index) => {
      this.w.lines.push(
        `${id}\t${lines.length + index + 1}\t${pointId}\t${productIds[line.product]}\t${line.lot.id}\t${line.quantity}\t\\N\t${line.reason ?? '\\N'}\t${occurredAt}\t${line.countsAs}\t\\N\t${line.account}\t${extra.shipmentId}\n`,
      );
    });
    this.totals.movements++;
    this.totals.lines += lines.length + offShelf.length;
    this.afterMovement(state, lines, extra.day, occurredAt);
    return id;
  }

  /** StockoutTracker.afterMovement, with "today" the day the movement happened. */
  private afterMovement(state: PointState, lines: { product: number; quantity: number }[], day: number, occurredAt: string): void {
    const products = [...new Set(lines.map((line) => line.product))];
    const debited = new Set(lines.filter((line) => line.quantity < 0).map((line) => line.product));
    for (const product of products) {
      const usable = this.usable(state, product, day);
      const open = state.stockoutSince[product] >= 0;
      if (usable === 0 && (debited.has(product) || open)) {
        if (!open) {
          state.stockoutSince[product] = day;
          state.stockoutAlert[product] = occurredAt;
        }
      } else if (usable > 0 && open) {
        const since = state.stockoutSince[product];
        this.w.stockouts.push(row(state.point.id, productIds[product], dateOf(since), dateOf(Math.max(since, day))));
        this.w.alerts.push(this.stockoutAlert(state, product, since, state.stockoutAlert[product]!, occurredAt));
        this.totals.stockoutPeriods++;
        state.stockoutSince[product] = -1;
        state.stockoutAlert[product] = null;
      }
    }
  }

  private stockoutAlert(state: PointState, product: number, since: number, raisedAt: string, resolvedAt: string | null): string {
    const key = ['stockout', state.point.id, productIds[product]].join(':');
    return row('stockout', key, state.point.id, productIds[product], null, null, 'critical', resolvedAt ? 'resolved' : 'open',
      JSON.stringify({ since: dateOf(since), usable: 0, amc: null, suggestedQuantity: null } satisfies StockoutAlertDetails), raisedAt, resolvedAt ?? raisedAt, resolvedAt);
  }

  /** Stock-outs still open at the end of the history. */
  finishStockouts(states: PointState[]): void {
    for (const state of states) {
      state.stockoutSince.forEach((since, product) => {
        if (since < 0) return;
        this.w.stockouts.push(row(state.point.id, productIds[product], dateOf(since), null));
        this.w.alerts.push(this.stockoutAlert(state, product, since, state.stockoutAlert[product]!, null));
        this.totals.stockoutPeriods++;
      });
    }
  }

  /** Lots a district health office can receive on `day`: the latest releases (national procurement). */
  private receivableLots(product: number, day: number): SeedLot[] {
    const lots = this.lotsByProduct[product].filter((lot) => lot.releaseDay <= day && lot.releaseDay > day - 120 && lot.expiryDay > day + 30);
    return lots.slice(-3);
  }

  receipt(state: PointState, day: number, regencyUse: number[], province: string): void {
    const lines: { product: number; lot: SeedLot; quantity: number }[] = [];
    regencyUse.forEach((dailyUse, product) => {
      if (dailyUse <= 0 || (day > this.firstDay && this.random() < 0.06)) return; // a month the supply did not come
      const wanted = dailyUse * 30.4375 * (day === this.firstDay ? 3 : 4) - this.usable(state, product, day);
      if (wanted <= 0) return;
      const packs = Math.ceil(wanted / this.products[product].packSize);
      const candidates = this.receivableLots(product, day);
      if (candidates.length === 0) return;
      const split = candidates.length > 1 && this.random() < 0.3;
      const first = split ? Math.max(1, Math.round(packs * 0.7)) : packs;
      const parts = split ? [first, packs - first] : [packs];
      parts.forEach((partPacks, index) => {
        if (partPacks <= 0) return;
        const lot = candidates[candidates.length - 1 - index];
        lines.push({ product, lot, quantity: partPacks * this.products[product].packSize });
      });
    });
    if (lines.length === 0) return;
    const occurredAt = this.at(state, day, 8);
    for (const line of lines) {
      this.add(state, line.lot, line.quantity);
      line.lot.firstReceivedAt ??= occurredAt;
    }
    const source = this.random() < 0.8 ? `Instalasi Farmasi Provinsi ${province}` : 'Kementerian Kesehatan RI';
    this.movement(state, 'receipt', occurredAt, lines, { source, day });
  }

  dispatch(from: PointState, to: PointState, day: number, transit: InTransit[]): void {
    const type = TYPE_USE[to.point.type];
    const lines: { lot: SeedLot; product: number; qty: number }[] = [];
    to.point.rates.forEach((rate, product) => {
      if (rate <= 0) return;
      const monthly = rate * 30.4375;
      const need = type.maxMonths * monthly - this.usable(to, product, day) - to.inTransit[product];
      if (need < monthly * 0.25) return;
      const packSize = this.products[product].packSize;
      const available = this.usable(from, product, day);
      const qty = Math.min(Math.ceil(need / packSize) * packSize, available - (available % packSize));
      if (qty <= 0) return;
      for (const taken of this.fefo(from, product, qty, day)) lines.push({ lot: taken.lot, product, qty: taken.qty });
      to.inTransit[product] += qty;
    });
    if (lines.length === 0) return;
    const occurredAt = this.at(from, day, 9);
    const id = this.ids.uuid();
    const perLot = new Map<SeedLot, { product: number; qty: number }>();
    for (const line of lines) perLot.set(line.lot, { product: line.product, qty: (perLot.get(line.lot)?.qty ?? 0) + line.qty });
    this.movement(from, 'shipment_dispatch', occurredAt, lines.map((line) => ({ product: line.product, lot: line.lot, quantity: -line.qty })), {
      id,
      shipmentId: id,
      day,
    }, { consumedAt: occurredAt }, [...perLot].map(([lot, entry]) => ({ account: 'transit' as const, product: entry.product, lot, quantity: entry.qty, countsAs: 'shipment_dispatch' })));
    // Supply to a dependent point is the supplier's consumption (src/stock/posting/figures.ts).
    this.totals.consumed += lines.reduce((sum, line) => sum + line.qty, 0);
    const arrivalDay = day + 1 + Math.floor(this.random() * 4);
    transit.push({ id, from, to, lines, arrivalDay, dispatchedAt: occurredAt, cancel: this.random() < 0.01 });
    this.totals.shipments++;
  }

  arrive(shipment: InTransit, day: number): void {
    for (const line of shipment.lines) shipment.to.inTransit[line.product] -= line.qty;
    const sent = new Map<SeedLot, { product: number; qty: number }>();
    for (const line of shipment.lines) {
      const entry = sent.get(line.lot) ?? { product: line.product, qty: 0 };
      entry.qty += line.qty;
      sent.set(line.lot, entry);
    }
    if (shipment.cancel) {
      const occurredAt = this.at(shipment.from, day, 11);
      const lines = [...sent].sort(([a], [b]) => a.id.localeCompare(b.id)).map(([lot, entry]) => ({ product: entry.product, lot, quantity: entry.qty }));
      for (const line of lines) this.add(shipment.from, line.lot, line.quantity);
      const cancelId = this.movement(shipment.from, 'shipment_cancel', occurredAt, lines, { shipmentId: shipment.id, day }, {
        countsAs: 'shipment_dispatch',
        consumedAt: shipment.dispatchedAt,
      }, lines.map((line) => ({ account: 'transit' as const, product: line.product, lot: line.lot, quantity: -line.quantity, countsAs: 'shipment_dispatch' })));
      this.totals.consumed -= lines.reduce((sum, line) => sum + line.quantity, 0);
      for (const line of lines) this.w.shipmentLines.push(row(shipment.id, line.lot.id, productIds[line.product], line.quantity, null, null));
      this.w.shipments.push(row(shipment.id, shipment.from.point.id, shipment.to.point.id, 'cancelled', null, null, shipment.id, null, cancelId, shipment.dispatchedAt, null, occurredAt));
      return;
    }
    const occurredAt = this.at(shipment.to, day, 11);
    const received = [...sent].map(([lot, entry]) => {
      const short = this.random() < 0.02 ? Math.max(1, Math.floor(entry.qty * 0.05 * this.random())) : 0;
      const qty = Math.max(0, entry.qty - short);
      return { lot, product: entry.product, sent: entry.qty, qty, reason: qty < entry.qty ? 'damaged' : null };
    });
    for (const line of received) if (line.qty > 0) this.add(shipment.to, line.lot, line.qty);
    const receiptId = this.movement(
      shipment.to,
      'shipment_receipt',
      occurredAt,
      received.filter((line) => line.qty > 0).map((line) => ({ product: line.product, lot: line.lot, quantity: line.qty })),
      { shipmentId: shipment.id, day },
      {},
      [
        ...received.map((line) => ({ account: 'transit' as const, product: line.product, lot: line.lot, quantity: -line.sent, countsAs: 'shipment_receipt' })),
        ...received
          .filter((line) => line.qty < line.sent)
          .map((line) => ({ account: 'loss' as const, product: line.product, lot: line.lot, quantity: line.sent - line.qty, reason: line.reason, countsAs: 'shipment_receipt' })),
      ],
    );
    for (const line of received) this.w.shipmentLines.push(row(shipment.id, line.lot.id, productIds[line.product], line.sent, line.qty, line.reason));
    this.w.shipments.push(row(shipment.id, shipment.from.point.id, shipment.to.point.id, 'received', null, null, shipment.id, receiptId, null, shipment.dispatchedAt, occurredAt, null));
  }

  /** Shipments still on the road when the history ends. */
  inTransit(shipment: InTransit): void {
    const sent = new Map<SeedLot, { product: number; qty: number }>();
    for (const line of shipment.lines) {
      const entry = sent.get(line.lot) ?? { product: line.product, qty: 0 };
      entry.qty += line.qty;
      sent.set(line.lot, entry);
    }
    for (const [lot, entry] of sent) this.w.shipmentLines.push(row(shipment.id, lot.id, productIds[entry.product], entry.qty, null, null));
    this.w.shipments.push(row(shipment.id, shipment.from.point.id, shipment.to.point.id, 'in_transit', null, null, shipment.id, null, null, shipment.dispatchedAt, null, null));
  }

  distribute(state: PointState, day: number): void {
    const days = Math.max(1, day - state.lastSession);
    state.lastSession = day;
    const season = 1 + 0.15 * Math.sin((2 * Math.PI * day) / 365);
    const lines: { product: number; lot: SeedLot; quantity: number }[] = [];
    let units = 0;
    state.point.rates.forEach((rate, product) => {
      if (rate <= 0) return;
      const demand = this.poisson(rate * days * season);
      if (demand === 0) return;
      const quantity = Math.min(demand, this.usable(state, product, day));
      if (quantity === 0) return;
      for (const taken of this.fefo(state, product, quantity, day)) lines.push({ product, lot: taken.lot, quantity: -taken.qty });
      units += quantity;
    });
    if (lines.length === 0) return;
    const occurredAt = this.at(state, day, 13);
    const contacts = 1 + Math.floor(this.random() * (3 + units / 25));
    const id = this.movement(state, 'distribution', occurredAt, lines, { contacts, day }, { consumedAt: occurredAt });
    this.totals.consumed += units;
    if (this.random() < 0.003) {
      // Recorded twice by mistake: reversed the same afternoon.
      const opposite = lines.map((line) => ({ ...line, quantity: -line.quantity }));
      for (const line of opposite) this.add(state, line.lot, line.quantity);
      this.movement(state, 'reversal', this.at(state, day, 17), opposite, { reverses: id, note: 'Recorded twice', day }, {
        countsAs: 'distribution',
        consumedAt: occurredAt,
      });
      this.totals.consumed -= units;
    }
  }

  stockCount(state: PointState, day: number): void {
    const lines: { product: number; lot: SeedLot; quantity: number; counted: number; reason: string | null }[] = [];
    state.stock.forEach((holdings, product) => {
      for (const holding of [...holdings].sort((a, b) => a.lot.id.localeCompare(b.lot.id))) {
        if (holding.qty <= 0) continue;
        let change = 0;
        if (holding.lot.expiryDay >= day && this.random() < 0.04) change = this.random() < 0.7 ? -Math.max(1, Math.floor(holding.qty * 0.03 * this.random())) : 1 + Math.floor(this.random() * 5);
        lines.push({ product, lot: holding.lot, quantity: change, counted: holding.qty + change, reason: change < 0 ? this.pick(['lost', 'damaged']) : change > 0 ? 'found' : null });
      }
    });
    if (lines.length === 0) return;
    for (const line of lines) {
      if (line.quantity > 0) this.add(state, line.lot, line.quantity);
      else if (line.quantity < 0) this.take(state, line.lot, -line.quantity);
    }
    this.movement(state, 'stock_count', this.at(state, day, 16), lines, { day });

    const expired = state.stock.flatMap((holdings, product) => holdings.filter((h) => h.lot.expiryDay < day && h.qty > 0).map((h) => ({ product, lot: h.lot, quantity: -h.qty, reason: 'expired_write_off' })));
    if (expired.length > 0 && this.random() < 0.6) {
      for (const line of expired) this.take(state, line.lot, -line.quantity);
      this.movement(state, 'adjustment', this.at(state, day, 16), expired, { day, note: 'Expired stock destroyed' });
    }
  }

  damage(state: PointState, day: number): void {
    const usable = state.stock.flatMap((holdings) => holdings.filter((h) => h.lot.expiryDay >= day && h.qty > 0));
    if (usable.length === 0) return;
    const holding = this.pick(usable);
    const qty = 1 + Math.floor(this.random() * Math.min(10, holding.qty));
    const lot = holding.lot;
    this.take(state, lot, qty);
    this.movement(state, 'adjustment', this.at(state, day, 16), [{ product: lot.product, lot, quantity: -qty, reason: this.pick(['damaged', 'damaged', 'quality_problem', 'lost']) }], { day });
  }

  /** A regency, day by day: receipts at the district health office, shipments down the chain, use at the points. */
  runRegency(states: PointState[], province: string): InTransit[] {
    const office = states[0];
    const regencyUse = this.products.map((_p, product) => states.reduce((sum, state) => sum + state.point.rates[product], 0));
    const receiptDay = 1 + Math.floor(this.random() * 5);
    const transit: InTransit[] = [];
    const children = states.slice(1).sort((a, b) => Number(a.point.type === 'outreach') - Number(b.point.type === 'outreach'));
    for (let day = this.firstDay; day <= this.lastDay; day++) {
      const dayOfMonth = new Date(day * DAY_MS).getUTCDate();
      const weekday = new Date(day * DAY_MS).getUTCDay();
      if (day === this.firstDay || dayOfMonth === receiptDay) this.receipt(office, day, regencyUse, province);
      for (const state of children) {
        const interval = TYPE_USE[state.point.type].resupplyDays;
        if ((day - this.firstDay - state.resupplyOffset) % interval === 0 && day - this.firstDay >= state.resupplyOffset) {
          const supplier = states.find((candidate) => candidate.point === state.point.supplier)!;
          this.dispatch(supplier, state, day, transit);
        }
      }
      for (let index = transit.length - 1; index >= 0; index--) {
        if (transit[index].arrivalDay === day) {
          this.arrive(transit[index], day);
          transit.splice(index, 1);
        }
      }
      if (weekday !== 0) {
        for (const state of children) {
          if (this.random() < TYPE_USE[state.point.type].sessionsPerWeek / 6) this.distribute(state, day);
        }
      }
      for (const state of states) {
        if ((day - this.firstDay + state.countOffset) % 182 === 181) this.stockCount(state, day);
        if (this.random() < 0.005) this.damage(state, day);
      }
    }
    for (const shipment of transit) this.inTransit(shipment);
    this.finishStockouts(states);
    return transit;
  }
}

/** Product ids by catalogue index of the scale (module-level for the row writers). */
let productIds: string[] = [];

// ---------------------------------------------------------------------------------------------------------------
// The seed

export interface SeedSummary {
  scale: ScaleName;
  regencies: number;
  points: number;
  products: number;
  lots: number;
  movements: number;
  ledgerLines: number;
  shipments: number;
  stockBalances: number;
  stockoutPeriods: number;
  historyFrom: string;
  historyTo: string;
  largestRegency: string;
  seconds: number;
  completedAt: string;
}

async function runAppOnce(databaseUrl: string): Promise<void> {
  const port = await freePort();
  const app = spawnApp(
    { DATABASE_URL: databaseUrl, DEMO_DATA: 'false', ADMIN_USERNAME: BENCH_ADMIN.username, ADMIN_PASSWORD: BENCH_ADMIN.password, NODE_ENV: 'production' },
    port,
  );
  try {
    await waitReady(app, Date.now());
  } finally {
    await stopApp(app);
  }
}

/** A POST with a bearer token and no body, waiting for its answer however long it takes. */
function postWithoutTimeout(url: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request(url, { method: 'POST', headers: { authorization: `Bearer ${token}` } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end();
  });
}

/**
 * The shortage report's figures (`stock_status`) as the daily scan leaves them: the bulk load bypassed the triggers
 * that queue points, and the app's own scan recomputes every point anyway (and raises its alerts).
 */
export async function computeStockStatus(url: string): Promise<void> {
  const started = Date.now();
  const port = await freePort();
  // The national status scan takes longer than a request may (REQUEST_TIMEOUT_MS, 30 s): the seed is a batch tool and
  // lets it run, as the daily scan (a cron job, no deadline) would.
  const app = spawnApp({ DATABASE_URL: url, DEMO_DATA: 'false', NODE_ENV: 'production', DAILY_SCAN_ENABLED: 'false', LOG_LEVEL: 'warn', REQUEST_TIMEOUT_MS: '600000' }, port);
  try {
    await waitReady(app, Date.now());
    const { token } = await login(app);
    // Not fetch: its answer must start within 300 s (undici's headers timeout), and the regional scan takes longer.
    const response = await postWithoutTimeout(`${app.baseUrl}/api/v1/shortages/scan`, token);
    if (response.status !== 200) throw new Error(`POST /api/v1/shortages/scan answered ${response.status}: ${response.body}`);
    const scan = JSON.parse(response.body) as { raised: Record<string, number> };
    const [{ rows }] = await withClient(url, async (client) => (await client.query(`SELECT count(*)::int AS rows FROM stock_status`)).rows);
    log(`stock_status (the app's daily status scan): ${formatNumber(rows)} rows, alerts raised ${JSON.stringify(scan.raised)}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await stopApp(app);
  }
}

export async function seed(server: BenchServer, scaleName: ScaleName, database = seedDatabaseName(scaleName)): Promise<SeedSummary> {
  const scale = SCALES[scaleName];
  const begun = Date.now();
  const random = seededRandom(20261123 + scaleName.length);
  const ids = new IdMaker();
  const url = server.urlFor(database);

  log(`seed ${scaleName}: database ${database} on ${server.description}`);
  await withClient(server.adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${database}`);
  });
  log('schema and regions: starting the application once (migrations, idn-area-data regions, administrator)...');
  await runAppOnce(url);

  const db = new Client({ connectionString: url });
  db.on('error', () => undefined); // errors reach the awaiting query; never an unhandled 'error' event
  await db.connect();
  try {
    return await load(db, url, scale, scaleName, database, random, ids, begun);
  } finally {
    await db.end().catch(() => undefined);
  }
}

async function load(
  db: Client,
  url: string,
  scale: (typeof SCALES)[ScaleName],
  scaleName: ScaleName,
  database: string,
  random: () => number,
  ids: IdMaker,
  begun: number,
): Promise<SeedSummary> {
  const { rows: [{ superuser }] } = await db.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`);
  if (!superuser) throw new Error('The seed loads with session_replication_role = replica, which needs a superuser: use the embedded PostgreSQL or a superuser DATABASE_URL.');
  await db.query(`SET synchronous_commit = off`);
  const { rows: [{ id: adminId }] } = await db.query(`SELECT id FROM users WHERE username = $1`, [BENCH_ADMIN.username]);

  // Regencies of the scale, with their districts.
  const districts = readDistricts();
  const { rows: regencyRows } = await db.query(
    `SELECT r.code, r.name, r.province_code AS "provinceCode", p.name AS "provinceName", p.time_zone AS "timeZone"
       FROM regencies r JOIN provinces p ON p.code = r.province_code ORDER BY r.code`,
  );
  const regencies: Regency[] = regencyRows
    .filter((r) => (scale.regencies ? scale.regencies.includes(r.code) : scale.provinces ? scale.provinces.includes(r.provinceCode) : true))
    .map((r) => ({ ...r, districts: districts.get(r.code) ?? [r.name] }));

  // Products.
  const catalogue = scale.products >= CATALOGUE.length ? CATALOGUE : CATALOGUE.filter((product) => product.core).slice(0, scale.products);
  productIds = catalogue.map(() => ids.uuid());
  await db.query(
    `INSERT INTO products (id, code, name, name_id, category, unit, pack_size, restricted, edition)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::bool[], $9::text[])`,
    [productIds, catalogue.map((p) => p.code), catalogue.map((p) => p.name), catalogue.map((p) => p.nameId), catalogue.map((p) => p.category),
      catalogue.map((p) => p.unit), catalogue.map((p) => p.packSize), catalogue.map((p) => p.category === 'naloxone'), catalogue.map((p) => p.edition ?? null)],
  );
  for (const product of catalogue.filter((p) => p.supersededBy)) {
    await db.query(`UPDATE products SET superseded_by_product_id = (SELECT id FROM products WHERE code = $2) WHERE code = $1`, [product.code, product.supersededBy]);
  }

  // Points: one district health office per regency, the rest in proportion to the regency's districts.
  const others = apportion(Math.max(0, scale.points - regencies.length), regencies.map((r) => r.districts.length));
  const points: SeedPoint[] = [];
  const byRegency = new Map<string, SeedPoint[]>();
  regencies.forEach((regency, regencyIndex) => {
    const short = regency.code.replace('.', '');
    const place = titleCase(regency.name.replace(/^(Kabupaten|Kota Administrasi|Kota)\s+/i, ''));
    const office: SeedPoint = { id: ids.uuid(), code: `DINKES-${short}`, name: `Dinas Kesehatan ${regency.name}`, type: 'district_health_office', regency, mayHoldRestricted: true, rates: [] };
    const list = [office];
    const n = others[regencyIndex];
    const outreach = Math.round(n * 0.08);
    const dic = Math.round(n * 0.05);
    const ngo = n >= 4 ? Math.max(1, Math.round(n * 0.07)) : 0;
    const puskesmas = Math.max(0, n - outreach - dic - ngo);
    const district = (i: number) => titleCase(regency.districts[i % regency.districts.length]) + (i >= regency.districts.length ? ` ${Math.floor(i / regency.districts.length) + 1}` : '');
    const make = (type: PointType, count: number, prefix: string, name: (i: number) => string) => {
      for (let i = 0; i < count; i++) {
        list.push({ id: ids.uuid(), code: `${prefix}-${short}-${String(i + 1).padStart(3, '0')}`, name: name(i), type, regency, mayHoldRestricted: RESTRICTED_TYPES.has(type), rates: [] });
      }
    };
    make('puskesmas', puskesmas, 'PKM', (i) => `Puskesmas ${district(i)}`);
    make('ngo_office', ngo, 'LSM', (i) => `Kantor LSM ${place}${ngo > 1 ? ` ${i + 1}` : ''}`);
    make('drop_in_centre', dic, 'DIC', (i) => `Drop-in Centre ${district(i * 3 + 1)}`);
    const hubs = list.filter((p) => p.type === 'ngo_office' || p.type === 'drop_in_centre');
    make('outreach', outreach, 'OUT', (i) => `Tas penjangkau ${district(i * 2 + 2)} (outreach kit)`);
    for (const point of list.slice(1)) point.supplier = point.type === 'outreach' && hubs.length > 0 ? hubs[Math.floor(random() * hubs.length)] : office;
    for (const point of list) {
      const use = TYPE_USE[point.type];
      point.rates = catalogue.map((product) => {
        if (point.type === 'district_health_office') return 0;
        if (product.category === 'naloxone' && !point.mayHoldRestricted) return 0;
        if (point.type === 'outreach' && !product.outreach) return 0;
        if (random() > use.carry) return 0;
        const lognormal = Math.exp(0.6 * Math.sqrt(-2 * Math.log(Math.max(1e-9, random()))) * Math.cos(2 * Math.PI * random()) - 0.18);
        return product.rate * use.factor * lognormal;
      });
    }
    byRegency.set(regency.code, list);
    points.push(...list);
  });
  const createdAt = new Date(Date.now() - (scale.days + 60) * DAY_MS).toISOString();
  const pointWriter = await new CopyWriter(url, 'points', ['id', 'code', 'name', 'type', 'regency_code', 'supplier_point_id', 'may_hold_restricted', 'active', 'created_at', 'updated_at']).open();
  for (const point of points) pointWriter.push(row(point.id, point.code, point.name, point.type, point.regency.code, point.supplier?.id ?? null, point.mayHoldRestricted, true, createdAt, createdAt));
  await pointWriter.close();
  log(`${formatNumber(points.length)} points in ${regencies.length} regencies, ${catalogue.length} products`);

  // History: local days [firstDay, lastDay], the last one yesterday in every time zone.
  const lastDay = Math.floor((Date.now() + 7 * 3_600_000) / DAY_MS) - 1;
  const firstDay = lastDay - scale.days + 1;

  // Lots: national releases every two to four weeks since well before the history began; some short-dated.
  const lotsByProduct: SeedLot[][] = catalogue.map((product, index) => {
    const lots: SeedLot[] = [];
    const prefix = product.code.replace(/[^A-Z0-9]/g, '').slice(0, 4);
    const lastRelease = product.supersededBy ? firstDay + Math.floor(scale.days / 4) : lastDay;
    let suffix = 0;
    for (let day = firstDay - 420 + Math.floor(random() * 14); day <= lastRelease; day += 14 + Math.floor(random() * 15)) {
      const release = new Date(day * DAY_MS);
      const shortDated = random() < 0.12;
      const months = shortDated ? 3 + Math.floor(random() * 6) : product.shelfMonths - Math.floor(random() * 6);
      const expiryDate = new Date(Date.UTC(release.getUTCFullYear(), release.getUTCMonth() + months + 1, 0));
      const roll = random();
      const fundingSource = roll < 0.45 ? 'APBN' : roll < 0.8 ? 'GLOBAL_FUND' : roll < 0.92 ? 'APBD' : 'OTHER_DONOR';
      lots.push({
        id: ids.uuid(),
        product: index,
        lotNumber: `${prefix}${release.toISOString().slice(2, 10).replace(/-/g, '')}${String.fromCharCode(65 + (suffix++ % 26))}`,
        releaseDay: day,
        expiryDay: Math.floor(expiryDate.getTime() / DAY_MS),
        expiry: expiryDate.toISOString().slice(0, 10),
        fundingSource,
        donorName: fundingSource === 'OTHER_DONOR' ? DONORS[Math.floor(random() * DONORS.length)] : null,
      });
    }
    return lots;
  });

  const writers: Writers = {
    movements: await new CopyWriter(url, 'movements', ['id', 'point_id', 'type', 'occurred_at', 'recorded_at', 'recorded_by', 'note', 'contacts', 'source', 'reverses_movement_id', 'shipment_id', 'request_hash']).open(),
    lines: await new CopyWriter(url, 'ledger_lines', ['movement_id', 'line_no', 'point_id', 'product_id', 'lot_id', 'quantity', 'counted_quantity', 'reason', 'occurred_at', 'counts_as', 'consumed_in', 'account', 'shipment_id']).open(),
    shipments: await new CopyWriter(url, 'shipments', ['id', 'from_point_id', 'to_point_id', 'status', 'note', 'resupply_request_id', 'dispatch_movement_id', 'receipt_movement_id', 'cancel_movement_id', 'dispatched_at', 'received_at', 'cancelled_at']).open(),
    shipmentLines: await new CopyWriter(url, 'shipment_lines', ['shipment_id', 'lot_id', 'product_id', 'quantity_sent', 'quantity_received', 'discrepancy_reason']).open(),
    stockouts: await new CopyWriter(url, 'stockout_periods', ['point_id', 'product_id', 'started_on', 'ended_on']).open(),
    alerts: await new CopyWriter(url, 'alerts', ['type', 'condition_key', 'point_id', 'product_id', 'lot_id', 'subject_id', 'severity', 'status', 'details', 'first_seen_at', 'last_seen_at', 'resolved_at']).open(),
  };
  const simulation = new Simulation(random, ids, catalogue, lotsByProduct, adminId, firstDay, lastDay, writers);
  log(`simulating ${scale.days} days of history (${dateOf(firstDay)} to ${dateOf(lastDay)}) and loading it with COPY...`);
  const loadStarted = Date.now();
  let lastReport = Date.now();
  const finalStock = new Map<string, number>();
  for (const [index, regency] of regencies.entries()) {
    const states: PointState[] = byRegency.get(regency.code)!.map((point) => ({
      point,
      offsetMs: TZ_OFFSET_HOURS[regency.timeZone] * 3_600_000,
      stock: catalogue.map(() => []),
      stockoutSince: catalogue.map(() => -1),
      stockoutAlert: catalogue.map(() => null),
      lastSession: firstDay - 3,
      resupplyOffset: 1 + Math.floor(random() * (TYPE_USE[point.type].resupplyDays - 1)),
      countOffset: Math.floor(random() * 182),
      inTransit: catalogue.map(() => 0),
    }));
    simulation.runRegency(states, regency.provinceName);
    for (const state of states) {
      state.stock.forEach((holdings, product) => {
        const key = productIds[product];
        finalStock.set(key, (finalStock.get(key) ?? 0) + holdings.reduce((sum, h) => sum + h.qty, 0));
      });
    }
    for (const writer of Object.values(writers)) await writer.flushIfLarge();
    if (Date.now() - lastReport > 5000 || index === regencies.length - 1) {
      lastReport = Date.now();
      const seconds = (Date.now() - loadStarted) / 1000;
      log(
        `  regencies ${index + 1}/${regencies.length}: ${formatNumber(simulation.totals.movements)} movements, ` +
          `${formatNumber(simulation.totals.lines)} ledger lines (${formatNumber(simulation.totals.lines / seconds)} lines/s)`,
      );
    }
  }
  for (const writer of Object.values(writers)) await writer.close();
  log(`history loaded in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);

  // Lots that were received (a lot exists once it has been received somewhere), and some points' own stock levels.
  const usedLots = lotsByProduct.flat().filter((lot) => lot.firstReceivedAt);
  const lotWriter = await new CopyWriter(url, 'lots', ['id', 'product_id', 'lot_number', 'expiry_date', 'funding_source', 'donor_name', 'created_at']).open();
  for (const lot of usedLots) lotWriter.push(row(lot.id, productIds[lot.product], lot.lotNumber, lot.expiry, lot.fundingSource, lot.donorName, lot.firstReceivedAt!));
  await lotWriter.close();
  const levelWriter = await new CopyWriter(url, 'stock_levels', ['point_id', 'product_id', 'min_months', 'max_months', 'expected_monthly_use', 'updated_at', 'updated_by']).open();
  for (const point of points) {
    if (point.type === 'district_health_office' || random() > 0.05) continue;
    point.rates.forEach((rate, product) => {
      if (rate > 0) levelWriter.push(row(point.id, productIds[product], 1, 4, Math.round(rate * 30.4375), createdAt, adminId));
    });
  }
  await levelWriter.close();

  // What the triggers would have kept, in set-based SQL.
  await db.query(`SET session_replication_role = replica`);
  await db.query(`SET maintenance_work_mem = '1GB'`);
  await db.query(`SET work_mem = '256MB'`);
  const step = async (label: string, sql: string) => {
    const t = Date.now();
    const result = await db.query(sql);
    log(`${label}: ${formatNumber(result.rowCount ?? 0)} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await step(
    'stock_balances from the ledger',
    `INSERT INTO stock_balances (point_id, lot_id, product_id, quantity, updated_at)
     SELECT point_id, lot_id, product_id, sum(quantity), max(occurred_at) FROM ledger_lines WHERE quantity <> 0 AND account = 'stock' GROUP BY point_id, lot_id, product_id`,
  );
  // The migration's own rebuild (the same SQL as its back-fill), so the generator cannot drift from the triggers.
  const rebuilt = Date.now();
  await db.query(`SELECT rebuild_consumption_aggregates()`);
  const { rows: [aggregates] } = await db.query(`SELECT (SELECT count(*) FROM stock_histories)::int AS h, (SELECT count(*) FROM consumption_months)::int AS c`);
  log(`stock_histories and consumption_months (rebuild_consumption_aggregates()): ${formatNumber(aggregates.h)} + ${formatNumber(aggregates.c)} rows in ${((Date.now() - rebuilt) / 1000).toFixed(1)} s`);
  await db.query(`SET session_replication_role = origin`);

  // Checks: balances against ledger sums, aggregates against the simulation's own totals.
  log('checking the loaded data...');
  const failures: string[] = [];
  const { rows: [sample] } = await db.query(
    `SELECT count(*)::int AS checked, count(*) FILTER (WHERE b.quantity <> s.total)::int AS wrong
       FROM (SELECT * FROM stock_balances ORDER BY random() LIMIT 5000) b
       CROSS JOIN LATERAL (SELECT COALESCE(sum(ll.quantity), 0) AS total FROM ledger_lines ll
                            WHERE ll.point_id = b.point_id AND ll.product_id = b.product_id AND ll.lot_id = b.lot_id AND ll.account = 'stock') s`,
  );
  if (sample.checked === 0 || sample.wrong > 0) failures.push(`${sample.wrong} of ${sample.checked} sampled balances differ from their ledger sums`);
  const { rows: [negative] } = await db.query(`SELECT count(*)::int AS n FROM stock_balances WHERE quantity < 0`);
  if (negative.n > 0) failures.push(`${negative.n} negative balances`);
  const { rows: perProduct } = await db.query(`SELECT product_id::text AS id, sum(quantity)::bigint AS total FROM stock_balances GROUP BY 1`);
  for (const { id, total } of perProduct) {
    if (Number(total) !== (finalStock.get(id) ?? 0)) failures.push(`stock of product ${id}: ${total} in the database, ${finalStock.get(id)} simulated`);
  }
  const { rows: [consumed] } = await db.query(`SELECT COALESCE(sum(consumed), 0)::bigint AS total FROM consumption_months`);
  if (Number(consumed.total) !== simulation.totals.consumed) failures.push(`consumption ${consumed.total} in consumption_months, ${simulation.totals.consumed} simulated`);
  const { rows: [lineCount] } = await db.query(`SELECT count(*)::bigint AS n FROM ledger_lines`);
  if (Number(lineCount.n) !== simulation.totals.lines) failures.push(`ledger_lines holds ${lineCount.n} rows, ${simulation.totals.lines} generated`);
  if (failures.length > 0) throw new Error(`The seeded data is not consistent:\n  ${failures.join('\n  ')}`);
  log(`checked: ${sample.checked} sampled balances equal their ledger sums; stock per product and total consumption equal the simulation's`);

  await computeStockStatus(url);

  const vacuumStarted = Date.now();
  await db.query(`VACUUM (ANALYZE)`);
  log(`VACUUM ANALYZE in ${((Date.now() - vacuumStarted) / 1000).toFixed(1)} s`);

  const { rows: [counts] } = await db.query(
    `SELECT (SELECT count(*) FROM stock_balances)::int AS balances, (SELECT count(*) FROM stockout_periods)::int AS stockouts`,
  );
  const largest = [...byRegency.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  const summary: SeedSummary = {
    scale: scaleName,
    regencies: regencies.length,
    points: points.length,
    products: catalogue.length,
    lots: usedLots.length,
    movements: simulation.totals.movements,
    ledgerLines: simulation.totals.lines,
    shipments: simulation.totals.shipments,
    stockBalances: counts.balances,
    stockoutPeriods: counts.stockouts,
    historyFrom: dateOf(firstDay),
    historyTo: dateOf(lastDay),
    largestRegency: largest[0],
    seconds: Math.round((Date.now() - begun) / 100) / 10,
    completedAt: new Date().toISOString(),
  };
  await db.query(`COMMENT ON DATABASE ${database} IS '${SEED_MARK} ${JSON.stringify(summary)}'`);
  log(
    `seed ${scaleName} done in ${summary.seconds} s: ${formatNumber(summary.points)} points, ${summary.products} products, ` +
      `${formatNumber(summary.lots)} lots, ${formatNumber(summary.movements)} movements, ${formatNumber(summary.ledgerLines)} ledger lines, ` +
      `${formatNumber(summary.shipments)} shipments, ${formatNumber(summary.stockBalances)} balances, ${formatNumber(summary.stockoutPeriods)} stock-out periods`,
  );
  return summary;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stdout.write('npm run bench:seed -- --scale tiny|small|national|regional   (DATABASE_URL: seed on that server; else the embedded PostgreSQL in .data/bench)\n');
    return;
  }
  const scale = parseScale(values.scale);
  ensureBuilt();
  // Loading needs no durability: the embedded cluster runs without fsync while seeding (a crash means seeding again).
  const server = await openServer({
    postgresFlags: ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off', '-c', 'max_wal_size=8GB', '-c', 'checkpoint_timeout=30min', '-c', 'shared_buffers=1GB'],
  });
  try {
    await seed(server, scale);
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:seed failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  });
}
