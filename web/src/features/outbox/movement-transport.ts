import { api, asProblem } from '../../api/client';
import { markSessionExpired } from '../auth/session';
import type { Delivery, OutboxTransport } from './outbox';
import { asRequest } from './outbox-types';

/**
 * Sends movements one by one to POST /points/{pointId}/movements, in order, stopping at the first one that gets no
 * answer: 201 recorded, 200 replayed (the server already had it), 4xx refused with its problem document; no answer,
 * a 5xx or 429 means try again later, and 401 means the session must be renewed first.
 */
export const movementTransport: OutboxTransport = {
  async deliver(records) {
    const deliveries: Delivery[] = [];
    for (const record of records) {
      if (typeof navigator !== 'undefined' && !navigator.onLine) {
        deliveries.push({ id: record.id, outcome: 'retry', reason: 'offline', message: 'offline' });
        break;
      }
      let answer;
      try {
        answer = await api.POST('/api/v1/points/{pointId}/movements', { params: { path: { pointId: record.pointId } }, body: asRequest(record.body) });
      } catch (error) {
        deliveries.push({ id: record.id, outcome: 'retry', reason: 'offline', message: error instanceof Error ? error.message : String(error) });
        break;
      }
      const status = answer.response.status;
      if (status === 201 || status === 200) {
        deliveries.push({ id: record.id, outcome: status === 201 ? 'recorded' : 'replayed' });
      } else if (status === 401) {
        markSessionExpired();
        deliveries.push({ id: record.id, outcome: 'retry', reason: 'session', message: 'session expired' });
        break;
      } else if (status >= 500 || status === 429 || status === 408) {
        deliveries.push({ id: record.id, outcome: 'retry', reason: 'server', message: `HTTP ${status}` });
        break;
      } else {
        const problem = asProblem(answer.error, status);
        deliveries.push({ id: record.id, outcome: 'refused', refusal: { status, code: problem.code, title: problem.title, detail: problem.detail } });
      }
    }
    return deliveries;
  },
};
