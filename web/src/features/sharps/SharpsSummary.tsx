import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import type { SharpsBody } from '../outbox/outbox-types';

/** What a sharps record says, as list items: syringes (and how they were counted), containers, receiver or method. */
export function SharpsSummary({ body, toPointName }: { body: Pick<SharpsBody, 'type' | 'syringes' | 'countMethod' | 'containers' | 'destructionMethod'>; toPointName?: string }) {
  const { t } = useTranslation('sharps');
  const language = useLanguage();
  return (
    <>
      {(body.syringes ?? 0) > 0 && (
        <li>
          {t('syringesValue', { value: formatNumber(body.syringes!, language) })} · {t(`countMethods.${body.countMethod ?? 'counted'}`)}
        </li>
      )}
      {(body.containers ?? 0) > 0 && <li>{t('containersValue', { value: formatNumber(body.containers!, language) })}</li>}
      {body.type === 'handover' && toPointName && <li>{t('toPoint', { point: toPointName })}</li>}
      {body.type === 'destruction' && body.destructionMethod && <li>{t(`destructionMethods.${body.destructionMethod}`)}</li>}
    </>
  );
}
