import type { FundingSource } from '../stock/ledger-rules';

/** How a Dinkes officer names the funding sources in the exports. */
export const FUNDING_SOURCE_ID: Record<FundingSource, string> = {
  APBN: 'APBN',
  APBD: 'APBD',
  GLOBAL_FUND: 'Global Fund',
  OTHER_DONOR: 'Donor lain',
};
