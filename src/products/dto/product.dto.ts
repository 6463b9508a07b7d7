import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { gtinTransform, IsGtin } from '../gtin';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { PRODUCT_CATEGORIES, ProductCategory, SYRINGE_CONTENTS, SyringeContent } from '../product-categories';
import { queryBoolean, trim, upperTrim } from '../../common/transforms';
import { NoClientIdentifiers } from '../../common/client-identifiers';


export class CreateProductRequest {
  @ApiProperty({ example: 'NS-1ML-LDS', description: '2-40 letters, digits, dashes or underscores (stored upper case); unique' })
  @Transform(upperTrim)
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'code must be 2 to 40 letters, digits, dashes or underscores' })
  code!: string;

  @ApiProperty({ example: 'Syringe 1 ml, fixed 29G needle, low dead space' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @NoClientIdentifiers()
  name!: string;

  @ApiPropertyOptional({ example: 'Alat suntik steril 1 ml, jarum tetap 29G', description: 'Name in Bahasa Indonesia (the field app shows it in Indonesian; without it, `name`)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @NoClientIdentifiers()
  nameId?: string;

  @ApiProperty({ enum: PRODUCT_CATEGORIES, example: 'needle_syringe' })
  @IsIn(PRODUCT_CATEGORIES as unknown as string[], { message: `category must be one of: ${PRODUCT_CATEGORIES.join(', ')}` })
  category!: ProductCategory;

  @ApiProperty({ example: 'piece', description: 'The whole unit quantities are counted in: piece, vial, ampoule, leaflet, sachet' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  @NoClientIdentifiers()
  unit!: string;

  @ApiProperty({ example: 100, minimum: 1, maximum: 100000, description: 'Units per pack; resupply is rounded up to whole packs' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  packSize!: number;

  @ApiPropertyOptional({
    enum: SYRINGE_CONTENTS,
    example: 'set',
    description: 'needle_syringe products only (default set): a unit is a complete needle-syringe set, or a detachable needle or a barrel on its own. Coverage counts complete sets.',
  })
  @IsOptional()
  @IsIn(SYRINGE_CONTENTS as unknown as string[], { message: `syringeContent must be one of: ${SYRINGE_CONTENTS.join(', ')}` })
  syringeContent?: SyringeContent;

  @ApiPropertyOptional({
    example: 1,
    minimum: 1,
    maximum: 1000,
    default: 1,
    description: 'What one unit holds: syringe sets, needles or barrels (a LASS pack of 3 syringes: 3), or naloxone doses (a kit of 2 ampoules: 2)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  contentsPerUnit?: number;

  @ApiPropertyOptional({ example: false, description: 'Restricted products (naloxone) may be held only at points allowed to. Default: true for naloxone.' })
  @IsOptional()
  @IsBoolean()
  restricted?: boolean;

  @ApiPropertyOptional({
    type: [Number],
    example: [180, 90, 30],
    nullable: true,
    description: 'Days before expiry at which stock is flagged, longest first. null or omitted = the category default.',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(1095, { each: true })
  expiryWarningDays?: number[] | null;

  @ApiPropertyOptional({ type: String, example: '2026-1', nullable: true, description: 'Edition of an IEC leaflet' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(60)
  edition?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: '08991234567891',
    nullable: true,
    description: 'GS1 GTIN of the product (8, 12, 13 or 14 digits, check digit verified; stored as 14 digits); unique. null clears it.',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Transform(gtinTransform)
  @IsGtin()
  gtin?: string | null;

  @ApiPropertyOptional({ example: true, default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateProductRequest extends PartialType(OmitType(CreateProductRequest, ['code', 'category'] as const)) {
  @ApiPropertyOptional({
    type: String,
    example: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
    nullable: true,
    description: 'The product (a newer IEC edition) that replaces this one; its remaining stock is then reported as obsolete. null clears it.',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all', { message: 'supersededByProductId must be a UUID or null' })
  supersededByProductId?: string | null;
}

export class ProductQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES as unknown as string[])
  category?: ProductCategory;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ example: '08991234567891', description: 'The product with this GTIN (as scanned: 8 to 14 digits)' })
  @IsOptional()
  @Transform(gtinTransform)
  @IsGtin()
  gtin?: string;

  @ApiPropertyOptional({ example: 'syringe', description: 'Part of the code or either name, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class KitComponentResponse {
  @ApiProperty({ format: 'uuid', example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 'NS-1ML-LDS-29G' })
  productCode!: string;

  @ApiProperty({ example: 3, description: 'Units of the component in one kit' })
  quantity!: number;
}

export class KitComponentRequest {
  @ApiProperty({ format: 'uuid', example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  @IsUUID('all', { message: 'productId must be a UUID' })
  productId!: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 1000, description: 'Units of the component in one kit' })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1)
  @Max(1000)
  quantity!: number;
}

/** A kit's bill of materials, replacing the one it had; none: the product is no longer a kit. */
export class SetKitComponentsRequest {
  @ApiProperty({ type: [KitComponentRequest], description: 'What one kit holds, one line per component product (at most 20)' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => KitComponentRequest)
  components!: KitComponentRequest[];
}

export class ProductResponse {
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  id!: string;

  @ApiProperty({ example: 'NS-1ML-LDS' })
  code!: string;

  @ApiProperty({ example: 'Syringe 1 ml, fixed 29G needle, low dead space' })
  name!: string;

  @ApiProperty({ example: 'Alat suntik steril 1 ml, jarum tetap 29G', nullable: true, type: 'string', description: 'Name in Bahasa Indonesia, when the catalogue has one' })
  nameId!: string | null;

  @ApiProperty({ enum: PRODUCT_CATEGORIES, example: 'needle_syringe' })
  category!: ProductCategory;

  @ApiProperty({ example: 'piece' })
  unit!: string;

  @ApiProperty({ example: 100 })
  packSize!: number;

  @ApiProperty({ type: String, enum: SYRINGE_CONTENTS, example: 'set', nullable: true, description: 'needle_syringe products: set, needle or barrel; null otherwise' })
  syringeContent!: SyringeContent | null;

  @ApiProperty({ example: 1, description: 'Syringe sets, needles or barrels, or naloxone doses, in one unit' })
  contentsPerUnit!: number;

  @ApiProperty({ example: false })
  restricted!: boolean;

  @ApiProperty({ type: [Number], example: [180, 90, 30], description: 'Effective warning windows (the product\'s own or its category default)' })
  expiryWarningDays!: number[];

  @ApiProperty({ example: false, description: 'Whether expiryWarningDays is set on the product rather than taken from the category' })
  expiryWarningDaysOverridden!: boolean;

  @ApiProperty({ type: String, example: null, nullable: true })
  edition!: string | null;

  @ApiProperty({ type: String, example: null, nullable: true, description: 'Set when a newer edition replaces this product' })
  supersededByProductId!: string | null;

  @ApiProperty({ type: String, example: '08991234567891', nullable: true, description: 'GS1 GTIN, 14 digits' })
  gtin!: string | null;

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ type: [KitComponentResponse], description: "A kit's bill of materials (docs/kits.md): what one kit holds; empty for a product that is not a kit" })
  components!: KitComponentResponse[];

  @ApiProperty({ example: '2026-11-23T01:00:00.000Z' })
  createdAt!: Date;

  @ApiProperty({ example: '2026-11-23T01:00:00.000Z' })
  updatedAt!: Date;
}

export class ProductPage extends PageOf(ProductResponse) {}
