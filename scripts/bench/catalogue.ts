/**
 * The benchmark's product catalogue (30 harm-reduction products) and the shape of a point's use of them. Rates are
 * units per day at a typical puskesmas; other point types scale them (see TYPE_USE).
 */
export type Category = 'needle_syringe' | 'swab' | 'condom' | 'lubricant' | 'iec' | 'naloxone' | 'other';
export type PointType = 'district_health_office' | 'ngo_office' | 'drop_in_centre' | 'puskesmas' | 'outreach';

export interface BenchProduct {
  code: string;
  name: string;
  nameId: string;
  category: Category;
  unit: string;
  packSize: number;
  /** Units a day at a typical puskesmas. */
  rate: number;
  /** Months from manufacture to expiry. */
  shelfMonths: number;
  edition?: string;
  /** Code of the product that supersedes this one (an old IEC edition). */
  supersededBy?: string;
  /** Part of the 12-product catalogue of the tiny scale. */
  core?: boolean;
  /** Only outreach workers' kits carry the main items. */
  outreach?: boolean;
}

export const CATALOGUE: BenchProduct[] = [
  { code: 'NS-1ML-LDS-29G', name: 'Syringe 1 ml, fixed 29G needle, low dead space', nameId: 'Spuit 1 ml jarum tetap 29G, low dead space', category: 'needle_syringe', unit: 'piece', packSize: 100, rate: 12, shelfMonths: 60, core: true, outreach: true },
  { code: 'NS-1ML-27G', name: 'Syringe 1 ml, fixed 27G needle', nameId: 'Spuit 1 ml jarum tetap 27G', category: 'needle_syringe', unit: 'piece', packSize: 100, rate: 6, shelfMonths: 60, outreach: true },
  { code: 'NS-3ML', name: 'Syringe 3 ml, detachable needle (Luer slip)', nameId: 'Spuit 3 ml, jarum lepas (Luer slip)', category: 'needle_syringe', unit: 'piece', packSize: 100, rate: 4, shelfMonths: 60 },
  { code: 'NS-5ML', name: 'Syringe 5 ml, detachable needle', nameId: 'Spuit 5 ml, jarum lepas', category: 'needle_syringe', unit: 'piece', packSize: 100, rate: 1.5, shelfMonths: 60 },
  { code: 'NDL-25G-16MM', name: 'Detachable needle 25G x 16 mm', nameId: 'Jarum lepas 25G x 16 mm', category: 'needle_syringe', unit: 'piece', packSize: 100, rate: 4, shelfMonths: 60, core: true },
  { code: 'NDL-23G-25MM', name: 'Detachable needle 23G x 25 mm', nameId: 'Jarum lepas 23G x 25 mm', category: 'needle_syringe', unit: 'piece', packSize: 100, rate: 2, shelfMonths: 60 },
  { code: 'SWAB-ALC', name: 'Alcohol swab, 70% isopropyl', nameId: 'Kapas alkohol (alcohol swab) 70%', category: 'swab', unit: 'piece', packSize: 200, rate: 30, shelfMonths: 30, core: true, outreach: true },
  { code: 'SWAB-ALC-LARGE', name: 'Alcohol swab, large, 70% isopropyl', nameId: 'Kapas alkohol besar 70%', category: 'swab', unit: 'piece', packSize: 100, rate: 3, shelfMonths: 30 },
  { code: 'CONDOM-M', name: 'Male condom, 52 mm', nameId: 'Kondom pria 52 mm', category: 'condom', unit: 'piece', packSize: 144, rate: 20, shelfMonths: 60, core: true, outreach: true },
  { code: 'CONDOM-M-49', name: 'Male condom, 49 mm', nameId: 'Kondom pria 49 mm', category: 'condom', unit: 'piece', packSize: 144, rate: 6, shelfMonths: 60 },
  { code: 'CONDOM-M-56', name: 'Male condom, 56 mm', nameId: 'Kondom pria 56 mm', category: 'condom', unit: 'piece', packSize: 144, rate: 4, shelfMonths: 60 },
  { code: 'CONDOM-F', name: 'Female condom', nameId: 'Kondom perempuan', category: 'condom', unit: 'piece', packSize: 20, rate: 0.6, shelfMonths: 48 },
  { code: 'LUBE-SACHET', name: 'Water-based lubricant sachet, 5 ml', nameId: 'Pelicin berbasis air, sachet 5 ml', category: 'lubricant', unit: 'sachet', packSize: 100, rate: 10, shelfMonths: 36, core: true, outreach: true },
  { code: 'LUBE-TUBE-50ML', name: 'Water-based lubricant, 50 ml tube', nameId: 'Pelicin berbasis air, tube 50 ml', category: 'lubricant', unit: 'tube', packSize: 24, rate: 0.5, shelfMonths: 36 },
  { code: 'IEC-SAFE-INJ', name: 'IEC leaflet: safer injecting', nameId: 'Leaflet KIE: menyuntik lebih aman', category: 'iec', unit: 'leaflet', packSize: 50, rate: 2, shelfMonths: 24, edition: '2026-1', core: true, outreach: true },
  { code: 'IEC-SAFE-INJ-2025', name: 'IEC leaflet: safer injecting (2025 edition)', nameId: 'Leaflet KIE: menyuntik lebih aman (edisi 2025)', category: 'iec', unit: 'leaflet', packSize: 50, rate: 1, shelfMonths: 24, edition: '2025-1', supersededBy: 'IEC-SAFE-INJ', core: true },
  { code: 'IEC-HIV-TEST', name: 'IEC leaflet: where to get an HIV test', nameId: 'Leaflet KIE: tempat tes HIV', category: 'iec', unit: 'leaflet', packSize: 50, rate: 1.5, shelfMonths: 24, outreach: true },
  { code: 'IEC-OVERDOSE', name: 'IEC leaflet: recognising and responding to an overdose', nameId: 'Leaflet KIE: mengenali dan menangani overdosis', category: 'iec', unit: 'leaflet', packSize: 50, rate: 1, shelfMonths: 24 },
  { code: 'IEC-PREP', name: 'IEC leaflet: PrEP', nameId: 'Leaflet KIE: PrEP', category: 'iec', unit: 'leaflet', packSize: 50, rate: 0.8, shelfMonths: 24 },
  { code: 'NALOXONE-0.4', name: 'Naloxone 0.4 mg/1 ml ampoule', nameId: 'Nalokson 0,4 mg/1 ml ampul', category: 'naloxone', unit: 'ampoule', packSize: 10, rate: 0.25, shelfMonths: 36, core: true },
  { code: 'NALOXONE-NASAL-4MG', name: 'Naloxone nasal spray 4 mg', nameId: 'Nalokson semprot hidung 4 mg', category: 'naloxone', unit: 'device', packSize: 2, rate: 0.05, shelfMonths: 24 },
  { code: 'WATER-STERILE-5ML', name: 'Sterile water for injection, 5 ml ampoule', nameId: 'Air steril untuk injeksi, ampul 5 ml', category: 'other', unit: 'ampoule', packSize: 50, rate: 5, shelfMonths: 36, core: true },
  { code: 'WATER-STERILE-10ML', name: 'Sterile water for injection, 10 ml ampoule', nameId: 'Air steril untuk injeksi, ampul 10 ml', category: 'other', unit: 'ampoule', packSize: 50, rate: 1, shelfMonths: 36 },
  { code: 'SHARPS-1L', name: 'Sharps container, 1 litre', nameId: 'Safety box 1 liter', category: 'other', unit: 'piece', packSize: 25, rate: 0.3, shelfMonths: 120, core: true },
  { code: 'SHARPS-5L', name: 'Sharps container, 5 litres', nameId: 'Safety box 5 liter', category: 'other', unit: 'piece', packSize: 10, rate: 0.05, shelfMonths: 120 },
  { code: 'TOURNIQUET', name: 'Tourniquet, single use', nameId: 'Torniket sekali pakai', category: 'other', unit: 'piece', packSize: 50, rate: 0.3, shelfMonths: 60 },
  { code: 'FILTER-WHEEL', name: 'Wheel filter, 0.22 µm', nameId: 'Filter roda 0,22 µm', category: 'other', unit: 'piece', packSize: 100, rate: 2, shelfMonths: 36, core: true },
  { code: 'COTTON-BALL', name: 'Sterile cotton ball', nameId: 'Kapas steril bulat', category: 'other', unit: 'piece', packSize: 500, rate: 3, shelfMonths: 60 },
  { code: 'CITRIC-SACHET', name: 'Citric acid sachet', nameId: 'Sachet asam sitrat', category: 'other', unit: 'sachet', packSize: 100, rate: 1, shelfMonths: 24 },
  { code: 'HIV-SELFTEST', name: 'HIV self-test kit (oral fluid)', nameId: 'Alat tes HIV mandiri (cairan mulut)', category: 'other', unit: 'kit', packSize: 25, rate: 0.4, shelfMonths: 18, core: true },
];

/** How much a point type hands out compared with a puskesmas, how often it records a distribution, and what it carries. */
export const TYPE_USE: Record<PointType, { factor: number; sessionsPerWeek: number; carry: number; resupplyDays: number; maxMonths: number }> = {
  district_health_office: { factor: 0, sessionsPerWeek: 0, carry: 1, resupplyDays: 30, maxMonths: 6 },
  puskesmas: { factor: 1, sessionsPerWeek: 0.6, carry: 0.8, resupplyDays: 30, maxMonths: 3 },
  ngo_office: { factor: 0.7, sessionsPerWeek: 0.5, carry: 0.75, resupplyDays: 30, maxMonths: 3 },
  drop_in_centre: { factor: 1.6, sessionsPerWeek: 1.5, carry: 0.85, resupplyDays: 30, maxMonths: 2 },
  outreach: { factor: 0.6, sessionsPerWeek: 1, carry: 0.9, resupplyDays: 14, maxMonths: 1 },
};

export const RESTRICTED_TYPES = new Set<PointType>(['puskesmas', 'district_health_office']);

export const DONORS = ['UNAIDS Indonesia', 'Yayasan Kesehatan Perempuan', 'AHF Indonesia', 'Rumah Cemara'];
