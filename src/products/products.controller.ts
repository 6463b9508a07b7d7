import { Body, Controller, Get, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { CreateProductRequest, ProductPage, ProductQuery, ProductResponse, SetKitComponentsRequest, UpdateProductRequest } from './dto/product.dto';
import { ProductsService } from './products.service';

@ApiTags('products')
@ApiBearerAuth()
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @ApiOperation({ summary: 'The product catalogue' })
  @ApiOkResponse({ type: ProductPage })
  @ApiProblems(400, 401)
  list(@Query() query: ProductQuery) {
    return this.products.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One product' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblems(400, 401, 404)
  get(@UuidParam('id') id: string) {
    return this.products.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a product (administrators)' })
  @ApiCreatedResponse({ type: ProductResponse })
  @ApiProblems(400, 401, 403, 409)
  create(@CurrentUser() actor: AuthUser, @Body() request: CreateProductRequest) {
    return this.products.create(actor.id, request);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a product; deactivate with active=false (administrators). Code and category cannot change.' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblems(400, 401, 403, 404, 409)
  update(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Body() request: UpdateProductRequest) {
    return this.products.update(actor.id, id, request);
  }

  @Put(':id/components')
  @Roles('admin')
  @ApiOperation({
    summary: "Set a kit's bill of materials: what one kit holds (administrators)",
    description:
      'Replaces the components; an empty list makes the product an ordinary product again. Kits are assembled and taken apart with the ' +
      'movement types kit_assembly and kit_disassembly (docs/kits.md); kit lots already made keep what they hold. No kit inside a kit; a kit ' +
      'holding a restricted product must be restricted itself.',
  })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblems(400, 401, 403, 404)
  setComponents(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Body() request: SetKitComponentsRequest) {
    return this.products.setComponents(actor.id, id, request);
  }
}
