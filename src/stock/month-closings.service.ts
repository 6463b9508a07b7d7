import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { Page } from '../common/pagination';
import { DomainError, invalidField } from '../common/problem/problem';
import { PointsService } from '../points/points.service';
import { CloseMonthRequest, MonthClosingQuery, MonthClosingResponse } from './dto/month-closing.dto';
import { localDate } from './expiry-dates';
import { pageOf, SqlConditions } from '../common/list-query';

const COLUMNS = `to_char(c.month, 'YYYY-MM') AS month, c.regency_code AS "regencyCode", c.point_id AS "pointId",
  u.username AS "closedBy", c.closed_at AS "closedAt", c.note`;

/**
 * Month closing (tutup buku): once the monthly report (LPLPO) is sent, the district health office closes the month for
 * its regency or for one point. LedgerStore.claimMovement then refuses any movement dated in it or before it; a correction goes in
 * dated today (a reversal names the old movement). Closings are append-only.
 */
@Injectable()
export class MonthClosingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly points: PointsService,
  ) {}

  async close(actor: AuthUser, request: CloseMonthRequest): Promise<MonthClosingResponse> {
    if ((request.regencyCode === undefined) === (request.pointId === undefined)) {
      const message = 'give either regencyCode (the whole regency) or pointId (one point)';
      throw invalidField('regencyCode', message);
    }
    const scope = new AccessScope(actor);
    let regencyCode = request.regencyCode;
    if (request.pointId) {
      regencyCode = scope.visiblePoint(await this.points.findStockPoint(request.pointId), request.pointId).regencyCode;
    }
    const [regency]: { timeZone: string }[] = await this.dataSource.query(
      `SELECT p.time_zone AS "timeZone" FROM regencies r JOIN provinces p ON p.code = r.province_code WHERE r.code = $1`,
      [regencyCode],
    );
    if (!regency) throw new DomainError('UNKNOWN_REGENCY', `There is no regency ${regencyCode}.`, { errors: [{ field: 'regencyCode', messages: ['unknown regency'] }] });
    if (!scope.canCloseMonthsIn(regencyCode!)) throw new DomainError('OUT_OF_SCOPE', `You cannot close months for ${regencyCode}.`);
    const currentMonth = localDate(new Date(), regency.timeZone).slice(0, 7);
    if (request.month >= currentMonth) {
      throw new DomainError('MONTH_NOT_OVER', `${request.month} has not ended yet (it is ${currentMonth} here); close it once it is over.`, {
        errors: [{ field: 'month', messages: [`must be before ${currentMonth}`] }],
      });
    }

    return this.dataSource.transaction(async (manager) => {
      // Movements dated in past months take this lock shared (LedgerStore.claimMovement): none of them commits inside a month
      // closed meanwhile.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('month-closing:' || $1::text))`, [regencyCode]);
      const [already]: { month: string }[] = await manager.query(
        `SELECT to_char(month, 'YYYY-MM') AS month FROM month_closings
          WHERE regency_code = $1 AND (point_id IS NULL OR point_id = $2) AND month >= $3::date ORDER BY month DESC LIMIT 1`,
        [regencyCode, request.pointId ?? null, `${request.month}-01`],
      );
      if (already) {
        throw new DomainError('CONFLICT', `${request.month} is already closed here: everything through ${already.month} is closed.`);
      }
      const [{ id }] = await manager.query(
        `INSERT INTO month_closings (regency_code, point_id, month, closed_by, note) VALUES ($1, $2, $3::date, $4, $5) RETURNING id`,
        [regencyCode, request.pointId ?? null, `${request.month}-01`, actor.id, request.note ?? null],
      );
      const [closing] = await manager.query(`SELECT ${COLUMNS} FROM month_closings c JOIN users u ON u.id = c.closed_by WHERE c.id = $1`, [id]);
      return closing;
    });
  }

  /** Closings that apply to points the user can see, latest month first. */
  async list(actor: AuthUser, query: MonthClosingQuery): Promise<Page<MonthClosingResponse>> {
    const conditions = new SqlConditions();
    const visible = new AccessScope(actor).pointCondition({ pointId: 'p.id', regencyCode: 'p.regency_code' }, conditions.params);
    conditions
      .where(`EXISTS (SELECT 1 FROM points p WHERE p.regency_code = c.regency_code AND (c.point_id IS NULL OR p.id = c.point_id) AND ${visible})`)
      .add('c.regency_code = ?', query.regencyCode || undefined)
      .add('(c.point_id = ? OR (c.point_id IS NULL AND c.regency_code = (SELECT regency_code FROM points WHERE id = ?)))', query.pointId || undefined);
    return pageOf(
      this.dataSource,
      { select: COLUMNS, from: 'month_closings c JOIN users u ON u.id = c.closed_by', countFrom: 'month_closings c', conditions, orderBy: 'c.month DESC, c.id DESC' },
      query,
    );
  }
}
