import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { containsPattern } from '../common/like-pattern';
import { DomainError } from '../common/problem/problem';
import { ProvinceResponse, RegencyResponse } from './dto/region.dto';
import { provinceTimeZone } from './time-zones';

interface CsvRow {
  code: string;
  name: string;
  province_code?: string;
}

function readAreaCsv(file: 'provinces' | 'regencies'): CsvRow[] {
  const path = require.resolve(`idn-area-data/data/${file}.csv`);
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as CsvRow[];
}

/**
 * Provinces and regencies (kabupaten/kota) with the official Kemendagri codes from the `idn-area-data` package.
 * They are loaded from the package at start-up, so an updated package brings new or renamed regions.
 */
@Injectable()
export class RegionsService {
  private readonly logger = new Logger(RegionsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async importFromPackage(): Promise<{ provinces: number; regencies: number }> {
    const provinces = readAreaCsv('provinces');
    const regencies = readAreaCsv('regencies');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO provinces (code, name, time_zone)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone
         WHERE (provinces.name, provinces.time_zone) IS DISTINCT FROM (excluded.name, excluded.time_zone)`,
        [provinces.map((p) => p.code), provinces.map((p) => p.name), provinces.map((p) => provinceTimeZone(p.code))],
      );
      await manager.query(
        `INSERT INTO regencies (code, province_code, name)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (code) DO UPDATE SET province_code = excluded.province_code, name = excluded.name
         WHERE (regencies.province_code, regencies.name) IS DISTINCT FROM (excluded.province_code, excluded.name)`,
        [regencies.map((r) => r.code), regencies.map((r) => r.province_code), regencies.map((r) => r.name)],
      );
    });
    this.logger.log(`regions loaded: ${provinces.length} provinces, ${regencies.length} regencies`);
    return { provinces: provinces.length, regencies: regencies.length };
  }

  async listProvinces(): Promise<ProvinceResponse[]> {
    return this.dataSource.query(`SELECT code, name, time_zone AS "timeZone" FROM provinces ORDER BY code`);
  }

  async listRegencies(filter: { provinceCode?: string; q?: string }): Promise<RegencyResponse[]> {
    if (filter.provinceCode) {
      const province = await this.dataSource.query(`SELECT 1 FROM provinces WHERE code = $1`, [filter.provinceCode]);
      if (province.length === 0) {
        throw new DomainError('PROVINCE_NOT_FOUND', `There is no province with code ${filter.provinceCode}.`);
      }
    }
    return this.dataSource.query(
      `SELECT r.code, r.name, r.province_code AS "provinceCode", p.time_zone AS "timeZone"
         FROM regencies r JOIN provinces p ON p.code = r.province_code
        WHERE ($1::text IS NULL OR r.province_code = $1)
          AND ($2::text IS NULL OR r.name ILIKE $2)
        ORDER BY r.code`,
      [filter.provinceCode ?? null, filter.q ? containsPattern(filter.q) : null],
    );
  }

  /** Returns the codes among `codes` that are not known regencies. */
  async unknownRegencies(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT c AS code FROM unnest($1::text[]) AS c WHERE NOT EXISTS (SELECT 1 FROM regencies r WHERE r.code = c)`,
      [codes],
    );
    return rows.map((row) => row.code);
  }
}
