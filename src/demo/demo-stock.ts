import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthUser } from '../access/roles';
import { ShipmentsService } from '../shipments/shipments.service';
import { MovementsService } from '../stock/movements.service';
import { UsersService } from '../users/users.service';

const DAY = 86_400_000;

/** Stock each district health office receives per product, in units. */
const DELIVERY: Record<string, number> = {
  'NS-1ML-LDS-29G': 30_000,
  'NS-3ML': 10_000,
  'NDL-25G-16MM': 10_000,
  'SWAB-ALC': 40_000,
  'CONDOM-M': 20_000,
  'LUBE-SACHET': 10_000,
  'IEC-SAFE-INJ': 2_000,
  'NALOXONE-0.4': 200,
  'WATER-STERILE-5ML': 5_000,
  'SHARPS-1L': 300,
};

/** A small deterministic generator, so every demo database tells the same story. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Three months of stock history through the real ledger: deliveries to the district health offices (one lot close to
 * expiry, one far), shipments to drop-in centres, puskesmas, NGO offices and outreach kits (one received short, one
 * still in transit), regular distribution to clients, and a lot of swabs that expired on the shelf.
 */
@Injectable()
export class DemoStock {
  private readonly logger = new Logger(DemoStock.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly movements: MovementsService,
    private readonly shipments: ShipmentsService,
    private readonly users: UsersService,
  ) {}

