import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a distribution reached people, as counts only (issue 18 item 2): the channel (at the point, on outreach, at a
 * hotspot, or passed on by a peer collecting for others), the kind of contact (individual, group, virtual), how many of
 * the contacts were new, and, when the needle-syringes per contact are above the configured cap, why (a fixed list:
 * never free text). Only distributions carry them; a virtual contact receives no needles (checked by the rule).
 */
export class DistributionReach1795441500000 implements MigrationInterface {
  name = 'DistributionReach1795441500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE movements
        ADD COLUMN channel text CHECK (channel IN ('at_point', 'outreach', 'hotspot', 'peer_secondary')),
        ADD COLUMN contact_type text CHECK (contact_type IN ('individual', 'group', 'virtual')),
        ADD COLUMN new_contacts integer CHECK (new_contacts >= 0),
        ADD COLUMN above_cap_reason text CHECK (above_cap_reason IN ('collecting_for_others', 'long_interval', 'group_supply')),
        ADD CONSTRAINT movements_reach_distribution_check
          CHECK (type = 'distribution' OR (channel IS NULL AND contact_type IS NULL AND new_contacts IS NULL AND above_cap_reason IS NULL)),
        ADD CONSTRAINT movements_new_contacts_within_contacts CHECK (new_contacts IS NULL OR (contacts IS NOT NULL AND new_contacts <= contacts))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE movements DROP CONSTRAINT movements_new_contacts_within_contacts, DROP CONSTRAINT movements_reach_distribution_check,
        DROP COLUMN above_cap_reason, DROP COLUMN new_contacts, DROP COLUMN contact_type, DROP COLUMN channel`);
  }
}
