import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { CreateProductRequest, ProductPage, ProductQuery, ProductResponse, UpdateProductRequest } from './dto/product.dto';
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
}
