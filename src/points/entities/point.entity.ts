import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PointType } from '../point-types';

/** A distribution point: an office, drop-in centre, puskesmas or an outreach worker's kit that holds stock. */
@Entity('points')
export class Point {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  type!: PointType;

  @Column({ name: 'regency_code', type: 'varchar', length: 5 })
  regencyCode!: string;

  @Column({ name: 'supplier_point_id', type: 'uuid', nullable: true })
  supplierPointId!: string | null;

  @Column({ name: 'may_hold_restricted', type: 'boolean' })
  mayHoldRestricted!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
