import type { Role } from '../access/roles';
import type { PointType } from '../points/point-types';
import type { ProductCategory, SyringeContent } from '../products/product-categories';

/** The password of every demo account (printed at start-up and in the README). */
export const DEMO_PASSWORD = 'pasokan-demo';

export interface DemoProduct {
  code: string;
  name: string;
  nameId: string;
  category: ProductCategory;
  unit: string;
  packSize: number;
  edition?: string;
  /** needle_syringe products: a set unless said (a needle on its own is not one). */
  syringeContent?: SyringeContent;
}

/** A realistic harm-reduction catalogue (needle and syringe programme, condoms, IEC, naloxone). */
export const DEMO_PRODUCTS: DemoProduct[] = [
  { code: 'NS-1ML-LDS-29G', name: 'Syringe 1 ml, fixed 29G needle, low dead space', nameId: 'Alat suntik steril 1 ml, jarum tetap 29G (low dead space)', category: 'needle_syringe', unit: 'piece', packSize: 100 },
  { code: 'NS-3ML', name: 'Syringe 3 ml, detachable needle (Luer slip)', nameId: 'Alat suntik steril 3 ml, jarum lepas (Luer slip)', category: 'needle_syringe', unit: 'piece', packSize: 100 },
  { code: 'NDL-25G-16MM', name: 'Detachable needle 25G x 16 mm', nameId: 'Jarum suntik steril lepas 25G x 16 mm', category: 'needle_syringe', unit: 'piece', packSize: 100, syringeContent: 'needle' },
  { code: 'SWAB-ALC', name: 'Alcohol swab, 70% isopropyl', nameId: 'Kapas alkohol 70%', category: 'swab', unit: 'piece', packSize: 200 },
  { code: 'CONDOM-M', name: 'Male condom, 52 mm', nameId: 'Kondom pria 52 mm', category: 'condom', unit: 'piece', packSize: 144 },
  { code: 'LUBE-SACHET', name: 'Water-based lubricant sachet, 5 ml', nameId: 'Pelicin berbasis air, sachet 5 ml', category: 'lubricant', unit: 'sachet', packSize: 100 },
  { code: 'IEC-SAFE-INJ', name: 'IEC leaflet: safer injecting', nameId: 'Leaflet KIE: menyuntik lebih aman', category: 'iec', unit: 'leaflet', packSize: 50, edition: '2026-1' },
  { code: 'NALOXONE-0.4', name: 'Naloxone 0.4 mg/1 ml ampoule', nameId: 'Nalokson 0,4 mg/1 ml, ampul', category: 'naloxone', unit: 'ampoule', packSize: 10 },
  { code: 'WATER-STERILE-5ML', name: 'Sterile water for injection, 5 ml ampoule', nameId: 'Air steril untuk injeksi, ampul 5 ml', category: 'other', unit: 'ampoule', packSize: 50 },
  { code: 'SHARPS-1L', name: 'Sharps container, 1 litre', nameId: 'Wadah limbah tajam (safety box) 1 liter', category: 'other', unit: 'piece', packSize: 25 },
];

export interface DemoPoint {
  code: string;
  name: string;
  type: PointType;
  regencyCode: string;
  supplierCode?: string;
}

/** Points in the places the field reports come from; suppliers are listed before the points they resupply. */
export const DEMO_POINTS: DemoPoint[] = [
  { code: 'DINKES-3273', name: 'Dinas Kesehatan Kota Bandung', type: 'district_health_office', regencyCode: '32.73' },
  { code: 'DIC-BDG-01', name: 'Drop-in Centre Bandung Wetan', type: 'drop_in_centre', regencyCode: '32.73', supplierCode: 'DINKES-3273' },
  { code: 'PKM-BDG-KOPO', name: 'Puskesmas Kopo, Bandung', type: 'puskesmas', regencyCode: '32.73', supplierCode: 'DINKES-3273' },
  { code: 'DINKES-3201', name: 'Dinas Kesehatan Kabupaten Bogor', type: 'district_health_office', regencyCode: '32.01' },
  { code: 'LSM-CBN-01', name: 'Kantor LSM Cibinong', type: 'ngo_office', regencyCode: '32.01', supplierCode: 'DINKES-3201' },
  { code: 'OUT-CBN-01', name: 'Tas penjangkau Cibinong (outreach kit)', type: 'outreach', regencyCode: '32.01', supplierCode: 'LSM-CBN-01' },
  { code: 'DINKES-5203', name: 'Dinas Kesehatan Kabupaten Lombok Timur', type: 'district_health_office', regencyCode: '52.03' },
  { code: 'OUT-LOTIM-01', name: 'Tas penjangkau Selong, Lombok Timur (outreach kit)', type: 'outreach', regencyCode: '52.03', supplierCode: 'DINKES-5203' },
  { code: 'LSM-MTR-01', name: 'Kantor LSM Mataram', type: 'ngo_office', regencyCode: '52.71' },
  { code: 'PKM-JKT-TNA', name: 'Puskesmas Kecamatan Tanah Abang', type: 'puskesmas', regencyCode: '31.71' },
  { code: 'LSM-JKT-01', name: 'Kantor LSM Jakarta Pusat', type: 'ngo_office', regencyCode: '31.71' },
];

export interface DemoUser {
  username: string;
  role: Role;
  regencyCodes?: string[];
  pointCodes?: string[];
  description: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', role: 'admin', description: 'administrator: everything' },
  { username: 'dinkes.bandung', role: 'district_officer', regencyCodes: ['32.73'], description: 'district officer, Kota Bandung (32.73)' },
  { username: 'dinkes.bogor', role: 'district_officer', regencyCodes: ['32.01'], description: 'district officer, Kabupaten Bogor (32.01)' },
  { username: 'dinkes.lotim', role: 'district_officer', regencyCodes: ['52.03'], description: 'district officer, Kabupaten Lombok Timur (52.03)' },
  { username: 'staff.dic.bandung', role: 'point_staff', pointCodes: ['DIC-BDG-01'], description: 'staff, Drop-in Centre Bandung Wetan' },
  { username: 'staff.pkm.kopo', role: 'point_staff', pointCodes: ['PKM-BDG-KOPO'], description: 'staff, Puskesmas Kopo, Bandung' },
  { username: 'staff.lsm.cibinong', role: 'point_staff', pointCodes: ['LSM-CBN-01'], description: 'staff, Kantor LSM Cibinong' },
  { username: 'staff.jakarta', role: 'point_staff', pointCodes: ['PKM-JKT-TNA', 'LSM-JKT-01'], description: 'staff, Puskesmas Tanah Abang and LSM Jakarta Pusat' },
  { username: 'outreach.cibinong', role: 'outreach_officer', pointCodes: ['OUT-CBN-01'], description: 'outreach officer, Cibinong kit' },
  { username: 'outreach.lotim', role: 'outreach_officer', pointCodes: ['OUT-LOTIM-01'], description: 'outreach officer, Lombok Timur kit' },
];
