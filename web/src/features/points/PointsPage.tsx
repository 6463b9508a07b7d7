import { useTranslation } from 'react-i18next';
import { Link, Redirect } from 'wouter';
import { LoadState } from '../../components/LoadState';
import { usePoints } from './queries';

/** The user's points; someone with a single point goes straight to its stock. */
export function PointsPage() {
  const { t } = useTranslation('stock');
  const points = usePoints();
  const items = points.data?.data.items;
  if (!items) return <LoadState query={points} />;
  if (items.length === 1) return <Redirect to={`/points/${items[0].id}`} replace />;
  return (
    <section>
      <h1>{t('yourPoints')}</h1>
      {items.length === 0 && <p>{t('noPoints')}</p>}
      <ul className="cards">
        {items.map((point) => (
          <li key={point.id}>
            <Link href={`/points/${point.id}`} className="card card-link">
              <strong>{point.name}</strong>
              <span className="muted">
                {point.code} · {t(`pointTypes.${point.type}`)} · {point.regencyName}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