  async seed(now = Date.now()): Promise<void> {
    const point = await this.codes('points');
    const product = await this.codes('products');
    const actor = async (username: string): Promise<AuthUser> => {
      const [{ id }] = await this.dataSource.query('SELECT id FROM users WHERE username = $1', [username]);
      return (await this.users.findForAuthentication(id))!.user;
    };
    const admin = await actor('admin');
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
    // The demo tells months of history, further back than the backdating window lets a user date a movement.
    const history = { historyImport: true };

    // Deliveries to the district health offices, 100 days ago.
    for (const office of ['DINKES-3273', 'DINKES-3201', 'DINKES-5203']) {
      await this.movements.record(admin, point(office), {
        id: randomUUID(),
        type: 'receipt',
        occurredAt: at(100),
        source: 'Kementerian Kesehatan / Global Fund',
        lines: Object.entries(DELIVERY).flatMap(([code, quantity]) => [
          { productId: product(code), quantity: quantity / 2, lotNumber: `${code}-A`, expiryDate: isoDate(now + 75 * DAY), fundingSource: 'GLOBAL_FUND' as const },
          { productId: product(code), quantity: quantity / 2, lotNumber: `${code}-B`, expiryDate: isoDate(now + 540 * DAY), fundingSource: 'APBN' as const },
        ]),
      }, history);
    }

    // Swabs received long ago by the Bandung drop-in centre; part of them expired on the shelf 20 days ago.
    await this.movements.record(admin, point('DIC-BDG-01'), {
      id: randomUUID(),
      type: 'receipt',
      occurredAt: at(200),
      source: 'Donation',
      lines: [{ productId: product('SWAB-ALC'), quantity: 2_000, lotNumber: 'SWAB-OLD', expiryDate: isoDate(now - 20 * DAY), fundingSource: 'OTHER_DONOR', donorName: 'Yayasan Contoh' }],
    }, history);

    const ship = async (from: string, to: string, daysAgo: number, lines: [string, number][], shortfall?: [string, number]) => {
      const { shipment } = await this.shipments.dispatch(admin, {
        id: randomUUID(),
        fromPointId: point(from),
        toPointId: point(to),
        occurredAt: at(daysAgo),
        lines: lines.map(([code, quantity]) => ({ productId: product(code), quantity })),
      }, history);
      return async (receivedDaysAgo: number) =>
        this.shipments.receive(admin, shipment.id, {
          id: randomUUID(),
          occurredAt: at(receivedDaysAgo),
          lines: shipment.lines.map((line) => {
            const firstOfProduct = shortfall && shipment.lines.find((candidate) => candidate.productId === product(shortfall[0])) === line;
            const short = firstOfProduct ? shortfall[1] : 0;
            return { lotId: line.lotId, quantityReceived: line.quantitySent - short, ...(short > 0 ? { discrepancyReason: 'damaged' as const } : {}) };
          }),
        }, history);
    };
    await (await ship('DINKES-3273', 'DIC-BDG-01', 90, [['NS-1ML-LDS-29G', 3_000], ['SWAB-ALC', 4_000], ['CONDOM-M', 2_000], ['IEC-SAFE-INJ', 300]]))(89);
    await (await ship('DINKES-3273', 'PKM-BDG-KOPO', 90, [['NS-1ML-LDS-29G', 2_000], ['NALOXONE-0.4', 40], ['CONDOM-M', 1_000]]))(88);
    await (await ship('DINKES-3201', 'LSM-CBN-01', 90, [['SWAB-ALC', 8_000], ['NS-1ML-LDS-29G', 4_000], ['CONDOM-M', 3_000]], ['SWAB-ALC', 100]))(87);
    await (await ship('DINKES-5203', 'OUT-LOTIM-01', 60, [['NS-1ML-LDS-29G', 600], ['SWAB-ALC', 1_200]]))(58);
    await ship('LSM-CBN-01', 'OUT-CBN-01', 2, [['NS-1ML-LDS-29G', 500], ['SWAB-ALC', 1_000]]);

    // Distribution to clients: aggregate counts only.
    const random = sequence(2026);
    const distribute = async (username: string, pointCode: string, everyDays: number, from: number, daily: [string, number][]) => {
      const staff = await actor(username);
      for (let daysAgo = from; daysAgo >= 1; daysAgo -= everyDays) {
        const contacts = 5 + Math.floor(random() * 20);
        const amounts = daily.map(([code, quantity]) => [code, Math.max(1, Math.round(quantity * everyDays * (0.6 + random() * 0.8)))] as const);
        const needles = amounts.filter(([code]) => code.startsWith('NS-')).reduce((sum, [, quantity]) => sum + quantity, 0);
        await this.movements.record(staff, point(pointCode), {
          id: randomUUID(),
          type: 'distribution',
          occurredAt: at(daysAgo),
          // At most about 30 needle-syringes per contact, well inside NEEDLES_PER_CONTACT_CAP.
          contacts: Math.max(contacts, Math.ceil(needles / 30)),
          lines: amounts.map(([code, quantity]) => ({ productId: product(code), quantity })),
        }, history);
      }
    };
    await distribute('staff.dic.bandung', 'DIC-BDG-01', 3, 87, [['NS-1ML-LDS-29G', 25], ['SWAB-ALC', 20], ['CONDOM-M', 15]]);
    await distribute('staff.pkm.kopo', 'PKM-BDG-KOPO', 7, 84, [['NS-1ML-LDS-29G', 15], ['CONDOM-M', 8]]);
    await distribute('staff.lsm.cibinong', 'LSM-CBN-01', 7, 84, [['NS-1ML-LDS-29G', 30], ['SWAB-ALC', 60], ['CONDOM-M', 20]]);
    await distribute('outreach.lotim', 'OUT-LOTIM-01', 7, 56, [['NS-1ML-LDS-29G', 8], ['SWAB-ALC', 16]]);
    this.logger.log('demo stock history loaded');
  }

  private async codes(table: 'points' | 'products'): Promise<(code: string) => string> {
    const rows: { code: string; id: string }[] = await this.dataSource.query(`SELECT code, id FROM ${table}`);
    const byCode = new Map(rows.map((row) => [row.code, row.id]));
    return (code) => {
      const id = byCode.get(code);
      if (!id) throw new Error(`demo data has no ${table} ${code}`);
      return id;
    };
  }
}
