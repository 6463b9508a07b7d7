import { PickType } from '@nestjs/swagger';
import { MonthlyReportQuery } from '../../reports/dto/monthly-report.dto';
import { StockCardQuery } from '../../stock/dto/stock.dto';

/** The stock card's own filters (every page is printed). */
export class StockCardDocumentQuery extends PickType(StockCardQuery, ['productId', 'from', 'to'] as const) {}

/** The monthly report's month and scope. */
export class MonthlyDocumentQuery extends PickType(MonthlyReportQuery, ['month', 'pointId', 'regencyCode', 'provinceCode'] as const) {}
