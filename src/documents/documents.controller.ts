import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { DocumentsService, PdfFile } from './documents.service';
import { MonthlyDocumentQuery, StockCardDocumentQuery } from './dto/document.dto';

const PDF = { description: 'An A4 PDF in Indonesian', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };
const file = ({ name, pdf }: PdfFile) => new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${name}"`, length: pdf.length });

/** The printable documents (docs/documents.md): same scope as the records they print. */
@ApiTags('documents')
@ApiBearerAuth()
@ApiProduces('application/pdf')
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('shipments/:id/documents/sbbk.pdf')
  @ApiOperation({ summary: 'Goods-out slip (SBBK) of a shipment: what left, lot by lot, with signature blocks' })
  @ApiOkResponse(PDF)
  @ApiProblems(400, 401, 404)
  async sbbk(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string): Promise<StreamableFile> {
    return file(await this.documents.sbbk(actor, id));
  }

  @Get('shipments/:id/documents/bast.pdf')
  @ApiOperation({ summary: 'Hand-over record (BAST) of a received shipment: sent, received and the difference with its reason' })
  @ApiOkResponse(PDF)
  @ApiProblems(400, 401, 404, 409)
  async bast(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string): Promise<StreamableFile> {
    return file(await this.documents.bast(actor, id));
  }

  @Get('movements/:id/documents/stock-count.pdf')
  @ApiOperation({ summary: 'Stock count minutes (Berita Acara stok opname) of a stock count: recorded, counted, difference and reason per lot' })
  @ApiOkResponse(PDF)
  @ApiProblems(400, 401, 404, 409)
  async stockCount(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string): Promise<StreamableFile> {
    return file(await this.documents.stockCountMinutes(actor, id));
  }

  @Get('movements/:id/documents/destruction.pdf')
  @ApiOperation({ summary: 'Destruction record (Berita Acara Pemusnahan) of a sharps destruction: full containers destroyed, where, when and how' })
  @ApiOkResponse(PDF)
  @ApiProblems(400, 401, 404, 409)
  async destruction(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string): Promise<StreamableFile> {
    return file(await this.documents.destructionRecord(actor, id));
  }

  @Get('points/:pointId/stock-card.pdf')
  @ApiOperation({ summary: 'Stock card (kartu stok) of a product at a point: every line of the period with its running balance, over as many pages as it takes' })
  @ApiOkResponse(PDF)
  @ApiProblems(400, 401, 404)
  async stockCard(@CurrentUser() actor: AuthUser, @UuidParam('pointId') pointId: string, @Query() query: StockCardDocumentQuery): Promise<StreamableFile> {
    return file(await this.documents.stockCard(actor, pointId, query));
  }

  @Get('reports/monthly.pdf')
  @ApiOperation({ summary: 'The monthly logistics report (LPLPO) as a landscape A4 PDF: per point and product, then the totals per product' })
  @ApiOkResponse(PDF)
  @ApiProblems(400, 401, 403, 404, 422)
  async monthly(@CurrentUser() actor: AuthUser, @Query() query: MonthlyDocumentQuery): Promise<StreamableFile> {
    return file(await this.documents.monthly(actor, query));
  }
}
