import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ProductCategory, SyringeContent } from '../product-categories';

/** A supply item. The syringe type (volume, fixed/detachable needle, dead space) is part of its identity. */
@Entity('products')
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The name in Bahasa Indonesia; optional (the field app falls back to `name`). */
  @Column({ name: 'name_id', type: 'varchar', length: 200, nullable: true })
  nameId!: string | null;

  @Column({ type: 'text' })
  category!: ProductCategory;

  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  @Column({ name: 'pack_size', type: 'integer' })
  packSize!: number;

  /** needle_syringe products only: a complete set, a needle or a barrel (null for other categories). */
  @Column({ name: 'syringe_content', type: 'text', nullable: true })
  syringeContent!: SyringeContent | null;

  /** How many syringes, needles, barrels (syringeContent) or naloxone doses one unit holds. */
  @Column({ name: 'contents_per_unit', type: 'integer', default: 1 })
  contentsPerUnit!: number;

  @Column({ type: 'boolean' })
  restricted!: boolean;

  /** null = the category's default windows. */
  @Column({ name: 'expiry_warning_days', type: 'integer', array: true, nullable: true })
  expiryWarningDays!: number[] | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  edition!: string | null;

  /** An IEC leaflet edition replaced by a newer one: its stock is obsolete even before it expires. */
  @Column({ name: 'superseded_by_product_id', type: 'uuid', nullable: true })
  supersededByProductId!: string | null;

  /** GS1 GTIN as 14 digits: identifies the product (the lot number and expiry identify a lot of it). */
  @Column({ type: 'varchar', length: 14, nullable: true })
  gtin!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
