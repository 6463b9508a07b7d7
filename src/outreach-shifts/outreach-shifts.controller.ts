import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiCreatedOrReplayed, ApiJsonOrCsv } from '../common/openapi';
import { ApiProblems } from '../common/problem/problem.schema';
import { tableDownload } from '../common/table-export';
import { XlsxColumn } from '../common/xlsx';
import { UuidParam } from '../common/uuid-param';
import { CloseShiftRequest, ShiftPage, ShiftQuery, ShiftResponse, ShiftTotalsQuery, ShiftTotalsResponse, ShiftTotalsRow, StartShiftRequest } from './dto/outreach-shift.dto';
import { OutreachShiftsService } from './outreach-shifts.service';

const TOTALS_COLUMNS: XlsxColumn<ShiftTotalsRow>[] = [
  ['Kode kab/kota', (row) => row.regencyCode],
  ['Kode tas penjangkau', (row) => row.kitPointCode],
  ['Petugas lapangan', (row) => row.officers.join(', ')],
  ['Kode produk', (row) => row.productCode],
  ['Shift selesai', (row) => row.shifts],
  ['Dibawa', (row) => row.issued],
  ['Dibagikan (tercatat)', (row) => row.distributed],
  ['Dibagikan tanpa catatan', (row) => row.unrecorded],
  ['Hilang', (row) => row.lost],
  ['Rusak', (row) => row.damaged],
  ['Ditemukan', (row) => row.found],
  ['Dikembalikan', (row) => row.returned],
];

@ApiTags('outreach shifts')
@ApiBearerAuth()
@Controller('outreach-shifts')
export class OutreachShiftsController {
  constructor(private readonly shifts: OutreachShiftsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: "Start an outreach shift: the bag's contents issued from the kit's supplier to the officer's kit, in one step",
    description:
      'A shipment from the supplier to the kit, received at once (earliest-expiring usable lots first), and the shift record with what the kit ' +
      'already held. The supplier\'s staff (or the district office) start it; one open shift per kit (SHIFT_ALREADY_OPEN). Prefill the bag from the ' +
      "kit's last shift (GET /outreach-shifts?kitPointId=&limit=1). `remainder`: at the close what is left goes back to the point (return) or stays " +
      'in the kit (keep). Idempotent by `id` (`Idempotent-Replayed: true`). Definitions: docs/outreach-shifts.md.',
  })
  @ApiCreatedOrReplayed(ShiftResponse)
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async start(@CurrentUser() actor: AuthUser, @Body() request: StartShiftRequest, @Res({ passthrough: true }) response: Response): Promise<ShiftResponse> {
    const { shift, replayed } = await this.shifts.start(actor, request);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return shift;
  }

  @Get()
  @ApiOperation({
    summary: 'Outreach shifts, newest first: open ones with the ledger\'s figures as they stand, closed ones with their reconciliation',
    description: 'Shifts whose kit or issuing point you can see. `withDifferences=true`: closed shifts whose count differed from the ledger.',
  })
  @ApiOkResponse({ type: ShiftPage })
  @ApiProblems(400, 401)
  list(@CurrentUser() actor: AuthUser, @Query() query: ShiftQuery) {
    return this.shifts.list(actor, query);
  }

  @Get('totals')
  @ApiOperation({
    summary: 'Per officer (kit) and product: closed shifts, issued, handed out, not recorded, lost, damaged, found and returned, and the shifts open now',
    description: 'Over closed shifts started in the local months `from`..`to`. Counts only. `?format=csv|xlsx`, Indonesian headers.',
  })
  @ApiJsonOrCsv(ShiftTotalsResponse)
  @ApiProblems(400, 401)
  async totals(@CurrentUser() actor: AuthUser, @Query() query: ShiftTotalsQuery) {
    const totals = await this.shifts.totals(actor, query);
    if (query.format !== 'csv' && query.format !== 'xlsx') return totals;
    return tableDownload(query.format, {
      name: `pasokan-shift-penjangkauan-${query.from}-${query.to}`,
      sheet: `Shift ${query.from} ${query.to}`,
      columns: TOTALS_COLUMNS,
      separator: query.separator,
      pages: [totals.items],
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One outreach shift with its products: issued, handed out, expected, and at the close counted and explained' })
  @ApiOkResponse({ type: ShiftResponse })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string): Promise<ShiftResponse> {
    return this.shifts.get(actor, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close an outreach shift: what is left in the bag, counted, and what explains a difference from the ledger',
    description:
      'Every product of the bag once. Fewer than expected: `unrecorded` (handed out but not recorded: a distribution), `lost`, `damaged` ' +
      '(adjustments), together the whole difference; more than expected: `found` (a recorded hand-out that did not happen). Otherwise ' +
      'SHIFT_DIFFERENCE_UNEXPLAINED with what each product expects. Then the remainder goes back to the issuing point or stays in the kit, as chosen ' +
      "at the start. Send the phone's pending records first: the count is compared with what the server has. The kit's officer or the issuing " +
      "point's staff close it; idempotent by `id`.",
  })
  @ApiOkResponse({
    type: ShiftResponse,
    description: 'Closed; or, for a retry of the same close (same `id`, same body), the shift as it was closed',
    headers: { 'Idempotent-Replayed': { description: '`true` when this answer is the replay of a close already recorded', schema: { type: 'string', enum: ['true'] } } },
  })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async close(
    @CurrentUser() actor: AuthUser,
    @UuidParam('id') id: string,
    @Body() request: CloseShiftRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ShiftResponse> {
    const { shift, replayed } = await this.shifts.close(actor, id, request);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return shift;
  }
}
