import { Type as TransformType } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Query parameters shared by every list endpoint: `?limit=&offset=`. */
export class PageQuery {
  @ApiPropertyOptional({ description: 'How many items to return', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, example: 50 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: 'How many items to skip', minimum: 0, default: 0, example: 0 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;
}

/** The one list shape of the API: a page of items and the total that match the filters. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

type Constructor<T = object> = new (...args: unknown[]) => T;

/** Builds a documented page class for a response item class, e.g. `class PointPage extends PageOf(PointResponse) {}`. */
export function PageOf<T>(itemType: Constructor<T>) {
  class PageResponse implements Page<T> {
    @ApiProperty({ type: [itemType] })
    items!: T[];

    @ApiProperty({ example: 1, description: 'Number of items matching the filters' })
    total!: number;

    @ApiProperty({ example: DEFAULT_PAGE_SIZE })
    limit!: number;

    @ApiProperty({ example: 0 })
    offset!: number;
  }
  return PageResponse;
}
