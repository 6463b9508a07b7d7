import { MigrationInterface, QueryRunner } from 'typeorm';

/** Regions, the product catalogue, distribution points, and accounts with their scopes. */
export class Foundation1795392000000 implements MigrationInterface {
  name = 'Foundation1795392000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE provinces (
        code varchar(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
        name text NOT NULL,
        time_zone text NOT NULL CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'))
      )`);
    await queryRunner.query(`
      CREATE TABLE regencies (
        code varchar(5) PRIMARY KEY CHECK (code ~ '^[0-9]{2}\\.[0-9]{2}$'),
        province_code varchar(2) NOT NULL REFERENCES provinces (code),
        name text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX regencies_province_idx ON regencies (province_code)`);

    await queryRunner.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL CONSTRAINT products_code_key UNIQUE,
        name varchar(200) NOT NULL,
        name_id varchar(200) NOT NULL,
        category text NOT NULL
          CHECK (category IN ('needle_syringe', 'swab', 'condom', 'lubricant', 'iec', 'naloxone', 'other')),
        unit varchar(40) NOT NULL,
        pack_size integer NOT NULL CHECK (pack_size > 0),
        restricted boolean NOT NULL,
        expiry_warning_days integer[] CHECK (expiry_warning_days IS NULL OR (
          cardinality(expiry_warning_days) BETWEEN 1 AND 5 AND 0 < ALL (expiry_warning_days))),
        edition varchar(60),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE points (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL CONSTRAINT points_code_key UNIQUE,
        name varchar(200) NOT NULL,
        type text NOT NULL
          CHECK (type IN ('district_health_office', 'ngo_office', 'drop_in_centre', 'puskesmas', 'outreach', 'other')),
        regency_code varchar(5) NOT NULL REFERENCES regencies (code),
        supplier_point_id uuid REFERENCES points (id) CHECK (supplier_point_id <> id),
        may_hold_restricted boolean NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX points_regency_idx ON points (regency_code, code)`);
    await queryRunner.query(`CREATE INDEX points_supplier_idx ON points (supplier_point_id)`);

    // No column for anything that identifies a client: pasokan records distribution as aggregate counts only.
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(60) NOT NULL CONSTRAINT users_username_key UNIQUE
          CHECK (username ~ '^[a-z0-9._-]{3,60}$'),
        password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        role text NOT NULL CHECK (role IN ('admin', 'district_officer', 'point_staff', 'outreach_officer')),
        active boolean NOT NULL DEFAULT true,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE user_regency_scopes (
        user_id uuid NOT NULL REFERENCES users (id),
        regency_code varchar(5) NOT NULL REFERENCES regencies (code),
        PRIMARY KEY (user_id, regency_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE user_point_scopes (
        user_id uuid NOT NULL REFERENCES users (id),
        point_id uuid NOT NULL REFERENCES points (id),
        PRIMARY KEY (user_id, point_id)
      )`);
    await queryRunner.query(`CREATE INDEX user_point_scopes_point_idx ON user_point_scopes (point_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_point_scopes`);
    await queryRunner.query(`DROP TABLE user_regency_scopes`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE points`);
    await queryRunner.query(`DROP TABLE products`);
    await queryRunner.query(`DROP TABLE regencies`);
    await queryRunner.query(`DROP TABLE provinces`);
  }
}
